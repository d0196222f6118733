"""The Chroma server stops in the middle of a session, then comes back: answers keep
coming (from the vectors already read, else lexical with an Italian notice while it is
down), and the semantic search resumes by itself when it is back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.answering import LEXICAL_ONLY
from services import build_answerer, build_library
from settings import load_settings
from tests.integration.conftest import ChromaServer

pytestmark = [pytest.mark.integration, pytest.mark.slow]
DOC = "cremosano_piao-2026-2028_valore-pubblico.txt"
QUESTION = "Quante sono le priorità strategiche di Cremosano?"


def test_answers_survive_a_chroma_outage_and_recover(
    start_chroma_server: Callable[[], ChromaServer], samples_dir: Path, tmp_path: Path
) -> None:
    server = start_chroma_server()
    settings = load_settings(data_dir=tmp_path / "data")
    settings = settings.model_copy(
        update={"chroma": settings.chroma.model_copy(update={"server_url": server.url})}
    )
    library = build_library(settings)
    assert not library.ingest([samples_dir / DOC]).failures
    answerer = build_answerer(settings, library)

    before = answerer.answer(QUESTION)
    assert before.found and not before.warning
    assert any(h.dense_rank for h in library.searcher.search(QUESTION, 5))

    server.stop()
    # vectors already read stay usable: exact dense search goes on from them, in full
    cached = answerer.answer(QUESTION)
    assert not cached.warning and cached.text == before.text
    assert any(h.dense_rank for h in library.searcher.search(QUESTION, 5))
    # vectors not read yet (a restarted app, chunks never searched) need the server
    library.searcher.store.forget_vectors()
    during = answerer.answer(QUESTION)
    assert during.warning == LEXICAL_ONLY  # said in Italian, not a traceback
    assert during.found and during.text == before.text  # still answered, from BM25
    assert "http" not in during.warning  # no technical detail for the user

    server.restart()
    after = answerer.answer(QUESTION)
    assert not after.warning and after.text == before.text
    assert any(h.dense_rank for h in library.searcher.search(QUESTION, 5))
