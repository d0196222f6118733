"""A wiki plan on an invented comune: objectives as rows of a wide table, some described
again further on under "Scheda di dettaglio – <code> <title>": each is one record, the
card's fields filling the row's; a link back to the table is navigation, no value."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders import load_document
from ingest.parse import parse_document

PLAN = """# Comune di Valmora Superiore – PIAO 2026-2028

## 2.2 Obiettivi di performance

| Codice | Obiettivo | Area/Settore | Responsabile | Indicatore | Target 2026 |
|---|---|---|---|---|---|
| VS.01 | Carta d'identità elettronica su appuntamento on line | Area Affari generali – Anagrafe | Resp. Anagrafe | Attesa media in giorni | 10 |
| VS.02 | Biblioteca aperta la sera | Area Servizi alla persona – Cultura | Resp. Cultura | Ore di apertura settimanali | 30 |

## Schede di dettaglio

### Scheda di dettaglio – VS.01 Carta d'identità elettronica su appuntamento on line

**Motivazione:** Nel 2025 l'attesa per un appuntamento ha raggiunto i 38 giorni.

**Fasi:**

1. Configurazione dell'agenda – gennaio 2026
2. Aperture del sabato – da marzo 2026

**Personale coinvolto:**

- Laura Bonvicini – istruttore amministrativo

**Scadenza:** 31/12/2026

[↑ Torna alla tabella](#22-obiettivi-di-performance)

### Scheda di dettaglio – VS.02 Biblioteca aperta la sera

**Motivazione:** La biblioteca apre solo di giorno e gli studenti chiedono un'apertura serale.

**Stakeholder:** studenti universitari, lavoratori, famiglie

**Scadenza:** 31/05/2027

[↑ Torna alla tabella](#22-obiettivi-di-performance)
"""


def test_a_detail_card_named_by_a_rows_code_is_that_rows_record(tmp_path: Path) -> None:
    path = tmp_path / "valmora-superiore_piao-2026-2028.md"
    path.write_text(PLAN, encoding="utf-8")
    records = {r.codice: r for r in parse_document(load_document(path)).records}
    assert sorted(records) == ["VS.01", "VS.02"], records
    first, second = records["VS.01"], records["VS.02"]
    assert first.titolo == "Carta d'identità elettronica su appuntamento on line"
    assert first.responsabile == "Resp. Anagrafe" and first.motivazione.startswith("Nel 2025 l'attesa")
    assert [p.descrizione for p in first.fasi] == ["Configurazione dell'agenda", "Aperture del sabato"]
    assert first.dipendenti and first.dipendenti[0].startswith("Laura Bonvicini")
    # (the card of no one in charge, only its purpose, stakeholders and deadline, too)
    assert second.stakeholder == ("studenti universitari", "lavoratori", "famiglie")
    # (the link back to the table is no part of the deadline)
    assert (first.scadenza, second.scadenza) == ("31/12/2026", "31/05/2027")


def test_a_link_reads_as_its_text_and_a_link_to_the_documents_own_place_as_nothing() -> None:
    from ingest.text import clean_text

    assert clean_text("Portale [Amministrazione trasparente](https://valmora.example/at) aggiornato") \
        == "Portale Amministrazione trasparente aggiornato"
    assert clean_text("31/12/2026 [↑ Torna alla tabella](#obiettivi)") == "31/12/2026"
