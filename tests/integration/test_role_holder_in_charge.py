"""An objective entrusted to a role the plan gives to a person ("Responsabile:
Segretario comunale", and "Il Segretario comunale è il dott. …"), on an invented plan:
that person is in charge, not the head of the settore the objective is filed under."""

from __future__ import annotations

import pytest

from tests.integration.test_answering_steps import answerer_over

pytestmark = pytest.mark.integration

PLAN = """# Comune di Fontanasca – PIAO 2026-2028

## Obiettivi operativi

| Codice | Obiettivo | Settore | Responsabile |
|---|---|---|---|
| AG.01 | Registro unico degli accessi agli atti | Settore Affari generali | Segretario comunale |
| AG.02 | Nuovo sportello anagrafe del sabato | Settore Affari generali | Responsabile Settore Affari generali |

## Organigramma

| Settore | Responsabile | Servizi |
|---|---|---|
| Settore Affari generali | dott.ssa Marta Zanolli | Segreteria; protocollo; anagrafe |
| Settore Tecnico | ing. Aldo Pezzini | Lavori pubblici; manutenzioni |

Il Segretario comunale è il dott. Enrico Valsecchi, in convenzione con il Comune di Riva Bassa.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):  # type: ignore[no-untyped-def]
    return answerer_over(tmp_path_factory.mktemp("role"), {"fontanasca_piao-2026-2028.md": PLAN})


def test_the_holder_of_the_role_in_charge_is_named(answerer) -> None:  # type: ignore[no-untyped-def]
    text = answerer.answer("Chi è il responsabile del registro unico degli accessi a Fontanasca?").text
    assert "Valsecchi" in text and "Zanolli" not in text, text


def test_an_office_in_charge_still_gives_its_head(answerer) -> None:  # type: ignore[no-untyped-def]
    text = answerer.answer("Chi è il responsabile dello sportello anagrafe del sabato a Fontanasca?").text
    assert "Zanolli" in text, text
