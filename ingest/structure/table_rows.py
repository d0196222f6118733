"""Table rows as units: cells paired with their columns (also when a PDF row has
merged or missing cells) and mapped to canonical fields."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import zip_longest

from ingest.models import Unit, UnitKind
from ingest.structure.block_fields import settore_from_responsabile
from ingest.structure.claims import Claim, make_unit, no_units
from ingest.structure.furniture import furniture_lines
from ingest.structure.headings import HeadingTracker
from ingest.structure.lines import Line
from ingest.structure.matrix import find_matrix
from ingest.structure.tables import MARK_SYMBOLS, PERIOD_COLUMN_RE, YEAR_RE, _Table, find_tables, is_header_row, merge_wrapped_cells
from ingest.structure.timing import cell_items, split_timing, strip_phase_prefix
from ingest.structure.vocabulary import SPAN_COLUMN_RE, canonical_key
from ingest.text import LINE_SEP, Field, clean_text, has_detail, join_items, join_pair, truncate

_ORDINAL_RE = re.compile(r"\d{1,2}[.)°]?")
_CODE_CELL_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")


def _column_keys(columns: Sequence[str]) -> list[str | None]:
    keys: list[str | None] = []
    for col in columns:
        keys.append("__year__" if YEAR_RE.match(col) else canonical_key(col) if col else None)
    return keys


def _align_row(
    cells: list[str], columns: list[str], headers: Sequence[list[str]], vocab: dict[int, set[str]]
) -> list[tuple[str, str]]:
    """Pair the cells of a row with column names when the row has a different width
    than its header (merged or missing cells in the PDF-to-text conversion).

    The code column ("06.01") anchors the alignment; the other headers of the
    document are tried as templates; cells before the anchor go to the column where
    the same value occurs in other rows, else as close to the anchor as possible.
    """
    if len(cells) == len(columns):
        return list(zip(columns, cells, strict=True))
    keys = _column_keys(columns)
    code_col = next((i for i, k in enumerate(keys) if k == Field.CODICE), None)
    code_cell = next((i for i, c in enumerate(cells) if _CODE_CELL_RE.match(c)), None)
    if code_col is not None and code_cell is not None:
        if code_cell > code_col:
            for other in headers:
                okeys = _column_keys(other)
                if len(other) == len(cells) and code_cell < len(okeys) and okeys[code_cell] == Field.CODICE:
                    return list(zip(other, cells, strict=True))
        left = cells[:code_cell]
        right = cells[code_cell:]
        left_cols = list(range(code_col))
        right_cols = list(range(code_col, len(columns)))
        pairs: list[tuple[str, str]] = []
        pairs.extend(_fit_left(left, left_cols, columns, vocab))
        for j, cell in enumerate(right):
            name = columns[right_cols[j]] if j < len(right_cols) else ""
            pairs.append((name, cell))
        return pairs
    pairs = []
    for j, cell in enumerate(cells):
        pairs.append((columns[j] if j < len(columns) else "", cell))
    return pairs


def _fit_left(
    cells: list[str], cols: list[int], columns: list[str], vocab: dict[int, set[str]]
) -> list[tuple[str, str]]:
    if len(cells) >= len(cols):
        extra = len(cells) - len(cols)
        return [("", c) for c in cells[:extra]] + [(columns[k], c) for k, c in zip(cols, cells[extra:], strict=True)]
    # order-preserving placement: a column where the same value occurs in other rows
    # wins, otherwise right-aligned (merged cells are usually the leading ones)
    placement: list[int] = []
    prev = -1
    for n, cell in enumerate(cells):
        remaining = len(cells) - n - 1
        free = [k for k in cols if k > prev]
        candidates = free[: len(free) - remaining]
        match = next((k for k in candidates if cell and cell in vocab.get(k, set())), None)
        if match is None:
            aligned = cols[len(cols) - len(cells) + n]
            match = aligned if aligned in candidates else candidates[-1]
        placement.append(match)
        prev = match
    return [(columns[k], c) for k, c in zip(placement, cells, strict=True)]


def claim_tables(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    claims: list[Claim] = []
    # (a running header between two pages of a table is no row of it)
    tables = find_tables(lines, taken | furniture_lines(lines))
    headers = [t.columns for t in tables]
    cells_of = [[merge_wrapped_cells([lines[k] for k in row]) for row in t.rows] for t in tables]
    for before, after, before_cells, after_cells in zip(tables, tables[1:], cells_of, cells_of[1:], strict=False):
        # a table goes on after a page break under its header repeated: a first row
        # without the cells that identify a row (its code, else its first cell) is the
        # rest of the row the page cut, its cells the ends of that row's cells
        if after.columns == before.columns and before.rows and after.rows and after_cells[0] \
                and _continues(after_cells[0], after.columns) and not _new_line_item(before_cells[-1], after_cells[0]):
            before_cells[-1] = [f"{a} {b}".strip() for a, b in zip_longest(before_cells[-1], after_cells[0], fillvalue="")]
            before.rows[-1] = [*before.rows[-1], *after.rows[0]]
            del after.rows[0], after_cells[0]
    bands = _bands(lines, tables, taken | furniture_lines(lines))
    for idx in bands.values():
        claims.append(Claim(idx, idx, no_units))
    for table, row_cells in zip(tables, cells_of, strict=True):
        vocab: dict[int, set[str]] = {}
        for cells in row_cells:
            if len(cells) == len(table.columns):
                for k, c in enumerate(cells):
                    if c:
                        vocab.setdefault(k, set()).add(c)
        # (a responsibility matrix gives each row's offices by the columns it marks)
        matrix = find_matrix(table.columns, row_cells, lines, table.header_lines[0] if table.header_lines
                             else table.rows[0][0], table.rows[-1][-1]) if table.rows else None
        for row, cells in zip(table.rows, row_cells, strict=True):
            pairs = _align_row(cells, table.columns, headers, vocab)
            if matrix is not None:
                pairs = matrix.resolve(pairs)
            band = lines[bands[row[0]]].cells[0] if row[0] in bands else ""
            claims.append(Claim(row[0], row[-1], _row_builder(lines, row[0], row[-1], pairs, band)))
        # header and separator rows are repeated in every rendered row: no unit
        if table.header_lines:
            claims.append(Claim(table.header_lines[0], table.header_lines[-1], no_units))
        for r in table.separators:
            claims.append(Claim(r, r, no_units))
    return claims


_FIGURE_RE = re.compile(r"[€$]?\s*[+\-–]?\d[\d.,]*\s*%?")


def _new_line_item(before: Sequence[str], after: Sequence[str]) -> bool:
    """A figure is never cut in two: a continuation that fills a cell whose value in
    the row above is a figure (a baseline, a target) is the objective's next line
    item (a second indicator), as the rows under it on one page are, not the ends of
    the cut row's cells."""
    return any(a.strip() and b.strip() and _FIGURE_RE.fullmatch(b.strip()) for b, a in zip(before, after))


def _continues(cells: Sequence[str], columns: Sequence[str]) -> bool:
    """The row holds no identifying cell (a code column's, else the first) but holds others."""
    keys = [canonical_key(c) if c else None for c in columns]
    ident = [k for k, key in enumerate(keys) if key == Field.CODICE] or [0]
    return all(k >= len(cells) or not cells[k] for k in ident) and any(
        c for k, c in enumerate(cells) if k not in ident)


# a figure, maybe after a bound ("entro 25", "≥ 90%", "–"): a value, not words
_FIGURE_ONLY_RE = re.compile(rf"(?i)(?:(?:entro|almeno|oltre|fino\s+a|non\s+oltre|max|min|[<>≤≥=])\s*)?"
                             rf"(?:{_FIGURE_RE.pattern})\s*(?:€|giorni|gg)?|[—–-]{{1,2}}")
# the marks a schedule's cell holds to say "in this period" (a cross, a dot, a tick)
_MARK_RE = re.compile(rf"[{MARK_SYMBOLS}]")


def row_fields(pairs: Sequence[tuple[str, str]]) -> tuple[dict[str, str], str]:
    fields: dict[str, str] = {}
    rendered: list[str] = []
    years: list[str] = []
    year_slot: int | None = None
    periods: list[str] = []
    period_slot: int | None = None
    year_values: list[str] = []
    indicators: list[str] = []
    targets: list[str] = []
    target_columns: list[list[str]] = []  # each target column's values, in order
    span = ["", ""]  # a time given by its start and end columns
    # next to an indicator column, the "expected value" column is the indicator's target
    # (unless target columns of their own give the targets: the expected value is then
    # the objective's result, "Risultato atteso | Target 2025 | Target 2026")
    measured = any(canonical_key(clean_text(n)) == Field.INDICATORI for n, _ in pairs if n) \
        and not any(canonical_key(clean_text(n)) == Field.TARGET for n, v in pairs if n and v)
    yearly_targets = sum(1 for n, _ in pairs if n and canonical_key(clean_text(n)) == Field.TARGET
                         and re.search(r"\b20\d\d\b", n))
    for name, value in pairs:
        name_c = clean_text(name)
        if YEAR_RE.match(name_c) and value and not _MARK_RE.fullmatch(value.strip()):
            # a year column holding a value ("2025 | 38.900") gives that year's figure:
            # said with its year, and the year's target beside an indicator
            rendered.append(f"{name_c}: {value}")
            year_values.append(f"{name_c}: {value}")
            continue
        if YEAR_RE.match(name_c):
            if year_slot is None:
                year_slot = len(rendered)
            if value:
                years.append(name_c)
            continue
        if not value:
            continue
        if PERIOD_COLUMN_RE.match(name_c) and _MARK_RE.fullmatch(value.strip()):
            # a schedule's mark ("X", "●") under a period column: the objective is
            # under way in that period (a cell of text there is an activity, kept)
            if period_slot is None:
                period_slot = len(rendered)
            periods.append(name_c)
            continue
        rendered.append(f"{name_c}: {value}" if name_c else value)
        key = canonical_key(name_c) if name_c else None
        if key == Field.VALORE_ATTESO and measured:
            key = Field.TARGET
        if key == Field.INDICATORI:
            indicators.extend(cell_items(value))
        elif key == Field.TARGET:
            # a target column per year ("Target 2026", "Target 2027"): each keeps its year
            year = re.search(r"\b20\d\d\b", name_c) if yearly_targets > 1 else None
            column = [f"{year.group()}: {x}" if year else x for x in cell_items(value)]
            targets.extend(column)
            target_columns.append(column)
        elif key == Field.FASI:
            items = [split_timing(strip_phase_prefix(x)) for x in cell_items(value)]
            fields[Field.FASI] = join_items(join_pair(d, t) for d, t in items if d)
        elif end := SPAN_COLUMN_RE.match(name_c):
            # a span's two columns ("Dal | Al", "Inizio | Fine") are one time, "dal X al Y"
            span[0 if end.group("start") else 1] = value
        elif key and key not in fields:
            for part_key, part in _run_in_fields(key, value):
                fields.setdefault(part_key, part)
    if Field.TITOLO in fields and Field.SETTORE not in fields \
            and (area := settore_from_responsabile(fields.get(Field.RESPONSABILE, ""))):
        # (an objective's row with no office column: the office its responsabile heads,
        # "Responsabile Settore Tecnico", is the objective's, as a block's label gives it)
        fields[Field.SETTORE] = area
    if any(span) and Field.SCADENZA not in fields:
        start, stop = span
        fields[Field.SCADENZA] = f"dal {start} al {stop}" if start and stop else f"dal {start}" if start else stop
    if Field.FASI in fields and _ORDINAL_RE.fullmatch(fields[Field.FASI].split(" — ")[0]) \
            and Field.MOTIVAZIONE in fields and Field.TITOLO not in fields:
        # a "Fase" column that only numbers the rows ("1", "2)"): the row's description
        # is the phase itself, and reads so ("Fase 1: …", not a "Descrizione" of its own)
        description = fields.pop(Field.MOTIVAZIONE)
        number = fields[Field.FASI].split(" — ")[0]
        fields[Field.FASI] = description
        names = {canonical_key(clean_text(n)): clean_text(n) for n, _ in pairs if n}
        phase_line = f"{names.get(Field.FASI, '')}: {number}"
        rendered = [f"{names.get(Field.FASI, '')} {number}: {description}" if line == phase_line else line
                    for line in rendered if line != f"{names.get(Field.MOTIVAZIONE, '')}: {description}"]
    if Field.FASI in fields and Field.SCADENZA in fields and Field.TITOLO not in fields and LINE_SEP not in fields[Field.FASI] \
            and not has_detail(fields[Field.FASI]):
        # a schedule row: the phase's time is the row's time column
        fields[Field.FASI] = join_pair(fields[Field.FASI], fields[Field.SCADENZA])
    if years:
        rendered.insert(year_slot if year_slot is not None else len(rendered), "ANNUALITÀ: " + ", ".join(years))
        fields.setdefault(Field.SCADENZA, ", ".join(years))
    if periods:
        # (said as the periods it runs in, not taken for a deadline the plan did not set)
        rendered.insert(period_slot if period_slot is not None else len(rendered), "Periodo di svolgimento: " + ", ".join(periods))
    if year_values and indicators and not targets:
        targets = ["; ".join(year_values)]
    if (title := fields.get(Field.TITOLO)) and _FIGURE_ONLY_RE.fullmatch(title.strip()):
        # a cell of figures is no title, whatever its column is called ("Obiettivo 2026:
        # entro 25" in a table of yearly figures): a title has words
        del fields[Field.TITOLO]
    if len(indicators) == 1 and targets and (paired := _parallel(indicators[0], targets)) is not None:
        indicators, targets = paired
    elif len(indicators) >= 2 and len(target_columns) >= 2 and all(len(c) == len(indicators) for c in target_columns):
        # several indicators in one cell beside a target column per year that lists as
        # many values: the i-th value of each column is the i-th indicator's
        targets = ["; ".join(c[i] for c in target_columns) for i in range(len(indicators))]
    if indicators or targets:
        lines_ = []
        for n, ind in enumerate(indicators or [""]):
            tgt = targets[n] if n < len(targets) else ""
            if n == len(indicators or [""]) - 1 and len(targets) > n + 1:
                tgt = "; ".join(targets[n:])  # one indicator's targets over several years
            lines_.append(join_pair(ind, tgt))
        fields[Field.INDICATORI] = join_items(lines_)
    return fields, "\n".join(rendered)


# a field's label run into a cell's text after a sentence ("… senza sospendere le
# lezioni. Risultato atteso: Nuova palestra …")
# (a footnote's marker may stand between the stop and the label: "… del Comune.2 Risultato atteso:")
_RUN_IN_LABEL_RE = re.compile(r"(?<=[.;!?])\d{0,2}\s+([A-ZÀ-Ý][^\W\d_]*(?:\s+[^\W\d_]+){0,3})\s*:\s+(?=\S)")


def _run_in_fields(key: str, value: str) -> list[tuple[str, str]]:
    """A cell's value as the fields it holds: a column headed by two fields ("Finalità e
    risultato atteso") writes the second after its label, run into the first's text;
    each labelled part is its own field's value (a label of no field, or of the column's
    own, stays text)."""
    out: list[tuple[str, str]] = []
    start, current = 0, key
    for m in _RUN_IN_LABEL_RE.finditer(value):
        found = canonical_key(m.group(1), fuzzy=False)
        if found is None or found == current or found in (k for k, _ in out) or found in (Field.TITOLO, Field.CODICE):
            continue
        out.append((current, value[start:m.start()].strip()))
        start, current = m.end(), found
    out.append((current, value[start:].strip()))
    return [(k, v) for k, v in out if v]


# a cell that opens with a run in bold ("**Title** description", as the PDF loader marks
# a title set in bold over its description in one cell)
_BOLD_LEAD_RE = re.compile(r"^\s*\*\*(?P<title>[^*]{3,}?)\*\*\s+(?P<rest>\S.*)$")


def split_bold_title(fields: dict[str, str], lines: Sequence[Line]) -> None:
    """The title cell's bold run is the title, the rest of the cell its description
    (the objective's purpose, unless a column gives it): typography, not length, tells
    where a title ends."""
    title = fields.get(Field.TITOLO)
    if not title:
        return
    for ln in lines:
        for raw in ln.raw_cells:
            if (m := _BOLD_LEAD_RE.match(raw)) and title.startswith(clean_text(m.group("title"))):
                fields[Field.TITOLO] = clean_text(m.group("title"))
                rest = title[len(fields[Field.TITOLO]):].strip()
                # (a description that goes on with a field's label, "… Risultato atteso:
                # …", states that field from the label on)
                for m in reversed(list(_SENTENCE_LABEL_RE.finditer(rest))):
                    if (key := canonical_key(m.group("label"))) in _DESCRIBED and key not in fields:
                        fields[key] = rest[m.end():].strip()
                        rest = rest[:m.start()].strip()
                if rest:
                    fields.setdefault(Field.MOTIVAZIONE, rest)
                return


# a field's label opening a sentence inside a cell ("… prenotazione. Risultato atteso: …")
_SENTENCE_LABEL_RE = re.compile(r"(?:^|(?<=[.;]))\s*(?P<label>[A-ZÀ-Ý][^\W\d_]*(?:\s+[^\W\d_]+){0,3})\s*:\s+(?=\S)")
# the fields a description cell may go on to state
_DESCRIBED = frozenset({Field.VALORE_ATTESO, Field.MOTIVAZIONE, Field.STAKEHOLDER, Field.SCADENZA})


# a band's least length: a title, not a stray word or a code
_BAND_MIN_CHARS = 10
# a band that names what frames the rows: its label, its number, then its name
# ("Obiettivo strategico 1 – Un Comune digitale", "Area strategica B: …")
_BAND_LABEL_RE = re.compile(r"^(?P<label>[^\W\d_][^\d–—:-]{3,40}?)\s*(?:n\.\s*)?(?:[A-Z]|\d{1,2}(?:\.\d{1,2})*)?\s*[–—:.-]\s*(?P<name>\S.+)$")


def _band_frame(band: str) -> tuple[str, str] | None:
    """(field, value) of a band whose label is a strategic frame's (an objective or an
    area): the rows under it serve it, as an objective under such a heading does."""
    if (m := _BAND_LABEL_RE.match(band.strip())) is None:
        return None
    key = canonical_key(m.group("label").strip())
    return (key, m.group("name").strip()) if key in (Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA) else None


def _bands(lines: Sequence[Line], tables: Sequence[_Table], skip: set[int]) -> dict[int, int]:
    """The band above each table row: {row's first line: band line}. A band is a line
    of the table with only its first cell filled, as long as a title (a merged row
    spanning the table, "Obiettivo strategico 1 – …"), right after the table's header or
    a row: it heads the rows below it, up to the next band or to the first line outside
    the table."""
    inside = {k for t in tables for k in (*t.header_lines, *t.separators, *(k for row in t.rows for k in row))}
    firsts = {row[0] for t in tables for row in t.rows}
    widths = {len(t.columns) for t in tables}
    out: dict[int, int] = {}
    band: int | None = None
    previous = -1  # the last non-blank line seen
    for ln in lines:
        if ln.blank or ln.idx in skip:
            continue
        filled = [c for c in ln.cells if c]
        if ln.idx not in inside and ln.has_tab and len(filled) == 1 and ln.cells[0] == filled[0] \
                and len(ln.cells) in widths and len(filled[0]) >= _BAND_MIN_CHARS \
                and (previous in inside or previous >= 0 and is_header_row(lines[previous])):
            band = ln.idx
        elif ln.idx in firsts and band is not None:
            out[ln.idx] = band
        elif ln.idx not in inside:
            band = None
        previous = ln.idx
    return out


def _row_builder(
    lines: Sequence[Line], first: int, last: int, pairs: Sequence[tuple[str, str]], band: str = ""
) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        fields, rendered = row_fields(pairs)
        split_bold_title(fields, lines[first:last + 1])
        if band and (framed := _band_frame(band)):
            fields.setdefault(*framed)
        title = fields.get(Field.TITOLO) or fields.get(Field.MOTIVAZIONE) or next((v for _, v in pairs if len(v) > 15), None)
        if Field.FASI in fields and not fields.keys() & {Field.TITOLO, Field.CODICE, Field.MOTIVAZIONE} \
                and (heading := tracker.innermost()):
            # a row of a schedule (a phase, its period, its staff) is a step of what the
            # heading above the table names ("Cronoprogramma OO-03 – …"): its title
            title = heading
        label = " ".join(x for x in (fields.get(Field.CODICE), title) if x)
        # (a schedule row titled by its heading is under it, not the heading again)
        crumb = "" if title and title == tracker.innermost() else label
        path = tracker.path() + ((truncate(band),) if band else ()) + ((crumb,) if crumb else ())
        unit = make_unit(lines, first, last, UnitKind.TABLE_ROW, path, title, fields, rendered)
        return [unit] if unit else []

    return build


def _parallel(cell: str, targets: list[str]) -> tuple[list[str], list[str]] | None:
    """A cell listing several indicators ("a; b", its line breaks) beside target cells
    that list as many values ("2026: 80%; 90%"): each indicator with its own targets, in
    the order the cells list them (a row's cells list their items alike); else None."""
    names = cell.split("; ")
    if len(names) < 2:
        return None
    split = [(m.group(1) or "", m.group(2).split("; ")) for t in targets
             if (m := re.match(r"(20\d\d: )?(.*)", t, re.DOTALL))]
    if any(len(values) != len(names) for _, values in split):
        return None
    # (one line per indicator: its targets over the years)
    return names, ["; ".join(f"{year}{values[i]}" for year, values in split) for i in range(len(names))]
