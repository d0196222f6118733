"""Which objective a question is about, when a topic word stands in the heading above
several objectives ("Linea strategica 2 – Un ente aperto e trasparente"): the objective
whose own words hold it, not a sibling that ranks higher in retrieval."""

from __future__ import annotations

import pytest

from assistant.answering.candidates import Candidate
from assistant.answering.frame import AnswerType, Frame
from assistant.answering.intent import Intent
from assistant.answering.select import Selector
from ingest.models import Chunk, UnitKind
from ingest.text import Field

pytestmark = pytest.mark.unit

LINE = "Linea strategica 2 – Un ente aperto e trasparente"


def _row(cid: str, title: str, deadline: str) -> Chunk:
    text = f"Valmosca › {LINE} › {title}\nObiettivo operativo: {title}\nScadenza: {deadline}"
    return Chunk(id=cid, doc_id="valmosca.pdf", ordinal=0, kind=UnitKind.TABLE_ROW, text=text, source_text=text,
                 page=1, page_end=1, char_start=0, char_end=len(text), breadcrumb=("Valmosca", LINE, title),
                 fields={Field.TITOLO: title, Field.SCADENZA: deadline,
                         Field.AREA_STRATEGICA: "Un ente aperto e trasparente"})


def test_the_objective_whose_own_words_hold_the_topic_beats_a_sibling_ranked_higher() -> None:
    sibling = _row("a", "Piano formativo del personale", "31/12/2026")
    asked = _row("b", "Pubblicazione nella sezione Amministrazione trasparente", "31/03/2027")
    candidates = [
        Candidate("31/12/2026", "31/12/2026", sibling, 0, Field.SCADENZA),
        # (the strategic line the sibling's field names is the heading above both)
        Candidate("Un ente aperto e trasparente", "Un ente aperto e trasparente", sibling, 0, Field.AREA_STRATEGICA),
        Candidate("31/03/2027", "31/03/2027", asked, 1, Field.SCADENZA),
    ]
    frame = Frame(question="Quando scade l'obiettivo sulla trasparenza?", query="scade obiettivo trasparenza",
                  answer_type=AnswerType.DATE, fields=(Intent.TIMING,), terms=frozenset({"trasparent"}),
                  weights={"trasparent": 1.0})
    best = Selector().select(frame, candidates).ranked[0]
    assert best.cand.chunk.id == "b" and best.cand.text == "31/03/2027"


def test_a_value_linked_from_another_passage_brings_no_words_of_that_passage() -> None:
    # (the sibling's strategic objective, read from a section that opens under the
    # heading "Un ente aperto e trasparente", is the sibling's; that section's text is not)
    sibling = _row("a", "Piano formativo del personale", "31/12/2026")
    asked = _row("b", "Pubblicazione nella sezione Amministrazione trasparente", "31/03/2027")
    body = "## Un ente aperto e trasparente\n**SG-2 – Persone competenti.** Formazione continua."
    section = Chunk(id="s", doc_id="valmosca.pdf", ordinal=1, kind=UnitKind.SECTION, text=f"Valmosca\n{body}",
                    source_text=body, page=1, page_end=1, char_start=0, char_end=len(body),
                    breadcrumb=("Valmosca", "Obiettivi strategici"))
    group = (sibling.doc_id, sibling.fields[Field.TITOLO])
    candidates = [
        Candidate("31/12/2026", "31/12/2026", sibling, 0, Field.SCADENZA),
        Candidate("SG-2 – Persone competenti", "SG-2 – Persone competenti", section, 0, Field.OBIETTIVO_STRATEGICO,
                  group_key=group, record_title=sibling.fields[Field.TITOLO]),
        Candidate("31/03/2027", "31/03/2027", asked, 1, Field.SCADENZA),
    ]
    frame = Frame(question="Quando scade l'obiettivo sulla trasparenza?", query="scade obiettivo trasparenza",
                  answer_type=AnswerType.DATE, fields=(Intent.TIMING,), terms=frozenset({"trasparent"}),
                  weights={"trasparent": 1.0})
    best = Selector().select(frame, candidates).ranked[0]
    assert best.cand.chunk.id == "b", best.cand


def test_an_org_chart_entry_is_linked_to_its_objectives_own_words_not_the_headings_above() -> None:
    from assistant.answering.evidence import _org_links
    from vectorstore.search import SearchHit

    row = _row("a", "Piano formativo del personale", "31/12/2026")
    row = row.model_copy(update={"fields": {**row.fields, Field.SETTORE: "Area Personale"}})
    text = "Valmosca › Organigramma › Area Personale\nArea Personale: dott.ssa Irene Callegaro"
    entry = Chunk(id="o", doc_id="valmosca.pdf", ordinal=2, kind=UnitKind.ORG_CHART, text=text, source_text=text,
                  page=2, page_end=2, char_start=0, char_end=len(text), breadcrumb=("Valmosca", "Organigramma"),
                  fields={Field.SETTORE: "Area Personale", Field.TITOLARE: "Irene Callegaro"})
    linked = _org_links([SearchHit(entry, 1.0), SearchHit(row, 0.9)])["o"]
    assert "Piano formativo del personale" in linked and "trasparente" not in linked, linked
