"""The objectives of a strategic line, on an invented wiki plan: a row of the line's
table that has a detail card of its own elsewhere is still one of the line's."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valmora Superiore – PIAO 2026-2028

## 2.2 Obiettivi di performance

### Linea strategica 1 – Un Comune semplice

| Codice | Obiettivo | Responsabile | Indicatore | Target 2026 |
|---|---|---|---|---|
| VS.01 | Carta d'identità elettronica su appuntamento on line | Resp. Anagrafe | Attesa media in giorni | 10 |
| VS.02 | Pagamenti pagoPA per la mensa scolastica | Resp. Ragioneria | Incassi con pagoPA | 80% |

### Linea strategica 2 – Un territorio curato

| Codice | Obiettivo | Responsabile | Indicatore | Target 2026 |
|---|---|---|---|---|
| VS.03 | Piano delle asfaltature | Resp. Lavori pubblici | Metri quadrati rifatti | 9.000 |
| VS.04 | Nuove piste ciclabili verso le scuole | Resp. Lavori pubblici | Chilometri realizzati | 3 |

## Schede di dettaglio

### Scheda di dettaglio – VS.01 Carta d'identità elettronica su appuntamento on line

**Motivazione:** Nel 2025 l'attesa per un appuntamento ha raggiunto i 38 giorni.

**Scadenza:** 31/12/2026
"""


def test_a_carded_row_stays_one_of_its_lines_objectives(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora-superiore_piao-2026-2028.md": PLAN})
    text = answerer.answer("Quali obiettivi rientrano nella linea strategica 1 di Valmora Superiore?").text
    assert "2 obiettivi" in text and "Carta d'identità elettronica" in text and "pagoPA" in text, text
    assert "asfaltature" not in text, text
