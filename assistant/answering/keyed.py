"""Tables keyed by an objective's number.

A plan may give one field of every objective in a table of its own ("N. | Stakeholder
coinvolti", "Cod. | Peso"), each row opening with the objective's number or code, not
its title: the row is that objective's value of the field the header names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.answering.candidates import cells
from ingest.models import Chunk
from ingest.structure.vocabulary import canonical_key

# the key column's name ("N.", "Nr.", "Cod.", "Codice", "Obiettivo n.")
_KEY_NAME = re.compile(r"(?i)(?:obiettivo\s+)?(?:n|nr|num|cod|codice|ob|id)\.?")
# a code short enough to key a row ("5", "OP-3", "2.1"), not a title or a long reference
_KEY = re.compile(r"[A-Za-z]{0,4}[-.\s]?\d{1,3}(?:\.\d{1,3}){0,2}")


def _key_and_rest(line: str) -> tuple[str, list[str]]:
    """A row's key cell and the cells after it; a row of plain text ("5 Anziani soli;
    …", its cells run together) keys on its first word."""
    row = cells(line)
    if len(row) == 1:
        row = row[0].split(" ", 1)
    return row[0], [c for c in row[1:] if c]


def keyed_row(code: str, field: str, chunks: Iterable[Chunk]) -> tuple[Chunk, str, str] | None:
    """(passage, header's name of the field, value) of the row opening with `code` in
    a table whose header names `field` after its key column."""
    code = code.strip()
    if not _KEY.fullmatch(code):
        return None
    for chunk in chunks:
        header = None
        for line in chunk.body.split("\n"):
            key, rest = _key_and_rest(line)
            if _KEY_NAME.fullmatch(key) and rest:
                # (the field's column is the first after the key; a header of plain text
                # names it in its other words)
                name = rest[0] if len(cells(line)) > 1 else re.split(r"\s{2,}", rest[0])[0]
                header = name if canonical_key(name, fuzzy=False) == field else None
            elif header is not None and key.rstrip(".") == code and rest:
                return chunk, header, " ".join(rest)
    return None
