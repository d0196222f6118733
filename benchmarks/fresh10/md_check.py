"""Validate benchmarks/fresh10/fresh10_qa.jsonl against the generated Serralta Murgese PIAO (Markdown).

Self-contained, stdlib only (reads nothing of the assistant). Steps:

1. rebuild the Markdown in memory twice with make_md_plan.build() and check that both builds are identical to
   each other and byte-identical to the file in docs/ (the generator is deterministic);
2. the "lines" are the raw lines of the file (the Markdown as written: table rows keep their pipes, <br>,
   **bold** and &amp;);
3. layout checks: ATX headings for the sections; three wide objective tables with the fixed header, one per
   strategic line, rows with 10 cells, codes OP n.m in order, weights summing to 100 per table, <br> cells
   (two indicators in one cell, phases in the Scadenza cell), **bold** cells, &amp; names; "Scheda di
   dettaglio" cards keyed only by code (Motivazione, numbered Fasi with months, Stakeholder) and not repeating
   the objective title; Markdown footnotes (every reference defined, every definition referenced, definitions
   at the end of their # / ## section, numbered 1..n); org chart as a nested bullet list with a headcount per settore
   adding up to the stated total; exactly one settore held ad interim, named by role only; responsabile cells
   naming only the settore; staff table keyed by code with SURNAME Name lists; deliberate gaps;
4. QA checks (format of shared/eval/README.md): keys, ids f10m-001..f10m-040 unique and in order, known types
   and the required mix, doc = the .md name, 1-3 anchors of 20-80 characters without line break, each a
   substring of exactly ONE normalised line; every must_contain alternative occurs in the normalised text;
   elenco <= 5 groups; reference answer <= 800 characters and satisfies its own groups; non_presente: no
   groups, a refusal marker, and a probe showing that the document does not obviously answer the question.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh10/md_check.py [qa.jsonl]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_md_plan  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh10_qa.jsonl"
MD = make_md_plan.OUT
DOC = MD.name

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
MIX = {"responsabile": 7, "multi_hop": 7, "elenco": 5, "confronto": 4, "numerico": 4, "indicatore": 4,
       "tempistica": 3, "obiettivo": 2, "non_presente": 4}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre")
OBJ_HEADER = ["Cod.", "Obiettivo operativo", "Settore", "Responsabile", "Indicatore", "Baseline 2025",
              "Target 2026", "Target 2027", "Scadenza", "Peso"]


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def tables(lines: list[str]) -> list[tuple[int, list[str], list[list[str]]]]:
    """(line index of header, header cells, body rows) for every pipe table."""
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith("|") and i + 1 < len(lines) and re.fullmatch(r"\|(\s*:?-+:?\s*\|)+",
                                                                            lines[i + 1]):
            j = i + 2
            body = []
            while j < len(lines) and lines[j].startswith("|"):
                body.append(cells(lines[j]))
                j += 1
            out.append((i, cells(lines[i]), body))
            i = j
        else:
            i += 1
    return out


def section_of(lines: list[str], idx: int) -> str:
    for k in range(idx, -1, -1):
        if lines[k].startswith("#"):
            return lines[k]
    return ""


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------

def layout(text: str, lines: list[str]) -> list[str]:
    errors = []
    heads = [ln for ln in lines if re.match(r"#{1,3} ", ln)]
    for level, needle in (("# ", "SEZIONE 1 – SCHEDA ANAGRAFICA"), ("## ", "2.1 Valore pubblico"),
                          ("## ", "2.2 Performance"), ("## ", "2.3 Rischi corruttivi"),
                          ("## ", "3.1 Struttura organizzativa"), ("## ", "3.2 Personale assegnato"),
                          ("### ", "Linea strategica 1"), ("### ", "Linea strategica 2"),
                          ("### ", "Linea strategica 3")):
        if not any(h.startswith(level + needle) for h in heads):
            errors.append(f"layout: heading {level}{needle}… missing")
    if any(re.match(r"#{4,} ", ln) for ln in lines):
        errors.append("layout: headings deeper than ###")
    if not 15000 <= len(text) <= 20000:
        errors.append(f"layout: {len(text)} characters, expected 15,000-20,000")

    tabs = tables(lines)
    objt = [t for t in tabs if t[1] == OBJ_HEADER]
    if len(objt) != 3:
        errors.append(f"layout: {len(objt)} objective tables, expected 3")
    codes = []
    for hi, _, body in objt:
        sec = section_of(lines, hi)
        m = re.match(r"### Linea strategica (\d) – ", sec)
        if not m:
            errors.append(f"layout: objective table not under a strategic-line heading: {sec!r}")
            continue
        n = m.group(1)
        for r in body:
            if len(r) != 10:
                errors.append(f"layout: objective row with {len(r)} cells: {r[:2]}")
                continue
            if not re.fullmatch(rf"OP {n}\.\d", r[0]):
                errors.append(f"layout: code {r[0]!r} under line {n}")
            codes.append(r[0])
        if sum(int(r[9]) for r in body if len(r) == 10) != 100:
            errors.append(f"layout: weights of line {n} do not add up to 100")
    rows = [r for _, _, b in objt for r in b if len(r) == 10]
    if len(rows) < 12:
        errors.append(f"layout: {len(rows)} objectives, expected at least 12")
    if codes != sorted(codes, key=lambda c: tuple(int(x) for x in c[3:].split("."))) or len(set(codes)) != len(codes):
        errors.append(f"layout: objective codes not unique / ordered: {codes}")
    if sum("<br>" in r[4] for r in rows) < 8:
        errors.append("layout: fewer than 8 rows with two indicators joined by <br>")
    if not any("<br>" in r[8] for r in rows):
        errors.append("layout: no Scadenza cell with phases joined by <br>")
    if not any("<br>" in r[2] and "<br>" in r[3] for r in rows):
        errors.append("layout: no objective shared by two settori (<br> in Settore and Responsabile)")
    if sum(bool(re.search(r"\*\*[^*]+\*\*", c)) for r in rows for c in r) < 3:
        errors.append("layout: fewer than 3 **bold** cells in the objective tables")
    if "Target 2028" in text:
        errors.append("layout: a 2028 target column exists (should be a gap)")
    if text.count("&amp;") < 2 or "&" in text.replace("&amp;", ""):
        errors.append("layout: &amp; must appear at least twice and no bare &")

    # responsabile cells naming only the settore, resolvable through the org chart
    only_settore = [r for r in rows if re.fullmatch(r"Responsabile Settore \d", r[3])]
    if len(only_settore) < 4:
        errors.append(f"layout: {len(only_settore)} objectives with only the settore as Responsabile (>= 4)")

    # org chart: nested bullet list in 3.1, no table there
    i31 = next(i for i, ln in enumerate(lines) if ln.startswith("## 3.1"))
    i32 = next(i for i, ln in enumerate(lines) if ln.startswith("## 3.2"))
    org = lines[i31:i32]
    if any(ln.startswith("|") for ln in org):
        errors.append("layout: table inside 3.1 (org chart must be a list)")
    sett = [(i, m) for i, ln in enumerate(org)
            if (m := re.fullmatch(r"- \*\*(Settore (\d) – [^*]+)\*\* — (Responsabile|Comandante): (.+) \((\d+) unità\)",
                                  ln))]
    if [int(m.group(2)) for _, m in sett] != [1, 2, 3, 4, 5]:
        errors.append(f"layout: org chart settori {[m.group(1) for _, m in sett]}")
    for i, m in sett:
        subs = 0
        for ln in org[i + 1:]:
            if ln.startswith("  - Ufficio "):
                subs += 1
            else:
                break
        if subs < 2:
            errors.append(f"layout: {m.group(1)} has {subs} indented uffici")
    total = sum(int(m.group(5)) for _, m in sett)
    if f"Totale del personale assegnato ai Settori: {total} unità" not in text:
        errors.append(f"layout: total headcount line does not match the sum {total}")
    interim = [m for _, m in sett if "ad interim" in m.group(4)]
    if len(interim) != 1 or text.count("ad interim") != 1:
        errors.append("layout: exactly one settore held ad interim expected")
    else:
        holder = interim[0].group(4)
        if re.search(r"dott|arch\.|rag\.|ing\.|cap\.", holder):
            errors.append("layout: ad interim holder should be named by role only")
        ref = re.search(r"Settore (\d)", holder)
        if not ref or not any(m.group(2) == ref.group(1) and "interim" not in m.group(4) for _, m in sett):
            errors.append("layout: ad interim holder does not point at a settore with a named head")
    named = {m.group(2) for _, m in sett if "interim" not in m.group(4)}
    for r in only_settore:
        if r[3][-1] not in named and not interim:
            errors.append(f"layout: {r[0]} points at a settore without head")

    # staff table
    staff = [t for t in tabs if t[1] == ["Codice obiettivo", "Dipendenti coinvolti"]]
    if len(staff) != 1:
        errors.append("layout: staff table missing")
    else:
        body = staff[0][2]
        if [r[0] for r in body] != codes:
            errors.append("layout: staff table codes differ from the objective codes")
        for r in body:
            for name in r[1].split(", "):
                if not re.fullmatch(r"[A-Z]{2,}(?: [A-Z][a-zà-ù]+)+", name):
                    errors.append(f"layout: staff name not 'SURNAME Name': {name!r}")

    # detail cards keyed only by code
    cards = [(i, ln[len("**Scheda di dettaglio – "):-2]) for i, ln in enumerate(lines)
             if ln.startswith("**Scheda di dettaglio – ")]
    if len(cards) < 3:
        errors.append(f"layout: {len(cards)} detail cards, expected >= 3")
    titles = {r[0]: re.sub(r"\[\^\d+\]", "", r[1]) for r in rows}
    for k, (i, code) in enumerate(cards):
        if code not in titles:
            errors.append(f"layout: card for unknown code {code}")
            continue
        end = cards[k + 1][0] if k + 1 < len(cards) else len(lines)
        end = min([end] + [j for j in range(i + 1, len(lines)) if lines[j].startswith(("#", "[^"))])
        block = lines[i:end]
        if not any(ln.startswith("**Motivazione.** ") for ln in block):
            errors.append(f"layout: card {code} without Motivazione")
        if "**Fasi:**" not in block or not any(ln.startswith("**Stakeholder:** ") for ln in block):
            errors.append(f"layout: card {code} without Fasi / Stakeholder")
        steps = [ln for ln in block if re.match(r"\d+\. ", ln)]
        if [int(s.split(".")[0]) for s in steps] != list(range(1, len(steps) + 1)) or len(steps) < 3:
            errors.append(f"layout: card {code} numbered list malformed")
        for s in steps:
            if not re.search(rf"– ({'|'.join(MONTHS)})(-({'|'.join(MONTHS)}))? 202\d$", s):
                errors.append(f"layout: phase without month: {s!r}")
        if titles[code] in "\n".join(block):
            errors.append(f"layout: card {code} repeats the objective title")
        if text.count(titles[code]) != 1:
            errors.append(f"layout: title of {code} occurs more than once")

    # footnotes
    refs = [(i, int(n)) for i, ln in enumerate(lines) if not ln.startswith("[^")
            for n in re.findall(r"\[\^(\d+)\]", ln)]
    defs = [(i, int(m.group(1))) for i, ln in enumerate(lines) if (m := re.match(r"\[\^(\d+)\]: \S", ln))]
    if sorted(n for _, n in refs) != sorted(n for _, n in defs) or len(refs) != len(set(n for _, n in refs)):
        errors.append("layout: footnote references and definitions do not match one to one")
    if [n for _, n in defs] != list(range(1, len(defs) + 1)) or len(defs) < 5:
        errors.append(f"layout: footnote definitions {[n for _, n in defs]}")
    dpos = dict((n, i) for i, n in defs)
    for i, n in refs:
        d = dpos.get(n)
        if d is None or d < i or any(re.match(r"#{1,2} ", lines[k]) for k in range(i, d)):
            errors.append(f"layout: footnote {n} not defined at the end of its section")
    for i, n in defs:
        nxt = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if nxt is not None and not (re.match(r"#{1,2} ", lines[nxt]) or lines[nxt].startswith("[^")):
            errors.append(f"layout: footnote {n} definition is not at the end of its section")
    return errors


# --------------------------------------------------------------------------------------------
# Probes for non_presente questions (empty list = the document does not obviously answer them)
# --------------------------------------------------------------------------------------------

def line_with(t_lines: list[str], needle: str) -> str:
    return next((ln for ln in t_lines if needle in ln), "")


def probe_costo(t: str, t_lines: list[str]) -> list[str]:
    txt = line_with(t_lines, "| op 2.1 |") + " " + line_with(t_lines, "[^4]:")
    bad = [m.group(0) for m in re.finditer(r"€|euro|\d{1,3}\.\d{3}(,\d+)?|importo", txt)]
    return bad + [w for w in ("costo dell'opera", "costo dei lavori", "importo dei lavori", "base di gara")
                  if w in t]


def probe_nucleo(t: str, t_lines: list[str]) -> list[str]:
    windows = [t[m.start():m.start() + 300] for m in re.finditer(r"nucleo di valutazione", t)]
    bad = [w for w in windows if re.search(r"dott|avv\.|prof\.|componen|president|compost|membri", w)]
    return bad + (["'oiv' occurs"] if re.search(r"\boiv\b", t) else [])


def probe_2028(t: str, t_lines: list[str]) -> list[str]:
    bad = [ln for ln in t_lines if ln.startswith("| op ") and "2028" in ln]
    return bad + [w for w in ("target 2028", "2028 |", "al 2028:") if w in t]


def probe_agile(t: str, t_lines: list[str]) -> list[str]:
    sec = t[t.index("## 3.3"):t.index("## 3.4")]
    bad = [m.group(0) for m in re.finditer(r"\d+ giorn\w*|giorni|giornate|al mese|a settimana|settimanal", sec)]
    return bad + [m.group(0) for m in re.finditer(r"smart working", t)]


PROBES = {"f10m-037": probe_costo, "f10m-038": probe_nucleo, "f10m-039": probe_2028, "f10m-040": probe_agile}


# --------------------------------------------------------------------------------------------
# QA
# --------------------------------------------------------------------------------------------

def qa_checks(rows: list[dict], full: str, nlines: list[str]) -> list[str]:
    errors = []
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"f10m-{i:03d}" for i in range(1, 41)]:
        errors.append("ids are not f10m-001..f10m-040 in order")
    mix = Counter(r.get("type") for r in rows)
    if mix != Counter(MIX):
        errors.append(f"type mix {dict(mix)} != {MIX}")
    for r in rows:
        rid = r.get("id")
        if missing := [k for k in KEYS if k not in r]:
            errors.append(f"{rid}: missing keys {missing}")
            continue
        if set(r) != set(KEYS):
            errors.append(f"{rid}: unexpected keys {set(r) - set(KEYS)}")
        if r["type"] not in MIX:
            errors.append(f"{rid}: unknown type {r['type']}")
        if r["doc"] != DOC:
            errors.append(f"{rid}: doc {r['doc']!r} != {DOC!r}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        ev, evd = r["evidence"], r["evidence_docs"]
        if not 1 <= len(ev) <= 3:
            errors.append(f"{rid}: {len(ev)} anchors")
        if len(ev) != len(evd) or any(d != DOC for d in evd):
            errors.append(f"{rid}: evidence_docs malformed")
        for a in ev:
            if not 20 <= len(a) <= 80 or "\n" in a:
                errors.append(f"{rid}: anchor length {len(a)} / line break: {a!r}")
            hits = sum(N(a) in ln for ln in nlines)
            if hits != 1:
                errors.append(f"{rid}: anchor found in {hits} lines (need exactly 1): {a!r}")
        answer = N(r["answer"])
        if len(r["answer"]) > 800:
            errors.append(f"{rid}: reference answer longer than 800 characters")
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not any(m in answer for m in REFUSALS):
                errors.append(f"{rid}: non_presente answer without refusal marker")
            probe = PROBES.get(rid)
            if probe is None:
                errors.append(f"{rid}: no probe for non_presente question")
            else:
                errors += [f"{rid}: document may answer it: {p}" for p in probe(full, nlines)]
            continue
        if rid in PROBES:
            errors.append(f"{rid}: probe defined for an answerable question")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        if r["type"] == "elenco" and len(groups) > 5:
            errors.append(f"{rid}: elenco with {len(groups)} groups (max 5)")
        for g in groups:
            for alt in g:
                if N(alt) not in full:
                    errors.append(f"{rid}: must_contain string not in the document text: {alt!r}")
            if not any(N(alt) in answer for alt in g):
                errors.append(f"{rid}: reference answer misses group {g}")
    return errors


def main() -> int:
    errors: list[str] = []
    fresh = make_md_plan.build()
    if fresh != make_md_plan.build():
        errors.append("two in-memory builds differ (generator not deterministic)")
    if not MD.exists():
        errors.append(f"{MD} missing (run make_md_plan.py)")
    elif MD.read_bytes() != fresh.encode("utf-8"):
        errors.append("docs/ Markdown differs from a fresh build (run make_md_plan.py)")
    lines = fresh.split("\n")
    full = N(fresh)
    nlines = [N(ln) for ln in lines]
    errors += layout(fresh, lines)
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    errors += qa_checks(rows, full, nlines)
    for e in errors:
        print("ERROR", e)
    print(f"{DOC}: {len(lines)} lines, {len(fresh)} characters")
    print(f"{len(rows)} questions, by type: {dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
