"""The application layer: what the CLI, the web app and Python callers do with the
packages below, each rule written once, every call wired from the settings.

- `wiring`     Settings → embedder, store, record extractor, answerer, drafter
- `library`    the document library: open (`build_library`), ingest, re-index,
               remove, search; `rebuild_index`
- `extraction` objective records of files; the one rule "unknown layout → records by
               the chat model"
- `uploads`    uploaded files: stored under safe names, then imported one by one
- `answers`    the question check with the configured limit, filters, passage
               search, an answer as data
- `data`       objective records (filters, lists, completeness, export) and drafts
- `evaluation` golden questions and records scored in memory
- `progress`   the progress callback long work reports to
- `api`        `Piao`, the public Python API over all of the above
- `langchain`  `PiaoRetriever` and `answer_runnable` (imported on first use: only
               LangChain users pay for it)

Callers import these names from `services`, not from its modules.
"""

from typing import Any

from services.answers import answer_dict, check_question, make_filters, search_passages, turns
from services.api import Piao
from services.data import (
    CheckedRecords,
    DraftOutcome,
    Export,
    checked_records,
    count_by_settore,
    count_records,
    export_records,
    list_records,
    record_filters,
    records_to_check,
    write_draft,
)
from services.evaluation import (
    NOT_RETRIEVED,
    FailedQuestion,
    QAEvaluation,
    eval_library,
    evaluate_qa,
    evaluate_records,
    load_golden_qa,
    load_golden_records,
    qa_output,
)
from services.extraction import (
    Extraction,
    FileRecords,
    LLMRecords,
    extract_records,
    wants_llm_records,
    with_llm_records,
)
from services.library import (
    DocumentNotFoundError,
    IngestReport,
    Library,
    build_library,
    files_to_ingest,
    rebuild_index,
)
from services.progress import Progress, no_progress
from services.uploads import (
    StoredUpload,
    UploadOutcome,
    UploadReport,
    import_uploads,
    safe_file_name,
    store_upload,
    uploads_dir,
)
from services.wiring import (
    build_answerer,
    build_drafter,
    build_embedder,
    build_llm_extractor,
    build_store,
)

_LANGCHAIN = ("PiaoRetriever", "answer_runnable", "hit_document")


def __getattr__(name: str) -> Any:
    if name in _LANGCHAIN:
        from services import langchain

        return getattr(langchain, name)
    raise AttributeError(f"module 'services' has no attribute {name!r}")


__all__ = [
    "NOT_RETRIEVED",
    "CheckedRecords",
    "DocumentNotFoundError",
    "DraftOutcome",
    "Export",
    "Extraction",
    "FailedQuestion",
    "FileRecords",
    "IngestReport",
    "LLMRecords",
    "Library",
    "Piao",
    "PiaoRetriever",
    "Progress",
    "QAEvaluation",
    "StoredUpload",
    "UploadOutcome",
    "UploadReport",
    "answer_dict",
    "answer_runnable",
    "build_answerer",
    "build_drafter",
    "build_embedder",
    "build_library",
    "build_llm_extractor",
    "build_store",
    "check_question",
    "checked_records",
    "count_by_settore",
    "count_records",
    "eval_library",
    "evaluate_qa",
    "evaluate_records",
    "export_records",
    "extract_records",
    "files_to_ingest",
    "hit_document",
    "import_uploads",
    "list_records",
    "load_golden_qa",
    "load_golden_records",
    "make_filters",
    "no_progress",
    "qa_output",
    "rebuild_index",
    "record_filters",
    "records_to_check",
    "safe_file_name",
    "search_passages",
    "store_upload",
    "turns",
    "uploads_dir",
    "wants_llm_records",
    "with_llm_records",
    "write_draft",
]
