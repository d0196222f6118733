"""The application layer's rules with fakes: the unknown-layout rule, evaluation in
memory, record filters."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from assistant.answering import Answer, Turn
from assistant.errors import LLMError
from assistant.evaluation import GoldenQA
from assistant.records import LLMRecordExtractor
from ingest.models import LayoutKind
from services import (
    NOT_RETRIEVED,
    check_question,
    evaluate_qa,
    load_golden_qa,
    record_filters,
    wants_llm_records,
    with_llm_records,
)
from settings import load_settings
from tests.fakes import FakeChat
from tests.unit.test_extract_llm import GOOD, parsed_doc, reply

pytestmark = pytest.mark.unit


# -- the unknown-layout rule ---------------------------------------------------------
class DownChat(FakeChat):
    def __init__(self) -> None:
        super().__init__([], name="fake:down")

    def _generate(self, messages: Any, max_tokens: int, temperature: float) -> Iterator[str]:
        raise LLMError("Il modello linguistico non risponde.", detail="test")


def test_the_rule_asks_the_model_only_for_unknown_layouts() -> None:
    parsed = parsed_doc()
    extractor = LLMRecordExtractor(FakeChat([reply([GOOD])]))
    assert parsed.meta.layout == LayoutKind.GENERIC
    assert wants_llm_records(parsed, extractor)
    assert not wants_llm_records(parsed, None)
    known = parsed.model_copy(
        update={"meta": parsed.meta.model_copy(update={"layout": LayoutKind.OBJECTIVE_BLOCKS})}
    )
    assert not wants_llm_records(known, extractor)


def test_the_rule_merges_the_model_records_and_marks_who_read_them() -> None:
    parsed = parsed_doc()
    outcome = with_llm_records(parsed, LLMRecordExtractor(FakeChat([reply([GOOD])])))
    assert outcome.warning == ""
    assert len(outcome.parsed.records) == 1
    assert outcome.parsed.records_by == f"{parsed.records_by}+llm:fake:scripted"


def test_a_failing_model_leaves_the_rule_records_and_says_why() -> None:
    parsed = parsed_doc()
    outcome = with_llm_records(parsed, LLMRecordExtractor(DownChat()))
    assert outcome.parsed == parsed  # records and records_by untouched: asked again next time
    assert "non risponde" in outcome.warning


# -- evaluation in memory -------------------------------------------------------------
class ScriptedAnswerer:
    label = "test"

    def __init__(self, replies: dict[str, str]) -> None:
        self.replies = replies
        self.asked: list[str] = []

    def answer(
        self, question: str, filters: Any = None, history: Sequence[Turn] = ()
    ) -> Answer:
        self.asked.append(question)
        text = self.replies.get(question, "Non ho trovato questa informazione.")
        return Answer(text=text, citations=[], passages=[], found=question in self.replies)

    def stream(self, question: str, filters: Any = None, history: Sequence[Turn] = ()) -> Any:
        yield self.answer(question, filters, history)


def items() -> list[GoldenQA]:
    return [
        GoldenQA(id="a", question="chi?", answer="Mario", must_contain=[["Rossi"]], doc="x.txt",
                 evidence=[], type="responsabile"),
        GoldenQA(id="b", question="quanto?", answer="", must_contain=[["42"]], doc="y.txt",
                 evidence=["un passaggio"], type="numerico"),
    ]


def test_evaluation_runs_in_memory_and_writes_nothing(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    def no_write(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("the evaluation wrote a file")

    monkeypatch.setattr(pathlib.Path, "write_text", no_write)
    monkeypatch.setattr(pathlib.Path, "mkdir", no_write)
    answerer = ScriptedAnswerer({"chi?": "Il responsabile è Rossi."})
    steps: list[float] = []
    run = evaluate_qa(answerer, items(), indexed=["x.txt"], warm_up=True,
                      progress=lambda f, _d: steps.append(f))
    assert answerer.asked[0] == "riscaldamento" and answerer.asked[1:] == ["chi?", "quanto?"]
    assert [p["id"] for p in run.predictions] == ["a", "b"]
    assert run.predictions[0]["answer"] == "Il responsabile è Rossi."
    assert run.metrics["overall"]["n"] == 2 and run.missing_docs == ["y.txt"]
    (failed,) = run.failures()
    assert failed.item.id == "b" and failed.wrong and failed.rank == NOT_RETRIEVED
    assert steps[-1] == 1.0
    assert not list(tmp_path.iterdir())


def test_an_evaluation_is_saved_on_request(tmp_path: pathlib.Path) -> None:
    run = evaluate_qa(ScriptedAnswerer({}), items())
    files = run.write(tmp_path / "out")
    assert [f.name for f in files] == ["predictions.jsonl", "metrics.json"]
    assert len(files[0].read_text(encoding="utf-8").splitlines()) == 2


def test_golden_files_that_cannot_be_read_get_italian_messages(tmp_path: pathlib.Path) -> None:
    latin1 = tmp_path / "latin1.jsonl"
    latin1.write_bytes('{"id": "à"}'.encode("latin-1"))
    with pytest.raises(ValueError, match="UTF-8"):
        load_golden_qa(latin1)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(ValueError, match="non contiene domande"):
        load_golden_qa(empty)


# -- questions and record filters -----------------------------------------------------
def test_the_question_limit_comes_from_the_settings() -> None:
    long = "chi è il responsabile" + " " * 2500 + "del SUAP?"
    wide = load_settings(search={"max_question_chars": 3000})
    assert check_question(long, wide) == "chi è il responsabile del SUAP?"
    from assistant.errors import InvalidQuestionError

    with pytest.raises(InvalidQuestionError):
        check_question(long, load_settings())


def test_blank_record_filters_filter_nothing() -> None:
    f = record_filters(ente="  ", settore=" lavori pubblici ", doc_ids=[])
    assert f.ente is None and f.settore == "lavori pubblici" and f.doc_ids is None
