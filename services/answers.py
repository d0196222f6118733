"""Questions and answers as both edges handle them: the question check with the
configured limit, filters, follow-up turns, passage search, and an answer as data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from assistant.answering import Answer, Turn
from assistant.answering import check_question as _check_question
from services.library import Library
from settings import Settings
from vectorstore.search import SearchFilters, SearchHit


def check_question(question: str, settings: Settings) -> str:
    """The cleaned question, refused when longer than `search.max_question_chars`.

    Raises:
        InvalidQuestionError: empty, no words, or over the configured limit.
    """
    return _check_question(question, max_chars=settings.search.max_question_chars)


def make_filters(
    enti: Sequence[str] | None = None,
    documenti: Sequence[str] | None = None,
    periodi: Sequence[str] | None = None,
) -> SearchFilters | None:
    """Search filters; None when nothing restricts the search."""
    filters = SearchFilters(
        enti=tuple(enti or ()), periodi=tuple(periodi or ()), doc_ids=tuple(documenti or ())
    )
    return None if filters.empty else filters


def turns(history: Sequence[Mapping[str, Any]] | None) -> list[Turn]:
    """Previous turns given as {"question": ..., "answer": ...}, oldest first."""
    return [Turn(str(h.get("question", "")), str(h.get("answer", ""))) for h in history or ()]


def search_passages(
    library: Library, question: str, k: int = 10, filters: SearchFilters | None = None
) -> list[SearchHit]:
    """The passages an answer would read: hybrid search, with the question's named
    municipalities searched each in its own documents."""
    return library.retriever.retrieve(question, k, filters).hits


def answer_dict(ans: Answer) -> dict[str, Any]:
    """An answer as JSON-ready data (`piao ask --json`, the app's `ask` endpoint)."""
    return {
        "answer": ans.text,
        "found": ans.found,
        "mode": ans.mode,
        "query": ans.query,
        "warning": ans.warning,
        "citations": [c.model_dump() for c in ans.citations],
        "passages": [
            {"doc": c.doc_id, "page": c.page, "breadcrumb": c.breadcrumb_text} for c in ans.passages
        ],
    }
