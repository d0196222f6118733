"""Records of one document: candidates found, overviews merged, records built."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ingest.align import SourceText
from ingest.models import DocumentMeta, LoadedDocument, ObjectiveRecord, Unit
from ingest.records.build import build_record, record_ente
from ingest.records.candidates import absorb_measure_rows, absorb_schedule_rows, frame_rows_by_office, objective_candidate
from ingest.records.code_frames import frame_by_code_references, frame_by_prose_lists
from ingest.records.merge import merge_overviews

log = logging.getLogger(__name__)

EXTRACTOR_ID = "rules-10"  # bump when the rules change: stored records are then re-extracted


def extract_records(
    document: LoadedDocument, meta: DocumentMeta, units: Sequence[Unit]
) -> list[ObjectiveRecord]:
    """The objectives of one parsed document as records, in document order.

    Args:
        document: the loaded text and pages (spans are offsets into `document.text`).
        meta: the document metadata (ente, periodo).
        units: the structural units found by `ingest.structure.parse_structure`.
    """
    source = SourceText(document.text)
    candidates = [c for u in units if (c := objective_candidate(document.text, u)) is not None]
    absorb_measure_rows(candidates, units)
    candidates = absorb_schedule_rows(candidates)
    frame_rows_by_office(candidates, units, document.text)
    candidates = frame_by_code_references(candidates)
    frame_by_prose_lists(candidates, units, document.text)
    merged = merge_overviews(candidates)
    ente = record_ente(document.text, meta.ente)
    records = [build_record(document, meta, source, cand, ente) for cand in merged]
    records.sort(key=lambda r: r.source.char_start)
    log.info(
        "records doc_id=%s candidates=%d records=%d", meta.doc_id, len(candidates), len(records)
    )
    return records
