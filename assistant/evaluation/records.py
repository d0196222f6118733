"""Evaluation of objective records against golden records (shared eval README format).

Reads the golden JSONL unchanged, matches each gold record to a predicted record
(same `doc`; the prediction's `titolo` — or `codice` + `titolo` — contains the gold
`anchor`, or its source span does), scores every field as the README describes and
writes `predictions.jsonl` (the README's predictions format: one line per extracted
objective), `records.json` (the full records with per-field sources) and
`metrics.json`.

Field scoring:
* scalar strings: normalised exact match and token-F1 over word tokens; gold null vs
  predicted null = 1, gold null vs a value = 0, a gold value vs null = 0;
* `stakeholder`, `dipendenti`: set precision / recall / F1 over normalised items;
* `fasi`, `indicatori`: greedy one-to-one alignment of items by token-F1 of
  `descrizione` / `nome` (aligned if ≥ 0.5), item-level F1, plus the token-F1 of the
  aligned `tempistica` / `target`;
* a gold record without a prediction scores 0 on every field.
The macro F1 is the mean of the per-field F1 over the 15 record fields.
"""

from __future__ import annotations

import html
import json
import re
import statistics
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.evaluation.qa import load_jsonl
from ingest.models import ObjectiveRecord
from ingest.text import Field, collapse_lower

SCALAR_FIELDS = (
    Field.ENTE, Field.PERIODO, Field.CODICE, Field.TITOLO, Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA,
    Field.RESPONSABILE, Field.SETTORE, Field.MOTIVAZIONE, Field.VALORE_ATTESO, Field.SCADENZA,
)
SET_FIELDS = (Field.STAKEHOLDER, Field.DIPENDENTI)
ITEM_FIELDS = {Field.FASI: ("descrizione", "tempistica"), Field.INDICATORI: ("nome", "target")}
RECORD_FIELDS = SCALAR_FIELDS[:10] + (Field.STAKEHOLDER,) + SCALAR_FIELDS[10:] + (Field.FASI, Field.INDICATORI, Field.DIPENDENTI)
ALIGN_THRESHOLD = 0.5

_TAG_RE = re.compile(r"<[^>]{0,200}>")
_WORD_RE = re.compile(r"\w+")
_EDGE_PUNCT = " \t\n.,;:!?-–—_'\"“”‘’«»()[]{}*/\\|"


class GoldenRecord(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    doc: str
    anchor: str
    ente: str | None = None
    periodo: str | None = None
    codice: str | None = None
    titolo: str | None = None
    obiettivo_strategico: str | None = None
    area_strategica: str | None = None
    responsabile: str | None = None
    settore: str | None = None
    stakeholder: list[str] = []
    motivazione: str | None = None
    valore_atteso: str | None = None
    scadenza: str | None = None
    fasi: list[dict[str, str | None]] = []
    indicatori: list[dict[str, str | None]] = []
    dipendenti: list[str] = []


def load_golden_records(path: Path) -> list[GoldenRecord]:
    """Raises ValueError (Italian message) on a malformed line."""
    return load_jsonl(path, GoldenRecord)


# -- normalisation and token scores ---------------------------------------------------------
def norm_value(text: str | None) -> str:
    """N plus removal of HTML tags (and entities) and of leading/trailing punctuation."""
    if text is None:
        return ""
    return collapse_lower(html.unescape(_TAG_RE.sub(" ", text))).strip(_EDGE_PUNCT)


def tokens(text: str | None) -> list[str]:
    return _WORD_RE.findall(norm_value(text))


def token_f1(gold: str | None, pred: str | None) -> float:
    """Token-F1 with the README's null rules."""
    if gold is None or not norm_value(gold):
        return 1.0 if pred is None or not norm_value(pred) else 0.0
    if pred is None or not norm_value(pred):
        return 0.0
    g, p = Counter(tokens(gold)), Counter(tokens(pred))
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def exact(gold: str | None, pred: str | None) -> float:
    g = norm_value(gold) if gold is not None else ""
    p = norm_value(pred) if pred is not None else ""
    return 1.0 if g == p else 0.0


def _prf(n_match: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    if n_gold == 0 and n_pred == 0:
        return 1.0, 1.0, 1.0
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def set_scores(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, float]:
    g = {norm_value(x) for x in gold if norm_value(x)}
    p = {norm_value(x) for x in pred if norm_value(x)}
    return _prf(len(g & p), len(p), len(g))


def item_scores(
    gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]], key: str, sub: str
) -> tuple[float, float, float, list[float]]:
    """(precision, recall, F1, token-F1 of `sub` for every aligned pair)."""
    pairs = sorted(
        (
            (-token_f1(g.get(key), p.get(key)), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
        )
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    sub_scores: list[float] = []
    for neg, i, j in pairs:
        if -neg < ALIGN_THRESHOLD:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        sub_scores.append(token_f1(gold[i].get(sub), pred[j].get(sub)))
    precision, recall, f1 = _prf(len(used_g), len(pred), len(gold))
    return precision, recall, f1, sub_scores


def score_record(gold: GoldenRecord, pred: Mapping[str, Any] | None) -> dict[str, dict[str, float]]:
    """Per-field scores of one gold record ({"f1": ..., "exact": ...} or P/R/F1)."""
    out: dict[str, dict[str, float]] = {}
    g = gold.model_dump()
    for name in SCALAR_FIELDS:
        if pred is None:
            out[name] = {"f1": 0.0, "exact": 0.0}
        else:
            out[name] = {"f1": token_f1(g[name], pred.get(name)), "exact": exact(g[name], pred.get(name))}
    for name in SET_FIELDS:
        if pred is None:
            out[name] = {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        else:
            p, r, f = set_scores(g[name], pred.get(name) or [])
            out[name] = {"precision": p, "recall": r, "f1": f}
    for name, (key, sub) in ITEM_FIELDS.items():
        if pred is None:
            out[name] = {"precision": 0.0, "recall": 0.0, "f1": 0.0}
            out[f"{name}.{sub}"] = {"f1": 0.0}
            continue
        p, r, f, subs = item_scores(g[name], pred.get(name) or [], key, sub)
        out[name] = {"precision": p, "recall": r, "f1": f}
        if subs:
            out[f"{name}.{sub}"] = {"f1": statistics.mean(subs)}
        elif not g[name]:
            out[f"{name}.{sub}"] = {"f1": 1.0 if not pred.get(name) else 0.0}
        else:
            out[f"{name}.{sub}"] = {"f1": 0.0}
    return out


# -- matching -----------------------------------------------------------------------------------
def match_prediction(
    gold: GoldenRecord, predictions: Sequence[Mapping[str, Any]], doc_texts: Mapping[str, str]
) -> Mapping[str, Any] | None:
    """The prediction for a gold record: same doc and its titolo (or codice + titolo)
    contains the anchor; otherwise the tightest source span that contains it."""
    anchor = collapse_lower(norm_value(gold.anchor))
    same_doc = [p for p in predictions if p.get("doc") == gold.doc]
    for p in same_doc:
        titolo = collapse_lower(norm_value(p.get(Field.TITOLO) or ""))
        with_code = collapse_lower(norm_value(f"{p.get('codice') or ''} {p.get('titolo') or ''}"))
        if anchor and (anchor in titolo or anchor in with_code):
            return p
    text = doc_texts.get(gold.doc)
    if text is None:
        return None
    containing = []
    for p in same_doc:
        src = p.get("source") or {}
        span = text[src.get("char_start", 0) : src.get("char_end", 0)]
        if anchor and anchor in collapse_lower(norm_value(span)):
            containing.append((src.get("char_end", 0) - src.get("char_start", 0), p))
    if not containing:
        return None
    return min(containing, key=lambda x: x[0])[1]


def to_prediction(record: ObjectiveRecord) -> dict[str, Any]:
    """A record in the README's predictions format."""
    data = record.model_dump(mode="json", include=set(RECORD_FIELDS))
    return {
        "id": record.id,
        "doc": record.doc_id,
        **{name: data[name] for name in RECORD_FIELDS},
        "source": {
            "doc": record.doc_id,
            "page": record.source.page,
            "char_start": record.source.char_start,
            "char_end": record.source.char_end,
        },
    }


# -- the run --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RecordsRun:
    """A records evaluation in memory: the predictions (README format), the records
    they come from, and the metrics."""

    predictions: list[dict[str, Any]]
    records: list[ObjectiveRecord]
    metrics: dict[str, Any]

    def write(self, out_dir: Path) -> list[Path]:
        """Save `predictions.jsonl`, `records.json` and `metrics.json`; their paths."""
        out_dir.mkdir(parents=True, exist_ok=True)
        paths = [out_dir / "predictions.jsonl", out_dir / "records.json", out_dir / "metrics.json"]
        with paths[0].open("w", encoding="utf-8") as fh:
            for row in self.predictions:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        paths[1].write_text(
            json.dumps([r.model_dump(mode="json") for r in self.records], ensure_ascii=False,
                       indent=1),
            encoding="utf-8",
        )
        paths[2].write_text(json.dumps(self.metrics, ensure_ascii=False, indent=2), encoding="utf-8")
        return paths


def run_records_eval(
    golden: Sequence[GoldenRecord],
    records: Sequence[ObjectiveRecord],
    doc_text: Callable[[str], str | None],
    out_dir: Path,
) -> dict[str, Any]:
    """Score `records` against `golden`; write predictions, records and metrics.

    Args:
        golden: the gold records.
        records: every record extracted from the corpus.
        doc_text: the extracted text of a document by doc id (None if unknown), to
            test source spans.
        out_dir: where predictions.jsonl, records.json and metrics.json go.
    """
    run = score_records(golden, records, doc_text)
    run.write(out_dir)
    return run.metrics


def score_records(
    golden: Sequence[GoldenRecord],
    records: Sequence[ObjectiveRecord],
    doc_text: Callable[[str], str | None],
) -> RecordsRun:
    """Score `records` against `golden` in memory (see `run_records_eval`)."""
    predictions = [to_prediction(r) for r in records]
    texts = {g.doc: t for g in golden if (t := doc_text(g.doc)) is not None}
    per_record: list[dict[str, Any]] = []
    for gold in golden:
        pred = match_prediction(gold, predictions, texts)
        scores = score_record(gold, pred)
        per_record.append({"id": gold.id, "doc": gold.doc, "matched": pred["id"] if pred else None, "scores": scores})
    return RecordsRun(predictions, list(records), summarize(per_record, len(predictions)))


def summarize(per_record: Sequence[dict[str, Any]], n_predictions: int) -> dict[str, Any]:
    names = list(per_record[0]["scores"]) if per_record else []
    fields: dict[str, dict[str, float]] = {}
    for name in names:
        keys = per_record[0]["scores"][name].keys()
        fields[name] = {k: statistics.mean(r["scores"][name][k] for r in per_record) for k in keys}
    macro = statistics.mean(fields[n]["f1"] for n in RECORD_FIELDS) if per_record else 0.0
    return {
        "n_gold": len(per_record),
        "n_matched": sum(1 for r in per_record if r["matched"]),
        "n_predictions": n_predictions,
        "macro_f1": macro,
        "fields": fields,
        "unmatched": [r["id"] for r in per_record if not r["matched"]],
        "per_record": [
            {
                "id": r["id"],
                "matched": r["matched"],
                "f1": {n: round(s["f1"], 3) for n, s in r["scores"].items()},
            }
            for r in per_record
        ],
    }


def format_record_metrics(metrics: dict[str, Any]) -> str:
    """Plain-text table: one row per field, then the macro F1 and matches."""
    lines = [f"{'campo':<24}{'F1':>8}{'exact':>8}{'P':>8}{'R':>8}", "-" * 56]

    def fmt(v: float | None) -> str:
        return f"{'–':>8}" if v is None else f"{v:>8.3f}"

    for name, s in metrics["fields"].items():
        lines.append(f"{name:<24}{fmt(s.get('f1'))}{fmt(s.get('exact'))}{fmt(s.get('precision'))}{fmt(s.get('recall'))}")
    lines.append("-" * 56)
    lines.append(f"macro F1 (15 campi): {metrics['macro_f1']:.3f}")
    lines.append(
        f"record di riferimento abbinati: {metrics['n_matched']}/{metrics['n_gold']} "
        f"· record estratti: {metrics['n_predictions']}"
    )
    if metrics["unmatched"]:
        lines.append("non abbinati: " + ", ".join(metrics["unmatched"]))
    return "\n".join(lines)
