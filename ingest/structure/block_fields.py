"""Canonical fields of one labelled objective block, including the small phase /
indicator tables inside it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ingest.chunk_spans import SENTENCE_STOP_RE
from ingest.structure.labels import Label, looks_like_label
from ingest.structure.lines import Line
from ingest.structure.people import HONORIFIC, TITLED_NAME_RE, person_in
from ingest.structure.tables import YEAR_RE, is_separator_row, merge_wrapped_cells
from ingest.structure.timing import TIMING_RE, cell_items, split_timing, strip_phase_prefix
from ingest.structure.vocabulary import canonical_key, is_exact_label, label_key
from ingest.text import MONTHS, ONE_SENTENCE_FIELDS, Field, is_placeholder, join_items, join_pair, upper_ratio

_RESP_AREA_RE = re.compile(
    # ("Resp." abbreviates the role: "Resp. Ufficio Lavori pubblici", "Resp. Settore 3"; the
    # head of a service by appointment, "Incaricato EQ del Servizio Tributi")
    r"(?i)\b(?:responsabile|resp\.|dirigente|titolare|incaricat[oa](?:\s+(?:di\s+)?(?:e\.?\s?q\.?|elevata\s+qualificazione"
    r"|p\.?\s?o\.?|posizione\s+organizzativa))?)(?:\s+ad\s+interim)?\s+(?:del(?:l['’]\s*|la\s+|lo\s+|\s+)?)?"
    r"(?P<area>(?:(?:area|settore|servizio|ufficio|unit[aà]\s+organizzativa)\b|u\.\s?o\.).*)$"
)
_CODE_PREFIX_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,3})*)\.?")


def settore_from_responsabile(resp: str) -> str | None:
    m = _RESP_AREA_RE.search(resp)
    if not m:
        return None
    # (in running prose the office's name ends with its sentence: "… dell'Area Servizi
    # alla Persona. I centri estivi hanno accolto …")
    area = SENTENCE_STOP_RE.split(m.group("area"), maxsplit=1)[0]
    # (nor does it go on past a list's bullet: "Area Tecnica • rag. X – Responsabile Area
    # Economico-finanziaria" lists a second party; offices joined by a semicolon are
    # several offices, told apart later)
    area = re.split(r"\s*•\s*", area, maxsplit=1)[0]
    # (a parenthesis after the office's name points elsewhere, "(v. organigramma)",
    # "(cfr. sez. 3.1)": no part of the name)
    area = _REFERENCE_RE.sub("", area).strip().rstrip(".;").strip()
    return area[:1].upper() + area[1:]


_REFERENCE_RE = re.compile(r"\s*\((?:v\.|vedi|cfr\.?|si veda)[^()]*\)\s*$", re.IGNORECASE)


# a horizontal rule as Markdown writes it ("---", "***", "___")
_RULE_RE = re.compile(r"\s*(?:[-*_]\s*){3,}")


_CLOSED_HEADING_RE = re.compile(r"^\s*(?:#{1,6}\s+\S.*|\*\*[^*].*\*\*)\s*$")


# a title or an initial before a full stop ("Geom. Rossi", "Ass. M. Bianchi"): no sentence ends there
_NAME_AHEAD_RE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’]+\s+[A-ZÀ-Ý][\w'’]+")  # (a given name and a surname)
_SHORT_WORD_END_RE = re.compile(r"(?:^|[\s(.])[a-zà-ù]{1,4}\.$")
# (an abbreviated role, "Resp. Ufficio Tributi", "Istr. dir.", qualifies the office or the
# name after it as a title does: no sentence ends there either)
_ABBREVIATED_END_RE = re.compile(
    rf"(?i)(?:^|[\s(])(?:{HONORIFIC}|ass\.|(?:resp|dir|funz|istr|coord|segr)\.|[^\W\d_]\.)$")


def _sentence_end(value: str) -> int | None:
    """Where the value's first sentence ends, if another follows it. A short lower-case
    word with its full stop before a person's name abbreviates the person's role
    ("istr. dir. Nicola Rossi", "a.s. Chiara Neri"): no sentence ends there; nor after
    the number the value opens with ("03. Servizi demografici": an office's number)."""
    return next((m.start() for m in SENTENCE_STOP_RE.finditer(value)
                 if not _ABBREVIATED_END_RE.search(value[:m.start()])
                 and not re.fullmatch(r"\s*(?:\d{1,3}|[IVX]{1,4})\.?", value[:m.start()])
                 and not (_SHORT_WORD_END_RE.search(value[:m.start()])
                          and _NAME_AHEAD_RE.match(value, m.end()))), None)


def parse_block_fields(
    lines: Sequence[Line], a: int, b: int, by_line: dict[int, Label]
) -> dict[str, str]:
    """Canonical fields of a labelled block lines[a..b] (inclusive)."""
    fields: dict[str, str] = {}
    area_head_only = False  # the responsabile so far is the one a "Dirigente" label gave
    fasi: list[str] = []
    indicators: list[list[str]] = []  # [name, target]
    staff: list[str] = []  # the people of a staff table
    current_key: str | None = None  # the field receiving continuation lines
    row_columns: list[str | None] | None = None  # a sub-table header ("DESCRIZIONE  TEMPISTICA")
    row_lines: list[Line] = []  # physical lines of the current sub-table row
    start_label = by_line.get(a)
    items_run = False  # the current field's value came as marked list items
    item_mark: int | None = None  # the indent of the list mark a labelled item opens with
    timed_steps = False  # the phases came from a timing label ("Tempi: A entro …; B entro …")

    def flush_row() -> None:
        if row_lines and row_columns is not None:
            _add_row(merge_wrapped_cells(row_lines), row_columns, fasi, indicators, staff)
        row_lines.clear()

    def add_value(key: str | None, value: str) -> bool:
        """Adds the value; False when the field's value ended in it (no line goes on with it)."""
        if not key or not value or is_placeholder(value):
            return True  # (a placeholder, "—", "n.d.", states nothing)
        if key in ONE_SENTENCE_FIELDS and (stop := _sentence_end(value)) is not None:
            # a name or a figure ends with its sentence: the paragraph it opens goes on
            # about other things ("Responsabile: ing. Rossi (Area Tecnica). Il piano …")
            add_value(key, value[:stop].rstrip().rstrip("."))
            return False
        if key == Field.FASI:
            fasi.append(value)
        elif key == Field.INDICATORI:
            # several indicators in one cell ("1) … 2) …", or each written as "name –
            # baseline … – target …") are one each
            for item in (items if len(items := cell_items(value)) > 1 else _repeated_indicators(value)):
                # "Indicatore: … – Target: ≥ 70%": the target written on the indicator's line
                parts = _INLINE_TARGET_RE.split(item, maxsplit=1)
                name, target = (parts[0], parts[2]) if len(parts) == 3 else (item, "")
                indicators.append([name.strip(), target.strip()])
        elif key == Field.TARGET:
            # "a) almeno 60%; b) non oltre 12 giorni": a target per lettered indicator, in
            # order; a later year's lettered targets (all indicators set) stay in the passage
            lettered = [p.strip(" ;,") for p in _LETTERED_RE.split(value) if p.strip(" ;,")]
            if len(lettered) >= 2 and _LETTERED_RE.match(value):
                unset = [ind for ind in indicators if not ind[1]]
                if len(unset) >= len(lettered):
                    for ind, target in zip(unset, lettered, strict=False):
                        ind[1] = target
                elif not unset and len(indicators) < len(lettered):
                    indicators.extend(["", target] for target in lettered)
            elif indicators and not indicators[-1][1]:
                indicators[-1][1] = value
            else:
                indicators.append(["", value])
        elif key == Field.RESPONSABILE and key in fields:
            _add_responsible(fields, value)
        elif key == Field.DIPENDENTI and key in fields and len(value.split()) <= 8 \
                and not fields[key].rstrip().endswith((":", ",")) and person_in(value):
            # (a staff field's short line that opens with a person's name is another
            # person: "ARNOLDI Paola – istruttore" / "MOIOLI Sara – istruttore"; a long
            # one, or one after a line left open, goes on a sentence the layout wrapped)
            fields[key] = f"{fields[key]}\n{value}"
        elif key in fields:
            fields[key] = f"{fields[key]} {value}"
        else:
            fields[key] = value
        return True

    for k in range(a, b + 1):
        ln = lines[k]
        if ln.blank or is_separator_row(ln):
            continue
        if _RULE_RE.fullmatch(ln.raw):
            # a horizontal rule ("---") separates what is above from what follows: it
            # ends the field above, and is no text of it
            flush_row()
            current_key = None
            continue
        lb = by_line.get(k)
        if lb is not None and row_columns is not None and _is_body_row(ln, lb, row_columns):
            lb = None  # a row whose first cell opens with a field word ("Dipendenti formati…")
        if lb is not None:
            flush_row()
            items_run = False
            item_mark = (len(ln.raw) - len(ln.raw.lstrip()) or None) if _LIST_ITEM_RE.match(ln.raw) else None
            # the opening line names the objective unless its label is another field's
            # (a card that opens with "Codice obiettivo")
            own = canonical_key(lb.label)
            key = own if k == a and own not in (None, Field.TITOLO, Field.FASI) else Field.TITOLO if k == a else own
            if k == a and key == Field.TITOLO and (num := _LABEL_CODE_RE.search(lb.label)):
                fields.setdefault(Field.CODICE, num.group(1))  # "Obiettivo n. 3.2": its code
            # a header row of a small table: every cell is a label
            if k != a and _is_header_cells([lb.label, *lb.cells], ln):
                row_columns = [canonical_key(lb.label)] + [canonical_key(c) for c in lb.cells]
                current_key = None
                continue
            if k != a and canonical_key(lb.label) == Field.DIPENDENTI and _is_staff_header(lb.cells):
                # "| Dipendenti coinvolti | Categoria | Attività |": a table of people, one per
                # row under the label's column, whatever the other columns are called
                row_columns = [Field.DIPENDENTI] + [None] * len(lb.cells)
                current_key = None
                continue
            row_columns = None
            if k != a and start_label is not None and label_key(lb.label) == label_key(start_label.label):
                key = None
            # a value that opens a marked list ("Fasi\t- entro …", "Indicatore\ta) …")
            # goes on in the items on the lines below it
            listed = bool(lb.value) and bool(_LIST_ITEM_RE.match(lb.value)) and _next_is_item(lines, k, b)
            if key == Field.SCADENZA and len(cell_items(lb.value)) > 1:
                key = Field.FASI  # "Tempi" over several dated steps: the phases, as below
                timed_steps = True
            if key == Field.FASI and lb.value:
                for item in cell_items(lb.value):
                    desc, timing = split_timing(strip_phase_prefix(item))
                    fasi.append(join_pair(desc, timing))
                current_key = Field.FASI if listed else None
            elif lb.value:
                if key == Field.CODICE and key in fields:
                    # an objective has one code: its own label ("Codice obiettivo") names it
                    # better than its card heading's running number; a reference to the DUP
                    # ("Missione / Programma") names the frame it belongs to
                    if _DUP_REFERENCE_RE.search(label_key(lb.label)):
                        key = None if Field.OBIETTIVO_STRATEGICO in fields else Field.OBIETTIVO_STRATEGICO
                    else:
                        del fields[Field.CODICE]
                if key == Field.TARGET and (paired := yearly_values(lb.label, lb.value)):
                    lb = Label(lb.line, lb.label, paired, [paired])
                if key == Field.RESPONSABILE:
                    # a card naming the Area's dirigente and the head of the service
                    # (its "Responsabile", "Incaricato EQ") has the service's head as the
                    # objective's own: the dirigente heads the Area above it
                    named = label_key(lb.label).rstrip(" :")
                    if Field.RESPONSABILE in fields and named == "DIRIGENTE" \
                            and not OFFICE_RE.match(fields[Field.RESPONSABILE]):
                        key = None  # (after an office so labelled, the head of it: `_add_responsible`)
                    elif Field.RESPONSABILE in fields and area_head_only and named.startswith(_SERVICE_HEAD_LABELS):
                        del fields[Field.RESPONSABILE]
                    if key and Field.RESPONSABILE not in fields:
                        area_head_only = named == "DIRIGENTE"
                if key == Field.SETTORE and key in fields:
                    # a second label naming an office ("Settore: III – …" then "Unità
                    # organizzativa: Servizio Sociale"): the first is the office, the
                    # second a part of it, no more of its name
                    key = None
                goes_on = add_value(key, _LIST_ITEM_RE.sub("", lb.value, count=1) if listed else lb.value)
                current_key = key if goes_on and (key not in (Field.FASI, Field.INDICATORI, Field.TARGET) or (
                    listed and key == Field.INDICATORI)) else None
                if key == Field.TITOLO and _CLOSED_HEADING_RE.match(ln.raw):
                    # a title set as a heading (a line all in bold, a Markdown heading)
                    # ends with its line: the paragraph under it is the body, not more title
                    current_key = None
            elif key == Field.SCADENZA and _next_is_item(lines, k, b):
                current_key = Field.FASI  # "Tempi" over a list of dated steps: the phases
            else:
                current_key = key
            continue
        if lb is None and ln.has_tab and (header := _table_header(ln)) is not None:
            # "| Indicatore | Formula | Target 2025 | Target 2026 |": a small table of
            # the block, too wide to read as a label and its value
            flush_row()
            row_columns, current_key = header, None
            continue
        if lb is None and row_columns is None and (header := _merged_label_header(ln)) is not None:
            # "Indicatori e target | Indicatore | Formula | Target": a label cell merged down
            # beside a small table (Word repeats it on every row); the other cells are the
            # table's header, and the label's own cell holds no value of a row
            row_columns, current_key = [None, *header], None
            continue
        if row_columns is not None:
            if row_lines:
                so_far = [c for c in merge_wrapped_cells(row_lines) if c]
                lone_timing = not ln.has_tab and bool(TIMING_RE.match(ln.clean))
                if len(so_far) < len(row_columns) and (row_lines[-1].ends_open or lone_timing):
                    row_lines.append(ln)  # a row wrapped by the PDF extraction
                    continue
                flush_row()
            row_lines.append(ln)
            continue
        if current_key == Field.FASI:
            # every item of the list under "Fasi:" / "Azioni:" is a phase, its
            # numbering dropped and its timing ("– entro marzo 2025") set apart
            desc, timing = split_timing(strip_phase_prefix(ln.clean))
            fasi.append(join_pair(desc, timing))
            # the list goes on while the lines keep an item's shape: a bullet or number,
            # or (unmarked items, as word processors export them) a timing of its own
            if not (_LIST_ITEM_RE.match(ln.raw) or _next_is_item(lines, k, b)
                    or (timing and _next_has_timing(lines, k, b, by_line))):
                current_key = None
        elif current_key == Field.INDICATORI and _LIST_ITEM_RE.match(ln.raw):
            add_value(Field.INDICATORI, _LIST_ITEM_RE.sub("", ln.clean, count=1))
            items_run = True
        elif items_run and current_key is not None and not _LIST_ITEM_RE.match(ln.raw):
            # a field given as marked items ends with them: an unmarked line after the
            # list ("Nota 1: …") is the document's own text, not one more item
            current_key = None
        elif current_key is not None and current_key != Field.TITOLO and _LIST_ITEM_RE.match(ln.raw):
            # a bulleted list under a label ("**Stakeholder**" then "- …"): one item per
            # bullet, its mark dropped, never run into one another
            item = _LIST_ITEM_RE.sub("", ln.clean, count=1)
            fields[current_key] = join_items([fields[current_key], item]) if current_key in fields else item
            items_run = True
        elif item_mark is not None and len(ln.raw) - len(ln.raw.lstrip()) <= item_mark:
            # (a field given as an indented list item ends with its item: a line no
            # deeper than the item's mark is the text after the list, not its value)
            current_key = None
        elif current_key is not None and not add_value(current_key, ln.clean):
            current_key = None
    flush_row()
    if timed_steps and fasi and Field.SCADENZA not in fields and (end := _step_deadline(fasi[-1])):
        # (a timing given as dated steps ends with its last one: the date it closes by
        # is the objective's deadline)
        fields[Field.SCADENZA] = end
    if fasi:
        fields[Field.FASI] = join_items(fasi)
    if indicators:
        fields[Field.INDICATORI] = join_items(join_pair(n, t) if n else t for n, t in indicators)
    if staff:
        fields[Field.DIPENDENTI] = join_items(staff)
    _derive_block_fields(fields)
    return fields


# the date a step closes by, written whole ("entro il 30 novembre 2026", "al 31/12/2026")
_STEP_DEADLINE_RE = re.compile(
    rf"(?i)\b(?:entro|al)\s+(?:il\s+)?(\d{{1,2}}°?\s+(?:{'|'.join(MONTHS)})\s+20\d\d|\d{{1,2}}/\d{{1,2}}/20\d\d)\b")


def _step_deadline(step: str) -> str | None:
    """The date a step closes by ("entro il 30 novembre 2026", "verifica al 31/12/2026");
    None for the end of a span ("dal 15 giugno al 7 agosto": an activity's, not a deadline)."""
    end = _STEP_DEADLINE_RE.search(step)
    if end is None:
        return None
    spanned = end.group(0).casefold().startswith("al") and re.search(r"(?i)\bda(?:l|ll['’])?\s", step[:end.start()])
    return None if spanned else end.group(1)


_INLINE_TARGET_RE = re.compile(
    r"\s+[-–—|;,]\s*(target|valore\s+obiettivo|valore\s+atteso|risultato\s+atteso|atteso)(?:\s+20\d\d)?\s*[:=]\s*",
    re.IGNORECASE,
)
# ("Obiettivo T1": "T1"; "Obiettivo operativo OO-1.1.1": "OO-1.1.1")
_LABEL_CODE_RE = re.compile(r"\b((?:[A-Za-z]{1,4}[-.])?[A-Za-z]{0,2}(?:20\d\d/)?\d{1,3}(?:\.\d{1,3})*)\s*$")
# A value that names an office rather than a person ("Settore …", "Area …", "U.O. …").
OFFICE_RE = re.compile(
    r"(?i)^(?:settore|area|servizio|ufficio|u\.\s?o\.|unit[aà]\s+organizzativa|direzione|comando)\b"
)


_DUP_REFERENCE_RE = re.compile(r"\b(?:MISSIONE|PROGRAMM[AI]|DUP)\b")
# an indicator written with its starting value: "Tempo medio – baseline 36 giorni – …"
_BASELINE_MARK_RE = re.compile(r"(?i)\s[–—-]\s(?:baseline|valore\s+(?:di\s+partenza|iniziale))\b")


def _repeated_indicators(value: str) -> list[str]:
    """The indicators of a cell whose line breaks were lost, when each has the same
    shape ("A – baseline 6 – target 2026: 0 / 2027: -2 B – baseline 36 – …"): the
    next one opens with the first capitalised word after the last figure before its
    own baseline."""
    marks = list(_BASELINE_MARK_RE.finditer(value))
    starts = [0]
    for prev, mark in itertools.pairwise(marks):
        between = value[prev.end():mark.start()]
        digits = list(re.finditer(r"\d", between))
        word = re.search(r"\s([A-ZÀ-Ý][a-zà-ù]+)\b", between[digits[-1].end():]) if digits else None
        if word is None:
            return [value]
        starts.append(prev.end() + digits[-1].end() + word.start(1))
    return [value[a:b].strip() for a, b in itertools.pairwise([*starts, len(value)])]


def states_objective(fields: dict[str, str]) -> bool:
    """The fields state something of an objective beyond its title and code: a block of
    an ente's figures ("Denominazione", "Dipendenti in servizio: 28", a staff count, not
    an objective's people) or an e-mail's header has only the look of one."""
    counted = {Field.DIPENDENTI} if re.match(r"\s*\d", fields.get(Field.DIPENDENTI, "")) else set()
    return bool(fields.keys() - {Field.TITOLO, Field.CODICE} - counted)


def yearly_values(label: str, value: str) -> str:
    """"Valore obiettivo 2026 / 2027 / 2028: 70% / 90% / n.d.": a label naming several
    years over as many values, each year paired with its value ("2026: 70%; 2027: 90%;
    2028: n.d."), as a table's target columns give them; "" when the counts differ."""
    years = re.findall(r"\b(?:19|20)\d\d\b", label)
    values = [v.strip() for v in re.split(r"\s+/\s+", value)]
    if len(years) < 2 or len(values) != len(years) or not all(values):
        return ""
    return "; ".join(f"{y}: {v}" for y, v in zip(years, values, strict=True))


# labels of the head of a service, under an Area's dirigente
_SERVICE_HEAD_LABELS = ("RESPONSABILE", "INCARICAT", "TITOLARE", "FUNZIONARIO")


def _add_responsible(fields: dict[str, str], value: str) -> None:
    """Two 'responsible' labels, one naming the office and one the person (the
    "Responsabile: Area X" + "Dirigente: dott. Y" pattern): the office is the
    settore, the person the responsabile; two people or two offices are joined."""
    old = fields[Field.RESPONSABILE]
    old_office, new_office = bool(OFFICE_RE.match(old)), bool(OFFICE_RE.match(value))
    if old_office and not new_office and person_in(value):
        fields.setdefault(Field.SETTORE, old)
        fields[Field.RESPONSABILE] = value
    elif new_office and not old_office and person_in(old):
        fields.setdefault(Field.SETTORE, value)
    elif _STAFF_GRADE_RE.search(value) and not _STAFF_GRADE_RE.search(old) \
            or not re.search(r"[^\W\d_]{2}", value):
        # a person given with a staff grade ("Rossi Anna (cat. C)", a procedure officer
        # under the head already named) is staff, not a second head, and a placeholder
        # ("--", "n.d.") no one: the head stays
        return
    else:
        fields[Field.RESPONSABILE] = f"{old} {value}"


# a staff member's grade after their name: "(cat. C)", "categoria D1", as plans list
# the staff under the head of an office
_STAFF_GRADE_RE = re.compile(r"(?i)\b(?:cat\.|categoria)\s*[A-D]\d?\b")


# a titled name after a comma or a dash that closes an office's name
_OFFICE_HEAD_RE = re.compile(rf"\s*(?:,|\s[–—-])\s+(?P<head>(?i:{HONORIFIC})\s+[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+){{1,3}})\s*$")
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-–•▪*]|\d{1,2}[.)]|[a-z]\))\s+")
# the letters of items set in one line ("a) almeno 60%; b) non oltre 12 giorni")
_LETTERED_RE = re.compile(r"(?:^|(?<=[;,])\s*)[a-z]\)\s+")


def _next_is_item(lines: Sequence[Line], k: int, b: int) -> bool:
    nxt = next((j for j in range(k + 1, b + 1) if not lines[j].blank), None)
    return nxt is not None and bool(_LIST_ITEM_RE.match(lines[nxt].raw))


def _next_has_timing(lines: Sequence[Line], k: int, b: int, by_line: dict[int, Label]) -> bool:
    """The next line is another unmarked phase: no label, no cells, a timing of its own."""
    nxt = next((j for j in range(k + 1, b + 1) if not lines[j].blank), None)
    if nxt is None or nxt in by_line or lines[nxt].has_tab:
        return False
    return bool(split_timing(strip_phase_prefix(lines[nxt].clean))[1])


def _is_header_cells(cells: Sequence[str], ln: Line) -> bool:
    """A small table header inside a block ('DESCRIZIONE<TAB>TEMPISTICA',
    'INDICATORE<TAB>VALORE INIZIALE<TAB>TARGET'): short upper-case cells, at least two
    of them known labels (so that 'SETTORE<TAB>AREA TECNICA' stays a label/value);
    in any case when every cell is a known label ('Indicatore<TAB>Target 2024')."""
    if len(cells) < 2 or not all(0 < len(c) <= 40 for c in cells):
        return False
    known = sum(1 for c in cells if looks_like_label(c, strict=True))
    if all(upper_ratio(c) >= 0.8 for c in cells):
        return known >= 2
    # mixed case: only a row of cells ("Label: value" is a field), each a label of the
    # vocabulary itself and each naming another field ("RESPONSABILE<TAB>Responsabile
    # Area X" is a label and its value)
    keys = {canonical_key(c) for c in cells}
    return (ln.has_tab and ":" not in ln.raw and all(is_exact_label(c) for c in cells)
            and len(keys) == len(cells))


def _table_header(ln: Line) -> list[str | None] | None:
    """The column keys of a row whose every cell is a field label ("Indicatore |
    Formula | Target 2025 | Target 2026"), each column once (a target per year keeps
    its year: "target 2025"); None for any other row."""
    cells = [c for c in ln.cells if c]
    if len(cells) < 2 or ":" in ln.raw or any(len(c) > 40 for c in cells):
        return None
    keys: list[str | None] = []
    for cell in cells:
        key = canonical_key(cell, fuzzy=False)
        if key is None and _YEAR_VALUE_RE.fullmatch(cell) and any(
                canonical_key(c, fuzzy=False) == Field.TARGET for c in cells):
            key = Field.BASELINE  # "Valore 2024 | Target 2025": a year's value beside targets is the start
        if key is None and YEAR_RE.fullmatch(cell) and canonical_key(cells[0], fuzzy=False) == Field.INDICATORI:
            # "Indicatore | Baseline 2025 | 2026 | 2027": a bare year beside an indicator
            # heads the value the indicator is to reach that year, its target
            key = Field.TARGET
        if key is None:
            return None
        year = re.search(r"\b20\d\d\b", cell)
        keys.append(f"{key} {year.group()}" if key in (Field.TARGET, Field.BASELINE) and year else key)
    return keys if len(set(keys)) == len(keys) else None


# a column of one year's value ("Valore 2024", "Valore al 31/12/2024")
_YEAR_VALUE_RE = re.compile(r"(?i)valore\s+(?:al\s+)?(?:\d{1,2}/\d{1,2}/)?20\d\d")


def _merged_label_header(ln: Line) -> list[str | None] | None:
    """The header of a small table beside a merged label cell: a row of a label, then
    distinct labels of which one names the label's own field ("Indicatori e target 2026
    | Indicatore | Formula / unità di misura | Target 2026"); its column keys, or None."""
    if not ln.has_tab or ":" in ln.raw:
        return None
    cells = [c for c in ln.cells if c]
    if len(cells) < 3 or any(len(c) > 40 for c in cells):
        return None
    own, keys = canonical_key(cells[0]), [canonical_key(c) for c in cells[1:]]
    if own is None or None in keys or len(set(keys)) < len(keys) or own not in keys:
        return None
    return keys


# A label is a field word with at most a short qualifier ("Dipendenti coinvolti",
# "Personale assegnato all'obiettivo"); a longer first cell is content.
_MAX_LABEL_WORDS = 3


def _is_body_row(ln: Line, lb: Label, columns: Sequence[str | None]) -> bool:
    """Inside a small table, a line with the header's shape is a row even when its first
    cell opens with a field word: the header, not the vocabulary, says what the cells are."""
    cells = [c for c in ln.cells if c]
    return (ln.has_tab and ":" not in lb.label and 1 < len(cells) <= len(columns)
            and len(lb.label.split()) > _MAX_LABEL_WORDS)


def _is_staff_header(cells: Sequence[str]) -> bool:
    """The other column names of a staff table: a few short words, no figures
    ("Categoria", "Attività", "Ruolo nel progetto")."""
    return 1 <= len(cells) <= 4 and all(
        0 < len(c) <= 30 and len(c.split()) <= 3 and not any(ch.isdigit() for ch in c) for c in cells)


def _add_row(cells: list[str], columns: list[str | None], fasi: list[str], indicators: list[list[str]],
             staff: list[str]) -> None:
    """One row of a small table inside a block: a phase, an indicator or a person."""
    filled = [c for c in cells if c]
    if not filled:
        return
    if columns and columns[0] == Field.DIPENDENTI:
        staff.append(filled[0])
        return
    by_key: dict[str, str] = {}
    if len(cells) == len(columns):
        for key, cell in zip(columns, cells, strict=True):
            if key and cell and key not in by_key:
                by_key[key] = cell
    if Field.INDICATORI in columns:
        name = by_key.get(Field.INDICATORI, filled[0])
        target = by_key.get(Field.TARGET, filled[-1] if len(filled) > 1 else "")
        yearly = [(k.split()[-1], v) for k, v in by_key.items() if k.startswith(f"{Field.TARGET} ")]
        if yearly:  # a target per year, each with its year (one alone is the target)
            target = "; ".join(f"{y}: {v}" for y, v in yearly) if len(yearly) > 1 else yearly[0][1]
        # the value the indicator starts from is part of it, as plans write it beside the
        # name ("Pratiche evase – baseline 2024: 1.250"), with its year when the column has one
        if start := next(((k, v) for k, v in by_key.items() if k.split()[0] == Field.BASELINE and v != name), None):
            year = start[0].split()[1:]
            name = f"{name} – baseline {year[0] + ': ' if year else ''}{start[1]}"
        indicators.append([name, target if target != name else ""])
        return
    desc = by_key.get(Field.FASI) or by_key.get(Field.MOTIVAZIONE) or filled[0]
    timing = by_key.get(Field.SCADENZA, filled[-1] if len(filled) > 1 else "")
    fasi.append(join_pair(desc, timing) if timing != desc else desc)


def _derive_block_fields(fields: dict[str, str]) -> None:
    if Field.RESPONSABILE not in fields and (office := fields.get(Field.SETTORE)) \
            and (m := _OFFICE_HEAD_RE.search(office)) and person_in(m.group("head")) \
            and not TITLED_NAME_RE.search(office[:m.start()]):
        # "Struttura competente: Settore II – Finanziario, rag. Anna Neri": an office
        # followed by its head's titled name names both (one office and one head: of
        # several offices, each with its head, none is the objective's only one)
        fields[Field.SETTORE] = office[:m.start()].strip()
        fields[Field.RESPONSABILE] = m.group("head").strip()
    if (
        Field.SETTORE not in fields
        and (resp := fields.get(Field.RESPONSABILE))
        and (area := settore_from_responsabile(resp))
    ):
        fields[Field.SETTORE] = area
    if (
        Field.CODICE not in fields
        and (os_ := fields.get(Field.OBIETTIVO_STRATEGICO))
        and (m := _CODE_PREFIX_RE.match(os_))
    ):
        code = m.group(1).rstrip(".")
        if "." in code or len(code) <= 2:
            fields[Field.CODICE] = code
