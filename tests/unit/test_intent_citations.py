"""Question intents and citation verification."""

from __future__ import annotations

import pytest

from assistant.answering.intent import Intent, classify
from assistant.citations import cite, verify
from ingest.models import Chunk, UnitKind

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Chi è responsabile della digitalizzazione SUAP?", {Intent.RESPONSIBLE}),
        ("Chi lavora sull'analisi delle aree fabbricabili?", {Intent.EMPLOYEES}),
        ("Chi è la titolare del settore che fa l'indagine?", {Intent.HOLDER}),
        # the head of an office named by what it does: the org-chart hop
        ("Chi è il responsabile del servizio che ha in carico la protezione civile?", {Intent.HOLDER}),
        ("Chi è a capo dell'area che segue la tariffazione puntuale?", {Intent.HOLDER}),
        ("Quale assessore segue la linea strategica Scuola?", {Intent.POLITICAL}),
        ("Chi è il referente politico per la sicurezza?", {Intent.POLITICAL}),
        ("Chi sono gli stakeholder dell'obiettivo?", {Intent.STAKEHOLDERS}),
        ("Entro quando vanno conclusi i lavori?", {Intent.TIMING}),
        ("Che indicatori ha l'obiettivo?", {Intent.INDICATORS}),
        ("Perché si vuole ampliare il palazzetto?", {Intent.PURPOSE}),
        ("Sotto quale obiettivo strategico ricadono i corsi?", {Intent.STRATEGIC}),
    ],
)
def test_classify(question: str, expected: set[Intent]) -> None:
    assert expected <= set(classify(question).intents)


def test_employees_question_is_not_a_responsible_question() -> None:
    assert Intent.RESPONSIBLE not in classify("Chi lavora sul censimento del verde?").intents
    assert Intent.RESPONSIBLE not in classify("Chi sono gli stakeholder dell'obiettivo?").intents


def test_chi_in_a_relative_clause_asks_nobody() -> None:
    # the people a thing serves ("che aiuta chi", "che spetta a chi") are its topic
    from assistant.answering.frame import AnswerType, answer_type

    question = "Lo sportello che aiuta chi non ha lo SPID: in che mesi si raccolgono i questionari?"
    assert Intent.RESPONSIBLE not in classify(question).intents
    assert answer_type(question) is AnswerType.DATE
    assert answer_type("Il contributo che spetta a chi apre un negozio: quanto vale?") is not AnswerType.WHO
    # "chi" asking, after a relative clause, still asks
    assert Intent.RESPONSIBLE in classify("Lo sportello che aiuta i cittadini: chi lo segue?").intents


def test_count_and_list_flags() -> None:
    assert classify("Quante sono le priorità strategiche?").asks_count
    assert classify("Quali obiettivi ci sono per lo sport?").asks_list
    assert not classify("Chi segue il PGT?").asks_count


def _chunk(cid: str, text: str) -> Chunk:
    return Chunk(id=cid, doc_id="a.txt", ordinal=0, kind=UnitKind.OBJECTIVE,
                 text="A › B\n" + text, source_text=text, page=3, page_end=3,
                 char_start=0, char_end=len(text), breadcrumb=("A", "B"))


def test_verify_keeps_only_quotes_found_in_retrieved_passages() -> None:
    passage = _chunk("c1", "RESPONSABILE GESTIONALE\tResponsabile  Area Lavori Pubblici")
    other = _chunk("c2", "testo non recuperato")
    good = cite(1, passage, "Responsabile Area Lavori Pubblici")  # whitespace differs
    invented = cite(2, passage, "Responsabile Area Polizia Locale")
    not_retrieved = cite(3, other, "testo non recuperato")
    kept = verify([good, invented, not_retrieved], [passage])
    assert kept == [good]
    assert kept[0].page == 3 and kept[0].as_prediction()["doc"] == "a.txt"
