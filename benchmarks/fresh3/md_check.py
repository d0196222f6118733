"""Validate md_plan_qa.jsonl against the two San Vigilio al Ticino documents.

    .venv/bin/python benchmarks/fresh3/md_check.py

Checks: JSON parses; exact field set; ids f3m-001..f3m-045 unique and in order; type
counts; doc / evidence_docs consistent (doc a file name, a list of file names, or null);
1-3 evidence anchors (20-80 chars, one line, no markdown markup ** | #) found verbatim
(whitespace-normalised, case-insensitive) inside a single line of their file, and for
Markdown pipe-table rows inside a single cell; every must_contain group has an
alternative in the text of the evidence docs; each reference answer satisfies its own
must_contain; non_presente items have must_contain [] and a refusal marker in the answer,
and empty evidence when doc is null.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FILES = ["san-vigilio-al-ticino_piao-2025-2027.md", "PIAO_SanVigilio_def.txt"]
QA = HERE / "md_plan_qa.jsonl"
EXPECTED = {"responsabile": 8, "multi_hop": 5, "indicatore": 6, "tempistica": 5, "obiettivo": 6,
            "elenco": 5, "numerico": 3, "confronto": 2, "non_presente": 5}
REFUSAL = ["non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
           "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni",
           "non è indicat", "non è riportat", "non riporta", "non indica", "non è disponibile",
           "non contiene"]
FIELDS = {"id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"}


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def units(text: str) -> list[str]:
    """One unit per line; a Markdown pipe-table row yields one unit per cell instead."""
    out = []
    for line in text.splitlines():
        st = line.strip()
        if st.startswith("|") and st.endswith("|"):
            out += [c for c in st.strip("|").split("|") if c.strip()]
        elif st:
            out.append(line)
    return [N(u) for u in out]


def main() -> int:
    texts = {f: (DOCS / f).read_text(encoding="utf-8") for f in FILES}
    full = {f: N(t) for f, t in texts.items()}
    unit = {f: units(t) for f, t in texts.items()}
    errors: list[str] = []
    try:
        rows = [json.loads(l) for l in QA.read_text(encoding="utf-8").splitlines() if l.strip()]
    except json.JSONDecodeError as e:
        print("ERROR invalid JSON:", e)
        return 1
    ids = [r.get("id") for r in rows]
    if ids != [f"f3m-{i:03d}" for i in range(1, 46)]:
        errors.append(f"ids not f3m-001..f3m-045 in order: {ids}")
    errors += [f"duplicate id {i}" for i, c in Counter(ids).items() if c > 1]
    types = Counter(r.get("type") for r in rows)
    if dict(types) != EXPECTED:
        errors.append(f"type counts {dict(types)} != {EXPECTED}")
    for r in rows:
        rid = r.get("id")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(set(r) ^ FIELDS)}")
            continue
        if not r["question"].strip() or not r["answer"].strip():
            errors.append(f"{rid}: empty question/answer")
        if len(r["answer"]) > 800:
            errors.append(f"{rid}: answer longer than 800 chars")
        doc = r["doc"]
        docs = [] if doc is None else (doc if isinstance(doc, list) else [doc])
        if any(d not in FILES for d in docs) or (isinstance(doc, list) and len(doc) < 2):
            errors.append(f"{rid}: bad doc {doc!r}")
        ev, evd = r["evidence"], r["evidence_docs"]
        if len(ev) != len(evd):
            errors.append(f"{rid}: evidence/evidence_docs length mismatch")
        if any(d not in docs for d in evd):
            errors.append(f"{rid}: evidence_docs {evd} not within doc {doc}")
        if isinstance(doc, list) and set(evd) != set(doc):
            errors.append(f"{rid}: multi-doc question without an anchor in every doc")
        if doc is None:
            if ev:
                errors.append(f"{rid}: doc null but evidence given")
        elif not 1 <= len(ev) <= 3:
            errors.append(f"{rid}: {len(ev)} evidence anchors")
        for a, d in zip(ev, evd):
            if not 20 <= len(a) <= 80 or "\n" in a:
                errors.append(f"{rid}: anchor length/line {len(a)}: {a!r}")
            if "**" in a or "|" in a or "#" in a:
                errors.append(f"{rid}: anchor contains markdown markup: {a!r}")
            if d in unit and not any(N(a) in u for u in unit[d]):
                where = "only across lines/cells" if N(a) in full[d] else "NOT FOUND"
                errors.append(f"{rid}: anchor {where} in {d}: {a!r}")
        ans = N(r["answer"])
        if r["type"] == "non_presente":
            if r["must_contain"] != []:
                errors.append(f"{rid}: non_presente with must_contain")
            if not any(m in ans for m in REFUSAL):
                errors.append(f"{rid}: non_presente answer lacks refusal marker")
            continue
        if not r["must_contain"] or not all(isinstance(g, list) and g for g in r["must_contain"]):
            errors.append(f"{rid}: empty/malformed must_contain")
            continue
        evtext = " ".join(full[d] for d in set(evd) if d in full)
        for group in r["must_contain"]:
            if not any(N(g) in evtext for g in group):
                errors.append(f"{rid}: must_contain group not in evidence docs: {group}")
            if not any(N(g) in ans for g in group):
                errors.append(f"{rid}: answer does not satisfy group {group}")
    print(f"{len(rows)} questions; types: {dict(types)}")
    print("docs:", dict(Counter(json.dumps(r.get('doc')) for r in rows)))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
