"""One document from loaded text to chunks and records: layout -> metadata -> units ->
chunks + objective records."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping

from ingest.chunking import Chunker
from ingest.code_links import link_code_sections
from ingest.metadata import infer_meta
from ingest.models import LayoutKind, LoadedDocument, ParsedDocument
from ingest.records import EXTRACTOR_ID, extract_records
from ingest.structure import detect_layout, parse_structure

logger = logging.getLogger(__name__)


def parse_document(
    doc: LoadedDocument,
    overrides: Mapping[str, str] | None = None,
    chunker: Chunker | None = None,
) -> ParsedDocument:
    """Structure and chunk one loaded document.

    Args:
        doc: the document text and pages, as produced by the loaders.
        overrides: per-file metadata that wins over inference
            (keys: ente, periodo, title, layout).
        chunker: the chunker to use; default budgets when omitted.

    Raises:
        ValueError: an override key or layout value is invalid.
    """
    started = time.perf_counter()
    if overrides and "layout" in overrides:
        layout = LayoutKind(overrides["layout"])
    else:
        layout = detect_layout(doc.text)
    meta = infer_meta(doc, layout, overrides)
    units = parse_structure(doc.text, meta.layout)
    chunks = (chunker or Chunker())(doc, meta, units)
    records = extract_records(doc, meta, units)
    chunks = link_code_sections(chunks, records)
    logger.info(
        "parsed doc_id=%s layout=%s units=%d chunks=%d records=%d ms=%.0f",
        meta.doc_id, meta.layout.value, len(units), len(chunks), len(records),
        (time.perf_counter() - started) * 1000,
    )
    return ParsedDocument(
        meta=meta, document=doc, chunks=tuple(chunks), records=tuple(records), records_by=EXTRACTOR_ID
    )
