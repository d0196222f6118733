"""Validator for benchmarks/fresh30s/fresh30s_qa.jsonl (standard library only; no project code is imported).

Checks:
* every row has exactly the keys id, question, answer, must_contain, doc, evidence, evidence_docs, type, in that order;
* ids unique and running f30s-001..f30s-045; types in the shared vocabulary; minimum counts per type (MIN_TYPES);
* `doc` is a sample file, a list of >= 2 distinct sample files, or null; `evidence_docs` has one file per anchor,
  each in `doc`, and every file of `doc` has an anchor;
* every anchor: a string of 20-80 characters, no line break, no surrounding whitespace, found VERBATIM (TABs kept)
  in its sample file and inside a single line of that file;
* answerable questions: 1-3 anchors; 1-6 must_contain groups; every group has at least one alternative that occurs
  in the normalised text of the question's evidence documents; every group is satisfied by the reference answer
  (must_contain subset of answer, scorer normalisation N); answer <= 800 characters; no refusal marker;
* non_presente: must_contain empty; answer carries a refusal marker; doc null => no evidence; otherwise one file
  with 1-3 anchors; ABSENCE_PROBES (regexes) must not match the scope they name;
* confronto: names two documents or (for within-document comparisons) one; at least MIN_CROSS_CONFRONTO name two
  different municipalities' files;
* elenco: at least 3 must_contain groups; responsabile: at least MIN_ORGCHART go through an org-chart line;
* question texts unique; declared typos (TYPOS) present.

Usage: python benchmarks/fresh30s/fresh30s_check.py [qa.jsonl] [samples_dir]
Exit code 0 means no errors.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh30s_qa.jsonl"
SAMPLES = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "data" / "samples"

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
MIN_TYPES = {"responsabile": 8, "confronto": 6, "multi_hop": 6, "elenco": 5, "tempistica": 5, "non_presente": 6}
N_QUESTIONS = 45
IDS = [f"f30s-{i:03d}" for i in range(1, N_QUESTIONS + 1)]
REFUSAL_MARKERS = ("non è presente", "non sono presenti", "non presente", "non presenti",
                   "non risulta", "non ho trovato", "non sono presenti informazioni",
                   "non ci sono informazioni", "non è indicat", "non è riportat", "non riporta",
                   "non indica", "non è disponibile", "non contiene")
TYPOS = {"f30s-001": "monopatini", "f30s-040": "tangenzale"}
MIN_ORGCHART = 4
MIN_CROSS_CONFRONTO = 6
MAX_ANSWER = 800
MAX_GROUPS = 6
MIN_ELENCO_GROUPS = 3

PERF = "cassano-dadda_piao-2024-2026_performance.txt"
CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
CRE = "cremosano_piao-2026-2028_valore-pubblico.txt"
MAG = "magentino_piao-2024-2026_obiettivi-dup.txt"
MUNICIPALITY = {  # file -> municipality, to tell cross-municipality comparisons
    PERF: "cassano-dadda", "cassano-dadda_piao-2023-2025_valore-pubblico.txt": "cassano-dadda",
    CM: "cassano-magnago", CRE: "cremosano", MAG: "magentino",
}

# Absence probes. Each entry: (scope, regex). The regex (case-insensitive unless it says (?-i:...)) must NOT match the
# scope. Scope is "@names" (the list of sample file names, one per line), a file name, or (file, start_regex,
# end_regex) = the text from the first match of start_regex up to the first later match of end_regex.
ABSENCE_PROBES = {
    # no Cassano d'Adda plan for 2025-2027 is loaded; the two CdA texts do not open with that period
    "f30s-039": [("@names", r"cassano-dadda[^\n]*2025-2027"),
                 (("cassano-dadda_piao-2023-2025_valore-pubblico.txt", r"\A", r"SEZIONE 2"), r"2025-2027"),
                 ((PERF, r"\A", r"SEZIONE 2"), r"2025-2027")],
    # the Cassano Magnago plan has no amounts at all
    "f30s-040": [(CM, r"€"), (CM, r"\beuro\b"), (CM, r"milion"), (CM, r"\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b(?!\.\d)"),
                 (CM, r"Tangenziale[^\n]*(?:cost|spesa|finanz)")],
    # the igiene urbana row has no percentage / figure for raccolta differenziata
    "f30s-041": [(MAG, r"raccolta differenziata[^\n]*\d"), (MAG, r"Garantire il servizio di igiene urbana[^\n]*%")],
    # Cassano Magnago names no person: no titolare, comandante, dott./sig., no SURNAME Name pattern
    "f30s-042": [(CM, r"titolare"), (CM, r"comandante"), (CM, r"\bdott\.?\s"), (CM, r"\bsig(?:\.|nor)"),
                 (CM, r"(?-i:\b[A-Z]{3,} [A-Z][a-z]+)"), (CM, r"Responsabile Area Polizia Locale\s*[:\-–]")],
    # Cremosano has no responsabili, indicators, targets or areas
    "f30s-043": [(CRE, r"responsabil"), (CRE, r"indicator"), (CRE, r"\btarget\b"), (CRE, r"(?-i:\bArea\b)"),
                 (CRE, r"%")],
    # Piano della formazione: the "% dipendenti coinvolti" indicator carries no target value
    "f30s-044": [((PERF, r"% dipendenti coinvolti nel piano di formazione", r"dipendenti che partecipano"), r"\d"),
                 ((PERF, r"% dipendenti coinvolti nel piano di formazione", r"dipendenti che partecipano"), r"prevista"),
                 ((PERF, r"% dipendenti coinvolti nel piano di formazione", r"dipendenti che partecipano"),
                  r"dimensione attesa")],
    # aree fabbricabili: only phase 1 of 2; nothing about phase 2 or 2025 in the objective
    "f30s-045": [(PERF, r"fase 2 di 2"), (PERF, r"AREE FABBRICABILI[^\n]*fase 2"),
                 ((PERF, r"ANALISI STRAORDINARIA DELLE AREE FABBRICABILI - OBIETTIVO PLURIENNALE fase 1", r"\Z"),
                  r"2025")],
}


def N(s: str) -> str:
    """Scorer normalisation: lower-case, collapse every whitespace run to one space, strip."""
    return re.sub(r"\s+", " ", s.lower()).strip()


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def scope_text(scope, texts: dict[str, str]) -> str | None:
    if scope == "@names":
        return "\n".join(texts)
    if isinstance(scope, str):
        return texts.get(scope)
    name, start, end = scope
    text = texts.get(name)
    if text is None:
        return None
    m = re.search(start, text)
    if not m:
        return None
    e = re.search(end, text[m.end():])
    return text[m.start(): m.end() + (e.start() if e else len(text))]


def check_anchors(rid, ev, evd, texts) -> list[str]:
    errors = []
    for anchor, d in zip(ev, evd):
        if not isinstance(anchor, str):
            errors.append(f"{rid}: anchor is not a string")
            continue
        if not 20 <= len(anchor) <= 80:
            errors.append(f"{rid}: anchor length {len(anchor)}: {anchor!r}")
        if "\n" in anchor or "\r" in anchor or anchor != anchor.strip():
            errors.append(f"{rid}: anchor with line break or surrounding whitespace: {anchor!r}")
        if d not in texts:
            errors.append(f"{rid}: evidence doc {d!r} is not a sample file")
            continue
        if anchor not in texts[d]:
            hint = " (found only after normalisation)" if N(anchor) in N(texts[d]) else ""
            errors.append(f"{rid}: anchor not verbatim in {d}{hint}: {anchor!r}")
        elif not any(anchor in line for line in texts[d].splitlines()):
            errors.append(f"{rid}: anchor spans several lines of {d}: {anchor!r}")
    return errors


def check(rows: list[dict], texts: dict[str, str]) -> list[str]:
    full = {name: N(t) for name, t in texts.items()}
    errors: list[str] = []

    ids = [r.get("id") for r in rows]
    errors += [f"{i}: duplicate id" for i, n in Counter(ids).items() if n > 1]
    if ids != IDS:
        errors.append(f"ids are not {IDS[0]}..{IDS[-1]} in order")
    counts = Counter(r.get("type") for r in rows)
    for t, n in MIN_TYPES.items():
        if counts[t] < n:
            errors.append(f"type {t}: {counts[t]} questions (at least {n})")
    errors += [f"duplicate question text: {q[:60]!r}"
               for q, n in Counter(N(r.get("question", "")) for r in rows).items() if n > 1]
    by_id = {r.get("id"): r for r in rows}
    for rid, word in TYPOS.items():
        if word not in by_id.get(rid, {}).get("question", ""):
            errors.append(f"{rid}: declared typo {word!r} not in question")

    orgchart = cross = 0
    for r in rows:
        rid = r.get("id")
        if tuple(r) != KEYS:
            errors.append(f"{rid}: keys {tuple(r)} != {KEYS}")
            if any(k not in r for k in KEYS):
                continue
        if r["type"] not in TYPES:
            errors.append(f"{rid}: unknown type {r['type']!r}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        if not isinstance(r["answer"], str) or not r["answer"].strip():
            errors.append(f"{rid}: empty answer")
            continue
        if len(r["answer"]) > MAX_ANSWER:
            errors.append(f"{rid}: answer longer than {MAX_ANSWER} chars ({len(r['answer'])})")
        doc, ev, evd, groups = r["doc"], r["evidence"], r["evidence_docs"], r["must_contain"]
        if not all(isinstance(x, list) for x in (ev, evd, groups)):
            errors.append(f"{rid}: evidence / evidence_docs / must_contain must be lists")
            continue
        if len(ev) != len(evd):
            errors.append(f"{rid}: evidence and evidence_docs differ in length")
        answer = N(r["answer"])
        refusal = any(m in answer for m in REFUSAL_MARKERS)

        # documents
        if doc is None:
            docs = []
            if r["type"] != "non_presente":
                errors.append(f"{rid}: doc null on an answerable question")
            if ev or evd:
                errors.append(f"{rid}: doc null but evidence given")
        else:
            docs = doc if isinstance(doc, list) else [doc]
            if isinstance(doc, list) and len(set(doc)) < 2:
                errors.append(f"{rid}: doc list with fewer than two distinct files")
            errors += [f"{rid}: unknown doc {d}" for d in docs if d not in texts]
            errors += [f"{rid}: evidence doc {d} not in doc" for d in evd if d not in docs]
            errors += [f"{rid}: doc {d} has no anchor" for d in docs if d not in evd]
            if not 1 <= len(ev) <= 3:
                errors.append(f"{rid}: {len(ev)} anchors (1-3 expected)")
            errors += check_anchors(rid, ev, evd, texts)
            if isinstance(doc, list) and r["type"] not in ("confronto", "multi_hop"):
                errors.append(f"{rid}: cross-document question that is neither confronto nor multi_hop")

        if r["type"] == "non_presente":
            if groups:
                errors.append(f"{rid}: non_presente with must_contain")
            if not refusal:
                errors.append(f"{rid}: non_presente answer lacks a refusal marker")
            if isinstance(doc, list):
                errors.append(f"{rid}: document-tied non_presente must name one file")
            probes = ABSENCE_PROBES.get(rid)
            if not probes:
                errors.append(f"{rid}: non_presente without absence probes")
            for scope, pat in probes or []:
                text = scope_text(scope, texts)
                if text is None:
                    errors.append(f"{rid}: probe scope not found: {scope!r}")
                    continue
                m = re.search(pat, text, re.IGNORECASE)
                if m:
                    errors.append(f"{rid}: absence probe {pat!r} matches {m.group(0)[:60]!r}")
            continue

        # answerable
        if refusal:
            errors.append(f"{rid}: answerable question whose answer reads like a refusal")
        if not groups or not all(isinstance(g, list) and g and all(isinstance(a, str) and a.strip() for a in g)
                                 for g in groups):
            errors.append(f"{rid}: empty or malformed must_contain")
            continue
        if len(groups) > MAX_GROUPS:
            errors.append(f"{rid}: {len(groups)} groups (at most {MAX_GROUPS})")
        evidence_text = " ".join(full.get(d, "") for d in dict.fromkeys(evd))
        for group in groups:
            if not any(N(a) in evidence_text for a in group):
                errors.append(f"{rid}: no alternative of {group} occurs in the evidence documents")
            if not any(N(a) in answer for a in group):
                errors.append(f"{rid}: reference answer misses group {group}")
        if r["type"] == "elenco" and len(groups) < MIN_ELENCO_GROUPS:
            errors.append(f"{rid}: elenco with fewer than {MIN_ELENCO_GROUPS} groups")
        if r["type"] == "responsabile" and any(isinstance(a, str) and a.endswith("\ttitolare") for a in ev):
            orgchart += 1
        if r["type"] == "confronto":
            if len({MUNICIPALITY.get(d) for d in docs}) >= 2:
                cross += 1

    if orgchart < MIN_ORGCHART:
        errors.append(f"only {orgchart} responsabile questions go through the org chart (at least {MIN_ORGCHART})")
    if cross < MIN_CROSS_CONFRONTO:
        errors.append(f"only {cross} confronti compare two municipalities (at least {MIN_CROSS_CONFRONTO})")
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
    print(f"questions naming a municipality or plan: {named}/{len(rows)}")
    anchors = [a for r in rows for a in r.get("evidence") or []]
    print(f"anchors: {len(anchors)} (with TAB: {sum(1 for a in anchors if chr(9) in a)})")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
