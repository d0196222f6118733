"""Hybrid search: BM25 (FTS5, Italian analysis) fused with dense search by RRF."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.models import Chunk
from ingest.text import fold_value
from vectorstore.catalog import Catalog
from vectorstore.embeddings import Embedder
from vectorstore.errors import StoreUnavailableError
from vectorstore.store import ChromaStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchFilters:
    """Restrict a search; empty tuples mean "no restriction"."""

    enti: tuple[str, ...] = ()
    periodi: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.enti or self.periodi or self.doc_ids)


@dataclass(frozen=True)
class SearchHit:
    chunk: Chunk
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None
    signals: dict[str, float] = field(default_factory=dict)


class HybridSearcher:
    """Reciprocal-rank fusion of lexical and dense candidates, with filters."""

    def __init__(
        self,
        catalog: Catalog,
        store: ChromaStore | None = None,
        embedder: Embedder | None = None,
        rrf_k: int = 60,
        dense_candidates: int = 40,
        lexical_candidates: int = 40,
        dense_weight: float = 1.0,
        lexical_weight: float = 1.0,
        exact_dense_limit: int = 5000,
    ) -> None:
        if rrf_k < 1 or dense_candidates < 1 or lexical_candidates < 1:
            raise ValueError("rrf_k and candidate counts must be >= 1")
        # A search allowed at most this many chunks (by its filter, or in the whole
        # library) is exact among them (cost grows with the allowed chunks, not with
        # the index); above it, Chroma's HNSW search (filtered) is used.
        self.exact_dense_limit = exact_dense_limit
        self.catalog = catalog
        self.store = store
        self.embedder = embedder
        self.rrf_k = rrf_k
        self.dense_candidates = dense_candidates
        self.lexical_candidates = lexical_candidates
        self.dense_weight = dense_weight
        self.lexical_weight = lexical_weight
        # Outcome of the last dense query (None: it answered). A status for the edges
        # to show ("semantic index unreachable"), refreshed by every search, so it
        # clears by itself when the server is back.
        self.dense_error: StoreUnavailableError | None = None
        # One question may be searched several times (per named ente, follow-ups):
        # embed it once.
        self._query_vectors: dict[str, list[float]] = {}
        # (catalog version, [(doc_id, folded ente, folded periodo)]) for the filters
        self._doc_keys: tuple[tuple[int, int], list[tuple[str, str, str]]] | None = None
        # filter (doc ids, None = all) -> chunk ids for exact search, at a catalog version
        self._allowed: dict[tuple[str, ...] | None, list[str] | None] = {}
        self._allowed_version: tuple[int, int] | None = None

    def resolve_doc_ids(self, filters: SearchFilters | None) -> list[str] | None:
        """The documents a filter allows (None = every document)."""
        if filters is None or filters.empty:
            return None
        enti = {fold_value(e) for e in filters.enti}
        periodi = {fold_value(p) for p in filters.periodi}
        allowed = set(filters.doc_ids)
        out = []
        for doc_id, ente, periodo in self._document_keys():
            if enti and ente not in enti:
                continue
            if periodi and periodo not in periodi:
                continue
            if allowed and doc_id not in allowed:
                continue
            out.append(doc_id)
        return out

    def _document_keys(self) -> list[tuple[str, str, str]]:
        """What the filters compare, per document; re-read only when the catalog changes."""
        version = self.catalog.version()
        if self._doc_keys is None or self._doc_keys[0] != version:
            keys = [
                (r.meta.doc_id, fold_value(r.meta.ente or ""), fold_value(r.meta.periodo or ""))
                for r in self.catalog.documents()
            ]
            self._doc_keys = (version, keys)
        return self._doc_keys[1]

    def search(
        self, query: str, k: int = 10, filters: SearchFilters | None = None
    ) -> list[SearchHit]:
        doc_ids = self.resolve_doc_ids(filters)
        if doc_ids is not None and not doc_ids:
            return []
        lexical = self.catalog.lexical_search(query, self.lexical_candidates, doc_ids)
        dense = self._dense(query, doc_ids)
        scores: dict[str, float] = {}
        lex_rank: dict[str, int] = {}
        dense_rank: dict[str, int] = {}
        for rank, hit in enumerate(lexical, start=1):
            lex_rank[hit.chunk_id] = rank
            scores[hit.chunk_id] = scores.get(hit.chunk_id, 0.0) + self.lexical_weight / (
                self.rrf_k + rank
            )
        for rank, (cid, _sim) in enumerate(dense, start=1):
            dense_rank[cid] = rank
            scores[cid] = scores.get(cid, 0.0) + self.dense_weight / (self.rrf_k + rank)
        ranked = sorted(scores, key=lambda cid: scores[cid], reverse=True)
        # The catalog is the truth: vectors of replaced documents not yet cleaned up
        # by a sync are simply not found here and drop out.
        chunks = self.catalog.chunks_by_id(ranked[: k * 2])
        hits = [
            SearchHit(
                chunk=chunks[cid],
                score=scores[cid],
                lexical_rank=lex_rank.get(cid),
                dense_rank=dense_rank.get(cid),
            )
            for cid in ranked
            if cid in chunks
        ]
        return hits[:k]

    def _dense(self, query: str, doc_ids: Sequence[str] | None) -> list[tuple[str, float]]:
        if self.store is None or self.embedder is None:
            return []
        try:
            vector = self._query_vector(query)
            allowed = self._allowed_chunks(doc_ids)
            if allowed is not None:
                found = self.store.query_among(vector, self.dense_candidates, allowed)
            else:
                where = {"doc_id": {"$in": list(doc_ids)}} if doc_ids is not None else None
                found = self.store.query(vector, self.dense_candidates, where=where)
        except StoreUnavailableError as exc:
            # Lexical results still answer the user; the edge reports the outage.
            if self.dense_error is None:
                log.warning("dense search unavailable, lexical only: %s", exc.detail)
            self.dense_error = exc
            return []
        if self.dense_error is not None:
            log.warning("dense search available again")
        self.dense_error = None
        return found

    def _allowed_chunks(self, doc_ids: Sequence[str] | None) -> list[str] | None:
        """The chunk ids a filter allows (no filter: every chunk), if few enough for an
        exact search. Exact also without a filter: HNSW is approximate, and Chroma
        rebuilds its graph at random on every open, so the same index could give the
        same question different neighbours from one run to the next; below the limit
        exact costs no more and always ranks the same. Derived from the catalog, so
        kept until it changes (a question runs several searches with one filter)."""
        version = self.catalog.version()
        if self._allowed_version != version:
            self._allowed.clear()
            self._allowed_version = version
        key = None if doc_ids is None else tuple(doc_ids)
        if key not in self._allowed:
            if len(self._allowed) >= 64:
                self._allowed.clear()
            self._allowed[key] = self._read_allowed(doc_ids)
        return self._allowed[key]

    def _read_allowed(self, doc_ids: Sequence[str] | None) -> list[str] | None:
        if doc_ids is None:
            if self.catalog.count_chunks() > self.exact_dense_limit:
                return None
            doc_ids = [doc_id for doc_id, _ente, _periodo in self._document_keys()]
        allowed: list[str] = []
        for doc_id in doc_ids:
            allowed.extend(sorted(self.catalog.chunk_ids(doc_id)))
            if len(allowed) > self.exact_dense_limit:
                return None
        return allowed

    def _query_vector(self, query: str) -> list[float]:
        assert self.embedder is not None
        vector = self._query_vectors.get(query)
        if vector is None:
            vector = self.embedder.embed_query(query)
            if len(self._query_vectors) >= 256:
                self._query_vectors.pop(next(iter(self._query_vectors)))
            self._query_vectors[query] = vector
        return vector
