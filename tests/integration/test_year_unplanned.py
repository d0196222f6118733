"""The objectives asked of a year outside the plan's period, on an invented plan: the
plan sets none for it, whatever objectives it lists for its own years."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over
from tests.integration.test_political_roles import ROLES_ONLY


def test_objectives_of_a_year_the_plan_does_not_cover_are_none(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"pieve-albignola_piao-2026-2028.txt": ROLES_ONLY})
    answer = answerer.answer("Quali obiettivi operativi di Pieve Albignola sono previsti per il 2030?")
    assert "non indica nulla per il 2030" in answer.text and "2026-2028" in answer.text, answer.text
    assert not answer.found
    # (a year of its period: its objectives)
    answer = answerer.answer("Quali obiettivi operativi di Pieve Albignola sono previsti per il 2027?")
    assert "Promozione dell'offerta di corsi" in answer.text, answer.text
