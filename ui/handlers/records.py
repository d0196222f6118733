"""The Obiettivi tab: the extracted objectives as a filterable table with completeness
warnings, and their export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from assistant.records import DocumentReport
from ingest.models import ObjectiveRecord
from services import checked_records, count_records, record_filters
from services import export_records as write_records
from ui.state import AppContext

RECORD_COLUMNS = [
    "Obiettivo", "Responsabile / settore", "Scadenza", "Indicatori", "Fasi", "Completezza",
    "Ente", "Periodo", "Codice", "Documento", "Pag.",
]
EXPORT_FORMATS = ("csv", "json", "xlsx")
MAX_WARNINGS_SHOWN = 60


@dataclass
class RecordsResult:
    rows: list[list[Any]]  # RECORD_COLUMNS
    summary: str  # Markdown
    warnings: str  # Markdown: completeness warnings of the shown objectives
    count: int


def _responsible(r: ObjectiveRecord) -> str:
    if r.responsabile and r.settore and r.settore not in r.responsabile:
        return f"{r.responsabile} ({r.settore})"
    return r.responsabile or r.settore or "–"


def records(
    ctx: AppContext,
    ente: str | None = None,
    periodo: str | None = None,
    settore: str | None = None,
    responsabile: str | None = None,
    keyword: str | None = None,
    documenti: Sequence[str] | None = None,
) -> RecordsResult:
    """The objectives extracted at ingestion that match the filters, with the
    completeness warnings of each (filters match whole words, accents ignored)."""
    checked = checked_records(
        ctx.library, record_filters(ente, periodo, settore, responsabile, keyword, documenti)
    )
    found, issues = checked.records, checked.issues
    rows = [
        [
            r.titolo or "(senza titolo)", _responsible(r), r.scadenza or "–",
            len(r.indicatori), len(r.fasi),
            "; ".join(issues[r.id]) if r.id in issues else "completo",
            r.ente or "–", r.periodo or "–", r.codice or "", r.doc_id, r.page,
        ]
        for r in found
    ]
    incomplete = sum(1 for r in found if r.id in issues)
    if not found:
        summary = (
            "Nessun obiettivo corrisponde ai filtri." if count_records(ctx.library) else
            "Nessun obiettivo estratto: carica un PIAO nella scheda Documenti."
        )
    else:
        summary = (
            f"**{len(found)} obiettivi** in {len(checked.documents)} documenti: "
            f"{len(found) - incomplete} completi, {incomplete} da completare."
        )
    warnings = _warnings_markdown(checked.reports, {r.id for r in found})
    return RecordsResult(rows, summary, warnings, len(found))


def _warnings_markdown(reports: Sequence[DocumentReport], shown: set[str]) -> str:
    lines: list[str] = []
    n = 0
    for report in reports:
        mine = [i for i in report.issues if i.record_id in shown]
        if not mine:
            continue
        lines.append(f"**{report.doc_id}** — {len({i.record_id for i in mine})} obiettivi da completare")
        for issue in mine:
            n += 1
            if n > MAX_WARNINGS_SHOWN:
                break
            lines.append(f"- pag. {issue.page}, *{issue.title}*: {issue.message}")
        if n > MAX_WARNINGS_SHOWN:
            lines.append("- … (l'elenco completo è nell'esportazione e in `piao records check`)")
            break
    return "\n".join(lines) if lines else "Nessun avviso: gli obiettivi mostrati sono completi."


def export_records(
    ctx: AppContext,
    fmt: str,
    ente: str | None = None,
    periodo: str | None = None,
    settore: str | None = None,
    responsabile: str | None = None,
    keyword: str | None = None,
    documenti: Sequence[str] | None = None,
) -> Path:
    """Write the objectives matching the filters to a new CSV, JSON or XLSX file.

    Raises:
        RecordsError: unknown format, or the file cannot be written.
    """
    chosen = (fmt or "csv").lower().lstrip(".")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = ctx.work_dir / "exports" / stamp / f"obiettivi-piao.{chosen}"
    filters = record_filters(ente, periodo, settore, responsabile, keyword, documenti)
    return write_records(ctx.library, path, chosen, filters).path
