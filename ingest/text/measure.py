"""Measures and shape tests of short texts: length cuts, letter counts, capitals,
typo distance, bullets and dates."""

from __future__ import annotations

import re
from functools import lru_cache

PATH_MAX_CHARS = 80

_BULLET_RE = re.compile(r"^\s*(?:[-–•·▪●○*]|\d{1,2}\)|[a-z]\))\s+")
DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
# A calendar day as Italian texts write it in prose: with slashes, or with dots or
# dashes ("in data 20.12.2026", "20-12-2026"), which need a four-digit year there
# (a section code "1.1.12" is no day).
DAY_RE = re.compile(r"\b(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}([.-])\d{1,2}\1(?:19|20)\d\d)\b")


def truncate(s: str, limit: int = PATH_MAX_CHARS) -> str:
    """`s` cut to `limit` characters at a word boundary when one is near, with "…"."""
    s = s.strip()
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–") + "…"


def is_near(target: str, word: str, max_edits: int) -> bool:
    """`word` is `target` with at most `max_edits` insertions, deletions, substitutions
    or swaps of adjacent letters: the typos of hand-typed labels ("OBITTTIVO",
    "RESPONSABLE")."""
    if abs(len(target) - len(word)) > max_edits:
        return False
    if target == word:
        return True
    return edit_distance(target, word, max_edits) <= max_edits


@lru_cache(maxsize=16384)
def edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Optimal-string-alignment distance, stopped early above `cap`."""
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > cap:
            return cap + 1
        prev2, prev = prev, cur
    return prev[-1]


def upper_ratio(s: str) -> float:
    """Share of the letters of `s` that are capitals (0.0 without letters)."""
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


def n_letters(s: str) -> int:
    return sum(1 for c in s if c.isalpha())


def is_bullet(s: str) -> bool:
    """`s` starts with a list mark: a dash or bullet, "1)" or "a)"."""
    return bool(_BULLET_RE.match(s))


# a value that only marks itself as missing: a dash, "n.d." (non disponibile), "n.a."
_PLACEHOLDER_RE = re.compile(r"(?i)[\s\W_]*(?:n\.?\s?[da]\.?)?[\s\W_]*")


def is_placeholder(value: str) -> bool:
    """The value states nothing ("—", "-", "n.d."): a cell left to say it is not given."""
    return bool(_PLACEHOLDER_RE.fullmatch(value))
