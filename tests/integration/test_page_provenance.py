"""Page numbers survive the whole pipeline: PDF/DOCX → chunks → search results."""

from __future__ import annotations

from pathlib import Path

import pytest

from settings import load_settings
from tests.docgen import make_docx, make_pdf, sample_text, split_into_pages

pytestmark = pytest.mark.integration
MAGNAGO = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"


def last_line_with_words(page: str) -> str:
    lines = [ln.strip() for ln in page.splitlines() if len(ln.split()) >= 6]
    return " ".join(lines[-1].split()[:6])


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_search_hits_carry_the_right_page(tmp_path: Path, kind: str) -> None:
    from services import build_library

    pages = split_into_pages(sample_text(MAGNAGO), 4)
    path = tmp_path / f"magnago.{kind}"
    if kind == "pdf":
        make_pdf(pages, path)
    else:
        make_docx(pages, path)
    library = build_library(load_settings(data_dir=tmp_path / "data"))
    report = library.ingest([path])
    assert not report.failures, report.failures
    assert library.documents()[0].meta.n_pages == 4
    for number in (2, 4):
        phrase = last_line_with_words(pages[number - 1])
        hits = [h for h in library.search(phrase, 10)
                if " ".join(phrase.split()).lower() in " ".join(h.chunk.source_text.split()).lower()]
        assert hits, phrase
        chunk = hits[0].chunk
        assert chunk.page <= number <= chunk.page_end
