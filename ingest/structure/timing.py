"""Timings of phases ("GENNAIO - OTTOBRE", "entro il 31/12"): shared by labelled blocks
and sector pages."""

from __future__ import annotations

import re

from ingest.text import DATE_RE

_MONTHS = (
    r"gen(?:naio|n)?|feb(?:braio|b)?|mar(?:zo)?|apr(?:ile)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|"
    r"ago(?:sto)?|set(?:tembre|t)?|ott(?:obre)?|nov(?:embre)?|dic(?:embre)?"
)
TIMING_RE = re.compile(
    # (a day may come before the month's name: "entro il 30 giugno 2026", "dal 4 maggio")
    rf"(?i)^(?:\(?\s*(?:tempi\s+)?(?:da\s+|dal\s+|entro\s+(?:il\s+)?|fino\s+a\s+)?(?:(?:\d{{1,2}}°?\s+)?(?:{_MONTHS})|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|20\d\d|(?:(?:[IV]{{1,3}}|\d)\s*°?\s*|primo\s+|secondo\s+|terzo\s+|quarto\s+)?(?:trimestr|semestr|quadrimestr|bimestr)\w*|annual\w*|mensil\w*|periodic\w*|tutto l.anno)\b"
    rf"[\w\s/\-–.,']*\)?)$"
)


def split_timing(item: str) -> tuple[str, str]:
    """'Rilievo alberature GENNAIO - OTTOBRE' -> ('Rilievo alberature', 'GENNAIO - OTTOBRE')."""
    s = item.strip().rstrip(";.").strip()
    m = re.search(r"\(\s*(?:tempi\s+)?([^()]*)\)\s*;?$", s, re.IGNORECASE)
    if m and (m.group(0).lower().lstrip("( ").startswith("tempi") or TIMING_RE.match(m.group(1).strip())):
        head = s[: m.start()].strip(" ;,:-–")
        if head:
            return head, m.group(1).strip()
    # separators: ": ", " - ", " – ", "; " followed by a timing expression
    for sep in re.finditer(
        r"\s*(?::|\s[-–]|;|(?<=\w\w)\.)\s+"
        r"|\s+(?=(?:(?i:da|dal)\s+)?(?:GEN|FEB|MAR|APR|MAG|GIU|LUG|AGO|SET|OTT|NOV|DIC)[A-Z]*\b)"
        # (or written in lower case, "da febbraio ad aprile 2026", "dal 4 maggio 2026")
        rf"|\s+(?=(?i:da|dal)\s+(?:\d{{1,2}}°?\s+)?(?i:{_MONTHS})\b)"
        # ("Rilievo dei loculi entro il 15/04/2026": a deadline closing the step)
        r"|\s+(?=(?i:entro)\s)",
        s,
    ):
        tail = s[sep.end():].strip()
        if tail and TIMING_RE.match(tail) and len(tail) <= 60:
            head = s[: sep.start()].strip(" :-–;,")
            if head:
                return head, tail
    # the timing first, as a lead-in ("entro marzo 2026: scansione dei fascicoli")
    if (m := re.match(r"([^:]{3,60}):\s+(\S.*)$", s)) and TIMING_RE.match(m.group(1).strip()):
        return m.group(2).strip(), m.group(1).strip()
    return s, ""


# Several items in one cell, as word processors print lists: bullets, or a numbering
# that restarts at 1 ("1) … 2) …", "1. … 2. …").
_BULLET_SPLIT_RE = re.compile(r"\s*[•▪●◦]\s*")
_NUMBERED_ITEM_RE = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+(?=\S)")


def cell_items(value: str) -> list[str]:
    """The items of a table cell that lists several (bullets or 1), 2), …), else the cell."""
    if len(parts := [p for p in _BULLET_SPLIT_RE.split(value) if p.strip()]) > 1 or value.lstrip().startswith(("•", "▪", "●")):
        return [p.strip() for p in parts]
    # a dash used as the bullet: the cell opens with it and it recurs between items
    if (m := re.match(r"^\s*([-–])\s+", value)) and len(parts := re.split(rf"\s+{m.group(1)}\s+", value[m.end():])) > 1:
        return [p.strip() for p in parts if p.strip()]
    marks = list(_NUMBERED_ITEM_RE.finditer(value))
    numbers = [int(m.group(1)) for m in marks]
    if len(marks) >= 2 and numbers == list(range(1, len(marks) + 1)) and marks[0].start() == 0:
        bounds = [m.end() for m in marks]
        ends = [m.start() for m in marks[1:]] + [len(value)]
        return [value[a:b].strip() for a, b in zip(bounds, ends)]
    # steps each opened by their date and a colon ("entro 31/03/2026: … entro 30/06/2026:
    # …"): a list whose line breaks the cell lost, the date marking each item
    dated = [m.start() for m in _DATED_ITEM_RE.finditer(value)]
    if len(dated) >= 2 and dated[0] == 0:
        return [value[a:b].strip() for a, b in zip(dated, [*dated[1:], len(value)])]
    # steps joined by semicolons, each with a date of its own ("progetto entro il
    # 31/03/2026; gara entro il 31/05/2026"): a list written on one line
    # (or a month of the year: "entro il 30 giugno 2026; attestazione entro il 30 novembre 2026")
    steps = [p.strip() for p in value.split(";") if p.strip()]
    if len(steps) >= 2 and all(DATE_RE.search(p) or _DEADLINE_RE.search(p) or _MONTH_OF_YEAR_RE.search(p)
                               for p in steps):
        return steps
    return [value]


# "entro marzo 2026", "entro fine giugno": a step's own deadline, said in words
_DEADLINE_RE = re.compile(rf"(?i)\bentro\s+(?:il\s+|la\s+)?(?:fine\s+)?(?:{_MONTHS})\b")
# a month with its year ("30 novembre 2026", "da febbraio ad aprile 2026")
_MONTH_OF_YEAR_RE = re.compile(rf"(?i)\b(?:{_MONTHS})\s+(?:del\s+)?20\d\d\b")


_DATE = DATE_RE.pattern.removeprefix(r"\b").removesuffix(r"\b")  # (a date inside an item's opening)
_DATED_ITEM_RE = re.compile(
    rf"(?i)(?:^|(?<=\s))(?:entro(?:\s+il)?|dal|dall['’]|a\s+partire\s+dal|il)\s*{_DATE}(?:\s+al\s+{_DATE})?\s*:")


_PHASE_PREFIX_RE = re.compile(r"(?i)^(?:[-–•]\s*)?(?:fase\s*\d+\s*[:.\-–)]?\s*|\d{1,2}\s*[).]\s*|[a-z]\)\s*)?")


def strip_phase_prefix(s: str) -> str:
    s = re.sub(r"^[-–•]\s*", "", s.strip())
    return _PHASE_PREFIX_RE.sub("", s, count=1).strip()
