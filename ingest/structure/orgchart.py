"""Org charts (settore -> titolare, period): ORG_CHART units, plus the person-name
and settore-heading shapes that sector pages reuse."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ingest.models import Unit, UnitKind
from ingest.structure.claims import Claim, make_unit, no_units
from ingest.structure.headings import HeadingTracker
from ingest.structure.lines import Line, paragraph_end, prev_nonblank
from ingest.structure.org_prose import (
    OFFICE_HEAD_RE,
    OFFICE_RE,
    interim_of,
    office_key,
    prose_entries,
    resolve_interim,
    staff_stated,
)
from ingest.structure.people import APPOINTED_ROLE, HONORIFIC, is_person_name, is_role, person_in, strip_honorific, titled_names
from ingest.structure.tables import is_header_row
from ingest.structure.vocabulary import canonical_key
from ingest.text import DATE_RE, Field, fold_label, fold_name, n_letters, upper_ratio

CATEGORY_RE = re.compile(r"^(?:[A-D]\d{0,2}|PLS|PLA|EQ|PO|P\.O\.|DIR)$")
_ROLE_RE = re.compile(
    r"(?i)^(?:titolare|responsabile|interim|ad interim|incaricat[oa]|reggente|sostitut[oa]|"
    r"vicari[oa]|f\.f\.|facente funzion[ei]|dirigente|p\.o\.|e\.q\.)$"
)
_SETTORE_HEAD_RE = re.compile(r"^(?:\d{1,2}\s*\.\s*(?!\d)|SETTORE\s+|AREA\s+|SERVIZIO\s+)[A-ZÀ-Ý0-9][^a-z]{2,}$")


def is_settore_heading(s: str) -> bool:
    s = s.strip()
    return bool(_SETTORE_HEAD_RE.match(s)) and upper_ratio(s) >= 0.9 and len(s) <= 90


def assignment(ln: Line) -> tuple[str, str, str, str] | None:
    """(person, period, role, settore) of an org-chart line: 'dal<TAB>al<TAB>NAME
    <TAB>titolare' under a settore heading, or a table row that names its settore."""
    if not ln.has_tab:
        return None
    cells = [c for c in ln.cells if c]
    dates = [c for c in cells if DATE_RE.fullmatch(c)]
    names = [c for c in cells if is_person_name(c)]
    roles = [c for c in cells if _ROLE_RE.match(c)]
    if not names or not (dates or roles) or len(cells) > 6:
        return None
    others = [
        c for c in cells
        if c not in dates and c != names[0] and c not in roles and n_letters(c) >= 3 and not CATEGORY_RE.match(c)
    ]
    if not dates and not others and cells[0] in roles:
        return None  # "Responsabile<TAB>Nome": a labelled field of an objective card
    period = " - ".join(dates)
    return names[0], period, roles[0] if roles else "", others[0] if others else ""


def claim_org_chart(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    """Org charts in any of their shapes, one ORG_CHART unit per settore: a table
    with a settore column and a person column, "Settore … – Responsabile: Nome"
    lines, and the dated assignment lines under a settore heading."""
    paired = _claim_office_head_pairs(lines, taken) + _claim_heading_tree(lines, taken)
    taken = taken | {k for c in paired for k in range(c.first, c.last + 1)}
    claims = paired + _claim_org_tables(lines, taken) + _claim_org_lines(lines, taken)
    busy = set(taken)
    for c in claims:
        busy.update(range(c.first, c.last + 1))
    headed = _claim_headed_entries(lines, busy)
    for c in headed:
        busy.update(range(c.first, c.last + 1))
    assigned = _claim_assignments(lines, busy)
    for c in assigned:
        busy.update(range(c.first, c.last + 1))
    # (offices described in prose, one paragraph each, when no table or line gives them,
    # or right after the entries that do: a chart the plan starts as a list and goes on
    # in prose, "Il Settore IV – …, diretto da …")
    others = claims + headed + assigned
    ends = {c.last for c in others}
    prose = []
    for first, last, fields, office in prose_entries(lines, busy):
        if others and not any(0 < first - end <= 2 for end in ends):
            continue
        prose.append(Claim(first, last, _org_builder(lines, first, last, office, fields)))
        ends.add(last)
    return others + prose


# The headers of an org chart's column of deputies
_DEPUTY_COLUMNS = ("SOSTITUT", "VICARI", "VICE ")
# Columns that make a table an objective table, not an org chart.
_OBJECTIVE_COLUMNS = frozenset({Field.TITOLO, Field.INDICATORI, Field.TARGET, Field.FASI, Field.OBIETTIVO_STRATEGICO, Field.MOTIVAZIONE})


# a unit named by its code alone ("U.O. 3", "Settore 2", "Area II")
_UNIT_CODE_RE = re.compile(r"^(?:[^\W\d_][\w.]{0,11}\s*)?(?:\d{1,2}|[IVX]{1,5})\.?$")


def _unit_name_column(keys: Sequence[Field | None], table_rows: Sequence[Sequence[str]], s_col: int) -> int | None:
    """The column that names the units a code column numbers ("U.O. | Denominazione |
    Responsabile"): a name beside a code is the unit's, not an objective's title, when
    the table has no other objective column and every unit is named by its code only."""
    if (_OBJECTIVE_COLUMNS & set(keys)) != {Field.TITOLO}:
        return None
    codes = [cells[s_col] for cells in table_rows if s_col < len(cells) and cells[s_col]]
    if not codes or not all(_UNIT_CODE_RE.match(c) for c in codes):
        return None
    return keys.index(Field.TITOLO)


def _claim_org_tables(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    """A table whose header has a settore column (Settore, Area, Servizio…) and a
    person column (Responsabile, Dirigente, Titolare…), and no objective column:
    each row whose person cell names a person is the org-chart entry of its settore.
    A unit named by a code and a name in two columns is named by both ("U.O. 2 –
    Ragioneria")."""
    from ingest.structure.tables import find_tables, merge_wrapped_cells  # tables imports headings

    claims: list[Claim] = []
    for table in find_tables(lines, taken):
        keys = [canonical_key(c) if c else None for c in table.columns]
        if Field.SETTORE not in keys or Field.RESPONSABILE not in keys:
            continue
        s_col, p_col = keys.index(Field.SETTORE), keys.index(Field.RESPONSABILE)
        merged = [merge_wrapped_cells([lines[k] for k in row]) for row in table.rows]
        name_col = _unit_name_column(keys, [c for c in merged if len(c) > p_col and _head(c[p_col])], s_col)
        if _OBJECTIVE_COLUMNS & set(keys) and name_col is None:
            continue
        after = table.rows[-1][-1] if table.rows else 0
        if (nested := _nested_units(table.columns, keys, table.rows, merged, p_col, lines)) is not None:
            claims += nested + [Claim(k, k, no_units) for k in table.header_lines + table.separators]
            continue
        rows = []
        for row, cells in zip(table.rows, merged, strict=True):
            if name_col is not None and max(s_col, name_col) < len(cells) and cells[name_col]:
                cells[s_col] = f"{cells[s_col]} – {cells[name_col]}"
            if max(s_col, p_col) < len(cells):
                cells[s_col] = _kinded(cells[s_col], table.columns[s_col] or "")
                cells[p_col] = _noted(cells[p_col], lines, after)
            if max(s_col, p_col) < len(cells) and cells[s_col] and _head(cells[p_col]):
                rows.append((row, cells))
        if len(rows) < max(1, len(table.rows) // 2):
            continue
        below = _offices_listed_below(lines, after, [cells[s_col] for _, cells in rows])
        for row, cells in rows:
            extra = {
                (table.columns[k] or f"col{k}"): v for k, v in enumerate(cells)
                if k not in (s_col, p_col, name_col) and k < len(table.columns) and v
            }
            fields = {Field.SETTORE: cells[s_col],
                      Field.TITOLARE: _heads_by_period(cells[p_col]) or strip_honorific(_head(cells[p_col]))[0]}
            if dates := [v for v in cells if DATE_RE.fullmatch(v)]:
                fields[Field.PERIODO_INCARICO] = " - ".join(dates)
            if servizi := next((v for k, v in extra.items() if fold_label(k).startswith(("SERVIZ", "UFFIC", "COMPETENZ"))), None) \
                    or below.get(cells[s_col]):
                fields[Field.SERVIZI] = servizi
            if staff := next((v for k, v in extra.items() if _STAFF_COLUMN_RE.search(fold_label(k))
                              and _STAFF_CELL_RE.fullmatch(v)), None):
                fields[Field.ORGANICO] = staff.split()[0]
            # the column of who stands in for the head ("Sostituto", "Vicario")
            if deputy := next((v for k, v in extra.items() if fold_label(k).startswith(_DEPUTY_COLUMNS)), None):
                fields[Field.SOSTITUTO] = deputy
            claims.append(Claim(row[0], row[-1], _org_builder(lines, row[0], row[-1], cells[s_col], fields)))
        for k in table.header_lines + table.separators:
            claims.append(Claim(k, k, no_units))
    return claims


def _nested_units(
    columns: Sequence[str], keys: Sequence[Field | None], rows: Sequence[Sequence[int]], merged: Sequence[list[str]],
    p_col: int, lines: Sequence[Line],
) -> list[Claim] | None:
    """An org table with two unit columns ("Ufficio | Settore | Dipendenti |
    Responsabile") is a hierarchy: the column whose names repeat down the rows is the
    unit, the one whose names differ row by row its offices. Each run of rows of one unit
    is that unit's entry: its offices listed, their staff summed, its head the one its
    rows name (a blank cell, in the unit's column or the head's, continues the row
    above, as tables leave repeated values out). None when the table is no such
    hierarchy."""
    units = [k for k, key in enumerate(keys) if key == Field.SETTORE]
    if len(units) != 2 or len(merged) < 3:
        return None
    # (a total row, "Totale dipendenti | 42", is no unit)
    table = [(row, list(cells) + [""] * (len(columns) - len(cells))) for row, cells in zip(rows, merged, strict=True)
             if not any(fold_name(c).startswith("total") for c in cells[:len(columns)])]
    distinct = {k: len({fold_name(c[k]) for _, c in table if c[k].strip()}) for k in units}
    parent, child = sorted(units, key=lambda k: distinct[k])
    continued = any(not cells[p_col].strip() for _, cells in table)
    filled: list[list[str]] = []
    for _, cells in table:
        for k in (parent, p_col):
            if not cells[k].strip() and filled:
                cells[k] = filled[-1][k]
        filled.append(cells)
    kept = [row for row, _ in table]
    if distinct[child] != len(filled) or distinct[parent] > len(filled) // 2 or distinct[parent] < 2:
        return None
    if not continued:
        # (a table that names the head on every row is a chart of its rows, each office
        # an entry of its own; one that leaves a row's head blank files it under the unit)
        return None
    staff_col = next((k for k, c in enumerate(columns) if c and _STAFF_COLUMN_RE.search(fold_label(c))), None)
    kind = _KIND_WORD_RE.match((columns[parent] or "").strip())
    claims: list[Claim] = []
    start = 0
    for i in range(1, len(filled) + 1):
        if i < len(filled) and fold_name(filled[i][parent]) == fold_name(filled[start][parent]):
            continue
        group, first_row, last_row = filled[start:i], kept[start], kept[i - 1]
        start = i
        unit = group[0][parent].strip()
        if kind is not None and not _KIND_WORD_RE.match(unit):
            unit = f"{kind.group(1).capitalize()} {unit}"  # ("Tecnico" under "Settore": "Settore Tecnico")
        head = next((h for c in group if (h := _head(c[p_col]))), None)
        if not unit or head is None:
            continue
        fields = {Field.SETTORE: unit, Field.TITOLARE: strip_honorific(head)[0],
                  Field.SERVIZI: "; ".join(c[child].strip() for c in group)}
        counts = [c[staff_col].split()[0] for c in group if staff_col is not None and _STAFF_CELL_RE.fullmatch(c[staff_col])]
        if staff_col is not None and len(counts) == len(group) and all(n.isdigit() for n in counts):
            fields[Field.ORGANICO] = str(sum(map(int, counts)))
        claims.append(Claim(first_row[0], last_row[-1], _org_builder(lines, first_row[0], last_row[-1], unit, fields)))
    return claims if len(claims) >= 2 else None


# a line that keys an office by its name and lists what it comprises ("- Entrate e
# Bilancio: Ragioneria, Tributi")
_KEYED_OFFICES_RE = re.compile(r"^\s*(?:[-•*]\s+)?(?P<name>[^:]{3,120}?)\s*:\s*(?P<list>\S.{2,300})$")
_LISTED_REACH = 20  # how far below its table an org chart's office list stands


def _offices_listed_below(lines: Sequence[Line], after: int, offices: Sequence[str]) -> dict[str, str]:
    """What each office comprises, when a list just below the org table keys each by
    the name its row gives it: a table of heads is often followed by the offices
    ("Articolazione dei Settori in uffici:"). Office → "a; b; c"."""
    wanted = {fold_name(o): o for o in offices}
    found: dict[str, str] = {}
    for ln in lines[after + 1: after + 1 + _LISTED_REACH]:
        if (m := _KEYED_OFFICES_RE.match(ln.clean)) and (office := wanted.get(fold_name(m.group("name")))):
            found[office] = "; ".join(p.strip(" .") for p in re.split(r",\s*|;\s*", m.group("list")) if p.strip(" ."))
    # (one office keyed is a sentence that happens to name it, not the chart's list)
    return found if len(found) >= 2 else {}


# a unit named by its number alone ("II Finanziaria e Tributi", "3 – Servizi tecnici")
_NUMBER_FIRST_RE = re.compile(r"^(?:[IVX]{1,5}|\d{1,2})(?:\s*[.)–—-])?\s+\S")
_KIND_WORD_RE = re.compile(r"(?i)^(settore|area|servizio|ufficio|dipartimento|direzione)\b")


def _kinded(cell: str, header: str) -> str:
    """A unit as the plan names it elsewhere: a column headed by a kind of unit
    ("AREA") numbers its units without the kind, which is the header's ("Area II
    Finanziaria e Tributi", as the objectives write "Responsabile dell'Area II")."""
    kind = _KIND_WORD_RE.match(header.strip())
    if kind is None or not _NUMBER_FIRST_RE.match(cell) or _KIND_WORD_RE.match(cell):
        return cell
    return f"{kind.group(1).capitalize()} {cell}"


# a note mark in a cell ("VACANTE (*)", "vacante¹", "Rossi (1)") and the note it points to
_MARK_RE = re.compile(r"\s*(\(\*{1,3}\)|\*{1,3}|\(\d\)|[¹²³])\s*$")
# whom a note gives a vacant post's functions ("le relative funzioni sono attribuite al
# Segretario comunale")
_GIVEN_TO_RE = re.compile(
    r"(?i)\b(?:funzioni|competenze)\b(?:\s+\S+){0,3}?\s+(?:attribuit|affidat|assegnat|svolt)[eaio]\s+"
    rf"(?:al|alla|dal|dalla)\s+({APPOINTED_ROLE}(?:\s+(?:comunale|generale))?)")


def _noted(cell: str, lines: Sequence[Line], after: int) -> str:
    """A head cell that points to a note below its table ("VACANTE (*)" … "(*) Il posto
    è vacante …; le funzioni sono attribuite al Segretario comunale"): a vacant post is
    held by the role its note gives the functions to, as a cell that says it so."""
    mark = _MARK_RE.search(cell)
    if mark is None or not _VACANT_RE.search(cell):
        return cell
    for ln in lines[after + 1: after + 1 + _NOTE_REACH]:
        if ln.clean.startswith(mark.group(1)):
            note = " ".join(x.clean for x in lines[ln.idx: paragraph_end(lines, ln.idx, len(lines))])
            if given := _GIVEN_TO_RE.search(note.replace("- ", "")):
                return f"vacante – funzioni attribuite al {given.group(1)}"
            break
    return cell


# how far below a table its notes stand
_NOTE_REACH = 8


# an entry whose head is another office's, ad interim ("Settore 4 – … — Responsabile: ad
# interim il Responsabile del Settore 1"): the office, then that head (`OFFICE_HEAD_RE`)
_INTERIM_LINE_RE = re.compile(
    r"(?i)^\s*(?:[-•*]\s+)?(?:\*\*)?(?P<settore>(?:settore|area|servizio)\s+(?:\d{1,2}|[IVX]{1,4})\b[^:|\t(]{0,90}?)"
    r"(?:\*\*)?\s*[-–—:,;|(]\s*(?:\*\*)?(?:(?:responsabile|dirigente|titolare)[^:]{0,20}:(?:\*\*)?\s*ad\s+interim|"
    # ("(Resp. ad interim: il Segretario comunale)")
    r"resp\.\s*ad\s+interim\s*:?)\s+"
    r"(?:(?:il|la|al|alla|dal|dalla)\s+)?")
# a head given by the role that holds the office ad interim: the secretary, or in a small
# comune the mayor, whom the plan names elsewhere ("Segretario comunale: dott.ssa …")
_INTERIM_ROLE_RE = re.compile(r"(?i)(segretari[oa]\s+(?:comunale|generale)|(?:vice\s?)?sindac[oa])\b")


def _interim_line(text: str) -> tuple[str, str] | None:
    """(office, its head) of a line whose office is held ad interim by another office's
    head (marked to be resolved, `interim_of`) or by a role ("il Segretario comunale")."""
    if not (m := _INTERIM_LINE_RE.match(text)):
        return None
    if head := OFFICE_HEAD_RE.match(text, m.end()):
        return m.group("settore"), interim_of(head.group("kind"), head.group("num"))
    if role := _INTERIM_ROLE_RE.match(text, m.end()):
        return m.group("settore"), role.group(1)
    return None


def _entry_line(ln: Line) -> bool:
    """The line opens an org-chart entry: an office and its head, named or ad interim."""
    text = clean_line(ln.raw)
    return _org_line(text) is not None or _interim_line(text) is not None or _vacant_line(text) is not None


# the kinds of organisational unit an org chart lists
# (the municipal police is an office every comune has, named without a kind word:
# "Polizia Locale", "Corpo di Polizia municipale")
UNIT_KINDS = (r"(?:settore|area|servizio|ufficio|u\.\s?o\.|unit[aà]\s+organizzativa|direzione|dipartimento|"
              r"comando|segreteria|polizia(?=\s+(?:locale|municipale))|corpo(?=\s+(?:di\s+)?polizia))")
# a parenthesis that opens with the head's role gives the head ("(Resp. dott.ssa …)");
# any other is part of the unit's name ("Ufficio Statistica (staff)")
_HEAD_ROLE = r"\s*(?:resp|responsabile|dirigente|titolare|referente|comandante|segretario)\b"


# "Area Tecnica – Responsabile: arch. Marco Bellini", "Settore 3 Ambiente - Dirigente: …"
def _org_line_re(role: str) -> re.Pattern[str]:
    return re.compile(
        # (the head may be given in parentheses: "SETTORE I – AFFARI GENERALI (Resp. dott.ssa …)")
        rf"(?i)^\s*(?:[-•*]\s+)?(?:\*\*)?(?P<settore>{UNIT_KINDS}\b(?:[^:|\t(]|\((?!{_HEAD_ROLE})){{2,90}}?)(?:\*\*)?\s*"
        rf"(?:[-–—:,;|]|\t|\((?={_HEAD_ROLE}))\s*(?:\*\*)?"
        r"(?:(?P<role>(?:responsabile|dirigente|titolare(?:\s+di\s+(?:e\.\s?q\.|p\.\s?o\.|posizione\s+organizzativa))?|"
        r"referente|comandante|segretario)\b|resp\.)[^:]{0,40}?(?::(?:\*\*)?\s*|\s+))" + role + r"(?P<person>"
        rf"(?:{HONORIFIC}\s+)?"
        r"[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+){1,3})(?:\s+[–—-]\s.*|\s*[;(.,)].*)?$"
    )


_ORG_LINE_RE = _org_line_re("?")
# A role label, when the line has one, introduces the head: the unit's name may hold
# dashes of its own before it ("Area Tecnica – Lavori Pubblici – Responsabile: …")
_ORG_ROLE_LINE_RE = _org_line_re("")


# "Unità X – Responsabile: vacante (in sostituzione il Segretario comunale dott.ssa Y)":
# a vacant post whose functions a named person holds meanwhile
_VACANT_LINE_RE = re.compile(
    rf"(?i)^\s*(?:[-•*]\s+)?(?:\*\*)?(?P<settore>{UNIT_KINDS}\b[^:|\t(]{{2,90}}?)(?:\*\*)?\s*[-–—:,;|]\s*"
    r"(?:responsabile|dirigente|titolare)\b[^:]{0,40}?:\s*(?:posto\s+)?vacante\b(?P<rest>.*)$")


def _vacant_line(text: str) -> tuple[str, str] | None:
    """(office, substitute) of a vacant post held meanwhile by the person the line names:
    who answers for the office until the post is filled."""
    if (m := _VACANT_LINE_RE.match(text)) and (names := titled_names(m.group("rest"))):
        return m.group("settore"), " ".join(strip_honorific(names[0])[0].split())
    return None


def _org_line(text: str) -> re.Match[str] | None:
    """The org-chart entry `text` states: a unit and the person heading it."""
    for pattern in (_ORG_ROLE_LINE_RE, _ORG_LINE_RE):
        if (m := pattern.match(text)) and is_person_name(m.group("person").strip(" .")):
            return m
    return None


_BOLD_LEAD_RE = re.compile(r"^\s*\*\*(?P<name>[^*]{3,}?)\*\*\s+(?P<rest>\S.*)$")


def _claim_office_head_pairs(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    """A two-column table headed by an office's label and a head's ("Ufficio |
    Responsabile"): every row below it is an office and who heads it, whatever word
    the office's name opens with ("Sportello Unico …", "Polizia Municipale …"); its
    header names the columns, as a wider table's does."""
    claims: list[Claim] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        k += 1
        if ln.idx in taken or not ln.has_tab or len(ln.cells) != 2 \
                or [canonical_key(c) for c in ln.cells] != [Field.SETTORE, Field.RESPONSABILE]:
            continue
        claims.append(Claim(ln.idx, ln.idx, no_units))
        while k < len(lines) and lines[k].idx not in taken and lines[k].has_tab and len(lines[k].cells) == 2:
            office, cell = (" ".join(c.split()) for c in lines[k].cells)
            if office and (head := _head(cell)):
                # (an office set in bold before its services, "**Settore Tecnico** Lavori
                # pubblici, patrimonio": the bold run names it, the rest are its services)
                bold = _BOLD_LEAD_RE.match(lines[k].raw_cells[0]) if lines[k].raw_cells else None
                fields = {Field.SETTORE: " ".join(bold.group("name").split()) if bold else office,
                          Field.TITOLARE: strip_honorific(head)[0]}
                if bold:
                    fields[Field.SERVIZI] = " ".join(bold.group("rest").split())
                claims.append(Claim(k, k, _org_builder(lines, k, k, office, fields)))
            k += 1
    return claims


def _claim_org_lines(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    claims: list[Claim] = []
    entries: set[int] = set()  # the lines that opened an entry
    held: list[tuple[str, dict[str, str]]] = []  # each claim's office key and fields
    for ln in lines:
        if ln.idx in taken or ln.blank or len(ln.clean) > 220:
            continue
        m = _org_line(clean_line(ln.raw))
        other = None if m else _interim_line(clean_line(ln.raw)) or _vacant_line(clean_line(ln.raw))
        if m is None and other is None and _under_entry(lines, ln, entries):
            m = _headed_item(ln.raw)
        if m:
            settore = " ".join(m.group("settore").strip(" -–*").split())
            head = " ".join(strip_honorific(m.group("person").strip(" ."))[0].split())
        elif other:
            # held ad interim by another office's head, named by that office: resolved
            # once every entry is read
            settore = " ".join(other[0].strip(" -–*").split())
            head = other[1]
        else:
            continue
        fields = {Field.SETTORE: settore, Field.TITOLARE: head}
        # the entry goes on over the lines its paragraph wraps onto (PDF text)
        last = max(ln.idx, paragraph_end(lines, ln.idx, len(lines)) - 1)
        last = next((k - 1 for k in range(ln.idx + 1, last + 1)
                     if k in taken or _entry_line(lines[k]) or _headed_item(lines[k].raw)), last)
        # an entry that is a list item goes on over the items indented under it, whatever
        # the file's paragraphs (plain text makes each line one): a nested org chart
        while last + 1 < len(lines) and last + 1 not in taken and _indented_under(lines[last + 1], ln) \
                and not _entry_line(lines[last + 1]) and not _headed_item(lines[last + 1].raw):
            last += 1
        # and over a line of its own that lists the office's parts under their label,
        # right below it ("Uffici: Ragioneria; Tributi"): they are that office's
        if last + 1 < len(lines) and last + 1 not in taken and _SERVICES_RE.match(lines[last + 1].clean.lstrip("-•* ")) \
                and not _entry_line(lines[last + 1]):
            last += 1
        text = " ".join(lines[k].clean for k in range(ln.idx, last + 1))
        entries.add(ln.idx)
        # (an entry's offices are the items indented under it, entries of their own included)
        if servizi := _offices(text, lines, ln, _block_end(lines, ln, taken)):
            fields[Field.SERVIZI] = servizi
        if staff := staff_stated(text):
            fields[Field.ORGANICO] = staff
        claims.append(Claim(ln.idx, last, _org_builder(lines, ln.idx, last, settore, fields)))
        own = OFFICE_RE.match(settore)
        held.append((office_key(own.group("kind"), own.group("num")) if own else settore, fields))
    resolve_interim(held)
    # (an office whose head the chart does not name is no entry)
    return [c for c, (_, fields) in zip(claims, held, strict=True) if Field.TITOLARE in fields]


# An office's staff count, in a column of its own ("N. dipendenti", "Unità di personale",
# "Organico", "Addetti") holding a bare number ("7", "4 unità"), or said in the entry's
# text ("dipendenti assegnati: 12", "conta 9 dipendenti"): how many people it has.
# (the count may come with its breakdown by grade in parentheses: "8 (1 funzionario, 5
# istruttori)")
_STAFF_COLUMN_RE = re.compile(r"\b(?:DIPENDENTI|PERSONALE|UNITA|ORGANICO|ADDETTI|DOTAZIONE)\b")
_STAFF_CELL_RE = re.compile(r"(?i)\d{1,4}(?:\s+(?:unit[aà]|dipendenti|addetti|persone))?(?:\s*\([^()]{3,120}\))?")


# A settore named on a line of its own ("SETTORE 3 – LAVORI PUBBLICI", "Area Tecnica")
_SETTORE_START_RE = re.compile(rf"(?i)^\s*(?:\*\*)?{UNIT_KINDS}\b")
# and its head on the next line, after a role label: "Titolare di incarico di E.Q.: dott.ssa …",
# "Responsabile: arch. …", "Segretario generale: dott. …"
ROLE_LINE_RE = re.compile(
    r"(?i)^\s*(?:[-•*]\s+)?(?:\*\*)?(?:responsabile|dirigente|titolare|referente|comandante|segretari[oa]|"
    r"incaricat[oa]|posizione\s+organizzativa|e\.\s?q\.)\b[^:]{0,50}:(?:\*\*)?\s*(?P<value>.+)$")
_MAX_ENTRY_LINES = 8
_VACANT_RE = re.compile(r"(?i)(?:posto\s+)?vacante")


def _head_named(value: str) -> str | None:
    """The person a role label's value names: the whole value, its head before a
    role tail, or else the titled name inside it (a vacant post held ad interim)."""
    if found := person_in(value):
        return found
    names = titled_names(value)
    return names[-1] if names else None


# "fino al 31/03/2026: dott.ssa Rita Neri", "dal 01/04/2026 dott. Ugo Sala": a head
# for a part of the year
_PERIOD_HEAD_RE = re.compile(
    r"(?i)^(?P<when>(?:fino\s+al|sino\s+al|dal|a\s+partire\s+dal)\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*[:,–—-]?\s*(?P<who>\S.+)$")


def _heads_by_period(cell: str) -> str:
    """The heads of an office whose head changes within the plan's period, each with
    the period the cell gives ("Rita Neri (fino al 31/03/2026); Ugo Sala (dal
    01/04/2026)"): both hold it, each for a part of the year. "" for one head."""
    parts = [m for p in re.split(r"\s*;\s*", cell.strip()) if (m := _PERIOD_HEAD_RE.match(p.strip()))]
    heads = [(strip_honorific(who)[0], m.group("when")) for m in parts if (who := person_in(m.group("who").strip()))]
    return "; ".join(f"{who} ({when})" for who, when in heads) if len(heads) >= 2 else ""


def _head(cell: str) -> str:
    """Who heads an org table's row: the person its head cell names, else the role it
    names ("Segretario comunale (ad interim)": a vacant office held by whoever has the
    role, a head the plan names elsewhere), up to a dash that adds the grade."""
    if person := _head_named(cell):
        return person
    if not is_role(cell):
        return ""
    # (a vacant post names the role after the dash: "vacante – funzioni attribuite al
    # Segretario comunale" is held by the Segretario, kept whole)
    first = re.split(r"\s+[–—-]\s+", cell, maxsplit=1)[0].strip()
    return cell.strip() if _VACANT_RE.fullmatch(first) else first


def _claim_headed_entries(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    """Org-chart entries laid out as a block: the settore on a line of its own, its
    head after a role label on the next line, then its services. (PDF text and
    plain text print org charts so; the label, not the layout, says who heads it.)"""
    claims: list[Claim] = []
    for ln in lines:
        if ln.idx in taken or ln.blank or ln.has_tab or len(ln.clean) > 120 \
                or not _SETTORE_START_RE.match(ln.clean) or ":" in ln.clean:
            continue
        nxt = next((k for k in range(ln.idx + 1, min(len(lines), ln.idx + 3)) if not lines[k].blank), None)
        if nxt is None or nxt in taken or not (m := ROLE_LINE_RE.match(clean_line(lines[nxt].raw))):
            continue
        # the value may wrap onto the next line (PDF): the name can stand there
        value = m.group("value")
        if nxt + 1 < len(lines) and not lines[nxt + 1].blank and not _SERVICES_RE.search(lines[nxt + 1].clean) \
                and not _SETTORE_START_RE.match(lines[nxt + 1].clean):
            value = f"{value} {lines[nxt + 1].clean}"
        person = _head_named(value)
        if not person:
            continue
        last = nxt
        for k in range(nxt + 1, min(len(lines), nxt + _MAX_ENTRY_LINES)):
            if k in taken or lines[k].blank or _SETTORE_START_RE.match(lines[k].clean) or ROLE_LINE_RE.match(lines[k].clean):
                break
            # PDF text has no blank line after an entry: a line that ended its sentence
            # ends the entry, unless the services' label follows
            if lines[k - 1].clean.endswith(".") and not _SERVICES_RE.search(lines[k].clean):
                break
            last = k
        settore = " ".join(clean_line(ln.raw).split())
        fields = {Field.SETTORE: settore, Field.TITOLARE: " ".join(strip_honorific(person.strip(" ."))[0].split())}
        text = " ".join(lines[k].clean for k in range(nxt + 1, last + 1))
        if servizi := _offices(text, lines, ln, last):
            fields[Field.SERVIZI] = servizi
        if staff := staff_stated(f"{value} {text}"):
            fields[Field.ORGANICO] = staff
        claims.append(Claim(ln.idx, last, _org_builder(lines, ln.idx, last, settore, fields)))
        taken = taken | set(range(ln.idx, last + 1))
    return claims


_SERVICES_RE = re.compile(r"(?i)\b(?:servizi|uffici|competenze)(?:\s+assegnati)?\s*:\s*(.+)$")

# a heading that names an office ("### Area Servizi alla città", "#### Servizio Tributi")
_OFFICE_HEADING_RE = re.compile(rf"(?i)^(?P<marks>#{{1,6}})\s+(?P<name>{UNIT_KINDS}\b.{{0,100}})$")
# how many head lines make a run of office headings an org chart (not one section's head)
_TREE_HEADS = 3


def _tree_head(value: str) -> str:
    """The person a role label names: one the names' lists know, else (the label says
    it is a person) a name of capitalised words alone on the line ("Mara Ghezzi")."""
    return _head_named(value) or (value.strip() if _BARE_NAME_RE.fullmatch(value.strip()) else "")


_BARE_NAME_RE = re.compile(r"[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+){1,3}")


def _claim_heading_tree(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    """An org chart written as the document's outline: office headings nested by level
    (Area > Servizio > Ufficio), each with its head after a role label on the next line
    ("Dirigente: …", "Incaricato EQ: …", "Referente: …"). A run of such headings with
    nothing else between them but a line of prose under a heading is the chart; each
    office's services are the offices its sub-headings name. (One office heading with
    its head above a section's objectives is that section's heading, not a chart.)"""
    heads: list[tuple[int, int, str, int | None]] = []  # (heading line, level, name, role line)
    run: list[tuple[int, int, str, int | None]] = []

    def close() -> None:
        if sum(1 for *_, role in run if role is not None) >= _TREE_HEADS:
            heads.extend(run)
        run.clear()

    k = 0
    while k < len(lines):
        ln = lines[k]
        if ln.blank:
            k += 1
            continue
        m = _OFFICE_HEADING_RE.match(clean_line(ln.raw)) if ln.idx not in taken else None
        if m is None:
            close()
            k += 1
            continue
        nxt = next((j for j in range(k + 1, min(len(lines), k + 3)) if not lines[j].blank), None)
        said = ROLE_LINE_RE.match(clean_line(lines[nxt].raw)) if nxt is not None and nxt not in taken else None
        role = nxt if said and _tree_head(said.group("value")) else None
        run.append((k, len(m.group("marks")), " ".join(m.group("name").split()), role))
        # (a heading without a head may say one line of prose on its office)
        k = (role if role is not None else nxt if nxt is not None and not lines[nxt].raw.startswith("#") else k) + 1
    close()
    claims = []
    for n, (first, level, name, role) in enumerate(heads):
        if role is None:
            continue
        value = ROLE_LINE_RE.match(clean_line(lines[role].raw)).group("value")  # type: ignore[union-attr]
        person = _tree_head(value)
        fields = {Field.SETTORE: name, Field.TITOLARE: " ".join(strip_honorific(person.strip(" ."))[0].split())}
        children = []  # (the headings one level down, up to the next of its level)
        for _, later_level, later_name, _ in heads[n + 1:]:
            if later_level <= level:
                break
            if later_level == level + 1:
                children.append(later_name)
        if children:
            fields[Field.SERVIZI] = "; ".join(children)
        claims.append(Claim(first, role, _org_builder(lines, first, role, name, fields)))
    return claims


# (a tree drawn with box characters, "└ Ufficio Tributi", marks its items as a list does)
_ITEM_MARK_RE = re.compile(r"^(\s*)(?:[-•*▪–]|[└├]─*)\s+")


def _offices(text: str, lines: Sequence[Line], entry: Line, last: int) -> str | None:
    """The offices of an org-chart entry: "Servizi: …" in its text, or (an org chart as
    a nested list) the items indented under it."""
    if sm := _SERVICES_RE.search(text):
        return sm.group(1).strip(" .")
    return "; ".join(items) if (items := _sub_items(lines, entry, last)) else None


# "  - Servizi demografici – resp. sig.ra Anna Rossi": a list item naming a unit and,
# after a dash and a head's role label, its head (whatever word the unit's name opens with)
_HEADED_ITEM_RE = re.compile(
    r"^\s*(?:[-•*▪]|[└├]─*)\s+(?:\*\*)?(?P<settore>[A-ZÀ-Ý][^:|\t–—]{2,90}?)(?:\*\*)?\s+[–—-]\s+"
    rf"(?P<role>{_HEAD_ROLE}\.?|ref\.)\s*:?\s*"
    rf"(?P<person>(?:{HONORIFIC}\s+)?[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+){{1,3}})(?:\s*[,;(.].*)?$", re.IGNORECASE)


def _headed_item(raw: str) -> re.Match[str] | None:
    """The unit and head a list item names, when it is shaped as an entry of a nested
    org chart; None otherwise."""
    m = _HEADED_ITEM_RE.match(raw)
    return m if m and is_person_name(strip_honorific(m.group("person").strip(" ."))[0]) else None


def _under_entry(lines: Sequence[Line], item: Line, entries: set[int]) -> bool:
    """`item` is a list item nested under an org-chart entry: the nearest line above it
    set less deep opened an entry. In a chart drawn as a nested list, the nesting says
    an item with its head is an office of its own, a part of the one above."""
    if not _ITEM_MARK_RE.match(item.raw) or _indent(item) == 0:
        return False
    for k in range(item.idx - 1, -1, -1):
        if lines[k].blank:
            return False
        if _indent(lines[k]) < _indent(item):
            return k in entries
    return False


def _block_end(lines: Sequence[Line], entry: Line, taken: set[int]) -> int:
    """The last line of the items indented under `entry`, at any depth."""
    last = entry.idx
    while last + 1 < len(lines) and last + 1 not in taken and _indented_under(lines[last + 1], entry):
        last += 1
    return last


def _indented_under(line: Line, entry: Line) -> bool:
    """`line` is a list item indented deeper than the entry (a list item itself, or a
    line whose items hang under it, as in a tree)."""
    inner = _ITEM_MARK_RE.match(line.raw)
    return inner is not None and len(inner.group(1)) > _indent(entry)


def _indent(entry: Line) -> int:
    """How deep an entry is indented: its item mark's, else its text's."""
    outer = _ITEM_MARK_RE.match(entry.raw)
    return len(outer.group(1)) if outer else len(entry.raw) - len(entry.raw.lstrip())


def _sub_items(lines: Sequence[Line], entry: Line, last: int) -> list[str]:
    """The list items indented under `entry` (itself an item) up to line `last`."""
    items = []
    for k in range(entry.idx + 1, last + 1):
        sub = _ITEM_MARK_RE.match(lines[k].raw)
        if sub is None or len(sub.group(1)) <= _indent(entry):
            break
        # (an item that names its own head is named by its unit: the head is its entry's)
        headed = _headed_item(lines[k].raw)
        items.append(" ".join(headed.group("settore").split()) if headed else clean_line(lines[k].raw[sub.end():]))
    return items


def clean_line(raw: str) -> str:
    # (dot leaders, "SETTORE TECNICO ........ Responsabile: …", part a unit from its head as a dash does)
    return _DOT_LEADER_RE.sub(" – ", raw.replace("**", "")).strip()


_DOT_LEADER_RE = re.compile(r"\s*(?:\.\s?){4,}\s*")


def _claim_assignments(lines: Sequence[Line], taken: set[int]) -> list[Claim]:
    """One ORG_CHART unit per settore: its heading and the assignment line(s) under
    it, or a single table row that names settore and person together."""
    found = {ln.idx: a for ln in lines if ln.idx not in taken and (a := assignment(ln))}
    groups: list[list[int]] = []
    for idx, (_, _, _, own_settore) in found.items():
        previous = groups[-1][-1] if groups else None
        # consecutive assignment lines (only blank / "dal al" between) share a heading
        if (
            previous is not None and not own_settore and not found[previous][3]
            and all(lines[k].blank or _is_period_header(lines[k]) for k in range(previous + 1, idx))
        ):
            groups[-1].append(idx)
        else:
            groups.append([idx])
    claims: list[Claim] = []
    floor = 0
    for group in groups:
        own_settore = found[group[0]][3]
        head = (group[0], own_settore) if own_settore else find_settore_heading(lines, group[0] - 1, floor, taken)
        first = head[0] if head else group[0]
        settore = head[1] if head else ""
        people = [found[k] for k in group]
        fields = {
            Field.SETTORE: settore,
            Field.TITOLARE: "; ".join(p[0] for p in people),
            Field.PERIODO_INCARICO: "; ".join(p[1] for p in people if p[1]),
        }
        last = group[-1]
        claims.append(Claim(first, last, _org_builder(lines, first, last, settore, fields)))
        if own_settore and (above := prev_nonblank(lines, group[0] - 1, floor)) is not None \
                and above not in found and above not in taken and is_header_row(lines[above]):
            claims.append(Claim(above, above, no_units))  # the org table's header row
        floor = last + 1
    return claims


def _is_period_header(ln: Line) -> bool:
    return fold_label(ln.clean) in {"DAL AL", "DAL AL TITOLARE", "DAL", "AL", "PERIODO"}


def find_settore_heading(
    lines: Sequence[Line], i: int, floor: int, taken: set[int]
) -> tuple[int, str] | None:
    best_upper: tuple[int, str] | None = None
    for k in range(i, max(floor, i - 40) - 1, -1):
        if k in taken:
            break
        ln = lines[k]
        if ln.blank or _is_period_header(ln):
            continue
        if assignment(ln):
            break
        if is_settore_heading(ln.clean):
            text = ln.clean
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if nxt is not None and not nxt.blank and upper_ratio(nxt.clean) >= 0.9 and not nxt.has_tab:
                text = f"{text} {nxt.clean}"
            return k, text
        if best_upper is None and upper_ratio(ln.clean) >= 0.9 and len(ln.clean) <= 90 and not ln.has_tab:
            best_upper = (k, ln.clean)
    return best_upper


def _org_builder(
    lines: Sequence[Line], first: int, last: int, settore: str, fields: dict[str, str]
) -> Callable[[HeadingTracker], list[Unit]]:
    def build(tracker: HeadingTracker) -> list[Unit]:
        title = settore or fields.get(Field.TITOLARE) or None
        unit = make_unit(lines, first, last, UnitKind.ORG_CHART, tracker.path() + ((settore,) if settore else ()), title, fields)
        return [unit] if unit else []

    return build
