"""Chroma adapter: an embedded persistent directory or a Chroma HTTP server.

Chroma types never leave this module. Callers pass ids, float vectors and plain
metadata dicts, get back ``(id, similarity)`` pairs, and only ever see the typed
errors of :mod:`vectorstore.errors` (plus ``ValueError`` for malformed arguments).

Over 400 lines on purpose: one class holds both connection modes, and every call
goes through the same error translation (`_call`), which splitting the class
would scatter. File-level repairs live in `vectorstore.chroma_files`.
"""

from __future__ import annotations

import logging
import re
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import httpx
import numpy as np

from vectorstore.chroma_files import (
    evict_failed_system,
    hnsw_damage,
    wipe_chroma_files,
)
from vectorstore.errors import IncompatibleIndexError, StoreUnavailableError, VectorStoreError

logger = logging.getLogger(__name__)

MetadataValue = str | int | float | bool
Metadata = Mapping[str, MetadataValue]
Where = dict[str, Any]
FilterValue = MetadataValue | Sequence[MetadataValue] | None

DEFAULT_COLLECTION = "piao_chunks"
# Used only if the client cannot tell us its own limit.
FALLBACK_BATCH_SIZE = 1000
# Bound on the vectors kept for exact search (384-d: about 150 MB)
_MAX_CACHED_VECTORS = 100_000
# seconds to wait before looking again at HNSW files that read damaged (another
# process may be writing them)
_DAMAGE_RECHECKS = (0.2, 0.5, 1.0)

_COLLECTION_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{1,510})[A-Za-z0-9]$")
# Substrings of SQLite/OS errors that mean "cannot access", not "damaged".
_ACCESS_PROBLEMS = ("unable to open", "readonly", "read-only", "locked", "permission denied")

_T = TypeVar("_T")


def build_where(**filters: FilterValue) -> Where | None:
    """Turn keyword filters into a Chroma ``where`` clause.

    ``None`` values and empty lists are ignored (an empty multi-select in the UI
    means "no restriction"), lists/tuples/sets become ``$in``, scalars become
    equality, and several conditions are joined with ``$and``.

    >>> build_where(ente="A", doc_id=["x", "y"], periodo=None)
    {'$and': [{'ente': 'A'}, {'doc_id': {'$in': ['x', 'y']}}]}
    """
    clauses: list[Where] = []
    for field, value in filters.items():
        if field.startswith("$"):
            raise ValueError(f"filter field must not start with '$': {field!r}")
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            values = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
            if values:
                clauses.append({field: {"$in": values}})
        else:
            clauses.append({field: value})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class ChromaStore:
    """One Chroma collection of chunk vectors, compared with cosine similarity.

    Exactly one of ``path`` (embedded persistent client) or ``server_url``
    (``chromadb.HttpClient``) must be given. The collection remembers the
    embedder name and dimension it was built with; opening it with another one
    raises :class:`IncompatibleIndexError`, because vectors from another model
    are meaningless. Chroma's default embedding function is never used (it
    would download a model): embeddings are always passed explicitly.

    Raises:
        ValueError: invalid arguments.
        StoreUnavailableError: the server or directory cannot be reached/opened.
        IncompatibleIndexError: other embedder/dimension, or a corrupted index.
    """

    def __init__(
        self,
        *,
        path: Path | None = None,
        server_url: str | None = None,
        collection: str = DEFAULT_COLLECTION,
        embedder_name: str,
        dim: int,
        headers: Mapping[str, str] | None = None,
        timeout_s: float = 60.0,
        max_batch_size: int | None = None,
        recreate: bool = False,
    ) -> None:
        """Open (or create) the collection.

        Args:
            headers: extra HTTP headers for the server (e.g. an auth token).
            timeout_s: per-request timeout towards the server; Chroma's own
                client has none, so a hung server would block forever.
            max_batch_size: cap below the client's own limit (tests, memory).
            recreate: drop the existing collection and start empty (used by
                ``piao index rebuild``); in embedded mode a directory whose
                database cannot be opened is wiped (Chroma's files only).
        """
        if (path is None) == (server_url is None):
            raise ValueError("give exactly one of path or server_url")
        if not _COLLECTION_NAME.match(collection):
            raise ValueError(
                f"invalid collection name {collection!r}: 3-512 chars of [A-Za-z0-9._-], "
                "starting and ending with a letter or digit"
            )
        if not embedder_name.strip():
            raise ValueError("embedder_name must not be empty")
        if dim <= 0:
            raise ValueError(f"dim must be positive, got {dim}")
        if timeout_s <= 0:
            raise ValueError(f"timeout_s must be positive, got {timeout_s}")
        if max_batch_size is not None and max_batch_size <= 0:
            raise ValueError(f"max_batch_size must be positive, got {max_batch_size}")

        self.embedder_name = embedder_name
        self.dim = dim
        self.collection_name = collection
        self._path = path.expanduser().resolve() if path is not None else None
        self._is_server = server_url is not None
        self.location = server_url if server_url is not None else str(self._path)
        self._closed = False
        # id -> unit vector, for exact searches among few chunks (see query_among)
        self._unit_vectors: dict[str, np.ndarray] = {}

        started = time.perf_counter()
        if server_url is not None:
            self._client = self._connect_server(server_url, dict(headers or {}), timeout_s)
        else:
            assert self._path is not None
            self._client = self._connect_embedded(self._path, recreate)
        try:
            self._collection = self._open_collection(recreate)
            if self._path is not None and (damage := self._settled_damage()):
                raise IncompatibleIndexError(f"{self.location}: {damage}")
            self.batch_size = self._client_batch_size(max_batch_size)
            count = self._verify_readable()
        except BaseException:
            self.close()
            raise
        logger.info(
            "chroma_open mode=%s location=%s collection=%s embedder=%s dim=%d count=%d "
            "batch_size=%d elapsed_ms=%.0f",
            "server" if self._is_server else "embedded", self.location, collection,
            embedder_name, dim, count, self.batch_size, (time.perf_counter() - started) * 1000,
        )

    # ---------------------------------------------------------------- writes

    def upsert(
        self,
        ids: Sequence[str],
        embeddings: Sequence[Sequence[float]] | np.ndarray,
        metadatas: Sequence[Metadata],
    ) -> None:
        """Insert or replace vectors, in batches of at most ``batch_size``."""
        if not (len(ids) == len(embeddings) == len(metadatas)):
            raise ValueError(
                f"ids, embeddings and metadatas differ in length: "
                f"{len(ids)}, {len(embeddings)}, {len(metadatas)}"
            )
        if not ids:
            return
        if len(set(ids)) != len(ids):
            raise ValueError("duplicate ids in one upsert")
        vectors = self._as_matrix(embeddings)
        for id_ in ids:
            self._unit_vectors.pop(id_, None)
        # Chroma rejects an empty metadata dict but accepts None.
        metas = [dict(m) or None for m in metadatas]
        started = time.perf_counter()
        for start, stop in self._batches(len(ids)):
            self._call(
                "upsert",
                lambda: self._collection.upsert(
                    ids=list(ids[start:stop]),
                    embeddings=vectors[start:stop],
                    metadatas=metas[start:stop],  # type: ignore[arg-type]
                ),
            )
        logger.debug("chroma_upsert n=%d elapsed_ms=%.0f", len(ids),
                     (time.perf_counter() - started) * 1000)

    def delete(self, ids: Iterable[str]) -> None:
        """Delete vectors by id; unknown ids are ignored."""
        # Never call Chroma with an empty id list: it is an error there.
        unique = list(dict.fromkeys(ids))
        for id_ in unique:
            self._unit_vectors.pop(id_, None)
        for start, stop in self._batches(len(unique)):
            self._call("delete", lambda: self._collection.delete(ids=unique[start:stop]))

    def delete_where(self, field: str, value: str) -> None:
        """Delete every vector whose metadata ``field`` equals ``value``."""
        where = build_where(**{field: value})
        if where is None:
            raise ValueError("delete_where needs a value")
        self._unit_vectors.clear()
        self._call("delete_where", lambda: self._collection.delete(where=where))

    # ----------------------------------------------------------------- reads

    def ids(self, where: Where | None = None) -> set[str]:
        """All ids (optionally filtered), paged so embeddings are never loaded."""
        found: set[str] = set()
        for page in self.iter_id_pages(where):
            found.update(page)
        return found

    def iter_id_pages(self, where: Where | None = None) -> Iterator[list[str]]:
        """All ids (optionally filtered), one page of at most ``batch_size`` at a time."""
        where = where or None  # Chroma rejects an empty dict
        offset = 0
        while True:
            page = self._call(
                "ids",
                lambda: self._collection.get(
                    where=where, include=[], limit=self.batch_size, offset=offset
                ),
            )
            page_ids = list(page["ids"])
            if page_ids:
                yield page_ids
            if len(page_ids) < self.batch_size:
                return
            offset += len(page_ids)

    def existing(self, ids: Sequence[str]) -> set[str]:
        """The subset of ``ids`` that has a vector in the collection."""
        unique = list(dict.fromkeys(ids))
        found: set[str] = set()
        for start, stop in self._batches(len(unique)):
            page = self._call(
                "existing",
                lambda: self._collection.get(ids=unique[start:stop], include=[]),
            )
            found.update(page["ids"])
        return found

    def count(self) -> int:
        return int(self._call("count", self._collection.count))

    def query(
        self, embedding: Sequence[float] | np.ndarray, k: int, where: Where | None = None
    ) -> list[tuple[str, float]]:
        """Nearest neighbours as ``(id, cosine similarity)``, best first.

        ``where`` uses Chroma's filter syntax; :func:`build_where` builds it.
        Fewer than ``k`` results come back when fewer vectors match.
        """
        if k <= 0:
            raise ValueError(f"k must be positive, got {k}")
        vector = self._as_matrix([embedding])
        result = self._call(
            "query",
            lambda: self._collection.query(
                query_embeddings=vector, n_results=k, where=where or None,
                include=["distances"],
            ),
        )
        ids = result["ids"][0]
        distances = result["distances"][0] if result["distances"] else []
        # Chroma's cosine space returns the distance 1 - cos.
        return [(id_, 1.0 - float(d)) for id_, d in zip(ids, distances, strict=True)]

    def query_among(
        self, embedding: Sequence[float] | np.ndarray, k: int, ids: Sequence[str]
    ) -> list[tuple[str, float]]:
        """Exact nearest neighbours among ``ids`` only, as ``(id, cosine similarity)``.

        For filtered searches over a few documents: Chroma's ``where`` filter scans
        the metadata of the whole collection (tens of ms at 40k vectors, growing with
        it), while reading the allowed vectors by id and comparing them here costs in
        proportion to the allowed set only, and is exact. Unknown ids are ignored.
        Vectors read once are kept (as unit vectors): a chunk id names a span of a
        file's content and the collection one embedder, so an id's vector only changes
        when this store rewrites it, which drops it from the cache.
        """
        if k <= 0:
            raise ValueError(f"k must be positive, got {k}")
        query = self._as_matrix([embedding])[0]
        query = query / max(float(np.linalg.norm(query)), 1e-12)
        unique = list(dict.fromkeys(ids))
        self._read_vectors([i for i in unique if i not in self._unit_vectors])
        found = [i for i in unique if i in self._unit_vectors]
        if not found:
            return []
        sims = np.vstack([self._unit_vectors[i] for i in found]) @ query
        # stable: equal similarities keep the order of `ids`, so ties never depend
        # on anything but the arguments
        order = np.argsort(-sims, kind="stable")[:k]
        return [(found[i], float(sims[i])) for i in order]

    def _read_vectors(self, ids: list[str]) -> None:
        """Read vectors into the cache of unit vectors (ids not stored stay out)."""
        if len(self._unit_vectors) + len(ids) > _MAX_CACHED_VECTORS:
            self._unit_vectors.clear()
        for start, stop in self._batches(len(ids)):
            page = self._call(
                "query_among",
                lambda: self._collection.get(ids=ids[start:stop], include=["embeddings"]),
            )
            if not len(page["ids"]):
                continue
            matrix = np.asarray(page["embeddings"], dtype=np.float32)
            matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
            self._unit_vectors.update(zip(page["ids"], matrix, strict=True))

    def forget_vectors(self) -> None:
        """Drop the vectors cached for exact search (the index changed elsewhere)."""
        self._unit_vectors.clear()

    def heartbeat(self) -> None:
        """Raise :class:`StoreUnavailableError` unless the store answers."""
        self._call("heartbeat", self._client.heartbeat)
        # The server can be up while our collection was dropped underneath us.
        self._call("heartbeat", self._collection.count)

    # ------------------------------------------------------------- lifecycle

    def close(self) -> None:
        """Release the client (idempotent); embedded mode frees the SQLite file."""
        if self._closed:
            return
        self._closed = True
        try:
            self._client.close()
        except Exception:  # noqa: BLE001 - closing must never mask the caller's outcome
            logger.warning("chroma_close_failed location=%s", self.location, exc_info=True)

    def __enter__(self) -> ChromaStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (f"ChromaStore(location={self.location!r}, collection={self.collection_name!r}, "
                f"embedder_name={self.embedder_name!r}, dim={self.dim})")

    # --------------------------------------------------------------- helpers

    def _connect_embedded(self, path: Path, recreate: bool) -> Any:
        import chromadb
        from chromadb.config import Settings

        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailableError(f"{path}: {exc}") from exc

        def open_client() -> Any:
            return chromadb.PersistentClient(
                path=str(path), settings=Settings(anonymized_telemetry=False)
            )

        try:
            return open_client()
        except Exception as exc:  # noqa: BLE001 - every failure is translated below
            evict_failed_system(str(path))
            error = self._open_error(exc)
            # Only a damaged database may be wiped; a locked or unreadable one may
            # belong to a running process or just need other permissions.
            if not (recreate and isinstance(error, IncompatibleIndexError)):
                raise error from exc
            logger.warning("chroma_wipe_damaged path=%s error=%s", path, exc)
            wipe_chroma_files(path)
        try:
            return open_client()
        except Exception as exc:  # noqa: BLE001
            evict_failed_system(str(path))
            raise self._open_error(exc) from exc

    def _connect_server(self, url: str, headers: dict[str, str], timeout_s: float) -> Any:
        import chromadb
        from chromadb.config import Settings

        host, port, ssl = _parse_server_url(url)
        # Chroma's HttpClient talks to the server in its constructor without any
        # timeout; a bounded probe first turns "down" or "hung" into a clean error.
        try:
            response = httpx.get(
                f"{url.rstrip('/')}/api/v2/heartbeat", headers=headers,
                timeout=min(timeout_s, 10.0),
            )
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise StoreUnavailableError(f"{url} ({exc})") from exc
        try:
            client = chromadb.HttpClient(
                host=host, port=port, ssl=ssl, headers=headers or None,
                settings=Settings(anonymized_telemetry=False),
            )
        except Exception as exc:  # noqa: BLE001 - auth, version or connection problems
            raise StoreUnavailableError(f"{url} ({exc})") from exc
        _set_http_timeout(client, timeout_s)
        return client

    def _open_collection(self, recreate: bool) -> Any:
        expected = {"embedder_name": self.embedder_name, "dim": self.dim}
        if recreate:
            self._drop_collection()
        collection = self._call_open(
            lambda: self._client.get_or_create_collection(
                name=self.collection_name,
                configuration={"hnsw": {"space": "cosine"}},
                metadata=expected,
                # None (not the default!) stops Chroma from loading its ONNX model.
                embedding_function=None,
            )
        )
        found = dict(collection.metadata or {})
        actual = {key: found.get(key) for key in expected}
        if actual != expected:
            raise IncompatibleIndexError(
                f"collection {self.collection_name!r} at {self.location} was built with "
                f"{actual}, expected {expected}"
            )
        space = (collection.configuration_json or {}).get("hnsw", {}) or {}
        if space.get("space", "cosine") != "cosine":
            raise IncompatibleIndexError(
                f"collection {self.collection_name!r} uses distance {space.get('space')!r}, "
                "expected 'cosine'"
            )
        return collection

    def _drop_collection(self) -> None:
        from chromadb.errors import NotFoundError

        try:
            self._client.delete_collection(self.collection_name)
            logger.info("chroma_drop_collection location=%s collection=%s",
                        self.location, self.collection_name)
        except NotFoundError:
            pass
        except Exception as exc:  # noqa: BLE001
            raise self._open_error(exc) from exc

    def _verify_readable(self) -> int:
        """Touch the index once so damage surfaces now, not in the middle of a chat."""
        count = self._call_open(self._collection.count)
        if count:
            # Damaged HNSW data files only fail on a real search.
            probe = np.zeros((1, self.dim), dtype=np.float32)
            probe[0, 0] = 1.0
            self._call_open(
                lambda: self._collection.query(query_embeddings=probe, n_results=1, include=[])
            )
        return int(count)

    def _settled_damage(self) -> str | None:
        """The HNSW files' damage, looked at again after a pause: another process
        closing the same index rewrites them, and a file read while it is being
        written reads short; real damage stays."""
        assert self._path is not None
        for pause in (*_DAMAGE_RECHECKS, None):
            damage = hnsw_damage(self._path, str(self._collection.id))
            if not damage or pause is None:
                return damage
            time.sleep(pause)
        return None

    def _client_batch_size(self, cap: int | None) -> int:
        try:
            size = int(self._client.get_max_batch_size())
        except Exception:  # noqa: BLE001 - only a tuning value; fall back safely
            logger.warning("chroma_batch_size_unknown fallback=%d", FALLBACK_BATCH_SIZE,
                           exc_info=True)
            size = FALLBACK_BATCH_SIZE
        return min(size, cap) if cap is not None else size

    def _batches(self, total: int) -> Iterator[tuple[int, int]]:
        for start in range(0, total, self.batch_size):
            yield start, min(start + self.batch_size, total)

    def _as_matrix(self, embeddings: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
        try:
            matrix = np.asarray(embeddings, dtype=np.float32)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"embeddings are not a rectangular array of numbers: {exc}") from exc
        if matrix.ndim != 2 or matrix.shape[1] != self.dim:
            raise ValueError(
                f"expected vectors of dimension {self.dim}, got shape {matrix.shape}"
            )
        if not np.isfinite(matrix).all():
            raise ValueError("embeddings contain NaN or infinite values")
        return matrix

    def _call_open(self, fn: Callable[[], _T]) -> _T:
        """Like `_call`, but while opening any Chroma failure means a bad index."""
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001
            raise self._open_error(exc) from exc

    def _call(self, action: str, fn: Callable[[], _T]) -> _T:
        """Run one Chroma operation, translating its exceptions into ours."""
        if self._closed:
            raise RuntimeError(f"{self!r} is closed")
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - translated or re-raised below
            translated = self._translate(action, exc)
            if translated is exc:
                raise
            logger.warning("chroma_error action=%s location=%s error=%r",
                           action, self.location, exc)
            raise translated from exc

    def _translate(self, action: str, exc: Exception) -> Exception:
        from chromadb import errors as chroma_errors

        unavailable = StoreUnavailableError(f"{self.location} ({action}: {exc})")
        if isinstance(exc, (httpx.TransportError, ConnectionError, TimeoutError)):
            return unavailable
        if isinstance(exc, (chroma_errors.ChromaAuthError, chroma_errors.AuthorizationError,
                            chroma_errors.RateLimitError, chroma_errors.QuotaError)):
            return unavailable
        if isinstance(exc, (chroma_errors.InvalidArgumentError, chroma_errors.DuplicateIDError,
                            chroma_errors.InvalidDimensionException)):
            # Arguments are checked before calling Chroma, so this is a bug on our side.
            return ValueError(f"{action}: {exc}")
        if isinstance(exc, chroma_errors.ChromaError):
            return IncompatibleIndexError(f"{self.location} ({action}: {exc})")
        # Chroma's HTTP client raises a bare Exception for non-Chroma error
        # responses (e.g. a proxy answering 502).
        if self._is_server and type(exc) is Exception:
            return unavailable
        return exc

    def _open_error(self, exc: Exception) -> Exception:
        """Translate a failure while opening: unreachable, or an unusable index."""
        from chromadb import errors as chroma_errors

        if isinstance(exc, VectorStoreError):
            return exc
        translated = self._translate("open", exc)
        if isinstance(translated, StoreUnavailableError):
            return translated
        detail = f"{self.location} ({exc})"
        # SQLite access problems are about the environment, not the index content.
        if any(marker in str(exc).lower() for marker in _ACCESS_PROBLEMS):
            return StoreUnavailableError(detail)
        if isinstance(exc, chroma_errors.ChromaError):
            # e.g. "file is not a database", "database disk image is malformed",
            # "Error loading hnsw index", "Error deserializing pickle file".
            return IncompatibleIndexError(detail)
        if isinstance(exc, (ValueError, OSError, RuntimeError)):
            return StoreUnavailableError(detail)
        return exc


def _parse_server_url(url: str) -> tuple[str, int, bool]:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"server_url must look like http://host:port, got {url!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"server_url must not contain a path or query, got {url!r}")
    ssl = parts.scheme == "https"
    try:
        port = parts.port or (443 if ssl else 80)
    except ValueError as exc:  # e.g. a non-numeric port
        raise ValueError(f"invalid port in server_url {url!r}") from exc
    return parts.hostname, port, ssl


def _set_http_timeout(client: Any, timeout_s: float) -> None:
    # Chroma 1.x builds its httpx session with timeout=None and offers no setting;
    # reaching into it is best effort and harmless if the attribute moves.
    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(timeout_s)
    else:
        logger.debug("chroma_http_timeout_not_set reason=no_session")
