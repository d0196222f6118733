"""Dev, train and frozen-test figures side by side: answers, retrieval and records.

The development set (`../shared/eval`) is a smoke test; what matters is how the
system does on questions and documents nobody tuned it for:

* `samples-train` / `samples-test`: hand-written questions over the five sample
  plans (`benchmarks/questions/`);
* `layouts-train` / `layouts-test`: generated plans in layouts unlike the samples,
  with golden records and questions (`benchmarks/corpora/`); asked over the samples
  *and* those plans together, as a user's index would hold them.

The `*-test` splits are frozen: they are scored here and never read while building.

    .venv/bin/python benchmarks/generalisation.py [--out DIR] [--only qa|records] [--sets a,b]

Each corpus is indexed once (real e5); every set reuses a copy of that index.
Prints one table per kind and writes `DIR/summary.json`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SAMPLES = ROOT / "data" / "samples"
LAYOUT_DOCS = ROOT / "benchmarks" / "corpora" / "docs"
QUESTIONS = ROOT / "benchmarks" / "questions"
GOLD = ROOT / "benchmarks" / "corpora" / "gold"
import os  # noqa: E402

# PIAO_CMD runs another checkout's CLI (e.g. a baseline commit) over the same sets
PIAO = os.environ.get("PIAO_CMD", str(ROOT / ".venv" / "bin" / "piao")).split()

# name -> (golden file, corpus paths)
QA_SETS: dict[str, tuple[Path, tuple[Path, ...]]] = {
    "dev": (SHARED / "dev_qa.jsonl", (SAMPLES,)),
    "samples-train": (QUESTIONS / "samples_train.jsonl", (SAMPLES,)),
    "samples-test": (QUESTIONS / "samples_test.jsonl", (SAMPLES,)),
    "layouts-train": (GOLD / "train_qa.jsonl", (SAMPLES, LAYOUT_DOCS / "train", LAYOUT_DOCS / "test")),
    "layouts-test": (GOLD / "test_qa.jsonl", (SAMPLES, LAYOUT_DOCS / "train", LAYOUT_DOCS / "test")),
}
RECORD_SETS: dict[str, tuple[Path, tuple[Path, ...]]] = {
    "dev": (SHARED / "dev_records.jsonl", (SAMPLES,)),
    "layouts-train": (GOLD / "train_records.jsonl", (LAYOUT_DOCS / "train",)),
    "layouts-test": (GOLD / "test_records.jsonl", (LAYOUT_DOCS / "test",)),
}


def _index_for(corpus: tuple[Path, ...], out: Path, built: dict[tuple[Path, ...], Path]) -> Path:
    """Index a corpus once (through `piao ingest`), returning its data folder."""
    if corpus in built:
        return built[corpus]
    data = out / f"index-{len(built)}"
    cmd = [*PIAO, "--data-dir", str(data), "ingest", *map(str, corpus)]
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    print(f"indexed {', '.join(p.name for p in corpus)} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    built[corpus] = data
    return data


def _run(kind: str, name: str, golden: Path, corpus: tuple[Path, ...], out: Path, built: dict) -> dict:
    target = out / kind / name
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copytree(_index_for(corpus, out, built), target / "index-data")
    cmd = [*PIAO, "eval", kind, str(golden), "--out", str(target)]
    for path in corpus:
        cmd += ["--corpus", str(path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return json.loads((target / "metrics.json").read_text(encoding="utf-8"))


def _fmt(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _qa_table(results: dict[str, dict]) -> str:
    rows = [
        ("questions", lambda m: m["overall"]["n"]),
        ("answerable accuracy", lambda m: m["overall"].get("answerable_accuracy")),
        ("non_presente accuracy", lambda m: m["overall"].get("non_presente_accuracy")),
        ("citation precision", lambda m: m["overall"].get("citation_precision")),
        ("hit@5", lambda m: m["overall"].get("hit@5")),
        ("MRR@10", lambda m: m["overall"].get("mrr@10")),
        ("latency p50 ms", lambda m: m["overall"].get("latency_p50_ms")),
    ]
    types = sorted({t for m in results.values() for t in m.get("per_type", {})})
    for t in types:
        rows.append((f"  {t}", lambda m, t=t: m.get("per_type", {}).get(t, {}).get("accuracy")))
    return _table(results, rows)


def _records_table(results: dict[str, dict]) -> str:
    rows = [
        ("gold records", lambda m: m["n_gold"]),
        ("matched", lambda m: m["n_matched"] / m["n_gold"] if m["n_gold"] else None),
        ("macro field-F1", lambda m: m["macro_f1"]),
    ]
    fields = sorted({f for m in results.values() for f in m.get("fields", {})})
    for f in fields:
        rows.append((f"  {f}", lambda m, f=f: m.get("fields", {}).get(f, {}).get("f1")))
    return _table(results, rows)


def _table(results: dict[str, dict], rows: list) -> str:
    names = list(results)
    lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for label, get in rows:
        cells = []
        for n in names:
            try:
                cells.append(_fmt(get(results[n])))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("–")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "generalisation")
    parser.add_argument("--only", choices=("qa", "records"))
    parser.add_argument("--sets", help="comma-separated set names (default: all)")
    args = parser.parse_args()
    wanted = set(args.sets.split(",")) if args.sets else None
    args.out.mkdir(parents=True, exist_ok=True)
    built: dict[tuple[Path, ...], Path] = {}
    summary: dict[str, dict] = {}
    for kind, sets in (("records", RECORD_SETS), ("qa", QA_SETS)):
        if args.only and args.only != kind:
            continue
        results = {
            name: _run(kind, name, golden, corpus, args.out, built)
            for name, (golden, corpus) in sets.items()
            if golden.exists() and (wanted is None or name in wanted)
        }
        summary[kind] = results
        print(f"\n## {kind}\n")
        print(_records_table(results) if kind == "records" else _qa_table(results))
    # the copied indexes are large and rebuilt on every run: keep metrics only
    for data in built.values():
        shutil.rmtree(data, ignore_errors=True)
    for kind in summary:
        for name in summary[kind]:
            shutil.rmtree(args.out / kind / name / "index-data", ignore_errors=True)
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
