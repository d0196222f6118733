"""One PDF page's words and ruled tables as lines: words grouped by baseline (wide
gaps become TABs) with their font size and weight, and each row of a ruled table as
one tab-separated line (a vertically merged cell repeated in the rows it spans)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

# Words on one line further apart than this many font heights are in different
# columns: a word space is ~0.25-0.3 em, a column gap several em.
_COLUMN_GAP_EM = 0.9


@dataclass(slots=True)
class Line:
    """A line of a page read from positions: its vertical extent, text and typography."""

    top: float
    bottom: float
    text: str
    size: float  # mean font size of the line's characters
    bold: bool  # every character in a bold face
    in_table: bool = False
    words: tuple[dict, ...] = ()  # the words of a text line, with positions


def text_lines(words: Sequence[dict]) -> list[Line]:
    """Words grouped into lines by baseline; wide gaps between words become TABs."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"])):
        if rows:
            last = rows[-1]
            ref = last[0]
            tolerance = max(2.0, 0.4 * float(ref.get("size", 10)))
            if abs(w["bottom"] - ref["bottom"]) <= tolerance:
                last.append(w)
                continue
        rows.append([w])
    out: list[Line] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        out.append(_line_of(row, "\t".join(" ".join(w["text"] for w in part) for part in _column_groups(row))))
    return out


def _column_groups(row: Sequence[dict]) -> list[list[dict]]:
    """A baseline's words in runs, split where a gap is wider than a column gap."""
    threshold = _COLUMN_GAP_EM * max(float(row[0].get("size", 10)), 1.0)
    groups: list[list[dict]] = [[row[0]]]
    for a, b in itertools.pairwise(row):
        if b["x0"] - a["x1"] > threshold:
            groups.append([])
        groups[-1].append(b)
    return groups


def _line_of(words: Sequence[dict], text: str) -> Line:
    sizes = [float(w.get("size", 0)) for w in words]
    return Line(top=min(w["top"] for w in words), bottom=max(w["bottom"] for w in words), text=text,
                size=sum(sizes) / len(sizes), bold=all(_is_bold(str(w.get("fontname", ""))) for w in words),
                words=tuple(words))


def column_parts(ln: Line) -> list[Line]:
    """The parts of a text line that stand in different columns (words further apart
    than a column gap), each with its own typography: on a two-column page one
    baseline holds a line of each column, and a heading set in bold in one column
    shares it with body text in the other."""
    if ln.in_table or len(ln.words) < 2:
        return [ln]
    groups = _column_groups(ln.words)
    return [_line_of(g, " ".join(w["text"] for w in g)) for g in groups] if len(groups) >= 2 else [ln]


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(mark in name for mark in ("bold", "black", "heavy", "semibold", ",b"))


def table_lines(table) -> list[Line]:  # noqa: ANN001 - pdfplumber.table.Table
    """One line per table row, cells joined by TAB; a vertically merged cell repeated
    in the rows it spans (its box reaches below the row's top)."""
    texts = table.extract()
    # (the characters inside the table, once: each cell then looks only among them)
    x0, top, x1, bottom = table.bbox
    chars = [ch for ch in getattr(getattr(table, "page", None), "chars", []) or []
             if ch.get("text", "").strip() and x0 <= ch["x0"] <= x1 and top <= ch["top"] <= bottom]
    out: list[Line] = []
    previous: list[tuple[tuple[float, float, float, float] | None, str]] = []
    for r, row in enumerate(table.rows):
        cells = list(row.cells)
        values = texts[r] if r < len(texts) else [None] * len(cells)
        current: list[tuple[tuple[float, float, float, float] | None, str]] = []
        for c, box in enumerate(cells):
            value = values[c] if c < len(values) else None
            if box is None:
                above = previous[c] if c < len(previous) else (None, "")
                spans_down = above[0] is not None and above[0][3] > row.bbox[1] + 1.0
                current.append((above[0] if spans_down else None, above[1] if spans_down else ""))
            else:
                current.append((box, _titled_cell(cell_text(value), box, chars)))
        previous = current
        cells_text = [t for _, t in current]
        if not any(cells_text):
            continue
        out.append(Line(top=row.bbox[1], bottom=row.bbox[3], text="\t".join(cells_text), size=0.0, bold=False, in_table=True))
    return out


def _titled_cell(text: str, box: tuple[float, float, float, float], chars: Sequence[dict]) -> str:
    """A cell that opens with a run in bold and goes on in a regular face ("**Title**
    description"), the bold run marked: a table sets an objective's title in bold over
    its description in the same cell, and the typography is what tells them apart."""
    if not text or not chars:
        return text
    x0, top, x1, bottom = box
    inside = sorted((ch for ch in chars if x0 <= (ch["x0"] + ch["x1"]) / 2 <= x1 and top <= (ch["top"] + ch["bottom"]) / 2 <= bottom),
                    key=lambda ch: (round(ch["top"]), ch["x0"]))
    weights = [_is_bold(str(ch.get("fontname", ""))) for ch in inside]
    lead = next((k for k, bold in enumerate(weights) if not bold), len(weights))
    if lead < _TITLE_MIN_CHARS or len(weights) - lead < _TITLE_MIN_CHARS or any(weights[lead:]):
        return text  # (all one face, a short bold label, or faces mixed further on)
    seen = 0
    for at, ch in enumerate(text):  # the bold run's end in the text: as many non-space characters
        if not ch.isspace():
            seen += 1
            if seen == lead:
                return f"**{text[:at + 1].strip()}** {text[at + 1:].strip()}"
    return text


# the least a bold run and the regular text after it hold (non-space characters) for
# the run to be a title over a description, not a bold word in passing
_TITLE_MIN_CHARS = 8


_HYPHEN_BREAK_RE = re.compile(r"(?<=[a-zà-ù])-\n(?=[a-zà-ù])")


def cell_text(value: str | None) -> str:
    """A cell on one line: a word hyphenated at a wrap is joined, other wraps become
    spaces; TABs inside a cell would break the row."""
    if not value:
        return ""
    value = _HYPHEN_BREAK_RE.sub("", value)
    return re.sub(r"\s+", " ", value).strip()
