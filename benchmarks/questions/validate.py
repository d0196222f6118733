#!/usr/bin/env python3
"""Validate the held-out question bank (samples_train.jsonl / samples_test.jsonl).

Checks every rule of the golden QA format (shared/eval/README.md) plus the bank's own rules:

* JSON parses, required keys present, ids "s-NNN" unique across both files;
* ``type`` is one of the README types; ``doc`` is a corpus file name, a list of them, or null;
* ``evidence``: 1-3 anchors (0 for ``non_presente`` with ``doc: null``), each 20-80 characters, single line,
  an exact substring of its document (``evidence_docs[i]`` names the file when ``doc`` is a list);
* ``must_contain``: empty iff ``non_presente``; otherwise non-empty groups of non-empty strings; every group
  satisfied by the reference answer (normalised, case-insensitive) and every alternative found in the
  (union of the) named document(s) after whitespace normalisation;
* ``answer``: non-empty, at most 800 characters; ``non_presente`` answers contain a README refusal marker;
* split: an id is in the test file iff ``int(sha256(id)[:8], 16) / 16**8 < 0.362`` (deterministic, content-blind;
  0.362 is the 40% quantile over the first release's ids, so test = 40%);
* no question duplicates another bank question or a dev question (normalised text), and near-duplicates of
  dev questions (token Jaccard >= 0.6) are reported as errors.

Usage: python benchmarks/questions/validate.py [--corpus DIR] [--dev PATH]
Exit code 0 when there are no errors.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
FILES = {"train": HERE / "samples_train.jsonl", "test": HERE / "samples_test.jsonl"}
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
REFUSALS = ["non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene"]
KEYS = {"id", "question", "answer", "must_contain", "doc", "evidence", "type"}
# Fixed cut-off: the 40% quantile of hash_position() over the ids s-001..s-183 of the first release. It depends
# on the ids only (never on question content) and stays fixed, so questions added later with new ids are
# assigned by the same rule and no existing question ever changes split.
TEST_CUTOFF = 0.362


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def hash_position(qid: str) -> float:
    """Uniform position in [0, 1) derived from the id only (first 32 bits of its SHA-256)."""
    return int(hashlib.sha256(qid.encode("utf-8")).hexdigest()[:8], 16) / 16 ** 8


def is_test(qid: str) -> bool:
    return hash_position(qid) < TEST_CUTOFF


def tokens(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(REPO / "data" / "samples"))
    ap.add_argument("--dev", default="/work/shared/eval/dev_qa.jsonl")
    args = ap.parse_args()

    corpus_dir = Path(args.corpus)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))}
    if not texts:
        print(f"ERROR: no corpus files in {corpus_dir}")
        return 2
    ntexts = {k: N(v) for k, v in texts.items()}

    dev = []
    dev_path = Path(args.dev)
    if dev_path.exists():
        dev = [json.loads(l) for l in dev_path.read_text(encoding="utf-8").splitlines() if l.strip()]
    else:
        print(f"warning: dev file {dev_path} not found, dev-overlap check skipped")

    errors: list[str] = []
    seen_ids: dict[str, str] = {}
    seen_q: dict[str, str] = {}
    rows = []
    for split, path in FILES.items():
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{ln}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: invalid JSON ({e})")
                continue
            rows.append((split, where, r))

    for split, where, r in rows:
        qid = r.get("id", "?")
        tag = f"{where} [{qid}]"
        def err(msg):
            errors.append(f"{tag}: {msg}")

        missing = KEYS - r.keys()
        if missing:
            err(f"missing keys {sorted(missing)}")
            continue
        if not re.fullmatch(r"s-\d{3}", qid):
            err("id must look like s-NNN")
        if qid in seen_ids:
            err(f"duplicate id (also in {seen_ids[qid]})")
        seen_ids[qid] = where
        if is_test(qid) != (split == "test"):
            err(f"wrong split: hash rule puts it in {'test' if is_test(qid) else 'train'}")
        t = r["type"]
        if t not in TYPES:
            err(f"unknown type {t!r}")

        question, answer = r["question"], r["answer"]
        if not isinstance(question, str) or not question.strip():
            err("empty question")
        nq = N(question)
        if nq in seen_q:
            err(f"duplicate question text (also {seen_q[nq]})")
        seen_q[nq] = qid
        if not isinstance(answer, str) or not answer.strip():
            err("empty answer")
            continue
        if len(answer) > 800:
            err("reference answer longer than 800 characters")
        na = N(answer)

        # documents
        doc = r["doc"]
        if doc is None:
            docs = []
        elif isinstance(doc, str):
            docs = [doc]
        elif isinstance(doc, list) and len(doc) >= 2 and all(isinstance(d, str) for d in doc):
            docs = doc
        else:
            err("doc must be a file name, a list of >=2 file names, or null")
            continue
        for d in docs:
            if d not in texts:
                err(f"unknown document {d!r}")
        if any(d not in texts for d in docs):
            continue
        if doc is None and t != "non_presente":
            err("doc: null is only allowed for non_presente")

        # evidence
        ev = r["evidence"]
        if not isinstance(ev, list):
            err("evidence must be a list")
            ev = []
        if doc is None:
            if ev:
                err("doc: null must have no evidence")
        elif not 1 <= len(ev) <= 3:
            err(f"evidence must have 1-3 anchors (has {len(ev)})")
        if isinstance(doc, list):
            ed = r.get("evidence_docs")
            if not isinstance(ed, list) or len(ed) != len(ev):
                err("evidence_docs must list one document per anchor when doc is a list")
                ed = [None] * len(ev)
            for d in ed:
                if d is not None and d not in docs:
                    err(f"evidence_docs entry {d!r} not in doc list")
        else:
            if "evidence_docs" in r and r["evidence_docs"] not in (None, [doc] * len(ev)):
                err("evidence_docs given but inconsistent with doc")
            ed = [doc] * len(ev)
        for a, d in zip(ev, ed):
            if not isinstance(a, str):
                err(f"anchor is not a string: {a!r}")
                continue
            if not 20 <= len(a) <= 80:
                err(f"anchor length {len(a)} outside 20-80: {a!r}")
            if "\n" in a or "\r" in a:
                err(f"anchor spans lines: {a!r}")
            if d is not None and a not in texts[d]:
                err(f"anchor not found verbatim in {d}: {a!r}")

        # must_contain
        mc = r["must_contain"]
        if not isinstance(mc, list):
            err("must_contain must be a list")
            continue
        if t == "non_presente":
            if mc:
                err("non_presente must have empty must_contain")
            if not any(m in na for m in REFUSALS):
                err("non_presente answer lacks a refusal marker")
        else:
            if not mc:
                err("must_contain is empty")
            if any(m in na for m in ("non è presente", "non ci sono informazioni", "non ho trovato")):
                err("answer of an answerable question reads like a refusal")
            union = " \n ".join(ntexts[d] for d in docs)
            for g in mc:
                if not isinstance(g, list) or not g or not all(isinstance(x, str) and x.strip() for x in g):
                    err(f"bad must_contain group {g!r}")
                    continue
                if not any(N(x) in na for x in g):
                    err(f"answer does not satisfy group {g!r}")
                for x in g:
                    if N(x) not in union:
                        err(f"must_contain alternative {x!r} not found in the document(s)")

        # dev overlap
        tq = tokens(question)
        for dq in dev:
            if N(dq["question"]) == nq:
                err(f"identical to dev question {dq['id']}")
            else:
                td = tokens(dq["question"])
                jac = len(tq & td) / max(1, len(tq | td))
                if jac >= 0.6:
                    err(f"near-duplicate of dev question {dq['id']} (Jaccard {jac:.2f})")

    # report
    by_split = collections.Counter(s for s, _, _ in rows)
    by_type = collections.defaultdict(collections.Counter)
    by_doc = collections.Counter()
    for s, _, r in rows:
        by_type[r.get("type")][s] += 1
        d = r.get("doc")
        for x in ([d] if isinstance(d, str) else (d or ["<null>"])):
            by_doc[x] += 1
    total = sum(by_split.values())
    print(f"questions: {total}  train: {by_split['train']}  test: {by_split['test']}"
          f"  (test share {by_split['test'] / max(1, total):.0%})")
    print(f"{'type':<14}{'train':>6}{'test':>6}{'total':>7}")
    for t in sorted(by_type):
        c = by_type[t]
        print(f"{t:<14}{c['train']:>6}{c['test']:>6}{c['train'] + c['test']:>7}")
    print("questions per document (multi-doc questions count for each):")
    for d, c in sorted(by_doc.items()):
        print(f"  {d}: {c}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
