"""The questions the offline answerer gets wrong on a development set, for building.

Loads an existing index once (`piao --data-dir DIR ingest …` made it) and asks every
question in-process, printing the wrong ones with what was expected and answered:

    .venv/bin/python benchmarks/failures.py GOLDEN.jsonl --data-dir DIR [--type T] [--all]

Frozen test splits (`*test*` files) are refused: they are scored by
`benchmarks/generalisation.py` only, never read while building.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.evaluation import answer_correct, citation_precise, load_golden_qa  # noqa: E402
from services import build_answerer, build_library  # noqa: E402
from settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("golden", type=Path)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--type", help="only this question type")
    parser.add_argument("--all", action="store_true", help="print right answers too")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    args = parser.parse_args()
    if "test" in args.golden.name:
        sys.exit("frozen test split: scored by benchmarks/generalisation.py only")
    settings = Settings()
    library = build_library(settings, args.data_dir)
    answerer = build_answerer(settings, library)
    answerer.answer("riscaldamento")
    items = [i for i in load_golden_qa(args.golden) if not args.type or i.type == args.type]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    cited = 0
    latencies = []
    for item in items:
        started = time.perf_counter()
        ans = answerer.answer(item.question)
        latencies.append((time.perf_counter() - started) * 1000)
        ok = answer_correct(item, ans.text)
        cites = [c.as_prediction() for c in ans.citations]
        precise = citation_precise(item, cites) if item.evidence else None
        cited += bool(precise)
        total[item.type] += 1
        right[item.type] += ok
        if (not ok or args.all) and not args.quiet:
            print(f"\n{'OK ' if ok else 'KO '}[{item.type}] {item.id}: {item.question}")
            print(f"   want: {item.must_contain or '(non presente)'}  gold: {item.answer[:160]}")
            if precise is not None:
                print(f"   cite: {'precise' if precise else 'IMPRECISE'}")
            print("   got:  " + ans.text.replace("\n", "\n         "))
    answerable = [t for t in total if t != "non_presente"]
    n_ans = sum(total[t] for t in answerable)
    print(f"\nanswerable {sum(right[t] for t in answerable)}/{n_ans}"
          f"  non_presente {right['non_presente']}/{total['non_presente']}"
          f"  cited {cited}/{sum(1 for i in items if i.evidence)}"
          f"  p50 {statistics.median(latencies):.0f} ms")
    print("  " + "  ".join(f"{t} {right[t]}/{total[t]}" for t in sorted(total)))


if __name__ == "__main__":
    main()
