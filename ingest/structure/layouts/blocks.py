"""Labelled objective blocks and cards: a recurring opening label, then labelled
fields ("LABEL<TAB>value", "Label: value", a two-column label | value table)."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import LayoutKind
from ingest.structure.blocks import claim_blocks, find_blocks
from ingest.structure.layouts.base import SplitAtSubsections
from ingest.structure.lines import Line
from ingest.structure.orgchart import claim_org_chart
from ingest.structure.transposed import claim_transposed
from ingest.structure.table_rows import claim_tables
from ingest.structure.tables import find_tables


class ObjectiveBlocksLayout(SplitAtSubsections):
    kind = LayoutKind.OBJECTIVE_BLOCKS
    claimers = (claim_transposed, claim_org_chart, claim_blocks, claim_tables)

    def detect(self, lines: Sequence[Line]) -> float:
        blocks, _ = find_blocks(lines)
        if len(blocks) < 3:
            return 0.0
        inside = {k for a, b in blocks for k in range(a, b + 1)}
        # table rows inside blocks (an indicator table per block) belong to the
        # blocks; rows elsewhere speak for a table layout, except an org chart's: its
        # rows are offices and people, which any layout may hold
        inside |= {k for c in claim_org_chart(lines, set()) for k in range(c.first, c.last + 1)}
        # (nor do a table's whose header only its shape tells, a plan's risks: they are
        # no objectives)
        n_rows = sum(1 for t in find_tables(lines, set()) if not t.by_shape for row in t.rows if row[0] not in inside)
        return 0.8 if len(blocks) >= n_rows else 0.0
