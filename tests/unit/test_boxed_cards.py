"""Objective cards as offices print them, on invented plans: cards boxed in a layout
table (a Word table whose cells hold one table per objective), cards whose title is a
line set in bold above upper-case labels on their own lines (a PDF printed from a word
processor), and the fields such cards state in their own ways (the Area's dirigente
and the service's head, the staff listed one per line or separated by commas)."""

from __future__ import annotations

from pathlib import Path

import docx

from ingest.loaders import load_document
from ingest.parse import parse_document
from tests.docgen import load_txt

CARDS = [
    ("AM.01 – Sportello unico su appuntamento", [
        ("Obiettivo strategico DUP", "1.1 – Un comune che semplifica"),
        ("Dirigente", "dott. Ugo Ravelli"),
        ("Incaricato EQ", "dott.ssa Nora Pastori"),
        ("Descrizione", "Un solo sportello per anagrafe e protocollo."),
        ("Personale assegnato", "Brivio Sara, Colombo Marco"),
    ]),
    ("AM.02 – Conservazione digitale dei documenti", [
        ("Obiettivo strategico DUP", "1.2 – Un archivio in ordine"),
        ("Dirigente", "dott. Ugo Ravelli"),
        ("Incaricato EQ", "rag. Elio Fumagalli"),
        ("Descrizione", "Versamenti mensili al conservatore accreditato."),
        ("Personale assegnato", "Galli Anna"),
    ]),
    ("AM.03 – Regolamento degli accessi", [
        ("Obiettivo strategico DUP", "1.2 – Un archivio in ordine"),
        ("Dirigente", "dott. Ugo Ravelli"),
        ("Incaricato EQ", "dott.ssa Nora Pastori"),
        ("Descrizione", "Nuovo regolamento sull'accesso civico."),
    ]),
]


def _boxed_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Comune di Valdibrena – PIAO 2026-2028", level=1)
    document.add_heading("Obiettivi dell'Area Amministrativa", level=2)
    outer = document.add_table(rows=2, cols=2)
    cells = [outer.cell(0, 0), outer.cell(0, 1), outer.cell(1, 0)]
    for cell, (title, rows) in zip(cells, CARDS, strict=True):
        inner = cell.add_table(rows=len(rows) + 1, cols=2)
        merged = inner.cell(0, 0).merge(inner.cell(0, 1))
        merged.text = title
        for row, (label, value) in zip(inner.rows[1:], rows, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
    # (a card written as paragraphs, opening at another label than the boxed ones do)
    for line in ("AM.04 – Benessere organizzativo", "Referente politico: Sindaco Elsa Moroni",
                 "Responsabile: dott.ssa Nora Pastori", "Obiettivo strategico: 1.3 – Persone al centro",
                 "Descrizione: Indagine sul clima interno e piano delle azioni positive.",
                 "AM.05 – Controlli stradali serali", "Referente politico: Assessore Ivo Sala",
                 "Responsabile: comm. Aldo Brivio", "Obiettivo strategico: 4.1 – Una città sicura"):
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_cards_boxed_in_a_layout_table_are_one_record_each(tmp_path: Path) -> None:
    doc = parse_document(load_document(_boxed_docx(tmp_path / "valdibrena_piao-2026-2028.docx")))
    records = {r.codice: r for r in doc.records}
    assert set(records) == {"AM.01", "AM.02", "AM.03", "AM.04", "AM.05"}, [(r.codice, r.titolo) for r in doc.records]
    assert records["AM.05"].responsabile == "comm. Aldo Brivio"
    assert records["AM.02"].titolo == "Conservazione digitale dei documenti"
    # (the service's head, not the Area's dirigente above it)
    assert records["AM.01"].responsabile == "dott.ssa Nora Pastori"
    assert records["AM.02"].responsabile == "rag. Elio Fumagalli"
    # (staff written "Surname Given, Surname Given": one person each)
    assert list(records["AM.01"].dipendenti) == ["Brivio Sara", "Colombo Marco"]


BOLD_CARDS = """COMUNE DI VALDIBRENA
# PIAO 2026-2028
# Sezione 2 – Performance
# Obiettivi operativi
**OB.2026/01 – Agenda on line per la carta d'identità**
**OBIETTIVO STRATEGICO**
1.1 Semplificare l'accesso ai servizi
**RESPONSABILE**
dott.ssa Nora Pastori
**FINALITÀ**
Ridurre l'attesa per un appuntamento, oggi di quaranta giorni.
**PERSONALE COINVOLTO**
BRIVIO Sara – istruttore amministrativo
COLOMBO Marco – operatore esperto
**SCADENZA**
31/12/2026
**OB.2026/02 – Regolamento sull'accesso civico**
**OBIETTIVO STRATEGICO**
1.2 Trasparenza e partecipazione
**RESPONSABILE**
rag. Elio Fumagalli
**FINALITÀ**
Disciplinare il registro degli accessi.
**SCADENZA**
30/06/2026
**Ambito strategico 2 – Territorio**
**OB.2026/03 – Catasto delle strade comunali**
**OBIETTIVO STRATEGICO**
2.1 Strade sicure
**RESPONSABILE**
ing. Dario Corti
**FINALITÀ**
Rilevare lo stato delle pavimentazioni.
**SCADENZA**
31/10/2026
"""


def test_a_bold_title_line_opens_its_card_and_a_bold_heading_closes_the_one_above(tmp_path: Path) -> None:
    path = tmp_path / "valdibrena_piao-2026-2028.txt"
    path.write_text(BOLD_CARDS, encoding="utf-8")
    doc = parse_document(load_txt(path))
    records = {r.codice: r for r in doc.records}
    assert set(records) == {"OB.2026/01", "OB.2026/02", "OB.2026/03"}, [(r.codice, r.titolo) for r in doc.records]
    assert records["OB.2026/02"].titolo == "Regolamento sull'accesso civico"
    assert records["OB.2026/02"].responsabile == "rag. Elio Fumagalli"
    assert records["OB.2026/02"].scadenza == "30/06/2026"  # (the next Ambito's heading is no part of it)
    # (one person per line, the role after the dash no part of the name)
    assert list(records["OB.2026/01"].dipendenti) == ["BRIVIO Sara", "COLOMBO Marco"]



def test_a_code_with_a_year_after_its_letters_opens_a_title() -> None:
    from ingest.records import split_heading_code

    assert split_heading_code("OB.2026/02 – Amministrazione trasparente") == ("OB.2026/02", "Amministrazione trasparente")
    assert split_heading_code("OO-1.1.1 – Digitalizzazione") == ("OO-1.1.1", "Digitalizzazione")
    # (a year alone is no code: "2026 – Un anno di cantieri" is a title)
    assert split_heading_code("2026 – Un anno di cantieri")[0] is None


def test_the_head_of_a_service_by_appointment_names_its_office() -> None:
    from ingest.structure.block_fields import settore_from_responsabile

    # a card that names its head only as "Incaricato EQ del Servizio X" is the office X's
    assert settore_from_responsabile("Incaricato EQ del Servizio Tributi") == "Servizio Tributi"
    assert settore_from_responsabile("Incaricata di Elevata Qualificazione dell'Area Tecnica") == "Area Tecnica"
