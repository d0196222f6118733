"""The `piao` command line, end to end on a small real index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

pytestmark = pytest.mark.integration
DOC = "cremosano_piao-2026-2028_valore-pubblico.txt"


@pytest.fixture()
def corpus(tmp_path: Path, samples_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(samples_dir / DOC, folder)
    (folder / "rotto.pdf").write_bytes(b"not a pdf at all")
    return folder


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli.main, list(args))
    return result.exit_code, result.output


def test_ingest_list_search_remove(corpus: Path) -> None:
    code, out = run("ingest", str(corpus))
    assert code == 0, out
    assert "aggiunto" in out and DOC in out
    assert "rotto.pdf" in out and "PDF" in out  # the failure summary, in Italian

    code, out = run("ingest", str(corpus), "--if-missing")
    assert code == 0 and "già presente" in out

    code, out = run("docs", "list")
    assert code == 0 and "Cremosano" in out and "2026-2028" in out

    code, out = run("search", "priorità strategiche del comune", "-k", "3")
    assert code == 0
    assert f"{DOC} · pag. 1" in out and "›" in out

    code, out = run("search", "priorità strategiche", "--json")
    hits = json.loads(out)
    assert hits[0]["doc"] == DOC and hits[0]["breadcrumb"]

    code, out = run("ask", "Quante sono le priorità strategiche di Cremosano?")
    assert code == 0 and "12 (1. Cura del territorio" in out and "Fonti:" in out
    assert "pag. 1" in out
    code, out = run("ask", "Chi è il sindaco del Comune di Lodi?", "--json")
    payload = json.loads(out)
    assert payload["found"] is False and payload["answer"].startswith("Non ho trovato")

    code, out = run("docs", "remove", DOC)
    assert code == 0 and "Rimosso" in out
    code, out = run("docs", "remove", DOC)
    assert code != 0 and "non trovato" in out


def test_only_bad_files_exit_non_zero(tmp_path: Path) -> None:
    empty = tmp_path / "vuoto.txt"
    empty.write_text("")
    code, out = run("ingest", str(empty))
    assert code == 1 and "vuoto.txt" in out


def test_eval_qa_on_a_custom_corpus(tmp_path: Path, corpus: Path) -> None:
    golden = tmp_path / "golden.jsonl"
    rows = [
        {"id": "t1", "question": "Quante sono le priorità strategiche di Cremosano?",
         "answer": "12", "must_contain": [["12"]], "doc": DOC,
         "evidence": ["Le priorità strategiche rappresentano gli Obiettivi Generali"],
         "type": "numerico"},
        {"id": "t2", "question": "Chi è il sindaco di Lodi?", "answer": "Non presente",
         "must_contain": [], "doc": None, "evidence": [], "type": "non_presente"},
    ]
    golden.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    out_dir = tmp_path / "out"
    code, out = run("eval", "qa", str(golden), "--out", str(out_dir), "--corpus", str(corpus / DOC))
    assert code == 0, out
    assert "hit@5" in out and "numerico" in out and "accuracy" in out
    preds = [json.loads(line) for line in (out_dir / "predictions.jsonl").read_text().splitlines()]
    assert [p["id"] for p in preds] == ["t1", "t2"]
    assert preds[0]["passages"] and preds[0]["passages"][0]["doc"] == DOC
    metrics = json.loads((out_dir / "metrics.json").read_text())
    assert metrics["overall"]["hit@10"] == 1.0
    assert metrics["overall"]["accuracy"] == 1.0  # "12" found, Lodi refused
    assert preds[0]["citations"] and preds[0]["citations"][0]["page"] == 1
