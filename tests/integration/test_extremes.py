"""The objective with the highest or lowest weight, on an invented plan: every
objective's weight is compared (not the one whose title shares the question's words),
ties are all named, and two objectives compared by name stay a comparison."""

from __future__ import annotations

from assistant.answering.conversation import resolve
from assistant.answering.extremes import asked_end
from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI BORGO SALINELLA
PIAO 2026-2028

Obiettivi operativi 2026

Cod.\tObiettivo operativo\tSettore\tPeso
OB 1\tSportello unico per le imprese on line\tArea Attività produttive\t14
OB 2\tPiano del verde urbano\tArea Tecnica\t9
OB 3\tFascicolo elettronico del dipendente\tArea Personale\t6
OB 4\tControllo di gestione trimestrale\tArea Finanziaria\t6
OB 5\tRiordino dell'archivio storico\tArea Affari generali\t11
"""


def test_the_heaviest_and_the_lightest_objective(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgo-salinella_piao-2026-2028.txt": PLAN})
    text = answerer.answer("Qual è l'obiettivo con il peso più alto?").text
    assert "Sportello unico per le imprese" in text and "14" in text, text
    assert "archivio storico" not in text, text
    # a tie: both are named
    text = answerer.answer("quale obiettivo pesa di meno nel piano di Borgo Salinella?").text
    assert "Fascicolo elettronico" in text and "Controllo di gestione" in text, text
    assert "Sportello unico" not in text, text


def test_only_a_question_of_which_objective_asks_an_extreme(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgo-salinella_piao-2026-2028.txt": PLAN})

    def end(question: str) -> str | None:
        return asked_end(answerer.frames.build(resolve(question, [], answerer.retriever)))

    assert end("Qual è l'obiettivo operativo con il peso più basso?") == "min"
    assert end("Quale obiettivo ha il peso maggiore?") == "max"
    assert end("Qual è il peso dell'obiettivo sul verde urbano?") is None
    assert end("pesa di più l'obiettivo sul verde o quello sull'archivio?") is None
    assert end("Tra il verde urbano e l'archivio storico, quale obiettivo pesa di più?") is None
    # the heaviest of one office's objectives is no plan's extreme
    assert end("qual è l'obiettivo di quell'area con il peso più alto?") is None
