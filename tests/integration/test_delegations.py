"""The giunta member whose delegations cover an objective's topic, on an invented plan
that files no political referent with its objectives: read from the plan's list of the
giunta, whatever way the list writes each member's delegations."""

from __future__ import annotations

import pytest

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Pratofiorito – PIAO 2026-2028

## 1.1 Organi di governo

La Giunta comunale è composta dal Sindaco, Marco Bellandi, che mantiene le deleghe a bilancio e personale,
e da tre assessori: la vicesindaca Teresa Gallucci (lavori pubblici, viabilità, ambiente ed energia),
Donato Ferraguti, assessore alle politiche sociali, alla pubblica istruzione e ai servizi scolastici, e
l'assessora Ornella Pizzuti, con delega alla cultura, alla biblioteca e allo sport.

## 2.2 Obiettivi operativi

### Obiettivo 4 – Comunità energetica rinnovabile comunale

Il Comune promuove una comunità energetica con gli impianti fotovoltaici sugli edifici pubblici.
Responsabile: Settore Tecnico

### Obiettivo 5 – Mensa scolastica a km 0

Nuovo capitolato della refezione con prodotti del territorio e iscrizioni on line.
Responsabile: Settore Servizi alla persona
"""


@pytest.mark.parametrize(("question", "member", "others"), [
    ("Quale assessore ha la delega che riguarda la comunità energetica?", "Teresa Gallucci",
     ("Ferraguti", "Pizzuti")),
    # (a member named with no known first name, after their role)
    ("Quale assessore ha la delega collegata all'obiettivo della mensa scolastica?", "Donato Ferraguti",
     ("Gallucci", "Pizzuti")),
])
def test_the_member_whose_delegations_cover_the_topic(tmp_path, question, member, others) -> None:
    answerer = answerer_over(tmp_path, {"pratofiorito_piao-2026-2028.md": PLAN})
    ans = answerer.answer(question)
    assert member in ans.text, ans.text
    assert not any(o in ans.text for o in others), ans.text


LISTED = """# Comune di Pratofiorito – PIAO 2026-2028

## 1.1 Giunta e deleghe

- Sindaco Marco Bellandi: bilancio, personale, sicurezza
- Assessora Teresa Gallucci: lavori pubblici, viabilità, protezione civile
- Assessore Donato Ferraguti: politiche sociali, scuola
- Assessora Ornella Pizzuti: cultura, biblioteca, sport

## 2.2 Obiettivi operativi

### Obiettivo 4 – Rifacimento dei marciapiedi del centro

- **Finalità:** Strade più sicure per i pedoni.
- **Referente politico:** Ass. Gallucci
- **Responsabile:** Settore Tecnico

### Obiettivo 5 – Mensa scolastica a km 0

- **Finalità:** Prodotti del territorio nella refezione.
- **Referente politico:** Ass. Ferraguti
- **Responsabile:** Settore Servizi alla persona
"""


def test_a_referents_delegations_come_from_the_giunta_list(tmp_path) -> None:
    # the objective names its referent by surname; the giunta list, their delegations
    answerer = answerer_over(tmp_path, {"pratofiorito_piao-2026-2028.md": LISTED})
    text = answerer.answer("il referente politico dei marciapiedi che altre deleghe ha?").text
    assert "Gallucci" in text and "protezione civile" in text, text
    assert "Ferraguti" not in text and "protezione civile -" not in text, text
