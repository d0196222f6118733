"""Lines with offsets and precomputed cells: every parser works on these, and the
offsets give each unit its verbatim char span."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from ingest.text import clean_text, upper_ratio

# PDF text extraction renders table cells and "LABEL  value" pairs with runs of
# spaces instead of tabs: three or more spaces between words count as a cell gap.
_VIRTUAL_GAP_RE = re.compile(r"(?<=\S) {3,}(?=\S)")
_TRAILING_GAP_RE = re.compile(r"(?:\t| {3,})[ \t]*$")
# Pipe tables (Markdown, plain-text exports): a line that opens with "|" and has at
# least two more pipes is a row of cells.
_PIPE_ROW_RE = re.compile(r"^\s{0,3}\|(?:[^|\n]*\|){2,}[^|\n]*$")


class Line:
    """One line of the document with its offset; cleaned text and cells precomputed.

    `cells` are the tab-separated (or, without tabs, 3+-space-separated) pieces;
    `ends_open` says the last cell was cut by a line wrap (no gap at the line end).
    """

    __slots__ = (
        "blank",
        "cells",
        "clean",
        "end",
        "ends_open",
        "has_tab",
        "idx",
        "outline",
        "para_mode",
        "raw",
        "raw_cells",
        "start",
        "starts_gap",
        "virtual",
        "wrapped",
    )

    def __init__(self, idx: int, start: int, raw: str, fields: Sequence[str] | None = None) -> None:
        self.idx = idx
        self.start = start  # offset of the first character of the line in the text
        self.raw = raw  # without the trailing newline
        self.clean = clean_text(raw) if raw.strip() else ""
        self.blank = not self.clean
        self.end = start + len(raw.rstrip())  # just after the last non-space character
        body = raw.rstrip("\r\f")
        self.virtual = False
        self.starts_gap = body.startswith(("\t", "   "))
        if fields is not None:
            # a record of a delimited table, its fields read as a spreadsheet reads them
            # (a line break inside a field parts two items, as "<br>" does in a cell)
            self.raw_cells = [f.replace("\n", "<br>") for f in fields]
        elif _PIPE_ROW_RE.match(body):
            # a Markdown / pipe table row: "| a | b |" (outer pipes optional at the end)
            inner = body.strip(" \r\f")[1:]
            if inner.endswith("|"):
                inner = inner[:-1]
            self.raw_cells = inner.split("|")
        elif "\t" in body.strip(" \r\f"):
            self.raw_cells = body.split("\t")
        elif _VIRTUAL_GAP_RE.search(body) or (
            _TRAILING_GAP_RE.search(body) and upper_ratio(self.clean) >= 0.8 and len(self.clean) <= 60
        ):
            self.virtual = True
            self.raw_cells = ([""] if self.starts_gap else []) + re.split(r" {3,}", body.strip(" "))
            if _TRAILING_GAP_RE.search(body):
                self.raw_cells.append("")
        else:
            self.raw_cells = [body]
        self.has_tab = len(self.raw_cells) > 1
        self.cells: list[str] = [clean_text(c) for c in self.raw_cells] if self.has_tab else [self.clean]
        self.ends_open = not self.blank and not _TRAILING_GAP_RE.search(body) and not _PIPE_ROW_RE.match(body) \
            and fields is None
        self.wrapped = False  # set by split_lines for hard-wrapped (PDF) text
        # how paragraphs are delimited in this document: "blank" lines, "wrap" of
        # hard-wrapped PDF text, or one paragraph per "line" (Word documents)
        self.para_mode = "blank"
        # the document marks its headings by typography (Markdown "#", Word heading
        # styles and PDF font sizes as converted by the loaders): set by split_lines
        self.outline = False


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    records = delimited_records(text)
    pos = 0
    while pos <= len(text):
        if pos in records:
            # (a record is one line, whatever line breaks its quoted fields hold)
            end, fields = records[pos]
            lines.append(Line(len(lines), pos, text[pos:end], fields))
        else:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            lines.append(Line(len(lines), pos, text[pos:end]))
        pos = end + 1
    _mark_pipe_blocks(lines)
    _mark_wrapped(lines)
    _mark_outline(lines)
    return lines


_BARE_PIPE_RE = re.compile(r"\S\s+\|\s+\S")

# A spreadsheet exported as delimited text ("Codice;Obiettivo;Settore;…", as Italian
# spreadsheets write CSV: ";" since "," is the decimal comma): a header of column names
# and records with as many fields, a quoted field holding line breaks, ";" and doubled
# quotes of its own.
_DELIMITER = ";"
_MIN_FIELDS = 3
_MIN_RECORDS = 2
# a column name: short, no sentence in it
_MAX_COLUMN_CHARS = 60
_MAX_COLUMN_WORDS = 6


def delimited_records(text: str) -> dict[int, tuple[int, list[str]]]:
    """{record start: (record end, fields)} of the delimited tables in `text`, header
    rows included: a header line of column names, then two or more records with as many
    fields, up to the first line that is not one."""
    out: dict[int, tuple[int, list[str]]] = {}
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        header = _record(text, pos) if line.count(_DELIMITER) >= _MIN_FIELDS - 1 and "|" not in line \
            and "\t" not in line else None
        if header is None or header[0] != end or not all(_column_name(f) for f in header[1]):
            pos = end + 1
            continue
        width = len(header[1])
        found = [(pos, header)]
        at = end + 1
        while at < len(text) and (rec := _record(text, at)) is not None and len(rec[1]) == width:
            found.append((at, rec))
            at = rec[0] + 1
        if len(found) - 1 >= _MIN_RECORDS:  # (the header and its records)
            out.update({start: rec for start, rec in found})
            pos = at
        else:
            pos = end + 1
    return out


def _column_name(field: str) -> bool:
    f = field.strip()
    return bool(f) and len(f) <= _MAX_COLUMN_CHARS and len(f.split()) <= _MAX_COLUMN_WORDS \
        and "\n" not in f and not f.endswith(".")


def _record(text: str, pos: int) -> tuple[int, list[str]] | None:
    """(end, fields) of the record at `pos`: its lines up to the one that closes its
    quotes (an even count: a doubled quote counts two), read by the csv module; None at a
    blank line or a quote never closed."""
    if pos >= len(text) or text[pos] == "\n":
        return None
    end, quotes = pos - 1, 0
    while True:
        start, end = end + 1, text.find("\n", end + 1)
        end = len(text) if end < 0 else end
        quotes += text.count('"', start, end)
        if quotes % 2 == 0:
            break
        if end >= len(text):
            return None
    rows = list(csv.reader(io.StringIO(text[pos:end], newline=""), delimiter=_DELIMITER))
    return (end, [f.strip() for f in rows[0]]) if len(rows) == 1 else None


def _mark_pipe_blocks(lines: list[Line]) -> None:
    """Pipe tables written without the outer pipes ("KPI | Valore obiettivo" above
    "name | target"): two or more consecutive lines split by " | " into the same
    number of cells are rows of one table."""
    k = 0
    while k < len(lines):
        ln = lines[k]
        if ln.has_tab or not _BARE_PIPE_RE.search(ln.raw):
            k += 1
            continue
        width = ln.raw.count("|")
        j = k
        while j + 1 < len(lines) and not lines[j + 1].has_tab and lines[j + 1].raw.count("|") == width \
                and _BARE_PIPE_RE.search(lines[j + 1].raw):
            j += 1
        if j > k:
            for row in lines[k : j + 1]:
                row.raw_cells = row.raw.rstrip("\r\f").split("|")
                row.has_tab = True
                row.cells = [clean_text(c) for c in row.raw_cells]
                row.ends_open = False
        k = j + 1


_MD_HEADING_LINE_RE = re.compile(r"^#{1,6}\s+\S")


def _mark_outline(lines: list[Line]) -> None:
    """A document with several typographic headings has its outline explicit: then
    no line is guessed to be a heading from its text shape (a numbered phase, an
    upper-case label), since the author's own headings are known."""
    if sum(1 for ln in lines if _MD_HEADING_LINE_RE.match(ln.raw)) >= 3:
        for ln in lines:
            ln.outline = True


def _mark_wrapped(lines: list[Line]) -> None:
    """Decide how paragraphs are delimited. Text extracted from PDFs is hard-wrapped
    at the page width and often has no blank lines: a line as long as the page width
    goes on in the next line. Word documents give one line per paragraph and rarely
    blank lines between them."""
    lengths = sorted(len(ln.clean) for ln in lines if not ln.blank)
    if len(lengths) < 20:
        return
    width = lengths[int(len(lengths) * 0.9)]
    blank_ratio = sum(1 for ln in lines if ln.blank) / len(lines)
    if blank_ratio > 0.25:
        return  # blank-separated paragraphs
    if width > 160:
        if blank_ratio < 0.1:
            for ln in lines:
                ln.para_mode = "line"
        return
    for ln in lines:
        ln.para_mode = "wrap"
        ln.wrapped = not ln.blank and len(ln.clean) >= 0.8 * width


def line_span(lines: Sequence[Line], i: int, j: int) -> tuple[int, int] | None:
    """Char span of lines[i:j] trimmed of surrounding blank lines (None if all blank)."""
    first = next((k for k in range(i, j) if not lines[k].blank), None)
    if first is None:
        return None
    last = next(k for k in range(j - 1, first - 1, -1) if not lines[k].blank)
    return lines[first].start, lines[last].end


def next_nonblank(lines: Sequence[Line], i: int, limit: int | None = None) -> int | None:
    stop = len(lines) if limit is None else min(limit, len(lines))
    for k in range(i, stop):
        if not lines[k].blank:
            return k
    return None


def prev_nonblank(lines: Sequence[Line], i: int, floor: int = 0) -> int | None:
    for k in range(i, floor - 1, -1):
        if k < len(lines) and not lines[k].blank:
            return k
    return None


def paragraph_end(lines: Sequence[Line], i: int, limit: int) -> int:
    """Index after the paragraph starting at i: the run of non-blank lines, or in
    hard-wrapped text the lines joined by wrapping (a full-width line, or a next
    line starting in lower case)."""
    k = i
    while k < limit and not lines[k].blank:
        if k > i:
            mode = lines[k].para_mode
            if mode == "line":
                break
            if mode == "wrap" and not (lines[k - 1].wrapped or lines[k].clean[:1].islower()):
                break
        k += 1
    return k


def paragraphs(lines: Sequence[Line], lo: int, hi: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    k = lo
    while k < hi:
        if lines[k].blank:
            k += 1
            continue
        end = paragraph_end(lines, k, hi)
        out.append((k, " ".join(lines[x].clean for x in range(k, end))))
        k = end
    return out
