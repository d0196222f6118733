"""Validate benchmarks/fresh3/samples3_qa.jsonl against the five sample plans (the checks of
benchmarks/golden_check.py).

Usage: python benchmarks/fresh3/samples3_check.py [qa.jsonl] [samples_dir]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import check, expect, load, report  # noqa: E402

HERE = Path(__file__).resolve().parent
QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "samples3_qa.jsonl"
SAMPLES = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "data" / "samples"


def main() -> int:
    rows = load(QA)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
    errors = check(rows, texts)
    errors += expect(rows, mix={"confronto": 8, "elenco": 8, "indicatore": 8, "obiettivo": 7, "responsabile": 8,
                                "multi_hop": 5, "tempistica": 5, "numerico": 3, "non_presente": 8})
    return report(rows, errors)


if __name__ == "__main__":
    sys.exit(main())
