""""Perché non si può …" on an invented plan: the sentence that states the limit (a rule
that forbids it) answers, not the objective's purpose."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI ROVESCALA ALTA
PIAO 2026-2028

Obiettivi operativi

Obiettivo 2.4 – Mercato contadino nel parco della Rocca
Responsabile: Responsabile Area Attività produttive
Motivazione: Valorizzare i produttori agricoli del territorio e portare più persone nel centro storico.
Valore atteso: dodici mercati all'anno con almeno venti banchi.
Fasi: bando per i produttori entro marzo 2026; primo mercato ad aprile 2026.

Il regolamento del parco vieta l'accesso dei veicoli a motore sui prati della Rocca, per cui i banchi saranno
allestiti solo lungo il viale d'ingresso. Il mercato si terrà la prima domenica di ogni mese.
"""


def test_why_a_thing_cannot_be_done_is_answered_by_the_limit_the_plan_states(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"rovescala-alta_piao-2026-2028.txt": PLAN})
    text = answerer.answer("Perché il mercato contadino non può occupare tutto il parco?").text
    assert "vieta l'accesso dei veicoli" in text, text
    assert "Valorizzare" not in text or text.index("vieta l'accesso") < text.index("Valorizzare"), text
    # (a why asked of the thing itself is its purpose)
    assert "Valorizzare i produttori" in answerer.answer("Perché si fa il mercato contadino nel parco della Rocca?").text
