"""Internal boundaries of a unit, for the chunker to split a unit that is too long."""

from __future__ import annotations

from ingest.models import Unit, UnitKind
from ingest.structure.labels import parse_label
from ingest.structure.lines import line_span, split_lines
from ingest.structure.sector_details import detail_sections
from ingest.structure.vocabulary import canonical_key
from ingest.text import Field


def subsections(text: str, unit: Unit) -> list[tuple[int, int, str]]:
    """Labelled char spans partitioning a unit at its internal boundaries, for
    splitting a unit that is too long. Empty list when there is no structure."""
    if unit.kind not in (UnitKind.OBJECTIVE, UnitKind.SECTION):
        return []
    lines = split_lines(text[unit.char_start: unit.char_end])
    offset = unit.char_start
    marks: list[tuple[int, str]] = []
    if unit.kind == UnitKind.OBJECTIVE:
        marks = detail_sections(lines, 0, len(lines) - 1)
        if not marks:
            # labelled blocks: every phase / indicator label opens a part, so that a
            # split never cuts a phase from its description and timing
            for ln in lines:
                lb = parse_label(ln)
                if lb is None or ln.idx == 0:
                    continue
                key = canonical_key(lb.label)
                if key == Field.FASI:
                    marks.append((ln.idx, "Fasi"))
                elif key == Field.INDICATORI:
                    marks.append((ln.idx, "Indicatori"))
    marks = [(k, lbl) for k, lbl in marks if k > 0]
    if not marks:
        return []
    bounds = [(0, "Descrizione")] + marks
    out: list[tuple[int, int, str]] = []
    for n, (k, label) in enumerate(bounds):
        hi = bounds[n + 1][0] if n + 1 < len(bounds) else len(lines)
        span = line_span(lines, k, hi)
        if span is None:
            continue
        out.append((offset + span[0], offset + span[1], label))
    return out
