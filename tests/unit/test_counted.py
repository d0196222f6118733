"""A figure of the thing a question counts, under the names plans give it."""

from __future__ import annotations

import pytest

from assistant.answering.select import states_count


@pytest.mark.parametrize(
    ("text", "stem", "states"),
    [
        ("Al 31/12/2024 risultano in servizio 51 dipendenti", "dipendent", True),
        # an office's staff go by several names: the plan's word need not be the question's
        ("Il personale è così distribuito: Area 1, 8 unità; Area 2, 5 unità", "dipendent", True),
        ("Al settore sono assegnati 12 addetti", "personal", True),
        ("Settore Tecnico: 12 dipendenti assegnati", "unit", True),
        # a rate of the thing, or another thing, is no count of it
        ("90 kg per abitante", "abitant", False),
        ("Al settore sono assegnati 12 automezzi", "dipendent", False),
    ],
)
def test_a_count_is_a_figure_stated_with_the_thing_or_its_other_names(text: str, stem: str, states: bool) -> None:
    assert states_count(text, stem) is states
