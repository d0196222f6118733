"""Validate benchmarks/fresh13/fresh13_qa.jsonl against docs/cavalbruno_piao-2026-2028.docx.

Reads nothing of the product.  Needs python-docx (installed in /work/main/.venv).  Steps:

1. determinism: two in-memory builds with make_plan are byte-identical to each other and to docs/;
2. layout, read back from the .docx with python-docx (body paragraphs and table cells in document order;
   a merged cell is read once):
   * Word heading styles for sections (Heading 1 / 2 / 3) and the title; running header and a PAGE field in
     the footer;
   * 9-11 "schede obiettivo": two-column tables whose first row is one merged cell "SCHEDA OBIETTIVO ...",
     then label | value rows; the labels vary (at least 3 spellings for the code, the purpose and the weight
     field); multi-line values made of several paragraphs, of soft line breaks and of List Bullet paragraphs;
   * at least 4 schede that name no person: their responsible can only be found in the organigramma;
   * organigramma (Settore/Area | Servizi | Responsabile (titolare EQ) | Sostituto | N. dipendenti) with a
     Totale row equal to the sum; the weights table per Settore matches the weights read from the schede and
     adds up to 100; the risk table has the columns processo / rischio / livello / misura / responsabile;
   * text length (all blocks) about 12-16k characters;
3. QA (format of /work/shared/eval/README.md):
   * keys, ids f13-001..f13-045 unique and in order, known types, the required count per type;
   * evidence: 1-3 anchors of 20-80 characters, no line break, each found verbatim on one line of ONE
     paragraph or ONE table cell of the document;
   * must_contain: every alternative occurs in the normalised document text; every group is satisfied by the
     golden answer;
   * answers <= 800 characters; non_presente: doc null, no evidence, no groups, a refusal marker in the
     answer, and a probe that confirms the document really lacks the information; answerable questions carry
     no refusal marker;
   * responsabile: at least 4 questions need the organigramma hop (the objective's scheda does not contain
     the expected surname, the organigramma does);
4. the invented names do not occur in data/samples/ nor in the other benchmarks/fresh*/ folders (*_qa.jsonl
   and build_*.py excluded; only hit / no hit is printed).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh13/check.py [qa.jsonl]
"""
from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

import docx
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh13_qa.jsonl"
DOCX = mp.OUT
DOC = DOCX.name
ROOT = HERE.parent.parent
SAMPLES = ROOT / "data" / "samples"

KEYS = ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type")
MIX = {"responsabile": 9, "multi_hop": 5, "confronto": 4, "numerico": 5, "tempistica": 5, "indicatore": 5,
       "elenco": 5, "obiettivo": 3, "non_presente": 4}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Cavalbruno", "Ronchi Soprani", "Piancastello", "rio Fosco", "Bertone", "Ferrero", "Chiapello",
            "Rinaudo", "Giraudo", "Bessone", "Allasia", "Ravera", "Olivero", "Borgogno", "Cavallero", "Panero",
            "Tallone", "Garelli", "Viberti", "Manassero", "Arnaudo", "Mellano", "Dalmasso", "Audisio",
            "Tomatis", "Musso", "Ribero", "Quaglia", "Ambrogio", "Vigna", "Costamagna", "Fissore", "Bergese",
            "Delfino", "Berardo"]


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


# --------------------------------------------------------------------------------------------------
# reading the .docx back
# --------------------------------------------------------------------------------------------------

def blocks(document) -> list[dict]:
    """Body paragraphs and table cells in document order: {'kind', 'text', 'table', 'row', 'col'}."""
    out: list[dict] = []
    tcount = [0]

    def walk_table(tbl_el, parent):
        ti = tcount[0]
        tcount[0] += 1
        t = Table(tbl_el, parent)
        for ri, tr in enumerate(tbl_el.tr_lst):
            for ci, tc in enumerate(tr.tc_lst):        # physical cells: a merged cell is read once
                cell = _Cell(tc, t)
                out.append({"kind": "cell", "text": cell.text, "table": ti, "row": ri, "col": ci,
                            "cell": cell})
                for inner in tc.iterchildren(docx.oxml.ns.qn("w:tbl")):
                    walk_table(inner, cell)

    for el in document.element.body.iterchildren():
        if el.tag == docx.oxml.ns.qn("w:p"):
            p = Paragraph(el, document)
            out.append({"kind": "par", "text": p.text, "style": p.style.name if p.style is not None else ""})
        elif el.tag == docx.oxml.ns.qn("w:tbl"):
            walk_table(el, document)
    return out


def tables(bl: list[dict]) -> dict[int, list[list[dict]]]:
    res: dict[int, list[list[dict]]] = {}
    for b in bl:
        if b["kind"] == "cell":
            rows = res.setdefault(b["table"], [])
            while len(rows) <= b["row"]:
                rows.append([])
            rows[b["row"]].append(b)
    return res


def layout(document, bl: list[dict]) -> tuple[list[str], dict]:
    errors: list[str] = []
    stats: dict = {}
    styles = Counter(b["style"] for b in bl if b["kind"] == "par")
    for st, k in (("Title", 1), ("Heading 1", 2), ("Heading 2", 5), ("Heading 3", 3)):
        if styles[st] < k:
            errors.append(f"layout: only {styles[st]} paragraphs in style {st!r} (need {k})")
    sec = document.sections[0]
    if "Cavalbruno" not in sec.header.paragraphs[0].text:
        errors.append("layout: running header missing")
    if "PAGE" not in sec.footer.paragraphs[0]._p.xml:
        errors.append("layout: no PAGE field in the footer")

    tabs = tables(bl)
    schede, org, weights, risk = [], None, None, None
    for ti, rows in tabs.items():
        first = [c["text"] for c in rows[0]]
        if len(rows[0]) == 1 and first[0].startswith("SCHEDA OBIETTIVO"):
            if any(len(r) != 2 for r in rows[1:]):
                errors.append(f"layout: scheda table {ti} is not two-column")
            schede.append((first[0], rows[1:]))
        elif first == mp.ORG_HEAD:
            org = rows
        elif first == ["Settore / Area", "Obiettivi assegnati", "Peso complessivo %"]:
            weights = rows
        elif first == mp.RISK_HEAD:
            risk = rows
    stats["schede"] = len(schede)
    if not 9 <= len(schede) <= 11:
        errors.append(f"layout: {len(schede)} schede obiettivo (need 9-11)")
    if org is None or weights is None or risk is None:
        errors.append("layout: organigramma / weights / risk table missing")
        return errors, stats
    if len(risk) < 5:
        errors.append("layout: risk table too short")

    # label variety and multi-line cells
    labels = Counter(r[0]["text"] for _, rows in schede for r in rows)
    stats["distinct_labels"] = len(labels)
    for group in (("Codice obiettivo", "N. obiettivo", "Cod."),
                  ("Finalità", "Motivazione", "Descrizione e finalità"),
                  ("Peso %", "Peso", "Peso ponderale"),
                  ("Risultato atteso", "Output atteso"),
                  ("Obiettivo strategico DUP", "Linea di mandato", "Collegamento DUP")):
        used = [g for g in group if labels[g]]
        if len(used) < min(3, len(group)):
            errors.append(f"layout: label variants {group} not all used ({used})")
    kinds = Counter()
    for _, rows in schede:
        for r in rows:
            c = r[1]["cell"]
            if "\n" in c.paragraphs[0].text:
                kinds["soft line breaks"] += 1
            if any(p.style.name == "List Bullet" for p in c.paragraphs):
                kinds["List Bullet paragraphs"] += 1
            elif len(c.paragraphs) > 1:
                kinds["several paragraphs"] += 1
    stats["multiline_cells"] = dict(kinds)
    for k in ("soft line breaks", "List Bullet paragraphs", "several paragraphs"):
        if kinds[k] < 3:
            errors.append(f"layout: fewer than 3 value cells with {k}")

    # organigramma: settore -> titolare surname; weights
    org_rows = org[1:]
    tot = org_rows[-1]
    if tot[0]["text"] != "Totale" or int(tot[4]["text"]) != sum(int(r[4]["text"]) for r in org_rows[:-1]):
        errors.append("layout: organigramma Totale is not the sum of the headcounts")
    titolari = {r[0]["text"].split(" – ")[0]: r[2]["text"] for r in org_rows[:-1]}
    surnames = {k: v.split(" (")[0].split()[-1] for k, v in titolari.items()}
    stats["titolari"] = surnames
    doc_weights = {}
    unit_only = 0
    for title, rows in schede:
        code = title.replace("SCHEDA OBIETTIVO ", "")
        kv = {r[0]["text"]: r[1]["text"] for r in rows}
        w = next(int(re.sub(r"\D", "", v)) for k, v in kv.items() if k.startswith("Peso"))
        doc_weights[code] = w
        text = " ".join(kv.values())
        all_people = list(surnames.values()) + ["Bessone"]
        resp = " ".join(v for k, v in kv.items() if k.startswith(("Responsabile", "Dirigente")))
        if not any(s in resp for s in all_people):
            unit_only += 1
            if not re.search(r"Settore \d|Servizio|Segretario|Ufficio", text):
                errors.append(f"layout: {code} names neither a person nor a unit")
    stats["schede_without_person"] = unit_only
    if unit_only < 4:
        errors.append(f"layout: only {unit_only} schede name no responsible person")
    if sum(doc_weights.values()) != 100:
        errors.append(f"layout: scheda weights add up to {sum(doc_weights.values())}")
    wsum = 0
    for r in weights[1:-1]:
        codes = [c.strip() for c in r[1]["text"].split(",")]
        if int(r[2]["text"]) != sum(doc_weights[c] for c in codes):
            errors.append(f"layout: weights table row {r[0]['text']!r} does not match the schede")
        wsum += int(r[2]["text"])
    if wsum != 100 or weights[-1][2]["text"] != "100":
        errors.append("layout: weights table does not add up to 100")
    n_chars = sum(len(b["text"]) for b in bl)
    stats["chars"] = n_chars
    if not 12000 <= n_chars <= 17000:
        errors.append(f"layout: {n_chars} characters of text (want about 12-16k)")
    return errors, stats


# --------------------------------------------------------------------------------------------------
# probes for non_presente questions: reasons why the document MIGHT answer after all
# --------------------------------------------------------------------------------------------------

def _scheda_text(bl, code):
    tabs = tables(bl)
    for rows in tabs.values():
        if rows[0][0]["text"] == f"SCHEDA OBIETTIVO {code}":
            return " ".join(c["text"] for r in rows for c in r)
    return ""


def probe_cost(full, bl):
    t = _scheda_text(bl, "OB 2.1")
    bad = re.findall(r"€\s?[\d.]+|\beuro\b|importo|quadro economico|costo", t, flags=re.I)
    return bad + [s for s in re.split(r"(?<=[.;])\s", full) if "fosco" in s and "€" in s]


def probe_phone(full, bl):
    return re.findall(r"\b(?:tel\.?|telefono|cell\.?|e-mail|pec)\b|\b0\d{1,3}[ /.-]?\d{5,8}\b|@", full)


def probe_2029(full, bl):
    return ["'2029' occurs"] if "2029" in full else []


def probe_turismo(full, bl):
    return re.findall(r"turis\w*|promozione del territorio|pro loco", full)


PROBES = {"f13-042": probe_cost, "f13-043": probe_phone, "f13-044": probe_2029, "f13-045": probe_turismo}


# --------------------------------------------------------------------------------------------------
# QA
# --------------------------------------------------------------------------------------------------

def qa_checks(rows: list[dict], bl: list[dict], stats: dict) -> list[str]:
    errors = []
    full = N("\n".join(b["text"] for b in bl))
    lines = [ln for b in bl for ln in b["text"].split("\n")]
    ids = [r.get("id") for r in rows]
    if ids != [f"f13-{i:03d}" for i in range(1, 46)]:
        errors.append("ids are not f13-001..f13-045 in order")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    mix = Counter(r.get("type") for r in rows)
    if dict(mix) != MIX:
        errors.append(f"type counts {dict(mix)} != {MIX}")
    hops = 0
    for r in rows:
        rid = r.get("id")
        if set(r) != set(KEYS):
            errors.append(f"{rid}: keys {sorted(r)}")
            continue
        if r["type"] not in MIX:
            errors.append(f"{rid}: unknown type {r['type']}")
        if not r["question"].strip() or not r["answer"].strip():
            errors.append(f"{rid}: empty question/answer")
        if len(r["answer"]) > 800:
            errors.append(f"{rid}: answer longer than 800 characters")
        ans = N(r["answer"])
        ev, evd = r["evidence"], r["evidence_docs"]
        if r["type"] == "non_presente":
            if r["must_contain"] or ev or evd or r["doc"] is not None:
                errors.append(f"{rid}: non_presente must have doc null, no evidence and no must_contain")
            if not any(m in ans for m in REFUSALS):
                errors.append(f"{rid}: non_presente answer without a refusal marker")
            probe = PROBES.get(rid)
            if probe is None:
                errors.append(f"{rid}: no probe for this non_presente question")
            else:
                errors += [f"{rid}: the document may answer it: {p!r}" for p in probe(full, bl)]
            continue
        if r["doc"] != DOC:
            errors.append(f"{rid}: doc {r['doc']!r}")
        if not 1 <= len(ev) <= 3 or evd != [DOC] * len(ev):
            errors.append(f"{rid}: evidence / evidence_docs malformed")
        for a in ev:
            if not 20 <= len(a) <= 80 or "\n" in a:
                errors.append(f"{rid}: anchor length {len(a)} / line break: {a!r}")
            if not any(a in ln for ln in lines):
                errors.append(f"{rid}: anchor not verbatim on one line of one paragraph/cell: {a!r}")
        if any(m in ans for m in REFUSALS):
            errors.append(f"{rid}: answerable question whose answer contains a refusal marker")
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        for g in groups:
            if not any(N(alt) in ans for alt in g):
                errors.append(f"{rid}: golden answer does not satisfy group {g}")
            for alt in g:
                if N(alt) not in full:
                    errors.append(f"{rid}: alternative {alt!r} does not occur in the document")
        if r["type"] == "responsabile" and len(groups) == 1 and len(groups[0]) == 1:
            surname = groups[0][0]
            code = next((b for b in bl if b["kind"] == "cell" and ev[0] == b["text"]), None)
            if code is not None:
                t = next(rows_ for rows_ in tables(bl).values() if code in [c for rr in rows_ for c in rr])
                if surname not in " ".join(c["text"] for rr in t for c in rr) and \
                        surname in stats.get("titolari", {}).values():
                    hops += 1
    stats["responsabile_hops"] = hops
    if hops < 4:
        errors.append(f"only {hops} responsabile questions need the organigramma hop (need 4)")
    return errors


def names_check() -> list[str]:
    errors = []
    files = [p for p in SAMPLES.glob("*") if p.is_file()]
    for d in sorted((ROOT / "benchmarks").glob("fresh*")):
        if d.resolve() == HERE:
            continue
        files += [p for p in d.rglob("*") if p.is_file() and not p.name.endswith("_qa.jsonl")
                  and not (p.name.startswith("build_") and p.suffix == ".py")]
    blob = []
    for p in files:
        if p.suffix == ".docx":
            try:
                with zipfile.ZipFile(p) as z:
                    blob.append(z.read("word/document.xml").decode("utf-8", "replace"))
            except (zipfile.BadZipFile, KeyError):
                pass
        elif p.suffix == ".pdf":
            try:
                from pypdf import PdfReader
                blob.append("\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages))
            except Exception:                               # noqa: BLE001 - best effort
                pass
        else:
            blob.append(p.read_text(encoding="utf-8", errors="replace"))
    text = "\n".join(blob).lower()
    for w in INVENTED:
        if re.search(rf"\b{re.escape(w.lower())}\b", text):
            errors.append(f"names: {w!r} occurs in data/samples or another fresh* benchmark")
    return errors


def main() -> int:
    errors: list[str] = []
    a, b = mp.build(), mp.build()
    if a != b:
        errors.append("two in-memory builds differ (generator not deterministic)")
    if not DOCX.exists():
        print(f"ERROR {DOCX} missing: run make_plan.py")
        return 1
    if DOCX.read_bytes() != a:
        errors.append(f"docs/{DOC} differs from a fresh build (run make_plan.py)")
    document = docx.Document(str(DOCX))
    bl = blocks(document)
    lay_err, stats = layout(document, bl)
    errors += lay_err
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    errors += qa_checks(rows, bl, stats)
    errors += names_check()
    for e in errors:
        print("ERROR", e)
    n_ev = sum(len(r["evidence"]) for r in rows)
    print(f"{DOC}: {DOCX.stat().st_size} bytes, {len(bl)} blocks (paragraphs + cells), "
          f"{stats.get('chars')} characters of text")
    print(f"layout: {stats.get('schede')} schede obiettivo, {stats.get('distinct_labels')} distinct field labels, "
          f"{stats.get('schede_without_person')} schede without a person, multi-line cells "
          f"{stats.get('multiline_cells')}")
    print(f"{len(rows)} questions, {n_ev} evidence anchors, {stats.get('responsabile_hops')} responsabile "
          f"questions need the organigramma hop; by type: {dict(sorted(Counter(r['type'] for r in rows).items()))}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
