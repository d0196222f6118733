"""The objectives of a person who heads an office, on an invented plan: the objectives
assigned to the office (or to one of its services, or to the role a sentence gives
the person) are the person's, though their passages never write the name."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI VALDICERRO
PIAO 2026-2028

Obiettivi operativi

Cod.\tObiettivo operativo\tResponsabile\tTarget 2026
OP 1\tLettura targhe agli ingressi del paese\tComando di Polizia locale\t6 varchi
OP 2\tControlli sulla sosta nel centro storico\tComando di Polizia locale\t400 controlli
OP 3\tNuovo regolamento dei controlli interni\tSegretario comunale\tentro il 30/06/2026
OP 4\tAsfaltatura delle strade vicinali\tUfficio Lavori pubblici\t5 km
OP 5\tCentro prelievi nell'ex scuola di piazza Don Gusmeroli\tUfficio Lavori pubblici\tentro il 31/10/2026

Struttura organizzativa

Area\tTitolare di EQ\tServizi
Area 1 – Vigilanza\tcomm. Bruno Zanella\tComando di Polizia locale, protezione civile
Area 2 – Tecnica\tgeom. Ilario Fedrigo\tLavori pubblici, patrimonio

Le funzioni di Segretario comunale sono svolte dalla dott.ssa Silvia Marangoni.
"""


def test_a_head_s_objectives_are_those_of_the_office_and_role_they_hold(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdicerro_piao-2026-2028.txt": PLAN})
    # a surname asked alone; the objectives of a service of the person's area
    text = answerer.answer("di quali obiettivi è responsabile Zanella?").text
    assert "Lettura targhe" in text and "sosta nel centro storico" in text, text
    assert "Asfaltatura" not in text and "regolamento dei controlli" not in text, text
    # one objective asked of a titled person, who holds a role a sentence names
    text = answerer.answer("La dott.ssa Marangoni di quale obiettivo è responsabile?").text
    assert "regolamento dei controlli interni" in text and "Lettura targhe" not in text, text


def test_a_place_named_after_someone_is_no_person(tmp_path) -> None:
    # "piazza Don Gusmeroli": a capitalised word that no org chart or title makes a person
    answerer = answerer_over(tmp_path, {"valdicerro_piao-2026-2028.txt": PLAN})
    text = answerer.answer("il centro prelievi di piazza Don Gusmeroli: in che obiettivo rientra e chi ne risponde?").text
    assert "compare in" not in text and "Centro prelievi" in text, text
