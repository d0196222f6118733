"""An ente's organisation: which offices it has and what one office comprises.

"In quante aree è diviso il comune e quali sono", "quali sono i settori e chi li
dirige", "quali uffici fanno parte del settore X" ask the org chart itself, not a
passage about a topic: the answer is its entries (each with its head), or the
services of the one entry named, read from the chart parsed at ingestion.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from assistant.answering.frame import Frame
from ingest.models import Chunk
from ingest.text import Field, fold_name

# the kind an office's name opens with, and its plural (what the answer counts)
_KIND_PLURALS = {"area": "aree", "settore": "settori", "servizio": "servizi", "ufficio": "uffici",
                 "direzione": "direzioni", "dipartimento": "dipartimenti"}
# the plural nouns a question lists or counts offices by ("quali sono i settori",
# "quante aree"): the kinds' plurals but "servizi" (asked, they are what offices do),
# and the words that name the chart itself ("l'organigramma")
_UNITS_ASKED = re.compile(
    rf"\b(?:{'|'.join(p for p in _KIND_PLURALS.values() if p != 'servizi')}|strutture|articolazioni|"
    r"unita\s+organizzative)\b")
_CHART_ASKED = re.compile(r"\borganigramma\b|\bstruttura\s+organizzativa\b|\borganizzat[oa]\b")
# the fields a question about the offices may name: the office and who heads it
# (any other, "aree strategiche", names another kind of thing)
_ORG_FIELDS = frozenset({Field.SETTORE, Field.RESPONSABILE, Field.TITOLARE})
# the words such a question adds that are no topic of their own: how the ente is
# divided, who heads the offices, the ente and its plan (stemmed at call time)
_STRUCTURE_WORDS = (
    "aree area settori settore uffici ufficio strutture struttura direzioni direzione dipartimenti "
    "dipartimento unità organizzative organizzativa articolazioni organigramma organizzazione "
    "organizzato organizzata diviso divisa suddiviso articolato articolata composto composta "
    "strutturato ripartito comprende comprendono fanno parte responsabile responsabili dirige "
    "dirigono dirigente dirigenti guida guidano titolare titolari capo comune comunale comunali ente "
    "piano piao come com")
# an org chart lists several offices; fewer entries under one heading are offices
# mentioned elsewhere (a table's heading), not the chart
_MIN_CHART = 3


@lru_cache(maxsize=4)
def _structure_stems(analyze: Callable[[str], list[str]]) -> frozenset[str]:
    return frozenset(analyze(_STRUCTURE_WORDS))


# "quali servizi fanno parte del settore X", "i servizi assegnati all'area Y", "le
# competenze dell'ufficio Z": what an office the question names comprises
_SERVICES_OF = re.compile(
    r"\b(?:servizi|competenze|funzioni|uffici)\b(?:(?!\bchi\b)[^?])*\b(?:del|della|dello|dell|al|alla|allo|all|nel|"
    r"nella|nello|nell)\s+(?:settore|area|ufficio|servizio|struttura|direzione)\b")


def asks_services(question: str) -> bool:
    """The question asks which services an office it names comprises (not who does them)."""
    folded = fold_name(question.replace("'", " ").replace("’", " "))
    return bool(_SERVICES_OF.search(folded)) and not re.match(r"\s*(?:e\s+)?(?:a\s+|di\s+|da\s+)?chi\b", folded)


def asks_units(frame: Frame, analyze: Callable[[str], list[str]]) -> bool:
    """The question asks for the ente's offices (or one office's parts) and nothing else."""
    if frame.asks_objectives or frame.named_fields - _ORG_FIELDS:
        return False
    folded = fold_name(frame.question.replace("'", " ").replace("’", " "))
    if _CHART_ASKED.search(folded):
        return True
    asked = _UNITS_ASKED.search(folded)
    if not asked or not (frame.wants_list or frame.wants_count):
        return False
    # a qualifier right after the noun names another kind of thing ("aree strategiche",
    # "settori produttivi"), however common its word is in the plans
    following = folded[asked.end():].split()[:1]
    return not set(analyze(" ".join(following))) - _structure_stems(analyze)


def topic_beyond(frame: Frame, analyze: Callable[[str], list[str]], named: Sequence[Chunk]) -> set[str]:
    """The question's words that are neither about the organisation nor the name of an
    office it names (a topic of its own: "quali uffici seguono il PNRR")."""
    allowed = set(_structure_stems(analyze))
    for entry in named:
        allowed |= set(analyze(entry.fields.get(Field.SETTORE, "")))
    return {t for t in frame.terms - frame.ident_terms - allowed if not t.isdigit()}


def chart(entries: Sequence[Chunk]) -> list[Chunk]:
    """The headed entries of the ente's org chart: those filed under the heading most
    of them share (the chart's section), each office once; [] when too few."""
    headed = [e for e in entries if e.fields.get(Field.TITOLARE) and e.fields.get(Field.SETTORE)]
    if not headed:
        return []
    parent = Counter(e.breadcrumb[-2] if len(e.breadcrumb) > 1 else "" for e in headed).most_common(1)[0][0]
    seen: set[str] = set()
    out: list[Chunk] = []
    for e in headed:
        key = fold_name(e.fields[Field.SETTORE])
        if (e.breadcrumb[-2] if len(e.breadcrumb) > 1 else "") == parent and key not in seen:
            seen.add(key)
            out.append(e)
    return out if len(out) >= _MIN_CHART else []


def _plural_kind(entries: Sequence[Chunk]) -> str | None:
    """"aree" when every office's name opens with "Area"; None for mixed kinds."""
    kinds = {fold_name(e.fields.get(Field.SETTORE, "")).split(" ", 1)[0] for e in entries}
    return _KIND_PLURALS.get(kinds.pop()) if len(kinds) == 1 else None


def counted_as(entries: Sequence[Chunk]) -> str:
    """"6 aree" when every office is of one kind, else "6 strutture"."""
    return f"{len(entries)} {_plural_kind(entries) or 'strutture'}"


def of_kind_asked(question: str, entries: Sequence[Chunk]) -> bool:
    """The chart's offices are of the kind the question names ("quante aree")."""
    plural = _plural_kind(chart(entries))
    return plural is not None and re.search(rf"\b{plural}\b", fold_name(question)) is not None

