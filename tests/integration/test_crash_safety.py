"""kill -9 in the middle of ingestion, again and again: the index ends up as after a
clean run, and every state in between is consistent.

A "zygote" process imports the application once and forks one ingesting child per
run; the test SIGKILLs the child at a random moment (seeded), so twenty kills cost
seconds, not twenty interpreter start-ups. The child is an ordinary process doing
the real work (the same `Library.ingest` the CLI runs) on real files, SQLite and
Chroma. Between runs the batch alternates between two versions of every file, so
every run has documents to replace: the kills land while old versions are deleted
and new ones written, the most delicate moment.

After every kill the catalog must be consistent (each document whole, in its old
or its new version: chunks, lexical rows, term counts, records); after a final run
it must equal a clean ingestion of the same files, table by table, and Chroma must
hold exactly one vector per chunk (no duplicates, no orphans).

The default run is bounded: 20 kills in the lexical phase on the three smallest
samples plus two synthetic files, 3 kills in the dense phase (real e5 model) on the
two smallest samples plus their synthetic variants. The long version, on the whole
sample set plus the synthetic files:

    CRASH_FULL=1 CRASH_KILLS=20 CRASH_DENSE_KILLS=20 pytest tests/integration/test_crash_safety.py
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.corpus import vary
from ingest.models import sha256_bytes
from settings import load_settings
from tests.conftest import REPO_ROOT, SAMPLES_DIR

pytestmark = [pytest.mark.integration, pytest.mark.slow]

KILLS = int(os.environ.get("CRASH_KILLS", "20"))
DENSE_KILLS = int(os.environ.get("CRASH_DENSE_KILLS", "3"))
FULL = os.environ.get("CRASH_FULL") == "1"  # all samples (default: the three smallest)
SEED = 20240917

SMALL = ("cremosano_piao-2026-2028_valore-pubblico.txt",
         "cassano-dadda_piao-2023-2025_valore-pubblico.txt")
BOUNDED = (*SMALL, "magentino_piao-2024-2026_obiettivi-dup.txt")

_ZYGOTE = r"""
import json, os, sys, traceback
from pathlib import Path

import cli  # noqa: F401 - the whole application stack, imported once before forking
from services import build_library
from settings import load_settings

for line in sys.stdin:
    request = json.loads(line)
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(ready_r)
        code = 1
        try:
            library = build_library(load_settings(data_dir=Path(request["data_dir"])))
            os.write(ready_w, b"r")
            library.ingest([Path(p) for p in request["paths"]], dense=request["dense"])
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    os.close(ready_w)
    ready = os.read(ready_r, 1) == b"r"
    os.close(ready_r)
    print(json.dumps({"pid": pid, "ready": ready}), flush=True)
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"pid": pid, "killed": os.WIFSIGNALED(status),
                      "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None}),
          flush=True)
"""


class Zygote:
    def __init__(self, log: Path) -> None:
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE], cwd=REPO_ROOT, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=self._log, text=True,
            env=os.environ | {"ANONYMIZED_TELEMETRY": "False"},
        )

    def _read(self) -> dict:
        line = self.process.stdout.readline()  # type: ignore[union-attr]
        if not line:
            raise RuntimeError("zygote died (see its log)")
        return json.loads(line)

    def start(self, data_dir: Path, paths: list[Path], dense: bool) -> int:
        request = {"data_dir": str(data_dir), "paths": [str(p) for p in paths], "dense": dense}
        self.process.stdin.write(json.dumps(request) + "\n")  # type: ignore[union-attr]
        self.process.stdin.flush()  # type: ignore[union-attr]
        started = self._read()
        assert started["ready"], "the child failed before ingesting"
        return int(started["pid"])

    def finish(self) -> dict:
        return self._read()

    def close(self) -> None:
        self.process.stdin.close()  # type: ignore[union-attr]
        self.process.wait(timeout=30)
        self._log.close()


@pytest.fixture
def zygote(tmp_path: Path) -> Iterator[Zygote]:
    z = Zygote(tmp_path / "zygote.log")
    try:
        yield z
    finally:
        z.close()


# -- the batch: samples + synthetic files, in two versions ------------------------------
def base_texts(names: tuple[str, ...]) -> dict[str, str]:
    """The batch: `names` from the samples (all of them with CRASH_FULL=1) and a
    synthetic variant (other ente, years, figures, people) of the two smallest."""
    if FULL:
        names = tuple(sorted(p.name for p in SAMPLES_DIR.glob("*.txt")))
    texts = {n: (SAMPLES_DIR / n).read_text(encoding="utf-8") for n in names}
    synthetic = [vary(n, t, copy=1) for n, t in texts.items() if n in SMALL]
    texts.update({s.name: s.text for s in synthetic})
    return texts


def write_version(corpus: Path, texts: dict[str, str], version: int) -> list[Path]:
    corpus.mkdir(exist_ok=True)
    paths = []
    for name, text in texts.items():
        suffix = "" if version == 0 else "\n\nNota di revisione: testo aggiornato.\n"
        path = corpus / name
        path.write_text(text + suffix, encoding="utf-8")
        paths.append(path)
    return sorted(paths)


# -- what the index holds ---------------------------------------------------------------
def catalog_tables(
    data_dir: Path, drop: tuple[str, ...] = ("ingested_at",)
) -> dict[str, list[tuple]]:
    """Every table of the catalog as sorted rows, without run-specific values
    (timestamps, integer row ids, paths inside the data dir) and `drop` columns."""
    path = load_settings(data_dir=data_dir).catalog_path
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        out: dict[str, list[tuple]] = {}
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'chunks_fts%'"
        )]
        for table in tables:
            columns = db.execute(f"PRAGMA table_info({table})").fetchall()
            keep = [c[1] for c in columns
                    if not (c[5] and c[2].upper() == "INTEGER") and c[1] not in drop]
            rows = db.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall()
            if "source_path" in keep:
                i = keep.index("source_path")
                rows = [r[:i] + (Path(r[i]).name,) + r[i + 1:] for r in rows]
            out[table] = sorted(rows, key=repr)
        out["chunks_fts"] = sorted(db.execute(
            "SELECT c.id, f.crumb, f.body FROM chunks_fts f JOIN chunks c ON c.rowid = f.rowid"
        ).fetchall())
        return out
    finally:
        db.close()


def assert_consistent(data_dir: Path) -> None:
    """Each document whole (old or new version), nothing dangling."""
    t = catalog_tables(data_dir)
    docs = {r[0]: r for r in t["documents"]}
    chunk_docs = [r[1] for r in t["chunks"]]  # (id, doc_id, ...)
    assert set(chunk_docs) <= set(docs), "chunks of a document that is not in the catalog"
    path = load_settings(data_dir=data_dir).catalog_path
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        for doc_id, expected in db.execute("SELECT doc_id, n_chunks FROM documents"):
            found = db.execute("SELECT COUNT(*) FROM chunks WHERE doc_id=?", (doc_id,)).fetchone()
            assert found[0] == expected, f"{doc_id}: {found[0]} chunks, expected {expected}"
        n_fts = db.execute("SELECT COUNT(*) FROM chunks_fts").fetchone()[0]
        assert n_fts == len(chunk_docs), "lexical rows without a chunk (or the reverse)"
        stats = dict(db.execute("SELECT term, chunks FROM term_stats").fetchall())
    counts: dict[str, int] = {}
    for _id, crumb, body in t["chunks_fts"]:
        for term in set(crumb.split()) | set(body.split()):
            counts[term] = counts.get(term, 0) + 1
    assert stats.pop("") == len(chunk_docs)
    assert stats == counts, "term counts out of step with the lexical index"
    for table in ("records", "record_state", "pages"):
        for row in t.get(table, []):
            assert row[0] in docs, f"{table} row of a missing document"


def assert_same_tables(got: dict[str, list[tuple]], clean: dict[str, list[tuple]]) -> None:
    assert sorted(got) == sorted(clean)
    for table in clean:
        extra = sorted(set(got[table]) - set(clean[table]), key=repr)[:3]
        lacking = sorted(set(clean[table]) - set(got[table]), key=repr)[:3]
        assert got[table] == clean[table], f"{table}: extra {extra!r}, lacking {lacking!r}"


def vectors(data_dir: Path) -> tuple[set[str], int]:
    from services import build_library

    library = build_library(load_settings(data_dir=data_dir))
    store = library.indexer.store
    assert store is not None
    ids, count = store.ids(), store.count()
    store.close()
    return ids, count


def clean_catalog(
    tmp_path: Path, name: str, paths: list[Path], drop: tuple[str, ...] = ("ingested_at",)
) -> dict[str, list[tuple]]:
    """The catalog a clean, uninterrupted lexical ingestion of `paths` produces."""
    from services import build_library

    library = build_library(load_settings(data_dir=tmp_path / name))
    report = library.ingest(paths, dense=False)
    assert not report.failures
    library.catalog.close()
    assert library.indexer.store is not None
    library.indexer.store.close()
    return catalog_tables(tmp_path / name, drop)


def kill_at_random(zygote: Zygote, pid: int, delay: float) -> bool:
    time.sleep(delay)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return bool(zygote.finish()["killed"])


def measure_run(zygote: Zygote, data_dir: Path, paths: list[Path], dense: bool) -> float:
    """Run to completion; the seconds from "ready to ingest" to the end."""
    zygote.start(data_dir, paths, dense)
    started = time.monotonic()
    result = zygote.finish()
    assert result["code"] == 0, result
    return time.monotonic() - started


# -- tests ------------------------------------------------------------------------------
def test_kills_during_the_lexical_phase(tmp_path: Path, zygote: Zygote) -> None:
    rng = random.Random(SEED)
    texts = base_texts(BOUNDED)
    corpus = tmp_path / "corpus"
    data_dir = tmp_path / "data"
    # How long one run of this batch takes here: kill times are drawn inside it.
    paths = write_version(corpus, texts, 1)
    duration = measure_run(zygote, tmp_path / "probe", paths, dense=False)

    killed = 0
    version = 0
    for _ in range(KILLS):
        version = 1 - version  # every run replaces every document
        paths = write_version(corpus, texts, version)
        pid = zygote.start(data_dir, paths, dense=False)
        killed += kill_at_random(zygote, pid, rng.uniform(0, duration))
        assert_consistent(data_dir)
    assert killed >= KILLS // 2, f"only {killed} of {KILLS} runs were still working when killed"

    measure_run(zygote, data_dir, paths, dense=False)  # the re-run that completes the work
    assert_consistent(data_dir)
    assert_same_tables(catalog_tables(data_dir), clean_catalog(tmp_path, "clean", paths))


def test_kills_during_the_dense_phase(tmp_path: Path, zygote: Zygote) -> None:
    """The real e5 model: kills while vectors are embedded and written to Chroma."""
    rng = random.Random(SEED + 1)
    texts = base_texts(SMALL)
    corpus = tmp_path / "corpus"
    data_dir = tmp_path / "data"
    catalog_path = load_settings(data_dir=data_dir).catalog_path

    killed = 0
    version = 0
    for _ in range(DENSE_KILLS):
        version = 1 - version
        paths = write_version(corpus, texts, version)
        pid = zygote.start(data_dir, paths, dense=True)
        # Wait for the lexical phase to commit every file of this version...
        hashes = {sha256_bytes(p.read_bytes()) for p in paths}
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and not hashes <= _committed(catalog_path):
            time.sleep(0.05)
        # ...then kill within the first seconds of embedding.
        killed += kill_at_random(zygote, pid, rng.uniform(0.2, 4.0))
        assert_consistent(data_dir)
    assert killed >= max(1, DENSE_KILLS // 2)

    measure_run(zygote, data_dir, paths, dense=True)
    assert_consistent(data_dir)
    no_state = ("ingested_at", "dense_state")
    crashed = catalog_tables(data_dir, no_state)
    assert_same_tables(crashed, clean_catalog(tmp_path, "clean", paths, no_state))
    with sqlite3.connect(catalog_path) as db:
        states = [r[0] for r in db.execute("SELECT dense_state FROM documents")]
    assert states == ["done"] * len(paths)
    ids, count = vectors(data_dir)
    assert ids == {r[0] for r in crashed["chunks"]}  # no orphans, none missing
    assert count == len(ids)  # no duplicates


def _committed(catalog_path: Path) -> set[str]:
    """Content hashes of the documents committed so far."""
    if not catalog_path.exists():
        return set()
    try:
        with sqlite3.connect(f"{catalog_path.as_uri()}?mode=ro", uri=True, timeout=1) as db:
            return {r[0] for r in db.execute("SELECT content_hash FROM documents")}
    except sqlite3.Error:
        return set()
