"""Filtered dense search: exact among the allowed chunks, same neighbours as Chroma."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vectorstore.store import ChromaStore

pytestmark = pytest.mark.integration


def test_query_among_matches_chromas_filtered_query(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(600, 16)).astype(np.float32)
    ids = [f"c{i}" for i in range(600)]
    with ChromaStore(path=tmp_path / "chroma", embedder_name="t", dim=16) as store:
        store.upsert(ids, vectors, [{"doc_id": f"d{i % 12}"} for i in range(600)])
        query = rng.normal(size=16)
        allowed_docs = ["d3", "d7"]
        allowed = [i for n, i in enumerate(ids) if f"d{n % 12}" in allowed_docs]
        exact = store.query_among(query, 10, allowed + ["unknown"])
        chroma = store.query(query, 10, where={"doc_id": {"$in": allowed_docs}})
        assert [i for i, _ in exact] == [i for i, _ in chroma]
        assert np.allclose([s for _, s in exact], [s for _, s in chroma], atol=1e-4)
        assert store.query_among(query, 5, []) == []
        with pytest.raises(ValueError):
            store.query_among(query, 0, allowed)


def test_cached_vectors_follow_this_stores_writes(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(50, 8)).astype(np.float32)
    ids = [f"c{i}" for i in range(50)]
    with ChromaStore(path=tmp_path / "chroma", embedder_name="t", dim=8) as store:
        store.upsert(ids, vectors, [{"doc_id": "d"}] * 50)
        query = rng.normal(size=8).astype(np.float32)
        first = store.query_among(query, 3, ids)[0][0]
        # the best match is rewritten to point away from the query, another one towards it
        store.upsert([first, "c7" if first != "c7" else "c8"], np.stack([-query, query]),
                     [{"doc_id": "d"}] * 2)
        best = store.query_among(query, 50, ids)
        assert best[0][0] in ("c7", "c8") and best[0][1] == pytest.approx(1.0, abs=1e-5)
        assert best[-1][0] == first
        store.delete([best[0][0]])
        assert best[0][0] not in [i for i, _ in store.query_among(query, 50, ids)]
        store.delete_where("doc_id", "d")
        assert store.query_among(query, 50, ids) == []


def test_unfiltered_search_of_a_small_library_is_exact(sample_library, monkeypatch) -> None:
    """Below the exact limit, dense candidates never come from the approximate HNSW
    graph (which Chroma rebuilds at random on each open), so one index always ranks a
    question the same way, and the ranking is the true cosine order."""
    searcher = sample_library.searcher
    store, embedder = searcher.store, searcher.embedder

    def approximate(*_a, **_k):
        raise AssertionError("approximate index used below the exact limit")

    monkeypatch.setattr(store, "query", approximate)
    question = "chi è responsabile della digitalizzazione del SUAP?"
    hits = searcher.search(question, k=10)
    dense = [h for h in hits if h.dense_rank is not None]
    assert dense
    vector = np.asarray(embedder.embed_query(question), dtype=np.float32)
    got = store._collection.get(ids=sorted(sample_library.catalog.chunk_ids()), include=["embeddings"])
    matrix = np.asarray(got["embeddings"], dtype=np.float32)
    sims = matrix @ vector / np.linalg.norm(matrix, axis=1) / np.linalg.norm(vector)
    truth = [got["ids"][i] for i in np.argsort(-sims, kind="stable")]
    for hit in dense:
        assert truth[hit.dense_rank - 1] == hit.chunk.id
