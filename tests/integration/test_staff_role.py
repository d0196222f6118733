"""The person in a role, on an invented plan: the objective's staff list gives each
member's grade and role ("RUP"); asked who acts in that role, that member is the answer,
not (only) the head of the office in charge."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Solbiate del Piano – PIAO 2026-2028

## Struttura organizzativa

- Area Tecnica – Responsabile: ing. Carla Vismara
- Area Amministrativa – Responsabile: dott. Pietro Landoni

## Obiettivi operativi

### Obiettivo 4 – Riqualificazione energetica della palestra comunale di via Roma

**Settore:** Area Tecnica

**Finalità:** Lavori di sostituzione dei serramenti e della caldaia con una pompa di calore entro il 2026.

**Dipendenti coinvolti**

| Dipendente | Cat. | Ruolo nell'obiettivo |
|---|---|---|
| BRIOSCHI Marco | D1 | RUP |
| COLOMBO Anna | C3 | Predisposizione degli atti di gara insieme al RUP |
| FERRARIO Luigi | B3 | Sopralluoghi e supporto logistico |
"""


def test_who_acts_in_a_role_is_the_staff_member_given_it(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"solbiate-del-piano_piao-2026-2028.md": PLAN})
    text = answerer.answer("Chi fa da RUP per i lavori della palestra di via Roma?").text
    assert "BRIOSCHI Marco" in text and "COLOMBO Anna" not in text, text  # (the role's, not who helps it)
