"""Timings of phases ("GENNAIO - OTTOBRE", "entro il 31/12"): shared by labelled blocks
and sector pages."""

from __future__ import annotations

import re

_MONTHS = (
    r"gen(?:naio|n)?|feb(?:braio|b)?|mar(?:zo)?|apr(?:ile)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|"
    r"ago(?:sto)?|set(?:tembre|t)?|ott(?:obre)?|nov(?:embre)?|dic(?:embre)?"
)
TIMING_RE = re.compile(
    rf"(?i)^(?:\(?\s*(?:tempi\s+)?(?:da\s+|dal\s+|entro\s+(?:il\s+)?|fino\s+a\s+)?(?:{_MONTHS}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|20\d\d|trimestr\w*|semestr\w*|annual\w*|mensil\w*|periodic\w*|tutto l.anno)\b"
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
        r"|\s+(?=(?:(?i:da|dal)\s+)?(?:GEN|FEB|MAR|APR|MAG|GIU|LUG|AGO|SET|OTT|NOV|DIC)[A-Z]*\b)",
        s,
    ):
        tail = s[sep.end():].strip()
        if tail and TIMING_RE.match(tail) and len(tail) <= 60:
            head = s[: sep.start()].strip(" :-–;,")
            if head:
                return head, tail
    return s, ""


_PHASE_PREFIX_RE = re.compile(r"(?i)^(?:[-–•]\s*)?(?:fase\s*\d+\s*[:.\-–)]?\s*|\d{1,2}\s*[).]\s*|[a-z]\)\s*)?")


def strip_phase_prefix(s: str) -> str:
    s = re.sub(r"^[-–•]\s*", "", s.strip())
    return _PHASE_PREFIX_RE.sub("", s, count=1).strip()
