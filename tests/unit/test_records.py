"""Rule-based objective records: the model, sources, and layouts the samples do not have."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ingest.models import (
    Alignment,
    FieldSource,
    Indicator,
    LoadedDocument,
    ObjectiveRecord,
    Page,
    ParsedDocument,
    Phase,
    UnitKind,
)
from ingest.parse import parse_document
from ingest.records import item_pairs, record_ente, split_list

pytestmark = pytest.mark.unit


def parse(text: str, name: str = "testolandia_piao-2025-2027.txt") -> ParsedDocument:
    pages = text.split("\n\f\n")
    page_objs, offset = [], 0
    for n, p in enumerate(pages, start=1):
        page_objs.append(Page(number=n, text=p, char_start=offset))
        offset += len(p) + 3
    doc = LoadedDocument(
        file_name=name, source_path=name, content_hash="hash-" + str(len(text)), text=text,
        pages=tuple(page_objs),
    )
    return parse_document(doc)


def assert_sources_verbatim(parsed: ParsedDocument) -> None:
    """Every aligned value points at a slice of the text that holds its words."""
    text = parsed.document.text
    for r in parsed.records:
        assert r.source.char_start < r.source.char_end <= len(text)
        for path, src in r.sources.items():
            if src.alignment == Alignment.EXACT:
                assert text[src.char_start : src.char_end].strip(), path
            if src.alignment != Alignment.NONE:
                assert parsed.document.page_at(src.char_start) == src.page


# -- the model ----------------------------------------------------------------------------
def _record(**kw: object) -> ObjectiveRecord:
    src = FieldSource(doc_id="d.txt", page=1, char_start=0, char_end=10)
    base: dict[str, object] = {"id": "x", "doc_id": "d.txt", "titolo": "Titolo", "source": src}
    return ObjectiveRecord(**(base | kw))


def test_record_is_frozen_typed_and_round_trips_through_json() -> None:
    r = _record(
        fasi=(Phase(descrizione="Analisi", tempistica="GENNAIO"),),
        indicatori=(Indicator(nome="% rispetto fasi e tempi", target="100%"),),
        stakeholder=("cittadini",),
        sources={"titolo": FieldSource(doc_id="d.txt", page=1, char_start=0, char_end=6, alignment=Alignment.FUZZY)},
    )
    assert ObjectiveRecord.model_validate_json(r.model_dump_json()) == r
    with pytest.raises(ValidationError):
        r.titolo = "altro"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        _record(campo_inventato="x")
    with pytest.raises(ValidationError):
        FieldSource(doc_id="d", page=0, char_start=0, char_end=1)


def test_split_helpers() -> None:
    assert item_pairs("Analisi — GENNAIO\nReport") == [("Analisi", "GENNAIO"), ("Report", None)]
    assert split_list("cittadinanza, associazioni sportive; scuole", on_commas=True) == [
        "cittadinanza", "associazioni sportive", "scuole",
    ]
    assert split_list("ROSSI Mario\nBIANCHI Anna\nROSSI Mario", on_commas=False) == ["ROSSI Mario", "BIANCHI Anna"]


def test_ente_as_the_document_usually_writes_it() -> None:
    text = "Città di\nCassano d'Adda\n\nComune di Cassano D'Adda\n...\nComune di Cassano D'Adda"
    assert record_ente(text, "Cassano d'Adda") == "Comune di Cassano D'Adda"
    assert record_ente("nessuna menzione", "Testolandia") == "Testolandia"
    assert record_ente("x", None) is None


# -- layouts the samples do not have ----------------------------------------------------------
LABELLED_BLOCKS = "\n".join([
    "PIANO DELLA PERFORMANCE 2025",
    "Comune di Testolandia",
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
])


def test_labelled_blocks_become_records_with_sources() -> None:
    parsed = parse(LABELLED_BLOCKS)
    assert [r.titolo for r in parsed.records] == [
        "Digitalizzazione delle pratiche edilizie",
        "Riduzione dei tempi medi di pagamento delle fatture",
        "Nuovo regolamento del verde pubblico",
    ]
    first, second, _ = parsed.records
    assert first.ente == "Comune di Testolandia" and first.periodo == "2025-2027"
    assert first.responsabile == "Dirigente Settore Tecnico" and first.settore == "Settore Tecnico"
    assert first.indicatori == (Indicator(nome="numero di pratiche digitalizzate", target="500"),)
    assert second.scadenza == "31/12/2025"
    src = first.sources["responsabile"]
    assert src.alignment == Alignment.EXACT
    assert parsed.document.text[src.char_start : src.char_end] == "Dirigente Settore Tecnico"
    assert first.sources["periodo"].origin == "metadata"  # from the file name
    assert_sources_verbatim(parsed)


GENERIC_SECTIONS = """PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027
Comune di Testolandia

1. Premessa

Il piano descrive come il Comune crea valore pubblico. Il responsabile della trasparenza è il Segretario.

2. Obiettivi operativi

Gli obiettivi sono assegnati ai settori.

2.1 Digitalizzazione dell'archivio storico

Il progetto intende rendere consultabili online i fascicoli dell'archivio.
Responsabile: Settore Affari Generali
Indicatore: fascicoli digitalizzati
Target: 2.000
Scadenza: 31/12/2025

2.2 Riduzione dei tempi di pagamento

Responsabile: Settore Finanziario
Indicatore: giorni medi di pagamento
Target: 30 giorni

3. Organizzazione del lavoro

Il lavoro agile riguarda il 30% del personale.
"""


def test_generic_layout_finds_labelled_objectives_only() -> None:
    parsed = parse(GENERIC_SECTIONS)
    assert parsed.meta.layout.value == "generic"
    assert [(r.titolo, r.responsabile) for r in parsed.records] == [
        ("Digitalizzazione dell'archivio storico", "Settore Affari Generali"),
        ("Riduzione dei tempi di pagamento", "Settore Finanziario"),
    ]
    first = parsed.records[0]
    assert first.indicatori == (Indicator(nome="fascicoli digitalizzati", target="2.000"),)
    assert first.scadenza == "31/12/2025"
    assert first.settore == "Settore Affari Generali"  # the responsible is an office
    assert_sources_verbatim(parsed)


def test_numbered_objective_headings_in_a_generic_layout() -> None:
    text = (
        "SOTTOSEZIONE PERFORMANCE\n\nObiettivo 1 - Digitalizzare lo sportello edilizia\n"
        "Responsabile: Dirigente Area Tecnica\nIndicatore: pratiche online\nTarget: 100%\n\n"
        "Obiettivo 2 - Potenziare la biblioteca\nResponsabile: Responsabile Servizio Cultura\n"
        "Indicatore: prestiti annui\nTarget: 5.000\n"
    )
    records = parse(text).records
    assert [r.titolo for r in records] == ["Digitalizzare lo sportello edilizia", "Potenziare la biblioteca"]
    assert records[1].settore == "Servizio Cultura"
    assert records[0].indicatori[0].target == "100%"


def test_a_heading_title_ends_with_its_line() -> None:
    from ingest.structure import parse_block_fields, parse_label, split_lines

    lines = split_lines(
        "**Obiettivo operativo 2.1 – Videosorveglianza dei parcheggi**\n"
        "Le richieste di presidio riguardano le aree di sosta vicine alle scuole e gli accessi alla zona\n"
        "artigianale; il disciplinare è approvato entro marzo 2026.\n"
        "Indicatore: telecamere attive\n")
    by_line = {lb.line: lb for ln in lines if (lb := parse_label(ln))}
    fields = parse_block_fields(lines, 0, len(lines) - 1, by_line)
    # (a bold heading is the whole title: the paragraph under it is the body)
    assert fields["titolo"] == "Videosorveglianza dei parcheggi", fields


def test_a_line_going_on_an_open_parenthesis_is_no_label() -> None:
    text = (
        "SOTTOSEZIONE PERFORMANCE\n\n**Obiettivo operativo 2.1 – Videosorveglianza dei parcheggi**\n"
        "Le richieste di presidio riguardano le aree di sosta vicine alle scuole e gli accessi alla zona.\n"
        "Gli indicatori sono le telecamere attive (valore di partenza 2025: 18;\n"
        "target 2026: 26) e i controlli serali.\n"
    )
    # ("target 2026: 26)" goes on the sentence's parenthesis: no labelled field, no record
    # with the sentence's end for an indicator)
    assert not any("26)" in str(r.indicatori) for r in parse(text).records)


def test_an_objective_table_of_another_layout() -> None:
    text = (
        "SOTTOSEZIONE 2.2 PERFORMANCE\n\n"
        "N.\tObiettivo\tSettore\tIndicatore\tTarget 2025\tPeso\n"
        "1\tRiduzione dei tempi di pagamento delle fatture\tSettore Finanziario\tgiorni medi di pagamento\t≤ 30\t20\n"
        "2\tDigitalizzazione delle pratiche edilizie\tSettore Tecnico\tpratiche presentate online\t100%\t30\n"
        "3\tPiano della formazione del personale\tSegreteria Generale\tore di formazione pro capite\t12\t10\n"
    )
    records = parse(text).records
    assert len(records) == 3
    assert records[0].titolo == "Riduzione dei tempi di pagamento delle fatture"
    assert records[0].settore == "Settore Finanziario"
    assert records[0].indicatori == (Indicator(nome="giorni medi di pagamento", target="≤ 30"),)


def test_text_without_objectives_has_no_records() -> None:
    text = "Relazione\n\nIl Comune ha approvato il bilancio. Il responsabile è il sindaco.\n"
    assert parse(text).records == ()


OVERVIEW_AND_DETAIL = """indirizzo strategico

01. AMMINISTRAZIONE

obiettivo strategico

01.1 - PROGETTO RISORSE

obiettivi operativi

Settori

Rif. DUP 1.1.5
CONTROLLI STRADALI
(Obiettivo pluriennale - FASE 2)

08. POLIZIA LOCALE

da realizzare entro il 31/12/2024

Rif. DUP 1.1.6
ARCHIVIO DIGITALE

08. POLIZIA LOCALE

da realizzare entro il 31/12/2024

08. POLIZIA LOCALE

obiettivo operativo

Rif. DUP 1.1.5

CONTROLLI STRADALI

(Obiettivo pluriennale - FASE 2)

Si vuole rendere più sicura la circolazione veicolare e pedonale in città.

FASI E TEMPI

FASE 1: Presidio delle aree critiche - Gennaio-Dicembre

indicatore di efficacia

Controlli su monopattini elettrici

dimensione attesa

30

dipendenti che partecipano all'obiettivo

ROSSI Mario\tC1

obiettivo operativo

Rif. DUP 1.1.6

ARCHIVIO DIGITALE

Digitalizzare l'archivio delle sanzioni degli anni precedenti, per consultarlo online.

FASI E TEMPI

FASE 1: Scansione dei verbali - Gennaio-Giugno

indicatore di efficacia

verbali digitalizzati

% prevista

100

dipendenti che partecipano all'obiettivo

BIANCHI Anna\tC1
"""


def test_overview_entries_merge_with_their_detail_pages() -> None:
    parsed = parse(OVERVIEW_AND_DETAIL)
    assert parsed.meta.layout.value == "sector_pages"
    records = parsed.records
    assert len(records) == 2  # two objectives, each in the overview AND on its own page
    strade, archivio = records
    # the overview's fuller title is on the detail page too: it is the title
    assert strade.titolo == "CONTROLLI STRADALI (Obiettivo pluriennale - FASE 2)"
    assert strade.scadenza == "31/12/2024" and strade.settore == "08. POLIZIA LOCALE"
    # the subtitle in parentheses only repeats the title: the purpose is the next paragraph
    assert strade.motivazione == "Si vuole rendere più sicura la circolazione veicolare e pedonale in città."
    assert strade.dipendenti == ("ROSSI Mario",)
    assert archivio.indicatori == (Indicator(nome="verbali digitalizzati", target="100%"),)
    assert archivio.sources["indicatori[0].target"].alignment == Alignment.FUZZY  # "100" + "%"
    # the record's source is the detail page, not the overview entry
    detail_start = OVERVIEW_AND_DETAIL.index("obiettivo operativo")
    assert strade.source.char_start >= detail_start
    assert_sources_verbatim(parsed)


def test_a_bare_figure_does_not_replace_the_fuller_target_it_restates() -> None:
    # the page states the target twice: in words with its unit, then as the bare figure
    text = OVERVIEW_AND_DETAIL.replace(
        "Controlli su monopattini elettrici\n\ndimensione attesa\n\n30",
        "Controlli su monopattini elettrici\n\nDato di arrivo: svolgimento 30 servizi appositi\n\n"
        "dimensione attesa\n\n30",
    )
    parsed = parse(text)
    strade = parsed.records[0]
    assert strade.indicatori == (
        Indicator(nome="Controlli su monopattini elettrici", target="svolgimento 30 servizi appositi"),
    )
    # a different figure is a different statement: the later one still wins
    other = parse(text.replace("dimensione attesa\n\n30", "dimensione attesa\n\n35")).records[0]
    assert other.indicatori[0].target == "35"
    assert_sources_verbatim(parsed)


STAFF_WITH_ROLES = """PIAO 2026-2028 – Comune di Testolandia

OBIETTIVO: Archivio digitale delle pratiche edilizie
RESPONSABILE: Responsabile Area Tecnica
MOTIVAZIONE: Le pratiche dal 1970 al 1995 sono solo su carta.
PERSONALE: CAROSI Ida (istruttore tecnico); ZAMPA Sergio (operatore)

OBIETTIVO: Sportello sociale unico
RESPONSABILE: Responsabile Area Servizi Sociali
MOTIVAZIONE: Unico accesso ai servizi sociali.
PERSONALE: MORI Giulia (assistente sociale), FANTI Teresa (istruttore amministrativo)

OBIETTIVO: Piano della formazione
RESPONSABILE: Segretario comunale
MOTIVAZIONE: Nuove competenze digitali per il personale.
PERSONALE: dipendenti dell'area amministrativa, con il supporto dei responsabili
"""


def test_people_on_one_line_with_their_roles_are_one_item_each() -> None:
    records = parse(STAFF_WITH_ROLES).records
    assert records[0].dipendenti == ("CAROSI Ida (istruttore tecnico)", "ZAMPA Sergio (operatore)")
    assert records[1].dipendenti == ("MORI Giulia (assistente sociale)", "FANTI Teresa (istruttore amministrativo)")
    # words that name no person stay one item
    assert len(records[2].dipendenti) == 1


YEARLY_FIGURES = """PIAO 2026-2028 – Comune di Testolandia

Tabella 2 – Indicatori di salute finanziaria
INDICATORE\t2023\t2024\t2025\tOBIETTIVO 2026
Tempo medio di pagamento delle fatture (giorni)\t41\t33\t27\tentro 25
Debito commerciale residuo al 31/12 (€)\t96.400\t61.750\t38.900\t–
Capacità di riscossione delle entrate proprie (%)\t71,5\t73,8\t76,2\t78,0
"""


def test_a_table_of_yearly_figures_keeps_each_years_figure_and_makes_no_objectives() -> None:
    parsed = parse(YEARLY_FIGURES)
    # (a cell of figures is no title: "entro 25" under "Obiettivo 2026" names no objective)
    assert parsed.records == ()
    debt = next(c for c in parsed.chunks if "Debito commerciale" in c.text)
    assert "2025: 38.900" in debt.text and "2023: 96.400" in debt.text, debt.text


CARDS_WITH_ROLES = """2.2 Schede degli obiettivi

### Scheda obiettivo n. 1
Codice obiettivo\tVR-01
Denominazione\tCatasto delle alberature stradali
Unità organizzativa competente\tSettore III – Ambiente e Verde
Referente operativo\tistr. dir. Mirta Fassone
Indicatore\tAlberi censiti
Target 2026\t1.200

### Scheda obiettivo n. 2
Codice obiettivo\tVR-02
Denominazione\tSportello sociale di prossimità
Unità organizzativa competente\tSettore IV – Servizi Sociali
Referente\t—
Indicatore\tAccessi allo sportello
Target 2026\t—
"""


def test_a_card_names_its_office_its_role_abbreviated_person_and_leaves_placeholders_empty() -> None:
    parsed = parse(CARDS_WITH_ROLES)
    # ("Settore III" is an office's kind and number, not a person: no org-chart entry)
    assert not any(c.kind == UnitKind.ORG_CHART for c in parsed.chunks)
    first, second = parsed.records
    assert (first.settore, first.responsabile) == ("Settore III – Ambiente e Verde", "istr. dir. Mirta Fassone")
    # (a dash in a cell states nothing)
    assert second.responsabile is None and second.indicatori == (Indicator(nome="Accessi allo sportello", target=None),)


OUTLINE_OF_ITEMS = """# Comune di Testolandia – PIAO 2026-2028

## 2.2 Performance – Obiettivi operativi 2026

### Area strategica 1 – Un Comune semplice

1.1 Sportello unico on line
  - Responsabile: dott.ssa Irma Colli
  - Struttura: Ufficio Servizi demografici
  - Indicatore: certificati scaricati on line – target 60%
1.2 Pagamenti puntuali ai fornitori
  - Struttura: Ufficio Ragioneria ed Economato
Nel 2025 il tempo medio di pagamento è stato di 34 giorni: l'obiettivo è riportarlo a 27 giorni.
  - Indicatore: tempo medio di pagamento – target 27 giorni

### Area strategica 2 – Un territorio curato

2.1 Adeguamento antincendio della scuola media
  - Responsabile: Resp. Ufficio Lavori pubblici e Manutenzioni
  - Indicatore: lavori eseguiti – target 100%
  - Tempi: lavori da giugno ad agosto 2026
"""


def test_numbered_lines_with_a_labelled_list_are_the_objectives_of_an_outline() -> None:
    # "1.2 Titolo" followed by the labelled items of an objective's fields: the item
    # those fields describe, numbered by its code, whatever its typography
    records = parse(OUTLINE_OF_ITEMS, "testolandia_piao-2026-2028.md").records
    assert [(r.codice, r.titolo) for r in records] == [
        ("1.1", "Sportello unico on line"), ("1.2", "Pagamenti puntuali ai fornitori"),
        ("2.1", "Adeguamento antincendio della scuola media")], records
    # (an indented item's value ends with its item: the paragraph after it is other text)
    assert records[1].settore == "Ufficio Ragioneria ed Economato", records[1]
    # (an abbreviated role, "Resp.", ends no sentence: the office it qualifies follows)
    assert records[2].responsabile == "Resp. Ufficio Lavori pubblici e Manutenzioni", records[2]
    # (and names the office: "Resp." is the responsabile of it)
    assert records[2].settore == "Ufficio Lavori pubblici e Manutenzioni", records[2]


_HEADER = "Cod.\tObiettivo operativo\tSettore\tResponsabile\tIndicatore\tTarget 2026\tScadenza"
TABLE_OVER_PAGES = "\n\f\n".join([
    "Tabella 1 – Obiettivi operativi 2026\n" + _HEADER + "\n"
    "OP-01\t**Sportello anagrafico on line** Nel 2025 solo il 30% dei certificati è stato emesso on line. "
    "Risultato atteso: certificati scaricabili dal portale e\tSettore 1 – Affari generali\tResp. Settore 1\t"
    "certificati on line sul totale\t65%\t30/06/2026",
    _HEADER + "\n\tappuntamenti prenotabili on line entro 15 giorni.\t\t\t\t\t\n"
    "OP-02\t**Tempestività dei pagamenti** Nel 2025 il tempo medio di pagamento è stato di 38 giorni.\t"
    "Settore 2 – Ragioneria\tResp. Settore 2\ttempo medio di pagamento\t30 giorni\t31/12/2026",
    _HEADER + "\n\tRisultato atteso: fatture pagate entro i termini di legge.\t\t\t\t\t\n"
    "OP-03\t**Biblioteca aperta la sera** Oggi la biblioteca chiude alle 18.\tSettore 5 – Cultura\tResp. Settore 5\t"
    "ore di apertura settimanali\t24\t30/04/2026",
])


def test_a_row_the_page_cut_goes_on_under_the_repeated_header() -> None:
    # the first line after a page break that fills one cell (not the code's) with words
    # going on, or with a field's label, is the rest of the row above the break; a
    # description cell that goes on with "Risultato atteso:" states that field
    records = {r.codice: r for r in parse(TABLE_OVER_PAGES).records}
    assert records["OP-01"].valore_atteso == ("certificati scaricabili dal portale e appuntamenti prenotabili "
                                              "on line entro 15 giorni."), records["OP-01"]
    assert records["OP-01"].motivazione == "Nel 2025 solo il 30% dei certificati è stato emesso on line."
    assert records["OP-02"].valore_atteso == "fatture pagate entro i termini di legge.", records["OP-02"]
    assert records["OP-03"].valore_atteso is None


STEPS_IN_TIMES = """### Obiettivo 1 – Trasparenza sempre aggiornata

Responsabile: dott.ssa Irma Colli
Indicatore: obblighi aggiornati – target 100%
Tempi: primo monitoraggio entro il 30 giugno 2026; attestazione del Nucleo entro il 30 novembre 2026

### Obiettivo 2 – Centro estivo comunale

Responsabile: dott. Ugo Neri
Indicatore: iscritti – target 90
Tempi: iscrizioni da aprile a maggio 2026; attività dal 15 giugno al 7 agosto 2026
"""


def test_a_timing_of_dated_steps_gives_the_phases_and_the_last_deadline() -> None:
    # "Tempi: A entro il 30 giugno 2026; B entro il 30 novembre 2026": each step a phase
    # with its time; the date the last one closes by is the deadline (not a span's end)
    first, second = parse(STEPS_IN_TIMES, "testolandia_piao-2026-2028.md").records
    assert [(f.descrizione, f.tempistica) for f in first.fasi] == [
        ("primo monitoraggio", "entro il 30 giugno 2026"), ("attestazione del Nucleo", "entro il 30 novembre 2026")]
    assert first.scadenza == "30 novembre 2026", first
    assert [(f.descrizione, f.tempistica) for f in second.fasi] == [
        ("iscrizioni", "da aprile a maggio 2026"), ("attività", "dal 15 giugno al 7 agosto 2026")], second
    assert second.scadenza is None, second
