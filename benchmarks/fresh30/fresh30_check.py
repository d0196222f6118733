"""Validate benchmarks/fresh30: the two generated documents, fresh30_records.jsonl and fresh30_qa.jsonl.

Reads nothing of the assistant.  Standard library + pypdf + python-docx (+ fpdf2 through make_plan), all in
/work/main/.venv.

0. regeneration: make_plan.py is run in a SEPARATE process into a temporary directory and make_plan.build() is
   called twice in this process; all builds must be byte-identical to each other and to the files in docs/ (a
   stale or missing docs/ file is an ERROR; the checker never rewrites docs/).
1. document text, as a loader would see it:
   * PDF (castelvarrone): pypdf extract_text() per page, pages joined with a newline; "lines" = the extracted
     lines; "fragments" = the single text-showing operations with font and position (pypdf visitor_text);
   * DOCX (poggiolmo): python-docx in body order; one unit per paragraph and one unit per table CELL.
2. layout, read back from the files and compared with make_plan's data:
   * PDF: A4 landscape, pinned creation date, running header + "Pagina N di M" footer on every page;
     Tabella 1 is rebuilt from the fragment positions (column = x, row = the "OP-nn" cell, continuation lines of a
     split row = the lines under the repeated header of the next page) and must equal make_plan.V_OBJ cell by
     cell; it spans >= 3 pages, its header row is repeated once on each of them, >= 2 rows are split across a page
     break, the title lines of the Obiettivo cell are Helvetica-Bold, >= 5 Responsabile cells name only a role;
     the group rows "Linea strategica N – …" are in order; the Gantt rows (Cod. | Fase | Periodo) are present;
     the org table has each Settore / Titolare drawn ONCE, level with the first of its service rows and nothing in
     those two columns on the following service rows (merged look); its Addetti add up to the stated total;
   * DOCX: Heading 3 "Area strategica N – …" in order; every objective is a List Paragraph "N.M Titolo" under its
     area; its sub-items are List Bullet 2 "Label: value" (label bold) or unlabelled indented Normal sentences,
     equal to make_plan; >= 15 distinct labels; >= 3 objectives without a Responsabile/Referente label; the
     org table is 2 columns (Ufficio | Responsabile), equal to make_plan, some person holds >= 2 offices and
     exactly one office is held "ad interim" by the Segretario comunale; no table before 3.1.
3. records (format of /work/shared/eval/README.md): keys in the order of dev_records.jsonl, ids unique, exactly one
   record per objective in document order; anchor 20-80 characters inside one PDF fragment / one DOCX paragraph
   and a substring of `titolo`; ente / titolo / obiettivo_strategico / area_strategica / periodo equal the
   document's data; every objective-specific value is verbatim (whitespace-collapsed, case-sensitive) inside that
   objective's OWN cell (PDF, cells rebuilt from the PDF itself; fasi from the Gantt rows) or own sub-items
   (DOCX); a person / office is never in two of responsabile, settore, stakeholder, dipendenti.
4. QA (format of /work/shared/eval/README.md): keys in order, ids f30-001.. unique and in order, types from the
   dev vocabulary and minimum counts per type (brief), doc / evidence_docs consistent, answers <= 800 characters;
   anchors 1-3 per answerable question, 20-80 characters, no newline / TAB, found in the normalised text of their
   document, inside one PDF fragment / one DOCX paragraph or table cell; must_contain strings occur in the text of
   the question's document(s) and the first string of each group in the golden answer; refusal markers only in
   non_presente answers; non_presente: empty must_contain, regex probes showing that the probed document(s) lack
   the information, no evidence when doc is null; every `responsabile` question needs a hop (the expected person
   is not written in the objective's own Responsabile field); a question naming neither comune carries a
   typo alias or a topic string found only in its document and in no sample file.
5. invented names: none occurs (as a word) in data/samples/; the comuni names occur in no other
   benchmarks/fresh*/docs file name (fresh30s, written concurrently, is not looked at).

Normalisation N(s) as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh30/fresh30_check.py [qa.jsonl] [records.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh30_qa.jsonl"
REC = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "fresh30_records.jsonl"
P, D = mp.PDF_NAME, mp.DOCX_NAME
SAMPLES = HERE.parent.parent / "data" / "samples"
BENCH = HERE.parent
DEV_QA = Path("/work/shared/eval/dev_qa.jsonl")
DEV_REC = Path("/work/shared/eval/dev_records.jsonl")
KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
REC_KEYS = ["id", "doc", "anchor", "ente", "periodo", "codice", "titolo", "obiettivo_strategico", "area_strategica",
            "responsabile", "settore", "stakeholder", "motivazione", "valore_atteso", "scadenza", "fasi",
            "indicatori", "dipendenti"]
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
MIN_TYPES = {"responsabile": 8, "confronto": 6, "multi_hop": 6, "elenco": 5, "tempistica": 5, "non_presente": 5,
             "indicatore": 3, "numerico": 2}
MIN_Q = 45
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Castelvarrone", "Poggiolmo", "Varrone", "Crestella", "Pian dei Gelsi", "Gavuglio", "Rabellino",
            "Trinchero", "Cavallero", "Molinengo", "Bergadano", "Scarzella", "Boglione", "Ressia", "Pianigiani",
            "Buonamici", "Nencioni", "Salvadori", "Bartalucci", "Ciampolini", "Fabbrucci", "Valcupa",
            "Ripalta d'Olmo", "Crete d'Olmo", "EcoVal", "Lenzi", "Pacini"]
COMUNI = ("castelvarrone", "poggiolmo")
# questions naming neither comune: a misspelt comune (alias -> doc) or a topic string found in its document only
ALIASES = {"castelvarone": P, "pogiolmo": D}
TOPICS = {"f30-002": "filanda", "f30-009": "valcupa", "f30-023": "pacini", "f30-026": "ripalta d'olmo",
          "f30-031": "nencioni", "f30-040": "piano operativo", "f30-043": "aree edificabili", "f30-045": "pian dei gelsi",
          "f30-050": "ripalta d'olmo", "f30-051": "rio varrone"}
COST = [r"€", r"\beur[oi]?\b", r"\bimport[oi]\b", r"quadro economico", r"\d{1,3}(?:\.\d{3})+,\d\d", r"\bmila\b",
        r"finanziament", r"stanziament", r"\bspesa\b", r"\bcosto\b", r"budget"]
PROBES = {   # id -> (documents probed, patterns that must NOT occur)
    "f30-051": ([P], COST + [r"cofinanz"]),
    "f30-052": ([P], [r"(?<!giugno )\b2024\b"]),
    "f30-053": ([D], [r"Comandante(?! del Servizio associato)", r"\b(?:comm|isp|magg|cap|ten|sig)\.\s?[A-Z]"]),
    "f30-054": ([D], COST + [r"\bcosti\b", r"risorse (?:finanziarie|economiche)"]),
    "f30-055": ([P, D], [r"\bpes[oi]\b", r"ponderazion", r"punteggi"]),
    "f30-056": ([P, D], [r"\bnid[oi]\b", r"prima infanzia", r"\b0-3\b"]),
}
TITLED = re.compile(r"^(?:dott\.ssa|dott\.|rag\.|ing\.|arch\.|geom\.|comm\.) ")
PT = 72 / 25.4


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def W(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------------------------------ build
def regenerate() -> tuple[list[str], dict[str, bytes], dict]:
    errors = []
    st: dict = {}
    b1, b2 = mp.build(st), mp.build()
    if b1 != b2:
        errors.append("two in-process builds differ: make_plan.py is not deterministic")
    with tempfile.TemporaryDirectory(prefix="fresh30_") as tmp:
        r = subprocess.run([sys.executable, str(HERE / "make_plan.py"), tmp], capture_output=True, text=True)
        if r.returncode:
            errors.append(f"make_plan.py failed: {r.stderr.strip()[-300:]}")
            return errors, b1, st
        for name, data in b1.items():
            sub = (Path(tmp) / name).read_bytes()
            if sub != data:
                errors.append(f"{name}: the subprocess build differs from the in-process build")
            cur = mp.DOCS / name
            if not cur.exists():
                errors.append(f"docs/{name} is missing (run make_plan.py)")
            elif cur.read_bytes() != sub:
                errors.append(f"docs/{name} differs from a fresh build (run make_plan.py)")
    return errors, b1, st


# ------------------------------------------------------------------------------------------ text
def pdf_fragments(rd: PdfReader) -> list[list[dict]]:
    out = []
    for pn, pg in enumerate(rd.pages, 1):
        fr: list[dict] = []

        def visit(t, cm, tm, fd, fs, fr=fr, pn=pn):
            if t.strip():
                font = (fd or {}).get("/BaseFont", "") if hasattr(fd, "get") else ""
                fr.append({"t": t.strip(), "font": font, "x": float(tm[4]), "y": float(tm[5]), "page": pn})
        pg.extract_text(visitor_text=visit)
        out.append(fr)
    return out


def docx_units(data: bytes) -> list[tuple[str, str, object]]:
    """(kind, text, obj) in body order: kind = paragraph style name, or 'CELL' for a table cell ('ROW' marks a
    table row start)."""
    d = docx.Document(io.BytesIO(data))
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(el, d)
            out.append((p.style.name if p.style is not None else "", p.text, p))
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append(("ROW", "", row))
                for c in row.cells:
                    out.append(("CELL", c.text, c))
    return out


# ------------------------------------------------------------------------------------------ PDF layout
def col_of(x: float, widths: list[float]) -> int | None:
    starts, acc = [], 12.0
    for w in widths:
        starts.append(acc * PT)
        acc += w
    for i, (s, w) in enumerate(zip(starts, widths)):
        if s - 1 <= x < s + w * PT - 1:
            return i
    return None


def rebuild_objective_table(frags: list[list[dict]]) -> tuple[list[str], dict, list[int], list[str], list[str]]:
    """-> errors, rows {code: {col: [lines], 'pages': set}}, table pages, split codes, group rows in order."""
    errors, rows, pages, groups = [], {}, [], []
    cur = None
    ended = False
    for fr in frags:
        if ended:
            break
        head = [f for f in fr if f["t"] in mp.V_HEAD]
        ys = Counter(round(f["y"], 1) for f in head)
        hy = [y for y, k in ys.items() if k == len(mp.V_HEAD)]
        if not hy:
            if pages:
                break
            continue
        if len(hy) != 1:
            errors.append(f"pdf: page {fr[0]['page']} has the table header {len(hy)} times")
        hy = hy[0]
        pages.append(fr[0]["page"])
        body = [f for f in fr if f["y"] < hy - 1 and not re.fullmatch(r"Pagina \d+ di \d+", f["t"])]
        first_body = True
        for f in body:
            c = col_of(f["x"], mp.V_WIDTHS)
            if c == 0 and f["t"].startswith("Linea strategica "):
                groups.append(f["t"])
                if f["font"] != "/Helvetica-BoldOblique":
                    errors.append(f"pdf: group row {f['t']!r} not bold-italic")
                cur = None
                first_body = False
                continue
            if c == 0 and re.fullmatch(r"OP-\d\d", f["t"]):
                cur = f["t"]
                rows[cur] = {i: [] for i in range(len(mp.V_WIDTHS))}
                rows[cur]["pages"] = {f["page"]}
                rows[cur]["fonts1"] = []
                rows[cur]["cont_after_header"] = False
                first_body = False
                continue
            if c is None or c == 0:
                ended = True          # prose after the table
                break
            if cur is None:
                errors.append(f"pdf: table fragment outside any row: {f['t']!r}")
                continue
            if f["page"] not in rows[cur]["pages"]:
                rows[cur]["pages"].add(f["page"])
                rows[cur]["cont_after_header"] = first_body
            first_body = False
            rows[cur][c].append(f["t"])
            if c == 1:
                rows[cur]["fonts1"].append((f["t"], f["font"]))
    split = [k for k, v in rows.items() if len(v["pages"]) > 1]
    for k in split:
        if not rows[k]["cont_after_header"]:
            errors.append(f"pdf: split row {k} does not continue right under the repeated header")
    return errors, rows, pages, split, groups


def layout_pdf(data: bytes, pages_text: list[str], frags) -> tuple[list[str], dict]:
    errors, st = [], {}
    rd = PdfReader(io.BytesIO(data))
    st["pages"] = n = len(rd.pages)
    if not 5 <= n <= 9:
        errors.append(f"pdf: {n} pages, expected 5-9")
    for i, pg in enumerate(rd.pages):
        w, h = float(pg.mediabox.width), float(pg.mediabox.height)
        if not (abs(w - 841.89) < 1 and abs(h - 595.28) < 1):
            errors.append(f"pdf: page {i + 1} is not A4 landscape")
        ls = pages_text[i].splitlines()
        if ls[0] != mp.V_RUNNING or ls[-1] != f"Pagina {i + 1} di {n}":
            errors.append(f"pdf: page {i + 1} lacks the running header / footer")
    if (rd.metadata or {}).get("/CreationDate") != "D:20260210091500Z":
        errors.append(f"pdf: creation date not pinned ({(rd.metadata or {}).get('/CreationDate')})")
    e, rows, tpages, split, groups = rebuild_objective_table(frags)
    errors += e
    st["table_pages"], st["split"], st["rows"] = tpages, split, rows
    if len(tpages) < 3 or tpages != list(range(tpages[0], tpages[0] + len(tpages))):
        errors.append(f"pdf: the objectives table spans pages {tpages}, expected >= 3 consecutive pages")
    if len(split) < 2:
        errors.append(f"pdf: only {len(split)} rows split across a page break (>= 2 required)")
    if groups != [h for _k, h in mp.V_LINES]:
        errors.append(f"pdf: group rows {groups}")
    if list(rows) != [o[0] for o in mp.V_OBJ]:
        errors.append(f"pdf: table rows {list(rows)}")
    for o in mp.V_OBJ:
        code, _line, title, motiv, risultato, settore, resp, inds, tgts, scad = o
        r = rows.get(code)
        if r is None:
            continue
        want = {1: " ".join([title, motiv, risultato]), 2: settore, 3: resp, 4: " ".join(inds),
                5: " ".join(tgts), 6: scad}
        for c, v in want.items():
            if W(" ".join(r[c])) != W(v):
                errors.append(f"pdf: {code} column {mp.V_HEAD[c]!r} rebuilt as {' '.join(r[c])!r}")
        bold = W(" ".join(t for t, f in r["fonts1"] if f.endswith("Helvetica-Bold")))
        if bold != W(title):
            errors.append(f"pdf: {code} bold title lines {bold!r}")
    roles = [o[0] for o in mp.V_OBJ if not TITLED.match(o[6])]
    st["role_only"] = roles
    if len(roles) < 5:
        errors.append(f"pdf: only {len(roles)} role-only Responsabile cells")
    allfr = [f for fr in frags for f in fr]
    org_page = [fr for fr in frags if {f["t"] for f in fr} >= set(mp.V_ORG_HEAD)]
    orgfr = org_page[0] if len(org_page) == 1 else []
    if len(org_page) != 1:
        errors.append("pdf: the org table header is not on exactly one page")
    # Gantt
    for code, fase, periodo, _a, _b in mp.V_GANTT:
        hit = [f for f in allfr if f["t"] == fase]
        if len(hit) != 1:
            errors.append(f"pdf: Gantt phase {fase!r} found {len(hit)} times")
            continue
        same = {f["t"] for f in allfr if f["page"] == hit[0]["page"] and abs(f["y"] - hit[0]["y"]) < 0.5}
        if not {code, periodo} <= same:
            errors.append(f"pdf: Gantt row of {fase!r} lacks its code / period on the same line")
    # org chart: merged Settore / Titolare cells
    total = 0
    for settore, titolare, servs in mp.V_ORG:
        s = [f for f in orgfr if f["t"] == settore]
        t = [f for f in orgfr if f["t"] == titolare]
        if len(s) != 1 or len(t) != 1 or not s[0]["font"].endswith("Helvetica-Bold"):
            errors.append(f"pdf: org chart {settore!r} / {titolare!r} not drawn exactly once (bold settore)")
            continue
        ys = []
        for serv, k in servs:
            sv = [f for f in orgfr if f["t"] == serv and col_of(f["x"], mp.V_ORG_WIDTHS) == 2]
            if len(sv) != 1:
                errors.append(f"pdf: org service {serv!r} found {len(sv)} times")
                continue
            ys.append(sv[0]["y"])
            same = [f for f in orgfr if abs(f["y"] - sv[0]["y"]) < 0.5]
            if str(k) not in [f["t"] for f in same if col_of(f["x"], mp.V_ORG_WIDTHS) == 3]:
                errors.append(f"pdf: org service {serv!r} lacks its Addetti {k}")
            total += k
            left = [f for f in same if col_of(f["x"], mp.V_ORG_WIDTHS) in (0, 1)]
            if serv == servs[0][0]:
                if {f["t"] for f in left} != {settore, titolare}:
                    errors.append(f"pdf: {settore!r} is not level with its first service row")
            elif left:
                errors.append(f"pdf: service row {serv!r} has text in the merged Settore/Titolare columns")
        if len(servs) < 2 and settore != mp.V_ORG[3][0]:
            errors.append(f"pdf: {settore!r} spans fewer than 2 service rows")
    if f"Totale addetti: {total}," not in "\n".join(pages_text):
        errors.append(f"pdf: staff total {total} not stated")
    if sum(len(s) >= 2 for _a, _b, s in mp.V_ORG) < 2:
        errors.append("pdf: fewer than two merged Settore cells")
    return errors, st


# ------------------------------------------------------------------------------------------ DOCX layout
LABEL_RE = re.compile(r"^([A-ZÀ-Ú][^:]{2,40}): (.+)$")
RESP_LABELS = {"Responsabile", "Referente", "Responsabile dell'obiettivo"}


def objective_sections_docx(units) -> tuple[dict[str, list[tuple[str, str, object]]], list[tuple[str, str]]]:
    """code -> [(style, text, paragraph)] of the sub-items; and [(objective line, area heading)]."""
    secs, heads, cur, area = {}, [], None, None
    for kind, text, obj in units:
        if kind == "Heading 3":
            area, cur = text, None
            continue
        if kind.startswith("Heading") or kind in ("ROW", "CELL"):
            cur = None
            continue
        m = re.fullmatch(r"(\d\.\d) (.+)", text)
        if kind == "List Paragraph" and m:
            cur = m.group(1)
            secs[cur] = []
            heads.append((text, area))
            continue
        if cur is not None:
            secs[cur].append((kind, text, obj))
    return secs, heads


def layout_docx(units) -> tuple[list[str], dict]:
    errors, st = [], {}
    areas = [t for k, t, _o in units if k == "Heading 3"]
    if areas != [h for _n, h in mp.G_AREAS]:
        errors.append(f"docx: Heading 3 areas {areas}")
    secs, heads = objective_sections_docx(units)
    if heads != [(mp.g_title_line(o[0]), mp.g_area_of(o[0])) for o in mp.G_OBJ]:
        errors.append("docx: objective lines / their Area headings differ from make_plan")
    labels, no_resp, inline = set(), [], 0
    for code, _title, items in mp.G_OBJ:
        got = secs.get(code, [])
        if [t for _k, t, _o in got] != [mp.g_item_text(lb, tx) for lb, tx in items]:
            errors.append(f"docx: sub-items of {code} differ from make_plan")
            continue
        for (kind, text, par), (lb, _tx) in zip(got, items):
            if lb:
                labels.add(lb)
                runs = par.runs
                if kind != "List Bullet 2" or not runs or runs[0].text != f"{lb}:" or not runs[0].bold:
                    errors.append(f"docx: {code} item {text[:30]!r} is not a bold-labelled List Bullet 2")
            else:
                inline += 1
                if kind != "Normal" or par.paragraph_format.left_indent is None:
                    errors.append(f"docx: {code} inline sentence is not an indented Normal paragraph")
        if not RESP_LABELS & {lb for lb, _t in items}:
            no_resp.append(code)
    st["labels"], st["no_resp"], st["inline"], st["objectives"] = sorted(labels), no_resp, inline, len(secs)
    if len(labels) < 15:
        errors.append(f"docx: only {len(labels)} distinct labels")
    if len(no_resp) < 3:
        errors.append(f"docx: only {len(no_resp)} objectives without a Responsabile/Referente label")
    if inline < 2:
        errors.append("docx: fewer than 2 unlabelled inline sentences")
    rows, row = [], None
    for kind, text, _o in units:
        if kind == "ROW":
            row = []
            rows.append(row)
        elif kind == "CELL":
            row.append(text)
    if rows != [mp.G_ORG_HEAD] + [list(r) for r in mp.G_ORG]:
        errors.append("docx: org table differs from make_plan data")
    people = Counter(r[1] for r in mp.G_ORG)
    if max(people.values()) < 2:
        errors.append("docx: no person holds two offices")
    interim = [r for r in mp.G_ORG if "ad interim" in r[1]]
    if len(interim) != 1 or "Segretario comunale" not in interim[0][1]:
        errors.append("docx: exactly one office must be held ad interim by the Segretario comunale")
    first_31 = next(i for i, u in enumerate(units) if u[1].startswith("3.1 "))
    if any(k in ("ROW", "CELL") for k, _t, _o in units[:first_31]):
        errors.append("docx: a table occurs before 3.1")
    return errors, st


# ------------------------------------------------------------------------------------------ records
def record_checks(recs, texts, units_p, units_d, units_d_full, pdf_rows, gantt) -> list[str]:
    errors = []
    keys = REC_KEYS
    if DEV_REC.exists():
        dev = json.loads(DEV_REC.read_text(encoding="utf-8").splitlines()[0])
        if list(dev) != REC_KEYS:
            errors.append(f"dev record keys changed: {list(dev)}")
        keys = list(dev)
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("records: ids are not unique")
    want = {P: [o[0] for o in mp.V_OBJ], D: [o[0] for o in mp.G_OBJ]}
    for d in want:
        got = [r.get("codice") for r in recs if r.get("doc") == d]
        if got != want[d]:
            errors.append(f"records: {d} has records {got}, expected one per objective {want[d]}")
    secs_d, _ = objective_sections_docx(units_d_full)
    for r in recs:
        rid = r.get("id")
        if list(r) != keys:
            errors.append(f"{rid}: keys {list(r)}")
            continue
        d, code, a = r["doc"], r["codice"], r["anchor"]
        if d not in texts:
            errors.append(f"{rid}: unknown doc {d}")
            continue
        if not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
            errors.append(f"{rid}: anchor length/format {a!r}")
        if not any(W(a) in W(u) for u in (units_p if d == P else units_d)):
            errors.append(f"{rid}: anchor not inside one fragment / paragraph of {d}")
        if W(a) not in W(r["titolo"]):
            errors.append(f"{rid}: anchor is not a substring of titolo")
        if d == P:
            o = mp.v_obj(code)
            exp = ("Comune di Castelvarrone", o[2], mp.v_line_of(code), None)
            row = pdf_rows.get(code, {})
            own = {"responsabile": W(" ".join(row.get(3, []))), "settore": W(" ".join(row.get(2, []))),
                   "motivazione": W(" ".join(row.get(1, []))), "valore_atteso": W(" ".join(row.get(1, []))),
                   "scadenza": W(" ".join(row.get(6, []))), "ind_nome": W(" ".join(row.get(4, []))),
                   "ind_target": W(" ".join(row.get(5, []))), "fasi": W(" ".join(gantt.get(code, []))),
                   "stakeholder": "", "dipendenti": ""}
        else:
            o = mp.g_obj(code)
            exp = ("Comune di Poggiolmo", o[1], None, mp.g_area_of(code))
            prose = W("\n".join([mp.g_title_line(code)] + [t for _k, t, _o in secs_d.get(code, [])]))
            own = defaultdict(lambda: prose)
        if (r["ente"], r["titolo"], r["obiettivo_strategico"], r["area_strategica"]) != exp \
                or r["periodo"] != "2026-2028":
            errors.append(f"{rid}: ente / titolo / obiettivo_strategico / area_strategica / periodo differ")
        vals: list[tuple[str, str]] = []
        for k in ("responsabile", "settore", "motivazione", "valore_atteso", "scadenza"):
            if r[k] is not None:
                vals.append((k, r[k]))
        for k in ("stakeholder", "dipendenti"):
            if not isinstance(r[k], list):
                errors.append(f"{rid}: {k} is not a list")
                continue
            vals += [(k, v) for v in r[k]]
        for f in r["fasi"]:
            if list(f) != ["descrizione", "tempistica"]:
                errors.append(f"{rid}: fasi item keys {list(f)}")
                continue
            vals += [("fasi", f["descrizione"]), ("fasi", f["tempistica"])]
        for i in r["indicatori"]:
            if list(i) != ["nome", "target"]:
                errors.append(f"{rid}: indicatori item keys {list(i)}")
                continue
            vals += [("ind_nome", i["nome"]), ("ind_target", i["target"])]
        for k, v in vals:
            if not isinstance(v, str) or not v.strip() or v != v.strip():
                errors.append(f"{rid}: {k} value not a trimmed string: {v!r}")
                continue
            if W(v) not in own[k]:
                errors.append(f"{rid}: {k} value not verbatim in the objective's own text: {v!r}")
        seen: dict[str, str] = {}
        for k in ("responsabile", "settore", "stakeholder", "dipendenti"):
            items = r[k] if isinstance(r[k], list) else ([r[k]] if r[k] else [])
            for v in items:
                if v in seen and seen[v] != k:
                    errors.append(f"{rid}: {v!r} is both {seen[v]} and {k}")
                seen[v] = k
    return errors


# ------------------------------------------------------------------------------------------ QA
def qa_checks(rows, texts, units, recs) -> tuple[list[str], list[str]]:
    errors, notes = [], []
    norm = {d: N(t) for d, t in texts.items()}
    nunits = {d: [N(u) for u in us] for d, us in units.items()}
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("QA ids are not unique")
    if ids != [f"f30-{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("QA ids are not f30-001.. in order")
    if len(rows) < MIN_Q:
        errors.append(f"only {len(rows)} questions (>= {MIN_Q} required)")
    types = set(TYPES)
    if DEV_QA.exists():
        dev = {json.loads(ln)["type"] for ln in DEV_QA.read_text(encoding="utf-8").splitlines() if ln.strip()}
        if dev != TYPES:
            errors.append(f"dev vocabulary changed: {sorted(dev ^ TYPES)}")
        types = dev
    cnt = Counter(r.get("type") for r in rows)
    for t, k in MIN_TYPES.items():
        if cnt[t] < k:
            errors.append(f"only {cnt[t]} {t} questions (>= {k} required)")
    blobs = [p.read_bytes().lower() for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
    for r in rows:
        rid = r.get("id")
        if list(r) != KEYS:
            errors.append(f"{rid}: keys {list(r)}")
            continue
        if r["type"] not in types:
            errors.append(f"{rid}: type {r['type']!r}")
        if not r["question"].strip() or not r["answer"].strip() or len(r["answer"]) > 800:
            errors.append(f"{rid}: empty question/answer or answer > 800 characters")
        ans = N(r["answer"])
        refusal = any(m in ans for m in REFUSALS)
        ev, evd, doc = r["evidence"], r["evidence_docs"], r["doc"]
        if not isinstance(ev, list) or not isinstance(evd, list) or len(ev) != len(evd):
            errors.append(f"{rid}: evidence / evidence_docs malformed")
            continue
        if any(d not in texts for d in evd):
            errors.append(f"{rid}: unknown evidence doc")
            continue
        udocs = list(dict.fromkeys(evd))
        want = None if not udocs else (udocs[0] if len(udocs) == 1 else udocs)
        if doc != want:
            errors.append(f"{rid}: doc {doc!r} inconsistent with evidence_docs {evd}")
        if r["type"] == "confronto" and (not isinstance(doc, list) or set(doc) != {P, D}):
            errors.append(f"{rid}: a confronto question must cite both documents")
        if not (doc is None and r["type"] == "non_presente") and not 1 <= len(ev) <= 3:
            errors.append(f"{rid}: {len(ev)} anchors")
        for a, d in zip(ev, evd):
            if not isinstance(a, str) or not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
                errors.append(f"{rid}: anchor length/format ({len(a)}) {a!r}")
                continue
            k = norm[d].count(N(a))
            if k == 0:
                errors.append(f"{rid}: anchor not in {d}: {a!r}")
            elif k > 1:
                notes.append(f"{rid}: anchor occurs {k} times in {d}: {a!r}")
            if not any(N(a) in u for u in nunits[d]):
                errors.append(f"{rid}: anchor not inside one fragment / paragraph / cell of {d}: {a!r}")
        q = N(r["question"])
        if not any(c in q for c in COMUNI):
            alias = [d for al, d in ALIASES.items() if al in q]
            topic = TOPICS.get(rid)
            if alias:
                if alias != [doc] and not (isinstance(doc, list) and set(alias) <= set(doc)):
                    errors.append(f"{rid}: alias points to {alias}, doc is {doc}")
                if any(al.encode() in b for al in ALIASES for b in blobs) or \
                        any(al in norm[d] for al in ALIASES for d in texts):
                    errors.append(f"{rid}: a typo alias occurs in a document / sample")
            elif topic is None or N(topic) not in q or not isinstance(doc, str):
                errors.append(f"{rid}: names no comune and has no alias / topic string")
            else:
                where = [d for d in texts if N(topic) in norm[d]]
                if where != [doc] or any(topic.encode() in b for b in blobs):
                    errors.append(f"{rid}: topic {topic!r} is not specific to {doc} (in {where} / samples)")
        elif rid in TOPICS:
            errors.append(f"{rid}: names a comune but also has a topic entry")
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not refusal:
                errors.append(f"{rid}: non_presente answer without a refusal marker")
            if doc is None and ev:
                errors.append(f"{rid}: doc null with evidence")
            pr = PROBES.get(rid)
            if pr is None:
                errors.append(f"{rid}: no probe")
            else:
                pdocs, pats = pr
                if doc is not None and doc not in pdocs:
                    errors.append(f"{rid}: its document is not probed")
                if doc is None and set(pdocs) != set(texts):
                    errors.append(f"{rid}: a doc-null question must probe every document")
                for d in pdocs:
                    for w in pats:
                        if re.search(w, texts[d], flags=re.I if w != r"Comandante(?! del Servizio associato)"
                                     else 0):
                            errors.append(f"{rid}: {d} may answer it ({w!r} occurs)")
            continue
        if refusal:
            errors.append(f"{rid}: answerable answer contains a refusal marker")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        docs_n = " ".join(norm[d] for d in udocs)
        for g in groups:
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            for s in g:
                if N(s) not in docs_n:
                    errors.append(f"{rid}: must_contain {s!r} not in the text of {udocs}")
        if r["type"] == "responsabile":
            # the person must NOT be written in the objective's own Responsabile field: a hop is needed
            first = N(ev[0])
            rec = next((x for x in recs if x["doc"] == evd[0] and
                        (N(x["anchor"]) in first or first in N(x["titolo"]) or first in N(
                            (x["codice"] + " " + x["titolo"])))), None)
            if rec is None:
                errors.append(f"{rid}: first anchor does not identify an objective")
            elif N(groups[0][0]) in N(rec["responsabile"] or ""):
                errors.append(f"{rid}: the person is written in the objective itself (no hop)")
    return errors, notes


def names_check() -> tuple[list[str], int]:
    errors, hits = [], 0
    blobs = [p.read_text(encoding="utf-8", errors="replace").lower() for p in sorted(SAMPLES.rglob("*"))
             if p.is_file()]
    for w in INVENTED:
        k = sum(bool(re.search(rf"\b{re.escape(w.lower())}\b", b)) for b in blobs)
        hits += k
        if k:
            errors.append(f"names: {w!r} occurs in {k} file(s) of data/samples")
    for sub in sorted(BENCH.glob("fresh*")):
        if sub == HERE or sub.name == "fresh30s" or not (sub / "docs").is_dir():
            continue
        for p in (sub / "docs").iterdir():
            if any(c in p.name.lower() for c in COMUNI):
                errors.append(f"names: {p} already uses the comune name")
    return errors, hits


def load_jsonl(path: Path, errors: list[str]) -> list[dict]:
    rows = []
    if not path.exists():
        errors.append(f"{path.name} missing")
        return rows
    for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip():
            try:
                rows.append(json.loads(ln))
            except json.JSONDecodeError as e:
                errors.append(f"{path.name} line {i}: JSON does not parse: {e}")
    return rows


def main() -> int:
    errors, built, _st = regenerate()
    pdf_data = (mp.DOCS / P).read_bytes() if (mp.DOCS / P).exists() else built[P]
    docx_data = (mp.DOCS / D).read_bytes() if (mp.DOCS / D).exists() else built[D]
    rd = PdfReader(io.BytesIO(pdf_data))
    pages = [pg.extract_text() for pg in rd.pages]
    frags = pdf_fragments(rd)
    units_d_full = docx_units(docx_data)
    texts = {P: "\n".join(pages), D: "\n".join(t for k, t, _o in units_d_full if k != "ROW")}
    units = {P: [f["t"] for fr in frags for f in fr], D: [t for k, t, _o in units_d_full if k != "ROW"]}
    e1, st1 = layout_pdf(pdf_data, pages, frags)
    e2, st2 = layout_docx(units_d_full)
    errors += e1 + e2
    gantt: dict[str, list[str]] = defaultdict(list)
    for code, fase, periodo, _a, _b in mp.V_GANTT:     # rebuilt from the PDF: only rows found on one line count
        allfr = [f for fr in frags for f in fr]
        hit = [f for f in allfr if f["t"] == fase]
        if hit and any(f["t"] == periodo and abs(f["y"] - hit[0]["y"]) < 0.5 and f["page"] == hit[0]["page"]
                       for f in allfr):
            gantt[code] += [fase, periodo]
    recs = load_jsonl(REC, errors)
    errors += record_checks(recs, texts, units[P], units[D], units_d_full, st1.get("rows", {}), gantt)
    rows = load_jsonl(QA, errors)
    e3, notes = qa_checks(rows, texts, units, recs)
    errors += e3
    nerr, hits = names_check()
    errors += nerr
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    print(f"{P}: {len(pdf_data)} bytes, {st1['pages']} A4 landscape pages, {len(texts[P])} characters of pypdf "
          f"text; objectives table on pages {st1['table_pages']} with {len(st1['rows'])} rows, split rows "
          f"{st1['split']}, role-only Responsabile cells {len(st1['role_only'])}")
    print(f"{D}: {len(docx_data)} bytes, {len(units[D])} paragraphs + cells, {len(texts[D])} characters of "
          f"python-docx text; {st2['objectives']} outline objectives, {len(st2['labels'])} distinct labels, "
          f"{len(st2['no_resp'])} without a Responsabile/Referente label {st2['no_resp']}, "
          f"{st2['inline']} inline sentences")
    print("regeneration: subprocess build == in-process builds == docs/ files" if not any(
        "build" in e or "docs/" in e for e in errors) else "regeneration: FAILED")
    nf = Counter()
    for r in recs:
        for k in ("responsabile", "settore", "motivazione", "valore_atteso", "scadenza"):
            nf[k] += r.get(k) is not None
        for k in ("stakeholder", "dipendenti", "fasi", "indicatori"):
            nf[k] += len(r.get(k) or [])
    print(f"{len(recs)} records ({sum(r.get('doc') == P for r in recs)} pdf, {sum(r.get('doc') == D for r in recs)} "
          f"docx); non-null / items: {dict(nf)}")
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"cross-document questions: {sum(isinstance(r.get('doc'), list) for r in rows)}; "
          f"doc-null questions: {sum(r.get('doc') is None for r in rows)}")
    print(f"invented names found in data/samples: {hits} hits over {len(INVENTED)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
