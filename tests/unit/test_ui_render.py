"""HTML of the app: citation chips, passage viewer, not-found state, status, chart."""

from __future__ import annotations

import pytest

from assistant.answering import Answer
from assistant.citations import cite
from ingest.models import Chunk, UnitKind
from ui import render

pytestmark = pytest.mark.unit


def chunk(text: str, source: str | None = None, page: int = 3, doc: str = "piano.pdf") -> Chunk:
    return Chunk(
        id="c1", doc_id=doc, ordinal=0, kind=UnitKind.OBJECTIVE, text=text,
        source_text=source if source is not None else text, page=page, page_end=page,
        char_start=0, char_end=len(text), breadcrumb=("Comune di Prova", "PIAO 2025-2027"),
        fields={}, n_tokens=10,
    )


def test_highlight_ignores_case_and_whitespace_and_escapes() -> None:
    out = render.highlight("Prima <b>riga</b>\nResponsabile:   Area   Tecnica & Co.", "area tecnica & co")
    assert out == "Prima &lt;b&gt;riga&lt;/b&gt;\nResponsabile:   <mark>Area   Tecnica &amp; Co</mark>."
    assert render.highlight("testo", "assente") is None
    assert render.highlight("testo", "   ") is None


def test_highlight_matches_amp_entities_in_the_text() -> None:
    out = render.highlight("Ufficio A &amp; B", "A & B")
    assert out is not None and "<mark>" in out


def test_answer_html_has_one_chip_per_citation_with_the_marked_passage() -> None:
    c = chunk("OBIETTIVO\nDigitalizzazione SUAP\nRESPONSABILE Area <Servizi>", page=4)
    ans = Answer(
        text="Responsabile: Area <Servizi> [1] e poi [7]",
        citations=[cite(1, c, "Area <Servizi>")],
        passages=[c],
        found=True,
    )
    html = render.answer_html(ans, {"piano.pdf": "PIAO 2025 – Prova"})
    assert html.count('<details class="piao-cite">') == 1
    assert "[1] PIAO 2025 – Prova · pag. 4" in html
    assert "<mark>Area &lt;Servizi&gt;</mark>" in html
    assert '<span class="piao-ref">1</span>' in html
    assert "[7]" in html  # a mark without a citation stays text
    assert "<Servizi>" not in html  # everything escaped
    assert "\n" not in html  # one Markdown HTML block, no line breaks at all
    assert "Comune di Prova › PIAO 2025-2027" in html


def test_passage_viewer_prefers_the_verbatim_source_text() -> None:
    c = chunk("titolo: Prova\nvalore: 10", source="Prova\t10 unità")
    html = render.passage_html(c, cite(1, c, "Prova\t10"))
    assert "<mark>Prova\t10</mark>" in html
    assert "pag. 3" in html


def test_not_found_is_a_clear_state_with_the_closest_passages() -> None:
    c = chunk("Un passaggio vicino")
    ans = Answer(text="Non ho trovato questa informazione nei documenti caricati.",
                 citations=[], passages=[c], found=False)
    html = render.answer_html(ans)
    assert "piao-notfound" in html and render.NOT_FOUND_TITLE in html
    assert "Passaggi più vicini" in html and "<mark>" not in html


def test_warning_and_query_note() -> None:
    ans = Answer(text="Testo", citations=[], passages=[], found=False,
                 warning="citazioni non verificate", query="domanda completa")
    assert "citazioni non verificate" in render.answer_html(ans)
    assert "domanda completa" in render.query_note("e le fasi?", ans)
    assert render.query_note("domanda completa", ans) == ""


def test_plain_text_for_copy() -> None:
    c = chunk("Area Tecnica")
    ans = Answer(text="Risposta [1]", citations=[cite(1, c, "Area Tecnica")], passages=[c],
                 found=True)
    text = render.answer_plain_text(ans)
    assert text.splitlines()[0] == "Risposta [1]"
    assert "[1] piano.pdf, pag. 3: «Area Tecnica»" in text


def test_status_line() -> None:
    busy = render.dense_status_html(5, 378, True, 96, 378, 0)
    assert "96/378" in busy and "25%" in busy and "ricerca per parole" in busy
    done = render.dense_status_html(5, 378, False, 0, 0, 0)
    assert "ricerca completa" in done
    failed = render.dense_status_html(5, 378, False, 0, 0, 12, error="Modello <x> assente.")
    assert "Modello &lt;x&gt; assente." in failed


def test_eval_chart() -> None:
    metrics = {"overall": {"n": 2, "accuracy": 0.5, "hit@5": 1.0},
               "per_type": {"responsabile": {"n": 2, "accuracy": 0.5, "hit@5": None}}}
    html = render.eval_chart_html(metrics)
    assert "width:50%" in html and "width:100%" in html and "width:0%" in html
    assert "responsabile" in html and "–" in html
