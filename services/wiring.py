"""Wiring: turn Settings into the objects the application uses (embedder, store,
record extractor, answerer, drafter). The library itself is opened in
`services.library.build_library`.

Only the application layer and the edges use this module; packages take plain
constructor arguments.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from assistant.answering import Answerer, ExtractiveAnswerer
from assistant.drafting import DraftWriter
from assistant.records import LLMRecordExtractor
from settings import Settings
from vectorstore.embeddings import Embedder, make_embedder
from vectorstore.store import ChromaStore

if TYPE_CHECKING:  # services.library builds on this module
    from services.library import Library

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


def build_answerer(settings: Settings, library: Library) -> Answerer:
    """The answerer for `settings.llm.mode`: extractive, or a chat model with the
    extractive answerer as fallback when the model fails.

    Raises:
        LLMError: the configured backend's library or model file is missing.
    """
    retriever = library.retriever
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
