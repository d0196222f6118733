"""Validate benchmarks/fresh3/samples3_qa.jsonl against the five sample plans (the checks of
benchmarks/golden_check.py).

Usage: python benchmarks/fresh3/samples3_check.py [qa.jsonl] [samples_dir]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, expect, load, report, sample_texts, samples_args  # noqa: E402

HERE = Path(__file__).resolve().parent
QA, SAMPLES = samples_args(HERE / "samples3_qa.jsonl")


def main() -> int:
    rows = load(QA)
    texts = sample_texts(SAMPLES)
    errors = check(rows, texts)
    errors += expect(rows, mix={"confronto": 8, "elenco": 8, "indicatore": 8, "obiettivo": 7, "responsabile": 8,
                                "multi_hop": 5, "tempistica": 5, "numerico": 3, "non_presente": 8})
    return report(rows, errors)


if __name__ == "__main__":
    sys.exit(main())
