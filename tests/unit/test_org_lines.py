"""Org-chart lines whose unit name holds dashes of its own, on an invented plan: the role
label ("Responsabile:") introduces the head, wherever the name's dashes fall."""

from __future__ import annotations

import pytest

from ingest.models import UnitKind
from ingest.structure import detect_layout, parse_structure

pytestmark = pytest.mark.unit

ORG_LINES = """Comune di Valmora Superiore - PIAO 2026-2028

AREA 1 – AFFARI GENERALI – Responsabile: dott.ssa Carla Visconti
Area Tecnica – Lavori Pubblici – Responsabile: arch. Marco Bellini
Area Finanziaria – Responsabile: dott.ssa Laura Ferraris – Servizi: Tributi
Settore 3 Ambiente - Dirigente: Paolo Neri
"""


def test_a_role_label_introduces_the_head_after_a_dashed_unit_name() -> None:
    org = [u.fields for u in parse_structure(ORG_LINES, detect_layout(ORG_LINES)) if u.kind == UnitKind.ORG_CHART]
    assert [(f["settore"], f["titolare"]) for f in org] == [
        ("AREA 1 – AFFARI GENERALI", "Carla Visconti"),
        ("Area Tecnica – Lavori Pubblici", "Marco Bellini"),
        ("Area Finanziaria", "Laura Ferraris"),
        ("Settore 3 Ambiente", "Paolo Neri"),
    ]


ORG_TREE = """Comune di Valmora Superiore - PIAO 2026-2028

3.1 STRUTTURA ORGANIZZATIVA

  SINDACO
  SETTORE I – AFFARI GENERALI (Resp. dott.ssa Carla Visconti) – totale 4 unità
    └ Ufficio Protocollo (1 unità)
    └ Servizi Demografici (3 unità)
  SETTORE II – LAVORI PUBBLICI (Comandante: Commissario Paolo Neri) – totale 2 unità
    ├ Ufficio Manutenzioni (2 unità)
  SETTORE III – SERVIZI SOCIALI (Resp. ad interim: il Segretario comunale) – totale 3 unità
    └ Biblioteca (1 unità)
  SETTORE IV – POLIZIA LOCALE (Resp. ad interim: il Sindaco) – totale 2 unità
"""


def test_an_org_chart_drawn_as_a_tree_gives_each_office_its_head_and_units() -> None:
    # the head in parentheses after the office, the offices under it drawn with box
    # characters: one entry per office, its services the lines hanging under it
    org = [u.fields for u in parse_structure(ORG_TREE, detect_layout(ORG_TREE)) if u.kind == UnitKind.ORG_CHART]
    assert [(f["settore"], f["titolare"], f.get("organico")) for f in org] == [
        ("SETTORE I – AFFARI GENERALI", "Carla Visconti", "4"),
        ("SETTORE II – LAVORI PUBBLICI", "Paolo Neri", "2"),
        # held ad interim by a role: the role, whose holder the plan names elsewhere
        ("SETTORE III – SERVIZI SOCIALI", "Segretario comunale", "3"),
        ("SETTORE IV – POLIZIA LOCALE", "Sindaco", "2"),
    ]
    assert "Servizi Demografici" in org[0]["servizi"] and "Ufficio Manutenzioni" in org[1]["servizi"]


# (a document of one paragraph per line, as a Word file or a wide PDF gives: the entries
# are lines of their own, and so is each list of offices under its entry)
_DOTS = "." * 90
_PROSE = ("La struttura organizzativa del Comune è articolata in Settori, ciascuno affidato a un titolare di "
          "incarico di Elevata Qualificazione, secondo il regolamento sull'ordinamento degli uffici e dei servizi.")
ORG_WITH_OFFICE_LINES = "\n".join([
    "Comune di Valmora Superiore - PIAO 2026-2028",
    "3.1 Struttura organizzativa",
    *[_PROSE] * 16,
    f"Settore I – Affari generali {_DOTS} Responsabile: dott.ssa Carla Visconti",
    "Uffici: Segreteria; Anagrafe e stato civile; Protocollo",
    f"Settore II – Finanze {_DOTS} Responsabile: rag. Paolo Neri",
    "Uffici: Ragioneria; Ufficio Tributi",
    _PROSE,
]) + "\n"


def test_the_office_line_under_an_entry_lists_that_entrys_offices() -> None:
    text = ORG_WITH_OFFICE_LINES
    org = [u.fields for u in parse_structure(text, detect_layout(text)) if u.kind == UnitKind.ORG_CHART]
    assert [(f["settore"], f["titolare"], f.get("servizi")) for f in org] == [
        ("Settore I – Affari generali", "Carla Visconti", "Segreteria; Anagrafe e stato civile; Protocollo"),
        ("Settore II – Finanze", "Paolo Neri", "Ragioneria; Ufficio Tributi"),
    ]


ORG_TABLE = """PIAO 2026-2028 – Comune di Testolandia

Tabella 3 – Aree e dipendenti assegnati
AREA\tRESPONSABILE\tSERVIZI\tDIPENDENTI ASSEGNATI
Area 1 – Affari generali\tdott.ssa Carla Visconti\tSegreteria; Protocollo\t8 (1 funzionario, 5 istruttori, 2 operatori)
Area 2 – Polizia locale\tcomm. Paolo Neri\tPolizia locale; Protezione civile\t6 (1 funzionario, 5 agenti)
Area 3 – Tecnica\ting. Marta Rossi\tLavori pubblici\t4
Area 4 – Servizi alla persona\tfino al 31/03/2026: dott.ssa Rita Neri; dal 01/04/2026: dott. Ugo Sala\tServizi sociali\t5
"""


def test_a_staff_count_with_its_breakdown_by_grade_is_the_count() -> None:
    org = [u.fields for u in parse_structure(ORG_TABLE, detect_layout(ORG_TABLE)) if u.kind == UnitKind.ORG_CHART]
    assert [(f["titolare"], f.get("organico")) for f in org][:3] == [
        ("Carla Visconti", "8"), ("Paolo Neri", "6"), ("Marta Rossi", "4")]


def test_an_office_whose_head_changes_in_the_year_has_both_heads_with_their_periods() -> None:
    org = [u.fields for u in parse_structure(ORG_TABLE, detect_layout(ORG_TABLE)) if u.kind == UnitKind.ORG_CHART]
    assert org[3]["titolare"] == "Rita Neri (fino al 31/03/2026); Ugo Sala (dal 01/04/2026)"


ORG_TABLE_AND_OFFICES = """# Comune di Prasecco – PIAO 2026-2028

## Struttura organizzativa

| Settore | Responsabile | Personale assegnato |
|---|---|---|
| Servizi Generali | dott.ssa Irma Coletti | 4 unità |
| Entrate e Bilancio | rag. Dario Pomello | 3 unità |

Articolazione dei Settori in uffici:

- Servizi Generali: Protocollo, Anagrafe e Stato civile, Ufficio Messi
- Entrate e Bilancio: Ragioneria, Tributi
"""


def test_a_list_below_the_org_table_keying_each_office_by_name_gives_its_offices() -> None:
    text = ORG_TABLE_AND_OFFICES
    org = {u.fields["settore"]: u.fields for u in parse_structure(text, detect_layout(text)) if u.kind == UnitKind.ORG_CHART}
    assert org["Servizi Generali"]["servizi"] == "Protocollo; Anagrafe e Stato civile; Ufficio Messi"
    assert org["Entrate e Bilancio"]["servizi"] == "Ragioneria; Tributi"
    assert org["Entrate e Bilancio"]["titolare"] == "Dario Pomello"


def test_a_vacant_post_is_held_by_its_substitute_and_sub_bullets_are_its_offices() -> None:
    text = ("Articolazione degli uffici\n"
            "- Unità organizzativa Entrate – Responsabile: dott.ssa Ada Neri (EQ) – 4 dipendenti\n"
            "  - Ragioneria\n  - Tributi\n"
            "- Unità organizzativa Sociale e Scuola – Responsabile: vacante (in sostituzione il Segretario "
            "comunale dott. Ugo Sala) – 3 dipendenti\n"
            "  - Servizi sociali\n  - Pubblica istruzione\n")
    org = [u for u in parse_structure(text, detect_layout(text)) if u.kind == UnitKind.ORG_CHART]
    assert [(u.fields["settore"], u.fields["titolare"], u.fields.get("servizi")) for u in org] == [
        ("Unità organizzativa Entrate", "Ada Neri", "Ragioneria; Tributi"),
        ("Unità organizzativa Sociale e Scuola", "Ugo Sala", "Servizi sociali; Pubblica istruzione"),
    ]


def test_a_substitute_in_a_vacant_post_is_said_to_be_one() -> None:
    from assistant.answering.compose import head_of
    from ingest.models import Chunk

    body = "Unità organizzativa Sociale – Responsabile: vacante (in sostituzione il Segretario dott. Ugo Sala)"
    entry = Chunk(id="x", doc_id="valprova.txt", ordinal=0, kind=UnitKind.ORG_CHART, text=body, source_text=body,
                  page=1, page_end=1, char_start=0, char_end=len(body), breadcrumb=(), fields={
                      "settore": "Unità organizzativa Sociale", "titolare": "Ugo Sala"})
    assert head_of(entry, "dott. Ugo Sala") == \
        "dott. Ugo Sala è titolare di Unità organizzativa Sociale (in sostituzione, posto vacante)"


OFFICE_HEAD_TABLE = """Comune di Valmora Superiore - PIAO 2026-2028

3.1 Struttura organizzativa

Ufficio\tResponsabile
Ufficio Ragioneria ed Economato\trag. Monica Ferraris
Sportello Unico Attività Produttive (SUAP)\tarch. Elena Bellini
Polizia Municipale (servizio associato)\tComandante del servizio associato
"""


def test_a_two_column_table_of_offices_and_heads_gives_every_row() -> None:
    # the header names the columns: each row is an office and its head, whatever word
    # the office's name opens with
    org = [u.fields for u in parse_structure(OFFICE_HEAD_TABLE, detect_layout(OFFICE_HEAD_TABLE))
           if u.kind == UnitKind.ORG_CHART]
    assert [(f["settore"], f["titolare"]) for f in org] == [
        ("Ufficio Ragioneria ed Economato", "Monica Ferraris"),
        ("Sportello Unico Attività Produttive (SUAP)", "Elena Bellini"),
        ("Polizia Municipale (servizio associato)", "Comandante del servizio associato"),
    ], org


ORG_OUTLINE = """# Comune di Valdibrena – PIAO 2026-2028
## 3.1 Struttura organizzativa
### Area Servizi generali
Dirigente: dott. Ugo Ravelli
#### Servizio Bilancio e Tributi
Incaricato EQ: rag. Elio Fumagalli
##### Ufficio Tributi
Referente: Mara Ghezzi
##### Ufficio Ragioneria
Referente: Piero Caglio
#### Servizio Segreteria
Incaricato EQ: dott.ssa Nora Pastori
### Corpo di Polizia Locale
Il Corpo dipende dal Sindaco.
#### Comando
Incaricato EQ: comm. Aldo Brivio
## 3.2 Lavoro agile
Nel 2025 hanno lavorato in modalità agile 24 dipendenti.
"""

ONE_OFFICE_SECTION = """# Comune di Valdibrena – PIAO 2026-2028
### Area Tecnica
Responsabile: arch. Dario Corti
#### Obiettivo 1 – Catasto delle strade
Rilevare lo stato delle pavimentazioni entro ottobre.
"""


def test_an_org_chart_written_as_the_outline_gives_each_office_its_head_and_sub_offices() -> None:
    # office headings nested by level, each with its head after a role label (one whose
    # name the lists of first names do not know, "Mara Ghezzi", too): one entry each,
    # an office's services the offices its sub-headings name
    org = {u.fields["settore"]: u.fields for u in parse_structure(ORG_OUTLINE, detect_layout(ORG_OUTLINE))
           if u.kind == UnitKind.ORG_CHART}
    assert org["Area Servizi generali"]["titolare"] == "Ugo Ravelli"
    assert org["Area Servizi generali"]["servizi"] == "Servizio Bilancio e Tributi; Servizio Segreteria"
    assert org["Servizio Bilancio e Tributi"]["servizi"] == "Ufficio Tributi; Ufficio Ragioneria"
    assert org["Ufficio Tributi"]["titolare"] == "Mara Ghezzi"
    assert org["Comando"]["titolare"] == "Aldo Brivio"
    # (one office heading with its head above a section's objectives is a section)
    units = parse_structure(ONE_OFFICE_SECTION, detect_layout(ONE_OFFICE_SECTION))
    assert not [u for u in units if u.kind == UnitKind.ORG_CHART and u.fields.get("settore") == "Area Tecnica"]


ORG_NESTED_LIST = """# Comune di Valmora Superiore – PIAO 2026-2028

## 3.1 Struttura organizzativa

- **Area Affari generali** – resp. dott.ssa Carla Visconti (EQ)
  - Segreteria e Protocollo – resp. dott.ssa Carla Visconti
    - Messi notificatori – ref. sig. Paolo Neri
  - Anagrafe, Stato civile ed Elettorale – resp. sig.ra Rita Galli
- **Area Tecnica** – resp. arch. Marco Bellini (EQ)
  - Lavori pubblici e Manutenzioni – resp. geom. Luca Sala, capo tecnico
  - Ecologia – resp. geom. Sara Riva

## 3.2 Lavoro agile
"""


def test_an_org_chart_written_as_a_nested_list_gives_every_headed_item_its_entry() -> None:
    # (an item nested under an entry that names its head after a role label is an
    # office of its own, whatever word its name opens with; its parent lists it by name)
    text = ORG_NESTED_LIST
    org = [u.fields for u in parse_structure(text, detect_layout(text)) if u.kind == UnitKind.ORG_CHART]
    assert [(f["settore"], f["titolare"]) for f in org] == [
        ("Area Affari generali", "Carla Visconti"),
        ("Segreteria e Protocollo", "Carla Visconti"),
        ("Messi notificatori", "Paolo Neri"),
        ("Anagrafe, Stato civile ed Elettorale", "Rita Galli"),
        ("Area Tecnica", "Marco Bellini"),
        ("Lavori pubblici e Manutenzioni", "Luca Sala"),
        ("Ecologia", "Sara Riva"),
    ]
    assert org[0]["servizi"] == "Segreteria e Protocollo; Messi notificatori; Anagrafe, Stato civile ed Elettorale"
    assert org[4]["servizi"] == "Lavori pubblici e Manutenzioni; Ecologia"


BOLD_OFFICE_TABLE = """Comune di Valmora Superiore - PIAO 2026-2028

3.1 Struttura organizzativa
Settore\tResponsabile
**Settore Tecnico** Lavori pubblici, patrimonio, manutenzioni\ting. Paolo Neri – incaricato EQ
**Settore Servizi alla persona** Servizi sociali, istruzione, biblioteca\tdott.ssa Rita Sala – incaricata EQ
"""


def test_an_office_set_in_bold_before_its_services_is_named_by_the_bold_run() -> None:
    text = BOLD_OFFICE_TABLE
    org = [u.fields for u in parse_structure(text, detect_layout(text)) if u.kind == UnitKind.ORG_CHART]
    assert [(f["settore"], f["titolare"], f.get("servizi")) for f in org] == [
        ("Settore Tecnico", "Paolo Neri", "Lavori pubblici, patrimonio, manutenzioni"),
        ("Settore Servizi alla persona", "Rita Sala", "Servizi sociali, istruzione, biblioteca"),
    ], org
