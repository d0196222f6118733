"""A follow-up's pronoun stands for the thing the previous answer named, on an invented
plan: "e chi lo dirige?" after an answer about one office asks that office's head,
not the head of another office that shares a word with it."""

from __future__ import annotations

from assistant.answering import Turn
from assistant.answering.conversation import resolve
from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Roverbella Alta – PIAO 2026-2028

## Organigramma

Il Settore I – Affari generali, diretto dalla dott.ssa Nives Carraro, comprende gli uffici Personale,
Segreteria e Protocollo, con 6 dipendenti complessivi.

Il Settore II – Servizi alla Persona, diretto dal dott. Amos Quaglia, comprende gli uffici Servizi
sociali e Istruzione, con 8 dipendenti complessivi.

## Obiettivi operativi

| N. | Obiettivo | Settore | Target 2026 |
|---|---|---|---|
| 1 | Regolamento dei concorsi interni | Settore I – Affari generali | approvazione |
| 2 | Nuovo capitolato della mensa scolastica | Settore II – Servizi alla Persona | approvazione |
"""


def test_a_pronoun_stands_for_the_office_the_previous_answer_named(tmp_path) -> None:
    # the follow-up asks about the office by the name the previous answer gave it, so
    # every step reads that name, not only the search ("chi lo dirige" alone names none)
    answerer = answerer_over(tmp_path, {"roverbella-alta_piao-2026-2028.md": PLAN})
    first = "Quanti dipendenti ha il Settore II?"
    ans1 = answerer.answer(first)
    assert "Settore II – Servizi alla Persona" in ans1.text and "8" in ans1.text, ans1.text
    resolved = resolve("e chi lo dirige?", [Turn(first, "«Settore II – Servizi alla Persona» [1]: conta 8 dipendenti")],
                       answerer.retriever)
    assert "Settore II – Servizi alla Persona" in resolved.question, resolved
    ans2 = answerer.answer("e chi lo dirige?", history=[Turn(first, ans1.text)])
    assert "Quaglia" in ans2.text and "Carraro" not in ans2.text, ans2.text
