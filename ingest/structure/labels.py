"""Label lines ("LABEL<TAB>value", "Label: value", "Obiettivo 3 - ..."): which lines
open a field, for labelled blocks and sub-sections."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.structure.lines import Line
from ingest.structure.vocabulary import EXPLAINED_RE, is_known_label
from ingest.text import DATE_RE, clean_text, is_bullet, n_letters, upper_ratio


@dataclass(slots=True)
class Label:
    line: int
    label: str  # cleaned label text
    value: str  # cleaned inline value ("" when the value follows on next lines)
    cells: list[str]


# "Label: value", also as a bullet ("- **Responsabile:** …") with the colon inside or
# outside the bold markup, with a year or number after the label ("Target 2025:"), the
# years of a row of values ("Valore obiettivo 2026 / 2027 / 2028:") or the unit of its
# value ("Peso %:")
_COLON_LABEL_RE = re.compile(
    r"^\s*(?:[-•*▪–]\s+)?(?:\*\*|__)?(?P<label>[A-Za-zÀ-ÿ°'’ ./()]{2,50}?"
    r"(?:\s*n?\.?\s*\d{1,4}(?:\.\d{1,2})*(?:\s*[/–-]\s*(?:19|20)\d\d)*)?(?:\s*%)?"
    # (with the parenthesis that explains it: "Misurazione (indicatore – partenza – 2026):")
    r"(?:\s*\([^()]{1,80}\))?)"
    r"(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?P<value>.*)$"
)
# "Label ........ value": a dot leader leads a typed form's label to its value, as a
# colon does (a label too long for its column keeps one dot: "Dirigente responsabile .
# rag. …"); only a known label counts, since a dot also ends sentences
_LEADER_LABEL_RE = re.compile(r"^\s*(?P<label>[A-Za-zÀ-ÿ'’ /()]{2,50}?)\s+\.(?:\s?\.)*\s+(?P<value>\S.*)$")
# a label set in bold, alone or before a dash and its value
_BOLD_LABEL_RE = re.compile(r"^\s*(?:\*\*|__)(?P<label>[^*_]{2,60}?)(?:\*\*|__)\s*(?:$|[—–-]\s*(?P<value>\S.*)$)")
# "Obiettivo 1 - Digitalizzare ...": a numbered objective opening its block
# (also as a markdown heading, "### Obiettivo 1.1 – …": the same code and title)
_NUMBERED_OBJECTIVE_RE = re.compile(
    r"(?i)^\s*(?:#{1,6}\s+)?(?:\*\*)?(?P<label>(?:obiettivo|scheda(?:\s+obiettivo)?|progetto|azione|intervento)"
    r"(?:\s+(?:operativo|specifico|di\s+performance|gestionale))?\s*(?:n\.?|nr\.?|numero)?\s*"
    # (a code may open with a letter or two: "Obiettivo T1", "Scheda OB-3", or with the
    # plan's year: "Scheda obiettivo 2026/03")
    r"(?:[A-Za-z]{1,3}[-.]?)?(?:20\d\d/)?\d{1,3}(?:\.\d{1,2})*)"
    # (a card's heading may stand alone, its title in a labelled row below it)
    r"(?:\s*(?:[-–:.)]\s*|\s+)(?P<value>\S.*?))?\s*(?:\*\*)?$"
)


def parse_label(ln: Line) -> Label | None:
    """'LABEL<TAB>value', 'LABEL: value' or a standalone known label line."""
    if ln.blank:
        return None
    if ln.has_tab:
        cells = ln.cells
        first = next((c for c in cells if c), "")
        if first != cells[0]:
            return None  # leading empty cell: a table continuation row
        if sum(1 for c in cells if c) > 3:
            return None  # a row of a wide table, not "LABEL<TAB>value"
        if looks_like_label(first, strict=False):
            rest = [c for c in cells[1:] if c]
            return Label(ln.idx, first.rstrip(":"), " ".join(rest), rest)
        return None
    if (m := _NUMBERED_OBJECTIVE_RE.match(ln.raw)) and len(ln.clean) < 300:
        value = clean_text(m.group("value") or "")
        return Label(ln.idx, clean_text(m.group("label")), value, [value])
    if (m := _LEADER_LABEL_RE.match(ln.raw)) and looks_like_label(label := clean_text(m.group("label")), strict=True):
        value = clean_text(m.group("value"))
        return Label(ln.idx, label, value, [value])
    if m := _COLON_LABEL_RE.match(ln.raw):
        label = clean_text(m.group("label"))
        # (a label set in bold is one by its typography, known or not: "**Perché lo
        # facciamo:**" closes the field above it)
        bold = bool(re.match(r"^\s*(?:[-•*▪–]\s+)?(?:\*\*|__)", ln.raw)) and 0 < len(label.split()) <= 5
        if (looks_like_label(label, strict=True) or bold) and not re.match(r"(?i)^(https?|www)", label):
            value = clean_text(m.group("value"))
            return Label(ln.idx, label, value, [value] if value else [])
    if (m := _BOLD_LABEL_RE.match(ln.raw)) and looks_like_label(clean_text(m.group("label")), strict=True):
        # typography marks the label: "**Finalità**" alone on its line (the value
        # follows), "**Settore competente** — Settore X"
        value = clean_text(m.group("value") or "")
        return Label(ln.idx, clean_text(m.group("label")), value, [value] if value else [])
    if looks_like_label(ln.clean.rstrip(":"), strict=True) and upper_ratio(ln.clean) >= 0.8:
        return Label(ln.idx, ln.clean.rstrip(":"), "", [])
    return None


def looks_like_label(s: str, strict: bool) -> bool:
    s = EXPLAINED_RE.sub("", s) or s  # (a label is judged by its words, not its explanation)
    if not s or len(s) > 60 or n_letters(s) < 2 or len(s.split()) > 7:
        return False
    # a sentence ends with a period; a label only with an abbreviated word ("Cod.",
    # "Dirigente/Responsabile P.O."), and then it is one of the known labels
    abbreviated = s.endswith(".") and re.search(r"(?:^|\s|/)(?:[A-Za-z]{1,4}\.)+$", s) is not None
    if s.endswith((";", ",")) or s.endswith(".") and not (abbreviated and is_known_label(s)) or is_bullet(s):
        return False
    if is_known_label(s):
        return True
    if strict:
        return False
    return upper_ratio(s) >= 0.8 and not DATE_RE.search(s)
