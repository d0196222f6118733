"""A transposed objectives table, on invented plans: one column per objective, the
field labels down the first column. Each column is an objective of its own, with
its own record, and the answers read each column's cells."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders import load_document
from ingest.parse import parse_document
from tests.integration.test_answering_steps import answerer_over, answerer_over_files

PLAN = """# Comune di Roccaviva – PIAO 2026-2028

## Schede degli obiettivi operativi 2026

| Codice | OB.01 | OB.02 |
|---|---|---|
| Obiettivo | Biblioteca aperta il sabato | Riduzione dei tempi di rilascio dei permessi di costruire |
| Obiettivo strategico | 2 – Cultura e comunità | 1 – Comune semplice |
| Settore | Settore III – Cultura e tempo libero | Settore IV – Urbanistica |
| Responsabile | dott.ssa Carla Menzani | geom. Piero Stradiotti |
| Motivazione | La biblioteca chiude il venerdì e gli studenti chiedono spazi di studio nel fine settimana. | Il tempo medio di rilascio dei permessi è di 95 giorni, oltre il termine di legge. |
| Risultato atteso | Studenti in biblioteca anche il sabato | Permessi rilasciati entro i termini di legge |
| Indicatore | Ore di apertura settimanali | Tempo medio di rilascio (giorni) |
| Target 2026 | 36 ore | 60 giorni |
| Fasi | Accordo con i volontari entro 31/03/2026; apertura sperimentale da aprile | Nuova modulistica entro 30/04/2026; verifica trimestrale dei tempi |
| Stakeholder | Studenti, famiglie, associazioni culturali | Tecnici professionisti, imprese edili |
| Personale | ROSSETTI Anna (bibliotecaria); GALLI Marco (operatore) | FERRI Luca (istruttore tecnico) |
"""

ROW_TABLE = """# Comune di Roccaviva – PIAO 2026-2028

## Obiettivi operativi

| Codice | Obiettivo | Settore | Responsabile | Indicatore | Target 2026 |
|---|---|---|---|---|---|
| OB.01 | Biblioteca aperta il sabato | Settore III | dott.ssa Carla Menzani | Ore di apertura | 36 ore |
| OB.02 | Permessi di costruire più rapidi | Settore IV | geom. Piero Stradiotti | Tempo medio (giorni) | 60 giorni |
| OB.03 | Mensa scolastica biologica | Settore V | dott. Ugo Barilli | Pasti bio (%) | 50% |
| OB.04 | Piano del verde urbano | Settore IV | geom. Piero Stradiotti | Alberi piantati | 120 |
| OB.05 | Sportello lavoro | Settore II | rag. Silvia Tonna | Utenti (n.) | 200 |
"""


def _records(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_document(load_document(path)).records


def test_each_column_of_a_transposed_table_is_an_objective(tmp_path) -> None:
    records = _records(tmp_path, "roccaviva_piao-2026-2028.md", PLAN)
    assert [r.codice for r in records] == ["OB.01", "OB.02"]
    second = records[1]
    assert second.titolo == "Riduzione dei tempi di rilascio dei permessi di costruire"
    assert second.responsabile == "geom. Piero Stradiotti"
    assert second.settore == "Settore IV – Urbanistica"
    assert [(i.nome, i.target) for i in second.indicatori] == [("Tempo medio di rilascio (giorni)", "60 giorni")]
    # the expected result is the objective's; the target rows give the indicator's target
    assert second.valore_atteso == "Permessi rilasciati entro i termini di legge"
    assert second.dipendenti == ("FERRI Luca (istruttore tecnico)",)
    assert records[0].dipendenti == ("ROSSETTI Anna (bibliotecaria)", "GALLI Marco (operatore)")
    assert len({r.id for r in records}) == 2  # each column its own record


def test_an_ordinary_table_stays_one_objective_per_row(tmp_path) -> None:
    records = _records(tmp_path, "roccaviva_piao-2026-2028.md", ROW_TABLE)
    assert [r.codice for r in records] == ["OB.01", "OB.02", "OB.03", "OB.04", "OB.05"]


def test_questions_read_the_column_of_their_objective(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccaviva_piao-2026-2028.md": PLAN})
    text = answerer.answer("Chi è responsabile dei tempi dei permessi di costruire?").text
    assert "Stradiotti" in text and "Menzani" not in text, text
    text = answerer.answer("Quante ore deve restare aperta la biblioteca nel 2026?").text
    assert "36 ore" in text and "60 giorni" not in text, text


def test_a_person_is_found_in_the_column_that_names_them(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccaviva_piao-2026-2028.md": PLAN})
    text = answerer.answer("Su quali obiettivi lavora Luca Ferri?").text
    # the neighbour column's cells are in its span, not in its words; the code leads
    assert "OB.02 «Riduzione dei tempi" in text and "Biblioteca" not in text, text


def test_a_role_the_chart_does_not_list_leaves_the_objective_with_its_settores_head(tmp_path) -> None:
    # the blind development plan fresh20 (a transposed table, a dotted-leader org chart):
    # its objective names "il Responsabile del Servizio finanziario", which no chart entry
    # is; the objective is filed under Settore II, whose head the chart names
    plan = Path(__file__).resolve().parents[2] / "benchmarks/fresh20/docs/castelmaurano_piao-2025-2027.pdf"
    answerer = answerer_over_files(tmp_path, [plan])
    text = answerer.answer("Chi è il responsabile dell'obiettivo di ridurre i tempi di pagamento delle fatture?").text
    assert "Fardone" in text, text
