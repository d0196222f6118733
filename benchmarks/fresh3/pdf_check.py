"""Validate pdf_plan_qa.jsonl against the pypdf text of
docs/Comune_Roccabruna_Lomellina_PIAO_2026-2028.pdf.

Checks
* every line is JSON with exactly the golden keys (shared/eval/README.md), ids f3p-001..f3p-045
  unique and consecutive, type in the allowed set, doc = PDF file name, evidence_docs aligned;
* evidence: 1-3 anchors, 20-80 chars, no line break, found in the whitespace-normalised,
  lower-cased pypdf text AND inside one single printed text fragment (one line of one table
  cell / one prose line, collected with pypdf's visitor_text), so no anchor straddles cells;
* must_contain: non-empty for answerable types, every group has an alternative in the extracted
  text and in the reference answer; empty for non_presente;
* non_presente: the answer carries a refusal marker of the README list;
* type counts match the requested mix.
Run: /work/main/.venv/bin/python benchmarks/fresh3/pdf_check.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
PDF = HERE / "docs" / "Comune_Roccabruna_Lomellina_PIAO_2026-2028.pdf"
QA = HERE / "pdf_plan_qa.jsonl"
KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
MIX = {"responsabile": 8, "multi_hop": 5, "indicatore": 7, "tempistica": 5, "obiettivo": 5,
       "elenco": 5, "numerico": 3, "confronto": 2, "non_presente": 5}
REFUSAL = ["non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
           "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni",
           "non è indicat", "non è riportat", "non riporta", "non indica", "non è disponibile",
           "non contiene"]


def N(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def extract():
    reader = PdfReader(str(PDF))
    pages, frags = [], []
    for page in reader.pages:
        pages.append(page.extract_text())
        page.extract_text(visitor_text=lambda t, *a: frags.append(N(t)) if t.strip() else None)
    return len(reader.pages), N("\n".join(pages)), frags


def main():
    n_pages, text, frags = extract()
    errors = []
    lines = [ln for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    rows = []
    for i, ln in enumerate(lines, 1):
        try:
            rows.append(json.loads(ln))
        except json.JSONDecodeError as e:
            errors.append(f"line {i}: invalid JSON ({e})")
    ids = [r.get("id") for r in rows]
    expected = [f"f3p-{i:03d}" for i in range(1, 46)]
    if ids != expected:
        errors.append(f"ids not f3p-001..f3p-045 in order: {ids[:3]}... ({len(ids)} rows)")
    errors += [f"duplicate id {i}" for i, c in Counter(ids).items() if c > 1]
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errors.append(f"{rid}: keys {list(r.keys())}")
            continue
        if r["type"] not in MIX:
            errors.append(f"{rid}: bad type {r['type']}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        if r["doc"] != PDF.name:
            errors.append(f"{rid}: doc {r['doc']}")
        if r["evidence_docs"] != [PDF.name] * len(r["evidence"]):
            errors.append(f"{rid}: evidence_docs misaligned")
        if not 1 <= len(r["evidence"]) <= 3:
            errors.append(f"{rid}: {len(r['evidence'])} evidence anchors")
        for ev in r["evidence"]:
            if not 20 <= len(ev) <= 80 or "\n" in ev or "\t" in ev:
                errors.append(f"{rid}: evidence length/line {len(ev)}: {ev!r}")
            if N(ev) not in text:
                errors.append(f"{rid}: evidence not found in text: {ev!r}")
            elif not any(N(ev) in f for f in frags):
                errors.append(f"{rid}: evidence spans several printed lines/cells: {ev!r}")
        ans = N(r["answer"])
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not any(m in ans for m in REFUSAL):
                errors.append(f"{rid}: non_presente answer lacks refusal marker")
        else:
            if not r["must_contain"] or not all(isinstance(g, list) and g for g in r["must_contain"]):
                errors.append(f"{rid}: empty/bad must_contain")
                continue
            if any(m in ans for m in REFUSAL):
                errors.append(f"{rid}: answerable question with refusal marker in answer")
            for group in r["must_contain"]:
                if not any(N(g) in text for g in group):
                    errors.append(f"{rid}: must_contain group not in doc: {group}")
                if not any(N(g) in ans for g in group):
                    errors.append(f"{rid}: answer misses group: {group}")
        if len(r["answer"]) > 800:
            errors.append(f"{rid}: answer longer than 800 chars")
    counts = Counter(r.get("type") for r in rows)
    if dict(counts) != MIX:
        errors.append(f"type mix {dict(counts)} != {MIX}")
    print(f"{PDF.name}: {n_pages} pages, {len(frags)} text fragments")
    print(f"{QA.name}: {len(rows)} questions;", dict(sorted(counts.items())))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
