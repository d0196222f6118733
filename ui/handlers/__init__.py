"""The app's handlers: plain functions over the services, one module per tab, testable
without Gradio.

Each takes the `AppContext` first and returns plain data (lists, dicts, HTML
strings). Typed domain errors (IngestError, VectorStoreError, AssistantError) are
raised as they are: app.py turns them into Italian messages for the user. The rules
(question limit, uploads, records, drafts, evaluation) live in `services`; these
functions only shape their results for the page.
"""

from services import Progress
from ui.handlers.chat import (
    ChatUpdate,
    FilterChoices,
    answering_mode,
    ask,
    chat,
    chat_messages,
    filter_choices,
)
from ui.handlers.documents import (
    DOCUMENT_COLUMNS,
    UPLOAD_COLUMNS,
    UploadResult,
    document_ids,
    list_documents,
    reindex_document,
    remove_document,
    upload,
)
from ui.handlers.draft import DraftResult, draft
from ui.handlers.evaluation import FAILURE_COLUMNS, SUMMARY_COLUMNS, EvalResult, evaluate
from ui.handlers.records import (
    EXPORT_FORMATS,
    RECORD_COLUMNS,
    RecordsResult,
    export_records,
    records,
)
from ui.handlers.status import index_status, index_status_html

__all__ = [
    "DOCUMENT_COLUMNS",
    "EXPORT_FORMATS",
    "FAILURE_COLUMNS",
    "RECORD_COLUMNS",
    "SUMMARY_COLUMNS",
    "UPLOAD_COLUMNS",
    "ChatUpdate",
    "DraftResult",
    "EvalResult",
    "FilterChoices",
    "Progress",
    "RecordsResult",
    "UploadResult",
    "answering_mode",
    "ask",
    "chat",
    "chat_messages",
    "document_ids",
    "draft",
    "evaluate",
    "export_records",
    "filter_choices",
    "index_status",
    "index_status_html",
    "list_documents",
    "records",
    "reindex_document",
    "remove_document",
    "upload",
]
