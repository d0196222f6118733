"""The status line shown above every tab: documents, chunks, background semantic indexing."""

from __future__ import annotations

from typing import Any

from ui import render
from ui.state import AppContext


def index_status(ctx: AppContext) -> dict[str, Any]:
    """Documents, chunks and the progress of the background semantic indexing."""
    dense = ctx.dense.status()
    backlog = 0 if dense.running else ctx.library.catalog.pending_dense_chunks()
    return {
        "documents": ctx.library.catalog.count_documents(),
        "chunks": ctx.library.catalog.count_chunks(),
        "dense_running": dense.running,
        "dense_done": dense.done,
        "dense_total": dense.total,
        "dense_backlog": backlog,
        "dense_error": dense.error,
        "ready": not dense.running and not backlog and not dense.error,
    }


def index_status_html(ctx: AppContext) -> str:
    s = index_status(ctx)
    return render.dense_status_html(
        s["documents"], s["chunks"], s["dense_running"], s["dense_done"], s["dense_total"],
        s["dense_backlog"], s["dense_error"],
    )
