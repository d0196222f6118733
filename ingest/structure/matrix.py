"""Responsibility matrices: objectives (rows) against organisational units (columns),
each cell empty or holding a mark ("R", "C", "X", "●"), with a legend beside the table
that says what each mark and each abbreviated column means.

Such a table gives an objective's office by position, not by a value: the unit in
charge is the column where the row holds the mark the legend calls responsible
("R = struttura responsabile"); the other marked columns are the units that take part.
The row is rewritten as the labelled values a table with an office column would give
("Struttura responsabile: Area 3 …", "Strutture che concorrono: …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.structure.lines import Line
from ingest.structure.tables import MARK_SYMBOLS, PERIOD_COLUMN_RE, YEAR_RE
from ingest.structure.vocabulary import canonical_key
from ingest.text import clean_text

# a cell's mark: a capital or two ("R", "C", "RS") or a symbol (a cross, a dot, a tick)
_MARK_RE = re.compile(rf"^(?:[A-Z]{{1,2}}|[{MARK_SYMBOLS}])$")
# a matrix has units enough to choose among, and few kinds of mark
_MIN_UNITS = 3
_MAX_MARKS = 4
# a legend stands within a few lines of the table, above its header or under its rows
_LEGEND_LINES = 8
# "AG = Area 1 Affari generali", "R: responsabile": an abbreviation or a mark, then its meaning
_LEGEND_KEY_RE = re.compile(rf"(?:^|(?<=[\s;,.(]))(?P<key>[A-Z]{{1,4}}\d?|[{MARK_SYMBOLS}])\s*[=:]\s*")
# the words by which a legend gives a mark to the unit in charge (not to one that helps)
_LEAD_RE = re.compile(r"(?i)\b(?:responsabil\w*|titolar\w*|capofila|competent\w*|assegnatari\w*|in\s+carico)\b")
_NOT_LEAD_RE = re.compile(r"(?i)\b(?:corresponsabil\w*|non\s+\w+)\b")

RESPONSIBLE_LABEL = "Struttura responsabile"
CONTRIBUTING_LABEL = "Strutture che concorrono"


@dataclass(frozen=True)
class Matrix:
    """The unit columns of a responsibility matrix and the mark of the unit in charge."""

    units: dict[str, str]  # column name -> the unit it stands for
    lead: str | None  # the mark of the unit in charge (None: every mark only involves)

    def resolve(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        """A row's (column, cell) pairs with its marks read as the units they assign."""
        kept: list[tuple[str, str]] = []
        leading: list[str] = []
        taking_part: list[str] = []
        for name, cell in pairs:
            if name not in self.units:
                kept.append((name, cell))
            elif cell.strip():
                (leading if cell.strip() == self.lead else taking_part).append(self.units[name])
        if leading:
            kept.append((RESPONSIBLE_LABEL, "; ".join(leading)))
        if taking_part:
            kept.append((CONTRIBUTING_LABEL, "; ".join(taking_part)))
        return kept


def find_matrix(
    columns: Sequence[str], rows: Sequence[Sequence[str]], lines: Sequence[Line], first: int, last: int
) -> Matrix | None:
    """The table as a responsibility matrix, or None when it is none.

    Args:
        columns: the header's column names.
        rows: each row's cells.
        lines: the document lines (for the legend).
        first, last: the table's first (header) and last line.
    """
    full = [r for r in rows if len(r) == len(columns)]
    marked: dict[int, set[str]] = {}
    for k, name in enumerate(columns):
        name_c = clean_text(name)
        if not name_c or canonical_key(name_c) is not None or YEAR_RE.match(name_c) or PERIOD_COLUMN_RE.match(name_c):
            continue
        values = {r[k].strip() for r in full if r[k].strip()}
        if values and all(_MARK_RE.match(v) for v in values):
            marked[k] = values
    marks = set().union(*marked.values()) if marked else set()
    if len(marked) < _MIN_UNITS or len(marks) > _MAX_MARKS:
        return None
    legend = _legend(lines, first, last)
    leads = {m for m in marks if m in legend and _LEAD_RE.search(legend[m]) and not _NOT_LEAD_RE.search(legend[m])}
    lead = next(iter(leads)) if len(leads) == 1 else None
    per_row = [sum(1 for k in marked if r[k].strip()) for r in full]
    if lead is None:
        # with no legend naming it, a mark is the unit in charge only when every row
        # marks one unit ("X" under the office that has the objective); several marks
        # a row and no legend may be any grid of flags ("SI | NO"): no matrix
        if len(marks) != 1 or any(n != 1 for n in per_row if n):
            return None
        lead = next(iter(marks))
    units = {columns[k]: legend.get(clean_text(columns[k]), clean_text(columns[k])) for k in marked}
    return Matrix(units, lead)


def _legend(lines: Sequence[Line], first: int, last: int) -> dict[str, str]:
    """The abbreviations and marks a legend near the table explains ({"AG": "Area 1 …",
    "R": "struttura responsabile …"}): from the lines just above its header and just
    under its rows (a legend's sentences may wrap over several lines)."""
    near = [ln for ln in lines[max(0, first - _LEGEND_LINES // 2):first] if not ln.has_tab]
    near += [ln for ln in lines[last + 1:last + 1 + _LEGEND_LINES] if not ln.has_tab]
    text = " ".join(ln.clean for ln in near if not ln.blank)
    keys = list(_LEGEND_KEY_RE.finditer(text))
    out: dict[str, str] = {}
    for n, key in enumerate(keys):
        value = text[key.end():keys[n + 1].start() if n + 1 < len(keys) else len(text)]
        value = re.split(r"\s*;\s*|\.\s+(?=[A-Z])", value, maxsplit=1)[0].strip(" ;,.")
        if value:
            out.setdefault(key.group("key"), value)
    return out
