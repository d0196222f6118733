"""The public Python API (`services.Piao`) on a real small index: two samples ingested
through it, real e5 embeddings, embedded Chroma. What the README shows must work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import InvalidQuestionError
from assistant.records import load_records_json
from services import Piao

pytestmark = pytest.mark.integration

SHORT = "cremosano_piao-2026-2028_valore-pubblico.txt"
TABLE = "magentino_piao-2024-2026_obiettivi-dup.txt"
PRIORITIES = "Quante sono le priorità strategiche di Cremosano?"


def test_ingest_is_idempotent_and_bad_files_are_reported(
    api_piao: Piao, api_corpus: Path, tmp_path: Path
) -> None:
    assert {d.meta.doc_id for d in api_piao.documents()} == {SHORT, TABLE}
    again = api_piao.ingest([api_corpus])
    assert {o.status for o in again.outcomes} == {"unchanged"} and again.changed == 0
    bad = tmp_path / "vuoto.txt"
    bad.write_bytes(b"")
    report = api_piao.ingest([bad])
    assert report.outcomes == () and [f.file_name for f in report.failures] == ["vuoto.txt"]
    assert "vuoto" in report.failures[0].message  # Italian, for people
    assert len(api_piao.documents()) == 2


def test_search_returns_passages_with_their_provenance(api_piao: Piao) -> None:
    hits = api_piao.search("priorità strategiche del comune", k=3)
    assert 0 < len(hits) <= 3
    top = hits[0].chunk
    assert top.doc_id == SHORT and top.page >= 1 and top.char_start < top.char_end
    assert top.breadcrumb_text and hits[0].score > 0
    only = api_piao.search("obiettivi operativi", k=5, doc_ids=[TABLE])
    assert only and {h.chunk.doc_id for h in only} == {TABLE}


def test_ask_answers_with_verified_citations(api_piao: Piao) -> None:
    answer = api_piao.ask(PRIORITIES)
    assert answer.found and "12" in answer.text
    first = answer.citations[0]
    assert first.doc == SHORT and first.page == 1 and first.quote
    cited = next(c for c in answer.passages if c.id == first.chunk_id)
    assert first.quote in cited.text or first.quote in cited.source_text
    follow = api_piao.ask("e quali sono?", history=[{"question": PRIORITIES,
                                                     "answer": answer.text}])
    assert follow.query and follow.query != "e quali sono?"
    stream = list(api_piao.stream(PRIORITIES))
    assert stream[-1].text == answer.text  # the stream ends with the same Answer


def test_ask_keeps_the_configured_question_limit(api_piao: Piao) -> None:
    with pytest.raises(InvalidQuestionError, match="troppo lunga"):
        api_piao.ask("a" * (api_piao.settings.search.max_question_chars + 1))
    with pytest.raises(InvalidQuestionError, match="vuota"):
        api_piao.ask("  ")


def test_records_list_and_export(api_piao: Piao, tmp_path: Path) -> None:
    table = api_piao.records(doc_ids=[TABLE])
    assert len(table) > 20 and all(r.doc_id == TABLE and r.page >= 1 for r in table)
    assert api_piao.records(doc_ids=[SHORT]) == []  # priorities only, no objectives
    assert len(api_piao.records(doc_ids=[TABLE], limit=3)) == 3
    some = api_piao.records(keyword="cittadinanza")
    assert 0 < len(some) < len(table)
    done = api_piao.export_records(tmp_path / "obiettivi.json", doc_ids=[TABLE])
    assert (done.count, done.fmt) == (len(table), "json")
    assert load_records_json(done.path) == table
    xlsx = api_piao.export_records(tmp_path / "obiettivi.dati", "xlsx", keyword="cittadinanza")
    assert xlsx.fmt == "xlsx" and xlsx.count == len(some) and xlsx.path.is_file()


def test_draft_from_the_precedents(api_piao: Piao, tmp_path: Path) -> None:
    out = tmp_path / "bozza.json"
    draft = api_piao.draft("rafforzare la partecipazione dei cittadini", periodo="2026-2028",
                           out=out)
    assert draft.record.titolo and draft.precedents
    assert len(draft.precedents) <= api_piao.settings.draft.max_precedents
    assert {p.doc_id for p in draft.precedents} == {TABLE}
    assert json.loads(out.read_text(encoding="utf-8"))["record"]["titolo"] == draft.record.titolo


def test_evaluate_a_golden_file_in_memory(api_piao: Piao, tmp_path: Path) -> None:
    golden = tmp_path / "golden.jsonl"
    golden.write_text(json.dumps({
        "id": "p1", "question": PRIORITIES, "answer": "12", "must_contain": [["12"]],
        "doc": SHORT, "evidence": ["priorità strategiche"], "type": "numerico",
    }), encoding="utf-8")
    run = api_piao.evaluate(golden)
    assert run.metrics["overall"]["accuracy"] == 1.0 and run.failures() == []
    assert run.predictions[0]["id"] == "p1"
    assert [p.name for p in tmp_path.iterdir()] == ["golden.jsonl"]  # nothing written
    saved = api_piao.evaluate(golden, out_dir=tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "metrics.json", "predictions.jsonl"]
    assert saved.metrics["overall"]["n"] == 1


def test_open_a_data_folder(api_piao: Piao) -> None:
    with Piao.open(api_piao.settings.data_dir) as again:
        assert {d.meta.doc_id for d in again.documents()} == {SHORT, TABLE}
        assert again.ask(PRIORITIES).text == api_piao.ask(PRIORITIES).text
