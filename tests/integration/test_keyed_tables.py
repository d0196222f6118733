"""A field given in a table keyed by the objective's number, on an invented plan: the
objectives table gives no stakeholders; a later table lists them per objective number
("N. | Stakeholder coinvolti"). Asked for one objective's stakeholders, the row of its
number is the answer, not "the plan does not state them"."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Borgoratto Lario – PIAO 2026-2028

## Obiettivi operativi dell'Area Servizi alla Persona

| N. | Obiettivo operativo | Descrizione | Indicatore | Target 2026 |
|---|---|---|---|---|
| 4 | Centro estivo comunale inclusivo | Gestione diretta del centro estivo per 120 bambini, con educatori di sostegno. | Iscritti (n.) | 120 |
| 5 | Progetto "Buon Vicinato" contro la solitudine degli anziani | Telefonate e visite domiciliari dei volontari agli anziani soli over 75. | Anziani contattati (n.) | 150 |

## Stakeholder coinvolti per obiettivo

| N. | Stakeholder coinvolti |
|---|---|
| 4 | Famiglie; cooperativa Il Girasole; oratorio parrocchiale |
| 5 | Anziani soli e loro familiari; associazione La Lanterna ODV; medici di medicina generale |
"""


def test_the_stakeholders_of_an_objective_come_from_the_row_of_its_number(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgoratto-lario_piao-2026-2028.md": PLAN})
    text = answerer.answer("Quali stakeholder sono coinvolti nel progetto contro la solitudine degli anziani?").text
    assert "La Lanterna ODV" in text and "medici di medicina generale" in text, text
    assert "Il Girasole" not in text and "non indica" not in text, text


PROSE_PLAN = """# Comune di Valtrebbia – PIAO 2026-2028

## Ob. 3.2 – Biblioteca aperta la sera

La biblioteca civica resta aperta il martedì e il giovedì fino alle 22, grazie ai volontari.

## Ob. 3.3 – Centri estivi inclusivi

I centri estivi accolgono anche i bambini con disabilità, con un educatore di sostegno.

## 5 Riepilogo dei pesi

Obiettivo\tPeso %\tArea assegnataria
Ob. 3.2\t6\tArea 4 – Servizi alla Persona
Ob. 3.3\t9\tArea 4 – Servizi alla Persona
"""


def test_an_objective_numbered_by_its_heading_finds_its_row(tmp_path) -> None:
    """An objective written in prose is numbered by its heading ("Ob. 3.2 – …"); the
    summary table keys its rows by the same code, written with its word, and its
    column heading gives the unit of the values."""
    answerer = answerer_over(tmp_path, {"valtrebbia_piao-2026-2028.md": PROSE_PLAN})
    ans = answerer.answer("Quanto pesa l'apertura serale della biblioteca?")
    assert "6%" in ans.text and "non indica" not in ans.text, ans.text
    assert any("Ob. 3.2" in c.quote for c in ans.citations), ans.citations
