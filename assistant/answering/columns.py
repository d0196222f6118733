"""The rows of a table a question asks by the name of its key column.

"Quali procedimenti sono considerati sensibili?", "quali servizi sono esternalizzati?": a plan
lists things that are no objectives (its risky processes, its services) as the rows of
a table whose first column names them ("Procedimento | Evento rischioso | Misura | Referente").
Asked by that column's noun, the answer is every row's first cell, in the plan's order,
not the one row whose words best match the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from assistant.answering.compose import Line, Statement, short_quote
from assistant.answering.frame import Frame
from assistant.answering.retrieve import Retriever
from assistant.answering.select import matched
from assistant.citations import quote_occurs
from ingest.models import Chunk, UnitKind
from ingest.structure.vocabulary import canonical_key

# a table row's first cell as the parser writes it: "Processo: Accertamenti tributari"
_FIRST_CELL = re.compile(r"\A\s*([^:\n]{2,40}):\s+(\S[^\n]*)")
# a column's name is a noun with at most a qualifier ("Processo", "Area di rischio")
_MAX_NAME_WORDS = 3


def rows_of_column(
    frame: Frame, documents: Sequence[str], retriever: Retriever,
    analyze: Callable[[str], Iterable[str]], chunks_of: Callable[[str], list[Chunk]],
) -> tuple[list[Line], list[Chunk]] | None:
    """Every row of the table whose key column the question names by its noun; of
    several such tables, the one whose section holds most of the question's topic. A
    column the objective vocabulary knows ("Obiettivo", "Indicatore") is left to the
    records, which know objectives better than their table's rows."""
    wording = frame.terms | frozenset(analyze(frame.question))
    best: tuple[float, int, str, str, str, list[tuple[str, Chunk]]] | None = None
    for doc_id in documents:
        tables: dict[tuple[tuple[str, ...], str], list[tuple[str, Chunk]]] = {}
        for c in chunks_of(doc_id):
            if c.kind != UnitKind.TABLE_ROW or (m := _FIRST_CELL.match(c.body)) is None:
                continue
            tables.setdefault((c.breadcrumb[:-1], m.group(1).strip()), []).append((m.group(2).strip(), c))
        for (crumb, column), rows in tables.items():
            if len(rows) < 2 or len(column.split()) > _MAX_NAME_WORDS or canonical_key(column, fuzzy=False):
                continue
            noun = frozenset(analyze(column))
            if not noun or not noun <= wording:
                continue
            section = crumb[-1] if crumb else ""
            topic = frame.terms - noun
            share = frame.share(topic, matched(topic, frozenset(analyze(" ".join(crumb))))) if topic else 1.0
            rank = (round(share, 3), len(rows))
            if best is None or rank > best[:2]:
                best = (*rank, doc_id, section, column, rows)
    if best is None:
        return None
    _, _, doc_id, section, column, rows = best
    title = retriever.document_label(doc_id) + (f" – «{short_quote(section, 90)}»" if section else "")
    # (counted by the question's own word for them: "7 procedimenti")
    stems = frozenset(analyze(column))
    noun = next((w for w in re.findall(r"[^\W\d_]{3,}", frame.question) if frozenset(analyze(w)) & stems), column)
    statements = [Statement(f"{len(rows)} {noun.casefold()}", [])] + [
        Statement(cell, [(c, q)] if quote_occurs(q := short_quote(cell, 80), c) else []) for cell, c in rows]
    return [Line(title, statements, listing=True)], [c for st in statements for c, _ in st.sources]
