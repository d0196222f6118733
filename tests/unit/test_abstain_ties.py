"""A plan named in a yes/no question lacks the thing when its rarest term is missing from
its passages; terms equally rare decide alike, whatever order a set lists them in (the
answer was once different from one run to the next)."""

from __future__ import annotations

import pytest

from assistant.answering.abstain import _not_in_named_plan
from assistant.answering.candidates import Candidate
from assistant.answering.frame import AnswerType, Frame
from assistant.answering.select import Scored
from ingest.models import Chunk, UnitKind
from vectorstore.analysis import ItalianAnalyzer

pytestmark = pytest.mark.unit

TEXT = "Esenzioni TARI per le attività commerciali colpite dai cantieri."


@pytest.mark.parametrize("order", [("tari", "domest"), ("domest", "tari")])
def test_equally_rare_terms_decide_alike_in_any_order(order: tuple[str, str]) -> None:
    chunk = Chunk(id="c", doc_id="valprova.txt", ordinal=0, kind=UnitKind.SECTION, text=TEXT, source_text=TEXT,
                  page=1, page_end=1, char_start=0, char_end=len(TEXT), breadcrumb=("Valprova",))
    scored = [Scored(Candidate(TEXT, TEXT, chunk, 0), 1.0, 1.0, 1.0, True)]
    frame = Frame(question="tariffe tari per le utenze domestiche a Valprova?", query="tariffe tari utenze domestiche",
                  answer_type=AnswerType.DESCRIPTION, fields=(), terms=frozenset(order),
                  weights={t: 5.5 for t in order}, frequencies={t: 1 for t in order}, enti=("valprova.txt",),
                  polar=True)
    assert _not_in_named_plan(frame, scored, ItalianAnalyzer().analyze) == "il piano non indica nulla su «domestiche»"
