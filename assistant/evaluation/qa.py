"""Evaluation on golden Q&A sets in the format of the shared eval README.

Reads the golden JSONL unchanged; `score_qa` runs a system on every question and
returns the predictions (the README's predictions format) and the metrics in memory;
`QARun.write` saves them as `predictions.jsonl` and `metrics.json`; `run_qa_eval`
does both.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

from ingest.models import Chunk
from ingest.text import collapse_lower

K_VALUES = (1, 3, 5, 10)
MAX_ANSWER_CHARS = 800
REFUSAL_MARKERS = (
    "non è presente",
    "non sono presenti",
    "non presente",
    "non presenti",
    "non risulta",
    "non ho trovato",
    "non sono presenti informazioni",
    "non ci sono informazioni",
    "non è indicat",
    "non è riportat",
    "non riporta",
    "non indica",
    "non è disponibile",
    "non contiene",
)


class GoldenQA(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    question: str
    answer: str = ""
    must_contain: list[list[str]] = []
    doc: str | list[str] | None = None
    evidence: list[str] = []
    evidence_docs: list[str] | None = None
    type: str = "unknown"

    def anchor_docs(self) -> list[str | None]:
        """The document of each evidence anchor."""
        if self.evidence_docs:
            return list(self.evidence_docs)
        doc = self.doc if isinstance(self.doc, str) else None
        return [doc] * len(self.evidence)


_M = TypeVar("_M", bound=BaseModel)


def load_jsonl(path: Path, model: type[_M]) -> list[_M]:
    """One `model` per non-empty line; ValueError (Italian message) on a malformed line."""
    items = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                items.append(model.model_validate_json(line))
            except ValueError as exc:
                raise ValueError(f"{path.name}, riga {lineno}: formato non valido ({exc})") from exc
    return items


def load_golden_qa(path: Path) -> list[GoldenQA]:
    return load_jsonl(path, GoldenQA)


@dataclass
class QAOutput:
    """What the system under test returns for one question."""

    answer: str
    passages: list[Chunk]  # ranked, best first, as given to the answer step
    citations: list[dict[str, Any]] = field(default_factory=list)


# hit_rank of a question whose evidence no retrieved passage holds
NOT_RETRIEVED = 10**9


def hit_rank(item: GoldenQA, passages: Sequence[dict[str, Any]]) -> int | None:
    """Smallest k such that every anchor occurs in one of the top-k passages."""
    if not item.evidence:
        return None
    worst = 0
    for anchor, doc in zip(item.evidence, item.anchor_docs(), strict=True):
        needle = collapse_lower(anchor)
        rank = next(
            (
                i
                for i, p in enumerate(passages, start=1)
                if (doc is None or p["doc"] == doc)
                and (needle in collapse_lower(p["text"]) or needle in collapse_lower(p.get("source_text", "")))
            ),
            None,
        )
        if rank is None:
            return NOT_RETRIEVED
        worst = max(worst, rank)
    return worst


def answer_correct(item: GoldenQA, answer: str) -> bool:
    a = collapse_lower(answer)
    if len(answer) > MAX_ANSWER_CHARS:
        return False
    if item.type == "non_presente":
        return any(m in a for m in REFUSAL_MARKERS)
    return all(any(collapse_lower(g) in a for g in group) for group in item.must_contain)


def citation_precise(item: GoldenQA, citations: Sequence[dict[str, Any]]) -> bool:
    """A citation whose quote contains an evidence anchor (or lies inside one)."""
    for c in citations:
        quote = collapse_lower(c.get("quote", ""))
        if not quote:
            continue
        for anchor in item.evidence:
            a = collapse_lower(anchor)
            if a in quote or (len(quote) >= 20 and quote in a):
                return True
    return False


def _percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[idx]


def passage_dict(c: Chunk) -> dict[str, Any]:
    return {"doc": c.doc_id, "page": c.page, "text": c.text, "source_text": c.source_text}


@dataclass(frozen=True)
class QARun:
    """An evaluation run in memory: one prediction per question, in order, and the metrics."""

    predictions: list[dict[str, Any]]
    metrics: dict[str, Any]

    def write(self, out_dir: Path) -> list[Path]:
        """Save `predictions.jsonl` and `metrics.json` in `out_dir`; their paths."""
        out_dir.mkdir(parents=True, exist_ok=True)
        predictions, metrics = out_dir / "predictions.jsonl", out_dir / "metrics.json"
        with predictions.open("w", encoding="utf-8") as fh:
            for row in self.predictions:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        metrics.write_text(json.dumps(self.metrics, ensure_ascii=False, indent=2), encoding="utf-8")
        return [predictions, metrics]


def run_qa_eval(
    items: Sequence[GoldenQA],
    system: Callable[[str], QAOutput],
    out_dir: Path,
    with_answers: bool = True,
) -> dict[str, Any]:
    """Run `system` on every question, write predictions and metrics, return metrics."""
    run = score_qa(items, system, with_answers)
    run.write(out_dir)
    return run.metrics


def score_qa(
    items: Sequence[GoldenQA],
    system: Callable[[str], QAOutput],
    with_answers: bool = True,
) -> QARun:
    """Run `system` on every question; the predictions and metrics, nothing written."""
    rows: list[dict[str, Any]] = []
    per_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        started = time.perf_counter()
        output = system(item.question)
        latency_ms = (time.perf_counter() - started) * 1000
        passages = [passage_dict(c) for c in output.passages[:10]]
        rank = hit_rank(item, passages)
        row = {
            "id": item.id,
            "question": item.question,
            "answer": output.answer,
            "passages": passages,
            "citations": output.citations,
            "latency_ms": round(latency_ms, 1),
        }
        rows.append(row)
        scored = {
            "type": item.type,
            "rank": rank,
            "latency_ms": latency_ms,
            "top5_chars": sum(len(p["text"]) for p in passages[:5]),
            "correct": answer_correct(item, output.answer),
            "cited": citation_precise(item, output.citations),
            "answerable": item.type != "non_presente",
            "has_evidence": bool(item.evidence),
            "doc": next(iter(item.anchor_docs()), None) if item.evidence else None,
        }
        per_type[item.type].append(scored)
        per_type["__all__"].append(scored)
    metrics = {name: _summarize(group, with_answers) for name, group in per_type.items()}
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for scored_item in per_type["__all__"]:
        if scored_item["doc"]:
            by_doc[scored_item["doc"]].append(scored_item)
    metrics = {"overall": metrics.pop("__all__"), "per_type": dict(sorted(metrics.items()))}
    # retrieval per document (of the first evidence anchor): a layout that fails shows here
    metrics["per_doc"] = {doc: _summarize(group, False) for doc, group in sorted(by_doc.items())}
    metrics["retrieval_misses@5"] = [
        {"id": item.id, "type": item.type, "rank": s["rank"]}
        for item, s in zip(items, per_type["__all__"], strict=True)
        if s["rank"] is not None and s["rank"] > 5
    ]
    metrics["wrong_answers"] = (
        [
            {"id": item.id, "type": item.type}
            for item, s in zip(items, per_type["__all__"], strict=True)
            if not s["correct"]
        ]
        if with_answers
        else []
    )
    return QARun(rows, metrics)


def _summarize(group: list[dict[str, Any]], with_answers: bool) -> dict[str, Any]:
    with_ev = [g for g in group if g["has_evidence"]]
    out: dict[str, Any] = {"n": len(group), "n_with_evidence": len(with_ev)}
    for k in K_VALUES:
        out[f"hit@{k}"] = (
            sum(1 for g in with_ev if g["rank"] is not None and g["rank"] <= k) / len(with_ev)
            if with_ev
            else None
        )
    out["mrr@10"] = (
        sum(1 / g["rank"] for g in with_ev if g["rank"] and g["rank"] <= 10) / len(with_ev)
        if with_ev
        else None
    )
    lat = [g["latency_ms"] for g in group]
    out["latency_p50_ms"] = round(statistics.median(lat), 1) if lat else None
    out["latency_p95_ms"] = round(_percentile(lat, 0.95), 1) if lat else None
    out["top5_chars_mean"] = round(statistics.mean(g["top5_chars"] for g in group)) if group else 0
    out["top5_chars_max"] = max((g["top5_chars"] for g in group), default=0)
    if with_answers:
        answerable = [g for g in group if g["answerable"]]
        refusals = [g for g in group if not g["answerable"]]
        out["accuracy"] = sum(g["correct"] for g in group) / len(group) if group else None
        out["answerable_accuracy"] = (
            sum(g["correct"] for g in answerable) / len(answerable) if answerable else None
        )
        out["non_presente_accuracy"] = (
            sum(g["correct"] for g in refusals) / len(refusals) if refusals else None
        )
        out["citation_precision"] = (
            sum(g["cited"] for g in answerable if g["has_evidence"])
            / len([g for g in answerable if g["has_evidence"]])
            if any(g["has_evidence"] for g in answerable)
            else None
        )
    return out


def format_metrics(metrics: dict[str, Any], with_answers: bool) -> str:
    """A plain-text table: overall first, then one row per question type."""
    cols = ["n", "hit@1", "hit@3", "hit@5", "hit@10", "mrr@10", "latency_p50_ms", "latency_p95_ms"]
    if with_answers:
        cols += ["accuracy", "citation_precision"]
    width = {c: max(12, len(c) + 2) for c in cols}
    header = f"{'tipo':<14}" + "".join(f"{c:>{width[c]}}" for c in cols)
    lines = [header, "-" * len(header)]

    def fmt(v: Any, w: int) -> str:
        if v is None:
            return f"{'–':>{w}}"
        if isinstance(v, float):
            return f"{v:>{w}.3f}" if v <= 1.0 else f"{v:>{w}.1f}"
        return f"{v!s:>{w}}"

    rows = [("overall", metrics["overall"]), *metrics["per_type"].items()]
    for name, m in rows:
        lines.append(f"{name:<14}" + "".join(fmt(m.get(c), width[c]) for c in cols))
    o = metrics["overall"]
    lines.append(
        f"top-5 passages: mean {o['top5_chars_mean']} chars, max {o['top5_chars_max']} chars"
    )
    if with_answers and o.get("non_presente_accuracy") is not None:
        lines.append(
            f"answerable accuracy {o['answerable_accuracy']:.3f}  "
            f"non_presente accuracy {o['non_presente_accuracy']:.3f}"
        )
    return "\n".join(lines)
