"""Plans as other tools export them, each built here from scratch (fictional
municipalities): a spreadsheet printed to a ruled PDF (a running header naming the
sheet, a table whose row the page cuts, a phase table numbered in its own column,
bold sub-headings), a wiki page in Markdown (objectives as numbered headings, labels in
bold on their own line, bulleted lists under them, an org chart as a nested list) and a
plain-text e-mail (dot-leader org chart, objectives coded with a letter). Each test
asserts what a person would read off the page."""

from __future__ import annotations

import pytest

from ingest.models import PAGE_JOINER, LoadedDocument, Page, UnitKind
from ingest.parse import parse_document
from ingest.structure.vocabulary import canonical_key
from ingest.text import Field

pytestmark = pytest.mark.unit


def _loaded(pages: list[str], name: str) -> LoadedDocument:
    starts, pos = [], 0
    for text in pages:
        starts.append(pos)
        pos += len(text) + len(PAGE_JOINER)
    return LoadedDocument(
        file_name=name, source_path=name, content_hash=str(hash(tuple(pages))), text=PAGE_JOINER.join(pages),
        pages=tuple(Page(number=n, text=t, char_start=s) for n, (t, s) in enumerate(zip(pages, starts), 1)),
    )


def test_column_names_of_exported_tables_are_read_as_fields() -> None:
    # alternatives ("Descrizione / finalità"), words cut short with a dot ("Area resp."),
    # an org chart's offices column, a phase's period
    assert canonical_key("Descrizione / finalità") == Field.MOTIVAZIONE
    assert canonical_key("Area resp.") == Field.SETTORE
    assert canonical_key("Uffici") == Field.SETTORE
    assert canonical_key("Periodo") == Field.SCADENZA
    assert canonical_key("Perché lo facciamo") == Field.MOTIVAZIONE
    # a word not cut short is no abbreviation; a name with a title is no label
    assert canonical_key("Area resp") is None
    assert canonical_key("Dott. Rossi") is None


RUNNING = "Comune di Vallerana (PV) - PIAO 2026-2028\tSezione 2 - Performance\tFoglio: {sheet}"
OBJECTIVES_HEADER = "Cod.\tObiettivo operativo\tArea resp.\tDescrizione / finalità\tIndicatore\tTarget 2026\tTarget 2027\tPeso %"
SPREADSHEET = [
    "\n".join([
        RUNNING.format(sheet="ORGANIGRAMMA"),
        "### Organigramma",
        "Area\tResponsabile (E.Q.)\tUffici",
        "Area 1 - Servizi alla persona\tdott.ssa Ada Ferri\tServizi sociali; Biblioteca",
        "Area 2 - Tecnica\tarch. Elio Sarti\tLavori pubblici; Protezione civile",
        "Pagina 1 di 4",
    ]),
    "\n".join([
        RUNNING.format(sheet="OBIETTIVI"),
        "### Obiettivi operativi",
        OBJECTIVES_HEADER,
        "OB-01\tBiblioteca aperta di sera\tArea 1 - Servizi\tAprire la biblioteca il giovedì sera.\tOre di apertura serale\t120 ore\t150 ore\t6",
        "OB-02\tNuovo piano di protezione civile e\tArea 2 - Tecnica\tAggiornare gli scenari di rischio\tPiano approvato\t"
        "entro il 30/11/2026\t1 esercitazione\t8",
        "Pagina 2 di 4",
    ]),
    "\n".join([
        RUNNING.format(sheet="OBIETTIVI"),
        OBJECTIVES_HEADER,
        "\tesercitazioni con la popolazione\t\tidraulico e informare i residenti.\t\t\t\t",
        "OB-03\tManutenzione delle strade\tArea 2 - Tecnica\tRifare i manti stradali.\tMetri quadrati rifatti\t5.000 mq\t7.000 mq\t5",
        "Pagina 3 di 4",
    ]),
    "\n".join([
        RUNNING.format(sheet="CRONOPROGRAMMI"),
        "### Cronoprogrammi",
        "**Cronoprogramma OB-02 - Nuovo piano di protezione civile**",
        "Fase\tDescrizione\tPeriodo\tPersonale coinvolto",
        "1\tAggiornamento degli scenari di rischio\tfeb-mag 2026\tLuca Neri",
        "2\tApprovazione del piano in Consiglio\tott-nov 2026\tarch. Elio Sarti",
        "Pagina 4 di 4",
    ]),
]


@pytest.fixture(scope="module")
def spreadsheet():  # type: ignore[no-untyped-def]
    return parse_document(_loaded(SPREADSHEET, "vallerana_piao-2026-2028.pdf"))


def test_a_spreadsheet_printed_to_pdf_gives_its_org_chart(spreadsheet) -> None:  # type: ignore[no-untyped-def]
    heads = {c.fields["settore"]: c.fields for c in spreadsheet.chunks if c.kind == UnitKind.ORG_CHART}
    assert heads["Area 2 - Tecnica"]["titolare"] == "Elio Sarti"
    assert heads["Area 2 - Tecnica"]["servizi"] == "Lavori pubblici; Protezione civile"


def test_a_row_the_page_cuts_is_one_row_and_the_running_header_none(spreadsheet) -> None:  # type: ignore[no-untyped-def]
    rows = [c for c in spreadsheet.chunks if c.kind == UnitKind.TABLE_ROW and c.fields.get("codice")]
    assert [c.fields["codice"] for c in rows] == ["OB-01", "OB-02", "OB-03"]  # no "Comune di …" row
    cut = rows[1]
    assert cut.fields["titolo"] == "Nuovo piano di protezione civile e esercitazioni con la popolazione"
    assert cut.fields["motivazione"].endswith("rischio idraulico e informare i residenti.")
    assert cut.fields["settore"] == "Area 2 - Tecnica"
    # a target per year: the passage gives each with its year, the record the first
    assert cut.fields["indicatori"] == "Piano approvato — 2026: entro il 30/11/2026; 2027: 1 esercitazione"
    record = next(r for r in spreadsheet.records if r.codice == "OB-02")
    assert [(i.nome, i.target) for i in record.indicatori] == [("Piano approvato", "entro il 30/11/2026")]


def test_a_numbered_phase_table_under_a_bold_heading(spreadsheet) -> None:  # type: ignore[no-untyped-def]
    phases = [c for c in spreadsheet.chunks if c.kind == UnitKind.TABLE_ROW and c.fields.get("fasi")]
    # the "Fase" column only numbers the rows: the description is the phase
    assert [c.fields["fasi"].split(" — ")[0] for c in phases] == [
        "Aggiornamento degli scenari di rischio", "Approvazione del piano in Consiglio"]
    # the bold line above the table is its heading: the phases say whose they are, and
    # are steps of one schedule (one record, its phases in order)
    assert all(any("Cronoprogramma OB-02" in crumb for crumb in c.breadcrumb) for c in phases)
    assert "Fase 1: Aggiornamento degli scenari di rischio" in phases[0].text
    assert "Descrizione:" not in phases[0].text
    # (a schedule's rows are steps, not objectives: no record of their own)
    assert [r.codice for r in spreadsheet.records] == ["OB-01", "OB-02", "OB-03"]


WIKI = """# Comune di Borgo Lieto

## Organigramma

- Settore Affari Generali — resp. dott. Ivo Cattaneo
  - Ufficio Protocollo
  - Ufficio Anagrafe
- Settore Tecnico — resp. ing. Nora Villa
  - Ufficio Lavori Pubblici
  - Ufficio Ambiente

## Obiettivi

### Obiettivo 1.1 – Archivio digitale delle pratiche

**Dirigente/Responsabile:** dott. Ivo Cattaneo

**Finalità**
Digitalizzare l'archivio cartaceo delle pratiche anagrafiche.

**Stakeholder**
- cittadini
- notai e avvocati
- Archivio di Stato

**Tempi**
- entro marzo 2026: scansione dei fascicoli
- entro giugno 2026: indicizzazione e controllo

**Indicatori di performance**

| Indicatore | Formula | Target 2026 | Target 2027 |
|---|---|---|---|
| Fascicoli digitalizzati | fascicoli scansionati / fascicoli totali | 60% | 100% |

### Obiettivo 1.2 – Manutenzione del verde

**Responsabile**: ing. Nora Villa

**Perché lo facciamo:** tenere i parchi sicuri e curati.

**Settore competente** — Settore Tecnico

### Obiettivo 1.3 – Sportello casa

**Responsabile**: dott. Ivo Cattaneo

**Finalità**
Aiutare le famiglie nella ricerca di un alloggio.
"""


@pytest.fixture(scope="module")
def wiki():  # type: ignore[no-untyped-def]
    from ingest.models import Page

    return parse_document(LoadedDocument(file_name="borgo-lieto_piao-2026-2028.md", source_path="x",
                                         content_hash="w", text=WIKI, pages=(Page(number=1, text=WIKI, char_start=0),)))


def test_wiki_objectives_open_at_their_numbered_headings(wiki) -> None:  # type: ignore[no-untyped-def]
    objectives = {c.fields["codice"]: c.fields for c in wiki.chunks if c.kind == UnitKind.OBJECTIVE}
    assert sorted(objectives) == ["1.1", "1.2", "1.3"]
    first = objectives["1.1"]
    assert first["titolo"] == "Archivio digitale delle pratiche"
    assert first["responsabile"] == "dott. Ivo Cattaneo"  # "Dirigente/Responsabile"
    # a bold label alone on its line labels the lines under it, a bullet per item
    assert first["motivazione"] == "Digitalizzare l'archivio cartaceo delle pratiche anagrafiche."
    assert first["stakeholder"].split("\n") == ["cittadini", "notai e avvocati", "Archivio di Stato"]
    # "Tempi" over a list of dated steps: the phases
    # (each with its timing, written first as a lead-in)
    assert first["fasi"].split("\n") == ["scansione dei fascicoli — entro marzo 2026",
                                         "indicizzazione e controllo — entro giugno 2026"]
    # an indicator table with a target per year: each with its year; the record keeps the first
    assert first["indicatori"] == "Fascicoli digitalizzati — 2026: 60%; 2027: 100%"
    record = next(r for r in wiki.records if r.codice == "1.1")
    assert [(i.nome, i.target) for i in record.indicatori] == [("Fascicoli digitalizzati", "60%")]
    second = objectives["1.2"]
    # a bold label the vocabulary does not know still closes the field above it
    assert second["responsabile"] == "ing. Nora Villa"
    assert second["motivazione"] == "tenere i parchi sicuri e curati."
    assert second["settore"] == "Settore Tecnico"  # "**Label** — value"


def test_an_org_chart_as_a_nested_list(wiki) -> None:  # type: ignore[no-untyped-def]
    heads = {c.fields["settore"]: c.fields for c in wiki.chunks if c.kind == UnitKind.ORG_CHART}
    assert heads["Settore Tecnico"]["titolare"] == "Nora Villa"  # "resp." is the head
    assert heads["Settore Tecnico"]["servizi"] == "Ufficio Lavori Pubblici; Ufficio Ambiente"


EMAIL = """Da: Ufficio Segreteria
Oggetto: PIAO 2026-2028 parte organizzazione

STRUTTURA ORGANIZZATIVA

SETTORE FINANZIARIO ................................ Responsabile: rag. Olga Pini
SETTORE TECNICO .................................... Responsabile: geom. Dario Sala

OBIETTIVO T1 - REGISTRO DEGLI ACCESSI DIGITALE

Referente: rag. Olga Pini
Scopo: tenere il registro degli accessi nel protocollo informatico.
Output atteso: registro pubblicato ogni trimestre.

OBIETTIVO T2 - FORMAZIONE DIGITALE

Referente: geom. Dario Sala
Scopo: formare tutto il personale sulle competenze digitali.
Output atteso: tutti i dipendenti iscritti ai corsi.

OBIETTIVO T3 - CONTROLLI SULLE PRATICHE

Referente: geom. Dario Sala
Scopo: controllare a campione le pratiche edilizie.
Output atteso: un controllo ogni trimestre.
"""


def test_a_plain_text_email_with_dot_leaders_and_lettered_codes() -> None:
    from ingest.models import Page

    parsed = parse_document(LoadedDocument(file_name="piao_def.txt", source_path="x", content_hash="e",
                                           text=EMAIL, pages=(Page(number=1, text=EMAIL, char_start=0),)))
    heads = {c.fields["settore"]: c.fields["titolare"] for c in parsed.chunks if c.kind == UnitKind.ORG_CHART}
    assert heads == {"SETTORE FINANZIARIO": "Olga Pini", "SETTORE TECNICO": "Dario Sala"}
    objectives = {c.fields["codice"]: c.fields for c in parsed.chunks if c.kind == UnitKind.OBJECTIVE}
    assert sorted(objectives) == ["T1", "T2", "T3"]
    assert objectives["T1"]["titolo"] == "REGISTRO DEGLI ACCESSI DIGITALE"
    assert objectives["T1"]["motivazione"].startswith("tenere il registro")
    assert objectives["T1"]["valore_atteso"] == "registro pubblicato ogni trimestre."


NESTED_HEADINGS = """# Comune di Borgo Lieto – PIAO 2026-2028

# Linea strategica 1 – Comune digitale

### Obiettivo strategico 1.1 – Servizi online semplici

##### Obiettivo operativo OO-1.1.1 – Archivio digitale

- **Responsabile:** dott. Ivo Neri
- **Finalità:** Digitalizzare l'archivio cartaceo.

| Indicatore | Formula | Target 2026 | Target 2027 |
|---|---|---|---|
| Fascicoli digitalizzati | fascicoli scansionati / totali | 60% | 100% |

##### Obiettivo operativo OO-1.1.2 – Pagamenti online

- **Responsabile:** rag. Olga Pini
- **Finalità:** Portare tutti i pagamenti su pagoPA.

| Indicatore | Formula | Target 2026 | Target 2027 |
|---|---|---|---|
| Incassi su pagoPA | incassi pagoPA / incassi totali | 80% | 95% |

# Linea strategica 2 – Territorio curato

### Obiettivo strategico 2.1 – Strade sicure

##### Obiettivo operativo OO-2.1.1 – Manutenzione delle strade

- **Responsabile:** geom. Dario Sala
- **Finalità:** Rifare i manti stradali.

| Indicatore | Formula | Target 2026 | Target 2027 |
|---|---|---|---|
| Metri quadrati rifatti | conteggio | 5.000 | 7.000 |
"""


def test_numbered_objective_headings_keep_their_code_and_the_headings_above() -> None:
    from ingest.models import Page

    parsed = parse_document(LoadedDocument(file_name="borgo-lieto_piao-2026-2028.md", source_path="x",
                                           content_hash="n", text=NESTED_HEADINGS,
                                           pages=(Page(number=1, text=NESTED_HEADINGS, char_start=0),)))
    got = [(r.codice, r.titolo, r.obiettivo_strategico, r.area_strategica) for r in parsed.records]
    assert got == [
        ("OO-1.1.1", "Archivio digitale", "Servizi online semplici", "Comune digitale"),
        ("OO-1.1.2", "Pagamenti online", "Servizi online semplici", "Comune digitale"),
        ("OO-2.1.1", "Manutenzione delle strade", "Strade sicure", "Territorio curato"),
    ]


def test_a_generated_markdown_plan_keeps_codes_and_strategic_frame() -> None:
    # (the train plan of benchmarks/corpora in this layout, read as a whole: objective
    # headings under strategic lines and objectives, with bullets and pipe tables)
    from pathlib import Path

    from ingest.pipeline import parse_file

    path = Path(__file__).resolve().parents[2] / "benchmarks/corpora/docs/train/borgo-arsiero_piao-2026-2028_obiettivi.md"
    records = parse_file(path).records
    assert records and all(r.codice and r.codice.startswith("OO-") for r in records)
    assert all(r.obiettivo_strategico and r.area_strategica for r in records)


# A PDF with an objectives table, then one card per objective whose bold title wraps
# onto a second bold line (text as the PDF loader gives it: bold runs marked **)
CARDS = [
    "Comune di Valprova – PIAO 2026-2028\n\n**3. Obiettivi di performance 2026**\n\n"
    "Cod.\tObiettivo\tSettore\tIndicatore\tTarget 2026\n"
    "OB.2026.01\tIncremento della raccolta differenziata e contrasto all'abbandono dei rifiuti\tSettore 3\t"
    "Percentuale di raccolta differenziata\t≥ 78%\n"
    "OB.2026.02\tIscrizioni online ai servizi scolastici\tSettore 5\tIscrizioni online\t≥ 90%\n",
    "**4. Schede degli obiettivi**\n\n"
    "**Scheda OB.2026.01 – Incremento della raccolta differenziata e contrasto**\n"
    "**all'abbandono dei rifiuti**\n"
    "Descrizione: estensione della raccolta porta a porta della frazione organica alle utenze non domestiche.\n"
    "Stakeholder: utenze domestiche e non domestiche, gestore del servizio, scuole.\n"
    "Dipendenti coinvolti: Bodini Carlo, Peroni Alessia.\n"
    "**Scheda OB.2026.02 – Iscrizioni online ai servizi scolastici**\n"
    "Descrizione: iscrizioni online con accesso SPID per la refezione e il trasporto.\n"
    "Stakeholder: famiglie degli alunni, Istituto comprensivo.\n",
]


def test_a_card_whose_bold_title_wraps_is_the_objective_of_its_code() -> None:
    # the second bold line (in lower case) goes on with the title; "Scheda OB.2026.01"
    # gives a lettered code, and the card is the same objective as the table's row
    parsed = parse_document(_loaded(CARDS, "valprova_piao-2026-2028.pdf"))
    records = {r.codice: r for r in parsed.records}
    assert sorted(records) == ["OB.2026.01", "OB.2026.02"]
    first = records["OB.2026.01"]
    assert first.titolo == "Incremento della raccolta differenziata e contrasto all'abbandono dei rifiuti"
    assert "gestore del servizio" in first.stakeholder and first.settore == "Settore 3"
    card = next(c for c in parsed.chunks if "Bodini" in c.text)
    # (the card sits under its whole title, not under the title's second line)
    assert any(crumb.startswith("Scheda OB.2026.01") for crumb in card.breadcrumb)
    assert "all'abbandono dei rifiuti" not in card.breadcrumb


# A word-processor plan: the org chart a table with a column the vocabulary does not
# know ("Qualifica"), each objective a two-column "Voce / Contenuto" table
WORD_TABLES = [
    "Comune di Valprova – PIAO 2026-2028\n\n# Struttura organizzativa\n"
    "Unità organizzativa\tResponsabile\tQualifica\tServizi assegnati\n"
    "Area Amministrativa\tdott.ssa Elena Verdi\tFunzionario EQ\tSegreteria; protocollo; servizi demografici\n"
    "Area Tecnica\ting. Paolo Neri\tFunzionario EQ\tLavori pubblici; manutenzioni; protezione civile\n\n"
    "# Obiettivi esecutivi 2026\n## Obiettivo PG-2026-01 – Aggiornamento del piano di protezione civile\n"
    "Voce\tContenuto\nCodice obiettivo\tPG-2026-01\n"
    "Denominazione\tAggiornamento del piano di protezione civile\n"
    "Unità organizzativa responsabile\tArea Tecnica\n"
    "Descrizione\tRevisione degli scenari di rischio e delle aree di attesa.\n",
]


def test_a_word_table_org_chart_and_an_office_label_with_its_qualifier() -> None:
    # a header of short column names, most of them known ("Unità organizzativa",
    # "Responsabile", "Servizi assegnati"), is a header although one is not; an office
    # label with a qualifier ("… responsabile", "… competente") is the office's label
    parsed = parse_document(_loaded(WORD_TABLES, "valprova_piao-2026-2028.docx"))
    heads = {c.fields["settore"]: c.fields["titolare"] for c in parsed.chunks if c.kind == UnitKind.ORG_CHART}
    assert heads == {"Area Amministrativa": "Elena Verdi", "Area Tecnica": "Paolo Neri"}
    assert canonical_key("Unità organizzativa responsabile") == Field.SETTORE
    assert canonical_key("Servizio di riferimento") == Field.SETTORE
    assert [r.settore for r in parsed.records] == ["Area Tecnica"]


SCORECARD = [
    "\n".join([
        "### Valore pubblico",
        "Linea strategica\tObiettivo strategico\tObiettivi operativi",
        "LS1 – Ente digitale\tOS 1 – Servizi on line per cittadini e imprese\tda OB.1.1 a OB.1.3",
        "LS2 – Territorio sicuro\tOS 2 – Strade sicure vicino alle scuole\tOB.2.1 e OB.2.2",
        "### Obiettivi 2026",
        "Cod.\tObiettivo operativo\tResponsabile\tIndicatore\tBaseline 2025\tTarget 2026",
        "OB.1.1\tIscrizioni on line alla mensa\tdott.ssa Ada Ferri\t% iscrizioni on line\t40%\t90%",
        "\t\t\t% rette pagate con PagoPA\t55%\t85%",
        "OB.1.2\tSportello polifunzionale\tdott.ssa Ada Ferri\tTempo di attesa (minuti)\t18\t10",
        "OB.1.3\tFatture pagate nei termini\trag. Elio Sarti\tGiorni medi di pagamento\t38\t30",
        "OB.2.1\tAttraversamenti pedonali rialzati\tcomm. Rita Bassi\tAttraversamenti realizzati\t1\t4",
    ]),
    "\n".join([
        "Cod.\tObiettivo operativo\tResponsabile\tIndicatore\tBaseline 2025\tTarget 2026",
        "\t\t\tIncidenti con feriti vicino alle scuole\t9\t7",
        "OB.2.2\tPedibus per le scuole primarie\tcomm. Rita Bassi\tBambini iscritti al pedibus\t0\t60",
    ]),
]


@pytest.fixture(scope="module")
def scorecard():  # type: ignore[no-untyped-def]
    return parse_document(_loaded(SCORECARD, "valprova_piao-2026-2028.pdf")).records


def test_a_strategic_row_that_names_objectives_by_code_frames_them(scorecard) -> None:  # type: ignore[no-untyped-def]
    # "da OB.1.1 a OB.1.3", "OB.2.1 e OB.2.2": references, not an objective's title
    assert [r.codice for r in scorecard] == ["OB.1.1", "OB.1.2", "OB.1.3", "OB.2.1", "OB.2.2"]
    frames = {r.codice: (r.area_strategica, r.obiettivo_strategico) for r in scorecard}
    assert frames["OB.1.3"] == ("LS1 – Ente digitale", "OS 1 – Servizi on line per cittadini e imprese")
    assert frames["OB.2.2"] == ("LS2 – Territorio sicuro", "OS 2 – Strade sicure vicino alle scuole")
    # and the strategic line is found where the strategic table states it
    record = next(r for r in scorecard if r.codice == "OB.1.2")
    assert record.sources["area_strategica"].page == 1


def test_a_row_under_the_repeated_header_that_fills_figures_is_the_next_indicator(scorecard) -> None:  # type: ignore[no-untyped-def]
    # the row the page puts under the repeated header fills the baseline and target the
    # row above already filled: a figure is never cut in two, so it is a second indicator
    record = next(r for r in scorecard if r.codice == "OB.2.1")
    assert [(i.nome, i.target) for i in record.indicatori] == [
        ("Attraversamenti realizzati", "4"), ("Incidenti con feriti vicino alle scuole", "7")]
    # as on one page
    first = next(r for r in scorecard if r.codice == "OB.1.1")
    assert [(i.nome, i.target) for i in first.indicatori] == [("% iscrizioni on line", "90%"), ("% rette pagate con PagoPA", "85%")]


def test_referenced_codes_spell_out_ranges_and_refuse_prose() -> None:
    from ingest.records.code_frames import referenced_codes

    assert referenced_codes("da OP.2.1 a OP.2.4") == ["OP.2.1", "OP.2.2", "OP.2.3", "OP.2.4"]
    assert referenced_codes("1.1 – 1.3") == ["1.1", "1.2", "1.3"]
    assert referenced_codes("obiettivi 3.1, 3.2 e 3.4") == ["3.1", "3.2", "3.4"]
    assert referenced_codes("OB-01, OB-03") == ["OB-01", "OB-03"]
    assert referenced_codes("Riduzione dei tempi di pagamento") is None
    assert referenced_codes("da 1 a 5") is None  # bare numbers: a count, not codes


def test_the_staff_of_each_phase_works_on_its_objective() -> None:
    # a schedule keyed by the objectives' codes names each phase's staff: the
    # objective's staff is everyone its phases name, each once
    pages = ["\n".join([
        "### Obiettivi 2026",
        "Cod.\tObiettivo operativo\tResponsabile\tIndicatore\tTarget 2026",
        "OB.1\tTariffa puntuale dei rifiuti\trag. Elio Sarti\tUtenze con contenitore\t70%",
        "OB.2\tPedibus per le scuole\tcomm. Rita Bassi\tBambini iscritti\t60",
        "### Fasi e tempistiche",
        "Cod.\tFase\tPeriodo\tPersonale coinvolto",
        "OB.1\tRegolamento della tariffa\tgen–apr 2026\trag. Sarti, Venier Marta",
        "OB.1\tConsegna dei contenitori\tfeb–giu 2026\tZuliani Davide, Venier Marta",
        "OB.2\tPercorsi e volontari\tmar–mag 2026\tPivetta Nicola",
    ])]
    records = {r.codice: r for r in parse_document(_loaded(pages, "valprova_piao-2026-2028.pdf")).records}
    staff = ", ".join(records["OB.1"].dipendenti)
    assert staff == "rag. Sarti, Venier Marta, Zuliani Davide"
    assert [p.descrizione for p in records["OB.1"].fasi] == ["Regolamento della tariffa", "Consegna dei contenitori"]
    assert ", ".join(records["OB.2"].dipendenti) == "Pivetta Nicola"


def test_objectives_listed_by_number_in_prose_take_the_group_the_clause_names() -> None:
    # "gli obiettivi n. 1 e 2 contribuiscono all'obiettivo VP1 …; gli obiettivi n. 3 e 4
    # all'obiettivo VP2 …": each list is filed under the group its own clause names;
    # numbers after another word (articles of a law) frame nothing
    pages = ["\n".join([
        "Sottosezione 2.2 – Performance",
        "Obiettivi operativi 2026",
        "N.\tObiettivo operativo\tSettore\tTarget 2026",
        "1\tAgenda on line per i certificati\tSettore I – Affari generali\t90%",
        "2\tFascicolo digitale del dipendente\tSettore I – Affari generali\t100%",
        "3\tTrasporto scolastico per le frazioni\tSettore IV – Servizi alla persona\t45 iscritti",
        "4\tCentro estivo inclusivo\tSettore IV – Servizi alla persona\t120 iscritti",
        "",
        "Collegamento con il Valore pubblico",
        "Ai sensi degli articoli 4, 5 e 6 del regolamento gli obiettivi sono collegati al Valore pubblico. In",
        "particolare, gli obiettivi n. 1 e 2 contribuiscono all'obiettivo di valore pubblico VP1 \"Ente digitale\"; gli obiettivi n. 3 e 4 all'obiettivo",
        "VP2 \"Comunità che cresce\".",
    ])]
    records = parse_document(_loaded(pages, "valcerasa_piao-2026-2028.pdf")).records
    frames = {r.codice: r.obiettivo_strategico for r in records}
    assert frames == {"1": 'obiettivo di valore pubblico VP1 "Ente digitale"', "2": 'obiettivo di valore pubblico VP1 "Ente digitale"',
                      "3": 'obiettivo VP2 "Comunità che cresce"', "4": 'obiettivo VP2 "Comunità che cresce"'}
    # found where the prose states it
    source = next(r for r in records if r.codice == "3").sources["obiettivo_strategico"]
    assert source.alignment == "exact" and source.page == 1


def test_a_schedule_keyed_by_code_is_its_objectives_times_not_more_objectives() -> None:
    # a cronoprogramma after the objectives table: its rows name each objective by
    # code and a short title, mark the quarters it runs in and may give a deadline
    pages = ["\n".join([
        "Tabella 1 – Obiettivi operativi",
        "Cod.\tObiettivo operativo\tResponsabile\tTarget 2026",
        "OB 1\tAgenda on line per la carta d'identità elettronica\tdott.ssa Ivana Cernaz\t80%",
        "OB 2\tManutenzione programmata dei ponti comunali\ting. Dario Bevilacqua\t6 ponti",
        "OB 3\tCentro estivo per ragazzi con disabilità\tdott. Livio Marangon\t25 iscritti",
        "",
        "Tabella 2 – Cronoprogramma",
        "Obiettivo\tI trim 2026\tII trim 2026\tIII trim 2026\tIV trim 2026\tScadenza",
        "OB 1 – Agenda on line CIE\tX\tX\t\t\t30/06/2026",
        "OB 2 – Ponti comunali\t\t●\t●\t●\t",
        "OB 3 – Centro estivo\t\tX\tX\t\t15/09/2026",
    ])]
    parsed = parse_document(_loaded(pages, "valtessera_piao-2026-2028.pdf"))
    assert [(r.codice, r.scadenza) for r in parsed.records] == [("OB 1", "30/06/2026"), ("OB 2", None), ("OB 3", "15/09/2026")]
    # the deadline is found in the schedule's row
    assert parsed.records[2].sources["scadenza"].alignment == "exact"
    # a mark says the objective runs in that column's period
    row = next(c for c in parsed.chunks if "Ponti comunali" in c.text and c.kind == UnitKind.TABLE_ROW)
    assert "Periodo di svolgimento: II trim 2026, III trim 2026, IV trim 2026" in row.text, row.text


def test_two_indicators_in_a_cell_take_the_values_of_each_year_column_in_order() -> None:
    # a Word cell of two paragraphs ("a • b") beside a target column per year that lists
    # as many values: the i-th value of each column belongs to the i-th indicator
    pages = ["\n".join([
        "Obiettivi operativi 2026-2027",
        "Cod.\tObiettivo operativo\tIndicatore\tTarget 2026\tTarget 2027",
        "OB 1\tBiblioteca aperta la sera\tPrestiti annui • Ore di apertura settimanali\t5.000 • 24\t5.600 • 30",
        "OB 2\tRaccolta differenziata porta a porta\tQuota di differenziata\t72%\t75%",
    ])]
    parsed = parse_document(_loaded(pages, "valtessera_piao-2026-2028.pdf"))
    row = next(c for c in parsed.chunks if c.fields.get("codice") == "OB 1")
    assert row.fields["indicatori"].split("\n") == [
        "Prestiti annui — 2026: 5.000; 2027: 5.600", "Ore di apertura settimanali — 2026: 24; 2027: 30"]
    first = next(r for r in parsed.records if r.codice == "OB 1")
    assert [(i.nome, i.target) for i in first.indicatori] == [("Prestiti annui", "5.000"), ("Ore di apertura settimanali", "24")]
