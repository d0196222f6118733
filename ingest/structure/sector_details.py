"""Detail pages of sector-page objectives: code and title, description, phases,
indicators and employees."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.structure.lines import Line, next_nonblank, paragraph_end, paragraphs, prev_nonblank
from ingest.structure.orgchart import is_person_name
from ingest.structure.sector_labels import (
    BOILERPLATE_RE,
    CRITICAL_RE,
    DIPENDENTI_RE,
    INDICATOR_RE,
    PHASES_RE,
    TAG_LINE_RE,
    TARGET_RE,
    is_body_marker,
    is_code_line,
    run_values,
    split_code,
)
from ingest.structure.timing import TIMING_RE, split_timing, strip_phase_prefix
from ingest.text import Field, clean_text, is_bullet, join_items, join_pair, upper_ratio


@dataclass(slots=True)
class Objective:
    first: int
    last: int
    fields: dict[str, str]
    title: str
    settore: str


def parse_objective(
    lines: Sequence[Line], first: int, last: int, labels: dict[int, str], settore: str, area: str, os_: str
) -> Objective:
    fields: dict[str, str] = {}
    run = [k for k in range(first, last + 1) if k in labels and labels[k] in ("area", "os", "oo")]
    values = run_values(lines, run, labels) if run else {}
    if values.get("area"):
        area, os_ = values["area"], ""
    if values.get("os"):
        os_ = values["os"]
    oo = next((k for k in run if labels[k] == "oo"), None)
    k = (oo + 1) if oo is not None else first
    k = next_nonblank(lines, k, last + 1) or k
    code, title, body_start = _code_and_title(lines, k, last)
    fields.update({Field.CODICE: code, Field.TITOLO: title, Field.AREA_STRATEGICA: area, Field.OBIETTIVO_STRATEGICO: os_})
    if settore:
        fields[Field.SETTORE] = settore
        fields[Field.RESPONSABILE] = settore
    fields.update(_detail_sections(lines, body_start, last))
    return Objective(first, last, {k: v for k, v in fields.items() if v}, title, settore)


def _code_and_title(lines: Sequence[Line], k: int, last: int) -> tuple[str, str, int]:
    """Code and title at the top of a detail page; returns the body start line."""
    if k > last:
        return "", "", k
    end = paragraph_end(lines, k, last + 1)
    if is_code_line(lines[k].clean):
        code, rest = split_code(lines[k].clean)
        more = [lines[x].clean for x in range(k + 1, end)]
        title = " ".join(x for x in [rest, *more] if x)
        if not title:
            nxt = next_nonblank(lines, end, last + 1)
            if nxt is not None and not is_body_marker(lines[nxt].clean):
                end2 = paragraph_end(lines, nxt, last + 1)
                title = " ".join(lines[x].clean for x in range(nxt, end2))
                end = end2
        if TAG_LINE_RE.match(title.strip("* ")):
            # "OBIETTIVO PLURIENNALE - FASE 2" only qualifies the objective: its
            # name is the short paragraph that follows
            nxt = next_nonblank(lines, end, last + 1)
            if nxt is not None and not is_body_marker(lines[nxt].clean) and not is_code_line(lines[nxt].clean):
                end2 = paragraph_end(lines, nxt, last + 1)
                following = " ".join(lines[x].clean for x in range(nxt, end2))
                if len(following) <= 250 and not TAG_LINE_RE.match(following):
                    title = f"{title.strip('* ')} {following}"
                    end = end2
        return code, title.strip("* "), end
    title = " ".join(lines[x].clean for x in range(k, end))
    return "", re.sub(r"^[-–•]\s*", "", title).strip("* "), end


def detail_sections(lines: Sequence[Line], lo: int, hi: int) -> list[tuple[int, str]]:
    """Sub-section starts inside a detail page: (line index, label)."""
    marks: list[tuple[int, str]] = []
    group_has_boilerplate = False
    for k in range(lo, hi + 1):
        ln = lines[k]
        s = ln.clean
        if ln.blank:
            continue
        if PHASES_RE.match(s):
            marks.append((k, "Fasi e tempi"))
        elif CRITICAL_RE.match(s):
            marks.append((k, "Fattori critici"))
        elif INDICATOR_RE.match(s):
            marks.append((k, "Indicatori"))
            group_has_boilerplate = False
        elif DIPENDENTI_RE.match(s):
            marks.append((k, "Dipendenti"))
        elif BOILERPLATE_RE.match(s) and not BOILERPLATE_RE.match(lines[prev_nonblank(lines, k - 1, lo) or k].clean):
            in_indicator = bool(marks) and marks[-1][1] == "Indicatori"
            if in_indicator and not group_has_boilerplate:
                group_has_boilerplate = True
                continue
            # an indicator without its "indicatore di ..." header starts at its name
            name = prev_nonblank(lines, k - 1, lo)
            if name is not None and (not marks or marks[-1][0] < name):
                para = name
                while para - 1 > lo and not lines[para - 1].blank:
                    para -= 1
                marks.append((para, "Indicatori"))
                group_has_boilerplate = True
    return marks


def _detail_sections(lines: Sequence[Line], lo: int, hi: int) -> dict[str, str]:
    fields: dict[str, str] = {}
    marks = detail_sections(lines, lo, hi)
    bounds = [(lo, "Descrizione")] + marks
    description: list[str] = []
    fasi: list[str] = []
    indicators: list[str] = []
    people: list[str] = []
    for n, (start, label) in enumerate(bounds):
        end = bounds[n + 1][0] - 1 if n + 1 < len(bounds) else hi
        if label == "Descrizione":
            description = [t for _, t in paragraphs(lines, start, end + 1)]
        elif label == "Fasi e tempi":
            fasi.extend(_phases(lines, start, end))
        elif label == "Indicatori":
            indicators.extend(_indicators(lines, start, end))
        elif label == "Dipendenti":
            people.extend(_employees(lines, start + 1, end))
    # phases written as plain paragraphs right after "... le seguenti fasi:" are in
    # the description when no phase header exists; bullets with timings count too
    if not fasi:
        fasi = [p for p in _phases_from_description(description)]
    if description:
        motive = next((d for d in description if not TAG_LINE_RE.match(d) and len(d) > 40 and not is_bullet(d)), "")
        if motive:
            fields[Field.MOTIVAZIONE] = motive
    fields[Field.FASI] = join_items(fasi)
    fields[Field.INDICATORI] = join_items(indicators)
    fields[Field.DIPENDENTI] = join_items(people)
    return fields


_LIST_MARK_RE = re.compile(r"(?i)^(?:[-–•]\s|fase\s*\d|\d{1,2}\s*[).]\s|[a-z]\)\s)")


def _phases(lines: Sequence[Line], start: int, end: int) -> list[str]:
    items: list[str] = []
    pending: list[int] = []  # items still waiting for a shared timing line
    body = [k for k in range(start + 1, end + 1) if not lines[k].blank]
    # when the phases are a (numbered) list, lines outside the list are notes
    listed = sum(1 for k in body if _LIST_MARK_RE.match(lines[k].clean)) >= 2
    for k in body:
        ln = lines[k]
        s = ln.clean
        if listed and not _LIST_MARK_RE.match(s) and not TIMING_RE.match(s):
            if TAG_LINE_RE.match(s):
                break
            continue
        if TAG_LINE_RE.match(s) or (upper_ratio(s) >= 0.9 and not re.match(r"(?i)^(fase|[-–•\d])", s) and not TIMING_RE.match(s)):
            break  # "OBIETTIVO DI ..." closes the phase list
        if TIMING_RE.match(s) and pending and len(s) <= 40:
            for p in pending:
                items[p] = join_pair(items[p], s)
            pending = []
            continue
        desc, timing = split_timing(strip_phase_prefix(s))
        if not desc:
            continue
        items.append(join_pair(desc, timing))
        if not timing:
            pending.append(len(items) - 1)
        else:
            pending = []
    return items


def _phases_from_description(description: list[str]) -> list[str]:
    out: list[str] = []
    started = False
    for para in description:
        if re.search(r"(?i)\bfasi\b.*:$", para):
            started = True
            continue
        if started:
            desc, timing = split_timing(strip_phase_prefix(para))
            if not timing:
                break
            out.append(join_pair(desc, timing))
    return out


def _indicators(lines: Sequence[Line], start: int, end: int) -> list[str]:
    """One indicator group: 'indicatore di X' / name / boilerplate / target label + value."""
    name_parts: list[str] = []
    target = ""
    k = start
    if INDICATOR_RE.match(lines[k].clean):
        k += 1
    target_label: str | None = None
    for x in range(k, end + 1):
        ln = lines[x]
        if ln.blank:
            continue
        if ln.has_tab or "<input" in ln.raw:
            cells = [c for c in (clean_text(re.sub(r"<input[^>]*>", "", c)) for c in ln.raw_cells) if c]
            for n, c in enumerate(cells):
                if tm := TARGET_RE.match(c):
                    inline = c[tm.end():].strip(" :")
                    if inline:  # "data prevista 30/09/2024" in one cell
                        target = _kept_target(target, _format_target(tm.group(1), inline))
                    elif n + 1 < len(cells):
                        target = _kept_target(target, _format_target(c, cells[n + 1]))
                    else:
                        target_label = c
                elif target_label and not BOILERPLATE_RE.match(c):
                    target = _kept_target(target, _format_target(target_label, c))
                    target_label = None
            continue
        s = ln.clean
        if BOILERPLATE_RE.match(s):
            continue
        if TARGET_RE.match(s):
            tm = TARGET_RE.match(s)
            assert tm is not None
            rest = s[tm.end():].strip(" :")
            if rest:
                target = _kept_target(target, _format_target(tm.group(1), rest))
            else:
                target_label = tm.group(1)
            continue
        if target_label:
            target = _kept_target(target, _format_target(target_label, s))
            target_label = None
            continue
        if not target:
            name_parts.append(s)
    name = " ".join(name_parts).strip()
    if not name and not target:
        return []
    return [join_pair(name, target)]


def _kept_target(old: str, new: str) -> str:
    """The target an indicator keeps when the page states it twice.

    A bare figure restating one of the figures an earlier target statement already
    gives ("dato di arrivo: svolgimento 30 servizi" then "dimensione attesa 30")
    adds nothing and would lose the unit and the noun; the fuller statement stays.
    """
    figure = new.strip()
    if old and re.fullmatch(r"[\d.,]+%?", figure) and figure in re.findall(r"\d[\d.,]*%?", old):
        return old
    return new


def _format_target(label: str, value: str) -> str:
    value = value.strip()
    if label.strip().startswith("%") and value and not value.endswith("%") and re.match(r"^[\d.,]+$", value):
        return value + "%"
    return value


def _employees(lines: Sequence[Line], start: int, end: int) -> list[str]:
    people: list[str] = []
    for k in range(start, end + 1):
        ln = lines[k]
        if ln.blank:
            continue
        cells = [c for c in ln.cells if c] if ln.has_tab else [ln.clean]
        if cells and is_person_name(cells[0]):
            people.append(cells[0])
    return people
