"""Which unit a unit belongs to, on an invented plan whose org chart is a nested list:
the entry that lists it directly (its service, not the Area above that service), and
its head."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valmora Superiore – PIAO 2026-2028

## 3.1 Struttura organizzativa

- **Area Tecnica** – resp. arch. Marco Bellini (EQ)
  - Lavori pubblici e Manutenzioni – resp. geom. Luca Sala
    - Squadra operai – ref. sig. Piero Conti, capo operaio
  - Ecologia e Ambiente – resp. geom. Sara Riva
- **Area Affari generali** – resp. dott.ssa Carla Visconti (EQ)
  - Anagrafe – resp. sig.ra Rita Galli

## 3.2 Lavoro agile

Nel 2025 hanno lavorato in modalità agile 12 dipendenti.
"""


def test_the_unit_a_unit_belongs_to_is_the_entry_listing_it_directly(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora-superiore_piao-2026-2028.md": PLAN})
    text = answerer.answer("In quale servizio sta la squadra operai, e chi ne è responsabile?").text
    assert "Luca Sala è titolare di Lavori pubblici e Manutenzioni" in text, text
