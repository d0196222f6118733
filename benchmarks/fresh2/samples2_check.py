"""Validate benchmarks/fresh2/samples2_qa.jsonl against the five sample plans (the checks of
benchmarks/golden_check.py).

Usage: python benchmarks/fresh2/samples2_check.py [qa.jsonl] [samples_dir]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, load, report, sample_texts, samples_args  # noqa: E402

HERE = Path(__file__).resolve().parent
QA, SAMPLES = samples_args(HERE / "samples2_qa.jsonl")


def main() -> int:
    rows = load(QA)
    texts = sample_texts(SAMPLES)
    errors = check(rows, texts)
    return report(rows, errors)


if __name__ == "__main__":
    sys.exit(main())
