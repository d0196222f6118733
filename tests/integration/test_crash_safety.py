"""kill -9 in the middle of ingestion, then a re-run: same index as a clean run."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from settings import load_settings
from tests.conftest import REPO_ROOT

pytestmark = [pytest.mark.integration, pytest.mark.slow]

FILES = (
    "cremosano_piao-2026-2028_valore-pubblico.txt",
    "cassano-dadda_piao-2023-2025_valore-pubblico.txt",
    "magentino_piao-2024-2026_obiettivi-dup.txt",
)


def start_ingest(data_dir: Path, corpus: Path) -> subprocess.Popen:
    env = os.environ | {"PIAO_DATA_DIR": str(data_dir)}
    return subprocess.Popen(
        [sys.executable, "-c", "import cli; cli.main()", "ingest", str(corpus)],
        cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def documents_in_catalog(data_dir: Path) -> int:
    path = load_settings(data_dir=data_dir).catalog_path
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path, timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def snapshot(data_dir: Path) -> dict:
    from services import build_library

    library = build_library(load_settings(data_dir=data_dir))
    catalog_ids = library.catalog.chunk_ids()
    store = library.indexer.store
    return {
        "docs": {d.meta.doc_id: (d.n_chunks, d.meta.content_hash, d.dense_state)
                 for d in library.documents()},
        "chunk_ids": catalog_ids,
        "vector_ids": store.ids(),
        "vector_count": store.count(),
    }


def test_kill_9_during_ingestion_then_rerun(tmp_path: Path, samples_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in FILES:
        shutil.copy(samples_dir / name, corpus)
    data_dir = tmp_path / "data"

    # 1) killed while the catalog is being written (first document committed)
    proc = start_ingest(data_dir, corpus)
    assert wait_until(lambda: documents_in_catalog(data_dir) >= 1, 120)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # 2) killed during the dense phase (all documents committed, vectors being written)
    proc = start_ingest(data_dir, corpus)
    assert wait_until(lambda: documents_in_catalog(data_dir) == len(FILES), 120)
    time.sleep(2.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # 3) a clean re-run completes the work
    proc = start_ingest(data_dir, corpus)
    assert proc.wait(timeout=600) == 0

    crashed = snapshot(data_dir)
    clean_dir = tmp_path / "clean"
    proc = start_ingest(clean_dir, corpus)
    assert proc.wait(timeout=600) == 0
    clean = snapshot(clean_dir)

    assert crashed["docs"] == clean["docs"]
    assert crashed["chunk_ids"] == clean["chunk_ids"]  # deterministic ids
    assert crashed["vector_ids"] == crashed["chunk_ids"]  # no orphans, none missing
    assert crashed["vector_count"] == len(crashed["chunk_ids"])  # no duplicates
    assert all(state == "done" for _n, _h, state in crashed["docs"].values())
