"""Drafting new objectives, grounded in precedents from the corpus.

`Drafter` composes offline by rules (`composer`, conventions in `rules`);
`LLMDrafter` asks a chat model; both end in the same checks (`finish`: grounded
names, SMART warnings, description). `export_draft` writes Markdown, DOCX or JSON.
"""

from assistant.drafting.composer import Drafter
from assistant.drafting.export import draft_format_for, draft_json, draft_markdown, export_draft
from assistant.drafting.llm_writer import LLMDrafter
from assistant.drafting.models import (
    DA_DEFINIRE,
    REQUIRED_FIELDS,
    Draft,
    DraftRequest,
    DraftWriter,
    Status,
)
from assistant.drafting.names import CatalogPhrases
from assistant.drafting.precedents import PrecedentFinder
from assistant.drafting.smart import check_smart, format_warnings

__all__ = [
    "DA_DEFINIRE",
    "REQUIRED_FIELDS",
    "CatalogPhrases",
    "Draft",
    "DraftRequest",
    "DraftWriter",
    "Drafter",
    "LLMDrafter",
    "PrecedentFinder",
    "Status",
    "check_smart",
    "draft_format_for",
    "draft_json",
    "draft_markdown",
    "export_draft",
    "format_warnings",
]
