"""Objective cards written in Word as two-column tables whose labels vary from card to
card ("Codice obiettivo", "N. obiettivo", "Cod."), after an org chart table with more
rows than there are cards, on an invented plan. Read through the real DOCX loader and
parser: one record per card, each with its own fields."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.loaders import load_document
from ingest.models import LayoutKind, Unit, UnitKind
from ingest.parse import parse_document
from ingest.records.candidates import objective_candidate
from ingest.structure.labels import looks_like_label
from ingest.structure.vocabulary import canonical_key
from ingest.text import Field

pytestmark = pytest.mark.unit

ORG = [
    ["Settore", "Servizi", "Responsabile (titolare EQ)", "N. dipendenti"],
    ["Settore 1 – Segreteria e demografici", "Protocollo, anagrafe", "dott.ssa Irene Bonsignore", "6"],
    ["Settore 2 – Finanze", "Ragioneria, tributi", "rag. Elio Gavazzeni", "5"],
    ["Settore 3 – Tecnico", "Lavori pubblici, urbanistica", "ing. Carla Pedrinelli", "8"],
    ["Settore 4 – Vigilanza", "Polizia locale", "comm. Dario Scanzi", "4"],
    ["Settore 5 – Persona", "Sociale, scuola", "dott. Luca Fermani", "7"],
]
CARDS = [
    [("Codice obiettivo", "OB 1"), ("Denominazione", "Archivio digitale delle pratiche edilizie"),
     ("Obiettivo strategico DUP", "OS 1 – Comune digitale"), ("Unità organizzativa", "Settore 3 – Tecnico"),
     ("Finalità", "Consultare on line le pratiche dal 1990 in poi."), ("Peso %", "12")],
    [("N. obiettivo", "OB 2"), ("Titolo", "Piano di recupero dei crediti della mensa scolastica"),
     ("Dirigente/Responsabile P.O.", "rag. Elio Gavazzeni"), ("Servizio", "Settore 2 – Finanze"),
     ("Motivazione", "Ridurre i crediti non riscossi della mensa."), ("Peso", "8%")],
    [("Cod.", "OB 3"), ("Obiettivo operativo", "Telecamere agli ingressi del paese"),
     ("Collegamento DUP", "OS 3 – Paese sicuro"), ("Servizio", "Settore 4 – Vigilanza"),
     ("Risultato atteso", "Sei varchi attivi entro il 31/12/2026."), ("Peso %", "10")],
]


def _plan(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Comune di Borgo Tessile – PIAO 2026-2028", level=1)
    document.add_heading("Organigramma", level=2)
    org = document.add_table(rows=0, cols=len(ORG[0]))
    for row in ORG:
        for cell, text in zip(org.add_row().cells, row, strict=True):
            cell.text = text
    document.add_heading("Schede obiettivo", level=2)
    for card in CARDS:
        document.add_paragraph(f"SCHEDA OBIETTIVO {card[0][1]}")
        table = document.add_table(rows=0, cols=2)
        for label, value in card:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        document.add_paragraph("")
    document.save(path)
    return path


def test_cards_with_varying_labels_are_one_record_each(tmp_path: Path) -> None:
    parsed = parse_document(load_document(_plan(tmp_path / "borgo-tessile_piao-2026-2028.docx")))
    assert parsed.meta.layout is LayoutKind.OBJECTIVE_BLOCKS
    by_code = {r.codice: r for r in parsed.records if r.codice}
    assert set(by_code) == {"OB 1", "OB 2", "OB 3"}
    assert by_code["OB 1"].titolo == "Archivio digitale delle pratiche edilizie"
    assert by_code["OB 2"].titolo == "Piano di recupero dei crediti della mensa scolastica"
    assert by_code["OB 2"].responsabile == "rag. Elio Gavazzeni"
    assert by_code["OB 3"].titolo == "Telecamere agli ingressi del paese"
    assert by_code["OB 3"].obiettivo_strategico == "OS 3 – Paese sicuro"
    assert by_code["OB 1"].motivazione == "Consultare on line le pratiche dal 1990 in poi."


def test_a_cards_title_row_opens_the_card_below_it(tmp_path: Path) -> None:
    # "SCHEDA OBIETTIVO OB 2" sits right above card 2's first label: it is card 2's
    # merged title row, not the last line of card 1 (whose weight it would extend)
    parsed = parse_document(load_document(_plan(tmp_path / "borgo-tessile_piao-2026-2028.docx")))
    holding = [c for c in parsed.chunks if "SCHEDA OBIETTIVO OB 2" in c.source_text]
    assert holding and all("Piano di recupero dei crediti" in c.source_text for c in holding)
    assert not any("SCHEDA OBIETTIVO OB 2" in c.source_text and "Archivio digitale" in c.source_text
                   for c in parsed.chunks)


def test_labels_ending_in_an_abbreviation_are_labels_sentences_are_not() -> None:
    assert looks_like_label("Cod.", strict=False)
    assert looks_like_label("Dirigente/Responsabile P.O.", strict=False)
    assert not looks_like_label("Il servizio apre entro il mese.", strict=False)
    assert canonical_key("N. obiettivo") is Field.CODICE
    assert canonical_key("Collegamento DUP") is Field.OBIETTIVO_STRATEGICO


def test_a_horizontal_rule_ends_the_field_above(tmp_path: Path) -> None:
    card = ("**Obiettivo operativo:** Sportello unico per le imprese\n\n**Responsabile:** dott.ssa Anna Rivoltella\n\n"
            "**Collegamento DUP:** Obiettivo strategico 2 – Imprese al centro.\n\n---\n\n")
    text = "# Comune di Prato Sesia – PIAO 2026-2028\n\n" + "".join(
        card.replace("Sportello unico", f"Sportello unico {n}") for n in ("A", "B", "C"))
    (tmp_path / "prato-sesia_piao-2026-2028.md").write_text(text, encoding="utf-8")
    parsed = parse_document(load_document(tmp_path / "prato-sesia_piao-2026-2028.md"))
    strategic = [r.obiettivo_strategico for r in parsed.records]
    assert len(strategic) == 3
    assert all(s == "Obiettivo strategico 2 – Imprese al centro." for s in strategic)


def test_a_block_with_no_field_but_its_title_is_no_objective() -> None:
    text = "Comune di Prato Sesia - Popolazione: 4.210 abitanti - Superficie: 12 kmq"
    unit = Unit(kind=UnitKind.OBJECTIVE, title=text, char_start=0, char_end=len(text),
                fields={Field.TITOLO: text})
    assert objective_candidate(text, unit) is None
