"""Tables in the text (tab- or space-separated cells): header rows, wrapped rows,
separators. Used to claim rows and to keep table pieces out of labelled blocks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.structure.headings import KEYWORD_RE
from ingest.structure.lines import Line, prev_nonblank
from ingest.structure.vocabulary import SPAN_COLUMN_RE, canonical_key, opening_label
from ingest.text import n_letters, upper_ratio

YEAR_RE = re.compile(r"^(?:20\d\d)$")
# the symbols a cell holds to mark, not to say (a cross, a dot, a tick): a schedule's
# "in this period", a matrix's "this office"
MARK_SYMBOLS = "xX●•■▪✓✔✗*"
# a schedule's column is a period: a year, a quarter or half of it, a month ("I trim
# 2026", "2° semestre", "gen 2026"); such a column name is no value
# (whole names or their cuts only: "Settore" and "Semplificazione" are no periods)
PERIOD_COLUMN_RE = re.compile(
    r"(?i)^(?:20\d\d|(?:(?:[IV]{1,3}|[1-6])\s*°?\s*)?(?:trim(?:estre)?|sem(?:estre)?|quadrim(?:estre)?|bim(?:estre)?)\.?|"
    r"(?:gen(?:naio)?|feb(?:braio)?|mar(?:zo)?|apr(?:ile)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|ago(?:sto)?|"
    r"set(?:tembre)?|ott(?:obre)?|nov(?:embre)?|dic(?:embre)?)\.?)(?:\s+20\d\d)?$")


def is_separator_row(ln: Line) -> bool:
    return ln.has_tab and not re.search(r"[A-Za-z0-9À-ÿ]", ln.clean)


# the share of a header row's cells that must read as column names
_HEADER_SHARE = 0.75


# a count's column name ("N. addetti", "Numero dipendenti"): it names a column, never a
# value in it (a grade's, "Categoria", may head a staff list under a field's label,
# which its block reads)
_COLUMN_WORDS_RE = re.compile(r"(?i)^(?:n\.|nr\.?|num\.|numero)\s*[^\W\d_]+$")


def is_header_row(ln: Line, min_cells: int = 3) -> bool:
    if not ln.has_tab and min_cells > 1:
        return False
    filled = [(r, c) for r, c in zip(ln.raw_cells, ln.cells, strict=True) if c]
    if len(filled) < min_cells:
        return False
    if min_cells == 1:  # a wrapped header line: every piece must look like a header
        return all(("<b>" in r or "</b>" in r or upper_ratio(c) >= 0.8) and len(c) <= 45 and c.lower() != "x" for r, c in filled)
    headerish = 0
    for raw, cell in filled:
        if cell.lower() in {"x", "si", "sì", "no"} or len(cell) > 45:
            return False
        if (
            "<b>" in raw or PERIOD_COLUMN_RE.match(cell) or (upper_ratio(cell) >= 0.8 and n_letters(cell) >= 2)
            or (len(cell) <= 30 and canonical_key(cell) is not None) or SPAN_COLUMN_RE.match(cell)
            or _COLUMN_WORDS_RE.match(cell)
        ):
            headerish += 1
    # (most cells: a column name the vocabulary does not know, "Qualifica", may stand
    # among known ones, "Unità organizzativa | Responsabile | Qualifica | Servizi")
    return headerish / len(filled) >= _HEADER_SHARE and sum(1 for _, c in filled if not PERIOD_COLUMN_RE.match(c)) >= 2


# a column name: a few capitalised words, no figure, no sentence
_COLUMN_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’.]*(?:\s+[\w'’.]+){0,2}$")


def _names_columns(ln: Line) -> bool:
    """A row of three or more cells, every one a short capitalised name."""
    filled = [c for c in ln.cells if c]
    return len(filled) >= 3 and len(filled) == len(ln.cells) and all(
        len(c) <= 25 and not any(ch.isdigit() for ch in c) and _COLUMN_NAME.match(c) for c in filled)


def _heads_rows(lines: Sequence[Line], k: int) -> bool:
    """The row at `k` names the columns of the rows under it: two or more rows follow
    with as many cells, all filled, and each says more than a name (a phrase, a
    figure): a grid's first row of short names is its header whatever its words are
    ("Procedimento | Evento rischioso | Misura | Referente" over a plan's risks)."""
    # (a small table under a field's label, "Dipendenti coinvolti" over the team, or
    # keyed by one, "Dipendenti coinvolti | Categoria | Attività", is that field's value:
    # the block it stands in reads it)
    above = lines[j].clean if (j := prev_nonblank(lines, k - 1)) is not None else ""
    if canonical_key(lines[k].cells[0], fuzzy=False) is not None \
            or len(above.split()) <= 4 and canonical_key(above.strip("*#: "), fuzzy=False) is not None:
        return False
    width = len(lines[k].cells)
    below = []
    for ln in lines[k + 1:]:
        if ln.blank:
            continue
        if not ln.has_tab or len(ln.cells) != width or not all(ln.cells):
            break
        below.append(ln)
        if len(below) == 2:
            break
    return len(below) == 2 and all(not _names_columns(ln) for ln in below)


@dataclass(slots=True)
class _Table:
    header_lines: list[int]
    columns: list[str]
    rows: list[list[int]]  # each logical row: its physical lines (wrapped rows span several)
    separators: list[int] = field(default_factory=list)
    # a header known by its shape only, its names not the vocabulary's (a plan's risks)
    by_shape: bool = False

    @property
    def header_line(self) -> int | None:
        return self.header_lines[0] if self.header_lines else None


def merge_wrapped_cells(lines: Sequence[Line]) -> list[str]:
    """Cells of a logical row spread over wrapped physical lines: a line that does
    not end with a cell gap continues its last cell on the next line."""
    cells: list[str] = []
    open_cell = False
    for n, ln in enumerate(lines):
        pieces = list(ln.cells)
        if n < len(lines) - 1 and not ln.ends_open and len(pieces) > 1 and pieces[-1] == "":
            pieces.pop()  # the gap closing a wrapped line is not an empty cell
        if open_cell and cells and pieces and not ln.starts_gap:
            first = pieces.pop(0)
            cells[-1] = f"{cells[-1]} {first}".strip()
        elif ln.starts_gap and pieces and pieces[0] == "" and n > 0:
            pieces.pop(0)  # the indentation of a wrapped line is no empty cell
        cells.extend(pieces)
        open_cell = ln.ends_open
    return cells


def label_pair(ln: Line) -> bool:
    """A row of a card drawn as a grid: a field label and its value in the first two
    cells of a row as wide as the widest table of the grid, the other cells empty
    ("Ufficio competente | U.O. 4 – … | | |" in a scheda whose target table has five
    columns). A table's row fills the columns its header names; a card's row is no row
    of the table above it, nor of an earlier header of its width."""
    cells = ln.cells
    return (len(cells) >= 3 and bool(cells[0]) and bool(cells[1]) and not any(cells[2:])
            and canonical_key(cells[0], fuzzy=False) is not None)


def _wraps(lines: Sequence[Line], table: _Table) -> bool:
    """Rows of tables read from PDF text (space gaps, no tabs) can wrap over lines;
    rows of real tab-separated tables never do."""
    probe = table.header_lines or table.rows[0]
    return not any("\t" in lines[k].raw for k in probe)


def _goes_on(cell: str) -> bool:
    """The cell's text goes on from an earlier one: a lower-case word, or a field's
    label ("Risultato atteso: …") that a description cell states inside it."""
    return cell[:1].islower() or opening_label(cell) is not None


def find_tables(lines: Sequence[Line], taken: set[int]) -> list[_Table]:
    tables: list[_Table] = []
    headers_seen: list[list[str]] = []
    current: _Table | None = None
    prev_line: Line | None = None  # previous non-blank line of the current table
    for ln in lines:
        if ln.idx in taken:
            current = None
            continue
        if ln.blank:
            prev_line = None
            continue
        if current is not None and prev_line is not None and current.rows == [] and prev_line.idx in current.header_lines \
                and is_header_row(ln, min_cells=1):
            # a header wrapped over several lines
            current.header_lines.append(ln.idx)
            current.columns = merge_wrapped_cells([lines[k] for k in current.header_lines])
            headers_seen[-1] = current.columns
            prev_line = ln
            continue
        # (a first row of short names only where an earlier header of its width would be
        # reused, "Processo | Rischio | Misura | Tempi", heads a table of its own, however
        # few of its names the vocabulary knows)
        shaped = False
        if is_header_row(ln) or (current is None and _names_columns(ln)
                                 and (any(len(h) == len(ln.cells) for h in headers_seen)
                                      or (shaped := _heads_rows(lines, ln.idx)))):
            current = _Table([ln.idx], ln.cells, [], by_shape=shaped)
            tables.append(current)
            headers_seen.append(ln.cells)
            prev_line = ln
            continue
        if (
            current is not None and current.rows and prev_line is not None
            and prev_line.idx == current.rows[-1][-1] and _wraps(lines, current)
            and not is_header_row(ln) and not is_separator_row(ln)
            and not ln.raw.lstrip().startswith(("**", "#")) and not KEYWORD_RE.match(ln.clean)
        ):
            # a row wrapped by the PDF extraction: keep collecting while cells are
            # missing, or while a cell cut at the line end goes on in a lone piece
            so_far = merge_wrapped_cells([lines[k] for k in current.rows[-1]])
            if len(so_far) < len(current.columns) - 1 or (not ln.has_tab and prev_line.ends_open):
                current.rows[-1].append(ln.idx)
                prev_line = ln
                continue
        if not ln.has_tab:
            current = None
            prev_line = None
            continue
        if is_separator_row(ln):
            if current is not None:
                current.separators.append(ln.idx)
            continue
        filled = [c for c in ln.cells if c]
        if (current is None or not current.rows) and len(filled) == 1 and not ln.cells[0] \
                and _goes_on(filled[0]) and (same := [h for h in headers_seen if len(h) == len(ln.cells)]):
            # (a table's first line after a page break, under its header repeated or
            # not, that fills one cell, not the first, with words going on, or with a
            # field's label, is the rest of the row the page cut: a row here, joined to
            # that row by `claim_tables`)
            if current is None:
                current = _Table([], same[-1], [])
                tables.append(current)
            current.rows.append([ln.idx])
            prev_line = ln
            continue
        if len(filled) < 2 or label_pair(ln):
            current = None
            prev_line = None
            continue
        if current is None:
            # orphan rows after a page break: reuse an earlier header of the same width
            same = [h for h in headers_seen if len(h) == len(ln.cells)]
            if not same or len(ln.cells) < 3:
                continue
            current = _Table([], same[-1], [])
            tables.append(current)
        current.rows.append([ln.idx])
        prev_line = ln
    return [t for t in tables if t.rows]
