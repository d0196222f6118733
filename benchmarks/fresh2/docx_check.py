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

import sys
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, load, report  # noqa: E402

HERE = Path(__file__).resolve().parent
DOC_NAME = "rivalta-sul-mincio_piao-2026-2028_allegato-performance.docx"
DOC = HERE / "docs" / DOC_NAME
QA = HERE / "docx_plan_qa.jsonl"


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
    rows = load(QA)
    # an anchor lies inside one paragraph or one cell
    return report(rows, check(rows, {DOC_NAME: "\n".join(us)}, {DOC_NAME: us}))


if __name__ == "__main__":
    sys.exit(main())
