"""Objective tables: one objective per row under a header of field names (tab,
pipe or PDF-ruled cells), the header possibly repeated on every page."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import LayoutKind
from ingest.structure.layouts.base import SplitAtSubsections
from ingest.structure.lines import Line
from ingest.structure.orgchart import claim_org_chart
from ingest.structure.transposed import claim_transposed
from ingest.structure.table_rows import claim_tables
from ingest.structure.tables import find_tables


class ObjectiveTableLayout(SplitAtSubsections):
    kind = LayoutKind.OBJECTIVE_TABLE
    claimers = (claim_transposed, claim_org_chart, claim_tables)

    def detect(self, lines: Sequence[Line]) -> float:
        n_rows = sum(len(t.rows) for t in find_tables(lines, set()))
        return 0.7 if n_rows >= 3 else 0.0
