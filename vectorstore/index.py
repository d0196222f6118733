"""Idempotent, crash-safe indexing: the catalog first, dense vectors derived from it.

Protocol (why a `kill -9` at any point is harmless):
1. `add` writes a document's chunks and lexical rows in one SQLite transaction and
   marks it dense-pending, with its objective records in the same transaction.
   Unchanged content (same hash) is a no-op, except that records missing or made by
   another extractor are rewritten (one transaction of their own).
2. `sync_dense` reconciles Chroma with the catalog, one pending document at a time:
   its vectors whose id is not in the catalog are deleted (orphans of a replaced
   version or of an interrupted run), its chunks without a vector are embedded and
   upserted (ids are deterministic, so a retried upsert never duplicates), then the
   document is marked done. If the vector count still differs from the chunk count
   (a removal interrupted between the catalog and Chroma, vectors lost on a
   server), every id is compared page by page.
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
        id_page_size: int = 1000,
        write_batch: int = 256,
    ) -> None:
        if (store is None) != (embedder is None):
            raise ValueError("store and embedder go together (both or neither)")
        if batch_size < 1 or id_page_size < 1 or write_batch < 1:
            raise ValueError("batch_size, id_page_size and write_batch must be >= 1")
        self.catalog = catalog
        self.store = store
        self.embedder = embedder
        self.batch_size = batch_size
        self.id_page_size = id_page_size
        # Vectors are written to Chroma in bigger groups than they are embedded in:
        # each Chroma write has a fixed cost (about 3x cheaper per vector at 256 than 32).
        self.write_batch = write_batch

    def add(self, parsed: ParsedDocument, source_path: str, force: bool = False) -> AddOutcome:
        """Write a parsed document to the catalog (chunks, FTS, records in one transaction).

        An unchanged document is skipped unless `force` (re-chunked with the current
        code and settings, e.g. after an upgrade). A written document is left pending;
        a forced one also loses its vectors, so the next `sync_dense` embeds all of it
        anew (a same-id chunk may have a new breadcrumb, hence a new embedding text).
        """
        doc_id = parsed.meta.doc_id
        previous = self.catalog.content_hash(doc_id)
        if previous == parsed.meta.content_hash and not force:
            if self.catalog.record_extractor(doc_id) != parsed.records_by:
                # same text, records missing (older catalog) or from another extractor
                self.catalog.put_records(doc_id, parsed.records, parsed.records_by)
                log.info("records refreshed doc_id=%s records=%d", doc_id, len(parsed.records))
            return AddOutcome(doc_id, "unchanged", len(parsed.chunks))
        self.catalog.put_document(parsed, source_path)
        if force and self.store is not None:
            self.store.delete_where("doc_id", doc_id)
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
        pending = self.catalog.pending_dense()
        if not pending and self.store.count() == self.catalog.count_chunks():
            return 0  # the usual case, answered without reading any id
        missing = 0
        for page in self.catalog.iter_chunk_id_pages(self.id_page_size):
            missing += len(page) - len(self.store.existing(page))
        return missing

    def sync_dense(self, progress: Progress | None = None, full: bool = False) -> DenseReport:
        """Bring Chroma in line with the catalog (see module docstring).

        Memory stays bounded by one document plus one embedding batch, whatever the
        size of the index: documents are reconciled one at a time, and the
        whole-index check compares ids page by page.

        Args:
            progress: called with (chunks checked, chunks to check).
            full: compare every id even when the counts agree (`piao index sync`).
        """
        if self.store is None or self.embedder is None:
            return DenseReport()
        started = time.perf_counter()
        run = _DenseRun(self, progress)
        # 1. Documents written since the last sync (added, replaced, interrupted).
        run.total = self.catalog.pending_dense_chunks()
        run.report_progress()
        for doc_id in self.catalog.pending_dense():
            run.reconcile_document(doc_id)
        run.flush()
        # 2. Vectors of removed documents, or lost vectors, show as a count mismatch.
        if full or self.store.count() != self.catalog.count_chunks():
            run.reconcile_everything()
        report = DenseReport(
            embedded=run.embedded,
            orphans_removed=run.orphans_removed,
            documents_completed=run.documents_completed,
            seconds=time.perf_counter() - started,
        )
        log.info(
            "dense sync embedded=%d orphans=%d seconds=%.2f",
            report.embedded,
            report.orphans_removed,
            report.seconds,
        )
        return report


class _DenseRun:
    """One `sync_dense` pass: a bounded buffer of chunks to embed, flushed in batches."""

    def __init__(self, indexer: Indexer, progress: Progress | None) -> None:
        assert indexer.store is not None and indexer.embedder is not None
        self.catalog = indexer.catalog
        self.store = indexer.store
        self.embedder = indexer.embedder
        self.batch_size = indexer.batch_size
        self.id_page_size = indexer.id_page_size
        self.write_batch = indexer.write_batch
        self.progress = progress
        self.total = 0
        self.checked = 0
        self.embedded = 0
        self.orphans_removed = 0
        self.documents_completed = 0
        self._buffer: list[Chunk] = []  # chunks waiting to be embedded
        self._unwritten: list[tuple[Chunk, list[float]]] = []  # embedded, not yet in Chroma
        # doc_id -> chunks not yet written; a document is marked done when its
        # last chunk's vector is written, never before.
        self._open: dict[str, int] = {}

    def report_progress(self) -> None:
        if self.progress:
            self.progress(self.checked, max(self.total, self.checked))

    def reconcile_document(self, doc_id: str) -> None:
        chunks = self.catalog.chunks_of(doc_id)
        wanted = {c.id for c in chunks}
        stored = self.store.ids({"doc_id": doc_id})
        orphans = sorted(stored - wanted)  # vectors of an older version of the document
        if orphans:
            self.store.delete(orphans)
            self.orphans_removed += len(orphans)
        missing = [c for c in chunks if c.id not in stored]
        self.checked += len(chunks) - len(missing)
        if not missing:
            self.catalog.set_dense_state(doc_id, "done")
            self.documents_completed += 1
            self.report_progress()
            return
        self._open[doc_id] = len(missing)
        self._buffer.extend(missing)
        while len(self._buffer) >= self.batch_size:
            self._embed(self._buffer[: self.batch_size])
            del self._buffer[: self.batch_size]

    def flush(self) -> None:
        if self._buffer:
            self._embed(self._buffer)
            self._buffer = []
        self._write()

    def _embed(self, batch: list[Chunk]) -> None:
        vectors = self.embedder.embed_documents([c.embedding_text for c in batch])
        self._unwritten.extend(zip(batch, vectors, strict=True))
        self.embedded += len(batch)
        self.checked += len(batch)
        if len(self._unwritten) >= self.write_batch:
            self._write()
        self.report_progress()

    def _write(self) -> None:
        """Upsert the embedded vectors; then mark the documents they complete as done."""
        if not self._unwritten:
            return
        batch = [c for c, _v in self._unwritten]
        self.store.upsert(
            ids=[c.id for c in batch],
            embeddings=[v for _c, v in self._unwritten],
            metadatas=[_vector_metadata(c) for c in batch],
        )
        self._unwritten = []
        for c in batch:
            if c.doc_id not in self._open:
                continue  # a chunk of an already-complete document (whole-index pass)
            self._open[c.doc_id] -= 1
            if self._open[c.doc_id] == 0:
                del self._open[c.doc_id]
                self.catalog.set_dense_state(c.doc_id, "done")
                self.documents_completed += 1

    def reconcile_everything(self) -> None:
        """Delete vectors the catalog does not know; embed chunks that lack one."""
        orphans: list[str] = []
        for page in self.store.iter_id_pages():
            known = self.catalog.existing_chunk_ids(page)
            orphans.extend(i for i in page if i not in known)
        if orphans:  # deleted after paging: deleting shifts Chroma's offsets
            self.store.delete(orphans)
            self.orphans_removed += len(orphans)
            log.info("removed orphan vectors count=%d", len(orphans))
        for page in self.catalog.iter_chunk_id_pages(self.id_page_size):
            lacking = sorted(set(page) - self.store.existing(page))
            if not lacking:
                continue
            chunks = self.catalog.chunks_by_id(lacking)
            self.total += len(chunks)
            batch = [chunks[i] for i in lacking if i in chunks]
            for start in range(0, len(batch), self.batch_size):
                self._embed(batch[start : start + self.batch_size])
        self._write()
