"""List-valued fields as text: the one place their separator lives.

A list-valued field (fasi, indicatori, dipendenti …) travels through units, chunks
and the index as one string, one item per line.
"""

from __future__ import annotations

from collections.abc import Iterable

LINE_SEP = "\n"  # between the items of a field


def join_items(items: Iterable[str]) -> str:
    """Non-empty items, one per line."""
    return LINE_SEP.join(x for x in items if x)
