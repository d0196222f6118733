"""Validate pdf_plan_qa.jsonl against the pypdf text of docs/PIAO_2025_sez2_firmato.pdf
(the checks of benchmarks/golden_check.py).
Run: .venv/bin/python benchmarks/fresh2/pdf_check.py
"""
import sys
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, load, report  # noqa: E402

HERE = Path(__file__).resolve().parent
PDF = HERE / "docs" / "PIAO_2025_sez2_firmato.pdf"


def main() -> int:
    rows = load(HERE / "pdf_plan_qa.jsonl")
    text = "\n".join(p.extract_text() for p in PdfReader(str(PDF)).pages)
    return report(rows, check(rows, {PDF.name: text}))


if __name__ == "__main__":
    sys.exit(main())
