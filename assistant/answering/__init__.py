"""Offline answering as separate, typed steps:

frame (what is asked) → candidates (fields, sentences, items, org-chart entries of the
retrieved passages) → selection (general signals) → abstention (with a reason) →
composition (Italian, verified citations). `ExtractiveAnswerer` wires them.
"""

from assistant.answering.frame import AnswerType, Frame, FrameBuilder
from assistant.answering.model import MAX_ANSWER_CHARS, NOT_FOUND, Answer, Answerer
from assistant.answering.pipeline import ExtractiveAnswerer

__all__ = [
    "MAX_ANSWER_CHARS",
    "NOT_FOUND",
    "Answer",
    "Answerer",
    "AnswerType",
    "ExtractiveAnswerer",
    "Frame",
    "FrameBuilder",
]
