"""The staff asked of an objective, on an invented wiki plan: "il personale coinvolto"
asks who works on it, not who is in charge; an objective whose card lists no staff does
not state it (its head is no team)."""

from __future__ import annotations

from assistant.answering.intent import Intent, classify
from tests.integration.test_answering_steps import answerer_over
from tests.unit.test_detail_cards import PLAN


def test_the_staff_involved_is_asked_and_a_card_without_it_does_not_state_it(tmp_path) -> None:
    assert classify("Chi è il personale coinvolto nella biblioteca aperta la sera?").intents == (Intent.EMPLOYEES,)
    answerer = answerer_over(tmp_path, {"valmora-superiore_piao-2026-2028.md": PLAN})
    text = answerer.answer("Chi è il personale coinvolto nella biblioteca aperta la sera?").text
    assert "non indica il personale" in text, text
    text = answerer.answer("Chi è il personale coinvolto nella carta d'identità elettronica su appuntamento?").text
    assert "Laura Bonvicini" in text, text
