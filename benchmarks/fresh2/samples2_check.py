"""Validate benchmarks/fresh2/samples2_qa.jsonl against the five sample plans (the checks of
benchmarks/golden_check.py).

Usage: python benchmarks/fresh2/samples2_check.py [qa.jsonl] [samples_dir]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, load, report  # noqa: E402

HERE = Path(__file__).resolve().parent
QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "samples2_qa.jsonl"
SAMPLES = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "data" / "samples"


def main() -> int:
    rows = load(QA)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
    errors = check(rows, texts)
    return report(rows, errors)


if __name__ == "__main__":
    sys.exit(main())
