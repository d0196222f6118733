"""Tables drawn without rules, as word processors export them: columns found from the
white strips that run down every line under a header of plan field names, each row
one tab-separated line like the rows of a ruled table (also when the table goes on
over the next page without its header)."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.loaders.pdf_lines import Line, cell_text


def _group_rows(
    body: Sequence[tuple[Line, list[list[str]]]], width: int
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


def _row_lines(body: Sequence[tuple[Line, list[list[str]]]], width: int) -> list[Line]:
    """The rows of an unruled table, one tab-separated line each."""
    rows, tops = _group_rows(body, width)
    return [
        Line(top=top, bottom=bottom, text="\t".join(cell_text(" ".join(words)) for words in row),
              size=0.0, bold=False, in_table=True)
        for (top, bottom), row in zip(tops, rows, strict=True)
    ]


_MIN_COLUMNS = 3


def _rivers(block: Sequence[Line]) -> list[float]:
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


def _column_at(starts: Sequence[float], x0: float) -> int:
    """The column a word starting at x0 falls in: the last whose edge it starts at."""
    return max((c for c, x in enumerate(starts) if x <= x0 + 0.5), default=0)


def _columns_of(ln: Line, starts: Sequence[float]) -> list[list[str]]:
    cells: list[list[str]] = [[] for _ in starts]
    for w in ln.words:
        cells[_column_at(starts, w["x0"])].append(w["text"])
    return cells


def _continued_rows(lines: Sequence[Line], k: int, starts: Sequence[float]) -> int:
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
    used = {_column_at(starts, w["x0"]) for ln in lines[k:end] for w in ln.words}
    return end - k if len(used) >= _MIN_COLUMNS else 0


def unruled_tables(lines: list[Line], carry: list[list[float]] | None = None) -> list[Line]:
    """Tables drawn without rules, as word processors export them. Their columns are
    the strips of white that run down through every line of the table; the header
    row (field names of the plan vocabulary, possibly wrapped over two or three lines)
    names them; each word falls into the column whose edge it starts at; rows are
    set apart by extra spacing or, with even spacing, by text in the first column.
    Each row becomes one tab-separated line, like the rows of a ruled table."""
    carry = carry if carry is not None else []
    out: list[Line] = []
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
        out.append(Line(top=first.top, bottom=first.bottom, text="\t".join(" ".join(h) for h in header),
                         size=0.0, bold=False, in_table=True))
        out.extend(_row_lines([(ln, _columns_of(ln, starts)) for ln in lines[k + n_header : end]], len(starts)))
        k = end
    return out


def _join_unfilled(header: Line, below: Sequence[Line], starts: list[float]) -> list[float]:
    """The column starts without those of columns no line below the header fills:
    each such column's name joins the neighbour it stands nearer to."""
    filled = {_column_at(starts, w["x0"]) for ln in below for w in ln.words}
    ends: dict[int, float] = {}
    for w in header.words:
        c = _column_at(starts, w["x0"])
        ends[c] = max(ends.get(c, w["x1"]), w["x1"])
    drop: set[int] = set()
    for c in range(1, len(starts)):
        if c in filled or c not in ends:
            continue
        to_next = starts[c + 1] - ends[c] if c + 1 < len(starts) else float("inf")
        to_prev = starts[c] - ends.get(c - 1, starts[c - 1])
        drop.add(c + 1 if to_next < to_prev else c)  # the later start goes: the cell reads on
    return [x for c, x in enumerate(starts) if c not in drop]


def _runs_across(ln: Line, starts: Sequence[float]) -> bool:
    """A line of running prose: one run of words (no column gap) that crosses two
    column edges and spans most of the table's width. A wrapped cell stays inside
    its column; a sentence after the table runs over the strips between columns
    (whose word gaps would otherwise be read as new columns)."""
    if "\t" in ln.text or not ln.words:
        return False
    x0, x1 = min(w["x0"] for w in ln.words), max(w["x1"] for w in ln.words)
    crossed = sum(1 for x in starts[1:] if x0 < x - 0.5 < x1)
    return crossed >= 2 and x1 - x0 > 0.5 * (starts[-1] - starts[0])


def _table_at(lines: Sequence[Line], k: int) -> tuple[int, int, list[float]] | None:
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
        if starts and _runs_across(cur, starts):
            break  # running prose after the table: it fills the strips between columns
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
    named = {_column_at(starts, w["x0"]) for ln in head for w in ln.words}
    starts = [x for c, x in enumerate(starts) if c in named or c == 0]
    # and values: a strip that leaves a column empty in every row below the header
    # line is a word space inside a header cell ("N. | dipendenti" over right-aligned
    # figures), so that column's name joins the nearer of its neighbours
    starts = _join_unfilled(lines[k], lines[k + 1 : end], starts)
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
