"""A year says when, not how many, on an invented plan: "di quanti punti deve salire la
differenziata" of an objective that gives years and no figure is not stated, not
answered with the years it runs in; a count that looks like a round year ("2000
atti") is still a count."""

from __future__ import annotations

import pytest

from tests.integration.test_answering_steps import answerer_over

pytestmark = pytest.mark.integration

PLAN = """PIANO DEGLI OBIETTIVI DUP 2026-2028 – COMUNE DI BORGOLINO

PROGRAMMI\tOBIETTIVI OPERATIVI\tFINALITA'\tINDICATORI DI OUTPUT\tANNUALITÀ
09.03\tGarantire il servizio di igiene urbana\tAssicurare la raccolta e lo smaltimento dei rifiuti\tIncremento della percentuale di raccolta differenziata con campagne nelle scuole\t2026, 2027, 2028
01.07\tDigitalizzare i registri di stato civile\tDigitalizzazione degli atti di nascita dal 1950 al 1970 (2000 atti)\tAtti digitalizzati\t2026, 2027
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):  # type: ignore[no-untyped-def]
    return answerer_over(tmp_path_factory.mktemp("years"), {"borgolino_piao-2026-2028.txt": PLAN})


def test_years_do_not_answer_how_many(answerer) -> None:  # type: ignore[no-untyped-def]
    text = answerer.answer("Di quanti punti deve salire la raccolta differenziata a Borgolino?").text
    assert "non indica" in text and "2026, 2027, 2028" not in text, text


def test_a_round_count_is_a_count(answerer) -> None:  # type: ignore[no-untyped-def]
    text = answerer.answer("Quanti atti di nascita deve digitalizzare Borgolino?").text
    assert "2000 atti" in text, text
