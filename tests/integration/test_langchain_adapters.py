"""The LangChain adapters in LCEL chains, over the real small index of the API tests:
the hybrid search as a retriever, the answerer as a runnable."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from operator import itemgetter

import pytest
from langchain_core.documents import Document
from langchain_core.runnables import RunnableLambda, RunnableParallel, RunnablePassthrough

from services import Piao, PiaoRetriever, answer_runnable

pytestmark = pytest.mark.integration

SHORT = "cremosano_piao-2026-2028_valore-pubblico.txt"
TABLE = "magentino_piao-2024-2026_obiettivi-dup.txt"
PRIORITIES = "Quante sono le priorità strategiche di Cremosano?"


def format_docs(docs: list[Document]) -> str:
    return "\n\n".join(
        f"[{d.metadata['doc_id']}, pag. {d.metadata['page']}]\n{d.page_content}" for d in docs
    )


def test_the_retriever_gives_documents_with_provenance(api_piao: Piao) -> None:
    retriever = PiaoRetriever(piao=api_piao, k=3)
    docs = retriever.invoke("priorità strategiche del comune")
    assert 0 < len(docs) <= 3
    top = docs[0]
    meta = top.metadata
    assert meta["doc_id"] == meta["source"] == SHORT and meta["page"] >= 1
    assert 0 <= meta["char_start"] < meta["char_end"] and meta["breadcrumb"]
    assert top.id == meta["chunk_id"] and meta["score"] > 0
    # the same passages, in the same order, as the API's search
    hits = api_piao.search("priorità strategiche del comune", k=3)
    assert [d.id for d in docs] == [h.chunk.id for h in hits]


def test_the_retriever_in_an_lcel_chain(api_piao: Piao) -> None:
    chain = PiaoRetriever(piao=api_piao, k=2) | RunnableLambda(format_docs)
    context = chain.invoke("priorità strategiche del comune")
    assert context.startswith(f"[{SHORT}, pag. ")
    both = chain.batch(["priorità strategiche del comune", "obiettivi operativi partecipazione"])
    assert len(both) == 2 and all(isinstance(c, str) and c for c in both)

    # the usual RAG shape: context and question side by side, then a prompt
    rag = RunnableParallel(
        context=PiaoRetriever(piao=api_piao, k=2) | format_docs,
        question=RunnablePassthrough(),
    ) | RunnableLambda(lambda x: f"Contesto:\n{x['context']}\n\nDomanda: {x['question']}")
    prompt = rag.invoke(PRIORITIES)
    assert prompt.endswith(f"Domanda: {PRIORITIES}") and SHORT in prompt


def test_the_retriever_filters_and_runs_async(api_piao: Piao) -> None:
    only = PiaoRetriever(piao=api_piao, k=4, doc_ids=(TABLE,))
    docs = only.invoke("obiettivi operativi")
    assert docs and {d.metadata["doc_id"] for d in docs} == {TABLE}
    # in a thread of its own: the browser tests' Playwright keeps a loop running in this one
    with ThreadPoolExecutor(1) as pool:
        docs_async = pool.submit(lambda: asyncio.run(only.ainvoke("obiettivi operativi"))).result()
    assert [d.id for d in docs_async] == [d.id for d in docs]


def test_the_answerer_as_a_runnable(api_piao: Piao) -> None:
    answerer = answer_runnable(api_piao)
    out = answerer.invoke(PRIORITIES)
    assert out["question"] == PRIORITIES and out["found"] and "12" in out["answer"]
    assert out["citations"][0]["doc"] == SHORT and out["citations"][0]["quote"]
    assert out["contexts"] and all(isinstance(c, str) for c in out["contexts"])
    assert out["answer"] == api_piao.ask(PRIORITIES).text  # the same answerer as the API

    outs = answerer.batch([PRIORITIES, "Chi è il sindaco del Comune di Lodi?"])
    assert [o["found"] for o in outs] == [True, False]

    follow = answerer.invoke({"question": "e quali sono?",
                              "history": [{"question": PRIORITIES, "answer": out["answer"]}]})
    assert follow["query"] != "e quali sono?"


def test_the_answerer_in_an_lcel_chain(api_piao: Piao) -> None:
    chain = (
        RunnableLambda(lambda q: {"question": q, "doc_ids": [SHORT]})
        | answer_runnable(api_piao)
        | itemgetter("answer")
    )
    assert "12" in chain.invoke(PRIORITIES)
