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
    # ("List Bullet 2" is Word's second level: its items sit under the item above them)
    assert "\n  - concessioni regolarizzate" in text and "\n  1. mappatura" in text, text
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
    ("Funzionario EQ", Field.RESPONSABILE), ("Portatori di interesse (interni ed esterni)", Field.STAKEHOLDER),
])
def test_plain_word_labels_and_explained_labels(label: str, field: Field) -> None:
    assert canonical_key(label) == field


def _two_column_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
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
        ("L'indicatore scelto è la quota di pratiche presentate in via telematica, con un valore "
         "obiettivo del 100% dal secondo semestre 2026."),
        ("Ne cura l'attuazione il Servizio Edilizia Privata e Urbanistica, diretto dall'ing. Stefano Pegoraro. "
         "Entro il 30 giugno 2026 sarà attivata la nuova piattaforma per tutte le istanze."),
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


ORG_PROSE = """PIAO 2026-2028 del Comune di Pratolungo

2.2 L'organizzazione dell'ente
La struttura è articolata in tre Aree.
L'Area 1 – Affari Generali, affidata alla dott.ssa Anna Rinaldi, comprende la Segreteria, il Protocollo e i
Servizi Demografici (anagrafe e stato civile); vi operano 9 dipendenti.
All'Area 2 – Tecnica è preposto l'ing. Paolo Sartori. L'Area raggruppa il Servizio Lavori Pubblici e l'Ufficio
Ambiente, con 12 dipendenti in tutto.
L'Area 3 – Servizi alla Persona comprende i Servizi Sociali e la Biblioteca civica, coordinata dalla
bibliotecaria dott.ssa Carla Neri, e conta 8 dipendenti. L'Area è affidata ad interim alla Responsabile
dell'Area 1. Complessivamente le tre Aree contano 29 dipendenti.
"""


def test_offices_described_in_prose_are_org_chart_entries() -> None:
    from ingest.models import UnitKind
    from tests.docgen import load_txt

    path = Path("/tmp") / "pratolungo_piao-2026-2028.txt"
    path.write_text(ORG_PROSE, encoding="utf-8")
    entries = {c.fields[Field.SETTORE]: c.fields for c in parse_document(load_txt(path)).chunks
               if c.kind == UnitKind.ORG_CHART}
    first, second, third = entries["Area 1 – Affari Generali"], entries["Area 2 – Tecnica"], \
        entries["Area 3 – Servizi alla Persona"]
    assert (first[Field.TITOLARE], first[Field.ORGANICO]) == ("Anna Rinaldi", "9")
    assert first[Field.SERVIZI] == "Segreteria; Protocollo; Servizi Demografici"
    assert (second[Field.TITOLARE], second[Field.ORGANICO]) == ("Paolo Sartori", "12")
    # the librarian heads the library, not the Area; the Area run ad interim has the
    # other Area's head, and the ente's total is nobody's
    assert (third[Field.TITOLARE], third[Field.ORGANICO]) == ("Anna Rinaldi", "8")


def _alternating_headers_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    pdf.set_font("Helvetica", size=10)
    for page in range(1, 6):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(15, 12, "Piano integrato 2026-2028" if page % 2 else "Sezione 2 - Valore pubblico e performance")
        pdf.set_font("Helvetica", size=10)
        pdf.set_xy(15, 30)
        pdf.multi_cell(0, 5, f"Pagina di testo numero {page}: il servizio descritto qui apre il lunedi e il giovedi.")
    pdf.output(str(path))
    return path


def test_running_headers_that_alternate_between_facing_pages_are_dropped(tmp_path: Path) -> None:
    text = load_document(_alternating_headers_pdf(tmp_path / "pratolungo_piao-2026-2028.pdf")).text
    assert "Sezione 2 - Valore pubblico" not in text and "Piano integrato 2026-2028" not in text, text
    assert "Pagina di testo numero 4" in text


def test_a_column_under_a_wider_heading_is_joined_and_a_title_abbreviation_ends_no_sentence() -> None:
    body = ("Sezione 2 – Valore pubblico e performance: parte strategica e operativa\n"
            "Il Comune di Pratolungo, in provincia di\nVicenza, conta 8.430 abitanti al 31 dicembre\n"
            "2025. La misurazione finale spetta al Nucleo di\nValutazione, nominato dal Sindaco. Il\n"
            "Segretario comunale, dott.\nGiovanni Rossi, è il Responsabile della\nprevenzione della corruzione.")
    lines = logical_lines(body)
    assert lines[1].startswith("Il Comune di Pratolungo, in provincia di Vicenza, conta"), lines
    assert "Nucleo di Valutazione" in lines[1] and "dott. Giovanni Rossi" in lines[1], lines


def _footnoted_pdf(path: Path) -> Path:
    """Two pages: the first ends inside a sentence, its footnote set small at its foot."""
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    body = ["Ob. 4 - Nuovo magazzino comunale", "Il magazzino di via delle Querce ospita i mezzi della",
            "squadra operai e gli arredi delle scuole.\xb9 Il tetto va rifatto", "entro l'estate. Se ne occupa il geom. Marco"]
    for i, line in enumerate(body):
        pdf.set_font("Helvetica", style="B" if line.startswith("Ob.") else "", size=11)
        pdf.text(15, 30 + 7 * i, line)
    pdf.set_font("Helvetica", size=8)
    pdf.text(15, 270, "\xb9 Inventario dei beni mobili aggiornato al 31 dicembre 2025.")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for i, line in enumerate(["Ferretti, che coordina anche la squadra operai.", "Il valore atteso e la consegna",
                              "del magazzino entro il 30 novembre 2026."]):
        pdf.text(15, 30 + 7 * i, line)
    pdf.output(str(path))
    return path


def test_a_footnote_is_read_after_its_marker_and_never_inside_a_cut_sentence(tmp_path: Path) -> None:
    """A page's footnote is set after the sentence that carries its marker, on its own
    page; a sentence that goes on into the next page reads on past the notes."""
    doc = load_document(_footnoted_pdf(tmp_path / "querceto_piao-2026-2028.pdf"))
    first, second = doc.pages[0].text, doc.pages[1].text
    assert first.rstrip().endswith("Se ne occupa il geom. Marco"), first
    assert "\xb9 Inventario dei beni mobili" in first
    assert first.index("\xb9 Inventario") < first.index("Se ne occupa"), first
    assert second.startswith("Ferretti, che coordina")
    # (the note is read with the sentence that carries its marker, not the next one)
    assert "scuole.\xb9\n\xb9 Inventario dei beni mobili aggiornato al 31 dicembre 2025.\nIl tetto" in first, first


def _number_marked_pdf(path: Path) -> Path:
    """A page whose footnotes are numbered with plain digits raised in a small font: one
    marker on a line of its own after its sentence, one glued to its word; the notes
    at the page's foot, each marker raised above its note's first line."""
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=11)
    pdf.text(15, 30, "Ob. 6 - Riqualificazione della palestra comunale")
    pdf.set_font("Helvetica", size=11)
    pdf.text(15, 37, "La palestra di via dei Mulini ha il tetto da rifare. L'intervento e' finanziato da un bando.")
    pdf.set_font("Helvetica", size=6)
    pdf.text(15, 41, "1")
    pdf.set_font("Helvetica", size=11)
    pdf.text(15, 48, "Indicatore: lavori eseguiti sul totale previsto")
    pdf.text(15, 55, "Il cantiere e' seguito dall'ufficio tecnico associato")
    pdf.set_font("Helvetica", size=6)
    pdf.text(pdf.get_string_width("Il cantiere e' seguito dall'ufficio tecnico associato") * 11 / 6 + 15.5, 53.5, "2")
    pdf.set_font("Helvetica", size=11)
    pdf.text(15, 62, "Scadenza: 30/09/2026")
    for number, y, note in (("1", 274, "Contributo di euro 250.000 del bando regionale per l'impiantistica sportiva."),
                            ("2", 280, "Convenzione con il Comune di Rivalta firmata il 12 gennaio 2026.")):
        pdf.set_font("Helvetica", size=5)
        pdf.text(15, y - 1.5, number)
        pdf.set_font("Helvetica", size=8)
        pdf.text(17, y, note)
    pdf.output(str(path))
    return path


def test_a_note_numbered_with_a_plain_raised_digit_is_read_where_its_marker_stands(tmp_path: Path) -> None:
    text = load_document(_number_marked_pdf(tmp_path / "mulini_piao-2026-2028.pdf")).pages[0].text
    # (the marker on a line of its own gives way to its note; the raised digit over the
    # note's first line is its marker, not a page number at the page's foot)
    assert "finanziato da un bando.\n1 Contributo di euro 250.000" in text, text
    assert text.index("250.000") < text.index("Indicatore:"), text
    assert "tecnico associato 2\n2 Convenzione con il Comune di Rivalta" in text, text


def _ruled_rows_with_notes_pdf(path: Path) -> Path:
    """Two landscape pages of a ruled objectives table, each with a footnote: its marker
    glued to a cell's last word, the note set small at the page's foot, its number
    raised above the note's line (a bare digit on every page's foot)."""
    pdf = FPDF(orientation="L")
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(False)
    rows = [
        [("OB.1", "Nuovo ponte sul torrente Lirone", "1", "Responsabile Settore Tecnico", "31/12/2026")],
        [("OB.2", "Custodia sociale degli anziani soli", "2", "Responsabile Servizi sociali", "30/06/2026")],
    ]
    notes = ["Contributo regionale di euro 250.000; costo complessivo dell'opera euro 310.000.",
             "Progetto cofinanziato da una fondazione con euro 24.000 per il biennio."]
    for page, (page_rows, note) in enumerate(zip(rows, notes, strict=True), start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        for i in range(4):
            pdf.text(15, 15 + 5 * i, f"Gli obiettivi operativi del triennio sono riportati nella tabella seguente, riga {i}.")
        pdf.set_xy(15, 40)
        for header in ("Cod.", "Obiettivo", "Responsabile", "Scadenza"):
            pdf.cell(60 if header != "Cod." else 20, 10, header, border=1)
        for code, title, mark, head, due in page_rows:
            pdf.set_xy(15, 50)
            pdf.cell(20, 10, code, border=1)
            pdf.cell(60, 10, title + mark, border=1)
            pdf.cell(60, 10, head, border=1)
            pdf.cell(60, 10, due, border=1)
        pdf.set_font("Helvetica", size=5)
        pdf.text(15, 196.5, str(page))
        pdf.set_font("Helvetica", size=7)
        pdf.text(17, 198, f"{note}")
    pdf.output(str(path))
    return path


def test_a_note_under_a_ruled_table_follows_its_row_and_names_the_cell_it_annotates(tmp_path: Path) -> None:
    doc = load_document(_ruled_rows_with_notes_pdf(tmp_path / "lirone_piao-2026-2028.pdf"))
    first, second = doc.pages[0].text, doc.pages[1].text
    # (the row stays one line; the note follows it, naming the words its marker closes)
    assert "\n1 – Nuovo ponte sul torrente Lirone: Contributo regionale di euro 250.000" in first, first
    assert "2 – Custodia sociale degli anziani soli: Progetto cofinanziato" in second, second
    assert any(line.startswith("OB.1\t") and line.endswith("31/12/2026") for line in first.split("\n")), first
    assert "Lirone1" not in first and "\tNuovo ponte sul torrente Lirone\t" in first, first  # (its marker gone)


RUN_IN_TABLE = """Comune di Valmora Superiore – PIAO 2026-2028

Tabella 1 – Obiettivi operativi
Cod.\tObiettivo\tFinalità e risultato atteso\tResponsabile\tScadenza
OB.1\tNuovo ponte sul torrente Lirone\tIl ponte ha fessurazioni nelle spalle. Risultato atteso: Consolidamento delle spalle e nuovo parapetto.\tResponsabile Settore Tecnico\t31/12/2026
OB.2\tCustodia sociale degli anziani\tGli anziani soli sono 286.5 Risultato atteso: Rete di volontari formati.\tResponsabile Servizi sociali\t30/06/2026
"""


def test_a_label_run_into_a_cell_starts_its_own_fields_value(tmp_path: Path) -> None:
    # (a column headed by two fields writes the second after its label; a footnote's
    # marker may stand between the stop and the label)
    path = tmp_path / "valmora-superiore_piao-2026-2028.txt"
    path.write_text(RUN_IN_TABLE, encoding="utf-8")
    records = parse_document(load_document(path)).records
    assert [(r.motivazione, r.valore_atteso) for r in records] == [
        ("Il ponte ha fessurazioni nelle spalle.", "Consolidamento delle spalle e nuovo parapetto."),
        ("Gli anziani soli sono 286.", "Rete di volontari formati."),
    ]
    # (a row with no office column: the office its responsabile heads)
    assert records[0].settore == "Settore Tecnico"


def test_the_office_a_responsabile_names_ends_at_a_second_party() -> None:
    from ingest.structure import settore_from_responsabile

    assert settore_from_responsabile("ing. Marco Neri – Responsabile Area Tecnica • rag. Anna Riva – Responsabile "
                                     "Area Economico-finanziaria (tariffa)") == "Area Tecnica"
