"""Passages headed by an objective's code belong to that objective (and rows of a table
keyed by its code).

A plan may give its objectives as rows of a summary table and say more about some of
them further on, under a heading that names only the row's code ("Scheda di dettaglio
– OP 3.2", "Approfondimento obiettivo 2.1.3"). The code is what ties the two: such a
section's passages carry the objective's code and title, so that the answer step reads
them as that objective's, as it reads the passages of an objective block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.models import PROSE_EXTRACTOR, Chunk, ObjectiveRecord, UnitKind
from ingest.text import Field, fold_label

# a code that names one objective on its own: letters before its number ("OP 3.2",
# "OB-4") or several numbers ("2.1.3"); a bare "2" would name a section as well
_STRUCTURED_CODE = re.compile(r"(?:[A-Za-z]{1,4}[-.\s]?\d{1,3}(?:\.\d{1,3})*|\d{1,3}(?:\.\d{1,3}){1,3})")


# the fields of a row that gives parts of an objective set out elsewhere
_PART_FIELDS = frozenset({Field.CODICE, Field.FASI, Field.SCADENZA, Field.INDICATORI, Field.TARGET, Field.BASELINE,
                          Field.FORMULA, Field.FONTE, Field.DIPENDENTI, Field.PESO})


def _named_in(code: str, heading: str, title: str) -> bool:
    """The heading refers to the code: names it after its own words. A number that
    opens a heading is the heading's own ("2.1 Valore pubblico"), unless the objective's
    title follows it ("3.2.1 Sportello unico per l'edilizia on line"): then the
    heading is the objective's own, as a plan that describes each objective of its
    summary table under a numbered heading writes it."""
    m = re.search(rf"(?<![\w.]){re.escape(code)}(?![\w]|\.\d)", heading)
    if m is None:
        return False
    if re.search(r"[^\W\d_]", heading[:m.start()]):
        return True
    # (its first three words, or all of a two-word title: "2.3.1 Trasporto sociale per
    # anziani …" details the row "2.3.1 | Trasporto sociale")
    rest, words = fold_label(heading[m.end():]).split(), fold_label(title).split()
    n = min(3, len(words))
    return n >= 2 and rest[:n] == words[:n]


def link_code_sections(chunks: Sequence[Chunk], records: Sequence[ObjectiveRecord]) -> list[Chunk]:
    """The chunks, each section passage whose own heading names one objective's code
    carrying that objective's code and title."""
    titles: dict[str, set[str]] = {}
    for rec in records:
        # (a record read from its section's own prose adds nothing to that section)
        if rec.extractor == PROSE_EXTRACTOR:
            continue
        if rec.codice and rec.titolo and _STRUCTURED_CODE.fullmatch(rec.codice.strip()):
            titles.setdefault(rec.codice.strip(), set()).add(rec.titolo)
    # (a code several objectives share, as DUP programme numbers are, names none of them)
    codes = {code: next(iter(t)) for code, t in titles.items() if len(t) == 1}
    if not codes:
        return list(chunks)
    out = []
    for chunk in chunks:
        # (the section's own heading: the passage's last breadcrumb element, or the one
        # above it when the section was cut into parts)
        heading = chunk.heading
        named = [c for c in codes if _named_in(c, heading, codes[c])] \
            if chunk.kind == UnitKind.SECTION and Field.TITOLO not in chunk.fields else []
        if len(named) == 1:
            code = named[0]
            chunk = chunk.model_copy(update={"fields": {**chunk.fields, Field.CODICE: code, Field.TITOLO: codes[code]}})
        elif chunk.kind == UnitKind.TABLE_ROW and set(chunk.fields) <= _PART_FIELDS \
                and (title := codes.get(chunk.fields.get(Field.CODICE, "").strip())):
            # a row of another table keyed by the code ("Cod. | Fase | Dal | Al") that
            # gives only parts of an objective (phases, times, measures) is a part of that
            # objective: it names it, without becoming an objective of its own (a row with
            # a title or a purpose of its own is another objective sharing a programme code)
            chunk = chunk.model_copy(update={"fields": {**chunk.fields, Field.OBIETTIVO_DI: title}})
        out.append(chunk)
    return out
