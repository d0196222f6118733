"""Document structure: which layout a PIAO text has, and its structural units.

A unit is the smallest piece that must not be split unless too long: an objective
block, a table row, an org-chart entry, a summary entry, a generic section.

Each layout has *claimers* (`blocks`, `table_rows`, `sector_pages`, `orgchart`) that
recognise its specific structures and claim the line ranges they occupy; every line
nobody claims goes through the generic, heading-aware sectioner (`sections`). One
`HeadingTracker` walks the whole document in order, so units found by a claimer
inherit the heading chain of the text around them. Only rules about line *shapes*
and label *vocabularies* are used, so that unseen layouts degrade to sensible
sections instead of failing.

Spans: every unit satisfies `text[u.char_start:u.char_end]` == its verbatim source,
starting at the beginning of its first non-blank line and ending at the last
non-whitespace character of its last non-blank line.
"""

from ingest.structure.block_fields import parse_block_fields, settore_from_responsabile
from ingest.structure.blocks import find_blocks
from ingest.structure.claims import Claim
from ingest.structure.furniture import furniture_lines
from ingest.structure.headings import Heading, HeadingTracker, detect_heading
from ingest.structure.labels import parse_label
from ingest.structure.layout import ClaimFn, detect_layout, parse_structure
from ingest.structure.lines import (
    Line,
    line_span,
    next_nonblank,
    paragraph_end,
    prev_nonblank,
    split_lines,
)
from ingest.structure.orgchart import claim_org_chart, is_person_name, is_settore_heading
from ingest.structure.parts import subsections
from ingest.structure.sections import assemble
from ingest.structure.sector_details import detail_sections
from ingest.structure.sector_labels import is_code_line, sp_label, split_code
from ingest.structure.sector_pages import claim_sector_pages
from ingest.structure.table_rows import claim_tables
from ingest.structure.tables import merge_wrapped_cells
from ingest.structure.timing import split_timing
from ingest.structure.vocabulary import canonical_key, is_known_label, label_key

__all__ = [
    "Claim",
    "ClaimFn",
    "Heading",
    "HeadingTracker",
    "Line",
    "assemble",
    "canonical_key",
    "claim_org_chart",
    "claim_sector_pages",
    "claim_tables",
    "detail_sections",
    "detect_heading",
    "detect_layout",
    "find_blocks",
    "furniture_lines",
    "is_code_line",
    "is_known_label",
    "is_person_name",
    "is_settore_heading",
    "label_key",
    "line_span",
    "merge_wrapped_cells",
    "next_nonblank",
    "paragraph_end",
    "parse_block_fields",
    "parse_label",
    "parse_structure",
    "prev_nonblank",
    "settore_from_responsabile",
    "sp_label",
    "split_code",
    "split_lines",
    "split_timing",
    "subsections",
]
