"""Validate benchmarks/fresh11/fresh11_qa.jsonl against the generated Valmorena PIAO (OCR-style plain text).

Self-contained, stdlib only (reads nothing of the assistant). Steps:

1. regenerate the text in memory twice with make_ocr_plan.build(); both builds must be byte-identical to
   each other and to docs/valmorena_piao-2025-2027.txt (the generator is deterministic);
2. layout checks: pages separated by form feed, each with the running header and a "Pag. N di M" footer
   (OCR slips "l" for "1" and a repeated "pag." tolerated), hard-wrapped prose (<= 80 characters) with
   words hyphenated across line ends (count + the key words that must be split), capitals section titles,
   SCHEDA OBIETTIVO blocks 1..12 with dot-leader and spaced labels, label synonyms, indented continuation
   lines, phases "a) ... entro dd/mm/yyyy", space-aligned indicator tables (columns aligned, no tabs, no
   pipes), org chart table (space-aligned, headcounts add up, one vacant Area whose functions go to the
   Segretario comunale named in the anagrafica, one person heading two Areas), employees-per-objective
   paragraph, the harmless OCR slips, and probes for the deliberate gaps;
3. QA checks (format of shared/eval/README.md): keys, ids f11o-001..f11o-040 unique and in order, types and
   the exact mix, doc = the .txt name, 1-3 anchors of 20-80 characters, each a verbatim substring of a raw
   line and, normalised, of exactly ONE normalised line (lines = str.splitlines(), so a form feed is never
   inside a line); every must_contain alternative occurs in the normalised text (so none may straddle a
   hyphenated line break); elenco <= 5 groups; reference answer <= 800 characters and satisfying its own
   groups; non_presente: no groups, a refusal marker, a probe confirming the gap.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh11/ocr_check.py [qa.jsonl]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_ocr_plan  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh11_qa.jsonl"
TXT = make_ocr_plan.OUT
DOC = TXT.name

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
MIX = {"responsabile": 7, "multi_hop": 7, "elenco": 5, "confronto": 4, "numerico": 4, "indicatore": 4,
       "tempistica": 3, "obiettivo": 2, "non_presente": 4}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
HEADER_RE = re.compile(r"^COMUNE DI VALMORENA [–-] PIAO 2025/2027$")
FOOTER_RE = re.compile(r"^Pag\. ([0-9l]+) di (\d+)(?: +pag\.)?$")
HYPHEN_END = re.compile(r"[a-zà-ùA-Z]-$")
# words that must be split across a line end (prefix at the end of a line, rest at the start of the next)
KEY_SPLITS = [("digitaliz-", "zazione"), ("videosorve-", "glianza"), ("dematerializ-", "zazione"),
              ("efficienta-", "mento"), ("Urba-", "nistico")]
LABELS = ["Responsabile", "Referente", "Dirigente responsabile", "Finalità", "Motivazione", "Risultato atteso",
          "Valore atteso", "Soggetti coinvolti", "Stakeholder", "Servizio"]
DOT_FIELD = re.compile(r"^([A-Z][A-Za-zà-ù ]+?) \.+ (\S.*)$")
SPACED_FIELD = re.compile(r"^(Servizio) {3,}(\S.*)$")


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def between(text: str, start: str, end: str | None) -> str:
    i = text.index(start)
    return text[i:text.index(end, i)] if end else text[i:]


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------

def col_starts(line: str) -> list[int]:
    """start offsets of the space-separated columns (separator = a run of >= 2 spaces)."""
    return [m.start() for m in re.finditer(r"(?:(?<=\s\s)|^ *)(?=\S)", line)
            if m.start() == 0 or line[:m.start()].endswith("  ")]


def layout(text: str) -> list[str]:
    errors = []
    lines = text.splitlines()
    if "\t" in text:
        errors.append("layout: TAB characters in the text")
    if "|" in text:
        errors.append("layout: pipe characters in the text")

    # pages: header, footer, numbering
    pages = text.split("\f")
    m = len(pages)
    if m < 6:
        errors.append(f"layout: only {m} pages")
    for k, page in enumerate(pages, 1):
        if not page.endswith("\n"):
            errors.append(f"layout: page {k} does not end with a newline before the form feed")
        pl = [ln for ln in page.splitlines()]
        if not pl or not HEADER_RE.match(pl[0]):
            errors.append(f"layout: page {k} header {pl[:1]}")
        last = [ln for ln in pl if ln.strip()][-1]
        fm = FOOTER_RE.match(last)
        if not fm:
            errors.append(f"layout: page {k} footer {last!r}")
        elif int(fm.group(1).replace("l", "1")) != k or int(fm.group(2)) != m:
            errors.append(f"layout: page {k} footer numbering {last!r}")
        if len(pl) > 62:
            errors.append(f"layout: page {k} has {len(pl)} lines")
    # OCR slips present (harmless)
    if not re.search(r"^Pag\. l di \d+$", text, re.M):
        errors.append("layout: OCR slip 'Pag. l' missing")
    if not re.search(r"di \d+ +pag\.$", text, re.M) or "- pag. -" not in text:
        errors.append("layout: repeated 'pag.' artefacts missing")
    if not any(HEADER_RE.match(ln) and " - " in ln for ln in lines):
        errors.append("layout: header OCR slip (hyphen for en dash) missing")
    if not any(re.search(r"[a-z]  [A-Z]", ln) for ln in lines if not ln.startswith(" ")):
        errors.append("layout: stray double space in prose missing")

    # hard line breaks and hyphenation
    too_long = [ln for ln in lines if len(ln) > 80 and not re.match(r"^ *(AREA|Indicatore|[IV]+ +|\S.* {2,}\S)", ln)]
    if too_long:
        errors.append(f"layout: prose lines longer than 80 characters: {too_long[:3]}")
    prose = [ln for ln in lines if len(ln) >= 40 and "  " not in ln.strip()]
    if prose and max(len(ln) for ln in prose) > 80:
        errors.append("layout: prose wider than 80 characters")
    hyph = 0
    for a, b in zip(lines, lines[1:]):
        if HYPHEN_END.search(a) and b.strip()[:1].islower():
            hyph += 1
    if hyph < 20:
        errors.append(f"layout: only {hyph} words hyphenated across line ends")
    for pre, post in KEY_SPLITS:
        if not any(a.endswith(pre) and b.strip().startswith(post) for a, b in zip(lines, lines[1:])):
            errors.append(f"layout: {pre}{post} is not hyphenated across a line end")

    # capitals titles
    for title in ("SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE",
                  "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", "2.1 VALORE PUBBLICO",
                  "2.2 PERFORMANCE", "2.3 RISCHI CORRUTTIVI E TRASPARENZA",
                  "SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO", "3.1 STRUTTURA ORGANIZZATIVA",
                  "3.3 PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE", "SEZIONE 4 – MONITORAGGIO"):
        if title not in lines:
            errors.append(f"layout: title line {title!r} missing")
    for ln in lines:
        if re.match(r"^(SEZIONE \d|\d\.\d )", ln) and ln != ln.upper():
            errors.append(f"layout: title not in capitals: {ln!r}")

    # objective sheets
    starts = [i for i, ln in enumerate(lines) if re.fullmatch(r"SCHEDA OBIETTIVO N\. \d+", ln)]
    nums = [int(lines[i].rsplit(" ", 1)[1]) for i in starts]
    if nums != list(range(1, len(nums) + 1)) or len(nums) < 11:
        errors.append(f"layout: objective sheets {nums}")
    ends = starts[1:] + [lines.index("PERSONALE COINVOLTO NEGLI OBIETTIVI")]
    used_labels = Counter()
    for n, s, e in zip(nums, starts, ends):
        blk = [ln for ln in lines[s:e] if not HEADER_RE.match(ln) and not FOOTER_RE.match(ln)
               and ln.strip() not in ("", "- pag. -")]
        title = blk[1]
        if title != title.upper():
            errors.append(f"layout: objective {n} title not in capitals: {title!r}")
        fields = {}
        for ln in blk:
            fm = DOT_FIELD.match(ln) or SPACED_FIELD.match(ln)
            if fm and fm.group(1) in LABELS:
                fields[fm.group(1)] = ln
                used_labels[(fm.group(1), "dots" if DOT_FIELD.match(ln) else "spaced")] += 1
        if not any(lab in fields for lab in ("Responsabile", "Referente", "Dirigente responsabile")):
            errors.append(f"layout: objective {n} without a responsible field")
        if "Servizio" not in fields:
            errors.append(f"layout: objective {n} without Servizio")
        if not any(lab in fields for lab in ("Finalità", "Motivazione")):
            errors.append(f"layout: objective {n} without Finalità/Motivazione")
        if not any(lab in fields for lab in ("Risultato atteso", "Valore atteso")):
            errors.append(f"layout: objective {n} without Risultato/Valore atteso")
        if not any(lab in fields for lab in ("Soggetti coinvolti", "Stakeholder")):
            errors.append(f"layout: objective {n} without Soggetti coinvolti/Stakeholder")
        # phases "a) ... entro dd/mm/yyyy" (date possibly on the indented continuation line)
        ph = [i for i, ln in enumerate(blk) if re.match(r"^[a-g]\) ", ln)]
        letters = [blk[i][0] for i in ph]
        if not ph or letters != list("abcdefg"[:len(ph)]):
            errors.append(f"layout: objective {n} phases {letters}")
        for i in ph:
            chunk = blk[i] + " " + (blk[i + 1] if i + 1 < len(blk) and blk[i + 1].startswith("   ") else "")
            if not re.search(r"\b(entro|dal)\s+\d\d/\d\d/20\d\d\b", chunk):
                errors.append(f"layout: objective {n} phase without date: {blk[i]!r}")
        # indicator table
        hi = [i for i, ln in enumerate(blk) if re.fullmatch(r" *Indicatore {2,}Valore 2024 {2,}Target 2025 {2,}"
                                                             r"Target 2026", ln)]
        if len(hi) != 1:
            errors.append(f"layout: objective {n} has {len(hi)} indicator table headers")
            continue
        head = blk[hi[0]]
        cols = [head.index(c) for c in ("Indicatore", "Valore 2024", "Target 2025", "Target 2026")]
        rows = blk[hi[0] + 1:]
        if len(rows) < 2:
            errors.append(f"layout: objective {n} indicator table has {len(rows)} rows")
        for r in rows:
            cells = [(mm.start(), mm.group(0)) for mm in re.finditer(r"\S+(?: \S+)*", r)]
            if [c[0] for c in cells] != cols:
                errors.append(f"layout: objective {n} indicator row not aligned: {r!r}")
    for lab in LABELS:
        if not any(k[0] == lab for k in used_labels):
            errors.append(f"layout: label {lab!r} never used")
    if not used_labels[("Servizio", "spaced")]:
        errors.append("layout: no spaced label (without dot leaders)")
    if sum(v for k, v in used_labels.items() if k[1] == "dots") < 50:
        errors.append("layout: fewer than 50 dot-leader fields")
    cont = [ln for ln in lines if re.match(r"^ {25}\S", ln)]
    if len(cont) < 40:
        errors.append(f"layout: only {len(cont)} indented continuation lines")

    # org chart
    hdr = [i for i, ln in enumerate(lines) if re.fullmatch(r"AREA {2,}RESPONSABILE {2,}N\. DIPENDENTI", ln)]
    if len(hdr) != 1:
        errors.append("layout: org chart header missing")
        return errors
    ocols = [lines[hdr[0]].index(c) for c in ("AREA", "RESPONSABILE", "N. DIPENDENTI")]
    body, total = [], None
    for ln in lines[hdr[0] + 1:]:
        if not ln.strip():
            break
        if ln.strip().startswith("TOTALE"):
            total = int(ln.split()[-1])
            if len(ln) - len(ln.split()[-1]) != ocols[2]:
                errors.append("layout: org chart total not aligned")
            continue
        cells = [(mm.start(), mm.group(0)) for mm in re.finditer(r"\S+(?: \S+)*", ln)]
        area_cell = ln[:ocols[1]].rstrip()
        resp = ln[ocols[1]:ocols[2]].strip()
        num = ln[ocols[2]:].strip()
        if not num.isdigit() or ln[ocols[1] - 2:ocols[1]] != "  " or cells[-1][0] != ocols[2]:
            errors.append(f"layout: org chart row not aligned: {ln!r}")
            continue
        body.append((area_cell, resp, int(num)))
    if len(body) != 6 or total != 36 or sum(b[2] for b in body) != total:
        errors.append(f"layout: org chart rows {len(body)}, total {total}, sum {sum(b[2] for b in body)}")
    vacant = [b for b in body if "VACANTE" in b[1]]
    if len(vacant) != 1 or not vacant[0][0].startswith("V "):
        errors.append(f"layout: vacant areas {vacant}")
    heads = Counter(b[1] for b in body if "VACANTE" not in b[1])
    if [h for h, c in heads.items() if c == 2] != ["ing. Stefano Guidetti"]:
        errors.append(f"layout: person heading two areas {heads}")
    full = N(text)
    if "(*) il posto di responsabile dell'area v è vacante" not in full or \
            "funzioni sono attribuite al segretario comunale" not in full:
        errors.append("layout: vacancy note does not give the functions to the Segretario comunale")
    anag = between(full, "sezione 1 –", "sezione 2 –")
    if "segretario comunale .... dott. gianluca parmeggiani" not in anag:
        errors.append("layout: Segretario comunale not named in the anagrafica")
    if full.count("parmeggiani") != 1:
        errors.append("layout: the Segretario should be named only in the anagrafica")

    # employees per objective (prose)
    staff = between(full, "personale coinvolto negli obiettivi", "2.3 rischi")
    for k in range(1, len(nums) + 1):
        if not re.search(rf"all'obiettivo n\. {k} con", staff):
            errors.append(f"layout: employees of objective {k} missing")
    raw_staff = between(text, "PERSONALE COINVOLTO NEGLI OBIETTIVI", "2.3 RISCHI")
    names = re.findall(r"\b([A-Z]{3,}) ([A-Z][a-zà-ù]+)\b", raw_staff)
    if len(names) < 25:
        errors.append(f"layout: only {len(names)} SURNAME Name employees")
    rischi = between(full, "2.3 rischi", "sezione 3 –")
    if "obiettivi n. 3 e n. 10" not in rischi:
        errors.append("layout: Rischi paragraph does not cite objectives by number")
    return errors


# --------------------------------------------------------------------------------------------
# Probes for the non_presente questions (empty list = the document does not obviously answer them)
# --------------------------------------------------------------------------------------------

def probe_peso(t):
    return [mm.group(0) for mm in re.finditer(r"\bpes[oi]\b|\bpesa\b|punti su 100|punteggio|\d+ ?% del totale", t)]


def probe_sfalcio(t):
    block = between(t, "scheda obiettivo n. 10", "scheda obiettivo n. 11")
    bad = ["an amount in objective 10"] if re.search(r"euro|€|importo|corrispettivo", block) else []
    sents = [s for s in re.split(r"(?<=[.;])\s", t) if "ginestra" in s]
    return bad + [s for s in sents if re.search(r"euro|€|importo", s)] + \
        [w for w in ("base d'asta", "base di gara", "importo a base") if w in t]


def probe_nucleo(t):
    sents = [s for s in re.split(r"(?<=[.;])\s", t) if "nucleo" in s]
    bad = [s for s in sents if re.search(r"dott|avv\.|prof\.|rag\.|componenti|president", s)]
    return bad + (["'oiv' occurs"] if re.search(r"\boiv\b", t) else [])


def probe_tariffa(t):
    block = between(t, "scheda obiettivo n. 5", "scheda obiettivo n. 6")
    bad = ["amount in objective 5"] if re.search(r"euro|€|\d+,\d{2}", block) else []
    sents = re.findall(r"(?:tariff|rett[ae]\b)[^.;]*[.;]", t)
    return bad + [s for s in sents if re.search(r"\d|euro|€", s)]


PROBES = {"f11o-037": probe_peso, "f11o-038": probe_sfalcio, "f11o-039": probe_nucleo,
          "f11o-040": probe_tariffa}


# --------------------------------------------------------------------------------------------
# QA
# --------------------------------------------------------------------------------------------

def qa_checks(rows: list[dict], full: str, lines: list[str]) -> list[str]:
    errors = []
    nlines = [N(ln) for ln in lines]
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"f11o-{i:03d}" for i in range(1, 41)]:
        errors.append("ids are not f11o-001..f11o-040 in order")
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
            if not 20 <= len(a) <= 80 or "\n" in a or "\f" in a:
                errors.append(f"{rid}: anchor length {len(a)} / line break: {a!r}")
            if not any(a in ln for ln in lines):
                errors.append(f"{rid}: anchor not verbatim in any line: {a!r}")
            hits = sum(N(a) in ln for ln in nlines)
            if hits != 1:
                errors.append(f"{rid}: anchor found in {hits} normalised lines (need exactly 1): {a!r}")
        answer = N(r["answer"])
        if len(r["answer"]) > 800:
            errors.append(f"{rid}: reference answer longer than 800 characters")
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not ev:
                errors.append(f"{rid}: non_presente without the anchor showing the gap")
            if not any(mk in answer for mk in REFUSALS):
                errors.append(f"{rid}: non_presente answer without refusal marker")
            probe = PROBES.get(rid)
            if probe is None:
                errors.append(f"{rid}: no probe for non_presente question")
            else:
                errors += [f"{rid}: document may answer it: {p}" for p in probe(full)]
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
                    errors.append(f"{rid}: must_contain string not in the normalised text: {alt!r}")
            if not any(N(alt) in answer for alt in g):
                errors.append(f"{rid}: reference answer misses group {g}")
    return errors


def main() -> int:
    errors: list[str] = []
    fresh = make_ocr_plan.build()
    if fresh != make_ocr_plan.build():
        errors.append("two in-memory builds differ (generator not deterministic)")
    if not TXT.exists():
        errors.append(f"{TXT} missing (run make_ocr_plan.py)")
    elif TXT.read_bytes() != fresh:
        errors.append("docs/ text differs from a fresh build (run make_ocr_plan.py)")
    text = fresh.decode("utf-8")
    lines = text.splitlines()
    full = N(text)
    errors += layout(text)
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    errors += qa_checks(rows, full, lines)
    for e in errors:
        print("ERROR", e)
    hyph = sum(1 for a, b in zip(lines, lines[1:]) if HYPHEN_END.search(a) and b.strip()[:1].islower())
    print(f"{DOC}: {len(text)} characters, {text.count(chr(12)) + 1} pages, {len(lines)} lines, "
          f"{hyph} hyphenated line ends")
    print(f"{len(rows)} questions, by type: {dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
