"""Overview listings of sector pages: one SUMMARY entry per objective, each closed
by its deadline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.structure.lines import Line, next_nonblank, prev_nonblank
from ingest.structure.orgchart import is_settore_heading
from ingest.structure.sector_labels import (
    DEADLINE_RE,
    TAG_LINE_RE,
    is_code_line,
    sp_label,
    split_code,
)
from ingest.text import Field, upper_ratio


def _deadline_at(lines: Sequence[Line], k: int, hi: int) -> tuple[int, str] | None:
    """(last line, date) of a deadline statement starting at line k: 'da realizzare
    entro il 31/12/2024', possibly with the date on the next non-blank line."""
    s = lines[k].clean
    if m := DEADLINE_RE.search(s):
        return k, m.group(1)
    if re.search(r"(?i)\bentro(?:\s+il)?\s*:?$", s):
        nxt = next_nonblank(lines, k + 1, hi + 1)
        if nxt is not None and (m := re.match(r"^(\d{1,2}/\d{1,2}/\d{2,4})\b", lines[nxt].clean)):
            return nxt, m.group(1)
    return None


def find_summary_entries(
    lines: Sequence[Line], lo: int, hi: int, taken: set[int]
) -> list[tuple[int, int, dict[str, str]]]:
    """Entries of an overview listing: each ends with its deadline; text between a
    deadline and the next code line (e.g. a coordinating settore) belongs to the
    entry before."""
    k = next_nonblank(lines, lo, hi + 1)
    if k is not None and sp_label(lines[k]) == "settori":
        lo = k + 1
    deadlines: list[tuple[int, str]] = []
    k = lo
    while k <= hi:
        if k not in taken and not lines[k].blank and (dl := _deadline_at(lines, k, hi)):
            deadlines.append(dl)
            k = dl[0] + 1
            continue
        k += 1
    entries: list[list[int]] = []
    seg_start = lo
    for d, _date in deadlines:
        seg = [seg_start, d]
        code = next((x for x in range(seg_start, d) if is_code_line(lines[x].clean)), None)
        first_content = next_nonblank(lines, seg_start, d)
        if entries and code is not None and first_content is not None and code > first_content:
            entries[-1][1] = prev_nonblank(lines, code - 1, seg_start) or entries[-1][1]
            seg = [code, d]
        entries.append(seg)
        seg_start = d + 1
    if not deadlines:
        codes = [x for x in range(lo, hi + 1) if is_code_line(lines[x].clean)]
        for n, c in enumerate(codes):
            end = codes[n + 1] - 1 if n + 1 < len(codes) else hi
            entries.append([c, prev_nonblank(lines, end, c) or c])
    out = []
    for first, last in entries:
        first_nb = next_nonblank(lines, first, last + 1)
        if first_nb is None:
            continue
        out.append((first_nb, last, _summary_fields(lines, first_nb, last)))
    return out


def _summary_fields(lines: Sequence[Line], first: int, last: int) -> dict[str, str]:
    """Code, title, settore and deadline of one overview entry, line by line (the
    entry may come without blank lines when the text was extracted from a PDF)."""
    fields: dict[str, str] = {}
    title: list[str] = []
    title_open = True
    settore = ""
    k = first
    while k <= last:
        ln = lines[k]
        s = ln.clean
        if ln.blank:
            if title:
                title_open = False
            k += 1
            continue
        if dl := _deadline_at(lines, k, last):
            fields.setdefault(Field.SCADENZA, dl[1])
            title_open = False
            k = dl[0] + 1
            continue
        if is_settore_heading(s):
            text = s
            nxt = k + 1
            if nxt <= last and not lines[nxt].blank and upper_ratio(lines[nxt].clean) >= 0.9 \
                    and not DEADLINE_RE.search(lines[nxt].clean) and not TAG_LINE_RE.match(lines[nxt].clean) \
                    and not is_settore_heading(lines[nxt].clean) and not re.search(r"(?i)\bentro\b", lines[nxt].clean):
                text = f"{text} {lines[nxt].clean}"
                k = nxt
            settore = settore or text
            title_open = False
            k += 1
            continue
        if k == first and is_code_line(s):
            code, rest = split_code(s)
            fields[Field.CODICE] = code
            if rest:
                title.append(rest)
        elif title_open and not (title and TAG_LINE_RE.match(s) and not s.startswith("OBIETTIVO PLURIENNALE")):
            title.append(re.sub(r"^[-–•]\s*", "", s))
        k += 1
    if title:
        fields[Field.TITOLO] = " ".join(title).strip()
    if settore:
        fields[Field.SETTORE] = settore
        fields[Field.RESPONSABILE] = settore
    return fields
