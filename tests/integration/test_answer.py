"""Extractive answers over the real sample index: grounded, cited, or a plain refusal."""

from __future__ import annotations

import pytest

from assistant.answer import NOT_FOUND, ExtractiveAnswerer
from assistant.citations import quote_occurs
from assistant.retrieve import Retriever

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def answerer(sample_library) -> ExtractiveAnswerer:
    return ExtractiveAnswerer(Retriever(sample_library.searcher, sample_library.catalog))


def assert_grounded(ans) -> None:
    assert ans.found and ans.citations
    by_id = {c.id: c for c in ans.passages}
    for cit in ans.citations:
        assert f"[{cit.n}]" in ans.text
        assert quote_occurs(cit.quote, by_id[cit.chunk_id])
        assert cit.page == by_id[cit.chunk_id].page


def test_responsible_from_labelled_fields(answerer) -> None:
    ans = answerer.answer("Chi segue il completamento del primo piano di Villa Oliva?")
    assert "Lavori Pubblici" in ans.text
    assert_grounded(ans)
    assert len(ans.text) <= 600


def test_org_chart_hop_names_the_person(answerer) -> None:
    ans = answerer.answer("Chi è il titolare del settore che cura il censimento del verde?")
    assert "BIANCHI Maurizio" in ans.text
    assert_grounded(ans)


def test_unknown_municipality_is_a_refusal(answerer) -> None:
    ans = answerer.answer("Quali sono gli obiettivi del Comune di Bergamo per il 2025?")
    assert ans.text.startswith(NOT_FOUND[:-1]) and not ans.found and not ans.citations


def test_field_absent_from_the_objective_is_a_refusal(answerer) -> None:
    ans = answerer.answer("Quali dipendenti lavorano alla campagna contro le truffe agli anziani?")
    assert ans.text.startswith(NOT_FOUND[:-1]) and "Polizia Locale" in ans.text


def test_off_topic_question_is_a_refusal(answerer) -> None:
    ans = answerer.answer("Qual è la ricetta della torta di mele della nonna?")
    assert not ans.found and ans.text.startswith(NOT_FOUND[:-1])


def test_comparison_has_one_line_per_municipality(answerer) -> None:
    ans = answerer.answer("Asili nido: cosa prevedono Cassano Magnago e il magentino?")
    lines = ans.text.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Cassano Magnago")
    assert_grounded(ans)
