"""Validate benchmarks/fresh26/fresh26_qa.jsonl against the DOCX that make_plan.py writes into docs/.

Reads nothing of the assistant.  Standard library + python-docx (in /work/main/.venv).

0. regeneration: the document is built twice; the two builds must be byte-identical; docs/ is (re)written if the
   file there is missing or stale.
1. document text, as a loader would see it: python-docx, body elements in document order; a paragraph gives its
   text; a table gives, row by row, the text of each distinct cell (cell paragraphs joined by a newline).
   "paragraphs" = every body paragraph and every paragraph inside a table cell.
2. layout, read back from the DOCX and compared with make_plan's data:
   * one 2-column table per objective scheda, in order, whose left column holds the labels of that scheda
     (varied wording) and whose right column holds the values; the Referente operativo is never the head of the
     objective's unit; the Cronoprogramma cell holds List Bullet and List Bullet 2 paragraphs, each with a month;
     the Indicatori cell holds "nome | partenza | atteso 2026" paragraphs;
   * the rischi table has the header Processo | Rischio | Misura | Responsabile della misura;
   * under "Articolazione degli uffici": one List Bullet paragraph per unit in the form
     "Unità organizzativa X – Responsabile: … – N dipendenti", followed by List Bullet 2 uffici; exactly one head of
     two units and exactly one vacant unit with the Segretario "in sostituzione"; staff add up to the stated total;
   * a "lavoro agile" heading followed by paragraphs with numbers;
3. QA (format of /work/shared/eval/README.md):
   * every line parses; keys in order id, question, answer, must_contain, doc, evidence, evidence_docs, type;
     ids f26-001..f26-040, unique; types from the README vocabulary and the mix asked for; answers <= 800;
   * anchors: 1-3 per answerable question, 20-80 characters, no newline / TAB, found in the whitespace-normalised
     document text AND inside one paragraph;
   * must_contain: every string of every group occurs in the normalised document text; the first string of every
     group is in the golden answer;
   * refusal markers only in non_presente answers; non_presente: empty must_contain, refusal marker, a regex probe
     shows the document does not hold the information; doc null -> no evidence;
   * questions do not copy the scheda labels ("referente operativo", "portatori di interesse", ...);
4. invented names: none occurs in data/samples/; the comune name occurs in no earlier benchmarks/fresh*/docs file.

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh26/fresh26_check.py [qa.jsonl]
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

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh26_qa.jsonl"
D = mp.DOCX_NAME
SAMPLES = HERE.parent.parent / "data" / "samples"
BENCH = HERE.parent
KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
TYPES = {"responsabile", "tempistica", "indicatore", "obiettivo", "elenco", "multi_hop", "confronto",
         "non_presente", "numerico"}
MIX = {"responsabile": 8, "multi_hop": 8, "elenco": 6, "tempistica": 5, "indicatore": 4, "numerico": 3,
       "confronto": 2, "non_presente": 4}
N_Q = sum(MIX.values())
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]
INVENTED = ["Pratobesso", "Riva Sesia", "Borgo Ansaldo", "San Grato", "Bertone", "Bonino", "Ferraris",
            "Bertolino", "Gariglio", "Chiarle", "Actis", "Fassio", "Giachino", "Audisio", "Cravero", "Boero",
            "Vercellone", "Mosca", "Irene Gallo", "Olivero", "Barbero", "Ghione", "Ferrero", "Tosco", "Perotti",
            "Giulio Sella"]
# labels must not be copied into the questions
LABEL_WORDS = ["referente operativo", "portatori di interesse", "personale assegnato", "risultato atteso",
               "denominazione obiettivo", "unità organizzativa competente", "indicatori di risultato",
               "valore di partenza", "responsabile della misura"]
PROBES = {
    "f26-037": [r"\bnid[oi]\b", r"prima infanzia", r"\b0-3\b"],
    "f26-038": [r"energetic", r"rinnovabil", r"\bCER\b", r"fotovolta"],
    "f26-039": [r"€", r"\beur[oi]?\b", r"import[oi]", r"\bcost[oi]\b", r"quadro economico", r"finanziament",
                r"\bmila\b", r"\d+\.\d{3},\d\d", r"\bspesa\b"],
    "f26-040": [r"2027"],
}


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# ------------------------------------------------------------------------------------------ extraction
def blocks(data: bytes):
    """Body blocks in document order: ("p", Paragraph) or ("t", Table)."""
    doc = Document(io.BytesIO(data))
    out = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(("p", Paragraph(el, doc)))
        elif tag == "tbl":
            out.append(("t", Table(el, doc)))
    return out


def extract(data: bytes) -> tuple[str, list[str]]:
    parts, paras = [], []
    for kind, b in blocks(data):
        if kind == "p":
            parts.append(b.text)
            paras.append(b.text)
        else:
            for row in b.rows:
                seen = []
                for c in row.cells:
                    if c._tc in seen:
                        continue
                    seen.append(c._tc)
                    parts.append(c.text)
                    paras += [p.text for p in c.paragraphs]
    return "\n".join(parts), paras


# ------------------------------------------------------------------------------------------ layout
def layout(data: bytes) -> tuple[list[str], dict]:
    errors, st = [], {}
    bl = blocks(data)
    tables = [b for k, b in bl if k == "t"]
    schede = [t for t in tables if len(t.columns) == 2]
    st["schede"] = len(schede)
    if len(schede) != len(mp.OBJ):
        errors.append(f"layout: {len(schede)} two-column tables for {len(mp.OBJ)} objectives")
    heads = {u[0]: u[2] for u in mp.UNITS}
    label_sets = set()
    for k, (t, o) in enumerate(zip(schede, mp.OBJ), 1):
        rows = mp.scheda_rows(k, o)
        labels = [r.cells[0].text for r in t.rows]
        label_sets.add(tuple(labels))
        if labels != [r[0] for r in rows]:
            errors.append(f"scheda {k}: labels {labels}")
            continue
        cell = {r.cells[0].text: r.cells[1] for r in t.rows}
        lab = dict(zip(mp.LABELS, labels))
        if o[1] not in cell[lab["titolo"]].text:
            errors.append(f"scheda {k}: title missing")
        ref = cell[lab["referente"]].text
        head = heads[o[2]]
        if head is not None and (head.split()[-1] in ref or ref.split()[-1] in head):
            errors.append(f"scheda {k}: the referente operativo is the head of the unit")
        if ref.split()[-1] not in cell[lab["personale"]].text:
            errors.append(f"scheda {k}: the referente is not among the staff")
        cps = cell[lab["crono"]].paragraphs
        styles = Counter(p.style.name for p in cps)
        if styles["List Bullet"] < 3 or styles["List Bullet 2"] < 1:
            errors.append(f"scheda {k}: cronoprogramma is not a nested bullet list ({dict(styles)})")
        for p in cps:
            if not any(m in p.text.split(" – ")[0] for m in MONTHS):
                errors.append(f"scheda {k}: step without month: {p.text!r}")
        ips = [p.text for p in cell[lab["indicatori"]].paragraphs]
        if ips[0] != mp.IND_HEAD or len(ips) < 2 or any(x.count(" | ") != 2 for x in ips):
            errors.append(f"scheda {k}: indicators cell {ips}")
        if not re.search(r"\(cat\. [A-D]\)", cell[lab["personale"]].text):
            errors.append(f"scheda {k}: staff without categoria")
    st["label_variants"] = len(label_sets)
    if len(label_sets) < 2:
        errors.append("layout: the scheda labels do not vary")
    rischi = [t for t in tables if len(t.columns) == 4]
    if len(rischi) != 1 or [c.text for c in rischi[0].rows[0].cells] != mp.RISCHI_HEAD:
        errors.append("layout: rischi table missing or wrong header")
    else:
        st["rischi_rows"] = len(rischi[0].rows) - 1
        for r in rischi[0].rows[1:]:
            resp = r.cells[3].text
            if resp != "Segretario comunale" and not any(resp == f"Responsabile UO {u[1]}" for u in mp.UNITS):
                errors.append(f"rischi: unknown responsabile {resp!r}")
    # org chart bullets
    paras = [b for k, b in bl if k == "p"]
    i0 = next((i for i, p in enumerate(paras) if p.text == "Articolazione degli uffici"), None)
    if i0 is None:
        errors.append("layout: heading 'Articolazione degli uffici' missing")
    else:
        units, cur = [], None
        for p in paras[i0 + 1:]:
            s = p.style.name
            if s == "List Bullet":
                m = re.fullmatch(r"Unità organizzativa (.+?) – Responsabile: (.+) – (\d+) dipendenti", p.text)
                if not m:
                    errors.append(f"org: bad bullet {p.text!r}")
                    continue
                cur = [m.group(1), m.group(2), int(m.group(3)), []]
                units.append(cur)
            elif s == "List Bullet 2" and cur is not None:
                cur[3].append(p.text)
            else:
                break
        st["units"] = len(units)
        if [u[0] for u in units] != [u[1] for u in mp.UNITS] or any(len(u[3]) < 2 for u in units):
            errors.append("org: units / uffici do not match make_plan")
        who = Counter(u[1] for u in units if "vacante" not in u[1])
        if sorted(who.values()) != [1] * (len(who) - 1) + [2]:
            errors.append(f"org: there must be exactly one head of two units ({who})")
        vac = [u for u in units if "vacante" in u[1]]
        if len(vac) != 1 or "in sostituzione il Segretario comunale" not in vac[0][1]:
            errors.append("org: there must be exactly one vacant unit with the Segretario in sostituzione")
        total = sum(u[2] for u in units)
        if f"è di {total} dipendenti" not in mp.ORG_INTRO:
            errors.append("org: staff total not stated")
        for o in mp.OBJ:
            if not any(u[0] == mp.UNIT[o[2]][1] for u in units):
                errors.append(f"org: unit of {o[0]} missing")
    j = next((i for i, p in enumerate(paras) if "lavoro agile" in p.text.lower() and p.style.name.startswith("Heading")),
             None)
    if j is None or sum(bool(re.search(r"\d", p.text)) for p in paras[j + 1:j + 6]) < 3:
        errors.append("layout: lavoro agile subsection missing or without numbers")
    return errors, st


# ------------------------------------------------------------------------------------------ QA
def qa_checks(rows, text: str, paras: list[str]) -> tuple[list[str], list[str]]:
    errors, notes = [], []
    norm = N(text)
    npar = [N(p) for p in paras]
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("ids are not unique")
    if ids != [f"f26-{i:03d}" for i in range(1, N_Q + 1)]:
        errors.append(f"ids are not f26-001..f26-{N_Q:03d} in order")
    mix = Counter(r.get("type") for r in rows)
    if dict(mix) != MIX:
        errors.append(f"type mix {dict(mix)} != {MIX}")
    for r in rows:
        rid = r.get("id")
        if list(r) != KEYS:
            errors.append(f"{rid}: keys {list(r)}")
            continue
        if r["type"] not in TYPES:
            errors.append(f"{rid}: type {r['type']!r}")
        if not r["question"].strip() or not r["answer"].strip() or len(r["answer"]) > 800:
            errors.append(f"{rid}: empty question/answer or answer > 800 characters")
        q, ans = N(r["question"]), N(r["answer"])
        for w in LABEL_WORDS:
            if w in q:
                errors.append(f"{rid}: question copies the label {w!r}")
        refusal = any(m in ans for m in REFUSALS)
        ev, evd, doc = r["evidence"], r["evidence_docs"], r["doc"]
        if not isinstance(ev, list) or not isinstance(evd, list) or len(ev) != len(evd) or any(x != D for x in evd):
            errors.append(f"{rid}: evidence / evidence_docs malformed")
            continue
        if doc != (D if ev else None):
            errors.append(f"{rid}: doc {doc!r} inconsistent with evidence")
        if not (doc is None and r["type"] == "non_presente") and not 1 <= len(ev) <= 3:
            errors.append(f"{rid}: {len(ev)} anchors")
        for a in ev:
            if not isinstance(a, str) or not 20 <= len(a) <= 80 or "\n" in a or "\t" in a:
                errors.append(f"{rid}: anchor length/format ({len(a)}) {a!r}")
            k = norm.count(N(a))
            if k == 0:
                errors.append(f"{rid}: anchor not in the document: {a!r}")
            elif k > 1:
                notes.append(f"{rid}: anchor occurs {k} times: {a!r}")
            if not any(N(a) in p for p in npar):
                errors.append(f"{rid}: anchor not inside one paragraph: {a!r}")
        if r["type"] == "non_presente":
            if r["must_contain"]:
                errors.append(f"{rid}: non_presente with must_contain")
            if not refusal:
                errors.append(f"{rid}: non_presente answer without a refusal marker")
            pr = PROBES.get(rid)
            if pr is None:
                errors.append(f"{rid}: no probe")
            else:
                for w in pr:
                    if re.search(w, text, flags=re.I):
                        errors.append(f"{rid}: the document may answer it: {w!r}")
            continue
        if refusal:
            errors.append(f"{rid}: answerable answer contains a refusal marker")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        for g in groups:
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            for s in g:
                if N(s) not in norm:
                    errors.append(f"{rid}: must_contain {s!r} not in the document text")
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
        if p.parent.parent != HERE and mp.COMUNE.lower() in p.name.lower():
            errors.append(f"names: {p} already uses the comune name")
    return errors, hits


def main() -> int:
    errors: list[str] = []
    b1, b2 = mp.build(), mp.build()
    if b1 != b2:
        errors.append("two builds differ: make_plan.py is not deterministic")
    mp.DOCS.mkdir(parents=True, exist_ok=True)
    for name, data in b1.items():
        p = mp.DOCS / name
        if not p.exists() or p.read_bytes() != data:
            print(f"NOTE docs/{name} was missing or stale: rewritten")
            p.write_bytes(data)
    data = (mp.DOCS / D).read_bytes()
    text, paras = extract(data)
    e1, st = layout(data)
    errors += e1
    rows = []
    for i, ln in enumerate(QA.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip():
            try:
                rows.append(json.loads(ln))
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: JSON does not parse: {e}")
    e2, notes = qa_checks(rows, text, paras)
    errors += e2
    e3, hits = names_check()
    errors += e3
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    print(f"{D}: {len(data)} bytes; {len(text)} characters of python-docx text; {st.get('schede')} schede "
          f"({st.get('label_variants')} label variants), {st.get('rischi_rows')} rischi rows, {st.get('units')} units")
    print(f"{len(rows)} questions, {sum(len(r.get('evidence', [])) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r.get('type') for r in rows).items()))}")
    print(f"invented names found in data/samples: {hits} hits over {len(INVENTED)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
