"""Objective cards drawn as one ruled grid each, with a target table inside: the grid
is as wide as its widest table (label | value over four columns, then "Indicatore |
Baseline | 2026 | 2027 | 2028"), and the org chart names its units by a code and a
name in two columns. An invented plan, read through the real PDF loader and parser."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from fpdf import FPDF

from ingest.loaders import load_document
from ingest.models import UnitKind
from ingest.parse import parse_document
from tests.docgen import pdf_safe_text

pytestmark = pytest.mark.unit

TARGETS = ["Indicatore", "Baseline 2025", "2026", "2027", "2028"]
CARDS = [
    ("Scheda obiettivo n. 1", [
        ("Cod. ob.", "OB-01"), ("Denominazione", "Sportello unico su appuntamento"),
        ("Finalità", "Ridurre le attese allo sportello anagrafe."),
        ("Struttura competente", "U.O. 1 – Servizi al cittadino"),
        TARGETS, ["Giorni medi di attesa", "24", "18", "12", "9"],
        ("Portatori di interesse", "Cittadini residenti, imprese"),
        ("Personale coinvolto", "3 unità della U.O. 1"),
    ]),
    ("Scheda obiettivo n. 2", [
        ("Cod. ob.", "OB-02"), ("Denominazione", "Manutenzione dei canali di scolo"),
        ("Finalità", "Ridurre il rischio di allagamenti delle strade rurali."),
        ("Struttura competente", "U.O. 2 – Servizi tecnici"),
        ("Referente politico", "Ass. Ferraresi"),
        ("Cronoprogramma", "entro marzo 2026: pulizia dei canali di scolo lungo le strade rurali; "
                           "entro ottobre 2026: risezionamento dei fossi di guardia"),
        TARGETS, ["Metri di canali puliti", "900", "1.200", "1.500", "1.800"],
        ("Portatori di interesse", "Aziende agricole, Consorzio di bonifica"),
        ("Personale coinvolto", "2 unità della U.O. 2"),
    ]),
    ("Scheda obiettivo n. 3", [
        ("Cod. ob.", "OB-03"), ("Denominazione", "Prestiti della biblioteca"),
        ("Struttura competente", "U.O. 1 – Servizi al cittadino"),
        TARGETS, ["Prestiti annui (n.)", "4.100", "4.400", "4.700", "5.000"],
        ("Portatori di interesse", "Scuole, lettori"),
    ]),
]
ORG = [
    ["U.O.", "Denominazione", "Responsabile", "N. dipendenti"],
    ["U.O. 1", "Servizi al cittadino", "dott.ssa Ilaria Bonvicini", "6"],
    ["U.O. 2", "Servizi tecnici", "ing. Carlo Montanari", "9"],
    ["U.O. 3", "Servizi finanziari", "rag. Elena Gualtieri", "5"],
    ["U.O. 4", "Polizia locale", "comm. Dario Ferretti", "4"],
    ["Totale", "", "", "24"],
]


def _grid_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for heading, rows in CARDS:
        pdf.set_font("Helvetica", style="B", size=11)
        pdf.cell(0, 6, heading)
        pdf.ln(8)
        pdf.set_font("Helvetica", size=9)
        with pdf.table(col_widths=(50, 35, 35, 35, 35), line_height=5, first_row_as_headings=False) as table:
            for values in rows:
                row = table.row()
                if len(values) == 2:  # a label and its value across the grid
                    row.cell(pdf_safe_text(values[0]))
                    row.cell(pdf_safe_text(values[1]), colspan=4)
                else:
                    for v in values:
                        row.cell(pdf_safe_text(v))
        pdf.ln(6)
    pdf.set_font("Helvetica", style="B", size=11)
    pdf.cell(0, 6, "3.1 Struttura organizzativa")
    pdf.ln(8)
    pdf.set_font("Helvetica", size=9)
    with pdf.table(col_widths=(25, 60, 60, 35), line_height=5) as table:
        for values in ORG:
            row = table.row()
            for v in values:
                row.cell(pdf_safe_text(v))
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - a ParsedDocument
    path = _grid_pdf(tmp_path_factory.mktemp("grid") / "valdiserra_piao-2026-2028.pdf")
    return parse_document(load_document(path))


def test_a_cards_rows_after_its_target_table_are_no_rows_of_that_table(parsed) -> None:  # noqa: ANN001
    objectives = [r for r in parsed.records if r.codice]
    assert [r.codice for r in objectives] == ["OB-01", "OB-02", "OB-03"]
    first, second, _ = objectives
    # (the rows below the target table are the card's, as are the next card's: the
    # table's header names five columns, a label row fills two)
    assert first.stakeholder == ("Cittadini residenti", "imprese")
    assert first.dipendenti == ("3 unità della U.O. 1",)
    assert (second.titolo, second.settore) == ("Manutenzione dei canali di scolo", "U.O. 2 - Servizi tecnici")
    assert second.stakeholder == ("Aziende agricole", "Consorzio di bonifica")
    # the target table is the card's: its bare years head the indicator's targets, and
    # the value it starts from, with the year its column names, stays with it
    passage = next(c for c in parsed.chunks if c.kind == UnitKind.OBJECTIVE and c.fields.get("codice") == "OB-02")
    assert passage.fields["indicatori"] == (
        "Metri di canali puliti – baseline 2025: 900 — 2026: 1.200; 2027: 1.500; 2028: 1.800")
    assert "Ass. Ferraresi" == passage.fields["responsabile_politico"]


def test_a_unit_named_by_code_and_name_columns_is_an_org_chart_entry(parsed) -> None:  # noqa: ANN001
    heads = {u.fields["settore"]: u.fields["titolare"] for u in parsed.chunks if u.kind == UnitKind.ORG_CHART}
    assert heads == {"U.O. 1 – Servizi al cittadino": "Ilaria Bonvicini", "U.O. 2 – Servizi tecnici": "Carlo Montanari",
                     "U.O. 3 – Servizi finanziari": "Elena Gualtieri", "U.O. 4 – Polizia locale": "Dario Ferretti"}
    # (the unit's name column is no objective's title)
    assert not [r for r in parsed.records if r.titolo == "Servizi tecnici"]
