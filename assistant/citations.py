"""Citations and their verification: a citation must point to a passage it quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from ingest.models import Chunk
from ingest.text import squash_quote


class Citation(BaseModel):
    """A numbered source the user can check: document, page and the quoted passage."""

    model_config = ConfigDict(frozen=True)

    n: int
    doc: str
    page: int
    quote: str
    chunk_id: str
    breadcrumb: str = ""

    def as_prediction(self) -> dict[str, object]:
        return {"doc": self.doc, "page": self.page, "quote": self.quote}


def quote_occurs(quote: str, chunk: Chunk) -> bool:
    q = squash_quote(quote)
    return bool(q) and (q in squash_quote(chunk.text) or q in squash_quote(chunk.source_text))


def cite(n: int, chunk: Chunk, quote: str) -> Citation:
    return Citation(
        n=n,
        doc=chunk.doc_id,
        page=chunk.page,
        quote=as_written(quote.strip(), chunk),
        chunk_id=chunk.id,
        breadcrumb=chunk.breadcrumb_text,
    )


def as_written(quote: str, chunk: Chunk) -> str:
    """The quote as the passage writes it: an answer reads a word that a line wrap cut
    by a hyphen as one word ("videosorveglianza"); the citation quotes the document's
    own text ("videosorve- glianza") so that a person finds it there."""
    if "-" not in chunk.source_text or quote.casefold() in " ".join(chunk.source_text.split()).casefold():
        return quote
    # (any whitespace run, and a hyphen and line break inside a word, may stand between
    # the quote's characters in the document)
    parts = []
    for a, b in zip(quote, quote[1:] + " ", strict=True):
        if a.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
            continue
        parts.append(re.escape(a))
        if a.isalpha() and b.isalpha():
            parts.append(r"(?:-\s+)?")
    m = re.search("".join(parts), chunk.source_text, re.IGNORECASE)
    return " ".join(m.group(0).split()) if m else quote


def verify(citations: Sequence[Citation], passages: Sequence[Chunk]) -> list[Citation]:
    """Keep only citations whose chunk was retrieved and whose quote occurs in it."""
    by_id = {c.id: c for c in passages}
    return [c for c in citations if c.chunk_id in by_id and quote_occurs(c.quote, by_id[c.chunk_id])]
