"""The head of the service an objective names, on an invented plan whose org chart is a
nested list: "Area X – Servizio Y" and "Resp. Servizio Y" name the service, whose own
entry gives its head; the Area's head is the answer only when the chart gives the service
no entry of its own."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over
from tests.unit.test_org_lines import ORG_NESTED_LIST

OBJECTIVES = """
## 2.2 Obiettivi di performance

| Codice | Obiettivo | Area/Settore | Responsabile | Peso |
|---|---|---|---|---|
| VS.01 | Carta d'identità elettronica su appuntamento on line | Area Affari generali – Anagrafe | Resp. Anagrafe | 10% |
| VS.02 | Piano delle asfaltature delle strade comunali | Area Tecnica – Lavori pubblici e Manutenzioni | Resp. Lavori pubblici e Manutenzioni | 15% |
| VS.03 | Nuovo regolamento per l'uso delle sale civiche | Area Tecnica – Patrimonio | Resp. Patrimonio | 5% |
"""


def test_the_head_of_the_service_an_objective_names_answers_who_is_in_charge(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora-superiore_piao-2026-2028.md": ORG_NESTED_LIST + OBJECTIVES})
    text = answerer.answer("Chi è responsabile dell'obiettivo sulla carta d'identità elettronica? Mi serve il nome.").text
    assert "Rita Galli" in text and "Carla Visconti" not in text, text
    text = answerer.answer("Chi segue il piano delle asfaltature?").text
    assert "Luca Sala" in text and "Marco Bellini" not in text, text
    # (a service the chart gives no entry: the Area's head)
    assert "Marco Bellini" in answerer.answer("Chi segue il regolamento delle sale civiche?").text
