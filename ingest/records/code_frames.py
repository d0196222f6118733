"""Strategic rows that frame operative objectives by their codes.

A plan may set its strategic lines in a table whose last column names the operative
objectives by code ("da OP.2.1 a OP.2.5", "OP.3.1 e OP.3.2") and set the objectives
out elsewhere. Such a row is no objective (its "title" is only references): each
objective it names takes the row's strategic line and strategic objective.
"""

from __future__ import annotations

import re

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
