"""Validate benchmarks/fresh4/samples4_qa.jsonl against the five sample plans (the checks of
benchmarks/golden_check.py), plus two checks of this set: every alternative of a `must_contain`
group occurs in the question's evidence documents (not just one of them), and the ids run
f4s-001..f4s-050 with the agreed type mix.

Usage: python benchmarks/fresh4/samples4_check.py [qa.jsonl] [samples_dir]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, every_alternative, expect, load, report, sample_texts, samples_args  # noqa: E402

HERE = Path(__file__).resolve().parent
QA, SAMPLES = samples_args(HERE / "samples4_qa.jsonl")

MIX = {"responsabile": 7, "multi_hop": 6, "elenco": 7, "confronto": 6, "indicatore": 6, "obiettivo": 5,
       "tempistica": 4, "numerico": 3, "non_presente": 6}


def main() -> int:
    rows = load(QA)
    texts = sample_texts(SAMPLES)
    errors = check(rows, texts)
    errors += every_alternative(rows, texts)
    errors += expect(rows, ids=[f"f4s-{i:03d}" for i in range(1, 51)], mix=MIX)
    return report(rows, errors)


if __name__ == "__main__":
    sys.exit(main())
