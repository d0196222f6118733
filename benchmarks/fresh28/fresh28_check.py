"""Validate benchmarks/fresh28/fresh28_qa.jsonl against the two documents that make_plan.py writes into docs/.

Reads nothing of the assistant.  Standard library + python-docx (make_plan needs it too), both in /work/main/.venv.

0. regeneration: make_plan.py is run in a SEPARATE process into a temporary directory, and make_plan.build() is
   called twice in this process.  The TXT must be byte-identical in all builds and to docs/.  The DOCX must be
   byte-identical too; if only the zip container differs (e.g. another zlib) but every zip member is identical, that
   is reported as a WARNING (text-identical), not an error.  A stale or missing docs/ file is an ERROR (the checker
   never rewrites docs/).
1. document text, as a loader would see it:
   * DOCX (montevallardo): body elements in order; a paragraph gives one line; a table gives one line per paragraph
     of each cell, row by row, left cell then right cell;
   * TXT (fossalberga): the ASCII text; lines = the file's lines.
2. layout, read back from the files and compared with make_plan's data:
   * DOCX: one two-column table per objective, each preceded by a Heading 3 "Scheda obiettivo n. N"; labels and
     values equal to make_plan's data; labels varied (>= 3 variants for code, title and struttura); some cells
     blank and some "—"; every Cronoprogramma cell has >= 3 paragraphs "Fase k – … (<month(s)> 2026)"; every
     struttura resolves to a Settore (directly or through an Ufficio of the org chart); some Referente is a member of
     staff, not the head; no table after the "3.1 Struttura organizzativa" heading; Settori I-III as List Bullet
     paragraphs with List Bullet 2 uffici; the others as prose paragraphs naming head, uffici and staff; staff sum
     equal to the total in prose; figures in the narrative paragraphs; no weights;
   * TXT: ASCII, LF, no TAB, no "|"; numbered CAPITAL headings; the three fixed-width tables are parsed back by the
     column positions of their dash rule (a row starts where the first column is filled, continuation lines add to
     their own column) and must equal make_plan's data; some cells wrap; weights add up to 100 and the maximum is
     unique; TOTALE row = sum of rows = total in prose; the 04 head is "ad interim" and heads 03 too; no lavoro
     agile and no amount in euro;
   * shared themes (anagrafe on line, TARI, fatture, strade, LED, SUAP, mensa, anziani, scuole, formazione) in both.
3. QA (format of /work/shared/eval/README.md):
   * every line parses; keys in order id, question, answer, must_contain, doc, evidence, evidence_docs, type;
     ids f28-001..f28-045, unique; types from the dev vocabulary; doc / evidence_docs consistent; answers <= 800;
   * anchors: 1-3 per answerable question, 20-80 characters, no newline / TAB, a VERBATIM substring of one line of
     the named document (and hence of its normalised text);
   * must_contain: for each group, the first string is in the golden answer; every string occurs in the normalised
     text of the question's document(s), or is an accepted paraphrase of a string of the same group that does
     (the Italian month / day-month-year of a numeric date "04/2026" / "31/03/2026", or a number without its
     thousands dots);
   * a fact recomputed from make_plan's data (people via objective -> Ufficio -> Settore -> head, staff counts,
     targets, dates, phases, lists, the winner of each comparison) is in the golden answer of every answerable
     question;
   * refusal markers only in non_presente answers; non_presente: empty must_contain, a probe shows the probed
     document(s) do not hold the information; doc null -> no evidence;
   * a single-document question that names neither comune carries a topic string found in its document only and
     in no sample file;
4. invented names: none occurs in data/samples/; the comuni names occur in no earlier benchmarks/fresh*/docs name.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh28/fresh28_check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh28_qa.jsonl"
D, T = mp.DOCX_NAME, mp.TXT_NAME
SAMPLES = HERE.parent.parent / "data" / "samples"
BENCH = HERE.parent
DEV_QA = Path("/work/shared/eval/dev_qa.jsonl")
KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
N_Q = 45
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]
INVENTED = ["Montevallardo", "Fossalberga", "Pian della Rovere", "Colleferrato", "Ca' Dolfina", "Bosco Albarella",
            "Mengarelli", "Baldoni", "Giacchetti", "Sabbatini", "Marinelli", "Pettinari", "Lucchetti", "Carloni",
            "Bartolucci", "Pasqualini", "Morbidoni", "Trillini", "Cardinali", "Brunetti", "Santinelli", "Ciarrocchi",
            "Paolinelli", "Mazzarini", "Pierantoni", "Vallardo", "Amici della Biblioteca", "Gobbato", "Bellinello",
            "Zanellato", "Bergamin", "Fecchio", "Marangon", "Crivellaro", "GESPERF"]
# single-document questions naming neither comune: a topic string of the question found in one document only
TOPICS = {"f28-023": "fecchio", "f28-029": "colleferrato", "f28-031": "prestito digitale",
          "f28-032": "morbidoni"}


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# ------------------------------------------------------------------------------------------ build
def zip_members(data: bytes) -> list[tuple[str, bytes]]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def regenerate() -> tuple[list[str], list[str], dict[str, bytes]]:
    errors, warnings = [], []
    b1, b2 = mp.build(), mp.build()
    if b1 != b2:
        errors.append("two in-process builds differ: make_plan.py is not deterministic")
    with tempfile.TemporaryDirectory(prefix="fresh28_") as tmp:
        r = subprocess.run([sys.executable, str(HERE / "make_plan.py"), tmp], capture_output=True, text=True)
        if r.returncode:
            errors.append(f"make_plan.py failed: {r.stderr.strip()[-300:]}")
            return errors, warnings, b1
        for name, data in b1.items():
            sub = (Path(tmp) / name).read_bytes()
            if sub != data:
                errors.append(f"{name}: the subprocess build differs from the in-process build")
            cur = mp.DOCS / name
            if not cur.exists():
                errors.append(f"docs/{name} is missing (run make_plan.py)")
            elif cur.read_bytes() != sub:
                if name == D and zip_members(cur.read_bytes()) == zip_members(sub):
                    warnings.append(f"docs/{name}: zip container differs, every member identical (text-identical)")
                else:
                    errors.append(f"docs/{name} differs from a fresh build (run make_plan.py)")
    return errors, warnings, b1


# ------------------------------------------------------------------------------------------ text
def docx_blocks(data: bytes) -> list[tuple]:
    """Body in order: ("p", style, text) or ("t", [[(label_paragraphs), (value_paragraphs)] per row])."""
    d = docx.Document(io.BytesIO(data))
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            p = Paragraph(el, d)
            out.append(("p", p.style.name, p.text))
        elif tag == "tbl":
            t = Table(el, d)
            out.append(("t", [[[p.text for p in c.paragraphs] for c in row.cells] for row in t.rows]))
    return out


def docx_lines(blocks: list[tuple]) -> list[str]:
    lines = []
    for b in blocks:
        if b[0] == "p":
            lines.append(b[2])
        else:
            for row in b[1]:
                for cell in row:
                    lines.extend(cell)
    return lines


# ------------------------------------------------------------------------------------------ layout DOCX
def layout_docx(blocks: list[tuple], text: str) -> tuple[list[str], dict]:
    errors, st = [], {}
    tables = [i for i, b in enumerate(blocks) if b[0] == "t"]
    st["tables"] = len(tables)
    if len(tables) != len(mp.A_SCHEDE):
        errors.append(f"docx: {len(tables)} tables for {len(mp.A_SCHEDE)} schede")
    org_h = next((i for i, b in enumerate(blocks) if b[0] == "p" and b[2] == "3.1 Struttura organizzativa"), None)
    if org_h is None or any(i > org_h for i in tables):
        errors.append("docx: the org chart section holds a table (or its heading is missing)")
    variants: dict[str, set] = {}
    blank = dash = 0
    for (n, rows), i in zip(mp.A_SCHEDE, tables):
        prev = blocks[i - 1]
        if prev[0] != "p" or prev[1] != "Heading 3" or prev[2] != f"Scheda obiettivo n. {n}":
            errors.append(f"docx: table {n} is not preceded by the heading 'Scheda obiettivo n. {n}'")
        trs = blocks[i][1]
        if any(len(r) != 2 for r in trs):
            errors.append(f"docx: scheda {n} is not a two-column table")
            continue
        got = [("\n".join(r[0]), r[1]) for r in trs]
        want = [(lab, v if isinstance(v, list) else [v]) for lab, v in rows]
        if got != want:
            errors.append(f"docx: scheda {n} differs from make_plan data")
        for lab, v in rows:
            if lab not in mp.A_LABELS:
                errors.append(f"docx: unknown label {lab!r}")
                continue
            variants.setdefault(mp.A_LABELS[lab], set()).add(lab)
            blank += v == ""
            dash += v == "—"
        fasi = mp.a_field(n, "fasi")
        if not fasi or len(fasi) < 3:
            errors.append(f"docx: scheda {n} has fewer than 3 phases")
        for k, f in enumerate(fasi or [], 1):
            if not re.fullmatch(rf"Fase {k} – .+ \((?:{'|'.join(MONTHS)})[-a-z ]* 2026\)", f):
                errors.append(f"docx: scheda {n} phase {k} malformed: {f!r}")
        for fld in ("codice", "titolo", "struttura", "referente", "indicatore", "target2026"):
            if mp.a_field(n, fld) is None:
                errors.append(f"docx: scheda {n} lacks {fld}")
        try:
            mp.a_settore_of(n)
        except (AssertionError, StopIteration) as e:
            errors.append(f"docx: scheda {n}: struttura does not resolve to a Settore ({e})")
    for fld in ("codice", "titolo", "struttura"):
        if len(variants.get(fld, ())) < 3:
            errors.append(f"docx: fewer than 3 label variants for {fld}")
    st["blank"], st["dash"] = blank, dash
    if not blank or not dash:
        errors.append("docx: need blank cells and '—' cells")
    uff_only = [n for n, _ in mp.A_SCHEDE if mp.a_field(n, "struttura").startswith("Ufficio ")]
    staff_ref = [n for n, _ in mp.A_SCHEDE
                 if mp.a_field(n, "referente") not in ("", "—", mp.a_settore_of(n)[2])]
    st["ufficio_only"], st["staff_referente"] = uff_only, staff_ref
    if len(uff_only) < 2 or len(staff_ref) < 2:
        errors.append("docx: need >= 2 schede naming only an Ufficio and >= 2 with a staff referente")
    # org chart
    paras = [b for b in blocks[org_h or 0:] if b[0] == "p"]
    for key, name, head, uffici, dip, form in mp.A_SETTORI:
        if form == "list":
            k = next((j for j, b in enumerate(paras) if b[1] == "List Bullet" and b[2].startswith(name)), None)
            if k is None or f"responsabile: {head}; {dip} dipendenti" not in paras[k][2]:
                errors.append(f"docx: bullet of {name!r} missing or wrong")
                continue
            subs = []
            for b in paras[k + 1:]:
                if b[1] != "List Bullet 2":
                    break
                subs.append(b[2])
            if [re.sub(r" \(referente: .*\)$", "", s) for s in subs] != [f"Ufficio {u}" for u in uffici]:
                errors.append(f"docx: sub-bullets of {name!r} differ from its uffici")
        else:
            hits = [b for b in paras if b[1] == "Normal" and b[2].startswith(("Il " + name, name))]
            if len(hits) != 1 or head not in hits[0][2] or f"{dip} " not in hits[0][2] \
                    or any(u.split(" (")[0] not in hits[0][2] for u in uffici):
                errors.append(f"docx: prose paragraph of {name!r} missing or incomplete")
    if not any(b[1] == "List Bullet" for b in paras) or not any(b[1] == "List Bullet 2" for b in paras):
        errors.append("docx: no nested bulleted list")
    if f"sono in servizio {mp.a_staff_total()} dipendenti" not in text:
        errors.append("docx: staff total sentence does not match the sum of the Settori")
    for fig in ("8.734 abitanti", "26,9%", "1.120.000 euro", "71,3%", "34 giorni"):
        if fig not in text:
            errors.append(f"docx: narrative figure {fig!r} missing")
    if re.search(r"\bpes[oi]\b|ponderaz", text, re.I):
        errors.append("docx: the DOCX must carry no weights")
    return errors, st


# ------------------------------------------------------------------------------------------ layout TXT
def parse_fixed(lines: list[str], header: str, key: int = 0) -> tuple[list[list[str]], int]:
    """Parse a fixed-width table by the column spans of its dash rule: a row starts on a line whose column `key`
    is filled (the N. column, or N. DIPENDENTI for the org chart, whose SETTORE cells wrap too); the other lines
    continue the row in their own columns.  Returns rows (cells joined by a space) and the number of continuation
    lines."""
    k = lines.index(header)
    rule = lines[k + 1]
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
    rows, cont = [], 0
    for ln in lines[k + 2:]:
        if not ln.strip() or ln.startswith("TOTALE"):
            break
        if any(ln[a - 1:a].strip() for a, _ in spans[1:] if a - 1 < len(ln)) or \
                any(ln[b:b + 2].strip() for _, b in spans[:-1] if b < len(ln)):
            raise ValueError(f"text outside the column spans: {ln!r}")
        cells = [ln[a:b].strip() for a, b in spans]
        if cells[key]:
            rows.append(cells)
        else:
            cont += 1
            rows[-1] = [f"{x} {c}".strip() if c else x for x, c in zip(rows[-1], cells)]
    return rows, cont


def layout_txt(raw: bytes) -> tuple[list[str], dict]:
    errors, st = [], {}
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        return ["txt: not ASCII"], st
    if "\r" in text or "\t" in text or "|" in text:
        errors.append("txt: CR, TAB or '|' found")
    lines = text.split("\n")
    heads = [ln for ln in lines if re.fullmatch(r"\d\.(\d)? ?[A-Z0-9' ,.-]+", ln)]
    st["headings"] = len(heads)
    for h in ("1. SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", "2.2 OBIETTIVI OPERATIVI 2026",
              "2.3 FASI DI ATTUAZIONE DEGLI OBIETTIVI", "3.1 STRUTTURA ORGANIZZATIVA"):
        if h not in heads:
            errors.append(f"txt: heading {h!r} missing")
    hdr = lambda cols, right: mp.fixed_table(cols, [], right)[0]  # noqa: E731
    try:
        rows, c1 = parse_fixed(lines, hdr(mp.B_OBJ_HEAD, {0, 6}))
        want = [[str(o[0]), o[1], mp.B_SETT_SHORT[o[2]], o[3], o[4], o[5], str(o[6])] for o in mp.B_OBJ]
        if rows != want:
            errors.append("txt: objectives table differs from make_plan data")
        fr, c2 = parse_fixed(lines, hdr(mp.B_FASI_HEAD, {0, 1}))
        if fr != [[str(f[0]), str(f[1]), f[2], f[3], f[4]] for f in mp.B_FASI]:
            errors.append("txt: phases table differs from make_plan data")
        orow, c3 = parse_fixed(lines, hdr(mp.B_ORG_HEAD, {3}), key=3)
        if orow != [[r[1], r[2], r[3], str(r[4])] for r in mp.B_ORG]:
            errors.append("txt: org table differs from make_plan data")
        if hdr(mp.B_ORG_HEAD, {3}).split() != ["SETTORE", "RESPONSABILE", "SERVIZI", "N.", "DIPENDENTI"]:
            errors.append("txt: org header")
        st["objectives"], st["phases"], st["settori"] = len(rows), len(fr), len(orow)
        st["continuation_lines"] = (c1, c2, c3)
        if min(c1, c2, c3) < 3:
            errors.append("txt: too few wrapped cells")
    except (ValueError, IndexError) as e:
        errors.append(f"txt: table parse failed: {e}")
    pes = [o[6] for o in mp.B_OBJ]
    if sum(pes) != 100 or pes.count(max(pes)) != 1 or f"TOTALE PESI: {sum(pes)}" not in lines:
        errors.append("txt: weights must add up to 100 with a unique maximum")
    tot = [ln for ln in lines if ln.startswith("TOTALE ") and not ln.startswith("TOTALE PESI")]
    if len(tot) != 1 or tot[0].split() != ["TOTALE", str(mp.b_staff_total())]:
        errors.append("txt: TOTALE row of the org table")
    if f"sono in servizio {mp.b_staff_total()} dipendenti" not in N(text):
        errors.append("txt: staff total sentence")
    interim = [r for r in mp.B_ORG if "ad interim" in r[2]]
    if len(interim) != 1 or sum(mp.b_head(r[0]) == mp.b_head(interim[0][0]) for r in mp.B_ORG) != 2:
        errors.append("txt: exactly one interim head, heading a second Settore")
    if re.search(r"agile|smart|telelavoro|remoto", text, re.I) or re.search(r"euro|\d\.\d{3}\.\d{3}", text, re.I):
        errors.append("txt: lavoro agile or euro amounts present")
    for c in {o[2] for o in mp.B_OBJ}:
        if c not in {r[0] for r in mp.B_ORG}:
            errors.append(f"txt: objective Settore {c} not in the org chart")
    return errors, st


def themes(td: str, tt: str) -> list[str]:
    bad = []
    for wd, wt in (("Anagrafe digitale", "Anagrafe on line"), ("TARI", "TARI"),
                   ("pagamento delle fatture", "pagamento delle fatture"), ("strade", "strade"),
                   ("LED", "LED"), ("SUAP", "SUAP"), ("refezione scolastica", "mensa scolastica"),
                   ("anziani soli", "anziani soli"), ("davanti alle scuole", "davanti alle scuole"),
                   ("formazione del personale", "formativo del personale")):
        if N(wd) not in N(td) or N(wt) not in N(tt):
            bad.append(f"themes: {wd!r}/{wt!r} not shared")
    return bad


# ------------------------------------------------------------------------------------------ recomputed facts
def tgt(n: int) -> str:
    return mp.a_field(n, "target2026")


def num(v: str) -> float:
    return float(re.search(r"\d+(?:,\d+)?", v.replace(".", "")).group().replace(",", "."))


def afind(word: str) -> int:
    hits = [n for n, _ in mp.A_SCHEDE if word.lower() in mp.a_field(n, "titolo").lower()]
    assert len(hits) == 1, (word, hits)
    return hits[0]


def bfind(word: str) -> tuple:
    hits = [o for o in mp.B_OBJ if word.lower() in o[1].lower()]
    assert len(hits) == 1, (word, hits)
    return hits[0]


def ahead(n: int) -> str:
    """Name (without title) of the head of the Settore of scheda n."""
    return " ".join(mp.a_settore_of(n)[2].split()[1:])


def bhead_name(code: str) -> str:
    sur, first = mp.b_head(code).split(" ", 1)
    return f"{first} {sur.capitalize()}"


def phase(n: int, k: int) -> str:
    return mp.a_field(n, "fasi")[k - 1]


def months_of(s: str) -> str:
    return re.search(r"\(([^)]*)\)$", s).group(1)


def bphase(n: int, k: int) -> tuple:
    return next(f for f in mp.B_FASI if f[0] == n and f[1] == k)


def mm(s: str) -> str:
    return MONTHS[int(s[:2]) - 1]


def fo_settore(code: str) -> str:
    return mp.b_org(code)[1].split(" - ", 1)[1]


def winner(a: float, b: float, ia: str, ib: str) -> str:
    return ia if a > b else ib


def rx(p: str, s: str) -> str:
    m = re.search(p, s)
    if not m:
        raise ValueError(p)
    return m.group(1)


def _facts_026() -> list[str]:
    f = bphase(4, 2)
    return [f[3], f"{mm(f[3])} 2026", f[2]]


def _facts_019() -> list[str]:
    mv = months_of(next(f for f in mp.a_field(afind("SUAP"), "fasi") if "cartaceo" in f))
    fo = bfind("telematica")[5]
    first = "Fossalberga" if MONTHS.index(mv.split()[0]) + 1 > int(fo[3:5]) else "Montevallardo"
    return [mv, fo, f"Arriva prima {first}"]


FACTS = {
    "f28-001": lambda: [ahead(5), mp.a_field(5, "titolo"), mp.a_settore_of(5)[1], mp.a_field(5, "referente")],
    "f28-002": lambda: [bhead_name(bfind("telematica")[2]), "ad interim", mp.B_SETT_SHORT["03"][:2]],
    "f28-003": lambda: [" ".join(next(s for s in mp.A_SETTORI if any("Anagrafe" in u for u in s[3]))[2].split()[1:]),
                        next(s for s in mp.A_SETTORI if any("Anagrafe" in u for u in s[3]))[1]],
    "f28-004": lambda: [bhead_name(next(r[0] for r in mp.B_ORG if "Anagrafe" in r[3]))],
    "f28-005": lambda: [ahead(afind("TARI")), mp.a_field(afind("TARI"), "struttura"),
                        mp.a_settore_of(afind("TARI"))[1], "Nicola Bartolucci"],
    "f28-006": lambda: [ahead(afind("domiciliare")), mp.a_field(afind("domiciliare"), "struttura"),
                        mp.a_settore_of(afind("domiciliare"))[1]],
    "f28-007": lambda: [bhead_name("06"), f"{mp.b_org('06')[4]} dipendenti"],
    "f28-008": lambda: [rx(r"RPCT\) e' il Segretario comunale, dott\.ssa (\w+ \w+)\.", mp.B_RISCHI)],
    "f28-009": lambda: [s.strip() for s in mp.b_org(bfind("Riasfaltatura")[2])[3].split(",")]
    + [bhead_name(bfind("Riasfaltatura")[2])],
    "f28-010": lambda: mp.a_settore_of(afind("Refezione"))[3] + [mp.a_settore_of(afind("Refezione"))[1]],
    "f28-011": lambda: [f"{mp.a_field(n, 'codice')} {mp.a_field(n, 'titolo')}"
                        for n in mp.a_schede_of(mp.a_settore_of(afind("Refezione"))[0])],
    "f28-012": lambda: [f.split(" – ", 1)[1] for f in mp.a_field(afind("LED"), "fasi")],
    "f28-013": lambda: [f"n. {o[0]}" for o in mp.B_OBJ if o[2] == "02"] + [o[4] for o in mp.B_OBJ if o[2] == "02"]
    + [o[5] for o in mp.B_OBJ if o[2] == "02"] + [f"peso {o[6]}" for o in mp.B_OBJ if o[2] == "02"]
    + [bhead_name("02")],
    "f28-014": lambda: [tgt(afind("LED")), bfind("LED")[4] + " luce" if bfind("LED")[4].endswith("punti") else
                        bfind("LED")[4],
                        "Ne sostituisce di più " + winner(num(tgt(afind("LED"))), num(bfind("LED")[4]),
                                                         "Montevallardo", "Fossalberga")],
    "f28-015": lambda: [tgt(afind("strade")), bfind("Riasfaltatura")[4],
                        winner(num(tgt(afind("strade"))), num(bfind("Riasfaltatura")[4]),
                               "Montevallardo ne riasfalta", "Fossalberga ne riasfalta"),
                        f"{abs(num(tgt(afind('strade'))) - num(bfind('Riasfaltatura')[4])):.1f}".replace(".", ",")
                        + " km in più"],
    "f28-016": lambda: [tgt(afind("Refezione")), bfind("Mensa")[4],
                        "più alta è quella di " + winner(num(tgt(afind("Refezione"))), num(bfind("Mensa")[4]),
                                                         "Montevallardo", "Fossalberga")],
    "f28-017": lambda: [f"{mp.a_staff_total()} dipendenti", f"Fossalberga {mp.b_staff_total()}",
                        winner(mp.a_staff_total(), mp.b_staff_total(), "Montevallardo ne ha", "Fossalberga ne ha")
                        + f" {abs(mp.a_staff_total() - mp.b_staff_total())} in più"],
    "f28-018": lambda: [tgt(afind("formazione")), bfind("formativo")[4],
                        rx(r"in media (\d+ ore)", mp.A_FORMAZIONE), rx(r"stata di (\d+ ore)", mp.B_FORMAZIONE),
                        winner(num(tgt(afind("formazione"))), num(bfind("formativo")[4]), "Montevallardo ne",
                               "Fossalberga ne")
                        + f" prevede {int(abs(num(tgt(afind('formazione'))) - num(bfind('formativo')[4])))} in più"],
    "f28-019": _facts_019,
    "f28-020": lambda: [f"{mp.b_org(bfind('Riasfaltatura')[2])[4]} dipendenti", bhead_name(bfind("Riasfaltatura")[2]),
                        f"Settore {bfind('Riasfaltatura')[2]}"],
    "f28-021": lambda: (lambda o: [f"({o[6]})", f"n. {o[0]}", o[4], o[5], bhead_name(o[2])])(
        max(mp.B_OBJ, key=lambda o: o[6])),
    "f28-022": lambda: [ahead(afind("formazione")), mp.a_field(afind("formazione"), "struttura"),
                        tgt(afind("formazione")), mp.a_field(afind("formazione"), "target2028"),
                        mp.a_settore_of(afind("formazione"))[1]],
    "f28-023": lambda: [f"n. {o[0]}" for o in mp.B_OBJ if mp.b_head(o[2]) == "FECCHIO Giulio"]
    + ["ad interim il Settore 04"],
    "f28-024": lambda: [f"{mp.a_settore_of(7)[4]} dipendenti", ahead(7), mp.a_settore_of(7)[1]],
    "f28-025": lambda: [ahead(afind("Refezione")), mp.a_settore_of(afind("Refezione"))[1],
                        bhead_name(bfind("Mensa")[2]), f"obiettivo n. {bfind('Mensa')[0]}"],
    "f28-026": _facts_026,
    "f28-027": lambda: [bfind("TARI")[5], bfind("TARI")[4], f"da {bphase(2, 2)[3]} a {bphase(2, 2)[4]}"],
    "f28-028": lambda: [months_of(phase(afind("Refezione"), 3)), phase(afind("Refezione"), 3).split(" (")[0],
                        months_of(phase(afind("Refezione"), 2))],
    "f28-029": lambda: [months_of(phase(afind("strade"), 3)), mp.a_field(afind("strade"), "codice"),
                        months_of(phase(afind("strade"), 4))],
    "f28-030": lambda: [rx(r"entro il (\d+ \w+ \d{4})", mp.A_AGILE), rx(r"fino a (\d+ giorni al mese)", mp.A_AGILE)],
    "f28-031": lambda: [mp.a_field(afind("Biblioteca"), "indicatore"), tgt(afind("Biblioteca")),
                        mp.a_field(afind("Biblioteca"), "target2028").split()[0]],
    "f28-032": lambda: [mp.a_field(afind("domiciliare"), "target2028"), tgt(afind("domiciliare")),
                        mp.a_field(afind("domiciliare"), "codice")],
    "f28-033": lambda: [mp.B_OBJ[8][3], mp.B_OBJ[8][4], mp.B_OBJ[8][5], f"peso {mp.B_OBJ[8][6]}"],
    "f28-034": lambda: [tgt(afind("TARI")), mp.a_field(afind("TARI"), "indicatore")]
    + (["solo un trattino"] if mp.a_field(afind("TARI"), "target2028") == "—" else ["<target 2027-2028>"]),
    "f28-035": lambda: [rx(r"(\d\.\d{3}) abitanti", mp.A_ANAGRAFICA[0]), rx(r"(\d\.\d{3}) nuclei", mp.A_ANAGRAFICA[0])],
    "f28-036": lambda: [rx(r"raggiunto il (\d+,\d%)", mp.B_VALORE[0]), rx(r"era il (\d+,\d%)", mp.B_VALORE[0])],
    "f28-037": lambda: [rx(r"di cui ([\d.]+ euro) finanziati", mp.A_CONTESTO[1]),
                        rx(r"investimenti per ([\d.]+ euro)", mp.A_CONTESTO[1])],
    "f28-038": lambda: [mp.a_field(afind("TARI"), "finalita").rstrip(".").lower()[:60]],
    "f28-039": lambda: [mp.a_field(afind("LED"), "risultato")[1:].rstrip(".")],
}


# ------------------------------------------------------------------------------------------ probes
def probe_040(texts, blocks) -> list[str]:
    n = afind("tempi di pagamento")
    val = mp.a_field(n, "personale")
    rows = [b for b in blocks if b[0] == "t"][n - 1][1]
    cell = next(r[1] for r in rows if mp.A_LABELS.get("\n".join(r[0])) == "personale")
    return [] if val == "—" and cell == ["—"] else [f"scheda {n}: Personale coinvolto is {cell!r}"]


def probe_043(texts, blocks) -> list[str]:
    bad = [w for w in (r"\bpes[oi]\b", r"pesatur", r"ponderaz", r"punteggi") if re.search(w, texts[D], re.I)]
    labels = {"\n".join(r[0]) for b in blocks if b[0] == "t" for r in b[1]}
    bad += [lab for lab in labels if re.search(r"peso|punti", lab, re.I)]
    return bad


PROBES = {   # rid -> (documents probed, patterns that must NOT occur | callable)
    "f28-040": ([D], probe_040),
    "f28-041": ([T], [r"agile", r"smart", r"telelavoro", r"da remoto", r"a distanza", r"\bPOLA\b"]),
    "f28-042": ([T], [r"€", r"\beur[oi]?\b", r"\bimport[oi]\b", r"\bcost[oi]\b", r"quadro economico",
                      r"finanziament", r"\d{1,3}(?:\.\d{3}){2,}", r"\d(?:\.\d{3})*,\d\d\b", r"\bmila\b"]),
    "f28-043": ([D], probe_043),
    "f28-044": ([D, T], [r"\bjesi\b"]),
    "f28-045": ([D, T], [r"\bnid[oi]\b", r"prima infanzia", r"\b0-3\b"]),
}


# ------------------------------------------------------------------------------------------ QA
def paraphrase_ok(s: str, group: list[str], docs_n: str) -> bool:
    """s is accepted although absent from the document if it renders a string of its group that is present:
    a numeric date as Italian words (04/2026 -> aprile / aprile 2026; 31/03/2026 -> 31 marzo 2026 / marzo 2026),
    or a number without its thousands dots (8.734 -> 8734)."""
    for g in group:
        if g == s or N(g) not in docs_n:
            continue
        m = re.fullmatch(r"(?:(\d\d)/)?(\d\d)/(\d{4})", g)
        if m:
            d, mo, y = m.group(1), MONTHS[int(m.group(2)) - 1], m.group(3)
            forms = {mo, f"{mo} {y}"} | ({f"{int(d)} {mo} {y}"} if d else set())
            if s in forms:
                return True
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", g) and s == g.replace(".", ""):
            return True
    return False


def qa_checks(rows, texts, lines, blocks) -> tuple[list[str], list[str]]:
    errors, notes = [], []
    norm = {d: N(t) for d, t in texts.items()}
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("ids are not unique")
    if ids != [f"f28-{i:03d}" for i in range(1, N_Q + 1)]:
        errors.append(f"ids are not f28-001..f28-{N_Q:03d} in order")
    types = set(TYPES)
    if DEV_QA.exists():
        dev = {json.loads(ln)["type"] for ln in DEV_QA.read_text(encoding="utf-8").splitlines() if ln.strip()}
        if dev != TYPES:
            errors.append(f"dev vocabulary changed: {sorted(dev ^ TYPES)}")
        types = dev
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
        if not (doc is None and r["type"] == "non_presente") and not 1 <= len(ev) <= 3:
            errors.append(f"{rid}: {len(ev)} anchors")
        for a, d in zip(ev, evd):
            if not isinstance(a, str) or not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
                errors.append(f"{rid}: anchor length/format ({len(a)}) {a!r}")
            if not any(a in ln for ln in lines[d]):
                errors.append(f"{rid}: anchor not a verbatim substring of one line of {d}: {a!r}")
            k = norm[d].count(N(a))
            if k == 0:
                errors.append(f"{rid}: anchor not in the normalised text of {d}: {a!r}")
            elif k > 1:
                notes.append(f"{rid}: anchor occurs {k} times in {d}: {a!r}")
        q = N(r["question"])
        if "montevallardo" not in q and "fossalberga" not in q and isinstance(doc, str):
            topic = TOPICS.get(rid)
            if topic is None or N(topic) not in q:
                errors.append(f"{rid}: names no comune and has no topic string")
            else:
                where = [d for d in texts if N(topic) in norm[d]]
                if where != [doc] or any(topic.lower().encode() in b for b in blobs):
                    errors.append(f"{rid}: topic {topic!r} is not specific to {doc} (in {where} / samples)")
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
                continue
            pdocs, pats = pr
            if doc is not None and doc not in pdocs:
                errors.append(f"{rid}: its document is not probed")
            if doc is None and set(pdocs) != set(texts):
                errors.append(f"{rid}: doc-null question must probe every document")
            if callable(pats):
                for b in pats(texts, blocks):
                    errors.append(f"{rid}: probe failed: {b}")
            else:
                for d in pdocs:
                    for w in pats:
                        if re.search(w, texts[d], flags=re.I):
                            errors.append(f"{rid}: {d} may answer it ({w!r} occurs)")
            continue
        if refusal:
            errors.append(f"{rid}: answerable answer contains a refusal marker")
        fact = FACTS.get(rid)
        if fact is None:
            errors.append(f"{rid}: no recomputed fact")
        else:
            try:
                for s in fact():
                    if N(s) not in ans:
                        errors.append(f"{rid}: recomputed fact {s!r} not in the golden answer")
            except (ValueError, AssertionError, StopIteration, KeyError, AttributeError, IndexError) as e:
                errors.append(f"{rid}: fact could not be recomputed: {e!r}")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        docs_n = " ".join(norm[d] for d in udocs)
        for g in groups:
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            if N(g[0]) not in docs_n:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the text of {udocs}")
            for s in g[1:]:
                if N(s) not in docs_n and not paraphrase_ok(s, g, docs_n):
                    errors.append(f"{rid}: must_contain {s!r} neither in {udocs} nor a paraphrase of its group")
    return errors, notes


def names_check() -> tuple[list[str], int]:
    errors, hits = [], 0
    blobs = [p.read_bytes().lower() for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
    for w in INVENTED:
        k = sum(w.lower().encode() in b for b in blobs)
        hits += k
        if k:
            errors.append(f"names: {w!r} occurs in {k} file(s) of data/samples")
    for p in BENCH.glob("fresh*/docs/*"):
        if p.parent.parent != HERE and any(c in p.name.lower() for c in ("montevallardo", "fossalberga")):
            errors.append(f"names: {p} already uses the comune name")
    return errors, hits


def main() -> int:
    errors, warnings, built = regenerate()
    docx_raw = (mp.DOCS / D).read_bytes() if (mp.DOCS / D).exists() else built[D]
    txt_raw = (mp.DOCS / T).read_bytes() if (mp.DOCS / T).exists() else built[T]
    blocks = docx_blocks(docx_raw)
    dlines = docx_lines(blocks)
    ttext = txt_raw.decode("ascii", errors="replace")
    texts = {D: "\n".join(dlines), T: ttext}
    lines = {D: dlines, T: ttext.split("\n")}
    e1, st1 = layout_docx(blocks, texts[D])
    e2, st2 = layout_txt(txt_raw)
    errors += e1 + e2 + themes(texts[D], texts[T])
    rows = []
    for i, ln in enumerate(QA.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip():
            try:
                rows.append(json.loads(ln))
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: JSON does not parse: {e}")
    e3, notes = qa_checks(rows, texts, lines, blocks)
    errors += e3
    nerr, hits = names_check()
    errors += nerr
    for n in notes:
        print("NOTE", n)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{D}: {len(docx_raw)} bytes, {len(texts[D])} characters of text; {st1.get('tables')} two-column schede "
          f"(blank cells {st1.get('blank')}, '—' cells {st1.get('dash')}; Ufficio-only schede "
          f"{st1.get('ufficio_only')}, staff referente {st1.get('staff_referente')}); "
          f"{len(mp.A_SETTORI)} settori ({sum(s[5] == 'list' for s in mp.A_SETTORI)} as nested bullets, "
          f"{sum(s[5] == 'prose' for s in mp.A_SETTORI)} as prose)")
    print(f"{T}: {len(txt_raw)} bytes, {len(lines[T])} lines; {st2.get('objectives')} objectives, "
          f"{st2.get('phases')} phases, {st2.get('settori')} settori; continuation lines "
          f"{st2.get('continuation_lines')}; {st2.get('headings')} numbered headings")
    print("regeneration: subprocess build == in-process builds == docs/ files" if not any(
        "build" in e or "docs/" in e for e in errors) else "regeneration: FAILED")
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"cross-document questions: {sum(isinstance(r.get('doc'), list) for r in rows)}; "
          f"doc-null questions: {sum(r.get('doc') is None for r in rows)}")
    print(f"invented names found in data/samples: {hits} hits over {len(INVENTED)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
