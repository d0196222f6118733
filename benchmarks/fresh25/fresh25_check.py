"""Validate benchmarks/fresh25/fresh25_qa.jsonl against the two documents that make_plan.py writes into docs/.

Reads nothing of the assistant.  Standard library + pypdf (+ reportlab through make_plan to rebuild the PDF).

0. regeneration: the documents are built twice; the two builds must be byte-identical, and they are (re)written to
   docs/ (a stale file in docs/ is reported and replaced).  reportlab is not in /work/main/.venv: when this script
   runs under a Python without reportlab it builds through $FRESH25_PYTHON (default /tmp/venv25/bin/python).
1. document text, as a loader would see it:
   * PDF (villabrusca): pypdf extract_text() per page, pages joined with a newline; "lines" = the extracted lines;
   * TXT (casalvezzo): UTF-8 with the BOM dropped, CRLF -> LF; "lines" = the file's lines (one paragraph each).
2. layout, read back from the files and compared with make_plan's data:
   * PDF: every page landscape; creation date pinned; the performance table's header row (Cod. | Obiettivo |
     Struttura | Fasi / scadenze | Indicatore | Baseline | Target 2026) on every page holding its rows, and its rows
     spread over >= 2 pages (header repeated after the page break); grid lines drawn on those pages; the Fasi
     cells wrap over several lines; no person named in the table; every struttura of the table in the org chart;
     the org chart (Struttura | Responsabile | Categoria/Qualifica | N. addetti) has one interim head and one head
     of two strutture, and its staff add up to the total stated in prose; every OP in exactly one S;
   * TXT: BOM and CRLF; UPPERCASE section titles; every "Obiettivo N.N - <title>" line followed by ONE prose line
     with no "Label:" fields, naming its Settore, the Segretario or the person who leads it; org chart lines
     "Settore …: responsabile …, N dipendenti (…)" adding up to the stated total;
   * shared themes (roads, canteen, online services, training, transparency) in both documents;
3. QA (format of /work/shared/eval/README.md):
   * every line parses; keys in order id, question, answer, must_contain, doc, evidence, evidence_docs, type; ids
     f25-001..f25-045, unique; types from the README vocabulary; doc / evidence_docs consistent; answers <= 800;
   * anchors: 1-3 per answerable question, 20-80 characters, no newline / TAB, found in the whitespace-normalised
     text of the named document AND inside one extracted line of it;
   * must_contain: EVERY string of every group occurs in the normalised text of the question's document(s); the
     first string of every group is in the golden answer;
   * a fact recomputed from make_plan's data (people via struttura -> head, staff, targets, dates, lists, the
     winner of each comparison) is in the golden answer of every answerable question;
   * refusal markers only in non_presente answers; non_presente: empty must_contain, a probe shows that NEITHER
     document holds the information; doc null -> no evidence;
   * a question that names neither comune (and is no confronto and no doc-null question) carries a topic string
     that occurs in one document only and in no sample file;
4. invented names: none occurs in data/samples/; the comuni names occur in no earlier benchmarks/fresh*/docs file name.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh25/fresh25_check.py [qa.jsonl]
       (or /tmp/venv25/bin/python …, which has reportlab and pypdf)
"""
from __future__ import annotations

import base64
import io
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh25_qa.jsonl"
P, T = mp.PDF_NAME, mp.TXT_NAME
SAMPLES = HERE.parent.parent / "data" / "samples"
BENCH = HERE.parent
KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
N_Q = 45
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Villabrusca", "Casalvezzo", "Ca' Tessara", "Tessara", "Bosco Rialto", "Vezzo", "Gorghetto",
            "Argine Vecchio", "Zanellato", "Pavanello", "Bonaldo", "Menegatti", "Crivellaro", "Furlanetto",
            "Barison", "Barbolini", "Vaccari", "Gibertoni", "Galavotti", "Cuoghi", "Malaguti", "Borsari",
            "Croce Blu", "Terre del Vezzo", "Piano degli Interventi", "teleassistenza"]
# questions naming neither comune: a topic string that occurs in one document only
TOPICS = {"f25-012": "Piano degli Interventi", "f25-016": "Ca' Tessara", "f25-017": "Bonaldo",
          "f25-025": "Barison", "f25-027": "Gorghetto", "f25-034": "canale Vezzo", "f25-037": "Argine Vecchio"}
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# ------------------------------------------------------------------------------------------ build
def build_twice() -> tuple[dict, dict]:
    try:
        import reportlab  # noqa: F401
        return mp.build(), mp.build()
    except ImportError:
        py = os.environ.get("FRESH25_PYTHON", "/tmp/venv25/bin/python")
        code = ("import sys, json, base64; sys.path.insert(0, %r); import make_plan as mp; "
                "print(json.dumps([{k: base64.b64encode(v).decode() for k, v in mp.build().items()} "
                "for _ in range(2)]))" % str(HERE))
        out = subprocess.run([py, "-c", code], capture_output=True, text=True, check=True).stdout
        a, b = json.loads(out)
        dec = lambda d: {k: base64.b64decode(v) for k, v in d.items()}  # noqa: E731
        return dec(a), dec(b)


# ------------------------------------------------------------------------------------------ plan data
VOBJ = {o[0]: o for o in mp.V_OBJ}
COBJ = {o[0]: o for o in mp.c_objectives()}


def vs(key):
    return mp.v_struttura(key)


def person(head: str) -> str:
    return head.split(",")[0]


def vhead(code):
    return person(vs(VOBJ[code][2])[2])


def vstaff(code):
    return vs(VOBJ[code][2])[4]


def cset(code):
    return mp.c_settore(COBJ[code][2])


def chead(code):
    s = cset(code)
    return s[2] if s else mp.C_SEGRETARIO


def cprose(code):
    return COBJ[code][3]


def rx(pattern, text, g=1):
    m = re.search(pattern, text)
    if not m:
        raise ValueError(f"pattern {pattern!r} not found")
    return m.group(g)


def num(v: str) -> float:
    return float(re.sub(r"[^\d,]", "", v).replace(",", "."))


def day(s: str) -> date:
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", s)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    d, mo, y = s.split()
    return date(int(y), MONTHS.index(mo) + 1, int(d))


def pick(cond: bool, a: str, b: str) -> str:
    return a if cond else b


def vbig_fasi(code, pat):
    return rx(pat, VOBJ[code][3])


def settore_of_person(name):
    return next(s for s in mp.C_SETTORI if s[2] == name)


def hours_diff() -> str:
    c = num(rx(r"almeno (\d+) ore", cprose("1.3")))
    v = num(rx(r"almeno (\d+) ore", mp.V_FORMAZIONE))
    return f"{'Casalvezzo' if c > v else 'Villabrusca'} ne prevede {int(abs(c - v))} in più"


def bridge_leader() -> str:
    return rx(r"Guida l.obiettivo il (geom\. [A-Z]\w+ [A-Z]\w+)", cprose("2.2"))


# facts that must be in the golden answer (recomputed from make_plan's data)
FACTS = {
    "f25-001": lambda: [VOBJ["OP.06"][6], rx(r"(\d+,\d km)", cprose("2.1")),
                        pick(num(VOBJ["OP.06"][6]) > num(rx(r"(\d+,\d) km", cprose("2.1"))),
                             "Villabrusca: ", "Casalvezzo: ")],
    "f25-002": lambda: [rx(r"concludersi entro il (\d+ \w+ \d{4})", cprose("2.1")),
                        vbig_fasi("OP.06", r"fine lavori di asfaltatura entro il (\S+)"),
                        pick(day(rx(r"concludersi entro il (\d+ \w+ \d{4})", cprose("2.1")))
                             < day(vbig_fasi("OP.06", r"fine lavori di asfaltatura entro il (\S+)")),
                             "Prima a Casalvezzo", "Prima a Villabrusca")],
    "f25-003": lambda: [rx(r"porterà al (\d+%)", cprose("3.2")), VOBJ["OP.08"][6],
                        pick(num(rx(r"porterà al (\d+%)", cprose("3.2"))) > num(VOBJ["OP.08"][6]),
                             "Casalvezzo: ", "Villabrusca: ")],
    "f25-004": lambda: [vbig_fasi("OP.08", r"avvio del nuovo servizio il (\S+)"),
                        rx(r"subentrerà dal (\d+ \w+ \d{4})", cprose("3.2")),
                        pick(day(vbig_fasi("OP.08", r"avvio del nuovo servizio il (\S+)"))
                             < day(rx(r"subentrerà dal (\d+ \w+ \d{4})", cprose("3.2"))),
                             "Villabrusca: ", "Casalvezzo: ")],
    "f25-005": lambda: [VOBJ["OP.01"][6], rx(r"almeno (\d+ servizi) on line", cprose("1.1")),
                        vbig_fasi("OP.01", r"servizi on line entro il (\S+);"),
                        rx(r"entro il (\d+ \w+ \d{4})", cprose("1.1")),
                        pick(num(VOBJ["OP.01"][6]) > num(rx(r"almeno (\d+) servizi", cprose("1.1"))),
                             "Villabrusca ne attiva di più", "Casalvezzo ne attiva di più")],
    "f25-006": lambda: [rx(r"almeno (\d+ ore) di formazione", cprose("1.3")),
                        rx(r"almeno (\d+ ore) di formazione", mp.V_FORMAZIONE),
                        hours_diff()],
    "f25-007": lambda: [f"{vs('lp')[4]} addetti", f"{mp.c_settore('tec')[3]} dipendenti",
                        f"Casalvezzo ne ha {mp.c_settore('tec')[3] - vs('lp')[4]} in più"],
    "f25-008": lambda: [f"{mp.c_staff_total()} dipendenti", f"{mp.v_staff_total()} addetti",
                        pick(mp.c_staff_total() > mp.v_staff_total(), "Casalvezzo, con", "Villabrusca, con")],
    "f25-009": lambda: [c for c, o in VOBJ.items() if o[2] == "urb"] + ["Unione"]
    + (["<Casalvezzo has an urban planning objective>"] if any(re.search(r"urbanistic|Piano", o[1])
                                                                 for o in COBJ.values()) else []),
    "f25-010": lambda: [rx(r"(\d+)", VOBJ["OP.12"][6]), rx(r"almeno (\d+) presidi", cprose("2.3")),
                        pick(num(VOBJ["OP.12"][6]) > num(rx(r"almeno (\d+) presidi", cprose("2.3"))),
                             "Villabrusca: ", "Casalvezzo ")],
    "f25-011": lambda: [vhead("OP.06"), vs("lp")[1]],
    "f25-012": lambda: [person(vs("urb")[2]), "ad interim", next(c for c, o in VOBJ.items() if o[2] == "urb")],
    "f25-013": lambda: [person(next(s for s in mp.V_STRUTTURE if "Demografici" in s[1])[2])],
    "f25-014": lambda: [vhead("OP.04"), vs(VOBJ["OP.04"][2])[1]],
    "f25-015": lambda: [vhead("OP.08"), vs(VOBJ["OP.08"][2])[1]],
    "f25-016": lambda: [vhead(next(c for c, o in VOBJ.items() if "Ca' Tessara" in o[1]))],
    "f25-017": lambda: [s[1] for s in mp.V_STRUTTURE if "Bonaldo" in s[2]]
    + [f"{s[4]} addetti" for s in mp.V_STRUTTURE if "Bonaldo" in s[2]],
    "f25-018": lambda: [chead("2.1"), cset("2.1")[1]],
    "f25-019": lambda: [chead("3.2"), cset("3.2")[1]],
    "f25-020": lambda: [chead("1.2")],
    "f25-021": lambda: [f"{vs('urb')[4]} addetti", person(vs("urb")[2])],
    "f25-022": lambda: [vhead(next(c for c, o in VOBJ.items() if "anagrafic" in o[1] and "30/06/2026" in o[3]))],
    "f25-023": lambda: [c for c, o in VOBJ.items() if "Segretario comunale" in vs(o[2])[2]],
    "f25-024": lambda: [next(f"{s[0]} – {s[1]}" for s in mp.V_STRAT if "OP.08" in s[3]), vhead("OP.08")],
    "f25-025": lambda: [v for c, o in VOBJ.items() if "Barison" in vs(o[2])[2] for v in (c, o[5], o[6])],
    "f25-026": lambda: [f"{cset('3.2')[3]} dipendenti", chead("3.2")],
    "f25-027": lambda: [f"{settore_of_person(bridge_leader())[3]} dipendenti", bridge_leader()],
    "f25-028": lambda: [vhead("OP.08"), f"{vstaff('OP.08')} addetti", chead("3.2"),
                        f"{cset('3.2')[3]} dipendenti"],
    "f25-029": lambda: next(s for s in mp.V_STRAT if "Territorio" in s[1])[3],
    "f25-030": lambda: [c for c, o in VOBJ.items() if o[2] == "soc"],
    "f25-031": lambda: [w for w in ("Ufficio Scuola", "Ufficio Economato", "Commissione mensa")
                        if w in rx(r"Collaborano ([^.]+)\.", cprose("3.2"))],
    "f25-032": lambda: [o[1] for o in next(objs for t, objs in mp.C_LINEE if t.startswith("LINEA 2"))],
    "f25-033": lambda: re.findall(r"\d\d/\d\d/\d{4}", VOBJ["OP.08"][3]),
    "f25-034": lambda: [w for w in ("Ufficio Protezione Civile", "Consorzio di bonifica Terre del Vezzo")
                        if w in rx(r"Collaborano ([^,]+ e il [^,]+),", cprose("2.2"))],
    "f25-035": lambda: [re.findall(r"\d\d/\d\d/\d{4}", VOBJ["OP.11"][3])[-1]],
    "f25-036": lambda: [vbig_fasi("OP.04", r"avvisi di accertamento entro il (\S+)"),
                        rx(r"(\d+) avvisi", VOBJ["OP.04"][6])],
    "f25-037": lambda: [rx(r"veicoli entro il (\d+ \w+ \d{4})", cprose("2.2"))],
    "f25-038": lambda: [rx(r"concludersi entro il (\d+ \w+ \d{4})", cprose("1.3"))],
    "f25-039": lambda: [vbig_fasi("OP.02", r"conservazione entro il (\S+);")],
    "f25-040": lambda: [VOBJ["OP.07"][5], VOBJ["OP.07"][6]],
    "f25-041": lambda: [rx(r"ridursi del (\d+%)", " ".join(mp.V_VALORE)),
                        rx(r"sono state (\d+)", " ".join(mp.V_VALORE))],
}


# ------------------------------------------------------------------------------------------ probes
def absent(words, texts):
    hits = []
    for d, t in texts.items():
        for w in words:
            if re.search(w, t, flags=re.I):
                hits.append(f"{w!r} in {d}")
    return hits


PROBES = {
    "f25-042": [r"\bnid[oi]\b", r"prima infanzia", r"\b0-3\b"],
    "f25-043": [r"energetic", r"rinnovabil", r"\bCER\b", r"fotovolta"],
    "f25-044": [r"agile", r"smart", r"telelavoro", r"da remoto", r"a distanza", r"\bPOLA\b"],
    "f25-045": [r"€", r"\beur[oi]?\b", r"import[oi]", r"\bcost[oi]\b", r"quadro economico", r"finanziament", r"finanziat",
                r"\bmila\b", r"\d+\.\d{3},\d\d"],
}


# ------------------------------------------------------------------------------------------ layout
def layout_pdf(data: bytes, pages: list[str]) -> tuple[list[str], dict]:
    errors, st = [], {}
    rd = PdfReader(io.BytesIO(data))
    st["pages"] = len(rd.pages)
    for i, pg in enumerate(rd.pages):
        if not float(pg.mediabox.width) > float(pg.mediabox.height):
            errors.append(f"pdf: page {i + 1} is not landscape")
    meta = rd.metadata or {}
    if meta.get("/CreationDate") != "D:20260205090000+00'00'":
        errors.append(f"pdf: creation date not pinned: {meta.get('/CreationDate')}")
    head = mp.V_PERF_HEAD
    table_pages = []
    for i, text in enumerate(pages):
        lines = [ln.strip() for ln in text.splitlines()]
        codes = [c for c in VOBJ if c in lines]
        if codes:
            table_pages.append(i)
            # header row repeated on every page holding rows, right before the first row
            k = lines.index(codes[0])
            if lines[k - len(head):k] != head:
                errors.append(f"pdf: page {i + 1} holds table rows without the header row just above them")
            segs = len(re.findall(rb"n [-\d.]+ [-\d.]+ m [-\d.]+ [-\d.]+ l S", rd.pages[i].get_contents().get_data()))
            if segs < len(codes) + 1 + len(head) + 1:
                errors.append(f"pdf: page {i + 1}: only {segs} grid lines for {len(codes)} rows")
            region = "\n".join(lines[k - len(head):])
            cut = region.find("2.4 Rischi corruttivi")
            region = region if cut < 0 else region[:cut]
            for s in mp.V_STRUTTURE:
                if person(s[2]).split()[-1] in region:
                    errors.append(f"pdf: person {s[2]!r} named inside the performance table")
    st["table_pages"] = [p + 1 for p in table_pages]
    if len(table_pages) < 2:
        errors.append("pdf: the performance table does not run over a page break")
    all_lines = [ln.strip() for t in pages for ln in t.splitlines()]
    if sum(1 for c in VOBJ if c in all_lines) != len(VOBJ):
        errors.append("pdf: not every OP code is a row of the table")
    wrapped = sum(1 for o in mp.V_OBJ if not any(N(o[3]) in N(ln) for ln in all_lines))
    st["wrapped_fasi"] = wrapped
    if wrapped < len(mp.V_OBJ) - 1:
        errors.append(f"pdf: only {wrapped} Fasi cells wrap over several lines")
    full = "\n".join(pages)
    # org chart
    k = next((i for i in range(len(all_lines) - 3) if all_lines[i:i + 4] == mp.V_ORG_HEAD), None)
    if k is None:
        errors.append("pdf: org chart header row missing")
    heads = Counter(person(s[2]) for s in mp.V_STRUTTURE)
    if sorted(heads.values()) [-1] != 2 or list(heads.values()).count(2) != 1:
        errors.append("pdf: there must be exactly one head of two strutture")
    if sum("ad interim" in s[2] for s in mp.V_STRUTTURE) != 1:
        errors.append("pdf: there must be exactly one interim head")
    for s in mp.V_STRUTTURE:
        if N(s[1]) not in N(full) or s[2] not in all_lines:
            errors.append(f"pdf: org row {s[1]!r} not found")
    if {o[2] for o in mp.V_OBJ} - {s[0] for s in mp.V_STRUTTURE}:
        errors.append("pdf: a struttura of the table is missing from the org chart")
    if f"è di {mp.v_staff_total()} addetti" not in full or "Totale" not in all_lines:
        errors.append("pdf: staff total sentence / Totale row")
    # strategic objectives
    for c in VOBJ:
        if sum(c in s[3] for s in mp.V_STRAT) != 1:
            errors.append(f"pdf: {c} is not in exactly one strategic objective")
    for s in mp.V_STRAT:
        if N(f"{s[0]} – {s[1]}.") not in N(full) or \
                N(f"Obiettivi operativi collegati: {', '.join(s[3])}.") not in N(full):
            errors.append(f"pdf: strategic objective {s[0]} list not found")
    return errors, st


TXT_TITLES = ["SEZIONE 1 - SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE", "2.1 VALORE PUBBLICO", "2.2 PERFORMANCE",
              "2.3 RISCHI CORRUTTIVI E TRASPARENZA", "SEZIONE 3 - ORGANIZZAZIONE E CAPITALE UMANO",
              "3.1 STRUTTURA ORGANIZZATIVA", "3.2 FORMAZIONE DEL PERSONALE"]


def layout_txt(raw: bytes, text: str) -> tuple[list[str], dict]:
    errors, st = [], {}
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append("txt: no UTF-8 BOM")
    if re.search(rb"(?<!\r)\n", raw):
        errors.append("txt: bare LF line ends (expected CRLF)")
    lines = text.split("\n")
    for t in TXT_TITLES + [x[0] for x in mp.C_LINEE]:
        if t not in lines or t != t.upper():
            errors.append(f"txt: section title {t!r} missing or not uppercase")
    obj_idx = [i for i, ln in enumerate(lines) if re.fullmatch(r"Obiettivo \d\.\d - .+", ln)]
    st["objectives"] = len(obj_idx)
    if not 9 <= len(obj_idx) <= 14:
        errors.append(f"txt: {len(obj_idx)} objectives")
    for i in obj_idx:
        code = lines[i].split()[1]
        nxt = [ln for ln in lines[i + 1:] if ln.strip()]
        prose = nxt[0]
        if re.match(r"(Obiettivo|LINEA|\d\.\d [A-Z])", nxt[1]) is None:
            errors.append(f"txt: objective {code} has more than one prose paragraph")
        if re.search(r"(^|\. )(Responsabile|Settore|Target|Scadenza|Indicatore|Fasi|Uffici)\s*:", prose):
            errors.append(f"txt: objective {code} uses labelled fields")
        s = cset(code)
        if not (s and s[1] in prose) and "Segretario comunale" not in prose and \
                not any(x[2] in prose for x in mp.C_SETTORI):
            errors.append(f"txt: objective {code} does not say who leads it")
        if not re.search(r"collabor|coinvolg", prose, flags=re.I):
            errors.append(f"txt: objective {code} does not say who collaborates")
        if not re.search(r"\d", prose):
            errors.append(f"txt: objective {code} has no target / date")
    org = re.findall(r"^(Settore .+?): responsabile (.+?), (\d+) dipendenti \(.+\)$", text, flags=re.M)
    st["settori"] = len(org)
    if len(org) != len(mp.C_SETTORI) or sum(int(o[2]) for o in org) != mp.c_staff_total() or \
            f"Totale: {mp.c_staff_total()} dipendenti" not in text:
        errors.append("txt: org chart lines / total")
    for code, o in COBJ.items():
        if o[2] != "seg" and not cset(code):
            errors.append(f"txt: objective {code} led by an unknown Settore")
    return errors, st


def themes(tp: str, tt: str) -> list[str]:
    bad = []
    for w1, w2 in (("strade comunali", "strade comunali"), ("mensa scolastica", "refezione scolastica"),
                   ("servizi on line", "servizi on line"), ("formazione", "formazione"),
                   ("trasparen", "trasparen")):
        if N(w1) not in N(tp) or N(w2) not in N(tt):
            bad.append(f"themes: {w1!r}/{w2!r} not shared")
    return bad


# ------------------------------------------------------------------------------------------ QA
def qa_checks(rows, texts, lines) -> tuple[list[str], list[str]]:
    errors, notes = [], []
    norm = {d: N(t) for d, t in texts.items()}
    nlines = {d: [N(ln) for ln in ls] for d, ls in lines.items()}
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("ids are not unique")
    if ids != [f"f25-{i:03d}" for i in range(1, N_Q + 1)]:
        errors.append(f"ids are not f25-001..f25-{N_Q:03d} in order")
    blobs = [p.read_bytes().lower() for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
    for r in rows:
        rid = r.get("id")
        if list(r) != KEYS:
            errors.append(f"{rid}: keys {list(r)}")
            continue
        if r["type"] not in TYPES:
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
            k = norm[d].count(N(a))
            if k == 0:
                errors.append(f"{rid}: anchor not in {d}: {a!r}")
            elif k > 1:
                notes.append(f"{rid}: anchor occurs {k} times in {d}: {a!r}")
            if not any(N(a) in ln for ln in nlines[d]):
                errors.append(f"{rid}: anchor not inside one extracted line of {d}: {a!r}")
        q = N(r["question"])
        if "villabrusca" not in q and "casalvezzo" not in q and r["type"] != "confronto" and isinstance(doc, str):
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
            errors += [f"{rid}: no probe"] if pr is None else \
                [f"{rid}: a document may answer it: {h}" for h in absent(pr, texts)]
            continue
        if refusal:
            errors.append(f"{rid}: answerable answer contains a refusal marker")
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
        docs_n = " ".join(norm[d] for d in udocs)
        for g in groups:
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            for s in g:
                if N(s) not in docs_n:
                    errors.append(f"{rid}: must_contain {s!r} not in the text of {udocs}")
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
        if p.parent.parent != HERE and any(c in p.name.lower() for c in ("villabrusca", "casalvezzo")):
            errors.append(f"names: {p} already uses the comune name")
    return errors, hits


def main() -> int:
    errors: list[str] = []
    b1, b2 = build_twice()
    if b1 != b2:
        errors.append("two builds differ: make_plan.py is not deterministic")
    mp.DOCS.mkdir(parents=True, exist_ok=True)
    for name, data in b1.items():
        p = mp.DOCS / name
        if not p.exists() or p.read_bytes() != data:
            print(f"NOTE docs/{name} was missing or stale: rewritten")
            p.write_bytes(data)
    pdf_data, txt_raw = (mp.DOCS / P).read_bytes(), (mp.DOCS / T).read_bytes()
    pages = [pg.extract_text() for pg in PdfReader(io.BytesIO(pdf_data)).pages]
    txt = txt_raw.decode("utf-8-sig").replace("\r\n", "\n")
    texts = {P: "\n".join(pages), T: txt}
    lines = {P: [ln for pg in pages for ln in pg.splitlines()], T: txt.split("\n")}
    e1, st1 = layout_pdf(pdf_data, pages)
    e2, st2 = layout_txt(txt_raw, txt)
    errors += e1 + e2 + themes(texts[P], texts[T])
    rows = []
    for i, ln in enumerate(QA.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip():
            try:
                rows.append(json.loads(ln))
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: JSON does not parse: {e}")
    e3, notes = qa_checks(rows, texts, lines)
    errors += e3
    nerr, hits = names_check()
    errors += nerr
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    print(f"{P}: {len(pdf_data)} bytes, {st1['pages']} landscape pages, {len(texts[P])} characters of pypdf text; "
          f"performance table on pages {st1['table_pages']}, {st1['wrapped_fasi']}/{len(mp.V_OBJ)} Fasi cells "
          f"wrapped")
    print(f"{T}: {len(txt_raw)} bytes (BOM, CRLF); {st2['objectives']} objectives, {st2['settori']} settori")
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"cross-document questions: {sum(isinstance(r.get('doc'), list) for r in rows)}; "
          f"doc-null questions: {sum(r.get('doc') is None for r in rows)}")
    print(f"invented names found in data/samples: {hits} hits over {len(INVENTED)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
