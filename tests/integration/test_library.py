"""Ingestion into a real index (bundled e5 + embedded Chroma): idempotency, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from services import Library
from settings import load_settings

pytestmark = pytest.mark.integration


def build(data_dir: Path) -> Library:
    from services import build_library

    return build_library(load_settings(data_dir=data_dir))


def assert_consistent(library: Library) -> None:
    """No orphan vectors, no missing vectors, no duplicates."""
    catalog_ids = library.catalog.chunk_ids()
    store_ids = library.indexer.store.ids()
    assert store_ids == catalog_ids
    assert library.indexer.store.count() == len(catalog_ids)
    assert library.catalog.pending_dense() == []


@pytest.fixture()
def small_corpus(tmp_path: Path, samples_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(samples_dir / "cremosano_piao-2026-2028_valore-pubblico.txt", folder)
    return folder


def test_reingest_is_a_noop_and_a_change_replaces(tmp_path: Path, small_corpus: Path) -> None:
    library = build(tmp_path / "data")
    first = library.ingest([small_corpus])
    assert [o.status for o in first.outcomes] == ["added"]
    assert first.dense.embedded == first.outcomes[0].n_chunks > 0
    assert_consistent(library)

    again = library.ingest([small_corpus])
    assert [o.status for o in again.outcomes] == ["unchanged"]
    assert again.dense.embedded == 0

    doc = small_corpus / "cremosano_piao-2026-2028_valore-pubblico.txt"
    old_ids = library.catalog.chunk_ids()
    doc.write_text(doc.read_text(encoding="utf-8") + "\n\nNuova priorità: biblioteca diffusa.\n",
                   encoding="utf-8")
    changed = library.ingest([small_corpus])
    assert [o.status for o in changed.outcomes] == ["replaced"]
    assert changed.dense.orphans_removed > 0
    assert library.catalog.chunk_ids() != old_ids
    assert_consistent(library)
    hits = library.search("biblioteca diffusa", 3)
    assert any("biblioteca diffusa" in h.chunk.text for h in hits)


def test_bad_files_are_reported_and_nothing_indexed_is_lost(
    tmp_path: Path, small_corpus: Path
) -> None:
    library = build(tmp_path / "data")
    library.ingest([small_corpus])
    before = library.catalog.chunk_ids()

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "vuoto.txt").write_bytes(b"")
    (bad / "rotto.pdf").write_bytes(b"\x00\x01garbage" * 100)
    (bad / "tabella.xlsx").write_bytes(b"PK\x03\x04")
    # The same name as an indexed document, but unreadable: the indexed one must survive.
    (bad / "cremosano_piao-2026-2028_valore-pubblico.txt").write_bytes(b"")
    report = library.ingest(
        [bad / "vuoto.txt", bad / "rotto.pdf", bad / "tabella.xlsx",
         bad / "cremosano_piao-2026-2028_valore-pubblico.txt", bad / "manca.pdf"]
    )
    assert report.outcomes == ()
    assert {f.file_name for f in report.failures} == {
        "vuoto.txt", "rotto.pdf", "tabella.xlsx",
        "cremosano_piao-2026-2028_valore-pubblico.txt", "manca.pdf",
    }
    assert all(f.message and "Traceback" not in f.message for f in report.failures)
    assert library.catalog.chunk_ids() == before
    assert_consistent(library)


def test_remove_document_removes_vectors(tmp_path: Path, small_corpus: Path) -> None:
    library = build(tmp_path / "data")
    library.ingest([small_corpus])
    doc_id = library.documents()[0].meta.doc_id
    assert library.remove(doc_id)
    assert library.documents() == []
    assert library.indexer.store.count() == 0
    assert not (library.documents_dir / doc_id).exists()


def test_lexical_search_works_before_dense_phase(tmp_path: Path, small_corpus: Path) -> None:
    library = build(tmp_path / "data")
    library.ingest([small_corpus], dense=False)
    assert library.indexer.store.count() == 0
    hits = library.search("priorità strategiche del comune", 3)
    assert hits and hits[0].dense_rank is None and hits[0].lexical_rank is not None
    library.sync_dense()
    assert_consistent(library)


def test_independent_data_dirs(tmp_path: Path, small_corpus: Path, samples_dir: Path) -> None:
    a = build(tmp_path / "a")
    b = build(tmp_path / "b")
    a.ingest([small_corpus])
    assert b.documents() == []
    assert len(a.documents()) == 1


def test_rebuild_recovers_a_corrupted_index(tmp_path: Path, small_corpus: Path) -> None:
    from services import rebuild_index
    from vectorstore.errors import IncompatibleIndexError

    settings = load_settings(data_dir=tmp_path / "data")
    library = build(settings.data_dir)
    library.ingest([small_corpus])
    expected = library.catalog.chunk_ids()
    library.catalog.close()
    settings.catalog_path.write_bytes(b"garbage" * 1000)
    with pytest.raises(IncompatibleIndexError):
        build(settings.data_dir)
    rebuilt = rebuild_index(settings)
    assert rebuilt.catalog.chunk_ids() == expected
    assert_consistent(rebuilt)
    assert not list(settings.data_dir.glob("index.old-*"))


def test_library_over_a_real_chroma_server(
    tmp_path: Path, small_corpus: Path, chroma_server_url: str
) -> None:
    from services import build_library

    settings = load_settings(data_dir=tmp_path / "data")
    settings = settings.model_copy(
        update={"chroma": settings.chroma.model_copy(
            update={"server_url": chroma_server_url, "collection": "library_http_test"})}
    )
    library = build_library(settings)
    report = library.ingest([small_corpus])
    assert report.dense.embedded > 0
    assert_consistent(library)
    hits = library.search("priorità strategiche", 3)
    assert hits and hits[0].dense_rank is not None


def test_reindex_rechunks_with_new_settings_and_reembeds(
    tmp_path: Path, small_corpus: Path
) -> None:
    from services import build_library

    data_dir = tmp_path / "data"
    library = build(data_dir)
    library.ingest([small_corpus], overrides={"ente": "Comune di Prova"})
    doc_id = "cremosano_piao-2026-2028_valore-pubblico.txt"
    old_ids = library.catalog.chunk_ids()

    # Same file, smaller chunks: a plain re-ingest skips it, a reindex re-reads it.
    smaller = build_library(load_settings(data_dir=data_dir, chunking={"max_tokens": 120}))
    assert [o.status for o in smaller.ingest([small_corpus]).outcomes] == ["unchanged"]
    assert smaller.catalog.chunk_ids() == old_ids
    report = smaller.reindex(doc_id)
    assert [o.status for o in report.outcomes] == ["replaced"]
    new_ids = smaller.catalog.chunk_ids()
    assert len(new_ids) > len(old_ids)
    assert smaller.catalog.pending_dense() == [doc_id]
    assert smaller.catalog.document(doc_id).meta.ente == "Comune di Prova"  # kept

    synced = smaller.sync_dense()
    assert synced.embedded == len(new_ids)  # every vector anew, not only the new ids
    assert_consistent(smaller)


def test_reindex_of_unknown_or_lost_document_is_a_typed_error(
    tmp_path: Path, small_corpus: Path
) -> None:
    from services import DocumentNotFoundError

    library = build(tmp_path / "data")
    library.ingest([small_corpus], dense=False)
    with pytest.raises(DocumentNotFoundError, match="non trovato"):
        library.reindex("nessuno.pdf")
    doc_id = "cremosano_piao-2026-2028_valore-pubblico.txt"
    before = library.catalog.chunk_ids()
    (library.documents_dir / doc_id).unlink()
    with pytest.raises(DocumentNotFoundError, match="caricalo di nuovo"):
        library.reindex(doc_id)
    assert library.catalog.chunk_ids() == before  # nothing lost
