"""Write fresh32_records.jsonl: one gold objective record per objective of the two fresh32 documents, in the record
format of /work/shared/eval/README.md (key order of dev_records.jsonl).

The values are copied from the same strings make_plan.py prints into the documents, following the conventions in
README.md; fresh32_check.py re-reads them from the generated files (a small Markdown table / scheda parser, and the
PDF table rebuilt cell by cell from the positioned text fragments, across page breaks) and compares field by field.

Cavrenzo (Markdown wiki export):
  codice = Codice ("CV.04"); titolo = anchor = the Obiettivo cell before "<br>" (the italic note after it is not
  part of the title); obiettivo_strategico = null (the plan names no strategic objective); area_strategica = the
  "### Linea strategica N – …" heading above the table; responsabile = Responsabile cell as written (a titled name
  "geom. Luca Broggini" or a role "Resp. Servizio Tributi", NOT resolved through the org chart); settore =
  Area/Settore cell as written; indicatori = the Indicatore cell split on "<br>", each paired with the item at the
  same position of the Target 2026 cell; from the "Scheda di dettaglio" when there is one (else null / []):
  motivazione = **Motivazione:**, valore_atteso = **Risultato atteso:**, scadenza = **Scadenza:**, fasi = the
  numbered **Fasi:** items "descrizione – periodo", stakeholder = **Stakeholder:** split on ", ", dipendenti = the
  "Nome Cognome" before " – " of each **Personale coinvolto:** bullet. Peso is not a record field.
Sermadola (PDF table):
  codice = Cod. ("OP.06"); titolo = Obiettivo operativo cell (all its lines, footnote marker removed); anchor = the
  first printed line of that cell (the part of the title that a single PDF text line holds); obiettivo_strategico =
  null; area_strategica = the full-width "Linea strategica N – …" row above; responsabile = Responsabile cell as
  written, but for a named person only the titled name before " – " ("ing. Paolo Cabrini"); a role
  ("Responsabile Settore Tecnico", "Segretario comunale") is kept as written and NOT resolved through Tabella 2;
  settore = the "Settore …" named in the Responsabile cell (null when the cell names none: "Segretario comunale",
  "Comandante della Polizia Locale"); motivazione = the Finalità paragraph of the cell (marker removed);
  valore_atteso = the text after "Risultato atteso: "; scadenza = Scadenza; indicatori = [Indicatore with the
  Target 2026 value]; fasi, stakeholder, dipendenti = [] (the table has no such columns).

Run: /work/main/.venv/bin/python benchmarks/fresh32/make_records.py [OUT_FILE]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

OUT = HERE / "fresh32_records.jsonl"
TITLED = re.compile(r"^(?:dott\.ssa|dott\.|rag\.|ing\.|arch\.|geom\.|comm\.|p\.i\.) ")


def md_records() -> list[dict]:
    recs = []
    for o in mp.C_OBJ:
        s = mp.C_SCHEDE.get(o["code"])
        recs.append({
            "doc": mp.MD_NAME, "anchor": o["title"], "ente": mp.C_ENTE, "periodo": "2026-2028",
            "codice": o["code"], "titolo": o["title"], "obiettivo_strategico": None,
            "area_strategica": mp.c_line_title(o["linea"]),
            "responsabile": o["resp"], "settore": o["area"],
            "stakeholder": list(s["stakeholder"]) if s else [],
            "motivazione": s["motivazione"] if s else None,
            "valore_atteso": s["risultato"] if s else None,
            "scadenza": s["scadenza"] if s else None,
            "fasi": [{"descrizione": d, "tempistica": t} for d, t in s["fasi"]] if s else [],
            "indicatori": [{"nome": i[0], "target": i[1]} for i in o["ind"]],
            "dipendenti": [p[0] for p in s["personale"]] if s and s["personale"] else [],
        })
    return recs


def pdf_settore(resp: str) -> str | None:
    m = re.search(r"(Settore .+)$", resp)
    return m.group(1) if m else None


def pdf_records() -> list[dict]:
    st: dict = {}
    mp.build_pdf(st)
    recs = []
    for o in mp.S_OBJ:
        resp = o["resp"].split(" – ")[0] if TITLED.match(o["resp"]) else o["resp"]
        recs.append({
            "doc": mp.PDF_NAME, "anchor": st["title_lines"][o["code"]][0], "ente": mp.S_ENTE,
            "periodo": "2026-2028", "codice": o["code"], "titolo": mp.strip_marks(o["title"]),
            "obiettivo_strategico": None, "area_strategica": mp.s_line_title(o["linea"]),
            "responsabile": resp, "settore": pdf_settore(o["resp"]),
            "stakeholder": [], "motivazione": mp.strip_marks(o["descr"]), "valore_atteso": o["risultato"],
            "scadenza": o["scadenza"], "fasi": [],
            "indicatori": [{"nome": o["ind"], "target": o["t"][0]}], "dipendenti": [],
        })
    return recs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    recs = md_records() + pdf_records()
    with out.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            fh.write(json.dumps({"id": f"f32r{i:02d}", **r}, ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(recs)} records)")


if __name__ == "__main__":
    main(sys.argv)
