"""Validate benchmarks/fresh5/samples5_qa.jsonl against the five sample plans (the checks of
benchmarks/golden_check.py, with each document's lines as its printed pieces so that every
anchor lies within one line), plus the checks of this set: every alternative of a
`must_contain` group occurs in the question's evidence documents (not just one of them), no
anchor has leading/trailing whitespace, and the ids run f5s-001..f5s-050 with the agreed
type mix.

Usage: python benchmarks/fresh5/samples5_check.py [qa.jsonl] [samples_dir]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, every_alternative, expect, load, report, sample_texts, samples_args  # noqa: E402

HERE = Path(__file__).resolve().parent
QA, SAMPLES = samples_args(HERE / "samples5_qa.jsonl")

MIX = {"responsabile": 7, "multi_hop": 6, "elenco": 7, "confronto": 6, "indicatore": 6, "obiettivo": 5,
       "tempistica": 4, "numerico": 3, "non_presente": 6}


def tidy_anchors(rows) -> list[str]:
    """Anchors are copied as they stand: no leading or trailing whitespace."""
    return [f"{r.get('id')}: anchor with surrounding whitespace: {a!r}"
            for r in rows for a in r.get("evidence") or [] if a != a.strip()]


def main() -> int:
    rows = load(QA)
    texts = sample_texts(SAMPLES)
    lines = {name: text.splitlines() for name, text in texts.items()}
    errors = check(rows, texts, lines)
    errors += every_alternative(rows, texts)
    errors += tidy_anchors(rows)
    errors += expect(rows, ids=[f"f5s-{i:03d}" for i in range(1, 51)], mix=MIX)
    return report(rows, errors)


if __name__ == "__main__":
    sys.exit(main())
