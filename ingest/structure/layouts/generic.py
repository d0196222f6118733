"""Any other layout: sections under headings (typography first), with the labelled
fields, tables and org charts they contain; objectives are found from headings +
fields + tables at record time."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import LayoutKind
from ingest.structure.layouts.base import SplitAtSubsections
from ingest.structure.lines import Line
from ingest.structure.orgchart import claim_org_chart
from ingest.structure.transposed import claim_transposed
from ingest.structure.table_rows import claim_tables


class GenericLayout(SplitAtSubsections):
    kind = LayoutKind.GENERIC
    claimers = (claim_transposed, claim_org_chart, claim_tables)

    def detect(self, lines: Sequence[Line]) -> float:
        return 0.1  # always applicable, never preferred over a layout that recognises the document
