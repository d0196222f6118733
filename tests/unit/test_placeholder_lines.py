"""A labelled line that holds a placeholder ("Personale coinvolto —", "Baseline: n.d.")
gives the answer step no value; a table row, whose last cell ends with the row's rule
("| … | … |"), is not such a line."""

from __future__ import annotations

import pytest

from assistant.answering.candidates import from_chunk
from ingest.models import Chunk, UnitKind

pytestmark = pytest.mark.unit


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", doc_id="d", ordinal=0, kind=UnitKind.SECTION, text=text, source_text=text,
                 page=1, page_end=1, char_start=0, char_end=len(text), breadcrumb=("3.1 Struttura",))


def test_a_placeholder_is_no_value_and_a_table_row_is_kept_whole() -> None:
    body = ("Personale coinvolto —\nBaseline: n.d.\nReferente: geom. Ugo Neri\n"
            "| Servizio Verde Pubblico | dott. Lina Sarti | Parchi e giardini |")
    texts = [c.text for c in from_chunk(_chunk(body))]
    assert not any("Personale coinvolto" in t or "n.d." in t for t in texts)
    assert any("Ugo Neri" in t for t in texts)
    assert any("Lina Sarti" in t for t in texts)
