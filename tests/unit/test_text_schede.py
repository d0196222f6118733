"""Objective schede of a plan saved as plain text, one "Label: value" line per field,
with the labels a word processor's form uses: a unit after the label ("Peso %:"), the
years of a row of values ("Valore obiettivo 2026 / 2027 / 2028:"), a procedure officer
under the head, an empty field ("--") and a unit under the office. On an invented plan,
through the real loader and parser: each line is its own field, none glued to the one
above it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders import load_document
from ingest.models import UnitKind
from ingest.parse import parse_document

pytestmark = pytest.mark.unit

PLAN = """COMUNE DI VALDORSA
PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028

2.2 PERFORMANCE

OBIETTIVO N. 1 – ARCHIVIO DIGITALE DELLE PRATICHE EDILIZIE

Settore: III – Tecnico e ambiente
Unità organizzativa: Ufficio Edilizia privata
Dirigente/Responsabile di P.O.: arch. Nadia Ferraguti
Responsabile del procedimento: Bellotti Sara (cat. C)
Descrizione sintetica: Consultare on line le pratiche edilizie dal 1990 in poi.
KPI: pratiche digitalizzate sul totale
Valore di partenza (2025): 20%
Valore obiettivo 2026 / 2027 / 2028: 50% / 80% / 100%
Termine: 31/12/2026
Peso %: 9
Personale coinvolto: Bellotti Sara (cat. C), Ruggeri Enzo (cat. B)

---------------------------------------------------------------

OBIETTIVO N. 2 – PIANO DI FORMAZIONE DEL PERSONALE

Unità organizzativa: Ufficio Personale (Settore II)
Dirigente/Responsabile di P.O.: rag. Carlo Menabue
Responsabile del procedimento: --
Descrizione sintetica: Almeno venti ore di formazione per ogni dipendente.
Termine: 30/11/2026
Peso %: 6
"""


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list:
    path: Path = tmp_path_factory.mktemp("plan") / "valdorsa_piao-2026-2028.txt"
    path.write_text(PLAN, encoding="utf-8")
    recs = sorted((r for r in parse_document(load_document(path)).records if r.codice), key=lambda r: r.codice)
    assert [r.codice for r in recs] == ["1", "2"]
    return recs


def test_a_label_with_its_unit_or_its_years_opens_a_field(records) -> None:
    first = records[0]
    assert first.scadenza == "31/12/2026"  # ("Peso %: 9" is no part of the deadline)
    # (the record keeps the plan's first year, as for a table's yearly columns)
    assert [i.target for i in first.indicatori] == ["50%"], first.indicatori


def test_a_procedure_officer_with_a_staff_grade_is_not_a_second_head(records) -> None:
    assert records[0].responsabile == "arch. Nadia Ferraguti"


def test_an_empty_field_adds_no_one_to_the_head(records) -> None:
    assert records[1].responsabile == "rag. Carlo Menabue"


def test_a_unit_under_the_office_does_not_lengthen_the_office_name(records) -> None:
    assert records[0].settore == "III – Tecnico e ambiente"
    assert records[1].settore == "Ufficio Personale (Settore II)"



def test_a_label_naming_several_years_pairs_each_year_with_its_value() -> None:
    from ingest.structure.block_fields import yearly_values

    assert yearly_values("Valore obiettivo 2026 / 2027 / 2028", "24 ore / 24 ore / n.d.") \
        == "2026: 24 ore; 2027: 24 ore; 2028: n.d."
    # (as many values as years, or the value as written)
    assert yearly_values("Valore obiettivo 2026 / 2027 / 2028", "70% / 90%") == ""
    assert yearly_values("Target 2026", "70%") == ""


ANAGRAFICA = """COMUNE DI VALDORSA
PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028

SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE

Denominazione:\t\tComune di Valdorsa
Sede:\t\t\tPiazza della Vittoria 1
Abitanti al 31/12/2025:\t5.120
Dipendenti in servizio:\t31 (al 01/01/2026)


1.1 ORGANI DI GOVERNO

La Giunta comunale è composta dal Sindaco e da tre assessori, ciascuno con le proprie deleghe.


2.2 PERFORMANCE""" + PLAN.split("2.2 PERFORMANCE", 1)[1]


def test_an_ente_s_figures_are_no_objective_and_a_heading_ends_a_block(tmp_path: Path) -> None:
    # ("Dipendenti in servizio: 31" counts the ente's staff: no objective's people; the
    # numbered heading after the last label opens another section, which the staff
    # field does not run into)
    path = tmp_path / "valdorsa_piao-2026-2028.txt"
    path.write_text(ANAGRAFICA, encoding="utf-8")
    parsed = parse_document(load_document(path))
    assert [r.codice for r in parsed.records if r.codice] == ["1", "2"]
    assert not [r for r in parsed.records if r.titolo and "Valdorsa" in r.titolo], parsed.records
    assert not [c for c in parsed.chunks if "31 (al 01/01/2026)" in c.fields.get("dipendenti", "") and "Giunta" in c.fields["dipendenti"]]


def test_a_labelled_block_with_only_a_title_is_no_objective(tmp_path: Path) -> None:
    # (an e-mail's or an anagrafica's "Label: value" lines state no objective's field)
    path = tmp_path / "valdorsa_piao-2026-2028.txt"
    path.write_text(ANAGRAFICA, encoding="utf-8")
    parsed = parse_document(load_document(path))
    assert not [c for c in parsed.chunks if c.kind == UnitKind.OBJECTIVE and "Valdorsa" in c.fields.get("titolo", "")]
