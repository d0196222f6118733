"""The strategic line a nested objective code numbers its objective under (invented text)."""

from __future__ import annotations

from assistant.answering.keyed import parent_line
from ingest.models import Chunk, UnitKind


def _chunk(text: str) -> Chunk:
    return Chunk(id=str(hash(text)), doc_id="valprova.pdf", ordinal=0, kind=UnitKind.SECTION, text=text,
                 source_text=text, page=1, page_end=1, char_start=0, char_end=len(text), breadcrumb=("Valprova",))


def test_a_code_nests_under_the_listed_line_of_its_prefix_not_a_lone_section_heading() -> None:
    heading = _chunk("2.3 Obiettivi operativi 2026 per Area\nGli obiettivi sono riportati per Area.")
    lines = _chunk("2. Conti in ordine\n2.1 Equità fiscale – tributi pagati da tutti.\n"
                   "2.3 Efficienza della spesa – pagamenti puntuali.")
    found = parent_line("2.3.1", [heading, lines])
    assert found is not None and found[1].startswith("2.3 Efficienza della spesa"), found
    assert parent_line("2.3.1", [heading]) is None
    # (a code of one level has no parent line)
    assert parent_line("7", [lines]) is None
