"""Validate the generated corpus: anchors, record values, must_contain, ids.

    .venv/bin/python benchmarks/corpora/validate.py

Exit status 1 on any error. PDF anchors are checked against the generator's source strings
(gold/source_units.json: one string per table cell / paragraph) and, separately, against the
text pypdf extracts; the pypdf coverage is reported, not enforced (closing that gap is the
product's job).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_check import TYPES  # noqa: E402

from assistant.evaluation.qa import REFUSAL_MARKERS  # noqa: E402
from ingest.text import collapse_lower as N  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
# the scorer's own refusal markers, normaliser and question types (one definition each)
REFUSALS = REFUSAL_MARKERS
QA_TYPES = TYPES


def W(s: str) -> str:
    return " ".join(s.split())


class DocText:
    """units: strings an anchor must fall inside (line / cell / paragraph); full: whole text."""

    def __init__(self, path: Path, source_units: dict):
        self.path = path
        self.kind = path.suffix.lower().lstrip(".")
        self.pypdf_full = None
        if self.kind in ("txt", "md"):
            text = path.read_text(encoding="utf-8")
            self.units = text.split("\n")
            self.full = W(text)
        elif self.kind == "docx":
            import docx

            d = docx.Document(str(path))
            units = [p.text for p in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    for c in row.cells:
                        units.append(c.text)
            self.units = units
            self.full = W("\n".join(units))
        elif self.kind == "pdf":
            from pypdf import PdfReader

            self.units = source_units[path.name]
            self.full = W("\n".join(self.units))
            pages = [p.extract_text() or "" for p in PdfReader(str(path)).pages]
            self.pypdf_pages = [W(p) for p in pages]
            self.pypdf_full = W("\n".join(pages))
        else:
            raise ValueError(path)
        self.units_w = [W(u) for u in self.units]

    def in_one_unit(self, anchor: str) -> bool:
        a = W(anchor)
        return any(a in u for u in self.units_w)

    def pypdf_has(self, anchor: str) -> bool:
        a = W(anchor)
        return any(a in p for p in self.pypdf_pages)


def main() -> int:
    errors: list[str] = []
    source_units = json.loads((GOLD / "source_units.json").read_text(encoding="utf-8"))
    texts: dict[str, DocText] = {}
    split_of: dict[str, str] = {}
    for split in ("train", "test"):
        for p in sorted((DOCS / split).iterdir()):
            texts[p.name] = DocText(p, source_units)
            split_of[p.name] = split
    stats = {"pdf_anchor_total": 0, "pdf_anchor_pypdf": 0, "pdf_value_total": 0, "pdf_value_pypdf": 0}
    per_doc_pypdf: dict[str, list[int]] = {}
    all_ids: set[str] = set()
    report = {}

    def check_anchor(doc: str, anchor: str, where: str):
        if not (20 <= len(anchor) <= 80):
            errors.append(f"{where}: anchor length {len(anchor)}: {anchor!r}")
        if "\n" in anchor:
            errors.append(f"{where}: anchor has a line break")
        t = texts.get(doc)
        if t is None:
            errors.append(f"{where}: unknown doc {doc}")
            return
        if not t.in_one_unit(anchor):
            errors.append(f"{where}: anchor not inside one line/cell/paragraph of {doc}: {anchor!r}")
        if t.kind == "pdf":
            stats["pdf_anchor_total"] += 1
            hit = t.pypdf_has(anchor)
            stats["pdf_anchor_pypdf"] += hit
            c = per_doc_pypdf.setdefault(doc, [0, 0])
            c[0] += 1
            c[1] += hit

    for split in ("train", "test"):
        pref = "tr" if split == "train" else "te"
        # ---- records
        recs = [json.loads(l) for l in (GOLD / f"{split}_records.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
        for r in recs:
            where = r["id"]
            if r["id"] in all_ids:
                errors.append(f"duplicate id {r['id']}")
            all_ids.add(r["id"])
            if not r["id"].startswith(f"nr-{pref}-"):
                errors.append(f"{where}: id prefix")
            if split_of.get(r["doc"]) != split:
                errors.append(f"{where}: doc {r['doc']} not in {split}")
                continue
            t = texts[r["doc"]]
            check_anchor(r["doc"], r["anchor"], where)
            if W(r["anchor"]) not in W(r["titolo"]):
                errors.append(f"{where}: anchor not a substring of titolo")
            values = []
            for k in ("ente", "periodo", "codice", "titolo", "obiettivo_strategico", "area_strategica",
                      "responsabile", "settore", "motivazione", "valore_atteso", "scadenza"):
                if r.get(k) is not None:
                    values.append((k, r[k]))
            for k in ("stakeholder", "dipendenti"):
                values += [(k, v) for v in r.get(k, [])]
            for fz in r["fasi"]:
                values.append(("fasi.descrizione", fz["descrizione"]))
                if fz.get("tempistica"):
                    values.append(("fasi.tempistica", fz["tempistica"]))
            for ind in r["indicatori"]:
                values.append(("indicatori.nome", ind["nome"]))
                if ind.get("target"):
                    values.append(("indicatori.target", ind["target"]))
            for k, v in values:
                if v != W(v):
                    errors.append(f"{where}: {k} not whitespace-collapsed")
                if W(v) not in t.full:
                    errors.append(f"{where}: {k} value not in {r['doc']}: {v!r}")
                if t.kind == "pdf":
                    stats["pdf_value_total"] += 1
                    stats["pdf_value_pypdf"] += W(v) in t.pypdf_full
        # every objective of every document has a record: count per doc
        per_doc = {}
        for r in recs:
            per_doc[r["doc"]] = per_doc.get(r["doc"], 0) + 1
        # ---- questions
        qa = [json.loads(l) for l in (GOLD / f"{split}_qa.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
        types = {}
        for q in qa:
            where = q["id"]
            for k in ("id", "question", "answer", "must_contain", "doc", "evidence", "evidence_docs", "type"):
                if k not in q:
                    errors.append(f"{where}: missing {k}")
            if q["id"] in all_ids:
                errors.append(f"duplicate id {q['id']}")
            all_ids.add(q["id"])
            if not q["id"].startswith(f"n-{pref}-"):
                errors.append(f"{where}: id prefix")
            if q["type"] not in QA_TYPES:
                errors.append(f"{where}: type {q['type']}")
            types[q["type"]] = types.get(q["type"], 0) + 1
            docs = q["doc"] if isinstance(q["doc"], list) else ([q["doc"]] if q["doc"] else [])
            for d in docs:
                if split_of.get(d) != split:
                    errors.append(f"{where}: doc {d} not in {split}")
            if len(q["evidence"]) != len(q["evidence_docs"]) or len(q["evidence"]) > 3:
                errors.append(f"{where}: evidence / evidence_docs")
            for a, d in zip(q["evidence"], q["evidence_docs"]):
                if d not in docs:
                    errors.append(f"{where}: evidence doc {d} not among doc")
                check_anchor(d, a, where)
            ans = N(q["answer"])
            if q["type"] == "non_presente":
                if q["must_contain"]:
                    errors.append(f"{where}: non_presente with must_contain")
                if not any(m in ans for m in REFUSALS):
                    errors.append(f"{where}: non_presente answer without refusal marker")
                if q["doc"] is None and q["evidence"]:
                    errors.append(f"{where}: doc null with evidence")
            else:
                if not q["must_contain"] or not q["evidence"]:
                    errors.append(f"{where}: empty must_contain / evidence")
                for grp in q["must_contain"]:
                    if not any(N(g) in ans for g in grp):
                        errors.append(f"{where}: answer misses group {grp}")
        report[split] = {"documents": len([d for d in split_of if split_of[d] == split]),
                         "records": len(recs), "records_per_doc": per_doc, "questions": len(qa),
                         "types": dict(sorted(types.items()))}
    report["pdf_pypdf"] = {
        "anchors_found_by_pypdf": f"{stats['pdf_anchor_pypdf']}/{stats['pdf_anchor_total']}",
        "record_values_found_by_pypdf": f"{stats['pdf_value_pypdf']}/{stats['pdf_value_total']}",
        "anchors_per_pdf": {d: f"{c[1]}/{c[0]}" for d, c in sorted(per_doc_pypdf.items())},
    }
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:80]:
            print(" -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
