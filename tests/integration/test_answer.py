"""Extractive answers over the real sample index: grounded, cited, or a plain refusal."""

from __future__ import annotations

import re

import pytest

from assistant.answering import NOT_FOUND, ExtractiveAnswerer, Retriever
from assistant.citations import quote_occurs

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


def test_field_absent_from_the_objective_says_what_is_stated_instead(answerer) -> None:
    ans = answerer.answer("Quali dipendenti lavorano alla campagna contro le truffe agli anziani?")
    first, _, rest = ans.text.partition(";")
    assert "non indica il personale assegnato" in first and "truffe" in first
    assert "Polizia Locale" in rest
    assert_grounded(ans)


def test_off_topic_question_is_a_refusal(answerer) -> None:
    ans = answerer.answer("Qual è la ricetta della torta di mele della nonna?")
    assert not ans.found and ans.text.startswith(NOT_FOUND[:-1])


def test_comparison_has_one_line_per_municipality(answerer) -> None:
    ans = answerer.answer("Asili nido: cosa prevedono Cassano Magnago e il magentino?")
    lines = ans.text.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Cassano Magnago")
    assert_grounded(ans)


def test_question_spanning_documents_gets_one_line_per_ente(answerer) -> None:
    ans = answerer.answer("chi è responsabile della digitalizzazione SUAP?")
    lines = ans.text.split("\n")
    assert len(lines) >= 2
    assert lines[0].startswith("Cassano Magnago") and any(
        ln.startswith("Cassano d'Adda") for ln in lines[1:]
    )
    assert "Responsabile Area Attività Istituzionali" in lines[0]
    assert_grounded(ans)
    assert {c.doc for c in ans.citations} >= {
        "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt",
        "cassano-dadda_piao-2024-2026_performance.txt",
    }


def test_passage_sharing_only_common_words_is_not_an_answer(answerer) -> None:
    # "nuova" and "comunale" occur everywhere; "piscina" and "budget" nowhere.
    ans = answerer.answer("Qual è il budget per la nuova piscina comunale?")
    assert not ans.found and ans.text.startswith(NOT_FOUND[:-1])
    assert ans.passages  # the closest passages are still there to look at


def test_every_statement_carries_its_own_verified_mark(answerer) -> None:
    ans = answerer.answer("Quali sono gli indicatori del bilancio sano?")
    assert_grounded(ans)
    marks = [int(n) for n in re.findall(r"\[(\d+)\]", ans.text)]
    assert sorted(set(marks)) == [c.n for c in ans.citations]  # no mark without a source
    # a list question lists every indicator, each statement with the mark of its own line
    statements = ans.text.split("; ")
    assert len(statements) >= 4
    by_n = {c.n: c for c in ans.citations}
    for statement in statements:
        ns = [int(n) for n in re.findall(r"\[(\d+)\]", statement)]
        assert ns, statement
        words = [w for w in re.findall(r"\w+", by_n[ns[-1]].quote.lower()) if w != "n"]
        assert all(w in statement.lower() for w in words[:2]), (statement, by_n[ns[-1]].quote)


def test_objective_counts_come_from_the_stored_records(answerer, sample_library) -> None:
    from assistant.records import RecordQueries

    ans = answerer.answer("quanti obiettivi ha l'area lavori pubblici a Cassano Magnago?")
    expected = RecordQueries(sample_library.catalog).count(settore="Area Lavori Pubblici")
    assert expected > 3 and f"{expected} obiettivi" in ans.text
    assert_grounded(ans)
    # each cited objective is one of those counted, quoted where its title is
    titles = {r.titolo for r in RecordQueries(sample_library.catalog).list(
        RecordQueries.filters(settore="Area Lavori Pubblici"))}
    assert all(any(c.quote in (t or "") for t in titles) for c in ans.citations)


def test_the_objectives_of_a_settore_are_listed_each_title_cited(answerer, sample_library) -> None:
    from assistant.answering.model import LIST_ANSWER_CHARS
    from assistant.records import RecordQueries

    recs = RecordQueries(sample_library.catalog).list(RecordQueries.filters(settore="Area Lavori Pubblici"))
    titles = {r.titolo for r in recs}
    for question in ("Elenca gli obiettivi dell'area lavori pubblici di Cassano Magnago",
                     "Che obiettivi ha l'area lavori pubblici a Cassano Magnago?"):
        ans = answerer.answer(question)
        assert f"{len(recs)} obiettivi" in ans.text and len(ans.text) <= LIST_ANSWER_CHARS
        assert_grounded(ans)
        # more titles than a count shows, each cited where the record found it
        assert len(ans.citations) >= min(len(recs), 5)
        assert all(any(c.quote in (t or "") for t in titles) for c in ans.citations)
