"""The Bozza tab: a draft objective from the indexed precedents, with a DOCX copy."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from assistant.drafting import DraftRequest, draft_markdown
from services import write_draft
from ui.state import AppContext


@dataclass
class DraftResult:
    markdown: str  # the draft, SMART warnings and precedents
    precedents: list[list[Any]] = field(default_factory=list)  # documento, pagina, obiettivo, ripreso
    file: Path | None = None  # the draft as DOCX


def draft(
    ctx: AppContext,
    ente: str | None,
    tema: str,
    settore: str | None = None,
    periodo: str | None = None,
    responsabile: str | None = None,
    strategico: str | None = None,
) -> DraftResult:
    """Draft an objective from the indexed precedents (the drafter of the settings),
    with a DOCX copy to download.

    Raises:
        DraftError: no usable intent, or a period that is not years.
    """
    request = DraftRequest.build(tema, settore, responsabile, ente, periodo, strategico)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = ctx.work_dir / "drafts" / stamp / "bozza-obiettivo.docx"
    result = write_draft(ctx.drafter(), request, path).draft
    rows = [[p.doc_id, p.page, p.titolo, "; ".join(p.taken)] for p in result.precedents]
    return DraftResult(draft_markdown(result), rows, path)
