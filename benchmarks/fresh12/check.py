"""Validate benchmarks/fresh12/fresh12_qa.jsonl against docs/pradavena_piao-2026-2028.pdf.

Reads nothing of the assistant.  Needs pypdf (installed in /work/main/.venv); uses pdfplumber and the
other PDF backend (reportlab) as extra cross-checks when they are importable.  Steps:

1. determinism: two in-memory builds with make_plan (same backend as make_plan.py would pick) are
   byte-identical to each other and to the file in docs/;
2. layout, read back from the PDF (text fragments with position and font, via pypdf's visitor):
   * every page has the running header (municipality name) and a footer "Pag. N di M" with correct N, M;
   * no ruling lines: the content streams contain no path-construction / painting operators;
   * header rows in bold, smaller than the body, repeated on every page a table continues on;
   * columns aligned by x: every body fragment of the objectives / phases / org / risk tables starts at a
     column's left edge (right edge for the numeric columns);
   * wrapped cells: many cells of 2 lines, some of 3+, measured from the fragments;
   * objectives OP.x.y in order (10-12), continuation rows with empty Cod./Obiettivo cells, one of them
     orphaned at the top of a page; weights add up to 100; org-chart headcounts add up to the Totale row;
3. QA (format of /work/shared/eval/README.md):
   * keys, ids f12-001.. in order, known types and the minimum mix, doc / evidence_docs;
   * evidence: 1-3 anchors of 20-80 characters; N(anchor) is a substring of ONE line of the text pypdf
     extracts (whitespace normalised), lies inside one drawn text fragment (one cell line) and occurs in
     exactly one fragment; also found on one line of pdfplumber's text and of the other backend's PDF when
     those are available;
   * must_contain: every group is satisfied by the golden answer, its first (canonical) alternative occurs
     in the answer, and every other alternative occurs in the answer or in the document text or is another
     spelling of the same figure ("9.000" / "9000", "90%" / "90 %");
   * answers <= 800 characters; non_presente: no groups, a refusal marker, and a probe confirming the gap;
4. the invented surnames and place names do not occur in data/samples/.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh12/check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh12_qa.jsonl"
PDF = mp.OUT
DOC = PDF.name
SAMPLES = HERE.parent.parent / "data" / "samples"

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
TYPES = {"responsabile", "obiettivo", "indicatore", "tempistica", "numerico", "elenco", "multi_hop",
         "confronto", "non_presente"}
MIN_MIX = {"non_presente": 6, "elenco": 5, "multi_hop": 6}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
PATH_OPS = {"m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do"}
INVENTED = ["Pradavena", "Rivaluda", "Braida Nuova", "Vilanova", "Cescutti", "Zanier", "Pittana", "Tonon",
            "Coassin", "Missana", "Bortolin", "Zilli", "Bressan", "Cimolino", "Sandrin", "Bertoia", "Gobbato",
            "Furlanetto", "Vendrame", "Venier", "Zuliani", "Pivetta", "Candotti", "Del Zotto", "Fabris",
            "Bellotto"]
MM = 25.4 / 72


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def squeeze(s: str) -> str:
    """A figure without spaces, thousands dots or decimal commas: '9.000' / '9000', '90%' / '90 %'."""
    return re.sub(r"[\s.,]", "", s.lower())


# --------------------------------------------------------------------------------------------------
# reading the PDF back
# --------------------------------------------------------------------------------------------------

def fragments(reader: PdfReader) -> list[dict]:
    """Every shown string with page, x (left, mm), y (baseline, mm from the top), font and size."""
    out = []
    for pno, page in enumerate(reader.pages, 1):
        def visit(text, cm, tm, fd, fs, pno=pno):
            if text.strip():
                out.append({"page": pno, "x": round(tm[4] * MM, 2), "y": round(mp.PAGE_H - tm[5] * MM, 2),
                            "font": (fd or {}).get("/BaseFont", ""), "size": fs, "text": text.strip()})
        page.extract_text(visitor_text=visit)
    return out


def page_lines(reader: PdfReader) -> list[str]:
    return [ln for p in reader.pages for ln in p.extract_text().splitlines()]


def layout(reader: PdfReader, frags: list[dict]) -> tuple[list[str], dict]:
    errors: list[str] = []
    stats: dict = {}
    m = len(reader.pages)
    stats["pages"] = m
    if not 6 <= m <= 12:
        errors.append(f"layout: {m} pages")
    by_page = defaultdict(list)
    for f in frags:
        by_page[f["page"]].append(f)
    sheet_of = {}
    for n in range(1, m + 1):
        fs = by_page[n]
        top = [f for f in fs if f["y"] < 15]
        if not any(f["text"] == mp.RUNNING_LEFT and "Bold" in f["font"] for f in top):
            errors.append(f"layout: page {n} without the running header")
        sh = [f["text"] for f in top if f["text"].startswith("Foglio: ")]
        sheet_of[n] = sh[0][len("Foglio: "):] if sh else None
        foot = [f["text"] for f in fs if f["y"] > 195]
        if f"Pag. {n} di {m}" not in foot:
            errors.append(f"layout: page {n} footer {foot}")
        ops = {op.decode() if isinstance(op, bytes) else op
               for _, op in ContentStream(reader.pages[n - 1].get_contents(), reader).operations}
        if ops & PATH_OPS:
            errors.append(f"layout: page {n} draws paths (ruling lines?): {sorted(ops & PATH_OPS)}")

    be = mp.FpdfBackend()                       # Helvetica metrics, same for both backends
    tables = [("Premessa e Valore pubblico", mp.VP_HEAD, mp.VP_COLS, set()),
              ("Obiettivi 2026", mp.OBJ_HEAD, mp.OBJ_COLS, mp.OBJ_RIGHT),
              ("Fasi", mp.PH_HEAD, mp.PH_COLS, set()),
              ("Struttura", mp.ORG_HEAD, mp.ORG_COLS, mp.ORG_RIGHT),
              ("Rischi", mp.RISK_HEAD, mp.RISK_COLS, set())]
    cont_lines = Counter()
    for sheet, head, cols, right in tables:
        pages = [n for n in sheet_of if sheet_of[n] == sheet]
        if not pages:
            errors.append(f"layout: no page for sheet {sheet}")
            continue
        lefts = [mp.LEFT + sum(cols[:k]) for k in range(len(cols))]
        for n in pages:
            fs = by_page[n]
            hd = [f for f in fs if f["text"] in head and "Bold" in f["font"]]
            if [f["text"] for f in sorted(hd, key=lambda f: f["x"])] != head or len({f["y"] for f in hd}) != 1:
                errors.append(f"layout: {sheet} page {n}: header row not repeated in bold ({[f['text'] for f in hd]})")
                continue
            hy, hsize = hd[0]["y"], hd[0]["size"]
            body = [f for f in fs if f["y"] > hy + 1 and f["y"] < 195 and f["size"] <= 8
                    and not (f["x"] == mp.LEFT and len(f["text"]) > 90)]      # skip notes / prose below
            last_row_y = None
            for f in body:
                if f["x"] == mp.LEFT:                                         # prose after the table
                    break
                k = max(i for i, l in enumerate(lefts) if f["x"] >= l - 0.1)
                if k in right:
                    r_edge = f["x"] + be.width(f["text"], "Bold" in f["font"], f["size"])
                    ok = abs(r_edge - (lefts[k] + cols[k] - mp.PAD)) < 0.3
                else:
                    ok = abs(f["x"] - (lefts[k] + mp.PAD)) < 0.05
                if not ok:
                    errors.append(f"layout: {sheet} page {n}: fragment not aligned to column {k}: {f['text']!r}")
            if not body or hsize >= body[0]["size"]:
                errors.append(f"layout: {sheet} page {n}: header row not smaller than the body text")
            # wrapped cells: fragment directly below another one in the same column (one line height)
            lh = mp.line_h(body[0]["size"]) if body else 0
            colfr = defaultdict(list)
            for f in body:
                colfr[round(f["x"], 1)].append(f["y"])
            for ys in colfr.values():
                ys.sort()
                run = 1
                for a, b in zip(ys, ys[1:]):
                    if abs(b - a - lh) < 0.05:
                        run += 1
                    else:
                        if run > 1:
                            cont_lines[run] += 1
                        run = 1
                if run > 1:
                    cont_lines[run] += 1
    stats["wrapped_cells"] = dict(sorted(cont_lines.items()))
    if sum(cont_lines.values()) < 40:
        errors.append(f"layout: only {sum(cont_lines.values())} wrapped cells")
    if sum(v for k, v in cont_lines.items() if k >= 3) < 5:
        errors.append("layout: fewer than 5 cells wrapped on 3+ lines")

    # objectives: codes in order, continuation rows, an orphan continuation row at a page top
    obj_pages = [n for n in sheet_of if sheet_of[n] == "Obiettivi 2026"]
    code_x = mp.LEFT + mp.PAD
    ind_x = mp.LEFT + sum(mp.OBJ_COLS[:5]) + mp.PAD
    codes, cont_rows, orphan = [], 0, False
    for n in obj_pages:
        fs = [f for f in by_page[n] if f["size"] == 7.5 and "Bold" not in f["font"]]
        code_ys = {f["y"] for f in fs if abs(f["x"] - code_x) < 0.05}
        codes += [f["text"] for f in fs if abs(f["x"] - code_x) < 0.05]
        row_starts = sorted({f["y"] for f in fs if abs(f["x"] - ind_x) < 0.05
                             and not any(abs(g["x"] - ind_x) < 0.05 and 0 < f["y"] - g["y"] < 3.3 for g in fs)})
        for k, y in enumerate(row_starts):
            if y not in code_ys:
                cont_rows += 1
                if k == 0:
                    orphan = True
    stats["objectives"] = len(codes)
    stats["continuation_rows"] = cont_rows
    if not re.fullmatch(r"(OP\.\d\.\d,)*OP\.\d\.\d", ",".join(codes)) or not 10 <= len(codes) <= 12 \
            or codes != sorted(codes, key=lambda c: tuple(map(int, c[3:].split(".")))):
        errors.append(f"layout: objective codes {codes}")
    if cont_rows < 8:
        errors.append(f"layout: only {cont_rows} continuation rows (empty Cod./Obiettivo)")
    if not orphan:
        errors.append("layout: no continuation row orphaned at the top of a page")
    if sum(int(o[4]) for o in mp.OBJECTIVES) != 100:
        errors.append("layout: objective weights do not add up to 100")
    if sum(int(o[3]) for o in mp.ORG[:-1]) != int(mp.ORG[-1][3]):
        errors.append("layout: org-chart headcounts do not add up to the Totale row")
    full = N(" ".join(page_lines(reader)))
    for must in ("il segretario comunale è la dott.ssa paola zanier", "il sindaco è marco cescutti",
                 "titolare di elevata qualificazione", "pag. 1 di"):
        if must not in full:
            errors.append(f"layout: text {must!r} missing")
    return errors, stats


# --------------------------------------------------------------------------------------------------
# probes for the non_presente questions: each returns a list of reasons why the document MIGHT answer
# --------------------------------------------------------------------------------------------------

def _obj(code):
    return next(o for o in mp.OBJECTIVES if o[0] == code)


def _cells(code):
    o = _obj(code)
    return [o[1], o[2], o[3]] + [c for ind in o[5] for c in ind] + \
        [c for p in mp.PHASES if p[0] == code for c in p[1:]]


def probe_2029(t):
    return ["'2029' occurs"] if "2029" in t else []


def probe_costo_fv(t):
    bad = [c for c in _cells("OP.2.1") if "€" in c or "euro" in c.lower()]
    return bad + [s for s in re.split(r"(?<=[.;])\s", t) if "fotovoltaic" in s and re.search(r"€|euro", s)]


def probe_vicesindaco(t):
    return [w for w in ("vicesindaco", "vice sindaco", "vice-sindaco", "assessor", "giunta è composta") if w in t]


def probe_baseline_cs(t):
    base = _obj("OP.1.2")[5][1][1]
    return [] if base.startswith("n.d.") and "n.d. (nuovo indicatore)" in t else [f"baseline is {base!r}"]


def probe_tariffa_ce(t):
    bad = [c for c in _cells("OP.3.2") if re.search(r"€|euro|\d+,\d\d", c)]
    return bad + [m.group(0) for m in re.finditer(r"(rett[ae]|quota|tariff[ae])[^.;]{0,40}(€|euro)", t)]


def probe_nucleo(t):
    sents = [s for s in re.split(r"(?<=[.;])\s", t) if "nucleo" in s]
    bad = [s for s in sents if re.search(r"dott|avv\.|prof\.|rag\.|component|president", s)]
    return bad + (["'nucleo' occurs more than once"] if t.count("nucleo") != 1 else []) + \
        (["'oiv' occurs"] if re.search(r"\boiv\b", t) else [])


def probe_cooperativa(t):
    bad = [m.group(0) for m in re.finditer(r"cooperativa \S+", t) if m.group(0) != "cooperativa affidataria,"
           and m.group(0) != "cooperativa affidataria"]
    return bad + [c for c in _cells("OP.3.1") if "€" in c]


PROBES = {"f12-045": probe_2029, "f12-046": probe_costo_fv, "f12-047": probe_vicesindaco,
          "f12-048": probe_baseline_cs, "f12-049": probe_tariffa_ce, "f12-050": probe_nucleo,
          "f12-051": probe_cooperativa}


# --------------------------------------------------------------------------------------------------
# QA
# --------------------------------------------------------------------------------------------------

def extra_line_sets() -> dict[str, list[str]]:
    """Lines of the same document as seen by other extractors / the other backend (when available)."""
    out = {}
    try:
        import pdfplumber
        with pdfplumber.open(str(PDF)) as pdf:
            out["pdfplumber"] = [N(ln) for p in pdf.pages for ln in (p.extract_text() or "").splitlines()]
    except ImportError:
        pass
    current = mp.make_backend().name
    other = mp.FpdfBackend if current == "reportlab" else mp.ReportlabBackend
    try:
        data = mp.build(other())
        out[f"pypdf on the {other.name} build"] = [N(ln) for ln in page_lines(PdfReader(io.BytesIO(data)))]
    except ImportError:
        pass
    return out


def qa_checks(rows: list[dict], lines: list[str], frags: list[dict], extra: dict) -> list[str]:
    errors = []
    nlines = [N(ln) for ln in lines]
    full = N(" ".join(lines))
    ncells = [N(f["text"]) for f in frags]
    ids = [r.get("id") for r in rows]
    if ids != [f"f12-{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("ids are not f12-001.. in order / unique")
    if len(rows) < 40:
        errors.append(f"only {len(rows)} questions")
    mix = Counter(r.get("type") for r in rows)
    for t, k in MIN_MIX.items():
        if mix[t] < k:
            errors.append(f"only {mix[t]} {t} questions (need {k})")
    for r in rows:
        rid = r.get("id")
        if set(r) != set(KEYS):
            errors.append(f"{rid}: keys {sorted(r)}")
            continue
        if r["type"] not in TYPES:
            errors.append(f"{rid}: unknown type {r['type']}")
        if r["doc"] != DOC:
            errors.append(f"{rid}: doc {r['doc']!r}")
        if not r["question"].strip() or not r["answer"].strip():
            errors.append(f"{rid}: empty question/answer")
        ev, evd = r["evidence"], r["evidence_docs"]
        if not 1 <= len(ev) <= 3 or len(evd) != len(ev) or any(d != DOC for d in evd):
            errors.append(f"{rid}: evidence / evidence_docs malformed")
        for a in ev:
            na = N(a)
            if not 20 <= len(a) <= 80 or "\n" in a:
                errors.append(f"{rid}: anchor length {len(a)}: {a!r}")
            if na not in full:
                errors.append(f"{rid}: anchor not in the pypdf text: {a!r}")
            elif not any(na in ln for ln in nlines):
                errors.append(f"{rid}: anchor not on a single pypdf line: {a!r}")
            hits = sum(na in c for c in ncells)
            if hits != 1:
                errors.append(f"{rid}: anchor inside {hits} drawn fragments (need exactly 1 cell line): {a!r}")
            for name, xl in extra.items():
                if not any(na in ln for ln in xl):
                    errors.append(f"{rid}: anchor not on a single line of {name}: {a!r}")
        ans = N(r["answer"])
        if len(r["answer"]) > 800:
            errors.append(f"{rid}: answer longer than 800 characters")
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not any(mk in ans for mk in REFUSALS):
                errors.append(f"{rid}: non_presente answer without a refusal marker")
            probe = PROBES.get(rid)
            if probe is None:
                errors.append(f"{rid}: no probe for this non_presente question")
            else:
                errors += [f"{rid}: the document may answer it: {p}" for p in probe(full)]
            continue
        if rid in PROBES:
            errors.append(f"{rid}: probe defined for an answerable question")
        if any(mk in ans for mk in REFUSALS):
            errors.append(f"{rid}: answerable question whose answer contains a refusal marker")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        for g in groups:
            if not any(N(alt) in ans for alt in g):
                errors.append(f"{rid}: golden answer does not satisfy group {g}")
            if N(g[0]) not in ans:
                errors.append(f"{rid}: canonical alternative {g[0]!r} not in the golden answer")
            for alt in g:
                if N(alt) not in ans and N(alt) not in full and squeeze(alt) != squeeze(g[0]):
                    errors.append(f"{rid}: alternative {alt!r} is neither in the answer, nor in the document, "
                                  f"nor a spelling of {g[0]!r}")
    return errors


def names_check() -> list[str]:
    errors = []
    if not SAMPLES.is_dir():
        return ["data/samples not found"]
    blob = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(SAMPLES.glob("*.txt"))).lower()
    for w in INVENTED:
        if re.search(rf"\b{re.escape(w.lower())}\b", blob):
            errors.append(f"names: {w!r} occurs in data/samples")
    return errors


def main() -> int:
    errors: list[str] = []
    be_name = mp.make_backend().name
    a, b = mp.build(), mp.build()
    if a != b:
        errors.append("two in-memory builds differ (generator not deterministic)")
    if not PDF.exists():
        print(f"ERROR {PDF} missing: run make_plan.py")
        return 1
    if PDF.read_bytes() != a:
        errors.append(f"docs/{DOC} differs from a fresh {be_name} build (run make_plan.py)")
    reader = PdfReader(str(PDF))
    frags = fragments(reader)
    lines = page_lines(reader)
    lay_err, stats = layout(reader, frags)
    errors += lay_err
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    extra = extra_line_sets()
    errors += qa_checks(rows, lines, frags, extra)
    errors += names_check()
    for e in errors:
        print("ERROR", e)
    n_ev = sum(len(r["evidence"]) for r in rows)
    print(f"{DOC}: backend {be_name}, {PDF.stat().st_size} bytes, {stats.get('pages')} pages, "
          f"{len(frags)} text fragments, {len(lines)} pypdf lines")
    print(f"layout: {stats.get('objectives')} objectives, {stats.get('continuation_rows')} continuation rows, "
          f"wrapped cells by number of lines {stats.get('wrapped_cells')}")
    print(f"{len(rows)} questions, {n_ev} evidence anchors; by type: "
          f"{dict(sorted(Counter(r['type'] for r in rows).items()))}")
    print("anchors also checked against: pypdf lines + drawn fragments"
          + "".join(f" + {k}" for k in extra) + ("" if len(extra) == 2 else " (others not importable)"))
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
