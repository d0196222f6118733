"""Validate benchmarks/fresh18/fresh18_qa.jsonl against docs/orgolai_piao-2026-2028.txt.

Reads nothing of the assistant.  Standard library only.  Steps:

1. determinism: the file in docs/ equals make_plan.build() (UTF-8);
2. layout of the text:
   * numbered headings in CAPITALS, at least 3 of them underlined by a line of "=" or "-" of the same length;
   * 12-15 "OBIETTIVO N. k – TITLE" schede, numbered 1..n in order; field labels vary (at least 12 distinct
     labels over the schede); some fields "--" / "n.d."; the "Peso" of each scheda equals make_plan.WEIGHTS and
     the weights sum to 100; objectives 10 and 13 carry no responsible label (only a sentence in the
     description);
   * org chart: indented tree with "└" branches; each Settore total equals the sum of its units; totals plus
     the heads give the stated "Totale dipendenti"; one Settore "ad interim" held by the Segretario; one person
     heading two Settori;
   * Giunta paragraph: sindaco + 4 assessori;
   * anticorruption: RPCT named; a 4-row risk table whose columns are tabs, levels alto/medio/basso;
3. QA (format of /work/shared/eval/README.md):
   * keys in order, ids f18-001..f18-048, the exact type mix, doc / evidence_docs;
   * evidence: 1-3 anchors, 20-80 characters, no newline, each a verbatim substring of ONE line of the
     document and occurring exactly once in it;
   * must_contain: every group satisfied by the golden answer, with its first alternative in it; every
     alternative in the normalised document text (or a recomputed derived value); a single-digit group is
     paired with a group naming the subject; answers <= 800 characters;
   * hop questions: the surname of the answer is NOT in the objective's scheda (it must come from the org chart
     / the ad-interim rule);
   * non_presente: empty must_contain, a refusal marker, a probe confirming the information is missing;
     doc null with no evidence, or doc set with an anchor on the "n.d." / "--" line;
4. invented names: none occurs in data/samples/ or in the other benchmarks/ folders (file counts only).

Normalisation as the scorer: lower-case, every run of whitespace -> one space, strip.

Usage: /work/main/.venv/bin/python benchmarks/fresh18/check.py [qa.jsonl]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

QA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "fresh18_qa.jsonl"
DOCF = mp.OUT
DOC = DOCF.name
ROOT = HERE.parent.parent
SAMPLES = ROOT / "data" / "samples"

KEYS = ["id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"]
MIX = {"responsabile": 14, "multi_hop": 8, "numerico": 6, "elenco": 5, "tempistica": 4, "confronto": 4,
       "non_presente": 5, "indicatore": 1, "obiettivo": 1}
REFUSALS = ("non è presente", "non sono presenti", "non presente", "non presenti", "non risulta",
            "non ho trovato", "non sono presenti informazioni", "non ci sono informazioni", "non è indicat",
            "non è riportat", "non riporta", "non indica", "non è disponibile", "non contiene")
INVENTED = ["Orgolai", "Pedralonga", "Funtanafrida", "Cualbu", "Mastinu", "Pirisi", "Fancello", "Carzedda",
            "Serusi", "Cadeddu", "Pittalis", "Sotgiu", "Corrias", "Deiana", "Ledda", "Spanu", "Pintus", "Mereu",
            "Soddu", "Angioni", "Fadda", "Tedde", "Cabras", "Obinu", "Chessa", "Zedda", "Puddu", "Farris",
            "Demurtas", "Nieddu"]
# responsabile questions whose answer must be reached through the org chart / ad-interim rule:
# id -> (objective number, surname that must NOT be in that scheda)
HOPS = {"f18-002": (2, "Cadeddu"), "f18-005": (6, "Serusi"), "f18-008": (13, "Corrias"),
        "f18-009": (10, "Sotgiu"), "f18-010": (14, "Serusi"), "f18-012": (7, "Serusi"),
        "f18-014": (12, "Sotgiu")}
# values computed from the plan rather than copied: (id, group index) -> function returning the value
DERIVED = {
    ("f18-015", 4): lambda: str(sum(mp.WEIGHTS[k] for k in (9, 10, 11, 12))),
    ("f18-021", 4): lambda: str(sum(mp.WEIGHTS[k] for k in (6, 7, 8, 14))),
    ("f18-022", 0): lambda: str(sum(mp.WEIGHTS[k] for k in (3, 4, 5))),
}
LABELS = ["Settore:", "Dirigente/Responsabile di P.O.:", "Responsabile del procedimento:",
          "Responsabile del procedimento (RUP):", "Responsabile:", "Referente politico:", "Unità organizzativa:",
          "Descrizione sintetica:", "Output atteso:", "KPI:", "Indicatore:", "Indicatore (KPI):",
          "Valore di partenza (2025):", "Baseline 2025:", "Valore obiettivo 2026 / 2027 / 2028:", "Target:",
          "Target 2026 / 2027 / 2028:", "Valori attesi:", "Termine:", "Scadenza:", "Peso %:", "Peso:",
          "Personale coinvolto:", "Secondo indicatore:", "Obiettivo trasversale:"]


def N(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def schede(text: str) -> dict[int, str]:
    """Objective number -> text of its scheda (up to the next scheda or the next numbered heading)."""
    parts = re.split(r"(?m)^(?=OBIETTIVO N\. \d+ – )", text)
    out = {}
    for p in parts[1:]:
        k = int(re.match(r"OBIETTIVO N\. (\d+)", p).group(1))
        out[k] = re.split(r"(?m)^\d\.\d [A-Z]", p)[0]
    return out


def layout(text: str) -> tuple[list[str], dict]:
    errors, stats = [], {}
    lines = text.splitlines()
    # headings in capitals, some underlined
    heads = [i for i, ln in enumerate(lines) if re.fullmatch(r"(SEZIONE \d – |\d\.\d )[A-ZÀ-Ù' ,–-]+", ln)]
    under = [i for i in heads if i + 1 < len(lines) and re.fullmatch(r"=+|-+", lines[i + 1])
             and len(lines[i + 1]) == len(lines[i])]
    stats["headings"], stats["underlined"] = len(heads), len(under)
    if len(heads) < 8 or len(under) < 3:
        errors.append(f"layout: {len(heads)} capital headings, {len(under)} underlined (want >= 8 / >= 3)")
    if not any(lines[i + 1].startswith("=") for i in under) or not any(lines[i + 1].startswith("-") for i in under):
        errors.append("layout: underlines should use both '=' and '-'")
    if "2.2 PERFORMANCE" not in lines:
        errors.append("layout: heading '2.2 PERFORMANCE' missing")

    sch = schede(text)
    stats["objectives"] = len(sch)
    if list(sch) != list(range(1, len(sch) + 1)) or not 12 <= len(sch) <= 15:
        errors.append(f"layout: objectives numbered {list(sch)}")
    used = Counter()
    for k, s in sch.items():
        labs = {lab for lab in LABELS if re.search(rf"(?m)^{re.escape(lab)}", s)}
        used.update(labs)
        m = re.search(r"(?m)^Peso(?: %)?: (\d+)%?$", s)
        if not m or int(m.group(1)) != mp.WEIGHTS.get(k):
            errors.append(f"layout: objective {k}: weight {m and m.group(1)} != {mp.WEIGHTS.get(k)}")
    stats["labels"] = len(used)
    if len(used) < 12:
        errors.append(f"layout: only {len(used)} distinct field labels")
    if sum(mp.WEIGHTS.values()) != 100 or set(mp.WEIGHTS) != set(sch):
        errors.append("layout: weights do not sum to 100 / do not match the schede")
    if not re.search(r"(?m): --$", text) or not re.search(r"(?m)n\.d\.$", text):
        errors.append("layout: no field left as '--' / 'n.d.'")
    for k in (10, 13):
        if re.search(r"(?m)^(Dirigente|Responsabile)", sch.get(k, "")):
            errors.append(f"layout: objective {k} should name its responsible only in the description")
    if "coordinata dal Comandante della Polizia Locale" not in sch.get(13, ""):
        errors.append("layout: objective 13 description sentence missing")

    # org chart
    tree = [ln for ln in lines if re.match(r"^ {2}SETTORE [IVX]+ – ", ln) or re.match(r"^ {4}└ ", ln)]
    stats["tree_lines"] = len(tree)
    tot_units, heads_n, cur, acc, settori = 0, 0, None, 0, []
    for ln in tree + ["  SETTORE END – x"]:
        if ln.startswith("  SETTORE"):
            if cur is not None:
                settori.append(cur[0])
                if acc != cur[1]:
                    errors.append(f"layout: {cur[0]}: units sum {acc} != totale {cur[1]}")
                tot_units += acc
            m = re.search(r"totale (\d+) unità$", ln)
            cur, acc = (ln.split(" (")[0].strip(), int(m.group(1)) if m else -1), 0
            if m and "ad interim" not in ln:
                heads_n += 1
        else:
            acc += int(re.search(r"\((\d+) unità\)$", ln).group(1))
    stats["settori"] = len(settori)
    m = re.search(r"Totale dipendenti: (\d+) \((\d+) unità assegnate agli uffici \+ (\d+) Responsabili", text)
    if not m or int(m.group(2)) != tot_units or int(m.group(3)) != heads_n - 1 or \
            int(m.group(1)) != tot_units + int(m.group(3)) or int(m.group(1)) != mp.ORG_TOTAL or \
            f"Dipendenti in servizio:\t{mp.ORG_TOTAL}" not in text:
        # heads_n counts Sotgiu twice (two settori): distinct heads = heads_n - 1
        errors.append(f"layout: headcounts inconsistent (units {tot_units}, heads {heads_n})")
    interim = [ln for ln in tree if "ad interim" in ln]
    if len(interim) != 1 or "Segretario comunale" not in interim[0]:
        errors.append("layout: exactly one Settore must be held ad interim by the Segretario")
    resp = Counter(re.search(r"\((?:Resp\. |Comandante: )([^)]*)\)", ln).group(1) for ln in tree
                   if ln.startswith("  SETTORE") and "ad interim" not in ln)
    if sorted(resp.values()) != [1, 1, 1, 2]:
        errors.append(f"layout: want one person heading two Settori: {dict(resp)}")
    if not any(ln.startswith("  SEGRETARIO COMUNALE – ") for ln in lines):
        errors.append("layout: Segretario line missing in the org chart")

    giunta = next((ln for ln in lines if ln.startswith("La Giunta comunale")), "")
    if "Sindaco Giovanni Antonio Cualbu" not in giunta or len(re.findall(r"assessor[ea] ", giunta)) < 2 \
            or not all(s in giunta for s in ("Mastinu", "Pirisi", "Fancello", "Carzedda")):
        errors.append("layout: giunta paragraph incomplete")

    if "(RPCT) è il Segretario comunale, dott.ssa Paola Serusi" not in text:
        errors.append("layout: RPCT not named")
    risk = [ln for ln in lines if re.fullmatch(r"[^\t]+\t+(alto|medio|basso)", ln)]
    stats["risk_rows"] = len(risk)
    if len(risk) != 4:
        errors.append(f"layout: {len(risk)} risk rows with tab columns (want 4)")
    return errors, stats


# ---- probes for non_presente: each returns reasons why the document MIGHT answer the question
def probe_formazione_2028(text):
    s = schede(text)[5]
    other = [ln for ln in s.splitlines() if "2028" in ln
             and ln != "Valore obiettivo 2026 / 2027 / 2028: 24 ore / 24 ore / n.d."]
    return other if "Valore obiettivo 2026 / 2027 / 2028: 24 ore / 24 ore / n.d." in s else ["n.d. line missing"]


def probe_rup_formazione(text):
    s = schede(text)[5]
    return [] if re.search(r"(?m)^Responsabile del procedimento: --$", s) else ["field not '--'"]


def probe_costo_led(text):
    s = N(schede(text)[10])
    bad = [w for w in ("€", "euro", "costo", "importo", "spesa", "finanz", "contribut", "quadro economico") if w in s]
    bad += [ln for ln in text.splitlines() if re.search(r"LED|illuminazione", ln, re.I) and re.search(r"€|euro", ln)]
    return bad


def probe_2029(text):
    return ["2029 in text"] if "2029" in text else []


def probe_nucleo(text):
    t = N(text)
    return [w for w in ("nucleo", "oiv", "organismo indipendente", "valutator") if re.search(rf"\b{w}", t)]


PROBES = {"f18-042": probe_formazione_2028, "f18-043": probe_rup_formazione, "f18-044": probe_costo_led,
          "f18-045": probe_2029, "f18-046": probe_nucleo}


def qa_checks(rows: list[dict], text: str) -> list[str]:
    errors = []
    lines = text.splitlines()
    full_n = N(text)
    sch = schede(text)
    ids = [r.get("id") for r in rows]
    if ids != [f"f18-{i:03d}" for i in range(1, 49)] or len(set(ids)) != len(ids):
        errors.append("ids are not unique f18-001..f18-048 in order")
    mix = Counter(r.get("type") for r in rows)
    if dict(mix) != MIX:
        errors.append(f"type mix {dict(mix)} != {MIX}")
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
            errors += [f"{rid}: no probe"] if probe is None else [f"{rid}: document may answer it: {p}" for p in probe(text)]
        else:
            if refusal:
                errors.append(f"{rid}: answerable question whose answer contains a refusal marker")
            if r["doc"] != DOC or not 1 <= len(ev) <= 3 or evd != [DOC] * len(ev):
                errors.append(f"{rid}: doc / evidence / evidence_docs malformed")
        for a in ev:
            if not 20 <= len(a) <= 80 or "\n" in a:
                errors.append(f"{rid}: anchor length {len(a)}: {a!r}")
            if not any(a in ln for ln in lines):
                errors.append(f"{rid}: anchor not verbatim on one line: {a!r}")
            if text.count(a) != 1:
                errors.append(f"{rid}: anchor occurs {text.count(a)} times: {a!r}")
            if N(a) not in full_n:
                errors.append(f"{rid}: anchor not in normalised text: {a!r}")
        if rid in HOPS:
            k, surname = HOPS[rid]
            if surname in sch[k] or surname not in r["answer"]:
                errors.append(f"{rid}: hop broken ({surname} in scheda {k} or not in answer)")
        if r["type"] == "non_presente":
            continue
        groups = r["must_contain"]
        if not groups or not all(isinstance(g, list) and g and all(isinstance(s, str) and s.strip() for s in g)
                                 for g in groups):
            errors.append(f"{rid}: malformed must_contain")
            continue
        if any(all(re.fullmatch(r"\d", s) for s in g) for g in groups) and \
                not any(re.search(r"[^\W\d_]", s) for g in groups for s in g):
            errors.append(f"{rid}: single-digit group without a subject group")
        for gi, g in enumerate(groups):
            if any(len(s) > 30 for s in g):
                errors.append(f"{rid}: must_contain token too long: {g}")
            if N(g[0]) not in ans:
                errors.append(f"{rid}: first alternative {g[0]!r} not in the golden answer")
            d = DERIVED.get((rid, gi))
            if d is not None:
                if d() != g[0]:
                    errors.append(f"{rid}: derived {g[0]!r} != recomputed {d()!r}")
                continue
            for s in g:
                squash = lambda x: re.sub(r"[\s.]", "", N(x))  # other spellings: "80 %" / "80%", "1150" / "1.150"
                if N(s) not in full_n and squash(s) not in squash(text):
                    errors.append(f"{rid}: alternative {s!r} not in the document")
    for rid, _ in DERIVED:
        if rid not in ids:
            errors.append(f"derived value for unknown id {rid}")
    return errors


def names_check() -> tuple[list[str], dict]:
    errors, counts = [], {}
    files = [p for p in SAMPLES.rglob("*") if p.is_file()]
    files += [p for p in (ROOT / "benchmarks").rglob("*") if p.is_file() and HERE not in p.parents]
    blobs = []
    for p in files:
        try:
            blobs.append(p.read_bytes().lower())
        except OSError:
            pass
    for w in INVENTED:
        k = sum(w.lower().encode() in b for b in blobs)
        counts[w] = k
        if k:
            errors.append(f"names: {w!r} occurs in {k} file(s) of data/samples or benchmarks/")
    return errors, counts


def main() -> int:
    errors: list[str] = []
    if not DOCF.exists():
        print(f"ERROR {DOCF} missing: run make_plan.py")
        return 1
    text = DOCF.read_text(encoding="utf-8")
    if text != mp.build() or mp.build() != mp.build():
        errors.append(f"docs/{DOC} differs from a fresh build (run make_plan.py)")
    lay, stats = layout(text)
    errors += lay
    rows = [json.loads(ln) for ln in QA.read_text(encoding="utf-8").splitlines() if ln.strip()]
    errors += qa_checks(rows, text)
    nerr, counts = names_check()
    errors += nerr
    for e in errors:
        print("ERROR", e)
    print(f"{DOC}: {len(text)} characters, {len(text.splitlines())} lines; {stats.get('headings')} capital headings "
          f"({stats.get('underlined')} underlined), {stats.get('objectives')} schede, {stats.get('labels')} distinct "
          f"field labels, {stats.get('settori')} settori / {stats.get('tree_lines')} tree lines, "
          f"{stats.get('risk_rows')} risk rows")
    print(f"{len(rows)} questions, {sum(len(r['evidence']) for r in rows)} evidence anchors; by type: "
          f"{dict(sorted(Counter(r['type'] for r in rows).items()))}")
    print(f"invented names found in data/samples + other benchmarks/: {sum(counts.values())} files over "
          f"{len(counts)} names")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
