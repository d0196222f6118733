"""The field-label vocabulary read from a question's hand-typed words."""

from __future__ import annotations

import pytest

from ingest.structure.vocabulary import near_label


@pytest.mark.parametrize(
    ("word", "label"),
    [("dipendeti", "dipendenti"), ("indicatroi", "indicatori"), ("stakeolder", "stakeholder"), ("dipendenti", None),
     ("fasi", None)],  # a label itself; a word too short to read as a typo
)
def test_a_misspelt_single_word_label_is_near_that_label(word: str, label: str | None) -> None:
    assert near_label(word) == label


@pytest.mark.parametrize(
    ("label", "field"),
    [("Esito atteso", "valore_atteso"), ("Effetti attesi", "valore_atteso"), ("Dirigente referente", "responsabile")],
)
def test_the_other_nouns_of_an_outcome_and_a_referent_executive_are_field_labels(label: str, field: str) -> None:
    from ingest.structure.vocabulary import canonical_key

    assert canonical_key(label) == field


def test_a_frame_label_with_a_participle_of_linking_is_the_frame() -> None:
    from ingest.structure.vocabulary import canonical_key

    # ("collegato" points at the strategic frame the objective belongs to)
    assert canonical_key("Obiettivo strategico DUP collegato") == "obiettivo_strategico"
    assert canonical_key("Linea strategica correlata") == "area_strategica"
    # (a row's "obiettivo collegato" is another objective it points to, no title of its own)
    assert canonical_key("Obiettivo collegato") is None
