"""Validate md_plan_qa.jsonl against the wiki page and the e-mail text of the same plan:
the checks of benchmarks/golden_check.py, every anchor inside one line (one cell of a pipe
table), ids f3m-001..f3m-045 in order and the requested type mix.
Run: .venv/bin/python benchmarks/fresh3/md_check.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, expect, load, report  # noqa: E402

HERE = Path(__file__).resolve().parent
FILES = ["san-vigilio-al-ticino_piao-2025-2027.md", "PIAO_SanVigilio_def.txt"]
MIX = {"responsabile": 8, "multi_hop": 5, "indicatore": 6, "tempistica": 5, "obiettivo": 6,
       "elenco": 5, "numerico": 3, "confronto": 2, "non_presente": 5}


def pieces(text: str) -> list[str]:
    """One piece per line; a Markdown pipe-table row gives one piece per cell instead."""
    out: list[str] = []
    for line in text.splitlines():
        st = line.strip()
        if st.startswith("|") and st.endswith("|"):
            out += [c for c in st.strip("|").split("|") if c.strip()]
        elif st:
            out.append(line)
    return out


def main() -> int:
    rows = load(HERE / "md_plan_qa.jsonl")
    texts = {f: (HERE / "docs" / f).read_text(encoding="utf-8") for f in FILES}
    errors = check(rows, texts, {f: pieces(t) for f, t in texts.items()})
    errors += expect(rows, ids=[f"f3m-{i:03d}" for i in range(1, 46)], mix=MIX)
    return report(rows, errors)


if __name__ == "__main__":
    sys.exit(main())
