"""Validate benchmarks/fresh4/docx_plan_qa.jsonl against the generated Word plan(s) in
benchmarks/fresh4/docs (the checks of benchmarks/golden_check.py).

The documents are read with python-docx: every body paragraph and every table cell (cell
text as python-docx gives it, paragraphs joined by a newline) is a "piece"; an evidence
anchor must lie within one piece. The document text is the pieces in body order.

Usage: python benchmarks/fresh4/docx_check.py [qa.jsonl] [docs_dir]
"""
import sys
from pathlib import Path

from docx import Document
from docx.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, expect, load, report  # noqa: E402

HERE = Path(__file__).resolve().parent
QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "docx_plan_qa.jsonl"
DOCS = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "docs"
MIX = {"responsabile": 7, "multi_hop": 7, "elenco": 5, "indicatore": 5, "tempistica": 4, "obiettivo": 4,
       "numerico": 3, "non_presente": 5}


def docx_pieces(path: Path) -> list[str]:
    """Body paragraphs and table cells (nested tables included), in document order."""
    pieces: list[str] = []

    def table(t: Table) -> None:
        seen = set()  # holds the <w:tc> elements, so their identity stays stable
        for row in t.rows:
            for cell in row.cells:
                if cell._tc in seen:  # a merged cell is returned once per grid column
                    continue
                seen.add(cell._tc)
                pieces.append(cell.text)
                for inner in cell.tables:
                    table(inner)

    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, Table):
            table(block)
        else:
            pieces.append(block.text)
    return [p for p in pieces if p.strip()]


def main() -> int:
    rows = load(QA)
    pieces = {p.name: docx_pieces(p) for p in sorted(DOCS.glob("*.docx"))}
    texts = {name: "\n".join(ps) for name, ps in pieces.items()}
    errors = check(rows, texts, pieces)
    errors += expect(rows, ids=[f"f4d-{i:03d}" for i in range(1, 41)], mix=MIX)
    return report(rows, errors)


if __name__ == "__main__":
    sys.exit(main())
