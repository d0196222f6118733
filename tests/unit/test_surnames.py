"""The people a statement names, by surname (the hop person → their other objectives)."""

from __future__ import annotations

import pytest

from assistant.answering.select import surnames


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le attività sono seguite dalla dott.ssa Irene BALDO dell'ufficio cultura", ["BALDO"]),
        ("personale assegnato: MANZONI Davide (D1 RUP), SACCHELLI Paola", ["MANZONI", "SACCHELLI"]),
        ("è affidato a arch. Pietro Tornaghi", ["Tornaghi"]),
        ("Lavori in via San Marco e nell'area ex Fornaci", []),  # a saint's name is a place
        # an acronym before a title and a name is the role, not the surname
        ("Responsabile unico del progetto (RUP): geom. Michele BORTOLI; ing. Carla Ferro", ["BORTOLI", "Ferro"]),
    ],
)
def test_the_word_next_to_a_given_name_is_the_surname(text: str, expected: list[str]) -> None:
    assert surnames(text) == expected
