"""LLM answering plumbing with scripted models: prompt assembly, [n] marks turned into
verified citations, unverifiable marks removed, ungrounded replies flagged, follow-ups
condensed, model failures answered offline."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import pytest

from assistant.answering import NOT_FOUND, Answer, LLMAnswerer, RetrievalResult, Turn
from assistant.answering.llm_answer import UNGROUNDED, format_context
from assistant.citations import quote_occurs
from assistant.errors import LLMError
from assistant.llm import ChatMessage
from ingest.models import Chunk, UnitKind
from tests.fakes import FakeChat
from vectorstore.search import SearchFilters, SearchHit

pytestmark = pytest.mark.unit

URP = (
    "Implementare l'ufficio per le relazioni con il pubblico (U.R.P.).\n"
    "RESPONSABILE GESTIONALE\tResponsabile Area Attività Istituzionali\n"
    "Tempistica: entro il 31/12/2025"
)
SITO = "Realizzazione del nuovo sito istituzionale.\nRESPONSABILE GESTIONALE\tResponsabile Area Risorse"


def _chunk(cid: str, body: str, page: int) -> Chunk:
    crumb = ("Cassano Magnago", "PIAO 2025-2027", cid.upper())
    return Chunk(id=cid, doc_id="cassano.txt", ordinal=page, kind=UnitKind.OBJECTIVE,
                 text=" › ".join(crumb) + "\n" + body, source_text=body, page=page,
                 page_end=page, char_start=0, char_end=len(body), breadcrumb=crumb)


@dataclass
class FakeRetriever:
    """Returns fixed passages and records the queries it was asked."""

    chunks: list[Chunk]
    queries: list[str] = field(default_factory=list)

    def retrieve(self, question: str, k: int = 10, filters: SearchFilters | None = None
                 ) -> RetrievalResult:
        self.queries.append(question)
        return RetrievalResult([SearchHit(chunk=c, score=1.0 / (i + 1))
                                for i, c in enumerate(self.chunks[:k])])

    def aliases(self) -> dict[str, set[str]]:
        return {"cassano magnago": {"cassano.txt"}}

    def mentioned_groups(self, question: str) -> list[list[str]]:
        return [["cassano.txt"]] if "cassano magnago" in question.lower() else []


class BrokenChat:
    name = "fake:down"

    def stream(self, messages: Sequence[ChatMessage], **kwargs: object) -> Iterator[str]:
        raise LLMError("Il server del modello non risponde.", detail="connection refused")

    def complete(self, messages: Sequence[ChatMessage], **kwargs: object) -> str:
        raise LLMError("Il server del modello non risponde.", detail="connection refused")


class StubFallback:
    def answer(self, question: str, filters: object = None, history: object = ()) -> Answer:
        return Answer(text="risposta offline", citations=[], passages=[], found=False)


@pytest.fixture
def retriever() -> FakeRetriever:
    return FakeRetriever([_chunk("urp", URP, 3), _chunk("sito", SITO, 4)])


def _run(answerer: LLMAnswerer, question: str, history: Sequence[Turn] = ()
         ) -> tuple[list[str], Answer]:
    deltas: list[str] = []
    final = None
    for event in answerer.stream(question, None, history):
        if isinstance(event, Answer):
            final = event
        else:
            deltas.append(event)
    assert final is not None
    return deltas, final


def test_marks_become_verified_citations_with_quotes_from_the_passage(retriever) -> None:
    chat = FakeChat(["L'URP è seguito dal Responsabile Area Attività Istituzionali [1]."])
    deltas, ans = _run(LLMAnswerer(retriever, chat), "Chi segue l'URP?")

    assert len(deltas) > 1  # streamed word by word
    assert ans.found and not ans.warning
    assert [c.n for c in ans.citations] == [1]
    cit = ans.citations[0]
    assert cit.chunk_id == "urp" and cit.page == 3
    assert "Responsabile Area Attività Istituzionali" in cit.quote
    assert quote_occurs(cit.quote, retriever.chunks[0])
    assert ans.text.endswith("[1].")
    assert ans.mode == "llm:fake:scripted"


def test_prompt_holds_numbered_passages_and_the_question(retriever) -> None:
    chat = FakeChat(["Risposta [2]."])
    _run(LLMAnswerer(retriever, chat), "Chi cura il sito?")
    system, user = chat.calls[0]
    assert system.role == "system" and "[1]" in system.content
    assert "[1] cassano.txt, pag. 3 — Cassano Magnago › PIAO 2025-2027 › URP" in user.content
    assert "[2] cassano.txt, pag. 4" in user.content
    assert "DOMANDA: Chi cura il sito?" in user.content
    assert user.content.index("=== INIZIO CONTESTO ===") < user.content.index(URP.split("\n")[0])


def test_marks_pointing_nowhere_are_removed_not_shown_as_sources(retriever) -> None:
    chat = FakeChat(["Il sito è curato dall'Area Risorse [2][7]. Scadenza nel 2030 [9]."])
    _, ans = _run(LLMAnswerer(retriever, chat), "Chi cura il sito?")
    assert [c.n for c in ans.citations] == [2]
    assert "[7]" not in ans.text and "[9]" not in ans.text
    assert "[2]" in ans.text


def test_a_fluent_reply_without_verified_citations_is_not_grounded(retriever) -> None:
    chat = FakeChat(["L'URP è seguito dal sindaco in persona, dal 2019."])
    _, ans = _run(LLMAnswerer(retriever, chat), "Chi segue l'URP?")
    assert not ans.found and not ans.citations
    assert ans.warning == UNGROUNDED
    assert ans.passages  # the closest passages are still shown


def test_not_found_reply_is_a_refusal(retriever) -> None:
    chat = FakeChat([NOT_FOUND + " I passaggi non parlano del bilancio."])
    _, ans = _run(LLMAnswerer(retriever, chat), "Qual è il bilancio 2031?")
    assert not ans.found and ans.text.startswith(NOT_FOUND)
    assert not ans.citations


def test_a_quoted_span_in_the_reply_becomes_the_quote(retriever) -> None:
    chat = FakeChat(["La scadenza è «entro il 31/12/2025» [1]."])
    _, ans = _run(LLMAnswerer(retriever, chat), "Quando termina l'URP?")
    assert ans.citations[0].quote == "entro il 31/12/2025"


def test_follow_up_is_condensed_by_the_model_and_searched(retriever) -> None:
    chat = FakeChat(["Quali sono i tempi dell'ufficio relazioni con il pubblico URP?",
                     "Entro il 31/12/2025 [1]."])
    history = [Turn("Chi segue l'ufficio relazioni con il pubblico URP?", "Area Attività [1]")]
    _, ans = _run(LLMAnswerer(retriever, chat), "e i tempi?", history)
    assert retriever.queries == ["Quali sono i tempi dell'ufficio relazioni con il pubblico URP?"]
    assert "Utente: Chi segue l'ufficio" in chat.calls[0][1].content  # condense prompt
    assert "Utente: Chi segue l'ufficio" in chat.calls[1][1].content  # answer prompt history
    assert ans.query == retriever.queries[0] and ans.found


def test_an_off_topic_condensation_falls_back_to_rules(retriever) -> None:
    chat = FakeChat(["Certo! Ecco la risposta: il meteo di domani è soleggiato.", "Ok [1]."])
    history = [Turn("Chi segue l'ufficio relazioni con il pubblico URP?")]
    _run(LLMAnswerer(retriever, chat), "e i tempi?", history)
    assert "ufficio relazioni con il pubblico" in retriever.queries[0]
    assert "meteo" not in retriever.queries[0]


def test_model_failure_answers_offline_with_a_warning(retriever) -> None:
    answerer = LLMAnswerer(retriever, BrokenChat(), fallback=StubFallback())  # type: ignore[arg-type]
    _, ans = _run(answerer, "Chi segue l'URP?")
    assert ans.text == "risposta offline"
    assert "Il server del modello non risponde" in ans.warning
    assert "connection refused" not in ans.warning  # technical detail stays in logs


def test_model_failure_without_fallback_raises_the_typed_error(retriever) -> None:
    with pytest.raises(LLMError):
        LLMAnswerer(retriever, BrokenChat()).answer("Chi segue l'URP?")  # type: ignore[arg-type]


def test_context_cuts_long_passages() -> None:
    long = _chunk("x", "parola " * 500, 1)
    text = format_context([long], passage_chars=200)
    assert len(text) < 400 and text.endswith("[…]")
