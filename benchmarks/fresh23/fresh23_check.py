"""Validate benchmarks/fresh23/fresh23_qa.jsonl against docs/roncalbo_piao-2026-2028.pdf.

Reads nothing of the assistant.  Standard library + fpdf2 (through make_plan, to rebuild the PDF) + pypdf.
The "document text" is what pypdf's page.extract_text() gives, pages joined by a newline; it includes the running
header and footer of every page.

1. determinism: the PDF in docs/ equals make_plan.build() byte for byte, and two builds are identical;
2. layout (read back from the pypdf text, compared with make_plan's data):
   * 10-14 pages; every page starts with the running header and carries "pag. N di M";
   * 12 "schede obiettivo" in order, each with every grid label, a target table header
     "Indicatore Baseline 2025 2026 2027 2028" and its target rows; at least one scheda starts on one page and
     ends on the next;
   * every "Struttura competente" value is "U.O. N – <denominazione of U.O. N>" and no scheda value names a
     person (no title abbreviation, no surname of an U.O. head, of the Segretario or a full Giunta name);
     each U.O. head and the Segretario occur exactly once in the whole text (organigramma / its note);
   * every Cronoprogramma uses quarters / semesters / months; every target table has 4 values per row;
   * organigramma: rows sum to the "Totale" row; risk table: every responsabile is "Responsabile U.O. N" of an
     existing U.O.; "Giunta e deleghe" list present;
3. QA (format of /work/shared/eval/README.md):
   * every line parses; keys in order; ids f23-001..f23-045; types from the README vocabulary with the planned
     mix; doc / evidence_docs consistent; answers <= 800 characters;
   * anchors: 1-3 per answerable question, 20-80 characters, no newline / TAB, found in the normalised pypdf
     text exactly once, and inside ONE paragraph / table cell of the document as written;
   * must_contain: the first alternative of every group is in the golden answer; every group has an alternative
     in the normalised document text, unless it is a derived figure (DERIVED) that is recomputed;
   * the fact behind every answerable question is recomputed from make_plan's data and must be in the golden
     answer; answerable answers carry no refusal marker;
   * non_presente: empty must_contain, a refusal marker, and a probe showing the document lacks the fact;
4. invented names: none occurs (case-insensitive) in any file of data/samples/.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh23/fresh23_check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh23_qa.jsonl"
DOCF = mp.OUT
DOC = DOCF.name
SAMPLES = HERE.parent.parent / "data" / "samples"

KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
PLANNED_MIX = {"responsabile": 8, "multi_hop": 6, "confronto": 5, "numerico": 7, "tempistica": 6, "elenco": 4,
               "obiettivo": 2, "indicatore": 2, "non_presente": 5}
N_Q = 45
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
PERSON_MARKERS = ["dott.", "dott.ssa", "arch.", "ing.", "rag.", "comm.", "geom."]
MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre")


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def surname(person: str) -> str:
    return person.split()[-1]


def first_last(person: str) -> str:
    return " ".join(w for w in person.split() if w not in PERSON_MARKERS)


def num(v: str) -> float:
    return float(v.replace("%", "").replace(".", "").replace(",", "."))


def it(x: float) -> str:
    """Italian formatting of a derived figure: 38500 -> 38.500, 1.0 -> 1, 1.5 -> 1,5."""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return str(x).replace(".", ",")


# ---------------------------------------------------------------------------------------------- plan data
OBJ = {o["code"]: o for o in mp.OBJECTIVES}
UO = {u[0]: u for u in mp.UO}                 # n -> (n, denominazione, responsabile, dipendenti)
GIUNTA_BY_SURNAME = {surname(p): (c, p, d) for c, p, d in mp.GIUNTA}
YEAR = {"baseline": 1, 2026: 2, 2027: 3, 2028: 4}
INVENTED_PLACES = ["Roncalbo", "Tassinara", "Boschetto Ferlini", "Ferlini", "Rio Lamperta", "Lamperta",
                   "Geovalle", "Geovalle Multiservizi", "Pievefosca", "Fornace Malvasi", "Malvasi"]
PEOPLE = [u[2] for u in mp.UO] + [mp.SEGRETARIO] + [p for _, p, _ in mp.GIUNTA]
INVENTED = INVENTED_PLACES + sorted({surname(p) for p in PEOPLE}) + [first_last(p) for p in PEOPLE]


def head(code: str) -> str:
    return UO[OBJ[code]["uo"]][2]


def staff(code: str) -> int:
    return UO[OBJ[code]["uo"]][3]


def tgt(code: str, ind: int, year) -> str:
    return OBJ[code]["targets"][ind][YEAR[year]]


def ref_person(code: str) -> tuple:
    return GIUNTA_BY_SURNAME[surname(OBJ[code]["ref"])]


def of_uo(n: int) -> list[str]:
    return [c for c, o in OBJ.items() if o["uo"] == n]


def uo_of_head(person_surname: str) -> int:
    return next(n for n, u in UO.items() if surname(u[2]) == person_surname)


def crono_time(code: str, keyword: str) -> str:
    """The time part of the cronoprogramma item of `code` whose action contains `keyword` ("entro " dropped)."""
    for item in OBJ[code]["crono"].rstrip(".").split("; "):
        when, what = item.split(": ", 1)
        if keyword.lower() in what.lower():
            return re.sub(r"^(entro|dal|da) ", "", when)
    raise KeyError((code, keyword))


def risk_head(process_prefix: str) -> str:
    row = next(r for r in mp.RISK_ROWS if r[0].startswith(process_prefix))
    return UO[int(row[3].rsplit(" ", 1)[1])][2]


def winner(a: tuple, b: tuple) -> list[str]:
    """a, b = (label, value): the label of the higher value, and both values."""
    hi = a if num(a[1]) > num(b[1]) else b
    return [hi[0], a[1], b[1]]


FACTS = {
    "f23-001": lambda: [head("OB-06")],
    "f23-002": lambda: [head("OB-09")],
    "f23-003": lambda: [head("OB-02")],
    "f23-004": lambda: [head("OB-04")],
    "f23-005": lambda: [ref_person("OB-08")[1]],
    "f23-006": lambda: [mp.SEGRETARIO] if "(RPCT) è il Segretario comunale" in mp.RISK_INTRO else ["<RPCT?>"],
    "f23-007": lambda: [risk_head("Contributi economici")],
    "f23-008": lambda: [head("OB-01")],
    "f23-009": lambda: [head("OB-12"), f"{staff('OB-12')} dipendenti"],
    "f23-010": lambda: [ref_person("OB-05")[1], ref_person("OB-05")[2]],
    "f23-011": lambda: [head("OB-07"), f"{staff('OB-07')} dipendenti"],
    "f23-012": lambda: [c for c, o in OBJ.items() if o["ref"].startswith("Sindaca")]
                       + [head(c) for c, o in OBJ.items() if o["ref"].startswith("Sindaca")],
    "f23-013": lambda: of_uo(uo_of_head("Vaccari")) + [UO[uo_of_head("Vaccari")][2]],
    "f23-014": lambda: [head("OB-10"), ref_person("OB-10")[1]],
    "f23-015": lambda: winner(("iscrizioni", tgt("OB-09", 0, 2027)), ("raccolta differenziata",
                                                                       tgt("OB-06", 0, 2027))),
    "f23-016": lambda: [tgt("OB-05", 0, 2026), tgt("OB-05", 0, 2028),
                        f"{it(num(tgt('OB-05', 0, 2028)) - num(tgt('OB-05', 0, 2026)))} km"],
    "f23-017": lambda: [tgt("OB-02", 0, "baseline"), tgt("OB-02", 0, 2028),
                        it(num(tgt("OB-02", 0, 2028)) - num(tgt("OB-02", 0, "baseline")))],
    "f23-018": lambda: ["U.O. 3" if UO[3][3] > UO[5][3] else "U.O. 5", f"{UO[3][3]} dipendenti", f"{UO[5][3]}"],
    "f23-019": lambda: [f"{tgt('OB-03', 0, 'baseline')} giorni", f"{tgt('OB-03', 0, 2028)} giorni",
                        f"{it(num(tgt('OB-03', 0, 'baseline')) - num(tgt('OB-03', 0, 2028)))} giorni"],
    "f23-020": lambda: [mp.ANAG_ROWS[0][2]],
    "f23-021": lambda: [tgt("OB-06", 0, 2027)],
    "f23-022": lambda: [tgt("OB-10", 0, "baseline")],
    "f23-023": lambda: [f"{sum(u[3] for u in mp.UO)} dipendenti"],
    "f23-024": lambda: [f"{tgt('OB-05', 0, 2026)} km"],
    "f23-025": lambda: [f"{tgt('OB-08', 0, 2028)} utenti"],
    "f23-026": lambda: [f"{tgt('OB-06', 1, 2028)} kg"],
    "f23-027": lambda: [crono_time("OB-04", "aggiudicazione")],
    "f23-028": lambda: [crono_time("OB-06", "applicazione della tariffa")],
    "f23-029": lambda: [crono_time("OB-12", "adozione in Consiglio")],
    "f23-030": lambda: [crono_time("OB-01", "apertura dello sportello")],
    "f23-031": lambda: [crono_time("OB-09", "pagoPA")],
    "f23-032": lambda: [crono_time("OB-07", "pulizia dei fossi")],
    "f23-033": lambda: of_uo(5),
    "f23-034": lambda: [u[1] for u in mp.UO],
    "f23-035": lambda: OBJ["OB-06"]["port"].split(", "),
    "f23-036": lambda: [r[0] for r in mp.RISK_ROWS],
    "f23-037": lambda: [OBJ["OB-01"]["fin"].split(" (")[0]],
    "f23-038": lambda: [t for t in ("2027/2028", "0,8") if t in OBJ["OB-04"]["ris"]] or ["<ris?>"],
    "f23-039": lambda: [v for tg in OBJ["OB-03"]["targets"] for v in tg[1:]],
    "f23-040": lambda: ["fototrappole", tgt("OB-11", 0, 2026)],
}
# must_contain groups that are derived figures (not written in the document): id -> recomputed value
DERIVED = {
    "f23-016": f"{it(num(tgt('OB-05', 0, 2028)) - num(tgt('OB-05', 0, 2026)))} km",
    "f23-017": it(num(tgt("OB-02", 0, 2028)) - num(tgt("OB-02", 0, "baseline"))),
    "f23-019": it(num(tgt("OB-03", 0, "baseline")) - num(tgt("OB-03", 0, 2028))),
}


# ---------------------------------------------------------------------------------------------- probes
def scheda_text(code: str) -> str:
    o = OBJ[code]
    return " ".join([o["name"], o["fin"], o["ris"], o["crono"], o["ind"], o["port"], o["pers"]]
                    + [c for tg in o["targets"] for c in tg])


def probe_agile(text: str) -> list[str]:
    return [w for w in ("agile", "smart working", "pola", "telelavoro", "da remoto") if re.search(rf"\b{w}", N(text))]


def probe_2029(text: str) -> list[str]:
    bad = ["a 2029 column in a target table"] if "2029" in mp.TARGET_HEAD else []
    rest = N(text).replace("mandato 2024-2029", "")
    return bad + (["2029 outside 'mandato 2024-2029'"] if "2029" in rest else [])


def probe_costo_pug(text: str) -> list[str]:
    s = N(scheda_text("OB-12"))
    bad = [w for w in ("€", "euro", "costo", "importo", "stanziat", "risorse finanziarie", "budget") if w in s]
    t = N(text)
    for m in re.finditer(r"\bpug\b", t):
        if re.search(r"€|euro|costo|budget", t[max(0, m.start() - 200):m.end() + 200]):
            bad.append("an amount near 'PUG'")
            break
    return bad


def probe_nomi_ob06(text: str) -> list[str]:
    s = scheda_text("OB-06")
    bad = [m for m in PERSON_MARKERS if m in s]
    bad += [w for w in re.findall(r"\b[A-Z][a-z]+\b", OBJ["OB-06"]["pers"]) if w not in ("U",)]
    return bad


def probe_fondo(text: str) -> list[str]:
    return [w for w in ("risorse decentrate", "fondo", "salario accessorio", "contrattazione integrativa")
            if w in N(text)]


PROBES = {"f23-041": probe_agile, "f23-042": probe_2029, "f23-043": probe_costo_pug, "f23-044": probe_nomi_ob06,
          "f23-045": probe_fondo}


# ---------------------------------------------------------------------------------------------- layout
def layout(pages: list[str], text: str) -> tuple[list[str], dict]:
    errors, st = [], {}
    n = len(pages)
    st["pages"] = n
    if not 10 <= n <= 14:
        errors.append(f"layout: {n} pages (want 10-14)")
    for i, p in enumerate(pages, 1):
        if not p.startswith(f"{mp.HEADER_L} {mp.HEADER_R}"):
            errors.append(f"layout: page {i} does not start with the running header")
        if f"pag. {i} di {n}" not in p or mp.FOOTER_L not in p:
            errors.append(f"layout: page {i} lacks the footer 'pag. {i} di {n}'")
    # schede, in order, each with every label and its target table
    nt = " ".join(N(p) for p in pages)          # == N(text); page k starts at starts[k]
    starts, acc = [], 0
    for p in pages:
        starts.append(acc)
        acc += len(N(p)) + 1

    def page_at(offset: int) -> int:
        return max(k for k, s0 in enumerate(starts) if s0 <= offset) + 1

    pos, spans = 0, []
    for i, o in enumerate(mp.OBJECTIVES, 1):
        start = nt.find(N(f"Scheda obiettivo n. {i} Cod. ob. {o['code']}"), pos)
        if start < 0:
            # the scheda title may sit at the bottom of a page, the grid on the next one
            start = nt.find(N(f"Cod. ob. {o['code']}"), pos)
        if start < 0:
            errors.append(f"layout: scheda {o['code']} not found in order")
            continue
        end = nt.find(N(f"Personale coinvolto {o['pers']}"), start)
        if end < 0:
            errors.append(f"layout: scheda {o['code']} has no 'Personale coinvolto' row")
            continue
        body = nt[start:end]
        for lab in mp.LABELS + ["Portatori di interesse"]:
            if N(lab) not in body:
                errors.append(f"layout: scheda {o['code']} lacks label {lab!r}")
        if N("Indicatore " + " ".join(mp.TARGET_HEAD[1:])) not in body:
            errors.append(f"layout: scheda {o['code']} lacks the target table header")
        for tg in o["targets"]:
            if len(tg) != 5 or N(" ".join(tg)) not in body:
                errors.append(f"layout: scheda {o['code']} target row {tg[0]!r} not found as one row")
        want = mp.uo_label(o["uo"])
        if not re.fullmatch(r"U\.O\. \d – .+", want) or N(f"Struttura competente {want}") not in body:
            errors.append(f"layout: scheda {o['code']} Struttura competente is not 'U.O. N – name'")
        if not (re.search(r"\b(I|II|III|IV) (trim|sem)\.", o["crono"]) or any(m in o["crono"] for m in MONTHS)):
            errors.append(f"layout: scheda {o['code']} cronoprogramma has no quarter / month")
        vals = scheda_text(o["code"]) + " " + o["ref"] + " " + want
        for w in PERSON_MARKERS + [surname(u[2]) for u in mp.UO] + [surname(mp.SEGRETARIO)] + \
                [first_last(p) for _, p, _ in mp.GIUNTA]:
            if re.search(rf"(?<!\w){re.escape(w)}", vals):
                errors.append(f"layout: scheda {o['code']} names {w!r}")
        pos = end
        spans.append((o["code"], page_at(nt.find(N(f"Cod. ob. {o['code']}"), start)), page_at(end)))
    st["schede"] = len(spans)
    st["split"] = [f"{c} (p. {a}-{b})" for c, a, b in spans if b > a]
    if nt != N(text) or any(b < a for c, a, b in spans):
        errors.append("layout: page offsets inconsistent")
    if not 10 <= len(mp.OBJECTIVES) <= 12 or len(spans) != len(mp.OBJECTIVES):
        errors.append("layout: want 10-12 schede, all found")
    if not st["split"]:
        errors.append("layout: no scheda spills over a page break")
    # hop: heads and Segretario named exactly once (organigramma / its note)
    for person in [u[2] for u in mp.UO] + [mp.SEGRETARIO]:
        k = nt.count(N(surname(person)))
        if k != 1:
            errors.append(f"layout: {surname(person)} occurs {k} times (want once, in 3.1)")
    # organigramma
    rows = [f"U.O. {u[0]} {u[1]} {u[2]} {u[3]}" for u in mp.UO]
    for r in rows:
        if N(r) not in nt:
            errors.append(f"layout: organigramma row not found: {r!r}")
    total = sum(u[3] for u in mp.UO)
    st["totale"] = total
    if N(f"{mp.UO[-1][2]} {mp.UO[-1][3]} Totale {total}") not in nt:
        errors.append("layout: organigramma Totale row missing or not after the last U.O.")
    if N(" ".join(mp.ORG_HEAD)) not in nt:
        errors.append("layout: organigramma header")
    # risk table
    for r in mp.RISK_ROWS:
        m = re.fullmatch(r"Responsabile U\.O\. (\d)", r[3])
        if not m or int(m.group(1)) not in UO:
            errors.append(f"layout: risk responsabile {r[3]!r} is not an existing U.O.")
        if N(" ".join(r)) not in nt:
            errors.append(f"layout: risk row {r[0]!r} not found as one row")
    # giunta
    if N(mp.GIUNTA_INTRO) not in nt or any(N(f"- {c} {p}: {d}") not in nt for c, p, d in mp.GIUNTA):
        errors.append("layout: Giunta e deleghe list")
    for o in mp.OBJECTIVES:
        if surname(o["ref"]) not in GIUNTA_BY_SURNAME:
            errors.append(f"layout: referente of {o['code']} is not in the Giunta")
    return errors, st


# ---------------------------------------------------------------------------------------------- QA
def qa_checks(rows: list[dict], text: str) -> list[str]:
    errors = []
    full_n = N(text)
    units_n = [N(u) for u in mp.text_units()]
    ids = [r.get("id") for r in rows]
    if ids != [f"f23-{i:03d}" for i in range(1, N_Q + 1)]:
        errors.append(f"ids are not f23-001..f23-{N_Q:03d} in order")
    mix = Counter(r.get("type") for r in rows)
    if set(mix) - TYPES or dict(mix) != PLANNED_MIX:
        errors.append(f"type mix {dict(mix)} differs from {PLANNED_MIX}")
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
                [f"{rid}: document may answer it: {p}" for p in probe(text)]
        else:
            if refusal:
                errors.append(f"{rid}: answerable question whose answer contains a refusal marker")
            if r["doc"] != DOC or not 1 <= len(ev) <= 3 or evd != [DOC] * len(ev):
                errors.append(f"{rid}: doc / evidence / evidence_docs malformed")
        for a in ev:
            if not isinstance(a, str) or not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
                errors.append(f"{rid}: anchor length/format {a!r}")
                continue
            k = full_n.count(N(a))
            if k != 1:
                errors.append(f"{rid}: anchor occurs {k} times in the pypdf text: {a!r}")
            if not any(N(a) in u for u in units_n):
                errors.append(f"{rid}: anchor not inside one paragraph / cell: {a!r}")
        if r["type"] == "non_presente":
            continue
        fact = FACTS.get(rid)
        if fact is None:
            errors.append(f"{rid}: no recomputed fact")
        else:
            for s in fact():
                if N(s) not in ans:
                    errors.append(f"{rid}: recomputed fact {s!r} not in the golden answer")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        for g in groups:
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            if not any(N(s) in full_n for s in g) and DERIVED.get(rid) not in g:
                errors.append(f"{rid}: fact {g} neither in the document nor a recomputed derived value")
    return errors


def names_check() -> tuple[list[str], dict]:
    errors, counts = [], {}
    files = [p for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
    if not files:
        return [f"names: no sample files under {SAMPLES}"], counts
    blobs = [p.read_bytes().decode("utf-8", "replace").lower() for p in files]
    for w in INVENTED:
        k = sum(w.lower() in b for b in blobs)
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
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    text = "\n".join(pages)
    lay, st = layout(pages, text)
    errors += lay
    rows = []
    for i, ln in enumerate(QA.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip():
            try:
                rows.append(json.loads(ln))
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: JSON does not parse: {e}")
    errors += qa_checks(rows, text)
    nerr, counts = names_check()
    errors += nerr
    for e in errors:
        print("ERROR", e)
    print(f"{DOC}: {len(data)} bytes, {st.get('pages')} pages, {len(text)} characters of pypdf text; "
          f"{st.get('schede')} schede obiettivo (spilling over a page break: {', '.join(st.get('split', []))}); "
          f"organigramma Totale {st.get('totale')}")
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"invented names found in data/samples: {sum(counts.values())} hits over {len(counts)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
