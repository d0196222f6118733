"""The objectives a sentence points at by their numbers, clause by clause: a sentence
that rates some objectives one way and others another ("…, e a rischio basso …") points
at those of the clause that states the question's topic."""

from __future__ import annotations

import pytest

from assistant.answering.coded import pointed
from ingest.models import Chunk, UnitKind

pytestmark = pytest.mark.unit

SENTENCE = ("Il RPCT ha valutato a rischio alto i processi collegati agli obiettivi n. 1 e n. 2, "
            "e a rischio basso il processo collegato all'obiettivo n. 3.")


def _chunk(text: str) -> Chunk:
    return Chunk(id="c1", doc_id="d", ordinal=0, kind=UnitKind.SECTION, text=text, source_text=text,
                 page=1, page_end=1, char_start=0, char_end=len(text), breadcrumb=("2.3 Rischi",))


def test_the_clause_that_states_the_topic_points_at_its_own_objectives() -> None:
    chunk = _chunk(SENTENCE)
    found = pointed([(chunk, SENTENCE)], lambda _: {"1": "uno", "2": "due", "3": "tre"},
                    lambda text: float("alto" in text))
    assert found is not None
    _, clause, objectives = found
    assert objectives == ["uno", "due"], clause
