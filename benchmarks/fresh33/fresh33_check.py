"""Validate benchmarks/fresh33: the two generated documents, fresh33_records.jsonl and fresh33_qa.jsonl.

Reads nothing of the assistant. Standard library + pypdf (+ fpdf2 through make_plan), all in /work/main/.venv.

0. regeneration: make_plan.py, make_records.py and make_qa.py are run in SEPARATE processes into a temporary
   directory and make_plan.build() is called twice in this process; everything must be byte-identical to docs/ and
   to the two jsonl files (a stale or missing file is an ERROR; the checker never writes them).
1. document text, as a loader would see it:
   * export (pontevasco): the file read as UTF-8 ("plain read": CRLF, quotes and semicolons as they are);
   * PDF (montalbiera): "raw" = pypdf extract_text() of every page joined with "\n" (running header, footer,
     footnotes and glued markers included); "fragments" = the single text-showing operations with font, size and
     position (pypdf visitor_text); "body" = the 9.5 pt body lines only (no header, footer, notes, markers).
2. layout, read back from the files:
   * export: UTF-8 without BOM; records end with CRLF, line breaks inside quoted cells are bare LF; intro
     "Etichetta;valore" rows; the table header has the 14 expected columns; Python's csv module parses 13 records
     of 14 fields equal to make_plan's logical cells; >= 10 cells with embedded line breaks, >= 4 with ";" inside
     quotes, >= 3 with doubled quotes, >= 3 empty cells; the org table Settore;Responsabile;Servizi (5 rows), the
     total-staff row, the prose on Segretario / Sindaco / assessori; every role-only Responsabile resolves to exactly
     one org row (or to the Segretario in the prose);
   * PDF: A4 portrait, 4-6 pages, pinned creation date; running header first and "Pagina X di Y" last on every
     page; TWO COLUMNS: every body fragment lies inside the left or the right column and every line starts at the
     column's left edge, both columns used on every page but the last; each objective has a bold run-in heading
     "OB.nn – Titolo." starting a line (>= 8 with regular text following on the same line); each footnote has one
     raised marker in the body and its note (raised number + text) at the bottom of the same column of the same
     page; the org chart is prose ("Il Settore Tecnico, diretto dall'ing. ..."); the year comparisons are present.
3. records: keys in the order of dev_records.jsonl; ids; one record per objective of each document, in order;
   anchor 20-80 characters, inside one line / one pypdf line, contained in the titolo; export records equal to an
   independent reading of the csv cells under the README conventions; PDF records: titolo = the bold heading, every
   value found in that objective's own paragraph (fasi as "descrizione (tempi)", each target after its indicator),
   the settore among the four org Settori; every string value found in the normalised document text (export:
   after undoing doubled quotes; PDF values broken by a column / page change with notes or header in between are
   contiguous only in the body text: printed as NOTE).
4. QA: keys in order; ids f33-001.. in order; types from the dev vocabulary; 75-85 questions, >= 10 non_presente
   and a minimum per type; doc / evidence_docs consistent; >= 6 confronto rows citing both documents; answers <= 800
   characters; anchors 1-3 (none for doc-null rows), 20-80 characters, no newline / TAB, inside one line of one
   csv cell (export; never across ";" or doubled quotes) / one pypdf line (PDF); the first alternative of every
   must_contain group occurs in the golden answer, and some alternative in the text of the row's document(s);
   refusal markers only in non_presente answers; non_presente rows: empty must_contain and a probe showing the
   information is missing; a question naming neither comune carries a topic string (or a misspelt comune) found in
   its document only.
5. names: no invented name occurs (as a word) in data/samples/; neither comune name is used by another
   benchmarks/fresh*/docs file name.

Normalisation N(s) as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh33/fresh33_check.py
"""
from __future__ import annotations

import csv
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

QA = HERE / "fresh33_qa.jsonl"
REC = HERE / "fresh33_records.jsonl"
T, P = mp.TXT_NAME, mp.PDF_NAME
SAMPLES = HERE.parent.parent / "data" / "samples"
BENCH = HERE.parent
DEV_QA = Path("/work/shared/eval/dev_qa.jsonl")
DEV_REC = Path("/work/shared/eval/dev_records.jsonl")
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
MIN_TYPES = {"responsabile": 10, "tempistica": 6, "indicatore": 7, "numerico": 6, "obiettivo": 6, "elenco": 6,
             "confronto": 7, "multi_hop": 6, "non_presente": 10}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
TITLED = re.compile(r"^(?:dott\.ssa|dott\.|rag\.|ing\.|arch\.|geom\.|comm\.) [A-Z]")
INVENTED = [
    # places, bodies, projects, software
    "Pontevasco", "Montalbiera", "GePeO", "Castelrovere", "Rissolo", "Cascina Rovere", "Tetti Boglione",
    "Madonna del Gerbo", "Teresio Arnaudo", "Pontevasco Verde", "Mercato in piazza", "Clicca con noi",
    "piazza del Peso", "via Molino", "Casalta", "Ponte a Rèsina", "Pieve al Salceto", "Salceto", "Valdicastro",
    "via dei Tigli", "viale Petrarca", "Misericordia di Montalbiera",
    # people
    "Bertola", "Chiapello", "Ghisolfi", "Bongiovanni", "Rinaudo", "Dalmasso", "Marenco", "Allasia", "Rosso",
    "Tesio", "Garelli", "Dogliani", "Peirone", "Aimar", "Cavallero", "Ghione", "Barberis", "Oddenino", "Giusiano",
    "Bottero", "Occelli", "Abrate", "Dutto", "Ferrero", "Olivero", "Giordanengo", "Menchetti", "Bracciali",
    "Tiezzi", "Salvadori", "Baldacci", "Lachi", "Fabbrini", "Scarpelli", "Burroni", "Mencarelli", "Bigiarini",
    "Pagliai", "Magi", "Ceccherini", "Nannetti", "Lorenzini", "Pucci",
]
COMUNI = ("pontevasco", "montalbiera")
ALIASES = {"pontevaso": T, "montalbera": P}
TOPICS = ["app io", "casalta", "giovedì", "strade scolastiche", "bigiarini"]
# question id -> (scope, patterns that must NOT match, case-insensitive)
# scope: ("txt", None) whole export, ("t_cell", (code, column)) one logical cell of the table, ("pdf", None) whole raw
# PDF text, ("p_obj", code) the objective's paragraph (body text), ("both", None) both documents
PROBES = {
    "f33-073": (("t_cell", ("TEC.01", "Target 2028")), [r"\S"]),
    "f33-074": (("t_cell", ("FIN.02", "Personale coinvolto")), [r"\S"]),
    "f33-075": (("t_cell", ("AMM.03", "Stakeholder")), [r"\S"]),
    "f33-076": (("t_cell", ("URB.03", "Obiettivo strategico / Linea DUP")), [r"\bOS\b", r"obiettivo strategico"]),
    "f33-077": (("t_cell", ("TEC.03", "Target 2027")), [r"\S"]),
    "f33-078": (("txt", None), [r"comandante", r"\bSettore[^;\n]*Polizia", r"Polizia locale\"?;"]),
    "f33-079": (("pdf", None), [r"\bpes[oi]\b", r"punteggi", r"ponderazion"]),
    "f33-080": (("p_obj", "OB.02"), [r"(lavorano|operano|coinvolti|impegnat)[^.]*\b[A-Z][a-z]+ [A-Z][a-z]+",
                                     r"\b(sig|sig\.ra|geom|rag|dott)\. "]),
    "f33-081": (("pdf", None), [r"differenziata[^.]*2023", r"2023[^.]*differenziata"]),
    "f33-082": (("pdf", None), [r"Nucleo di valutazione[^.]{0,80}\b(dott|dott\.ssa|avv|prof|ing|sig)\.",
                                r"\bcomponent[ei]\b"]),
    "f33-083": (("both", None), [r"Fossano"]),
}
B_SIZE, B_MARK, N_SIZE, N_MARK = 9.5, 6.65, 7.5, 5.25
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
        pairs = [(t / "docs" / T, HERE / "docs" / T), (t / "docs" / P, HERE / "docs" / P),
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


# --------------------------------------------------------------------------------------------------- 1/2. export
def split_records(text: str) -> list[str]:
    """split the file into records at line ends outside quotes; check CRLF outside / LF inside quotes."""
    recs, cur, inq, i = [], [], False, 0
    while i < len(text):
        c = text[i]
        if c == '"':
            inq = not inq
            cur.append(c)
        elif c == "\r" and not inq and text[i + 1:i + 2] == "\n":
            recs.append("".join(cur))
            cur = []
            i += 1
        elif c in "\r\n" and not inq:
            raise ValueError(f"bare line end outside quotes at offset {i}")
        elif c == "\r":
            raise ValueError(f"CR inside a quoted cell at offset {i}")
        else:
            cur.append(c)
        i += 1
    if cur:
        raise ValueError("file does not end with CRLF")
    if inq:
        raise ValueError("unbalanced quotes")
    return recs


def parse_row(rec: str) -> list[str]:
    return next(csv.reader(io.StringIO(rec, newline=""), delimiter=";", quotechar='"', doublequote=True,
                           strict=True))


def layout_txt(data: bytes, errors: list[str]) -> dict:
    info: dict = {"rows": {}, "org": [], "cell_lines": [], "stats": Counter()}
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append("export: starts with a BOM")
    text = data.decode("utf-8")
    try:
        recs = split_records(text)
    except ValueError as e:
        errors.append(f"export: {e}")
        return info
    # sections separated by empty records
    blocks, cur = [], []
    for r in recs:
        if r == "":
            blocks.append(cur)
            cur = []
        else:
            cur.append(r)
    blocks.append(cur)
    if len(blocks) != 5:
        errors.append(f"export: {len(blocks)} blank-line separated blocks (5 expected)")
        return info
    intro, table, org, note, end = blocks
    for r in intro:
        f = parse_row(r)
        if len(f) != 2:
            errors.append(f"export intro row is not 'label;value': {r[:60]!r}")
        info["cell_lines"] += [ln for x in f for ln in x.split("\n")]
    keys = [parse_row(r)[0] for r in intro]
    for k in ("Ente", "Periodo", "Approvazione"):
        if k not in keys:
            errors.append(f"export intro: no {k!r} row")
    if table[0] != mp.T_TABLE_TITLE:
        errors.append("export: table title missing")
    head = parse_row(table[1])
    if head != mp.T_HEAD or len(head) != 14:
        errors.append(f"export: table header {head}")
    st = info["stats"]
    for r in table[2:]:
        f = parse_row(r)
        if len(f) != 14:
            errors.append(f"export: record with {len(f)} fields: {r[:40]!r}")
            continue
        info["rows"][f[0]] = dict(zip(mp.T_HEAD, f))
        info["cell_lines"] += [ln for x in f for ln in x.split("\n")]
        st["newline_cells"] += sum("\n" in x for x in f)
        st["semicolon_cells"] += sum(";" in x for x in f)
        st["empty_cells"] += sum(x == "" for x in f)
        st["doubled_quote_cells"] += r.count('""') // 2
    if list(info["rows"]) != [o["code"] for o in mp.T_OBJ]:
        errors.append(f"export: codes {list(info['rows'])}")
    for o in mp.T_OBJ:
        row = info["rows"].get(o["code"])
        if row and list(row.values()) != mp.t_cells(o):
            errors.append(f"export: {o['code']} cells differ from make_plan")
    for k, n in (("newline_cells", 10), ("semicolon_cells", 4), ("doubled_quote_cells", 3), ("empty_cells", 3)):
        if st[k] < n:
            errors.append(f"export: only {st[k]} {k} (>= {n})")
    # org
    if org[0] != mp.T_ORG_TITLE or parse_row(org[1]) != ["Settore", "Responsabile", "Servizi"]:
        errors.append("export: org table title / header")
    for r in org[2:]:
        f = parse_row(r)
        info["cell_lines"] += [ln for x in f for ln in x.split("\n")]
        if len(f) == 3:
            info["org"].append(f)
        elif not (len(f) == 2 and f[0].startswith("Totale dipendenti")):
            errors.append(f"export: org row {r[:50]!r}")
    if len(info["org"]) != 5:
        errors.append(f"export: {len(info['org'])} org rows (5 expected)")
    for s, resp, serv in info["org"]:
        if not TITLED.match(resp) or "; " not in serv:
            errors.append(f"export: org row {s}: {resp!r} / services")
    if note[0] != mp.T_NOTE_TITLE or len(note) != 2:
        errors.append("export: NOTE section")
    prose = note[-1]
    info["prose"] = prose
    info["cell_lines"] += [prose] + end
    for w in ("Segretario comunale", "Sindaco", "assessor", "deleghe"):
        if w not in prose:
            errors.append(f"export prose lacks {w!r}")
    # role-only Responsabile resolves to exactly one org row
    roles = 0
    for code, row in info["rows"].items():
        resp = row["Responsabile"]
        if TITLED.match(resp):
            continue
        roles += 1
        if resp == "Segretario comunale":
            if not re.search(r"Il Segretario comunale è il (dott|dott\.ssa)\. [A-Z]", prose):
                errors.append(f"export {code}: Segretario not named in the prose")
            continue
        m = re.fullmatch(r"Responsabile (Settore .+)", resp)
        hits = [o for o in info["org"] if m and (o[0] == m.group(1) or o[0].startswith(m.group(1) + " "))]
        if len(hits) != 1:
            errors.append(f"export {code}: role {resp!r} resolves to {len(hits)} org rows")
    info["roles"] = roles
    if roles < 5:
        errors.append(f"export: only {roles} role-only Responsabile (>= 5)")
    info["n_lines"] = len(text.split("\n"))
    return info


# --------------------------------------------------------------------------------------------------- 1/2. PDF
def pdf_read(data: bytes):
    rd = PdfReader(io.BytesIO(data))
    pages, frags = [], []
    for pno, page in enumerate(rd.pages, 1):
        h = float(page.mediabox.height)
        fr: list[dict] = []

        def visit(text, cm, tm, fd, fs, fr=fr, h=h, pno=pno):
            if not text or not text.strip():
                return
            font = (fd or {}).get("/BaseFont", "")
            fr.append({"text": text, "x": (tm[4] * cm[0] + cm[4]) * PT, "y": (h - (tm[5] * cm[3] + cm[5])) * PT,
                       "size": round(float(fs), 2), "bold": "Bold" in str(font), "italic": "Oblique" in str(font),
                       "page": pno})
        pages.append(page.extract_text(visitor_text=visit))
        frags.append(fr)
    return rd, pages, frags


def col_of(x: float) -> int:
    return 0 if x < mp.PW / 2 else 1


def layout_pdf(rd, pages: list[str], frags, errors: list[str], notes: list[str]) -> dict:
    info: dict = {"pages": len(pages)}
    p0 = rd.pages[0]
    if not (close(float(p0.mediabox.width), 595.28, 0.5) and close(float(p0.mediabox.height), 841.89, 0.5)):
        errors.append("PDF: not A4 portrait")
    if not 4 <= len(pages) <= 6:
        errors.append(f"PDF: {len(pages)} pages (4-6 expected)")
    if not str((rd.metadata or {}).get("/CreationDate", "")).startswith("D:20260209083000"):
        errors.append("PDF: creation date not pinned")
    n = len(pages)
    for i, t in enumerate(pages, 1):
        lines = [ln for ln in t.split("\n") if ln.strip()]
        if lines[0].strip() != mp.P_RUNNING:
            errors.append(f"PDF page {i}: first line is not the running header")
        if lines[-1].strip() != f"Pagina {i} di {n}":
            errors.append(f"PDF page {i}: last line {lines[-1]!r}")
    # body fragments (page 1: below the title block)
    first_head = next(f for f in frags[0] if f["text"].startswith("1. Il Comune in breve"))
    body: list[dict] = []
    for pno, fr in enumerate(frags, 1):
        for f in fr:
            if pno == 1 and f["y"] < first_head["y"] - 0.5:
                continue
            if f["size"] in (B_SIZE, 10.5, B_MARK, N_SIZE, N_MARK):
                body.append(f)
    # two columns
    by_line: dict = {}
    for f in body:
        c = col_of(f["x"])
        if not (mp.COL_X[c] - 0.05 <= f["x"] <= mp.COL_X[c] + mp.COL_W):
            errors.append(f"PDF page {f['page']}: fragment outside its column: {f['text'][:30]!r}")
        by_line.setdefault((f["page"], c, round(f["y"], 1)), []).append(f)
    cols_used: dict = {}
    for (pg, c, _y), fs in by_line.items():
        cols_used.setdefault(pg, set()).add(c)
        main = [f for f in fs if f["size"] not in (B_MARK, N_MARK)]
        edge = mp.COL_X[c] + (3.5 if main and main[0]["size"] == N_SIZE else 0.0)
        if main and not close(min(f["x"] for f in main), edge, 0.1):
            errors.append(f"PDF page {pg}: a line of column {c + 1} does not start at the column edge")
    for pg in range(1, n):
        if cols_used.get(pg) != {0, 1}:
            errors.append(f"PDF page {pg}: not both columns used")
    info["columns"] = {pg: sorted(c) for pg, c in cols_used.items()}
    # body text: 9.5 pt regular/bold lines in reading order (page, column, y), markers dropped
    lines = []
    for key in sorted(k for k, fs in by_line.items() if any(f["size"] == B_SIZE for f in fs)):
        fs = sorted([f for f in by_line[key] if f["size"] == B_SIZE], key=lambda f: f["x"])
        lines.append("".join(f["text"] for f in fs).strip())
    info["body_lines"] = lines
    info["body"] = "\n".join(lines)
    # run-in headings
    heads, runin = {}, 0
    for o in mp.P_OBJ:
        pre = f"{o['code']} – "
        hs = [f for f in body if f["bold"] and f["size"] == B_SIZE and f["text"].startswith(pre)]
        if len(hs) != 1:
            errors.append(f"PDF: {len(hs)} bold headings for {o['code']}")
            continue
        h = hs[0]
        if not close(h["x"], mp.COL_X[col_of(h["x"])], 0.1):
            errors.append(f"PDF: heading {o['code']} does not start a line")
        heads[o["code"]] = h["text"].strip()
        if any(not f["bold"] and f["page"] == h["page"] and close(f["y"], h["y"], 0.3) and f["x"] > h["x"]
               and f["size"] == B_SIZE for f in body):
            runin += 1
    info["heads"], info["runin"] = heads, runin
    if runin < 8:
        errors.append(f"PDF: only {runin} run-in headings followed by text on the same line (>= 8)")
    # footnotes: one raised body marker and one note (marker + text) in the same column of the same page, below
    for no, text in mp.P_NOTES.items():
        bm = [f for f in body if f["size"] == B_MARK and f["text"].strip() == str(no)]
        nm = [f for f in body if f["size"] == N_MARK and f["text"].strip() == str(no)]
        if len(bm) != 1 or len(nm) != 1:
            errors.append(f"PDF footnote {no}: {len(bm)} body markers, {len(nm)} note markers")
            continue
        b, m = bm[0], nm[0]
        if b["page"] != m["page"] or col_of(b["x"]) != col_of(m["x"]) or m["y"] <= b["y"] or m["y"] < 200:
            errors.append(f"PDF footnote {no}: note not at the bottom of the marker's column")
        first = [f for f in body if f["size"] == N_SIZE and f["page"] == m["page"] and close(f["y"], m["y"], 0.6)
                 and col_of(f["x"]) == col_of(m["x"])]
        if not first or not N(text).startswith(N(first[0]["text"])):
            errors.append(f"PDF footnote {no}: note text not found next to its number")
    raw = "\n".join(pages)
    for s in ("Il Settore Tecnico, diretto dall'ing. Marco Tiezzi, comprende i servizi",
              "Il Settore Affari generali e Servizi alla persona, diretto dalla dott.ssa Chiara Menchetti",
              "Nel 2025 le istanze presentate on line erano il 34% del totale, contro il 21% del 2024",
              "dovranno passare dai 420 di fine 2025 a 1.500 nel 2026"):
        if N(s) not in N(raw):
            errors.append(f"PDF: expected prose missing: {s[:50]!r}")
    # each objective's paragraph in the body text
    btxt = N(info["body"])
    paras = {}
    codes = [o["code"] for o in mp.P_OBJ]
    for i, c in enumerate(codes):
        a = btxt.find(N(f"{c} – "))
        b = btxt.find(N(f"{codes[i + 1]} – ")) if i + 1 < len(codes) else btxt.find(N(mp.P_RISCHI[0][:60]))
        paras[c] = btxt[a:b] if a >= 0 and b > a else ""
        if not paras[c]:
            errors.append(f"PDF: paragraph of {c} not found in the body text")
    info["paras"] = paras
    # settori of the org prose
    info["settori"] = re.findall(r"Il (Settore [A-Z][^,]*?),? (?:diretto|affidato|è guidato)", " ".join(lines))
    if len(info["settori"]) != 4:
        errors.append(f"PDF: org prose names {info['settori']}")
    return info


# --------------------------------------------------------------------------------------------------- records
def record_checks(recs, tinfo, pinfo, texts, pdf_lines, errors, notes):
    keys = list(json.loads(DEV_REC.read_text(encoding="utf-8").splitlines()[0]).keys())
    if [r.get("id") for r in recs] != [f"f33r{i:02d}" for i in range(1, len(recs) + 1)]:
        errors.append("records: ids are not f33r01.. in order")
    want = [(T, o["code"]) for o in mp.T_OBJ] + [(P, o["code"]) for o in mp.P_OBJ]
    if [(r.get("doc"), r.get("codice")) for r in recs] != want:
        errors.append("records: not one record per objective in document order")
    t_lines = set(tinfo["cell_lines"])
    t_dec = N(texts[T].replace('""', '"'))
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != keys:
            errors.append(f"{rid}: key order {list(r.keys())}")
            continue
        a = r["anchor"]
        if not (20 <= len(a) <= 80) or "\n" in a or N(a) not in N(r["titolo"] or ""):
            errors.append(f"{rid}: anchor rule: {a!r}")
        if r["periodo"] != "2026-2028":
            errors.append(f"{rid}: periodo")
        if r["doc"] == T:
            if '"' in a or not any(a in ln for ln in t_lines) or a not in texts[T]:
                errors.append(f"{rid}: anchor not inside one cell line of the export: {a!r}")
            row = tinfo["rows"].get(r["codice"])
            if not row:
                errors.append(f"{rid}: no csv row {r['codice']}")
                continue
            strat = row["Obiettivo strategico / Linea DUP"].split("\n")
            fl = row["Fasi e tempi"].split("\n")
            fasi = []
            for ln in fl:
                m = re.fullmatch(r"\d+\) (.+) – (.+)", ln)
                if m:
                    fasi.append({"descrizione": m.group(1), "tempistica": m.group(2)})
            term = [ln.split(": ", 1)[1] for ln in fl if ln.startswith("Termine finale: ")]
            inds = row["Indicatore"].split("\n")
            t26 = row["Target 2026"].split("\n")
            exp = {"ente": "Comune di Pontevasco", "titolo": row["Obiettivo operativo"],
                   "obiettivo_strategico": strat[1] if len(strat) > 1 else None, "area_strategica": strat[0],
                   "responsabile": row["Responsabile"], "settore": row["Settore"],
                   "stakeholder": row["Stakeholder"].split("; ") if row["Stakeholder"] else [],
                   "motivazione": row["Descrizione e motivazione"], "valore_atteso": row["Risultato atteso"],
                   "scadenza": term[0] if term else None, "fasi": fasi,
                   "indicatori": [{"nome": n_, "target": t_ or None} for n_, t_ in zip(inds, t26)],
                   "dipendenti": [p.split(" (")[0] for p in row["Personale coinvolto"].split("; ")]
                   if row["Personale coinvolto"] else []}
            if len(inds) != len(t26):
                errors.append(f"{rid}: indicator / target 2026 line counts differ")
        else:
            if not any(N(a) in N(ln) for ln in pdf_lines):
                errors.append(f"{rid}: anchor not inside one pypdf text line")
            head = pinfo["heads"].get(r["codice"], "")
            para = pinfo["paras"].get(r["codice"], "")
            exp = {"ente": "Comune di Montalbiera", "obiettivo_strategico": None}
            if head != f"{r['codice']} – {r['titolo']}." and not head.startswith(f"{r['codice']} – {a}"):
                errors.append(f"{rid}: titolo / anchor not the bold heading {head!r}")
            if N(f"{r['codice']} – {r['titolo']}.") not in para:
                errors.append(f"{rid}: titolo not at the start of the paragraph")
            for k in ("area_strategica", "responsabile", "motivazione", "valore_atteso", "scadenza"):
                if r[k] is not None and N(r[k]) not in para:
                    errors.append(f"{rid}: {k} not in the objective's paragraph: {r[k][:50]!r}")
            if r["area_strategica"] and N(f"«{r['area_strategica']}»") not in para:
                errors.append(f"{rid}: area_strategica not a «linea» of the paragraph")
            if r["settore"] not in pinfo["settori"]:
                errors.append(f"{rid}: settore {r['settore']!r} not an org Settore")
            elif N(r["settore"]) not in para:
                errors.append(f"{rid}: settore not named in the paragraph")
            if not (TITLED.match(r["responsabile"] or "") or r["responsabile"] == f"Responsabile del {r['settore']}"):
                errors.append(f"{rid}: responsabile neither a titled name nor the role of its Settore")
            for x in r["stakeholder"] + r["dipendenti"]:
                if N(x) not in para:
                    errors.append(f"{rid}: list item not in the paragraph: {x!r}")
            for f in r["fasi"]:
                if N(f"{f['descrizione']} ({f['tempistica']})") not in para:
                    errors.append(f"{rid}: fase not in the paragraph as 'descrizione (tempi)': {f['descrizione']!r}")
            for it in r["indicatori"]:
                starts = [m.start() for m in re.finditer(re.escape(N(it["nome"])), para)]
                t_ = re.escape(N(it["target"] or "@@"))
                year = re.compile(rf"(?<![\d.,]){t_} (?:nel 2026|a fine 2026)|(?:per il 2026 è|nel 2026 dovranno "
                                  rf"essere|nel 2026 l'obiettivo è) {t_}(?![\d.,]\d)")
                if it["target"] is None or not any(year.search(para[i_:i_ + 130]) for i_ in starts):
                    errors.append(f"{rid}: indicator {it['nome']!r} / target {it['target']!r} not in the paragraph")
            if not r["fasi"] or not r["indicatori"] or not r["stakeholder"]:
                errors.append(f"{rid}: empty fasi / indicatori / stakeholder")
            exp = {k: v for k, v in exp.items()}
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
        vals = [r[k] for k in ("ente", "codice", "titolo", "obiettivo_strategico", "area_strategica",
                               "responsabile", "settore", "motivazione", "valore_atteso", "scadenza") if r[k]]
        vals += r["stakeholder"] + r["dipendenti"]
        vals += [x for f in r["fasi"] for x in f.values() if x] + [x for i in r["indicatori"] for x in i.values() if x]
        for v in vals:
            if r["doc"] == T:
                if N(v) not in N(texts[T]):
                    if N(v) in t_dec:
                        notes.append(f"{rid}: value verbatim once doubled quotes are undone: {v[:50]!r}")
                    else:
                        errors.append(f"{rid}: value not in the export: {v[:60]!r}")
            elif N(v) not in N(texts[P]):
                if N(v) in N(pinfo["body"]):
                    notes.append(f"{rid} ({r['codice']}): value broken by a column/page change, contiguous in the "
                                 f"body text only: {v[:50]!r}")
                else:
                    errors.append(f"{rid}: value not in the PDF text: {v[:60]!r}")
    if len({(r.get("doc"), N(r.get("anchor", ""))) for r in recs}) != len(recs):
        errors.append("records: duplicate (doc, anchor)")


# --------------------------------------------------------------------------------------------------- QA
def qa_checks(rows, texts, tinfo, pinfo, pdf_lines, errors, notes):
    keys = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
    dev_types = {json.loads(ln)["type"] for ln in DEV_QA.read_text(encoding="utf-8").splitlines() if ln.strip()}
    if dev_types != TYPES:
        errors.append(f"dev types differ from the vocabulary: {dev_types ^ TYPES}")
    if [r.get("id") for r in rows] != [f"f33-{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("QA: ids are not f33-001.. in order")
    if not (75 <= len(rows) <= 85):
        errors.append(f"QA: {len(rows)} questions (75-85 expected)")
    cnt = Counter(r.get("type") for r in rows)
    for t, n in MIN_TYPES.items():
        if cnt[t] < n:
            errors.append(f"QA: only {cnt[t]} {t} questions (>= {n})")
    t_lines = tinfo["cell_lines"]
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
            if d == T:
                if '"' in a or a not in texts[T] or not any(a in ln for ln in t_lines):
                    errors.append(f"{qid}: export anchor not inside one line of one cell: {a!r}")
            elif not any(N(a) in N(ln) for ln in pdf_lines):
                errors.append(f"{qid}: PDF anchor not inside one pypdf line: {a!r}")
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
        for g in r["must_contain"]:
            if not g or N(g[0]) not in na:
                errors.append(f"{qid}: must_contain {g} first alternative not in the answer")
            if docs and not any(N(x) in ntext[d] for x in g for d in docs):
                errors.append(f"{qid}: must_contain {g} found in none of its documents")
        q = N(r["question"])
        if not any(c in q for c in COMUNI) and r["doc"] is not None:
            alias = [d for a_, d in ALIASES.items() if a_ in q]
            topics = [t for t in TOPICS if t in q]
            if alias:
                if [r["doc"]] != alias:
                    errors.append(f"{qid}: alias points to another document")
                for a_ in ALIASES:
                    if a_ in ntext[T] or a_ in ntext[P]:
                        errors.append(f"{qid}: alias {a_!r} occurs in a document")
            elif not topics:
                errors.append(f"{qid}: names no comune and carries no topic string")
            else:
                for t in topics:
                    inside = [d for d in texts if t in ntext[d]]
                    if inside != docs:
                        errors.append(f"{qid}: topic {t!r} occurs in {inside}, row cites {docs}")
        if r["type"] == "non_presente":
            pr = PROBES.get(qid)
            if not pr:
                errors.append(f"{qid}: non_presente without a probe")
                continue
            (kind, arg), pats = pr
            if kind == "txt":
                scope = texts[T]
            elif kind == "pdf":
                scope = texts[P]
            elif kind == "both":
                scope = texts[T] + "\n" + texts[P]
            elif kind == "t_cell":
                code, col = arg
                if code not in tinfo["rows"]:
                    errors.append(f"{qid}: probe row {code} not parsed from the export")
                    continue
                scope = tinfo["rows"][code][col]
                title = tinfo["rows"][code]["Obiettivo operativo"]
                if not any(N(a) in N(title) for a in r["evidence"]):
                    errors.append(f"{qid}: probe row {code} is not the row of the anchor")
            else:
                scope = pinfo["body_para_raw"].get(arg, "")
                if not any(N(a) in N(scope) for a in r["evidence"]):
                    errors.append(f"{qid}: probe paragraph {arg} does not contain the anchor")
            for pat in pats:
                if re.search(pat, scope, re.I if kind != "p_obj" else 0):
                    errors.append(f"{qid}: probe pattern {pat!r} matches, the information may be present")
    if both < 6:
        errors.append(f"QA: only {both} confronto rows cite both documents (>= 6)")
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
    t_data = (HERE / "docs" / T).read_bytes()
    t_text = t_data.decode("utf-8")
    pdf_data = (HERE / "docs" / P).read_bytes()
    rd, pages, frags = pdf_read(pdf_data)
    pdf_raw = "\n".join(pages)
    pdf_lines = [ln for ln in pdf_raw.split("\n") if ln.strip()]
    texts = {T: t_text, P: pdf_raw}
    tinfo = layout_txt(t_data, errors)
    pinfo = layout_pdf(rd, pages, frags, errors, notes)
    # un-normalised paragraph text for case-sensitive probes
    body = pinfo["body"].replace("\n", " ")
    codes = [o["code"] for o in mp.P_OBJ]
    pinfo["body_para_raw"] = {}
    for i, c in enumerate(codes):
        a = body.find(f"{c} – ")
        b = body.find(f"{codes[i + 1]} – ") if i + 1 < len(codes) else body.find(mp.P_RISCHI[0][:60])
        pinfo["body_para_raw"][c] = body[a:b]
    recs = load_jsonl(REC, errors)
    rows = load_jsonl(QA, errors)
    record_checks(recs, tinfo, pinfo, texts, pdf_lines, errors, notes)
    qa_checks(rows, texts, tinfo, pinfo, pdf_lines, errors, notes)
    hits = names_check(errors)

    st = tinfo.get("stats", {})
    print(f"{T}: {len(t_data)} bytes, {tinfo.get('n_lines')} physical lines; {len(tinfo.get('rows', {}))} table "
          f"records x 14 fields; cells with line breaks {st.get('newline_cells')}, with ';' {st.get('semicolon_cells')}, "
          f"doubled quotes {st.get('doubled_quote_cells')}, empty {st.get('empty_cells')}; "
          f"{len(tinfo.get('org', []))} org rows; {tinfo.get('roles')} role-only Responsabile")
    print(f"{P}: {len(pdf_data)} bytes, {pinfo['pages']} A4 portrait pages, {len(pdf_raw)} characters of pypdf text; "
          f"columns used per page {pinfo.get('columns')}; {pinfo.get('runin')} run-in headings with text on the "
          f"same line; {len(mp.P_NOTES)} footnotes")
    print("regeneration: subprocess builds == in-process builds == docs/ and jsonl files")
    nn = Counter()
    for r in recs:
        for k in ("obiettivo_strategico", "responsabile", "settore", "motivazione", "valore_atteso", "scadenza"):
            nn[k] += r.get(k) is not None
        for k in ("stakeholder", "dipendenti", "fasi", "indicatori"):
            nn[k] += len(r.get(k) or [])
    print(f"{len(recs)} records ({sum(r.get('doc') == T for r in recs)} export, "
          f"{sum(r.get('doc') == P for r in recs)} pdf); non-null / items: {dict(nn)}")
    cnt = Counter(r.get("type") for r in rows)
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(cnt.items()))}")
    print(f"cross-document questions: {sum(isinstance(r.get('doc'), list) for r in rows)}; doc-null questions: "
          f"{sum(r.get('doc') is None for r in rows)}; export-only {sum(r.get('doc') == T for r in rows)}, "
          f"pdf-only {sum(r.get('doc') == P for r in rows)}")
    print(f"invented names found in data/samples: {hits} hits over {len(INVENTED)} names")
    for n_ in notes:
        print("NOTE", n_)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
