"""Validate benchmarks/fresh21/fresh21_qa.jsonl against docs/castelmarzano_piao-2026-2028_performance-organizzazione.pdf.

Reads nothing of the assistant.  Standard library + pypdf (and make_plan, which needs fpdf2, to rebuild the PDF).
The "document text" is what pypdf extracts: pages[i].extract_text() for every page, joined with "\n".

1. determinism: the PDF in docs/ equals make_plan.build() byte for byte, and two builds are identical;
2. layout (from the PDF itself and from make_plan's data):
   * every page is A4 portrait, starts with the running header (comune + section) and ends with the footer
     "Pagina X di Y";
   * >= 12 operational objectives, each introduced by its own line "Obiettivo operativo a.b.c – <titolo>" under an
     "Obiettivo strategico a.b – ..." line; each body is prose of 3-6 sentences with inline "(valore di partenza
     2025: ...; target 2026: ...)" values; >= 3 objectives have two indicators; >= 2 bodies cross a page break;
   * the objectives pages name no person, no Area and no structure abbreviation (responsibility is only in the
     matrix);
   * the matrix: one extracted line per objective ("code short-title cells..."), exactly one "R" per row, ruled
     cells (rectangles in the content stream), legend mapping each abbreviation to an Area of the org chart;
   * org chart: exactly one Area ad interim to the Segretario generale (named only in the 3.1 prose), exactly one
     person heading two Areas, exactly one Area whose head changes during the year ("fino al ...; dal ..."),
     staff summing to the Totale, Totale + EQ heads = the 47 of the anagrafica and of the note;
   * the finance table and the RPCT paragraph are present;
3. QA (format of /work/shared/eval/README.md):
   * keys in order, ids f21-001..f21-045, the exact type mix, doc / evidence_docs;
   * anchors: 1-3 per answerable question, 20-80 characters, no newline, a substring of ONE extracted line,
     exactly one occurrence in the extracted text;
   * must_contain: every group satisfied by the golden answer (first alternative in it); every alternative occurs
     in the normalised document text; single-digit groups come with a subject group; answers <= 800 characters;
   * hop questions: the expected surname(s) are recomputed objective -> matrix "R" column -> legend -> org chart
     row -> person (-> Segretario generale for the ad interim Area; both heads for the Area that changes head) and
     do NOT occur on the objectives pages;
   * facts behind multi_hop / confronto / elenco answers are recomputed from the plan data;
   * non_presente: empty must_contain, a refusal marker, a probe confirming the information is missing;
4. invented names: none occurs in data/samples/ (file counts only).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh21/check.py [qa.jsonl]
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

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh21_qa.jsonl"
DOCF = mp.OUT
DOC = DOCF.name
ROOT = HERE.parent.parent
SAMPLES = ROOT / "data" / "samples"
MM = 72.0 / 25.4

KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
N_Q = 45
MIX = {"responsabile": 10, "multi_hop": 6, "confronto": 5, "numerico": 6, "tempistica": 4, "elenco": 4,
       "non_presente": 5, "indicatore": 3, "obiettivo": 2}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Castelmarzano", "Colbassano", "Villa Ripe", "Montevalcheto", "Valmarzano", "Rio Marzano", "Pigini",
            "Vallesi", "Ripanti", "Tombolini", "Capodaglio", "Giustozzi", "Pantanetti", "Scoccia", "Torresi",
            "Cingolani"]
PERSON_MARKERS = ["dott.", "arch.", "comm.", "ing.", "geom.", "rag."]


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# ---------------------------------------------------------------------------------------------- plan data
OBJS = [o for _, _, objs in mp.STRATEGIC for o in objs]
OBJ = {o[0]: o for o in OBJS}
ORG_ROWS = [r for r in mp.ORG if r[0] != "Totale"]
SEG_NAME = re.search(r"Segretario generale sono\s+svolte dalla (dott\.ssa [A-Z]\w+ [A-Z]\w+)", mp.ORG_INTRO).group(1)


def legend() -> dict[str, int]:
    """abbreviation -> index in ORG_ROWS, parsed from the legend text."""
    out = {}
    for ab, num in re.findall(r"\b([A-Z]{2}) = Area (\d)", mp.LEGEND):
        out[ab] = [r[0].split(" – ")[0] for r in ORG_ROWS].index(f"Area {num}")
    return out


LEG = legend()


def resp_area(code: str) -> str:
    rs = [a for a, v in OBJ[code][5].items() if v == "R"]
    if len(rs) != 1:
        raise ValueError(f"objective {code} has {len(rs)} R cells")
    return rs[0]


def codes_with(area: str, mark: str) -> list[str]:
    return [o[0] for o in OBJS if o[5].get(area) == mark]


def heads(area: str) -> list[str]:
    """The person(s) heading an Area (both for an Area whose head changes, the Segretario for ad interim)."""
    cell = ORG_ROWS[LEG[area]][1]
    if "ad interim" in cell and "Segretario generale" in cell:
        return [SEG_NAME]
    m = re.fullmatch(r"fino al (\d\d/\d\d/\d{4}): (.+); dal (\d\d/\d\d/\d{4}): (.+)", cell)
    return [m.group(2), m.group(4)] if m else [cell]


def surname(person: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", person).split()[-1]


def staff(area: str) -> int:
    return int(ORG_ROWS[LEG[area]][3].split()[0])


def target(code: str, k: int = 0, year: int = 2027) -> float:
    v = OBJ[code][4][k][year - 2024]          # (name, base 2025, t2026, t2027, t2028)
    return float(v.replace("%", "").replace("€", "").replace(".", "").replace(",", ".").strip())


# responsabile / multi_hop questions: id -> (objective code, expected surnames reached through the matrix + org chart)
HOPS = {"f21-001": ("2.1.1", ["Pantanetti"]), "f21-002": ("1.2.1", ["Giustozzi"]),
        "f21-003": ("3.1.2", ["Scoccia", "Torresi"]), "f21-004": ("2.1.3", ["Cingolani"]),
        "f21-005": ("1.1.1", ["Capodaglio"]), "f21-007": ("2.2.3", ["Pantanetti"]),
        "f21-008": ("2.2.2", ["Cingolani"]), "f21-010": ("3.1.1", ["Scoccia", "Torresi"]),
        "f21-013": ("1.2.2", ["Giustozzi"])}
# f21-010 asks for June 2026: the answer must give Torresi (checked in FACTS).

FACTS = {
    "f21-006": lambda: sorted(a for a, v in OBJ["1.2.1"][5].items() if v == "C") == ["PL", "UA"],
    "f21-009": lambda: resp_area("3.2.2") == "LP" and ORG_ROWS[LEG["LP"]][0].startswith("Area 3")
               and "impianti sportivi" in ORG_ROWS[LEG["LP"]][2],
    "f21-010": lambda: re.search(r"dal 01/04/2026: dott\. \w+ Torresi", ORG_ROWS[LEG["SP"]][1]) is not None,
    "f21-011": lambda: resp_area("2.2.1") == "UA" and staff("UA") == 5,
    "f21-012": lambda: ORG_ROWS[LEG["LP"]][1] == ORG_ROWS[LEG["UA"]][1]
               and len(codes_with("LP", "R") + codes_with("UA", "R")) == 6,
    "f21-013": lambda: mp.FIN[0][0].startswith("Tempo medio di pagamento") and mp.FIN[0][1] == "41",
    "f21-014": lambda: "(RPCT) è il Segretario generale" in mp.RISCHI
               and codes_with("AG", "R") == ["1.1.1", "1.1.2", "1.1.4"],
    "f21-015": lambda: codes_with("SP", "R") == ["3.1.1", "3.1.2", "3.2.1"],
    "f21-016": lambda: staff("PL") == 6 and codes_with("PL", "R") == ["2.1.3", "2.2.2"],
    "f21-017": lambda: target("1.1.3") == 95 and target("1.1.1") == 90,
    "f21-018": lambda: staff("LP") == 11 and staff("SP") == 7,
    "f21-019": lambda: int(mp.FIN[0][1]) - int(mp.FIN[0][3]) == 14,
    "f21-020": lambda: list(OBJ["1.1.4"][5].values()).count("C") == 5 and list(OBJ["2.2.2"][5].values()).count("C") == 2,
    "f21-021": lambda: len(codes_with("SP", "R")) == 3 and len(codes_with("PL", "R")) == 2,
    "f21-022": lambda: OBJ["1.1.2"][4][0][1] == "1.240",
    "f21-023": lambda: OBJ["2.2.1"][4][0][2] == "72%",
    "f21-026": lambda: OBJ["2.1.3"][4][0][4] == "36",
    "f21-027": lambda: OBJ["1.2.1"][4][0][3] == "€ 185.000",
    "f21-025": lambda: int(mp.ORG[-1][3]) == 43,
    "f21-032": lambda: [s[1] for s in mp.STRATEGIC] == [
        "Amministrazione digitale e semplificazione", "Equità fiscale e solidità del bilancio",
        "Cura del territorio e sicurezza", "Ambiente e transizione energetica", "Servizi alla persona e inclusione",
        "Cultura, sport e tempo libero"],
    "f21-034": lambda: codes_with("PL", "C") == ["1.1.4", "1.2.1", "2.1.1", "2.2.1"],
    "f21-037": lambda: OBJ["2.1.2"][4][0][4] == "30%",
    "f21-038": lambda: OBJ["2.2.3"][4][0][2:] == ("40", "90", None),
}


# ---------------------------------------------------------------------------------------------- probes
def probe_costo_scuola(text: str) -> list[str]:
    body = N(mp.body_text(OBJ["2.1.2"]))
    bad = [w for w in ("€", "euro", "importo", "costo", "costa", "finanzia", "quadro economico", "contribut")
           if w in body]
    bad += [ln for ln in text.splitlines() if re.search(r"scuola|colbassano|serrament|pompa di calore", ln, re.I)
            and re.search(r"€|euro", ln, re.I)]
    return bad


def probe_cer_2028(text: str) -> list[str]:
    bad = [] if OBJ["2.2.3"][4][0][4] is None and N(mp.TARGET_TBD) in N(text) else ["CER 2028 target given"]
    bad += re.findall(r"2027: 90[,;] 2028: \d+", N(text))
    return bad


def probe_pesi(text: str) -> list[str]:
    t = N(text)
    return [w for w in ("peso", "pesi", "ponderazion", "punteggi", "punti percentuali") if re.search(rf"\b{w}", t)]


def probe_tributi(text: str) -> list[str]:
    t = N(text)
    bad = re.findall(r"tribut\w*[^.;]{0,60}?\b\d+ (?:dipendent|addett|unità|persone)", t)
    bad += re.findall(r"\b\d+ (?:dipendent|addett|unità|persone)[^.;]{0,40}tribut", t)
    row = ORG_ROWS[LEG["EF"]]
    if "Ufficio tributi" not in row[2] or not re.fullmatch(r"\d+ \([^)]*\)", row[3]):
        bad.append("org row of Area 2 changed")
    return bad


def probe_nucleo(text: str) -> list[str]:
    t = N(text)
    return [w for w in ("nucleo", "oiv", "organismo indipendente", "valutator") if re.search(rf"\b{w}", t)]


PROBES = {"f21-041": probe_costo_scuola, "f21-042": probe_cer_2028, "f21-043": probe_pesi,
          "f21-044": probe_tributi, "f21-045": probe_nucleo}


# ---------------------------------------------------------------------------------------------- layout
def rects(page) -> list[tuple[float, float, float, float]]:
    data = page.get_contents().get_data().decode("latin-1")
    num = r"(-?\d+(?:\.\d+)?)"
    return [tuple(map(float, m.groups())) for m in re.finditer(rf"{num} {num} {num} {num} re\b", data)]


def sentences(s: str) -> int:
    s = re.sub(r"\b(?:S\.r\.l|dott|arch|comm|n)\.", "X", s)
    return len([x for x in re.split(r"(?<=[.;:])\s+(?=[A-Z])", s) if x.strip()])


def layout(reader: pypdf.PdfReader, pages: list[str], text: str) -> tuple[list[str], dict]:
    errors, stats = [], {}
    lines = text.splitlines()
    n = len(pages)
    stats["pages"] = n
    for i, (p, t) in enumerate(zip(reader.pages, pages), 1):
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        if abs(w - 595.28) > 1 or abs(h - 841.89) > 1:
            errors.append(f"layout: page {i} is not A4 portrait")
        pl = t.splitlines()
        if not pl or not pl[0].startswith(mp.RUNNING + " Sezione "):
            errors.append(f"layout: page {i} has no running header with section")
        if not pl or pl[-1] != f"Pagina {i} di {n}":
            errors.append(f"layout: page {i} footer is {pl[-1] if pl else None!r}")
    # objectives
    stats["objectives"] = len(OBJS)
    if len(OBJS) < 12 or len(OBJ) != len(OBJS):
        errors.append("layout: fewer than 12 objectives or duplicate codes")
    try:
        start = lines.index(f"Obiettivo strategico {mp.STRATEGIC[0][0]} – {mp.STRATEGIC[0][1]}")
        end = lines.index("Tabella 1 – Matrice obiettivi / strutture")
    except ValueError:
        return errors + ["layout: objectives section or matrix title not found"], stats
    section = lines[start:end]
    obj_text = "\n".join(section)
    heads_idx = []
    for scode, stitle, objs in mp.STRATEGIC:
        sl = f"Obiettivo strategico {scode} – {stitle}"
        if sl not in section:
            errors.append(f"layout: strategic heading {sl!r} not a line")
        for o in objs:
            hl = f"Obiettivo operativo {o[0]} – {o[1]}"
            if not o[0].startswith(scode + ".") or hl not in section:
                errors.append(f"layout: heading {hl!r} not a line / wrong group")
                continue
            heads_idx.append((section.index(hl), o))
            k = sentences(mp.body_text(o))
            if not 3 <= k <= 6:
                errors.append(f"layout: objective {o[0]} body has {k} sentences")
            if N(mp.body_text(o)).count("valore di partenza 2025:") != len(o[4]):
                errors.append(f"layout: objective {o[0]} indicator values not inline")
            if not re.search(r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
                             r"novembre|dicembre) 2026", o[3]):
                errors.append(f"layout: objective {o[0]} has no phase month")
    two = [o[0] for o in OBJS if len(o[4]) == 2]
    stats["two_indicators"] = len(two)
    if len(two) < 3:
        errors.append(f"layout: only {len(two)} objectives with two indicators")
    heads_idx.sort(key=lambda x: x[0])
    crossing = []
    for j, (ix, o) in enumerate(heads_idx):
        nxt = next((k for k in range(ix + 1, len(section))
                    if section[k].startswith(("Obiettivo operativo ", "Obiettivo strategico "))), len(section))
        brk = [k for k in range(ix + 1, nxt) if section[k].startswith("Pagina ")]
        if brk and brk[0] > ix + 1 and brk[0] + 2 < nxt:     # body text both before and after the page break
            crossing.append(o[0])
    stats["crossing"] = crossing
    if len(crossing) < 2:
        errors.append(f"layout: only {crossing} bodies cross a page break")
    people = [surname(p) for a in mp.AREAS for p in heads(a)] + [surname(SEG_NAME)]
    for w in people + PERSON_MARKERS + ["Area ", "Segretario", "Polizia locale", "Settore"]:
        if w in obj_text:
            errors.append(f"layout: objectives pages mention {w!r}")
    for ab in mp.AREAS:
        if re.search(rf"\b{ab}\b", obj_text):
            errors.append(f"layout: objectives pages mention abbreviation {ab}")
    # matrix
    mrows = mp.matrix_rows()
    for o, row in zip(OBJS, mrows):
        try:
            resp_area(o[0])
        except ValueError as e:
            errors.append(f"layout: {e}")
        cells = [c for c in row[2:] if c]
        want = " ".join([row[0], row[1]] + cells)
        if want not in lines:
            errors.append(f"layout: matrix row {want!r} not one extracted line")
    if sorted(LEG) != sorted(mp.AREAS) or len(set(LEG.values())) != len(mp.AREAS):
        errors.append(f"layout: legend {LEG} does not map every column to a distinct Area")
    mpage = next((i for i, t in enumerate(pages) if "Tabella 1 – Matrice obiettivi / strutture" in t), None)
    if mpage is not None:
        rs = rects(reader.pages[mpage])
        small = sum(abs(r[2] - 14 * MM) < 0.3 for r in rs)
        stats["matrix_cells"] = small
        if small != (len(mrows) + 1) * len(mp.AREAS):
            errors.append(f"layout: matrix has {small} ruled area cells, want {(len(mrows) + 1) * len(mp.AREAS)}")
    # org chart
    interim = [r for r in ORG_ROWS if "ad interim" in r[1]]
    if len(interim) != 1 or "Segretario generale" not in interim[0][1]:
        errors.append("layout: want exactly one Area ad interim to the Segretario generale")
    if SEG_NAME.split()[-1] in "".join(r[1] for r in ORG_ROWS):
        errors.append("layout: the Segretario is named in the org chart (should be in the prose only)")
    single = Counter(r[1] for r in ORG_ROWS if "ad interim" not in r[1] and "fino al" not in r[1])
    if sorted(single.values()) != [1] * (len(single) - 1) + [2]:
        errors.append(f"layout: heads {dict(single)} (want exactly one person with two Areas)")
    change = [r for r in ORG_ROWS if re.fullmatch(r"fino al \d\d/\d\d/\d{4}: .+; dal \d\d/\d\d/\d{4}: .+", r[1])]
    if len(change) != 1:
        errors.append("layout: want exactly one Area whose head changes during the year")
    total = int(mp.ORG[-1][3])
    if sum(int(r[3].split()[0]) for r in ORG_ROWS) != total:
        errors.append("layout: org chart staff do not sum to Totale")
    eq = len(single) + len(change)                      # EQ heads on 01/01/2026 (the outgoing one for Area 5)
    if f"dipendenti a tempo indeterminato sono {total + eq}" not in N(text) or f"è di {total + eq} unità" not in N(text):
        errors.append("layout: anagrafica / note headcount != Totale + EQ heads")
    if "Dipendenti assegnati" != mp.ORG_HEAD[3] or not any(len(mp._build(0).wrap(c, w - 2 * mp.PAD, "", 8.5)) > 2
                                                         for r in ORG_ROWS for c, w in zip(r, mp.ORG_COLS)):
        errors.append("layout: org chart header / wrapping cells")
    stats["areas"] = len(ORG_ROWS)
    # finance + risks
    for r in mp.FIN:
        if N(" ".join(r[1:4])) not in N(text):
            errors.append(f"layout: finance row {r[0]!r} not found")
    if "(RPCT) è il Segretario generale" not in N(text).replace("(rpct)", "(RPCT)").replace("segretario", "Segretario"):
        errors.append("layout: RPCT paragraph missing")
    return errors, stats


# ---------------------------------------------------------------------------------------------- QA
def qa_checks(rows: list[dict], text: str) -> list[str]:
    errors = []
    lines = text.splitlines()
    full_n = N(text)
    i0 = text.index(f"Obiettivo strategico {mp.STRATEGIC[0][0]} –")
    obj_text = text[i0:text.index("Tabella 1 – Matrice obiettivi / strutture")]
    ids = [r.get("id") for r in rows]
    if ids != [f"f21-{i:03d}" for i in range(1, N_Q + 1)]:
        errors.append(f"ids are not f21-001..f21-{N_Q:03d} in order")
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
            errors += [f"{rid}: no probe"] if probe is None else [f"{rid}: document may answer it: {p}" for p in probe(text)]
        else:
            if refusal:
                errors.append(f"{rid}: answerable question whose answer contains a refusal marker")
            if r["doc"] != DOC or not 1 <= len(ev) <= 3 or evd != [DOC] * len(ev):
                errors.append(f"{rid}: doc / evidence / evidence_docs malformed")
        for a in ev:
            if not isinstance(a, str) or not 20 <= len(a) <= 80 or "\n" in a:
                errors.append(f"{rid}: anchor length {len(a)}: {a!r}")
            if not any(a in ln for ln in lines):
                errors.append(f"{rid}: anchor not verbatim on one extracted line: {a!r}")
            if text.count(a) != 1:
                errors.append(f"{rid}: anchor occurs {text.count(a)} times: {a!r}")
        if rid in HOPS:
            code, surs = HOPS[rid]
            got = [surname(p) for p in heads(resp_area(code))]
            if got != surs:
                errors.append(f"{rid}: recomputed head(s) of {code} are {got}, not {surs}")
            for s in surs:
                if s in obj_text or s not in r["answer"]:
                    errors.append(f"{rid}: hop broken ({s} on the objectives pages or not in the answer)")
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
        for g in groups:
            if any(len(s) > 30 for s in g):
                errors.append(f"{rid}: must_contain token too long: {g}")
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            for s in g:
                if N(s) not in full_n:
                    errors.append(f"{rid}: alternative {s!r} not in the document")
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
          f"{stats.get('objectives')} objectives ({stats.get('two_indicators')} with two indicators, bodies across a "
          f"page break: {', '.join(stats.get('crossing', []))}), matrix with {stats.get('matrix_cells')} ruled area "
          f"cells, {stats.get('areas')} areas in the org chart")
    print(f"{len(rows)} questions, {sum(len(r['evidence']) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r['type'] for r in rows).items()))}")
    print(f"invented names found in data/samples: {sum(counts.values())} files over {len(counts)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
