"""The plans' words the frame adds for a colloquial one are spelt right, on an invented
plan that lacks one of them: "servizi sociali" adds "politiche sociali", which no
passage here contains; it must not be read as a typo of "polizia" (and the office of the
police answer who heads the social services)."""

from __future__ import annotations

from assistant.answering.conversation import resolve
from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI VALMORA SUPERIORE
PIAO 2026-2028

3.1 Struttura organizzativa
Settore\tResponsabile
Settore Servizi alla persona e Istruzione\tdott.ssa Rita Sala – incaricata EQ
Settore Polizia Locale\tcomm. Aldo Neri – Comandante
Settore Tecnico\ting. Paolo Bassi – incaricato EQ
"""


def test_the_words_added_for_a_colloquial_one_are_not_respelled(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora-superiore_piao-2026-2028.txt": PLAN})
    frame = answerer.frames.build(resolve("Come si chiama chi guida i servizi sociali?", [], answerer.retriever))
    assert "poliz" not in frame.terms and "poliziche" not in frame.query, (frame.terms, frame.query)
    text = answerer.answer("Come si chiama chi guida i servizi sociali?").text
    assert "Rita Sala" in text and "Aldo Neri" not in text, text
