"""Citations and their verification: a citation must point to a passage it quotes."""

from __future__ import annotations

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
        quote=quote.strip(),
        chunk_id=chunk.id,
        breadcrumb=chunk.breadcrumb_text,
    )


def verify(citations: Sequence[Citation], passages: Sequence[Chunk]) -> list[Citation]:
    """Keep only citations whose chunk was retrieved and whose quote occurs in it."""
    by_id = {c.id: c for c in passages}
    return [c for c in citations if c.chunk_id in by_id and quote_occurs(c.quote, by_id[c.chunk_id])]
