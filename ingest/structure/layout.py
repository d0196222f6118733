"""Which layout a document has, and the claimers that parse it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ingest.models import LayoutKind, Unit, UnitKind
from ingest.structure.blocks import claim_blocks, find_blocks
from ingest.structure.claims import Claim
from ingest.structure.furniture import furniture_lines
from ingest.structure.lines import Line, split_lines
from ingest.structure.orgchart import claim_org_chart
from ingest.structure.sections import assemble
from ingest.structure.sector_labels import DIPENDENTI_RE, INDICATOR_RE, sp_label
from ingest.structure.sector_pages import claim_sector_pages
from ingest.structure.table_rows import claim_tables
from ingest.structure.tables import find_tables


def detect_layout(text: str) -> LayoutKind:
    """Which structure dominates the document."""
    lines = split_lines(text)
    labels = {ln.idx: kind for ln in lines if (kind := sp_label(ln))}
    n_detail = sum(1 for kind in labels.values() if kind == "oo")
    n_pages_marks = sum(
        1 for ln in lines if not ln.blank and (DIPENDENTI_RE.match(ln.clean) or INDICATOR_RE.match(ln.clean))
    )
    if n_detail >= 2 and n_pages_marks >= 2:
        return LayoutKind.SECTOR_PAGES
    blocks, _ = find_blocks(lines)
    inside_blocks = {k for a, b in blocks for k in range(a, b + 1)}
    # table rows inside objective blocks (e.g. an indicator table per block) belong
    # to the blocks; only rows elsewhere speak for a table layout
    n_rows = sum(1 for t in find_tables(lines, set()) for row in t.rows if row[0] not in inside_blocks)
    if len(blocks) >= 3 and len(blocks) >= n_rows:
        return LayoutKind.OBJECTIVE_BLOCKS
    if n_rows >= 3:
        return LayoutKind.OBJECTIVE_TABLE
    return LayoutKind.GENERIC


ClaimFn = Callable[[Sequence[Line], set[int]], list[Claim]]

_CLAIMERS: dict[LayoutKind, tuple[ClaimFn, ...]] = {
    LayoutKind.OBJECTIVE_BLOCKS: (claim_org_chart, claim_blocks, claim_tables),
    LayoutKind.OBJECTIVE_TABLE: (claim_org_chart, claim_tables),
    LayoutKind.SECTOR_PAGES: (claim_org_chart, claim_sector_pages),
    LayoutKind.GENERIC: (claim_org_chart, claim_tables),
}


def parse_structure(text: str, layout: LayoutKind) -> list[Unit]:
    """Structural units of `text` in document order, for the given layout.

    If the layout-specific parser recognises nothing, the generic parser is used.
    """
    lines = split_lines(text)
    furniture = furniture_lines(lines)
    units = assemble(lines, _claims(lines, _CLAIMERS[layout]), furniture)
    if layout != LayoutKind.GENERIC and not any(u.kind != UnitKind.SECTION for u in units):
        return assemble(lines, _claims(lines, _CLAIMERS[LayoutKind.GENERIC]), furniture)
    return units


def _claims(lines: Sequence[Line], claimers: Sequence[ClaimFn]) -> list[Claim]:
    taken: set[int] = set()
    out: list[Claim] = []
    for claimer in claimers:
        for claim in claimer(lines, taken):
            if any(k in taken for k in range(claim.first, claim.last + 1)):
                continue
            taken.update(range(claim.first, claim.last + 1))
            out.append(claim)
    return out
