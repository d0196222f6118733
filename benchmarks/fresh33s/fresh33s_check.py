"""Validator for benchmarks/fresh33s/fresh33s_qa.jsonl (standard library only; imports no project code).

Checks:
* the file parses as JSON Lines; ids are unique and run f33s-001..f33s-045 in order;
* key order is exactly: id, question, answer, must_contain, doc, evidence, type, evidence_docs (the dev file's
  multi-document layout, as in fresh32s; evidence_docs is written on every row);
* types are in the shared vocabulary; minimum counts per type (MIN_TYPES);
* `doc` is a sample file, a list of >= 2 distinct sample files, or null; evidence_docs has one file per anchor, each
  in doc (equal to doc on single-document rows), and every file of a list doc has an anchor; doc null => no anchors;
* every anchor is a string of 20-80 characters, without line break or surrounding whitespace, found VERBATIM (TABs
  kept) in its own file (evidence_docs[i]) and inside a single line of that file;
* pages: the shared QA format has no page field; no row may carry one, and no sample file has form feeds;
* answerable rows: 1-3 anchors; 1-6 must_contain groups; every group has an alternative present in the normalised
  text of the anchors or of the evidence documents (scorer normalisation N), except the alternatives declared in
  DERIVED (counts/percentages the text writes in another form); the reference answer satisfies every group; the
  answer is <= 800 characters and carries no refusal marker;
* non_presente: must_contain empty; the answer carries a refusal marker; doc null => no evidence, otherwise one file
  with 1-3 anchors; every ABSENCE_PROBES regex must NOT match the scope it names;
* confronto: every one compares files of two different municipalities; multi_hop: at least MIN_ORGCHART_HOPS go
  through an org-chart line (an anchor ending in TAB + "titolare");
* elenco: at least 3 groups; question texts unique; declared typos (TYPOS) present; every sample file is used;
* questions that name no municipality (no "cassano", "cremosano", "magent", "legnano"): each must be declared in
  UNIQUE_TERMS, whose regex must occur in the row's document(s) and in no other sample file (the answer is unique
  across the five plans);
* no duplicate of fresh32s: no question equals (normalised) or closely resembles (difflib ratio >= SIMILARITY) a
  question of benchmarks/fresh32s/fresh32s_qa.jsonl; no question mentions a topic of fresh32s, of fresh31s (as listed
  in fresh32s_check.py) or of dev d001-d008 (AVOID_TOPICS, case-insensitive, at a word start).

Usage: python3 benchmarks/fresh33s/fresh33s_check.py [qa.jsonl] [samples_dir] [fresh32s_qa.jsonl]
Exit code 0 means no errors.
"""
from __future__ import annotations

import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh33s_qa.jsonl"
SAMPLES = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "data" / "samples"
PREVIOUS = Path(sys.argv[3]) if len(sys.argv) > 3 else HERE.parent / "fresh32s" / "fresh32s_qa.jsonl"

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "type", "evidence_docs")
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
MIN_TYPES = {"responsabile": 6, "tempistica": 5, "indicatore": 4, "obiettivo": 4, "elenco": 4, "numerico": 3,
             "multi_hop": 6, "confronto": 5, "non_presente": 8}
N_QUESTIONS = 45
IDS = [f"f33s-{i:03d}" for i in range(1, N_QUESTIONS + 1)]
REFUSAL_MARKERS = ("non è presente", "non sono presenti", "non presente", "non presenti",
                   "non risulta", "non ho trovato", "non sono presenti informazioni",
                   "non ci sono informazioni", "non è indicat", "non è riportat", "non riporta",
                   "non indica", "non è disponibile", "non contiene")
TYPOS = {"f33s-001": "sterate", "f33s-002": "bonus bebe ", "f33s-025": "fotovoltaci", "f33s-027": "prossimita "}
MIN_ORGCHART_HOPS = 6
MAX_ANSWER = 800
MAX_GROUPS = 6
MIN_ELENCO_GROUPS = 3
SIMILARITY = 0.75
MUNICIPALITY_RE = re.compile(r"cassano|cremosano|magent|legnano", re.IGNORECASE)

PERF = "cassano-dadda_piao-2024-2026_performance.txt"
VP = "cassano-dadda_piao-2023-2025_valore-pubblico.txt"
CM = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
CRE = "cremosano_piao-2026-2028_valore-pubblico.txt"
MAG = "magentino_piao-2024-2026_obiettivi-dup.txt"
MUNICIPALITY = {PERF: "cassano-dadda", VP: "cassano-dadda", CM: "cassano-magnago", CRE: "cremosano", MAG: "magentino"}

# Alternatives that the text does not contain in this exact form (they restate a figure of the text). Each is
# justified here; all other alternatives must occur in the anchors or documents.
DERIVED = {
    # the target is the "% prevista" cell "20" under "diminuzione del numero delle stampe ..."
    "f33s-015": {"20%", "20 %", "20 per cento", "venti per cento"},
    # the summary reads "n. obiettivi / operativi / 8"; a bare "8" would be matched by "Rif. DUP 10.1.8"
    "f33s-024": {"8 obiettivi operativi", "otto obiettivi operativi", "8 operativi", "otto operativi"},
}

# Questions that name no municipality: a distinctive term (regex, case-insensitive) that occurs in the row's
# document(s) and in no other sample file.
UNIQUE_TERMS = {
    "f33s-001": r"strade sterrate",
    "f33s-002": r"bonus beb",
    "f33s-005": r"V Giornate e via IV Novembre",
    "f33s-006": r"stupefacenti",
    "f33s-007": r"erba sintetica",
    "f33s-009": r"Corpo Musicale Cassanese",
    "f33s-011": r"Parrocchia",
    "f33s-013": r"38 bis",
    "f33s-016": r"esenzioni",
    "f33s-017": r"aree fabbricabili",
    "f33s-025": r"fotovoltaic",
    "f33s-028": r"PICCININI",
}

# Topics of earlier sets that no question of this set may mention (case-insensitive, at a word start).
AVOID_TOPICS = (
    # fresh32s (its README topic list and its questions)
    "aipo", "acordo", "cup ", "dote comune", "servizi online", "open bilancio", "animali", "sgambamento",
    "socialmente devianti", "mobilità sostenibile", "inserimento lavorativo", "per leggere", "protezione civile",
    "protezzione", "matrimoni", "codice dei contratti", "contrati", "cig", "promozione del territorio",
    "cristo risorto", "piano della formazione", "morosità", "case popolari", "risorse finanziarie",
    "piano di governo", "teritorio", "bilancio di previsione", "bilancio tecnico", "piattaform",
    "dimensioni del valore pubblico", "ampliamento", "fermi", "brambilla giorgio", "relazione sulla performance",
    "azioni positive", "residui attivi", "antichi organi", "revision", "assicurazion", "ordinanz",
    "servizi di prossimità", "affidamenti diretti", "affidamento diretto", "dup 2026", "wifi", "fornaci",
    "polivalente", "padel", "assessore allo sport", "assesore", "suap", "cremosano in movimento", "rifiuti urbani",
    "melzo",
    # fresh31s (as listed in fresh32s_check.py AVOID_TOPICS)
    "truff", "sponsorizzazion", "facebook", "bilancio partecipativo", "air", "vir", "smartphone", "videosorve",
    "piano di emergenza", "violenza", "mensa", "nido", "custodire", "da abitare", "barriere", "cartelli",
    "pubblicitari", "archivio del commercio", "online insieme", "faq", "vicinato", "assistenza educativa",
    "contatori", "co-progettazione", "amianto", "disabilità a domicilio", "missione 10", "missione 9",
    "gruppo lettura", "gioca lo sport", "piao 2025-2027", "mercat", "partecipate", "ragioneria", "bibliobeb",
    "controlli interni", "catasto", "comunità energetic", "cer ", "chizzoli", "organigramma", "strade sicure",
    "assunzion", "alberi", "alberature", "8.3", "artigianato", "treviglio",
    # dev d001-d008
    "imu", "villa oliva", "cpi", "presidi fissi", "lodi", "paesaggistic", "priorità strategiche", "rsa",
)

# Absence probes. Each entry: (scope, regex). The regex (case-insensitive unless it says (?-i:...)) must NOT match
# the scope. Scope is "@names" (the sample file names), "@all" (all sample texts), a file name, or
# (file, start_regex, end_regex) = the text from the first match of start_regex up to the first later match of
# end_regex (to the end of the file if end_regex does not match).
SMART_WORKING_ROW = (MAG, r"Misurare e valutare le performance", r"\n")
ORG_02 = (PERF, r"02\. FINANZIARIO E TRIBUTI\n", r"Comune di Cassano D'Adda")
APP_BLOCK = (CM, r"Attivare l'App comunale istituzionale", r"OBIETTIVO OPERATIVO DI 1° LIVELLO")
ROAD_CHECKS = (PERF, r"Si vuole rendere più agevole e sicura la circolazione", r"05\.2 - IMMIGRAZIONE")
WASTE_ROW = (MAG, r"Garantire il servizio di igiene urbana", r"\n")
ABSENCE_PROBES = {
    # Cremosano: no staffing plan, no hiring figure
    "f33s-038": [(CRE, r"fabbisogn[oi] di personale"), (CRE, r"assunzion"), (CRE, r"nuov[ie] dipendent"),
                 (CRE, r"dotazione organica"), (CRE, r"reclutament"), (CRE, r"piano dei fabbisogni")],
    # magentino: smart working only to be studied; no days, no number of employees
    "f33s-039": [(MAG, r"lavoro agile"), (MAG, r"giorn[oi]\b"), (MAG, r"settiman"),
                 (SMART_WORKING_ROW, r"dipendent"), (SMART_WORKING_ROW, r"\d+ ?%")],
    # Cassano d'Adda: settore 02 has one titolare line, ending 30/04/2024
    "f33s-040": [(ORG_02, r"0?1/05/2024"), (ORG_02, r"\t31/12/2024\t"), (ORG_02, r"titolare[\s\S]*titolare")],
    # Cassano d'Adda VP 2023-25: no approval act
    "f33s-041": [(VP, r"delibera"), (VP, r"approvat"), (VP, r"giunta"), (VP, r"(?-i:\bD\.?G\.?C\.?\b)")],
    # CM app: the expected value carries no number
    "f33s-042": [(APP_BLOCK, r"\d+ (utenti|iscritti)"), (APP_BLOCK, r"(utenti|iscritti)[^\n]{0,30}\d"),
                 (APP_BLOCK, r"target"), (APP_BLOCK, r"%")],
    # Cassano d'Adda road checks: no 2025/2026 target (only the title "pluriennale 2023-2025")
    "f33s-043": [(ROAD_CHECKS, r"(?<!2023-)2025"), (ROAD_CHECKS, r"2026")],
    # magentino waste row: no figure
    "f33s-044": [(WASTE_ROW, r"\d"), (WASTE_ROW, r"per ?cento")],
    # no Legnano anywhere
    "f33s-045": [("@names", r"legnano"), ("@all", r"legnano")],
}


def N(s: str) -> str:
    """Scorer normalisation: lower-case, collapse every whitespace run to one space, strip."""
    return re.sub(r"\s+", " ", s.lower()).strip()


def load(path: Path) -> tuple[list[dict], list[str]]:
    rows, errors = [], []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {i}: JSON error {e}")
    return rows, errors


def scope_text(scope, texts: dict[str, str]) -> str | None:
    if scope == "@names":
        return "\n".join(texts)
    if scope == "@all":
        return "\n".join(texts.values())
    if isinstance(scope, str):
        return texts.get(scope)
    name, start, end = scope
    text = texts.get(name)
    if text is None:
        return None
    m = re.search(start, text)
    if not m:
        return None
    e = re.search(end, text[m.end():])
    return text[m.start(): m.end() + (e.start() if e else len(text) - m.end())]


def check_anchors(rid, pairs, texts) -> list[str]:
    errors = []
    for anchor, d in pairs:
        if not isinstance(anchor, str):
            errors.append(f"{rid}: anchor is not a string")
            continue
        if not 20 <= len(anchor) <= 80:
            errors.append(f"{rid}: anchor length {len(anchor)}: {anchor!r}")
        if "\n" in anchor or "\r" in anchor or anchor != anchor.strip():
            errors.append(f"{rid}: anchor with line break or surrounding whitespace: {anchor!r}")
        if d not in texts:
            errors.append(f"{rid}: evidence doc {d!r} is not a sample file")
            continue
        if anchor not in texts[d]:
            hint = " (found only after normalisation)" if N(anchor) in N(texts[d]) else ""
            errors.append(f"{rid}: anchor not verbatim in {d}{hint}: {anchor!r}")
        elif not any(anchor in line for line in texts[d].splitlines()):
            errors.append(f"{rid}: anchor spans several lines of {d}: {anchor!r}")
    return errors


def check_previous(rows: list[dict], previous: list[str]) -> list[str]:
    errors = []
    prev_norm = [N(p) for p in previous]
    for r in rows:
        qn = N(r.get("question", ""))
        if qn in prev_norm:
            errors.append(f"{r.get('id')}: question duplicates a fresh32s question")
            continue
        for p in prev_norm:
            ratio = difflib.SequenceMatcher(None, qn, p).ratio()
            if ratio >= SIMILARITY:
                errors.append(f"{r.get('id')}: question resembles a fresh32s question ({ratio:.2f}): {p[:60]!r}")
    return errors


def check(rows: list[dict], texts: dict[str, str], previous: list[str]) -> list[str]:
    full = {name: N(t) for name, t in texts.items()}
    errors: list[str] = []

    ids = [r.get("id") for r in rows]
    errors += [f"{i}: duplicate id" for i, n in Counter(ids).items() if n > 1]
    if ids != IDS:
        errors.append(f"ids are not {IDS[0]}..{IDS[-1]} in order ({len(ids)} rows)")
    counts = Counter(r.get("type") for r in rows)
    for t, n in MIN_TYPES.items():
        if counts[t] < n:
            errors.append(f"type {t}: {counts[t]} questions (at least {n})")
    errors += [f"duplicate question text: {q[:60]!r}"
               for q, n in Counter(N(r.get("question", "")) for r in rows).items() if n > 1]
    by_id = {r.get("id"): r for r in rows}
    for rid, word in TYPOS.items():
        if word not in by_id.get(rid, {}).get("question", ""):
            errors.append(f"{rid}: declared typo {word!r} not in question")
    for name, text in texts.items():
        if "\f" in text:
            errors.append(f"{name}: has page markers (form feeds) but the QA format carries no page")
    errors += check_previous(rows, previous)

    orgchart_hops = 0
    touched: set[str] = set()
    for r in rows:
        rid = r.get("id")
        if tuple(r) != KEYS:
            errors.append(f"{rid}: keys {tuple(r)} != {KEYS}")
            if any(k not in r for k in KEYS):
                continue
        if "page" in r:
            errors.append(f"{rid}: 'page' is not a field of the shared QA format")
        if r["type"] not in TYPES:
            errors.append(f"{rid}: unknown type {r['type']!r}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
            continue
        hits = [t for t in AVOID_TOPICS if re.search(r"(?<![a-zà-ù])" + re.escape(t), r["question"].lower())]
        if hits:
            errors.append(f"{rid}: question touches an already used topic {hits}")
        if not isinstance(r["answer"], str) or not r["answer"].strip():
            errors.append(f"{rid}: empty answer")
            continue
        if len(r["answer"]) > MAX_ANSWER:
            errors.append(f"{rid}: answer longer than {MAX_ANSWER} chars ({len(r['answer'])})")
        ev, groups, evd, doc = r["evidence"], r["must_contain"], r["evidence_docs"], r["doc"]
        if not all(isinstance(x, list) for x in (ev, groups, evd)):
            errors.append(f"{rid}: evidence / must_contain / evidence_docs must be lists")
            continue
        answer = N(r["answer"])
        refusal = any(m in answer for m in REFUSAL_MARKERS)

        # documents and anchors
        if len(evd) != len(ev):
            errors.append(f"{rid}: evidence_docs must list one file per anchor ({len(evd)} != {len(ev)})")
        if doc is None:
            docs: list[str] = []
            if r["type"] != "non_presente":
                errors.append(f"{rid}: doc null on an answerable question")
            if ev or evd:
                errors.append(f"{rid}: doc null but evidence given")
        else:
            if isinstance(doc, list):
                docs = doc
                if len(set(doc)) < 2:
                    errors.append(f"{rid}: doc list with fewer than two distinct files")
                errors += [f"{rid}: doc {d} has no anchor" for d in docs if d not in evd]
                if r["type"] not in ("confronto", "multi_hop"):
                    errors.append(f"{rid}: cross-document question that is neither confronto nor multi_hop")
            elif isinstance(doc, str):
                docs = [doc]
            else:
                errors.append(f"{rid}: doc must be a file name, a list or null")
                continue
            errors += [f"{rid}: evidence doc {d} not in doc" for d in evd if d not in docs]
            errors += [f"{rid}: unknown doc {d}" for d in docs if d not in texts]
            if not 1 <= len(ev) <= 3:
                errors.append(f"{rid}: {len(ev)} anchors (1-3 expected)")
            errors += check_anchors(rid, list(zip(ev, evd)), texts)
        touched.update(docs)

        # questions without a municipality name must have a unique answer across the five plans
        if not MUNICIPALITY_RE.search(r["question"]) and r["type"] != "non_presente":
            term = UNIQUE_TERMS.get(rid)
            if not term:
                errors.append(f"{rid}: names no municipality but has no UNIQUE_TERMS entry")
            else:
                where = {name for name, t in texts.items() if re.search(term, t, re.IGNORECASE)}
                if not where or where - set(docs):
                    errors.append(f"{rid}: unique term {term!r} occurs in {sorted(where)}, not only in {docs}")
        elif rid in UNIQUE_TERMS:
            errors.append(f"{rid}: has a UNIQUE_TERMS entry but names a municipality")

        if r["type"] == "non_presente":
            if groups:
                errors.append(f"{rid}: non_presente with must_contain")
            if not refusal:
                errors.append(f"{rid}: non_presente answer lacks a refusal marker")
            if isinstance(doc, list):
                errors.append(f"{rid}: document-tied non_presente must name one file")
            probes = ABSENCE_PROBES.get(rid)
            if not probes:
                errors.append(f"{rid}: non_presente without absence probes")
            for scope, pat in probes or []:
                text = scope_text(scope, texts)
                if text is None:
                    errors.append(f"{rid}: probe scope not found: {scope!r}")
                    continue
                m = re.search(pat, text, re.IGNORECASE)
                if m:
                    errors.append(f"{rid}: absence probe {pat!r} matches {m.group(0)[:60]!r}")
            continue

        # answerable
        if refusal:
            errors.append(f"{rid}: answerable question whose answer reads like a refusal")
        if not groups or not all(isinstance(g, list) and g and all(isinstance(a, str) and a.strip() for a in g)
                                 for g in groups):
            errors.append(f"{rid}: empty or malformed must_contain")
            continue
        if len(groups) > MAX_GROUPS:
            errors.append(f"{rid}: {len(groups)} groups (at most {MAX_GROUPS})")
        anchor_text = " ".join(N(a) for a in ev if isinstance(a, str))
        doc_text = " ".join(full.get(d, "") for d in dict.fromkeys(evd))
        derived = DERIVED.get(rid, set())
        for group in groups:
            if not any(N(a) in anchor_text or N(a) in doc_text or a in derived for a in group):
                errors.append(f"{rid}: no alternative of {group} occurs in the evidence or its documents")
            if not any(N(a) in answer for a in group):
                errors.append(f"{rid}: reference answer misses group {group}")
        if r["type"] == "elenco" and len(groups) < MIN_ELENCO_GROUPS:
            errors.append(f"{rid}: elenco with fewer than {MIN_ELENCO_GROUPS} groups")
        if r["type"] == "multi_hop" and any(isinstance(a, str) and a.endswith("\ttitolare") for a in ev):
            orgchart_hops += 1
        if r["type"] == "confronto" and len({MUNICIPALITY.get(d) for d in docs}) < 2:
            errors.append(f"{rid}: confronto that does not compare two municipalities")

    if orgchart_hops < MIN_ORGCHART_HOPS:
        errors.append(f"only {orgchart_hops} multi_hop questions go through the org chart (at least "
                      f"{MIN_ORGCHART_HOPS})")
    errors += [f"sample file never used: {name}" for name in texts if name not in touched]
    errors += [f"{rid}: absence probes for a question that is not non_presente"
               for rid in ABSENCE_PROBES if by_id.get(rid, {}).get("type") != "non_presente"]
    errors += [f"{rid}: DERIVED entry for an unknown row" for rid in DERIVED if rid not in by_id]
    return errors


def main() -> int:
    rows, errors = load(QA)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
    if set(texts) != set(MUNICIPALITY):
        print(f"ERROR expected the 5 sample plans in {SAMPLES}, found {sorted(texts)}")
        return 1
    if PREVIOUS.exists():
        previous = [json.loads(l)["question"] for l in PREVIOUS.read_text(encoding="utf-8").splitlines() if l.strip()]
    else:
        previous = []
        errors.append(f"fresh32s questions not found at {PREVIOUS}: duplicate check not run")
    errors += check(rows, texts, previous)
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} questions, {len(errors)} errors")
    print("by type:", dict(sorted(Counter(str(r.get("type")) for r in rows).items())))
    touched = Counter(d for r in rows for d in dict.fromkeys(
        r.get("evidence_docs") or ([r["doc"]] if isinstance(r.get("doc"), str) else [])))
    print("questions touching each doc:", dict(sorted(touched.items())))
    print("cross-document questions:", sum(isinstance(r.get("doc"), list) for r in rows))
    named = sum(bool(MUNICIPALITY_RE.search(r.get("question", ""))) for r in rows)
    print(f"questions naming a municipality or plan: {named}/{len(rows)}")
    anchors = [a for r in rows for a in r.get("evidence") or []]
    print(f"anchors: {len(anchors)} (with TAB: {sum(1 for a in anchors if chr(9) in a)})")
    if previous:
        best = max((difflib.SequenceMatcher(None, N(r["question"]), N(p)).ratio(), r["id"])
                   for r in rows for p in previous)
        print(f"closest fresh32s question: ratio {best[0]:.2f} ({best[1]})")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
