"""Which of two plans does a thing first, when one plan says it in prose with both ends of
the span ("i lavori inizieranno ad aprile e dovranno concludersi entro il 31 agosto"):
the comparison is judged on dates, and the date shown is the end asked (invented plans)."""

from __future__ import annotations

import pytest

from assistant.answering.frame import AnswerType
from assistant.answering.select import edge_date
from tests.integration.test_answering_steps import answerer_over

pytestmark = pytest.mark.integration

PROSE = """COMUNE DI PIANELLO SECCO – PIAO 2026-2028

OBIETTIVI OPERATIVI

Obiettivo 2.1 - Rifacimento dei marciapiedi del centro

Ne è responsabile il Settore Tecnico. Nel 2026 saranno rifatti 2,4 km di marciapiedi in porfido nelle vie del centro storico e nella piazza del mercato: i cantieri apriranno a marzo 2026, procederanno per lotti di una via alla volta per non chiudere i negozi e dovranno concludersi entro il 31 luglio 2026, prima della fiera di agosto. Il nuovo servizio di pulizia partirà dal 1° ottobre 2026.

Obiettivo 2.2 - Piano formativo del personale

Il piano formativo prevede 20 ore di formazione per dipendente e deve concludersi entro il 30 novembre 2026.

Obiettivo 2.3 - Ponte sul torrente Lisca

Il ponte, chiuso ai camion dal 2024, sarà consolidato con fondi regionali. Il testo del progetto è sul sito.
"""

TABLE = """# Comune di Borgo Alto – PIAO 2026-2028

### Obiettivo 5 – Rifacimento dei marciapiedi di via Roma
- Responsabile: geom. Livio Sarti
- Fasi: progetto – entro il 28/02/2026; fine lavori – entro il 30/09/2026
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):  # type: ignore[no-untyped-def]
    return answerer_over(tmp_path_factory.mktemp("edges"), {
        "pianello-secco_piao-2026-2028.txt": PROSE, "borgo-alto_piao-2026-2028.md": TABLE})


def test_which_plan_ends_first_shows_each_end_date(answerer) -> None:
    from assistant.answering.conversation import resolve

    question = "I lavori sui marciapiedi finiscono prima a Pianello Secco o a Borgo Alto?"
    assert answerer.frames.build(resolve(question, [], answerer.retriever)).answer_type is AnswerType.DATE
    text = answerer.answer(question).text
    assert "31 luglio 2026" in text and "30/09/2026" in text, text


def test_the_end_or_the_start_asked_picks_its_date() -> None:
    sentence = "I cantieri apriranno a marzo 2026 e dovranno concludersi entro il 31 luglio 2026."
    assert edge_date("Quando finiscono i lavori?").search(sentence).group(0).endswith("31 luglio 2026")
    assert edge_date("Quando parte il servizio?").search("Il servizio partirà dal 1° ottobre 2026").group(0) \
        .endswith("ottobre 2026")
    assert edge_date("Quando iniziano e quando finiscono?") is None


def test_a_verb_of_a_spans_end_asks_the_timing_and_names_no_topic(answerer) -> None:
    # ("chiudersi" asks when the plan ends: the bridge "chiuso ai camion" is no answer)
    from assistant.answering.conversation import resolve

    question = "Entro quando deve chiudersi il piano formativo a Pianello Secco?"
    text = answerer.answer(question).text
    assert "30 novembre 2026" in text and "ponte" not in text.casefold(), text
    terms = answerer.frames.build(resolve(question, [], answerer.retriever)).terms
    assert not any(t.startswith("chiud") for t in terms), terms


def test_a_figure_per_head_is_counted_as_the_plan_counts_it(answerer) -> None:
    # ("a testa" is "per dipendente" in the plan: no topic word a passage must hold)
    from assistant.answering.conversation import resolve

    question = "Quante ore di formazione a testa prevede Pianello Secco?"
    text = answerer.answer(question).text
    assert "20 ore" in text and "non indica" not in text, text
    assert "test" not in answerer.frames.build(resolve(question, [], answerer.retriever)).terms


def test_which_plan_does_it_first_asked_of_the_plans_loaded_is_judged_on_dates(answerer) -> None:
    # ("quale comune … prima": no pair named, the plans loaded compared on their dates)
    from assistant.answering.conversation import resolve

    question = "Quale comune deve chiudere prima i lavori sui marciapiedi?"
    assert answerer.frames.build(resolve(question, [], answerer.retriever)).answer_type is AnswerType.DATE
    text = answerer.answer(question).text
    assert "31 luglio 2026" in text and "30/09/2026" in text, text
