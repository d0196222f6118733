"""A schedule grid and the precision of a timing, on an invented plan.

- A grid with a row per objective number and a column per quarter: each activity is
  done in its column's quarter, whatever cells are empty, and belongs to the objective
  with that number ("Prima conferenza VAS" → "IV trim. 2026").
- Asked "quando", the more precise timing answers first (a day before a year).
"""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valmora Superiore – PIAO 2026-2028

## Obiettivi

| N. | Obiettivo operativo | Indicatore | Target 2026 |
|---|---|---|---|
| 1 | Nuovo regolamento del Consiglio comunale | Regolamento approvato | entro il 30/09/2026 |
| 2 | Variante generale al Piano di Governo del Territorio | Fasi concluse | Documento di scoping e prima conferenza VAS nel 2026 |
| 3 | Censimento del patrimonio arboreo | Piante censite | 1.300 |

## Cronoprogramma delle attività

| Obiettivo N. | I trim. 2026 | II trim. 2026 | III trim. 2026 | IV trim. 2026 |
|---|---|---|---|---|
| 1 | Bozza di regolamento | Esame in Commissione | Approvazione in Consiglio |  |
| 2 |  | Incarico VAS | Documento di scoping | Prima conferenza VAS |
| 3 | Censimento | Censimento |  | Messa a dimora di nuovi alberi |
"""


def test_a_grid_cell_is_done_in_its_column_s_quarter(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.md": PLAN})
    ans = answerer.answer("Quando è prevista la prima conferenza VAS della variante al Piano di Governo del Territorio?")
    assert ans.found and "IV trim. 2026" in ans.text


def test_the_more_precise_timing_answers_first(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.md": PLAN})
    ans = answerer.answer("Quando va approvato il nuovo regolamento del Consiglio comunale?")
    assert ans.found and "30/09/2026" in ans.text
    assert ans.text.index("30/09/2026") < ans.text.find("III trim. 2026") or "III trim. 2026" not in ans.text


GANTT = """COMUNE DI ROVERSANO – PIAO 2026-2028

Tabella 1 – Obiettivi operativi
Cod.\tObiettivo operativo\tResponsabile\tTarget 2026
OB 1\tAgenda on line per la carta d'identità elettronica\tdott.ssa Ivana Cernaz\t80%
OB 2\tManutenzione programmata dei ponti comunali\ting. Dario Bevilacqua\t6 ponti

Tabella 2 – Cronoprogramma
Obiettivo\tI trim 2026\tII trim 2026\tIII trim 2026\tIV trim 2026\tScadenza
OB 1 – Agenda on line CIE\tX\tX\t\t\t30/06/2026
OB 2 – Ponti comunali\t\t●\t●\t●\t31/12/2026
"""


def test_a_schedule_row_s_deadline_and_periods_are_cited_with_the_row(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roversano_piao-2026-2028.txt": GANTT})
    ans = answerer.answer("Entro quando va completata l'agenda on line per la carta d'identità?")
    assert "30/06/2026" in ans.text, ans.text
    # a date alone is no checkable quote: the row's cells from its first name the objective
    assert any(c.quote.startswith("OB 1 – Agenda on line CIE") and c.quote.endswith("30/06/2026")
               for c in ans.citations), [c.quote for c in ans.citations]
    ans = answerer.answer("In quali trimestri si lavora ai ponti comunali?")
    assert "II trim 2026" in ans.text and "IV trim 2026" in ans.text, ans.text


def test_which_ends_first_reads_each_deadline_from_the_schedule(tmp_path) -> None:
    # "si chiude" asks when a thing ends, as "finisce" or "scade" does
    answerer = answerer_over(tmp_path, {"roversano_piao-2026-2028.txt": GANTT})
    text = answerer.answer("Si chiude prima l'agenda on line per la carta d'identità o la manutenzione dei ponti?").text
    assert "30/06/2026" in text and "31/12/2026" in text, text
