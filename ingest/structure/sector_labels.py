"""Vocabulary and line markers of sector pages (label lines, code lines, section
markers), shared by the overview and the detail-page parsers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.structure.lines import Line, paragraphs
from ingest.structure.vocabulary import label_key

_SP_LABELS = {
    "INDIRIZZO STRATEGICO": "area", "INDIRIZZO": "area", "AREA STRATEGICA": "area",
    "LINEA STRATEGICA": "area", "AMBITO STRATEGICO": "area", "LINEA DI MANDATO": "area",
    "OBIETTIVO STRATEGICO": "os", "OBIETTIVI STRATEGICI": "os",
    "OBIETTIVO OPERATIVO": "oo", "OBIETTIVO DI PERFORMANCE": "oo", "OBIETTIVO GESTIONALE": "oo",
    "OBIETTIVI OPERATIVI": "oos", "OBIETTIVI DI PERFORMANCE": "oos", "OBIETTIVI GESTIONALI": "oos",
    "SETTORI": "settori", "SETTORE": "settori", "SETTORE RESPONSABILE": "settori",
}
_CODE_LINE_RE = re.compile(r"(?i)^\W{0,4}(?:r[ie]f(?:erimento)?\.?\s*(?:al\s+)?dup\b|cod(?:ice)?\.?\s*(?:ob\w*\s*)?[:n.]?\s*\d)")
DEADLINE_RE = re.compile(r"(?i)\b(?:da\s+realizzare\s+)?entro\s+(?:il\s+)?(\d{1,2}/\d{1,2}/\d{2,4})")
DIPENDENTI_RE = re.compile(r"(?i)^(?:dipendenti|personale|risorse umane|collaboratori)\b.{0,40}(?:partecip|coinvolt|assegnat|obiettivo)")
INDICATOR_RE = re.compile(r"(?i)^indicator[ei]\b")
BOILERPLATE_RE = re.compile(r"(?i)^-?\s*(?:data|tempestivit[aà]|quantit[aà]|percentuale)$")
TARGET_RE = re.compile(
    r"(?i)^(%\s*prevista|dimensione attesa|data prevista|dato di arrivo|valore atteso|target|"
    r"risultato atteso|valore obiettivo)\b"
)
PHASES_RE = re.compile(
    r"(?i)^(?:(?=.{0,90}$)(?:cronoprogramma(?:\s+(?:delle\s+|descrizion[ei]\s+delle\s+)?fasi\b.*|\s*:?)|"
    r"(?:tempi e fasi|fasi e tempi)\b.*|fasi\s*:?)|(?=.{0,200}$).*\bfasi\b[^.]*:\s*)$"
)
CRITICAL_RE = re.compile(r"(?i)^fattori\s+critic")
TAG_LINE_RE = re.compile(r"^OB[A-Z]{5,9}\s+(?:DI|DEL|PLURIENNALE|BIENNALE|ANNUALE|INTERSETTORIALE|TRASVERSALE)\b")


def sp_label(ln: Line) -> str | None:
    """Kind of a standalone sector-page label line ("indirizzo strategico", ...)."""
    if ln.blank or ln.has_tab or len(ln.clean) > 40:
        return None
    return _SP_LABELS.get(label_key(ln.clean.rstrip(":")))


def is_code_line(s: str) -> bool:
    return bool(_CODE_LINE_RE.match(s))


def run_values(lines: Sequence[Line], run: list[int], labels: dict[int, str]) -> dict[str, str]:
    """Value of each label in a run (its first paragraph), by label kind."""
    values: dict[str, str] = {}
    for n, idx in enumerate(run):
        kind = labels[idx]
        if kind in ("oo", "oos", "settori"):
            continue
        stop = run[n + 1] if n + 1 < len(run) else idx + 8
        paras = paragraphs(lines, idx + 1, min(stop, len(lines)))
        if not paras:
            continue
        values[kind] = paras[0][1]
        # an unlabelled second paragraph shaped like "06.1 - PROGETTO ..." is the
        # strategic objective whose label the page left out
        if kind == "area" and len(paras) > 1 and re.match(r"^\d{1,2}\.\d{1,2}\s*[-–]", paras[1][1]):
            values["os"] = paras[1][1]
    return values


def split_code(s: str) -> tuple[str, str]:
    """'Rif. DUP 4.6.1. Contrastare ...' -> ('Rif. DUP 4.6.1.', 'Contrastare ...')."""
    s = s.strip().strip("*").strip()
    m = re.match(
        r"(?i)^(?P<code>(?:r[ie]f(?:erimento)?\.?\s*(?:al\s+)?dup|cod(?:ice)?\.?)"
        r"(?:[\s:.,;\-–()]|e\b|anche\b|r[ie]f\.?|dup\b|\d)*)",
        s,
    )
    if not m:
        return "", s
    code = m.group("code")
    # do not swallow the separator before the title, keep balanced parentheses
    code = code.rstrip(" -–:;,")
    if code.count("(") > code.count(")"):
        code = code[: code.rfind("(")].rstrip(" -–:;,")
    rest = s[len(code):].strip(" :-–")
    return code.strip(), rest


def is_body_marker(s: str) -> bool:
    return bool(PHASES_RE.match(s) or CRITICAL_RE.match(s) or INDICATOR_RE.match(s) or DIPENDENTI_RE.match(s))
