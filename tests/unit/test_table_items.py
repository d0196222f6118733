"""An indicator item that is the first cell of a table row with more columns (a
formula, a target per year) is stated with every filled cell after its column's name;
a table's header row is no statement (invented passages)."""

from __future__ import annotations

from assistant.answering.candidates import from_chunk
from ingest.models import Chunk, UnitKind
from ingest.text import Field

_ROWS = """### Obiettivo 4.2 – Riordino dell'archivio storico
| Indicatore | Formula | Target 2026 | Target 2027 |
|---|---|---|---|
| Inventari pubblicati (IDI) | schede pubblicate / schede totali × 100 | 40% | 75% |
| Richieste evase | richieste evase entro 30 giorni / richieste ricevute × 100 | – | 90% |"""

_LABELLED = """Indicatore: Inventari pubblicati (IDI)
Formula: schede pubblicate / schede totali × 100
Target 2026: 40%
Target 2027: 75%"""


def _chunk(body: str, kind: UnitKind, **fields: str) -> Chunk:
    text = f"Valprova › Obiettivo 4.2\n{body}"
    return Chunk(id=str(hash(body)), doc_id="valprova.md", ordinal=0, kind=kind, text=text, source_text=body,
                 page=1, page_end=1, char_start=0, char_end=len(body), breadcrumb=("Valprova", "Obiettivo 4.2"),
                 fields=fields)


def test_an_indicator_row_is_stated_with_its_formula_and_each_years_target() -> None:
    chunk = _chunk(_ROWS, UnitKind.OBJECTIVE, indicatori="Inventari pubblicati (IDI) — 2026: 40%; 2027: 75%\n"
                                                          "Richieste evase — 2027: 90%")
    items = [c for c in from_chunk(chunk) if c.field == Field.INDICATORI]
    assert items[0].text == ("Inventari pubblicati (IDI) (formula: schede pubblicate / schede totali × 100; "
                             "target 2026: 40%; target 2027: 75%)")
    assert "target 2026" not in items[1].text and "target 2027: 90%" in items[1].text  # (an empty cell is not said)
    assert items[0].quote.startswith("| Inventari pubblicati (IDI) |")


def test_a_table_header_row_is_no_statement() -> None:
    chunk = _chunk(_ROWS, UnitKind.OBJECTIVE)
    assert not any("Formula" in c.text and "Target 2026" in c.text for c in from_chunk(chunk))


def test_a_row_written_as_labelled_lines_is_stated_the_same_way() -> None:
    chunk = _chunk(_LABELLED, UnitKind.TABLE_ROW, indicatori="Inventari pubblicati (IDI) — 2026: 40%; 2027: 75%")
    item = next(c for c in from_chunk(chunk) if c.field == Field.INDICATORI)
    assert item.text.startswith("Inventari pubblicati (IDI) (formula: schede pubblicate") and "target 2027: 75%" in item.text
