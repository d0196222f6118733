"""The objective records of a library as data: filters, lists, counts, completeness,
export; and objective drafts written from the library's precedents.

Both edges and the Python API call these; they format the results their own way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.drafting import Draft, DraftRequest, DraftWriter, draft_format_for, export_draft
from assistant.records import (
    DocumentReport,
    GroupCount,
    RecordQueries,
    check_records,
    records_format_for,
)
from assistant.records import export_records as _write_records
from ingest.models import ObjectiveRecord
from services.library import DocumentNotFoundError, Library
from vectorstore.records import RecordFilters


def record_filters(
    ente: str | None = None,
    periodo: str | None = None,
    settore: str | None = None,
    responsabile: str | None = None,
    keyword: str | None = None,
    doc_ids: Sequence[str] | None = None,
) -> RecordFilters:
    """Record filters; blank values filter nothing. Words match whole, accents and case
    ignored ("verde urb" finds "12. VERDE URBANO")."""

    def clean(value: str | None) -> str | None:
        return value.strip() if value and value.strip() else None

    return RecordQueries.filters(
        ente=clean(ente), periodo=clean(periodo), settore=clean(settore),
        responsabile=clean(responsabile), keyword=clean(keyword),
        doc_ids=list(doc_ids) if doc_ids else None,
    )


def list_records(
    library: Library, filters: RecordFilters | None = None, limit: int | None = None
) -> list[ObjectiveRecord]:
    """The matching records, in document order."""
    return RecordQueries(library.catalog).list(filters, limit)


def count_records(library: Library, filters: RecordFilters | None = None) -> int:
    return RecordQueries(library.catalog).count(filters)


def count_by_settore(library: Library, filters: RecordFilters | None = None) -> list[GroupCount]:
    """Objectives per settore, largest first."""
    return RecordQueries(library.catalog).count_by_settore(filters)


def records_to_check(library: Library, doc_id: str | None = None) -> list[ObjectiveRecord]:
    """Every record of the library, or of one document.

    Raises:
        DocumentNotFoundError: `doc_id` is not indexed.
    """
    queries = RecordQueries(library.catalog)
    if not doc_id:
        return queries.list()
    if library.catalog.document(doc_id) is None:
        raise DocumentNotFoundError(f"Documento non trovato: {doc_id}")
    return queries.of_document(doc_id)


@dataclass(frozen=True)
class CheckedRecords:
    records: list[ObjectiveRecord]  # those matching the filters
    reports: list[DocumentReport]  # the completeness of their documents
    issues: dict[str, list[str]]  # record id -> the names of its problems

    @property
    def documents(self) -> list[str]:
        return sorted({r.doc_id for r in self.records})


def checked_records(library: Library, filters: RecordFilters | None = None) -> CheckedRecords:
    """The matching records with their completeness problems.

    Checked per whole document: duplicates are only visible among all its objectives.
    """
    queries = RecordQueries(library.catalog)
    found = queries.list(filters)
    docs = sorted({r.doc_id for r in found})
    reports = check_records(queries.list(record_filters(doc_ids=docs))) if docs else []
    shown = {r.id for r in found}
    issues: dict[str, list[str]] = {}
    for report in reports:
        for issue in report.issues:
            if issue.record_id in shown:
                issues.setdefault(issue.record_id, []).append(issue.message.split(":")[0])
    return CheckedRecords(found, reports, issues)


@dataclass(frozen=True)
class Export:
    path: Path
    count: int
    fmt: str  # json, csv or xlsx


def export_records(
    library: Library,
    path: Path,
    fmt: str | None = None,
    filters: RecordFilters | None = None,
) -> Export:
    """Write the matching records to `path` (format: `fmt`, else the extension).

    Raises:
        RecordsError: unknown format (before anything is read), or the file cannot be
            written.
    """
    records_format_for(path, fmt)
    found = list_records(library, filters)
    return Export(path, len(found), _write_records(found, path, fmt))


@dataclass(frozen=True)
class DraftOutcome:
    draft: Draft
    written: str | None = None  # the format written to `out`, if any


def write_draft(
    drafter: DraftWriter,
    request: DraftRequest,
    out: Path | None = None,
) -> DraftOutcome:
    """Draft an objective and, with `out`, save it (Markdown, DOCX or JSON).

    Raises:
        DraftError: an unknown output format (checked before drafting), or no draft.
    """
    if out is not None:
        draft_format_for(out)
    result = drafter.draft(request)
    written = export_draft(result, out) if out is not None else None
    return DraftOutcome(result, written)

