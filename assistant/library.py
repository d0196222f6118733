"""The document library: ingest files, list and remove documents, search.

It composes `ingest` (files → parsed documents) with `vectorstore` (catalog, Chroma,
hybrid search). Ingestion is two-phase: every file is parsed and committed to the
catalog first (lexically searchable at once), then the dense vectors are synced.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import AssistantError
from assistant.records import LLMRecordExtractor, merge_records
from ingest.chunking import Chunker
from ingest.loaders import MAX_FILE_BYTES
from ingest.models import LayoutKind, ParsedDocument
from ingest.pipeline import IngestFailure, discover, iter_parsed
from vectorstore.catalog import Catalog, DocumentRecord
from vectorstore.index import AddOutcome, DenseReport, Indexer, Progress
from vectorstore.search import HybridSearcher, SearchFilters, SearchHit

log = logging.getLogger(__name__)


class DocumentNotFoundError(AssistantError):
    """A document id that is not indexed, or whose stored copy is missing."""


@dataclass(frozen=True)
class IngestReport:
    outcomes: tuple[AddOutcome, ...] = ()
    failures: tuple[IngestFailure, ...] = ()
    dense: DenseReport = field(default_factory=DenseReport)
    lexical_seconds: float = 0.0

    @property
    def changed(self) -> int:
        return sum(1 for o in self.outcomes if o.status != "unchanged")


class Library:
    def __init__(
        self,
        catalog: Catalog,
        indexer: Indexer,
        searcher: HybridSearcher,
        documents_dir: Path,
        chunker: Chunker | None = None,
        max_bytes: int = MAX_FILE_BYTES,
        llm_extractor: LLMRecordExtractor | None = None,
    ) -> None:
        self.catalog = catalog
        self.indexer = indexer
        self.searcher = searcher
        self.documents_dir = documents_dir
        self.chunker = chunker or Chunker()
        self.max_bytes = max_bytes
        # objective records of unknown layouts by a chat model (None: rules only)
        self.llm_extractor = llm_extractor

    def ingest(
        self,
        paths: Sequence[Path],
        overrides: Mapping[str, str] | None = None,
        on_file: Callable[[Path], None] | None = None,
        dense_progress: Progress | None = None,
        dense: bool = True,
        force: bool = False,
    ) -> IngestReport:
        """Ingest files and folders; bad files are reported, the rest goes on.

        `force` re-reads documents whose content is unchanged too (new code or
        settings): their catalog entries are rewritten and their vectors embedded anew.
        """
        started = time.perf_counter()
        files, failures = discover(paths)
        outcomes: list[AddOutcome] = []
        for path, result in iter_parsed(files, overrides, self.chunker, self.max_bytes):
            if on_file:
                on_file(path)
            if isinstance(result, IngestFailure):
                failures.append(result)
                continue
            if self.llm_extractor is not None and result.meta.layout == LayoutKind.GENERIC:
                result = self._with_llm_records(result)
            stored = self._keep_copy(path, result.meta.doc_id)
            outcomes.append(self.indexer.add(result, str(stored), force=force))
        lexical_seconds = time.perf_counter() - started
        report = DenseReport()
        if dense:
            report = self.indexer.sync_dense(dense_progress)
        return IngestReport(tuple(outcomes), tuple(failures), report, lexical_seconds)

    def sync_dense(self, progress: Progress | None = None, full: bool = True) -> DenseReport:
        """Complete the dense index; `full` also compares every id (cost grows with the index)."""
        return self.indexer.sync_dense(progress, full=full)

    def _with_llm_records(self, parsed: ParsedDocument) -> ParsedDocument:
        """Add the model's records (verified against the text) to the rule-based ones;
        skipped when the stored records already come from the same model."""
        assert self.llm_extractor is not None
        wanted = f"{parsed.records_by}+{self.llm_extractor.extractor_id}"
        doc_id = parsed.meta.doc_id
        if (
            self.catalog.content_hash(doc_id) == parsed.meta.content_hash
            and self.catalog.record_extractor(doc_id) == wanted
        ):
            return parsed.model_copy(update={"records_by": wanted})
        try:
            llm_records, report = self.llm_extractor.extract(parsed)
        except AssistantError as exc:
            log.warning("llm record extraction failed doc_id=%s error=%s", doc_id, exc)
            return parsed
        log.info(
            "llm records doc_id=%s passages=%d proposed=%d kept=%d dropped=%d",
            doc_id, report.passages, report.proposed, report.kept, len(report.dropped_titles),
        )
        merged = merge_records(parsed.records, llm_records)
        return parsed.model_copy(update={"records": tuple(merged), "records_by": wanted})

    def _keep_copy(self, path: Path, doc_id: str) -> Path:
        """Copy the source into the data dir (atomically) so the index can be rebuilt."""
        self.documents_dir.mkdir(parents=True, exist_ok=True)
        target = self.documents_dir / doc_id
        if path.resolve() == target.resolve():
            return target
        fd, tmp = tempfile.mkstemp(dir=self.documents_dir, prefix=".incoming-")
        os.close(fd)
        try:
            shutil.copyfile(path, tmp)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return target

    def documents(self) -> list[DocumentRecord]:
        return self.catalog.documents()

    def reindex(self, doc_id: str) -> IngestReport:
        """Read a document's stored copy again with the current code and settings.

        Ente, periodo and title stay as indexed (they may have been set by hand).

        Its catalog entry (chunks, FTS, records) is rewritten in one transaction, so a
        failure leaves the indexed version in place; its vectors are deleted and
        marked pending, for the next `sync_dense` to embed anew (the document stays
        lexically searchable meanwhile).

        Raises:
            DocumentNotFoundError: no such document, or its stored copy is gone.
            VectorStoreError: the vectors could not be deleted (the new text is indexed;
                the vectors follow at the next sync).
        """
        record = self.catalog.document(doc_id)
        if record is None:
            raise DocumentNotFoundError(f"Documento non trovato: {doc_id}")
        source = Path(record.source_path)
        if not source.is_file():
            raise DocumentNotFoundError(
                f"La copia di {doc_id} non è più nella cartella dati: caricalo di nuovo "
                "per reindicizzarlo."
            )
        overrides = {"ente": record.meta.ente, "periodo": record.meta.periodo,
                     "title": record.meta.title}
        return self.ingest([source], {k: v for k, v in overrides.items() if v},
                           dense=False, force=True)

    def remove(self, doc_id: str) -> bool:
        existed = self.indexer.remove(doc_id)
        copy = self.documents_dir / doc_id
        if copy.is_file():
            copy.unlink()
        return existed

    def search(
        self, query: str, k: int = 10, filters: SearchFilters | None = None
    ) -> list[SearchHit]:
        return self.searcher.search(query, k, filters)

    @property
    def is_empty(self) -> bool:
        return self.catalog.count_documents() == 0
