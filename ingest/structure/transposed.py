"""Transposed objective tables: one column per objective, the field labels down the
first column ("Codice | OB.01 | OB.02", "Indicatore | … | …"), as plans set two or
three objectives side by side on a page. Each value column is one objective.

What tells such a table from an ordinary one is its first column: in an ordinary
table the first cells are values (codes, titles, offices), here they are field names
the label vocabulary knows, several different ones, and one of them names or codes
the objective.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ingest.models import Unit, UnitKind
from ingest.structure.claims import Claim
from ingest.structure.headings import HeadingTracker
from ingest.structure.lines import Line
from ingest.structure.table_rows import row_fields, split_bold_title
from ingest.structure.vocabulary import canonical_key
from ingest.text import Field, truncate

# a label is a short name, not a sentence or a value ("Settore I – Affari generali, …")
_LABEL_MAX_CHARS = 40
# rows whose first cell is a field label: most of the table, and a card's worth
_LABEL_SHARE = 0.7
_MIN_LABEL_ROWS = 5
# different fields the labels name: a card, not a list of one field's values
_MIN_FIELDS = 4
# what frames an objective, merged across the objective columns when all share it
# ("Obiettivo strategico | 1 – Comune digitale" over two columns): each one's frame
_SHARED_FIELDS = frozenset({Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA, Field.SETTORE, Field.RESPONSABILE})


def _label_key(cell: str) -> str | None:
    return canonical_key(cell) if cell and len(cell) <= _LABEL_MAX_CHARS else None


def _runs(lines: Sequence[Line], taken: set[int]) -> list[list[int]]:
    """Runs of consecutive rows of cells (no line between them)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for ln in lines:
        if ln.has_tab and ln.idx not in taken and not re.search(r"\w", ln.clean):
            continue  # a rule under the first row ("|---|---|") goes on with the table
        if ln.has_tab and ln.idx not in taken and ln.cells and ln.cells[0]:
            current.append(ln.idx)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


def _objective_columns(rows: Sequence[Line]) -> int:
    """The number of objective columns of a transposed table (0 when it is not one)."""
    width = Counter(len(ln.cells) for ln in rows).most_common(1)[0][0]
    if width < 3:  # a label and one value per row is a card, read as labelled lines
        return 0
    keys = [_label_key(ln.cells[0]) for ln in rows]
    labelled = [k for k in keys if k]
    if len(labelled) < _MIN_LABEL_ROWS or len(labelled) < _LABEL_SHARE * len(rows):
        return 0
    if len(set(labelled)) < _MIN_FIELDS or not {Field.TITOLO, Field.CODICE} & set(labelled):
        return 0
    # several objectives side by side: most label rows fill two value cells or more (a
    # card's "LABEL<TAB>value<TAB>" rows leave the cells after their value empty)
    filled = sum(1 for ln, k in zip(rows, keys, strict=True) if k and sum(1 for c in ln.cells[1:] if c) >= 2)
    if filled < _LABEL_SHARE * len(labelled):
        return 0
    return width - 1


def _cell_offsets(ln: Line) -> list[int]:
    """Where each cell of a row starts in the document text."""
    offsets: list[int] = []
    pos = 0
    for raw in ln.raw_cells:
        at = ln.raw.find(raw, pos) if raw else pos
        at = pos if at < 0 else at
        offsets.append(ln.start + at)
        pos = at + len(raw)
    return offsets


def claim_transposed(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    claims: list[Claim] = []
    for run in _runs(lines, taken):
        rows = [lines[k] for k in run]
        if n := _objective_columns(rows):
            claims.append(Claim(run[0], run[-1], _columns_builder(rows, n), shared_lines=True))
    return claims


def _columns_builder(rows: Sequence[Line], n: int) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        units: list[Unit] = []
        for j in range(1, n + 1):
            pairs: list[tuple[str, str]] = []
            start: int | None = None
            for ln in rows:
                values = ln.cells[1:]
                value = ln.cells[j] if j < len(ln.cells) else ""
                if not value and _label_key(ln.cells[0]) in _SHARED_FIELDS and values and values[0] \
                        and not any(values[1:]):
                    value = values[0]
                elif value and start is None:
                    # the objective's span opens at its first own cell (a record's
                    # span is its identity: the columns of one table are apart)
                    start = _cell_offsets(ln)[j]
                pairs.append((ln.cells[0], value))
            if start is None:
                continue
            fields, rendered = row_fields(pairs)
            split_bold_title(fields, rows)
            title = fields.get(Field.TITOLO) or fields.get(Field.MOTIVAZIONE)
            label = " ".join(x for x in (fields.get(Field.CODICE), title) if x)
            units.append(Unit(
                kind=UnitKind.TABLE_ROW, char_start=start, char_end=rows[-1].end,
                path=tuple(truncate(p) for p in (*tracker.path(), label) if p),
                title=title, fields={k: v for k, v in fields.items() if v}, rendered=rendered,
            ))
        return units

    return build
