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
# (also the bare "Obiettivo" of a column of codes: "Obiettivo | Peso % | Area")
# (and the word after it: "Codice obiettivo", "N. ob.")
_KEY_NAME = re.compile(r"(?i)(?:obiettivo|ob)\.?(?:\s+(?:n|nr|num|cod|codice)\.?)?"
                       r"|(?:n|nr|num|cod|codice|id)\.?(?:\s+(?:obiettivo|ob)\.?)?")
# a code short enough to key a row ("5", "OP-3", "2.1"), not a title or a long reference
_KEY = re.compile(r"[A-Za-z]{0,4}[-.\s]?\d{1,3}(?:\.\d{1,3}){0,2}")


def _key_and_rest(line: str) -> tuple[str, list[str]]:
    """A row's key cell and the cells after it; a row of plain text ("5 Anziani soli;
    …", its cells run together) keys on its first word."""
    row = cells(line)
    if len(row) == 1:
        # (a code written with its word, "Ob. 3.2 …", is the key whole)
        row = list(m.groups()) if (m := _CODED_ROW.match(row[0])) else row[0].split(" ", 1)
    return row[0], [c for c in row[1:] if c]



# the word a code may be written with ("Ob. 3.2", "Obiettivo 3.2", "n. 3"): no part of it
# (with the objective's kind: "Obiettivo operativo 3.1")
_WORD = r"(?:(?:obiettivo(?:\s+(?:operativo|specifico|gestionale|di\s+performance))?|ob)\.?\s*(?:(?:n|nr)\.?\s*)?|(?:n|nr|num|cod)\.?\s*)"
_CODE = r"\d{1,3}(?:\.\d{1,3}){0,2}"
_CODE_WORD = re.compile(rf"(?i)^{_WORD}(?=\d)")
# a row of plain text opening with a code written with its word ("Ob. 3.2 6 Area 4")
_CODED_ROW = re.compile(rf"(?i)^({_WORD}{_CODE})\s+(.+)$")
# the code an objective's heading opens with ("Ob. 3.2 – Biblioteca…", "Obiettivo 4 – …")
_HEADING_CODE = re.compile(rf"(?i)^{_WORD}({_CODE})\s*[–—:-]")


def bare_code(code: str) -> str:
    """A code without the word it is written with: "Ob. 3.2" → "3.2"."""
    return _CODE_WORD.sub("", code.strip()).rstrip(".")


def heading_code(title: str) -> str:
    """The code an objective's heading numbers it with ("Ob. 3.2 – …" → "3.2"), or ""."""
    return m.group(1) if (m := _HEADING_CODE.match(title)) else ""


def keyed_row(code: str, field: str, chunks: Iterable[Chunk]) -> tuple[Chunk, str, str, str] | None:
    """(passage, header's name of the field, value, the row as written) of the row
    opening with `code` in a table whose header names `field` after its key column."""
    code = bare_code(code)
    if not _KEY.fullmatch(code):
        return None
    for chunk in chunks:
        header = None
        # (the passage as written keeps a table's cells apart, where its body joins them)
        for line in (chunk.source_text if "\t" in chunk.source_text else chunk.body).split("\n"):
            key, rest = _key_and_rest(line)
            if _KEY_NAME.fullmatch(key) and rest:
                # (the field's column is the first after the key; a header of plain text
                # names it in its other words)
                name = rest[0] if len(cells(line)) > 1 else re.split(r"\s{2,}", rest[0])[0]
                header = name if canonical_key(name, fuzzy=False) == field else None
            elif header is not None and bare_code(key) == code and rest:
                value = rest[0] if len(cells(line)) > 1 else " ".join(rest)
                if header.rstrip().endswith("%") and re.fullmatch(r"\d+(?:[.,]\d+)?", value):
                    value += "%"  # (a column headed with its unit, "Peso %", gives its values in it)
                return chunk, header, value, line.strip()
    return None


# "All'obiettivo n. 7 concorrono: BIGI Andrea, …": a sentence that names an objective by
# its code and, after a verb of taking part and a colon, the people who work on it
_STAFF_VERB = r"(?:concorr|partecip|lavor|contribu|(?:sono\s+)?(?:assegnat|coinvolt|impegnat))\w*"


def staff_sentence(code: str, chunks: Iterable[Chunk]) -> tuple[Chunk, str, str] | None:
    """(passage, the people as written, the sentence) of a sentence that gives the staff of
    the objective numbered `code`, as a plan lists them in prose."""
    code = bare_code(code)
    if not _KEY.fullmatch(code):
        return None
    pattern = re.compile(rf"(?i)\b{_WORD}{re.escape(code)}(?!\d|\.\d)\s*,?\s+{_STAFF_VERB}[^:.;]{{0,40}}:\s*"
                         r"(?P<names>[^.;]+)")
    for chunk in chunks:
        text = " ".join(chunk.body.split())
        if (m := pattern.search(text)) is not None:
            return chunk, m.group("names").strip(), m.group(0).strip()
    return None


def parent_line(code: str, chunks: Iterable[Chunk]) -> tuple[Chunk, str] | None:
    """The strategic line a nested code belongs to: "2.3.1" contributes to the line
    numbered "2.3" (else "2") of a list of lines, as plans number an objective under its
    line. (Listed with a sibling, "2.2 …", in one passage: a section's own heading that
    shares the digits, "2.3 Obiettivi operativi", stands alone.)"""
    parts = bare_code(code).split(".")
    chunks = list(chunks)
    for n in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:n])
        item = re.compile(rf"^\s*{re.escape(prefix)}\.?\s+([A-ZÀ-Ý].{{3,}})$")
        parent = re.escape(".".join(parts[:n - 1]) + ".") if n > 1 else ""
        sibling = re.compile(rf"^\s*{parent}(?!{re.escape(parts[n - 1])}\b)\d{{1,2}}\.?\s+[A-ZÀ-Ý]")
        for chunk in chunks:
            lines = chunk.source_text.splitlines()
            if any(sibling.match(ln) for ln in lines) and (found := next((ln for ln in lines if item.match(ln)), None)):
                return chunk, found.strip()
    return None
