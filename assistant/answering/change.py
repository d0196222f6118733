"""The change between two figures a question asks for, which no passage states.

"Di quanto è cresciuto il riciclo tra il 2022 e il 2024?", "di quanti punti
deve salire nel 2027 rispetto alla baseline?": the plan states each year's
figure ("dal 58,2% del 2022 al 63,0% del 2024", "baseline 2025: 40%; target 2027:
70%"), not their difference. The difference is computed from the statement that gives
both, and said with the two figures it comes from, so that a person can check it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# a question about how much something changes: "di quanto", "di quanti punti / giorni",
# "quanto in più / in meno"
_ASKS_CHANGE = re.compile(r"(?i)\bdi\s+quant[oiae]\b|\bquant[oiae]\s+(?:[^\W\d_]+\s+)?in\s+(?:pi[uù]|meno)\b")
# the measure a question counts the change in ("di quanti km", "di quante ore"): a noun
# agrees with the plural "quanti / quante"; "di quanto" is followed by a verb
_ASKED_UNIT = re.compile(r"(?i)\bdi\s+quant[ie]\s+([^\W\d_]{2,})")
# the starting value a question compares with when it names one year only
_BASELINE_ASKED = re.compile(r"(?i)\b(?:baseline|valore\s+di\s+partenza|valore\s+iniziale|partenza)\b")
# a figure as plans write it ("58,2%", "1.500", "60"), with the unit that follows it
_FIGURE = r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(%|giorni\b|punti\b)?"
_BASELINE = re.compile(rf"(?i)\b(?:baseline|valore\s+di\s+partenza|valore\s+iniziale)(?:\s+(?:al\s+)?(?:\d{{2}}/\d{{2}}/)?(20\d\d))?\s*[:=]?\s*(?:€\s*)?{_FIGURE}")


@dataclass(frozen=True)
class Change:
    text: str  # the difference, said with the figures it comes from
    source: str  # the statement that gives both figures


def _figure_of(year: str, text: str) -> tuple[float, str, str] | None:
    """(value, as written, unit) of the figure the text states for `year`: after it
    ("2025: 60", "target 2027: 70%") or before it ("58,2% del 2022")."""
    m = re.search(rf"\b{year}\b\s*[:=]\s*(?:€\s*)?{_FIGURE}", text) \
        or re.search(rf"{_FIGURE}\s+(?:del|nel|al|per\s+il)\s+{year}\b", text)
    if m is None:
        return None
    written = m.group(1)
    return float(written.replace(".", "").replace(",", ".")), written, m.group(2) or ""


def _said(value: float) -> str:
    """A figure in Italian notation ("4,7", "14", "38.500")."""
    said = f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return said.translate(str.maketrans(",.", ".,"))


def asked_change(question: str, years: Sequence[str], statements: Sequence[str]) -> Change | None:
    """The change between the two years the question names (or its one year and the
    baseline it names) in the first statement that states a figure for each; None when
    no change is asked or no statement gives both figures."""
    if not _ASKS_CHANGE.search(question):
        return None
    for text in statements:
        if len(years) >= 2:
            # (from the earlier year to the later, in whichever order the question names
            # them: "quanto in meno nel 2027 rispetto al 2024")
            early, late = min(years), max(years)
            first, last = _figure_of(early, text), _figure_of(late, text)
            labels = (early, late)
        elif len(years) == 1 and _BASELINE_ASKED.search(question):
            if (m := _BASELINE.search(text)) is None:
                continue
            base = float(m.group(2).replace(".", "").replace(",", "."))
            first, last = (base, m.group(2), m.group(3) or ""), _figure_of(years[0], text)
            labels = (f"la baseline{' ' + m.group(1) if m.group(1) else ''}", years[0])
        else:
            return None
        if first is None or last is None:
            continue
        unit = first[2] or last[2] or ("giorni" if re.search(r"(?i)\bgiorni\b", text) else "")
        diff = last[0] - first[0]
        word = {"%": "punti percentuali", "giorni": "giorni", "punti": "punti"}.get(unit, "")
        if not word and (asked := _ASKED_UNIT.search(question)):
            word = asked.group(1).casefold()
        shown = [f"{f[1]}{'%' if unit == '%' else ''}" for f in (first, last)]
        where = [y if y.startswith("la ") else f"il {y}" for y in labels]
        trend = "in più" if diff > 0 else "in meno" if diff < 0 else "invariato"
        amount = f"{_said(abs(diff))} {word}".strip() if diff else ""
        return Change(f"differenza: {amount} {trend}".replace("  ", " ").strip()
                      + f" (da {shown[0]} per {where[0]} a {shown[1]} per {where[1]})", text)
    return None
