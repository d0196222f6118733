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


TWO_INDICATORS = """# Comune di Roccabruna – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 3.1 – Recupero dell'evasione dei tributi locali

L'obiettivo è affidato al Servizio Finanziario e Tributi (Ufficio Tributi), che lo porta avanti con il supporto del concessionario della riscossione e in raccordo con l'Ufficio Tecnico per le verifiche sulle aree. L'attività di accertamento riguarda le annualità d'imposta dal 2021 al 2023 e si basa sull'incrocio delle banche dati catastali, anagrafiche e delle utenze, con particolare attenzione alle aree edificabili e alle seconde case. Indicatori: importo complessivo degli avvisi di accertamento emessi sulle annualità dal 2021 al 2023, comprese le aree edificabili e le seconde case individuate con l'incrocio delle banche dati catastali, anagrafiche, delle utenze elettriche e idriche e delle dichiarazioni di successione, verificate una per una dall'ufficio con sopralluoghi mirati e con il confronto con le pratiche edilizie degli ultimi dieci anni – target 2026: € 180.000, 2027: € 150.000, 2028: € 130.000; percentuale di riscossione degli avvisi notificati entro l'anno, al netto dei ricorsi e delle rateizzazioni concesse ai contribuenti in difficoltà – target 2026: 65%. Peso 10.
"""


def test_of_several_figures_for_the_year_the_asked_one_is_shown(tmp_path) -> None:
    # two indicators each with a 2026 target: the question's words tell which is asked
    answerer = answerer_over(tmp_path, {"roccabruna_piao-2026-2028.md": TWO_INDICATORS})
    text = answerer.answer("Che percentuale di riscossione degli avvisi di accertamento si vuole ottenere nel 2026?").text
    assert "2026: 65%" in text, text
