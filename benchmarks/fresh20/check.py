"""Validate benchmarks/fresh20/fresh20_qa.jsonl against docs/castelmaurano_piao-2025-2027.pdf.

Reads nothing of the assistant.  Standard library + pypdf (and make_plan, which needs fpdf2, to rebuild the PDF
and to read the plan data). The "document text" is what pypdf extracts: pages[i].extract_text() for every page,
joined with "\n".

1. determinism: the PDF in docs/ equals make_plan.build() byte for byte, and two builds are identical;
2. layout (from the PDF itself and from make_plan's data):
   * front part and risk/org pages A4 portrait, the 4 objectives pages A4 landscape;
   * TRANSPOSED objectives table: on each objectives page the 13 field labels start extracted lines in order,
     the code row is one line "<label> OB.xx OB.yy [OB.zz]" with 2 or 3 objectives, the target rows put the
     2 or 3 values side by side on one extracted line; >= 8 objectives; labels differ from page to page
     (synonyms); cells are ruled (rectangles in the content stream);
   * the "Responsabile" cell names a person for some objectives and only a role for >= 4 others; every
     objective resolves to exactly one person through the org chart;
   * org chart: lines "Settore X – ... ....... Responsabile: ..." with dotted leaders, followed by "Uffici:";
     exactly one Settore "ad interim" by the Segretario comunale (named only in prose), exactly one person
     heading two Settori; number of distinct E.Q. heads = the "4 titolari" of the anagrafica;
   * intro figures (period, abitanti, dipendenti) and the risk table (processo, livello, misura, responsabile);
3. QA (format of /work/shared/eval/README.md):
   * keys in order, ids f20-001..f20-045, the exact type mix, doc / evidence_docs;
   * anchors: 1-3 per answerable question, 20-80 characters, no newline, a substring of ONE extracted line,
     exactly one occurrence in the extracted text;
   * must_contain: every group satisfied by the golden answer (first alternative in it), every alternative in
     the normalised document text (or a spelled-out date / number listed in SPELLED); answers <= 800 chars;
     single-digit groups come with a subject group;
   * who-questions: the expected surname is RECOMPUTED through objective -> Responsabile/Settore -> org chart
     (-> ad interim -> Segretario in prose) and must not occur in that objective's own column;
   * facts behind multi_hop / confronto / some numerico answers are recomputed from the plan data;
   * non_presente: empty must_contain, a refusal marker, a probe confirming the information is missing;
4. invented names: none occurs in data/samples/ (the sample texts) nor in the other benchmarks/ folders
   (benchmarks/corpora excluded; file counts only).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh20/check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh20_qa.jsonl"
DOCF = mp.OUT
DOC = DOCF.name
ROOT = HERE.parent.parent
SAMPLES = ROOT / "data" / "samples"

KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
MIX = {"responsabile": 10, "multi_hop": 7, "confronto": 6, "numerico": 5, "tempistica": 5, "elenco": 4,
       "indicatore": 3, "non_presente": 5}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Castelmaurano", "Fonte del Faggio", "Colle Tasso", "Cefaratti", "Ziccardi", "Iacobucci",
            "Cianciullo", "Fardone", "Colasurdo", "Petrecca", "Litterio", "Di Nucci", "Manocchio", "Carosella",
            "Zampini", "Pistilli", "Tedeschini", "Lommano", "Fratangelo", "Moffa", "Ciamarra", "Di Criscio"]
PERSON = re.compile(r"\b(dott\.(?:ssa)?|rag\.|arch\.|ing\.|geom\.|isp\.)\s")
SPELLED = {"quattro", "quattro fototrappole", "28 febbraio 2025", "30 aprile 2025", "30 giugno 2025",
           "31 marzo 2025", "1° gennaio 2026", "1 gennaio 2026", "3 giugno 2025", "31 luglio 2025",
           "30 novembre 2025", "31 maggio 2026"}


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# ---------------------------------------------------------------------------------------------- plan data
OBJ = {o["codice"]: o for o in mp.OBJECTIVES}
SEG_NAME = re.search(r"svolte dalla (dott\.ssa \w+ \w+)", mp.SEGRETARIO).group(1)


def roman(settore: str) -> str:
    return re.match(r"Settore ([IVX]+) –", settore).group(1)


def org_row(rom: str):
    rows = [r for r in mp.ORG if roman(r[0]) == rom]
    assert len(rows) == 1, rom
    return rows[0]


def head(rom: str) -> str:
    """Person heading Settore `rom`; the ad interim Settore resolves to the Segretario named in the prose."""
    resp = org_row(rom)[1].removeprefix("Responsabile: ")
    if "ad interim" in resp:
        assert "Segretario comunale" in resp
        return SEG_NAME
    return re.sub(r"\s*\(.*\)$", "", resp)


def surname(person: str) -> str:
    return person.split()[-1]


def person_of(code: str) -> str:
    """objective -> person: the Responsabile cell if it names a person, else through the org chart."""
    o = OBJ[code]
    r = o["responsabile"]
    if PERSON.search(r + " "):
        return r
    if "Comandante" in r:
        rows = [x for x in mp.ORG if "(Comandante)" in x[1]]
        assert len(rows) == 1
        return head(roman(rows[0][0]))
    m = re.search(r"Settore ([IVX]+)\b", r)
    if m:
        assert m.group(1) == roman(o["settore"]), code
    return head(roman(o["settore"]))


def settore_of_ufficio(word: str) -> str:
    hits = [roman(r[0]) for r in mp.ORG if word.lower() in r[2].lower()]
    assert len(hits) == 1, word
    return hits[0]


def risk(process_start: str):
    rows = [r for r in mp.RISKS if r[0].startswith(process_start)]
    assert len(rows) == 1
    return rows[0]


def risk_person(row) -> str:
    r = row[3]
    if PERSON.search(r + " "):
        return r
    if r == "Segretario comunale":
        return SEG_NAME
    if "Comandante" in r:
        return head(roman([x for x in mp.ORG if "(Comandante)" in x[1]][0][0]))
    m = re.search(r"Settore ([IVX]+)$", r)
    return head(m.group(1)) if m else r          # "Responsabili di Settore": collective, no single person


def objectives_of(person_surname: str) -> list[str]:
    return sorted(c for c in OBJ if surname(person_of(c)) == person_surname)


def column_text(code: str) -> str:
    return " ".join(v if isinstance(v, str) else " ".join(v) for v in OBJ[code].values())


def d(s: str) -> tuple:
    dd, mm, yy = s.split("/")
    return (int(yy), int(mm), int(dd))


def fase_date(code: str, k: int) -> str:
    return re.search(r"(\d\d/\d\d/\d{4})", OBJ[code]["fasi"][k]).group(1)


def num(s: str) -> float:
    return float(re.sub(r"[^\d,]", "", s).replace(",", "."))


# who-questions: id -> (route, expected surname); route = objective code, ("ufficio", word) or ("rischio", process)
HOPS = {"f20-001": ("OB.01", "Cianciullo"), "f20-002": ("OB.03", "Colasurdo"), "f20-003": ("OB.05", "Colasurdo"),
        "f20-004": ("OB.08", "Fardone"), "f20-005": ("OB.09", "Litterio"), "f20-006": ("OB.10", "Petrecca"),
        "f20-007": ("OB.07", "Cianciullo"), "f20-008": (("ufficio", "Ufficio Tributi"), "Fardone"),
        "f20-009": (("ufficio", "Anagrafe, stato civile"), "Cianciullo"),
        "f20-010": (("rischio", "Rilascio dei permessi"), "Colasurdo"),
        "f20-014": ("OB.01", "Cianciullo"), "f20-016": ("OB.05", "Colasurdo")}


def hop_person(route) -> str:
    if isinstance(route, str):
        return person_of(route)
    kind, key = route
    if kind == "ufficio":
        return head(settore_of_ufficio(key))
    return risk_person(risk(key))


FACTS = {
    "f20-011": lambda: objectives_of("Petrecca") == ["OB.06", "OB.10"],
    "f20-012": lambda: objectives_of("Colasurdo") == ["OB.03", "OB.04", "OB.05"]
               and {roman(OBJ[c]["settore"]) for c in objectives_of("Colasurdo")} == {"III", "IV"},
    "f20-013": lambda: surname(person_of("OB.02")) == "Fardone"
               and [r[0] for r in mp.RISKS if surname(risk_person(r)) == "Fardone"] == ["Accertamenti tributari e rimborsi"]
               and "1.000" in risk("Accertamenti")[2],
    "f20-014": lambda: objectives_of("Cianciullo") == ["OB.01", "OB.07"],
    "f20-015": lambda: surname(head("VI")) == "Litterio" and OBJ["OB.09"]["t2025"] == "150",
    "f20-016": lambda: [c for c in OBJ if "LOMMANO" in OBJ[c]["personale"] and "PISTILLI" in OBJ[c]["personale"]]
               == ["OB.05"],
    "f20-017": lambda: head("III") == head("IV") and surname(head("III")) == "Colasurdo",
    "f20-018": lambda: num(OBJ["OB.04"]["t2026"]) == 100 and num(OBJ["OB.05"]["t2026"]) == 67,
    "f20-019": lambda: d(fase_date("OB.03", 0)) < d(fase_date("OB.02", 0))
               and (fase_date("OB.03", 0), fase_date("OB.02", 0)) == ("28/02/2025", "30/04/2025"),
    "f20-020": lambda: (OBJ["OB.06"]["t2025"], OBJ["OB.06"]["t2026"], OBJ["OB.09"]["t2025"], OBJ["OB.09"]["t2026"])
               == ("30", "36", "150", "170"),
    "f20-021": lambda: "41 giorni" in OBJ["OB.08"]["descrizione"] and OBJ["OB.08"]["t2026"] == "25 giorni",
    "f20-022": lambda: [r[0].split()[0] for r in mp.RISKS if r[1] == "Alto"] == ["Affidamenti", "Rilascio"]
               and [r[0] for r in mp.RISKS if r[1] == "Basso"] == ["Sanzioni del Codice della strada"],
    "f20-023": lambda: num(OBJ["OB.01"]["t2025"]) == 20 and num(OBJ["OB.08"]["t2025"]) == 30,
    "f20-025": lambda: len({head(roman(r[0])) for r in mp.ORG if "ad interim" not in r[1]}) == 4,
    "f20-026": lambda: OBJ["OB.02"]["t2026"] == "€ 60.000",
    "f20-038": lambda: OBJ["OB.03"]["t2025"] == "8 km",
    "f20-040": lambda: OBJ["OB.10"]["t2026"] == "90%",
}


# ---------------------------------------------------------------------------------------------- probes
def probe_costo_strade(text):
    col = N(column_text("OB.03"))
    bad = [w for w in ("€", "euro", "importo", "costo", "stanziat", "quadro economico") if w in col]
    bad += [ln for ln in text.splitlines() if re.search(r"strad|manutenz", ln, re.I) and re.search(r"€|euro", ln, re.I)
            and "€ 45.000" not in ln and "€ 60.000" not in ln]          # the IMU targets share the row line
    return bad


def probe_target_2027(text):
    bad = [c for c in OBJ if "2027" in column_text(c)]
    bad += [lab for labs in mp.LABELS for lab in labs if "2027" in lab]
    if "per il 2027 saranno definiti" not in text:
        bad.append("the sentence deferring the 2027 targets is missing")
    return bad


def probe_vicesegretario(text):
    t = N(text)
    return [w for w in ("vicesegretari", "vice segretari", "vice-segretari") if w in t]


def probe_nucleo(text):
    t = N(text)
    return [w for w in ("nucleo", "oiv", "organismo indipendente", "valutator") if re.search(rf"\b{w}", t)]


def probe_agile(text):
    t = N(text)
    return [w for w in ("agile", "smart", "remoto", "telelavoro", "a distanza") if w in t]


PROBES = {"f20-041": probe_costo_strade, "f20-042": probe_target_2027, "f20-043": probe_vicesegretario,
          "f20-044": probe_nucleo, "f20-045": probe_agile}


# ---------------------------------------------------------------------------------------------- layout
def rects(page) -> int:
    data = page.get_contents().get_data().decode("latin-1")
    num_ = r"-?\d+(?:\.\d+)?"
    return len(re.findall(rf"{num_} {num_} {num_} {num_} re\b", data))


def layout(reader: pypdf.PdfReader, pages: list[str], text: str) -> tuple[list[str], dict]:
    errors, stats = [], {}
    dims = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    stats["pages"] = len(pages)
    obj_pages = [i for i, t in enumerate(pages) if t.startswith(mp.RUNNING) and "Scheda obiettivi" in t]
    stats["obj_pages"] = len(obj_pages)
    if len(obj_pages) != len(mp.PAGES) or len(obj_pages) < 3:
        errors.append(f"layout: {len(obj_pages)} objectives pages")
    for i, (w, h) in enumerate(dims):
        want_land = i in obj_pages
        if (w > h) != want_land or abs(min(w, h) - 595.28) > 1 or abs(max(w, h) - 841.89) > 1:
            errors.append(f"layout: page {i + 1} should be A4 {'landscape' if want_land else 'portrait'}")
    # objectives: transposed table
    stats["objectives"] = len(OBJ)
    if len(OBJ) < 8 or len(OBJ) != len(mp.OBJECTIVES):
        errors.append("layout: fewer than 8 objectives or duplicate codes")
    if any(n not in (2, 3) for n in mp.PAGES) or sum(mp.PAGES) != len(OBJ):
        errors.append(f"layout: objectives per page {mp.PAGES}")
    if len({tuple(l) for l in mp.LABELS}) != len(mp.LABELS) or any(len(l) != len(mp.FIELDS) for l in mp.LABELS):
        errors.append("layout: label sets must have 13 labels and differ from page to page")
    varied = sum(len({l[k] for l in mp.LABELS}) > 1 for k in range(len(mp.FIELDS)))
    stats["varied_labels"] = varied
    if varied < 8:
        errors.append(f"layout: only {varied} fields change label across pages")
    k = 0
    for p, i in enumerate(obj_pages):
        objs = mp.OBJECTIVES[k:k + mp.PAGES[p]]
        k += mp.PAGES[p]
        lines = pages[i].splitlines()
        last = -1
        for f, lab in zip(mp.FIELDS, mp.LABELS[p]):      # each label starts a line, after the previous one
            hit = [j for j, ln in enumerate(lines) if j > last and ln.startswith(lab + " ")]
            if not hit:
                errors.append(f"layout: page {i + 1}: label {lab!r} does not start a line after the previous label")
                continue
            last = hit[0]
        code_line = mp.LABELS[p][0] + " " + " ".join(o["codice"] for o in objs)
        if code_line not in lines:
            errors.append(f"layout: page {i + 1}: code row {code_line!r} is not one line")
        for f in ("t2025", "t2026"):
            row = mp.LABELS[p][mp.FIELDS.index(f)] + " " + " ".join(o[f] for o in objs)
            if row not in lines:
                errors.append(f"layout: page {i + 1}: target row {row!r} is not one line")
        if rects(reader.pages[i]) < len(mp.FIELDS) * (len(objs) + 1):
            errors.append(f"layout: page {i + 1}: cells not ruled")
    # responsabile cells and resolution
    role_only = [c for c in OBJ if not PERSON.search(OBJ[c]["responsabile"] + " ")]
    stats["role_only"] = len(role_only)
    if len(role_only) < 4 or len(role_only) == len(OBJ):
        errors.append(f"layout: role-only Responsabile cells: {role_only}")
    for c in OBJ:
        try:
            person_of(c)
        except (AssertionError, AttributeError) as e:
            errors.append(f"layout: {c} does not resolve to a person ({e})")
    # org chart
    interim = [r for r in mp.ORG if "ad interim" in r[1]]
    if len(interim) != 1 or "Segretario comunale" not in interim[0][1]:
        errors.append("layout: want exactly one Settore ad interim by the Segretario comunale")
    heads = Counter(r[1] for r in mp.ORG if "ad interim" not in r[1])
    if sorted(heads.values()) != [1] * (len(heads) - 1) + [2]:
        errors.append(f"layout: heads {dict(heads)} (want exactly one person with two Settori)")
    for sett, resp, uff in mp.ORG:
        if not re.search(re.escape(sett) + r" \.{15,} " + re.escape(resp), text):
            errors.append(f"layout: org line with dotted leader missing for {sett!r}")
        if uff not in text:
            errors.append(f"layout: uffici line missing for {sett!r}")
    seg_lines = [ln for ln in text.splitlines() if surname(SEG_NAME) in ln]
    if len(seg_lines) != 1 or "svolte dalla" not in seg_lines[0]:
        errors.append("layout: the Segretario must be named exactly once, in prose")
    m = re.search(r"sono (\d+), di cui (\d+) titolari", text)
    if not m or int(m.group(2)) != len(heads):
        errors.append("layout: anagrafica E.Q. count != distinct org-chart heads")
    for s in ("triennio 2025-2027", "3.184 abitanti", "58,3 kmq", "€ 3.412.700"):
        if s not in text:
            errors.append(f"layout: intro figure {s!r} missing")
    # risks
    stats["risks"] = len(mp.RISKS)
    if "Misura di prevenzione Responsabile" not in text or not 4 <= len(mp.RISKS) <= 8:
        errors.append("layout: risk table header / size")
    for r in mp.RISKS:
        if r[1] not in ("Alto", "Medio", "Basso") or not re.search(rf"(^|\s){r[1]}\s", text, re.M):
            errors.append(f"layout: risk row {r[0]!r}")
    return errors, stats


# ---------------------------------------------------------------------------------------------- QA
def qa_checks(rows: list[dict], text: str) -> list[str]:
    errors = []
    lines = text.splitlines()
    full_n = N(text)
    squash = lambda x: re.sub(r"[\s.]", "", N(x))  # "90 %" / "90%", "3412700" / "3.412.700"
    ids = [r.get("id") for r in rows]
    if ids != [f"f20-{i:03d}" for i in range(1, 46)]:
        errors.append("ids are not f20-001..f20-045 in order")
    mix = Counter(r.get("type") for r in rows)
    if dict(mix) != MIX:
        errors.append(f"type mix {dict(mix)} != {MIX}")
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
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not refusal:
                errors.append(f"{rid}: non_presente answer without a refusal marker")
            if r["doc"] is None and (ev or evd):
                errors.append(f"{rid}: doc null but evidence given")
            if r["doc"] is not None and (r["doc"] != DOC or not ev or evd != [DOC] * len(ev)):
                errors.append(f"{rid}: doc-tied non_presente needs doc + an anchor")
            probe = PROBES.get(rid)
            errors += [f"{rid}: no probe"] if probe is None else [f"{rid}: document may answer it: {p}" for p in probe(text)]
        else:
            if refusal:
                errors.append(f"{rid}: answerable question whose answer contains a refusal marker")
            if r["doc"] != DOC or not 1 <= len(ev) <= 3 or evd != [DOC] * len(ev):
                errors.append(f"{rid}: doc / evidence / evidence_docs malformed")
        for a in ev:
            if not 20 <= len(a) <= 80 or "\n" in a:
                errors.append(f"{rid}: anchor length {len(a)}: {a!r}")
            if not any(a in ln for ln in lines):
                errors.append(f"{rid}: anchor not verbatim on one extracted line: {a!r}")
            if text.count(a) != 1:
                errors.append(f"{rid}: anchor occurs {text.count(a)} times: {a!r}")
        if rid in HOPS:
            route, sur = HOPS[rid]
            got = surname(hop_person(route))
            if got != sur:
                errors.append(f"{rid}: recomputed person is {got}, not {sur}")
            if sur not in r["answer"]:
                errors.append(f"{rid}: {sur} not in the golden answer")
            if isinstance(route, str) and sur in column_text(route):
                errors.append(f"{rid}: {sur} is in the objective's own column: no hop needed")
        if rid in FACTS:
            try:
                ok = FACTS[rid]()
            except (AssertionError, AttributeError, IndexError, ValueError) as e:
                ok = False
                errors.append(f"{rid}: fact recomputation failed: {e!r}")
            if not ok:
                errors.append(f"{rid}: recomputed fact does not hold")
        if r["type"] == "non_presente":
            continue
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        if any(all(re.fullmatch(r"\d", s) for s in g) for g in groups) and \
                not any(re.search(r"[^\W\d_]", s) for g in groups for s in g):
            errors.append(f"{rid}: single-digit group without a subject group")
        for g in groups:
            if any(len(s) > 30 for s in g):
                errors.append(f"{rid}: must_contain token too long: {g}")
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            for s in g:
                if N(s) not in full_n and squash(s) not in squash(text) and s not in SPELLED:
                    errors.append(f"{rid}: alternative {s!r} not in the document")
    return errors


def names_check() -> tuple[list[str], dict]:
    errors, counts = [], {}
    files = [p for p in SAMPLES.rglob("*") if p.is_file()]
    bench = ROOT / "benchmarks"
    files += [p for p in bench.rglob("*") if p.is_file() and HERE not in p.parents
              and (bench / "corpora") not in p.parents]
    blobs = []
    for p in files:
        try:
            blobs.append(p.read_bytes().lower())
        except OSError:
            pass
    for w in INVENTED:
        k = sum(w.lower().encode() in b for b in blobs)
        counts[w] = k
        if k:
            errors.append(f"names: {w!r} occurs in {k} file(s) of data/samples or benchmarks/")
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
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = [p.extract_text() for p in reader.pages]
    text = "\n".join(pages)
    lay, stats = layout(reader, pages, text)
    errors += lay
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    errors += qa_checks(rows, text)
    nerr, counts = names_check()
    errors += nerr
    for e in errors:
        print("ERROR", e)
    print(f"{DOC}: {len(data)} bytes, {stats.get('pages')} pages, {len(text)} extracted characters; "
          f"{stats.get('objectives')} objectives in a transposed table over {stats.get('obj_pages')} landscape pages "
          f"({'+'.join(map(str, mp.PAGES))} per page), {stats.get('varied_labels')}/{len(mp.FIELDS)} fields with "
          f"varying labels, {stats.get('role_only')} objectives naming only a role, {stats.get('risks')} risk rows")
    print(f"{len(rows)} questions, {sum(len(r['evidence']) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r['type'] for r in rows).items()))}")
    print(f"invented names found in data/samples + other benchmarks/ (corpora excluded): {sum(counts.values())} "
          f"files over {len(counts)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
