"""The `Layout` protocol every layout module implements."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from ingest.models import LayoutKind, Unit
from ingest.structure.claims import Claim
from ingest.structure.lines import Line
from ingest.structure.parts import subsections

ClaimFn = Callable[[Sequence[Line], set[int]], list[Claim]]


class Layout(Protocol):
    """One way of laying out a plan's objectives."""

    kind: LayoutKind
    claimers: tuple[ClaimFn, ...]  # run in order; each takes lines no earlier one took

    def detect(self, lines: Sequence[Line]) -> float:
        """How strongly the document has this layout: 0 (not) .. 1 (certainly)."""
        ...

    def split_points(self, text: str, unit: Unit) -> list[tuple[int, int, str]]:
        """Labelled char spans partitioning a unit that is too long for one chunk."""
        ...


class SplitAtSubsections:
    """The default split points: the unit's own sub-sections (phases, indicators,
    detail-page parts), shared by every layout so far."""

    def split_points(self, text: str, unit: Unit) -> list[tuple[int, int, str]]:
        return subsections(text, unit)
