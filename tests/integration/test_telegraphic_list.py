"""A question written as a heading ("indicatori e target 2026 dell'obiettivo …"), on an
invented plan: it opens with the things it lists, so every indicator is the answer, not
the statements that best match its other words (the phases dated 2026)."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI TREZZOLO
PIAO 2026-2028

2.2.8 Obiettivi della Polizia Locale

SCHEDA OBIETTIVO N. 10
Codice obiettivo         OP-10
Titolo                   Contrasto all'abbandono dei rifiuti con fototrappole
Responsabile             Comandante della Polizia Locale
Descrizione              Nel 2025 sono stati rimossi 63 abbandoni di rifiuti lungo le strade vicinali.
Fasi e tempi             - entro il 31/03/2026: installazione delle fototrappole
                         - da aprile a novembre 2026: controlli mensili congiunti con il gestore
                         - entro il 31/12/2026: relazione sugli accertamenti
Indicatore               a) n. abbandoni rimossi nell'anno (rispetto ai 63 del 2025)
                         b) n. trasgressori identificati / n. abbandoni rilevati x 100
Target 2026              a) non più di 45; b) almeno 30%

SCHEDA OBIETTIVO N. 11
Codice obiettivo         OP-11
Titolo                   Educazione stradale nelle scuole primarie
Responsabile             Comandante della Polizia Locale
Descrizione              Lezioni di educazione stradale nelle classi quinte.
Fasi e tempi             - da ottobre 2026: lezioni nelle classi
Indicatore               classi coinvolte
Target 2026              12
"""


def test_a_question_opening_with_the_things_it_lists_gets_them_all(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"trezzolo_piao-2026-2028.txt": PLAN})
    text = answerer.answer("indicatori e target 2026 dell'obiettivo contro l'abbandono dei rifiuti").text
    assert "abbandoni rimossi" in text and "trasgressori identificati" in text, text
    assert "45" in text and "30%" in text, text
