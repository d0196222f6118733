"""Validate benchmarks/fresh3/samples3_qa.jsonl against the five sample plans.

Checks (golden QA format of shared/eval/README.md):
* JSON parses, ids unique, required fields, known type;
* doc is a sample file, a list of sample files, or null (then no evidence);
* evidence_docs has one file per anchor and every file belongs to doc;
* every anchor is 20-80 chars, single line, and occurs in its document
  (case-insensitive, whitespace collapsed) and also verbatim in the raw file;
* every must_contain group has an alternative occurring in the evidence documents;
* the reference answer satisfies its own must_contain;
* non_presente: empty must_contain and a refusal marker in the answer;
* ids are f3s-001 ... f3s-NNN in order; type counts match EXPECTED.

Usage: python benchmarks/fresh3/samples3_check.py [qa.jsonl] [samples_dir]
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "samples3_qa.jsonl")
SAMPLES = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "data", "samples")
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop",
         "confronto", "non_presente", "numerico"}
REFUSALS = ["non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni",
            "non è indicat", "non è riportat", "non riporta", "non indica", "non è disponibile",
            "non contiene"]
EXPECTED = {"confronto": 8, "elenco": 8, "indicatore": 8, "obiettivo": 7, "responsabile": 8,
            "multi_hop": 5, "tempistica": 5, "numerico": 3, "non_presente": 8}
FIELDS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]


def N(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def main():
    raw = {f: open(os.path.join(SAMPLES, f), encoding="utf-8").read()
           for f in os.listdir(SAMPLES) if f.endswith(".txt")}
    docs = {f: N(t) for f, t in raw.items()}
    errors, ids = [], set()
    by_type, by_doc = collections.Counter(), collections.Counter()
    rows = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
    for r in rows:
        rid = r.get("id")
        err = lambda m: errors.append(f"{rid}: {m}")
        for k in FIELDS:
            if k not in r:
                err(f"missing field {k}")
        if rid in ids:
            err("duplicate id")
        ids.add(rid)
        if r["type"] not in TYPES:
            err(f"unknown type {r['type']}")
        by_type[r["type"]] += 1
        doc = r["doc"]
        dl = [] if doc is None else (doc if isinstance(doc, list) else [doc])
        for d in dl:
            by_doc[d] += 1
            if d not in docs:
                err(f"unknown doc {d}")
        if doc is None:
            by_doc["<null>"] += 1
            if r["evidence"]:
                err("doc null but evidence given")
        ev, evd = r["evidence"], r["evidence_docs"]
        if len(ev) != len(evd):
            err("evidence/evidence_docs length mismatch")
        if doc is not None and not 1 <= len(ev) <= 3:
            err("need 1-3 anchors")
        for a, d in zip(ev, evd):
            if d not in dl:
                err(f"evidence doc {d} not in doc")
            if not 20 <= len(a) <= 80 or "\n" in a:
                err(f"anchor length/line: {a!r} ({len(a)})")
            if d in docs and N(a) not in docs[d]:
                err(f"anchor not found in {d}: {a!r}")
            elif d in raw and a not in raw[d]:
                err(f"anchor only matches after normalisation (not verbatim) in {d}: {a!r}")
        mc = r["must_contain"]
        if r["type"] == "non_presente":
            if mc:
                err("non_presente must have empty must_contain")
            if not any(m in N(r["answer"]) for m in REFUSALS):
                err("non_presente answer lacks refusal marker")
        else:
            if not mc:
                err("empty must_contain")
            text = " ".join(docs.get(d, "") for d in set(evd))
            for g in mc:
                if not any(N(x) in text for x in g):
                    err(f"must_contain group not in evidence docs: {g}")
                if not any(N(x) in N(r["answer"]) for x in g):
                    err(f"answer misses group {g}")
    for i, r in enumerate(rows, 1):
        if r.get("id") != f"f3s-{i:03d}":
            errors.append(f"{r.get('id')}: expected id f3s-{i:03d}")
    for t, n in EXPECTED.items():
        if by_type[t] != n:
            errors.append(f"type {t}: {by_type[t]} questions, expected {n}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} questions, {len(errors)} errors")
    print("by type:", dict(sorted(by_type.items())))
    print("by doc:", dict(sorted(by_doc.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
