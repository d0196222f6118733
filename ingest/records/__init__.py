"""Objective records from structural units: rule-based, deterministic, no model.

The structure parsers (`ingest.structure`) already find the objectives of the known
layouts and their labelled fields; this step turns them into `ObjectiveRecord`s:

* which units are objectives: objective blocks / detail pages, table rows that have
  an objective title and at least one other objective field, overview entries, and
  generic sections that carry labelled objective fields (responsabile, indicatori…)
  under an objective-like heading. Org charts and plain sections never are;
* an objective listed in an overview (summary entry, overview table row) and
  described on its own detail page is ONE record: the detail page is the source,
  the overview fills what the detail page leaves out (deadline, settore);
* every value is aligned with the document text (`ingest.align`), so each field
  carries its page, char span and alignment status.

Modules: `candidates` (which units, titles and frames), `merge` (overview + detail),
`build` (values, lists, alignment), `extract` (the whole document).
"""

from ingest.records.build import item_pairs, record_ente, record_id, split_list
from ingest.records.candidates import split_heading_code
from ingest.records.extract import EXTRACTOR_ID, extract_records

__all__ = [
    "EXTRACTOR_ID",
    "extract_records",
    "item_pairs",
    "record_ente",
    "record_id",
    "split_heading_code",
    "split_list",
]
