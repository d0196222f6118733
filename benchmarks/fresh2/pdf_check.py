"""Validate pdf_plan_qa.jsonl against the pypdf text of docs/PIAO_2025_sez2_firmato.pdf.

Checks: JSON parses, ids unique, golden-format keys, evidence 20-80 chars / single line and
found (case-insensitive, whitespace collapsed) in the extracted text, evidence_docs aligned,
every must_contain group of non-non_presente questions has an alternative in the text and in
the reference answer, non_presente answers carry a refusal marker and have must_contain [].
Run: /work/main/.venv/bin/python benchmarks/fresh2/pdf_check.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
PDF = HERE / "docs" / "PIAO_2025_sez2_firmato.pdf"
QA = HERE / "pdf_plan_qa.jsonl"
KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop",
         "confronto", "non_presente", "numerico"}
REFUSAL = ["non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
           "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni",
           "non è indicat", "non è riportat", "non riporta", "non indica", "non è disponibile",
           "non contiene"]


def N(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    reader = PdfReader(str(PDF))
    text = N("\n".join(p.extract_text() for p in reader.pages))
    errors = []
    rows = [json.loads(line) for line in QA.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = Counter(r["id"] for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errors.append(f"{rid}: keys {list(r.keys())}")
        if r["type"] not in TYPES:
            errors.append(f"{rid}: bad type {r['type']}")
        if r["doc"] != PDF.name:
            errors.append(f"{rid}: doc {r['doc']}")
        if r["evidence_docs"] != [PDF.name] * len(r["evidence"]):
            errors.append(f"{rid}: evidence_docs misaligned")
        if not 1 <= len(r["evidence"]) <= 3:
            errors.append(f"{rid}: {len(r['evidence'])} evidence anchors")
        for ev in r["evidence"]:
            if not 20 <= len(ev) <= 80 or "\n" in ev:
                errors.append(f"{rid}: evidence length/line {len(ev)}: {ev!r}")
            if N(ev) not in text:
                errors.append(f"{rid}: evidence not found: {ev!r}")
        ans = N(r["answer"])
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not any(m in ans for m in REFUSAL):
                errors.append(f"{rid}: non_presente answer lacks refusal marker")
        else:
            if not r["must_contain"]:
                errors.append(f"{rid}: empty must_contain")
            for group in r["must_contain"]:
                if not any(N(g) in text for g in group):
                    errors.append(f"{rid}: must_contain group not in doc: {group}")
                if not any(N(g) in ans for g in group):
                    errors.append(f"{rid}: answer misses group: {group}")
    print(f"{len(rows)} questions, {len(reader.pages)} pages;",
          dict(Counter(r["type"] for r in rows)))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
