"""Layouts the samples do not have, each built here from scratch: ruled and unruled
PDF tables (wrapped cells, wrapped headers, continuation pages, running headers),
Word heading styles and multi-paragraph cells, Markdown headings + bullet fields +
pipe tables, label-per-line text, org charts in several shapes. Each test asserts the
records a person would extract, so a mechanism that stops generalising fails here."""

from __future__ import annotations

import textwrap
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from ingest.loaders import load_document
from ingest.models import LoadedDocument, UnitKind
from ingest.parse import parse_document
from ingest.structure import detect_layout, parse_structure
from ingest.structure.people import is_person_name, person_in
from ingest.structure.timing import cell_items, split_timing
from ingest.structure.vocabulary import canonical_key
from tests.docgen import render_table_pdf

pytestmark = pytest.mark.unit

HEADER = ["N.", "Obiettivo", "Azioni/fasi", "Settore", "Indicatore", "Target", "Peso"]
TITLES = [
    "Digitalizzazione delle pratiche edilizie tramite il portale unico regionale",
    "Riduzione dei tempi di pagamento delle fatture ai fornitori",
    "Censimento georeferenziato del verde pubblico e delle alberature",
    "Nuovo regolamento comunale per i contributi alle associazioni",
    "Campagna di educazione stradale nelle scuole primarie del territorio",
]
OFFICES = ["Settore Urbanistica", "Servizio Finanziario", "Ufficio Ambiente", "Area Affari Generali", "Polizia Locale"]


def _rows(n: int) -> list[list[str]]:
    return [
        [
            str(i + 1),
            TITLES[i % len(TITLES)] + (f" (lotto {i + 1})" if i >= len(TITLES) else ""),
            "• Analisi del procedimento (entro marzo 2025) • Attivazione del servizio (entro giugno 2025)",
            OFFICES[i % len(OFFICES)],
            "1) Pratiche concluse nei tempi 2) Utenti soddisfatti",
            "1) 90% 2) 80%",
            str(10 + i),
        ]
        for i in range(n)
    ]


def _records(path: Path):
    return parse_document(load_document(path)).records


def test_ruled_landscape_table_over_pages_gives_a_record_per_row(tmp_path: Path) -> None:
    rows = _rows(12)
    path = tmp_path / "comune-di-prova_piao-2025-2027_performance.pdf"
    path.write_bytes(render_table_pdf(HEADER, rows, ruled=True))
    doc = load_document(path)
    assert len(doc.pages) >= 2
    # running header and "pag. N di M" footer are furniture, not text
    assert "pag. 1 di" not in doc.text and "Comune di Prova - PIAO" not in doc.text
    records = parse_document(doc).records
    assert len(records) == len(rows)
    first = records[0]
    assert first.codice == "1"
    assert first.titolo == TITLES[0]
    assert first.settore == OFFICES[0]
    assert [(p.descrizione, p.tempistica) for p in first.fasi] == [
        ("Analisi del procedimento", "entro marzo 2025"),
        ("Attivazione del servizio", "entro giugno 2025"),
    ]
    assert [(i.nome, i.target) for i in first.indicatori] == [
        ("Pratiche concluse nei tempi", "90%"),
        ("Utenti soddisfatti", "80%"),
    ]
    # every record's source is on the page that prints its title
    for r in records:
        assert r.titolo and r.titolo[:30] in doc.pages[r.source.page - 1].text


def _unruled_pdf(path: Path, rows: list[list[str]], per_page: int) -> Path:
    """A table drawn column by column at fixed x positions, no rules, the header
    wrapped over two lines, continuing on a second page without its header."""
    xs, widths = [15, 30, 85, 120, 155, 180], [14, 52, 33, 33, 23, 20]
    header = ["Cod.", "Obiettivo operativo", "Struttura responsabile", "Indicatore di risultato", "Valore obiettivo", "Entro il"]
    pdf = FPDF()
    pdf.add_page()
    y = [30.0]

    def draw(cells: list[str], bold: bool = False) -> None:
        pdf.set_font("Helvetica", style="B" if bold else "", size=8)
        wrapped = [textwrap.wrap(c, int(w / 1.6)) for c, w in zip(cells, widths, strict=True)]
        for i in range(max(len(w) for w in wrapped)):
            for x, w in zip(xs, wrapped, strict=True):
                if i < len(w):
                    pdf.text(x, y[0], w[i])
            y[0] += 4
        y[0] += 1.5

    pdf.set_font("Helvetica", style="B", size=13)
    pdf.text(15, 20, "Obiettivi operativi")
    draw(header, bold=True)
    for n, row in enumerate(rows):
        if n == per_page:
            pdf.add_page()
            y[0] = 20.0
        draw(row)
    pdf.set_font("Helvetica", size=9)
    pdf.text(15, y[0] + 8, "Il monitoraggio avviene due volte all'anno a cura del Nucleo di valutazione.")
    path.write_bytes(bytes(pdf.output()))
    return path


def test_unruled_table_with_wrapped_header_and_continuation_page(tmp_path: Path) -> None:
    rows = [
        [f"K.{i + 1}", TITLES[i], OFFICES[i], "Pratiche chiuse nei tempi", f"{60 + 5 * i}%", "31/12/2025"]
        for i in range(5)
    ]
    path = _unruled_pdf(tmp_path / "piao-unruled.pdf", rows, per_page=3)
    doc = load_document(path)
    assert "Cod.\tObiettivo operativo\tStruttura responsabile\tIndicatore di risultato\tValore obiettivo\tEntro il" in doc.text
    records = parse_document(doc).records
    assert [r.codice for r in records] == [f"K.{i + 1}" for i in range(5)]
    for r, row in zip(records, rows, strict=True):
        assert r.titolo == row[1]  # wrapped title joined, other columns not mixed in
        assert r.settore == row[2]
        assert [(i.nome, i.target) for i in r.indicatori] == [(row[3], row[4])]
        assert r.scadenza == row[5]
    assert records[3].source.page == 2  # the rows after the page break keep their page
    # the prose after the table is not a row
    assert "Nucleo di valutazione" not in " ".join(r.titolo or "" for r in records)


def test_prose_pdf_is_not_taken_for_an_unruled_table(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    text = (
        "Il Comune di Prova approva il piano integrato di attivita e organizzazione per il triennio. "
        "Gli obiettivi sono assegnati ai responsabili dei settori e verificati dal Nucleo di valutazione. "
    ) * 6
    pdf.multi_cell(0, 5, text)
    path = tmp_path / "prosa.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert "\t" not in load_document(path).text


def test_word_headings_tables_and_multi_paragraph_cells(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Comune di Prova - PIAO 2025-2027", style="Title")
    document.add_paragraph("Struttura organizzativa", style="Heading 1")
    org = document.add_table(rows=3, cols=3)
    for r, values in enumerate([
        ["Struttura", "Dirigente", "Servizi"],
        ["Area Tecnica", "arch. Marco Bellini – dirigente", "Lavori pubblici, Urbanistica"],
        ["Area Finanziaria", "dott.ssa Laura Ferraris – dirigente", "Ragioneria, Tributi"],
    ]):
        for c, value in enumerate(values):
            org.cell(r, c).text = value
    document.add_paragraph("Obiettivi", style="Heading 1")
    table = document.add_table(rows=3, cols=5)
    for c, value in enumerate(["Struttura", "Cod.", "Obiettivo", "Cronoprogramma", "Misura"]):
        table.cell(0, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Area Tecnica"  # vertical merge
    for r, (code, title) in enumerate([("OB.1", TITLES[0]), ("OB.2", TITLES[2])], start=1):
        table.cell(r, 1).text = code
        table.cell(r, 2).text = title
        cell = table.cell(r, 3)
        cell.text = "Analisi del fabbisogno: I semestre 2025"
        cell.add_paragraph("Avvio del servizio: II semestre 2025")
        table.cell(r, 4).text = "Pratiche concluse nei tempi"
    path = tmp_path / "prova_piao-2025-2027.docx"
    document.save(str(path))

    doc = load_document(path)
    assert "# Struttura organizzativa" in doc.text  # Word's outline kept as headings
    parsed = parse_document(doc)
    org_units = [u for u in parse_structure(doc.text, detect_layout(doc.text)) if u.kind == UnitKind.ORG_CHART]
    assert {(u.fields["settore"], u.fields["titolare"]) for u in org_units} == {
        ("Area Tecnica", "Marco Bellini"),
        ("Area Finanziaria", "Laura Ferraris"),
    }
    assert [r.codice for r in parsed.records] == ["OB.1", "OB.2"]
    second = parsed.records[1]
    assert second.settore == "Area Tecnica"  # the merged cell reaches every row it spans
    assert [(p.descrizione, p.tempistica) for p in second.fasi] == [
        ("Analisi del fabbisogno", "I semestre 2025"),
        ("Avvio del servizio", "II semestre 2025"),
    ]


MARKDOWN = """# Comune di Valprova – PIAO 2025-2027

## Organigramma

| Settore | Responsabile | Servizi |
|---|---|---|
| Area Amministrativa | dott.ssa Laura Ferraris | Segreteria, Anagrafe |
| Area Tecnica | arch. Marco Bellini | Lavori pubblici |

# Linea strategica 1 – Comune digitale

## Obiettivo strategico 1.1 – Servizi online per cittadini e imprese

##### Obiettivo operativo OO-1.1.1 – Digitalizzazione delle pratiche edilizie

- **Responsabile:** arch. Marco Bellini
- **Settore:** Area Tecnica
- **Dipendenti coinvolti:** Paolo Rota, Giulia Neri
- **Scadenza:** 31/12/2025

Fasi:
1. Mappatura dei procedimenti – entro marzo 2025
2. Attivazione del portale – entro giugno 2025

| Indicatore | Formula | Valore atteso 2025 | Valore atteso 2026 |
|---|---|---|---|
| Pratiche presentate online | pratiche online / totale | ≥ 80% | ≥ 95% |
"""


def _loaded(text: str, name: str) -> LoadedDocument:
    from ingest.models import Page

    return LoadedDocument(
        file_name=name, source_path=name, content_hash=str(hash(text)), text=text,
        pages=(Page(number=1, text=text, char_start=0),),
    )


def test_markdown_headings_bullets_and_pipe_tables() -> None:
    parsed = parse_document(_loaded(MARKDOWN, "valprova_piao-2025-2027.md"))
    [record] = parsed.records
    assert record.codice == "OO-1.1.1"
    assert record.titolo == "Digitalizzazione delle pratiche edilizie"
    assert record.obiettivo_strategico == "Servizi online per cittadini e imprese"
    assert record.area_strategica == "Comune digitale"
    assert record.responsabile == "arch. Marco Bellini"
    assert record.settore == "Area Tecnica"
    assert record.dipendenti == ("Paolo Rota", "Giulia Neri")
    assert [(p.descrizione, p.tempistica) for p in record.fasi] == [
        ("Mappatura dei procedimenti", "entro marzo 2025"),
        ("Attivazione del portale", "entro giugno 2025"),
    ]
    # a year's expected value next to an indicator is its target
    assert [(i.nome, i.target) for i in record.indicatori] == [("Pratiche presentate online", "≥ 80%")]
    # numbered phases are list items, not headings: no breadcrumb holds them
    assert not any("Mappatura" in c.breadcrumb for c in parsed.chunks)


LABEL_LINES = """Comune di Prova - PIAO 2026-2028

Area Tecnica – Responsabile: arch. Marco Bellini – Servizi: Lavori pubblici
Area Finanziaria – Responsabile: dott.ssa Laura Ferraris – Servizi: Tributi

Obiettivo n. 3.2 – Riduzione dei tempi di pagamento delle fatture
Responsabile: Area Finanziaria
Dirigente: dott.ssa Laura Ferraris
Finalità: rispettare i tempi di legge.
Indicatore: Tempo medio di pagamento – Target: ≤ 30 giorni
Fasi:
1. Analisi dei flussi – entro marzo 2026
2. Digitalizzazione della liquidazione – II trimestre 2026

Obiettivo n. 3.3 – Nuovo regolamento per le entrate
Responsabile: Area Finanziaria
Dirigente: dott.ssa Laura Ferraris
Indicatore: Regolamento approvato – Target: entro il 30/06/2026
"""


def test_label_per_line_objectives_and_org_chart_lines() -> None:
    parsed = parse_document(_loaded(LABEL_LINES, "prova_piao-2026-2028.txt"))
    first, second = parsed.records
    assert (first.codice, first.titolo) == ("3.2", "Riduzione dei tempi di pagamento delle fatture")
    # an office under "Responsabile" and a person under "Dirigente": settore and responsabile
    assert (first.settore, first.responsabile) == ("Area Finanziaria", "dott.ssa Laura Ferraris")
    assert [(i.nome, i.target) for i in first.indicatori] == [("Tempo medio di pagamento", "≤ 30 giorni")]
    assert [p.tempistica for p in first.fasi] == ["entro marzo 2026", "II trimestre 2026"]
    assert second.codice == "3.3"
    org = [u for u in parse_structure(LABEL_LINES, detect_layout(LABEL_LINES)) if u.kind == UnitKind.ORG_CHART]
    assert [(u.fields["settore"], u.fields["titolare"]) for u in org] == [
        ("Area Tecnica", "Marco Bellini"),
        ("Area Finanziaria", "Laura Ferraris"),
    ]


# An org chart printed as blocks (PDF text has no blank lines): the settore on its own
# line, its head after a role label, then its services; a vacant post held ad interim.
HEADED_ORG = """2. Struttura organizzativa
SETTORE 1 – AFFARI GENERALI
Titolare di incarico di E.Q.: dottoressa Irene Valsecchi (Vice Segretario)
Servizi: protocollo, anagrafe, stato civile,
elettorale e leva.
SETTORE 2 – URBANISTICA E SUAP
Titolare di incarico di E.Q.: posto vacante – funzioni attribuite ad interim al Segretario
generale, dott. Pietro Anselmi
Servizi: edilizia privata, SUAP.
SETTORE 3 – POLIZIA LOCALE
Responsabile: commissario Nadia Brambati
Servizi: viabilità, videosorveglianza.
3. Obiettivi di performance
Gli obiettivi assegnati ai settori sono riepilogati di seguito.
"""


def test_org_chart_blocks_of_settore_line_and_role_label() -> None:
    org = [u for u in parse_structure(HEADED_ORG, detect_layout(HEADED_ORG)) if u.kind == UnitKind.ORG_CHART]
    assert [(u.fields["settore"], u.fields["titolare"]) for u in org] == [
        ("SETTORE 1 – AFFARI GENERALI", "Irene Valsecchi"),
        ("SETTORE 2 – URBANISTICA E SUAP", "Pietro Anselmi"),
        ("SETTORE 3 – POLIZIA LOCALE", "Nadia Brambati"),
    ]
    assert org[0].fields["servizi"] == "protocollo, anagrafe, stato civile, elettorale e leva"
    # the entry ends with its services: the next heading and paragraph are not in it
    assert "Obiettivi di performance" not in HEADED_ORG[org[-1].char_start:org[-1].char_end]


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Centro di responsabilità", "settore"), ("Ufficio competente", "settore"),
        ("Titolare di E.Q.", "responsabile"), ("Referente", "responsabile"), ("KPI", "indicatori"),
        ("Misura 1", "indicatori"), ("Valore obiettivo", "target"), ("Valore atteso 2026", "target"),
        ("Valore atteso", "valore_atteso"), ("Azioni e tempi", "fasi"), ("Cronoprogramma", "fasi"),
        ("Peso %", "peso"), ("Portatori di interesse", "stakeholder"), ("Personale assegnato", "dipendenti"),
        ("RESPONSABLE", "responsabile"), ("OBITTIVO OPERATIVO", "titolo"), ("Nota", None),
    ],
)
def test_field_vocabulary_synonyms_and_typos(label: str, key: str | None) -> None:
    assert canonical_key(label) == key


def test_people_and_cell_items() -> None:
    assert is_person_name("Laura Ferraris") and is_person_name("ROSSI Mario") and is_person_name("geom. Paolo Rota")
    assert not is_person_name("Area Tecnica") and not is_person_name("Polizia Locale")
    # a deputy's rank titles a name; an office's kind and Roman number is no name
    assert person_in("vice comm. Ilario Benetton – Comandante") == "vice comm. Ilario Benetton"
    assert not is_person_name("Settore III") and not is_person_name("Area IV")
    assert person_in("dott. Fabio Ghezzi – Titolare di E.Q.") == "dott. Fabio Ghezzi"
    assert cell_items("1) Pratiche 2) Utenti") == ["Pratiche", "Utenti"]
    assert cell_items("• A (marzo) • B (giugno)") == ["A (marzo)", "B (giugno)"]
    assert cell_items("Legge n. 1 del 2024 art. 2") == ["Legge n. 1 del 2024 art. 2"]
    # steps joined by semicolons, each with its own date, are a list written on one line
    assert cell_items("Rilievo entro il 31/03/2026; gara entro fine giugno") == [
        "Rilievo entro il 31/03/2026", "gara entro fine giugno"]
    assert cell_items("Verifica mensile; relazione alla Giunta entro il 30/06/2026") == [
        "Verifica mensile; relazione alla Giunta entro il 30/06/2026"]
    # (a deadline closing a step is its timing)
    assert split_timing("Progetto esecutivo entro il 31/03/2026") == ("Progetto esecutivo", "entro il 31/03/2026")


def test_layout_registry_picks_by_score_and_adding_a_layout_is_one_class() -> None:
    from ingest.models import LayoutKind
    from ingest.structure import layouts
    from ingest.structure.layouts.generic import GenericLayout

    three = LABEL_LINES + "\nObiettivo n. 3.4 – Revisione dell'inventario\nResponsabile: Area Finanziaria\n"
    assert layouts.detect_layout(three) == LayoutKind.OBJECTIVE_BLOCKS
    assert layouts.detect_layout("Un testo qualsiasi.\n\nSenza obiettivi.") == LayoutKind.GENERIC
    for layout in layouts.REGISTRY:  # every registered layout honours the protocol
        assert 0.0 <= layout.detect([]) <= 1.0 and layout.claimers

    class Confident(GenericLayout):
        """A plug-in that recognises everything more strongly than the built-ins."""

        kind = LayoutKind.GENERIC

        def detect(self, lines) -> float:  # noqa: ANN001
            return 1.0

    original = layouts.REGISTRY
    try:
        layouts.REGISTRY = (Confident(), *original)
        assert layouts.detect_layout(three) == LayoutKind.GENERIC
    finally:
        layouts.REGISTRY = original


def test_a_long_numbered_list_under_a_label_is_all_items() -> None:
    """Every item of a long announced list is a phase, none a heading (the run is
    walked once, not re-walked from each item)."""
    items = "\n".join(f"{n}. Intervento di manutenzione numero {n} – entro marzo 2026" for n in range(1, 100))
    text = f"Obiettivo n. 1 – Manutenzioni\nResponsabile: Area Tecnica\nFasi:\n{items}\n"
    parsed = parse_document(_loaded(text, "prova_piao-2026-2028.txt"))
    assert len(parsed.records[0].fasi) == 99
    assert not any("Intervento" in " ".join(c.breadcrumb) for c in parsed.chunks)


def test_a_heading_closes_the_labelled_block_above_it() -> None:
    """Objectives as headings with labelled fields: each heading opens its objective,
    so every block carries its own title (not the first one's)."""
    from ingest.models import LayoutKind, UnitKind
    from ingest.structure.layouts import parse_structure

    parts = ["# Obiettivi operativi"]
    for n, (title, who) in enumerate([("Archivio digitale", "dott. Ugo Neri"),
                                      ("Nuove piste ciclabili", "ing. Lia Conti"),
                                      ("Sportello sociale", "dott.ssa Eva Sala")], start=1):
        parts += [f"### Obiettivo {n}.1 – {title}", f"Responsabile: {who}",
                  "Obiettivo strategico: Comune efficiente", f"Finalità: Migliorare {title.lower()}.",
                  "Stakeholder: Cittadini", "Peso: 10"]
    units = [u for u in parse_structure("\n".join(parts), LayoutKind.OBJECTIVE_BLOCKS)
             if u.kind == UnitKind.OBJECTIVE]
    # (a numbered heading gives its code and its title apart, as a numbered label line does)
    assert [(u.fields.get("codice"), u.fields.get("titolo")) for u in units] == [
        ("1.1", "Archivio digitale"), ("2.1", "Nuove piste ciclabili"), ("3.1", "Sportello sociale")]
    assert [u.fields.get("responsabile") for u in units] == ["dott. Ugo Neri", "ing. Lia Conti", "dott.ssa Eva Sala"]


def test_word_processor_lists_and_small_tables_inside_a_block() -> None:
    """As a word processor exports them: phases as plain paragraphs under "Fasi:" (no
    bullet, a timing each), an indicator table whose header is in mixed case, and a
    row whose first cell opens with a field word ("Dipendenti formati…")."""
    text = "\n".join([
        "# Obiettivi", "### Obiettivo 2.1 – Formazione anticorruzione",
        "Responsabile: dott.ssa Anna Riva", "Stakeholder: Dipendenti, Cittadini", "Fasi:",
        "Aggiornamento del catalogo dei rischi (gennaio–giugno 2025)",
        "Valutazione delle misure (giugno–ottobre 2025)",
        "Corso di etica pubblica (ottobre–novembre 2025)",
        "Indicatore\tTarget 2025", "Processi mappati sul totale\t100%",
        "Dipendenti formati in materia di anticorruzione\t≥ 90%",
        "Peso: 15", "Dipendenti coinvolti: ROSSI Carla, BIANCHI Luca",
    ])
    [record] = parse_document(_loaded(text, "prova_piao-2025-2027.docx")).records
    assert [(p.descrizione, p.tempistica) for p in record.fasi] == [
        ("Aggiornamento del catalogo dei rischi", "gennaio–giugno 2025"),
        ("Valutazione delle misure", "giugno–ottobre 2025"),
        ("Corso di etica pubblica", "ottobre–novembre 2025"),
    ]
    assert [(i.nome, i.target) for i in record.indicatori] == [
        ("Processi mappati sul totale", "100%"),
        ("Dipendenti formati in materia di anticorruzione", "≥ 90%"),
    ]
    assert record.dipendenti == ("ROSSI Carla", "BIANCHI Luca")
    assert record.stakeholder == ("Dipendenti", "Cittadini")  # "Label: value", not a header row


STAFF_TABLE = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Riqualificazione della piazza del mercato

- **Responsabile:** Area Tecnica
- **Finalità:** Rifare la pavimentazione della piazza e i sottoservizi.

| Dipendenti coinvolti | Categoria | Attività |
|---|---|---|
| ROSSINI Carla | D1 | RUP |
| BELLOTTI Marco | C3 | Direzione dei lavori |
"""


def test_a_staff_table_inside_a_block_lists_one_person_per_row() -> None:
    # the label heads the people's column; the other columns (grade, task) are theirs
    parsed = parse_document(_loaded(STAFF_TABLE, "valprova_piao-2026-2028.md"))
    (record,) = parsed.records
    assert record.dipendenti == ("ROSSINI Carla", "BELLOTTI Marco")


# Word tables export a label cell merged down beside a small table on every row.
# a development plan (fictional) of Word tables: each objective's indicator block is a
# small table beside a label cell merged down ("Indicatori e target 2026")
_WORD_TABLES_PLAN = Path(__file__).parents[2] / "benchmarks/fresh2/docs/rivalta-sul-mincio_piao-2026-2028_allegato-performance.docx"


def test_a_small_table_beside_a_merged_label_cell_gives_the_objective_s_indicators() -> None:
    from ingest.pipeline import parse_file

    records = {r.codice: r for r in parse_file(_WORD_TABLES_PLAN).records}
    assert [(i.nome, i.target) for i in records["1.3"].indicatori] == [
        ("Atti controllati", "≥ 10%"), ("Dipendenti formati", "100%"), ("Obblighi di pubblicazione assolti", "≥ 95%")]
    assert all(r.indicatori for r in records.values())
    # the rows after the small table are fields again
    assert records["1.3"].stakeholder == ("Cittadini", "dipendenti comunali", "ANAC")


def _sheets_pdf(path: Path) -> Path:
    """A workbook printed to PDF: each sheet a page under a running header whose
    left part is fixed and whose right part names the sheet; on the last, an org
    chart drawn without rules (cells wrapped inside their columns, a two-word
    column name over right-aligned figures) and a sentence running after it."""
    pdf = FPDF(orientation="L")
    sheets = ["Premessa", "Obiettivi", "Fasi", "Struttura"]
    for sheet in sheets:
        pdf.add_page()
        pdf.set_font("Helvetica", size=7)
        pdf.text(10, 8, "COMUNE DI PROVA (PV) - PIAO 2026-2028")
        pdf.text(230, 8, f"Foglio: {sheet}")
        pdf.set_font("Helvetica", style="B", size=12)
        pdf.text(10, 22, f"{sheets.index(sheet) + 1}. {sheet}")
        if sheet != "Struttura":
            pdf.set_font("Helvetica", size=9)
            pdf.text(10, 32, f"Contenuto del foglio {sheet.lower()} del piano della Città di Prova.")
            continue
        xs = [10, 70, 125, 190]
        rows = [
            ["Area Affari Generali e Servizi Demografici", "dott.ssa Ada Ferri",
             "Segreteria, protocollo, servizi demografici e stato civile, messi notificatori", "6"],
            ["Area Tecnica e Patrimonio", "arch. Elio Sarti", "Lavori pubblici, manutenzioni, patrimonio", "7"],
            ["Area Vigilanza", "comm. Rita Bassi (Comandante)", "Polizia locale, viabilità e commercio", "3"],
        ]
        y = 32.0
        pdf.set_font("Helvetica", style="B", size=8)
        for x, name in zip(xs[:3], ["Area", "Titolare di Elevata Qualificazione", "Servizi"], strict=True):
            pdf.text(x, y, name)
        pdf.text(xs[3], y, "N. dipendenti")
        y += 6
        pdf.set_font("Helvetica", size=8)
        for row in rows:
            wrapped = [textwrap.wrap(c, w) for c, w in zip(row[:3], [32, 24, 40], strict=True)]
            for i in range(max(len(w) for w in wrapped)):
                for x, w in zip(xs[:3], wrapped, strict=True):
                    if i < len(w):
                        pdf.text(x, y + 4 * i, w[i])
            pdf.text(xs[3] + 18 - pdf.get_string_width(row[3]), y, row[3])  # right-aligned
            y += 4 * max(len(w) for w in wrapped) + 3
        pdf.set_font("Helvetica", size=8)
        pdf.text(10, y + 2, "Il Segretario comunale è la dott.ssa Lia Conti, titolare della segreteria convenzionata "
                            "tra i Comuni di Prova e Vallerana, responsabile della trasparenza.")
    path.write_bytes(bytes(pdf.output()))
    return path


def test_a_workbook_printed_to_pdf_keeps_its_org_chart_and_drops_its_running_header(tmp_path: Path) -> None:
    doc = load_document(_sheets_pdf(tmp_path / "prova_piao-2026-2028.pdf"))
    # the header's fixed part recurs on every page: the whole line is furniture,
    # also its part that changes with the sheet
    assert "Foglio:" not in doc.text and "COMUNE DI PROVA (PV)" not in doc.text
    org = doc.pages[3].text
    # the sentence after the table is prose, not a row that breaks its columns
    assert "Area\tTitolare di Elevata Qualificazione\tServizi\tN. dipendenti" in org
    assert ("Area Affari Generali e Servizi Demografici\tdott.ssa Ada Ferri\tSegreteria, protocollo, servizi "
            "demografici e stato civile, messi notificatori\t6") in org
    assert "Area Vigilanza\tcomm. Rita Bassi (Comandante)\tPolizia locale, viabilità e commercio\t3" in org
    assert "\nIl Segretario comunale è la dott.ssa Lia Conti, titolare della segreteria convenzionata" in org


def test_a_municipality_written_only_in_capitals_is_given_in_the_case_of_its_words() -> None:
    from ingest.records.build import record_ente

    # capitals are typography (a cover, a heading), not the name's spelling
    assert record_ente("COMUNE DI VAL PROVA\nPIAO 2026-2028\nCOMUNE DI VAL PROVA", "Val Prova") == "Comune di Val Prova"
    # the document's own writing wins over its capitals
    assert record_ente("COMUNE DI VAL PROVA\nIl Comune di Val Prova approva", "Val Prova") == "Comune di Val Prova"
    assert record_ente("La Città di Val Prova e il Comune di Val Prova: Città di Val Prova", "Val Prova") == "Città di Val Prova"
