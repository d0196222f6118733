"""Validate benchmarks/fresh29: the two generated documents, fresh29_records.jsonl and fresh29_qa.jsonl.

Reads nothing of the assistant.  Standard library + pypdf + python-docx (+ fpdf2 through make_plan), all in
/work/main/.venv.

0. regeneration: make_plan.py is run in a SEPARATE process into a temporary directory and make_plan.build() is
   called twice in this process; all builds must be byte-identical to each other and to the files in docs/ (a
   stale or missing docs/ file is an ERROR; the checker never rewrites docs/).
1. document text, as a loader would see it:
   * PDF (pietrasolca): pypdf extract_text() per page, pages joined with a newline; "lines" = the extracted lines;
     "fragments" = the single text-showing operations with their font (pypdf visitor_text);
   * DOCX (collemerlano): python-docx, body order: one line per paragraph, one line per table row with the cell
     texts joined by TAB.
2. layout (read back from the files and compared with make_plan's data):
   * PDF: 4-6 A4 portrait pages, pinned creation date, running header and "Pagina N di M" footer on every page;
     every objective title "OB.nn — <titolo>" is ONE fragment in Helvetica-Bold; the prose under each title equals
     make_plan's paragraphs; the org chart is a bulleted list with one bullet per Area whose staff adds up to the
     total stated in prose;
   * DOCX: every objective is a Heading 3 "Obiettivo operativo X.Y – <titolo>" under a Heading 2 "Linea
     strategica X – …"; it is followed by 1-3 plain (non-heading) paragraphs equal to make_plan's text; the org
     chart is a Word table Settore | Responsabile | Servizi e uffici | Dipendenti whose staff adds up to the total;
   * both: 8-11 objectives; the objective prose has no "Label:" field, no list and no table; it names who is
     responsible (an office or a titled person), a 2025 figure and a deadline date.
3. records (format of /work/shared/eval/README.md): JSON, keys in the order of dev_records.jsonl, ids unique,
   exactly one record per objective of each document; anchor 20-80 characters, no line break, inside one extracted
   line of the document and a substring of `titolo`; `titolo` / `codice` / `obiettivo_strategico` equal the
   document's heading data; every string value and every list item occurs VERBATIM (whitespace-collapsed,
   case-sensitive) in the document text, and every objective-specific value (responsabile, settore, stakeholder,
   motivazione, valore_atteso, scadenza, fasi, indicatori, dipendenti) occurs inside that objective's OWN prose;
   a responsabile / settore / dipendente / stakeholder is never also listed in another of the record's
   person/office fields.
4. QA (format of /work/shared/eval/README.md): every line parses; keys in order id, question, answer,
   must_contain, doc, evidence, evidence_docs, type; ids f29-001..f29-040 unique; types from the dev vocabulary;
   doc / evidence_docs consistent; answers <= 800 characters; anchors 1-3 per answerable question, 20-80
   characters, no newline / TAB, found in the normalised text of their document, inside one extracted line and
   (PDF) inside one text fragment; every must_contain string occurs in the normalised text of the question's
   document(s) and the first string of each group in the golden answer; refusal markers only in non_presente
   answers; non_presente: empty must_contain, a refusal marker, regex probes showing that the probed document(s)
   do not hold the information, no evidence when doc is null; a question naming neither comune carries a topic
   string found in its document only and in no sample file.
5. invented names: none occurs (as a word) in data/samples/; the comuni names occur in no earlier
   benchmarks/fresh*/docs file name (fresh28 is skipped: it is written concurrently and must not be read).

Normalisation N(s) as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh29/fresh29_check.py [qa.jsonl] [records.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh29_qa.jsonl"
REC = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "fresh29_records.jsonl"
C, P = mp.DOCX_NAME, mp.PDF_NAME
SAMPLES = HERE.parent.parent / "data" / "samples"
BENCH = HERE.parent
DEV_QA = Path("/work/shared/eval/dev_qa.jsonl")
DEV_REC = Path("/work/shared/eval/dev_records.jsonl")
KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
REC_KEYS = ["id", "doc", "anchor", "ente", "periodo", "codice", "titolo", "obiettivo_strategico", "area_strategica",
            "responsabile", "settore", "stakeholder", "motivazione", "valore_atteso", "scadenza", "fasi",
            "indicatori", "dipendenti"]
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
N_Q = 40
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Collemerlano", "Pietrasolca", "Cantagallo", "Marinelli", "Ferrante", "Cordeschi", "Pomante",
            "Di Sabatino", "Di Giacinto", "Ciprietti", "Ranalli", "Di Febo", "Nicola Core", "Marcozzi", "Cipollone",
            "Mazzitti", "Chiara Di Marco", "Rete del Colle", "Merlano", "Villa Ripoli", "Piano del Merlo",
            "Fonte Vecchia", "Santa Lucia", "Pesenti", "Ghislandi", "Zanchi", "Bonacina", "Brembilla", "Personeni",
            "Maffeis", "Mologni", "Gotti", "Ravasio", "Bonaldi", "Cortinovis", "Capelli", "Valsolca", "Cornalta",
            "Sorlino", "via dei Tigli", "Seriola", "Amici di Pietrasolca"]
# questions naming neither comune: a topic string of the question found in its document only
TOPICS = {"f29-010": "santa lucia", "f29-013": "cornalta"}
MONTHS = ("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre")
PROBES = {   # rid -> (documents probed, patterns that must NOT occur)
    "f29-036": ([C], [r"\bpes[oi]\b", r"pesat", r"ponderazion", r"punteggi"]),
    "f29-037": ([P], [r"€", r"\beur[oi]?\b", r"\bimport[oi]\b", r"\bcost[oi]\b", r"quadro economico",
                      r"finanziament", r"\d{1,3}(?:\.\d{3})+,\d\d", r"\bmila\b", r"spesa"]),
    "f29-038": ([P], [r"illuminazion", r"\bLED\b", r"punti luce", r"lampion"]),
    "f29-039": ([C, P], [r"\bDPO\b", r"\bRPD\b", r"protezione dei dati", r"privacy", r"GDPR"]),
    "f29-040": ([C, P], [r"\bnid[oi]\b", r"prima infanzia", r"\b0-3\b"]),
}
LABEL = re.compile(r"(^|[.;]\s)\s*(Responsabile|Settore|Servizio|Ufficio|Target|Scadenza|Indicator[ei]|Fasi|Peso|"
                   r"Stakeholder|Referente|Personale|Valore atteso|Motivazione|Tempistica)\s*:", re.I)
WHO = re.compile(r"Settore|Area|Servizio|Ufficio|Segretario|\b(dott|dott\.ssa|ing|arch|geom|rag|comm)\. [A-Z]")


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def W(s: str) -> str:
    """whitespace-collapsed, case kept (record values are verbatim)."""
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------------------------------ build
def regenerate() -> tuple[list[str], dict[str, bytes]]:
    errors = []
    b1, b2 = mp.build(), mp.build()
    if b1 != b2:
        errors.append("two in-process builds differ: make_plan.py is not deterministic")
    with tempfile.TemporaryDirectory(prefix="fresh29_") as tmp:
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


# ------------------------------------------------------------------------------------------ text
def docx_blocks(data: bytes) -> list[tuple[str, str]]:
    """(style or 'TABLE', text) in body order; a table row is one block with TAB-joined cells."""
    d = docx.Document(io.BytesIO(data))
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(el, d)
            out.append((p.style.name if p.style is not None else "", p.text))
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append(("TABLE", "\t".join(c.text for c in row.cells)))
    return out


def pdf_fragments(rd: PdfReader) -> list[list[tuple[str, str]]]:
    out = []
    for pg in rd.pages:
        fr: list[tuple[str, str]] = []

        def visit(t, cm, tm, fd, fs, fr=fr):
            if t.strip():
                fr.append((t.strip(), (fd or {}).get("/BaseFont", "") if hasattr(fd, "get") else ""))
        pg.extract_text(visitor_text=visit)
        out.append(fr)
    return out


# ------------------------------------------------------------------------------------------ layout
def objective_sections_docx(blocks) -> dict[str, str]:
    """code -> prose of the objective (paragraphs between its Heading 3 and the next heading)."""
    secs, cur = {}, None
    for style, text in blocks:
        if style.startswith("Heading") or style == "TABLE":
            cur = None
            m = re.fullmatch(r"Obiettivo operativo (\d\.\d) – (.+)", text)
            if style == "Heading 3" and m:
                cur = m.group(1)
                secs[cur] = []
            continue
        if cur is not None:
            secs[cur].append(text)
    return {k: "\n".join(v) for k, v in secs.items()}


def objective_sections_pdf(text: str) -> dict[str, str]:
    """code -> prose between the title line 'OB.nn — …' and the next title / strategic line / sottosezione,
    with the running header / footer lines removed."""
    lines = [ln for ln in text.split("\n")
             if not ln.startswith("Comune di Pietrasolca – PIAO") and not re.fullmatch(r"Pagina \d+ di \d+", ln)]
    secs, cur = {}, None
    for ln in lines:
        m = re.match(r"(OB\.\d\d) — ", ln)
        if m:
            cur = m.group(1)
            secs[cur] = []
            continue
        if ln.startswith("Indirizzo strategico ") or re.match(r"\d\.\d ", ln) or ln.startswith("SEZIONE"):
            cur = None
            continue
        if cur is not None:
            secs[cur].append(ln)
    return {k: "\n".join(v) for k, v in secs.items()}


def prose_checks(tag: str, code: str, paras: list[str]) -> list[str]:
    e = []
    prose = " ".join(paras)
    if not 1 <= len(paras) <= 3:
        e.append(f"{tag}: objective {code} has {len(paras)} paragraphs")
    if LABEL.search(prose) or any(p.lstrip().startswith(("-", "*", "•", "|")) for p in paras):
        e.append(f"{tag}: objective {code} uses a labelled field / list / table")
    if not WHO.search(prose):
        e.append(f"{tag}: objective {code} does not say who is responsible")
    if "2025" not in prose:
        e.append(f"{tag}: objective {code} has no 2025 figure")
    if not re.search(rf"\b({MONTHS}) 20\d\d", prose):
        e.append(f"{tag}: objective {code} has no date")
    return e


def layout_pdf(data: bytes, pages: list[str], frags) -> tuple[list[str], dict]:
    errors, st = [], {}
    rd = PdfReader(io.BytesIO(data))
    st["pages"] = n = len(rd.pages)
    if not 4 <= n <= 6:
        errors.append(f"pdf: {n} pages, expected 4-6")
    for i, pg in enumerate(rd.pages):
        w, h = float(pg.mediabox.width), float(pg.mediabox.height)
        if not (abs(w - 595.28) < 1 and abs(h - 841.89) < 1):
            errors.append(f"pdf: page {i + 1} is not A4 portrait")
        ls = pages[i].splitlines()
        if ls[0] != "Comune di Pietrasolca – PIAO 2026-2028 – Sezioni 2 e 3" or ls[-1] != f"Pagina {i + 1} di {n}":
            errors.append(f"pdf: page {i + 1} lacks the running header / footer")
    if (rd.metadata or {}).get("/CreationDate") != "D:20260202083000Z":
        errors.append("pdf: creation date not pinned")
    allfr = [f for fr in frags for f in fr]
    for code, _g, title, paras in mp.P_OBJ:
        line = mp.p_title_line(code)
        hits = [f for f in allfr if f[0] == line]
        if len(hits) != 1 or not hits[0][1].endswith("Helvetica-Bold"):
            errors.append(f"pdf: title {line!r} is not one bold fragment ({hits})")
        errors += prose_checks("pdf", code, paras)
    secs = objective_sections_pdf("\n".join(pages))
    st["objectives"] = len(secs)
    if sorted(secs) != [o[0] for o in mp.P_OBJ]:
        errors.append(f"pdf: objective titles found {sorted(secs)}")
    for code, sec in secs.items():
        if N(sec) != N(mp.p_prose(code)):
            errors.append(f"pdf: prose of {code} differs from make_plan data")
    full = "\n".join(pages)
    for r in mp.P_ORG:
        if N("• " + mp.p_bullet(r)) not in N(full):
            errors.append(f"pdf: org bullet of {r[0]} missing")
    if f"i dipendenti sono {mp.p_staff_total()}," not in full:
        errors.append("pdf: staff total sentence")
    if not 8 <= len(mp.P_OBJ) <= 11:
        errors.append("pdf: 8-11 objectives expected")
    return errors, st


def layout_docx(blocks) -> tuple[list[str], dict]:
    errors, st = [], {}
    last_line = None
    heads = []
    for style, text in blocks:
        if style == "Heading 2" and text.startswith("Linea strategica "):
            last_line = text
        if style == "Heading 3":
            heads.append((text, last_line))
    expect = [(mp.c_heading(o[0]), mp.c_line_of(o[0])) for o in mp.C_OBJ]
    if heads != expect:
        errors.append("docx: Heading 3 objective headings / their Heading 2 strategic lines differ from make_plan")
    secs = objective_sections_docx(blocks)
    st["objectives"] = len(secs)
    for code, _t, paras in mp.C_OBJ:
        got = secs.get(code, "").split("\n")
        if got != paras:
            errors.append(f"docx: paragraphs of objective {code} differ from make_plan data")
        errors += prose_checks("docx", code, paras)
    styles = {s for s, t in blocks if t in {p for o in mp.C_OBJ for p in o[2]}}
    if styles - {"Normal"}:
        errors.append(f"docx: objective prose in styles {styles}")
    rows = [t.split("\t") for s, t in blocks if s == "TABLE"]
    if not rows or rows[0] != mp.C_ORG_HEAD or [r for r in rows[1:]] != [[*map(str, r)] for r in mp.C_ORG]:
        errors.append("docx: org table differs from make_plan data")
    if any(s == "TABLE" for s, t in blocks[: [i for i, b in enumerate(blocks) if b[1].startswith("3.1 ")][0]]):
        errors.append("docx: a table occurs before 3.1")
    if f"Totale dipendenti in servizio al 31 dicembre 2025: {mp.c_staff_total()}," not in [t for _, t in blocks][
            [t for _, t in blocks].index(mp.C_ORG_TOTAL)]:
        errors.append("docx: staff total line")
    if not 8 <= len(mp.C_OBJ) <= 11:
        errors.append("docx: 8-11 objectives expected")
    return errors, st


# ------------------------------------------------------------------------------------------ records
def record_checks(recs, wtexts, lines, sections) -> list[str]:
    errors = []
    keys = REC_KEYS
    if DEV_REC.exists():
        dev = json.loads(DEV_REC.read_text(encoding="utf-8").splitlines()[0])
        if list(dev) != REC_KEYS:
            errors.append(f"dev record keys changed: {list(dev)}")
        keys = list(dev)
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("records: ids are not unique")
    want = {C: [o[0] for o in mp.C_OBJ], P: [o[0] for o in mp.P_OBJ]}
    for d in want:
        got = [r.get("codice") for r in recs if r.get("doc") == d]
        if got != want[d]:
            errors.append(f"records: {d} has records {got}, expected one per objective {want[d]}")
    person_fields = ("responsabile", "settore", "stakeholder", "dipendenti")
    for r in recs:
        rid = r.get("id")
        if list(r) != keys:
            errors.append(f"{rid}: keys {list(r)}")
            continue
        d = r["doc"]
        if d not in wtexts:
            errors.append(f"{rid}: unknown doc {d}")
            continue
        a = r["anchor"]
        if not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
            errors.append(f"{rid}: anchor length/format {a!r}")
        if not any(W(a) in W(ln) for ln in lines[d]):
            errors.append(f"{rid}: anchor not inside one extracted line of {d}")
        if W(a) not in W(r["titolo"]):
            errors.append(f"{rid}: anchor is not a substring of titolo")
        code = r["codice"]
        if d == C:
            o = mp.c_obj(code)
            exp = ("Comune di Collemerlano", o[1], mp.c_line_of(code))
        else:
            o = mp.p_obj(code)
            exp = ("Comune di Pietrasolca", o[2], mp.p_group_of(code))
        if (r["ente"], r["titolo"], r["obiettivo_strategico"]) != exp or r["periodo"] != "2026-2028":
            errors.append(f"{rid}: ente / titolo / obiettivo_strategico / periodo differ from the document")
        own = W(sections[d].get(code, ""))
        vals: list[tuple[str, str, bool]] = []      # (field, value, must be in own prose)
        for k in ("ente", "periodo", "codice", "titolo", "obiettivo_strategico", "area_strategica"):
            if r[k] is not None:
                vals.append((k, r[k], False))
        for k in ("responsabile", "settore", "motivazione", "valore_atteso", "scadenza"):
            if r[k] is not None:
                vals.append((k, r[k], True))
        for k in ("stakeholder", "dipendenti"):
            if not isinstance(r[k], list):
                errors.append(f"{rid}: {k} is not a list")
                continue
            vals += [(k, v, True) for v in r[k]]
        for f in r["fasi"]:
            if list(f) != ["descrizione", "tempistica"]:
                errors.append(f"{rid}: fasi item keys {list(f)}")
                continue
            vals += [("fasi", f["descrizione"], True)] + ([("fasi", f["tempistica"], True)] if f["tempistica"] else [])
        for i in r["indicatori"]:
            if list(i) != ["nome", "target"]:
                errors.append(f"{rid}: indicatori item keys {list(i)}")
                continue
            vals += [("indicatori", i["nome"], True)] + ([("indicatori", i["target"], True)] if i["target"] else [])
        for k, v, in_own in vals:
            if not isinstance(v, str) or not v.strip() or v != v.strip():
                errors.append(f"{rid}: {k} value not a trimmed string: {v!r}")
                continue
            if W(v) not in W(wtexts[d]):
                errors.append(f"{rid}: {k} value not verbatim in {d}: {v!r}")
            elif in_own and W(v) not in own:
                errors.append(f"{rid}: {k} value not inside the objective's own prose: {v!r}")
        seen: dict[str, str] = {}
        for k in person_fields:
            items = r[k] if isinstance(r[k], list) else ([r[k]] if r[k] else [])
            for v in items:
                if v in seen and seen[v] != k:
                    errors.append(f"{rid}: {v!r} is both {seen[v]} and {k}")
                seen[v] = k
        if r["area_strategica"] is not None:
            errors.append(f"{rid}: area_strategica must be null (no such level in these documents)")
    return errors


# ------------------------------------------------------------------------------------------ QA
def qa_checks(rows, texts, lines, pfrags) -> tuple[list[str], list[str]]:
    errors, notes = [], []
    norm = {d: N(t) for d, t in texts.items()}
    nlines = {d: [N(ln) for ln in ls] for d, ls in lines.items()}
    nfrags = [N(f) for f in pfrags]
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("QA ids are not unique")
    if ids != [f"f29-{i:03d}" for i in range(1, N_Q + 1)]:
        errors.append(f"QA ids are not f29-001..f29-{N_Q:03d} in order")
    types = set(TYPES)
    if DEV_QA.exists():
        dev = {json.loads(ln)["type"] for ln in DEV_QA.read_text(encoding="utf-8").splitlines() if ln.strip()}
        if dev != TYPES:
            errors.append(f"dev vocabulary changed: {sorted(dev ^ TYPES)}")
        types = dev
    blobs = [p.read_bytes().lower() for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
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
                errors.append(f"{rid}: anchor not inside one text fragment of the PDF: {a!r}")
        q = N(r["question"])
        if "collemerlano" not in q and "pietrasolca" not in q:
            topic = TOPICS.get(rid)
            if topic is None or N(topic) not in q or not isinstance(doc, str):
                errors.append(f"{rid}: names no comune and has no topic string")
            else:
                where = [d for d in texts if N(topic) in norm[d]]
                if where != [doc] or any(topic.encode() in b for b in blobs):
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
                    errors.append(f"{rid}: a doc-null question must probe every document")
                for d in pdocs:
                    for w in pats:
                        if re.search(w, texts[d], flags=re.I):
                            errors.append(f"{rid}: {d} may answer it ({w!r} occurs)")
            continue
        if refusal:
            errors.append(f"{rid}: answerable answer contains a refusal marker")
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
    blobs = [p.read_text(encoding="utf-8", errors="replace").lower() for p in sorted(SAMPLES.rglob("*"))
             if p.is_file()]
    for w in INVENTED:
        k = sum(bool(re.search(rf"\b{re.escape(w.lower())}\b", b)) for b in blobs)
        hits += k
        if k:
            errors.append(f"names: {w!r} occurs in {k} file(s) of data/samples")
    for sub in sorted(BENCH.glob("fresh*")):
        if sub == HERE or sub.name == "fresh28" or not (sub / "docs").is_dir():
            continue
        for p in (sub / "docs").iterdir():
            if any(c in p.name.lower() for c in ("collemerlano", "pietrasolca")):
                errors.append(f"names: {p} already uses the comune name")
    return errors, hits


def load_jsonl(path: Path, errors: list[str]) -> list[dict]:
    rows = []
    if not path.exists():
        errors.append(f"{path.name} missing")
        return rows
    for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip():
            try:
                rows.append(json.loads(ln))
            except json.JSONDecodeError as e:
                errors.append(f"{path.name} line {i}: JSON does not parse: {e}")
    return rows


def main() -> int:
    errors, built = regenerate()
    pdf_data = (mp.DOCS / P).read_bytes() if (mp.DOCS / P).exists() else built[P]
    docx_data = (mp.DOCS / C).read_bytes() if (mp.DOCS / C).exists() else built[C]
    rd = PdfReader(io.BytesIO(pdf_data))
    pages = [pg.extract_text() for pg in rd.pages]
    frags = pdf_fragments(rd)
    blocks = docx_blocks(docx_data)
    texts = {C: "\n".join(t for _, t in blocks), P: "\n".join(pages)}
    lines = {C: [ln for _, t in blocks for ln in t.split("\n")], P: [ln for pg in pages for ln in pg.splitlines()]}
    e1, st1 = layout_pdf(pdf_data, pages, frags)
    e2, st2 = layout_docx(blocks)
    errors += e1 + e2
    sections = {C: objective_sections_docx(blocks), P: objective_sections_pdf(texts[P])}
    recs = load_jsonl(REC, errors)
    errors += record_checks(recs, texts, lines, sections)
    rows = load_jsonl(QA, errors)
    e3, notes = qa_checks(rows, texts, lines, [f for fr in frags for f, _ in fr])
    errors += e3
    nerr, hits = names_check()
    errors += nerr
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    print(f"{P}: {len(pdf_data)} bytes, {st1['pages']} A4 pages, {len(texts[P])} characters of pypdf text, "
          f"{st1.get('objectives')} bold-titled prose objectives")
    print(f"{C}: {len(docx_data)} bytes, {len(blocks)} body blocks, {len(texts[C])} characters of python-docx text, "
          f"{st2.get('objectives')} Heading-3 prose objectives")
    print("regeneration: subprocess build == in-process builds == docs/ files" if not any(
        "build" in e or "docs/" in e for e in errors) else "regeneration: FAILED")
    nf = Counter()
    for r in recs:
        for k in ("responsabile", "settore", "motivazione", "valore_atteso", "scadenza"):
            nf[k] += r.get(k) is not None
        for k in ("stakeholder", "dipendenti", "fasi", "indicatori"):
            nf[k] += len(r.get(k) or [])
    print(f"{len(recs)} records ({sum(r.get('doc') == C for r in recs)} docx, {sum(r.get('doc') == P for r in recs)} "
          f"pdf); non-null / items: {dict(nf)}")
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"cross-document questions: {sum(isinstance(r.get('doc'), list) for r in rows)}; "
          f"doc-null questions: {sum(r.get('doc') is None for r in rows)}")
    print(f"invented names found in data/samples: {hits} hits over {len(INVENTED)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
