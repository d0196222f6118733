"""Objective records of files, and the one rule for layouts the rules do not know.

The rule (`with_llm_records`): a document whose layout was not recognised
(`LayoutKind.GENERIC`) also gets the chat model's records, verified against the text
and merged with the rule-based ones; when the model fails, the rule-based records
stay and the failure is reported in Italian, the other files go on. The library
applies it at ingestion (CLI `ingest`, app uploads); `extract_records` applies it to
files read without an index (`piao extract`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError
from assistant.records import LLMRecordExtractor, merge_records
from ingest.models import LayoutKind, ObjectiveRecord, ParsedDocument
from ingest.pipeline import IngestFailure, discover, iter_parsed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LLMRecords:
    """A document after the rule: its records, and why the model added none."""

    parsed: ParsedDocument
    warning: str = ""  # Italian; empty unless the model failed


def wants_llm_records(parsed: ParsedDocument, extractor: LLMRecordExtractor | None) -> bool:
    """Whether the chat model reads this document (an unknown layout, a model configured)."""
    return extractor is not None and parsed.meta.layout == LayoutKind.GENERIC


def with_llm_records(parsed: ParsedDocument, extractor: LLMRecordExtractor) -> LLMRecords:
    """Add the model's records (verified against the text) to the rule-based ones.

    A failing model (server down, reply not JSON…) leaves the rule-based records and
    `records_by` unchanged, so the next ingestion asks the model again.
    """
    doc_id = parsed.meta.doc_id
    try:
        llm_records, report = extractor.extract(parsed)
    except AssistantError as exc:
        log.warning("llm record extraction failed doc_id=%s error=%s", doc_id, exc)
        return LLMRecords(parsed, f"obiettivi letti solo dalle regole: {exc.user_message}")
    log.info(
        "llm records doc_id=%s passages=%d proposed=%d kept=%d dropped=%d",
        doc_id, report.passages, report.proposed, report.kept, len(report.dropped_titles),
    )
    merged = merge_records(parsed.records, llm_records)
    wanted = f"{parsed.records_by}+{extractor.extractor_id}"
    return LLMRecords(parsed.model_copy(update={"records": tuple(merged), "records_by": wanted}))


@dataclass(frozen=True)
class FileRecords:
    """The records read from one file."""

    path: Path
    layout: str
    records: tuple[ObjectiveRecord, ...]
    warning: str = ""


@dataclass(frozen=True)
class Extraction:
    files: tuple[FileRecords, ...]
    failures: tuple[IngestFailure, ...]

    @property
    def records(self) -> list[ObjectiveRecord]:
        return [r for f in self.files for r in f.records]


def extract_records(
    paths: Sequence[Path],
    extractor: LLMRecordExtractor | None = None,
    on_file: Callable[[FileRecords], None] | None = None,
) -> Extraction:
    """The objective records of files and folders read directly (nothing is indexed).

    Bad files are listed in `failures` and the rest goes on, as in ingestion.
    """
    files, failures = discover(paths)
    found: list[FileRecords] = []
    for path, result in iter_parsed(files):
        if isinstance(result, IngestFailure):
            failures.append(result)
            continue
        warning = ""
        if wants_llm_records(result, extractor):
            assert extractor is not None
            outcome = with_llm_records(result, extractor)
            result, warning = outcome.parsed, outcome.warning
        item = FileRecords(path, result.meta.layout.value, tuple(result.records), warning)
        if on_file is not None:
            on_file(item)
        found.append(item)
    return Extraction(tuple(found), tuple(failures))
