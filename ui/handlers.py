"""The app's handlers: plain functions over the services, testable without Gradio.

Each takes the `AppContext` first and returns plain data (lists, dicts, HTML
strings). Typed domain errors (IngestError, VectorStoreError, AssistantError) are
raised as they are: app.py turns them into Italian messages for the user.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from assistant.answering import Answer, Turn, check_question
from assistant.evaluation import QAOutput, load_golden_qa, run_qa_eval
from ingest.errors import IngestError
from services import DocumentNotFoundError
from ui import render
from ui.state import AppContext
from vectorstore.errors import VectorStoreError
from vectorstore.search import SearchFilters

log = logging.getLogger(__name__)

# (fraction 0..1, description) -> None; gr.Progress fits, so does a test's list.append
Progress = Callable[[float, str], None]


def _no_progress(_fraction: float, _desc: str) -> None:
    return None


# -- chat ------------------------------------------------------------------------------
@dataclass(frozen=True)
class FilterChoices:
    enti: list[str]
    documenti: list[tuple[str, str]]  # (label, doc_id)
    periodi: list[str]


def filter_choices(ctx: AppContext) -> FilterChoices:
    """What the chat filters offer: the enti, documents and periods that are indexed."""
    docs = ctx.library.documents()
    enti = sorted({d.meta.ente for d in docs if d.meta.ente})
    periodi = sorted({d.meta.periodo for d in docs if d.meta.periodo})
    documenti = sorted(
        ((f"{d.meta.title} ({d.meta.doc_id})", d.meta.doc_id) for d in docs),
        key=lambda pair: pair[0].casefold(),
    )
    return FilterChoices(enti, documenti, periodi)


def make_filters(
    enti: Sequence[str] | None = None,
    documenti: Sequence[str] | None = None,
    periodi: Sequence[str] | None = None,
) -> SearchFilters | None:
    filters = SearchFilters(
        enti=tuple(enti or ()), periodi=tuple(periodi or ()), doc_ids=tuple(documenti or ())
    )
    return None if filters.empty else filters


def _titles(ctx: AppContext) -> dict[str, str]:
    return {d.meta.doc_id: d.meta.title for d in ctx.library.documents()}


def answer_dict(ans: Answer) -> dict[str, Any]:
    """An answer as JSON-ready data (the `ask` API endpoint)."""
    return {
        "answer": ans.text,
        "found": ans.found,
        "mode": ans.mode,
        "query": ans.query,
        "warning": ans.warning,
        "citations": [c.model_dump() for c in ans.citations],
        "passages": [
            {"doc": c.doc_id, "page": c.page, "breadcrumb": c.breadcrumb_text} for c in ans.passages
        ],
    }


def _turns(history: Sequence[dict[str, Any]] | None) -> list[Turn]:
    return [Turn(str(h.get("question", "")), str(h.get("answer", ""))) for h in history or ()]


def ask(
    ctx: AppContext,
    question: str,
    enti: Sequence[str] | None = None,
    documenti: Sequence[str] | None = None,
    periodi: Sequence[str] | None = None,
    history: Sequence[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One answer with its citations, as data.

    Args:
        history: previous turns as {"question": ..., "answer": ...}, oldest first,
            so that follow-ups ("e quali sono le fasi?") can be resolved.

    Raises:
        InvalidQuestionError: empty or oversized question.
    """
    question = check_question(question)
    with ctx.dense.priority():
        ans = ctx.answerer.answer(
            question, make_filters(enti, documenti, periodi), _turns(history)
        )
    return answer_dict(ans)


@dataclass
class ChatUpdate:
    """One step of a chat reply: what the chat shows, the conversation, the copy text."""

    messages: list[dict[str, str]]
    conversation: list[dict[str, Any]]
    copy_text: str = ""
    done: bool = False


def chat_messages(conversation: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    """The chat component's messages for a conversation."""
    messages: list[dict[str, str]] = []
    for turn in conversation:
        messages.append({"role": "user", "content": turn["question"]})
        messages.append({"role": "assistant", "content": turn["html"]})
    return messages


def chat(
    ctx: AppContext,
    question: str,
    enti: Sequence[str] | None,
    documenti: Sequence[str] | None,
    periodi: Sequence[str] | None,
    conversation: Sequence[dict[str, Any]] | None,
) -> Iterator[ChatUpdate]:
    """A streamed reply: updates while the text is produced, then the final answer.

    `conversation` holds the previous turns ({"question", "answer", "html"}); it is
    not modified: the last update carries the new one.

    Raises:
        InvalidQuestionError: before anything is yielded.
    """
    question = check_question(question)
    previous = list(conversation or [])
    shown = chat_messages(previous) + [{"role": "user", "content": question}]
    titles = _titles(ctx)
    streamed = ""
    final: Answer | None = None
    with ctx.dense.priority():
        for event in ctx.answerer.stream(
            question, make_filters(enti, documenti, periodi), _turns(previous)
        ):
            if isinstance(event, Answer):
                final = event
                break
            streamed += event
            yield ChatUpdate(
                shown + [{"role": "assistant", "content": render.streaming_html(streamed)}],
                previous,
            )
    if final is None:  # the Answerer protocol ends every stream with the Answer
        raise RuntimeError("answerer stream ended without an Answer")
    reply = render.answer_html(final, titles) + render.query_note(question, final)
    turn = {"question": question, "answer": final.text, "html": reply, "found": final.found}
    updated = previous + [turn]
    yield ChatUpdate(
        chat_messages(updated), updated, render.answer_plain_text(final, titles), done=True
    )


def answering_mode(ctx: AppContext) -> str:
    return ctx.answerer.label


# -- index status ----------------------------------------------------------------------
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


# -- documents -------------------------------------------------------------------------
DOCUMENT_COLUMNS = [
    "Documento", "Ente", "Periodo", "Pagine", "Blocchi", "Obiettivi", "Importato il",
    "Ricerca semantica",
]


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


UPLOAD_COLUMNS = ["File", "Esito", "Dettagli"]
_OUTCOME_LABELS = {
    "added": "importato",
    "replaced": "aggiornato",
    "unchanged": "già presente, invariato",
}


@dataclass
class UploadResult:
    rows: list[list[str]]  # UPLOAD_COLUMNS, one per file
    message: str
    imported: int = 0
    failed: int = 0


def store_upload(ctx: AppContext, name: str, source: Path) -> Path:
    """Keep an uploaded file under a safe name inside the uploads folder (one seam)."""
    from services import store_upload as store

    return store(name, source, ctx.uploads_dir, max_bytes=ctx.max_upload_bytes).path


def upload(
    ctx: AppContext, files: Sequence[str | Path], progress: Progress = _no_progress
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
    rows: dict[str, list[str]] = {}
    staged: dict[Path, str] = {}  # stored path -> name shown
    total = len(files)
    for i, raw in enumerate(files):
        source = Path(raw)
        name = source.name
        progress(i / (2 * total), f"Controllo {name}")
        try:
            staged[store_upload(ctx, name, source)] = name
        except IngestError as exc:
            rows[name] = [name, "errore", exc.user_message]
    if staged:
        with ctx.write_lock:
            done = 0

            def on_file(_path: Path) -> None:
                nonlocal done
                done += 1
                progress(0.5 + done / (2 * len(staged)), "Lettura e indicizzazione")

            try:
                report = ctx.library.ingest(list(staged), on_file=on_file, dense=False)
            finally:
                for path in staged:
                    path.unlink(missing_ok=True)  # the library keeps its own copy
        shown = {p.name: n for p, n in staged.items()}
        for o in report.outcomes:
            name = shown.get(o.doc_id, o.doc_id)
            detail = f"{o.n_chunks} blocchi" + ("" if name == o.doc_id else f" (salvato come {o.doc_id})")
            rows[name] = [name, _OUTCOME_LABELS[o.status], detail]
        for f in report.failures:
            name = shown.get(f.file_name, f.file_name)
            rows[name] = [name, "errore", f.message]
        if report.changed:
            ctx.dense.request()
    progress(1.0, "Fatto")
    ordered = [rows[Path(f).name] for f in files if Path(f).name in rows]
    imported = sum(1 for r in ordered if r[1] != "errore")
    failed = len(ordered) - imported
    message = f"{imported} file importati"
    if failed:
        message += f", {failed} con errori (vedi tabella)"
    message += ". I documenti sono già consultabili; la ricerca semantica si completa in background."
    return UploadResult(ordered, message, imported, failed)


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


# -- evaluation ------------------------------------------------------------------------
SUMMARY_COLUMNS = ["Tipo", "Domande", "Risposte corrette", "Hit@1", "Hit@5", "MRR@10",
                   "Citazioni precise", "Latenza p50 (ms)"]
FAILURE_COLUMNS = ["Id", "Tipo", "Domanda", "Risposta", "Problema"]


@dataclass
class EvalResult:
    summary: list[list[Any]]  # SUMMARY_COLUMNS: overall first, then per type
    chart_html: str
    failures: list[list[Any]]  # FAILURE_COLUMNS
    message: str
    files: list[Path] = field(default_factory=list)  # predictions.jsonl, metrics.json
    metrics: dict[str, Any] = field(default_factory=dict)


def _fmt(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 3)
    return "–" if value is None else value


def evaluate(ctx: AppContext, golden: str | Path, progress: Progress = _no_progress) -> EvalResult:
    """Run the golden questions against the indexed documents and score them.

    Raises:
        ValueError: the golden file is not in the expected JSONL format (Italian message).
    """
    path = Path(golden)
    try:
        items = load_golden_qa(path)
    except UnicodeDecodeError as exc:
        raise ValueError("Il file di riferimento non è testo UTF-8 (JSON Lines).") from exc
    if not items:
        raise ValueError("Il file di riferimento non contiene domande.")
    indexed = set(document_ids(ctx))
    wanted: set[str] = set()
    for item in items:
        docs = item.doc if isinstance(item.doc, list) else [item.doc]
        wanted.update(d for d in docs + list(item.evidence_docs or []) if d)
    missing = sorted(wanted - indexed)

    out_dir = ctx.work_dir / "eval" / datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    done = 0

    def system(question: str) -> QAOutput:
        nonlocal done
        progress(done / len(items), f"Domanda {done + 1} di {len(items)}")
        with ctx.dense.priority():
            ans = ctx.answerer.answer(question)
        done += 1
        return QAOutput(
            answer=ans.text,
            passages=ans.passages,
            citations=[c.as_prediction() for c in ans.citations],
        )

    started = time.perf_counter()
    metrics = run_qa_eval(items, system, out_dir, with_answers=True)
    seconds = time.perf_counter() - started
    progress(1.0, "Fatto")

    rows = [("tutte", metrics["overall"]), *metrics["per_type"].items()]
    rates = ("accuracy", "hit@1", "hit@5", "mrr@10", "citation_precision")
    summary = [
        [name, m.get("n", 0), *(render.percent(m.get(k)) for k in rates),
         _fmt(m.get("latency_p50_ms"))]
        for name, m in rows
    ]
    predictions = {
        p["id"]: p
        for p in (
            json.loads(line)
            for line in (out_dir / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
    }
    wrong = {w["id"] for w in metrics["wrong_answers"]}
    misses = {m["id"]: m["rank"] for m in metrics["retrieval_misses@5"]}
    failures = []
    for item in items:
        problems = []
        if item.id in wrong:
            problems.append("risposta errata")
        if item.id in misses:
            rank = misses[item.id]
            problems.append(
                "passaggio giusto non trovato" if rank >= 10**9 else f"passaggio giusto solo al posto {rank}"
            )
        if problems:
            answer = predictions.get(item.id, {}).get("answer", "")
            failures.append([item.id, item.type, item.question, answer[:300], "; ".join(problems)])
    o = metrics["overall"]
    message = (
        f"{o['n']} domande in {seconds:.1f} s: risposte corrette {render.percent(o.get('accuracy'))}, "
        f"hit@5 {render.percent(o.get('hit@5'))}."
    )
    if missing:
        message += (
            " Attenzione: documenti del file di riferimento non indicizzati: "
            + ", ".join(missing)
            + " (le domande su di essi risulteranno errate)."
        )
    return EvalResult(
        summary,
        render.eval_chart_html(metrics),
        failures,
        message,
        [out_dir / "predictions.jsonl", out_dir / "metrics.json"],
        metrics,
    )


# -- objective records ----------------------------------------------------------------
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


def _record_filters(
    ente: str | None = None,
    periodo: str | None = None,
    settore: str | None = None,
    responsabile: str | None = None,
    keyword: str | None = None,
    documenti: Sequence[str] | None = None,
) -> Any:
    from assistant.records import RecordQueries

    def clean(value: str | None) -> str | None:
        return value.strip() if value and value.strip() else None

    return RecordQueries.filters(
        ente=clean(ente), periodo=clean(periodo), settore=clean(settore),
        responsabile=clean(responsabile), keyword=clean(keyword),
        doc_ids=list(documenti) if documenti else None,
    )


def _responsible(r: Any) -> str:
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
    from assistant.records import RecordQueries, check_records

    queries = RecordQueries(ctx.library.catalog)
    found = queries.list(_record_filters(ente, periodo, settore, responsabile, keyword, documenti))
    # Checks per whole document: duplicates are only visible among all its objectives.
    docs = sorted({r.doc_id for r in found})
    reports = check_records(queries.list(_record_filters(documenti=docs))) if docs else []
    shown = {r.id for r in found}
    issues: dict[str, list[str]] = {}
    for report in reports:
        for issue in report.issues:
            if issue.record_id in shown:
                issues.setdefault(issue.record_id, []).append(issue.message.split(":")[0])
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
        total = queries.count()
        summary = (
            "Nessun obiettivo corrisponde ai filtri." if total else
            "Nessun obiettivo estratto: carica un PIAO nella scheda Documenti."
        )
    else:
        summary = (
            f"**{len(found)} obiettivi** in {len(docs)} documenti: {len(found) - incomplete} "
            f"completi, {incomplete} da completare."
        )
    warnings = _warnings_markdown(reports, shown)
    return RecordsResult(rows, summary, warnings, len(found))


def _warnings_markdown(reports: Sequence[Any], shown: set[str]) -> str:
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
    from assistant.records import RecordQueries
    from assistant.records import export_records as write

    chosen = (fmt or "csv").lower().lstrip(".")
    found = RecordQueries(ctx.library.catalog).list(
        _record_filters(ente, periodo, settore, responsabile, keyword, documenti)
    )
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = ctx.work_dir / "exports" / stamp / f"obiettivi-piao.{chosen}"
    write(found, path, chosen)
    return path


# -- drafting --------------------------------------------------------------------------
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
    """Draft an objective from the indexed precedents, with a DOCX copy to download.

    Raises:
        DraftError: no usable intent, or a period that is not years.
    """
    from assistant.drafting import DraftRequest, draft_markdown, export_draft

    request = DraftRequest.build(tema, settore, responsabile, ente, periodo, strategico)
    if ctx.drafter is None:
        from assistant.drafting import CatalogPhrases, Drafter, PrecedentFinder

        lib = ctx.library
        ctx.drafter = Drafter(PrecedentFinder(lib.searcher, lib.catalog), CatalogPhrases(lib.catalog))
    result = ctx.drafter.draft(request)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = ctx.work_dir / "drafts" / stamp / "bozza-obiettivo.docx"
    export_draft(result, path)
    rows = [[p.doc_id, p.page, p.titolo, "; ".join(p.taken)] for p in result.precedents]
    return DraftResult(draft_markdown(result), rows, path)
