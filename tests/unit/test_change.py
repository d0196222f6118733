"""The change between two figures a question asks for, computed from the statement
that gives both (the three ways plans write a year's figure)."""

from __future__ import annotations

import pytest

from assistant.answering.change import asked_change


@pytest.mark.parametrize(("question", "years", "statement", "said"), [
    ("Di quanto è cresciuto il riciclo tra il 2022 e il 2024?", ("2022", "2024"),
     "Il riciclo è passato dal 58,2% del 2022 al 63,0% del 2024, sopra la media regionale.",
     "differenza: 4,8 punti percentuali in più (da 58,2% per il 2022 a 63,0% per il 2024)"),
    ("I tempi di rilascio sono migliorati tra il 2023 e il 2025? di quanti giorni?", ("2023", "2025"),
     "Tempo medio di rilascio (giorni) (valore 2023: 74; 2024: 66; 2025: 60)",
     "differenza: 14 giorni in meno (da 74 per il 2023 a 60 per il 2025)"),
    ("Di quanti punti deve salire nel 2027 rispetto alla baseline?", ("2027",),
     "Indicatore: quota di pratiche on line – baseline 2025: 40%; target 2026: 55%, 2027: 70%",
     "differenza: 30 punti percentuali in più (da 40% per la baseline 2025 a 70% per il 2027)"),
    # the measure the question counts in is the difference's ("di quanti km")
    ("Di quanti km aumentano le piste ciclabili dal 2026 al 2028?", ("2026", "2028"),
     "Piste ciclabili (km) – baseline 2025: 8,5 — 2026: 9,0; 2027: 10,5; 2028: 12,0",
     "differenza: 3 km in più (da 9,0 per il 2026 a 12,0 per il 2028)"),
    # "quanto in più", the later year named first; thousands grouped as Italian writes them
    ("Contributi erogati: quanto in più nel 2028 rispetto al 2025?", ("2028", "2025"),
     "Contributi erogati (€) – baseline 2025: 41.500 — 2026: 50.000; 2027: 65.000; 2028: 80.000",
     "differenza: 38.500 in più (da 41.500 per il 2025 a 80.000 per il 2028)"),
])
def test_the_difference_of_the_two_figures(question, years, statement, said) -> None:
    found = asked_change(question, years, ["Un'altra frase senza cifre.", statement])
    assert found is not None and found.text == said and found.source == statement


def test_no_change_is_made_up() -> None:
    # no change asked, or no statement giving both figures: nothing computed
    assert asked_change("Qual è il target 2027?", ("2027",), ["target 2026: 55%, 2027: 70%"]) is None
    assert asked_change("Di quanto cresce tra il 2022 e il 2024?", ("2022", "2024"), ["nel 2024 il 63%"]) is None
