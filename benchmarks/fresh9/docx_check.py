"""Validate benchmarks/fresh9/fresh9_qa.jsonl against the generated Montecaprile PIAO DOCX.

Self-contained (reads nothing of the assistant). Steps:

1. rebuild the DOCX in memory twice with make_docx_plan.build() and check that both builds are
   byte-identical to each other and to the file in docs/ (the generator is deterministic);
2. extract the text the way a simple loader would: python-docx, body children in document order;
   a paragraph gives one line (its .text); a table gives one line per row, the row's cells joined by
   TAB. python-docx repeats the text of merged cells (vertical and horizontal), and so does this
   extraction. Headers and footers are not part of the extracted text (checked separately);
3. layout checks: heading styles, 11 objective headings (Heading 3) in order under 3 strategic areas
   (Heading 2), no table inside the objectives, nested list styles, restarted numbered lists, label
   synonyms, org chart with vertical merges (w:vMerge) and a horizontally merged total row, total
   headcount, vacant Area head, staff table keyed by "Ob. n", Rischi corruttivi paragraph citing
   objectives by number, "Nota n:" paragraphs, header/footer with the title;
4. QA checks (format of shared/eval/README.md): keys, ids f9d-001..f9d-040 unique and in order, known
   types and the required mix, doc = the DOCX name, 1-3 anchors of 20-80 characters without line
   break, each a substring of exactly ONE extracted line after normalisation; every must_contain
   alternative occurs in the normalised text; elenco <= 5 groups; reference answer <= 800 characters
   and satisfies its own groups; non_presente: no groups, a refusal marker, and a probe showing that
   the document does not obviously answer the question.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh9/docx_check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_docx_plan  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh9_qa.jsonl"
DOCX = make_docx_plan.OUT
DOC = DOCX.name

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
MIX = {"responsabile": 7, "multi_hop": 7, "elenco": 5, "confronto": 4, "numerico": 4, "indicatore": 4,
       "tempistica": 3, "obiettivo": 2, "non_presente": 4}
TYPES = set(MIX)
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# --------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------

def blocks(document):
    """(kind, object) for the body children in document order."""
    for el in document.element.body.iterchildren():
        if el.tag == qn("w:p"):
            yield "p", Paragraph(el, document)
        elif el.tag == qn("w:tbl"):
            yield "t", Table(el, document)


def extract_lines(document) -> list[str]:
    lines = []
    for kind, obj in blocks(document):
        if kind == "p":
            lines.append(obj.text)
        else:
            for row in obj.rows:
                lines.append("\t".join(c.text for c in row.cells))
    return [ln for ln in lines if ln.strip()]


def between(text: str, start: str, end: str | None) -> str:
    i = text.index(start)
    return text[i:text.index(end, i)] if end else text[i:]


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------

def layout(document, lines: list[str]) -> list[str]:
    errors = []
    seq = list(blocks(document))
    styles = Counter(o.style.name for k, o in seq if k == "p")
    for s in ("Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Bullet 2", "List Number 2"):
        if not styles[s]:
            errors.append(f"layout: no paragraph with style {s!r}")

    # objectives: Heading 3 "Obiettivo n – ..." in order 1..11, three strategic areas as Heading 2
    h3 = [o.text for k, o in seq if k == "p" and o.style.name == "Heading 3"]
    nums = [int(m.group(1)) for t in h3 if (m := re.match(r"Obiettivo (\d+) – ", t))]
    if nums != list(range(1, 12)) or len(h3) != 11:
        errors.append(f"layout: objective headings {h3}")
    areas = [o.text for k, o in seq if k == "p" and o.style.name == "Heading 2"
             and o.text.startswith("Area strategica")]
    if len(areas) != 3:
        errors.append(f"layout: {len(areas)} strategic areas (Heading 2), expected 3")

    # no table between the first objective heading and the Rischi corruttivi heading
    in_obj = False
    for k, o in seq:
        if k == "p" and o.style.name == "Heading 3":
            in_obj = True
        if k == "p" and o.style.name == "Heading 2" and o.text.startswith("2.3 Rischi"):
            in_obj = False
        if k == "t" and in_obj:
            errors.append("layout: a table occurs inside the objectives section")

    # numbered sub-lists restart: each numbered block has its own w:num with a startOverride
    num_ids = {p._p.pPr.numPr.numId.val for k, p in seq
               if k == "p" and p.style.name == "List Number 2" and p._p.pPr.numPr is not None}
    if len(num_ids) != 3:
        errors.append(f"layout: {len(num_ids)} restarted numbered lists, expected 3")

    full = N("\n".join(lines))
    label_sets = [("unità organizzativa:", "servizio competente:", "ufficio capofila:"),
                  ("responsabile gestionale:", "funzionario eq:",
                   "titolare di incarico di elevata qualificazione:"),
                  ("misurazione (", "indicatori di performance (", "come misuriamo il risultato ("),
                  ("azioni:", "attività previste:", "step operativi:"),
                  ("portatori di interesse:", "beneficiari:")]
    for group in label_sets:
        for label in group:
            if label not in full:
                errors.append(f"layout: label {label!r} missing")
    for needed in ("premessa", "segretario comunale, dott.ssa marinella squadroni", "sindaco giacomo ercoli",
                   "2.3 rischi corruttivi", "3.1 struttura organizzativa", "3.2 personale assegnato",
                   "vacante – funzioni attribuite al segretario comunale"):
        if needed not in full:
            errors.append(f"layout: {needed!r} not found")
    notes = [ln for ln in lines if re.match(r"Nota \d+: ", ln)]
    if [int(re.match(r"Nota (\d+)", ln).group(1)) for ln in notes] != list(range(1, 7)):
        errors.append(f"layout: notes {notes}")
    # action items carry a month deadline
    for ln in lines:
        if "(entro " in ln and not re.search(r"\(entro (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|"
                                             r"agosto|settembre|ottobre|novembre|dicembre) 202\d\)", ln):
            errors.append(f"layout: action without month deadline: {ln!r}")

    # tables: org chart (vertical merges + total row) and staff table
    tables = [o for k, o in seq if k == "t"]
    if len(tables) != 2:
        errors.append(f"layout: {len(tables)} tables, expected 2")
        return errors
    org, staff = tables
    xml = org._tbl.xml
    if xml.count("w:vMerge") < 8:
        errors.append("layout: org chart without vertical merges")
    if "w:gridSpan" not in xml:
        errors.append("layout: org chart total row not merged horizontally")
    head = [c.text for c in org.rows[0].cells]
    if head != ["Area", "Servizio", "Responsabile EQ", "Dipendenti"]:
        errors.append(f"layout: org header {head}")
    body = [[c.text for c in r.cells] for r in org.rows[1:-1]]
    total = [c.text for c in org.rows[-1].cells]
    if sum(int(r[3]) for r in body) != int(total[3]) or int(total[3]) != 42:
        errors.append(f"layout: headcounts do not add up to the total {total}")
    vacant = {r[0] for r in body if r[2].startswith("vacante")}
    if vacant != {"Area I – Amministrativa e Servizi Demografici"}:
        errors.append(f"layout: vacant areas {vacant}")
    if [c.text for c in staff.rows[0].cells] != ["N. obiettivo", "Dipendenti coinvolti"]:
        errors.append("layout: staff table header")
    if [r.cells[0].text for r in staff.rows[1:]] != [f"Ob. {i}" for i in range(1, 12)]:
        errors.append("layout: staff table rows are not Ob. 1..Ob. 11")
    for r in staff.rows[1:]:
        for name in r.cells[1].text.split(", "):
            if not re.fullmatch(r"[A-Z]{2,}(?: [A-Z][a-zà-ù]+)+", name):
                errors.append(f"layout: staff name not 'SURNAME Name': {name!r}")
    # Rischi corruttivi: objectives cited by number only
    rischi = next((ln for ln in lines if ln.startswith("Il RPCT ha verificato")), "")
    if not re.search(r"obiettivi n\. 7 e n\. 9", rischi) or "obiettivo n. 4" not in rischi:
        errors.append("layout: Rischi corruttivi paragraph does not cite objectives by number")
    # header / footer with the document title
    sec = document.sections[0]
    if make_docx_plan.TITLE not in sec.header.paragraphs[0].text:
        errors.append("layout: header without title")
    if "PIAO 2026-2028" not in sec.footer.paragraphs[0].text:
        errors.append("layout: footer without title")
    return errors


# --------------------------------------------------------------------------------------------
# Probes for non_presente questions (empty list = the document does not obviously answer them)
# --------------------------------------------------------------------------------------------

def probe_gara_verde(t):
    block = between(t, "obiettivo 7 –", "obiettivo 8 –")
    bad = ["an amount appears in objective 7"] if re.search(r"euro|€|importo|\d+\.\d{3},", block) else []
    return bad + [w for w in ("base di gara", "base d'asta", "importo a base") if w in t]


def probe_nucleo(t):
    sents = [s for s in re.split(r"(?<=[.;])\s", t) if "nucleo" in s]
    bad = [s for s in sents if re.search(r"dott|avv\.|prof\.|rag\.|componente|president", s)]
    return bad + (["'oiv' occurs"] if re.search(r"\boiv\b", t) else [])


def probe_peso(t):
    return [m.group(0) for m in re.finditer(r"\bpes[oi]\b|ponderazion|punti su 100|\d+ ?% del totale", t)]


def probe_pasto(t):
    bad = [w for w in ("tariffa", "costo del pasto", "prezzo del pasto", "per pasto", "a pasto", "€")
           if w in t]
    block = between(t, "obiettivo 2 –", "obiettivo 3 –")
    return bad + (["amount in objective 2"] if re.search(r"euro|\d,\d{2}", block) else [])


PROBES = {"f9d-037": probe_gara_verde, "f9d-038": probe_nucleo, "f9d-039": probe_peso,
          "f9d-040": probe_pasto}


# --------------------------------------------------------------------------------------------
# QA
# --------------------------------------------------------------------------------------------

def qa_checks(rows: list[dict], full: str, nlines: list[str]) -> list[str]:
    errors = []
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"f9d-{i:03d}" for i in range(1, 41)]:
        errors.append("ids are not f9d-001..f9d-040 in order")
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
        if r["type"] not in TYPES:
            errors.append(f"{rid}: unknown type {r['type']}")
        if r["doc"] != DOC:
            errors.append(f"{rid}: doc {r['doc']!r} != {DOC!r}")
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
                errors.append(f"{rid}: anchor found in {hits} extracted lines (need exactly 1): {a!r}")
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
                    errors.append(f"{rid}: must_contain string not in the DOCX text: {alt!r}")
            if not any(N(alt) in answer for alt in g):
                errors.append(f"{rid}: reference answer misses group {g}")
    return errors


def main() -> int:
    errors: list[str] = []
    fresh = make_docx_plan.build()
    if fresh != make_docx_plan.build():
        errors.append("two in-memory builds differ (generator not deterministic)")
    if not DOCX.exists():
        errors.append(f"{DOCX} missing (run make_docx_plan.py)")
    elif DOCX.read_bytes() != fresh:
        errors.append("docs/ DOCX differs from a fresh build (run make_docx_plan.py)")
    document = docx.Document(io.BytesIO(fresh))
    lines = extract_lines(document)
    text = "\n".join(lines)
    full = N(text)
    nlines = [N(ln) for ln in lines]
    errors += layout(document, lines)
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    errors += qa_checks(rows, full, nlines)
    for e in errors:
        print("ERROR", e)
    print(f"{DOC}: {len(lines)} extracted lines, {len(text)} characters")
    print(f"{len(rows)} questions, by type: {dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
