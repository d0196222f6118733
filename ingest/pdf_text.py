"""PDF pages as structured text: ruled tables as tab-separated rows, column gaps as
tabs, typography as light markup, running headers and footers removed.

pypdf's plain extraction runs the cells of a ruled table together on one line, so no
column is known. Here pdfplumber (pdfminer) gives every character with its position,
font and size, and the page's ruling lines:

* a ruled table (cells bounded by drawn lines) becomes one line per row, cells
  joined by TAB, a cell's wrapped lines joined by a space; a vertically merged cell
  is repeated in every row it spans, so each row line stays self-contained (the same
  convention as DOCX tables);
* outside ruled tables, words on one baseline separated by a gap wider than about a
  character height are separate cells (TAB), so unruled, column-aligned tables and
  "LABEL      value" forms keep their columns;
* a line set in a larger font than the body becomes a Markdown heading (`#`..`###`,
  by size rank) and a line set wholly in bold becomes `**line**`: the structure
  parser reads headings from typography before any text heuristic;
* lines in the top or bottom band of the page that repeat on many pages (digits
  aside) and bare page numbers (`pag. 3 di 12`) are furniture and dropped.

The output of one page is plain text; `ingest.loaders` joins pages as usual.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.text import drop_whitespace

log = logging.getLogger(__name__)

# Words on one line further apart than this many font heights are in different
# columns: a word space is ~0.25-0.3 em, a column gap several em.
_COLUMN_GAP_EM = 0.9
# Top/bottom band of a page where running headers and footers live.
_EDGE_BAND = 0.09
_PAGE_NUMBER_RE = re.compile(r"(?i)^(?:pag(?:ina)?\.?\s*)?\d{1,4}(?:\s*(?:di|/|of)\s*\d{1,4})?$")
_HEADING_MIN_RATIO = 1.15  # font size over the body size that makes a line a heading
_MAX_HEADING_CHARS = 160


@dataclass(slots=True)
class _Line:
    top: float
    bottom: float
    text: str
    size: float  # mean font size of the line's characters
    bold: bool  # every character in a bold face
    in_table: bool = False
    words: tuple[dict, ...] = ()  # the words of a text line, with positions


def pdf_pages_text(raw: bytes, plain: Sequence[str]) -> list[str | None]:
    """Structured text of every page, given pypdf's plain text of the same pages.

    A page with a ruled table is rebuilt from positions (rows as tab-separated
    lines). Any other page keeps pypdf's text, whose spacing the structure parser
    already reads (runs of spaces between columns, the gap that closes a wrapped
    cell), with the typography and furniture found here carried over line by line:
    heading and bold lines get their markup, running headers and footers go.
    None for a page neither reading could give.

    Raises:
        Exception: whatever pdfplumber raises when the file cannot be opened at all.
    """
    import pdfplumber  # lazy: only PDF ingestion needs it

    n_pages = len(plain)
    pages_lines: list[list[_Line] | None] = []
    has_table: list[bool] = []
    heights: list[float] = []
    carry: list[list[float]] = []  # column starts of the last unruled table, for its continuation
    with pdfplumber.open(io.BytesIO(raw)) as pdf:
        for index in range(n_pages):
            if index >= len(pdf.pages):
                pages_lines.append(None)
                heights.append(0.0)
                continue
            page = pdf.pages[index]
            try:
                lines = _page_lines(page, carry)
            except Exception as exc:  # noqa: BLE001 - one broken page must not sink the file
                log.warning("pdfplumber page failed page=%d error=%r", index + 1, exc)
                lines = None
            pages_lines.append(lines)
            has_table.append(bool(lines) and any(ln.in_table for ln in lines))
            heights.append(float(page.height))
            page.flush_cache()
    body = _body_size(pages_lines)
    furniture = _furniture(pages_lines, heights, body)
    heading_sizes = _heading_sizes(pages_lines, body)
    out: list[str | None] = []
    for p, lines in enumerate(pages_lines):
        if lines is None:
            out.append(plain[p] or None)
            continue
        kept = [(ln, _markup(ln, body, heading_sizes)) for k, ln in enumerate(lines) if (p, k) not in furniture]
        if has_table[p] or not plain[p].strip():
            out.append("\n".join(text for _, text in kept).rstrip())
            continue
        dropped = {drop_whitespace(lines[k].text) for q, k in furniture if q == p}
        marked = {drop_whitespace(ln.text): text for ln, text in kept if text != ln.text}
        out.append(_carry_over(plain[p], dropped, marked))
    return out


def _carry_over(plain: str, dropped: set[str], marked: dict[str, str]) -> str:
    """pypdf's page text with furniture lines removed (only among the first and last
    lines, where running headers and footers are) and heading/bold markup added to
    the lines the layout pass recognised."""
    lines = plain.split("\n")
    nonblank = [k for k, ln in enumerate(lines) if ln.strip()]
    edges = set(nonblank[:3] + nonblank[-3:])
    out: list[str] = []
    for k, ln in enumerate(lines):
        key = drop_whitespace(ln)
        if k in edges and key in dropped:
            continue
        if key in marked and ln.strip() and not ln.lstrip().startswith(("#", "**")):
            out.append(marked[key])
            continue
        out.append(ln)
    return "\n".join(out).strip("\n")


# -- one page -----------------------------------------------------------------------------------
def _page_lines(page, carry: list[list[float]]) -> list[_Line]:  # noqa: ANN001 - pdfplumber.page.Page
    # a ruled table needs drawn rules: pages without enough of them skip the (costly) search
    ruled = len(page.lines) + len(page.rects) >= 4
    tables = [
        t for t in (page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}) if ruled else [])
        if len(t.rows) >= 2 and max((len(r.cells) for r in t.rows), default=0) >= 2
    ]
    boxes = [t.bbox for t in tables]

    def outside(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    free = page.filter(outside) if boxes else page
    lines = _text_lines(free.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False))
    lines = _unruled_tables(lines, carry)
    for table in tables:
        lines.extend(_table_lines(table))
    lines.sort(key=lambda ln: (ln.top, not ln.in_table))
    return lines


# -- tables without rules ----------------------------------------------------------------------
def _group_rows(
    body: Sequence[tuple[_Line, list[list[str]]]], width: int
) -> tuple[list[list[list[str]]], list[tuple[float, float]]]:
    """Lines grouped into table rows. Rows are set apart by more vertical space than
    the lines of one wrapped cell; when the spacing is even, a line with text in the
    first column opens a row (cells aligned to the top)."""
    gaps = [body[n][0].top - body[n - 1][0].bottom for n in range(1, len(body))]
    split_at: set[int] = set()
    if gaps and max(gaps) > 1.5 * max(min(gaps), 0.5) + 1.0:
        threshold = (min(gaps) + max(gaps)) / 2
        split_at = {n for n in range(1, len(body)) if gaps[n - 1] > threshold}
    else:
        split_at = {n for n in range(1, len(body)) if body[n][1][0]}
    rows: list[list[list[str]]] = []
    tops: list[tuple[float, float]] = []
    for n, (ln, cells) in enumerate(body):
        if n == 0 or n in split_at:
            rows.append([[] for _ in range(width)])
            tops.append((ln.top, ln.bottom))
        for c, words in enumerate(cells):
            rows[-1][c].extend(words)
        tops[-1] = (tops[-1][0], ln.bottom)
    return rows, tops


def _row_lines(body: Sequence[tuple[_Line, list[list[str]]]], width: int) -> list[_Line]:
    """The rows of an unruled table, one tab-separated line each."""
    rows, tops = _group_rows(body, width)
    return [
        _Line(top=top, bottom=bottom, text="\t".join(_cell_text(" ".join(words)) for words in row),
              size=0.0, bold=False, in_table=True)
        for (top, bottom), row in zip(tops, rows, strict=True)
    ]


_MIN_COLUMNS = 3


def _rivers(block: Sequence[_Line]) -> list[float]:
    """Column edges of a block of lines: the x positions where a vertical strip of
    white runs through every line (a "river"), each edge at the start of the text
    to the right of the strip."""
    spans = sorted((w["x0"], w["x1"]) for ln in block for w in ln.words)
    if not spans:
        return []
    edges: list[float] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach + 1.5:
            edges.append(x0)
        reach = max(reach, x1)
    return edges


def _columns_of(ln: _Line, starts: Sequence[float]) -> list[list[str]]:
    cells: list[list[str]] = [[] for _ in starts]
    for w in ln.words:
        col = max((c for c, x in enumerate(starts) if x <= w["x0"] + 0.5), default=0)
        cells[col].append(w["text"])
    return cells


def _continued_rows(lines: Sequence[_Line], k: int, starts: Sequence[float]) -> int:
    """How many lines from k continue, on a new page, a table whose header was on an
    earlier page: lines whose words all start in its columns (no word across a
    column edge) and whose first line opens a row (text in the first column)."""
    end = k
    while end < len(lines) and end - k < 200:
        ln = lines[end]
        if ln.in_table or not ln.words:
            break
        if end > k and ln.top - lines[end - 1].bottom > 2.5 * max(ln.bottom - ln.top, 1.0):
            break
        if min(w["x0"] for w in ln.words) < starts[0] - 2.0:
            break
        crosses = any(
            any(w["x0"] < x - 0.5 < w["x1"] for x in starts[1:]) for w in ln.words
        )
        if crosses:
            break
        end += 1
    if end - k < 2 or not _columns_of(lines[k], starts)[0]:
        return 0
    used = {max(c for c, x in enumerate(starts) if x <= w["x0"] + 0.5) for ln in lines[k:end] for w in ln.words}
    return end - k if len(used) >= _MIN_COLUMNS else 0


def _unruled_tables(lines: list[_Line], carry: list[list[float]] | None = None) -> list[_Line]:
    """Tables drawn without rules, as word processors export them. Their columns are
    the strips of white that run down through every line of the table; the header
    row (field names of the plan vocabulary, possibly wrapped over two or three lines)
    names them; each word falls into the column whose edge it starts at; rows are
    set apart by extra spacing or, with even spacing, by text in the first column.
    Each row becomes one tab-separated line, like the rows of a ruled table."""
    carry = carry if carry is not None else []
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        found = _table_at(lines, k)
        if found is None and carry and k < 4 and (n := _continued_rows(lines, k, carry[-1])):
            # the table of an earlier page goes on here without its header
            out.extend(_row_lines([(ln, _columns_of(ln, carry[-1])) for ln in lines[k : k + n]], len(carry[-1])))
            k += n
            continue
        if found is None:
            out.append(lines[k])
            k += 1
            continue
        end, n_header, starts = found
        carry[:] = [list(starts)]
        header = [[] for _ in starts]
        # a header cell centred on two lines puts its first piece above the header
        # line: a short line just above, lying within the columns, belongs to it
        above = out[-1] if out else None
        if (
            above is not None and above.words and not above.in_table
            and -0.6 * max(lines[k].bottom - lines[k].top, 1.0) <= lines[k].top - above.bottom < 0.8 * max(lines[k].bottom - lines[k].top, 1.0)
            and len(above.words) <= len(starts) and min(w["x0"] for w in above.words) >= starts[0] - 1.0
        ):
            out.pop()
            for c, words in enumerate(_columns_of(above, starts)):
                header[c].extend(words)
        for ln in lines[k : k + n_header]:
            for c, words in enumerate(_columns_of(ln, starts)):
                header[c].extend(words)
        first = lines[k]
        out.append(_Line(top=first.top, bottom=first.bottom, text="\t".join(" ".join(h) for h in header),
                         size=0.0, bold=False, in_table=True))
        out.extend(_row_lines([(ln, _columns_of(ln, starts)) for ln in lines[k + n_header : end]], len(starts)))
        k = end
    return out


def _table_at(lines: Sequence[_Line], k: int) -> tuple[int, int, list[float]] | None:
    """(end, header lines, column starts) of an unruled table whose header starts at
    line k, or None."""
    from ingest.structure.vocabulary import canonical_key  # the plan's field vocabulary

    first = lines[k]
    if first.in_table or not first.words or len(first.words) < _MIN_COLUMNS:
        return None
    line_h = max(first.bottom - first.top, 1.0)
    end = k + 1
    starts: list[float] = []
    while end < len(lines):
        cur = lines[end]
        if cur.in_table or not cur.words or cur.top - lines[end - 1].bottom > 2.5 * line_h:
            break
        edges = _rivers(lines[k : end + 1])
        if len(edges) + 1 < _MIN_COLUMNS:
            break
        starts = [min(w["x0"] for ln in lines[k : end + 1] for w in ln.words), *edges]
        end += 1
    if end - k < 2 or not starts:
        return None
    # every column has a name: a white strip inside a named column (rows that all
    # break a cell at the same place) is no column edge
    head = [lines[k]]
    for ln in lines[k + 1 : min(k + 3, end)]:
        if _columns_of(ln, starts)[0]:
            break  # text in the first column: the body has begun
        head.append(ln)
    named = {max(c for c, x in enumerate(starts) if x <= w["x0"] + 0.5) for ln in head for w in ln.words}
    starts = [x for c, x in enumerate(starts) if c in named or c == 0]
    # the header may wrap over up to three lines: the reading that names the most
    # columns with field names wins (the fewest lines on a tie)
    best: tuple[int, int] | None = None  # (known, n_header)
    for n_header in (1, 2, 3):
        if k + n_header >= end:
            break
        header = [[] for _ in starts]
        for ln in lines[k : k + n_header]:
            for c, words in enumerate(_columns_of(ln, starts)):
                header[c].extend(words)
        cells = [" ".join(h) for h in header]
        if any(not c or len(c) > 40 or len(c.split()) > 5 for c in cells) or end - (k + n_header) < 2:
            continue  # column names are short; a table has rows under them
        known = sum(1 for c in cells if canonical_key(c) is not None)
        if known >= max(2, int(0.6 * len(cells) + 0.5)) and (best is None or known > best[0]):
            best = (known, n_header)
    return (end, best[1], starts) if best else None


def _text_lines(words: Sequence[dict]) -> list[_Line]:
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
    out: list[_Line] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        size = max(float(row[0].get("size", 10)), 1.0)
        gaps = [b["x0"] - a["x1"] for a, b in zip(row, row[1:])]
        threshold = _COLUMN_GAP_EM * size
        parts: list[str] = [row[0]["text"]]
        for gap, w in zip(gaps, row[1:]):
            parts.append("\t" if gap > threshold else " ")
            parts.append(w["text"])
        sizes = [float(w.get("size", 0)) for w in row]
        out.append(
            _Line(
                top=min(w["top"] for w in row),
                bottom=max(w["bottom"] for w in row),
                text="".join(parts),
                size=sum(sizes) / len(sizes),
                bold=all(_is_bold(str(w.get("fontname", ""))) for w in row),
                words=tuple(row),
            )
        )
    return out


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(mark in name for mark in ("bold", "black", "heavy", "semibold", ",b"))


def _table_lines(table) -> list[_Line]:  # noqa: ANN001 - pdfplumber.table.Table
    """One line per table row, cells joined by TAB; a vertically merged cell repeated
    in the rows it spans (its box reaches below the row's top)."""
    texts = table.extract()
    out: list[_Line] = []
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
                current.append((box, _cell_text(value)))
        previous = current
        cells_text = [t for _, t in current]
        if not any(cells_text):
            continue
        out.append(_Line(top=row.bbox[1], bottom=row.bbox[3], text="\t".join(cells_text), size=0.0, bold=False, in_table=True))
    return out


_HYPHEN_BREAK_RE = re.compile(r"(?<=[a-zà-ù])-\n(?=[a-zà-ù])")


def _cell_text(value: str | None) -> str:
    """A cell on one line: a word hyphenated at a wrap is joined, other wraps become
    spaces; TABs inside a cell would break the row."""
    if not value:
        return ""
    value = _HYPHEN_BREAK_RE.sub("", value)
    return re.sub(r"\s+", " ", value).strip()


# -- whole document -------------------------------------------------------------------------------
def _edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _furniture(
    pages: Sequence[list[_Line] | None], heights: Sequence[float], body: float
) -> set[tuple[int, int]]:
    """Running headers/footers: lines in the page's edge bands whose text (digits
    aside) recurs on at least half of the pages (two at least); bare page numbers in
    an edge band."""
    edge: list[tuple[int, int, str]] = []
    for p, lines in enumerate(pages):
        if not lines or not heights[p]:
            continue
        band = _EDGE_BAND * heights[p]
        for k, ln in enumerate(lines):
            if ln.in_table:
                continue
            if (ln.top <= band or ln.bottom >= heights[p] - band) and _set_apart(lines, k, body):
                edge.append((p, k, ln.text.strip()))
    n_pages = sum(1 for lines in pages if lines)
    counts = Counter(_edge_key(t) for _, _, t in {(p, 0, t) for p, _, t in edge})
    out: set[tuple[int, int]] = set()
    for p, k, text in edge:
        flat = re.sub(r"\s+", " ", text)
        if _PAGE_NUMBER_RE.match(flat) or (n_pages >= 2 and counts[_edge_key(text)] >= max(2, n_pages / 2)):
            out.add((p, k))
    return out


def _set_apart(lines: Sequence[_Line], k: int, body: float) -> bool:
    """A running header or footer is set apart from the body: in a smaller font, or
    with more space towards the body than between two body lines. A content line
    that merely opens every page (each page a new objective) is neither."""
    ln = lines[k]
    if body and ln.size and ln.size < 0.95 * body:
        return True
    height = max(ln.bottom - ln.top, 1.0)
    neighbours = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
    if not neighbours:
        return True
    gap = min(abs(n.top - ln.bottom) if n.top >= ln.top else abs(ln.top - n.bottom) for n in neighbours)
    return gap > 1.2 * height


def _body_size(pages: Sequence[list[_Line] | None]) -> float:
    """The most common font size, weighted by characters: the body text."""
    weights: Counter[float] = Counter()
    for lines in pages:
        for ln in lines or []:
            if not ln.in_table and ln.size:
                weights[round(ln.size, 1)] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _heading_sizes(pages: Sequence[list[_Line] | None], body: float) -> list[float]:
    """Distinct heading font sizes, largest first (at most three levels)."""
    sizes = {
        round(ln.size, 1)
        for lines in pages
        for ln in lines or []
        if not ln.in_table and body and ln.size >= _HEADING_MIN_RATIO * body
        and len(ln.text) <= _MAX_HEADING_CHARS
    }
    return sorted(sizes, reverse=True)[:3]


def _markup(ln: _Line, body: float, heading_sizes: Sequence[float]) -> str:
    text = ln.text
    if ln.in_table or "\t" in text or len(text) > _MAX_HEADING_CHARS or not any(ch.isalpha() for ch in text):
        return text
    size = round(ln.size, 1)
    if body and size >= _HEADING_MIN_RATIO * body:
        level = next((n for n, s in enumerate(heading_sizes, start=1) if size >= s), len(heading_sizes))
        return "#" * max(1, level) + " " + text
    if ln.bold and len(text) <= 120:
        return f"**{text}**"
    return text
