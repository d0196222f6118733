"""An organ named as the one who acts ("approvato dalla Giunta", "trasmesso al
Sindaco") is part of what is asked about, not a request for the political referent.
On an invented plan: asked when the Giunta approves a draft, the answer is the date,
not "the plan names no political referent"."""

from __future__ import annotations

from assistant.answering.intent import Intent, classify
from tests.integration.test_answering_steps import answerer_over

PLAN = """Comune di Valmora Superiore – PIAO 2026-2028

Obiettivo 4 – Programmazione e controllo del bilancio
Responsabile: Area Finanziaria
Fasi:
- Raccolta delle previsioni dei responsabili – entro il 5 ottobre
- Approvazione dello schema di bilancio in Giunta e trasmissione al Consiglio – entro il 15 novembre
- Approvazione del bilancio da parte del Consiglio – entro il 31 dicembre

Obiettivo 5 – Nuovo regolamento delle entrate
Responsabile: Area Finanziaria
Fasi:
- Bozza del regolamento – entro il 31 marzo
"""


def test_an_organ_that_acts_is_no_request_for_the_political_referent() -> None:
    assert Intent.POLITICAL not in classify("entro quando va approvato lo schema di bilancio dalla giunta?").intents
    assert Intent.POLITICAL not in classify("il piano è trasmesso al sindaco entro quando?").intents
    assert Intent.POLITICAL in classify("quale assessore segue il bilancio?").intents
    assert Intent.POLITICAL in classify("qual è la giunta che ha approvato il piano?").intents


def test_asked_when_the_giunta_approves_the_answer_is_the_date(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.txt": PLAN})
    ans = answerer.answer("Entro quando va approvato lo schema di bilancio dalla giunta?")
    assert ans.found and "15 novembre" in ans.text
    assert "referente politico" not in ans.text
