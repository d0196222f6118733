"""Validate benchmarks/fresh19/fresh19_qa.jsonl against docs/serrapetrosa_piao-2026-2028.pdf.

Reads nothing of the assistant.  Standard library + pypdf (and make_plan, which needs fpdf2, to rebuild the PDF).
The "document text" is what pypdf extracts: pages[i].extract_text() for every page, joined with "\n".

1. determinism: the PDF in docs/ equals make_plan.build() byte for byte, and two builds are identical;
2. layout (from the PDF itself and from make_plan's data):
   * front part portrait, objectives / org chart landscape (A4);
   * the objectives table spans >= 3 pages, its header row is repeated on each of them; every cell is ruled
     (rectangles in the content stream); one full-width shaded band per "Obiettivo strategico";
   * 14-18 objectives with unique codes, weights summing to 100, some "n.d." / "–" cells; the "Settore resp."
     column names no person; every objective resolves to exactly one Settore of the org chart (by the
     "Sett. N –" prefix or by a Servizio listed in the org chart);
   * fasi e tempi for 6 objectives, each Dal <= Al;
   * org chart: exactly one Settore "ad interim" by the Segretario generale, exactly one person heading two
     Settori, N. dipendenti summing to the stated Totale; Totale + heads = dipendenti in the anagrafica;
   * Giunta sentence with sindaco + 4 assessori; Segretario named in prose with "dott.ssa"; risk table;
3. QA (format of /work/shared/eval/README.md):
   * keys in order, ids f19-001..f19-048, the exact type mix, doc / evidence_docs;
   * anchors: 1-3 per answerable question, 20-80 characters, no newline, a substring of ONE extracted line,
     exactly one occurrence in the extracted text;
   * must_contain: every group satisfied by the golden answer (first alternative in it); every alternative
     in the normalised document text, or a derived value recomputed here; single-digit groups come with a
     subject group; answers <= 800 characters;
   * hop questions: the expected surname is recomputed (objective -> Settore -> head, ad interim ->
     Segretario) and it does NOT occur on the objectives pages;
   * facts behind confronto / multi_hop answers are recomputed from the plan data;
   * non_presente: empty must_contain, a refusal marker, a probe confirming the information is missing;
4. invented names: none occurs in data/samples/ or in the other benchmarks/ folders (file counts only).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh19/check.py [qa.jsonl]
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

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh19_qa.jsonl"
DOCF = mp.OUT
DOC = DOCF.name
ROOT = HERE.parent.parent
SAMPLES = ROOT / "data" / "samples"
MM = 72.0 / 25.4

KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
MIX = {"responsabile": 12, "multi_hop": 8, "confronto": 7, "numerico": 7, "elenco": 4, "tempistica": 4,
       "non_presente": 5, "indicatore": 1}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Serrapetrosa", "Piano dei Mandorli", "Fontanavecchia", "Santarsiero", "Pietrafesa", "Romaniello",
            "Lacertosa", "Zaccagnino", "Possidente", "Bochicchio", "Tortorelli", "Cerverizzo", "Viggiani"]
PERSON_MARKERS = ["dott", "ing.", "comm.", "rag.", "arch.", "geom."]

# responsabile / multi_hop questions: id -> (objective code, expected surname reached through the org chart)
HOPS = {"f19-001": ("1.3", "Bochicchio"), "f19-002": ("1.2", "Possidente"), "f19-003": ("2.1", "Tortorelli"),
        "f19-004": ("2.3", "Tortorelli"), "f19-005": ("3.1", "Cerverizzo"), "f19-006": ("1.5", "Possidente"),
        "f19-007": ("3.3", "Cerverizzo"), "f19-008": ("2.5", "Viggiani"), "f19-009": ("1.4", "Bochicchio"),
        "f19-010": ("2.4", "Tortorelli"), "f19-011": ("1.6", "Possidente"), "f19-019": ("3.1", "Cerverizzo")}


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# ---------------------------------------------------------------------------------------------- plan data
OBJ = {o[0]: o for _, objs in mp.STRATEGIC for o in objs}        # code -> tuple
ORG_ROWS = [r for r in mp.ORG if r[0] != "Totale"]
SEG_NAME = mp.SEG[0][1]                                            # "dott.ssa Filomena Possidente"


def settore_of(code: str) -> int:
    """Index in ORG_ROWS of the Settore an objective belongs to (by 'Sett. N –' or by a listed Servizio)."""
    cell = OBJ[code][8]
    hits = []
    m = re.match(r"Sett\. ([IVX]+) –", cell)
    for i, r in enumerate(ORG_ROWS):
        roman = r[0].split(" – ")[0]
        servizi = [s.strip() for s in r[2].split(";")]
        if (m and m.group(1) == roman) or (not m and any(s == cell or s.startswith(cell + " ") for s in servizi)):
            hits.append(i)
    if len(hits) != 1:
        raise ValueError(f"objective {code}: settore cell {cell!r} resolves to {hits}")
    return hits[0]


def head_of(code: str) -> str:
    head = ORG_ROWS[settore_of(code)][1]
    return SEG_NAME if "ad interim" in head and "Segretario generale" in head else head


def surname(person: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", person).split()[-1]


def weights_of(pred) -> int:
    return sum(int(OBJ[c][9]) for c in OBJ if pred(c))


def staff(i: int) -> int:
    return int(ORG_ROWS[i][3])


def idx(roman: str) -> int:
    return [r[0].split(" – ")[0] for r in ORG_ROWS].index(roman)


def fase(text: str) -> tuple:
    return next(f for f in mp.FASI if f[1] == text)


def d(s: str) -> tuple:
    dd, mm, yy = s.split("/")
    return (int(yy), int(mm), int(dd))


def pct(s: str) -> float:
    return float(s.rstrip("%").replace(".", "").replace(",", "."))


DERIVED = {
    ("f19-013", 5): lambda: str(weights_of(lambda c: surname(head_of(c)) == "Tortorelli")),
    ("f19-017", 0): lambda: str(weights_of(lambda c: settore_of(c) == idx("II"))),
    ("f19-020", 3): lambda: str(weights_of(lambda c: settore_of(c) == idx("V"))),
}
# facts behind comparison / hop answers, recomputed from the plan data
FACTS = {
    "f19-013": lambda: sorted(c for c in OBJ if surname(head_of(c)) == "Tortorelli") == ["2.1", "2.2", "2.3", "2.4", "3.4"],
    "f19-014": lambda: settore_of("3.2") == idx("V") and staff(idx("V")) == 5,
    "f19-015": lambda: sorted(c for c in OBJ if settore_of(c) == idx("I")) == ["1.1", "1.2", "1.5", "1.6"],
    "f19-016": lambda: max(range(len(ORG_ROWS)), key=staff) == idx("III")
               and [staff(i) for i in range(len(ORG_ROWS))].count(staff(idx("III"))) == 1,
    "f19-017": lambda: sorted(c for c in OBJ if settore_of(c) == idx("II")) == ["1.3", "1.4"],
    "f19-018": lambda: staff(idx("VI")) == 6 and "Viggiani" in ORG_ROWS[idx("VI")][1],
    "f19-020": lambda: sorted(c for c in OBJ if settore_of(c) == idx("V")) == ["3.1", "3.2", "3.3"],
    "f19-021": lambda: pct(OBJ["1.1"][6]) == 90 and pct(OBJ["3.2"][6]) == 85,
    "f19-022": lambda: staff(idx("III")) == 9 and staff(idx("VI")) == 6,
    "f19-023": lambda: d(fase("Approvazione del nuovo regolamento SAD")[3]) < d(fase("Aggiudicazione dei lavori del primo lotto")[3]),
    "f19-024": lambda: int(OBJ["1.3"][9]) == 8 and int(OBJ["2.3"][9]) == 7,
    "f19-025": lambda: mp.RISKS[0][1] == "alto" and mp.RISKS[-1][1] == "basso",
    "f19-026": lambda: staff(idx("III")) == 9 and staff(idx("IV")) == 4
               and ORG_ROWS[idx("III")][1] == ORG_ROWS[idx("IV")][1],
    "f19-027": lambda: int(OBJ["2.2"][9]) == 6 and int(OBJ["2.6"][9]) == 5,
    "f19-031": lambda: OBJ["2.2"][5] == "650",
    "f19-032": lambda: int(mp.ORG[-1][3]) + len({r[1] for r in ORG_ROWS if "ad interim" not in r[1]}) == 41,
    "f19-048": lambda: OBJ["2.6"][5] == "200" and "presidio" in OBJ["2.6"][3],
}


# ---------------------------------------------------------------------------------------------- probes
def probe_formazione_2028(text):
    return [] if OBJ["1.5"][7] == "n.d." and "30 ore n.d. Ufficio Personale" in text else ["1.5 target 2028 not n.d."]


def probe_museo_baseline(text):
    bad = [] if OBJ["3.4"][4] == "n.d." else ["3.4 baseline not n.d."]
    bad += [ln for ln in text.splitlines() if "visitatori" in ln.lower() and "2025" in ln]
    return bad


def probe_nucleo(text):
    t = N(text)
    return [w for w in ("nucleo", "oiv", "organismo indipendente", "valutator") if re.search(rf"\b{w}", t)]


def probe_agile(text):
    t = N(text)
    return [w for w in ("agile", "smart", "remoto", "telelavoro", "a distanza") if w in t]


def probe_costo_strada(text):
    row = N(" ".join(str(x) for x in OBJ["2.1"]))
    bad = [w for w in ("€", "euro", "importo", "costo", "quadro economico") if w in row]
    bad += [ln for ln in text.splitlines() if re.search(r"strada|lotto|viabile", ln, re.I) and re.search(r"€|euro", ln)]
    return bad


PROBES = {"f19-043": probe_formazione_2028, "f19-044": probe_museo_baseline, "f19-045": probe_nucleo,
          "f19-046": probe_agile, "f19-047": probe_costo_strada}


# ---------------------------------------------------------------------------------------------- layout
def rects(page) -> list[tuple[float, float, float, float]]:
    data = page.get_contents().get_data().decode("latin-1")
    num = r"(-?\d+(?:\.\d+)?)"
    return [tuple(map(float, m.groups())) for m in re.finditer(rf"{num} {num} {num} {num} re\b", data)]


def layout(reader: pypdf.PdfReader, pages: list[str], text: str) -> tuple[list[str], dict]:
    errors, stats = [], {}
    dims = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    stats["pages"] = len(pages)
    if not (dims[0][0] < dims[0][1] and abs(dims[0][0] - 595.28) < 1):
        errors.append("layout: first page is not A4 portrait")
    obj_pages = [i for i, t in enumerate(pages) if "Sezione 2.2 – Performance" in t.splitlines()[0]]
    head_pages = [i for i in obj_pages if "Cod. Obiettivo operativo Indicatore Baseline" in pages[i]
                  and any(f"\n{c} " in pages[i] for c in OBJ)]
    stats["obj_pages"] = len(head_pages)
    if len(head_pages) < 3:
        errors.append(f"layout: objectives table spans {len(head_pages)} pages (want >= 3, header repeated)")
    for i in obj_pages + [len(pages) - 1]:
        if not dims[i][0] > dims[i][1]:
            errors.append(f"layout: page {i + 1} is not landscape")
    # ruling and bands
    full_w = sum(mp.OBJ_COLS) * MM
    bands = 0
    for i in head_pages:
        rs = rects(reader.pages[i])
        if len(rs) < 9 * 4:
            errors.append(f"layout: page {i + 1} has only {len(rs)} ruled cells")
        bands += sum(abs(r[2] - full_w) < 0.5 for r in rs)
    stats["bands"] = bands
    if bands != len(mp.STRATEGIC) or len(mp.STRATEGIC) < 3:
        errors.append(f"layout: {bands} full-width band rows for {len(mp.STRATEGIC)} strategic objectives")
    for k, (band, _) in enumerate(mp.STRATEGIC, 1):
        if not band.startswith(f"Obiettivo strategico {k} – ") or band not in text.splitlines():
            errors.append(f"layout: band {band!r} not a line of its own")
    # objectives
    codes = list(OBJ)
    stats["objectives"] = len(codes)
    if not 14 <= len(codes) <= 18 or len(set(codes)) != len(codes):
        errors.append(f"layout: {len(codes)} objectives / duplicate codes")
    if sum(int(o[9]) for o in OBJ.values()) != 100:
        errors.append("layout: weights do not sum to 100")
    cells = [c for o in OBJ.values() for c in o[4:8]]
    if cells.count("n.d.") < 2 or cells.count("–") < 1:
        errors.append("layout: want >= 2 'n.d.' and >= 1 '–' cells")
    people = [surname(r[1]) for r in ORG_ROWS if "ad interim" not in r[1]] + [surname(SEG_NAME)]
    for c, o in OBJ.items():
        if f"{c} {o[1].split()[0]}" not in text:
            errors.append(f"layout: objective {c} row not found in extracted text")
        if any(m in o[8].lower() for m in PERSON_MARKERS) or any(p in o[8] for p in people):
            errors.append(f"layout: objective {c}: Settore resp. names a person")
        try:
            settore_of(c)
        except ValueError as e:
            errors.append(f"layout: {e}")
    # fasi
    fcodes = {f[0] for f in mp.FASI}
    stats["fasi_obj"] = len(fcodes)
    if len(fcodes) != 6 or not fcodes <= set(codes):
        errors.append(f"layout: fasi for {sorted(fcodes)}")
    for f in mp.FASI:
        if d(f[2]) > d(f[3]):
            errors.append(f"layout: fase {f[1]!r} ends before it starts")
        if f"{f[0]} {f[1]} {f[2]} {f[3]}" not in text:
            errors.append(f"layout: fase row {f[1]!r} not one extracted line")
    # org chart
    interim = [r for r in ORG_ROWS if "ad interim" in r[1]]
    if len(interim) != 1 or "Segretario generale" not in interim[0][1]:
        errors.append("layout: want exactly one Settore ad interim by the Segretario generale")
    heads = Counter(r[1] for r in ORG_ROWS if "ad interim" not in r[1])
    if sorted(heads.values()) != [1] * (len(heads) - 1) + [2]:
        errors.append(f"layout: heads {dict(heads)} (want exactly one person with two Settori)")
    total = int(mp.ORG[-1][3])
    if sum(staff(i) for i in range(len(ORG_ROWS))) != total:
        errors.append("layout: org chart staff do not sum to Totale")
    m = re.search(r"i dipendenti in servizio sono (\d+)", text)
    if not m or int(m.group(1)) != total + len(heads) or f"totale di {total + len(heads)} dipendenti" not in text:
        errors.append("layout: anagrafica headcount != Totale + EQ heads")
    stats["settori"] = len(ORG_ROWS)
    for r in ORG_ROWS:
        if f"{r[0]} {r[1]}" not in text:
            errors.append(f"layout: org row {r[0]!r} not found")
    # people in prose
    if not re.search(r"Segretario generale sono svolte dalla\s+" + re.escape(SEG_NAME).replace(r"\ ", r"\s+"), text):
        errors.append("layout: Segretario not named in prose with title")
    if not re.search(r"Sindaco Vincenzo\s+Santarsiero", text) or len(re.findall(r"(?:assessor[ea]|Vicesindaca)\s+[A-Z]", text)) != 4:
        errors.append("layout: Giunta sentence incomplete")
    # risks
    stats["risks"] = len(mp.RISKS)
    for a, lvl, mis in mp.RISKS:
        if f"{a} {lvl} " not in text or lvl not in ("alto", "medio", "basso"):
            errors.append(f"layout: risk row {a!r}")
    if not any(ch in text for ch in "€"):
        errors.append("layout: no € figures")
    return errors, stats


# ---------------------------------------------------------------------------------------------- QA
def qa_checks(rows: list[dict], pages: list[str], text: str) -> list[str]:
    errors = []
    lines = text.splitlines()
    full_n = N(text)
    obj_text = "\n".join(t for t in pages if "Sezione 2.2 – Performance" in t.splitlines()[0])
    ids = [r.get("id") for r in rows]
    if ids != [f"f19-{i:03d}" for i in range(1, 49)]:
        errors.append("ids are not f19-001..f19-048 in order")
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
            if r["doc"] is not None and (r["doc"] != DOC or not ev or evd != [DOC] * len(ev)
                                         or not any("n.d." in a or "–" in a for a in ev)):
                errors.append(f"{rid}: doc-tied non_presente needs doc + an anchor on the n.d. / – cell")
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
            code, sur = HOPS[rid]
            if surname(head_of(code)) != sur:
                errors.append(f"{rid}: recomputed head of {code} is {head_of(code)!r}, not {sur}")
            if sur in obj_text or sur not in r["answer"]:
                errors.append(f"{rid}: hop broken ({sur} on the objectives pages or not in the answer)")
        if rid in FACTS and not FACTS[rid]():
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
        for gi, g in enumerate(groups):
            if any(len(s) > 30 for s in g):
                errors.append(f"{rid}: must_contain token too long: {g}")
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            dv = DERIVED.get((rid, gi))
            if dv is not None:
                if dv() != g[0]:
                    errors.append(f"{rid}: derived {g[0]!r} != recomputed {dv()!r}")
                continue
            for s in g:
                squash = lambda x: re.sub(r"[\s.]", "", N(x))  # "85 %" / "85%", "9874300" / "9.874.300"
                if N(s) not in full_n and squash(s) not in squash(text) and not re.fullmatch(
                        r"\d{1,2} \w+ 20\d\d|1° \w+ 20\d\d", s):
                    errors.append(f"{rid}: alternative {s!r} not in the document")
    for rid, _ in DERIVED:
        if rid not in ids:
            errors.append(f"derived value for unknown id {rid}")
    return errors


def names_check() -> tuple[list[str], dict]:
    errors, counts = [], {}
    files = [p for p in SAMPLES.rglob("*") if p.is_file()]
    files += [p for p in (ROOT / "benchmarks").rglob("*") if p.is_file() and HERE not in p.parents]
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
    errors += qa_checks(rows, pages, text)
    nerr, counts = names_check()
    errors += nerr
    for e in errors:
        print("ERROR", e)
    print(f"{DOC}: {len(data)} bytes, {stats.get('pages')} pages, {len(text)} extracted characters; objectives "
          f"table over {stats.get('obj_pages')} pages with repeated header, {stats.get('bands')} strategic bands, "
          f"{stats.get('objectives')} objectives, fasi for {stats.get('fasi_obj')} objectives, "
          f"{stats.get('settori')} settori, {stats.get('risks')} risk rows")
    print(f"{len(rows)} questions, {sum(len(r['evidence']) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r['type'] for r in rows).items()))}")
    print(f"invented names found in data/samples + other benchmarks/: {sum(counts.values())} files over "
          f"{len(counts)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
