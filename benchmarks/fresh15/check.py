"""Validate benchmarks/fresh15/fresh15_qa.jsonl against docs/roccamorena_piao-2026-2028.docx.

Reads nothing of the product.  Needs python-docx (installed in /work/main/.venv).  Steps:

1. determinism: two in-memory builds with make_plan are byte-identical to each other and to docs/;
2. layout, read back from the .docx with python-docx (body paragraphs and the paragraphs of every physical
   table cell, in document order; a merged cell is read once):
   * Word heading styles: Title, Heading 1, Heading 2 ("Sezione 2.2 Performance", "Sezione 3.1 Struttura
     organizzativa"); running header; PAGE field in the footer;
   * the objectives table sits alone in a LANDSCAPE section between two portrait sections; header
     Obiettivo strategico | Cod. | Obiettivo operativo | Responsabile | Indicatore | Baseline 2025 |
     Target 2026 | Target 2027 | Peso %; 10-14 objectives in 3-4 strategic objectives whose cells are
     VERTICALLY merged (w:vMerge restart + continue) over 2-4 rows; weights add up to the Totale row = 100;
     multi-paragraph cells and bullet-style lines; at least 2 rows with two persons and at least 4 rows
     naming only an Area / office / role;
   * the cronoprogramma: two-row header (years merged horizontally), one row per objective with the same
     codes, marks only "X" / "●" / empty (both used), a Scadenza date on some rows and none on others;
   * the organigramma (Area | Servizi assegnati | Responsabile (titolare EQ) | n. dipendenti) with a Totale
     equal to the sum and to the headcount stated in the Premessa; every office-only objective resolves to
     exactly one Area of the organigramma (or, for the Segretario, to the paragraph naming him);
   * giunta paragraph (Sindaco + assessori with deleghe), stakeholder paragraph covering OS 1-4;
   * 12,000-18,000 characters of text;
3. QA (format of /work/shared/eval/README.md):
   * keys, ids f15-001..f15-048 unique and in order, the required count per type;
   * evidence: 1-3 anchors of 20-80 characters, each found verbatim inside ONE paragraph (body paragraph or
     one paragraph of one table cell); evidence_docs = doc for each anchor;
   * must_contain: every alternative occurs in the normalised document text; the only exception is a
     spelling variant of a figure (e.g. "45 %" next to "45%", "5812" next to "5.812", "63.4" next to
     "63,4") whose canonical form equals that of an alternative of the same group that does occur; every
     group is satisfied by the golden answer; a group made of a single-digit number only is paired with
     another group;
   * answers <= 800 characters; non_presente rows: doc null, no evidence, no groups, a refusal marker, and
     a probe confirming the gap in the document; answerable answers carry no refusal marker;
   * responsabile: at least 4 questions need the office -> organigramma hop (checked structurally);
4. names: every invented municipality, frazione and surname is absent from data/samples/ and from the other
   benchmarks/fresh*/ folders (`grep -rli`, as in the brief, plus the text inside .docx/.pdf files, which
   grep cannot see; only counts are printed).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh15/check.py [qa.jsonl]
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh15_qa.jsonl"
DOCX = mp.OUT
DOC = DOCX.name
ROOT = HERE.parent.parent
SAMPLES = ROOT / "data" / "samples"

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
MIX = {"responsabile": 9, "multi_hop": 7, "confronto": 6, "numerico": 5, "tempistica": 7, "indicatore": 5,
       "elenco": 4, "non_presente": 5}
N_QA = 48
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Roccamorena", "Coste Grisanti", "Valcerreto",
            "Carletti", "Paoloni", "Mazzieri", "Giuliodori", "Cesaroni", "Pieroni", "Tittarelli", "Scarponi",
            "Morresi", "Lattanzi", "Sabbatini", "Gabrielloni", "Strappini"]
TITLES = re.compile(r"\b(dott\.(?:ssa)?|ing\.|rag\.|geom\.|comm\.|arch\.|avv\.|sig\.(?:ra)?)\s", re.I)

# responsabile questions that need the hop: id -> (objective code, office keyword in the Responsabile cell,
# surname expected from the organigramma row whose Area/Servizi contain the keyword)
HOPS = {"f15-001": ("OP 1.1", "area 1", "Pieroni"),
        "f15-002": ("OP 2.1", "ufficio tecnico", "Scarponi"),
        "f15-003": ("OP 2.4", "comando di polizia locale", "Lattanzi"),
        "f15-004": ("OP 3.1", "servizi alla persona", "Morresi"),
        "f15-005": ("OP 4.1", "tributi", "Tittarelli")}
SEGRETARIO_HOP = {"f15-006": ("OP 4.2", "Cesaroni")}


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def canon(s: str) -> str:
    """Canonical spelling of a figure: no space before % or after €, no thousands dots, decimal point."""
    s = N(s)
    s = re.sub(r"\s+%", "%", s)
    s = re.sub(r"€\s+", "€", s)
    s = re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", s)
    s = re.sub(r"(?<=\d),(?=\d)", ".", s)
    return s


# --------------------------------------------------------------------------------------------------
# reading the .docx back
# --------------------------------------------------------------------------------------------------

def read(document):
    """Return (units, tables, body_items).

    units: every paragraph of the body and every paragraph of every physical table cell, as dicts
           {'text', 'where'}; an anchor must fall inside one unit.
    tables: list of tables, each a list of rows, each a list of physical cells
            {'text', 'paras', 'tc', 'vmerge', 'span'} (a vertically merged continuation cell is kept with
            vmerge 'continue' and empty text, so that it is read once only).
    body_items: ('p', Paragraph) / ('t', table index) in document order, with section breaks as ('s', None).
    """
    units, tabs, items = [], [], []

    def cell_info(tc, t):
        cell = _Cell(tc, t)
        tcPr = tc.tcPr
        vm, span = None, 1
        if tcPr is not None:
            v = tcPr.find(qn("w:vMerge"))
            if v is not None:
                vm = v.get(qn("w:val")) or "continue"
            g = tcPr.find(qn("w:gridSpan"))
            if g is not None:
                span = int(g.get(qn("w:val")))
        paras = [p.text for p in cell.paragraphs]
        return {"text": "\n".join(paras), "paras": paras, "tc": tc, "vmerge": vm, "span": span,
                "styles": [p.style.name if p.style is not None else "" for p in cell.paragraphs]}

    for el in document.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, document)
            units.append({"text": p.text, "where": "body"})
            items.append(("p", p))
            if el.find(qn("w:pPr")) is not None and el.find(qn("w:pPr")).find(qn("w:sectPr")) is not None:
                items.append(("s", None))
        elif el.tag == qn("w:tbl"):
            t = Table(el, document)
            rows = []
            for ri, tr in enumerate(el.tr_lst):
                row = []
                for ci, tc in enumerate(tr.tc_lst):
                    info = cell_info(tc, t)
                    row.append(info)
                    for para in info["paras"]:
                        units.append({"text": para, "where": f"table {len(tabs)} r{ri} c{ci}"})
                rows.append(row)
            items.append(("t", len(tabs)))
            tabs.append(rows)
    return units, tabs, items


def texts(row):
    return [c["text"] for c in row]


def find_table(tabs, first_cells):
    for k, rows in enumerate(tabs):
        if texts(rows[0])[:len(first_cells)] == first_cells:
            return k, rows
    return None, None


def layout(document, units, tabs, items):
    errors, stats = [], {}
    body = [it[1] for it in items if it[0] == "p"]
    styles = Counter(p.style.name for p in body if p.style is not None)
    for st, k in (("Title", 1), ("Heading 1", 3), ("Heading 2", 6)):
        if styles[st] < k:
            errors.append(f"layout: only {styles[st]} paragraphs in style {st!r} (need {k})")
    heads = [p.text for p in body if p.style is not None and p.style.name.startswith("Heading")]
    for h in ("Sezione 2.2 Performance", "Sezione 3.1 Struttura organizzativa", "Sezione 2.1 Valore pubblico"):
        if h not in heads:
            errors.append(f"layout: heading {h!r} missing")
    sec0 = document.sections[0]
    if "Roccamorena" not in sec0.header.paragraphs[0].text:
        errors.append("layout: running header missing")
    if "PAGE" not in sec0.footer.paragraphs[0]._p.xml:
        errors.append("layout: no PAGE field in the footer")

    # sections and orientation
    sec_of_table, s = {}, 0
    for kind, val in items:
        if kind == "s":
            s += 1
        elif kind == "t":
            sec_of_table[val] = s
    secs = document.sections
    stats["sections"] = [("landscape" if x.orientation == WD_ORIENT.LANDSCAPE else "portrait") for x in secs]

    mi, main = find_table(tabs, mp.MAIN_HEAD)
    gi, gantt = find_table(tabs, ["Obiettivo operativo", "2026", "2027", "Scadenza"])
    oi, org = find_table(tabs, mp.ORG_HEAD)
    if main is None or gantt is None or org is None:
        errors.append("layout: objectives / cronoprogramma / organigramma table missing")
        return errors, stats
    ls = sec_of_table[mi]
    if not (0 < ls < len(secs) - 1):
        errors.append("layout: the objectives table is not in a middle section")
    else:
        land, before, after = secs[ls], secs[ls - 1], secs[ls + 1]
        if land.orientation != WD_ORIENT.LANDSCAPE or land.page_width <= land.page_height:
            errors.append("layout: the objectives table's section is not landscape")
        for x in (before, after):
            if x.orientation != WD_ORIENT.PORTRAIT or x.page_width >= x.page_height:
                errors.append("layout: the sections around the objectives table are not portrait")
    if sum(1 for v in sec_of_table.values() if v == ls) > 2:
        errors.append("layout: more than the objectives table and the cronoprogramma in the landscape section")

    # objectives table
    data, total = main[1:-1], main[-1]
    stats["objectives"] = len(data)
    if not 10 <= len(data) <= 14:
        errors.append(f"layout: {len(data)} objectives (need about 12)")
    if any(len(r) != len(mp.MAIN_HEAD) for r in data):
        errors.append("layout: an objectives row does not have 9 physical cells")
    groups, cur = [], None
    for r in data:
        c0 = r[0]
        if c0["vmerge"] == "restart":
            cur = [c0["paras"][0], 1]
            groups.append(cur)
        elif c0["vmerge"] == "continue" and cur is not None:
            if c0["text"].strip():
                errors.append("layout: a vMerge continuation cell has text")
            cur[1] += 1
        else:
            errors.append("layout: 'Obiettivo strategico' cell not vertically merged")
    stats["strategic"] = [(g[0].split(" – ")[0], g[1]) for g in groups]
    if not 3 <= len(groups) <= 4 or any(not 2 <= g[1] <= 4 for g in groups) or \
            any(not g[0].startswith("OS ") for g in groups):
        errors.append(f"layout: strategic objective merges {stats['strategic']} (need 3-4 spanning 2-4 rows)")
    weights = {r[1]["text"]: int(r[8]["text"]) for r in data}
    if sum(weights.values()) != 100 or total[-1]["text"] != "100" or total[0]["span"] != 8:
        errors.append("layout: weights do not add up to the Totale row 100 (merged over 8 columns)")
    multi = sum(1 for r in data for c in r[2:8] if len(c["paras"]) > 1)
    bullets = sum(1 for r in data for p in r[2]["paras"] if p.startswith("• "))
    two_persons = [r[1]["text"] for r in data if len(TITLES.findall(r[3]["text"])) >= 2]
    no_person = [r[1]["text"] for r in data if not TITLES.search(r[3]["text"])]
    stats.update(multi_par_cells=multi, bullet_lines=bullets, two_persons=two_persons, office_only=no_person)
    if multi < 12:
        errors.append(f"layout: only {multi} multi-paragraph cells in the objectives table")
    if bullets < 4:
        errors.append(f"layout: only {bullets} bullet-style lines")
    if len(two_persons) < 2:
        errors.append("layout: fewer than 2 rows with two persons")
    if len(no_person) < 4:
        errors.append("layout: fewer than 4 rows naming only an office")
    for r in data:
        ind = len(r[4]["paras"])
        if any(len(r[k]["paras"]) != ind for k in (5, 6, 7)):
            errors.append(f"layout: {r[1]['text']} baseline/target paragraphs do not match the indicators")

    # cronoprogramma
    if texts(gantt[1])[1:7] != mp.GANTT_PERIODS or gantt[0][1]["span"] != 4 or gantt[0][2]["span"] != 2 \
            or gantt[1][0]["vmerge"] != "continue" or gantt[1][-1]["vmerge"] != "continue":
        errors.append("layout: cronoprogramma header is not the two-row merged header")
    grows = gantt[2:]
    codes = [r[0]["text"].split(" – ")[0] for r in grows]
    if codes != [r[1]["text"] for r in data]:
        errors.append("layout: cronoprogramma codes differ from the objectives table")
    marks = Counter(c["text"] for r in grows for c in r[1:7])
    if set(marks) - {"X", "●", ""} or not marks["X"] or not marks["●"]:
        errors.append(f"layout: cronoprogramma marks {dict(marks)}")
    dates = [r[7]["text"] for r in grows]
    if any(d and not re.fullmatch(r"\d\d/\d\d/20\d\d", d) for d in dates) or \
            sum(1 for d in dates if d) < 6 or sum(1 for d in dates if not d) < 2:
        errors.append(f"layout: Scadenza column {dates}")
    if any(len(r[0]["text"]) < 20 for r in grows):
        errors.append("layout: a cronoprogramma title is shorter than 20 characters")
    stats["gantt"] = {"rows": len(grows), "marks": dict(marks), "with_date": sum(1 for d in dates if d)}

    # organigramma and hops
    orows, otot = org[1:-1], org[-1]
    n_sum = sum(int(r[3]["text"]) for r in orows)
    prem = next((u["text"] for u in units if u["text"].startswith("Il Piano Integrato")), "")
    if otot[-1]["text"] != str(n_sum) or f"{n_sum} dipendenti" not in prem:
        errors.append("layout: organigramma Totale differs from the sum or from the Premessa")
    stats["areas"] = {r[0]["text"].split(" – ")[0]: (r[2]["paras"][0], int(r[3]["text"])) for r in orows}
    by_code = {r[1]["text"]: r for r in data}
    for qid, (code, kw, surname) in HOPS.items():
        row = by_code[code]
        resp = N(row[3]["text"])
        hits = [o for o in orows if kw in N(o[0]["text"] + " " + o[1]["text"])]
        if kw not in resp or TITLES.search(row[3]["text"]) or surname in " ".join(texts(row)):
            errors.append(f"hop {qid}: {code} Responsabile cell is not office-only ({row[3]['text']!r})")
        if len(hits) != 1 or surname not in hits[0][2]["text"]:
            errors.append(f"hop {qid}: {kw!r} does not resolve to one Area whose titolare is {surname}")
    for qid, (code, surname) in SEGRETARIO_HOP.items():
        row = by_code[code]
        segr = [u["text"] for u in units if u["where"] == "body" and "Segretario comunale" in u["text"]
                and surname in u["text"]]
        if "Segretario comunale" not in row[3]["text"] or surname in " ".join(texts(row)) or len(segr) != 1:
            errors.append(f"hop {qid}: Segretario hop not resolvable")

    # prose
    giunta = [u["text"] for u in units if "Sindaco" in u["text"] and "assessor" in u["text"]]
    if not giunta or len(re.findall(r"\([^)]*,[^)]*\)", giunta[0])) < 3:
        errors.append("layout: giunta paragraph with deleghe missing")
    stake = [u["text"] for u in units if "stakeholder" in u["text"]]
    if not stake or any(f"OS {k}" not in stake[0] for k in range(1, 5)):
        errors.append("layout: stakeholder paragraph does not cover OS 1-4")
    n_chars = sum(len(u["text"]) for u in units)
    stats["chars"] = n_chars
    if not 12000 <= n_chars <= 18000:
        errors.append(f"layout: {n_chars} characters of text (want 12-18k)")
    stats["tables"] = {"main": mi, "gantt": gi, "org": oi}
    return errors, stats


# --------------------------------------------------------------------------------------------------
# probes for non_presente questions: reasons why the document MIGHT answer after all
# --------------------------------------------------------------------------------------------------

def probe_cost(full, units, tabs):
    """No amount for the school works: nothing like €/euro/importo/costo in the OP 2.1 row, no paragraph
    speaking of the school together with an amount."""
    _, main = find_table(tabs, mp.MAIN_HEAD)
    row = next(r for r in main if len(r) > 1 and r[1]["text"] == "OP 2.1")
    bad = re.findall(r"€|\beuro\b|importo|cost[oi]|quadro economico|\d+\.\d{3}", " ".join(texts(row)), re.I)
    bad += [u["text"][:60] for u in units if re.search(r"scuola|sismic", u["text"], re.I)
            and re.search(r"€|\beuro\b|importo|cost[oi]\b", u["text"], re.I)]
    return bad


def probe_contacts(full, units, tabs):
    return re.findall(r"@|\btel\b|telefon\w*|\bcell\.|cellulare|e-?mail|\bpec\b|\bfax\b|\b0\d{1,3}[ /.-]?\d{5,8}\b|"
                      r"\b3\d{2}[ .-]?\d{6,7}\b|www\.|https?:", full)


def probe_2028(full, units, tabs):
    rest = full.replace("2026-2028", "")
    return ["'2028' occurs outside '2026-2028'"] if "2028" in rest else []


def probe_turismo(full, units, tabs):
    return re.findall(r"turis\w*|pro loco|promozione del territorio|ricettiv\w*|visitator\w*", full)


def probe_parttime(full, units, tabs):
    return re.findall(r"part[- ]?time|tempo parziale|parziale|orario ridotto", full)


PROBES = {"f15-044": probe_cost, "f15-045": probe_contacts, "f15-046": probe_2028, "f15-047": probe_turismo,
          "f15-048": probe_parttime}


# --------------------------------------------------------------------------------------------------
# QA
# --------------------------------------------------------------------------------------------------

def qa_checks(rows, units, tabs, stats):
    errors = []
    full = N("\n".join(u["text"] for u in units))
    full_canon = canon(full)
    unit_lines = [ln for u in units for ln in u["text"].split("\n")]
    ids = [r.get("id") for r in rows]
    if ids != [f"f15-{i:03d}" for i in range(1, N_QA + 1)]:
        errors.append(f"ids are not f15-001..f15-{N_QA:03d} in order")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    mix = Counter(r.get("type") for r in rows)
    if dict(mix) != MIX:
        errors.append(f"type counts {dict(mix)} != {MIX}")
    variants = 0
    for r in rows:
        rid = r.get("id")
        if list(r) != list(KEYS):
            errors.append(f"{rid}: keys {list(r)} (want {list(KEYS)})")
            continue
        if not isinstance(r["question"], str) or not r["question"].strip() or not r["answer"].strip():
            errors.append(f"{rid}: empty question/answer")
        if len(r["answer"]) > 800:
            errors.append(f"{rid}: answer longer than 800 characters")
        ans = N(r["answer"])
        ev, evd = r["evidence"], r["evidence_docs"]
        if r["type"] == "non_presente":
            if r["must_contain"] != [] or ev != [] or evd != [] or r["doc"] is not None:
                errors.append(f"{rid}: non_presente must have doc null, empty evidence/evidence_docs/must_contain")
            if not any(m in ans for m in REFUSALS):
                errors.append(f"{rid}: non_presente answer without a refusal marker")
            probe = PROBES.get(rid)
            if probe is None:
                errors.append(f"{rid}: no probe for this non_presente question")
            else:
                errors += [f"{rid}: the document may answer it: {p!r}" for p in probe(full, units, tabs)]
            continue
        if r["doc"] != DOC:
            errors.append(f"{rid}: doc {r['doc']!r}")
        if not 1 <= len(ev) <= 3 or evd != [DOC] * len(ev):
            errors.append(f"{rid}: evidence / evidence_docs malformed")
        for a in ev:
            if not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
                errors.append(f"{rid}: anchor length {len(a)} / line break: {a!r}")
            if not any(a in ln for ln in unit_lines):
                errors.append(f"{rid}: anchor not verbatim inside one paragraph / cell paragraph: {a!r}")
        if any(m in ans for m in REFUSALS):
            errors.append(f"{rid}: answerable question whose answer contains a refusal marker")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        for g in groups:
            if not any(N(alt) in ans for alt in g):
                errors.append(f"{rid}: golden answer does not satisfy group {g}")
            present = [alt for alt in g if N(alt) in full]
            if not present:
                errors.append(f"{rid}: no alternative of {g} occurs in the document")
            for alt in g:
                if alt in present:
                    continue
                if any(canon(alt) == canon(p) for p in present) and canon(alt) in full_canon:
                    variants += 1
                else:
                    errors.append(f"{rid}: alternative {alt!r} does not occur in the document")
            if all(re.fullmatch(r"\d", alt.strip()) for alt in g) and len(groups) < 2:
                errors.append(f"{rid}: single-digit group {g} not paired with a subject group")
            if len(g) == 1 and re.fullmatch(r"\d", g[0].strip()):
                others = [h for h in groups if h is not g and not all(re.fullmatch(r"[\d.,% ]+", x) for x in h)]
                if not others:
                    errors.append(f"{rid}: single-digit group {g} has no group naming the subject")
    stats["variants"] = variants
    hops = sum(1 for r in rows if r["id"] in HOPS and r["type"] == "responsabile"
               and r["must_contain"] == [[HOPS[r["id"]][2]]])
    stats["responsabile_hops"] = hops
    if hops < 4:
        errors.append(f"only {hops} responsabile questions need the organigramma hop (need 4)")
    return errors


# --------------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------------

def names_check():
    errors, counts = [], {}
    dirs = [str(SAMPLES)] + [str(d) for d in sorted((ROOT / "benchmarks").glob("fresh*"))
                             if d.is_dir() and d.resolve() != HERE]
    for w in INVENTED:
        out = subprocess.run(["grep", "-rli", "--", w, *dirs], capture_output=True, text=True).stdout
        counts[w] = len([x for x in out.splitlines() if x.strip()])
    # grep cannot see inside .docx / .pdf: read their text (the QA files and build scripts are not opened)
    blob = []
    for d in dirs[1:]:
        for p in Path(d).rglob("*"):
            if p.suffix == ".docx":
                try:
                    with zipfile.ZipFile(p) as z:
                        blob.append(re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8", "replace")))
                except (zipfile.BadZipFile, KeyError):
                    pass
            elif p.suffix == ".pdf":
                try:
                    from pypdf import PdfReader
                    blob.append("\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages))
                except Exception:                                  # noqa: BLE001 - best effort
                    pass
    text = "\n".join(blob).lower()
    for w in INVENTED:
        if w.lower() in text:
            counts[w] += 1
    for w, c in counts.items():
        if c:
            errors.append(f"names: {w!r} found in {c} file(s) of data/samples or another fresh* folder")
    return errors, sum(counts.values())


def main() -> int:
    errors: list[str] = []
    a, b = mp.build(), mp.build()
    if a != b:
        errors.append("two in-memory builds differ (generator not deterministic)")
    if not DOCX.exists():
        print(f"ERROR {DOCX} missing: run make_plan.py")
        return 1
    if DOCX.read_bytes() != a:
        errors.append(f"docs/{DOC} differs from a fresh build (run make_plan.py)")
    document = docx.Document(str(DOCX))
    units, tabs, items = read(document)
    lay_err, stats = layout(document, units, tabs, items)
    errors += lay_err
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    errors += qa_checks(rows, units, tabs, stats)
    name_err, name_hits = names_check()
    errors += name_err
    for e in errors:
        print("ERROR", e)
    n_ev = sum(len(r["evidence"]) for r in rows)
    print(f"{DOC}: {DOCX.stat().st_size} bytes, {len(units)} paragraphs (body + cell paragraphs), "
          f"{stats.get('chars')} characters of text; sections {stats.get('sections')}")
    print(f"objectives table: {stats.get('objectives')} rows, strategic merges {stats.get('strategic')}, "
          f"{stats.get('multi_par_cells')} multi-paragraph cells, {stats.get('bullet_lines')} bullet lines, "
          f"two persons {stats.get('two_persons')}, office-only {stats.get('office_only')}")
    print(f"cronoprogramma: {stats.get('gantt')}; organigramma: {stats.get('areas')}")
    print(f"{len(rows)} questions, {n_ev} evidence anchors, {stats.get('variants')} figure spelling variants, "
          f"{stats.get('responsabile_hops')} responsabile questions need the organigramma hop; by type: "
          f"{dict(sorted(Counter(r['type'] for r in rows).items()))}")
    print(f"names: {len(INVENTED)} invented names, {name_hits} hits in data/samples + other fresh* folders")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
