"""Sentences of a line of Italian administrative text."""

from __future__ import annotations

import re

# Abbreviations after which a full stop does not end a sentence: titles before a
# name (dott., geom.), and references before a number (n., art., c.).
_ABBREVIATIONS = frozenset(
    "dott dott.ssa dr sig sig.ra ing arch geom avv prof rag p.i per ind isp comm magg n nr art artt c co "
    "lett pag pagg ecc cfr es vd rif tab fig cap sez all ass on int d.lgs d.l l reg".split()
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[\"«(]?[A-ZÀ-Ü0-9])")


def sentences(line: str) -> list[str]:
    """A line split into sentences; a full stop after an abbreviation or an initial
    ("dott. Rossi", "n. 40", "Ass. M. Cerri") does not end one."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        before = line[start:m.start()].rstrip()
        word = before.rsplit(None, 1)[-1].rstrip(".").casefold() if before else ""
        word = re.split(r"['’]", word)[-1]  # "L'Ass." is the abbreviation "Ass."
        if before.endswith(".") and (word in _ABBREVIATIONS or len(word) == 1):
            continue
        # a run-in heading ("Missione. Il Comune orienta …"): a word or two that open the
        # line with a full stop name what the sentence after them says, and go with it
        if start == 0 and before.endswith(".") and len(before.split()) <= 2 and before[:1].isupper():
            continue
        out.append(line[start:m.start()].strip())
        start = m.end()
    out.append(line[start:].strip())
    return [s for s in out if s]
