"""Validate benchmarks/fresh17/fresh17_qa.jsonl against the two documents in docs/.

Reads nothing of the product.  Uses pypdf (PDF) and python-docx (DOCX) from /work/main/.venv.

Checks
1. determinism: make_plans builds in memory are byte-identical to the files in docs/;
2. layout:
   * PDF: the objectives table header ("Cod. Obiettivo operativo Responsabile Indicatore Target 2026 Target 2027
     Scadenza Peso") is printed on at least two pages (table continues across a page break with the header
     repeated); 10-14 objectives OO.xx; weights add up to 100; Responsabile has both titled persons and
     offices; the org chart header "Settore Responsabile (EQ) Servizi N. dipendenti" and a total equal to the
     sum of the settori;
   * DOCX: Heading styles, one block per objective with the labels Struttura competente / Referente /
     Risultato atteso / Misura di successo / Entro il / Incidenza sulla performance / Portatori di interesse
     (none of A's column labels used as labels), 10-14 objectives, incidenze add up to 100%, org chart as
     List Bullet paragraphs "Area ... — responsabile: ...; uffici: ...; N addetti" whose sum equals the total;
   * the two plans share the themes edilizia / mensa / raccolta differenziata / formazione / evasione /
     biblioteca / trasparenza;
3. QA (format of /work/shared/eval/README.md): keys and order, ids f17-001..f17-050 unique and in order,
   type mix, doc/evidence_docs consistency, anchors 20-80 chars without line break found in the normalised
   text of their document (for the DOCX: inside ONE paragraph), every must_contain alternative occurs in the
   normalised text of the question's document(s), the golden answer satisfies every group, answers <= 800
   chars, non_presente rows (doc null, no evidence, no groups, refusal marker, a probe confirming the gap),
   no refusal marker in answerable answers;
4. names: every invented name has 0 hits in data/samples and the other benchmarks folders (grep -rli, plus
   the text inside other folders' .pdf/.docx); only counts are printed.

Normalisation as the scorer: lower-case, every whitespace run -> one space, strip.
Usage: /work/main/.venv/bin/python benchmarks/fresh17/check.py
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import docx
import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plans as mp  # noqa: E402

ROOT = HERE.parent.parent
QA = HERE / "fresh17_qa.jsonl"
A, B = mp.PDF_OUT.name, mp.DOCX_OUT.name
KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
MIX = {"confronto": 16, "multi_hop": 10, "responsabile": 10, "numerico": 6, "non_presente": 5, "elenco": 2,
       "tempistica": 1}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Brovardo", "Castelmagrino", "Tetti Morinetto", "Bricco Favaro", "Borgata Raviola",
            "Case Gerbolino", "Gribaudo", "Cravero", "Arneodo", "Peirone", "Macagno", "Toselli", "Sciolla",
            "Bersezio", "Isoardi", "Lerda", "Beltramo", "Cometto", "Giacosa", "Bongiovanni", "Revelli",
            "Sordello", "Mondino", "Stura-Maira", "Tarassaco", "Ristorazione Langhe"]
TITLE = re.compile(r"\b(Dott\.(?:ssa)?|Ing\.|Rag\.|Geom\.|Arch\.|Comm\.|Sig\.(?:ra)?)\s")
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)
    print("ERROR:", msg)


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# ------------------------------------------------------------------------------------------ read back
pdf = pypdf.PdfReader(io.BytesIO(mp.PDF_OUT.read_bytes()))
pdf_pages = [p.extract_text() or "" for p in pdf.pages]
pdf_text = "\n".join(pdf_pages)
dx = docx.Document(str(mp.DOCX_OUT))
dx_paras = [p for p in dx.paragraphs]
dx_texts = [p.text for p in dx_paras]
dx_text = "\n".join(dx_texts)
TEXT = {A: N(pdf_text), B: N(dx_text)}

# ------------------------------------------------------------------------------------------ 1 determinism
if mp.build_pdf() != mp.PDF_OUT.read_bytes() or mp.build_pdf() != mp.build_pdf():
    err("PDF build not deterministic / docs out of date")
if mp.build_docx() != mp.DOCX_OUT.read_bytes() or mp.build_docx() != mp.build_docx():
    err("DOCX build not deterministic / docs out of date")

# ------------------------------------------------------------------------------------------ 2 layout
hdr = "cod. obiettivo operativo responsabile indicatore target 2026 target 2027 scadenza peso"
pages_with_hdr = [i + 1 for i, t in enumerate(pdf_pages) if hdr in N(t)]
if len(pages_with_hdr) < 2:
    err(f"objectives table header repeated on {pages_with_hdr} only")
codes = re.findall(r"\bOO\.\d\d\b", pdf_text)
if not (10 <= len(set(codes)) <= 14):
    err(f"plan A has {len(set(codes))} objectives")
rows_a = [o for _, objs in mp.A_LINES for o in objs]
if sum(int(o[7]) for o in rows_a) != 100:
    err("plan A weights do not add up to 100")
persons = [o for o in rows_a if TITLE.search(o[2])]
offices = [o for o in rows_a if not TITLE.search(o[2])]
if len(persons) < 3 or len(offices) < 3:
    err("plan A Responsabile column must mix persons and offices")
multi_line_cells = sum(1 for o in rows_a if len(o[1]) > 60)
if multi_line_cells < 5:
    err("too few wrapping cells in plan A")
if "settore responsabile (eq) servizi n. dipendenti" not in TEXT[A]:
    err("plan A org chart header missing")
if sum(int(r[3]) for r in mp.A_ORG) != int(mp.A_TOTAL) or not (4 <= len(mp.A_ORG) <= 6):
    err("plan A org chart total / size")
for s in ("€ 48.000", "consorzio ecologico stura-maira", "marzo 2026"):
    if N(s) not in TEXT[A]:
        err(f"plan A prose fact missing: {s}")

styles = Counter(p.style.name for p in dx_paras)
for st in ("Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet"):
    if not styles.get(st):
        err(f"DOCX style {st} unused")
labels = ["Struttura competente:", "Risultato atteso:", "Misura di successo:", "Entro il:",
          "Incidenza sulla performance:", "Portatori di interesse:"]
obj_b = [t for t in dx_texts if re.match(r"Obiettivo \d\.\d – ", t)]
if not (10 <= len(obj_b) <= 14):
    err(f"plan B has {len(obj_b)} objectives")
for lab in labels:
    n = sum(1 for t in dx_texts if t.startswith(lab))
    if n != len(obj_b):
        err(f"label {lab} used {n} times for {len(obj_b)} objectives")
if not any(t.startswith("Referente:") for t in dx_texts):
    err("no Referente label")
for bad in ("Responsabile:", "Indicatore:", "Scadenza:", "Peso:", "Target 2026"):
    if any(t.startswith(bad) for t in dx_texts) or bad in dx_text:
        err(f"plan B reuses plan A label {bad}")
inc = [int(re.search(r"(\d+)%", t).group(1)) for t in dx_texts if t.startswith("Incidenza sulla performance:")]
if sum(inc) != 100:
    err(f"plan B incidenze add up to {sum(inc)}")
org_b = [p.text for p in dx_paras if p.style.name == "List Bullet"]
pat = re.compile(r"^Area .+ — responsabile: .+; uffici: .+; (\d+) addetti$")
if not (4 <= len(org_b) <= 6) or not all(pat.match(t) for t in org_b):
    err("plan B org chart bullets malformed")
if sum(int(pat.match(t).group(1)) for t in org_b if pat.match(t)) != int(mp.B_TOTAL):
    err("plan B org chart total")
for theme in ("edilizi", "mensa", "raccolta differenziata", "formazione", "evasione", "biblioteca",
              "trasparen"):
    if theme not in TEXT[A] or theme not in TEXT[B]:
        err(f"theme {theme} not shared")

# ------------------------------------------------------------------------------------------ 3 QA
rows = [json.loads(line) for line in QA.read_text(encoding="utf-8").splitlines() if line.strip()]
if len(rows) != 50:
    err(f"{len(rows)} questions")
ids = [r.get("id") for r in rows]
if ids != [f"f17-{i:03d}" for i in range(1, len(rows) + 1)] or len(set(ids)) != len(ids):
    err("ids not f17-001.. unique and in order")
mix = Counter(r.get("type") for r in rows)
if dict(mix) != MIX:
    err(f"type mix {dict(mix)} != {MIX}")


def docs_of(r):
    d = r["doc"]
    return [] if d is None else (d if isinstance(d, list) else [d])


PROBES = {  # non_presente question id -> (description, function returning True when the gap holds)
    "f17-046": ("no amount in the LED objective block",
                lambda: not re.search(r"€|euro|costo|importo",
                                      N(dx_text.split("Obiettivo 1.3")[1].split("Obiettivo 1.4")[0]))),
    "f17-047": ("no 2025 value of raccolta differenziata",
                lambda: all("dicembre 2025" in N(pdf_text)[m.start() - 20:m.end() + 5]
                            for m in re.finditer("2025", N(pdf_text))) and "2025" not in N(dx_text)),
    "f17-048": ("no assessore / giunta member", lambda: "assessor" not in TEXT[A] + TEXT[B]),
    "f17-049": ("no 2028 target", lambda: all(m.group(0) == "2026-2028"
                                             for m in re.finditer(r"\S*2028", dx_text))),
    "f17-050": ("no meal price", lambda: "tariff" not in TEXT[A] and "pasto" not in TEXT[A]
                and "€" not in N(pdf_text.split("OO.06")[1].split("OO.07")[0])),
}

for r in rows:
    rid = r.get("id")
    if tuple(r.keys()) != KEYS:
        err(f"{rid}: keys {tuple(r.keys())}")
        continue
    ans = N(r["answer"])
    if len(r["answer"]) > 800:
        err(f"{rid}: answer too long")
    refusal = any(m in ans for m in REFUSALS)
    if r["type"] == "non_presente":
        if r["doc"] is not None or r["evidence"] or r["evidence_docs"] or r["must_contain"]:
            err(f"{rid}: non_presente must have doc null and empty lists")
        if not refusal:
            err(f"{rid}: non_presente answer without refusal marker")
        desc, probe = PROBES.get(rid, ("missing probe", lambda: False))
        if not probe():
            err(f"{rid}: probe failed ({desc})")
        continue
    if refusal:
        err(f"{rid}: answerable answer contains a refusal marker")
    ds = docs_of(r)
    if not ds or any(d not in TEXT for d in ds):
        err(f"{rid}: bad doc {r['doc']}")
        continue
    if isinstance(r["doc"], list) and len(set(r["doc"])) < 2:
        err(f"{rid}: a list doc must name two files")
    if not (1 <= len(r["evidence"]) <= 3) or len(r["evidence"]) != len(r["evidence_docs"]):
        err(f"{rid}: evidence / evidence_docs")
    for a, d in zip(r["evidence"], r["evidence_docs"]):
        if d not in ds:
            err(f"{rid}: evidence doc {d} not in doc")
        if not (20 <= len(a) <= 80) or "\n" in a:
            err(f"{rid}: anchor length {len(a)}: {a!r}")
        if N(a) not in TEXT.get(d, ""):
            err(f"{rid}: anchor not in {d}: {a!r}")
        if d == B and not any(a in t for t in dx_texts):
            err(f"{rid}: DOCX anchor not inside one paragraph: {a!r}")
    joined = " ".join(TEXT[d] for d in ds)
    if not r["must_contain"]:
        err(f"{rid}: no must_contain groups")
    for g in r["must_contain"]:
        if not any(N(s) in ans for s in g):
            err(f"{rid}: golden answer misses group {g}")
        for s in g:
            if N(s) not in joined:
                # spelling variant allowed only if another alternative of the group occurs
                canon = lambda x: re.sub(r"\s+%", "%", re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", N(x)))
                if not any(canon(s) == canon(o) and N(o) in joined for o in g if o != s):
                    err(f"{rid}: must_contain {s!r} not in document text")
    if r["type"] == "confronto" and len(ds) != 2:
        err(f"{rid}: confronto should use both documents")

# ------------------------------------------------------------------------------------------ 4 names
others = [p for p in (ROOT / "benchmarks").iterdir() if p.is_dir() and p.name != HERE.name]
bin_text = ""
for p in others:
    for f in list(p.rglob("*.pdf")) + list(p.rglob("*.docx")):
        try:
            if f.suffix == ".pdf":
                bin_text += " ".join((pg.extract_text() or "") for pg in pypdf.PdfReader(str(f)).pages)
            else:
                bin_text += " ".join(x.text for x in docx.Document(str(f)).paragraphs)
        except Exception:  # noqa: BLE001 - unreadable foreign file: skip
            pass
bin_text = bin_text.lower()
hits = {}
for name in INVENTED:
    out = subprocess.run(["grep", "-rli", name, str(ROOT / "data" / "samples"), *map(str, others)],
                         capture_output=True, text=True).stdout.split()
    hits[name] = len(out) + (1 if name.lower() in bin_text else 0)
bad = {k: v for k, v in hits.items() if v}
print("name hits:", "all 0" if not bad else bad, f"({len(INVENTED)} names)")
if bad:
    err(f"invented names found elsewhere: {bad}")

print(f"{len(rows)} questions, mix {dict(mix)}; PDF {len(pdf_pages)} pages, header on pages {pages_with_hdr}; "
      f"DOCX {len(dx_texts)} paragraphs; {len(errors)} errors")
sys.exit(1 if errors else 0)
