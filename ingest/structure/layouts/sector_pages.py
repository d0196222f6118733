"""Per-settore pages: an org-chart head, then detail pages of objectives with
indicators and employees (one page per objective)."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import LayoutKind
from ingest.structure.layouts.base import SplitAtSubsections
from ingest.structure.lines import Line
from ingest.structure.orgchart import claim_org_chart
from ingest.structure.transposed import claim_transposed
from ingest.structure.sector_labels import DIPENDENTI_RE, INDICATOR_RE, sp_label
from ingest.structure.sector_pages import claim_sector_pages


class SectorPagesLayout(SplitAtSubsections):
    kind = LayoutKind.SECTOR_PAGES
    claimers = (claim_transposed, claim_org_chart, claim_sector_pages)

    def detect(self, lines: Sequence[Line]) -> float:
        # several detail-page openings, and the indicator / employee marks they carry
        n_detail = sum(1 for ln in lines if sp_label(ln) == "oo")
        n_marks = sum(
            1 for ln in lines if not ln.blank and (DIPENDENTI_RE.match(ln.clean) or INDICATOR_RE.match(ln.clean))
        )
        return 0.9 if n_detail >= 2 and n_marks >= 2 else 0.0
