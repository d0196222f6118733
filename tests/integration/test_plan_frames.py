"""The frames a plan sets its objectives in ("quali sono gli obiettivi strategici?"):
each distinct one once, in the plan's order, from its records, not the objectives
themselves. Invented plan whose table groups its rows under bands."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over
from tests.unit.test_table_bands import ROWS

PLAN = "COMUNE DI VALDORSA\nPIAO 2026-2028\n\nTabella 1 – Obiettivi operativi\n\n" + ROWS.format(
    band1="Obiettivo strategico 1 – Un Comune digitale e trasparente", band2="Obiettivo strategico 2 – Un paese sicuro")


def test_the_strategic_objectives_are_listed_each_once(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.txt": PLAN})
    answer = answerer.answer("Quali sono gli obiettivi strategici del piano?")
    assert "2 obiettivi strategici" in answer.text, answer.text
    assert answer.text.index("Un Comune digitale") < answer.text.index("Un paese sicuro"), answer.text
    assert "Archivio digitale" not in answer.text and "Scuole sicure" not in answer.text, answer.text
    assert len(answer.citations) == 2, answer.citations
