"""Objective records after ingestion: queries over the catalog (`RecordQueries`),
chat-model extraction for layouts the rules do not know (`LLMRecordExtractor`),
completeness checks and export (CSV, JSON, XLSX, Markdown).
"""

from assistant.records.completeness import (
    Check,
    DocumentReport,
    check_document,
    check_records,
    format_report,
)
from assistant.records.export import export_records, load_records_json, records_format_for
from assistant.records.extract_llm import LLMRecordExtractor, merge_records
from assistant.records.queries import GroupCount, RecordQueries

__all__ = [
    "Check",
    "DocumentReport",
    "GroupCount",
    "LLMRecordExtractor",
    "RecordQueries",
    "check_document",
    "check_records",
    "export_records",
    "format_report",
    "load_records_json",
    "merge_records",
    "records_format_for",
]
