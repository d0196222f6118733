"""Objective grids under caption lines that name each area's head, and a table of
areas that counts their staff without naming heads, on an invented plan: an
objective is named by its code, an interim head is said as one, and an area's staff
is read in the row that counts it."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI VALPROVA
PIAO 2026-2028

2.2 Linee strategiche di mandato

Il programma di mandato si articola in linee strategiche e linee di secondo livello:
3. Territorio curato
3.1 Opere pubbliche e manutenzioni – strade, scuole e illuminazione pubblica, con la cura degli edifici comunali.
3.2 Pianificazione del territorio – varianti al piano regolatore e recupero delle aree dismesse.

2.3 Obiettivi operativi 2026 per Area

Area Tecnica – Responsabile: ing. Marta Gili

Cod.\tObiettivo operativo\tScadenza\tPeso %
3.1.1\tAsfaltatura delle strade bianche di collina\t31/10/2026\t60
3.1.2\tNuova illuminazione a led del capoluogo\t30/11/2026\t40

Area Urbanistica – Responsabile: ing. Marta Gili (ad interim)

Cod.\tObiettivo operativo\tScadenza\tPeso %
3.2.1\tVariante al piano regolatore per le aree dismesse\t31/12/2026\t100

3.1 Struttura organizzativa

Area\tUffici\tDipendenti
Area Tecnica\tLavori pubblici; Manutenzioni\t9
Area Urbanistica\tEdilizia privata\t3
"""


def test_an_objective_is_headed_by_its_code_and_an_interim_head_is_said_as_one(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": PLAN})
    text = answerer.answer("chi è il responsabile della variante al piano regolatore per le aree dismesse?").text
    assert "3.2.1" in text and "Gili" in text and "ad interim" in text, text


def test_an_area_s_staff_is_read_in_the_table_row_that_counts_it(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": PLAN})
    text = answerer.answer("quanti dipendenti ha l'area che fa l'asfaltatura delle strade bianche?").text
    assert "Area Tecnica conta 9" in text, text


def test_the_heaviest_objective_of_the_area_named_is_among_its_own(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": PLAN})
    text = answerer.answer("nell'area tecnica qual è l'obiettivo che pesa di più?").text
    assert "3.1.1" in text and "Asfaltatura" in text and "Variante" not in text, text


def test_a_pronoun_after_the_heaviest_objective_asks_about_it(tmp_path) -> None:
    # ("chi ne risponde?": the one objective the first part's answer names)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": PLAN})
    text = answerer.answer("qual è l'obiettivo col peso più alto del piano e chi ne risponde?").text
    assert "3.2.1" in text and "Gili" in text, text


def test_the_strategic_line_of_an_objective_is_the_one_its_code_nests_under(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": PLAN})
    text = answerer.answer("a quale linea strategica appartiene l'obiettivo 3.2.1?").text
    assert "3.2 Pianificazione del territorio" in text, text
