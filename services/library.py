"""The document library: open it from the settings, ingest files, list, re-index and
remove documents, search, rebuild the index.

It composes `ingest` (files → parsed documents) with `vectorstore` (catalog, Chroma,
hybrid search). Ingestion is two-phase: every file is parsed and committed to the
catalog first (lexically searchable at once), then the dense vectors are synced.
Documents of unknown layouts get records by the chat model through the one rule of
`services.extraction`.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.answering import Retriever
from assistant.errors import AssistantError
from assistant.records import LLMRecordExtractor
from ingest.chunking import Chunker
from ingest.loaders import MAX_FILE_BYTES
from ingest.models import ParsedDocument
from ingest.pipeline import IngestFailure, discover, iter_parsed
from services.extraction import wants_llm_records, with_llm_records
from services.wiring import build_embedder, build_llm_extractor, build_store
from settings import Settings
from vectorstore.catalog import Catalog, DocumentRecord
from vectorstore.chroma_files import forget_embedded
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


    @functools.cached_property
    def retriever(self) -> Retriever:
        """Question-aware retrieval over this library; one, because it keeps what it
        derives from the catalog (municipality names) until the catalog changes."""
        return Retriever(self.searcher, self.catalog)

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
            if wants_llm_records(result, self.llm_extractor):
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
        """The extraction rule, skipped when the stored records already come from the
        same model for the same content."""
        assert self.llm_extractor is not None
        wanted = f"{parsed.records_by}+{self.llm_extractor.extractor_id}"
        doc_id = parsed.meta.doc_id
        if (
            self.catalog.content_hash(doc_id) == parsed.meta.content_hash
            and self.catalog.record_extractor(doc_id) == wanted
        ):
            return parsed.model_copy(update={"records_by": wanted})
        return with_llm_records(parsed, self.llm_extractor).parsed

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


def files_to_ingest(paths: Sequence[Path]) -> list[Path]:
    """The files `Library.ingest` reads from these files and folders (for a progress bar)."""
    files, _failures = discover(paths)
    return files


def build_library(settings: Settings, data_dir: Path | None = None) -> Library:
    """The library over `data_dir` (default: settings.data_dir), wired from the settings.

    Raises:
        IncompatibleIndexError: an index built by another embedder, or damaged.
        LLMError: records by a chat model switched on without a usable model.
    """
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": data_dir.resolve()})
    catalog = Catalog(settings.catalog_path)
    embedder = build_embedder(settings)
    store = build_store(settings, embedder)
    indexer = Indexer(catalog, store, embedder, batch_size=settings.embedding.batch_size)
    s = settings.search
    searcher = HybridSearcher(
        catalog,
        store,
        embedder,
        rrf_k=s.rrf_k,
        dense_candidates=s.dense_candidates,
        lexical_candidates=s.lexical_candidates,
    )
    c = settings.chunking
    chunker = Chunker(max_tokens=c.max_tokens, min_tokens=c.min_tokens, max_chars=c.max_chars)
    return Library(
        catalog,
        indexer,
        searcher,
        settings.documents_dir,
        chunker=chunker,
        max_bytes=settings.ingest.max_file_mb * 1024 * 1024,
        llm_extractor=build_llm_extractor(settings),
    )


def rebuild_index(settings: Settings) -> Library:
    """Recreate the index from the copies of the ingested files (`documents_dir`).

    The old index is moved aside first and deleted only once the new one is built,
    so a failed rebuild loses nothing. Works on a corrupted or incompatible index,
    which cannot even be opened.
    """
    index_dir = settings.index_dir
    backup = index_dir.with_name(f"{index_dir.name}.old-{int(time.time())}")
    if index_dir.exists():
        index_dir.rename(backup)
    # A store still open in this process on the old files must not be reused.
    forget_embedded(settings.chroma_dir)
    try:
        # A Chroma server keeps its own data: the dense sync after ingestion deletes the
        # vectors the new catalog does not know and keeps those it does (same ids).
        library = build_library(settings)
        if settings.documents_dir.is_dir():
            library.ingest([settings.documents_dir])
    except BaseException:
        if backup.exists():
            shutil.rmtree(index_dir, ignore_errors=True)
            backup.rename(index_dir)
        raise
    shutil.rmtree(backup, ignore_errors=True)
    return library
