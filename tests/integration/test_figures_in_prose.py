"""Figures stated in prose, compared between two invented plans: a sentence that lists
several starting values answers with the one said of the thing asked, in each plan's
line; two quantities asked with one predicate are each asked of both plans."""

from __future__ import annotations

import re
from pathlib import Path

from tests.integration.test_answering_steps import answerer_over

VALDORA = """COMUNE DI VALDORA
PIAO 2026-2028

2.1 Valore pubblico
Il valore pubblico che l'Amministrazione intende generare riguarda servizi semplici, un ambiente curato e
una comunità solidale con le famiglie e con gli anziani che vivono soli nelle frazioni di montagna.
I dati di partenza al 31 dicembre 2025 sono i seguenti: il 44% delle istanze ai servizi comunali è stato presentato on line; la raccolta differenziata ha raggiunto il 63,7%; il tempo medio di pagamento delle fatture commerciali è stato di 38 giorni.

3.4 Formazione del personale
Nel 2025 la formazione media è stata di 12 ore per dipendente e tutti hanno seguito il corso sulla trasparenza; per il 2026 l'obiettivo è di 20 ore, con un budget di € 6.100,00 (€ 4.300,00 nel 2025).

2.2 Obiettivi operativi
Obiettivo VA.04 – Centro estivo comunale
Settore: Area Servizi alla persona
Descrizione: centro estivo per bambini dai 6 ai 12 anni presso la scuola di via Roma.
Motivazione: nel 2025 il centro estivo delle parrocchie ha accolto 95 iscritti e 30 domande sono rimaste senza risposta.
Indicatori:
• bambini iscritti – target 2026: 120
• settimane di attività – target 2026: 6
"""

PRATALTO = """COMUNE DI PRATALTO
PIAO 2026-2028

2.1 Valore pubblico
L'Amministrazione vuole generare valore pubblico rendendo più rapidi i servizi, curando il territorio e
sostenendo le associazioni che animano la vita dei quartieri e dei centri sportivi del paese.
I dati di partenza al 31 dicembre 2025 sono i seguenti: il 52% delle istanze è stato presentato on line; la raccolta differenziata ha raggiunto il 77,9%; il tempo medio di pagamento delle fatture commerciali è stato di 19 giorni.

3.4 Formazione del personale
Nel 2025 la formazione media è stata di 16 ore per dipendente e metà del personale ha seguito un corso sul nuovo codice; per il 2026 l'obiettivo è di 26 ore, con un budget di € 7.400,00 (€ 5.900,00 nel 2025).

2.2 Obiettivi operativi
Obiettivo PA.02 – Centro estivo e servizi per le famiglie
Settore: Servizio Istruzione
Descrizione: centro estivo su due plessi con servizio di trasporto dalle frazioni.
Motivazione: nel 2025 il centro estivo ha accolto 180 bambini in sei settimane.
Risultato atteso: centro estivo di sette settimane su due plessi con almeno 210 iscritti.
Indicatori:
• bambini iscritti – target 2026: 210
• settimane di attività – target 2026: 7
"""


def _answerer(tmp_path: Path):
    return answerer_over(tmp_path, {"valdora_piao-2026-2028.txt": VALDORA, "pratalto_piao-2026-2028.txt": PRATALTO})


def test_each_plan_answers_with_the_figure_its_sentence_says_of_the_thing_compared(tmp_path: Path) -> None:
    answerer = _answerer(tmp_path)
    text = answerer.answer("Raccolta differenziata 2025: che percentuale hanno raggiunto Valdora e Pratalto?").text
    assert "63,7%" in text and "77,9%" in text, text
    text = answerer.answer("Tempo medio di pagamento delle fatture nel 2025: Valdora e Pratalto a confronto").text
    assert "38 giorni" in text and "19 giorni" in text, text


def test_two_quantities_asked_with_one_predicate_are_each_asked_of_both_plans(tmp_path: Path) -> None:
    text = _answerer(tmp_path).answer("Centro estivo: quanti iscritti e quante settimane prevedono Valdora e Pratalto?").text
    assert "120" in text and "210" in text, text
    assert re.search(r"settimane di attività\D*(?:2026\D*)?6\b", text), text
    assert re.search(r"settimane di attività\D*(?:2026\D*)?7\b", text), text


def test_the_amount_said_of_the_year_asked_is_shown_in_each_plans_line(tmp_path: Path) -> None:
    text = _answerer(tmp_path).answer("Budget della formazione 2026: Valdora contro Pratalto?").text
    assert "6.100" in text and "7.400" in text, text
