"""An objective listed in an overview and described on its own detail page is ONE
record: pairing overview entries with detail pages."""

from __future__ import annotations

import re
from collections import Counter

from ingest.align import value_tokens
from ingest.records.candidates import Candidate
from ingest.text import Field, fold_label


def _codes(fields: dict[str, str]) -> str:
    """The numbers of a code ("Rif. DUP 06.01.08" -> "6.1.8"): overview and detail
    page may spell the prefix differently ("rif", "ref", "Rif.")."""
    return ".".join(str(int(n)) for n in re.findall(r"\d+", fields.get(Field.CODICE, "")))


def _token_f1(a: str, b: str) -> float:
    ta, tb = set(value_tokens(a)), set(value_tokens(b))
    common = len(ta & tb)
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


_CODE_ONLY = 0.6  # the score of a pair the code alone makes (below any by title)


def _same_objective(detail: Candidate, entry: Candidate) -> float:
    """How surely an overview entry and a detail page are the same objective (0 = not)."""
    ca, cb = _codes(detail.fields), _codes(entry.fields)
    if ca and cb and ca != cb:
        return 0.0
    ka, kb = fold_label(detail.title), fold_label(entry.title)
    if ka == kb:
        return 1.0
    shorter = min(len(ka), len(kb))
    same_code = bool(ca) and ca == cb
    if (ka.startswith(kb) or kb.startswith(ka)) and shorter >= (8 if same_code else 20):
        return 0.9  # one lists the title only, the other adds its qualifiers
    f1 = _token_f1(detail.title, entry.title)
    if f1 >= 0.85:
        return 0.8 * f1  # a typo in one of the two
    # a code of several levels ("1.1.2") names one objective of the plan: the overview
    # may word its title more shortly ("Certificati on line e agenda CIE")
    return _CODE_ONLY if same_code and "." in ca else 0.0


def merge_overviews(candidates: list[Candidate]) -> list[Candidate]:
    """Pair every overview entry with the detail page of the same objective (same
    title, one title the start of the other, or nearly the same words; never
    conflicting codes); unpaired entries stay records of their own. Two detail pages
    are never merged: the same objective written twice is a duplicate the
    completeness check reports."""
    details = [c for c in candidates if c.detail]
    overviews = [c for c in candidates if not c.detail]
    if not details or not overviews:
        return candidates
    # (a code pairs two candidates by itself only when each is the one with it)
    counts = Counter(_codes(c.fields) for c in candidates)
    pairs = sorted(
        (
            (-score, i, j)
            for j, entry in enumerate(overviews)
            for i, d in enumerate(details)
            if (score := _same_objective(d, entry)) > 0
            and (score != _CODE_ONLY or counts[_codes(d.fields)] == 2)
        )
    )
    paired: set[int] = set()
    for _, i, j in pairs:  # surest pairs first, each page and entry used once
        if details[i].overview is None and j not in paired:
            details[i].overview = overviews[j]
            paired.add(j)
    unpaired = [e for j, e in enumerate(overviews) if j not in paired]
    return details + unpaired
