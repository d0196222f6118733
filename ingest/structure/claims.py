"""A claim: lines taken by a layout-specific parser, with the builder of its units.
Kept apart so that parsers and the assembler share it without importing each other."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ingest.models import Unit, UnitKind
from ingest.structure.headings import Heading, HeadingTracker
from ingest.structure.lines import Line, line_span
from ingest.text import truncate


@dataclass(slots=True)
class Claim:
    """Lines [first, last] belong to a unit built by a specific parser."""

    first: int
    last: int  # inclusive
    build: Callable[[HeadingTracker], list[Unit]]
    # headings inside the claim that the tracker should still see (line ranges)
    headings: list[Heading] = field(default_factory=list)
    # the unit paths do not come from the heading chain (sector pages build their own)
    own_path: bool = False
    # its units share its lines (the objective columns of a transposed table), so
    # they overlap one another by design
    shared_lines: bool = False


def make_unit(
    lines: Sequence[Line],
    first: int,
    last: int,
    kind: UnitKind,
    path: Iterable[str],
    title: str | None,
    fields: dict[str, str] | None = None,
    rendered: str | None = None,
) -> Unit | None:
    span = line_span(lines, first, last + 1)
    if span is None:
        return None
    return Unit(
        kind=kind,
        char_start=span[0],
        char_end=span[1],
        path=tuple(truncate(p) for p in path if p),
        title=title,
        fields={k: v for k, v in (fields or {}).items() if v},
        rendered=rendered,
    )


def no_units(tracker: HeadingTracker) -> list[Unit]:
    return []
