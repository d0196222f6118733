"""Check and clean a user's question before it reaches retrieval or a model.

Questions come from untrusted places (the web form, the CLI, an API): they may be
empty, huge, or full of control characters and invalid Unicode that SQLite, the
tokenizers or a terminal would choke on. `check_question` returns a clean question
or raises `InvalidQuestionError` with an Italian message for the user.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.errors import InvalidQuestionError

# A question is a sentence or a short paragraph; 2,000 characters leave room for a
# pasted objective title and stop a 100 KB paste from being embedded and searched.
MAX_QUESTION_CHARS = 2000

# Unicode categories dropped: controls (Cc), format characters (Cf: zero-width,
# bidi overrides), surrogates (Cs: invalid alone, cannot be UTF-8 encoded),
# private use (Co) and unassigned code points (Cn). Whitespace controls become spaces.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w")

MSG_EMPTY = "La domanda è vuota: scrivi che cosa vuoi sapere sui documenti."
MSG_NO_WORDS = "La domanda non contiene parole: scrivi che cosa vuoi sapere sui documenti."


def _too_long_message(length: int, max_chars: int) -> str:
    def n(value: int) -> str:  # Italian thousands separator
        return f"{value:_}".replace("_", ".")

    return (
        f"La domanda è troppo lunga ({n(length)} caratteri, massimo {n(max_chars)}): "
        "riformulala in poche frasi."
    )


def clean_question(question: str) -> str:
    """NFC-normalised text without control/format/invalid characters, spaces collapsed."""
    text = "".join(
        " " if ch.isspace() else ch
        for ch in question
        if ch.isspace() or unicodedata.category(ch) not in _DROPPED_CATEGORIES
    )
    # After dropping lone surrogates the text is valid Unicode and NFC is safe.
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def check_question(question: str, max_chars: int = MAX_QUESTION_CHARS) -> str:
    """The cleaned question, ready for retrieval.

    Args:
        question: the user's text, untrusted.
        max_chars: longest accepted question, counted on the raw text (a 100 KB
            paste is refused before any work is done on it).

    Returns:
        The question without control/format characters or invalid code points,
        NFC-normalised, with whitespace collapsed.

    Raises:
        InvalidQuestionError: empty (or only spaces/controls), no letters or digits
            at all, or longer than `max_chars`.
        TypeError: `question` is not a string (a caller bug).
        ValueError: `max_chars` < 1 (a caller bug).
    """
    if not isinstance(question, str):
        raise TypeError(f"question must be a str, got {type(question).__name__}")
    if max_chars < 1:
        raise ValueError(f"max_chars must be >= 1, got {max_chars}")
    if len(question) > max_chars:
        raise InvalidQuestionError(
            _too_long_message(len(question), max_chars),
            detail=f"question length {len(question)} > {max_chars}",
        )
    cleaned = clean_question(question)
    if not cleaned:
        raise InvalidQuestionError(MSG_EMPTY, detail="empty question")
    if not _WORD.search(cleaned):
        raise InvalidQuestionError(MSG_NO_WORDS, detail="no word characters")
    return cleaned
