"""A change asked between two years' figures, on an invented plan: the answer gives
the statement with both figures and their difference, cited to that statement."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Roccaverde – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 5.1 – Tariffa puntuale dei rifiuti

La raccolta differenziata è passata dal 58,2% del 2022 al 63,0% del 2024, un risultato ancora inferiore alla media provinciale.
Il passaggio alla tariffa puntuale lega la quota variabile ai conferimenti del secco residuo.
"""


def test_the_difference_between_two_years_is_computed_and_cited(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccaverde_piao-2026-2028.md": PLAN})
    ans = answerer.answer("Di quanto è migliorata la raccolta differenziata tra il 2022 e il 2024?")
    assert "differenza: 4,8 punti percentuali in più" in ans.text, ans.text
    assert any("58,2% del 2022" in c.quote for c in ans.citations), ans.citations
