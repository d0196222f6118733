"""Validate benchmarks/fresh14/fresh14_qa.jsonl against docs/montecorbaia_piao-2026-2028.pdf.

Reads nothing of the product.  Needs pypdf and fpdf2 (both in /work/main/.venv).  Steps:

1. determinism: two in-memory builds of make_plan are byte-identical to each other and to docs/;
2. layout, read back from the PDF with pypdf (text fragments with position and font via the visitor, and the
   content-stream operators):
   * A4 landscape; every page has the running header (municipality + "PIAO 2026-2028") and the footer
     "pag. N" with the right N; Helvetica only;
   * the objectives table: 10-12 rows numbered 1..n in order, spanning 3-4 consecutive pages, its header
     row (bold) repeated at the top of every one of those pages, cell borders drawn (rectangles on every
     table page), multi-line cells (rows several text lines tall);
   * the "Settore responsabile" cells name a settore and never a person;
   * the strategic-line paragraphs assign every objective to exactly one line; weights add up to 100;
   * org chart in prose: one paragraph per settore naming its head and headcount, headcounts add up to the
     total of the staff table; staff table rows add up;
   * about 12-16k characters of extracted text;
3. QA (format of /work/shared/eval/README.md):
   * keys, ids f14-001..f14-045 unique and in order, known types, the required count per type;
   * doc / evidence_docs; non_presente: doc null, empty must_contain / evidence / evidence_docs, a refusal
     marker in the answer, and a probe confirming the gap in the document;
   * evidence: 1-3 anchors of 20-80 characters; N(anchor) is a substring of ONE line of the text pypdf
     extracts (page by page) and lies inside one drawn text fragment (one visual line of one cell/paragraph);
   * must_contain: the first (canonical) alternative of every group occurs in N(extracted text); every
     other alternative occurs there too, or is another spelling of the same figure ("480.000" / "480000",
     "6,5" / "6.5"), or is one of the listed colloquial synonyms ("vigili", "part time"); the golden answer
     satisfies every group (as the scorer does); answers <= 800 characters, answerable ones without
     refusal markers;
4. invented names: none occurs in data/samples/ or in the other benchmarks/fresh*/ folders (*_qa.jsonl
   excluded).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh14/check.py [qa.jsonl]
"""
from __future__ import annotations

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

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh14_qa.jsonl"
PDF = mp.OUT
DOC = PDF.name
ROOT = HERE.parent.parent                  # /work/main
MM = 25.4 / 72

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
COUNTS = {"responsabile": 10, "multi_hop": 6, "confronto": 5, "numerico": 5, "indicatore": 6, "elenco": 5,
          "obiettivo": 3, "non_presente": 5}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
PEOPLE = ["Bartolozzi", "Ciampolini", "Niccolai", "Baldacci", "Guidotti", "Batistini", "Pratesi", "Fantozzi",
          "Salvadori", "Mazzanti", "Tognetti", "Papini"]
PLACES = ["Montecorbaia", "Corbaia", "Casenuove", "Poggio al Pino"]
# responsabile questions that need the hop objective -> settore -> person (at least 7 required)
HOP_RESP = {"f14-001", "f14-002", "f14-003", "f14-004", "f14-005", "f14-006", "f14-007", "f14-008"}


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def squeeze(s: str) -> str:
    """A figure without spaces, thousands dots or decimal commas: '480.000' / '480000', '12%' / '12 %'."""
    return re.sub(r"[\s.,]", "", s.lower())


# alternatives a correct answer may use that are not in the document (colloquial office names)
COLLOQUIAL = {"vigili", "part time", "part-time"}


# --------------------------------------------------------------------------------------------------
# reading the PDF back
# --------------------------------------------------------------------------------------------------

def fragments(reader: PdfReader) -> list[dict]:
    out = []
    for pno, page in enumerate(reader.pages, 1):
        def visit(text, cm, tm, fd, fs, pno=pno):
            if text.strip():
                out.append({"page": pno, "x": round(tm[4] * MM, 2), "y": round(mp.PAGE_H - tm[5] * MM, 2),
                            "font": (fd or {}).get("/BaseFont", ""), "size": fs, "text": text.strip()})
        page.extract_text(visitor_text=visit)
    return out


def page_texts(reader: PdfReader) -> list[str]:
    return [p.extract_text() for p in reader.pages]


def layout(reader: PdfReader, frags: list[dict], texts: list[str]) -> tuple[list[str], dict]:
    errors: list[str] = []
    stats: dict = {}
    n_pages = len(reader.pages)
    stats["pages"] = n_pages
    by_page = defaultdict(list)
    for f in frags:
        by_page[f["page"]].append(f)
    rects = {}
    for n, page in enumerate(reader.pages, 1):
        w, h = float(page.mediabox.width) * MM, float(page.mediabox.height) * MM
        if abs(w - 297) > 1 or abs(h - 210) > 1:
            errors.append(f"layout: page {n} is not A4 landscape ({w:.0f}x{h:.0f} mm)")
        fs = by_page[n]
        if not any(f["text"] == mp.RUNNING and f["y"] < 15 for f in fs) or "PIAO 2026-2028" not in mp.RUNNING:
            errors.append(f"layout: page {n} without the running header")
        if not any(f["text"] == f"pag. {n}" and f["y"] > 195 for f in fs):
            errors.append(f"layout: page {n} without footer 'pag. {n}'")
        fonts = {f["font"] for f in fs}
        if not all(ft.lstrip("/").startswith("Helvetica") for ft in fonts):
            errors.append(f"layout: page {n} uses fonts {fonts}")
        ops = [op.decode() if isinstance(op, bytes) else op
               for _, op in ContentStream(page.get_contents(), reader).operations]
        rects[n] = ops.count("re")

    # objectives table: header row on each table page, rows numbered in order
    head = mp.OBJ_HEAD
    x_cols = [mp.LEFT + sum(mp.OBJ_COLS[:k]) for k in range(len(mp.OBJ_COLS) + 1)]
    table_pages, numbers, row_heights = [], [], []
    for n in range(1, n_pages + 1):
        fs = by_page[n]
        hd = [f for f in fs if f["text"] in head and "Bold" in f["font"]]
        if not hd:
            continue
        if sorted({f["text"] for f in hd}) != sorted(head) or len({f["y"] for f in hd}) != 1:
            errors.append(f"layout: page {n}: incomplete objectives header row {[f['text'] for f in hd]}")
            continue
        table_pages.append(n)
        hy = hd[0]["y"]
        body = [f for f in fs if hy < f["y"] < 195]
        nums = sorted((f for f in body if x_cols[0] <= f["x"] < x_cols[1] and f["text"].isdigit()),
                      key=lambda f: f["y"])
        numbers += [int(f["text"]) for f in nums]
        # lines per row: distinct baselines in the objective column between this number and the next
        ys = [f["y"] for f in nums] + [10_000]
        for a, b in zip(ys, ys[1:]):
            obj_lines = {f["y"] for f in body if x_cols[1] <= f["x"] < x_cols[2] and a - 0.5 <= f["y"] < b - 0.5}
            row_heights.append(len(obj_lines))
        if rects[n] < 7 * (len(nums) + 1):
            errors.append(f"layout: page {n}: only {rects[n]} rectangles for {len(nums)} rows (cell borders?)")
        # the table header must be the first thing under the title / running header of a continuation page
        if n != table_pages[0] and any(f["y"] < hy and f["y"] > 15 for f in fs):
            errors.append(f"layout: page {n}: text above the repeated header row")
    stats["table_pages"] = table_pages
    stats["rows"] = len(numbers)
    stats["lines_per_row"] = row_heights
    if not 3 <= len(table_pages) <= 4 or table_pages != list(range(table_pages[0], table_pages[-1] + 1)):
        errors.append(f"layout: objectives table on pages {table_pages} (need 3-4 consecutive pages)")
    if numbers != list(range(1, len(numbers) + 1)) or not 10 <= len(numbers) <= 12:
        errors.append(f"layout: objective numbers {numbers}")
    if len(numbers) != len(mp.OBJECTIVES):
        errors.append("layout: table rows differ from make_plan.OBJECTIVES")
    if not row_heights or min(row_heights) < 4:
        errors.append(f"layout: rows are not multi-line: {row_heights}")
    # wrapped cells in the other columns (indicator, settore)
    wrapped_ind = sum(1 for o in mp.OBJECTIVES
                      if N(o[4]) not in {N(ln) for t in texts for ln in t.splitlines()})
    stats["wrapped_indicator_cells"] = wrapped_ind
    if wrapped_ind < 5:
        errors.append("layout: fewer than 5 indicator cells wrapped on 2+ lines")

    full = N(" ".join(texts))
    stats["chars"] = sum(len(t) for t in texts)
    if not 12_000 <= stats["chars"] <= 16_000:
        errors.append(f"layout: {stats['chars']} characters of text (want 12-16k)")

    # settore cells name no person; each settore paragraph names a person and a headcount
    for o in mp.OBJECTIVES:
        sett = o[8]
        if any(p.lower() in sett.lower() for p in PEOPLE) or re.search(r"dott|ing\.|arch\.|comm", sett):
            errors.append(f"layout: settore cell names a person: {sett}")
    if sum(int(o[9]) for o in mp.OBJECTIVES) != 100:
        errors.append("layout: weights do not add up to 100")
    # strategic lines: every objective in exactly one line, and the line field agrees with the prose
    assigned = Counter()
    for k, (_lead, text) in enumerate(mp.LINES, 1):
        m = re.search(r"obiettivi n\. ([\d, e]+)\.", text)
        nums = [int(x) for x in re.findall(r"\d+", m.group(1))] if m else []
        assigned.update(nums)
        want = [int(o[0]) for o in mp.OBJECTIVES if o[10] == k]
        if nums != want:
            errors.append(f"layout: strategic line {k} lists {nums}, objectives say {want}")
    if sorted(assigned) != list(range(1, len(mp.OBJECTIVES) + 1)) or max(assigned.values()) != 1:
        errors.append("layout: objectives not assigned to exactly one strategic line")
    heads = 0
    for k, p in enumerate(mp.SETTORI_PROSE):
        roman = ["I", "II", "III", "IV", "V", "VI"][k]
        if f"Settore {roman} –" not in p:
            errors.append(f"layout: paragraph {k + 1} is not about Settore {roman}")
        m = re.search(r"(\d+) (?:dipendenti|unità|addetti)", p)
        if not m:
            errors.append(f"layout: no headcount in the paragraph of Settore {roman}")
        else:
            heads += int(m.group(1))
        if not any(pp in p for pp in PEOPLE) and "ad interim al Segretario generale" not in p:
            errors.append(f"layout: no head named for Settore {roman}")
        if N(p) not in full:
            errors.append(f"layout: paragraph of Settore {roman} not in the extracted text")
    patterns = ["è diretto dalla", "ne è responsabile", "la responsabilità", "fa capo alla", "è guidato dal"]
    if not all(pt in " ".join(mp.SETTORI_PROSE).lower() for pt in patterns):
        errors.append("layout: sentence patterns of the settori paragraphs not varied")
    tot = mp.PERSONALE[-1]
    for c in (1, 2, 3):
        if sum(int(r[c]) for r in mp.PERSONALE[:-1]) != int(tot[c]):
            errors.append(f"layout: staff table column {c} does not add up")
    for r in mp.PERSONALE:
        if int(r[1]) + int(r[2]) != int(r[3]):
            errors.append(f"layout: staff row {r[0]} does not add up")
    if heads != int(tot[3]):
        errors.append(f"layout: settori headcounts {heads} != staff total {tot[3]}")
    stats["headcount"] = heads
    for must in ("rpct", "dirige ad interim il settore i", "il sindaco è lorenzo bartolozzi",
                 "personale in servizio al 31/12/2025", "titolare di incarico di elevata qualificazione"):
        if must not in full:
            errors.append(f"layout: text {must!r} missing")
    bullets = [f for f in frags if f["text"] == "•"]
    if len(bullets) != 4 or len(mp.ASSESSORI) != 4:
        errors.append(f"layout: {len(bullets)} bullets for the assessori")
    return errors, stats


# --------------------------------------------------------------------------------------------------
# probes for the non_presente questions: reasons why the document MIGHT answer
# --------------------------------------------------------------------------------------------------

def _obj(n: str):
    return next(o for o in mp.OBJECTIVES if o[0] == n)


def probe_costo_cer(t):
    bad = [c for c in _obj("5") if isinstance(c, str) and re.search(r"€|euro", c)]
    return bad + [s for s in re.split(r"(?<=[.;])\s", t) if re.search(r"fotovoltaic|cer\b", s)
                  and re.search(r"€|euro", s)]


def probe_target_2025(t):
    bad = ["'target 2025' occurs"] if "target 2025" in t else []
    return bad + [c for c in mp.OBJ_HEAD if "2025" in c] + [c for c in _obj("6") if "2025" in str(c)]


def probe_telefono(t):
    return [m.group(0) for m in re.finditer(r"\b0\d{1,3}[ /.-]?\d{5,8}\b|\b3\d{2}[ .]?\d{6,7}\b|telefon|tel\.", t)]


def probe_nucleo(t):
    sents = [s for s in re.split(r"(?<=[.;])\s", t) if "nucleo" in s]
    return [s for s in sents if re.search(r"president|component|dott|avv\.|prof\.", s)]


def probe_cimiteri(t):
    return [w for w in ("cimiter", "loculi", "sepoltur", "necroscop") if w in t]


PROBES = {"f14-041": probe_costo_cer, "f14-042": probe_target_2025, "f14-043": probe_telefono,
          "f14-044": probe_nucleo, "f14-045": probe_cimiteri}


# --------------------------------------------------------------------------------------------------
# QA
# --------------------------------------------------------------------------------------------------

def qa_checks(rows: list[dict], texts: list[str], frags: list[dict]) -> tuple[list[str], dict]:
    errors = []
    nlines = [N(ln) for t in texts for ln in t.splitlines()]
    full = N(" ".join(texts))
    nfrags = [N(f["text"]) for f in frags]
    ids = [r.get("id") for r in rows]
    if ids != [f"f14-{i:03d}" for i in range(1, 46)] or len(set(ids)) != len(ids):
        errors.append("ids are not f14-001..f14-045, unique and in order")
    mix = Counter(r.get("type") for r in rows)
    if dict(mix) != COUNTS:
        errors.append(f"counts per type {dict(mix)} != {COUNTS}")
    named = 0
    for r in rows:
        rid = r.get("id")
        if tuple(r) != KEYS:
            errors.append(f"{rid}: keys {list(r)}")
            continue
        if r["type"] not in COUNTS:
            errors.append(f"{rid}: unknown type {r['type']}")
        if not r["question"].strip() or not r["answer"].strip():
            errors.append(f"{rid}: empty question/answer")
        named += "montecorbaia" in r["question"].lower()
        ans = N(r["answer"])
        if len(r["answer"]) > 800:
            errors.append(f"{rid}: answer longer than 800 characters")
        if r["type"] == "non_presente":
            if r["doc"] is not None or r["must_contain"] or r["evidence"] or r["evidence_docs"]:
                errors.append(f"{rid}: non_presente must have doc null and empty must_contain/evidence")
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
        if r["doc"] != DOC:
            errors.append(f"{rid}: doc {r['doc']!r}")
        if any(mk in ans for mk in REFUSALS):
            errors.append(f"{rid}: answerable question whose answer contains a refusal marker")
        ev, evd = r["evidence"], r["evidence_docs"]
        if not 1 <= len(ev) <= 3 or evd != [DOC] * len(ev):
            errors.append(f"{rid}: evidence / evidence_docs malformed")
        for a in ev:
            na = N(a)
            if not 20 <= len(a) <= 80 or "\n" in a:
                errors.append(f"{rid}: anchor length {len(a)}: {a!r}")
            if na not in full:
                errors.append(f"{rid}: anchor not in the extracted text: {a!r}")
            elif not any(na in ln for ln in nlines):
                errors.append(f"{rid}: anchor not within one extracted line: {a!r}")
            if not any(na in fr for fr in nfrags):
                errors.append(f"{rid}: anchor not inside one drawn text line (cell line): {a!r}")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        for g in groups:
            if not any(N(alt) in ans for alt in g):
                errors.append(f"{rid}: golden answer does not satisfy group {g}")
            if N(g[0]) not in full:
                errors.append(f"{rid}: canonical alternative {g[0]!r} not in the document text")
            for alt in g[1:]:
                if N(alt) not in full and squeeze(alt) != squeeze(g[0]) and N(alt) not in COLLOQUIAL:
                    errors.append(f"{rid}: alternative {alt!r} neither in the document, nor a spelling of "
                                  f"{g[0]!r}, nor a listed colloquial synonym")
    resp_hops = [r for r in rows if r["id"] in HOP_RESP and r["type"] == "responsabile"]
    if len(resp_hops) < 7:
        errors.append("fewer than 7 responsabile questions needing objective -> settore -> person")
    for r in resp_hops:
        g = r["must_contain"][0][0]
        sett = [p for p in mp.SETTORI_PROSE + [mp.SEGRETARIO] if g in p]
        objs = [o for o in mp.OBJECTIVES if g in " ".join(map(str, o))]
        if not sett or objs:
            errors.append(f"{r['id']}: {g!r} should be named only in the org-chart prose")
    return errors, {"named": named, "anchors": sum(len(r["evidence"]) for r in rows)}


def names_check() -> list[str]:
    errors = []
    files = [p for p in (ROOT / "data" / "samples").rglob("*") if p.is_file()]
    for d in sorted((ROOT / "benchmarks").glob("fresh*")):
        if d.name != HERE.name and d.is_dir():
            files += [p for p in d.rglob("*") if p.is_file() and not p.name.endswith("_qa.jsonl")]
    hits = Counter()
    for p in files:
        try:
            blob = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for w in PEOPLE + PLACES:
            if w.lower() in blob:
                hits[w] += 1
    for w, c in hits.items():
        errors.append(f"names: {w!r} occurs in {c} file(s) of data/samples or other fresh* folders")
    return errors


def main() -> int:
    errors: list[str] = []
    a, b = mp.build(), mp.build()
    if a != b:
        errors.append("two in-memory builds differ (generator not deterministic)")
    if not PDF.exists():
        print(f"ERROR {PDF} missing: run make_plan.py")
        return 1
    if PDF.read_bytes() != a:
        errors.append(f"docs/{DOC} differs from a fresh build (run make_plan.py)")
    reader = PdfReader(str(PDF))
    frags = fragments(reader)
    texts = page_texts(reader)
    lay_err, stats = layout(reader, frags, texts)
    errors += lay_err
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    qa_err, qstats = qa_checks(rows, texts, frags)
    errors += qa_err
    errors += names_check()
    for e in errors:
        print("ERROR", e)
    print(f"{DOC}: {PDF.stat().st_size} bytes, {stats['pages']} pages, {stats['chars']} characters of text, "
          f"{len(frags)} text fragments")
    print(f"objectives table: {stats['rows']} rows on pages {stats['table_pages']}, text lines per row in the "
          f"objective column {stats['lines_per_row']}, {stats['wrapped_indicator_cells']} indicator cells "
          f"wrapped; settori headcount {stats['headcount']}")
    print(f"{len(rows)} questions ({qstats['named']} name the municipality), {qstats['anchors']} evidence anchors; "
          f"by type: {dict(sorted(Counter(r['type'] for r in rows).items()))}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
