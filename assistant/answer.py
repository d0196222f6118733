"""Public home of the answer model and the offline answerer (see `assistant.answering`)."""

from assistant.answering import MAX_ANSWER_CHARS, NOT_FOUND, Answer, Answerer, ExtractiveAnswerer

__all__ = ["MAX_ANSWER_CHARS", "NOT_FOUND", "Answer", "Answerer", "ExtractiveAnswerer"]
