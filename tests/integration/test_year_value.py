"""A value asked of one year is the figure the plan states for that year: a long
sentence listing a baseline and yearly targets is shown around the year asked, so
that two objectives compared by their target of that year show both figures."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Roccabruna – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 2.1 – Anagrafe su appuntamento

Gli sportelli dei servizi demografici ricevono ancora gran parte del pubblico senza prenotazione, con
attese lunghe nelle mattine di apertura e personale sottratto alle pratiche interne.
L'indicatore è la quota di appuntamenti prenotati dal portale dei servizi on line da cittadini e imprese (valore di partenza 2025: 30%; target 2026: 45%, 2027: 60%, 2028: 75%).

### Obiettivo 2.2 – Iscrizioni alla mensa on line

Le famiglie consegnano ancora su carta le domande di iscrizione alla mensa e al trasporto scolastico,
che l'ufficio scuola ricopia a mano nel gestionale prima dell'avvio dell'anno educativo.
L'indicatore è la quota di domande di iscrizione a mensa e trasporto presentate on line dalle famiglie (valore di partenza 2025: 50%; target 2026: 70%, 2027: 85%, 2028: 95%).
"""


def test_two_objectives_compared_by_one_year_show_that_years_figures(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccabruna_piao-2026-2028.md": PLAN})
    text = answerer.answer("Quale target 2028 è più alto, gli appuntamenti all'anagrafe o le iscrizioni alla mensa on line?").text
    assert "2028: 75%" in text and "2028: 95%" in text, text


WRAPPED = """# Comune di Roccabruna – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 2.1 – Anagrafe su appuntamento

Gli sportelli dei servizi demografici ricevono ancora gran parte del pubblico senza prenotazione. L'indicatore
è la quota di appuntamenti prenotati dal portale dei servizi on line (valore di partenza 2025: 30%; target
2026: 45%, 2027: 60%, 2028: 75%).
"""


def test_a_parenthesis_wrapped_over_lines_is_one_statement(tmp_path) -> None:
    # the line after "…; target" goes on the parenthesis: its "2026:" is no label, and
    # the target asked for 2028 is stated, not missing
    answerer = answerer_over(tmp_path, {"roccabruna_piao-2026-2028.md": WRAPPED})
    text = answerer.answer("Qual è il target 2028 degli appuntamenti prenotati all'anagrafe?").text
    assert "2028: 75%" in text and "non indica" not in text, text
