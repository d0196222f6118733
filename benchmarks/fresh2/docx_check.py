"""Validate docx_plan_qa.jsonl against the generated .docx.

    .venv/bin/python benchmarks/fresh2/docx_check.py [--dump]

Text = body paragraphs + table cells (python-docx, document order, merged cells
counted once). Checks: JSON fields; unique ids; every evidence anchor (20-80
chars, one line) occurs inside a single paragraph/cell; for non-non_presente
questions every must_contain group has an alternative in the document text;
every reference answer satisfies its own must_contain; non_presente items have
must_contain [] and a refusal marker in the answer. Comparison is
case-insensitive with whitespace collapsed.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
DOC_NAME = "rivalta-sul-mincio_piao-2026-2028_allegato-performance.docx"
DOC = HERE / "docs" / DOC_NAME
QA = HERE / "docx_plan_qa.jsonl"

REFUSAL = ["non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
           "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni",
           "non è indicat", "non è riportat", "non riporta", "non indica", "non è disponibile",
           "non contiene"]
FIELDS = {"id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"}


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def units(path: Path) -> list[str]:
    """Paragraph texts in body order; table cells once each (merged cells deduped)."""
    doc = Document(str(path))
    out: list[str] = []

    def walk_table(t: Table):
        seen = set()
        for row in t.rows:
            for cell in row.cells:
                if cell._tc in seen:  # merged cells repeat in row.cells
                    continue
                seen.add(cell._tc)
                for p in cell.paragraphs:
                    out.append(p.text)
                for inner in cell.tables:
                    walk_table(inner)

    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(block, doc).text)
        elif tag == "tbl":
            walk_table(Table(block, doc))
    return [u for u in out if u.strip()]


def main() -> int:
    us = units(DOC)
    if "--dump" in sys.argv:
        print("\n".join(us))
        return 0
    full = N("\n".join(us))
    nunits = [N(u) for u in us]
    errors: list[str] = []
    rows = [json.loads(l) for l in QA.read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = Counter(r["id"] for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    for r in rows:
        rid = r.get("id")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(set(r) ^ FIELDS)}")
        if r["doc"] != DOC_NAME:
            errors.append(f"{rid}: doc {r['doc']}")
        if len(r["evidence_docs"]) != len(r["evidence"]) or any(d != DOC_NAME for d in r["evidence_docs"]):
            errors.append(f"{rid}: evidence_docs mismatch")
        if not 1 <= len(r["evidence"]) <= 3:
            errors.append(f"{rid}: {len(r['evidence'])} evidence anchors")
        for ev in r["evidence"]:
            if not 20 <= len(ev) <= 80 or "\n" in ev:
                errors.append(f"{rid}: evidence length/line {len(ev)}: {ev!r}")
            if not any(N(ev) in u for u in nunits):
                where = "in full text only" if N(ev) in full else "NOT FOUND"
                errors.append(f"{rid}: evidence {where} (not within one paragraph/cell): {ev!r}")
        ans = N(r["answer"])
        if r["type"] == "non_presente":
            if r["must_contain"] != []:
                errors.append(f"{rid}: non_presente with must_contain")
            if not any(m in ans for m in REFUSAL):
                errors.append(f"{rid}: non_presente answer lacks refusal marker")
            continue
        if not r["must_contain"]:
            errors.append(f"{rid}: empty must_contain")
        for group in r["must_contain"]:
            if not any(N(g) in full for g in group):
                errors.append(f"{rid}: must_contain group not in document: {group}")
            if not any(N(g) in ans for g in group):
                errors.append(f"{rid}: answer does not satisfy group {group}")
    print(f"{len(rows)} questions; types: {dict(Counter(r['type'] for r in rows))}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
