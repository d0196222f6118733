"""Document layouts as plug-ins: each module describes one way plans lay out their
objectives, and the registry picks, for a document, the layout that recognises it best.

A layout is a `Layout`: `detect(lines)` says how strongly the document looks like it
(0 = not at all, 1 = certainly), `claimers` are the parsers that take the line ranges
of its structures (objective blocks, table rows, sector pages, org charts) and
`split_points` cuts a unit that is too long for one chunk. Adding a layout is one new
module with one class, listed in `REGISTRY`. The generic layout is a layout like the
others: headings (typographic first), labelled fields and tables, with a small fixed
score so that any specific layout that recognises the document wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import LayoutKind, Unit, UnitKind
from ingest.structure.claims import Claim
from ingest.structure.furniture import furniture_lines
from ingest.structure.layouts.base import ClaimFn, Layout
from ingest.structure.layouts.blocks import ObjectiveBlocksLayout
from ingest.structure.layouts.generic import GenericLayout
from ingest.structure.layouts.sector_pages import SectorPagesLayout
from ingest.structure.layouts.table import ObjectiveTableLayout
from ingest.structure.lines import Line, split_lines
from ingest.structure.sections import assemble

# Order breaks ties: a more specific layout first.
REGISTRY: tuple[Layout, ...] = (
    SectorPagesLayout(),
    ObjectiveBlocksLayout(),
    ObjectiveTableLayout(),
    GenericLayout(),
)
_BY_KIND = {layout.kind: layout for layout in REGISTRY}


def layout_for(kind: LayoutKind) -> Layout:
    return _BY_KIND[kind]


def detect_layout(text: str) -> LayoutKind:
    """The registered layout that recognises the document best."""
    lines = split_lines(text)
    scores = [(layout.detect(lines), -n, layout.kind) for n, layout in enumerate(REGISTRY)]
    return max(scores)[2]


def parse_structure(text: str, layout: LayoutKind) -> list[Unit]:
    """Structural units of `text` in document order, for the given layout.

    If the layout's parsers recognise nothing, the generic layout is used.
    """
    lines = split_lines(text)
    furniture = furniture_lines(lines)
    units = assemble(lines, _claims(lines, layout_for(layout).claimers), furniture)
    if layout != LayoutKind.GENERIC and not any(u.kind != UnitKind.SECTION for u in units):
        return assemble(lines, _claims(lines, layout_for(LayoutKind.GENERIC).claimers), furniture)
    return units


def _claims(lines: Sequence[Line], claimers: Sequence[ClaimFn]) -> list[Claim]:
    """Each claimer in turn takes the lines no earlier claimer took."""
    taken: set[int] = set()
    out: list[Claim] = []
    for claimer in claimers:
        for claim in claimer(lines, taken):
            if any(k in taken for k in range(claim.first, claim.last + 1)):
                continue
            taken.update(range(claim.first, claim.last + 1))
            out.append(claim)
    return out


__all__ = ["REGISTRY", "ClaimFn", "Layout", "detect_layout", "layout_for", "parse_structure"]
