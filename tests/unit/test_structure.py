"""Layout detection and structural units on the five sample PIAO texts and on
synthetic documents in layouts the samples do not have."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from ingest.models import LayoutKind, Unit, UnitKind
from ingest.structure import detect_layout, parse_structure, split_lines
from ingest.text import clean_text

pytestmark = pytest.mark.unit

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
MAGNAGO = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
MAGENTINO = "magentino_piao-2024-2026_obiettivi-dup.txt"
PERFORMANCE = "cassano-dadda_piao-2024-2026_performance.txt"
VALORE_2023 = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"
CREMOSANO = "cremosano_piao-2026-2028_valore-pubblico.txt"
ALL_SAMPLES = [MAGNAGO, MAGENTINO, PERFORMANCE, VALORE_2023, CREMOSANO]


@cache
def sample_text(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


@cache
def sample_units(name: str) -> tuple[Unit, ...]:
    text = sample_text(name)
    return tuple(parse_structure(text, detect_layout(text)))


def of_kind(units: tuple[Unit, ...] | list[Unit], kind: UnitKind) -> list[Unit]:
    return [u for u in units if u.kind == kind]


def find(units: tuple[Unit, ...] | list[Unit], kind: UnitKind, title_part: str) -> Unit:
    hits = [u for u in units if u.kind == kind and title_part.lower() in (u.title or "").lower()]
    assert len(hits) >= 1, f"no {kind} unit titled like {title_part!r}"
    return hits[0]


# ------------------------------------------------------------------ layouts


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        (MAGNAGO, LayoutKind.OBJECTIVE_BLOCKS),
        (MAGENTINO, LayoutKind.OBJECTIVE_TABLE),
        (PERFORMANCE, LayoutKind.SECTOR_PAGES),
        (VALORE_2023, LayoutKind.GENERIC),
        (CREMOSANO, LayoutKind.GENERIC),
    ],
)
def test_detect_layout_of_samples(name: str, layout: LayoutKind) -> None:
    assert detect_layout(sample_text(name)) == layout


# ------------------------------------------------------------- span integrity


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_units_are_ordered_non_overlapping_trimmed_slices(name: str) -> None:
    text = sample_text(name)
    units = sample_units(name)
    assert units
    previous_end = 0
    for unit in units:
        assert previous_end <= unit.char_start < unit.char_end <= len(text)
        source = text[unit.char_start: unit.char_end]
        # trimmed of surrounding blank lines, starting at a line start
        assert unit.char_start == 0 or text[unit.char_start - 1] == "\n"
        assert source.strip(), "empty unit"
        assert not source.startswith("\n") and source == source.rstrip()
        assert all(len(p) <= 81 for p in unit.path), unit.path
        previous_end = unit.char_end


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_every_meaningful_line_is_covered(name: str) -> None:
    """Nothing a user could ask about is dropped: every line with real content is
    inside a unit or is a heading carried in the units' paths."""
    text = sample_text(name)
    units = sample_units(name)
    starts = [u.char_start for u in units]
    # headings are compared without spaces: a settore may be written the org-chart way
    path_texts = {p.rstrip("…").replace(" ", "") for u in units for p in u.path}
    # table header rows are repeated inside every rendered row ("COLUMN: value")
    rendered_words = {w for u in units if u.rendered for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", u.rendered)}
    for line in split_lines(text):
        words = re.findall(r"[A-Za-zÀ-ÿ]{3,}", line.clean)
        if len(words) < 4:
            continue  # page furniture, headers of tables, lone labels
        covered = any(u.char_start <= line.start < u.char_end for u in units[max(0, _bisect(starts, line.start) - 1):][:2])
        squeezed = line.clean.replace(" ", "")
        in_path = any(squeezed.startswith(p) or p.startswith(squeezed[:50]) for p in path_texts)
        in_rendered = all(w in rendered_words for w in words)
        assert covered or in_path or in_rendered, f"line {line.idx} dropped: {line.clean[:80]!r}"


def _bisect(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


# ---------------------------------------------------------- objective blocks


def test_objective_blocks_one_unit_per_first_level_objective() -> None:
    text = sample_text(MAGNAGO)
    # a person counts the blocks by their opening label
    expected = text.count("OBIETTIVO OPERATIVO DI 1° LIVELLO")
    objectives = of_kind(sample_units(MAGNAGO), UnitKind.OBJECTIVE)
    assert expected == 91
    assert len(objectives) == expected
    for unit in objectives:
        assert text[unit.char_start: unit.char_end].startswith("OBIETTIVO OPERATIVO DI 1° LIVELLO")


def test_objective_block_fields_villa_oliva() -> None:
    unit = find(sample_units(MAGNAGO), UnitKind.OBJECTIVE, "Completamento del primo piano di Villa Oliva")
    f = unit.fields
    assert f["responsabile"] == "Responsabile Area Lavori Pubblici"
    assert f["settore"] == "Area Lavori Pubblici"
    assert f["codice"] == "1.2.2"
    assert f["obiettivo_strategico"].startswith("1.2.2 Riqualificazione e valorizzazione")
    assert f["motivazione"] == "Innovare e ottimizzare gli spazi idonei da utilizzare per la cittadinanza"
    assert f["fasi"] == "Individuare le risorse finanziarie per valorizzare il patrimonio immobiliare — Da gennaio a dicembre"
    assert unit.path[-1].startswith("Completamento del primo piano di Villa Oliva")


def test_objective_block_fields_phases_and_optional_labels() -> None:
    units = sample_units(MAGNAGO)
    pgt = find(units, UnitKind.OBJECTIVE, "Aggiornamento del PGT")
    assert pgt.fields["fasi"] == "Stesura del crono programma ed esecuzione di verifiche periodiche — 2025/2026"
    assert pgt.fields["valore_atteso"] == "Definire l'assetto dell'intero territorio comunale"
    sport = find(units, UnitKind.OBJECTIVE, "Miglioramento e messa a norma delle dotazioni impiantistiche")
    assert sport.fields["area_strategica"] == "3.1 Sport e cultura"
    students = find(units, UnitKind.OBJECTIVE, "Realizzazione di incontri con gli studenti")
    assert students.fields["responsabile_politico"] == "Assessore alla Sicurezza"
    assert students.fields["fasi"].count("\n") == 1  # two second-level phases
    # "5.3.3.Sostegno ..." -> code without the trailing dot
    disability = find(units, UnitKind.OBJECTIVE, "Interventi di sostegno per i cittadini con disabilità")
    assert disability.fields["codice"] == "5.3.3"


def test_synthetic_labelled_blocks_with_other_labels() -> None:
    text = "\n".join(
        [
            "PIANO DELLA PERFORMANCE 2025",
            "",
            "OBIETTIVO: Digitalizzazione delle pratiche edilizie",
            "RESPONSABILE: Dirigente Settore Tecnico",
            "INDICATORE: numero di pratiche digitalizzate",
            "TARGET: 500",
            "",
            "OBIETTIVO: Riduzione dei tempi medi di pagamento delle fatture",
            "RESPONSABILE: Responsabile Area Finanziaria",
            "INDICATORE: tempo medio di pagamento",
            "TARGET: 30 giorni",
            "SCADENZA: 31/12/2025",
            "",
            "OBIETTIVO: Nuovo regolamento del verde pubblico",
            "RESPONSABILE: Responsabile Servizio Ambiente",
            "INDICATORE: approvazione in Consiglio",
            "TARGET: entro giugno",
        ]
    )
    assert detect_layout(text) == LayoutKind.OBJECTIVE_BLOCKS
    objectives = of_kind(parse_structure(text, LayoutKind.OBJECTIVE_BLOCKS), UnitKind.OBJECTIVE)
    assert [u.title for u in objectives] == [
        "Digitalizzazione delle pratiche edilizie",
        "Riduzione dei tempi medi di pagamento delle fatture",
        "Nuovo regolamento del verde pubblico",
    ]
    first, second, third = (u.fields for u in objectives)
    assert first["responsabile"] == "Dirigente Settore Tecnico"
    assert first["settore"] == "Settore Tecnico"
    assert first["indicatori"] == "numero di pratiche digitalizzate — 500"
    assert second["settore"] == "Area Finanziaria"
    assert second["scadenza"] == "31/12/2025"
    assert third["indicatori"] == "approvazione in Consiglio — entro giugno"


# ------------------------------------------------------------ objective table


def test_objective_table_one_unit_per_data_row() -> None:
    text = sample_text(MAGENTINO)
    # Every non-blank line with a TAB belongs to a table. A person counts the data
    # rows as: table lines - header rows (the ones naming the column "OBIETTIVI
    # STRATEGICI", repeated under each "Missione" heading) - separator rows ("--").
    table_lines = [ln for ln in text.split("\n") if "\t" in ln and ln.strip()]
    headers = [ln for ln in table_lines if "OBIETTIVI STRATEGICI" in ln]
    separators = [ln for ln in table_lines if not re.search(r"\w", ln)]
    expected = len(table_lines) - len(headers) - len(separators)
    assert (len(table_lines), len(headers), len(separators)) == (79, 10, 1)
    rows = of_kind(sample_units(MAGENTINO), UnitKind.TABLE_ROW)
    assert len(rows) == expected == 68
    assert not of_kind(sample_units(MAGENTINO), UnitKind.SECTION)  # only headings outside tables


def test_objective_table_row_fields_and_rendering() -> None:
    row = find(sample_units(MAGENTINO), UnitKind.TABLE_ROW, "Gestire con efficienza ed efficacia gli impianti sportivi")
    f = row.fields
    assert f["codice"] == "06.01"
    assert f["titolo"] == "Gestire con efficienza ed efficacia gli impianti sportivi"
    assert f["obiettivo_strategico"] == (
        "SPORT: PARTECIPAZIONE. EDUCAZIONE E BENESSERE Rafforzare il ruolo strategico dello sport"
    )
    assert f["area_strategica"] == "CITTA' SOLIDALE"
    assert f["stakeholder"] == "cittadinanza, associazioni sportive dilettantistiche e non"
    assert f["scadenza"] == "2024, 2025, 2026"
    assert f["indicatori"].startswith("Revisione autorizzazione all'utilizzo palestre")
    assert row.path[0] == "Missione 06 - Politiche giovanili, sport e tempo libero"
    assert row.path[1].startswith("06.01 Gestire con efficienza")
    assert row.rendered is not None
    lines = row.rendered.split("\n")
    assert "PROGRAMMI: 06.01" in lines
    assert "ANNUALITÀ: 2024, 2025, 2026" in lines
    assert not any("<b>" in ln or "&amp;" in ln for ln in lines)


def test_objective_table_html_entities_and_single_year() -> None:
    row = find(sample_units(MAGENTINO), UnitKind.TABLE_ROW, "Sviluppare azioni positive")
    assert row.fields["obiettivo_strategico"] == "LEGALITA' & TRASPARENZA Garantire la legalità"
    assert row.fields["codice"] == "01.10"
    assert row.fields["scadenza"] == "2024"


def test_objective_table_rows_with_missing_or_merged_cells_are_aligned() -> None:
    units = sample_units(MAGENTINO)
    # a row with one cell less than its header: the indirizzo is recognised by value
    nido = find(units, UnitKind.TABLE_ROW, "Garantire un efficientamento nella gestione dell'asilo nido")
    assert nido.fields["codice"] == "04.06"
    assert nido.fields["area_strategica"] == "CITTA' SOLIDALE"
    # a row with one cell more than its header takes the wider header of the document
    light = find(units, UnitKind.TABLE_ROW, "Migliorare l'illuminazione stradale")
    assert light.fields["codice"] == "10.05"
    assert light.fields["area_strategica"] == "VALORIZZAZIONE E RAZIONALIZZAZIONE"
    # a row with a missing first cell stays in the table
    sport = find(units, UnitKind.TABLE_ROW, "Valorizzare la pratica sportiva")
    assert sport.fields["codice"] == "06.01"
    assert "area_strategica" not in sport.fields


def test_synthetic_table_without_bold_header() -> None:
    text = "\n".join(
        [
            "# Obiettivi operativi 2025",
            "",
            "CODICE\tOBIETTIVO\tRESPONSABILE\tINDICATORE\tTARGET",
            "A.1\tRidurre i tempi di rilascio delle autorizzazioni\tSettore Tecnico\tgiorni medi\t30",
            "A.2\tAttivare lo sportello digitale\tSettore Servizi Demografici\tpratiche online\t200",
            "",
            "A.3\tAggiornare il regolamento TARI\tSettore Tributi\tapprovazione\tentro 30/06/2025",
        ]
    )
    assert detect_layout(text) == LayoutKind.OBJECTIVE_TABLE
    rows = of_kind(parse_structure(text, LayoutKind.OBJECTIVE_TABLE), UnitKind.TABLE_ROW)
    assert len(rows) == 3
    assert rows[0].fields["codice"] == "A.1"
    assert rows[0].fields["responsabile"] == "Settore Tecnico"
    assert rows[2].fields["indicatori"] == "approvazione — entro 30/06/2025"
    assert rows[1].path == ("Obiettivi operativi 2025", "A.2 Attivare lo sportello digitale")


# -------------------------------------------------------------- sector pages


def test_org_chart_maps_settore_to_titolare() -> None:
    text = sample_text(PERFORMANCE)
    org = of_kind(sample_units(PERFORMANCE), UnitKind.ORG_CHART)
    assert len(org) == text.count("\ttitolare") == 9
    by_settore = {u.fields["settore"]: u for u in org}
    spazio = by_settore["05. SPAZIO CITTA'"]
    assert spazio.fields["titolare"] == "RUGGIERI Elisabetta"
    assert spazio.fields["periodo_incarico"] == "01/01/2024 - 31/12/2024"
    assert spazio.path[-1] == "05. SPAZIO CITTA'"
    assert "Struttura organizzativa" in spazio.path
    assert by_settore["02. FINANZIARIO E TRIBUTI"].fields["periodo_incarico"] == "01/01/2024 - 30/04/2024"
    assert by_settore["00. SEGRETARIO GENERALE"].fields["titolare"] == "BRAMBILLA Fabrizio"
    assert all(len(text[u.char_start: u.char_end]) < 200 for u in org if "SEGRETARIO" not in u.fields["settore"])


def test_sector_detail_pages_one_objective_each() -> None:
    text = sample_text(PERFORMANCE)
    objectives = of_kind(sample_units(PERFORMANCE), UnitKind.OBJECTIVE)
    # every detail page ends with its list of participating employees
    assert len(objectives) == text.count("dipendenti che partecipano all'obiettivo") == 36
    for unit in objectives:
        assert unit.fields.get("settore"), unit.title
        assert unit.title
        assert "dipendenti che partecipano all'obiettivo" in text[unit.char_start: unit.char_end]


def test_sector_detail_page_fields() -> None:
    units = sample_units(PERFORMANCE)
    aree = find(units, UnitKind.OBJECTIVE, "ANALISI STRAORDINARIA DELLE AREE FABBRICABILI")
    f = aree.fields
    assert f["codice"] == "Rif. DUP 1.1.5"
    assert f["titolo"] == "ANALISI STRAORDINARIA DELLE AREE FABBRICABILI - OBIETTIVO PLURIENNALE fase 1 di 2"
    assert f["settore"] == "02. FINANZIARIO E TRIBUTI"
    assert f["area_strategica"] == "01. AMMINISTRAZIONE, FINANZA PUBBLICA E BILANCIO"
    assert f["obiettivo_strategico"] == "01.1 - PROGETTO RISORSE FINANZIARIE"
    assert f["scadenza"] == "31/12/2024"
    # the last line of the file has no newline: it must not be lost
    assert f["dipendenti"] == "GAMBA Sara\nLOCATELLI Silvia\nMAURI Claudia\nBONOMETTI Mauro"
    indicators = f["indicatori"].split("\n")
    assert "% rispetto fasi e tempi — 100%" in indicators
    assert "analisi straordinaria aree fabbricabili — 50%" in indicators
    assert "aree fabbricabili mappate" in indicators
    assert f["motivazione"].startswith("In un'ottica di trasparenza e anticorruzione")
    assert aree.path == ("02. FINANZIARIO E TRIBUTI", aree.path[1])

    bilancio = find(units, UnitKind.OBJECTIVE, "UN BILANCIO SANO")
    assert bilancio.path == ("02. FINANZIARIO E TRIBUTI", "UN BILANCIO SANO")
    assert bilancio.fields["codice"] == "Rif. DUP 1.1.1. - 1.1.5"
    assert "n. sessioni formative interne (1 sessione per ciascun Settore di n.2 h/sessione) — 7" in bilancio.fields["indicatori"].split("\n")

    processi = find(units, UnitKind.OBJECTIVE, "Individuazione dei processi di natura mista")
    assert processi.fields["codice"] == "rif DUP 1.2.4"
    assert processi.fields["settore"] == "05. SPAZIO CITTA'"
    phases = processi.fields["fasi"].split("\n")
    assert phases[0] == "Analisi dei processi da digitalizzare e individuazione di quali digitalizzare nel 2024 — GENNAIO – MARZO"
    assert "N. di processi revisionati e digitalizzati — 6" in processi.fields["indicatori"].split("\n")
    # a radio-button indicator row carries its target inline
    contratti = find(units, UnitKind.OBJECTIVE, "FORMAZIONE INTERNA AL PERSONALE DIPENDENTE IN MATERIA DI NUOVO CODICE")
    assert "Predisposizione modulistica - attesi n. 7 documenti — 7" in contratti.fields["indicatori"].split("\n")
    # an objective that starts with its code line, without labels, right after the previous one
    nati = find(units, UnitKind.OBJECTIVE, 'AVVIO DEL PRESIDIO "NATI PER LEGGERE"')
    assert nati.fields["codice"] == "Rif. DUP 7.2.1."
    assert nati.fields["settore"] == "04. CULTURA, SPORT E VALORIZZAZIONE TURISTICA"


def test_sector_summary_entries() -> None:
    text = sample_text(PERFORMANCE)
    summary = of_kind(sample_units(PERFORMANCE), UnitKind.SUMMARY)
    # one entry per "da realizzare entro il ..." statement of the overview
    assert len(summary) == text.count("da realizzare entro il") == 36
    gradimento = find(summary, UnitKind.SUMMARY, "Indagine di gradimento sul nuovo sportello online Insieme")
    assert gradimento.fields["settore"] == "05. SPAZIO CITTA'"
    assert gradimento.fields["codice"] == "rif. DUP 1.2.2"
    assert gradimento.fields["scadenza"] == "31/12/2024"
    assert gradimento.path == (
        "01. AMMINISTRAZIONE, FINANZA PUBBLICA E BILANCIO",
        "01.2 - PROGETTO PARTECIPAZIONE DEI CITTADINI E TRASPARENZA",
    )
    # the date can sit on its own line after "da realizzare entro il"
    verde = find(summary, UnitKind.SUMMARY, "CENSIMENTO DEL VERDE")
    assert verde.fields["scadenza"] == "31/12/2024"
    # written "06.GOVERNO ..." in the overview, normalised to the org chart's spelling
    assert verde.fields["settore"] == "06. GOVERNO DEL TERRITORIO E AMBIENTE"
    # the coordinating settore listed after the deadline stays with its entry
    prevenzione = find(summary, UnitKind.SUMMARY, "PREVENZIONE DELLA CORRUZIONE E CONTROLLI")
    assert prevenzione.fields["settore"] == "01. AFFARI GENERALI"
    assert "Settore a cui è affidato il coordinamento" in text[prevenzione.char_start: prevenzione.char_end]


def test_sector_pages_strategic_lines_are_sections() -> None:
    sections = of_kind(sample_units(PERFORMANCE), UnitKind.SECTION)
    scuola = [u for u in sections if u.path and u.path[-1] == "06. SCUOLA ED ISTRUZIONE"]
    assert len(scuola) == 1
    assert "linee strategiche" in scuola[0].path
    source = sample_text(PERFORMANCE)[scuola[0].char_start: scuola[0].char_end]
    assert "Ass. R. Stavola" in source
    assert "La scuola, insieme alla famiglia, rappresenta la base culturale" in source


# ------------------------------------------------------------------ generic


def test_generic_sections_follow_heading_hierarchy() -> None:
    units = sample_units(CREMOSANO)
    assert all(u.kind == UnitKind.SECTION for u in units)
    cura = find(units, UnitKind.SECTION, "1. Cura del territorio")
    # "Sezione 2: ..." heads the whole document without text of its own: it is not
    # repeated in every path; "2.1 Valore Pubblico" has text of its own and stays
    assert cura.path == ("2.1 Valore Pubblico", "Priorità strategiche", "1. Cura del territorio")
    titles = [u.title for u in units if u.title and re.match(r"^\d+\. ", u.title)]
    assert len(titles) == 12  # the twelve strategic priorities


def test_generic_keyword_headings_and_tags() -> None:
    units = sample_units(VALORE_2023)
    industria = [
        u for u in units
        if "Favorire insediamenti produttivi" in sample_text(VALORE_2023)[u.char_start: u.char_end]
    ]
    assert len(industria) == 1
    path = industria[0].path
    assert path[-1].startswith("OBIETTIVO STRATEGICO DI MANDATO – PROGETTO 8.2 INDUSTRIA")
    assert any(p.startswith("MISSIONE 14") for p in path)


SYNTHETIC_NUMBERED = """PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027

1. Premessa

Il presente Piano integra gli strumenti di programmazione dell'ente e descrive come il Comune crea valore pubblico per cittadini e imprese.

2. Obiettivi di valore pubblico

Gli obiettivi sono organizzati per ambiti di benessere, coerenti con il Documento Unico di Programmazione.

2.1 Benessere economico

Sostenere le imprese locali attraverso la semplificazione amministrativa e la riduzione dei tempi dei procedimenti.
- riduzione dei tempi del SUAP a 20 giorni
- apertura di uno sportello per le imprese

2.2 Benessere sociale

Rafforzare la rete dei servizi sociali con particolare attenzione agli anziani soli e alle famiglie fragili.

3. Organizzazione del lavoro

Il lavoro agile è disciplinato da un regolamento approvato dalla Giunta e riguarda il 30% del personale.
"""


def test_generic_parser_on_unknown_numbered_layout() -> None:
    assert detect_layout(SYNTHETIC_NUMBERED) == LayoutKind.GENERIC
    units = parse_structure(SYNTHETIC_NUMBERED, LayoutKind.GENERIC)
    by_title = {u.title: u for u in units}
    assert by_title["2.1 Benessere economico"].path == ("2. Obiettivi di valore pubblico", "2.1 Benessere economico")
    assert by_title["3. Organizzazione del lavoro"].path == ("3. Organizzazione del lavoro",)
    economico = SYNTHETIC_NUMBERED[by_title["2.1 Benessere economico"].char_start: by_title["2.1 Benessere economico"].char_end]
    assert economico.startswith("2.1 Benessere economico")
    assert economico.endswith("apertura di uno sportello per le imprese")  # the list stays with its heading
    assert "2.2 Benessere sociale" in by_title


SYNTHETIC_NO_TABS = """SEZIONE 2 VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE
Il Comune individua gli obiettivi di valore pubblico a partire dalle linee di mandato.
OBIETTIVO STRATEGICO 1 - Comune digitale
Digitalizzare i servizi al cittadino e integrare le piattaforme nazionali PagoPA, SPID e App IO.
Entro il 2026 tutti i procedimenti dell'anagrafe saranno disponibili online.
OBIETTIVO STRATEGICO 2 - Comune sostenibile
Ridurre i consumi energetici degli edifici comunali del 15% rispetto al 2023.
"""


def test_generic_parser_on_text_without_tabs_or_blank_lines() -> None:
    assert detect_layout(SYNTHETIC_NO_TABS) == LayoutKind.GENERIC
    units = parse_structure(SYNTHETIC_NO_TABS, LayoutKind.GENERIC)
    titles = [u.title for u in units]
    assert "OBIETTIVO STRATEGICO 1 - Comune digitale" in titles
    assert "OBIETTIVO STRATEGICO 2 - Comune sostenibile" in titles
    digitale = units[titles.index("OBIETTIVO STRATEGICO 1 - Comune digitale")]
    assert digitale.path[0] == "SEZIONE 2 VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE"
    assert "anagrafe saranno disponibili online" in SYNTHETIC_NO_TABS[digitale.char_start: digitale.char_end]


def test_specific_layout_falls_back_to_generic_when_nothing_matches() -> None:
    units = parse_structure(SYNTHETIC_NUMBERED, LayoutKind.OBJECTIVE_TABLE)
    assert units and all(u.kind == UnitKind.SECTION for u in units)
    assert parse_structure("", LayoutKind.GENERIC) == []


def test_clean_text_removes_markup() -> None:
    assert clean_text("<b>LEGALITA' &amp; TRASPARENZA</b>\t **x**") == "LEGALITA' & TRASPARENZA x"


# ------------------------------------------------- other renderings of a text


def test_word_like_text_without_blank_lines_keeps_the_structure() -> None:
    """Word documents give one line per paragraph and no blank lines."""
    for name, kind, expected in [
        (MAGNAGO, UnitKind.OBJECTIVE, 91),
        (MAGENTINO, UnitKind.TABLE_ROW, 68),
        (PERFORMANCE, UnitKind.OBJECTIVE, 36),
        (PERFORMANCE, UnitKind.SUMMARY, 36),
    ]:
        text = re.sub(r"\n[ \t\f]*\n+", "\n", sample_text(name))
        units = parse_structure(text, detect_layout(text))
        assert len(of_kind(units, kind)) == expected, (name, kind)
    text = re.sub(r"\n[ \t\f]*\n+", "\n", sample_text(PERFORMANCE))
    units = parse_structure(text, detect_layout(text))
    gradimento = find(units, UnitKind.SUMMARY, "Indagine di gradimento sul nuovo sportello online Insieme")
    assert gradimento.fields["settore"] == "05. SPAZIO CITTA'"
    aree = find(units, UnitKind.OBJECTIVE, "ANALISI STRAORDINARIA DELLE AREE FABBRICABILI")
    assert aree.fields["codice"] == "Rif. DUP 1.1.5"
    assert "MAURI Claudia" in aree.fields["dipendenti"]


def test_pdf_like_text_with_space_gaps_and_wrapped_lines() -> None:
    """PDF extraction: tabs become runs of spaces, long lines wrap, no blank lines."""
    docgen = pytest.importorskip("tests.docgen")
    pytest.importorskip("ingest.loaders")
    import tempfile

    from ingest.loaders import load_document

    with tempfile.TemporaryDirectory() as tmp:
        pages = docgen.split_into_pages(sample_text(MAGNAGO), 4)
        doc = load_document(docgen.make_pdf(pages, Path(tmp) / "blocks.pdf"))
        units = parse_structure(doc.text, detect_layout(doc.text))
        objectives = of_kind(units, UnitKind.OBJECTIVE)
        assert len(objectives) == sum(p.count("OBIETTIVO OPERATIVO DI 1° LIVELLO") for p in pages)
        first = objectives[0].fields
        assert first["responsabile"] == "Responsabile Area Risorse"
        assert first["codice"] == "1.1.1"
        assert first["titolo"].endswith("argomenti particolarmente rilevanti")  # a wrapped title
        assert "— 01/02-31/12 2025-26-27" in first["fasi"]

        pages = docgen.split_into_pages(sample_text(MAGENTINO), 10)
        doc = load_document(docgen.make_pdf(pages, Path(tmp) / "table.pdf"))
        # pieces of wrapped rows look like "LABEL   value" lines: still a table
        assert detect_layout(doc.text) == LayoutKind.OBJECTIVE_TABLE
        rows = of_kind(parse_structure(doc.text, detect_layout(doc.text)), UnitKind.TABLE_ROW)
        assert len(rows) >= 40
        assert rows[0].fields["codice"] == "01.01"
        assert rows[0].fields["titolo"] == "Assicurare sostegno e valorizzazione del ruolo della società civile"
        assert rows[0].fields["scadenza"] == "2024, 2025, 2026"


def test_numbered_objective_labels_open_blocks() -> None:
    text = "\n".join(
        [
            "Obiettivo 1 - Digitalizzare l'archivio storico",
            "Responsabile: Settore Affari Generali",
            "Indicatore: fascicoli digitalizzati",
            "Target: 2.000",
            "",
            "Obiettivo 2 - Ridurre i tempi di risposta",
            "Responsabile: Settore Servizi al Cittadino",
            "Indicatore: giorni medi di risposta",
            "Target: 15",
            "",
            "Obiettivo 3 - Formare il personale",
            "Responsabile: Ufficio Personale",
            "Indicatore: ore di formazione pro capite",
            "Target: 12",
        ]
    )
    assert detect_layout(text) == LayoutKind.OBJECTIVE_BLOCKS
    objectives = of_kind(parse_structure(text, LayoutKind.OBJECTIVE_BLOCKS), UnitKind.OBJECTIVE)
    assert [u.fields["titolo"] for u in objectives] == [
        "Digitalizzare l'archivio storico", "Ridurre i tempi di risposta", "Formare il personale",
    ]
    assert objectives[0].fields["responsabile"] == "Settore Affari Generali"
    assert objectives[2].fields["indicatori"] == "ore di formazione pro capite — 12"


def test_org_chart_table_with_an_offices_column_and_an_interim_head() -> None:
    # "Uffici e servizi" names the unit's offices; a vacant post names its interim head
    text = "\n".join(
        [
            "Struttura organizzativa",
            "Area\tResponsabile (E.Q.)\tUffici e servizi",
            "Area Tecnica\ting. Davide Ronchetti\tLavori pubblici; Manutenzioni",
            "Area Finanziaria\trag. Lorena Pasotti\tRagioneria; Tributi",
            "Area Servizi alla persona\tad interim: il Segretario comunale (dott.ssa Marta Ferrini)\tServizi sociali",
        ]
    )
    org = of_kind(parse_structure(text, detect_layout(text)), UnitKind.ORG_CHART)
    assert [(u.fields["settore"], u.fields["titolare"]) for u in org] == [
        ("Area Tecnica", "Davide Ronchetti"),
        ("Area Finanziaria", "Lorena Pasotti"),
        ("Area Servizi alla persona", "Marta Ferrini"),
    ]
    assert org[0].fields["servizi"] == "Lavori pubblici; Manutenzioni"


def test_org_chart_table_whose_other_columns_name_a_grade_and_a_count() -> None:
    # "N. addetti" names a column, never a value in it: with the office and its head, a header
    text = "\n".join(
        [
            "Assetto organizzativo",
            "Struttura\tResponsabile\tCategoria/Qualifica\tN. addetti",
            "Servizio Entrate\trag. Nadia Curti\tFunzionario contabile\t4",
            "Ufficio Cultura e Sport\tdott. Pietro Lazzaro\tFunzionario amministrativo\t2",
            "Totale\t\t\t6",
        ]
    )
    org = of_kind(parse_structure(text, detect_layout(text)), UnitKind.ORG_CHART)
    assert [(u.fields["settore"], u.fields["titolare"], u.fields.get("organico")) for u in org] == [
        ("Servizio Entrate", "Nadia Curti", "4"),
        ("Ufficio Cultura e Sport", "Pietro Lazzaro", "2"),
    ]


def test_a_label_qualified_by_its_planning_document_is_the_label() -> None:
    from ingest.structure.vocabulary import canonical_key

    assert canonical_key("Linea strategica DUP") == canonical_key("Linea strategica")
    assert canonical_key("Obiettivo strategico del DUP") == canonical_key("Obiettivo strategico")


def test_org_chart_as_table_rows() -> None:
    text = "\n".join(
        [
            "Organigramma",
            "",
            "SETTORE\tRESPONSABILE\tDAL\tAL",
            "Settore Tecnico\tMario ROSSI\t01/01/2025\t31/12/2025",
            "Settore Finanziario\tBIANCHI Anna Maria\t01/03/2025\t31/12/2025",
        ]
    )
    org = of_kind(parse_structure(text, detect_layout(text)), UnitKind.ORG_CHART)
    assert [(u.fields["settore"], u.fields["titolare"]) for u in org] == [
        ("Settore Tecnico", "Mario ROSSI"),
        ("Settore Finanziario", "BIANCHI Anna Maria"),
    ]
    assert org[1].fields["periodo_incarico"] == "01/03/2025 - 31/12/2025"
    assert org[0].path == ("Organigramma", "Settore Tecnico")


def test_running_headers_are_not_headings() -> None:
    page = "PIAO 2025-2027 - Comune di Testolandia\n\n{body}\n\nPagina {n}"
    bodies = [
        "1. Premessa\n\nIl piano descrive come il Comune crea valore pubblico per i cittadini.",
        "2. Obiettivi\n\nGli obiettivi sono coerenti con il DUP e con il bilancio di previsione.",
        "3. Organizzazione\n\nIl lavoro agile riguarda una parte del personale comunale.",
        "4. Monitoraggio\n\nIl monitoraggio avviene due volte all'anno a cura del Nucleo.",
    ]
    text = "\n\f\n".join(page.format(body=b, n=n) for n, b in enumerate(bodies, start=1))
    units = parse_structure(text, LayoutKind.GENERIC)
    titles = [u.title for u in units]
    assert "PIAO 2025-2027 - Comune di Testolandia" not in titles
    organizzazione = [u for u in units if u.title == "3. Organizzazione"]
    assert organizzazione and organizzazione[0].path == ("3. Organizzazione",)


UNKNOWN_LAYOUT = """COMUNE DI TESTOLANDIA
PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027

SOTTOSEZIONE 2.2 PERFORMANCE

Premessa
Gli obiettivi di performance organizzativa discendono dagli obiettivi strategici del DUP e sono assegnati ai settori.

N.\tObiettivo\tSettore\tIndicatore\tTarget 2025\tPeso
1\tRiduzione dei tempi di pagamento delle fatture\tSettore Finanziario\tgiorni medi di pagamento\t≤ 30\t20
2\tDigitalizzazione delle pratiche edilizie\tSettore Tecnico\tpratiche presentate online\t100%\t30
3\tPiano della formazione del personale\tSegreteria Generale\tore di formazione pro capite\t12\t10

SOTTOSEZIONE 2.3 RISCHI CORRUTTIVI E TRASPARENZA
Le misure di prevenzione sono descritte nell'allegato A.
"""


def test_unknown_layout_with_a_different_objective_table() -> None:
    layout = detect_layout(UNKNOWN_LAYOUT)
    units = parse_structure(UNKNOWN_LAYOUT, layout)
    rows = of_kind(units, UnitKind.TABLE_ROW)
    assert len(rows) == 3
    first = rows[0]
    assert first.fields["titolo"] == "Riduzione dei tempi di pagamento delle fatture"
    assert first.fields["settore"] == "Settore Finanziario"
    assert first.fields["indicatori"] == "giorni medi di pagamento — ≤ 30"
    assert first.path[-1] == "1 Riduzione dei tempi di pagamento delle fatture"
    assert any(p.startswith("SOTTOSEZIONE 2.2") for p in first.path)
    assert first.rendered is not None and "Peso: 20" in first.rendered
    sections = of_kind(units, UnitKind.SECTION)
    rischi = [u for u in sections if u.title and u.title.startswith("SOTTOSEZIONE 2.3")]
    assert len(rischi) == 1


def test_blocks_with_an_indicator_table_inside_stay_blocks() -> None:
    block = (
        "OBIETTIVO: {title}\n"
        "RESPONSABILE: Responsabile Area {area}\n"
        "INDICATORE\tVALORE INIZIALE\tTARGET\n"
        "{ind} pratiche\t10\t{target}\n"
        "tempo medio\t40 giorni\t30 giorni\n"
    )
    text = "\n".join(
        block.format(title=t, area=a, ind=i, target=g)
        for t, a, i, g in [
            ("Digitalizzare lo sportello edilizia", "Tecnica", "numero", "100"),
            ("Ridurre i tempi di pagamento", "Finanziaria", "fatture", "200"),
            ("Potenziare la biblioteca", "Cultura", "prestiti", "300"),
        ]
    )
    assert detect_layout(text) == LayoutKind.OBJECTIVE_BLOCKS
    units = parse_structure(text, LayoutKind.OBJECTIVE_BLOCKS)
    assert [u.kind for u in units] == [UnitKind.OBJECTIVE] * 3
    assert units[1].fields["settore"] == "Area Finanziaria"
    # (each indicator with the value it starts from, as its row gives it)
    assert units[1].fields["indicatori"].split("\n") == [
        "fatture pratiche – baseline 10 — 200", "tempo medio – baseline 40 giorni — 30 giorni"]


def test_an_objective_titled_by_a_long_heading_keeps_its_whole_title(tmp_path: Path) -> None:
    from ingest.loaders import load_document

    # the breadcrumb shortens a long heading; the objective's title (what records and
    # answers show) is the heading whole
    heading = ("Obiettivo 1 – Presidiare il territorio in stretta collaborazione con le Forze "
               "dell'Ordine e con i cittadini, organizzando presidi fissi nelle piazze")
    blocks = [heading, "Obiettivo 2 – Decoro urbano", "Obiettivo 3 – Biblioteca aperta"]
    body = "".join(f"### {h}\n\n**Obiettivo strategico:** 2.2.1 Città sicura\n\n**Responsabile:** Area {i}\n\n"
                   for i, h in enumerate(blocks, 1))
    path = tmp_path / "valprova_piao-2026-2028.md"
    path.write_text(f"# Comune di Valprova – PIAO 2026-2028\n\n## Obiettivi operativi\n\n{body}", encoding="utf-8")
    text = load_document(path).text
    units = of_kind(parse_structure(text, LayoutKind.OBJECTIVE_BLOCKS), UnitKind.OBJECTIVE)
    assert [u.fields.get("titolo") for u in units] == [b.split(" – ", 1)[1] for b in blocks]
    assert [u.fields.get("codice") for u in units] == ["1", "2", "3"]
    assert all(len(c) <= 80 for c in units[0].path)


def test_an_office_named_as_head_ends_with_its_sentence_not_at_an_abbreviation_or_a_semicolon() -> None:
    from ingest.structure.block_fields import settore_from_responsabile

    assert settore_from_responsabile(
        "Responsabile: la Responsabile ad interim dell'Area Servizi alla Persona. I centri estivi hanno accolto 145 "
        "bambini") == "Area Servizi alla Persona"
    assert settore_from_responsabile("Responsabile del Settore LL. PP. e Ambiente") == "Settore LL. PP. e Ambiente"
    # (offices joined by a semicolon are several offices, told apart later, not a sentence's end)
    assert settore_from_responsabile("Responsabile del Settore Tecnico; Servizio Ambiente") == (
        "Settore Tecnico; Servizio Ambiente")


def test_the_municipal_police_is_an_office_without_a_kind_word() -> None:
    # every comune has it and names it bare: "Polizia Locale", not "Servizio di …"
    text = "\n".join([
        "3.1 Organigramma",
        "Servizio Finanziario ........................ rag. Ilaria Tomassoni (EQ) – 4 unità",
        "Polizia Locale .............................. comm. Piero Vallesi (Comandante, EQ) – 6 unità",
        "Corpo di Polizia municipale associato ....... isp. Rita Santoni – 9 unità",
    ])
    units = parse_structure(text, detect_layout(text))
    heads = {u.fields["settore"]: u.fields.get("titolare") for u in units if u.kind == UnitKind.ORG_CHART}
    assert heads == {"Servizio Finanziario": "Ilaria Tomassoni", "Polizia Locale": "Piero Vallesi",
                     "Corpo di Polizia municipale associato": "Rita Santoni"}


def test_a_period_column_is_a_whole_period_name() -> None:
    # a schedule's columns: quarters, halves, months, years; not words that open alike
    from ingest.structure.tables import PERIOD_COLUMN_RE

    assert all(PERIOD_COLUMN_RE.match(c) for c in ("I trim 2026", "2° semestre", "gen 2026", "Settembre", "2027"))
    assert not any(PERIOD_COLUMN_RE.match(c) for c in ("Settore", "Semplificazione", "Generale", "Trimestrale"))
