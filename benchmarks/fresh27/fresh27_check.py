"""Validate benchmarks/fresh27/fresh27_qa.jsonl against the two documents that make_plan.py writes into docs/.

Reads nothing of the assistant.  Standard library + pypdf (+ fpdf2 through make_plan), all in /work/main/.venv.

0. regeneration: make_plan.py is run in a SEPARATE process into a temporary directory, and make_plan.build() is
   called twice in this process; all three builds must be byte-identical to the files in docs/ (no rewrite: a
   stale docs/ file is an ERROR).
1. document text, as a loader would see it:
   * PDF (torrebellano): pypdf extract_text() per page, pages joined with a newline; "lines" = the extracted lines;
     "fragments" = the single text-showing operations (one visual line of one cell or paragraph), via pypdf's
     visitor_text;
   * MD (fontanaspra): UTF-8 text; "lines" = the file's lines.
2. layout, read back from the files and compared with make_plan's data:
   * PDF: A4 portrait, pinned creation date; for every Area a caption line "Area … – Responsabile: …" followed by
     the header line of its own ruled table (Cod. | Obiettivo operativo | Indicatore | Target 2026 | Scadenza |
     Peso %), the Area's codes as table cells, at most two Area tables per page, cell rectangles drawn; weights of
     each Area add up to 100; exactly one weight 30 and one maximum weight; every code x.y.z refers to a line x.y
     of the numbered strategic list; exactly one interim head who also heads another Area; the org table
     (Area | Uffici | Dipendenti) names no person, lists every Area and adds up to the total in prose and in
     the Totale row; lavoro agile and formazione sections with figures;
   * MD: every "### Obiettivo N – <titolo>" heading followed by 1-2 prose paragraphs with no "Label:" field,
     each saying who leads it (Settore / Ufficio / Segretario), "si punta a" and a date; the org table has the
     header | Ufficio | Settore | Dipendenti | Responsabile |, several uffici per Settore, one head per Settore,
     blank continuation rows in some Settori and repeated heads in others, NO per-Settore total written, and a
     grand total equal to the sum of the rows; no weights and no lavoro agile in the MD;
   * shared themes (roads, canteen, TARI, training, school patrols, invoice payments) in both documents;
3. QA (format of /work/shared/eval/README.md):
   * every line parses; keys in order id, question, answer, must_contain, doc, evidence, evidence_docs, type;
     ids f27-001..f27-045, unique; types from the dev vocabulary; doc / evidence_docs consistent; answers <= 800;
   * anchors: 1-3 per answerable question, 20-80 characters, no newline / TAB, found in the whitespace-normalised
     text of the named document, inside one extracted line of it, and (PDF) inside one visual line (fragment);
   * must_contain: every string of every group occurs in the normalised text of the question's document(s) OR is
     a DERIVED figure (a Settore staff total of the MD, the sum of its uffici rows) whose value is recomputed
     here; the first string of every group is in the golden answer;
   * a fact recomputed from make_plan's data (people via objective -> Area/Settore -> head, staff, weights,
     targets, dates, lists, the winner of each comparison) is in the golden answer of every answerable question;
   * refusal markers only in non_presente answers; non_presente: empty must_contain, a regex probe shows that the
     probed document(s) do not hold the information; doc null -> no evidence;
   * a question that names neither comune (and is not cross-document) carries a topic string that occurs in its
     document only and in no sample file;
4. invented names: none occurs in data/samples/; the comuni names occur in no earlier benchmarks/fresh*/docs name.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh27/fresh27_check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh27_qa.jsonl"
P, M = mp.PDF_NAME, mp.MD_NAME
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
INVENTED = ["Torrebellano", "Fontanaspra", "Pian di Carpine", "Casale Sorbello", "Brunozzi", "Fiorucci",
            "Bettarelli", "Pecorari", "Santucci", "Baldelli", "Ceccarini", "Mencarelli", "Chiotti", "Ruà Soprana",
            "Valle Spra", "Ellena", "Ghione", "Bertola", "Dalmasso", "Chiapello", "Allasia", "Rinaudo",
            "Giordano", "Bessone", "Garelli", "Olivero", "Bongiovanni", "Tallone", "Marengo", "Libri in piazza",
            "Mulino Vecchio", "Croce Verde di Fontanaspra"]
# questions naming neither comune (single-document): a topic string of the question found in one document only
TOPICS = {"f27-012": "aree produttive dismesse", "f27-014": "centro estivo", "f27-017": "borgata chiotti",
          "f27-024": "santucci", "f27-025": "casale sorbello", "f27-031": "allasia", "f27-032": "olivero",
          "f27-035": "borgata chiotti", "f27-043": "pian di carpine"}
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# ------------------------------------------------------------------------------------------ build
def regenerate() -> tuple[list[str], dict[str, bytes]]:
    errors = []
    b1, b2 = mp.build(), mp.build()
    if b1 != b2:
        errors.append("two in-process builds differ: make_plan.py is not deterministic")
    with tempfile.TemporaryDirectory(prefix="fresh27_") as tmp:
        r = subprocess.run([sys.executable, str(HERE / "make_plan.py"), tmp], capture_output=True, text=True)
        if r.returncode:
            errors.append(f"make_plan.py failed: {r.stderr.strip()[-300:]}")
            return errors, b1
        for name, data in b1.items():
            sub = (Path(tmp) / name).read_bytes()
            if sub != data:
                errors.append(f"{name}: the subprocess build differs from the in-process build")
            cur = mp.DOCS / name
            if not cur.exists():
                errors.append(f"docs/{name} is missing (run make_plan.py)")
            elif cur.read_bytes() != sub:
                errors.append(f"docs/{name} differs from a fresh build (run make_plan.py)")
    return errors, b1


# ------------------------------------------------------------------------------------------ plan data
AOBJ = {o[1]: o for o in mp.a_objectives()}          # code -> (key, code, obiettivo, indicatore, target, scad, peso)
BOBJ = {o[0]: o for o in mp.B_OBJ}


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


def ahead(key: str) -> str:
    """Person heading an Area (the caption value without '(ad interim)')."""
    return mp.a_area(key)[2].replace(" (ad interim)", "")


def aarea(code: str) -> str:
    return AOBJ[code][0]


def afind(word: str) -> tuple:
    hits = [o for o in AOBJ.values() if word.lower() in o[2].lower()]
    assert len(hits) == 1, (word, hits)
    return hits[0]


def alinea(code: str) -> str:
    ln = ".".join(code.split(".")[:2])
    return next(f"{sn} {st}" for _, _, subs in mp.A_LINEE for sn, st, _ in subs if sn == ln)


def bp(n: int) -> str:
    return mp.b_prose(n)


def bdate(pat: str, n: int) -> str:
    return rx(pat + r" (\d{1,2} \w+ \d{4})", bp(n))


def b_breakdown(settore: str) -> list[str]:
    return [f"{r[0]} {r[2]}" for r in mp.B_ORG if r[1] == settore]


def b_ufficio_of(pattern: str, n: int) -> str:
    uff = rx(pattern, bp(n))
    assert any(r[0] == uff for r in mp.B_ORG), uff
    return uff


def max_peso(key: str | None) -> tuple:
    objs = [o for o in AOBJ.values() if key is None or o[0] == key]
    top = max(o[6] for o in objs)
    hits = [o for o in objs if o[6] == top]
    assert len(hits) == 1, hits
    return hits[0]


def earliest(key: str) -> tuple:
    objs = sorted((o for o in AOBJ.values() if o[0] == key), key=lambda o: day(o[5]))
    assert day(objs[0][5]) < day(objs[1][5])
    return objs[0]


def in_prose_and_answer(strings: list[str], prose: str) -> list[str]:
    for s in strings:
        if s not in prose:
            raise ValueError(f"{s!r} not in the prose")
    return strings


TRIB = lambda: mp.b_settore_of_ufficio(b_ufficio_of(r"Se ne occupa l'Ufficio (\w+),", 3))  # noqa: E731
PRESIDI = lambda: rx(r"almeno (\d+) presidi", bp(9))  # noqa: E731
OLIV = lambda: b_ufficio_of(r"Olivero dell'Ufficio ([A-Z][\w ]+?)(?:,| insieme)", 6)      # noqa: E731

FACTS = {
    "f27-001": lambda: [AOBJ["3.1.2"][4], rx(r"riasfaltare (\d+,\d km)", bp(5)),
                        pick(num(AOBJ["3.1.2"][4]) > num(rx(r"riasfaltare (\d+,\d) km", bp(5))),
                             "Torrebellano: ", "Fontanaspra: ")],
    "f27-002": lambda: [bdate("concludere entro il", 5), AOBJ["3.1.2"][5],
                        pick(day(bdate("concludere entro il", 5)) < day(AOBJ["3.1.2"][5]),
                             "Prima a Fontanaspra", "Prima a Torrebellano")],
    "f27-003": lambda: [rx(r"portare al (\d+%)", bp(7)), AOBJ["4.1.1"][4],
                        pick(num(rx(r"portare al (\d+%)", bp(7))) > num(AOBJ["4.1.1"][4]),
                             "Fontanaspra: ", "Torrebellano: ")],
    "f27-004": lambda: [rx(r"almeno (\d+ ore) di formazione", bp(10)),
                        rx(r"almeno (\d+ ore) di formazione", mp.A_FORMAZIONE),
                        (lambda b, a: f"{'Fontanaspra' if b > a else 'Torrebellano'} ne prevede {int(abs(b - a))} "
                                      f"in più")(num(rx(r"almeno (\d+) ore", bp(10))),
                                                 num(rx(r"almeno (\d+) ore", mp.A_FORMAZIONE)))],
    "f27-005": lambda: [rx(r"(\d+) avvisi", AOBJ["2.1.1"][4]) + " avvisi", AOBJ["2.1.1"][5],
                        rx(r"almeno (\d+ avvisi)", bp(3)), bdate("avvisi di accertamento entro il", 3),
                        pick(day(AOBJ["2.1.1"][5]) < day(bdate("avvisi di accertamento entro il", 3)),
                             "è quella di Torrebellano", "è quella di Fontanaspra")],
    "f27-006": lambda: [f"{mp.b_staff_total()} dipendenti", f"i {mp.a_staff_total()} di Torrebellano",
                        pick(mp.b_staff_total() > mp.a_staff_total(), "Fontanaspra, con", "Torrebellano")],
    "f27-007": lambda: [f"peso {AOBJ['2.1.1'][6]}", f"peso {AOBJ['2.2.1'][6]}",
                        pick(AOBJ["2.1.1"][6] > AOBJ["2.2.1"][6], "Pesa di più il recupero dell'evasione TARI",
                             "Pesa di più la riduzione dei tempi")],
    "f27-008": lambda: [max_peso("tec")[1], f"peso {max_peso('tec')[6]}"],
    "f27-009": lambda: [bdate("entro il", 11), bdate("CIE, entro il", 1),
                        pick(day(bdate("entro il", 11)) < day(bdate("CIE, entro il", 1)),
                             "Scade prima il SUAP", "Scade prima l'anagrafe")],
    "f27-010": lambda: [f"{mp.b_staff('Tecnico')} dipendenti", f"gli {mp.b_staff('Amministrativo')} del Settore",
                        pick(mp.b_staff("Tecnico") > mp.b_staff("Amministrativo"), "Il Settore Tecnico",
                             "Il Settore Amministrativo")]
    + b_breakdown("Amministrativo") + [f"{r[0]} {r[2]}" for r in mp.B_ORG if r[1] == "Tecnico"][:1],
    "f27-011": lambda: [AOBJ["3.3.1"][4], "almeno " + PRESIDI(),
                        f"ne prevede {int(num(AOBJ['3.3.1'][4]) - num(PRESIDI()))} in più"],
    "f27-012": lambda: [ahead(afind("PRG")[0]), "ad interim", afind("PRG")[1]],
    "f27-013": lambda: [ahead(afind("TARI")[0]), rx(r"(istr\. dir\. \w+ \w+)", mp.A_NOTES["fin"])],
    "f27-014": lambda: [ahead(afind("Centro estivo")[0]), mp.a_area(afind("Centro estivo")[0])[1]],
    "f27-015": lambda: [ahead(afind("telecamere")[0]), afind("telecamere")[4], afind("telecamere")[5]],
    "f27-016": lambda: [mp.b_head(TRIB()), rx(r"l'istruttore (\w+ \w+)", bp(3)), f"Settore {TRIB()}"],
    "f27-017": lambda: [mp.b_head(mp.b_settore_of_ufficio(OLIV())), f"Settore {mp.b_settore_of_ufficio(OLIV())}"],
    "f27-018": lambda: [mp.b_head(mp.b_settore_of_ufficio(b_ufficio_of(r"L'Ufficio (\w+) predispone", 10))),
                        rx(r"l'istruttrice (\w+ \w+)", bp(10))],
    "f27-019": lambda: [mp.b_head(mp.b_settore_of_ufficio(b_ufficio_of(r"dall'Ufficio ([\w ]+?), che fa capo", 11))),
                        f"Settore {mp.b_settore_of_ufficio('SUAP e Commercio')}"],
    "f27-020": lambda: [mp.B_SEGRETARIO],
    "f27-021": lambda: [f"{o[1]} {o[2]} (peso {o[6]})" for o in AOBJ.values() if o[0] == "fin"],
    "f27-022": lambda: mp.b_uffici("Tecnico") + [mp.b_head("Tecnico")],
    "f27-023": lambda: in_prose_and_answer(["Istruzione e Mensa", "Chiara Bongiovanni", "Economato",
                                            "Commissione mensa", "famiglie", "istituto comprensivo"], bp(7))
    + [mp.b_head(BOBJ[7][2])],
    "f27-024": lambda: [a[1] for a in mp.A_AREE if "Santucci" in a[2]],
    "f27-025": lambda: [f"{mp.a_area(afind('Casale Sorbello')[0])[4]} dipendenti",
                        mp.a_area(afind("Casale Sorbello")[0])[1], ahead(afind("Casale Sorbello")[0])]
    + mp.a_area(afind("Casale Sorbello")[0])[3],
    "f27-026": lambda: [earliest("amm")[1], earliest("amm")[5], alinea(earliest("amm")[1])],
    "f27-027": lambda: [next(c for c, o in AOBJ.items() if o[6] == 30), ahead(AOBJ[next(
        c for c, o in AOBJ.items() if o[6] == 30)][0])] if sum(o[6] == 30 for o in AOBJ.values()) == 1 else ["<30 not unique>"],
    "f27-028": lambda: [max_peso(None)[1], f"peso {max_peso(None)[6]}", ahead(max_peso(None)[0]), "ad interim"],
    "f27-029": lambda: [afind("SUE")[1], alinea(afind("SUE")[1]), mp.a_area(afind("SUE")[0])[1]],
    "f27-030": lambda: [f"{mp.b_staff(TRIB())} dipendenti", mp.b_head(TRIB())] + b_breakdown(TRIB()),
    "f27-031": lambda: (lambda s: [f"{mp.b_staff(s)} dipendenti"] + b_breakdown(s)
                        + [o[1] for o in mp.B_OBJ if o[2] == s])(
        next(r[1] for r in mp.B_ORG if "Allasia" in r[3])),
    "f27-032": lambda: [OLIV(), mp.b_head(mp.b_settore_of_ufficio(OLIV()))],
    "f27-033": lambda: [ahead(aarea("4.1.1")), f"{mp.a_area(aarea('4.1.1'))[4]} dipendenti",
                        mp.b_head(BOBJ[7][2]), f"{mp.b_staff(BOBJ[7][2])} dipendenti"],
    "f27-034": lambda: [rx(r"individuale entro il (\S+);", mp.A_AGILE)],
    "f27-035": lambda: [bdate("consolidamento entro il", 6), bdate("progetto esecutivo entro il", 6)],
    "f27-036": lambda: [bdate("in servizio dal", 7), bdate("approvato entro il", 7)],
    "f27-037": lambda: [afind("biblioteca")[1], afind("biblioteca")[3], afind("biblioteca")[4],
                        afind("biblioteca")[5], f"peso {afind('biblioteca')[6]}"],
    "f27-038": lambda: [afind("anziani soli")[4], afind("anziani soli")[3]],
    "f27-039": lambda: [rx(r"fino a (\d+ giorni) al mese", mp.A_AGILE)],
    "f27-040": lambda: [afind("stato civile")[4], afind("stato civile")[5], afind("stato civile")[1]],
}

# must_contain strings that are NOT written in the document as such: Settore staff totals of the MD (sum of the
# uffici rows of the org table).  (rid, string) -> recomputed value
DERIVED = {
    ("f27-010", "11"): lambda: mp.b_staff("Tecnico"),
    ("f27-010", "8"): lambda: mp.b_staff("Amministrativo"),
    ("f27-030", "5"): lambda: mp.b_staff(TRIB()),
    ("f27-031", "7"): lambda: mp.b_staff(next(r[1] for r in mp.B_ORG if "Allasia" in r[3])),
}


# ------------------------------------------------------------------------------------------ probes
PROBES = {   # rid -> (documents probed, patterns that must NOT occur)
    "f27-041": ([M], [r"agile", r"smart", r"telelavoro", r"da remoto", r"a distanza", r"\bPOLA\b"]),
    "f27-042": ([M], [r"\bpes[oi]\b", r"pesat", r"ponderazion", r"punteggi"]),
    "f27-043": ([P], [r"€", r"\beur[oi]?\b", r"\bimport[oi]\b", r"\bcost[oi]\b", r"quadro economico",
                      r"finanziament", r"\d{1,3}(?:\.\d{3})+,\d\d", r"\bmila\b"]),
    "f27-044": ([P, M], [r"\bDPO\b", r"\bRPD\b", r"protezione dei dati", r"privacy", r"GDPR"]),
    "f27-045": ([P, M], [r"\bnid[oi]\b", r"prima infanzia", r"\b0-3\b"]),
}


# ------------------------------------------------------------------------------------------ layout
def pdf_fragments(rd: PdfReader) -> list[list[str]]:
    out = []
    for pg in rd.pages:
        fr: list[str] = []
        pg.extract_text(visitor_text=lambda t, cm, tm, fd, fs: fr.append(t))
        out.append([f.strip() for f in fr if f.strip()])
    return out


def layout_pdf(data: bytes, pages: list[str], frags: list[list[str]]) -> tuple[list[str], dict]:
    errors, st = [], {}
    rd = PdfReader(io.BytesIO(data))
    st["pages"] = len(rd.pages)
    for i, pg in enumerate(rd.pages):
        w, h = float(pg.mediabox.width), float(pg.mediabox.height)
        if not (abs(w - 595.28) < 1 and abs(h - 841.89) < 1):
            errors.append(f"pdf: page {i + 1} is not A4 portrait ({w}x{h})")
    meta = rd.metadata or {}
    if meta.get("/CreationDate") != "D:20260210090000Z":
        errors.append(f"pdf: creation date not pinned: {meta.get('/CreationDate')}")
    head_line = " ".join(mp.A_HEAD)
    plines = [[ln.strip() for ln in t.splitlines()] for t in pages]
    st["table_pages"] = []
    for key in [k for pg in mp.A_PAGES for k in pg]:
        cap = mp.a_caption(key)
        where = [i for i, ls in enumerate(plines) if cap in ls]
        if len(where) != 1:
            errors.append(f"pdf: caption {cap!r} found on pages {where}")
            continue
        i = where[0]
        ls = plines[i]
        k = ls.index(cap)
        if ls[k + 1] != head_line:
            errors.append(f"pdf: caption {cap!r} is not followed by the table header row")
        codes = [o[0] for o in mp.A_OBJ[key]]
        if any(c not in frags[i] for c in codes):
            errors.append(f"pdf: an objective code of {key} is not a table cell on page {i + 1}")
        st["table_pages"].append(i + 1)
        if sum(o[5] for o in mp.A_OBJ[key]) != 100:
            errors.append(f"pdf: weights of {key} do not add up to 100")
    for p, n in Counter(st["table_pages"]).items():
        cells = sum(len(mp.A_OBJ[k]) + 1 for pg in mp.A_PAGES for k in pg
                    if mp.a_caption(k) in plines[p - 1]) * len(mp.A_HEAD)
        rects = len(re.findall(rb" re [SB]\b", rd.pages[p - 1].get_contents().get_data()))
        if n > 2:
            errors.append(f"pdf: page {p} holds {n} Area tables")
        if rects < cells:
            errors.append(f"pdf: page {p}: {rects} ruled cells for {cells} table cells")
    pes = [o[6] for o in AOBJ.values()]
    if pes.count(30) != 1 or pes.count(max(pes)) != 1:
        errors.append("pdf: weight 30 / maximum weight not unique")
    full = "\n".join(pages)
    # strategic list
    subs = {sn for _, _, ss in mp.A_LINEE for sn, _, _ in ss}
    for num_, title, ss in mp.A_LINEE:
        if f"{num_}. {title}" not in plines[0]:
            errors.append(f"pdf: strategic line {num_}. {title!r} is not a line of page 1")
        for sn, stt, scope in ss:
            if N(f"{sn} {stt} – {scope}") not in N(full):
                errors.append(f"pdf: strategic sub-line {sn} missing")
    words = {4: "quattro", 10: "dieci", 11: "undici"}
    if f"articolato in {words.get(len(mp.A_LINEE))} linee strategiche e {words.get(len(subs))} linee" not in full:
        errors.append("pdf: the sentence counting the strategic lines does not match the list")
    for c in AOBJ:
        if ".".join(c.split(".")[:2]) not in subs:
            errors.append(f"pdf: objective {c} refers to no strategic line")
    used = {".".join(c.split(".")[:2]) for c in AOBJ}
    if used != subs:
        errors.append(f"pdf: strategic lines without objectives: {sorted(subs - used)}")
    served: dict[str, set] = {}
    for o in AOBJ.values():
        served.setdefault(".".join(o[1].split(".")[:2]), set()).add(o[0])
    st["shared_lines"] = sorted(ln for ln, ks in served.items() if len(ks) > 1)
    if not st["shared_lines"]:
        errors.append("pdf: no strategic line is served by two Areas")
    # interim
    interim = [a for a in mp.A_AREE if "ad interim" in a[2]]
    if len(interim) != 1 or sum(ahead(a[0]) == ahead(interim[0][0]) for a in mp.A_AREE) != 2:
        errors.append("pdf: there must be exactly one interim head, heading a second Area too")
    # org table
    org_head = " ".join(mp.A_ORG_HEAD)
    org_pages = [i for i, ls in enumerate(plines) if org_head in ls]
    if len(org_pages) != 1:
        errors.append("pdf: org table header missing")
    else:
        ls = plines[org_pages[0]]
        k = ls.index(org_head)
        body = ls[k + 1:k + 1 + len(mp.A_AREE) + 1]
        for a in mp.A_AREE:
            if not any(ln.startswith(a[1]) and ln.endswith(f" {a[4]}") for ln in body):
                errors.append(f"pdf: org row of {a[1]!r} not found")
        if body[-1] != f"Totale {mp.a_staff_total()}":
            errors.append("pdf: Totale row")
        for a in mp.A_AREE:
            surname = a[2].replace(" (ad interim)", "").split()[-1]
            if any(surname in ln for ln in body):
                errors.append("pdf: the org table names a person")
    if f"sono in servizio {mp.a_staff_total()} dipendenti" not in N(full):
        errors.append("pdf: staff total sentence")
    for t in ("3.2 Organizzazione del lavoro agile", "3.3 Formazione del personale"):
        if t not in [ln for ls in plines for ln in ls]:
            errors.append(f"pdf: section {t!r} missing")
    if not re.search(r"fino a \d+ giorni al mese", mp.A_AGILE) or not re.search(r"almeno \d+ ore", mp.A_FORMAZIONE):
        errors.append("pdf: lavoro agile / formazione without figures")
    return errors, st


LABEL = re.compile(r"(^|[.;]\s|\*\*)\s*(Responsabile|Settore|Ufficio|Target|Scadenza|Indicatore|Fasi|Peso|"
                   r"Stakeholder|Referente|Personale|Valore atteso)\s*(\*\*)?\s*:", re.I)


def layout_md(text: str) -> tuple[list[str], dict]:
    errors, st = [], {}
    lines = text.split("\n")
    heads = [i for i, ln in enumerate(lines) if ln.startswith("### Obiettivo ")]
    st["objectives"] = len(heads)
    for i in heads:
        m = re.fullmatch(r"### Obiettivo (\d+) – (.+)", lines[i])
        if not m:
            errors.append(f"md: bad objective heading {lines[i]!r}")
            continue
        n = int(m.group(1))
        j = i + 1
        paras = []
        while j < len(lines) and not lines[j].startswith("#"):
            if lines[j].strip():
                paras.append(lines[j])
            j += 1
        if not 1 <= len(paras) <= 2:
            errors.append(f"md: objective {n} has {len(paras)} paragraphs")
        prose = " ".join(paras)
        if N(prose) != N(bp(n)):
            errors.append(f"md: objective {n} prose differs from make_plan data")
        if LABEL.search(prose) or any(p.lstrip().startswith(("-", "*", "|")) for p in paras):
            errors.append(f"md: objective {n} uses labelled fields / lists / tables")
        if not re.search(r"Settore|Ufficio|Segretario", prose):
            errors.append(f"md: objective {n} does not say who leads it")
        if "si punta a" not in prose.lower() and "si punta ad" not in prose.lower():
            errors.append(f"md: objective {n} has no 'si punta a'")
        if not re.search(r"\b\d{1,2} (" + "|".join(MONTHS) + r") \d{4}", prose):
            errors.append(f"md: objective {n} has no date")
    # org table
    head = "| " + " | ".join(mp.B_ORG_HEAD) + " |"
    if head not in lines:
        errors.append("md: org table header missing")
        return errors, st
    k = lines.index(head)
    rows = []
    for ln in lines[k + 2:]:
        if not ln.startswith("|"):
            break
        rows.append([c.strip() for c in ln.strip("|").split("|")])
    st["uffici"] = len(rows)
    expect = [[u, s, str(n), r] for u, s, n, r in mp.B_ORG]
    if rows != expect:
        errors.append("md: org table rows differ from make_plan data")
    st["settori"] = len(mp.b_settori())
    blank, repeated = set(), set()
    for s in mp.b_settori():
        rs = [r for r in mp.B_ORG if r[1] == s]
        names = {r[3] for r in rs if r[3]}
        if len(names) != 1 or not rs[0][3]:
            errors.append(f"md: Settore {s} must have one head, on its first row")
        if len(rs) > 1:
            (blank if any(not r[3] for r in rs[1:]) else repeated).add(s)
        if re.search(rf"{mp.b_staff(s)} dipendenti", text) and len(rs) > 1:
            errors.append(f"md: the staff total of Settore {s} is written in the text")
    if not blank or not repeated:
        errors.append("md: need Settori with blank continuation rows AND Settori with repeated heads")
    if sum(len(mp.b_uffici(s)) > 1 for s in mp.b_settori()) < 3:
        errors.append("md: fewer than 3 Settori with several uffici")
    if f"Totale dipendenti al 31 dicembre 2025: {mp.b_staff_total()}," not in text:
        errors.append("md: grand total line")
    return errors, st


def themes(ta: str, tb: str) -> list[str]:
    bad = []
    for wa, wb in (("strade comunali", "strade comunali"), ("refezione scolastica", "refezione"),
                   ("TARI", "TARI"), ("formazione", "formazione"), ("presidio", "presidi"),
                   ("pagamento delle fatture", "pagamento delle fatture")):
        if N(wa) not in N(ta) or N(wb) not in N(tb):
            bad.append(f"themes: {wa!r}/{wb!r} not shared")
    return bad


# ------------------------------------------------------------------------------------------ QA
def qa_checks(rows, texts, lines, frags) -> tuple[list[str], list[str]]:
    errors, notes = [], []
    norm = {d: N(t) for d, t in texts.items()}
    nlines = {d: [N(ln) for ln in ls] for d, ls in lines.items()}
    nfrags = [N(f) for f in frags]
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("ids are not unique")
    if ids != [f"f27-{i:03d}" for i in range(1, N_Q + 1)]:
        errors.append(f"ids are not f27-001..f27-{N_Q:03d} in order")
    types = set(TYPES)
    if DEV_QA.exists():
        dev = {json.loads(ln)["type"] for ln in DEV_QA.read_text(encoding="utf-8").splitlines() if ln.strip()}
        if dev != TYPES:
            errors.append(f"dev vocabulary changed: {sorted(dev ^ TYPES)}")
        types = dev
    blobs = [p.read_bytes().lower() for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
    used_derived = set()
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
            k = norm[d].count(N(a))
            if k == 0:
                errors.append(f"{rid}: anchor not in {d}: {a!r}")
            elif k > 1:
                notes.append(f"{rid}: anchor occurs {k} times in {d}: {a!r}")
            if not any(N(a) in ln for ln in nlines[d]):
                errors.append(f"{rid}: anchor not inside one extracted line of {d}: {a!r}")
            if d == P and not any(N(a) in f for f in nfrags):
                errors.append(f"{rid}: anchor not inside one visual line (text fragment) of the PDF: {a!r}")
        q = N(r["question"])
        if "torrebellano" not in q and "fontanaspra" not in q and isinstance(doc, str):
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
            else:
                pdocs, pats = pr
                if doc is not None and doc not in pdocs:
                    errors.append(f"{rid}: its document is not probed")
                if doc is None and set(pdocs) != set(texts):
                    errors.append(f"{rid}: doc-null question must probe every document")
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
            except (ValueError, AssertionError, StopIteration, KeyError) as e:
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
            for s in g:
                if (rid, s) in DERIVED:
                    used_derived.add((rid, s))
                    if str(DERIVED[(rid, s)]()) != s:
                        errors.append(f"{rid}: derived figure {s!r} != recomputed {DERIVED[(rid, s)]()}")
                elif N(s) not in docs_n:
                    errors.append(f"{rid}: must_contain {s!r} not in the text of {udocs}")
    for k in set(DERIVED) - used_derived:
        errors.append(f"derived figure {k} declared but not used")
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
        if p.parent.parent != HERE and any(c in p.name.lower() for c in ("torrebellano", "fontanaspra")):
            errors.append(f"names: {p} already uses the comune name")
    return errors, hits


def main() -> int:
    errors, built = regenerate()
    pdf_data = (mp.DOCS / P).read_bytes() if (mp.DOCS / P).exists() else built[P]
    md_raw = (mp.DOCS / M).read_bytes() if (mp.DOCS / M).exists() else built[M]
    rd = PdfReader(io.BytesIO(pdf_data))
    pages = [pg.extract_text() for pg in rd.pages]
    frags = pdf_fragments(rd)
    md = md_raw.decode("utf-8")
    texts = {P: "\n".join(pages), M: md}
    lines = {P: [ln for pg in pages for ln in pg.splitlines()], M: md.split("\n")}
    e1, st1 = layout_pdf(pdf_data, pages, frags)
    e2, st2 = layout_md(md)
    errors += e1 + e2 + themes(texts[P], texts[M])
    rows = []
    for i, ln in enumerate(QA.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip():
            try:
                rows.append(json.loads(ln))
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: JSON does not parse: {e}")
    e3, notes = qa_checks(rows, texts, lines, [f for fr in frags for f in fr])
    errors += e3
    nerr, hits = names_check()
    errors += nerr
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    print(f"{P}: {len(pdf_data)} bytes, {st1['pages']} A4 pages, {len(texts[P])} characters of pypdf text; "
          f"{len(mp.A_AREE)} Area tables on pages {sorted(set(st1['table_pages']))}, {len(AOBJ)} objectives; "
          f"strategic lines served by two Areas: {st1.get('shared_lines')}")
    print(f"{M}: {len(md_raw)} bytes; {st2.get('objectives')} prose objectives, {st2.get('settori')} settori, "
          f"{st2.get('uffici')} uffici rows")
    print("regeneration: subprocess build == in-process builds == docs/ files" if not any(
        "build" in e or "docs/" in e for e in errors) else "regeneration: FAILED")
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"cross-document questions: {sum(isinstance(r.get('doc'), list) for r in rows)}; "
          f"doc-null questions: {sum(r.get('doc') is None for r in rows)}; derived figures: {len(DERIVED)}")
    print(f"invented names found in data/samples: {hits} hits over {len(INVENTED)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
