"""Validate benchmarks/fresh10s/samples10_qa.jsonl against the five sample plans.

Self-contained (stdlib only): the normaliser and the refusal markers are copied from
shared/eval/README.md; no project code is imported or run.

Checks, per question:
* only the golden keys, a known `type`, unique ids running f10s-001..f10s-050 in order, and the
  agreed type mix (elenco 9, indicatore 8, obiettivo 8, responsabile 7, multi_hop 6, confronto 4,
  numerico 3, tempistica 2, non_presente 3);
* `doc` is a known sample file, a list of at least two of them, or null (then no evidence);
  `evidence_docs` gives one document of `doc` per anchor and covers every document of `doc`;
* 1-3 anchors of 20-80 characters, without line breaks or surrounding whitespace, each found in its
  document (normalised as the scorer does) AND inside a single line of that document (anchors may
  contain the TABs of the org chart / employee tables);
* every alternative of every `must_contain` group occurs in the normalised text of the question's
  evidence documents; at most 5 groups (for `elenco` one group per list item);
* the reference answer satisfies each of its own groups and is at most 800 characters;
* a `non_presente` question has no groups, is tied to a document with an anchor (or doc null) and its
  answer carries a refusal marker; an answerable question's answer does not read like a refusal;
* the question text is not duplicated and at least 3 questions contain a deliberate typo (listed in
  TYPOS below, each must occur in its question).

Usage: python benchmarks/fresh10s/samples10_check.py [qa.jsonl] [samples_dir]
Exit code 0 means 0 errors.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES_DEFAULT = HERE.parents[1] / "data" / "samples"
QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "samples10_qa.jsonl"
SAMPLES = Path(sys.argv[2]) if len(sys.argv) > 2 else SAMPLES_DEFAULT

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
MIX = {"elenco": 9, "indicatore": 8, "obiettivo": 8, "responsabile": 7, "multi_hop": 6,
       "confronto": 4, "numerico": 3, "tempistica": 2, "non_presente": 3}
N_QUESTIONS = 50
IDS = [f"f10s-{i:03d}" for i in range(1, N_QUESTIONS + 1)]
REFUSAL_MARKERS = ("non è presente", "non sono presenti", "non presente", "non presenti",
                   "non risulta", "non ho trovato", "non sono presenti informazioni",
                   "non ci sono informazioni", "non è indicat", "non è riportat", "non riporta",
                   "non indica", "non è disponibile", "non contiene")
# strong refusal phrases an answerable reference answer must not contain
ANSWERABLE_FORBIDDEN = ("non è presente", "non sono presenti", "non ho trovato",
                        "non ci sono informazioni", "non è disponibile")
# deliberate typos: id -> misspelt word that must be in the question
TYPOS = {"f10s-016": "circonvalazione", "f10s-031": "fotovoltaci", "f10s-042": "obbiettivo"}
MAX_ANSWER = 800
MAX_GROUPS = 5


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
    dup_q = [q for q, n in Counter(N(r.get("question", "")) for r in rows).items() if n > 1]
    errors += [f"duplicate question text: {q[:60]!r}" for q in dup_q]
    by_id = {r.get("id"): r for r in rows}
    for rid, word in TYPOS.items():
        if rid in by_id and word not in by_id[rid].get("question", ""):
            errors.append(f"{rid}: declared typo {word!r} not in question")
    for r in rows:
        rid = r.get("id")
        if missing := [k for k in KEYS if k not in r]:
            errors.append(f"{rid}: missing {missing}")
            continue
        if extra := [k for k in r if k not in KEYS]:
            errors.append(f"{rid}: unexpected keys {extra}")
        if r["type"] not in MIX:
            errors.append(f"{rid}: unknown type {r['type']}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        if not isinstance(r["answer"], str) or not r["answer"].strip():
            errors.append(f"{rid}: empty answer")
            continue
        if len(r["answer"]) > MAX_ANSWER:
            errors.append(f"{rid}: answer longer than {MAX_ANSWER} characters ({len(r['answer'])})")
        docs = [] if r["doc"] is None else (r["doc"] if isinstance(r["doc"], list) else [r["doc"]])
        errors += [f"{rid}: unknown doc {d}" for d in docs if d not in full]
        if isinstance(r["doc"], list) and len(set(r["doc"])) < 2:
            errors.append(f"{rid}: doc list with fewer than two documents")
        ev, evd = r["evidence"], r["evidence_docs"]
        if not isinstance(ev, list) or not isinstance(evd, list):
            errors.append(f"{rid}: evidence / evidence_docs must be lists")
            continue
        if r["doc"] is None and (ev or evd):
            errors.append(f"{rid}: doc null but evidence given")
        if len(ev) != len(evd):
            errors.append(f"{rid}: evidence and evidence_docs differ in length")
        if r["doc"] is not None and not 1 <= len(ev) <= 3:
            errors.append(f"{rid}: {len(ev)} anchors (1-3 wanted)")
        if r["doc"] is not None and set(evd) != set(docs):
            errors.append(f"{rid}: evidence_docs {sorted(set(evd))} do not cover doc {docs}")
        for anchor, d in zip(ev, evd):
            if d not in docs:
                errors.append(f"{rid}: evidence doc {d} not in doc")
            if not isinstance(anchor, str):
                errors.append(f"{rid}: anchor is not a string")
                continue
            if not 20 <= len(anchor) <= 80 or "\n" in anchor or "\r" in anchor:
                errors.append(f"{rid}: anchor length/line {len(anchor)}: {anchor!r}")
            if anchor != anchor.strip():
                errors.append(f"{rid}: anchor with surrounding whitespace: {anchor!r}")
            if d not in full:
                continue
            if N(anchor) not in full[d]:
                errors.append(f"{rid}: anchor not in {d}: {anchor!r}")
            elif not any(N(anchor) in ln for ln in lines[d]):
                errors.append(f"{rid}: anchor spans several lines of {d}: {anchor!r}")
        answer = N(r["answer"])
        groups = r["must_contain"]
        if r["type"] == "non_presente":
            if groups:
                errors.append(f"{rid}: non_presente with must_contain")
            if not any(m in answer for m in REFUSAL_MARKERS):
                errors.append(f"{rid}: non_presente answer lacks a refusal marker")
            continue
        if any(m in answer for m in ANSWERABLE_FORBIDDEN):
            errors.append(f"{rid}: answerable question whose answer reads like a refusal")
        if not groups or not all(isinstance(g, list) and g and all(isinstance(a, str) and a.strip() for a in g)
                                 for g in groups):
            errors.append(f"{rid}: empty or malformed must_contain")
            continue
        if len(groups) > MAX_GROUPS:
            errors.append(f"{rid}: {len(groups)} must_contain groups (at most {MAX_GROUPS})")
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
    tabs = sum(1 for r in rows for a in r.get("evidence") or [] if "\t" in a)
    print(f"anchors: {sum(len(r.get('evidence') or []) for r in rows)} (with TAB: {tabs})")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
