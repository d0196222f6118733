"""Validate benchmarks/fresh6/pdf_plan_qa.jsonl against the generated PDF plan.

Self-contained (reads nothing of the assistant). Steps:

1. re-generate the PDF in memory with make_pdf_plan.build() and check that it is byte-identical to
   the file in docs/ (the generator is deterministic);
2. extract the text of every page with pypdf; the "printed lines" are the lines of that text;
3. layout checks: A4 landscape pages, running header on every page, footer "Pag. N";
4. QA checks (format of shared/eval/README.md): keys, known type, ids f6p-001..f6p-040 in order,
   doc = the PDF file name, 1-3 evidence anchors of 20-80 characters without line break, each found in
   the normalised text AND inside a single extracted line; every alternative of every must_contain
   group occurs in the normalised text; the reference answer satisfies its own must_contain;
   non_presente questions have no must_contain, carry a refusal marker and are not answered by the
   text in an obvious way (per-question probes below).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh6/pdf_check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_pdf_plan  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "pdf_plan_qa.jsonl"
PDF = make_pdf_plan.OUT
DOC = PDF.name

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
MIX = {"responsabile": 5, "multi_hop": 6, "elenco": 4, "indicatore": 5, "tempistica": 4, "numerico": 5,
       "confronto": 3, "obiettivo": 3, "non_presente": 5}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def sentences_with(text: str, word: str) -> list[str]:
    """Normalised sentences (split on '. ' / ';') that contain `word`."""
    return [s for s in re.split(r"(?<=[.;])\s", text) if word in s]


def between(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i:text.index(end, i)]


# Probes for the non_presente questions: each returns a list of problems (empty = the document does
# not obviously answer the question).
def probe_pgt_cost(t):
    cell = between(t, "11 variante generale al piano", "fasi del procedimento completate")
    return ["an amount appears in objective 11"] if re.search(r"euro|€|\d\.\d{3}", cell) else []


def probe_target_2028(t):
    bad = []
    if "target 2028" in t:
        bad.append("'target 2028' occurs")
    other = [m.start() for m in re.finditer(r"2028", t) if t[m.start() - 5:m.start()] != "2026-"]
    if other:
        bad.append(f"'2028' occurs outside '2026-2028' ({len(other)}x)")
    return bad


def probe_vicecomandante(t):
    return [w for w in ("vicecomandante", "vice comandante", "vice-comandante") if w in t]


def probe_heat_pump_cost(t):
    return [s for s in sentences_with(t, "pompa di calore") if re.search(r"euro|€", s)]


def probe_library_hours(t):
    bad = [s for s in sentences_with(t, "biblioteca") if re.search(r"orari|\d{1,2}[.:]\d{2}|apert", s)]
    return bad + [w for w in ("orari di apertura", "orario di apertura", "orari della biblioteca") if w in t]


PROBES = {
    "f6p-036": probe_pgt_cost,
    "f6p-037": probe_target_2028,
    "f6p-038": probe_vicecomandante,
    "f6p-039": probe_heat_pump_cost,
    "f6p-040": probe_library_hours,
}


def layout(reader: pypdf.PdfReader, pages: list[str]) -> list[str]:
    errors = []
    for n, (page, text) in enumerate(zip(reader.pages, pages), 1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if not (abs(w - 841.89) < 1 and abs(h - 595.28) < 1):
            errors.append(f"page {n}: not A4 landscape ({w:.0f}x{h:.0f})")
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if not lines or lines[0].strip() != make_pdf_plan.RUNNING_HEADER:
            errors.append(f"page {n}: running header missing")
        if not lines or lines[-1].strip() != f"Pag. {n}":
            errors.append(f"page {n}: footer 'Pag. {n}' missing")
    full = N("\n".join(pages))
    for needed in ("cronoprogramma delle attività", "i trim. 2026", "iv trim. 2026", "stakeholder coinvolti",
                   "valore pubblico", "target 2026", "target 2027", "descrizione sintetica"):
        if needed not in full:
            errors.append(f"layout: {needed!r} not found")
    return errors


def qa_checks(rows: list[dict], full: str, lines: list[str]) -> list[str]:
    errors = []
    ids = [r.get("id") for r in rows]
    if ids != [f"f6p-{i:03d}" for i in range(1, 41)]:
        errors.append("ids are not f6p-001..f6p-040 in order")
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
            if N(a) not in full:
                errors.append(f"{rid}: anchor not in the PDF text: {a!r}")
            elif not any(N(a) in ln for ln in lines):
                errors.append(f"{rid}: anchor spans several extracted lines: {a!r}")
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
        for g in groups:
            for alt in g:
                if N(alt) not in full:
                    errors.append(f"{rid}: must_contain string not in the PDF text: {alt!r}")
            if not any(N(alt) in answer for alt in g):
                errors.append(f"{rid}: reference answer misses group {g}")
    return errors


def main() -> int:
    errors: list[str] = []
    fresh = make_pdf_plan.build()
    if not PDF.exists():
        errors.append(f"{PDF} missing (run make_pdf_plan.py)")
        data = fresh
    else:
        data = PDF.read_bytes()
        if data != fresh:
            errors.append("docs/ PDF differs from a fresh build (run make_pdf_plan.py)")
    reader = pypdf.PdfReader(io.BytesIO(fresh))
    pages = [p.extract_text() for p in reader.pages]
    text = "\n".join(pages)
    full = N(text)
    lines = [N(ln) for ln in text.splitlines() if ln.strip()]
    errors += layout(reader, pages)
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    errors += qa_checks(rows, full, lines)
    for e in errors:
        print("ERROR", e)
    print(f"{DOC}: {len(pages)} pages, {len(text)} characters extracted")
    print(f"{len(rows)} questions, by type: {dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
