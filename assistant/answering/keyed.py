"""Tables keyed by an objective's number.

A plan may give one field of every objective in a table of its own ("N. | Stakeholder
coinvolti", "Cod. | Peso"), each row opening with the objective's number or code, not
its title: the row is that objective's value of the field the header names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.models import Chunk
from ingest.structure.vocabulary import canonical_key

# a header that opens with the key column ("N.", "Nr.", "Cod.", "Codice", "Obiettivo n.")
# and then names the table's field
_KEY_HEADER = re.compile(r"(?i)^\s*(?:obiettivo\s+)?(?:n|nr|num|cod|codice|ob|id)\.?(?:\t|\s+)(?P<rest>\S.*)$")
# a code short enough to key a row ("5", "OP-3", "2.1"), not a title or a long reference
_KEY = re.compile(r"[A-Za-z]{0,4}[-.\s]?\d{1,3}(?:\.\d{1,3}){0,2}")


def keyed_row(code: str, field: str, chunks: Iterable[Chunk]) -> tuple[Chunk, str, str] | None:
    """(passage, header's name of the field, value) of the row opening with `code` in
    a table whose header names `field` after its key column."""
    code = code.strip()
    if not _KEY.fullmatch(code):
        return None
    row_re = re.compile(rf"^\s*{re.escape(code)}\.?(?:\t|\s+)(?P<value>\S.*)$")
    for chunk in chunks:
        header = None
        for raw in chunk.body.split("\n"):
            # (a Markdown row's pipes part its cells as tabs do)
            line = "\t".join(c.strip() for c in raw.strip().strip("|").split("|")) if raw.lstrip().startswith("|") else raw
            if (m := _KEY_HEADER.match(line)) is not None:
                # (the field's column is the first after the key)
                name = re.split(r"\t|\s{2,}", m.group("rest").strip())[0]
                header = name if canonical_key(name, fuzzy=False) == field else None
            elif header is not None and (row := row_re.match(line)) is not None:
                return chunk, header, row.group("value").strip()
    return None
