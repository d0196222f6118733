"""How long work reports its progress to an edge (a bar in the terminal, gr.Progress)."""

from __future__ import annotations

from collections.abc import Callable

# (fraction 0..1, description in Italian) -> None; gr.Progress fits, so does list.append
Progress = Callable[[float, str], None]


def no_progress(_fraction: float, _desc: str) -> None:
    return None
