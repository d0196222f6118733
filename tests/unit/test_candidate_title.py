"""A candidate's title names its objective or section, never a piece of one."""

from __future__ import annotations

from assistant.answering.candidates import Candidate
from ingest.models import Chunk, UnitKind


def _chunk(breadcrumb: tuple[str, ...]) -> Chunk:
    text = "La biblioteca ha registrato 17.880 prestiti."
    return Chunk(id="c1", doc_id="a.md", ordinal=3, kind=UnitKind.SECTION, text=text, source_text=text,
                 page=1, page_end=1, char_start=0, char_end=len(text), breadcrumb=breadcrumb)


def test_the_piece_number_of_a_long_section_is_no_title() -> None:
    cand = Candidate(text="x", quote="x", chunk=_chunk(("Valprova", "PIAO 2026-2028", "1. L'ente", "parte 2")), rank=0)
    assert cand.title == "1. L'ente"


def test_a_section_names_its_own_passages() -> None:
    cand = Candidate(text="x", quote="x", chunk=_chunk(("Valprova", "PIAO 2026-2028", "1. L'ente")), rank=0)
    assert cand.title == "1. L'ente"
