"""Aligning extracted values with the document text: exact, fuzzy, none; raw spans."""

from __future__ import annotations

import pytest

from ingest.align import SourceText, clean_value, clean_view
from ingest.models import Alignment

pytestmark = pytest.mark.unit

TEXT = (
    "<b>LEGALITA' &amp; TRASPARENZA</b>\tGarantire   la\nlegalità\n"
    "indicatore di efficacia\n% prevista\n\n100\n"
    "Rif. DUP 06.01.08\nFASE 1 - Report periodici - da GENNAIO a SETTEMBRE;\n"
    "FASE 2 - Report periodici - da OTTOBRE a DICEMBRE;\n"
)


@pytest.fixture(scope="module")
def source() -> SourceText:
    return SourceText(TEXT)


def test_clean_view_maps_back_to_raw_offsets() -> None:
    clean, offsets = clean_view("a <b>b</b> &amp;  c\n\nd")
    assert clean == "a b & c d"
    assert len(offsets) == len(clean) + 1
    assert [clean[i] for i in range(len(clean))] == list(clean)
    assert offsets[clean.index("&")] == 11  # the entity's start in the raw text


def test_clean_value_is_how_values_are_written() -> None:
    assert clean_value("  <b>Garantire</b>\n la   legalità ") == "Garantire la legalità"


def test_exact_after_markup_and_whitespace(source: SourceText) -> None:
    m = source.locate("LEGALITA' & TRASPARENZA Garantire la legalità")
    assert m.alignment == Alignment.EXACT
    assert TEXT[m.start : m.end] == "LEGALITA' &amp; TRASPARENZA</b>\tGarantire   la\nlegalità"


def test_same_words_up_to_case_accents_punctuation_is_fuzzy(source: SourceText) -> None:
    m = source.locate("100%")  # the target as written in a record, "100" in the text
    assert m.alignment == Alignment.FUZZY and TEXT[m.start : m.end] == "100"
    m = source.locate("garantire la legalita")
    assert m.alignment == Alignment.FUZZY and TEXT[m.start : m.end].startswith("Garantire")


def test_close_match_is_fuzzy_and_unrelated_text_is_none(source: SourceText) -> None:
    m = source.locate("Report periodici da gennaio fino a settembre")  # one word off
    assert m.alignment == Alignment.FUZZY
    assert TEXT[m.start : m.end] == "Report periodici - da GENNAIO a SETTEMBRE"
    none = source.locate("Riqualificazione energetica della scuola materna")
    assert none.alignment == Alignment.NONE and none.start == none.end


def test_search_stays_in_the_span_without_document_fallback(source: SourceText) -> None:
    start = TEXT.index("Rif. DUP")
    assert source.locate("legalità", start, len(TEXT), document_fallback=False).alignment == Alignment.NONE
    assert source.locate("legalità", start, len(TEXT)).alignment == Alignment.EXACT  # fallback


def test_repeated_items_align_in_order_with_after(source: SourceText) -> None:
    first = source.locate("Report periodici")
    second = source.locate("Report periodici", 0, len(TEXT), after=first.end)
    assert first.alignment == second.alignment == Alignment.EXACT
    assert second.start > first.start


def test_empty_value_is_not_aligned(source: SourceText) -> None:
    assert source.locate("  ").alignment == Alignment.NONE
