"""Write fresh33_records.jsonl: one gold objective record per objective of the two fresh33 documents, in the record
format of /work/shared/eval/README.md (key order of dev_records.jsonl).

The values are copied from the same strings make_plan.py prints into the documents, following the conventions in
README.md; fresh33_check.py re-reads the export with Python's csv module and the PDF with pypdf and compares.

Pontevasco (semicolon export, one record per table record):
  codice = Codice ("TEC.02"); titolo = Obiettivo operativo as a CSV reader returns it (doubled quotes undone);
  anchor = the titolo, or, when the titolo holds quotes, its part after the closing quote and ": "
  ("riorganizzazione del mercato settimanale del giovedì"); area_strategica = the first line of "Obiettivo
  strategico / Linea DUP" ("Linea DUP 2 – Un territorio curato e sicuro"); obiettivo_strategico = its second line
  ("OS 2.1 – ..."), null when the cell has only the Linea; settore = Settore; responsabile = Responsabile as
  written (a titled name or a role such as "Responsabile Settore Tecnico", NOT resolved through the org table);
  motivazione = Descrizione e motivazione; valore_atteso = Risultato atteso; scadenza = the date of the
  "Termine finale: dd/mm/yyyy" line of Fasi e tempi (null when there is none); fasi = the numbered lines of Fasi e
  tempi without "n) ", split at " – " into descrizione / tempistica; indicatori = the lines of Indicatore, each with
  the line at the same position of Target 2026; stakeholder = Stakeholder split on "; "; dipendenti = the
  "COGNOME Nome" of each "; "-separated item of Personale coinvolto (the role in brackets dropped).
Montalbiera (two-column PDF, prose):
  codice = "OB.nn" of the bold run-in heading; titolo = the heading text after "OB.nn – " without the final dot;
  anchor = the titolo (every heading fits on its first printed line); obiettivo_strategico = null; area_strategica
  = the linea named in «...» ("Territorio curato e sicuro"); responsabile = the person named ("ing. Marco Tiezzi")
  or the role as written ("Responsabile del Settore Tecnico"); settore = the "Settore ..." the paragraph names;
  motivazione = the sentence (or clause) giving the reason; valore_atteso = the sentence stating the expected
  result (whole sentence, final dot dropped); scadenza = the date of an explicit deadline clause ("il termine è il
  30 novembre 2026"), else null (the period of the last phase is not a deadline); fasi = the items "descrizione
  (tempi)"; indicatori = the measured quantity with its 2026 value as written ("30 giorni", "25%"); stakeholder =
  the beneficiaries / parties named, articles dropped; dipendenti = the staff named (a bare count such as "quattro
  dipendenti" gives []).

Run: /work/main/.venv/bin/python benchmarks/fresh33/make_records.py [OUT_FILE]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plan as mp  # noqa: E402

OUT = HERE / "fresh33_records.jsonl"


def txt_anchor(title: str) -> str:
    if '"' not in title:
        return title
    return title.rsplit('"', 1)[1].lstrip(": ").strip()


def txt_records() -> list[dict]:
    recs = []
    for o in mp.T_OBJ:
        recs.append({
            "doc": mp.TXT_NAME, "anchor": txt_anchor(o["title"]), "ente": mp.T_ENTE, "periodo": "2026-2028",
            "codice": o["code"], "titolo": o["title"], "obiettivo_strategico": o["strat"][1],
            "area_strategica": o["strat"][0], "responsabile": o["resp"], "settore": o["settore"],
            "stakeholder": list(o["stk"]), "motivazione": o["descr"], "valore_atteso": o["risultato"],
            "scadenza": o["termine"],
            "fasi": [{"descrizione": d, "tempistica": t} for d, t in o["fasi"]],
            "indicatori": [{"nome": i[0], "target": i[1] or None} for i in o["ind"]],
            "dipendenti": [p.split(" (")[0] for p in o["pers"]],
        })
    return recs


def pdf_records() -> list[dict]:
    st: dict = {}
    mp.build_pdf(st)
    recs = []
    for o in mp.P_OBJ:
        f = mp.p_fields(o)
        first = st["title_lines"][o["code"]][0]
        head = first.split(" – ", 1)[1].rstrip(".")
        anchor = o["title"] if head == o["title"] else head
        recs.append({
            "doc": mp.PDF_NAME, "anchor": anchor, "ente": mp.P_ENTE, "periodo": "2026-2028",
            "codice": o["code"], "titolo": o["title"], "obiettivo_strategico": None,
            "area_strategica": f["area_strategica"], "responsabile": f["responsabile"], "settore": f["settore"],
            "stakeholder": f["stakeholder"], "motivazione": f["motivazione"], "valore_atteso": f["valore_atteso"],
            "scadenza": f["scadenza"], "fasi": f["fasi"], "indicatori": f["indicatori"],
            "dipendenti": f["dipendenti"],
        })
    return recs


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    recs = txt_records() + pdf_records()
    with out.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            fh.write(json.dumps({"id": f"f33r{i:02d}", **r}, ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(recs)} records)")


if __name__ == "__main__":
    main(sys.argv)
