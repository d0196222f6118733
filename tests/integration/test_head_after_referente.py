"""The head of an objective's office, on an invented plan whose objective names a
referente (a person) before its office: "di cui è titolare" points back to the
statement it follows, so it follows the statement that names the office."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI VIGNOLO SUL SERIO
PIAO 2026-2028

Struttura organizzativa

Area Amministrativa e Demografici – Responsabile: dott.ssa Marta Oldrini
Area Tecnica e Patrimonio – Responsabile: ing. Paolo Cereda

Obiettivi operativi

Obiettivo 7 – Piano della formazione del personale e sviluppo delle competenze digitali
Referente: Laura Gerosa (Istruttore amministrativo – Ufficio Personale)
Settore: Area Amministrativa e Demografici
Finalità: Almeno 24 ore di formazione per dipendente sui servizi digitali entro il 2026.
"""


def test_the_head_follows_a_referente_with_the_office_named(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"vignolo-sul-serio_piao-2026-2028.txt": PLAN})
    text = answerer.answer("A chi fa capo l'obiettivo sulla formazione del personale e chi è il referente?").text
    assert "Laura Gerosa" in text and "Marta Oldrini" in text, text
    parts = text.split("; ")
    heads = [k for k, part in enumerate(parts) if part.startswith("di cui è titolare")]
    if heads:  # (said after the statement that names the office)
        assert heads[0] > 0 and "Amministrativa e Demografici" in parts[heads[0] - 1], text
    else:
        assert "è titolare di Area Amministrativa e Demografici" in text, text
