"""Validate benchmarks/fresh21s/samples21_qa.jsonl against the five sample plans.

Standard library only. The normaliser N() and the refusal markers are copied from shared/eval/README.md; no
project code is imported or run. Modelled on benchmarks/fresh20s/samples20_check.py.

Checks:
* keys exactly the golden ones; ids unique and running f21s-001..f21s-045 in order; known types; the type mix
  in MIX below (45 questions);
* `doc` is a sample file, a list of >= 2 distinct sample files, or null; `evidence_docs` has one file per
  anchor, each file is in `doc`, and every file of `doc` has at least one anchor;
* every anchor: a string of 20-80 characters, no line break, no surrounding whitespace, found in the
  NORMALISED text of its file AND inside a single line of that file AND verbatim (TABs kept);
* answerable questions: 1-3 anchors; every alternative of every must_contain group occurs in the normalised
  text of the question's evidence documents (exempt: Italian number words, and a percentage "N%" / "N %"
  when the form block of the evidence document reads "% prevista" followed by N before the next
  "indicatore"); 1-5 groups; the reference answer satisfies every group and is <= 800 characters; it does
  not read like a refusal;
* non_presente: must_contain empty, answer has a refusal marker; either doc null with no evidence, or tied to
  one document with 1-3 anchors showing where the information is missing;
* confronto: exactly CROSS_DOC_CONFRONTO of them name two documents;
* responsabile: at least MIN_ORGCHART questions whose evidence includes an org-chart line (`...\\ttitolare`);
* elenco: at least 3 must_contain groups;
* non_presente: exactly one with doc null; absence probes (ABSENCE_PROBES) do not match the cited
  document(s) (all documents when doc is null);
* question texts unique; each declared typo (TYPOS) occurs in its question.

Usage: python benchmarks/fresh21s/samples21_check.py [qa.jsonl] [samples_dir]
Exit code 0 means 0 errors.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "samples21_qa.jsonl"
SAMPLES = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "data" / "samples"

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
MIX = {"elenco": 9, "indicatore": 8, "obiettivo": 8, "responsabile": 5, "numerico": 4, "tempistica": 3,
       "confronto": 3, "non_presente": 5}
N_QUESTIONS = 45
IDS = [f"f21s-{i:03d}" for i in range(1, N_QUESTIONS + 1)]
REFUSAL_MARKERS = ("non è presente", "non sono presenti", "non presente", "non presenti",
                   "non risulta", "non ho trovato", "non sono presenti informazioni",
                   "non ci sono informazioni", "non è indicat", "non è riportat", "non riporta",
                   "non indica", "non è disponibile", "non contiene")
ANSWERABLE_FORBIDDEN = ("non è presente", "non sono presenti", "non ho trovato",
                        "non ci sono informazioni", "non è disponibile")
TYPOS = {"f21s-001": "efficentamento", "f21s-005": "manutenzone", "f21s-011": "regolametni",
         "f21s-023": "disocupati"}
MIN_ORGCHART = 2
MIN_ELENCO_GROUPS = 3
NON_PRESENTE_NULL = 1
CROSS_DOC_CONFRONTO = 2
MAX_ANSWER = 800
MAX_GROUPS = 5

CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
# Absence probes (regex, case-insensitive) that must NOT match the cited document (all documents when doc is
# null): they check that the information the question asks for really is missing.
ABSENCE_PROBES = {
    # no defibrillators anywhere in the corpus
    "f21s-041": [r"defibrillat", r"\bDAE\b", r"cardioprotett", r"rianimazion", r"primo soccorso"],
    # the "Comunità energetiche" block (up to the next 1st-level objective) has no RESPONSABILE line, and no
    # line that names CER / comunità energetiche names an Area or a Responsabile
    "f21s-042": [r"Comunità energetiche\s*\n(?:(?!OBIETTIVO OPERATIVO DI 1° LIVELLO)[\s\S])*?RESPONSABILE",
                 r"(?-i:\bCER\b)[^\n]*(?:Responsabile|\bArea\b)",
                 r"comunità energetic[^\n]*(?:Responsabile|\bArea\b)"],
    # the org chart has no titolare line that does not start on 01/01/2024, no "01/05/2024", CHIZZOLI occurs
    # once, and no interim / reggenza is mentioned
    "f21s-043": [r"(?m)^(?!01/01/2024\t)\d{2}/\d{2}/\d{4}\t\d{2}/\d{2}/\d{4}\t",
                 r"01/05/2024", r"CHIZZOLI[\s\S]*CHIZZOLI", r"\binterim\b", r"\breggen"],
    # the magentino table has no amounts at all
    "f21s-044": [r"€", r"\beuro\b", r"\bimport[oi]\b", r"milion", r"\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b(?!\.\d)",
                 r"Polo Scolastico[^\n]*\d{4}"],
    # Cremosano has no indicators, targets or percentages
    "f21s-045": [r"indicator", r"\btarget\b", r"%", r"valore atteso", r"dimensione attesa",
                 r"\d+\s*(?:impianti|iscritti|eventi|corsi|palestre)"],
}
NUMBER_WORDS = {"uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"}
PERCENT_ALT = re.compile(r"^(\d+(?:,\d+)?)\s?%$")


def N(s: str) -> str:
    """Scorer normalisation: lower-case, collapse every whitespace run to one space, strip."""
    return re.sub(r"\s+", " ", s.lower()).strip()


def alt_in_evidence(alt: str, evidence_text: str) -> bool:
    """True when the must_contain alternative is supported by the normalised evidence text."""
    a = N(alt)
    if a in evidence_text or a in NUMBER_WORDS:
        return True
    m = PERCENT_ALT.match(a)
    if not m:
        return False
    # Cassano d'Adda forms: "% prevista" and its number are printed on separate lines, sometimes with the
    # radio-button rows in between; accept N when it follows "% prevista" before the next indicator.
    pat = r"% prevista (?:(?!indicatore).){0,400}?(?<![\d,.])" + re.escape(m.group(1)) + r"(?![\d,])"
    return re.search(pat, evidence_text) is not None


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
    cross_confronto = 0
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
        if r["type"] == "responsabile" and any(isinstance(a, str) and a.endswith("\ttitolare") for a in ev):
            orgchart += 1
        if r["type"] == "confronto" and isinstance(doc, list):
            cross_confronto += 1
        if isinstance(doc, list) and r["type"] != "confronto":
            errors.append(f"{rid}: cross-document question that is not a confronto")
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
                if not alt_in_evidence(alt, evidence_text):
                    errors.append(f"{rid}: alternative {alt!r} not in the evidence documents")
            if not any(N(a) in answer for a in group):
                errors.append(f"{rid}: reference answer misses group {group}")

    if orgchart < MIN_ORGCHART:
        errors.append(f"only {orgchart} responsabile questions go through the org chart "
                      f"(at least {MIN_ORGCHART})")
    if cross_confronto != CROSS_DOC_CONFRONTO:
        errors.append(f"{cross_confronto} cross-document confronti ({CROSS_DOC_CONFRONTO} expected)")
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
