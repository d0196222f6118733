"""Validate benchmarks/fresh32: the two generated documents, fresh32_records.jsonl and fresh32_qa.jsonl.

Reads nothing of the assistant. Standard library + pypdf (+ fpdf2 through make_plan), all in /work/main/.venv.

0. regeneration: make_plan.py, make_records.py and make_qa.py are run in SEPARATE processes into a temporary
   directory and make_plan.build() is called twice in this process; everything must be byte-identical to docs/ and
   to the two jsonl files (a stale or missing file is an ERROR; the checker never writes them).
1. document text, as a loader would see it:
   * Markdown (cavrenzo): the file read as UTF-8;
   * PDF (sermadola): "raw" = pypdf extract_text() of every page joined with "\n" (running header, footer, notes,
     glued footnote markers and all); "fragments" = the single text-showing operations with font, size and
     position (pypdf visitor_text).
2. layout, read back from the files:
   * Markdown: wiki front matter; one wide pipe table per "### Linea strategica" heading with the 9 expected
     columns, every row with 9 cells, one objective per row, >= 8 cells holding "<br>"; the rows equal make_plan;
     "Scheda di dettaglio" sections with bold run-in labels, a numbered Fasi list, a bullet Personale list (missing
     in >= 1 scheda); the org chart is a nested bullet list with >= 3 levels, "resp." / "ref." and titles; every
     role-only Responsabile resolves to exactly one org-chart line with a titled name;
   * PDF: A4 landscape; running header first and "Pagina X di Y" last on every page; the objectives table is
     REBUILT from the fragments (columns from the header labels, rows from the bold codes / "Linea strategica"
     rows, continuation fragments at the top of a page belong to the row left open on the previous page); the
     header row is repeated on every table page; >= 3 rows continue on the next page (>= 1 of them with the title
     cell broken); every rebuilt cell equals make_plan; every footnote has one raised marker in the body and its
     note (marker + text) at the bottom of the same page, below the body; the org table Settore | Responsabile has
     each responsabile level with its Settore; every role-only Responsabile resolves to one org row; the narrative
     year comparisons are in the text.
3. records: keys in the order of dev_records.jsonl; ids; one record per objective of each document; anchor 20-80
   characters, inside one Markdown cell / one pypdf text line, contained in the titolo; every field equal to what
   an independent reading of the file gives (Markdown parser / rebuilt PDF cells) under the README conventions;
   every string value found in the normalised document text (PDF values of rows broken across pages are only
   contiguous in the rebuilt cell: printed as NOTE).
4. QA: keys in order; ids f32-001.. in order; types from the dev vocabulary; 70-80 questions, >= 9 non_presente
   and a minimum per type; doc / evidence_docs consistent; confronto rows citing both documents >= 5; answers <= 800
   characters; anchors 1-3 (none for doc-null rows), 20-80 characters, no newline / TAB, inside one Markdown line
   (not across "|", "<br>" or "**") / one pypdf line; the first alternative of every must_contain group occurs in
   the golden answer, and some alternative in the text of the row's document(s); refusal markers only in
   non_presente answers; non_presente rows: empty must_contain and a probe showing the information is missing; a
   question naming neither comune carries a topic string (or a misspelt comune) found in its document only.
5. names: no invented name occurs (as a word) in data/samples/; neither comune name is used by another
   benchmarks/fresh*/docs file name.

Normalisation N(s) as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh32/fresh32_check.py
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = HERE / "fresh32_qa.jsonl"
REC = HERE / "fresh32_records.jsonl"
M, P = mp.MD_NAME, mp.PDF_NAME
SAMPLES = HERE.parent.parent / "data" / "samples"
BENCH = HERE.parent
DEV_QA = Path("/work/shared/eval/dev_qa.jsonl")
DEV_REC = Path("/work/shared/eval/dev_records.jsonl")
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
MIN_TYPES = {"responsabile": 8, "tempistica": 5, "indicatore": 5, "numerico": 5, "obiettivo": 4, "elenco": 5,
             "confronto": 6, "multi_hop": 5, "non_presente": 9}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
TITLED = re.compile(r"^(?:dott\.ssa|dott\.|rag\.|ing\.|arch\.|geom\.|comm\.|p\.i\.|sig\.ra|sig\.) ")
INVENTED = [
    # places, streets, bodies, companies
    "Cavrenzo", "Sermadola", "Boscalina", "Ca' Merlina", "Gandorla", "Pioltina", "via dei Gelsomini",
    "via Argine Vecchio", "Cascina Boselli", "roggia Gandorla", "Padana Ecoservizi", "Fondazione Padana",
    "Libri in Piazza", "Amici di Ca' Merlina", "Nessuno resta solo", "Pronto anziani",
    # people
    "Gianoli", "Zanzottera", "Besozzi", "Zibetti", "Realini", "Maffioli", "Vanetti", "Tettamanti", "Cassinelli",
    "Piccinelli", "Broggini", "Bulgheroni", "Tamborini", "Crugnola", "Colombini", "Caravati", "Bianchessi",
    "Ferrazzi", "Bonvicini", "Mazzucchelli", "Ossola", "Ghiringhelli", "Speroni", "Rimoldi", "Carabelli",
    "Guidali", "Sartorio", "Pellegatta", "Gorla", "Orrigoni", "Frattini", "Montalbetti", "Lucchina", "Stucchi",
    "Ardigò", "Bodini", "Rossoni", "Ferrandi", "Cabrini", "Fiorentini", "Zanacchi", "Scaglioni",
]
COMUNI = ("cavrenzo", "sermadola")
ALIASES = {"sermadla": P, "cavrezno": M}
TOPICS = ["asfaltature", "via dei gelsomini", "roggia gandorla", "via argine vecchio", "domenica", "via dei mulini",
          "tariffa puntuale", "nessuno resta solo", "pronto anziani", "boscalina"]
MONEY = [r"€", r"\beur[oi]?\b", r"\bcost[oi]\b", r"\bspesa\b", r"\bimport[oi]\b", r"finanzia", r"quadro economico"]
# question id -> (scope, patterns that must NOT match, case-insensitive)
# scope: ("md", None) whole Markdown, ("md_obj", code) table row + scheda, ("pdf", None) whole raw PDF text,
# ("pdf_row", code) the rebuilt table row, ("both", None) both documents
PROBES = {
    "f32-070": (("md_obj", "CV.13"), MONEY),
    "f32-071": (("md_obj", "CV.11"), [r"Personale coinvolto", r"^- [A-Z][a-z]+ [A-Z][a-z]+ – "]),
    "f32-072": (("pdf", None), [r"\bpes[oi]\b", r"punteggi"]),
    "f32-073": (("md", None), [r"2029"]),
    "f32-074": (("md", None), [r"Nucleo di valutazione[^.\n]{0,60}\b(dott|dott\.ssa|sig|avv|prof|ing)\.",
                               r"componente"]),
    "f32-075": (("pdf", None), [r"personale coinvolto", r"personale assegnato", r"dipendenti coinvolti",
                                r"\bpersonale\b[^.\n]{0,20}:"]),
    "f32-076": (("pdf", None), [r"n\. dipendenti", r"Settore Tecnico[^.\n]{0,60}\b\d+ dipendenti",
                                r"dipendenti del Settore"]),
    "f32-077": (("pdf", None), [r"differenziata[^.\n]*2023", r"2023[^.\n]*differenziata"]),
    "f32-078": (("both", None), [r"Saronno"]),
    "f32-079": (("both", None), [r"\bnid[oi]\b"]),
}
MD_HEAD = ["Codice", "Obiettivo", "Area/Settore", "Responsabile", "Indicatore", "Target 2026", "Target 2027",
           "Target 2028", "Peso"]
PDF_HEAD = ["Cod.", "Obiettivo operativo", "Finalità e risultato atteso", "Responsabile", "Indicatore", "Target",
            "Target", "Target", "Scadenza"]
T_SIZE, MARK_SIZE, NOTE_SIZE, NOTE_MARK_SIZE = 7.5, 5.25, 6.5, 4.55
PROSE_MARK_SIZE = 6.3          # marker after a 9 pt prose sentence
PT = 25.4 / 72


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def close(a: float, b: float, tol: float = 0.05) -> bool:
    return abs(a - b) <= tol


# --------------------------------------------------------------------------------------------------- 0. regenerate
def regenerate(errors: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        py = sys.executable
        for cmd in ([py, str(HERE / "make_plan.py"), str(t / "docs")],
                    [py, str(HERE / "make_records.py"), str(t / "rec.jsonl")],
                    [py, str(HERE / "make_qa.py"), str(t / "qa.jsonl")]):
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                errors.append(f"regeneration failed: {' '.join(cmd[1:])}: {r.stderr[-400:]}")
                return
        pairs = [(t / "docs" / M, HERE / "docs" / M), (t / "docs" / P, HERE / "docs" / P),
                 (t / "rec.jsonl", REC), (t / "qa.jsonl", QA)]
        for new, old in pairs:
            if not old.exists():
                errors.append(f"missing {old.relative_to(HERE)}")
            elif new.read_bytes() != old.read_bytes():
                errors.append(f"{old.relative_to(HERE)} differs from a fresh regeneration (stale or non-deterministic)")
    b1, b2 = mp.build(), mp.build()
    for name in b1:
        if b1[name] != b2[name]:
            errors.append(f"two in-process builds of {name} differ")
        elif b1[name] != (HERE / "docs" / name).read_bytes():
            errors.append(f"in-process build of {name} differs from docs/")


# --------------------------------------------------------------------------------------------------- 1. PDF reading
def pdf_read(data: bytes):
    rd = PdfReader(io.BytesIO(data))
    pages, frags = [], []
    for pno, page in enumerate(rd.pages, 1):
        h = float(page.mediabox.height)
        fr: list[dict] = []

        def visit(text, cm, tm, fd, fs, fr=fr, h=h):
            if not text or not text.strip():
                return
            font = (fd or {}).get("/BaseFont", "")
            fr.append({"text": text.strip(), "x": (tm[4] * cm[0] + cm[4]) * PT,
                       "y": (h - (tm[5] * cm[3] + cm[5])) * PT, "size": round(float(fs), 2),
                       "bold": "Bold" in str(font), "italic": "Oblique" in str(font), "page": pno})
        pages.append(page.extract_text(visitor_text=visit))
        frags.append(fr)
    return rd, pages, frags


def pdf_table(frags: list[list[dict]], errors: list[str]) -> tuple[dict, dict, list[int]]:
    """rebuild the objectives table: {code: {"cells": [text per column], "pages": set, "col_pages": {...},
    "linea": str}}, header info per page, table pages."""
    head_pages, lefts_by_page, header_bottom = [], {}, {}
    for pno, fr in enumerate(frags, 1):
        heads = [f for f in fr if f["bold"] and close(f["size"], T_SIZE) and f["text"] in PDF_HEAD]
        if not any(f["text"] == "Cod." for f in heads):
            continue
        y0 = min(f["y"] for f in heads if f["text"] == "Cod.")
        row = sorted([f for f in heads if close(f["y"], y0, 0.3)], key=lambda f: f["x"])
        if [f["text"] for f in row] != PDF_HEAD:
            errors.append(f"PDF page {pno}: table header row reads {[f['text'] for f in row]}")
            continue
        head_pages.append(pno)
        lefts_by_page[pno] = [f["x"] for f in row]
        year_labels = [f for f in fr if f["bold"] and f["text"] in ("2026", "2027", "2028") and f["y"] > y0
                       and f["y"] < y0 + 6]
        header_bottom[pno] = max([f["y"] for f in year_labels] + [y0]) + 0.5
    if not head_pages:
        errors.append("PDF: objectives table header not found")
        return {}, {}, []
    lefts = lefts_by_page[head_pages[0]]
    for pno in head_pages:
        if any(not close(a, b, 0.2) for a, b in zip(lefts_by_page[pno], lefts)):
            errors.append(f"PDF page {pno}: repeated header has different column positions")
    if head_pages != list(range(head_pages[0], head_pages[-1] + 1)):
        errors.append(f"PDF: table header pages are not consecutive: {head_pages}")
    body, marks = [], []
    for pno in head_pages:
        fr = frags[pno - 1]
        legend = [f["y"] for f in fr if f["text"].startswith("Legenda:")]
        stop = min(legend) if legend else 1e9
        for f in fr:
            if f["y"] <= header_bottom[pno] or f["y"] >= stop - 0.2 or f["x"] < lefts[0] - 0.5:
                continue
            if close(f["size"], T_SIZE):
                body.append(f)
            elif close(f["size"], MARK_SIZE):
                marks.append(f)
    starts = []
    for f in body:
        if close(f["x"], lefts[0], 0.3) and f["bold"]:
            if re.fullmatch(r"OP\.\d\d", f["text"]):
                starts.append(("row", f))
            elif f["text"].startswith("Linea strategica"):
                starts.append(("group", f))
    starts.sort(key=lambda s: (s[1]["page"], s[1]["y"]))
    rows: dict[str, dict] = {}
    linea = None
    order = []
    for kind, f in starts:
        if kind == "group":
            linea = f["text"]
        else:
            rows[f["text"]] = {"frags": [], "linea": linea, "start": (f["page"], f["y"])}
        order.append((kind, f))
    keys = [(s[1]["page"], s[1]["y"]) for s in order]
    for f in body:
        k = (f["page"], f["y"] + 0.3)
        idx = max((i for i, key in enumerate(keys) if key <= k), default=None)
        if idx is None:
            errors.append(f"PDF: table fragment before the first row: {f['text'][:40]}")
            continue
        kind, s = order[idx]
        if kind == "group":
            if f is not s and f["text"] != s["text"]:
                errors.append(f"PDF: unexpected fragment in a Linea strategica row: {f['text'][:40]}")
            continue
        rows[s["text"]]["frags"].append(f)
    for code, r in rows.items():
        cols: list[list[dict]] = [[] for _ in lefts]
        for f in r["frags"]:
            c = max(i for i, x in enumerate(lefts) if x <= f["x"] + 0.5)
            cols[c].append(f)
        r["cells"] = [" ".join(f["text"] for f in sorted(c, key=lambda f: (f["page"], f["y"], f["x"])))
                      for c in cols]
        r["pages"] = sorted({f["page"] for f in r["frags"]})
        r["col_pages"] = [sorted({f["page"] for f in c}) for c in cols]
    return rows, {"lefts": lefts, "marks": marks}, head_pages


def layout_pdf(data: bytes, pages: list[str], frags, errors: list[str], notes: list[str]) -> dict:
    rd = PdfReader(io.BytesIO(data))
    info = {"pages": len(rd.pages)}
    for pno, page in enumerate(rd.pages, 1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if not (close(w, 841.89, 1) and close(h, 595.28, 1)):
            errors.append(f"PDF page {pno}: not A4 landscape ({w}x{h})")
        lines = [ln for ln in pages[pno - 1].split("\n") if ln.strip()]
        if not lines or lines[0].strip() != mp.S_RUNNING:
            errors.append(f"PDF page {pno}: running header missing")
        if not lines or lines[-1].strip() != f"Pagina {pno} di {len(rd.pages)}":
            errors.append(f"PDF page {pno}: footer 'Pagina {pno} di {len(rd.pages)}' missing")
    if rd.metadata.get("/CreationDate") != "D:20260218090000Z":
        errors.append(f"PDF: creation date not pinned ({rd.metadata.get('/CreationDate')})")
    rows, tinfo, head_pages = pdf_table(frags, errors)
    info["rows"], info["table_pages"] = rows, head_pages
    # rows equal make_plan
    if list(rows) != [o["code"] for o in mp.S_OBJ]:
        errors.append(f"PDF: rebuilt rows {list(rows)} != make_plan codes")
    for o in mp.S_OBJ:
        r = rows.get(o["code"])
        if not r:
            continue
        exp = [o["code"], mp.strip_marks(o["title"]),
               mp.strip_marks(o["descr"]) + " Risultato atteso: " + o["risultato"], o["resp"], o["ind"],
               o["t"][0], o["t"][1], o["t"][2], o["scadenza"]]
        for i, (got, want) in enumerate(zip(r["cells"], exp)):
            if N(got) != N(want):
                errors.append(f"PDF {o['code']} column {PDF_HEAD[i]}: rebuilt {got[:70]!r} != {want[:70]!r}")
        if r["linea"] != mp.s_line_title(o["linea"]):
            errors.append(f"PDF {o['code']}: under {r['linea']!r}")
    split = [c for c, r in rows.items() if len(r["pages"]) > 1]
    info["split"] = split
    if len(split) < 3:
        errors.append(f"PDF: only {len(split)} table rows continue on the next page (>= 3 required)")
    if not any(len(rows[c]["col_pages"][1]) > 1 for c in split):
        errors.append("PDF: no row whose title cell breaks across pages")
    for c in split:
        r = rows[c]
        if r["pages"] != list(range(r["pages"][0], r["pages"][-1] + 1)):
            errors.append(f"PDF {c}: row fragments on non-consecutive pages {r['pages']}")
    # footnotes
    allf = [f for fr in frags for f in fr]
    for no, text in mp.S_NOTES.items():
        body_marks = [f for f in allf if f["text"] == str(no) and (close(f["size"], MARK_SIZE) or
                                                                   close(f["size"], PROSE_MARK_SIZE))]
        note_marks = [f for f in allf if f["text"] == str(no) and close(f["size"], NOTE_MARK_SIZE)]
        if len(body_marks) != 1 or len(note_marks) != 1:
            errors.append(f"PDF footnote {no}: {len(body_marks)} body markers, {len(note_marks)} note markers")
            continue
        bm, nm = body_marks[0], note_marks[0]
        if bm["page"] != nm["page"]:
            errors.append(f"PDF footnote {no}: marker on page {bm['page']}, note on page {nm['page']}")
            continue
        fr = frags[nm["page"] - 1]
        ntext = " ".join(f["text"] for f in sorted(fr, key=lambda f: (f["y"], f["x"]))
                         if close(f["size"], NOTE_SIZE) and nm["y"] - 0.3 <= f["y"] <= nm["y"] + 8
                         and f["x"] > nm["x"] and not f["text"].startswith("Pagina"))
        if not N(ntext).startswith(N(text)):
            errors.append(f"PDF footnote {no}: note text {ntext[:60]!r} != {text[:60]!r}")
        body_y = max(f["y"] for f in fr if f["size"] >= T_SIZE - 0.01)
        if nm["y"] <= body_y:
            errors.append(f"PDF footnote {no}: note is not below the body of page {nm['page']}")
        if not (nm["y"] > 150):
            errors.append(f"PDF footnote {no}: note not at the bottom of the page (y={nm['y']:.1f} mm)")
    info["notes"] = {no: f["page"] for f in allf if close(f["size"], MARK_SIZE) for no in [f["text"]]}
    # org table: settore (bold 8 pt) and responsabile (8 pt) on the same line
    org = {}
    for fr in frags:
        for f in fr:
            if f["bold"] and close(f["size"], 8.0) and (f["text"].startswith("Settore ") or
                                                        f["text"] == "Segreteria generale"):
                same = [g for g in fr if close(g["y"], f["y"], 0.3) and g["x"] > f["x"] + 50
                        and close(g["size"], 8.0) and not g["bold"]]
                if len(same) != 1:
                    errors.append(f"PDF org table: {f['text']!r} has {len(same)} responsabile cells on its line")
                    continue
                org[f["text"]] = same[0]["text"]
    exp_org = {s: r for s, _sv, r in mp.S_ORG}
    if org != exp_org:
        errors.append(f"PDF org table differs: {sorted(set(org.items()) ^ set(exp_org.items()))[:3]}")
    info["org"] = org
    roles = 0
    for code, r in rows.items():
        resp = r["cells"][3]
        if TITLED.match(resp):
            continue
        roles += 1
        if resp == "Segretario comunale":
            hits = [s for s, p in org.items() if "Segretario comunale" in p]
        else:
            m = re.fullmatch(r"Responsabile (Settore .+)", resp)
            hits = [s for s in org if m and s == m.group(1)]
        if len(hits) != 1 or not TITLED.match(org[hits[0]]):
            errors.append(f"PDF {code}: role {resp!r} does not resolve to exactly one titled org-table name")
    info["roles"] = roles
    if roles < 8:
        errors.append(f"PDF: only {roles} role-only Responsabile cells (>= 8 expected)")
    raw = N("\n".join(pages))
    for s in ("nel 2025 la percentuale di pratiche SUAP concluse nei termini era del 61%, l'obiettivo 2026 è il 68%",
              "la raccolta differenziata è passata dal 66,8% del 2024 al 69,3% del 2025",
              "sono passati da 1.140 nel 2024 a 1.310 nel 2025"):
        if N(s) not in raw:
            errors.append(f"PDF: narrative comparison missing: {s[:60]}")
    return info


# --------------------------------------------------------------------------------------------------- Markdown
def md_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def md_parse(text: str, errors: list[str]) -> dict:
    lines = text.split("\n")
    info: dict = {"rows": {}, "schede": {}, "org": []}
    if lines[0] != "---" or "---" not in lines[1:15]:
        errors.append("MD: no wiki front matter")
    fm = lines[1:lines.index("---", 1)]
    for key in ("title:", "date:", "tags:", "editor: markdown"):
        if not any(ln.startswith(key) for ln in fm):
            errors.append(f"MD front matter lacks {key}")
    heading = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("#"):
            heading = ln
        if ln.startswith("|"):
            block = []
            while i < len(lines) and lines[i].startswith("|"):
                block.append(lines[i])
                i += 1
            head = md_cells(block[0])
            if head != MD_HEAD:
                errors.append(f"MD table header {head}")
            if not re.fullmatch(r"\|(:?-+:?\|)+", block[1].replace(" ", "")):
                errors.append("MD table without separator row")
            m = re.fullmatch(r"### (Linea strategica \d – .+)", heading or "")
            if not m:
                errors.append(f"MD table not under a '### Linea strategica' heading: {heading}")
            for row in block[2:]:
                cells = md_cells(row)
                if len(cells) != len(MD_HEAD):
                    errors.append(f"MD row with {len(cells)} cells: {row[:60]}")
                    continue
                if cells[0] in info["rows"]:
                    errors.append(f"MD: objective {cells[0]} in two rows")
                info["rows"][cells[0]] = {"cells": cells, "linea": m.group(1) if m else None, "line": row}
            continue
        i += 1
    # schede
    for k, ln in enumerate(lines):
        m = re.fullmatch(r"### Scheda di dettaglio – (CV\.\d\d) (.+)", ln)
        if not m:
            continue
        end = next(j for j in range(k + 1, len(lines)) if lines[j].startswith("#"))
        block = lines[k + 1:end]
        s: dict = {"title": m.group(2), "fasi": [], "personale": None, "text": "\n".join([ln] + block)}
        cur = None
        for b in block:
            lm = re.match(r"\*\*([^*]+):\*\*\s*(.*)$", b)
            if lm:
                cur = lm.group(1)
                if lm.group(2):
                    s[cur] = lm.group(2)
                elif cur == "Personale coinvolto":
                    s["personale"] = []
                continue
            fm_ = re.fullmatch(r"(\d+)\. (.+)", b)
            if fm_ and cur == "Fasi":
                if int(fm_.group(1)) != len(s["fasi"]) + 1:
                    errors.append(f"MD scheda {m.group(1)}: Fasi numbering broken")
                s["fasi"].append(fm_.group(2))
            elif b.startswith("- ") and cur == "Personale coinvolto":
                s["personale"].append(b[2:])
            elif b.strip() and not b.startswith("[↑") and cur not in ("Fasi", "Personale coinvolto"):
                errors.append(f"MD scheda {m.group(1)}: unexpected line {b[:50]!r}")
        info["schede"][m.group(1)] = s
    # org chart
    try:
        a = lines.index("## 3.1 Struttura organizzativa")
    except ValueError:
        errors.append("MD: no '## 3.1 Struttura organizzativa'")
        return info
    for ln in lines[a + 1:]:
        if ln.startswith("#"):
            break
        m = re.fullmatch(r"( *)- (.+)", ln)
        if m:
            info["org"].append((len(m.group(1)) // 2, m.group(2)))
    return info


def layout_md(text: str, errors: list[str]) -> dict:
    info = md_parse(text, errors)
    rows, schede, org = info["rows"], info["schede"], info["org"]
    if list(rows) != [o["code"] for o in mp.C_OBJ]:
        errors.append(f"MD rows {list(rows)} != make_plan codes")
    br = sum(c.count("<br>") > 0 for r in rows.values() for c in r["cells"])
    info["br_cells"] = br
    if br < 8:
        errors.append(f"MD: only {br} cells with <br>")
    for o in mp.C_OBJ:
        r = rows.get(o["code"])
        if r and r["line"] != mp.c_row(o):
            errors.append(f"MD row {o['code']} differs from make_plan")
        if r and r["linea"] != mp.c_line_title(o["linea"]):
            errors.append(f"MD row {o['code']} under {r['linea']!r}")
    if set(schede) != set(mp.C_SCHEDE):
        errors.append(f"MD schede {sorted(schede)} != make_plan {sorted(mp.C_SCHEDE)}")
    for code, s in schede.items():
        e = mp.C_SCHEDE.get(code)
        if not e:
            continue
        for lab in ("Motivazione", "Risultato atteso", "Stakeholder", "Scadenza"):
            if lab not in s:
                errors.append(f"MD scheda {code}: no **{lab}:**")
        if len(s["fasi"]) < 2:
            errors.append(f"MD scheda {code}: Fasi is not a numbered list")
        if (s["personale"] is None) != (e["personale"] is None):
            errors.append(f"MD scheda {code}: Personale coinvolto presence differs from make_plan")
        if s["title"] != mp.c_obj(code)["title"]:
            errors.append(f"MD scheda {code}: heading title differs from the table")
    if not any(s["personale"] is None for s in schede.values()):
        errors.append("MD: every scheda has Personale coinvolto (one should lack it)")
    depth = max((d for d, _ in org), default=0)
    info["org_depth"] = depth + 1
    if depth < 2:
        errors.append("MD org chart is not a nested list with >= 3 levels")
    otext = "\n".join(t for _, t in org)
    for t in ("resp. ", "ref. ", "dott. ", "dott.ssa ", "arch. ", "geom. ", "rag. "):
        if t not in otext:
            errors.append(f"MD org chart lacks {t!r}")
    roles = 0
    for code, r in rows.items():
        resp = r["cells"][3]
        if TITLED.match(resp):
            continue
        roles += 1
        if resp == "Segretario comunale":
            key = "**Segretario comunale** – "
        else:
            m = re.fullmatch(r"(?:Resp\.|Responsabile) (.+)", resp)
            key = None
            if m:
                name = m.group(1)
                cands = [name, "**" + name + "**", name.replace("Servizi demografici",
                                                                "Servizi demografici, Stato civile ed Elettorale")]
                key = next((c + " – " for c in cands if sum(t.startswith(c + " – ") for _, t in org) == 1), None)
        hits = [t for _, t in org if key and t.startswith(key)]
        if len(hits) != 1 or not re.search(r"(resp\.|Comandante)? ?(dott\.ssa|dott\.|rag\.|ing\.|arch\.|geom\.|"
                                           r"comm\.|p\.i\.|sig\.ra|sig\.) [A-Z]", hits[0]):
            errors.append(f"MD {code}: role {resp!r} does not resolve to exactly one titled org-chart line")
    info["roles"] = roles
    if roles < 5:
        errors.append(f"MD: only {roles} role-only Responsabile cells (>= 5 expected)")
    return info


# --------------------------------------------------------------------------------------------------- records
def record_checks(recs: list[dict], md_info: dict, pdf_info: dict, texts: dict, pdf_lines: list[str],
                  errors: list[str], notes: list[str]) -> None:
    keys = list(json.loads(DEV_REC.read_text(encoding="utf-8").split("\n")[0]).keys())
    ids = [r.get("id") for r in recs]
    if ids != [f"f32r{i:02d}" for i in range(1, len(recs) + 1)]:
        errors.append("records: ids are not f32r01.. in order")
    want = [(M, o["code"]) for o in mp.C_OBJ] + [(P, o["code"]) for o in mp.S_OBJ]
    if [(r.get("doc"), r.get("codice")) for r in recs] != want:
        errors.append("records: not exactly one record per objective in document order")
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != keys:
            errors.append(f"{rid}: key order {list(r.keys())}")
            continue
        a = r["anchor"]
        if not (20 <= len(a) <= 80) or "\n" in a or "\t" in a:
            errors.append(f"{rid}: anchor length/line rule: {a!r}")
        if N(a) not in N(r["titolo"] or ""):
            errors.append(f"{rid}: anchor not contained in titolo")
        if r["periodo"] != "2026-2028":
            errors.append(f"{rid}: periodo")
        if r["doc"] == M:
            row = md_info["rows"].get(r["codice"])
            if not row:
                errors.append(f"{rid}: no table row {r['codice']}")
                continue
            c = row["cells"]
            if not any(a in seg for cell in c for seg in cell.split("<br>")):
                errors.append(f"{rid}: anchor not inside one Markdown cell")
            s = md_info["schede"].get(r["codice"])
            inds = list(zip(c[4].split("<br>"), c[5].split("<br>")))
            exp = {"ente": mp.C_ENTE, "titolo": c[1].split("<br>")[0], "obiettivo_strategico": None,
                   "area_strategica": row["linea"], "responsabile": c[3], "settore": c[2],
                   "stakeholder": s["Stakeholder"].split(", ") if s else [],
                   "motivazione": s["Motivazione"] if s else None,
                   "valore_atteso": s["Risultato atteso"] if s else None,
                   "scadenza": s["Scadenza"] if s else None,
                   "fasi": [dict(zip(("descrizione", "tempistica"), f.rsplit(" – ", 1))) for f in s["fasi"]]
                   if s else [],
                   "indicatori": [{"nome": n, "target": t} for n, t in inds],
                   "dipendenti": [p.split(" – ")[0] for p in (s["personale"] or [])] if s else []}
        else:
            row = pdf_info["rows"].get(r["codice"])
            if not row:
                errors.append(f"{rid}: no rebuilt PDF row {r['codice']}")
                continue
            c = row["cells"]
            if not any(N(a) in N(ln) for ln in pdf_lines):
                errors.append(f"{rid}: anchor not inside one pypdf text line")
            fin, _, ris = c[2].partition(" Risultato atteso: ")
            resp = c[3].split(" – ")[0] if TITLED.match(c[3]) else c[3]
            m = re.search(r"(Settore .+)$", c[3])
            exp = {"ente": mp.S_ENTE, "titolo": c[1], "obiettivo_strategico": None, "area_strategica": row["linea"],
                   "responsabile": resp, "settore": m.group(1) if m else None, "stakeholder": [],
                   "motivazione": fin, "valore_atteso": ris, "scadenza": c[8], "fasi": [],
                   "indicatori": [{"nome": c[4], "target": c[5]}], "dipendenti": []}
        for k, v in exp.items():
            got = r[k]
            if isinstance(v, str) or v is None:
                ok = (got is None and v is None) or (isinstance(got, str) and v is not None and N(got) == N(v))
            elif k in ("fasi", "indicatori"):
                ok = len(got) == len(v) and all(all(N(g[x] or "") == N(w[x] or "") for x in w)
                                                for g, w in zip(got, v))
            else:
                ok = [N(x) for x in got] == [N(x) for x in v]
            if not ok:
                errors.append(f"{rid} ({r['codice']}): {k} = {str(got)[:70]!r}, file gives {str(v)[:70]!r}")
        # every string value verbatim in the normalised document
        doc_n = N(texts[r["doc"]].replace("<br>", "\n"))
        vals = [r[k] for k in ("ente", "codice", "titolo", "area_strategica", "responsabile", "settore",
                               "motivazione", "valore_atteso", "scadenza") if r[k]]
        vals += r["stakeholder"] + r["dipendenti"]
        vals += [x for f in r["fasi"] for x in f.values() if x] + [x for i in r["indicatori"] for x in i.values() if x]
        for v in vals:
            if N(v) not in doc_n:
                if r["doc"] == P and r["codice"] in pdf_info["split"]:
                    notes.append(f"{rid} ({r['codice']}, row broken across pages): value contiguous only in the "
                                 f"rebuilt cell: {v[:50]!r}")
                else:
                    errors.append(f"{rid}: value not in the document text: {v[:60]!r}")
    if len({(r.get("doc"), N(r.get("anchor", ""))) for r in recs}) != len(recs):
        errors.append("records: duplicate (doc, anchor)")


# --------------------------------------------------------------------------------------------------- QA
def qa_checks(rows: list[dict], texts: dict, md_info: dict, pdf_info: dict, pdf_lines: list[str],
              errors: list[str], notes: list[str]) -> None:
    keys = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
    dev_types = {json.loads(ln)["type"] for ln in DEV_QA.read_text(encoding="utf-8").splitlines() if ln.strip()}
    if not TYPES <= dev_types | TYPES or dev_types - TYPES:
        errors.append(f"dev types differ from the vocabulary: {dev_types ^ TYPES}")
    if [r.get("id") for r in rows] != [f"f32-{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("QA: ids are not f32-001.. in order")
    if not (70 <= len(rows) <= 80):
        errors.append(f"QA: {len(rows)} questions (70-80 expected)")
    cnt = Counter(r.get("type") for r in rows)
    for t, n in MIN_TYPES.items():
        if cnt[t] < n:
            errors.append(f"QA: only {cnt[t]} {t} questions (>= {n})")
    md_lines = texts[M].split("\n")
    ntext = {d: N(t) for d, t in texts.items()}
    both = 0
    for r in rows:
        qid = r.get("id")
        if list(r.keys()) != keys:
            errors.append(f"{qid}: key order {list(r.keys())}")
            continue
        if r["type"] not in TYPES:
            errors.append(f"{qid}: type {r['type']}")
        ev, ed = r["evidence"], r["evidence_docs"]
        if len(ev) != len(ed):
            errors.append(f"{qid}: evidence / evidence_docs lengths differ")
        docs = list(dict.fromkeys(ed))
        want_doc = None if not docs else (docs[0] if len(docs) == 1 else docs)
        if r["doc"] != want_doc:
            errors.append(f"{qid}: doc {r['doc']} inconsistent with evidence_docs")
        if r["doc"] is None and r["type"] != "non_presente":
            errors.append(f"{qid}: doc null outside non_presente")
        if r["doc"] is not None and not (1 <= len(ev) <= 3):
            errors.append(f"{qid}: {len(ev)} anchors")
        if len(docs) == 2:
            both += r["type"] == "confronto"
        if len(r["answer"]) > 800:
            errors.append(f"{qid}: answer longer than 800 characters")
        for a, d in zip(ev, ed):
            if d not in texts:
                errors.append(f"{qid}: unknown evidence doc {d}")
                continue
            if not (20 <= len(a) <= 80) or "\n" in a or "\t" in a:
                errors.append(f"{qid}: anchor length/line rule: {a!r}")
            if N(a) not in ntext[d]:
                errors.append(f"{qid}: anchor not in {d}: {a!r}")
            if d == M:
                if any(x in a for x in ("|", "<br>", "**")) or not any(a in ln for ln in md_lines):
                    errors.append(f"{qid}: Markdown anchor not inside one line / crosses markup: {a!r}")
            elif not any(N(a) in N(ln) for ln in pdf_lines):
                errors.append(f"{qid}: PDF anchor not inside one pypdf text line: {a!r}")
        na = N(r["answer"])
        refusal = any(m in na for m in REFUSALS)
        if r["type"] == "non_presente":
            if not refusal:
                errors.append(f"{qid}: non_presente answer without a refusal marker")
            if r["must_contain"]:
                errors.append(f"{qid}: non_presente with must_contain")
        else:
            if refusal:
                errors.append(f"{qid}: refusal marker in an answerable answer")
            if not r["must_contain"]:
                errors.append(f"{qid}: empty must_contain")
        scope_docs = docs or []
        for g in r["must_contain"]:
            if not g or N(g[0]) not in na:
                errors.append(f"{qid}: must_contain {g} first alternative not in the answer")
            if scope_docs and not any(N(x) in ntext[d] for x in g for d in scope_docs):
                errors.append(f"{qid}: must_contain {g} found in none of its documents")
        # comune named, or topic / alias
        q = N(r["question"])
        if not any(c in q for c in COMUNI) and r["doc"] is not None:
            alias = [d for a_, d in ALIASES.items() if a_ in q]
            topics = [t for t in TOPICS if t in q]
            if alias:
                if [r["doc"]] != alias:
                    errors.append(f"{qid}: alias points to another document")
            elif not topics:
                errors.append(f"{qid}: names no comune and carries no topic string")
            else:
                for t in topics:
                    inside = [d for d in texts if t in ntext[d]]
                    if inside != docs:
                        errors.append(f"{qid}: topic {t!r} occurs in {inside}, row cites {docs}")
        # probes
        if r["type"] == "non_presente":
            pr = PROBES.get(qid)
            if not pr:
                errors.append(f"{qid}: non_presente without a probe")
                continue
            (kind, code), pats = pr
            if kind == "md":
                scope = texts[M]
            elif kind == "pdf":
                scope = texts[P]
            elif kind == "both":
                scope = texts[M] + "\n" + texts[P]
            elif kind == "md_obj":
                scope = md_info["rows"][code]["line"] + "\n" + md_info["schede"].get(code, {}).get("text", "")
            else:
                scope = " ".join(pdf_info["rows"][code]["cells"])
            if code and code not in r["answer"] and code not in " ".join(r["evidence"]):
                anchors_in = [a for a in r["evidence"] if N(a) in N(scope)]
                if not anchors_in:
                    errors.append(f"{qid}: probe scope {code} does not contain the row's anchor")
            for pat in pats:
                if re.search(pat, scope, re.I | re.M):
                    errors.append(f"{qid}: probe pattern {pat!r} matches, the information may be present")
    if both < 5:
        errors.append(f"QA: only {both} confronto rows cite both documents (>= 5)")
    for qid in PROBES:
        if not any(r.get("id") == qid and r.get("type") == "non_presente" for r in rows):
            errors.append(f"probe for {qid}, which is not a non_presente row")


# --------------------------------------------------------------------------------------------------- names
def names_check(errors: list[str]) -> int:
    hits = 0
    texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in sorted(SAMPLES.iterdir())
             if p.is_file()}
    for name in INVENTED:
        pat = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)
        for fn, t in texts.items():
            if pat.search(t):
                hits += 1
                errors.append(f"invented name {name!r} occurs in data/samples/{fn}")
    for d in sorted(BENCH.glob("fresh*/docs")):
        if d.parent.name == HERE.name:
            continue
        for f in d.iterdir():
            if any(c in f.name.lower() for c in COMUNI):
                errors.append(f"comune name used by {f.relative_to(BENCH)}")
    return hits


def load_jsonl(path: Path, errors: list[str]) -> list[dict]:
    out = []
    if not path.exists():
        errors.append(f"missing {path.name}")
        return out
    for k, ln in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not ln.strip():
            continue
        try:
            out.append(json.loads(ln))
        except json.JSONDecodeError as e:
            errors.append(f"{path.name}:{k}: {e}")
    return out


def main() -> int:
    errors: list[str] = []
    notes: list[str] = []
    regenerate(errors)
    md_text = (HERE / "docs" / M).read_text(encoding="utf-8")
    pdf_data = (HERE / "docs" / P).read_bytes()
    _rd, pages, frags = pdf_read(pdf_data)
    pdf_raw = "\n".join(pages)
    pdf_lines = [ln for ln in pdf_raw.split("\n") if ln.strip()]
    texts = {M: md_text, P: pdf_raw}
    md_info = layout_md(md_text, errors)
    pdf_info = layout_pdf(pdf_data, pages, frags, errors, notes)
    recs = load_jsonl(REC, errors)
    rows = load_jsonl(QA, errors)
    record_checks(recs, md_info, pdf_info, texts, pdf_lines, errors, notes)
    qa_checks(rows, texts, md_info, pdf_info, pdf_lines, errors, notes)
    hits = names_check(errors)

    # report
    print(f"{M}: {len(md_text.encode('utf-8'))} bytes, {len(md_text.splitlines())} lines; {len(md_info['rows'])} "
          f"table rows in {len(mp.C_LINES)} tables, {md_info['br_cells']} cells with <br>; "
          f"{len(md_info['schede'])} schede; org chart {md_info['org_depth']} levels; "
          f"{md_info['roles']} role-only Responsabile")
    print(f"{P}: {len(pdf_data)} bytes, {pdf_info['pages']} A4 landscape pages, {len(pdf_raw)} characters of pypdf "
          f"text; table on pages {pdf_info['table_pages']}, rows broken across pages {pdf_info['split']}; "
          f"{len(mp.S_NOTES)} footnotes; {pdf_info['roles']} role-only Responsabile")
    print("regeneration: subprocess builds == in-process builds == docs/ and jsonl files")
    nn = Counter()
    for r in recs:
        for k in ("responsabile", "settore", "motivazione", "valore_atteso", "scadenza"):
            nn[k] += r.get(k) is not None
        for k in ("stakeholder", "dipendenti", "fasi", "indicatori"):
            nn[k] += len(r.get(k) or [])
    print(f"{len(recs)} records ({sum(r.get('doc') == M for r in recs)} md, {sum(r.get('doc') == P for r in recs)} "
          f"pdf); non-null / items: {dict(nn)}")
    cnt = Counter(r.get("type") for r in rows)
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(cnt.items()))}")
    print(f"cross-document questions: {sum(isinstance(r.get('doc'), list) for r in rows)}; doc-null questions: "
          f"{sum(r.get('doc') is None for r in rows)}")
    print(f"invented names found in data/samples: {hits} hits over {len(INVENTED)} names")
    for n_ in notes:
        print("NOTE", n_)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
