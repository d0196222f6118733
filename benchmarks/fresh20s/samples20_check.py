"""Validate benchmarks/fresh20s/samples20_qa.jsonl against the five sample plans.

Standard library only. The normaliser N() and the refusal markers are copied from shared/eval/README.md; no
project code is imported or run.

Checks:
* keys exactly the golden ones; ids unique and running f20s-001..f20s-045 in order; known types; the type mix
  in MIX below (45 questions);
* `doc` is a sample file, a list of >= 2 distinct sample files, or null; `evidence_docs` has one file per
  anchor, each file is in `doc`, and every file of `doc` has at least one anchor;
* every anchor: 20-80 characters, no line break, no surrounding whitespace, found in the NORMALISED text of
  its file AND inside a single line of that file AND verbatim (TABs of org chart / form lines kept);
* answerable questions: 1-3 anchors; every alternative of every must_contain group occurs in the normalised
  text of the question's evidence documents (the key-string check; exempt: Italian number words, a
  percentage "N%" / "N %" whose form block reads "% prevista N", and the few paraphrase alternatives listed
  in ALT_EXEMPT); 1-5 groups; the reference answer
  satisfies every group and is <= 800 characters; it does not read like a refusal;
* non_presente: must_contain empty, answer has a refusal marker; either doc null with no evidence, or tied to
  one document with 1-3 anchors showing where the information is missing;
* responsabile: at least 3 questions whose evidence includes an org-chart line (`...\\ttitolare`);
* elenco: at least 3 must_contain groups;
* non_presente: exactly one with doc null; absence probes (ABSENCE_PROBES) do not match the cited document(s);
* question texts unique; each declared typo (TYPOS) occurs in its question.

Usage: python benchmarks/fresh20s/samples20_check.py [qa.jsonl] [samples_dir]
Exit code 0 means 0 errors.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "samples20_qa.jsonl"
SAMPLES = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "data" / "samples"

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
MIX = {"elenco": 10, "indicatore": 8, "obiettivo": 8, "responsabile": 6, "numerico": 4, "tempistica": 3,
       "confronto": 2, "non_presente": 4}
N_QUESTIONS = 45
IDS = [f"f20s-{i:03d}" for i in range(1, N_QUESTIONS + 1)]
REFUSAL_MARKERS = ("non è presente", "non sono presenti", "non presente", "non presenti",
                   "non risulta", "non ho trovato", "non sono presenti informazioni",
                   "non ci sono informazioni", "non è indicat", "non è riportat", "non riporta",
                   "non indica", "non è disponibile", "non contiene")
ANSWERABLE_FORBIDDEN = ("non è presente", "non sono presenti", "non ho trovato",
                        "non ci sono informazioni", "non è disponibile")
TYPOS = {"f20s-005": "protezzione", "f20s-011": "monopatini", "f20s-030": "assesori"}
# responsabile questions whose evidence includes an org-chart line ("...\ttitolare")
MIN_ORGCHART = 3
# elenco questions must require several items
MIN_ELENCO_GROUPS = 3
# non_presente: exactly one absent from the whole corpus (doc null), the others tied to one document
NON_PRESENTE_NULL = 1
# Absence probes (regex, case-insensitive) that must NOT match the cited document (all documents when doc is
# null): they check that the information the question asks for really is missing.
ABSENCE_PROBES = {
    # no school-bus service anywhere in the corpus
    "f20s-042": [r"scuolabus", r"scuola\s*bus", r"trasporto\s+scolastic", r"trasporto\s+(?:degli\s+)?alunni",
                 r"pulmin"],
    # no euro amount on any line that names Piazza Garibaldi, and no "€" within 1500 characters of it
    "f20s-043": [r"Garibaldi[^\n]*(?:€|\beuro\b)", r"(?:€|\beuro\b)[^\n]*Garibaldi",
                 r"(?s)Garibaldi.{0,1500}€", r"(?s)€.{0,1500}Garibaldi",
                 r"Garibaldi[^\n]{0,200}\d{1,3}(?:\.\d{3})+(?:,\d+)?"],
    # the Cassano Magnago plan has no euro amounts at all, and no place for the "Dopo di Noi" facility
    "f20s-044": [r"€", r"\d[\d.,]*\s*euro\b", r"euro\s*\d",
                 r"Dopo di Noi[^\n]{0,300}\b(?:via|piazza|presso|area|immobile)\b"],
    # the magentino table has no responsabile column: no titolare, no sector manager, no personal title
    "f20s-045": [r"titolare", r"responsabile\s+(?:del\s+|dell'\s*)?(?:settore|servizio|area|ufficio)",
                 r"\b(?:dott|dott\.ssa|sig|sig\.ra|arch|geom|rag|ing)\.\s", r"RESPONSABILE GESTIONALE"],
}
# Italian number words may stand in for a digit in a count group without occurring in the document.
NUMBER_WORDS = {"uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"}
# The Cassano d'Adda forms print a target as "% prevista" with the number on a later line, so "20%" does not
# occur verbatim; a percentage alternative is accepted when "% prevista <N>" occurs in the evidence document.
PERCENT_ALT = re.compile(r"^(\d+(?:,\d+)?)\s?%$")
# Paraphrase alternatives that a correct answer may use although the plan words them differently.
ALT_EXEMPT = {
    "f20s-012": {"7 moduli"},                    # plan: "attesi n. 7 documenti"
    "f20s-013": {"6 processi", "6 procedimenti", "sei processi"},  # plan: "almeno sei procedimenti", "6"
}


def alt_in_evidence(rid: str, alt: str, evidence_text: str) -> bool:
    a = N(alt)
    if a in evidence_text or a in NUMBER_WORDS or alt in ALT_EXEMPT.get(rid, set()):
        return True
    m = PERCENT_ALT.match(a)
    return bool(m and f"% prevista {m.group(1)}" in evidence_text)
MAX_ANSWER = 800
MAX_GROUPS = 5


def N(s: str) -> str:
    """Scorer normalisation: lower-case, collapse every whitespace run to one space, strip."""
    return re.sub(r"\s+", " ", s.lower()).strip()


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_anchors(rid, ev, evd, texts, full, lines) -> list[str]:
    errors = []
    for anchor, d in zip(ev, evd):
        if not isinstance(anchor, str):
            errors.append(f"{rid}: anchor is not a string")
            continue
        if not 20 <= len(anchor) <= 80:
            errors.append(f"{rid}: anchor length {len(anchor)}: {anchor!r}")
        if "\n" in anchor or "\r" in anchor or anchor != anchor.strip():
            errors.append(f"{rid}: anchor with line break or surrounding whitespace: {anchor!r}")
        if d not in full:
            continue
        if N(anchor) not in full[d]:
            errors.append(f"{rid}: anchor not in {d}: {anchor!r}")
        elif not any(N(anchor) in ln for ln in lines[d]):
            errors.append(f"{rid}: anchor spans several lines of {d}: {anchor!r}")
        elif anchor not in texts[d]:
            errors.append(f"{rid}: anchor not verbatim (whitespace differs) in {d}: {anchor!r}")
    return errors


def check_docs(rid, doc, ev, evd, full) -> tuple[list[str], list[str] | None]:
    errors = []
    if isinstance(doc, list):
        docs = doc
        if len(set(doc)) < 2:
            errors.append(f"{rid}: doc list with fewer than two distinct files")
    elif isinstance(doc, str):
        docs = [doc]
    else:
        return [f"{rid}: doc {doc!r} but evidence given"], None
    errors += [f"{rid}: unknown doc {d}" for d in docs if d not in full]
    if len(ev) != len(evd):
        errors.append(f"{rid}: evidence and evidence_docs differ in length")
    if not 1 <= len(ev) <= 3:
        errors.append(f"{rid}: {len(ev)} anchors (1-3 expected)")
    errors += [f"{rid}: evidence doc {d} not in doc" for d in evd if d not in docs]
    errors += [f"{rid}: doc {d} has no anchor" for d in docs if d not in evd]
    return errors, docs


def check(rows: list[dict], texts: dict[str, str]) -> list[str]:
    full = {name: N(t) for name, t in texts.items()}
    lines = {name: [N(x) for x in t.splitlines()] for name, t in texts.items()}
    errors: list[str] = []

    ids = [r.get("id") for r in rows]
    errors += [f"{i}: duplicate id" for i, n in Counter(ids).items() if n > 1]
    if ids != IDS:
        errors.append(f"ids are not {IDS[0]}..{IDS[-1]} in order")
    got = Counter(r.get("type") for r in rows)
    if got != Counter(MIX):
        errors.append(f"type mix {dict(got)} != {MIX}")
    errors += [f"duplicate question text: {q[:60]!r}"
               for q, n in Counter(N(r.get("question", "")) for r in rows).items() if n > 1]
    by_id = {r.get("id"): r for r in rows}
    for rid, word in TYPOS.items():
        if word not in by_id.get(rid, {}).get("question", ""):
            errors.append(f"{rid}: declared typo {word!r} not in question")

    orgchart = 0
    for r in rows:
        rid = r.get("id")
        if missing := [k for k in KEYS if k not in r]:
            errors.append(f"{rid}: missing keys {missing}")
            continue
        if extra := [k for k in r if k not in KEYS]:
            errors.append(f"{rid}: unexpected keys {extra}")
        if r["type"] not in MIX:
            errors.append(f"{rid}: unknown type {r['type']!r}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        if not isinstance(r["answer"], str) or not r["answer"].strip():
            errors.append(f"{rid}: empty answer")
            continue
        if len(r["answer"]) > MAX_ANSWER:
            errors.append(f"{rid}: answer longer than {MAX_ANSWER} chars ({len(r['answer'])})")

        doc, ev, evd, groups = r["doc"], r["evidence"], r["evidence_docs"], r["must_contain"]
        if not isinstance(ev, list) or not isinstance(evd, list) or not isinstance(groups, list):
            errors.append(f"{rid}: evidence / evidence_docs / must_contain must be lists")
            continue
        answer = N(r["answer"])

        if r["type"] == "non_presente":
            if groups:
                errors.append(f"{rid}: non_presente with must_contain")
            if not any(m in answer for m in REFUSAL_MARKERS):
                errors.append(f"{rid}: non_presente answer lacks a refusal marker")
            if doc is None:
                if ev or evd:
                    errors.append(f"{rid}: non_presente with doc null must have no evidence")
            else:
                if not isinstance(doc, str):
                    errors.append(f"{rid}: document-tied non_presente must name one file")
                errs, _ = check_docs(rid, doc, ev, evd, full)
                errors += errs
                errors += check_anchors(rid, ev, evd, texts, full, lines)
            continue

        if doc is None:
            errors.append(f"{rid}: answerable question with doc null")
            continue
        errs, docs = check_docs(rid, doc, ev, evd, full)
        errors += errs
        if docs is None:
            continue
        errors += check_anchors(rid, ev, evd, texts, full, lines)
        if r["type"] == "responsabile" and any(a.endswith("\ttitolare") for a in ev):
            orgchart += 1
        if r["type"] == "elenco" and len(groups) < MIN_ELENCO_GROUPS:
            errors.append(f"{rid}: elenco with fewer than {MIN_ELENCO_GROUPS} must_contain groups")

        if any(m in answer for m in ANSWERABLE_FORBIDDEN):
            errors.append(f"{rid}: answerable question whose answer reads like a refusal")
        if not groups or not all(isinstance(g, list) and g and all(isinstance(a, str) and a.strip() for a in g)
                                 for g in groups):
            errors.append(f"{rid}: empty or malformed must_contain")
            continue
        if len(groups) > MAX_GROUPS:
            errors.append(f"{rid}: {len(groups)} groups (at most {MAX_GROUPS})")
        evidence_text = " ".join(full.get(d, "") for d in dict.fromkeys(evd))
        for group in groups:
            for alt in group:
                if not alt_in_evidence(rid, alt, evidence_text):
                    errors.append(f"{rid}: alternative {alt!r} not in the evidence documents")
            if not any(N(a) in answer for a in group):
                errors.append(f"{rid}: reference answer misses group {group}")

    if orgchart < MIN_ORGCHART:
        errors.append(f"only {orgchart} responsabile questions go through the org chart "
                      f"(at least {MIN_ORGCHART})")
    nulls = sum(1 for r in rows if r.get("type") == "non_presente" and r.get("doc") is None)
    if nulls != NON_PRESENTE_NULL:
        errors.append(f"{nulls} non_presente questions with doc null ({NON_PRESENTE_NULL} expected)")
    for r in rows:
        if r.get("type") != "non_presente":
            continue
        rid = r.get("id")
        probes = ABSENCE_PROBES.get(rid)
        if not probes:
            errors.append(f"{rid}: non_presente without absence probes")
            continue
        doc = r.get("doc")
        targets = list(texts) if doc is None else ([doc] if isinstance(doc, str) else list(doc))
        for d in targets:
            for pat in probes:
                m = re.search(pat, texts.get(d, ""), re.IGNORECASE)
                if m:
                    errors.append(f"{rid}: absence probe {pat!r} matches {d}: {m.group(0)[:60]!r}")
    errors += [f"{rid}: absence probes for a question that is not non_presente"
               for rid in ABSENCE_PROBES if by_id.get(rid, {}).get("type") != "non_presente"]
    return errors


def main() -> int:
    rows = load(QA)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
    if len(texts) != 5:
        print(f"ERROR expected 5 sample plans in {SAMPLES}, found {len(texts)}")
        return 1
    errors = check(rows, texts)
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} questions, {len(errors)} errors")
    print("by type:", dict(sorted(Counter(str(r.get("type")) for r in rows).items())))
    touched = Counter(d for r in rows for d in dict.fromkeys(r.get("evidence_docs") or []))
    print("questions touching each doc:", dict(sorted(touched.items())))
    print("cross-document questions:", sum(isinstance(r.get("doc"), list) for r in rows))
    named = sum(bool(re.search(r"cassano|cremosano|magent", r.get("question", ""), re.I)) for r in rows)
    print(f"questions naming a municipality: {named}/{len(rows)}")
    anchors = [a for r in rows for a in r.get("evidence") or []]
    print(f"anchors: {len(anchors)} (with TAB: {sum(1 for a in anchors if chr(9) in a)})")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
