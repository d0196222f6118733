"""The Documenti tab: the indexed documents, uploads (one outcome per file), remove,
re-index."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from services import DocumentNotFoundError, Progress, import_uploads, no_progress
from ui.state import AppContext
from vectorstore.errors import VectorStoreError

log = logging.getLogger(__name__)

DOCUMENT_COLUMNS = [
    "Documento", "Ente", "Periodo", "Pagine", "Blocchi", "Obiettivi", "Importato il",
    "Ricerca semantica",
]
UPLOAD_COLUMNS = ["File", "Esito", "Dettagli"]
_OUTCOME_LABELS = {
    "added": "importato",
    "replaced": "aggiornato",
    "unchanged": "già presente, invariato",
    "error": "errore",
}


def _local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def list_documents(ctx: AppContext) -> list[list[Any]]:
    """One row per indexed document (columns: DOCUMENT_COLUMNS)."""
    catalog = ctx.library.catalog
    records = dict(catalog.count_records_by("doc_id"))
    return [
        [
            d.meta.doc_id,
            d.meta.ente or "–",
            d.meta.periodo or "–",
            d.meta.n_pages,
            d.n_chunks,
            records.get(d.meta.doc_id, 0),
            _local_time(d.ingested_at),
            "pronta" if d.dense_state == "done" else "in corso",
        ]
        for d in ctx.library.documents()
    ]


def document_ids(ctx: AppContext) -> list[str]:
    return [d.meta.doc_id for d in ctx.library.documents()]


@dataclass
class UploadResult:
    rows: list[list[str]]  # UPLOAD_COLUMNS, one per file
    message: str
    imported: int = 0
    failed: int = 0


def upload(
    ctx: AppContext, files: Sequence[str | Path], progress: Progress = no_progress
) -> UploadResult:
    """Import uploaded files: each is checked, stored and indexed lexically at once;
    semantic indexing follows in the background. A bad file gets its own message and
    never touches what is already indexed.

    Args:
        files: paths of the uploaded temporary files; their base names are the names
            the client chose (untrusted: they are sanitised before use).
    """
    if not files:
        return UploadResult([], "Nessun file selezionato.")
    report = import_uploads(
        ctx.library, files, ctx.uploads_dir, max_bytes=ctx.max_upload_bytes,
        progress=progress, write_lock=ctx.write_lock,
    )
    if report.changed:
        ctx.dense.request()
    rows = []
    for o in report.outcomes:
        if o.failed:
            detail = o.message
        else:
            detail = f"{o.n_chunks} blocchi" + (
                "" if o.name == o.doc_id else f" (salvato come {o.doc_id})"
            )
        rows.append([o.name, _OUTCOME_LABELS[o.status], detail])
    message = f"{report.imported} file importati"
    if report.failed:
        message += f", {report.failed} con errori (vedi tabella)"
    message += ". I documenti sono già consultabili; la ricerca semantica si completa in background."
    return UploadResult(rows, message, report.imported, report.failed)


def remove_document(ctx: AppContext, doc_id: str) -> str:
    if not doc_id:
        return "Seleziona un documento da rimuovere."
    with ctx.write_lock:
        removed = ctx.library.remove(doc_id)
    return f"Documento rimosso: {doc_id}" if removed else f"Documento non trovato: {doc_id}"


def reindex_document(ctx: AppContext, doc_id: str) -> str:
    """Re-read the stored copy of a document with the current code, re-embed it.

    The indexed version stays until the new one is written, so a failure loses
    nothing; the vectors are rebuilt in the background (lexical search meanwhile).
    """
    if not doc_id:
        return "Seleziona un documento da reindicizzare."
    try:
        with ctx.write_lock:
            report = ctx.library.reindex(doc_id)
    except DocumentNotFoundError as exc:
        return exc.user_message
    except VectorStoreError as exc:
        log.warning("reindex vectors failed doc_id=%s error=%s", doc_id, exc)
        return (f"{doc_id}: testo reindicizzato, ma {exc.user_message} "
                "L'indice semantico sarà completato quando torna disponibile.")
    if report.failures:
        return f"Reindicizzazione non riuscita per {doc_id}: {report.failures[0].message}"
    ctx.dense.request()
    n_chunks = report.outcomes[0].n_chunks if report.outcomes else 0
    return (f"{doc_id}: reindicizzato ({n_chunks} blocchi); "
            "indice semantico in ricostruzione in background.")
