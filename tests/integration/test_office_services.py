"""What an office comprises, asked by the office's kind and first word, on invented
plans: "quali servizi fanno parte del settore finanziario" is answered by the org
chart's services of "II – Finanziario e Tributi" (a chart that numbers its offices),
not by an objective that shares the word "finanziario"."""

from __future__ import annotations

from assistant.answering.organisation import asks_services
from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valmora Superiore – PIAO 2026-2028

## Organigramma

| Settore | Titolare di Posizione Organizzativa | Servizi assegnati | N. dipendenti |
|---|---|---|---|
| I – Affari generali | dott.ssa Carla Visconti | Segreteria; Protocollo; Anagrafe | 7 |
| II – Finanziario e Tributi | rag. Silvia Colnago | Ragioneria ed Economato; Tributi; Società partecipate | 5 |
| III – Tecnico | ing. Marco Bellini | Lavori pubblici; Manutenzioni | 9 |

## Obiettivi

### Obiettivo 1 – Controllo dei flussi finanziari del bilancio
Responsabile: rag. Silvia Colnago
Fasi: invio ai responsabili di servizio dello schema di bilancio – entro il 15 settembre
"""

OTHER = """# Comune di Borgo Tarsia – PIAO 2026-2028

### Obiettivo 1 – Nuovo regolamento di contabilità finanziaria
Responsabile: Area Amministrativa
"""


def test_the_services_of_an_office_named_by_its_kind_and_first_word(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.md": PLAN, "borgo-tarsia_piao-2026-2028.md": OTHER})
    for question in ("Quali servizi fanno parte del settore finanziario?",
                     "Mi elenchi i servizi assegnati al settore finanziario di Valmora Superiore?"):
        ans = answerer.answer(question)
        assert ans.found, question
        for service in ("Ragioneria ed Economato", "Tributi", "Società partecipate"):
            assert service in ans.text, (question, service)
        assert "Lavori pubblici" not in ans.text


def test_who_does_a_service_is_no_services_question() -> None:
    assert asks_services("quali uffici fanno parte dell'area tecnica?")
    assert not asks_services("chi gestisce i servizi del settore tecnico?")
    assert not asks_services("quali servizi sociali offre il comune?")
