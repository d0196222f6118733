"""Measures that name who answers for them inline, on an invented plan: "<measure>.
Soggetto responsabile: il Responsabile dell'Area X". Asked who answers for one measure,
the office named after it is the answer, and (asked for a person) the head the org
chart gives that office."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI SALVIANO D'ADDA
PIAO 2026-2028

Struttura organizzativa

Area Tecnica e Lavori Pubblici – Responsabile: ing. Marco Scaglioni
Area Servizi alla Persona – Responsabile: dott.ssa Paola Verzeni

Misure di prevenzione della corruzione

Le misure specifiche seguenti sono inserite tra gli obiettivi dei Responsabili di Area e verificate dal RPCT ogni sei mesi.
Rotazione dei direttori dei lavori negli affidamenti di importo superiore a 40.000 euro, ove le dimensioni dell'ufficio lo consentano. Soggetto responsabile: il Responsabile dell'Area Tecnica e Lavori Pubblici.
Controllo a campione del 10% delle attestazioni ISEE presentate per i contributi economici alle famiglie. Soggetto responsabile: il Responsabile dell'Area Servizi alla Persona.
"""


def _ask(question: str, tmp_path) -> str:  # type: ignore[no-untyped-def]
    return answerer_over(tmp_path, {"salviano-d-adda_piao-2026-2028.txt": PLAN}).answer(question).text


def test_the_office_named_after_a_measure_answers_who_does_it(tmp_path) -> None:
    text = _ask("La misura anticorruzione sul controllo delle attestazioni ISEE chi la deve attuare?", tmp_path)
    assert text.startswith("«Controllo a campione del 10% delle attestazioni ISEE"), text  # (the measure asked)
    assert "affidato al Responsabile dell'Area Servizi alla Persona" in text and "Area Tecnica" not in text, text


def test_the_person_is_the_head_of_that_office(tmp_path) -> None:
    text = _ask("Chi è, come persona, il responsabile della misura anticorruzione sulla rotazione dei direttori dei lavori?", tmp_path)
    assert "affidato al Responsabile dell'Area Tecnica e Lavori Pubblici" in text, text
    assert "Marco Scaglioni" in text and "non indica" not in text, text
