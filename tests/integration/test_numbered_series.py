"""A named series of numbered headings ("Misura 1: …", "Misura 2: …") asked for by its
noun, on an invented plan: every heading of the series is the answer, under whatever
heading the series stands; and "misure specifiche / generali" are the anticorruption
plan's measures, not an objective's indicators."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Lentate Sul Brembo – PIAO 2026-2028

## 2.3 Rischi corruttivi e trasparenza

La mappatura dei processi ha confermato come aree a più elevato rischio i contratti pubblici e i titoli edilizi. Per il triennio sono programmate le seguenti misure specifiche, verificate dal RPCT ogni sei mesi.

### Misura 1: Rotazione degli incarichi di RUP

Contenuto: alternanza dei RUP negli affidamenti di lavori sopra i 40.000 euro.
Responsabile dell'attuazione: il Responsabile dell'Area Tecnica.

### Misura 2: Sorteggio delle pratiche edilizie da controllare

Contenuto: estrazione trimestrale del 10% delle SCIA e delle CILA presentate.
Responsabile dell'attuazione: il Responsabile dell'Area Urbanistica.

### Misura 3: Doppia firma sui contributi economici

Contenuto: istruttore e responsabile firmano gli atti di concessione sopra i 1.000 euro.
Responsabile dell'attuazione: il Responsabile dell'Area Servizi alla Persona.

## 3. Obiettivi di performance

### Obiettivo 1 – Riduzione dei tempi di pagamento delle fatture

Settore: Area Finanziaria
Indicatore: giorni medi di pagamento (target 2026: 25 giorni)
"""


def test_every_measure_of_the_series_asked_is_listed(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"lentate-sul-brembo_piao-2026-2028.md": PLAN})
    text = answerer.answer("Quali sono le misure specifiche anticorruzione del piano?").text
    for measure in ("Rotazione degli incarichi di RUP", "Sorteggio delle pratiche edilizie", "Doppia firma sui contributi"):
        assert measure in text, text
    assert "indicatori" not in text and "giorni medi" not in text, text
