"""Indexer.sync_dense against a real embedded Chroma: every way vectors and catalog
can disagree is repaired, and memory stays bounded (no whole-index id sets).

The embedder is the model-free HashingEmbedder: what is tested is the bookkeeping
between the catalog and Chroma, which does not depend on what the vectors mean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import parse_file
from vectorstore.catalog import Catalog
from vectorstore.embeddings import HashingEmbedder
from vectorstore.index import Indexer
from vectorstore.store import ChromaStore

pytestmark = pytest.mark.integration

SMALL = (
    "cremosano_piao-2026-2028_valore-pubblico.txt",
    "cassano-dadda_piao-2023-2025_valore-pubblico.txt",
)


class CountingEmbedder(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[int] = []

    def embed_documents(self, texts):  # type: ignore[no-untyped-def]
        self.calls.append(len(texts))
        return super().embed_documents(texts)


@pytest.fixture
def indexer(tmp_path: Path) -> Indexer:
    embedder = CountingEmbedder()
    store = ChromaStore(path=tmp_path / "chroma", embedder_name=embedder.name, dim=embedder.dim,
                        max_batch_size=50)  # several id pages even on a small corpus
    return Indexer(Catalog(tmp_path / "catalog.sqlite3"), store, embedder, batch_size=8,
                   id_page_size=40)


def add_samples(indexer: Indexer, samples_dir: Path) -> None:
    for name in SMALL:
        path = samples_dir / name
        indexer.add(parse_file(path), str(path))


def assert_in_sync(indexer: Indexer) -> None:
    assert indexer.store is not None
    assert indexer.store.ids() == indexer.catalog.chunk_ids()
    assert indexer.store.count() == indexer.catalog.count_chunks()
    assert indexer.catalog.pending_dense() == []
    assert indexer.dense_backlog() == 0


def test_sync_embeds_in_bounded_batches_and_marks_documents_done(
    indexer: Indexer, samples_dir: Path
) -> None:
    add_samples(indexer, samples_dir)
    seen: list[tuple[int, int]] = []
    report = indexer.sync_dense(lambda done, total: seen.append((done, total)))
    assert report.embedded == indexer.catalog.count_chunks() > 8
    assert report.documents_completed == len(SMALL)
    assert max(indexer.embedder.calls) <= 8  # type: ignore[union-attr]
    assert seen[-1][0] == seen[-1][1] == report.embedded
    assert_in_sync(indexer)
    assert indexer.sync_dense().embedded == 0  # nothing left to do


def test_no_whole_index_id_sets_are_loaded(
    indexer: Indexer, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Memory is bounded: neither side's full id set is ever materialised."""
    original_catalog_ids = Catalog.chunk_ids
    original_store_ids = ChromaStore.ids

    def catalog_ids(self: Catalog, doc_id: str | None = None) -> set[str]:
        assert doc_id is not None, "sync_dense read every chunk id of the catalog"
        return original_catalog_ids(self, doc_id)

    def store_ids(self: ChromaStore, where: dict | None = None) -> set[str]:
        assert where, "sync_dense read every vector id of Chroma"
        return original_store_ids(self, where)

    add_samples(indexer, samples_dir)
    with monkeypatch.context() as mp:
        mp.setattr(Catalog, "chunk_ids", catalog_ids)
        mp.setattr(ChromaStore, "ids", store_ids)
        indexer.sync_dense()
        indexer.sync_dense(full=True)
        assert indexer.dense_backlog() == 0
    assert_in_sync(indexer)


def test_interrupted_removal_leaves_orphans_that_the_next_sync_deletes(
    indexer: Indexer, samples_dir: Path
) -> None:
    add_samples(indexer, samples_dir)
    indexer.sync_dense()
    # Catalog committed, process died before Chroma was told.
    indexer.catalog.remove_document(SMALL[0])
    report = indexer.sync_dense()
    assert report.orphans_removed > 0 and report.embedded == 0
    assert_in_sync(indexer)


def test_lost_vectors_of_a_finished_document_are_embedded_again(
    indexer: Indexer, samples_dir: Path
) -> None:
    add_samples(indexer, samples_dir)
    indexer.sync_dense()
    assert indexer.store is not None
    lost = sorted(indexer.catalog.chunk_ids(SMALL[1]))[:5]
    indexer.store.delete(lost)
    assert indexer.dense_backlog() == 5
    assert indexer.sync_dense().embedded == 5
    assert_in_sync(indexer)


def test_replaced_document_loses_its_old_vectors(
    indexer: Indexer, samples_dir: Path, tmp_path: Path
) -> None:
    add_samples(indexer, samples_dir)
    indexer.sync_dense()
    changed = tmp_path / SMALL[0]
    changed.write_text((samples_dir / SMALL[0]).read_text(encoding="utf-8") + "\nNota finale.\n",
                       encoding="utf-8")
    assert indexer.add(parse_file(changed), str(changed)).status == "replaced"
    report = indexer.sync_dense()
    assert report.orphans_removed > 0
    assert_in_sync(indexer)


def test_partially_embedded_document_is_completed_without_re_embedding(
    indexer: Indexer, samples_dir: Path
) -> None:
    add_samples(indexer, samples_dir)
    indexer.sync_dense()
    assert indexer.store is not None
    done = indexer.catalog.chunk_ids(SMALL[0])
    # As after a kill -9 in the middle of the document's batches.
    indexer.catalog.set_dense_state(SMALL[0], "pending")
    indexer.store.delete(sorted(done)[:3])
    assert indexer.sync_dense().embedded == 3
    assert_in_sync(indexer)
