"""Validate benchmarks/fresh8/fresh8_qa.jsonl against the generated two-column PIAO PDF.

Self-contained (reads nothing of the assistant). Steps:

1. re-generate the PDF in memory with make_pdf_plan.build() twice and check that both builds are
   byte-identical to each other and to the file in docs/ (the generator is deterministic);
2. extract the text of every page with pypdf (`PdfReader(p).pages[i].extract_text()`); the
   "extracted lines" are the lines of that text;
3. layout checks: 5-7 A4 portrait pages; alternating running header (odd / even pages); footer
   "– N di M –" on every page; two-column body (short extracted lines); soft-hyphenated line ends;
   footnotes printed on the page of their marker; the 12 objective headings "Ob. x.y – ..." in
   order; the summary table rows as in make_pdf_plan.RIEPILOGO with weights adding up to 100;
4. QA checks (format of shared/eval/README.md): keys, known type, ids f8p-001..f8p-040 unique and in
   order, type mix, doc = the PDF file name, 1-3 evidence anchors of 20-80 characters without line
   break, each (normalised) a substring of ONE normalised extracted line; every alternative of every
   must_contain group occurs in the normalised text; elenco questions have at most 5 groups; the
   reference answer satisfies its own must_contain and is at most 800 characters; non_presente
   questions have no must_contain, carry a refusal marker and are not answered by the text in an
   obvious way (per-question probes below);
5. derived values: the sums / maxima that some questions ask for (weights per Area from the summary
   table, headcounts from the organisation prose) are recomputed from the extracted text and must
   equal the expected values, which the reference answers must state.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh8/pdf_check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_pdf_plan  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh8_qa.jsonl"
PDF = make_pdf_plan.OUT
DOC = PDF.name
PREFIX = "f8p"
N_QUESTIONS = 40

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
MIX = {"responsabile": 7, "multi_hop": 7, "elenco": 5, "confronto": 4, "numerico": 4, "indicatore": 4,
       "tempistica": 3, "obiettivo": 2, "non_presente": 4}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def sentences_with(text: str, word: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;])\s", text) if word in s]


def between(text: str, start: str, end: str | None) -> str:
    i = text.index(start)
    return text[i:text.index(end, i)] if end else text[i:]


# Probes for the non_presente questions: each returns a list of problems (empty = the document does
# not obviously answer the question).
def probe_telecamere_cost(t):
    sec = between(t, "ob. 2.3 – videosorveglianza", "3.3 linea strategica 3")
    return ["an amount appears in Ob. 2.3"] if re.search(r"euro|€|importo|\d+\.\d{3}", sec) else []


def probe_nucleo_name(t):
    bad = [s for s in sentences_with(t, "nucleo di valutazione")
           if re.search(r"dott|avv\.|prof\.|rag\.|componente|president|nominat[oa] nella persona", s)]
    return bad + (["'oiv' occurs"] if re.search(r"\boiv\b", t) else [])


def probe_anagrafe_staff(t):
    sec = between(t, "ob. 1.2 – anagrafe", "ob. 1.3 –")
    bad = ["a title / category in Ob. 1.2"] if re.search(r"dott|rag\.|sig\.|geom\.|\([bcd]\d\)", sec) else []
    return bad + (["employee categories occur"] if re.search(r"\([bcd]\d\)", t) else [])


def probe_svuotamento_price(t):
    bad = [s for s in sentences_with(t, "svuotament") if re.search(r"€|euro|\d,\d{2}", s)]
    return bad + [w for w in ("per svuotamento è", "a svuotamento", "costo dello svuotamento") if w in t]


PROBES = {
    f"{PREFIX}-037": probe_telecamere_cost,
    f"{PREFIX}-038": probe_nucleo_name,
    f"{PREFIX}-039": probe_anagrafe_staff,
    f"{PREFIX}-040": probe_svuotamento_price,
}

# Values that a question asks to compute (sums over the summary table / the organisation prose).
# They must be re-derivable from the extracted text; the answer must contain the derived value.
def _weights(t):
    return [(code, int(w), area) for code, w, area in
            re.findall(r"^ob\. (\d\.\d) (\d+) (.+)$", t, flags=re.M)]


def _headcount(t, pattern):
    m = re.search(pattern, t)
    return int(m.group(1)) if m else -1


def derived_values(t_lines: str) -> dict[str, list[int]]:
    t = N(t_lines)
    w = _weights("\n".join(N(ln) for ln in t_lines.splitlines()))
    area = lambda a: sum(x for _, x, ar in w if ar.startswith(a))  # noqa: E731
    a1 = _headcount(t, r"vi operano (\d+) dipendenti")
    a4 = _headcount(t, r"tempo libero, e conta (\d+) dipendenti")
    top = max(w, key=lambda r: r[1])
    return {
        f"{PREFIX}-011": [dict((c, x) for c, x, _ in w)["3.2"]],           # 6
        f"{PREFIX}-012": [top[1], int(top[0] == "2.1")],                    # 12, Ob. 2.1 is the top
        f"{PREFIX}-014": [a1 + a4],                                         # 9 + 11 = 20
        f"{PREFIX}-015": [area("area 3")],                                  # 10 + 12 + 9 = 31
        f"{PREFIX}-027": [area("area 1"), area("area 2")],                  # 15 vs 13
    }


EXPECTED = {f"{PREFIX}-011": [6], f"{PREFIX}-012": [12, 1], f"{PREFIX}-014": [20],
            f"{PREFIX}-015": [31], f"{PREFIX}-027": [15, 13]}


def derived_checks(text: str, rows: list[dict]) -> list[str]:
    errors = []
    got = derived_values(text)
    by_id = {r["id"]: r for r in rows}
    for rid, want in EXPECTED.items():
        if got[rid] != want:
            errors.append(f"{rid}: derived values {got[rid]} != {want}")
        answer = N(by_id[rid]["answer"])
        for v in want:
            if v > 1 and not re.search(rf"(?<![\d.,]){v}(?![\d.,]\d)", answer):
                errors.append(f"{rid}: answer does not state the derived value {v}")
    return errors


OBJ_HEAD = re.compile(r"^ob\. (\d\.\d) – ")


def layout(reader: pypdf.PdfReader, pages: list[str]) -> list[str]:
    errors = []
    if not 5 <= len(pages) <= 7:
        errors.append(f"{len(pages)} pages, expected 5-7")
    body_lengths = []
    for n, (page, text) in enumerate(zip(reader.pages, pages), 1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if not (abs(w - 595.28) < 1 and abs(h - 841.89) < 1):
            errors.append(f"page {n}: not A4 portrait ({w:.0f}x{h:.0f})")
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        want = make_pdf_plan.HEADER_EVEN if n % 2 == 0 else make_pdf_plan.HEADER_ODD
        if not lines or lines[0] != want:
            errors.append(f"page {n}: running header {want!r} missing")
        if not lines or not lines[-1].endswith(f"– {n} di {len(pages)} –"):
            errors.append(f"page {n}: footer '– {n} di {len(pages)} –' missing")
        if n < len(pages):
            body_lengths += [len(N(ln)) for ln in lines[1:-1] if not ln.startswith(("¹", "²", "³"))]
        for mark, note in make_pdf_plan.FOOTNOTES.items():
            if mark in text and N(note[:60]) not in N(text):
                errors.append(f"page {n}: marker {mark!r} without its footnote on the same page")
    if body_lengths and statistics.median(body_lengths) > 55:
        errors.append(f"body lines too long for two columns (median {statistics.median(body_lengths)})")
    full_raw = "\n".join(pages)
    hyph = re.findall(r"[a-zà-ù]-\n[a-zà-ù]", full_raw)
    if len(hyph) < 5:
        errors.append(f"only {len(hyph)} hyphenated line ends")
    if "\u00ad" in full_raw:
        errors.append("soft hyphen characters leak into the extracted text")
    for note in make_pdf_plan.FOOTNOTES.values():
        if N(note[:60]) not in N(full_raw):
            errors.append(f"footnote not printed: {note[:40]!r}")
    heads = [m.group(1) for ln in full_raw.splitlines() if (m := OBJ_HEAD.match(N(ln)))]
    want_heads = [f"{a}.{b}" for a, k in ((1, 3), (2, 3), (3, 3), (4, 3)) for b in range(1, k + 1)]
    if heads != want_heads:
        errors.append(f"objective headings {heads}")
    full = N(full_raw)
    for needed in ("1 premessa", "2.2 l'organizzazione dell'ente", "affidata ad interim",
                   "5 riepilogo dei pesi degli obiettivi 2026", "obiettivo peso % area assegnataria"):
        if needed not in full:
            errors.append(f"layout: {needed!r} not found")
    # summary table rows, one extracted line each, weights add up to 100
    lines = {N(ln) for ln in full_raw.splitlines()}
    total = 0
    for code, peso, area in make_pdf_plan.RIEPILOGO:
        row = N(f"{code} {peso} {area}")
        if row not in lines:
            errors.append(f"summary row not extracted as one line: {row!r}")
        if code != "Totale":
            total += int(peso)
    if total != 100:
        errors.append(f"weights add up to {total}, not 100")
    return errors


def qa_checks(rows: list[dict], full: str, lines: list[str]) -> list[str]:
    errors = []
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"{PREFIX}-{i:03d}" for i in range(1, N_QUESTIONS + 1)]:
        errors.append(f"ids are not {PREFIX}-001..{PREFIX}-{N_QUESTIONS:03d} in order")
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
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    errors += qa_checks(rows, full, lines)
    errors += derived_checks(text, rows)
    for e in errors:
        print("ERROR", e)
    print(f"{DOC}: {len(pages)} pages, {len(text)} characters extracted")
    print(f"{len(rows)} questions, by type: {dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
