"""Names of people and offices in generated text, checked against what grounds them.

A draft (offline or written by a model) must never carry a person or an office that
neither the user gave nor the documents contain. This module finds the name-like
spans of a text and says which of them are not grounded:

* people — a title ("Dott.ssa Bianchi"), the PIAO way of listing staff ("FERRARIS
  Giorgio"), or capitalised words that include a common Italian first name ("Mario
  Rossi"). A person is grounded ONLY by the user's input: a name found in another
  municipality's PIAO is still not the person responsible for this objective;
* offices — "Settore/Area/Ufficio/Servizio/U.O./Sportello …" followed by capitalised
  words or a number ("Settore 7. Verde urbano", "Ufficio Tributi");
* other proper names — two or more capitalised words in a row ("Polizia Locale",
  "Villa Serena"; also a Title Case heading, which is why callers only flag these).

Offices and other proper names are grounded by the input or by the corpus (a phrase
the indexed documents contain).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol

from ingest.structure.people import FIRST_NAMES
from ingest.text import fold_phrase, squash_quote
from vectorstore.catalog import Catalog

log = logging.getLogger(__name__)

NameKind = Literal["persona", "ufficio", "nome"]

# names never run across a line break (each line of a draft is a value of its own)
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAP = rf"[{_UP}][{_LOW}'’]+"  # "Rossi", "D'Amico"
_CAPS = rf"[{_UP}][{_UP}'’]+"  # "FERRARIS", "D'ANGELO"
_TITLE_RE = re.compile(
    rf"\b(?:Dott\.ssa|Dott\.|Dott|Dr\.|Sig\.ra|Sig\.|Ing\.|Arch\.|Avv\.|Geom\.|Rag\.|Prof\.ssa|Prof\.)"
    rf"[ \t]+(?:{_CAP}|{_CAPS})(?:[ \t]+(?:{_CAP}|{_CAPS}))*"
)
# "FERRARIS Giorgio", "DE ROSA BELLINI Chiara": surname(s) in capitals, then given name(s)
_STAFF_RE = re.compile(rf"\b{_CAPS}(?:[ \t]+{_CAPS})*[ \t]+{_CAP}(?:[ \t]+{_CAP})?\b")
_CONNECTORS = r"(?:di|del|della|dello|dei|degli|delle|e|ed|per|alla|al|ai|alle|agli|dell['’]|all['’]|d['’])"
_OFFICE_WORDS = (
    r"(?:Settore|Settori|Area|Ufficio|Uffici|Servizio|Servizi|U\.[ \t]?O\.|Unità[ \t]+Organizzativa|"
    r"Direzione|Dipartimento|Sportello|Segreteria|Comando)"
)
_OFFICE_TOKEN = rf"(?:{_CAP}|{_CAPS}|[{_UP}]\.(?:[{_UP}]\.)*|\d{{1,2}}\.?)"
_OFFICE_RE = re.compile(
    rf"\b{_OFFICE_WORDS}[ \t]+(?:{_CONNECTORS}[ \t]*)?{_OFFICE_TOKEN}"
    rf"(?:[ \t]+(?:{_CONNECTORS}[ \t]*)?{_OFFICE_TOKEN})*"
)
_NAME_RE = re.compile(
    rf"\b{_CAP}(?:[ \t]+(?:{_CONNECTORS}[ \t]*)?{_CAP})+"
)


_WORD_RE = re.compile(r"[\w'’]+")
_CAP_RUN_RE = re.compile(rf"\b{_CAP}(?:[ \t]+{_CAP})*")


@dataclass(frozen=True)
class NameSpan:
    text: str
    kind: NameKind
    start: int
    end: int


def _is_person(span: str) -> bool:
    words = [fold_phrase(w).strip("'") for w in _WORD_RE.findall(span)]
    return any(w in FIRST_NAMES for w in words)


def find_names(text: str) -> list[NameSpan]:
    """Name-like spans of `text`, longest first where they overlap, in text order."""
    found: list[NameSpan] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], kind: NameKind) -> None:
        s, e = m.start(), m.end()
        if any(s < te and ts < e for ts, te in taken):
            return
        value = m.group(0).strip()
        taken.append((s, e))
        found.append(NameSpan(value, kind, s, s + len(value)))

    for m in _TITLE_RE.finditer(text):
        add(m, "persona")
    for m in _STAFF_RE.finditer(text):
        # "SUAP Online", "TRASPARENZA Garantire" (a heading, then text) have the same
        # shape: only a first name makes it a person
        if _is_person(m.group(0)):
            add(m, "persona")
    for m in _OFFICE_RE.finditer(text):
        add(m, "persona" if _is_person(m.group(0)) else "ufficio")
    for m in _NAME_RE.finditer(text):
        if not _is_person(m.group(0)):
            add(m, "nome")
            continue
        # "Coordinamento di Mario Rossi": the person is the run of capitalised words
        # (no connector) that holds the first name
        for part in _CAP_RUN_RE.finditer(text, m.start(), m.end()):
            if _is_person(part.group(0)):
                add(part, "persona")
    found.sort(key=lambda n: n.start)
    return found


class PhraseCorpus(Protocol):
    """Whether the indexed documents contain a phrase (case- and accent-insensitive)."""

    def contains(self, phrase: str) -> bool: ...


class AnyCorpus:
    """Contains a phrase when one of its corpora does (cheapest first)."""

    def __init__(self, *corpora: PhraseCorpus) -> None:
        self.corpora = corpora

    def contains(self, phrase: str) -> bool:
        return any(c.contains(phrase) for c in self.corpora)


class StaticCorpus:
    """A corpus given as texts (tests, small collections)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._text = " \n ".join(fold_phrase(t) for t in texts)

    def contains(self, phrase: str) -> bool:
        key = fold_phrase(phrase)
        return bool(key) and key in self._text


class CatalogPhrases:
    """The catalog as a `PhraseCorpus`: lexical search for the phrase's words, then a
    check that a found passage really contains the phrase. Bounded work per phrase
    whatever the size of the index; answers are cached per catalog version."""

    def __init__(self, catalog: Catalog, candidates: int = 25) -> None:
        if candidates < 1:
            raise ValueError("candidates must be >= 1")
        self.catalog = catalog
        self.candidates = candidates
        self._cache: dict[str, bool] = {}
        self._version: tuple[int, int] | None = None

    def contains(self, phrase: str) -> bool:
        key = fold_phrase(phrase)
        if not key:
            return False
        version = self.catalog.version()
        if version != self._version:
            self._cache.clear()
            self._version = version
        if key not in self._cache:
            hits = self.catalog.lexical_search(phrase, self.candidates)
            chunks = self.catalog.chunks_by_id([h.chunk_id for h in hits])
            self._cache[key] = any(
                key in fold_phrase(squash_quote(c.source_text)) for c in chunks.values()
            )
        return self._cache[key]


@dataclass(frozen=True)
class UngroundedName:
    """A name in generated text that nothing supports."""

    span: NameSpan
    reason: str  # Italian


def ungrounded_names(text: str, given: str, corpus: PhraseCorpus) -> list[UngroundedName]:
    """Names of `text` that are not grounded (see the module doc).

    Args:
        text: the generated text.
        given: everything the user typed (intent and fields), joined.
        corpus: the indexed documents.
    """
    given_key = fold_phrase(given)
    out: list[UngroundedName] = []
    for span in find_names(text):
        key = fold_phrase(span.text)
        if key and key in given_key:
            continue
        if span.kind == "persona":
            out.append(UngroundedName(span, "nome di persona non indicato nella richiesta"))
        elif not corpus.contains(span.text):
            what = "ufficio" if span.kind == "ufficio" else "nome"
            out.append(UngroundedName(span, f"{what} non presente nella richiesta né nei documenti"))
    return out
