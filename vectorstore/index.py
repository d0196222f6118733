"""Idempotent, crash-safe indexing: the catalog first, dense vectors derived from it.

Protocol (why a `kill -9` at any point is harmless):
1. `add` writes a document's chunks and lexical rows in one SQLite transaction and
   marks it dense-pending. Unchanged content (same hash) is a no-op.
2. `sync_dense` reconciles Chroma with the catalog: vectors whose id is not in the
   catalog are deleted (orphans of replaced/removed documents or of an interrupted
   run), chunks without a vector are embedded and upserted (ids are deterministic,
   so a retried upsert never duplicates), then the document is marked done.
Lexical search works as soon as step 1 commits; dense search catches up in step 2.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ingest.models import Chunk, ParsedDocument
from vectorstore.catalog import Catalog
from vectorstore.embeddings import Embedder
from vectorstore.store import ChromaStore

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class AddOutcome:
    doc_id: str
    status: Literal["added", "replaced", "unchanged"]
    n_chunks: int


@dataclass(frozen=True)
class DenseReport:
    embedded: int = 0
    orphans_removed: int = 0
    documents_completed: int = 0
    seconds: float = 0.0


def _vector_metadata(chunk: Chunk) -> dict[str, str | int]:
    return {"doc_id": chunk.doc_id, "kind": chunk.kind.value, "page": chunk.page}


class Indexer:
    """Writes parsed documents to the catalog and keeps Chroma in sync with it."""

    def __init__(
        self,
        catalog: Catalog,
        store: ChromaStore | None = None,
        embedder: Embedder | None = None,
        batch_size: int = 32,
    ) -> None:
        if (store is None) != (embedder is None):
            raise ValueError("store and embedder go together (both or neither)")
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        self.catalog = catalog
        self.store = store
        self.embedder = embedder
        self.batch_size = batch_size

    def add(self, parsed: ParsedDocument, source_path: str) -> AddOutcome:
        doc_id = parsed.meta.doc_id
        previous = self.catalog.content_hash(doc_id)
        if previous == parsed.meta.content_hash:
            return AddOutcome(doc_id, "unchanged", len(parsed.chunks))
        self.catalog.put_document(parsed, source_path)
        status: Literal["added", "replaced"] = "added" if previous is None else "replaced"
        log.info("indexed lexical doc_id=%s status=%s chunks=%d", doc_id, status, len(parsed.chunks))
        return AddOutcome(doc_id, status, len(parsed.chunks))

    def remove(self, doc_id: str) -> bool:
        """Remove a document; its vectors go too (or at the next sync if this is interrupted)."""
        existed = self.catalog.remove_document(doc_id)
        if self.store is not None:
            self.store.delete_where("doc_id", doc_id)
        return existed

    def dense_backlog(self) -> int:
        """Chunks still waiting for a vector."""
        if self.store is None:
            return 0
        return len(self.catalog.chunk_ids() - self.store.ids())

    def sync_dense(self, progress: Progress | None = None) -> DenseReport:
        """Bring Chroma in line with the catalog (see module docstring)."""
        if self.store is None or self.embedder is None:
            return DenseReport()
        started = time.perf_counter()
        catalog_ids = self.catalog.chunk_ids()
        store_ids = self.store.ids()
        orphans = sorted(store_ids - catalog_ids)
        if orphans:
            self.store.delete(orphans)
            log.info("removed orphan vectors count=%d", len(orphans))
        missing = catalog_ids - store_ids
        docs = [d.meta.doc_id for d in self.catalog.documents()]
        todo: list[Chunk] = []
        complete_docs: list[str] = []
        pending = set(self.catalog.pending_dense())
        for doc_id in docs:
            chunks = [c for c in self.catalog.chunks_of(doc_id) if c.id in missing]
            if chunks:
                todo.extend(chunks)
                complete_docs.append(doc_id)
            elif doc_id in pending:
                self.catalog.set_dense_state(doc_id, "done")
        done = 0
        if progress:
            progress(0, len(todo))
        finished_docs = 0
        remaining_by_doc = {d: 0 for d in complete_docs}
        for c in todo:
            remaining_by_doc[c.doc_id] += 1
        for start in range(0, len(todo), self.batch_size):
            batch = todo[start : start + self.batch_size]
            vectors = self.embedder.embed_documents([c.embedding_text for c in batch])
            self.store.upsert(
                ids=[c.id for c in batch],
                embeddings=vectors,
                metadatas=[_vector_metadata(c) for c in batch],
            )
            for c in batch:
                remaining_by_doc[c.doc_id] -= 1
                if remaining_by_doc[c.doc_id] == 0:
                    self.catalog.set_dense_state(c.doc_id, "done")
                    finished_docs += 1
            done += len(batch)
            if progress:
                progress(done, len(todo))
        report = DenseReport(
            embedded=done,
            orphans_removed=len(orphans),
            documents_completed=finished_docs,
            seconds=time.perf_counter() - started,
        )
        log.info(
            "dense sync embedded=%d orphans=%d seconds=%.2f",
            report.embedded,
            report.orphans_removed,
            report.seconds,
        )
        return report
