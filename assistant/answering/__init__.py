"""Offline answering as separate, typed steps:

frame (what is asked) → candidates (fields, sentences, items, org-chart entries of the
retrieved passages) → selection (general signals) → abstention (with a reason) →
composition (Italian, verified citations). `ExtractiveAnswerer` wires them;
`LLMAnswerer` gives a chat model the same evidence. Around them: question checks
(`check_question`), question-aware retrieval (`Retriever`) and follow-ups (`resolve`).
"""

from assistant.answering.conversation import Turn, resolve
from assistant.answering.frame import AnswerType, Frame, FrameBuilder
from assistant.answering.llm_answer import LLMAnswerer
from assistant.answering.model import MAX_ANSWER_CHARS, NOT_FOUND, Answer, Answerer
from assistant.answering.pipeline import ExtractiveAnswerer
from assistant.answering.questions import MAX_QUESTION_CHARS, check_question, clean_question
from assistant.answering.retrieve import LEXICAL_ONLY, RetrievalResult, Retriever

__all__ = [
    "LEXICAL_ONLY",
    "MAX_ANSWER_CHARS",
    "MAX_QUESTION_CHARS",
    "LLMAnswerer",
    "RetrievalResult",
    "Retriever",
    "Turn",
    "check_question",
    "clean_question",
    "resolve",
    "NOT_FOUND",
    "Answer",
    "Answerer",
    "AnswerType",
    "ExtractiveAnswerer",
    "Frame",
    "FrameBuilder",
]
