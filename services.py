"""Wiring at the edge: turn Settings into the objects the CLI and the app use.

Only edges (cli.py, app.py) import this module; packages take plain arguments.
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

from assistant.answering import Answerer, ExtractiveAnswerer, Retriever
from assistant.drafting import DraftWriter
from assistant.library import Library
from assistant.records import LLMRecordExtractor
from ingest.chunking import Chunker
from settings import Settings
from vectorstore.catalog import Catalog
from vectorstore.chroma_files import forget_embedded
from vectorstore.embeddings import Embedder, make_embedder
from vectorstore.index import Indexer
from vectorstore.search import HybridSearcher
from vectorstore.store import ChromaStore

log = logging.getLogger(__name__)


def build_embedder(settings: Settings) -> Embedder:
    return make_embedder(settings.embedding.mode, **settings.embedder_options())


def build_store(settings: Settings, embedder: Embedder) -> ChromaStore:
    if settings.chroma.server_url:
        return ChromaStore(
            server_url=settings.chroma.server_url,
            collection=settings.chroma.collection,
            embedder_name=embedder.name,
            dim=embedder.dim,
        )
    return ChromaStore(
        path=settings.chroma_dir,
        collection=settings.chroma.collection,
        embedder_name=embedder.name,
        dim=embedder.dim,
    )


def build_library(settings: Settings, data_dir: Path | None = None) -> Library:
    """A Library over `data_dir` (default: settings.data_dir)."""
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


def build_llm_extractor(settings: Settings) -> LLMRecordExtractor | None:
    """The chat-model record extractor for unknown layouts, if switched on.

    Raises:
        LLMError: switched on without a chat model (`llm.mode` is extractive), or the
            configured backend's library or model file is missing.
    """
    if not settings.records.llm_unknown_layouts:
        return None
    if settings.llm.mode == "extractive":
        from assistant.errors import LLMError

        raise LLMError(
            "L'estrazione dei record con un modello linguistico è attiva "
            "(PIAO_RECORDS__LLM_UNKNOWN_LAYOUTS) ma nessun modello è configurato: "
            "imposta PIAO_LLM__MODE (openai, ollama, local-gguf, llamacpp) o disattivala.",
            detail="records.llm_unknown_layouts=true with llm.mode=extractive",
        )
    from assistant.llm import make_chat_model
    from assistant.records import LLMRecordExtractor

    chat = make_chat_model(settings.llm.mode, **settings.chat_options())
    r = settings.records
    return LLMRecordExtractor(chat, max_passages=r.llm_max_passages, max_tokens=r.llm_max_tokens)


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


def build_answerer(settings: Settings, library: Library) -> Answerer:
    """The answerer for `settings.llm.mode`: extractive, or a chat model with the
    extractive answerer as fallback when the model fails.

    Raises:
        LLMError: the configured backend's library or model file is missing.
    """
    retriever = Retriever(library.searcher, library.catalog)
    extractive = ExtractiveAnswerer(
        retriever, top_k=settings.search.top_k,
        max_question_chars=settings.search.max_question_chars,
    )
    m = settings.llm
    if m.mode == "extractive":
        return extractive
    from assistant.answering import LLMAnswerer
    from assistant.llm import make_chat_model

    chat = make_chat_model(m.mode, **settings.chat_options())
    return LLMAnswerer(
        retriever,
        chat,
        fallback=extractive if m.fallback_extractive else None,
        top_k=m.top_k,
        passage_chars=m.passage_chars,
        max_tokens=m.max_tokens,
        temperature=m.temperature,
        max_question_chars=settings.search.max_question_chars,
        pipeline=extractive,
    )


def build_drafter(settings: Settings, library: Library) -> DraftWriter:
    """The objective drafter: offline rules for `llm.mode` extractive, else the chat
    model with the offline draft as fallback (if `llm.fallback_extractive`).

    Raises:
        LLMError: the configured backend's library or model file is missing.
    """
    from assistant.drafting import CatalogPhrases, Drafter, PrecedentFinder

    finder = PrecedentFinder(library.searcher, library.catalog)
    offline = Drafter(finder, CatalogPhrases(library.catalog), max_precedents=settings.draft.max_precedents)
    m = settings.llm
    if m.mode == "extractive":
        return offline
    from assistant.drafting import LLMDrafter
    from assistant.llm import make_chat_model

    d = settings.draft
    return LLMDrafter(
        offline,
        make_chat_model(m.mode, **settings.chat_options()),
        fallback=m.fallback_extractive,
        max_tokens=d.max_tokens,
        temperature=m.temperature,
        precedent_chars=d.precedent_chars,
    )
