"""Org charts written as prose, one paragraph per office, with the sentence patterns
plans use (head as object or as subject, the head's role before the name, a role
heading an office ad interim, names in sentence case, services in a parenthesis), on
an invented plan read by the real parser."""

from __future__ import annotations

import pytest

from ingest.structure.lines import split_lines
from ingest.structure.org_prose import prose_entries
from ingest.text import Field

pytestmark = pytest.mark.unit

PROSE = """Articolazione in Settori.
Il Settore I – Affari generali e servizi demografici (segreteria, protocollo, anagrafe) è privo di titolare:
la responsabilità è affidata ad interim al Segretario generale. Nel Settore lavorano 8 dipendenti.
Il Settore II – Servizi finanziari e tributi comprende la Ragioneria e l'Economato; ne è responsabile la
rag. Ornella Sbrana, titolare di EQ, con 6 dipendenti.
Fa capo alla dott.ssa Lucia Bertelli, titolare di EQ, il Settore III – Servizi alla persona (servizi
sociali, scuola, biblioteca); l'organico è di 9 unità.
Il Corpo di Polizia locale costituisce il Settore IV – Polizia locale ed è guidato dal Comandante,
commissario Dario Menicucci, con 7 addetti.
"""


def _entries() -> dict[str, dict[str, str]]:
    return {fields[Field.SETTORE]: fields for _, _, fields, _ in prose_entries(split_lines(PROSE), set())}


def test_each_office_paragraph_gives_its_head_whatever_the_sentence_pattern() -> None:
    heads = {office: fields[Field.TITOLARE] for office, fields in _entries().items()}
    assert heads == {
        "Settore I – Affari generali e servizi demografici": "Segretario generale",
        "Settore II – Servizi finanziari e tributi": "Ornella Sbrana",
        "Settore III – Servizi alla persona": "Lucia Bertelli",
        "Settore IV – Polizia locale": "Dario Menicucci",
    }


def test_services_in_a_parenthesis_after_the_name_and_staff_counts_are_read() -> None:
    entries = _entries()
    assert entries["Settore III – Servizi alla persona"][Field.SERVIZI] == "servizi sociali; scuola; biblioteca"
    assert entries["Settore I – Affari generali e servizi demografici"][Field.ORGANICO] == "8"
    assert entries["Settore IV – Polizia locale"][Field.ORGANICO] == "7"


UNNUMBERED = """La struttura è articolata in tre Aree.
L'Area Amministrativa e Servizi Civici, cui sono assegnati 5 dipendenti, è diretta dalla dott.ssa Marta Quaglieri;
comprende l'Ufficio Protocollo e l'URP.
All'Area Contabile, diretta dal rag. Ettore Bonfadini, fanno capo l'Ufficio Ragioneria e l'Economato; vi lavorano 3 dipendenti.
L'Area Tecnica – Opere Pubbliche e Ambiente, cui sono assegnati 6 dipendenti, è diretta dall'ing. Paola Zerbini;
ne fanno parte l'Ufficio Cantieri e l'Ufficio Verde.
"""


def test_offices_named_without_a_number_open_their_paragraphs_and_give_head_staff_and_offices() -> None:
    entries = {fields[Field.SETTORE]: fields for _, _, fields, _ in prose_entries(split_lines(UNNUMBERED), set())}
    assert {office: f[Field.TITOLARE] for office, f in entries.items()} == {
        "Area Amministrativa e Servizi Civici": "Marta Quaglieri",
        "Area Contabile": "Ettore Bonfadini",
        "Area Tecnica – Opere Pubbliche e Ambiente": "Paola Zerbini",
    }
    assert entries["Area Contabile"][Field.ORGANICO] == "3"
    # ("fanno capo" in the plural, "ne fanno parte": the offices it comprises)
    assert entries["Area Contabile"][Field.SERVIZI] == "Ufficio Ragioneria; Economato"
    assert entries["Area Tecnica – Opere Pubbliche e Ambiente"][Field.SERVIZI] == "Ufficio Cantieri; Ufficio Verde"


def test_an_unnumbered_office_mentioned_inside_a_sentence_opens_no_paragraph() -> None:
    # (an objective's prose names the office that carries it out, with its head)
    text = ("Obiettivo 2 – Sportello edilizio digitale.\n"
            "Ne cura l'attuazione il Servizio Edilizia Privata, diretto dall'ing. Paola Zerbini.\n"
            "Vi collabora il Servizio Tributi, diretto dal rag. Ettore Bonfadini.\n")
    assert prose_entries(split_lines(text), set()) == []


LIST_THEN_PROSE = """3.1 Struttura organizzativa
L'ente è articolato in quattro Settori e nel Corpo di Polizia Locale. I primi due sono organizzati come segue:
- Settore I – Segreteria e Contratti (responsabile: dott. Elio Frassinetti; 5 dipendenti)
  - Ufficio Protocollo
  - Ufficio Contratti
- Settore II – Bilancio e Tributi (responsabile: rag. Nadia Comuzzi; 4 dipendenti)
  - Ufficio Ragioneria

Il Settore III – Opere Pubbliche e Verde, diretto dall'ing. Bruno Tessaro, comprende l'Ufficio Cantieri e
l'Ufficio Verde; vi lavorano 6 dipendenti.

Il Settore IV – Servizi alla Persona, diretto dalla dott.ssa Lia Pozzobon, comprende gli uffici Servizi
Sociali, Scuola, Biblioteca, con 5 dipendenti.

Il Corpo di Polizia Locale, guidato dal comandante comm. Ivo Zamperini, conta 3 addetti.
"""


def test_a_chart_begun_as_a_list_goes_on_in_prose_paragraphs() -> None:
    from ingest.structure.orgchart import claim_org_chart
    from ingest.structure.headings import HeadingTracker

    lines = split_lines(LIST_THEN_PROSE)
    units = [u for c in claim_org_chart(lines, set()) for u in c.build(HeadingTracker())]
    heads = {u.fields[Field.SETTORE]: u.fields[Field.TITOLARE] for u in units}
    # (a paragraph opens after a list item too; the police is named as a body of police)
    assert heads == {
        "Settore I – Segreteria e Contratti": "Elio Frassinetti",
        "Settore II – Bilancio e Tributi": "Nadia Comuzzi",
        "Settore III – Opere Pubbliche e Verde": "Bruno Tessaro",
        "Settore IV – Servizi alla Persona": "Lia Pozzobon",
        "Corpo di Polizia Locale": "Ivo Zamperini",
    }
    # (a plural kind noun introduces the list of offices: "gli uffici Servizi Sociali, …")
    services = {u.fields[Field.SETTORE]: u.fields.get(Field.SERVIZI) for u in units}
    assert services["Settore IV – Servizi alla Persona"] == "Servizi Sociali; Scuola; Biblioteca"
