"""The CLI and the app apply the same rules from the same settings: each used to be
written twice at the edges (question limit, drafter wiring, records of unknown layouts
by a chat model, the evaluation adapter). Real index (the session's samples), real
handlers, the real `piao` command."""

from __future__ import annotations

import json
import pathlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import cli
from assistant.errors import InvalidQuestionError, LLMError
from assistant.records import load_records_json
from services import build_answerer, build_library
from settings import load_settings
from tests.fakes import FakeChat
from ui import handlers
from ui.state import AppContext

pytestmark = pytest.mark.integration

SUAP = "chi è responsabile della digitalizzazione SUAP?"
# Over the default limit of 2,000 characters counted on the raw text, short once cleaned
# (the spaces inside: a terminal line is stripped at its ends).
LONG_SUAP = "chi è responsabile" + " " * 2100 + "della digitalizzazione SUAP?"
INTENT = "digitalizzare l'archivio delle pratiche edilizie"


def context(library: Any, data_dir: Path, **overrides: Any) -> AppContext:
    settings = load_settings(data_dir=data_dir, **overrides)
    return AppContext.create(settings, library, build_answerer(settings, library), warm_up=False)


def piao(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli.main, list(args), env=env, input=input)
    return result.exit_code, result.output


# -- the question limit ---------------------------------------------------------------
def test_a_configured_question_limit_above_2000_holds_in_the_app(
    sample_library, tmp_path: Path
) -> None:
    ctx = context(sample_library, tmp_path, search={"max_question_chars": 3000})
    assert handlers.ask(ctx, LONG_SUAP)["found"] is True
    final = list(handlers.chat(ctx, LONG_SUAP, None, None, None, []))[-1]
    assert final.conversation[0]["question"] == SUAP and final.conversation[0]["found"]

    default = context(sample_library, tmp_path)
    with pytest.raises(InvalidQuestionError, match="troppo lunga"):
        handlers.ask(default, LONG_SUAP)


def test_a_configured_question_limit_above_2000_holds_in_the_cli(sample_library) -> None:
    data_dir = str(sample_library.documents_dir.parent)
    wider = {"PIAO_SEARCH__MAX_QUESTION_CHARS": "3000"}
    code, out = piao("--data-dir", data_dir, "ask", LONG_SUAP, "--json", env=wider)
    assert code == 0, out
    assert json.loads(out)["found"] is True
    code, out = piao("--data-dir", data_dir, "chat", env=wider, input=LONG_SUAP + "\n\n")
    assert code == 0 and "Fonti:" in out and "troppo lunga" not in out

    code, out = piao("--data-dir", data_dir, "ask", LONG_SUAP)
    assert code == 1 and "troppo lunga" in out and "massimo 2.000" in out


# -- the drafter ----------------------------------------------------------------------
def test_the_drafter_honours_max_precedents_in_the_app_and_the_cli(
    sample_library, tmp_path: Path
) -> None:
    default = handlers.draft(context(sample_library, tmp_path / "a"), None, INTENT)
    assert len(default.precedents) > 1  # the default allows 4: the setting must show
    one = handlers.draft(
        context(sample_library, tmp_path / "b", draft={"max_precedents": 1}), None, INTENT
    )
    assert len(one.precedents) == 1

    data_dir = str(sample_library.documents_dir.parent)
    code, out = piao("--data-dir", data_dir, "draft", INTENT, "--json",
                     env={"PIAO_DRAFT__MAX_PRECEDENTS": "1"})
    assert code == 0, out
    assert len(json.loads(out)["precedents"]) == 1


# -- records of unknown layouts by a chat model ---------------------------------------
UNKNOWN_LAYOUT = """Comune di Testolandia
Piano 2025-2027

OBIETTIVO: Digitalizzare l'archivio
RESPONSABILE: Settore Tecnico
INDICATORE: fascicoli

OBIETTIVO: Ridurre i tempi
RESPONSABILE: Settore Finanze
INDICATORE: giorni
"""
MODEL_DOWN = "Il modello linguistico non risponde."


class DownChat(FakeChat):
    """A configured chat model whose server is down."""

    def __init__(self) -> None:
        super().__init__([], name="fake:down")

    def _generate(self, messages: Any, max_tokens: int, temperature: float) -> Any:
        raise LLMError(MODEL_DOWN, detail="test: server down")


@pytest.fixture
def model_down(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Records of unknown layouts by a chat model that fails; the settings as env."""
    monkeypatch.setattr("assistant.llm.make_chat_model", lambda *_a, **_k: DownChat())
    return {"PIAO_RECORDS__LLM_UNKNOWN_LAYOUTS": "true", "PIAO_LLM__MODE": "openai"}


def test_a_failing_model_keeps_the_rule_records_in_the_cli_and_the_app(
    model_down: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "incoming" / "testolandia_piao-2025-2027.txt"
    doc.parent.mkdir()
    doc.write_text(UNKNOWN_LAYOUT, encoding="utf-8")

    out_file = tmp_path / "obiettivi.json"
    code, out = piao("extract", str(doc), "--out", str(out_file), env=model_down)
    assert code == 0, out
    assert MODEL_DOWN in out  # said, not hidden, and the file goes on
    from_cli = load_records_json(out_file)
    assert from_cli and all(r.extractor.startswith("rules") for r in from_cli)

    for key, value in model_down.items():
        monkeypatch.setenv(key, value)
    settings = load_settings(data_dir=tmp_path / "app-data")
    library = build_library(settings)
    ctx = AppContext.create(settings, library, build_answerer(settings, library), warm_up=False)
    result = handlers.upload(ctx, [doc])
    assert (result.imported, result.failed) == (1, 0), result.rows
    from_app = library.catalog.records()
    assert [r.titolo for r in from_app] == [r.titolo for r in from_cli]
    # not marked as read by the model: the next ingestion asks it again
    assert "llm" not in (library.catalog.record_extractor(doc.name) or "")


# -- evaluation -----------------------------------------------------------------------
def test_the_app_evaluation_reads_nothing_back_from_disk(
    sample_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    golden = tmp_path / "golden.jsonl"
    golden.write_text(json.dumps({
        "id": "t1", "question": SUAP, "answer": "", "must_contain": [["risposta impossibile"]],
        "doc": None, "evidence": [], "type": "responsabile",
    }), encoding="utf-8")
    ctx = context(sample_library, tmp_path / "work")

    real_open, real_read = pathlib.Path.open, pathlib.Path.read_text

    def no_read_back(path: pathlib.Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if path.name in ("predictions.jsonl", "metrics.json") and "r" in mode:
            raise AssertionError(f"read back from disk: {path}")
        return real_open(path, mode, *args, **kwargs)

    def no_read_text(path: pathlib.Path, *args: Any, **kwargs: Any) -> str:
        if path.name in ("predictions.jsonl", "metrics.json"):
            raise AssertionError(f"read back from disk: {path}")
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", no_read_back)
    monkeypatch.setattr(pathlib.Path, "read_text", no_read_text)
    result = handlers.evaluate(ctx, golden)
    assert [row[0] for row in result.failures] == ["t1"]
    assert result.failures[0][3] and "risposta errata" in result.failures[0][4]
    assert [f.name for f in result.files] == ["predictions.jsonl", "metrics.json"]
