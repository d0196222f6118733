"""List-valued fields as text: the one place their separators live.

A list-valued field (fasi, indicatori, dipendenti …) travels through units, chunks
and the index as one string, one item per line. An item may carry a detail after
ITEM_SEP: a phase its timing, an indicator its target ("Report — entro marzo").

    join_items(["a — b", "c"]) == "a — b\\nc"      split_items("a — b\\nc") == ["a — b", "c"]
    join_pair("a", "b") == "a — b"                 split_pair("a — b") == ("a", "b")

An item never holds a line break; a description may hold ITEM_SEP, a detail does not
(timings and targets are short), so `split_pair` splits at the last separator.
"""

from __future__ import annotations

from collections.abc import Iterable

ITEM_SEP = " — "  # between an item and its detail
LINE_SEP = "\n"  # between the items of a field


def join_items(items: Iterable[str]) -> str:
    """Non-empty items, one per line."""
    return LINE_SEP.join(x for x in items if x)


def split_items(value: str | None) -> list[str]:
    """The items of a field: its lines, stripped, blank ones dropped."""
    return [s for line in (value or "").split(LINE_SEP) if (s := line.strip())]


def join_pair(text: str, detail: str | None) -> str:
    """An item with its detail ("Report — entro marzo"); just `text` without one."""
    return f"{text}{ITEM_SEP}{detail}" if detail else text


def split_pair(item: str, *, first: bool = False) -> tuple[str, str]:
    """(text, detail) of an item, split at its last separator (or at its first one with
    `first`); the detail is "" when there is no separator. Nothing is stripped."""
    head, sep, tail = item.partition(ITEM_SEP) if first else item.rpartition(ITEM_SEP)
    return (head, tail) if sep else (item, "")


def has_detail(item: str) -> bool:
    """The item carries a detail (a timing, a target) after the separator."""
    return ITEM_SEP in item
