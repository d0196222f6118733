"""Write fresh31_records.jsonl: one gold objective record per objective of the two fresh31 documents, in the record
format of /work/shared/eval/README.md (key order of dev_records.jsonl).

The values are copied from the same strings make_plan.py prints into the documents, following the conventions in
README.md; fresh31_check.py verifies that every value is verbatim inside that objective's own text as extracted
from the generated files (the PDF after joining the words hyphenated at line ends).

Sorvenago (PDF schede):
  codice = "OB.2026/07"; titolo = anchor = the title after "OB.2026/07 – "; obiettivo_strategico = OBIETTIVO
  STRATEGICO; area_strategica = the heading "Ambito strategico N – …" above the scheda; responsabile = RESPONSABILE
  as written, but for a named person only the titled name before " – " (the appositive "– incaricato di Elevata
  Qualificazione (EQ)" is dropped); a role ("Incaricato EQ dell'Area Tecnica") is kept as written and NOT resolved
  through the org chart; settore = STRUTTURA RESPONSABILE; motivazione = FINALITÀ; valore_atteso = RISULTATO
  ATTESO (both as whole paragraphs, hyphenation undone); scadenza = SCADENZA; fasi = CRONOPROGRAMMA lines
  "Fase n – descrizione: periodo"; indicatori = INDICATORE DI RISULTATO lines "nome – target 2026: target";
  stakeholder = PORTATORI DI INTERESSE split on ", " ([] when the field is missing); dipendenti = the "COGNOME
  Nome" part of PERSONALE COINVOLTO lines ([] when missing).
Bregnasco (DOCX nested tables / run-in paragraphs):
  codice = "SG.01"; titolo = anchor = title after "SG.01 – "; obiettivo_strategico = "Obiettivo strategico DUP" /
  "Obiettivo strategico"; area_strategica = null (the Areas are organisational, not strategic); responsabile =
  the row "Incaricato EQ" / "Responsabile EQ" / "Responsabile" (a person without the appositive after ", "; a role
  as written); the Dirigente, the Referente politico and the Coordinamento are not recorded; settore = "Servizio"
  (null when there is no such row); motivazione = Descrizione; valore_atteso = Risultato atteso; scadenza =
  Scadenza; fasi = Tempi items "periodo: descrizione"; indicatori = Indicatori items "nome – target 2026: target";
  stakeholder = Stakeholder split on ", "; dipendenti = Personale assegnato split on ", ".

Run: /work/main/.venv/bin/python benchmarks/fresh31/make_records.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

OUT = HERE / "fresh31_records.jsonl"
TITLED = re.compile(r"^(?:dott\.ssa|dott\.|rag\.|ing\.|arch\.|geom\.|comm\.) ")


def person(value: str, sep: str) -> str:
    """a titled person keeps only the name before the appositive; a role is kept as written."""
    return value.split(sep)[0] if TITLED.match(value) else value


def pdf_records() -> list[dict]:
    recs = []
    for o in mp.S_OBJ:
        recs.append({
            "doc": mp.PDF_NAME, "anchor": o["title"], "ente": mp.S_ENTE, "periodo": "2026-2028",
            "codice": o["code"], "titolo": o["title"], "obiettivo_strategico": o["os"],
            "area_strategica": mp.s_ambito_of(o["code"]),
            "responsabile": person(o["resp"], " – "), "settore": o["struttura"],
            "stakeholder": list(o["portatori"] or []),
            "motivazione": o["finalita"], "valore_atteso": o["risultato"], "scadenza": o["scadenza"],
            "fasi": [{"descrizione": d, "tempistica": t} for d, t in o["fasi"]],
            "indicatori": [{"nome": n, "target": t} for n, t in o["ind"]],
            "dipendenti": [p[0] for p in (o["personale"] or [])],
        })
    return recs


def items(value) -> list[str]:
    return list(value) if isinstance(value, list) else value.split("; ")


def docx_records() -> list[dict]:
    recs = []
    for code in mp.B_ORDER:
        title, rows = mp.B_OBJ[code]
        f = dict(rows)
        resp = next((f[k] for k in ("Incaricato EQ", "Responsabile EQ", "Responsabile") if k in f), None)
        fasi = []
        for it in items(f.get("Tempi", [])):
            per, desc = it.split(": ", 1)
            fasi.append({"descrizione": desc, "tempistica": per})
        inds = []
        for it in items(f.get("Indicatori", [])):
            nome, tgt = it.split(" – target 2026: ")
            inds.append({"nome": nome, "target": tgt})
        recs.append({
            "doc": mp.DOCX_NAME, "anchor": title, "ente": mp.B_ENTE, "periodo": "2026-2028",
            "codice": code, "titolo": title,
            "obiettivo_strategico": f.get("Obiettivo strategico DUP", f.get("Obiettivo strategico")),
            "area_strategica": None,
            "responsabile": person(resp, ", ") if resp else None, "settore": f.get("Servizio"),
            "stakeholder": f["Stakeholder"].split(", ") if "Stakeholder" in f else [],
            "motivazione": f.get("Descrizione"), "valore_atteso": f.get("Risultato atteso"),
            "scadenza": f.get("Scadenza"), "fasi": fasi, "indicatori": inds,
            "dipendenti": f["Personale assegnato"].split(", ") if "Personale assegnato" in f else [],
        })
    return recs


def main() -> None:
    recs = pdf_records() + docx_records()
    with OUT.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            fh.write(json.dumps({"id": f"f31r{i:02d}", **r}, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({len(recs)} records)")


if __name__ == "__main__":
    main()
