"""Follow-up questions resolved against the previous turns, without a language model.

"e quali sono gli indicatori?" keeps the subject of the previous question and asks
for something else; "e a Borgo Ferrato?" keeps the question and changes the
municipality. The retrieval query is the follow-up plus the previous question (with
its municipality dropped when the follow-up names another one); the intent (what is
asked) comes from the follow-up alone when it has one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answering.retrieve import Retriever
from assistant.answering.split import BACK_DETERMINERS
from ingest.text import fold_name

_FOLLOW_UP = re.compile(r"^\s*(e|ed|invece|anche|mentre|e invece|e per|e nel|e nella|e a|e al)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    question: str
    answer: str = ""


@dataclass(frozen=True)
class Resolved:
    query: str  # what is searched
    question: str  # what is asked (its intent)
    is_follow_up: bool


def resolve(question: str, history: Sequence[Turn], retriever: Retriever) -> Resolved:
    """Make a follow-up standalone using the last user question."""
    if not history:
        return Resolved(question, question, False)
    previous = history[-1].question
    short = len(re.findall(r"\w+", question)) <= 6
    if not (_FOLLOW_UP.match(question) or short):
        return Resolved(question, question, False)
    named_now = retriever.mentioned_groups(question)
    base = previous
    if named_now:
        base = _drop_places(previous, retriever)
    if named := _named_back(question, history[-1].answer):
        # the thing pointed back to is known by its name: the previous question's other
        # words asked about another fact of it (only its place still holds)
        base = f"{places_of(base, retriever)} {named}"
    query = f"{question.strip()} {base.strip()}"
    asks_something = bool(
        re.search(r"\b(chi|quali|quale|quant[oaie]|quando|come|dove|perch|cosa|indicator|fasi|"
                  r"tempi|responsabil|dipendent|target|valore)\w*", question, re.IGNORECASE)
    )
    # "e a Borgo Ferrato?" asks the previous thing again, elsewhere.
    intent_question = f"{question.strip()} {base.strip()}" if not asks_something else question
    if named and asks_something and _OBJECT_BACK.search(question):
        # ("e chi lo dirige?" after an answer about «Settore V»): a pronoun that is the
        # verb's object stands for the thing named, which is what the question asks
        # about; "ne" ("chi se ne occupa") asks an attribute of it, which the search
        # for it already frames
        intent_question = f"{question.strip()} {named}"
    return Resolved(query, intent_question, True)


def _place_words(text: str, retriever: Retriever) -> tuple[list[str], list[bool]]:
    """The words of `text`, and which of them name a municipality the catalog knows
    (with the "a"/"di" before the name)."""
    aliases = retriever.aliases()
    words = text.split()
    place = [False] * len(words)
    for i in range(len(words)):
        for j in range(min(len(words), i + 5), i, -1):
            if fold_name(" ".join(words[i:j])) in aliases:
                for k in range(i, j):
                    place[k] = True
                if i > 0 and words[i - 1].lower() in {"a", "di", "del", "nel", "per", "il"}:
                    place[i - 1] = True
                break
    return words, place


def _drop_places(text: str, retriever: Retriever) -> str:
    """The text without the municipality names the catalog knows (and their "a"/"di")."""
    words, place = _place_words(text, retriever)
    return " ".join(w for w, p in zip(words, place, strict=True) if not p)


def places_of(text: str, retriever: Retriever) -> str:
    """Only the municipality names of `text` (with their "a"/"di"), in order."""
    words, place = _place_words(text, retriever)
    return " ".join(w for w, p in zip(words, place, strict=True) if p)


# "la stessa cooperativa", "quel progetto", "tale associazione": a thing the question
# points back to by its kind
_POINTS_BACK = re.compile(rf"\b(?:{BACK_DETERMINERS})\s+([^\W\d_]{{4,}})", re.IGNORECASE)
_NAME = r"(?:[A-ZÀ-Ý][\w'’.-]*|«[^»]+»|\"[^\"]+\")"
# an objective's title as answers quote it, and a clitic pronoun before a verb
_TITLE = re.compile(r"«([^»]{8,})»")
# (the pronoun is the verb's object, "chi lo dirige", or "ne", "chi ne risponde")
_OBJECT_PRONOUN = r"(?:chi|quando|come|dove|cosa|perch[eé])\s+(?:lo|la|li|le)"
_OBJECT_BACK = re.compile(rf"(?i)\b{_OBJECT_PRONOUN}\s+[^\W\d_]{{3,}}")
_PRONOUN_BACK = re.compile(rf"(?i)\b(?:ne|{_OBJECT_PRONOUN})\s+[^\W\d_]{{3,}}")


def _named_back(question: str, answer: str) -> str:
    """The name the previous answer gives the thing a follow-up points back to by its
    kind: "la stessa cooperativa" after an answer naming "Cooperativa Girasole" is
    Girasole, a word the follow-up's own words would never retrieve."""
    names: list[str] = []
    titles = set(_TITLE.findall(answer))
    if _PRONOUN_BACK.search(question) and not _POINTS_BACK.search(question) and len(titles) == 1:
        # a pronoun ("chi ne risponde?", "quando lo chiude?") stands for the one objective
        # the previous answer named, by its title in quotes
        return titles.pop()
    for m in _POINTS_BACK.finditer(question):
        kind = m.group(1)
        # the kind's word in the answer, followed by a proper name (capitalised or quoted)
        for found in re.finditer(rf"\b(?i:{re.escape(kind)})\s+((?:{_NAME}\s*){{1,3}})", answer):
            name = found.group(1).strip()
            if name not in names:
                names.append(name)
    return " ".join(names)
