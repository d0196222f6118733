"""Validate benchmarks/fresh7/schede_qa.jsonl against the generated "schede obiettivo" PDF.

Self-contained (reads nothing of the assistant). Steps:

1. re-generate the PDF in memory with make_pdf_plan.build() and check that it is byte-identical to
   the file in docs/ (the generator is deterministic) and to a second in-memory build;
2. extract the text of every page with pypdf; the "printed lines" are the lines of that text;
3. layout checks: 8-10 A4 portrait pages, running header on every page, footer "pagina N di M",
   Premessa / Organigramma / 12 scheda headings / Riepilogo pesi / Valore Pubblico present;
   the weights of the schede add up to 100 and match the "Riepilogo pesi" table;
4. QA checks (format of shared/eval/README.md): keys, known type, ids f7p-001..f7p-040 in order,
   type mix, doc = the PDF file name, 1-3 evidence anchors of 20-80 characters without line break,
   each found in the normalised text AND inside a single extracted line; every alternative of every
   must_contain group occurs in the normalised text; elenco questions have at most 5 groups; the
   reference answer satisfies its own must_contain and is at most 800 characters; non_presente
   questions have no must_contain, carry a refusal marker and are not answered by the text in an
   obvious way (per-question probes below).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh7/pdf_check.py [qa.jsonl]
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

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "schede_qa.jsonl"
PDF = make_pdf_plan.OUT
DOC = PDF.name

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
MIX = {"responsabile": 6, "multi_hop": 6, "elenco": 5, "indicatore": 5, "tempistica": 4, "numerico": 4,
       "confronto": 3, "obiettivo": 3, "non_presente": 4}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def sentences_with(text: str, word: str) -> list[str]:
    """Normalised sentences (split on '. ' / ';') that contain `word`."""
    return [s for s in re.split(r"(?<=[.;])\s", text) if word in s]


def between(text: str, start: str, end: str | None) -> str:
    i = text.index(start)
    return text[i:text.index(end, i)] if end else text[i:]


# Probes for the non_presente questions: each returns a list of problems (empty = the document does
# not obviously answer the question).
def probe_variante_cost(t):
    cell = between(t, "scheda obiettivo 2026/08", "scheda obiettivo 2026/09")
    return ["an amount appears in scheda 2026/08"] if re.search(r"euro|€|importo|costo", cell) else []


def probe_nucleo_name(t):
    bad = [s for s in sentences_with(t, "nucleo di valutazione")
           if re.search(r"dott|avv\.|prof\.|rag\.|componente|president", s)]
    return bad + (["'oiv' occurs"] if re.search(r"\boiv\b", t) else [])


def probe_trasparenza_staff(t):
    cell = between(t, "scheda obiettivo 2026/12", "riepilogo pesi")
    return ["a named employee with category in scheda 2026/12"] if re.search(r"\([abcd]\d\)", cell) else []


def probe_meal_price(t):
    bad = [w for w in ("tariffa del pasto", "costo del pasto", "prezzo del pasto", "per pasto", "a pasto",
                       "buono pasto da") if w in t]
    return bad + [s for s in sentences_with(t, "past") if re.search(r"€|\d,\d{2} euro", s)]


PROBES = {
    "f7p-037": probe_variante_cost,
    "f7p-038": probe_nucleo_name,
    "f7p-039": probe_trasparenza_staff,
    "f7p-040": probe_meal_price,
}


def weights() -> list[str]:
    errors = []
    total, by_code = 0, {}
    for code, rows in make_pdf_plan.SCHEDE:
        w = [v for k, v in rows if k in ("Peso %", "Ponderazione", "Peso attribuito")]
        if len(w) != 1:
            errors.append(f"scheda {code}: {len(w)} weight rows")
            continue
        by_code[code] = int(re.match(r"\d+", w[0]).group())
        total += by_code[code]
    if total != 100:
        errors.append(f"weights of the schede add up to {total}, not 100")
    for settore, codes, peso in make_pdf_plan.RIEPILOGO:
        if settore == "Totale":
            continue
        s = sum(by_code.get(c.strip(), 0) for c in codes.split(","))
        if s != int(peso):
            errors.append(f"riepilogo {settore}: {peso} != sum of its schede {s}")
    return errors


def layout(reader: pypdf.PdfReader, pages: list[str]) -> list[str]:
    errors = []
    if not 8 <= len(pages) <= 10:
        errors.append(f"{len(pages)} pages, expected 8-10")
    for n, (page, text) in enumerate(zip(reader.pages, pages), 1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if not (abs(w - 595.28) < 1 and abs(h - 841.89) < 1):
            errors.append(f"page {n}: not A4 portrait ({w:.0f}x{h:.0f})")
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if not lines or lines[0].strip() != make_pdf_plan.RUNNING_HEADER:
            errors.append(f"page {n}: running header missing")
        if not lines or lines[-1].strip() != f"pagina {n} di {len(pages)}":
            errors.append(f"page {n}: footer 'pagina {n} di {len(pages)}' missing")
    full = N("\n".join(pages))
    for needed in ("premessa", "organigramma", "titolare di posizione", "servizi assegnati",
                   "riepilogo pesi", "peso complessivo %", "collegamento con il valore pubblico",
                   "denominazione obiettivo", "oggetto dell'obiettivo", "titolo", "struttura competente",
                   "cronoprogramma", "fasi e scadenze", "tempi di realizzazione", "personale assegnato",
                   "dipendenti coinvolti", "risorse umane coinvolte"):
        if needed not in full:
            errors.append(f"layout: {needed!r} not found")
    heads = re.findall(r"scheda obiettivo (2026/\d\d)", full)
    if heads != [f"2026/{i:02d}" for i in range(1, 13)]:
        errors.append(f"scheda headings {heads}")
    return errors


def qa_checks(rows: list[dict], full: str, lines: list[str]) -> list[str]:
    errors = []
    ids = [r.get("id") for r in rows]
    if ids != [f"f7p-{i:03d}" for i in range(1, 41)]:
        errors.append("ids are not f7p-001..f7p-040 in order")
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
        if r["type"] == "elenco" and len(groups) > 5:
            errors.append(f"{rid}: elenco with {len(groups)} groups (max 5)")
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
    if fresh != make_pdf_plan.build():
        errors.append("two in-memory builds differ (generator not deterministic)")
    if not PDF.exists():
        errors.append(f"{PDF} missing (run make_pdf_plan.py)")
    elif PDF.read_bytes() != fresh:
        errors.append("docs/ PDF differs from a fresh build (run make_pdf_plan.py)")
    reader = pypdf.PdfReader(io.BytesIO(fresh))
    pages = [p.extract_text() for p in reader.pages]
    text = "\n".join(pages)
    full = N(text)
    lines = [N(ln) for ln in text.splitlines() if ln.strip()]
    errors += layout(reader, pages)
    errors += weights()
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
