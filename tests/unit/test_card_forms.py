"""Objective cards printed as two-column ruled tables (label cell | value cell), on an
invented plan: labels are synonyms the usual cards do not use, long labels wrap inside
their cell, a card's code carries the plan's year, and the org chart names a vacant
office's head by role only. Read through the real PDF loader and parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from ingest.loaders import load_document
from ingest.models import LoadedDocument, UnitKind
from ingest.parse import parse_document
from ingest.structure.vocabulary import canonical_key, is_asked_label
from ingest.text import Field
from tests.docgen import pdf_safe_text

pytestmark = pytest.mark.unit

ORG = [
    ["Settore", "Titolare di Posizione Organizzativa", "Servizi assegnati", "N. dipendenti"],
    ["I - Affari generali", "ad interim: il Segretario generale", "Protocollo; Anagrafe", "7"],
    ["II - Finanziario", "rag. Ornella Battistoni", "Ragioneria; Tributi", "5"],
]
CARDS = [
    ("SCHEDA OBIETTIVO 2026/01", [
        ("Oggetto dell'obiettivo", "Fascicolo informatico per tutti gli atti del protocollo"),
        ("Responsabile dell'attuazione", "Settore I - Affari generali"),
        ("Descrizione e motivazione", "Solo il 20% dei documenti protocollati finisce in un fascicolo informatico."),
        ("Tempi di realizzazione", ("entro 31/03/2026: ricognizione del titolario\n"
                                   "entro 30/06/2026: approvazione del manuale\n"
                                   "dal 01/09/2026: fascicolazione obbligatoria")),
        ("Misuratori", ("Documenti fascicolati - baseline 20% - target 2026: 60% / 2027: 90%\n"
                       "Uffici formati (n.) - baseline 0 - target 2026: 6 / 2027: 8")),
        ("Stakeholder coinvolti", "Tutti gli uffici; cittadini"),
    ]),
    ("SCHEDA OBIETTIVO 2026/02", [
        ("Titolo", "Recupero dell'evasione della tassa rifiuti"),
        ("Missione / Programma DUP", "Missione 01 - Programma 04 Gestione delle entrate"),
        ("Struttura competente", "Settore II - Finanziario, rag. Ornella Battistoni"),
        ("Indicatori (baseline - target)", ("1) Avvisi emessi (n.): 90 - 2026: 150\n"
                                           "2) Somme accertate (euro): 40.000 - 2026: 70.000")),
        ("Soggetti interessati", "Contribuenti; CAF"),
        ("Ponderazione", "12 punti su 100"),
    ]),
]


def _card_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, pdf_safe_text(
        "Comune di Olgiate Serio - PIAO 2026-2028. Il Segretario generale, dott. Fulvio Carminati, "
        "dirige ad interim il Settore I."))
    pdf.ln(4)
    with pdf.table(col_widths=(45, 55, 60, 30), line_height=5) as table:
        for values in ORG:
            row = table.row()
            for v in values:
                row.cell(pdf_safe_text(v))
    for heading, rows in CARDS:
        pdf.ln(6)
        pdf.set_font("Helvetica", style="B", size=10)
        pdf.cell(0, 6, heading)
        pdf.ln(8)
        pdf.set_font("Helvetica", size=10)
        # a narrow label column: the long labels wrap inside their cell
        with pdf.table(col_widths=(38, 152), line_height=5, first_row_as_headings=False) as table:
            for label, value in rows:
                row = table.row()
                row.cell(pdf_safe_text(label))
                row.cell(pdf_safe_text(value))
    pdf.output(str(path))
    return path


def test_cards_as_label_value_tables_give_their_records(tmp_path: Path) -> None:
    parsed = parse_document(load_document(_card_pdf(tmp_path / "olgiate-serio_piao-2026-2028.pdf")))
    first, second = parsed.records
    # the card's code keeps the plan's year ("2026/01"); its synonyms are the fields
    assert (first.codice, first.titolo) == ("2026/01", "Fascicolo informatico per tutti gli atti del protocollo")
    assert first.settore == "Settore I - Affari generali"
    assert "20%" in (first.motivazione or "")
    # "Tempi" over dated steps: the phases, each with its date
    assert [(f.descrizione, f.tempistica) for f in first.fasi] == [
        ("ricognizione del titolario", "entro 31/03/2026"),
        ("approvazione del manuale", "entro 30/06/2026"),
        ("fascicolazione obbligatoria", "dal 01/09/2026"),
    ]
    # two indicators of the same shape in one cell are two indicators
    assert [i.nome for i in first.indicatori] == ["Documenti fascicolati - baseline 20%", "Uffici formati (n.) - baseline 0"]
    assert first.stakeholder == ("Tutti gli uffici", "cittadini")
    # the DUP's mission is no second code; an office named with its head names both
    assert second.codice == "2026/02"
    assert second.obiettivo_strategico == "Missione 01 - Programma 04 Gestione delle entrate"
    assert (second.settore, second.responsabile) == ("Settore II - Finanziario", "rag. Ornella Battistoni")
    assert [i.nome.split(" (")[0] for i in second.indicatori] == ["Avvisi emessi", "Somme accertate"]
    assert second.stakeholder == ("Contribuenti", "CAF")
    # an org chart row whose head is a role ("ad interim: il Segretario generale") is kept
    heads = {u.fields["settore"]: u.fields["titolare"] for u in parsed.chunks if u.kind == UnitKind.ORG_CHART}
    # (the column "Settore" numbers its units without the kind: the kind is the header's)
    assert heads["Settore I - Affari generali"] == "ad interim: il Segretario generale"
    assert heads["Settore II - Finanziario"] == "Ornella Battistoni"


def _loaded(text: str, name: str) -> LoadedDocument:
    from tests.docgen import load_txt

    path = Path("/tmp") / name
    path.write_text(text, encoding="utf-8")
    return load_txt(path)


# A card broken by a page: its last rows open the next page, right above the next card,
# which labels the same fields with other synonyms ("Personale assegnato" / "Risorse
# umane coinvolte", "Peso %" / "Ponderazione")
PAGE_BROKEN = (
    "SCHEDA OBIETTIVO 2026/04\t\nDenominazione obiettivo\tAnagrafe su appuntamento\n"
    "Struttura competente\tSettore I - Affari generali\nFinalità\tRidurre le attese allo sportello.\n"
    "\nPersonale assegnato\tGrassi Marta (C1)\nPeso %\t7%\n"
    "SCHEDA OBIETTIVO 2026/05\t\nTitolo\tRecupero dell'evasione IMU\n"
    "Struttura competente\tSettore II - Finanziario\nMotivazione\tEquità fiscale.\n"
    "Risorse umane coinvolte\tZanetti Piero (C2)\nPonderazione\t11 punti su 100\n"
    "SCHEDA OBIETTIVO 2026/06\t\nTitolo\tNuovo regolamento dei contributi\n"
    "Struttura competente\tSettore I - Affari generali\nPersonale assegnato\tGrassi Marta (C1)\n"
)


def test_a_cards_rows_after_a_page_break_stay_with_it(tmp_path: Path) -> None:
    fourth, fifth, _ = parse_document(_loaded(PAGE_BROKEN, "olgiate-serio_schede.txt")).records
    assert (fourth.codice, fourth.dipendenti) == ("2026/04", ("Grassi Marta (C1)",))
    assert (fifth.codice, fifth.dipendenti) == ("2026/05", ("Zanetti Piero (C2)",))


@pytest.mark.parametrize(("label", "field"), [
    ("Oggetto dell'obiettivo", Field.TITOLO), ("Descrizione e motivazione", Field.MOTIVAZIONE),
    ("Misuratori", Field.INDICATORI), ("Soggetti interessati", Field.STAKEHOLDER),
    ("Linea strategica DUP di riferimento", Field.AREA_STRATEGICA),
    # (a participle after a label no prefix rule covers)
    ("Portatori di interesse coinvolti", Field.STAKEHOLDER), ("Destinatari previsti", Field.STAKEHOLDER),
])
def test_label_synonyms_and_qualifiers(label: str, field: Field) -> None:
    assert canonical_key(label) == field


def test_a_label_with_its_participle_is_a_label_not_a_topic() -> None:
    # "gli stakeholder coinvolti nel progetto X": "coinvolti" is the label's, not X's
    assert is_asked_label("stakeholder coinvolti") and is_asked_label("fasi previste")
    assert not is_asked_label("anziani coinvolti")
