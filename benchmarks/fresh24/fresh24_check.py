"""Validate benchmarks/fresh24/fresh24_qa.jsonl against the two documents in docs/.

Reads nothing of the assistant.  Standard library + python-docx (and make_plan, to rebuild the documents).

Document text:
* DOCX (castelsorbo): what python-docx gives, in body order: one line per paragraph (paragraph.text) and one line
  per table row (cell texts joined by a TAB);
* Markdown (roncoverde): the file's lines as they are.

1. determinism: both files in docs/ equal make_plan.build() byte for byte, and two builds are identical;
2. layout (read back from the files and compared with make_plan's data):
   * DOCX: one "Table Grid" table per Area with the header N. | Obiettivo operativo | Azioni | Tempi | Indicatore |
     Target 2026 | Peso %, directly preceded by a Heading 3 "<Area> – Responsabile: <person>"; the person appears in
     no table cell; the weights of every Area sum to 100; 10-14 objectives; 3.1 is prose (no table after 2.2) and
     gives every Area's staff ("N dipendenti") and the total;
   * Markdown: 10-14 "### OB-NN – <title>" headings, each followed by the labels Dirigente referente, Unità
     organizzativa, Esito atteso, Cronoprogramma (>= 2 nested "<quarter> – <phase>" items), Misurazione
     (Indicatore + Target), Soggetti coinvolti; every OB belongs to exactly one OS; the pipe table
     Settore | Responsabile | Personale assegnato; every Dirigente referente heads a Settore or is the Segretario;
   * the two plans share the themes (strade, digitale, anziani) that the confronto questions compare;
3. QA (format of /work/shared/eval/README.md):
   * every line parses; keys in order id, question, answer, must_contain, doc, evidence, evidence_docs, type; ids
     f24-001..f24-045; types from the README vocabulary; doc / evidence_docs consistent; answers <= 800 chars;
   * anchors: 1-3 per answerable question, 20-80 characters, no newline / TAB / Markdown markup, verbatim inside ONE
     line of its document, exactly one occurrence in that document's normalised text;
   * must_contain: every group has its first alternative in the golden answer, and an alternative that occurs in
     the normalised evidence or document text;
   * a fact recomputed from make_plan's data (people, staff, targets, quarters, lists, comparison winners) must be
     in the golden answer of every answerable question;
   * answerable answers contain no refusal marker; non_presente answers contain one, have empty must_contain, are
     tied to a document with an anchor, and a probe shows the document lacks the information;
   * a question that names neither comune contains an invented name or title that occurs in only one document;
4. invented names: none occurs in data/samples/.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh24/fresh24_check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh24_qa.jsonl"
D1, D2 = mp.DOCX_NAME, mp.MD_NAME
SAMPLES = HERE.parent.parent / "data" / "samples"
KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
N_Q = 45
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Castelsorbo", "Castelsrobo", "Roncoverde", "Sorbella", "Case Rovinale", "Rovinale", "Pieve Sorana",
            "Giorgio Ferrandi", "Ferrandi", "Lucia Carbognani", "Carbognani", "Chiara Molinelli", "Molinelli",
            "Stefano Cavanna", "Cavanna", "Matteo Scaglioni", "Scaglioni", "Valeria Gandolfi", "Gandolfi",
            "Ivano Sverzellati", "Sverzellati", "Ornella Giraudo", "Giraudo", "Giuseppe Olivero", "Olivero",
            "Federico Aimar", "Aimar", "Elena Risso", "Risso", "Marco Ghibaudo", "Ghibaudo", "Silvia Dalmasso",
            "Dalmasso", "Anna Peirone", "Peirone", "Luca Tallone", "Tallone", "Tetti Gerbola", "Gerbola",
            "Ronchetto Alto", "Ronchetto", "Roncasco", "Nonni in Rete", "Amici del Parco", "Croce Verde"]


# questions that name neither comune nor an invented name: a topic phrase that occurs in one document only and in
# no sample file
TOPICS = {"f24-010": "centro estivo"}


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# ------------------------------------------------------------------------------------------ document text
def read_docx(data: bytes):
    doc = Document(io.BytesIO(data))
    items, lines = [], []
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(el, doc)
            items.append(("p", p.style.name, p.text))
            lines.append(p.text)
        elif tag == "tbl":
            t = Table(el, doc)
            items.append(("t", t.style.name if t.style is not None else None, t))
            lines += ["\t".join(c.text for c in r.cells) for r in t.rows]
    return doc, items, lines


# ------------------------------------------------------------------------------------------ plan data
C1_OBJ = {o[0]: (a, o) for a in mp.C1_AREAS for o in a[5]}   # n -> (area, (n, tit, az, tempi, ind, target, peso))
C2_OBJ = {o[0]: o for o in mp.C2_OBJ}
C2_SET = {s[0]: s for s in mp.C2_SETTORI}
MONTHS = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
QSTART = {"I": 1, "II": 4, "III": 7, "IV": 10}


def c1_head(n):
    return C1_OBJ[n][0][2]


def c1_staff(n):
    return C1_OBJ[n][0][3]


def c1_f(n, i):                          # 1 titolo, 2 azioni, 3 tempi, 4 indicatore, 5 target, 6 peso
    return C1_OBJ[n][1][i]


def c1_start(n) -> tuple[int, int]:      # (year, month)
    m = re.match(r"([a-z]{3})-[a-z]{3} (\d{4})", c1_f(n, 3))
    return int(m.group(2)), MONTHS.index(m.group(1)) + 1


def c2_ref(code):
    return mp.c2_referente(C2_OBJ[code])


def c2_set(code):
    return C2_SET.get(C2_OBJ[code][2])


def c2_phases(code):
    return C2_OBJ[code][4]


def c2_phase_q(code, startswith):
    return next(q for q, f in c2_phases(code) if f.startswith(startswith))


def q_start(q: str) -> tuple[int, int]:
    m = re.match(r"(I{1,3}|IV)(?:-[IV]+)? trimestre (\d{4})", q)
    return int(m.group(2)), QSTART[m.group(1)]


def c2_start(code):
    return c2_phases(code)[0][0]


def c2_target(code, y):
    return C2_OBJ[code][6][y]


def num(v: str) -> float:
    return float(re.sub(r"[^\d,]", "", v).replace(",", "."))


def os_of(code):
    return next(o for o in mp.C2_OS if code in o[3])


def c1_area_with_office(word):
    return next(a for a in mp.C1_AREAS if word in a[4])


def c2_set_with_office(word):
    return next(s for s in mp.C2_SETTORI if word in s[5])


def first_fig(text, pat):
    return re.search(pat, text).group(0)


def winner(cond: bool, yes: str) -> list[str]:
    return [yes] if cond else ["<wrong winner>"]


FACTS = {
    "f24-001": lambda: [c1_head("6"), c2_ref("OB-04")],
    "f24-002": lambda: [c1_f("6", 5), c2_target("OB-04", 2026)]
    + winner(num(c1_f("6", 5)) > num(c2_target("OB-04", 2026)), "Castelsorbo prevede più km"),
    "f24-003": lambda: [c1_f("6", 3), c2_start("OB-04")]
    + winner(c1_start("6") < q_start(c2_start("OB-04")), "Parte prima Castelsorbo"),
    "f24-004": lambda: [f"{c1_staff('6')} dipendenti", C2_SET["lp"][4]]
    + winner(C2_SET["lp"][3] - c1_staff("6") == 2, "2 in più"),
    "f24-005": lambda: [c1_f("1", 5), c2_target("OB-01", 2026)],
    "f24-006": lambda: [c1_head("10"), c2_ref("OB-07")],
    "f24-007": lambda: [f"peso {c1_f('6', 6)}%", f"peso {c1_f('7', 6)}%"]
    + winner(int(c1_f("6", 6)) > int(c1_f("7", 6)), "Pesa di più quello sulle strade"),
    "f24-008": lambda: [c2_start("OB-04"), c2_start("OB-06")]
    + winner(q_start(c2_start("OB-04")) < q_start(c2_start("OB-06")), "Parte prima il piano strade"),
    "f24-009": lambda: [first_fig(" ".join(mp.C1_FORMAZIONE), r"\d+ ore di formazione per ciascun"),
                        first_fig(mp.C2_FORMAZIONE, r"\d+ ore di formazione per ciascun").replace(
                            " di formazione", "").replace("ciascun", "ciascun dipendente")],
    "f24-010": lambda: [c1_head("11")],
    "f24-011": lambda: [C1_OBJ["4"][0][1], C1_OBJ["4"][0][2], f"vi lavorano {c1_staff('4')} dipendenti"],
    "f24-012": lambda: [c for c in C2_OBJ if c2_ref(c) == "arch. Silvia Dalmasso"]
    + [c2_start(c) for c in C2_OBJ if c2_ref(c) == "arch. Silvia Dalmasso"],
    "f24-013": lambda: (["Segretario comunale", mp.C2_SEGRETARIO] if c2_ref("OB-12") == mp.SEG else ["<not seg>"]),
    "f24-014": lambda: [f"Settore {c2_set('OB-07')[1]}", c2_set("OB-07")[2], f"{c2_set('OB-07')[3]} unità"],
    "f24-015": lambda: [f"{os_of('OB-09')[0]} – {os_of('OB-09')[1]}", c2_ref("OB-09")],
    "f24-016": lambda: [c1_head("13"), f"{c1_staff('13')} dipendenti"],
    "f24-017": lambda: [f"Settore {c2_set_with_office('Servizi Demografici')[1]}",
                        c2_set_with_office("Servizi Demografici")[2]]
    + [c for c in C2_OBJ if c2_set(c) == c2_set_with_office("Servizi Demografici")],
    "f24-018": lambda: [c1_area_with_office("Ufficio Tributi")[2], c1_area_with_office("Ufficio Tributi")[1]],
    "f24-019": lambda: [c1_head("8")],
    "f24-020": lambda: [c2_ref("OB-02")],
    "f24-021": lambda: [C2_SET["pm"][2]],
    "f24-022": lambda: [mp.C1_SEGRETARIO],
    "f24-023": lambda: [c2_ref("OB-03")],
    "f24-024": lambda: [c1_area_with_office("Servizi Demografici")[2], c1_area_with_office("Servizi Demografici")[1]],
    "f24-025": lambda: [f"{q} – {f}" for q, f in c2_phases("OB-04")],
    "f24-026": lambda: [f"{o[0]} {o[1]}" for o in next(a for a in mp.C1_AREAS if a[0] == "tec")[5]],
    "f24-027": lambda: C2_OBJ["OB-07"][7].split(", "),
    "f24-028": lambda: next(o for o in mp.C2_OS if o[1] == "Territorio curato e sicuro")[3],
    "f24-029": lambda: [r[0] for r in mp.C1_RISCHI],
    "f24-030": lambda: [f"{n} {o[1]}" for n, (a, o) in C1_OBJ.items() if a[2] == "dott.ssa Valeria Gandolfi"],
    "f24-031": lambda: [c1_f("8", 3), c1_f("8", 5).replace("entro il ", "")],
    "f24-032": lambda: [c2_phase_q("OB-02", "Dismissione")],
    "f24-033": lambda: [c1_f("2", 3)],
    "f24-034": lambda: [c2_phase_q("OB-08", "Avvio del servizio")],
    "f24-035": lambda: [c2_phase_q("OB-06", "Avvio dei lavori"), c2_phase_q("OB-06", "Collaudo")],
    "f24-036": lambda: [c1_f("7", 4), c1_f("7", 5), c1_f("7", 3)],
    "f24-037": lambda: [c2_target("OB-11", 2028), c2_target("OB-11", 2026), c2_target("OB-11", 2027)],
    "f24-038": lambda: [f"{mp.c1_staff_total()} dipendenti"],
    "f24-039": lambda: [f"{len(C2_OBJ)} obiettivi operativi", f"{len(mp.C2_OS)} obiettivi strategici"],
    "f24-040": lambda: ["esondazione del torrente Sorbella", "4 novembre 2024"],
    "f24-041": lambda: [C2_OBJ["OB-10"][3][:60].lower()],
}


# ------------------------------------------------------------------------------------------ probes
def md_section(md: str, code: str) -> str:
    i = md.index(f"### {code} – ")
    j = md.find("\n### ", i + 5)
    return md[i:j]


def probe_costo(t1, md, lines1):
    sec = md_section(md, "OB-06")
    return [w for w in ("€", "euro", "costo", "importo", "quadro economico", "finanziat") if w in sec.lower()]


def probe_target2027(t1, md, lines1):
    bad = [ln for ln in lines1 if "\t" in ln and "2027" in ln]
    if "i target delle annualità 2027 e 2028 saranno definiti" not in t1:
        bad.append("the sentence deferring the 2027-2028 targets is missing")
    return bad


def probe_agile(t1, md, lines1):
    return [w for w in ("agile", "smart working", "telelavoro", "da remoto", "pola", "a distanza")
            if re.search(rf"\b{w}", N(md))]


def probe_assessore(t1, md, lines1):
    return [w for w in ("assessor", "vicesindac", "delega", "deleghe") if w in N(t1)]


PROBES = {"f24-042": probe_costo, "f24-043": probe_target2027, "f24-044": probe_agile,
          "f24-045": probe_assessore}


# ------------------------------------------------------------------------------------------ layout
def layout_docx(doc, items, lines, text) -> tuple[list[str], dict]:
    errors, st = [], {"areas": 0, "objectives": 0}
    tables = [(i, it) for i, it in enumerate(items) if it[0] == "t"]
    if len(tables) != len(mp.C1_AREAS):
        errors.append(f"docx: {len(tables)} tables, expected one per Area ({len(mp.C1_AREAS)})")
    persons = [a[2] for a in mp.C1_AREAS]
    for (i, (_, style, t)), a in zip(tables, mp.C1_AREAS):
        prev = items[i - 1]
        if prev[0] != "p" or prev[1] != "Heading 3" or prev[2] != mp.c1_area_heading(a):
            errors.append(f"docx: table {a[1]!r} not preceded by its Heading 3")
        if style != "Table Grid":
            errors.append(f"docx: table {a[1]!r} style {style}")
        rows = [[c.text for c in r.cells] for r in t.rows]
        if rows[0] != mp.C1_OBJ_HEAD:
            errors.append(f"docx: table {a[1]!r} header {rows[0]}")
        if sum(int(r[6]) for r in rows[1:]) != 100:
            errors.append(f"docx: weights of {a[1]!r} do not sum to 100")
        if any(p.split()[-1] in c for r in rows for c in r for p in persons):
            errors.append(f"docx: a person is named inside table {a[1]!r}")
        if not all(re.fullmatch(r"[a-z]{3}-[a-z]{3} 2026", r[3]) for r in rows[1:]):
            errors.append(f"docx: Tempi of {a[1]!r} not month ranges")
        st["areas"] += 1
        st["objectives"] += len(rows) - 1
    if not 10 <= st["objectives"] <= 14:
        errors.append(f"docx: {st['objectives']} objectives")
    i31 = next(i for i, it in enumerate(items) if it[0] == "p" and it[2] == "3.1 Struttura organizzativa")
    if any(it[0] == "t" for it in items[i31:]):
        errors.append("docx: a table in section 3 (the org chart must be prose)")
    org = "\n".join(it[2] for it in items[i31:] if it[0] == "p")
    for a in mp.C1_AREAS:
        if not re.search(rf"{re.escape(a[1])}[^\n]*{a[3]} dipendenti", org) or a[2] not in org:
            errors.append(f"docx: 3.1 prose lacks staff/person of {a[1]!r}")
    if f"i dipendenti in servizio sono {mp.c1_staff_total()}," not in org:
        errors.append("docx: total staff sentence missing / wrong")
    if "2027" in "".join(ln for ln in lines if "\t" in ln):
        errors.append("docx: a 2027 value inside a table")
    return errors, st


def layout_md(md: str) -> tuple[list[str], dict]:
    errors, st = [], {}
    heads = re.findall(r"^### (OB-\d\d) – (.+)$", md, flags=re.M)
    st["objectives"] = len(heads)
    if not 10 <= len(heads) <= 14 or [h[0] for h in heads] != [o[0] for o in mp.C2_OBJ]:
        errors.append("md: OB headings")
    labels = ["- **Dirigente referente:** ", "- **Unità organizzativa:** ", "- **Esito atteso:** ",
              "- **Cronoprogramma:**", "- **Misurazione:**", "  - Indicatore: ", "  - Target: ",
              "- **Soggetti coinvolti:** "]
    heads_ok = {s[2] for s in mp.C2_SETTORI} | {mp.SEG}
    for code, _ in heads:
        sec = md_section(md, code)
        pos = [sec.find("\n" + lab) for lab in labels]
        if -1 in pos or pos != sorted(pos):
            errors.append(f"md: {code} labels missing or out of order")
        phases = re.findall(r"^  - (?:I{1,3}|IV)(?:-(?:I{1,3}|IV))? trimestre 20\d\d – .+$", sec, flags=re.M)
        if len(phases) < 2:
            errors.append(f"md: {code} has < 2 cronoprogramma phases")
        ref = re.search(r"Dirigente referente:\*\* (.+)", sec).group(1)
        if ref not in heads_ok:
            errors.append(f"md: {code} referente {ref!r} heads no Settore")
        if sum(code in o[3] for o in mp.C2_OS) != 1:
            errors.append(f"md: {code} is not in exactly one OS")
    if "| Settore | Responsabile | Personale assegnato |" not in md:
        errors.append("md: org table header")
    rows = re.findall(r"^\| (.+?) \| (.+?) \| (\d+) unità", md, flags=re.M)
    st["settori"] = len(rows)
    if sum(int(r[2]) for r in rows) != mp.c2_staff_total() or \
            f"è di {mp.c2_staff_total()} unità" not in md:
        errors.append("md: staff total")
    st["os"] = len(mp.C2_OS)
    return errors, st


def themes(t1: str, md: str) -> list[str]:
    bad = []
    for w1, w2 in (("strade comunali", "strade comunali"), ("sportello telematico", "Sportello digitale"),
                   ("anziani", "anziani"), ("formazione per ciascun dipendente",
                                            "formazione per ciascun dipendente")):
        if w1 not in t1 or w2 not in md:
            bad.append(f"themes: {w1!r}/{w2!r} not shared")
    return bad


# ------------------------------------------------------------------------------------------ QA
def qa_checks(rows, texts, lines) -> list[str]:
    errors = []
    norm = {d: N(t) for d, t in texts.items()}
    ids = [r.get("id") for r in rows]
    if ids != [f"f24-{i:03d}" for i in range(1, N_Q + 1)]:
        errors.append(f"ids are not f24-001..f24-{N_Q:03d} in order")
    mix = Counter(r.get("type") for r in rows)
    if set(mix) - TYPES:
        errors.append(f"unknown types {set(mix) - TYPES}")
    only1 = [w for w in INVENTED if w.lower() in norm[D1] and w.lower() not in norm[D2]]
    only2 = [w for w in INVENTED if w.lower() in norm[D2] and w.lower() not in norm[D1]]
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
        want_doc = udocs[0] if len(udocs) == 1 else udocs
        if doc != want_doc:
            errors.append(f"{rid}: doc {doc!r} inconsistent with evidence_docs {evd}")
        if not 1 <= len(ev) <= 3:
            errors.append(f"{rid}: {len(ev)} anchors")
        for a, d in zip(ev, evd):
            if not isinstance(a, str) or not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
                errors.append(f"{rid}: anchor length/format ({len(a)}) {a!r}")
            if re.search(r"[*#|`]", a):
                errors.append(f"{rid}: anchor contains Markdown markup {a!r}")
            if not any(a in ln for ln in lines[d]):
                errors.append(f"{rid}: anchor not verbatim inside one line of {d}: {a!r}")
            k = norm[d].count(N(a))
            if k != 1:
                errors.append(f"{rid}: anchor occurs {k} times in {d}: {a!r}")
        q = N(r["question"])
        if "castelsorbo" not in q and "roncoverde" not in q:
            topic = TOPICS.get(rid)
            topic_ok = topic is not None and N(topic) in q and (N(topic) in norm[D1]) != (N(topic) in norm[D2]) \
                and not any(topic.lower().encode() in p.read_bytes().lower() for p in SAMPLES.rglob("*")
                            if p.is_file())
            if not any(w.lower() in q for w in only1 + only2) and not topic_ok:
                errors.append(f"{rid}: names no comune and no name that occurs in one document only")
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not refusal:
                errors.append(f"{rid}: non_presente answer without a refusal marker")
            if doc is None or not ev:
                errors.append(f"{rid}: non_presente should be tied to a document with an anchor")
            probe = PROBES.get(rid)
            errors += [f"{rid}: no probe"] if probe is None else \
                [f"{rid}: document may answer it: {p}" for p in probe(texts[D1], texts[D2], lines[D1])]
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
        ev_n = " ".join(N(a) for a in ev)
        docs_n = " ".join(norm[d] for d in udocs)
        for g in groups:
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            if not any(N(s) in ev_n or N(s) in docs_n for s in g):
                errors.append(f"{rid}: group {g} in neither the evidence nor the document")
    return errors


def names_check() -> tuple[list[str], int]:
    errors, hits = [], 0
    blobs = [p.read_bytes().lower() for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
    for w in INVENTED:
        k = sum(w.lower().encode() in b for b in blobs)
        hits += k
        if k:
            errors.append(f"names: {w!r} occurs in {k} file(s) of data/samples")
    return errors, hits


def main() -> int:
    errors: list[str] = []
    files = {D1: mp.DOCX_OUT, D2: mp.MD_OUT}
    for name, p in files.items():
        if not p.exists():
            print(f"ERROR {p} missing: run make_plan.py")
            return 1
    b1, b2 = mp.build(), mp.build()
    for name, p in files.items():
        if p.read_bytes() != b1[name] or b1[name] != b2[name]:
            errors.append(f"docs/{name} differs from a fresh build (run make_plan.py) or the build is not "
                          "deterministic")
    data1 = files[D1].read_bytes()
    doc, items, lines1 = read_docx(data1)
    md = files[D2].read_text(encoding="utf-8")
    texts = {D1: "\n".join(lines1), D2: md}
    lines = {D1: lines1, D2: md.splitlines()}
    e1, st1 = layout_docx(doc, items, lines1, texts[D1])
    e2, st2 = layout_md(md)
    errors += e1 + e2 + themes(texts[D1], md)
    rows = []
    for i, ln in enumerate(QA.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip():
            try:
                rows.append(json.loads(ln))
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: JSON does not parse: {e}")
    errors += qa_checks(rows, texts, lines)
    nerr, hits = names_check()
    errors += nerr
    for e in errors:
        print("ERROR", e)
    print(f"{D1}: {len(data1)} bytes, {len(texts[D1])} characters of python-docx text; {st1['areas']} Area tables, "
          f"{st1['objectives']} objectives")
    print(f"{D2}: {len(md.encode())} bytes; {st2['objectives']} OB sections, {st2['os']} OS, "
          f"{st2.get('settori')} settori")
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"cross-document questions: {sum(isinstance(r.get('doc'), list) for r in rows)}")
    print(f"invented names found in data/samples: {hits} hits over {len(INVENTED)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
