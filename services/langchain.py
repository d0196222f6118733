"""LangChain adapters over the Python API, so that LCEL chains and RAG-evaluation tools
plug in without the CLI:

- `PiaoRetriever`: the hybrid search as a `BaseRetriever`; each passage becomes a
  `Document` whose metadata say where it comes from (document, page, character span,
  breadcrumb, chunk id, score).
- `answer_runnable(piao)`: the answerer as a `Runnable` from a question (or
  {"question", "history", "enti", "periodi", "doc_ids"}) to the answer as data, with
  its verified citations and the passages it read (`contexts`, as evaluation tools
  expect them).

LangChain types stay in this module: the rest of the application never sees them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableLambda

from services.answers import answer_dict
from services.api import Piao
from vectorstore.search import SearchHit


def hit_document(hit: SearchHit) -> Document:
    """A retrieved passage as a LangChain document with its provenance."""
    c = hit.chunk
    return Document(
        id=c.id,
        page_content=c.text,
        metadata={
            "source": c.doc_id,
            "doc_id": c.doc_id,
            "page": c.page,
            "page_end": c.page_end,
            "char_start": c.char_start,
            "char_end": c.char_end,
            "breadcrumb": c.breadcrumb_text,
            "chunk_id": c.id,
            "kind": c.kind.value,
            "score": hit.score,
            "lexical_rank": hit.lexical_rank,
            "dense_rank": hit.dense_rank,
        },
    )


class PiaoRetriever(BaseRetriever):
    """The hybrid (lexical + semantic) search of a `Piao` library as a retriever.

    Example:
        retriever = PiaoRetriever(piao=Piao.open("data/store"), k=4)
        chain = retriever | (lambda docs: "\\n\\n".join(d.page_content for d in docs))
    """

    piao: Piao
    k: int = 5
    enti: tuple[str, ...] = ()
    periodi: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.piao.search(
            query, self.k, enti=self.enti, periodi=self.periodi, doc_ids=self.doc_ids
        )
        return [hit_document(h) for h in hits]


def answer_runnable(piao: Piao) -> Runnable[Any, dict[str, Any]]:
    """The answerer as a runnable: `invoke("domanda")` or `invoke({"question": …,
    "history": [{"question", "answer"}…], "enti": […]})` → the answer as data
    ({"question", "answer", "found", "citations", "passages", "contexts", …})."""

    def run(given: str | Mapping[str, Any]) -> dict[str, Any]:
        if isinstance(given, str):
            question, options = given, {}
        else:
            question = str(given["question"])
            options = {k: given[k] for k in ("history", "enti", "periodi", "doc_ids") if given.get(k)}
        ans = piao.ask(question, **options)
        return {
            "question": question,
            **answer_dict(ans),
            "contexts": [c.text for c in ans.passages],
        }

    return RunnableLambda(run, name="PiaoAnswerer")
