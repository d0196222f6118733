"""Did a change keep behaviour? Compare two `generalisation.py --out` folders.

A refactoring must leave every prediction as it was: the answers, their citations,
the retrieved passages and every extracted record, line by line. Only timings may
differ. Use the train and dev sets (never the frozen ones) for this check:

    .venv/bin/python benchmarks/generalisation.py --sets dev,samples-train,layouts-train --out /tmp/before
    ... change the code ...
    .venv/bin/python benchmarks/generalisation.py --sets dev,samples-train,layouts-train --out /tmp/after
    .venv/bin/python benchmarks/same_behaviour.py /tmp/before /tmp/after

Exits 1 and prints the first differences when anything but timings changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

TIMING_KEYS = frozenset({"latency_ms"})


def _lines(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.append({k: v for k, v in row.items() if k not in TIMING_KEYS})
    return rows


def _key(row: dict, index: int) -> str:
    return str(row.get("id") or f"{row.get('doc')}#{row.get('codice')}#{row.get('titolo')}#{index}")


def compare(before: Path, after: Path, show: int = 5) -> list[str]:
    """Differences between the predictions of two runs, as readable lines."""
    problems: list[str] = []
    files = sorted(p.relative_to(before) for p in before.rglob("predictions.jsonl"))
    if not files:
        return [f"no predictions.jsonl under {before}"]
    for rel in files:
        other = after / rel
        if not other.exists():
            problems.append(f"{rel}: missing in {after}")
            continue
        a, b = _lines(before / rel), _lines(other)
        if len(a) != len(b):
            problems.append(f"{rel}: {len(a)} predictions before, {len(b)} after")
        changed = [(i, x, y) for i, (x, y) in enumerate(zip(a, b)) if x != y]
        for i, x, y in changed[:show]:
            fields = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
            problems.append(f"{rel} [{_key(x, i)}] differs in {', '.join(fields)}")
            for k in fields[:2]:
                problems.append(f"    before {k}: {json.dumps(x.get(k), ensure_ascii=False)[:300]}")
                problems.append(f"    after  {k}: {json.dumps(y.get(k), ensure_ascii=False)[:300]}")
        if len(changed) > show:
            problems.append(f"{rel}: … {len(changed) - show} more changed predictions")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    problems = compare(args.before, args.after)
    n = len(list(args.before.rglob("predictions.jsonl")))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"same behaviour: {n} prediction files identical (timings aside)")


if __name__ == "__main__":
    main()
