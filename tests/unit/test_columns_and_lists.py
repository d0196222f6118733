"""Two layouts read through the real loaders, on invented plans: a Word plan whose
objectives are nested lists (the list markers are paragraph properties, not text), and
a two-column PDF whose objectives are prose under bold headings."""

from __future__ import annotations

import datetime
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from assistant.answering.candidates import logical_lines
from ingest.loaders import load_document
from ingest.parse import parse_document
from ingest.structure.vocabulary import canonical_key
from ingest.text import Field

pytestmark = pytest.mark.unit


def _list_plan(path: Path) -> Path:
    doc = docx.Document()
    doc.add_heading("Obiettivo 4 – Riorganizzazione dei servizi cimiteriali", level=3)
    doc.add_paragraph("Ufficio capofila: Servizi Cimiteriali", style="List Bullet")
    doc.add_paragraph("Funzionario EQ: geom. Carla Fioretti", style="List Bullet")
    doc.add_paragraph("Step operativi:", style="List Bullet")
    doc.add_paragraph("mappatura delle concessioni scadute (entro marzo 2026)", style="List Number 2")
    doc.add_paragraph("nuovo regolamento di polizia mortuaria (entro giugno 2026)", style="List Number 2")
    doc.add_paragraph("Come misuriamo il risultato (indicatore – partenza – 2026 – 2027):", style="List Bullet")
    doc.add_paragraph("concessioni regolarizzate – 0 – 60 – 140", style="List Bullet 2")
    doc.add_paragraph("loculi disponibili – 12 – 40 – 55", style="List Bullet 2")
    doc.add_paragraph("Nota 1: le concessioni dei loculi durano 50 anni.")
    doc.save(str(path))
    return path


def test_word_list_items_keep_their_markers(tmp_path: Path) -> None:
    text = load_document(_list_plan(tmp_path / "colleverde_piao-2026-2028.docx")).text
    assert "- Ufficio capofila: Servizi Cimiteriali" in text
    # a numbered list is counted as Word counts it; a plain paragraph has no marker
    assert "1. mappatura delle concessioni scadute" in text and "2. nuovo regolamento" in text
    assert "- concessioni regolarizzate – 0 – 60 – 140" in text
    assert "\nNota 1: le concessioni" in text


def test_an_objective_written_as_nested_lists_gives_its_record(tmp_path: Path) -> None:
    (record,) = parse_document(load_document(_list_plan(tmp_path / "colleverde_piao-2026-2028.docx"))).records
    assert (record.settore, record.responsabile) == ("Servizi Cimiteriali", "geom. Carla Fioretti")
    assert [(f.descrizione, f.tempistica) for f in record.fasi] == [
        ("mappatura delle concessioni scadute", "entro marzo 2026"),
        ("nuovo regolamento di polizia mortuaria", "entro giugno 2026"),
    ]
    # the label's parenthesis explains its items' columns; the note after the list is no item
    assert [i.nome for i in record.indicatori] == ["concessioni regolarizzate – 0 – 60 – 140",
                                                    "loculi disponibili – 12 – 40 – 55"]


@pytest.mark.parametrize(("label", "field"), [
    ("Step operativi", Field.FASI), ("Come misuriamo il risultato", Field.INDICATORI),
    ("Misurazione (indicatore – valore di partenza – valore atteso 2026)", Field.INDICATORI),
    ("Funzionario EQ", Field.RESPONSABILE), ("Peso (%)", Field.PESO),
])
def test_plain_word_labels_and_explained_labels(label: str, field: Field) -> None:
    assert canonical_key(label) == field


def _two_column_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Comune di Pratolungo - PIAO 2026-2028, sezione operativa.")
    left = ["Il servizio anagrafe riceve ogni giorno circa", "ottanta persone allo sportello del municipio.",
            "Ob. 2 - Biblioteca aperta la sera", "La biblioteca civica resta aperta fino alle",
            "ventidue il martedi e il giovedi, con i volontari", "dell'associazione Amici dei Libri."]
    right = ["Le pratiche edilizie arrivano per lo piu in", "forma telematica attraverso lo sportello unico",
             "regionale, con tempi di istruttoria ridotti e", "con meno richieste di integrazione ai tecnici",
             "che presentano le istanze per conto dei", "cittadini e delle imprese del territorio."]
    # the text flows down the left column, then down the right one
    for x, column in ((15, left), (110, right)):
        for i, line in enumerate(column):
            pdf.set_font("Helvetica", style="B" if line.startswith("Ob.") else "", size=10)
            pdf.text(x, 30 + 6 * i, line)
    pdf.output(str(path))
    return path


def test_a_bold_heading_of_one_column_is_a_heading(tmp_path: Path) -> None:
    """On a two-column page one baseline holds a line of each column: the bold one in
    the left column is marked bold, the right column's body text beside it is not."""
    text = load_document(_two_column_pdf(tmp_path / "pratolungo_piao-2026-2028.pdf")).text
    assert "**Ob. 2 - Biblioteca aperta la sera**" in text, text
    assert "**Le pratiche" not in text and "**regionale" not in text, text


def test_prose_wrapped_in_a_narrow_column_is_joined_at_its_sentences() -> None:
    body = ("L'indicatore scelto è la quota di pratiche\npresentate in via telematica, con un valore\n"
            "obiettivo del 100% dal secondo semestre 2026.\nNe cura l'attuazione il Servizio Edilizia\n"
            "Privata e Urbanistica, diretto dall'ing. Stefano\nPegoraro. Entro il 30 giugno 2026 sarà attivata\n"
            "la nuova piattaforma per tutte le istanze.")
    assert logical_lines(body) == [
        "L'indicatore scelto è la quota di pratiche presentate in via telematica, con un valore "
        "obiettivo del 100% dal secondo semestre 2026.",
        "Ne cura l'attuazione il Servizio Edilizia Privata e Urbanistica, diretto dall'ing. Stefano Pegoraro. "
        "Entro il 30 giugno 2026 sarà attivata la nuova piattaforma per tutte le istanze.",
    ]
    # names and short titles one under the other are no wrapped prose
    assert logical_lines("Servizi Sociali\nUfficio Scuola e Istruzione\nBiblioteca civica") == [
        "Servizi Sociali", "Ufficio Scuola e Istruzione", "Biblioteca civica"]


def test_a_colon_inside_a_continued_line_is_no_label() -> None:
    body = ("Si misura la riduzione dei consumi di gas\nmetano rispetto alla media 2023-2025, pari a\n"
            "circa 41.000 metri cubi annui: il valore\nobiettivo è una riduzione del 35% nel 2026.")
    assert logical_lines(body) == [" ".join(body.split("\n"))]
    # (a label line after a finished sentence stays a line of its own)
    assert logical_lines("Il servizio apre il sabato mattina.\nReferente: dott.ssa Anna Neri") == [
        "Il servizio apre il sabato mattina.", "Referente: dott.ssa Anna Neri"]


def test_a_page_break_inside_a_sentence_ends_no_paragraph() -> None:
    from ingest.chunk_spans import is_prose, paragraph_spans
    from ingest.models import PAGE_JOINER

    text = f"Il progetto esecutivo va approvato entro il 28 febbraio; i lavori,{PAGE_JOINER}affidati alla ditta X, finiscono ad agosto."
    assert len(paragraph_spans(text, 0, len(text))) == 1
    ended = f"Il progetto esecutivo va approvato entro il 28 febbraio.{PAGE_JOINER}affidati alla ditta X."
    assert len(paragraph_spans(ended, 0, len(ended))) == 2
    column = ("L'indicatore scelto è la quota di pratiche\npresentate in via telematica, con un valore\n"
              "obiettivo del 100% dal secondo semestre 2026;\nun secondo indicatore misura il tempo medio.")
    assert is_prose(column)  # (prose wrapped at a narrow column's margin)
    assert not is_prose("Servizi Sociali\nUfficio Scuola e Istruzione\nBiblioteca civica\nUfficio Sport")
