"""Validate benchmarks/fresh16/fresh16_qa.jsonl against docs/serrabruna_piao-2026-2028.pdf.

Reads nothing of the assistant.  Needs pypdf (in /work/main/.venv); uses pdfplumber as an extra cross-check
when it is importable.  Steps:

1. determinism: two in-memory builds of make_plan are byte-identical to each other and to docs/;
2. layout, read back from the PDF (page text + every drawn string with x/y/font/size via pypdf's visitor):
   * every page A4 portrait; only non-embedded core fonts; no path operators at all (no rules, no borders);
   * running header on every page, footer "Pagina N di M" with correct N and M;
   * 12k-18k characters of extracted text;
   * numbered outline: "N. AREA STRATEGICA" bold caps > "N.N Obiettivo strategico" italic > "N.N.N title"
     bold, 12 operational objectives in order, each followed by justified prose (non-zero word spacing Tw);
   * facts inline: every objective paragraph states "peso N" and, for the summary target, "target 2026: V";
     run-in labels vary (Referente / Responsabile / in capo a / La responsabilità è / Chi se ne occupa);
     labels and values are split across lines (lines ending in ":" or "€");
   * some objectives name only a Servizio / Ufficio: the surname is absent from their prose and found on the
     unit's dotted-leader line of "3.1 Organigramma"; the headcounts add up to the total;
   * "3.2 Giunta comunale" names the Sindaco and four assessori;
   * "4. Quadro di sintesi": bold header row, 12 rows in code order, columns aligned by x, weights equal to
     the prose and summing to 100, no borders;
3. QA (format of /work/shared/eval/README.md):
   * keys, ids f16-001..f16-048 in order, the exact type mix, doc / evidence_docs;
   * evidence: 1-3 anchors of 20-80 characters, each a VERBATIM substring of ONE line of pypdf's page text
     (also checked whitespace-normalised, and on one line of pdfplumber's text when available);
   * must_contain: short groups; every group is satisfied by the golden answer and its first alternative
     occurs in it; every alternative occurs in the whitespace-normalised document text, or is another spelling
     of an alternative of the same group that does ("45%" / "45 %", "35.000" / "35000", "ottobre" / "ott",
     "tre" / "3", accents), or is a value derived by arithmetic that this script recomputes; a group made
     only of a single-digit count is always paired with a group naming the subject;
   * answers <= 800 characters; non_presente: doc null, no groups / evidence, a refusal marker, and a probe
     below confirming that the document really does not contain the information;
4. invented names: none of them occurs in data/samples/ or in the other benchmarks/fresh*/ folders
   (file counts only).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh16/check.py [qa.jsonl]
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh16_qa.jsonl"
PDF = mp.OUT
DOC = PDF.name
ROOT = HERE.parent.parent
SAMPLES = ROOT / "data" / "samples"

KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
MIX = {"responsabile": 9, "multi_hop": 7, "confronto": 6, "numerico": 5, "tempistica": 7, "indicatore": 5,
       "elenco": 4, "non_presente": 5}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
PATH_OPS = {"m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n", "sh", "Do"}
CORE_FONTS = {"/Helvetica", "/Helvetica-Bold", "/Helvetica-Oblique", "/Helvetica-BoldOblique", "/Times-Roman",
              "/Times-Bold", "/Times-Italic", "/Times-BoldItalic", "/Courier", "/Courier-Bold",
              "/Courier-Oblique", "/Courier-BoldOblique", "/Symbol", "/ZapfDingbats"}
INVENTED = ["Serrabruna", "Valcerasa", "Fontebella", "Castelfolco", "Sampaolesi", "Pigliapoco", "Sileoni",
            "Ottavianelli", "Spernanzoni", "Ciarapica", "Cruciani", "Mogliani", "Sopranzi", "Palmucci",
            "Micozzi", "Luconi", "Bartolacci", "Torresi"]
# objectives whose prose names only a Servizio / Ufficio -> (phrase in the prose, organigramma unit, surname)
HOPS = {
    "1.1.1": ("Servizio Urbanistica, Edilizia privata e Ambiente", "Servizio Urbanistica, Edilizia privata e Ambiente", "Palmucci"),
    "1.1.2": ("Ufficio Transizione digitale", "Ufficio Transizione digitale (staff)", "Bartolacci"),
    "1.1.3": ("Servizio Finanziario e Tributi", "Servizio Finanziario e Tributi", "Mogliani"),
    "2.1.1": ("Ufficio Tecnico comunale", "Servizio Tecnico – Lavori pubblici e Patrimonio", "Sopranzi"),
    "2.2.1": ("Comando di Polizia Locale", "Polizia Locale", "Luconi"),
    "2.3.3": ("Ufficio Servizi sociali", "Servizio Sociale e Istruzione", "Micozzi"),
}
RUN_IN = ["Referente:", "Responsabile:", "In capo al", "in capo all", "La responsabilità è", "Chi se ne occupa",
          "Referente dell'obiettivo è"]
MONTHS = {"gennaio": "gen", "febbraio": "feb", "marzo": "mar", "aprile": "apr", "maggio": "mag", "giugno": "giu",
          "luglio": "lug", "agosto": "ago", "settembre": "set", "ottobre": "ott", "novembre": "nov",
          "dicembre": "dic"}
NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici".split())}


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def spelling(s: str) -> str:
    """Key for 'another spelling of the same thing': no accents, spaces, thousands dots, dashes; months and
    small numbers written out -> abbreviation / digits."""
    s = unicodedata.normalize("NFKD", N(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    words = [MONTHS.get(w, NUMBER_WORDS.get(w, w)) for w in re.split(r"(\W+)", s)]
    return re.sub(r"[\s.\-–—]", "", "".join(words))


def weight_of(code: str) -> int:
    return next(o["peso"] for o in mp.objectives() if o["code"] == code)


# values that are computed from the document rather than copied: (id, group index) -> recomputed value
DERIVED = {
    ("f16-015", 0): lambda: str(sum(weight_of(c) for c in ("2.3.1", "2.3.2", "2.3.3"))),
    ("f16-020", 0): lambda: f"{72 - 68.5:.1f}".replace(".", ","),
}


# --------------------------------------------------------------------------------------------------
# reading the PDF back
# --------------------------------------------------------------------------------------------------

def fragments(reader: PdfReader) -> list[dict]:
    out = []
    for pno, page in enumerate(reader.pages, 1):
        h = float(page.mediabox.height)

        def visit(text, cm, tm, fd, fs, pno=pno, h=h):
            if text.strip():
                out.append({"page": pno, "x": round(tm[4] * 25.4 / 72, 2), "y": round((h - tm[5]) * 25.4 / 72, 2),
                            "font": (fd or {}).get("/BaseFont", ""), "size": fs, "text": text.strip()})
        page.extract_text(visitor_text=visit)
    return out


def page_lines(reader: PdfReader) -> list[str]:
    return [ln for p in reader.pages for ln in p.extract_text().splitlines()]


def body_lines(lines: list[str]) -> list[str]:
    """pypdf lines without the running header and the footer (so prose continues across page breaks)."""
    return [ln for ln in lines if not ln.startswith(mp.RUN_LEFT) and not re.fullmatch(r"Pagina \d+ di \d+", ln)]


def section(full_n: str, start: str, end: str) -> str:
    """Normalised text between the first occurrence of start and the next occurrence of end."""
    i = full_n.find(N(start))
    j = full_n.find(N(end), i + 1)
    return full_n[i:j] if i >= 0 and j > i else ""


def layout(reader: PdfReader, frags: list[dict], lines: list[str]) -> tuple[list[str], dict]:
    errors: list[str] = []
    stats: dict = {}
    m = len(reader.pages)
    stats["pages"] = m
    full = "\n".join(lines)
    full_n = N(" ".join(body_lines(lines)))
    stats["chars"] = len("".join(p.extract_text() for p in reader.pages))
    if not 12000 <= stats["chars"] <= 18000:
        errors.append(f"layout: {stats['chars']} characters of text (want 12-18k)")

    tw_nonzero = 0
    for n, page in enumerate(reader.pages, 1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - 595.28) > 1 or abs(h - 841.89) > 1:
            errors.append(f"layout: page {n} is not A4 portrait ({w}x{h})")
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            if f["/BaseFont"] not in CORE_FONTS or "/FontDescriptor" in f:
                errors.append(f"layout: page {n} font {f['/BaseFont']} is not a non-embedded core font")
        cs = ContentStream(page.get_contents(), reader)
        ops = set()
        for operands, op in cs.operations:
            op = op.decode() if isinstance(op, bytes) else op
            ops.add(op)
            if op == "Tw" and float(operands[0]) > 0.01:
                tw_nonzero += 1
        if ops & PATH_OPS:
            errors.append(f"layout: page {n} draws paths (rules / borders): {sorted(ops & PATH_OPS)}")
        pl = page.extract_text().splitlines()
        if not pl or not (pl[0].startswith(mp.RUN_LEFT) and mp.RUN_RIGHT in pl[0]):
            errors.append(f"layout: page {n} without the running header")
        if f"Pagina {n} di {m}" not in [f["text"] for f in frags if f["page"] == n and f["y"] > 280]:
            errors.append(f"layout: page {n} without footer 'Pagina {n} di {m}'")
    stats["justified_lines"] = tw_nonzero
    if tw_nonzero < 60:
        errors.append(f"layout: only {tw_nonzero} lines with word spacing (paragraphs not justified?)")

    # numbered outline with fonts
    body = [f for f in frags if 15 < f["y"] < 280]
    areas = [f for f in body if re.match(r"^\d\. AREA STRATEGICA", f["text"])]
    sos = [f for f in body if re.match(r"^\d\.\d Obiettivo strategico", f["text"])]
    ops_ = [f for f in body if re.match(r"^\d\.\d\.\d \S", f["text"]) and "Bold" in f["font"]]
    if not areas or any("Bold" not in f["font"] or f["text"] != f["text"].upper() for f in areas):
        errors.append("layout: area headings missing / not bold caps")
    if len(sos) < 4 or any("Oblique" not in f["font"] for f in sos):
        errors.append("layout: strategic-objective headings missing / not italic")
    codes = [f["text"].split()[0] for f in ops_]
    want = [o["code"] for o in mp.objectives()]
    stats["objectives"] = len(codes)
    if codes != want or not 10 <= len(codes) <= 14:
        errors.append(f"layout: operational objective headings {codes} != {want}")

    # facts inline in the prose of each objective; run-in label variety; hop objectives
    objs = mp.objectives()
    labels = set()
    for k, o in enumerate(objs):
        nxt = objs[k + 1]["code"] + " " + objs[k + 1]["title"] if k + 1 < len(objs) else "3. ORGANIZZAZIONE"
        sec = section(full_n, o["code"] + " " + o["title"], nxt)
        prose = N(" ".join(o["paras"]))
        if not sec or prose not in sec:
            errors.append(f"layout: prose of {o['code']} not found in the extracted text")
            continue
        if not re.search(rf"\bpeso {o['peso']}\.", prose):
            errors.append(f"layout: {o['code']}: 'peso {o['peso']}' not stated in the prose")
        val = re.match(r"(€ )?[\d.,]+%?", o["t26"]).group(0)
        if N(f"target 2026: {val}") not in prose:
            errors.append(f"layout: {o['code']}: summary target {o['t26']!r} not in the prose")
        labels |= {lab for lab in RUN_IN if N(lab) in prose}
        if o["code"] in HOPS:
            phrase, unit, surname = HOPS[o["code"]]
            if N(phrase) not in prose or surname.lower() in prose:
                errors.append(f"layout: {o['code']}: hop objective must name {phrase!r} and not {surname}")
    stats["run_in_labels"] = len(labels)
    if len(labels) < 5:
        errors.append(f"layout: only {len(labels)} run-in label forms: {sorted(labels)}")
    obj_start = next(i for i, ln in enumerate(lines) if ln.startswith("1. AREA STRATEGICA"))
    obj_end = next(i for i, ln in enumerate(lines) if ln.startswith("3. ORGANIZZAZIONE"))
    split = [ln for ln in lines[obj_start:obj_end] if re.search(r"(:|€|Fase)$", ln.strip())]
    stats["label_value_splits"] = len(split)
    if len(split) < 5:
        errors.append(f"layout: only {len(split)} lines end with a run-in label (label/value not split)")
    if sum(o["peso"] for o in objs) != 100:
        errors.append("layout: weights do not add up to 100")

    # organigramma: dotted leaders, hop targets, headcounts
    dotted = [ln for ln in lines if re.search(r"\.{10,}", ln)]
    stats["dotted_lines"] = len(dotted)
    if len(dotted) != len(mp.ORG) + 1:
        errors.append(f"layout: {len(dotted)} dotted-leader lines, want {len(mp.ORG) + 1}")
    counts = []
    for ln in dotted:
        mm = re.search(r"– (\d+) unità$", ln)
        if mm:
            counts.append(int(mm.group(1)))
    tot = re.search(r"Totale dipendenti \.+ ?(\d+) unità", full)
    if not tot or sum(counts) != int(tot.group(1)) or f"con {tot.group(1)} dipendenti" not in full:
        errors.append(f"layout: headcounts {counts} do not match the total / the premessa")
    for code, (phrase, unit, surname) in HOPS.items():
        if not any(ln.startswith(unit + " .") and surname in ln for ln in dotted):
            errors.append(f"layout: organigramma line {unit!r} -> {surname} missing")
    if len(HOPS) < 4:
        errors.append("layout: fewer than 4 objectives need the organigramma hop")

    giunta = section(full_n, "3.2 Giunta comunale", "4. QUADRO DI SINTESI")
    if not giunta or "sindaco andrea sampaolesi" not in giunta or len(re.findall(r"assessor[ea] a", giunta)) < 3 \
            or "vicesindaco" not in giunta:
        errors.append("layout: giunta paragraph incomplete")

    # summary table without borders
    q_page = next((f["page"] for f in frags if f["text"].startswith("4. QUADRO DI SINTESI")), None)
    tab = [f for f in frags if f["page"] == q_page]
    head = [f for f in tab if f["text"] in mp.SINTESI_HEAD and "Bold" in f["font"]]
    if [f["text"] for f in sorted(head, key=lambda f: f["x"])] != list(mp.SINTESI_HEAD) or len({f["y"] for f in head}) != 1:
        errors.append("layout: summary header row missing / not bold on one line")
    else:
        xs = sorted(f["x"] for f in head)
        rows = [f for f in tab if f["y"] > head[0]["y"] and re.fullmatch(r"\d\.\d\.\d", f["text"])]
        if [f["text"] for f in rows] != want:
            errors.append(f"layout: summary rows {[f['text'] for f in rows]}")
        for r in rows:
            cells = sorted((f for f in tab if abs(f["y"] - r["y"]) < 0.05), key=lambda f: f["x"])
            if [c["x"] for c in cells] != xs:
                errors.append(f"layout: summary row {r['text']} not aligned to the header columns")
                continue
            o = next(o for o in objs if o["code"] == r["text"])
            if cells[2]["text"] != str(o["peso"]) or cells[3]["text"] != o["t26"]:
                errors.append(f"layout: summary row {r['text']} peso/target differ from the plan")
        stats["summary_rows"] = len(rows)
    return errors, stats


# --------------------------------------------------------------------------------------------------
# probes for the non_presente questions: each returns reasons why the document MIGHT answer it
# --------------------------------------------------------------------------------------------------

def _obj_text(full_n: str, code: str) -> str:
    objs = mp.objectives()
    k = next(i for i, o in enumerate(objs) if o["code"] == code)
    nxt = objs[k + 1]["code"] + " " + objs[k + 1]["title"] if k + 1 < len(objs) else "3. ORGANIZZAZIONE"
    return section(full_n, code + " " + objs[k]["title"], nxt)


def probe_nucleo(t):
    return [w for w in ("nucleo", "oiv", "organismo indipendente", "componenti") if re.search(rf"\b{w}\b", t)]


def probe_costo_cer(t):
    sec = _obj_text(t, "2.1.1")
    bad = [w for w in ("€", "euro", "costo", "spesa", "importo", "finanziat", "contribut") if w in sec]
    prose = t.split("4. quadro di sintesi")[0]
    bad += [s for s in re.split(r"(?<=[.;])\s", prose) if re.search(r"\bcer\b|comunità energetica", s)
            and re.search(r"€|euro", s)]
    row = re.search(r"2\.1\.1 comunità energetica rinnovabile \(cer\) .*?(?= 2\.1\.2 )", t.split("4. quadro di sintesi")[-1])
    bad += [row.group(0)] if not row or "€" in row.group(0) else []
    return (["section 2.1.1 not found"] if not sec else []) + bad


def probe_trasporto_2028(t):
    sec = _obj_text(t, "2.3.1")
    row = [ln for ln in t.split("2.3.1 trasporto sociale ")[1:] if "2028" in ln[:40]]
    return (["section 2.3.1 not found"] if not sec else []) + (["2028 in 2.3.1"] if "2028" in sec else []) + row


def probe_presidente(t):
    return [w for w in ("presidente", "president") if w in t]


def probe_part_time(t):
    return [w for w in ("part-time", "part time", "parziale", "part‑time") if w in t]


PROBES = {"f16-044": probe_nucleo, "f16-045": probe_costo_cer, "f16-046": probe_trasporto_2028,
          "f16-047": probe_presidente, "f16-048": probe_part_time}


# --------------------------------------------------------------------------------------------------
# QA
# --------------------------------------------------------------------------------------------------

def plumber_lines() -> list[str] | None:
    try:
        import pdfplumber
    except ImportError:
        return None
    with pdfplumber.open(str(PDF)) as pdf:
        return [N(ln) for p in pdf.pages for ln in (p.extract_text() or "").splitlines()]


def qa_checks(rows: list[dict], lines: list[str], plines: list[str] | None) -> list[str]:
    errors = []
    nlines = [N(ln) for ln in lines]
    full_n = N(" ".join(body_lines(lines)))
    ids = [r.get("id") for r in rows]
    if ids != [f"f16-{i:03d}" for i in range(1, 49)]:
        errors.append("ids are not f16-001..f16-048 in order")
    mix = Counter(r.get("type") for r in rows)
    if dict(mix) != MIX:
        errors.append(f"type mix {dict(mix)} != {MIX}")
    hop_resp = 0
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
        if r["type"] == "non_presente":
            if r["doc"] is not None or r["must_contain"] or r["evidence"] or r["evidence_docs"]:
                errors.append(f"{rid}: non_presente needs doc null and empty must_contain / evidence")
            if not refusal:
                errors.append(f"{rid}: non_presente answer without a refusal marker")
            probe = PROBES.get(rid)
            if probe is None:
                errors.append(f"{rid}: no probe for this non_presente question")
            else:
                errors += [f"{rid}: the document may answer it: {p}" for p in probe(full_n)]
            continue
        if rid in PROBES:
            errors.append(f"{rid}: probe defined for an answerable question")
        if refusal:
            errors.append(f"{rid}: answerable question whose answer contains a refusal marker")
        if r["doc"] != DOC:
            errors.append(f"{rid}: doc {r['doc']!r}")
        ev, evd = r["evidence"], r["evidence_docs"]
        if not 1 <= len(ev) <= 3 or evd != [DOC] * len(ev):
            errors.append(f"{rid}: evidence / evidence_docs malformed")
        for a in ev:
            if not 20 <= len(a) <= 80 or "\n" in a:
                errors.append(f"{rid}: anchor length {len(a)}: {a!r}")
            if not any(a in ln for ln in lines):
                errors.append(f"{rid}: anchor not verbatim on one pypdf line: {a!r}")
            elif not any(N(a) in ln for ln in nlines):
                errors.append(f"{rid}: anchor not on one normalised pypdf line: {a!r}")
            if plines is not None and not any(N(a) in ln for ln in plines):
                errors.append(f"{rid}: anchor not on one pdfplumber line: {a!r}")
        if r["type"] == "responsabile" and any(re.search(r"\.{10,}", ln) and a in ln for a in ev for ln in lines):
            hop_resp += 1
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        numeric_only = [all(re.fullmatch(r"\d", spelling(s)) for s in g) for g in groups]
        names_subject = any(re.search(r"[^\W\d_]", s) for g in groups for s in g)
        if any(numeric_only) and not names_subject:
            errors.append(f"{rid}: single-digit count without a group naming the subject")
        for gi, g in enumerate(groups):
            if any(len(s) > 30 for s in g):
                errors.append(f"{rid}: must_contain token too long: {g}")
            if not any(N(s) in ans for s in g):
                errors.append(f"{rid}: golden answer does not satisfy group {g}")
            if N(g[0]) not in ans:
                errors.append(f"{rid}: canonical alternative {g[0]!r} not in the golden answer")
            derived = DERIVED.get((rid, gi))
            if derived is not None:
                if spelling(derived()) != spelling(g[0]):
                    errors.append(f"{rid}: derived value {g[0]!r} != recomputed {derived()!r}")
                continue
            in_doc = {spelling(s) for s in g if N(s) in full_n}
            for s in g:
                if N(s) not in full_n and spelling(s) not in in_doc:
                    errors.append(f"{rid}: alternative {s!r} not in the document text nor a spelling of one that is")
    if hop_resp < 4:
        errors.append(f"only {hop_resp} responsabile questions need the organigramma hop (want >= 4)")
    return errors


def names_check() -> tuple[list[str], dict]:
    errors, counts = [], {}
    files = [p for p in SAMPLES.rglob("*") if p.is_file()]
    files += [p for d in sorted((ROOT / "benchmarks").glob("fresh*")) if d.name != HERE.name
              for p in d.rglob("*") if p.is_file()]
    blobs = [p.read_bytes().lower() for p in files]
    for w in INVENTED:
        k = sum(w.lower().encode() in b for b in blobs)
        counts[w] = k
        if k:
            errors.append(f"names: {w!r} occurs in {k} file(s) of data/samples or benchmarks/fresh*")
    return errors, counts


def main() -> int:
    errors: list[str] = []
    a, b = mp.build(), mp.build()
    if a != b:
        errors.append("two in-memory builds differ (generator not deterministic)")
    if not PDF.exists():
        print(f"ERROR {PDF} missing: run make_plan.py")
        return 1
    if PDF.read_bytes() != a:
        errors.append(f"docs/{DOC} differs from a fresh build (run make_plan.py)")
    reader = PdfReader(str(PDF))
    frags = fragments(reader)
    lines = page_lines(reader)
    lay_err, stats = layout(reader, frags, lines)
    errors += lay_err
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    plines = plumber_lines()
    errors += qa_checks(rows, lines, plines)
    name_err, counts = names_check()
    errors += name_err
    for e in errors:
        print("ERROR", e)
    n_ev = sum(len(r["evidence"]) for r in rows)
    print(f"{DOC}: {PDF.stat().st_size} bytes, {stats['pages']} pages A4 portrait, {stats['chars']} characters, "
          f"{len(lines)} pypdf lines, {stats.get('justified_lines')} justified lines")
    print(f"layout: {stats.get('objectives')} operational objectives, {stats.get('run_in_labels')} run-in label "
          f"forms, {stats.get('label_value_splits')} lines ending in a label, {stats.get('dotted_lines')} "
          f"dotted-leader lines, {stats.get('summary_rows')} summary rows, {len(HOPS)} service->organigramma hops")
    print(f"{len(rows)} questions, {n_ev} evidence anchors; by type: "
          f"{dict(sorted(Counter(r['type'] for r in rows).items()))}")
    print("anchors checked on: pypdf lines (verbatim + normalised)" + (" + pdfplumber lines" if plines else ""))
    print(f"invented names found in data/samples + other benchmarks/fresh*: {sum(counts.values())} files "
          f"over {len(counts)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
