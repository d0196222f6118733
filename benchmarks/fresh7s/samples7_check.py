"""Validate benchmarks/fresh7s/samples7_qa.jsonl against the five sample plans.

The checks are those of benchmarks/golden_check.py (and of fresh5/samples5_check.py),
reimplemented here so that this validator is self-contained: golden_check.py imports the
normaliser and the refusal markers from the project packages (`ingest`, `assistant`), and this
set was written without running project code. The normaliser and the markers below are copied
from shared/eval/README.md.

Checks, per question:
* the golden keys, a known `type`, unique ids running f7s-001..f7s-045 in order, the agreed
  type mix;
* `doc` a known sample file, a list of them, or null (then no evidence); `evidence_docs` gives
  one document of `doc` per anchor;
* 1-3 anchors of 20-80 characters, no line break, no surrounding whitespace, each found in its
  document (normalised as the scorer does) AND inside one line of that document;
* every alternative of every `must_contain` group occurs in the evidence documents;
* the reference answer satisfies each of its own groups;
* a `non_presente` question has no groups and its answer carries a refusal marker;
* answers stay under the scorer's 800-character limit.

Usage: python benchmarks/fresh7s/samples7_check.py [qa.jsonl] [samples_dir]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES_DEFAULT = HERE.parents[1] / "data" / "samples"
QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "samples7_qa.jsonl"
SAMPLES = Path(sys.argv[2]) if len(sys.argv) > 2 else SAMPLES_DEFAULT

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
MIX = {"elenco": 8, "confronto": 6, "indicatore": 6, "obiettivo": 5, "responsabile": 6,
       "multi_hop": 5, "tempistica": 3, "numerico": 3, "non_presente": 3}
IDS = [f"f7s-{i:03d}" for i in range(1, 46)]
REFUSAL_MARKERS = ("non è presente", "non sono presenti", "non presente", "non presenti",
                   "non risulta", "non ho trovato", "non sono presenti informazioni",
                   "non ci sono informazioni", "non è indicat", "non è riportat", "non riporta",
                   "non indica", "non è disponibile", "non contiene")
MAX_ANSWER = 800


def N(s: str) -> str:
    """The scorer's normalisation: lower-case, collapse whitespace runs, strip."""
    return re.sub(r"\s+", " ", s.lower()).strip()


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(rows: list[dict], texts: dict[str, str]) -> list[str]:
    full = {name: N(t) for name, t in texts.items()}
    lines = {name: [N(x) for x in t.splitlines()] for name, t in texts.items()}
    errors: list[str] = []
    errors += [f"{i}: duplicate id" for i, n in Counter(r.get("id") for r in rows).items() if n > 1]
    if [r.get("id") for r in rows] != IDS:
        errors.append(f"ids not {IDS[0]}..{IDS[-1]} in order")
    got = Counter(r.get("type") for r in rows)
    if got != Counter(MIX):
        errors.append(f"type mix {dict(got)} != {MIX}")
    for r in rows:
        rid = r.get("id")
        if missing := [k for k in KEYS if k not in r]:
            errors.append(f"{rid}: missing {missing}")
            continue
        if extra := [k for k in r if k not in KEYS]:
            errors.append(f"{rid}: unexpected keys {extra}")
        if r["type"] not in MIX:
            errors.append(f"{rid}: unknown type {r['type']}")
        if not str(r["question"]).strip():
            errors.append(f"{rid}: empty question")
        if len(r["answer"]) > MAX_ANSWER:
            errors.append(f"{rid}: answer longer than {MAX_ANSWER} characters ({len(r['answer'])})")
        docs = [] if r["doc"] is None else (r["doc"] if isinstance(r["doc"], list) else [r["doc"]])
        errors += [f"{rid}: unknown doc {d}" for d in docs if d not in full]
        if isinstance(r["doc"], list) and len(r["doc"]) < 2:
            errors.append(f"{rid}: doc list with fewer than two documents")
        ev, evd = r["evidence"], r["evidence_docs"]
        if r["doc"] is None and ev:
            errors.append(f"{rid}: doc null but evidence given")
        if len(ev) != len(evd):
            errors.append(f"{rid}: evidence and evidence_docs differ in length")
        if r["doc"] is not None and not 1 <= len(ev) <= 3:
            errors.append(f"{rid}: {len(ev)} anchors (1-3 wanted)")
        if set(evd) != set(docs) and r["doc"] is not None:
            errors.append(f"{rid}: evidence_docs {sorted(set(evd))} do not cover doc {docs}")
        for anchor, d in zip(ev, evd, strict=False):
            if d not in docs:
                errors.append(f"{rid}: evidence doc {d} not in doc")
            if not 20 <= len(anchor) <= 80 or "\n" in anchor or "\r" in anchor:
                errors.append(f"{rid}: anchor length/line {len(anchor)}: {anchor!r}")
            if anchor != anchor.strip():
                errors.append(f"{rid}: anchor with surrounding whitespace: {anchor!r}")
            if d in full and N(anchor) not in full[d]:
                errors.append(f"{rid}: anchor not in {d}: {anchor!r}")
            elif d in lines and not any(N(anchor) in ln for ln in lines[d]):
                errors.append(f"{rid}: anchor spans several lines of {d}: {anchor!r}")
        answer = N(r["answer"])
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not any(m in answer for m in REFUSAL_MARKERS):
                errors.append(f"{rid}: non_presente answer lacks a refusal marker")
            continue
        if any(m in answer for m in ("non è presente", "non sono presenti", "non ho trovato")):
            errors.append(f"{rid}: answerable question whose answer reads like a refusal")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(a, str) and a.strip() for a in g)
                                 for g in groups):
            errors.append(f"{rid}: empty or malformed must_contain")
            continue
        if len(groups) > 5:
            errors.append(f"{rid}: {len(groups)} must_contain groups (at most 5)")
        evidence_text = " ".join(full.get(d, "") for d in set(evd))
        for group in groups:
            for alt in group:
                if N(alt) not in evidence_text:
                    errors.append(f"{rid}: alternative {alt!r} not in the evidence documents")
            if not any(N(a) in answer for a in group):
                errors.append(f"{rid}: answer misses group {group}")
    return errors


def main() -> int:
    rows = load(QA)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
    if len(texts) != 5:
        print(f"ERROR expected 5 sample plans in {SAMPLES}, found {len(texts)}")
        return 1
    errors = check(rows, texts)
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} questions, {len(errors)} errors")
    print("by type:", dict(sorted(Counter(r.get("type") for r in rows).items())))
    print("by doc:", dict(sorted(Counter(json.dumps(r.get("doc")) for r in rows).items())))
    touched = Counter(d for r in rows for d in set(r.get("evidence_docs") or []))
    print("questions touching each doc:", dict(sorted(touched.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
