"""A plan copied as text with its columns laid out in spaces (`pdftotext -layout`):
tables without rules and label/value forms whose cells wrap in their column, a
running header and footer at every page's edge."""

from __future__ import annotations

import pytest

from ingest.loaders.text_columns import relayout, without_running_lines
from ingest.models import UnitKind
from ingest.pipeline import parse_file

pytestmark = pytest.mark.unit

HEADER = "                                              Comune di Valprova – PIAO 2026-2028"


def _footer(n: int) -> str:
    return f"                                 Pagina {n} di 3"


ORG_PAGE = f"""{HEADER}

1.1 Struttura organizzativa

Il  Comune  è  articolato  in  due  Settori,  come  riportato  nella  tabella  seguente,  con  i
rispettivi responsabili.

Settore                 Responsabile              Servizi assegnati                   N.
                                                                                      dipendenti

Settore Affari          dott.ssa Anna Verdi –     Segreteria; protocollo e
Generali                Funzionario E.Q.          archivio; anagrafe e stato          6
                                                  civile

Settore Tecnico         ing. Paolo Neri –         Lavori pubblici; manutenzione di
                        Funzionario E.Q.          strade e verde; protezione civile   5

Codice   Obiettivo                                 Settore                 Peso   Scadenza

OP-07    Manutenzione straordinaria delle strade   Tecnico                 10     30/11/2026
         comunali e gestione delle segnalazioni

La tabella seguente riporta le misure specifiche di prevenzione della corruzione.

Processo            Rischio               Misura                      Responsabile    Tempi

Affidamenti         Frazionamento         Registro informatico degli  Responsabile    semestrale
diretti             artificioso           affidamenti diretti         Settore
                                                                      Tecnico

{_footer(1)}
"""

CARD_PAGE_1 = f"""{HEADER}

1.2 Obiettivi del Settore Tecnico

SCHEDA OBIETTIVO N. 1

Codice obiettivo         OP-07

{_footer(2)}
"""

CARD_PAGE_2 = f"""{HEADER}

Titolo                   Manutenzione straordinaria delle strade comunali e gestio-
                         ne delle segnalazioni dei cittadini

Obiettivo strategico     4.2 – Un territorio curato e sicuro
DUP

Settore / Responsabile   Settore Tecnico – ing. Paolo Neri

Fasi e tempi             - entro il 31/03/2026: rilievo dello stato delle strade e
                           classificazione degli interventi
                         - entro il 30/09/2026: esecuzione delle asfaltature

Indicatore               a) n. segnalazioni evase entro 15 giorni / n. segnalazioni
                            ricevute x 100
                         b) km di strade riasfaltate

Target 2026              a) almeno 80%; b) 4,5 km

Target 2027              a) almeno 85%; b) 3 km

{_footer(3)}
"""


def test_a_table_laid_out_with_spaces_gives_one_row_per_block_of_wrapped_lines() -> None:
    text = relayout(ORG_PAGE)
    assert "Settore\tResponsabile\tServizi assegnati\tN. dipendenti" in text
    assert "Processo\tRischio\tMisura\tResponsabile\tTempi" in text  # another table, its own columns
    assert ("Settore Affari Generali\tdott.ssa Anna Verdi – Funzionario E.Q.\t"
            "Segreteria; protocollo e archivio; anagrafe e stato civile\t6") in text
    # prose and headings stay as they were
    assert "1.1 Struttura organizzativa" in text and "Il  Comune  è  articolato" in text


def test_a_form_laid_out_with_spaces_gives_label_and_value_with_its_list() -> None:
    text = relayout(CARD_PAGE_2)
    # a word the wrap cut with a hyphen is whole again; a wrapped label is one label
    assert "Titolo\tManutenzione straordinaria delle strade comunali e gestione delle segnalazioni dei cittadini" in text
    assert "Obiettivo strategico DUP\t4.2 – Un territorio curato e sicuro" in text
    # the items of a listed value are lines of their own, the first after its label
    assert ("Fasi e tempi\t- entro il 31/03/2026: rilievo dello stato delle strade e classificazione degli interventi\n"
            "- entro il 30/09/2026: esecuzione delle asfaltature") in text


def test_the_running_header_and_footer_at_the_page_edges_are_dropped() -> None:
    pages = without_running_lines([ORG_PAGE, CARD_PAGE_1, CARD_PAGE_2])
    assert not any("Pagina" in p or "Comune di Valprova –" in p for p in pages)
    assert "Codice obiettivo         OP-07" in pages[1]


def test_a_card_the_page_break_cuts_is_one_objective_with_its_labelled_title(tmp_path) -> None:
    path = tmp_path / "valprova_piao-2026-2028_sezione-2.txt"
    path.write_text("\f".join([ORG_PAGE, CARD_PAGE_1, CARD_PAGE_2]), encoding="utf-8")
    parsed = parse_file(path)
    heads = {c.fields["settore"]: c.fields["titolare"] for c in parsed.chunks if c.kind == UnitKind.ORG_CHART}
    assert heads == {"Settore Affari Generali": "Anna Verdi", "Settore Tecnico": "Paolo Neri"}
    card = next(r for r in parsed.records if r.codice == "OP-07")
    assert card.titolo.startswith("Manutenzione straordinaria delle strade comunali e gestione")
    assert card.obiettivo_strategico == "4.2 – Un territorio curato e sicuro"
    # a value that opens a marked list goes on in the items below it; lettered targets
    # are each their indicator's (the first year's in the record)
    assert [p.tempistica for p in card.fasi] == ["entro il 31/03/2026", "entro il 30/09/2026"]
    assert [(i.nome[:25], i.target) for i in card.indicatori] == [
        ("n. segnalazioni evase ent", "almeno 80%"), ("km di strade riasfaltate", "4,5 km")]
    # the measures table has a header of its own, of as many columns as the summary
    # of objectives: its rows are not objectives read under the summary's column names
    assert not any("Frazionamento" in (r.titolo or "") or r.codice == "Processo" for r in parsed.records)


# A legacy export: each table's header underlined by runs of dashes, rows one after the
# other with no blank line between them, long cells wrapped in their column (the first
# column too), a count right-aligned, a total row.
RULED = """2.2 OBIETTIVI ASSEGNATI

 COD.  OBIETTIVO                           SETTORE              PESO
-----  ----------------------------------  -------------------  ----
 A-1   Catasto dei passi carrai e          01 - TRIBUTI E          12
       recupero del canone non versato     ENTRATE
 A-2   Cimitero: nuovi loculi              02 - OPERE               9
                                           PUBBLICHE

 OB.   FASE  DESCRIZIONE                       DAL      AL
-----  ----  --------------------------------  -------  -------
 A-1      1  Censimento dei passi carrai       01/2026  04/2026
 A-1      2  Avvisi ai titolari non in         05/2026  10/2026
             regola

3.1 STRUTTURA ORGANIZZATIVA

SETTORE                   RESPONSABILE          N. DIPENDENTI
------------------------  --------------------  -------------
01 - TRIBUTI E ENTRATE    BRUSADIN Ottavio                  4
02 - OPERE PUBBLICHE E    TONIOLO Greta (ad                 6
PATRIMONIO                interim)
TOTALE                                                     10
"""


def test_a_ruled_table_gives_one_row_per_record_whatever_its_cells_wrap() -> None:
    rows = [line for line in relayout(RULED).split("\n") if "\t" in line]
    assert rows[:3] == [
        "COD.\tOBIETTIVO\tSETTORE\tPESO",
        "A-1\tCatasto dei passi carrai e recupero del canone non versato\t01 - TRIBUTI E ENTRATE\t12",
        "A-2\tCimitero: nuovi loculi\t02 - OPERE PUBBLICHE\t9",
    ]
    # (a row starts where the column that wraps least is filled: the count, not the
    # name that wraps onto the next line)
    assert rows[-3:] == [
        "01 - TRIBUTI E ENTRATE\tBRUSADIN Ottavio\t4",
        "02 - OPERE PUBBLICHE E PATRIMONIO\tTONIOLO Greta (ad interim)\t6",
        "TOTALE\t\t10",
    ]


def test_a_ruled_export_gives_records_with_their_schedule_and_the_org_chart(tmp_path) -> None:
    path = tmp_path / "valprova_piao-2026-2028.txt"
    path.write_text(RULED, encoding="utf-8")
    parsed = parse_file(path)
    assert [(r.codice, r.settore) for r in parsed.records] == [
        ("A-1", "01 - TRIBUTI E ENTRATE"), ("A-2", "02 - OPERE PUBBLICHE")]
    # the schedule keyed by the objective's code ("Ob. | Fase | …") gives its phases
    assert [p.descrizione for p in parsed.records[0].fasi] == [
        "Censimento dei passi carrai", "Avvisi ai titolari non in regola"]
    heads = {c.fields["settore"]: c.fields["titolare"] for c in parsed.chunks if c.kind == UnitKind.ORG_CHART}
    assert heads["Settore 02 - OPERE PUBBLICHE E PATRIMONIO"].startswith("TONIOLO Greta")
