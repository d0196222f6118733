"""kill -9 while documents (and their records) are being written: every committed
document has exactly its records, never chunks without records or the reverse."""

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
    "magentino_piao-2024-2026_obiettivi-dup.txt",
    "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt",
    "cassano-dadda_piao-2024-2026_performance.txt",
)
EXPECTED = {FILES[0]: 68, FILES[1]: 91, FILES[2]: 36}


def consistent(catalog_path: Path) -> dict[str, int]:
    """Records per committed document; asserts chunks and records go together."""
    with sqlite3.connect(catalog_path, timeout=5) as db:
        docs = {r[0]: r[1] for r in db.execute("SELECT doc_id, n_chunks FROM documents")}
        chunks = dict(db.execute("SELECT doc_id, COUNT(*) FROM chunks GROUP BY doc_id").fetchall())
        records = dict(db.execute("SELECT doc_id, COUNT(*) FROM records GROUP BY doc_id").fetchall())
        state = dict(db.execute("SELECT doc_id, n_records FROM record_state").fetchall())
    assert set(chunks) == set(docs) and all(chunks[d] == n for d, n in docs.items())
    assert set(state) == set(docs)  # a committed document always has its record state
    assert {d: records.get(d, 0) for d in docs} == state
    return state


def test_kill_9_never_splits_chunks_from_records(tmp_path: Path, samples_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in FILES:
        shutil.copy(samples_dir / name, corpus)
    data_dir = tmp_path / "data"
    catalog_path = load_settings(data_dir=data_dir).catalog_path
    env = os.environ | {"PIAO_DATA_DIR": str(data_dir)}
    cmd = [sys.executable, "-c", "import cli; cli.main()", "ingest", str(corpus), "--lexical-only"]

    proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if catalog_path.exists():
            try:
                with sqlite3.connect(catalog_path, timeout=1) as db:
                    if db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] >= 1:
                        break
            except sqlite3.Error:
                pass
        time.sleep(0.02)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = consistent(catalog_path)
    assert partial and all(EXPECTED[d] == n for d, n in partial.items())

    # the re-run completes the rest; nothing is duplicated
    subprocess.run(cmd, cwd=REPO_ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert consistent(catalog_path) == EXPECTED
