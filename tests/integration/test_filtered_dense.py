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
