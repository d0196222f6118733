"""Validate benchmarks/fresh22/fresh22_qa.jsonl against docs/brentasco_piao-2026-2028_valore-pubblico-performance.docx.

Reads nothing of the assistant.  Standard library + python-docx (and make_plan, to rebuild the DOCX).
The "document text" is what python-docx gives, in body order: one line per paragraph (paragraph.text) and one
line per table row (the cell texts joined by a TAB).  The page header is not part of it.

1. determinism: the DOCX in docs/ equals make_plan.build() byte for byte, and two builds are identical;
2. layout (read back from the DOCX, compared with make_plan's data):
   * 2.1: 5-6 "Missione NN – <name>" headings (Heading 3) with the official national mission names; under each
     1-2 "Area strategica N – ..." (Heading 4); under each 2-5 "Progetto N.M <TITLE>" (Heading 5) numbered by
     area; >= 2 projects with no body (the next paragraph is a heading), >= 1 with a one-sentence body; no person
     is named anywhere in 2.1;
   * 2.2: a landscape section; one "Table Grid" table with the expected header and 10-14 rows; each "Progetto N.M"
     reference is a project heading of 2.1; each Responsabile is the head of a Settore; targets include
     percentages, euro amounts and plain counts;
   * 3.1: a "Table Grid" table Settore | Responsabile (EQ) | Dipendenti whose last row "Totale" is the sum, and a
     paragraph "Al 31/12/2025 il personale in servizio è di N unità, compreso il Segretario comunale in
     convenzione" with N = Totale + 1;
   * prose with yearly figures ("dal X% del 2023 al Y% del 2025");
3. QA (format of /work/shared/eval/README.md):
   * every line parses; keys in order; ids f22-001..f22-045; types from the README vocabulary, exactly 5
     non_presente; doc / evidence_docs consistent; answers <= 800 characters;
   * anchors: 1-3 per answerable question, 20-80 characters, no newline, inside ONE line of the document text,
     exactly one occurrence in the normalised text;
   * must_contain: every group is satisfied by the golden answer (its first alternative is in it); every group
     has an alternative that occurs in the normalised document text, unless the group is a derived figure
     (listed in DERIVED) that is recomputed from the plan data;
   * the fact behind every answerable question is recomputed from make_plan's data (project lists, counts,
     targets, responsabili, settori, staff, comparisons, hops) and must appear in the golden answer;
   * non_presente: empty must_contain, a refusal marker, and a probe showing the document lacks the information;
4. invented names: none occurs in data/samples/ (file counts only).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh22/fresh22_check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh22_qa.jsonl"
DOCF = mp.OUT
DOC = DOCF.name
SAMPLES = HERE.parent.parent / "data" / "samples"

KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
N_Q = 45
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
OFFICIAL_MISSIONS = {
    "01": "Servizi istituzionali, generali e di gestione", "02": "Giustizia", "03": "Ordine pubblico e sicurezza",
    "04": "Istruzione e diritto allo studio",
    "05": "Tutela e valorizzazione dei beni e delle attività culturali",
    "06": "Politiche giovanili, sport e tempo libero", "07": "Turismo",
    "08": "Assetto del territorio ed edilizia abitativa",
    "09": "Sviluppo sostenibile e tutela del territorio e dell'ambiente",
    "10": "Trasporti e diritto alla mobilità", "11": "Soccorso civile",
    "12": "Diritti sociali, politiche sociali e famiglia", "13": "Tutela della salute",
    "14": "Sviluppo economico e competitività", "15": "Politiche per il lavoro e la formazione professionale",
    "16": "Agricoltura, politiche agroalimentari e pesca",
    "17": "Energia e diversificazione delle fonti energetiche",
    "18": "Relazioni con le altre autonomie territoriali e locali", "19": "Relazioni internazionali",
    "20": "Fondi e accantonamenti", "50": "Debito pubblico", "60": "Anticipazioni finanziarie",
    "99": "Servizi per conto terzi"}
INVENTED = ["Brentasco", "Zorzetto", "Santa Liberata", "Valmorsina", "EcoValmorsina", "Sarzena", "Villa Tessaro",
            "Tessaro", "Bortolan", "Fabris", "Pegoraro", "Bergamin", "Zambon", "Scattolin", "Menegazzo",
            "Trevisan", "Tonin", "Marta Bortolan", "Nicola Fabris", "Andrea Pegoraro", "Elisa Bergamin",
            "Luca Zambon", "Paolo Scattolin", "Silvia Menegazzo", "Francesca Trevisan", "Davide Tonin"]
PERSON_MARKERS = ["dott.", "dott.ssa", "arch.", "ing.", "rag.", "comm.", "geom."]


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def num(v: str) -> float:
    return float(v.replace("%", "").replace("€", "").replace(".", "").replace(",", ".").strip())


# ---------------------------------------------------------------------------------------------- plan data
PROJ = mp.projects()                          # (mc, mn, an, aname, pc, title, body)
PROJ_BY = {p[4]: p for p in PROJ}
OBJ = {o[0]: o for o in mp.OBJECTIVES}         # code -> (code, text, project, settore, ind, t26, t27, t28)
SETT = {s[0]: s for s in mp.SETTORI}           # n -> (n, name, head, staff)
YEAR = {2026: 5, 2027: 6, 2028: 7}


def surname(person: str) -> str:
    return person.split()[-1]


def of_mission(mc: str) -> list[tuple]:
    return [p for p in PROJ if p[0] == mc]


def of_area(an: int) -> list[tuple]:
    return [p for p in PROJ if p[2] == an]


def head_of_obj(code: str) -> str:
    return SETT[OBJ[code][3]][2]


def objs_of_project(pc: str) -> list[str]:
    return [c for c, o in OBJ.items() if o[2] == pc]


def target(code: str, year: int) -> str:
    return OBJ[code][YEAR[year]]


def titles(ps) -> list[str]:
    return [p[5] for p in ps]


def settore_of_person(person: str) -> tuple:
    return next(s for s in mp.SETTORI if s[2] == person)


RD = re.search(r"dal ([\d,]+)% del 2023 al ([\d,]+)% del 2025", PROJ_BY["5.1"][6])
RD_DIFF = f"{num(RD.group(2)) - num(RD.group(1)):.1f}".replace(".", ",")

# Each answerable question: the strings (computed from make_plan's data) the golden answer must contain.
FACTS = {
    "f22-001": lambda: titles(of_mission("12")),
    "f22-002": lambda: titles(of_area(2)),
    "f22-003": lambda: titles(of_mission("05")),
    "f22-004": lambda: titles(of_area(6)),
    "f22-005": lambda: titles(of_mission("01")),
    "f22-006": lambda: sorted({f"Area strategica {p[2]} – {p[3]}" for p in of_mission("09")}),
    "f22-007": lambda: [c for c in OBJ if head_of_obj(c) == "ing. Paolo Scattolin"],
    "f22-008": lambda: [f"Settore {n} – {s[1]}" for n, s in SETT.items()],
    "f22-009": lambda: [f"{len(of_mission('09'))} progetti"],
    "f22-010": lambda: [f"{len(PROJ)} progetti", f"{len(mp.MISSIONS)} missioni",
                        f"{len({p[2] for p in PROJ})} aree strategiche"],
    "f22-011": lambda: [str(mp.total_staff()), f"{mp.total_staff() + 1} unità"],
    "f22-012": lambda: [f"{mp.total_staff() + 1} unità"],
    "f22-013": lambda: [f"{SETT[3][3]} dipendenti", "Lavori pubblici"],
    "f22-014": lambda: [f"{RD.group(1)}%"],
    "f22-015": lambda: [f"{len(of_mission('12'))} progetti"],
    "f22-016": lambda: ["OP09", target("OP09", 2027)],
    "f22-017": lambda: ["OP08", target("OP08", 2028)],
    "f22-018": lambda: ["OP06", OBJ["OP06"][4].split(" (")[0], target("OP06", 2026)],
    "f22-019": lambda: ["OP13", f"{target('OP13', 2028)} km"],
    "f22-020": lambda: ["OP03", target("OP03", 2026)],
    "f22-021": lambda: ["OP12", f"{target('OP12', 2027)} nel 2027", f"{target('OP12', 2028)} nel 2028"],
    "f22-022": lambda: [head_of_obj("OP12")],
    "f22-023": lambda: [head_of_obj("OP10")],
    "f22-024": lambda: [SETT[5][2], f"Settore 5 – {SETT[5][1]}"],
    "f22-025": lambda: [head_of_obj("OP02")],
    "f22-026": lambda: [mp.SEGRETARIO],
    "f22-027": lambda: [head_of_obj("OP05")],
    "f22-028": lambda: [head_of_obj("OP04")],
    "f22-029": lambda: (["Quello dell'OP06", target("OP06", 2027), target("OP09", 2027)]
                        if num(target("OP06", 2027)) > num(target("OP09", 2027)) else ["<wrong winner>"]),
    "f22-030": lambda: (["I controlli", target("OP10", 2027), target("OP12", 2027)]
                        if num(target("OP10", 2027)) > num(target("OP12", 2027)) else ["<wrong winner>"]),
    "f22-031": lambda: (["Il Settore 1", f"{SETT[1][3]} dipendenti", f"i {SETT[5][3]} del Settore 5"]
                        if SETT[1][3] > SETT[5][3] else ["<wrong winner>"]),
    "f22-032": lambda: (["Quello di Villa Tessaro (OP08)", target("OP08", 2028), target("OP03", 2028)]
                        if num(target("OP08", 2028)) > num(target("OP03", 2028)) else ["<wrong winner>"]),
    "f22-033": lambda: [f"{RD.group(1)}%", f"{RD.group(2)}%", f"{RD_DIFF} punti"],
    "f22-034": lambda: [c for c in objs_of_project("3.2")] + [head_of_obj(c) for c in objs_of_project("3.2")]
                       + [mp.settore_label(OBJ[c][3]) for c in objs_of_project("3.2")],
    "f22-035": lambda: objs_of_project("6.1") + [head_of_obj(c) for c in objs_of_project("6.1")]
                       + [mp.settore_label(OBJ[c][3]) + f" con {SETT[OBJ[c][3]][3]} dipendenti"
                          for c in objs_of_project("6.1")],
    "f22-036": lambda: objs_of_project("5.2") + [head_of_obj(c) for c in objs_of_project("5.2")]
                       + [mp.settore_label(OBJ[c][3]) for c in objs_of_project("5.2")],
    "f22-037": lambda: [f"Progetto {OBJ['OP14'][2]} {PROJ_BY[OBJ['OP14'][2]][5]}",
                        f"Area strategica {PROJ_BY[OBJ['OP14'][2]][2]}",
                        f"Missione {PROJ_BY[OBJ['OP14'][2]][0]} – {PROJ_BY[OBJ['OP14'][2]][1]}", head_of_obj("OP14")],
    "f22-038": lambda: [head_of_obj("OP12"), mp.settore_label(OBJ["OP12"][3]),
                        f"{SETT[OBJ['OP12'][3]][3]} dipendenti"],
    "f22-039": lambda: ["quota variabile della tariffa ai conferimenti del secco residuo"],
    "f22-040": lambda: ["allagamenti del novembre 2023 nella zona di Santa Liberata"],
}
# must_contain groups that are derived figures (not written in the document): id -> recomputed value
DERIVED = {"f22-009": str(len(of_mission("09"))), "f22-010": str(len(PROJ)), "f22-015": str(len(of_mission("12"))),
           "f22-033": RD_DIFF}


# ---------------------------------------------------------------------------------------------- document text
def read_doc(data: bytes):
    doc = Document(io.BytesIO(data))
    items = []                                            # ("p", style, text) / ("t", table)
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(el, doc)
            items.append(("p", p.style.name, p.text))
        elif tag == "tbl":
            items.append(("t", Table(el, doc), None))
    lines = []
    for kind, a, b in items:
        if kind == "p":
            lines.append(b)
        else:
            lines += ["\t".join(c.text for c in r.cells) for r in a.rows]
    return doc, items, lines


# ---------------------------------------------------------------------------------------------- probes
def probe_resp_44(text, items) -> list[str]:
    bad = objs_of_project("4.4")
    sec = section_21(items)
    if any(m in t for _, _, t in sec for m in PERSON_MARKERS):
        bad.append("a person title in 2.1")
    if PROJ_BY["4.4"][6] is not None:
        bad.append("project 4.4 has a body")
    if "Progetto 4.4" in text.replace(f"Progetto 4.4 {PROJ_BY['4.4'][5]}", ""):
        bad.append("project 4.4 referenced elsewhere")
    return bad


def probe_2029(text, items) -> list[str]:
    return ["2029 in the document"] if "2029" in text else []


def probe_costo_pista(text, items) -> list[str]:
    body = PROJ_BY["7.2"][6] or ""
    bad = [w for w in ("€", "euro", "cost", "importo", "stanziat", "finanziat") if w in body.lower()]
    bad += [f"objective {c} on project 7.2" for c in objs_of_project("7.2")]
    t = N(text)
    i = t.index("pista ciclabile")
    if re.search(r"€|euro|costo", t[i:i + 250]):
        bad.append("amount near 'pista ciclabile'")
    return bad


def probe_agile(text, items) -> list[str]:
    return [w for w in ("agile", "smart working", "pola", "telelavoro", "da remoto") if re.search(rf"\b{w}", N(text))]


def probe_fondo(text, items) -> list[str]:
    return [w for w in ("risorse decentrate", "fondo", "salario accessorio", "contrattazione integrativa")
            if w in N(text)]


PROBES = {"f22-041": probe_resp_44, "f22-042": probe_2029, "f22-043": probe_costo_pista,
          "f22-044": probe_agile, "f22-045": probe_fondo}


# ---------------------------------------------------------------------------------------------- layout
def section_21(items):
    texts = [(k, s, t) for k, s, t in items]
    i = next(j for j, (k, s, t) in enumerate(texts) if k == "p" and t == "2.1 Valore pubblico")
    e = next(j for j, (k, s, t) in enumerate(texts) if k == "p" and t == "2.2 Performance")
    return texts[i + 1:e]


def sentences(s: str) -> int:
    s = re.sub(r"\b(?:S\.r\.l|n)\.", "X", s)
    return len([x for x in re.split(r"(?<=[.;])\s+(?=[A-Z])", s) if x.strip()])


def layout(doc, items, lines, text) -> tuple[list[str], dict]:
    errors, st = [], {}
    sec = section_21(items)
    missions, cur_m, cur_a = [], None, None
    no_body, one_sent = [], []
    for j, (k, style, t) in enumerate(sec):
        if k != "p":
            errors.append("layout: a table inside 2.1")
            continue
        if style == "Heading 3":
            m = re.fullmatch(r"Missione (\d\d) – (.+)", t)
            if not m or OFFICIAL_MISSIONS.get(m.group(1)) != m.group(2):
                errors.append(f"layout: mission heading {t!r} is not an official mission name")
                continue
            cur_m = [m.group(1), []]
            missions.append(cur_m)
        elif style == "Heading 4":
            m = re.fullmatch(r"Area strategica (\d+) – .+", t)
            if not m or cur_m is None:
                errors.append(f"layout: bad area heading {t!r}")
                continue
            cur_a = [int(m.group(1)), []]
            cur_m[1].append(cur_a)
        elif style == "Heading 5":
            m = re.fullmatch(r"Progetto (\d+)\.(\d+) ([^a-z]+)", t)
            if not m or cur_a is None or int(m.group(1)) != cur_a[0] or int(m.group(2)) != len(cur_a[1]) + 1:
                errors.append(f"layout: bad project heading {t!r}")
                continue
            cur_a[1].append(t)
            nxt = sec[j + 1] if j + 1 < len(sec) else ("p", "Heading 2", "")
            if nxt[1].startswith("Heading") or nxt[2] == "":
                no_body.append(t)
            elif sentences(nxt[2]) == 1:
                one_sent.append(t)
    st["missions"] = len(missions)
    st["areas"] = sum(len(m[1]) for m in missions)
    st["projects"] = sum(len(a[1]) for m in missions for a in m[1])
    st["no_body"], st["one_sentence"] = len(no_body), len(one_sent)
    if not 5 <= len(missions) <= 6:
        errors.append(f"layout: {len(missions)} missions")
    for mc, areas in missions:
        if not 1 <= len(areas) <= 2:
            errors.append(f"layout: mission {mc} has {len(areas)} areas")
        for an, ps in areas:
            if not 2 <= len(ps) <= 5:
                errors.append(f"layout: area {an} has {len(ps)} projects")
    if len(no_body) < 2 or len(one_sent) < 1:
        errors.append(f"layout: {len(no_body)} projects without body, {len(one_sent)} with one sentence")
    if st["projects"] != len(PROJ):
        errors.append("layout: projects in the DOCX differ from make_plan")
    s21 = "\n".join(t for _, _, t in sec)
    for w in PERSON_MARKERS + [surname(s[2]) for s in mp.SETTORI] + [surname(mp.SEGRETARIO), "Responsabile"]:
        if re.search(rf"(?<!\w){re.escape(w)}", s21):
            errors.append(f"layout: 2.1 names {w!r}")
    # tables
    tables = [a for k, a, _ in items if k == "t"]
    if len(tables) != 2 or any(t.style.name != "Table Grid" for t in tables):
        errors.append("layout: want exactly two 'Table Grid' tables")
        return errors, st
    ot, gt = tables
    head = [c.text for c in ot.rows[0].cells]
    rows = [[c.text for c in r.cells] for r in ot.rows[1:]]
    st["objectives"] = len(rows)
    if head != mp.OBJ_HEAD or not 10 <= len(rows) <= 14:
        errors.append(f"layout: objectives table header {head} / {len(rows)} rows")
    heads = {s[2] for s in mp.SETTORI}
    kinds = Counter()
    for r in rows:
        m = re.fullmatch(r"Progetto (\d+\.\d+)", r[2])
        if not m or m.group(1) not in PROJ_BY:
            errors.append(f"layout: {r[0]} refers to {r[2]!r}, not a project heading")
        if r[3] not in heads:
            errors.append(f"layout: {r[0]} responsabile {r[3]!r} heads no Settore")
        for v in r[5:8]:
            kinds["%" if v.endswith("%") else "€" if v.startswith("€") else "n"] += 1
    if min(kinds["%"], kinds["€"], kinds["n"]) == 0:
        errors.append(f"layout: target kinds {dict(kinds)}")
    landscape = [s.orientation == WD_ORIENT.LANDSCAPE for s in doc.sections]
    if landscape != [False, True, False]:
        errors.append(f"layout: section orientations {landscape}")
    grows = [[c.text for c in r.cells] for r in gt.rows]
    if grows[0] != mp.ORG_HEAD or grows[-1][0] != "Totale":
        errors.append("layout: org table header / Totale row")
    total = int(grows[-1][2])
    if sum(int(r[2]) for r in grows[1:-1]) != total:
        errors.append("layout: org staff do not sum to Totale")
    st["settori"], st["totale"] = len(grows) - 2, total
    want = (f"Al 31/12/2025 il personale in servizio è di {total + 1} unità, compreso il Segretario comunale in "
            "convenzione")
    if want not in text:
        errors.append("layout: in-service paragraph (Totale + 1) missing")
    if not re.search(r"dal [\d,]+% del 2023 al [\d,]+% del 2025", text):
        errors.append("layout: yearly-figure prose missing")
    return errors, st


# ---------------------------------------------------------------------------------------------- QA
def qa_checks(rows, lines, text, items) -> list[str]:
    errors = []
    full_n = N(text)
    ids = [r.get("id") for r in rows]
    if ids != [f"f22-{i:03d}" for i in range(1, N_Q + 1)]:
        errors.append(f"ids are not f22-001..f22-{N_Q:03d} in order")
    mix = Counter(r.get("type") for r in rows)
    if set(mix) - TYPES or mix["non_presente"] != 5:
        errors.append(f"type mix {dict(mix)}")
    s21 = "\n".join(t for _, _, t in section_21(items))
    for r in rows:
        rid = r.get("id")
        if list(r) != KEYS:
            errors.append(f"{rid}: keys {list(r)}")
            continue
        if not r["question"].strip() or not r["answer"].strip():
            errors.append(f"{rid}: empty question / answer")
        if len(r["answer"]) > 800:
            errors.append(f"{rid}: answer longer than 800 characters")
        ans = N(r["answer"])
        refusal = any(mk in ans for mk in REFUSALS)
        ev, evd = r["evidence"], r["evidence_docs"]
        if not isinstance(ev, list) or not isinstance(evd, list) or len(ev) != len(evd):
            errors.append(f"{rid}: evidence / evidence_docs malformed")
            continue
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not refusal:
                errors.append(f"{rid}: non_presente answer without a refusal marker")
            if r["doc"] is None and (ev or evd):
                errors.append(f"{rid}: doc null but evidence given")
            if r["doc"] is not None and (r["doc"] != DOC or not ev or evd != [DOC] * len(ev)):
                errors.append(f"{rid}: doc-tied non_presente needs doc + anchors")
            probe = PROBES.get(rid)
            errors += [f"{rid}: no probe"] if probe is None else \
                [f"{rid}: document may answer it: {p}" for p in probe(text, items)]
        else:
            if refusal:
                errors.append(f"{rid}: answerable question whose answer contains a refusal marker")
            if r["doc"] != DOC or not 1 <= len(ev) <= 3 or evd != [DOC] * len(ev):
                errors.append(f"{rid}: doc / evidence / evidence_docs malformed")
        for a in ev:
            if not isinstance(a, str) or not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
                errors.append(f"{rid}: anchor length/format {a!r}")
            if not any(a in ln for ln in lines):
                errors.append(f"{rid}: anchor not verbatim inside one line: {a!r}")
            if full_n.count(N(a)) != 1:
                errors.append(f"{rid}: anchor occurs {full_n.count(N(a))} times: {a!r}")
        if r["type"] == "non_presente":
            continue
        fact = FACTS.get(rid)
        if fact is None:
            errors.append(f"{rid}: no recomputed fact")
        else:
            for s in fact():
                if N(s) not in ans:
                    errors.append(f"{rid}: recomputed fact {s!r} not in the golden answer")
        if r["type"] in ("responsabile", "multi_hop"):
            for s in [surname(x[2]) for x in mp.SETTORI]:
                if s in r["answer"] and s in s21:
                    errors.append(f"{rid}: {s} is named in 2.1 (hop would be trivial)")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        for g in groups:
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            if not any(N(s) in full_n for s in g):
                if DERIVED.get(rid) not in g:
                    errors.append(f"{rid}: fact {g} neither in the document nor a recomputed derived value")
    return errors


def names_check() -> tuple[list[str], dict]:
    errors, counts = [], {}
    blobs = [p.read_bytes().lower() for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
    for w in INVENTED:
        k = sum(w.lower().encode() in b for b in blobs)
        counts[w] = k
        if k:
            errors.append(f"names: {w!r} occurs in {k} file(s) of data/samples")
    return errors, counts


def main() -> int:
    errors: list[str] = []
    if not DOCF.exists():
        print(f"ERROR {DOCF} missing: run make_plan.py")
        return 1
    data = DOCF.read_bytes()
    b1, b2 = mp.build(), mp.build()
    if data != b1 or b1 != b2:
        errors.append(f"docs/{DOC} differs from a fresh build (run make_plan.py) or the build is not deterministic")
    doc, items, lines = read_doc(data)
    text = "\n".join(lines)
    lay, st = layout(doc, items, lines, text)
    errors += lay
    rows = []
    for i, ln in enumerate(QA.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip():
            try:
                rows.append(json.loads(ln))
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: JSON does not parse: {e}")
    errors += qa_checks(rows, lines, text, items)
    nerr, counts = names_check()
    errors += nerr
    for e in errors:
        print("ERROR", e)
    print(f"{DOC}: {len(data)} bytes, {len(text)} characters of python-docx text; 2.1: {st.get('missions')} missions, "
          f"{st.get('areas')} aree strategiche, {st.get('projects')} projects ({st.get('no_body')} without body, "
          f"{st.get('one_sentence')} with one sentence); 2.2: {st.get('objectives')} objectives; 3.1: "
          f"{st.get('settori')} settori, Totale {st.get('totale')}")
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"invented names found in data/samples: {sum(counts.values())} hits over {len(counts)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
