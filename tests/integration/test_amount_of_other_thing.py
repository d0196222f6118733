"""An amount asked about a thing the plan gives no amount for, on an invented plan: the
only euro figures near it belong to another objective (a training course's cost). They
are the cost of something else, so the answer says the plan does not state the amount;
an amount stated of the thing under the plan's own word for it still answers."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Mornago Alto – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Formazione interna sul nuovo codice dei contratti pubblici

**Settore:** Area Amministrativa

**Finalità:** I nuovi corsi interni tenuti dal personale esperto sostituiscono i corsi a pagamento.

#### Fattori critici

Il costo medio dei nuovi corsi sul mercato (corso di 8 ore per 10 dipendenti) è di € 4.800,00.

### Obiettivo 2 – Potenziamento della videosorveglianza

**Settore:** Area Polizia Locale

**Finalità:** Installazione di 12 telecamere di contesto collegate alla centrale operativa del Comando.

### Obiettivo 3 – Manutenzione straordinaria degli edifici scolastici

**Settore:** Area Tecnica

**Risorse finanziarie:** € 120.000,00 da avanzo di amministrazione per il rifacimento delle coperture.

### Obiettivo 4 – Riqualificazione dell'impianto sportivo comunale

**Settore:** Area Tecnica

**Descrizione:** Rifacimento della pavimentazione e dell'impianto di riscaldamento della palestra della scuola media.

Importo dell'intervento: € 310.000,00, finanziati con un mutuo del Credito Sportivo.

### Obiettivo 5 – Efficientamento energetico del municipio

**Settore:** Area Tecnica

**Finalità:** Il municipio è in classe energetica F. L'intervento è finanziato da un bando regionale di € 95.000,00.

**Fasi:** progettazione entro marzo 2026; nuova centrale termica installata durante la chiusura estiva degli uffici; collaudo entro ottobre 2026.

### Obiettivo 6 – Centro estivo comunale

**Settore:** Area Servizi alla persona

**Finalità:** Un centro estivo di sette settimane per i bambini della scuola primaria, con trasporto dalle frazioni.
"""


def test_an_amount_of_another_thing_does_not_answer(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"mornago-alto_piao-2026-2028.md": PLAN})
    answer = answerer.answer("Quanto costano le nuove telecamere della videosorveglianza?")
    assert "4.800" not in answer.text, answer.text
    assert "non indica" in answer.text, answer.text


def test_an_amount_of_the_thing_named_by_the_plans_own_word_answers(tmp_path) -> None:
    # ("scuole" in the question, "edifici scolastici" in the plan: the same thing)
    answerer = answerer_over(tmp_path, {"mornago-alto_piao-2026-2028.md": PLAN})
    assert "120.000" in answerer.answer("Quanto costano i lavori di manutenzione delle scuole?").text


def test_an_amount_stands_when_its_own_objective_names_the_thing_elsewhere(tmp_path) -> None:
    # (the amount's own sentence and title say "intervento", "impianto sportivo"; its
    # objective names the palestra elsewhere, and no other objective does)
    answerer = answerer_over(tmp_path, {"mornago-alto_piao-2026-2028.md": PLAN})
    assert "310.000" in answerer.answer("Quanto costa il rifacimento della palestra della scuola media?").text



def test_an_amount_in_another_objectives_description_does_not_answer(tmp_path) -> None:
    # (the figure stands in the finalità of an objective that states the question's words
    # only apart, "centrale termica … chiusura estiva": it names no centro estivo)
    answerer = answerer_over(tmp_path, {"mornago-alto_piao-2026-2028.md": PLAN})
    answer = answerer.answer("Quanto spende il comune per il centro estivo?")
    assert "95.000" not in answer.text and "non indica" in answer.text, answer.text
