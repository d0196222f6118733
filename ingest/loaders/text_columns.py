"""Text laid out in columns with spaces, as `pdftotext -layout` and copies from PDF
viewers write it: tables without rules and label/value forms whose cells wrap onto
the lines below, in the same columns.

Such a page is read like an unruled PDF table (`pdf_columns`): the columns are the
white strips that run down every line of a run of blocks, and each block (lines
between blank lines) is one row, written as one tab-separated line, the cell's
wrapped lines joined. A two-column run is a form: "Titolo\tNuovo sportello …".
Everything else (prose, headings, lists) is kept verbatim, but for the running
header and footer such a layout centres or right-aligns at the edge of every page.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ingest.structure.vocabulary import canonical_key

# a gap this wide inside a line separates columns; justified prose stretches the
# spaces between its words to two, rarely more
_COLUMN_GAP = 3
# a white strip two characters wide separates two columns when it runs down every line
_STRIP = 2
# a word cut by a hyphen at the end of a wrapped line ("prenota-" / "zione")
_HYPHENATED = re.compile(r"[^\W\d_]-$")
# a list item opening a line of a cell ("- entro il …", "• …", "a) …")
_ITEM = re.compile(r"^(?:[-–•*]\s|[a-z]\)\s|\d{1,2}[.)]\s)")
# a gap this wide makes a line alone a row ("Codice obiettivo        OP-02")
_WIDE_GAP = 6


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of non-blank lines, as (start, end) indexes."""
    out: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            out.append((start, i))
            start = None
    return out


def _gapped(line: str) -> bool:
    """A line with a column gap: a wide run of spaces between two words."""
    return bool(re.search(rf"\S {{{_COLUMN_GAP},}}\S", line.rstrip()))


def _in_columns(block: list[str]) -> bool:
    """A block that may be a row: a line of it has a column gap, or it has several
    lines some set far in (a cell wrapped under its column). A single line that is
    only set in (a centred page header or footer) is not."""
    return any(_gapped(ln) for ln in block) or (
        len(block) > 1 and any(len(ln) - len(ln.lstrip()) >= 8 for ln in block))


def _strips(lines: list[str]) -> list[tuple[int, int]]:
    """The white strips (start, end) at least `_STRIP` wide that run down every line,
    between the first and the last character any line holds."""
    width = max(len(ln.rstrip()) for ln in lines)
    filled = [False] * width
    for ln in lines:
        for i, ch in enumerate(ln.rstrip()):
            if ch != " ":
                filled[i] = True
    left = filled.index(True)
    strips: list[tuple[int, int]] = []
    i = left
    while i < width:
        if not filled[i]:
            j = i
            while j < width and not filled[j]:
                j += 1
            if j - i >= _STRIP and j < width:
                strips.append((i, j))
            i = j
        else:
            i += 1
    return strips


def _join(parts: list[str]) -> list[str]:
    """A cell's wrapped lines as its texts: one, or one per list item the cell holds
    (a word cut by a hyphen made whole again)."""
    texts: list[str] = []
    for part in parts:
        if not texts or _ITEM.match(part):
            texts.append(part)
        elif _HYPHENATED.search(texts[-1]) and part[:1].islower():
            texts[-1] = texts[-1][:-1] + part
        else:
            texts[-1] = f"{texts[-1]} {part}"
    return texts


def _row(lines: list[str], strips: list[tuple[int, int]]) -> list[str]:
    """A block's lines as one row, each column's text tab-separated. A last cell that
    holds a list (a form's "Fasi e tempi") gives its first item on the row and the
    others on lines of their own below it, as a list under its label."""
    bounds = [0, *[(a + b) // 2 for a, b in strips], 10_000]
    cells = []
    for lo, hi in itertools.pairwise(bounds):
        cells.append(_join([p for p in (ln[lo:hi].strip() for ln in lines) if p]))
    items = cells[-1][1:] if len(cells[-1]) > 1 and all(_ITEM.match(t) for t in cells[-1]) else []
    texts = [" ".join(c) for c in cells[:-1]] + [cells[-1][0] if items else " ".join(cells[-1])]
    return ["\t".join(texts), *items]


def _cells(line: str, strips: list[tuple[int, int]]) -> list[str]:
    bounds = [0, *[(a + b) // 2 for a, b in strips], 10_000]
    return [line[lo:hi].strip() for lo, hi in itertools.pairwise(bounds)]


def _one_per_line(lines: list[str], strips: list[tuple[int, int]]) -> bool:
    """A table written one row per line: three columns or more, and every line (a
    total row aside) holds a value in every column. A row whose cells wrap leaves
    cells of its later lines empty."""
    if len(strips) < 2 or len(lines) < 2:
        return False
    total_rows = 1 if len(lines) > 2 else 0  # (a total row under two rows or more)
    return sum(not all(_cells(ln, strips)) for ln in lines) <= total_rows


def _line_tables(lines: list[str]) -> list[str]:
    """The lines of a block that is no table, with each run of lines that is a table
    one row per line (a form's "Indicatori:" followed by its table, with no blank line
    between them) as tab-separated rows."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _gapped(lines[j]):
            j += 1
        run = lines[i:j]
        if j - i >= 2 and (strips := _strips(run)) and _one_per_line(run, strips):
            # (set apart as a block of its own, as a table stands apart from a form)
            out.extend(["", *("\t".join(_cells(ln, strips)) for ln in run), ""])
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def _form_rows(lines: list[str], a: int, b: int, strips: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The rows of a block: the block itself, or, in a form whose fields are not set
    apart by blank lines (two columns, label and value), one row per line whose first
    column names a field label: a new label starts a new field, a line without one
    goes on with the value above (or a label wrapped over two lines)."""
    if len(strips) != 1:
        return [(a, b)]
    cut = (strips[0][0] + strips[0][1]) // 2
    starts = [i for i in range(a, b) if canonical_key(lines[i][:cut].strip(), fuzzy=False) is not None]
    # (lines above the first label that hold no value are a heading: "SCHEDA OBIETTIVO N. 10")
    if len(starts) < 2 or any(lines[i][cut:].strip() for i in range(a, starts[0])):
        return [(a, b)]
    return list(itertools.pairwise([*starts, b]))


def _table_run(lines: list[str], blocks: list[tuple[int, int]], k: int) -> tuple[int, list[tuple[int, int]]]:
    """The longest run of blocks from the k-th whose lines keep the same columns (white
    strips that end where the next column starts): the number of blocks and the
    strips. A run needs a column gap in its first block."""
    if not any(_gapped(ln) for ln in lines[blocks[k][0]:blocks[k][1]]):
        return 0, []
    best: tuple[int, list[tuple[int, int]]] = (0, [])
    for n in range(k + 1, len(blocks) + 1):
        run = [ln for a, b in blocks[k:n] for ln in lines[a:b]]
        if not _in_columns(lines[blocks[n - 1][0]:blocks[n - 1][1]]):
            break
        strips = _strips(run)
        # the columns of one table start where they started: a block that moves a
        # column's start (or fills a gap between two) is another table
        if not strips or (best[0] and (len(strips) != len(best[1]) or any(
                abs(new[1] - old[1]) > 1 for new, old in zip(strips, best[1], strict=True)))):
            break
        best = (n - k, strips)
    return best


# a header's rule: runs of dashes (or "=") under each column, as legacy systems and
# typed plans underline a table's header ("---  --------------  ----")
_RULE = re.compile(r"^\s*([-=])\1+(?:\s+\1{2,})+\s*$")


def _rule_columns(rule: str) -> list[int]:
    """The columns a header's rule marks: where each run of dashes starts."""
    return [m.start() for m in re.finditer(r"[-=]+", rule)]


def _ruled_cells(line: str, starts: list[int]) -> list[str]:
    """A line cut at the columns' starts (a cell's text starts at its rule's run)."""
    bounds = [*starts[1:], 10_000]
    return [line[0 if i == 0 else starts[i]:hi].strip() for i, hi in enumerate(bounds)]


def _ruled_tables(lines: list[str]) -> list[str]:
    """The lines with each ruled table as tab-separated rows: the header lines above the
    rule, then one row per record. A record's cells wrap onto the lines below in their
    columns, so a record starts on a line where the column that wraps least (a number,
    a code, a weight: the one filled on fewest lines) is filled."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _RULE.match(lines[i]) or not out or not out[-1].strip():
            out.append(lines[i])
            i += 1
            continue
        starts = _rule_columns(lines[i])
        head_from = len(out)
        while head_from > 0 and out[head_from - 1].strip() and len(out) - head_from < 3:
            head_from -= 1
        header = out[head_from:]
        body_end = i + 1
        while body_end < len(lines) and lines[body_end].strip():
            body_end += 1
        body = lines[i + 1:body_end]
        if not body:
            out.append(lines[i])
            i += 1
            continue
        cells = [_ruled_cells(ln, starts) for ln in body]
        filled = [sum(bool(c[k]) for c in cells) for k in range(len(starts))]
        # (of two columns filled as seldom, the one of shorter cells: a count or a code
        # never wraps, a name may)
        length = [sum(len(c[k]) for c in cells) / max(filled[k], 1) for k in range(len(starts))]
        anchor = min((k for k in range(len(starts)) if cells[0][k]), key=lambda k: (filled[k], length[k], k))
        rows: list[list[list[str]]] = []
        for row in cells:
            if row[anchor] or not rows:
                rows.append([[] for _ in starts])
            for k, text in enumerate(row):
                if text:
                    rows[-1][k].append(text)
        head = [" ".join(t for t in (c[k] for c in (_ruled_cells(h, starts) for h in header)) if t)
                for k in range(len(starts))]
        del out[head_from:]
        out.append("\t".join(head))
        out.extend("\t".join(" ".join(_join(parts)) for parts in row) for row in rows)
        i = body_end
    return out


def relayout(page: str) -> str:
    """The page with its space-aligned tables and forms as tab-separated rows; a page
    without them comes back unchanged."""
    lines = page.split("\n")
    if any(_RULE.match(ln) for ln in lines):
        lines = _ruled_tables(lines)
        page = "\n".join(lines)
    if sum(_gapped(ln) for ln in lines) < 3:  # (a page of prose and headings)
        return page
    blocks = _blocks(lines)
    out: list[str] = []
    pos = 0
    k = 0
    while k < len(blocks):
        count, strips = _table_run(lines, blocks, k)
        # one block of one line is a row only when its gap is a column's ("Codice    OP-01")
        single = count == 1 and blocks[k][1] - blocks[k][0] == 1 and not re.search(
            rf"\S {{{_WIDE_GAP},}}\S", lines[blocks[k][0]])
        if count == 0 or single:
            a, b = blocks[k]
            out.extend(lines[pos:a])
            out.extend(_line_tables(lines[a:b]))
            pos = b
            k += 1
            continue
        start, end = blocks[k][0], blocks[k + count - 1][1]
        out.extend(lines[pos:start])
        for a, b in blocks[k:k + count]:
            if _one_per_line(lines[a:b], strips):
                out.extend("\t".join(_cells(ln, strips)) for ln in lines[a:b])
                out.append("")
                continue
            rows = _form_rows(lines, a, b, strips)
            out.extend(lines[a:rows[0][0]])  # (a heading above the form's first field)
            for lo, hi in rows:
                out.extend(_row(lines[lo:hi], strips))
                out.append("")
        out.pop()
        pos = end
        k += count
    out.extend(lines[pos:])
    return "\n".join(out)


# a line set this far in at a page's edge is aligned there (centred, right-aligned)
_SET_IN = 10


def _edges(page: str) -> list[str]:
    """The first and the last non-blank line of a page."""
    filled = [ln for ln in page.split("\n") if ln.strip()]
    return filled[:1] + filled[-1:] if filled else []


def _edge_key(line: str) -> str:
    """A running line's identity: its words, not its numbers nor which dash a page
    was typed (or read) with."""
    return re.sub(r"[–—]", "-", re.sub(r"\d+", "#", line.strip()))


def without_running_lines(pages: list[str]) -> list[str]:
    """The pages without the header and footer a layout repeats at their edges: a line
    at the top or bottom of most pages, the same but for its numbers ("Pagina 3 di
    16"), set in (centred, right-aligned) or flush left as a typed page has it. A copied layout keeps them as text; they would
    run into the form value or the table cell the page break cuts."""
    if len(pages) < 3:
        return pages
    # (a line set in is aligned there; a line flush left is the header of a typed or
    # scanned page unless it has a column gap, as a table's header row repeated over
    # each page does, which names the table's columns)
    counts = Counter(_edge_key(ln) for page in pages for ln in set(_edges(page))
                     if len(ln) - len(ln.lstrip()) >= _SET_IN or not _gapped(ln))
    running = {key for key, n in counts.items() if n >= len(pages) / 2}
    if not running:
        return pages
    out = []
    for page in pages:
        edges = set(_edges(page))
        out.append("\n".join(ln for ln in page.split("\n") if not (ln in edges and _edge_key(ln) in running)))
    return out
