"""Objectives a sentence points at by their codes, on an invented plan: the value-public
paragraph links each VP to cards by their numbers only ("la scheda 2026/02 sostiene il
VP2"). Asked a field of the card that supports a VP, the answer is that card's field,
with the clause that links them; the clause alone names no responsible."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valmora Superiore – PIAO 2026-2028

## 2. Schede obiettivo

SCHEDA OBIETTIVO 2026/01
Titolo: Fascicolo informatico per tutti gli atti
Responsabile: dott.ssa Carla Visconti
Indicatore: Documenti fascicolati – Target: 60%

SCHEDA OBIETTIVO 2026/02
Titolo: Sportello unico telematico per le imprese
Responsabile: arch. Paolo Ferrandino
Indicatore: Pratiche presentate dal portale – Target: 95%

SCHEDA OBIETTIVO 2026/03
Titolo: Riqualificazione energetica della scuola media
Responsabile: ing. Marco Bellini
Indicatore: Consumo annuo di gas (mc) – Target: 30.000

## 3. Collegamento con il Valore Pubblico

La scheda 2026/03 è il principale contributo all'obiettivo di Valore Pubblico VP3 "Valmora sostenibile", mentre la scheda 2026/02 sostiene l'obiettivo VP2 "Impresa semplice", dedicato alla riduzione degli oneri per le attività economiche.
"""


def test_the_field_of_the_card_a_value_public_clause_points_at(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.md": PLAN})
    ans = answerer.answer("Chi è responsabile dell'obiettivo che sostiene il VP2 «Impresa semplice»?")
    assert ans.found and "Ferrandino" in ans.text
    assert "Bellini" not in ans.text  # the other clause's card
    ans = answerer.answer("Che target ha l'indicatore della scheda legata al VP3 Valmora sostenibile?")
    assert ans.found and "30.000" in ans.text
