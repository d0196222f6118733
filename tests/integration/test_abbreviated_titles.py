"""A head named after an abbreviated title ("Responsabile: arch. Fabio Rossi") is named
whole: the title's full stop ends no value, on an invented plan."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Roccaviva – PIAO 2026-2028

## 3.1 Struttura organizzativa

La struttura è articolata in tre Settori, ciascuno affidato a un titolare di Elevata Qualificazione.

Settore I – Affari generali e servizi demografici ............ Responsabile: dott.ssa Carla Menzani

Settore II – Urbanistica ed edilizia privata ............ Responsabile: arch. Fabio Rossetto

Settore III – Polizia locale ............ Responsabile: isp. Mario Calandri (Comandante)
"""


def test_a_head_after_an_abbreviated_title_is_named_whole(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccaviva_piao-2026-2028.md": PLAN})
    text = answerer.answer("Chi è il responsabile dell'urbanistica?").text
    assert "Fabio Rossetto" in text, text
    text = answerer.answer("Chi è il responsabile della polizia locale?").text
    assert "Mario Calandri" in text, text
