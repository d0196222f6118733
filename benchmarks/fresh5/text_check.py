"""Validate benchmarks/fresh5/text_plan_qa.jsonl against the generated pdftotext-style plan in
benchmarks/fresh5/docs (the checks of benchmarks/golden_check.py).

Every printed line of the text file is a "piece" (form feeds also end a line): an evidence
anchor must lie within one line once whitespace is collapsed, so anchors taken from a
space-aligned table line hold the cell text exactly as it is printed on that line. Added
checks: every alternative of every `must_contain` group occurs in the document, the ids run
f5t-001..f5t-040 with the agreed type mix, and the layout itself (no tabs, one form feed per
page, running header and "Pagina N di M" footer on every page).

Usage: python benchmarks/fresh5/text_check.py [qa.jsonl] [docs_dir]
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, every_alternative, expect, load, report  # noqa: E402

HERE = Path(__file__).resolve().parent
QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "text_plan_qa.jsonl"
DOCS = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "docs"
MIX = {"responsabile": 6, "multi_hop": 6, "elenco": 5, "confronto": 4, "indicatore": 4, "obiettivo": 4,
       "tempistica": 4, "numerico": 3, "non_presente": 4}


def layout(texts) -> list[str]:
    """The pdftotext -layout shape: pages end with a form feed, header and footer on each page."""
    errors = []
    for name, text in texts.items():
        if "\t" in text:
            errors.append(f"{name}: contains a tab")
        pages = text.split("\f")
        if pages[-1] != "":
            errors.append(f"{name}: does not end with a form feed")
        pages = pages[:-1]
        for n, page in enumerate(pages, 1):
            lines = [line for line in page.split("\n") if line.strip()]
            if not lines or "PIAO 2026-2028" not in lines[0]:
                errors.append(f"{name}: page {n} lacks the running header")
            if not lines or lines[-1].strip() != f"Pagina {n} di {len(pages)}":
                errors.append(f"{name}: page {n} lacks the footer 'Pagina {n} di {len(pages)}'")
        if not re.search(r"[a-zà]-\n", text):
            errors.append(f"{name}: no hyphenated line break")
    return errors


def main() -> int:
    rows = load(QA)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.txt"))}
    pieces = {name: text.splitlines() for name, text in texts.items()}  # \f ends a line too
    errors = check(rows, texts, pieces)
    errors += every_alternative(rows, texts)
    errors += expect(rows, ids=[f"f5t-{i:03d}" for i in range(1, 41)], mix=MIX)
    errors += layout(texts)
    return report(rows, errors)


if __name__ == "__main__":
    sys.exit(main())
