"""The Valutazione tab: a golden file's questions asked to the assistant and scored
(in memory: the table of failures comes from the run, not from its files)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from services import NOT_RETRIEVED, Progress, evaluate_qa, load_golden_qa, no_progress
from ui import render
from ui.state import AppContext

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


def evaluate(ctx: AppContext, golden: str | Path, progress: Progress = no_progress) -> EvalResult:
    """Run the golden questions against the indexed documents and score them.

    Raises:
        ValueError: the golden file is not in the expected JSONL format (Italian message).
    """
    items = load_golden_qa(Path(golden))
    run = evaluate_qa(
        ctx.answerer, items, indexed=[d.meta.doc_id for d in ctx.library.documents()],
        progress=progress, around_answer=ctx.dense.priority,
    )
    metrics = run.metrics
    rows = [("tutte", metrics["overall"]), *metrics["per_type"].items()]
    rates = ("accuracy", "hit@1", "hit@5", "mrr@10", "citation_precision")
    summary = [
        [name, m.get("n", 0), *(render.percent(m.get(k)) for k in rates),
         _fmt(m.get("latency_p50_ms"))]
        for name, m in rows
    ]
    failures = []
    for f in run.failures():
        problems = ["risposta errata"] if f.wrong else []
        if f.rank is not None:
            problems.append(
                "passaggio giusto non trovato" if f.rank >= NOT_RETRIEVED
                else f"passaggio giusto solo al posto {f.rank}"
            )
        failures.append([f.item.id, f.item.type, f.item.question, f.answer[:300], "; ".join(problems)])
    o = metrics["overall"]
    message = (
        f"{o['n']} domande in {run.seconds:.1f} s: risposte corrette "
        f"{render.percent(o.get('accuracy'))}, hit@5 {render.percent(o.get('hit@5'))}."
    )
    if run.missing_docs:
        message += (
            " Attenzione: documenti del file di riferimento non indicizzati: "
            + ", ".join(run.missing_docs)
            + " (le domande su di essi risulteranno errate)."
        )
    # Saved for download only: nothing is read back.
    out_dir = ctx.work_dir / "eval" / datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    files = run.write(out_dir)
    return EvalResult(summary, render.eval_chart_html(metrics), failures, message, files, metrics)
