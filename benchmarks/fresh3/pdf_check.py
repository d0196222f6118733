"""Validate pdf_plan_qa.jsonl against the pypdf text of
docs/Comune_Roccabruna_Lomellina_PIAO_2026-2028.pdf: the checks of
benchmarks/golden_check.py, every anchor inside one printed text fragment (one line of
one table cell or of prose, collected with pypdf's visitor_text, so that no anchor
straddles cells), ids f3p-001..f3p-045 in order and the requested type mix.
Run: .venv/bin/python benchmarks/fresh3/pdf_check.py
"""
import sys
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, expect, load, report  # noqa: E402

HERE = Path(__file__).resolve().parent
PDF = HERE / "docs" / "Comune_Roccabruna_Lomellina_PIAO_2026-2028.pdf"
MIX = {"responsabile": 8, "multi_hop": 5, "indicatore": 7, "tempistica": 5, "obiettivo": 5,
       "elenco": 5, "numerico": 3, "confronto": 2, "non_presente": 5}


def main() -> int:
    rows = load(HERE / "pdf_plan_qa.jsonl")
    pages, fragments = [], []
    for page in PdfReader(str(PDF)).pages:
        pages.append(page.extract_text())
        page.extract_text(visitor_text=lambda t, *_: fragments.append(t) if t.strip() else None)
    errors = check(rows, {PDF.name: "\n".join(pages)}, {PDF.name: fragments})
    errors += expect(rows, ids=[f"f3p-{i:03d}" for i in range(1, 46)], mix=MIX)
    return report(rows, errors)


if __name__ == "__main__":
    sys.exit(main())
