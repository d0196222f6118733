"""The party a sentence of an objective's prose puts in charge (invented sentences)."""

from __future__ import annotations

import pytest

from assistant.answering.select import charged_party


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("L'intervento è seguito dall'Ufficio Ambiente, con il supporto dei volontari.", "Ufficio Ambiente"),
        # after a pronoun for the objective, the party follows the verb of charge
        ("Se ne occupa l'Ufficio Tributi, dove l'istruttrice Ada Neri controlla le banche dati.", "l'Ufficio Tributi"),
        ("Ne ha la regia operativa il geom. Ivo Sala dell'Ufficio Manutenzioni.", "il geom Ivo Sala dell'Ufficio Manutenzioni"),
        # an office named by its proper name as the subject doing the work
        ("L'Ufficio Personale predispone il piano della formazione.", "Ufficio Personale"),
        ("Il Servizio Affari Generali e Demografici gestirà le iscrizioni.", "Servizio Affari Generali e Demografici"),
        # one that helps is no party in charge, whatever its name's last word
        ("Il Settore Polizia Locale collabora per le ordinanze di chiusura.", None),
        ("il servizio mensa riparte a settembre.", None),
    ],
)
def test_the_party_in_charge(sentence: str, party: str | None) -> None:
    assert charged_party(sentence) == party
