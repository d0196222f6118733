"""Objectives a sentence refers to by their code: the hop sentence → objective.

Plans link their parts by the objectives' numbers: "la scheda 2026/09 sostiene
l'obiettivo VP2 «Impresa semplice»", "gli obiettivi n. 4, 5 e 6 contribuiscono al VP2".
Asked about a field of the objective such a sentence points at ("chi è responsabile
dell'obiettivo che sostiene il VP2"), the sentence names no field; the objective with
that code in the same plan states it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

from assistant.answering.candidates import sentences
from ingest.models import Chunk, UnitKind

# a code after the word that names what it numbers, and the codes listed after it
# ("obiettivi n. 4, 5 e 6", "scheda 2026/09", "obiettivo OP-03")
_CODE = r"(?:[A-Z]{1,3}[-.]?)?(?:20\d\d/)?\d{1,3}(?:\.\d{1,2})*"
_MENTION = re.compile(
    rf"(?i)\b(?:schede|scheda|obiettiv[oi](?:\s+operativ[oi])?|progett[oi]|azion[ei])\s+(?:n(?:r|um)?\.?\s*)?"
    rf"(?P<codes>{_CODE}(?:\s*(?:,|\be\b|\bed\b)\s*(?:n\.?\s*)?{_CODE})*)\b")
# the clauses of a sentence that links several objectives ("…; gli obiettivi n. 4 e 5
# all'obiettivo VP2", "…, mentre la scheda 2026/09 sostiene …", "…, e a rischio medio
# il processo …")
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:mentre|invece|e\s+(?:la|le|il|gli|lo|a|al|alla|ai|agli|per|in|nel|nella))\b)")
# a sentence points at this many objectives at most to be about them, not a summary
_MAX_POINTED = 4


def codes_in(text: str) -> list[str]:
    """The objective codes `text` names, in order."""
    out: list[str] = []
    for m in _MENTION.finditer(text):
        out += [c for c in re.findall(_CODE, m.group("codes")) if c not in out]
    return out


T = TypeVar("T")


def pointed(
    sentence_texts: Iterable[tuple[Chunk, str]], objectives: Callable[[str], Mapping[str, T]],
    topic: Callable[[str], float],
) -> tuple[Chunk, str, list[T]] | None:
    """(passage, clause, objectives) of the clause, among the given sentences, that
    states most of the question's topic (`topic` scores a text) and names by their
    codes objectives of its own plan (`objectives` gives a document's, by code)."""
    best: tuple[float, Chunk, str, list[T]] | None = None
    codes: dict[str, Mapping[str, T]] = {}  # per document: code → objective
    for chunk, text in sentence_texts:
        if chunk.doc_id not in codes:
            codes[chunk.doc_id] = objectives(chunk.doc_id)
        by_code = codes[chunk.doc_id]
        for sentence in sentences(text):
            for clause in _CLAUSE_BREAK.split(sentence):
                found = [by_code[c] for c in codes_in(clause) if c in by_code]
                if not found or len(found) > _MAX_POINTED:
                    continue
                score = topic(clause)
                if score > 0 and (best is None or score > best[0]):
                    best = (score, chunk, clause.strip(" ,;."), found)
    return best[1:] if best else None


def by_code(chunks: Iterable[Chunk]) -> dict[str, Chunk]:
    """A plan's objectives by code; an objective split over passages is the passage
    stating most of its fields."""
    out: dict[str, Chunk] = {}
    for c in chunks:
        code = c.fields.get("codice", "")
        if code and c.kind in (UnitKind.OBJECTIVE, UnitKind.TABLE_ROW) \
                and (code not in out or len(c.fields) > len(out[code].fields)):
            out[code] = c
    return out
