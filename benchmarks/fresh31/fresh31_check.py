"""Validate benchmarks/fresh31: the two generated documents, fresh31_records.jsonl and fresh31_qa.jsonl.

Reads nothing of the assistant. Standard library + pypdf + python-docx (+ fpdf2 through make_plan), all in
/work/main/.venv.

0. regeneration: make_plan.py is run in a SEPARATE process into a temporary directory and make_plan.build() is
   called twice in this process; all builds must be byte-identical to each other and to docs/ (a stale or missing
   docs/ file is an ERROR; the checker never writes docs/).
1. document text, as a loader would see it:
   * PDF (sorvenago): "raw" = pypdf extract_text() of every page joined with "\n" (header, footer, footnotes,
     hyphens and all); "fragments" = the single text-showing operations with font, size and position (pypdf
     visitor_text); "clean lines" = body fragments only (size >= 8 pt: no running header / footer, no footnotes,
     no footnote markers) grouped into lines; "clean" = the clean lines joined with the soft hyphens at line ends
     undone (make_plan.soft_join);
   * DOCX (bregnasco): python-docx, walking the body XML RECURSIVELY: every paragraph of the body, of every table
     cell and of every table nested inside a cell, in document order (a merged cell is read once).
2. layout, read back from the files and compared with make_plan's data:
   * PDF: A4 portrait; pinned creation date; every page starts with the running header and ends with
     "Pag. X di Y"; page 2 is the INDICE whose page numbers are those where the headings really are; >= 10 line
     ends hyphenated inside words ("…-" + lower-case continuation), no page ends on a hyphenated line, justified
     lines drawn with word spacing (Tw); every footnote has its small marker and its note at the bottom of the
     same page; >= 14 schede whose title line "OB.2026/nn – …" is bold and whose fields are bold UPPERCASE labels
     standing alone on their line, rebuilt from the PDF and equal to make_plan (FINALITÀ / RISULTATO ATTESO after
     undoing the hyphenation, also across page breaks); >= 5 RESPONSABILE fields give only the EQ role; the org
     chart Area | Servizi | Incaricato EQ | n. dipendenti is a ruled table whose cells are where the header says
     and whose numbers add up to the total;
   * DOCX: each Area of 2.2 is an outer table (2 columns for SG and SP, 1 for ST) with a merged header row; every
     "inner" objective is a table NESTED in an outer cell (merged title row + label | value rows equal to
     make_plan); ST.04 is written as paragraphs with bold run-in labels inside an outer cell; TR.01 and PL.01 are
     body paragraphs with bold run-in labels; the note cell exists; the org chart is Heading 3 (Area) → Heading 4
     (Servizio) → Heading 5 (Ufficio) with bold "Dirigente:", "Incaricato EQ:", "Referente:" lines.
3. records: keys in the order of dev_records.jsonl; ids unique; one record per objective in document order; anchor
   20-80 characters inside one PDF fragment / one DOCX paragraph and equal to the titolo; every value verbatim in
   the objective's OWN field as rebuilt from the file (PDF fields after undoing the hyphenation); `dipendenti`
   items are "COGNOME Nome" (PDF) / "Cognome Nome" (DOCX) of the personnel field; no person / office in two of
   responsabile, settore, stakeholder, dipendenti.
4. QA: keys in order; ids f31-001.. in order; types from the dev vocabulary; >= 55 questions, >= 7 non_presente and
   the minimum per type below; doc / evidence_docs consistent; confronto rows cite both documents; answers <= 800
   characters; anchors 1-3 (none for doc-null rows), 20-80 characters, no newline / TAB, found in the normalised
   raw text of their document AND (PDF) in the de-hyphenated clean text, inside one PDF fragment / one DOCX
   paragraph; the first alternative of every must_contain group occurs in the golden answer and in the
   (de-hyphenated) text of the question's document(s); refusal markers only in non_presente answers;
   non_presente rows: empty must_contain and a probe showing that the document / objective lacks the
   information; a question naming neither comune carries a typo alias or a topic string found only in its
   document and in no sample file.
5. names: no invented name occurs (as a word) in data/samples/; neither comune name is used by another
   benchmarks/fresh*/docs file name.

Normalisation N(s) as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh31/fresh31_check.py [qa.jsonl] [records.jsonl]
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
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh31_qa.jsonl"
REC = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "fresh31_records.jsonl"
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
MIN_TYPES = {"responsabile": 6, "tempistica": 5, "indicatore": 4, "numerico": 4, "obiettivo": 3, "elenco": 4,
             "confronto": 5, "multi_hop": 5, "non_presente": 7}
MIN_Q = 55
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = [
    # places, bodies, companies
    "Sorvenago", "Bregnasco", "Bersiana", "Vallurasca", "Ronchetta", "Sorvena", "Molgorana", "Val Sorvena Ambiente",
    "Lario Riscossioni", "Brianza Verde", "Arcobaleno Brianza", "Praxis Consulenza", "La Ginestra", "Il Quadrifoglio",
    "Fondazione Ronchetta-Bregnasco",
    # people
    "Ubiali", "Finazzi", "Bonzanni", "Pedrinelli", "Ravasio", "Cortinovis", "Sonzogni", "Rottoli", "Pievani",
    "Arnoldi", "Moioli", "Capelletti", "Ghisalberti", "Tiraboschi", "Lochis", "Vavassori", "Magoni", "Previtali",
    "Brembati", "Rota", "Scotti", "Cattaneo", "Bonetti", "Sandrini", "Facchinetti", "Tagliabue", "Airoldi",
    "Ronzoni", "Sironi", "Galbiati", "Cazzaniga", "Redaelli", "Colzani", "Perego", "Brivio", "Nava", "Bestetti",
    "Longoni", "Cereda", "Ratti", "Ghezzi", "Sormani", "Caglio", "Lissoni", "Spreafico", "Valtorta", "Tentori",
    "Ornaghi", "Terraneo", "Brambati", "Rovelli", "Sangiorgio", "Pirovano", "Mauriello", "Pirola", "Lozza",
    "Bonfanti", "Riva", "Brenna", "Ballabio", "Frigerio", "Crippa", "Sangalli", "Confalonieri", "Bonacina",
    "Rigamonti", "Viganò", "Mapelli", "Anzani",
]
COMUNI = ("sorvenago", "bregnasco")
ALIASES = {"bregnaso": D, "sorvenaco": P}           # misspelt comune -> document
TOPICS = {                                           # question id -> topic string found only in its document
    "f31-003": "ex cartiera", "f31-005": "utenze non domestiche", "f31-010": "molgorana",
    "f31-014": "via dei tigli", "f31-025": "montegrappa", "f31-034": "ex cartiera", "f31-040": "utenze non domestiche",
    "f31-045": "sportello polifunzionale", "f31-064": "ex cartiera", "f31-029": "via dei tigli",
    "f31-030": "montegrappa", "f31-050": "bersiana",
}
MONEY = r"€|\beur[oi]?\b|\bcost[oi]\b|\bimport[oi]\b|\bspesa\b|stanziament|quadro economico|budget|finanziat"
# id -> (scope, patterns that must NOT occur); scope = document name, or (document, objective code) for the
# objective's own text
PROBES = {
    "f31-063": ((P, "OB.2026/08"), [MONEY]),
    "f31-064": ((P, "OB.2026/10"), [r"PERSONALE COINVOLTO", r"\b[A-Z]{3,} [A-Z][a-z]+ – "]),
    "f31-065": ((D, "ST.02"), [r"Personale", r"\b[A-Z][a-z]+ [A-Z][a-z]+, [A-Z][a-z]+ [A-Z][a-z]+$"]),
    "f31-066": (P, [r"(?<!giugno )\b2024\b"]),
    "f31-067": ((P, "OB.2026/13"), [MONEY]),
    "f31-068": (D, [r"differenziata[\s\S]*differenziata", r"target[^\n]*differenziata", r"differenziata[^\n]*2026"]),
    "f31-069": ("both", [r"\bpes[oi]\b", r"ponderazion", r"punteggi"]),
    "f31-070": ("both", [r"\bnid[oi]\b", r"prima infanzia"]),
    "f31-071": ("both", [r"\blecco\b"]),
}
TITLED = re.compile(r"^(?:dott\.ssa|dott\.|rag\.|ing\.|arch\.|geom\.|comm\.) ")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PT = 72 / 25.4


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def W(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def dehyphen(raw: str) -> str:
    return re.sub(r"(?<=[a-zà-ù])-\n(?=[a-zà-ù])", "", raw)


# ------------------------------------------------------------------------------------------ build
def regenerate() -> tuple[list[str], dict[str, bytes], dict]:
    errors = []
    st: dict = {}
    b1, b2 = mp.build(st), mp.build()
    if b1 != b2:
        errors.append("two in-process builds differ: make_plan.py is not deterministic")
    with tempfile.TemporaryDirectory(prefix="fresh31_") as tmp:
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


# ------------------------------------------------------------------------------------------ PDF text
def pdf_fragments(rd: PdfReader) -> list[list[dict]]:
    out = []
    for pn, pg in enumerate(rd.pages, 1):
        fr: list[dict] = []

        def visit(t, cm, tm, fd, fs, fr=fr, pn=pn):
            if t.strip():
                font = (fd or {}).get("/BaseFont", "") if hasattr(fd, "get") else ""
                fr.append({"t": t.strip(), "font": str(font), "size": float(fs), "x": float(tm[4]),
                           "y": float(tm[5]), "page": pn})
        pg.extract_text(visitor_text=visit)
        out.append(fr)
    return out


def body_lines(frags: list[list[dict]]) -> list[dict]:
    """clean body lines: fragments >= 8 pt grouped by page and baseline (top to bottom, left to right)."""
    lines = []
    for fr in frags:
        body = sorted((f for f in fr if f["size"] >= 8), key=lambda f: (-round(f["y"], 0), f["x"]))
        cur: list[dict] = []
        for f in body:
            if cur and abs(cur[0]["y"] - f["y"]) > 1.0:
                lines.append(cur)
                cur = []
            cur.append(f)
        if cur:
            lines.append(cur)
    return [{"t": " ".join(f["t"] for f in ln), "frags": ln, "page": ln[0]["page"], "y": ln[0]["y"]} for ln in lines]


def pdf_blocks(lines: list[dict]) -> tuple[dict[str, dict], dict[str, str], list[str]]:
    """code -> {label: [lines]} + {'__title__': title line}; code -> Ambito heading above it; errors."""
    errors, blocks, ambito_of = [], {}, {}
    ambito, cur = None, None
    stop = {x[1] for x in mp.S_FLOW if x[0] in ("h1", "h2")}
    label = None
    for ln in lines:
        t = ln["t"]
        if ln["page"] <= 2:
            continue
        m = re.match(r"^(OB\.2026/\d\d) – (.+)$", t)
        if m:
            cur = m.group(1)
            blocks[cur] = {"__title__": m.group(2), "__frags__": ln["frags"], "__order__": []}
            ambito_of[cur] = ambito
            label = None
            continue
        if t.startswith("Ambito strategico "):
            ambito = t
            cur = None
            continue
        if t in stop:
            cur = None
            continue
        if cur is None:
            continue
        if t in mp.S_LABELS:
            if len(ln["frags"]) != 1 or not ln["frags"][0]["font"].endswith("Helvetica-Bold"):
                errors.append(f"pdf: {cur} label {t!r} is not a bold fragment alone on its line")
            label = t
            blocks[cur][label] = []
            blocks[cur]["__order__"].append(label)
            continue
        if label is None:
            errors.append(f"pdf: {cur}: text before the first label: {t!r}")
            continue
        blocks[cur][label].append(t)
    return blocks, ambito_of, errors


def field_text(block: dict, label: str) -> str:
    lines = block.get(label, [])
    if label in ("FINALITÀ", "RISULTATO ATTESO"):
        return W(mp.soft_join(lines))
    return W(" ".join(lines))


def expected_fields(o: dict) -> dict[str, str]:
    exp = {"OBIETTIVO STRATEGICO": o["os"], "STRUTTURA RESPONSABILE": o["struttura"], "RESPONSABILE": o["resp"],
           "FINALITÀ": o["finalita"], "RISULTATO ATTESO": o["risultato"],
           "CRONOPROGRAMMA": " ".join(mp.s_fase_line(i, f) for i, f in enumerate(o["fasi"], 1)),
           "INDICATORE DI RISULTATO": " ".join(mp.s_ind_line(i) for i in o["ind"])}
    if o["portatori"]:
        exp["PORTATORI DI INTERESSE"] = ", ".join(o["portatori"])
    if o["personale"]:
        exp["PERSONALE COINVOLTO"] = " ".join(mp.s_pers_line(p) for p in o["personale"])
    exp["SCADENZA"] = o["scadenza"]
    return {k: W(v) for k, v in exp.items()}


def layout_pdf(data: bytes, pages: list[str], frags, lines) -> tuple[list[str], dict]:
    errors, st = [], {}
    rd = PdfReader(io.BytesIO(data))
    st["pages"] = n = len(rd.pages)
    for i, pg in enumerate(rd.pages):
        w, h = float(pg.mediabox.width), float(pg.mediabox.height)
        if not (abs(w - 595.28) < 1 and abs(h - 841.89) < 1):
            errors.append(f"pdf: page {i + 1} is not A4 portrait")
        ls = pages[i].splitlines()
        if not ls or ls[0] != mp.S_RUNNING or ls[-1] != f"Pag. {i + 1} di {n}":
            errors.append(f"pdf: page {i + 1} lacks the running header / footer 'Pag. X di Y'")
    if (rd.metadata or {}).get("/CreationDate") != "D:20260206103000Z":
        errors.append(f"pdf: creation date not pinned ({(rd.metadata or {}).get('/CreationDate')})")
    # index
    if "INDICE" not in pages[1].splitlines()[1:3]:
        errors.append("pdf: page 2 is not the INDICE")
    toc_entries = 0
    for ln in pages[1].splitlines():
        m = re.match(r"^(.+?) \.{3,} (\d+)$", ln)
        if not m:
            continue
        toc_entries += 1
        head, pno = m.group(1), int(m.group(2))
        where = [x["page"] for x in lines if x["page"] > 2 and x["t"] == head]
        if not where or where[0] != pno:
            errors.append(f"pdf: index entry {head!r} says page {pno}, heading found on {where[:1]}")
    st["toc_entries"] = toc_entries
    if toc_entries < 12:
        errors.append(f"pdf: index has only {toc_entries} entries")
    # hyphenation and justification
    hy = []
    for a, b in zip(lines, lines[1:]):
        if re.search(r"[a-zà-ù]-$", a["t"]):
            if a["page"] != b["page"]:
                errors.append(f"pdf: page {a['page']} ends on a hyphenated line {a['t'][-30:]!r}")
            elif not b["t"][:1].islower():
                errors.append(f"pdf: hyphenated line not continued in lower case: {a['t'][-30:]!r} / {b['t'][:20]!r}")
            hy.append((a["t"].split(" ")[-1], b["t"].split(" ")[0]))
    st["hyphenated"] = hy
    if len(hy) < 10:
        errors.append(f"pdf: only {len(hy)} words hyphenated across line ends (>= 10 required)")
    tw = sum(len(re.findall(rb"[\d.]+ Tw", pg.get_contents().get_data())) for pg in rd.pages)
    st["tw"] = tw
    if tw < 60:
        errors.append(f"pdf: only {tw} justified (word-spaced) lines")
    # footnotes
    fn_texts = []                                    # footnotes in order of appearance
    for x in mp.S_FLOW:
        if x[0] == "p" and x[2]:
            fn_texts.append(x[2])
        elif x[0] == "schede":
            fn_texts += [o["fn"] for o in mp.S_OBJ if o["ambito"] == x[1] and o["fn"]]
    st["footnotes"] = len(fn_texts)
    for no, text in enumerate(fn_texts, 1):
        small = [(f, fr) for fr in frags for f in fr if 7 <= f["size"] < 8 and f["t"] and
                 text.startswith(f["t"])]
        if len(small) != 1:
            errors.append(f"pdf: footnote {no} text not found once at 7.5 pt")
            continue
        f0, fr = small[0]
        body = [f for f in fr if f["size"] >= 8]
        markers = [f for f in fr if f["size"] < 7 and f["t"] == str(no)]
        if len(markers) != 2:
            errors.append(f"pdf: footnote {no}: {len(markers)} markers on page {f0['page']} (2 expected: text + note)")
        if body and f0["y"] > min(f["y"] for f in body):
            errors.append(f"pdf: footnote {no} is not below the body text of page {f0['page']}")
    if len(fn_texts) < 4:
        errors.append("pdf: fewer than 4 footnotes")
    # schede
    blocks, ambito_of, e = pdf_blocks(lines)
    errors += e
    st["blocks"], st["ambito_of"] = blocks, ambito_of
    if list(blocks) != [o["code"] for o in mp.S_OBJ] or len(blocks) < 14:
        errors.append(f"pdf: schede found {list(blocks)}")
    for o in mp.S_OBJ:
        b = blocks.get(o["code"])
        if b is None:
            continue
        tf = b["__frags__"]
        if len(tf) != 1 or not tf[0]["font"].endswith("Helvetica-Bold") or b["__title__"] != o["title"]:
            errors.append(f"pdf: {o['code']} title line is not one bold fragment equal to the data")
        if ambito_of[o["code"]] != mp.s_ambito_of(o["code"]):
            errors.append(f"pdf: {o['code']} is under {ambito_of[o['code']]!r}")
        exp = expected_fields(o)
        if b["__order__"] != list(exp):
            errors.append(f"pdf: {o['code']} labels {b['__order__']} != {list(exp)}")
        for k, v in exp.items():
            if field_text(b, k) != v:
                errors.append(f"pdf: {o['code']} field {k} rebuilt as {field_text(b, k)[:80]!r}")
        if "PERSONALE COINVOLTO" in b and not all(re.match(r"^[A-ZÀ-Ù']{2,}(?: [A-ZÀ-Ù']{2,})* [A-Z][a-zà-ù]+ – ", x)
                                                  for x in b["PERSONALE COINVOLTO"]):
            errors.append(f"pdf: {o['code']} personnel lines are not 'COGNOME Nome – profilo'")
    roles = [o["code"] for o in mp.S_OBJ if not TITLED.match(o["resp"])]
    named_eq = [o["code"] for o in mp.S_OBJ if "Elevata Qualificazione (EQ)" in o["resp"]]
    st["role_only"], st["named_eq"] = roles, named_eq
    if len(roles) < 5 or len(named_eq) < 4:
        errors.append(f"pdf: role-only RESPONSABILE {len(roles)} (>= 5), named EQ {len(named_eq)} (>= 4)")
    if not all(re.fullmatch(r"OB\.2026/\d\d", o["code"]) for o in mp.S_OBJ):
        errors.append("pdf: codes not in the OB.2026/nn style")
    # org chart: ruled table
    orgp = [fr for fr in frags if {f["t"] for f in fr} >= set(mp.S_ORG_HEAD)]
    if len(orgp) != 1:
        errors.append("pdf: the org table header is not on exactly one page")
        return errors, st
    fr = orgp[0]
    hy0 = [f["y"] for f in fr if f["t"] in mp.S_ORG_HEAD]
    if max(hy0) - min(hy0) > 0.5:
        errors.append("pdf: org table header cells not on one line")
    starts, acc = [], mp.ML
    for w in mp.S_ORG_WIDTHS:
        starts.append((acc * PT, (acc + w) * PT))
        acc += w

    def col(f):
        return next((i for i, (a, b) in enumerate(starts) if a - 1 <= f["x"] < b), None)
    total = 0
    for area, servizi, eq, k in mp.S_ORG:
        e_f = [f for f in fr if f["t"] == eq.split(" (")[0] and col(f) == 2]
        if len(e_f) != 1:
            errors.append(f"pdf: org table: {eq!r} not found once in the Incaricato EQ column")
            continue
        y0 = e_f[0]["y"]
        row = [f for f in fr if abs(f["y"] - y0) < 0.5]
        if str(k) not in [f["t"] for f in fr if col(f) == 3 and abs(f["y"] - y0) < 0.5] and \
                str(k) not in [f["t"] for f in fr if col(f) == 3 and 0 < y0 - f["y"] < 14]:
            errors.append(f"pdf: org table: {area!r} lacks n. dipendenti {k}")
        if not any(col(f) == 0 and area.startswith(f["t"]) for f in row):
            errors.append(f"pdf: org table: area {area!r} not level with its Incaricato EQ")
        for s in servizi:
            if len([f for f in fr if f["t"] == s and col(f) == 1]) != 1:
                errors.append(f"pdf: org table: service {s!r} not in the Servizi column")
        total += k
    if f"Totale dipendenti {total}" not in pages[orgp[0][0]["page"] - 1].replace("\n", " "):
        errors.append(f"pdf: org table total {total} not stated")
    rects = len(re.findall(rb" re ", rd.pages[orgp[0][0]["page"] - 1].get_contents().get_data()))
    if rects < 4 * len(mp.S_ORG):
        errors.append("pdf: the org table is not ruled")
    return errors, st


# ------------------------------------------------------------------------------------------ DOCX
def docx_walk(data: bytes) -> tuple[list[dict], object]:
    """every paragraph in document order: {text, style, depth (table nesting), tbl (innermost table element),
    outer (outermost table element), tc (innermost cell element), p (Paragraph)}"""
    d = docx.Document(io.BytesIO(data))
    out: list[dict] = []

    def walk(el, depth, tbl, outer, tc):
        for ch in el.iterchildren():
            tag = ch.tag.rsplit("}", 1)[-1]
            if tag == "p":
                p = Paragraph(ch, d)
                out.append({"text": p.text, "style": p.style.name if p.style is not None else "", "depth": depth,
                            "tbl": tbl, "outer": outer, "tc": tc, "p": p})
            elif tag == "tbl":
                for tr in ch.iterchildren(W_NS + "tr"):
                    for c in tr.iterchildren(W_NS + "tc"):
                        walk(c, depth + 1, ch, outer if outer is not None else ch, c)
            elif tag in ("sdt", "sdtContent"):
                walk(ch, depth, tbl, outer, tc)
    walk(d.element.body, 0, None, None, None)
    return out, d


def tbl_rows(tbl) -> list[list[tuple[object, int]]]:
    rows = []
    for tr in tbl.iterchildren(W_NS + "tr"):
        row = []
        for tc in tr.iterchildren(W_NS + "tc"):
            span = tc.find(f"{W_NS}tcPr/{W_NS}gridSpan")
            row.append((tc, int(span.get(W_NS + "val")) if span is not None else 1))
        rows.append(row)
    return rows


def tc_paras(tc, d) -> list[Paragraph]:
    return [Paragraph(p, d) for p in tc.iterchildren(W_NS + "p")]


def bold_runin(p: Paragraph, label: str) -> bool:
    return bool(p.runs) and p.runs[0].text == f"{label}:" and bool(p.runs[0].bold)


def layout_docx(units: list[dict], d) -> tuple[list[str], dict]:
    errors, st = [], {"blocks": {}}
    body_tbls = [t for t in d.element.body.iterchildren(W_NS + "tbl")]
    nested = [u["tbl"] for u in units if u["depth"] == 2]
    st["nested_tables"] = len({id(t) for t in nested})
    outers = {}
    for key, head, hdr, layout, rows in mp.B_AREAS:
        cand = [t for t in body_tbls if W("".join(p.text for p in tc_paras(tbl_rows(t)[0][0][0], d))) == hdr]
        if len(cand) != 1:
            errors.append(f"docx: outer table of {key} not found once")
            continue
        t = cand[0]
        outers[key] = t
        r = tbl_rows(t)
        ncols = 2 if layout == "two" else 1
        if len(r[0]) != 1 or r[0][0][1] != ncols or any(len(x) != ncols for x in r[1:]) or len(r) != len(rows) + 1:
            errors.append(f"docx: outer table of {key} is not {ncols}-column with a merged header row")
            continue
        # the heading just before the table
        for ri, row in enumerate(rows, 1):
            for ci, (kind, val) in enumerate(row):
                tc = r[ri][ci][0]
                kids = [k.tag.rsplit("}", 1)[-1] for k in tc.iterchildren() if k.tag != W_NS + "tcPr"]
                if kind == "obj":
                    inner = [k for k in tc.iterchildren(W_NS + "tbl")]
                    if len(inner) != 1 or kids[0] != "tbl":
                        errors.append(f"docx: {val} is not a table nested at the top of its outer cell")
                        continue
                    ir = tbl_rows(inner[0])
                    title_ok = len(ir[0]) == 1 and ir[0][0][1] == 2 and \
                        W(" ".join(p.text for p in tc_paras(ir[0][0][0], d))) == mp.b_title_line(val)
                    if not title_ok:
                        errors.append(f"docx: {val} inner table lacks its merged title row")
                    want = [(lb, mp.b_value_paragraphs(v)) for lb, v in mp.B_OBJ[val][1]]
                    got = [(W(" ".join(p.text for p in tc_paras(x[0][0], d))), [p.text for p in tc_paras(x[1][0], d)])
                           for x in ir[1:] if len(x) == 2]
                    if got != want or any(len(x) != 2 for x in ir[1:]):
                        errors.append(f"docx: {val} inner label | value rows differ from make_plan")
                    if not all(tc_paras(x[0][0], d)[0].runs[0].bold for x in ir[1:]):
                        errors.append(f"docx: {val} labels are not bold")
                    st["blocks"][val] = {lb: W(" ".join(vs)) for lb, vs in got}
                    st["blocks"][val]["__title__"] = mp.B_OBJ[val][0]
                elif kind == "para":
                    ps = tc_paras(tc, d)
                    if [p.text for p in ps] != [mp.b_title_line(val)] + [f"{lb}: {v}" for lb, v in mp.B_OBJ[val][1]] \
                            or not ps[0].runs[0].bold or any(tc.iterchildren(W_NS + "tbl")):
                        errors.append(f"docx: {val} is not a run of paragraphs inside its outer cell")
                        continue
                    if not all(bold_runin(p, lb) for p, (lb, _v) in zip(ps[1:], mp.B_OBJ[val][1])):
                        errors.append(f"docx: {val} run-in labels are not bold")
                    st["blocks"][val] = {lb: W(p.text[len(lb) + 2:]) for p, (lb, _v) in zip(ps[1:], mp.B_OBJ[val][1])}
                    st["blocks"][val]["__title__"] = mp.B_OBJ[val][0]
                else:
                    ps = tc_paras(tc, d)
                    if [p.text for p in ps] != [val]:
                        errors.append("docx: note cell differs")
    # body run-in objectives
    body_ps = [u for u in units if u["depth"] == 0]
    for code in mp.B_TRASV:
        idx = [i for i, u in enumerate(body_ps) if u["text"] == mp.b_title_line(code)]
        if len(idx) != 1:
            errors.append(f"docx: body objective {code} title not found once")
            continue
        i = idx[0]
        rows = mp.B_OBJ[code][1]
        ps = body_ps[i + 1:i + 1 + len(rows)]
        if [u["text"] for u in ps] != [f"{lb}: {v}" for lb, v in rows] or not body_ps[i]["p"].runs[0].bold:
            errors.append(f"docx: body objective {code} paragraphs differ")
            continue
        if not all(bold_runin(u["p"], lb) for u, (lb, _v) in zip(ps, rows)):
            errors.append(f"docx: body objective {code} run-in labels are not bold")
        st["blocks"][code] = {lb: W(u["text"][len(lb) + 2:]) for u, (lb, _v) in zip(ps, rows)}
        st["blocks"][code]["__title__"] = mp.B_OBJ[code][0]
    if set(st["blocks"]) != set(mp.B_ORDER) or len(mp.B_ORDER) < 12:
        errors.append(f"docx: objectives found {sorted(st['blocks'])}")
    if st["nested_tables"] < 8:
        errors.append(f"docx: only {st['nested_tables']} nested tables")
    if not any(lb in ("Referente politico", "Dirigente") for c in mp.B_TRASV for lb, _v in mp.B_OBJ[c][1]):
        errors.append("docx: body objectives lack 'Referente politico:' / 'Dirigente:' run-in labels")
    # org chart as heading hierarchy
    i31 = next((i for i, u in enumerate(body_ps) if u["text"] == "3.1 Struttura organizzativa"), None)
    i32 = next((i for i, u in enumerate(body_ps) if u["text"].startswith("3.2 ")), None)
    if i31 is None or i32 is None:
        errors.append("docx: 3.1 / 3.2 headings missing")
        return errors, st
    seq = [(u["style"], u["text"]) for u in body_ps[i31 + 1:i32] if u["style"].startswith("Heading") or
           re.match(r"^(Dirigente|Incaricato EQ|Referente): ", u["text"])]
    want = []
    for area, alines, servizi in mp.B_ORG:
        want.append(("Heading 3", area))
        want += [("Normal", f"{lb}: {v}") for lb, v in alines]
        for serv, slines, uffici in servizi:
            want.append(("Heading 4", serv))
            want += [("Normal", f"{lb}: {v}") for lb, v in slines]
            for uff, ref in uffici:
                want += [("Heading 5", uff), ("Normal", f"Referente: {ref}")]
    if seq != want:
        errors.append("docx: org chart headings / lines differ from make_plan")
    for u in body_ps[i31 + 1:i32]:
        m = re.match(r"^(Dirigente|Incaricato EQ|Referente): ", u["text"])
        if m and not bold_runin(u["p"], m.group(1)):
            errors.append(f"docx: org line {u['text'][:30]!r} has no bold label")
    st["org_headings"] = Counter(s for s, _t in seq if s.startswith("Heading"))
    return errors, st


# ------------------------------------------------------------------------------------------ records
PDF_FIELD = {"responsabile": "RESPONSABILE", "settore": "STRUTTURA RESPONSABILE", "motivazione": "FINALITÀ",
             "valore_atteso": "RISULTATO ATTESO", "scadenza": "SCADENZA", "stakeholder": "PORTATORI DI INTERESSE",
             "dipendenti": "PERSONALE COINVOLTO", "fasi": "CRONOPROGRAMMA", "indicatori": "INDICATORE DI RISULTATO",
             "obiettivo_strategico": "OBIETTIVO STRATEGICO"}
DOCX_FIELD = {"responsabile": ("Incaricato EQ", "Responsabile EQ", "Responsabile"), "settore": ("Servizio",),
              "motivazione": ("Descrizione",), "valore_atteso": ("Risultato atteso",), "scadenza": ("Scadenza",),
              "stakeholder": ("Stakeholder",), "dipendenti": ("Personale assegnato",), "fasi": ("Tempi",),
              "indicatori": ("Indicatori",), "obiettivo_strategico": ("Obiettivo strategico DUP",
                                                                      "Obiettivo strategico")}


def record_checks(recs, units_p, units_d, pblocks, pambito, dblocks) -> list[str]:
    errors = []
    keys = REC_KEYS
    if DEV_REC.exists():
        dev = json.loads(DEV_REC.read_text(encoding="utf-8").splitlines()[0])
        if list(dev) != REC_KEYS:
            errors.append(f"dev record keys changed: {list(dev)}")
        keys = list(dev)
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids) or ids != [f"f31r{i:02d}" for i in range(1, len(recs) + 1)]:
        errors.append("records: ids are not unique f31r01.. in order")
    want = {P: [o["code"] for o in mp.S_OBJ], D: mp.B_ORDER}
    for d in want:
        got = [r.get("codice") for r in recs if r.get("doc") == d]
        if got != want[d]:
            errors.append(f"records: {d} has records {got}, expected one per objective {want[d]}")
    for r in recs:
        rid = r.get("id")
        if list(r) != keys:
            errors.append(f"{rid}: keys {list(r)}")
            continue
        d, code, a = r["doc"], r["codice"], r["anchor"]
        if d not in (P, D):
            errors.append(f"{rid}: unknown doc {d}")
            continue
        if not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
            errors.append(f"{rid}: anchor length/format {a!r}")
        if not any(W(a) in W(u) for u in (units_p if d == P else units_d)):
            errors.append(f"{rid}: anchor not inside one fragment / paragraph of {d}")
        if r["periodo"] != "2026-2028":
            errors.append(f"{rid}: periodo")
        if d == P:
            b = pblocks.get(code)
            if b is None:
                errors.append(f"{rid}: no scheda {code} in the PDF")
                continue
            own = {k: field_text(b, lb) for k, lb in PDF_FIELD.items()}
            head = (mp.S_ENTE, b["__title__"], pambito.get(code))
            if (r["ente"], r["titolo"], r["area_strategica"]) != head:
                errors.append(f"{rid}: ente / titolo / area_strategica differ from the PDF")
            if r["anchor"] != r["titolo"]:
                errors.append(f"{rid}: anchor != titolo")
        else:
            b = dblocks.get(code)
            if b is None:
                errors.append(f"{rid}: no objective {code} in the DOCX")
                continue
            own = {k: next((b[lb] for lb in lbs if lb in b), "") for k, lbs in DOCX_FIELD.items()}
            if (r["ente"], r["titolo"], r["area_strategica"], r["anchor"]) != (mp.B_ENTE, b["__title__"], None,
                                                                              b["__title__"]):
                errors.append(f"{rid}: ente / titolo / area_strategica / anchor differ from the DOCX")
            if r["settore"] is None and "Servizio" in b:
                errors.append(f"{rid}: settore null but the objective has a Servizio row")
        vals: list[tuple[str, str]] = []
        for k in ("responsabile", "settore", "motivazione", "valore_atteso", "scadenza", "obiettivo_strategico"):
            if r[k] is not None:
                vals.append((k, r[k]))
            elif own[k]:
                errors.append(f"{rid}: {k} is null but the objective states it")
        for k in ("stakeholder", "dipendenti"):
            if not isinstance(r[k], list):
                errors.append(f"{rid}: {k} is not a list")
                continue
            vals += [(k, v) for v in r[k]]
            if not r[k] and own[k]:
                errors.append(f"{rid}: {k} empty but the objective states it")
        for f in r["fasi"]:
            if list(f) != ["descrizione", "tempistica"]:
                errors.append(f"{rid}: fasi item keys {list(f)}")
                continue
            vals += [("fasi", f["descrizione"]), ("fasi", f["tempistica"])]
            pair = (f"– {f['descrizione']}: {f['tempistica']}" if d == P else f"{f['tempistica']}: {f['descrizione']}")
            if W(pair) not in own["fasi"]:
                errors.append(f"{rid}: phase {f['descrizione']!r} / {f['tempistica']!r} not paired in the document")
        for i in r["indicatori"]:
            if list(i) != ["nome", "target"]:
                errors.append(f"{rid}: indicatori item keys {list(i)}")
                continue
            vals += [("indicatori", i["nome"]), ("indicatori", i["target"])]
            if W(f"{i['nome']} – target 2026: {i['target']}") not in own["indicatori"]:
                errors.append(f"{rid}: indicator {i['nome']!r} not paired with its target in the document")
        if r["fasi"] == [] and own["fasi"] or r["indicatori"] == [] and own["indicatori"]:
            errors.append(f"{rid}: fasi / indicatori empty but stated")
        for k, v in vals:
            if not isinstance(v, str) or not v.strip() or v != v.strip():
                errors.append(f"{rid}: {k} value not a trimmed string: {v!r}")
                continue
            if W(v) not in own[k]:
                errors.append(f"{rid}: {k} value not verbatim in the objective's own field: {v[:60]!r}")
        for v in r["dipendenti"]:
            if not re.fullmatch(r"[A-ZÀ-Ù']{2,} [A-Z][a-zà-ù]+" if d == P else r"[A-Z][a-zà-ù]+ [A-Z][a-zà-ù]+", v):
                errors.append(f"{rid}: dipendenti item {v!r} is not a surname + name")
        if r["responsabile"] and TITLED.match(r["responsabile"]) and re.search(r" – |, ", r["responsabile"]):
            errors.append(f"{rid}: responsabile keeps its appositive")
        seen: dict[str, str] = {}
        for k in ("responsabile", "settore", "stakeholder", "dipendenti"):
            items = r[k] if isinstance(r[k], list) else ([r[k]] if r[k] else [])
            for v in items:
                if v in seen and seen[v] != k:
                    errors.append(f"{rid}: {v!r} is both {seen[v]} and {k}")
                seen[v] = k
    return errors


# ------------------------------------------------------------------------------------------ QA
def probe_text(scope, texts, pblocks, dblocks) -> dict[str, str]:
    if scope == "both":
        return dict(texts)
    if isinstance(scope, tuple):
        d, code = scope
        if d == P:
            b = pblocks[code]
            return {d: "\n".join([b["__title__"]] + [f"{k}\n" + "\n".join(b[k]) for k in b["__order__"]])}
        b = dblocks[code]
        return {d: "\n".join(f"{k}\n{v}" for k, v in b.items())}
    return {scope: texts[scope]}


def qa_checks(rows, texts, clean_p, units, pblocks, dblocks) -> tuple[list[str], list[str]]:
    errors, notes = [], []
    norm = {d: N(t) for d, t in texts.items()}
    norm_dh = {P: N(dehyphen(texts[P])) + " \n " + N(clean_p), D: norm[D]}
    nunits = {d: [N(u) for u in us] for d, us in units.items()}
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids) or ids != [f"f31-{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("QA ids are not unique f31-001.. in order")
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
    blobs = [p.read_text(encoding="utf-8", errors="replace").lower() for p in sorted(SAMPLES.rglob("*"))
             if p.is_file()]
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
        if doc is None and (r["type"] != "non_presente" or ev):
            errors.append(f"{rid}: doc null is only for non_presente rows without evidence")
        if doc is not None and not 1 <= len(ev) <= 3:
            errors.append(f"{rid}: {len(ev)} anchors")
        for a, d in zip(ev, evd):
            if not isinstance(a, str) or not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
                errors.append(f"{rid}: anchor length/format ({len(a)}) {a!r}")
                continue
            k = norm[d].count(N(a))
            if k == 0:
                errors.append(f"{rid}: anchor not in the raw text of {d}: {a!r}")
            elif k > 1:
                notes.append(f"{rid}: anchor occurs {k} times in {d}: {a!r}")
            if N(a) not in norm_dh[d]:
                errors.append(f"{rid}: anchor not in the de-hyphenated text of {d}: {a!r}")
            if not any(N(a) in u for u in nunits[d]):
                errors.append(f"{rid}: anchor not inside one fragment / paragraph of {d}: {a!r}")
        q = N(r["question"])
        if doc is not None and not any(c in q for c in COMUNI):
            alias = [d for al, d in ALIASES.items() if al in q]
            topic = TOPICS.get(rid)
            if alias:
                if alias != [doc]:
                    errors.append(f"{rid}: alias points to {alias}, doc is {doc}")
                if any(al in b for al in ALIASES for b in blobs) or any(al in norm[d] for al in ALIASES for d in texts):
                    errors.append(f"{rid}: a typo alias occurs in a document / sample")
            elif topic is None or N(topic) not in q or not isinstance(doc, str):
                errors.append(f"{rid}: names no comune and has no alias / topic string")
            else:
                where = [d for d in texts if N(topic) in norm_dh[d]]
                if where != [doc] or any(N(topic) in b for b in blobs):
                    errors.append(f"{rid}: topic {topic!r} is not specific to {doc} (in {where} / samples)")
        elif rid in TOPICS:
            errors.append(f"{rid}: names a comune but also has a topic entry")
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not refusal:
                errors.append(f"{rid}: non_presente answer without a refusal marker")
            pr = PROBES.get(rid)
            if pr is None:
                errors.append(f"{rid}: no probe")
                continue
            scope, pats = pr
            sd = scope if isinstance(scope, str) and scope != "both" else (scope[0] if isinstance(scope, tuple) else None)
            if (doc is None) != (scope == "both") or (doc is not None and sd != doc):
                errors.append(f"{rid}: the probe scope {scope} does not match doc {doc}")
            for d, t in probe_text(scope, texts, pblocks, dblocks).items():
                for w in pats:
                    flags = re.I if w != MONEY and not w.startswith(r"\b[A-Z]") and w != "Personale" else 0
                    if re.search(w, t, flags=flags | re.M):
                        errors.append(f"{rid}: {d} may answer it ({w!r} occurs)")
            continue
        if refusal:
            errors.append(f"{rid}: answerable answer contains a refusal marker")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        docs_n = " ".join(norm_dh[d] for d in udocs)
        for g in groups:
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            if N(g[0]) not in docs_n:
                errors.append(f"{rid}: must_contain {g[0]!r} not in the text of {udocs}")
    return errors, notes


def names_check() -> tuple[list[str], int]:
    errors, hits = [], 0
    blobs = [p.read_text(encoding="utf-8", errors="replace").lower() for p in sorted(SAMPLES.rglob("*"))
             if p.is_file()]
    for w in INVENTED:
        k = sum(bool(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", b)) for b in blobs)
        hits += k
        if k:
            errors.append(f"names: {w!r} occurs in {k} file(s) of data/samples")
    for sub in sorted(BENCH.glob("fresh*")):
        if sub == HERE or not (sub / "docs").is_dir():
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
    lines = body_lines(frags)
    clean_p = mp.soft_join([x["t"] for x in lines])
    units_d, dd = docx_walk(docx_data)
    texts = {P: "\n".join(pages), D: "\n".join(u["text"] for u in units_d)}
    units = {P: [f["t"] for fr in frags for f in fr], D: [u["text"] for u in units_d]}
    e1, st1 = layout_pdf(pdf_data, pages, frags, lines)
    e2, st2 = layout_docx(units_d, dd)
    errors += e1 + e2
    recs = load_jsonl(REC, errors)
    errors += record_checks(recs, units[P], units[D], st1.get("blocks", {}), st1.get("ambito_of", {}),
                            st2.get("blocks", {}))
    rows = load_jsonl(QA, errors)
    e3, notes = qa_checks(rows, texts, clean_p, units, st1.get("blocks", {}), st2.get("blocks", {}))
    errors += e3
    nerr, hits = names_check()
    errors += nerr
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    print(f"{P}: {len(pdf_data)} bytes, {st1['pages']} A4 portrait pages, {len(texts[P])} characters of pypdf text; "
          f"index with {st1.get('toc_entries')} entries; {len(st1.get('hyphenated', []))} words hyphenated at line "
          f"ends; {st1.get('tw')} justified lines; {st1.get('footnotes')} footnotes; {len(st1.get('blocks', {}))} "
          f"schede, {len(st1.get('role_only', []))} with a role-only RESPONSABILE")
    print(f"{D}: {len(docx_data)} bytes, {len(units[D])} paragraphs (body + cells + nested cells), {len(texts[D])} "
          f"characters of python-docx text; {len(st2.get('blocks', {}))} objectives, {st2.get('nested_tables')} "
          f"nested tables; org chart headings {dict(st2.get('org_headings', {}))}")
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
