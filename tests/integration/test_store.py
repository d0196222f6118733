"""ChromaStore against a real embedded Chroma and a real Chroma server on loopback."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.integration.conftest import ChromaServer, free_port
from vectorstore.errors import IncompatibleIndexError, StoreUnavailableError, VectorStoreError
from vectorstore.store import ChromaStore, build_where

pytestmark = pytest.mark.integration

DIM = 16
EMBEDDER = "test-embedder"
ENTI = ["Comune di Alfa", "Comune di Beta", "Comune di Gamma"]


def _vectors(n: int, dim: int = DIM, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)


def _metadata(i: int) -> dict[str, str | int | float | bool]:
    return {"doc_id": f"doc{i % 5}", "ente": ENTI[i % 3], "page": i, "is_table": i % 2 == 0}


def _fill(store: ChromaStore, n: int = 60, seed: int = 0) -> tuple[list[str], np.ndarray]:
    ids = [f"chunk-{i:04d}" for i in range(n)]
    vectors = _vectors(n, store.dim, seed)
    store.upsert(ids, vectors, [_metadata(i) for i in range(n)])
    return ids, vectors


def _cosine_top(vectors: np.ndarray, query: np.ndarray, k: int) -> list[int]:
    normed = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = normed @ (query / np.linalg.norm(query))
    return [int(i) for i in np.argsort(-scores)[:k]]


def _unique_collection() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "chroma"


@pytest.fixture
def store(db_path: Path) -> Iterator[ChromaStore]:
    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM) as opened:
        yield opened


# ------------------------------------------------------------------ build_where


def test_build_where_combines_filters() -> None:
    assert build_where() is None
    assert build_where(ente=None, doc_id=[]) is None
    assert build_where(ente="A") == {"ente": "A"}
    assert build_where(doc_id=["x", "y"]) == {"doc_id": {"$in": ["x", "y"]}}
    assert build_where(ente="A", doc_id=["x", "y"], periodo=None) == {
        "$and": [{"ente": "A"}, {"doc_id": {"$in": ["x", "y"]}}]
    }
    with pytest.raises(ValueError):
        build_where(**{"$or": "x"})


# ---------------------------------------------------------------- core behaviour


def test_upsert_query_returns_cosine_neighbours_best_first(store: ChromaStore) -> None:
    ids, vectors = _fill(store)
    assert store.count() == len(ids)

    hits = store.query(vectors[7], k=5)

    assert hits[0][0] == ids[7]
    assert hits[0][1] == pytest.approx(1.0, abs=1e-5)
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert [h for h, _ in hits] == [ids[i] for i in _cosine_top(vectors, vectors[7], 5)]
    # Cosine similarity is scale invariant and lies in [-1, 1].
    assert store.query(vectors[7] * 10, k=1)[0][0] == ids[7]
    assert all(-1.0 - 1e-6 <= s <= 1.0 + 1e-6 for _, s in store.query(vectors[0], k=60))


def test_query_k_larger_than_collection_returns_all(store: ChromaStore) -> None:
    assert store.query(_vectors(1)[0], k=3) == []
    ids, vectors = _fill(store, n=4)
    assert {h for h, _ in store.query(vectors[0], k=50)} == set(ids)


def test_upsert_replaces_existing_ids(store: ChromaStore) -> None:
    ids, vectors = _fill(store, n=10)
    store.upsert(ids[:3], vectors[:3], [{"doc_id": "new", "page": 1}] * 3)
    assert store.count() == 10
    assert store.ids(build_where(doc_id="new")) == set(ids[:3])


def test_filters_restrict_query_and_ids(store: ChromaStore) -> None:
    ids, vectors = _fill(store)
    where = build_where(ente=ENTI[1], doc_id=["doc1", "doc2"], periodo=None)
    expected = {
        ids[i] for i in range(len(ids))
        if _metadata(i)["ente"] == ENTI[1] and _metadata(i)["doc_id"] in ("doc1", "doc2")
    }
    assert expected  # the fixture data must exercise the filter

    assert store.ids(where) == expected
    hits = store.query(vectors[0], k=len(ids), where=where)
    assert {h for h, _ in hits} == expected
    assert store.ids(build_where(is_table=True)) == set(ids[::2])
    assert store.ids({"page": {"$in": [1, 2, 3]}}) == set(ids[1:4])
    assert store.ids() == set(ids)
    assert store.ids(build_where(ente="Comune inesistente")) == set()


def test_delete_and_delete_where(store: ChromaStore) -> None:
    ids, _ = _fill(store)
    store.delete(ids[:5] + ["unknown-id"])
    store.delete([])
    assert store.ids() == set(ids[5:])

    store.delete_where("doc_id", "doc3")
    remaining = {ids[i] for i in range(5, len(ids)) if _metadata(i)["doc_id"] != "doc3"}
    assert store.ids() == remaining
    assert store.count() == len(remaining)
    store.delete_where("doc_id", "no-such-doc")
    assert store.count() == len(remaining)


def test_operations_are_batched(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM, max_batch_size=7) as store:
        collection = store._collection  # the adapter's private Chroma object, spied on
        calls: dict[str, list[int]] = {"upsert": [], "delete": [], "get": []}

        def spy(name: str, size_of: Callable[[dict[str, Any]], int]) -> None:
            original = getattr(collection, name)

            def wrapper(**kwargs: Any) -> Any:
                calls[name].append(size_of(kwargs))
                return original(**kwargs)

            monkeypatch.setattr(collection, name, wrapper)

        spy("upsert", lambda kw: len(kw["ids"]))
        spy("delete", lambda kw: len(kw["ids"]))
        spy("get", lambda kw: int(kw["limit"]))

        ids, _ = _fill(store, n=50)
        assert calls["upsert"] == [7] * 7 + [1]
        assert store.count() == 50
        assert store.ids() == set(ids)
        assert len(calls["get"]) == 8  # 50 ids in pages of 7
        store.delete(ids)
        assert calls["delete"] == [7] * 7 + [1]
        assert store.count() == 0


def test_default_batch_size_comes_from_chroma(store: ChromaStore) -> None:
    assert store.batch_size == store._client.get_max_batch_size() > 1000


def test_reopen_persists(db_path: Path) -> None:
    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM) as store:
        ids, vectors = _fill(store, n=1500)  # above Chroma's HNSW sync threshold (1000)
        # Deletions and replacements leave marks in the HNSW files that a reopen
        # (and its integrity check) must accept.
        store.delete(ids[-100:])
        store.upsert(ids[:50], vectors[:50], [{"doc_id": "replaced"}] * 50)
        before = store.query(vectors[3], k=10)
    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM) as store:
        assert store.count() == 1400
        assert store.ids() == set(ids[:-100])
        assert store.ids(build_where(doc_id="replaced")) == set(ids[:50])
        after = store.query(vectors[3], k=10)
    assert [h for h, _ in after] == [h for h, _ in before]
    assert [s for _, s in after] == pytest.approx([s for _, s in before], abs=1e-6)


def test_collections_are_independent(db_path: Path) -> None:
    with ChromaStore(path=db_path, collection="alpha", embedder_name=EMBEDDER, dim=DIM) as a, \
            ChromaStore(path=db_path, collection="beta", embedder_name="other", dim=4) as b:
        _fill(a, n=5)
        assert b.count() == 0
        assert a.count() == 5


# ------------------------------------------------------------ incompatibility


@pytest.mark.parametrize(
    ("embedder_name", "dim"), [("another-model", DIM), (EMBEDDER, DIM * 2)]
)
def test_other_embedder_or_dim_is_incompatible(db_path: Path, embedder_name: str, dim: int) -> None:
    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM) as store:
        _fill(store, n=5)
    with pytest.raises(IncompatibleIndexError) as info:
        ChromaStore(path=db_path, embedder_name=embedder_name, dim=dim)
    assert "piao index rebuild" in info.value.user_message
    # The original index is untouched and still opens.
    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM) as store:
        assert store.count() == 5


def test_recreate_replaces_incompatible_collection(db_path: Path) -> None:
    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM) as store:
        _fill(store, n=5)
    with ChromaStore(path=db_path, embedder_name="new-model", dim=8, recreate=True) as store:
        assert store.count() == 0
        _fill(store, n=3)
    with ChromaStore(path=db_path, embedder_name="new-model", dim=8) as store:
        assert store.count() == 3


def _corrupt_sqlite_garbage(db: Path) -> None:
    (db / "chroma.sqlite3").write_bytes(os.urandom(8192))


def _corrupt_sqlite_truncated(db: Path) -> None:
    with (db / "chroma.sqlite3").open("r+b") as handle:
        handle.truncate(8192)


def _segment_dir(db: Path) -> Path:
    return next(child for child in db.iterdir() if child.is_dir())


def _corrupt_hnsw_data(db: Path) -> None:
    (_segment_dir(db) / "data_level0.bin").write_bytes(os.urandom(1000))


def _corrupt_hnsw_links_in_place(db: Path) -> None:
    # Same file size, garbage link lists: without the pre-open check hnswlib
    # follows the bogus ids and the whole process dies with SIGSEGV.
    data = _segment_dir(db) / "data_level0.bin"
    with data.open("r+b") as handle:
        handle.seek(data.stat().st_size // 3)
        handle.write(b"\xff" * 4096)


def _corrupt_hnsw_missing(db: Path) -> None:
    (_segment_dir(db) / "header.bin").unlink()


@pytest.mark.parametrize(
    "corrupt",
    [_corrupt_sqlite_garbage, _corrupt_sqlite_truncated, _corrupt_hnsw_data,
     _corrupt_hnsw_links_in_place, _corrupt_hnsw_missing],
    ids=["sqlite-garbage", "sqlite-truncated", "hnsw-truncated", "hnsw-links-overwritten",
         "hnsw-missing"],
)
def test_corrupted_directory_is_incompatible_and_recreate_recovers(
    db_path: Path, corrupt: Callable[[Path], None]
) -> None:
    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM) as store:
        _fill(store, n=1200)  # enough to have HNSW files on disk
    corrupt(db_path)

    for _ in range(2):  # a failed open must not poison Chroma's per-path cache
        with pytest.raises(IncompatibleIndexError):
            ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM)

    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM, recreate=True) as store:
        assert store.count() == 0
        ids, vectors = _fill(store, n=10)
        assert store.query(vectors[0], k=1)[0][0] == ids[0]


def test_hnsw_files_another_process_is_rewriting_are_read_again(db_path: Path) -> None:
    # (a second process closing the same index rewrites its HNSW files: read in that
    # moment, a header is short; it is whole again a moment later)
    import threading

    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM) as store:
        ids, vectors = _fill(store, n=1200)
    header = _segment_dir(db_path) / "header.bin"
    whole = header.read_bytes()
    header.write_bytes(whole[:10])
    threading.Timer(0.1, header.write_bytes, args=(whole,)).start()
    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM) as store:
        assert store.count() == 1200
        assert store.query(vectors[7], k=1)[0][0] == ids[7]


def test_unwritable_location_is_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreUnavailableError) as info:
        ChromaStore(path=blocker / "chroma", embedder_name=EMBEDDER, dim=DIM)
    assert info.value.user_message.startswith("Il database vettoriale non è raggiungibile")


# ------------------------------------------------------- offline / no telemetry


def test_never_uses_chroma_default_embedding_function(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chromadb.api.types import DefaultEmbeddingFunction
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("Chroma's default embedding model must never be used")

    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", forbidden)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__call__", forbidden)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "_download_model_if_not_exists", forbidden)
    assert os.environ["HF_HUB_OFFLINE"] == "1"

    with ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM) as store:
        ids, vectors = _fill(store, n=20)
        assert store.query(vectors[1], k=1)[0][0] == ids[1]
        assert store._collection._embedding_function is None
        assert store._client.get_settings().anonymized_telemetry is False


# --------------------------------------------------------------- argument checks


def test_arguments_are_checked(store: ChromaStore, db_path: Path) -> None:
    with pytest.raises(ValueError):
        ChromaStore(embedder_name=EMBEDDER, dim=DIM)
    with pytest.raises(ValueError):
        ChromaStore(path=db_path, server_url="http://127.0.0.1:1", embedder_name=EMBEDDER, dim=DIM)
    with pytest.raises(ValueError):
        ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=0)
    with pytest.raises(ValueError):
        ChromaStore(path=db_path, collection="x", embedder_name=EMBEDDER, dim=DIM)
    with pytest.raises(ValueError):
        ChromaStore(server_url="ftp://host:1", embedder_name=EMBEDDER, dim=DIM)

    with pytest.raises(ValueError, match="dimension"):
        store.upsert(["a"], _vectors(1, DIM + 1), [{}])
    with pytest.raises(ValueError, match="length"):
        store.upsert(["a", "b"], _vectors(1), [{}])
    with pytest.raises(ValueError, match="duplicate"):
        store.upsert(["a", "a"], _vectors(2), [{}, {}])
    with pytest.raises(ValueError, match="NaN"):
        store.upsert(["a"], [[float("nan")] * DIM], [{}])
    with pytest.raises(ValueError, match="dimension"):
        store.query(_vectors(1, DIM - 1)[0], k=1)
    with pytest.raises(ValueError):
        store.query(_vectors(1)[0], k=0)
    store.upsert([], [], [])
    assert store.count() == 0


def test_closed_store_refuses_work(db_path: Path) -> None:
    store = ChromaStore(path=db_path, embedder_name=EMBEDDER, dim=DIM)
    store.close()
    store.close()  # idempotent
    with pytest.raises(RuntimeError):
        store.count()


# ------------------------------------------------------------------ real server


def test_unreachable_server_is_unavailable() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailableError) as info:
        ChromaStore(server_url=url, embedder_name=EMBEDDER, dim=DIM)
    assert url in info.value.user_message


def test_server_core_operations(chroma_server_url: str) -> None:
    collection = _unique_collection()
    with ChromaStore(
        server_url=chroma_server_url, collection=collection, embedder_name=EMBEDDER, dim=DIM,
        max_batch_size=25,
    ) as store:
        store.heartbeat()
        ids, vectors = _fill(store, n=60)
        assert store.count() == 60
        assert store.ids() == set(ids)

        hits = store.query(vectors[11], k=5)
        assert hits[0][0] == ids[11]
        assert hits[0][1] == pytest.approx(1.0, abs=1e-5)
        assert [h for h, _ in hits] == [ids[i] for i in _cosine_top(vectors, vectors[11], 5)]

        where = build_where(ente=ENTI[0], doc_id=["doc0", "doc3"])
        expected = {
            ids[i] for i in range(60)
            if _metadata(i)["ente"] == ENTI[0] and _metadata(i)["doc_id"] in ("doc0", "doc3")
        }
        assert store.ids(where) == expected
        assert {h for h, _ in store.query(vectors[0], k=60, where=where)} == expected

        store.delete(ids[:10])
        store.delete_where("doc_id", "doc4")
        assert store.ids() == {ids[i] for i in range(10, 60) if _metadata(i)["doc_id"] != "doc4"}

    # Persistent on the server side, and guarded against another embedder.
    with ChromaStore(server_url=chroma_server_url, collection=collection,
                     embedder_name=EMBEDDER, dim=DIM) as store:
        assert store.count() == 40
    with pytest.raises(IncompatibleIndexError):
        ChromaStore(server_url=chroma_server_url, collection=collection,
                    embedder_name="another-model", dim=DIM)


def test_stopped_server_raises_store_unavailable(
    start_chroma_server: Callable[[], ChromaServer],
) -> None:
    server = start_chroma_server()
    store = ChromaStore(server_url=server.url, embedder_name=EMBEDDER, dim=DIM)
    try:
        ids, vectors = _fill(store, n=10)
        store.heartbeat()
        server.stop()

        for operation in (
            store.heartbeat,
            lambda: store.query(vectors[0], k=3),
            lambda: store.upsert(ids[:1], vectors[:1], [{"doc_id": "x"}]),
            store.count,
            lambda: store.ids(),
        ):
            with pytest.raises(StoreUnavailableError) as info:
                operation()
            assert isinstance(info.value, VectorStoreError)
            assert info.value.user_message.startswith(
                "Il database vettoriale non è raggiungibile"
            )
    finally:
        store.close()
