"""check_question: untrusted questions in, clean questions or typed Italian errors out."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.answering import MAX_QUESTION_CHARS, check_question, clean_question
from assistant.errors import AssistantError, InvalidQuestionError

pytestmark = pytest.mark.unit


def test_clean_question_is_returned_tidied() -> None:
    raw = "  chi è\x00 il\u200b responsabile\ud800 del\tSUAP?\r\n\n "
    assert check_question(raw) == "chi è il responsabile del SUAP?"


def test_decomposed_accents_are_composed() -> None:
    assert check_question("perche\u0301 ?") == "perché ?"


@pytest.mark.parametrize("raw", ["", "   ", "\n\t\r", "\x00\x01\x7f", "\u200b\u200e\ufeff"])
def test_empty_questions_are_refused_in_italian(raw: str) -> None:
    with pytest.raises(InvalidQuestionError) as info:
        check_question(raw)
    assert info.value.user_message.startswith("La domanda è vuota")


def test_punctuation_only_is_refused() -> None:
    with pytest.raises(InvalidQuestionError) as info:
        check_question("?!? … ---")
    assert "non contiene parole" in info.value.user_message


def test_oversized_question_is_refused_before_any_work() -> None:
    with pytest.raises(InvalidQuestionError) as info:
        check_question("a" * 100_000)
    message = info.value.user_message
    assert "troppo lunga" in message
    assert "100.000" in message and f"{MAX_QUESTION_CHARS:_}".replace("_", ".") in message
    assert isinstance(info.value, AssistantError)


def test_limit_is_configurable() -> None:
    assert check_question("quali fasi?", max_chars=11) == "quali fasi?"
    with pytest.raises(InvalidQuestionError):
        check_question("quali fasi?", max_chars=10)


def test_caller_bugs_are_not_user_errors() -> None:
    with pytest.raises(TypeError):
        check_question(b"domanda")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        check_question("domanda", max_chars=0)


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=300))
def test_any_text_gives_a_clean_question_or_a_typed_error(raw: str) -> None:
    try:
        cleaned = check_question(raw, max_chars=200)
    except InvalidQuestionError as exc:
        assert exc.user_message.startswith("La domanda")
        return
    assert cleaned == cleaned.strip() and cleaned
    assert "  " not in cleaned
    cleaned.encode("utf-8")  # no lone surrogates: SQLite and HTTP clients accept it
    assert not any(
        unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} for ch in cleaned
    )
    assert clean_question(cleaned) == cleaned  # idempotent
