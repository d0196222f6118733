"""Strategic rows that frame operative objectives by their codes.

A plan may set its strategic lines in a table whose last column names the operative
objectives by code ("da OP.2.1 a OP.2.5", "OP.3.1 e OP.3.2") and set the objectives
out elsewhere. Such a row is no objective (its "title" is only references): each
objective it names takes the row's strategic line and strategic objective.
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from ingest.models import Unit, UnitKind
from ingest.records.candidates import Candidate, code_key
from ingest.text import Field

# an objective's code: letters then numbers joined by dots ("OP.2.1", "1.2.3"), or a
# letter prefix and a number ("OB-02"); a bare number is no code (a count, a year)
_CODE_RE = re.compile(r"(?<![\w.])(?:[A-Za-z]{1,5}[.\-]?\d{1,3}(?:\.\d{1,3})*|\d{1,3}(?:\.\d{1,3})+)(?![\w])")
# what may stand between codes in a list of references
_JOINERS_RE = re.compile(r"(?i)^(?:[\s,;/–—\-.'’]|\b(?:da|dal|dall|dallo|a|al|all|e|ed|fino|obiettivi|obiettivo|n)\b)*$")
# a range: "da X a Y", "X – Y", "X-Y", "dal X al Y", "X fino a Y"
_RANGE_RE = re.compile(r"(?i)^\s*(?:a|al|all['’]?|fino\s+a|fino\s+al|[–—\-])\s*$")
_STRATEGIC = (Field.AREA_STRATEGICA, Field.OBIETTIVO_STRATEGICO)
_MAX_RANGE = 50


def referenced_codes(cell: str) -> list[str] | None:
    """The codes a cell made only of code references names (ranges spelt out), or None."""
    found = list(_CODE_RE.finditer(cell))
    if not found:
        return None
    gaps = [cell[: found[0].start()], *(cell[a.end(): b.start()] for a, b in zip(found, found[1:])), cell[found[-1].end():]]
    if not all(_JOINERS_RE.match(g) for g in gaps):
        return None
    codes: list[str] = []
    for n, m in enumerate(found):
        code = m.group(0)
        if n and _RANGE_RE.match(gaps[n]) and (span := _expand(codes[-1], code)):
            codes.extend(span)
        else:
            codes.append(code)
    return codes


def _expand(first: str, last: str) -> list[str] | None:
    """The codes after `first` up to `last` when they differ only in their last number."""
    a, b = re.match(r"(.*?)(\d+)$", first), re.match(r"(.*?)(\d+)$", last)
    if not a or not b or a.group(1) != b.group(1):
        return None
    lo, hi = int(a.group(2)), int(b.group(2))
    if not lo < hi <= lo + _MAX_RANGE:
        return None
    width = len(a.group(2)) if a.group(2).startswith("0") else 0
    return [f"{a.group(1)}{str(i).zfill(width)}" for i in range(lo + 1, hi + 1)]


def frame_by_code_references(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the rows that only frame others by code; each framed
    objective takes the row's strategic fields (its own, when it has them, stay)."""
    by_code: dict[str, list[Candidate]] = {}
    for cand in candidates:
        if code := cand.fields.get(Field.CODICE):
            by_code.setdefault(code_key(code), []).append(cand)
    kept: list[Candidate] = []
    for cand in candidates:
        codes = referenced_codes(cand.title) if cand.title and not cand.fields.get(Field.CODICE) else None
        framed = [o for c in codes or [] for o in by_code.get(code_key(c), [])]
        if not framed or not any(cand.fields.get(k) for k in _STRATEGIC):
            kept.append(cand)
            continue
        for objective in framed:
            for key in _STRATEGIC:
                if (value := cand.fields.get(key)) and not objective.fields.get(key):
                    objective.fields[key] = value
                    objective.origin[key] = cand.unit
    return kept


# "Ne fanno parte gli obiettivi n. 3, 7 e 9", "comprende gli obiettivi n. 2, 5 e
# 8": prose that files objectives under a group by their numbers. After the word
# "obiettivi" a bare number is a code (nothing else is counted that way there); two
# or more are needed in a sentence, since one naming one objective frames no group
# ("Obiettivi operativi collegati: OP-01, OP-03": the list as a labelled line)
_LISTED_RE = re.compile(
    r"(?i)\bobiettiv[oi](?:\s+operativ[oi])?(?:\s+(?:collegat|associat|correlat|connes|ricompres|inclus)\w*)?"
    r"(?:\s*:)?\s+(?:(?:nn?|nr|n°)\.?\s*|numer[oi]\s+)?"
    r"((?:[A-Za-z]{1,5}[.\-]?)?\d{1,3}(?:\.\d{1,3})*(?:\s*(?:,|\be\b|\bed\b)\s*(?:[A-Za-z]{1,5}[.\-]?)?\d{1,3}(?:\.\d{1,3})*)*)"
)
_LISTED_CODE_RE = re.compile(r"(?:[A-Za-z]{1,5}[.\-]?)?\d{1,3}(?:\.\d{1,3})*")
# a sentence's run-in name before its colon ('Asse B – "Paese accogliente": comprende …')
_RUN_IN_RE = re.compile(r"^([^.:;]{3,120}):\s")
_HEADING_REACH = 300  # how far above its section's text a heading may stand
_GROUP_NAME_CHARS = 150  # a group's name; a longer clause goes on about something else
_SENTENCE_START_RE = re.compile(r"[.!?]\s+(?=[\"«“A-ZÀ-Ý])")


# the group named after the list in the same clause: "gli obiettivi n. 2 e 8
# all'obiettivo VP3 «…»", "… concorrono alla linea B …" (a kind of group after "a")
_NAMED_AFTER_RE = re.compile(
    r"(?is)\b(?:a|al|alla|allo|all['’]|ai|alle)\s*((?:obiettiv\w*|line[ae]|aree?|ambit[oi]|mission[ei]|"
    r"priorit\w*|ass[ei]|indirizz\w*|progett\w*)\b.+)"
)
# a coded entry opening a line: "SG-2 – Paese curato", bold or not
_CODED_ENTRY_RE = re.compile(r"(?m)^[ \t]*(?:\*\*)?([A-Z]{1,5}[.\-]?\d{1,3}(?:\.\d{1,3})*\s*[–—-]\s*[^.*\n]{3,100})")
_ENTRY_REACH = 400  # how far above its list a coded entry stands
# (a clause ends at a full stop before a capital, a closing line or a line of markup)
_CLAUSE_END_RE = re.compile(r";|[.!?](?:\s+[\"«“A-ZÀ-Ý*#]|\s*$)")


def _listing_group(section: str, listing: re.Match[str], heading: str | None) -> str | None:
    """The name of the group a listing speaks of: the group its clause names after the
    list, else the run-in name that opens its sentence, else the heading of the
    section it stands in ("Ne fanno parte gli obiettivi n. 3, 7 e 9.")."""
    end = _CLAUSE_END_RE.search(section, listing.end())
    clause = section[listing.end(): end.start() if end else len(section)]
    if (m := _NAMED_AFTER_RE.search(clause)) and len(m.group(1)) <= _GROUP_NAME_CHARS:
        return " ".join(m.group(1).split())
    # (the list's own first letter may open a sentence: the lookahead reads it)
    starts = [s.end() for s in _SENTENCE_START_RE.finditer(section, 0, listing.start() + 1)]
    sentence = section[starts[-1] if starts else 0: listing.start()]
    if m := _RUN_IN_RE.match(sentence.strip()):
        return " ".join(m.group(1).split())
    if re.search(r"\w", clause):
        # (only a list that closes its clause is the section's own: one that runs on
        # names something this rule does not read)
        return None
    if not sentence.strip() and (entries := list(_CODED_ENTRY_RE.finditer(section, max(0, listing.start() - _ENTRY_REACH),
                                                                          listing.start()))):
        # a list that is a line of its own belongs to the coded entry above it ("**SG-2 –
        # Paese curato.** …" / "Obiettivi operativi collegati: OP-02, OP-07")
        return " ".join(entries[-1].group(1).split()).rstrip(" .")
    return heading


def frame_by_prose_lists(candidates: list[Candidate], units: Sequence[Unit], text: str) -> None:
    """Objectives a section's prose lists by number under a group take the group's
    name as their strategic objective (their own, when they have one, stays)."""
    by_code: dict[str, list[Candidate]] = {}
    for cand in candidates:
        if code := cand.fields.get(Field.CODICE):
            by_code.setdefault(code_key(code), []).append(cand)
    if not by_code:
        return
    for unit in units:
        if unit.kind != UnitKind.SECTION:
            continue
        # (a word broken at the line's end, "obiet-\ntivi", read whole)
        section = re.sub(r"-[ \t]*\n\s*", "", text[unit.char_start: unit.char_end])
        for m in _LISTED_RE.finditer(section):
            codes = [c.group(0) for c in _LISTED_CODE_RE.finditer(m.group(1))]
            listed = [by_code.get(code_key(c)) for c in codes]
            # every number must be one of the plan's objectives (else the numbers are
            # something else: article numbers, a count)
            # (a labelled line, "Obiettivi collegati: OP-02", lists even one)
            if len(codes) < (1 if ":" in m.group(0) else 2) or not all(listed):
                continue
            heading = unit.path[-1] if unit.path else unit.title
            group = _listing_group(section, m, heading)
            if not group:
                continue
            group = group.rstrip(" .")
            # (found where the section is: its run-in name, or its heading just above)
            where = unit.model_copy(update={"char_start": max(0, unit.char_start - _HEADING_REACH)})
            for cands in listed:
                for objective in cands or []:
                    if not objective.fields.get(Field.OBIETTIVO_STRATEGICO):
                        objective.fields[Field.OBIETTIVO_STRATEGICO] = group
                        objective.origin[Field.OBIETTIVO_STRATEGICO] = where
