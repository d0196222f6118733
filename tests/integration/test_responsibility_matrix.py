"""A responsibility matrix (objectives against offices, "R" / "C" marks, a legend that
expands the columns' abbreviations) gives each objective its office, which the org
chart gives a person; the objectives themselves are running prose. On invented plans."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders import load_document
from ingest.parse import parse_document
from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valfiorita – PIAO 2026-2028

## 2.2 Performance

### Obiettivo operativo 1.1.1 – Archivio digitale delle delibere

Le delibere degli ultimi vent'anni sono conservate solo su carta. Il progetto le rende consultabili on line.
L'indicatore è il numero di delibere digitalizzate (valore di partenza 2025: 300; target 2026: 900, 2027: 1.500).

### Obiettivo operativo 1.1.2 – Potatura dei tigli dei viali

I tigli dei viali cittadini non sono potati da otto anni. Gli interventi si svolgono tra gennaio e marzo 2026.
L'indicatore è il numero di alberi potati (valore di partenza 2025: 40; target 2026: 220).

### Tabella 1 – Matrice obiettivi / strutture

| Cod. | Obiettivo | SG | LLPP | FIN |
|---|---|---|---|---|
| 1.1.1 | Archivio digitale delle delibere | R |  | C |
| 1.1.2 | Potatura dei tigli dei viali |  | R | C |

Legenda: SG = Settore I Segreteria generale; LLPP = Settore II Lavori pubblici e verde; FIN = Settore III
Finanze e tributi. R = struttura responsabile; C = struttura che concorre.

## 3.1 Struttura organizzativa

| Settore | Responsabile | Dipendenti |
|---|---|---|
| Settore I – Segreteria generale | dott.ssa Ornella Pizzicotti | 4 |
| Settore II – Lavori pubblici e verde | geom. Duilio Scarnecchia | 7 |
| Settore III – Finanze e tributi | rag. Tiziana Merlacchi | 3 |
"""

FLAGS = """# Comune di Valfiorita – PIAO 2026-2028

## Trasparenza: verifica degli obblighi

| COD. | OBIETTIVO | PUBBLICATO | AGGIORNATO | COMPLETO |
|---|---|---|---|---|
| 1.1.1 | Bandi di concorso pubblicati | SI | SI | NO |
| 1.1.2 | Incarichi conferiti pubblicati | SI | NO | NO |
| 1.1.3 | Contratti pubblici pubblicati | NO | NO | SI |
"""


def _records(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "valfiorita_piao-2026-2028.md"
    path.write_text(text, encoding="utf-8")
    return {r.codice: r for r in parse_document(load_document(path)).records}


def test_the_marked_column_gives_each_objective_its_office_as_the_legend_names_it(tmp_path) -> None:
    records = _records(tmp_path, PLAN)
    assert records["1.1.1"].settore == "Settore I Segreteria generale"
    assert records["1.1.2"].settore == "Settore II Lavori pubblici e verde"


def test_a_grid_of_flags_is_no_matrix(tmp_path) -> None:
    # (several marks a row and no legend naming the office in charge: no offices read)
    records = _records(tmp_path, FLAGS)
    assert all(not r.settore for r in records.values()), records


def test_who_is_in_charge_goes_from_the_matrix_to_the_org_chart(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valfiorita_piao-2026-2028.md": PLAN})
    text = answerer.answer("Chi è il responsabile della potatura dei tigli?").text
    assert "Scarnecchia" in text, text
    assert "Pizzicotti" not in text, text
    # (the matrix gave the record its office; the prose still gives its measure)
    text = answerer.answer("Qual è il target 2026 delle delibere digitalizzate?").text
    assert "900" in text, text
