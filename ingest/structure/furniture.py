"""Running headers, footers and page numbers: found once, so that no parser takes
them for headings or units."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.structure.lines import Line

_FURNITURE_RE = re.compile(
    r"^(?:(?:comune|citt[aà]|provincia|regione|unione)\s+(?:di|dei|della)\b.{0,40}|"
    r"(?:pag(?:ina)?\.?\s*)?\d{1,3}(?:\s*(?:di|/)\s*\d{1,3})?)$",
    re.IGNORECASE,
)


def furniture_lines(lines: Sequence[Line]) -> frozenset[int]:
    """Running headers/footers and page numbers: never headings, never units alone."""
    counts = Counter(ln.clean.lower() for ln in lines if not ln.blank)
    out: set[int] = set()
    for ln in lines:
        if ln.blank or ln.has_tab or len(ln.clean) > 60:
            continue
        if _FURNITURE_RE.match(ln.clean) and (counts[ln.clean.lower()] >= 2 or ln.clean[:1].isdigit()):
            out.add(ln.idx)
    out.update(_page_edge_repeats(lines))
    # multi-line bold running headers ("**Comune di Monte\nD'Oro**")
    for ln in lines:
        if ln.raw.lstrip().startswith("**") and _FURNITURE_RE.match(ln.clean) and not ln.raw.rstrip().endswith("**"):
            k = ln.idx + 1
            if k < len(lines) and lines[k].raw.rstrip().endswith("**") and len(lines[k].clean) < 30:
                out.update((ln.idx, k))
    return frozenset(out)


# how much of a long page-edge line must repeat for it to be a running header
_OPENING = 50


def _page_edge_repeats(lines: Sequence[Line]) -> set[int]:
    """Lines that open or close many pages with the same text (digits aside): the
    running header and footer of a PDF ("PIAO 2024-2026 - pag. 3")."""
    pages: list[list[Line]] = [[]]
    for ln in lines:
        if "\f" in ln.raw:
            pages.append([])
        elif not ln.blank:
            pages[-1].append(ln)
    pages = [p for p in pages if p]
    if len(pages) < 3:
        return set()
    from ingest.structure.tables import is_header_row  # tables imports headings

    edges: dict[str, list[int]] = {}
    for page in pages:
        for ln in {page[0].idx: page[0], page[-1].idx: page[-1]}.values():
            text = re.sub(r"\d+", "#", ln.clean.lower())
            if len(ln.clean) <= 80:
                edges.setdefault(text, []).append(ln.idx)
            elif len(ln.clean) <= 200 and not is_header_row(ln):
                # a long running header names the part of the document it heads at its
                # end ("… – Foglio: OBIETTIVI", "… | Sezione 3"): its opening repeats.
                # (A table's header row repeated on each page is the table's, not furniture.)
                edges.setdefault(f"opening:{text[:_OPENING]}", []).append(ln.idx)
    out: set[int] = set()
    for idxs in edges.values():
        if len(idxs) >= max(3, int(0.3 * len(pages))):
            out.update(idxs)
    return out
