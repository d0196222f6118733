"""Checks a golden QA file (the format of shared/eval/README.md) against the documents
it quotes. The validators of the fresh question sets share these checks; each only
reads its own documents (text, pypdf, python-docx) and adds what its layout needs.

Per question: the golden keys, a known type, unique ids; `doc` a known document, a list
of them, or null (then no evidence); `evidence_docs` one document of `doc` per anchor;
1-3 anchors of 20-80 characters on one line, each found in its document (normalised as
the scorer does) and, when the document's printed pieces are given (lines, table cells),
inside one piece; every `must_contain` group has an alternative in the evidence documents
and in the reference answer; a `non_presente` question has no groups and a refusal marker.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.evaluation.qa import REFUSAL_MARKERS  # noqa: E402
from ingest.text import collapse_lower as N  # noqa: E402

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
TYPES = frozenset({"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop",
                   "confronto", "non_presente", "numerico"})


SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def sample_texts(folder: Path = SAMPLES) -> dict[str, str]:
    """The five sample plans by file name: the documents of the samples question sets."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def samples_args(default_qa: Path) -> tuple[Path, Path]:
    """`[qa.jsonl] [samples_dir]` from the command line of a samples validator."""
    qa = Path(sys.argv[1]) if len(sys.argv) > 1 else default_qa
    return qa, Path(sys.argv[2]) if len(sys.argv) > 2 else SAMPLES


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(rows: Sequence[dict], texts: Mapping[str, str],
          pieces: Mapping[str, Sequence[str]] | None = None) -> list[str]:
    """The errors of `rows` against `texts` (document name → its text) and, if given,
    `pieces` (document name → the printed lines or cells an anchor must lie within)."""
    full = {name: N(text) for name, text in texts.items()}
    units = {name: [N(p) for p in ps] for name, ps in (pieces or {}).items()}
    errors: list[str] = []
    errors += [f"{i}: duplicate id" for i, n in Counter(r.get("id") for r in rows).items() if n > 1]
    for r in rows:
        rid = r.get("id")
        if missing := [k for k in KEYS if k not in r]:
            errors.append(f"{rid}: missing {missing}")
            continue
        if r["type"] not in TYPES:
            errors.append(f"{rid}: unknown type {r['type']}")
        if not str(r["question"]).strip():
            errors.append(f"{rid}: empty question")
        docs = [] if r["doc"] is None else (r["doc"] if isinstance(r["doc"], list) else [r["doc"]])
        errors += [f"{rid}: unknown doc {d}" for d in docs if d not in full]
        ev, evd = r["evidence"], r["evidence_docs"]
        if r["doc"] is None and ev:
            errors.append(f"{rid}: doc null but evidence given")
        if len(ev) != len(evd):
            errors.append(f"{rid}: evidence and evidence_docs differ in length")
        if r["doc"] is not None and not 1 <= len(ev) <= 3:
            errors.append(f"{rid}: {len(ev)} anchors (1-3 wanted)")
        for anchor, d in zip(ev, evd, strict=False):
            if d not in docs:
                errors.append(f"{rid}: evidence doc {d} not in doc")
            if not 20 <= len(anchor) <= 80 or "\n" in anchor:
                errors.append(f"{rid}: anchor length/line {len(anchor)}: {anchor!r}")
            if d in full and N(anchor) not in full[d]:
                errors.append(f"{rid}: anchor not in {d}: {anchor!r}")
            elif d in units and not any(N(anchor) in u for u in units[d]):
                errors.append(f"{rid}: anchor spans several printed lines or cells: {anchor!r}")
        answer = N(r["answer"])
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not any(m in answer for m in REFUSAL_MARKERS):
                errors.append(f"{rid}: non_presente answer lacks a refusal marker")
            continue
        if not r["must_contain"] or not all(isinstance(g, list) and g for g in r["must_contain"]):
            errors.append(f"{rid}: empty or malformed must_contain")
            continue
        evidence_text = " ".join(full.get(d, "") for d in set(evd))
        for group in r["must_contain"]:
            if not any(N(g) in evidence_text for g in group):
                errors.append(f"{rid}: must_contain group not in the evidence documents: {group}")
            if not any(N(g) in answer for g in group):
                errors.append(f"{rid}: answer misses group {group}")
    return errors


def every_alternative(rows: Sequence[dict], texts: Mapping[str, str]) -> list[str]:
    """Each alternative of each `must_contain` group occurs in the evidence documents of
    its question (not just one alternative of the group)."""
    full = {name: N(text) for name, text in texts.items()}
    errors = []
    for r in rows:
        evidence_text = " ".join(full.get(d, "") for d in set(r.get("evidence_docs") or []))
        for group in r.get("must_contain") or []:
            for alt in group if isinstance(group, list) else []:
                if N(alt) not in evidence_text:
                    errors.append(f"{r.get('id')}: alternative {alt!r} not in the evidence documents")
    return errors


def expect(rows: Sequence[dict], ids: Sequence[str] | None = None,
           mix: Mapping[str, int] | None = None) -> list[str]:
    """A set's own shape: its ids in order, its number of questions per type."""
    errors = []
    if ids is not None and [r.get("id") for r in rows] != list(ids):
        errors.append(f"ids not {ids[0]}..{ids[-1]} in order")
    if mix is not None and (got := Counter(r.get("type") for r in rows)) != Counter(mix):
        errors.append(f"type mix {dict(got)} != {dict(mix)}")
    return errors


def report(rows: Sequence[dict], errors: Sequence[str]) -> int:
    """Print the counts and the errors; the exit code (1 on any error)."""
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} questions, {len(errors)} errors")
    print("by type:", dict(sorted(Counter(r.get("type") for r in rows).items())))
    print("by doc:", dict(sorted(Counter(json.dumps(r.get("doc")) for r in rows).items())))
    return 1 if errors else 0
