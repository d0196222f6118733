"""A damaged or incompatible index: every command says so in Italian and points to
`piao index rebuild`, which recovers the documents from their stored copies.

(Damaged HNSW files are covered by test_store.py at the store level.)"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from settings import Settings, load_settings
from tests.conftest import SAMPLES_DIR

pytestmark = pytest.mark.integration

SAMPLE = "cremosano_piao-2026-2028_valore-pubblico.txt"


def cli(data_dir: Path, *args: str) -> tuple[int, str]:
    import cli as piao

    result = CliRunner().invoke(piao.main, ["--data-dir", str(data_dir), *args])
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One healthy index (real e5), copied by each test before damaging it."""
    data_dir = tmp_path_factory.mktemp("healthy") / "data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        code, output = cli(data_dir, "ingest", str(SAMPLES_DIR / SAMPLE))
    assert code == 0, output
    return data_dir


def garbage(path: Path) -> None:
    """Random bytes over a file (and over its SQLite write-ahead log, which holds the
    newest pages: SQLite would otherwise read the database from it)."""
    path.write_bytes(os.urandom(4096))
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.write_bytes(os.urandom(4096))


def other_schema(settings: Settings) -> None:
    with sqlite3.connect(settings.catalog_path) as db:
        db.execute("UPDATE meta SET value='99' WHERE key='schema_version'")


def other_embedder(settings: Settings) -> None:
    shutil.rmtree(settings.chroma_dir)
    from vectorstore.store import ChromaStore

    ChromaStore(path=settings.chroma_dir, embedder_name="altro-modello", dim=768).close()


DAMAGES: dict[str, Callable[[Settings], None]] = {
    "catalog garbage": lambda s: garbage(s.catalog_path),
    "catalog of another version": other_schema,
    "chroma database garbage": lambda s: garbage(s.chroma_dir / "chroma.sqlite3"),
    "index built with another embedding model": other_embedder,
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_damage_is_reported_in_italian_and_rebuild_recovers(
    built: Path, tmp_path: Path, damage: str
) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(built, data_dir)
    settings = load_settings(data_dir=data_dir)
    DAMAGES[damage](settings)

    for command in (["docs", "list"], ["search", "priorità strategiche"], ["index", "status"]):
        code, output = cli(data_dir, *command)
        assert code != 0, (command, output)
        assert "piao index rebuild" in output and "Traceback" not in output, output
        assert "ricostruiscilo" in output or "ricostruisci" in output

    code, output = cli(data_dir, "index", "rebuild", "--yes")
    assert code == 0, output
    assert "Indice ricostruito: 1 documenti" in output
    code, output = cli(data_dir, "search", "priorità strategiche", "--json")
    assert code == 0 and SAMPLE in output
    code, output = cli(data_dir, "index", "status")
    assert code == 0 and "blocchi in attesa di indicizzazione semantica: 0" in output
