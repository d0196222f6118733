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
