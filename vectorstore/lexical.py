"""BM25 search over the catalog's FTS5 index (analysed Italian text).

Functions over an open catalog connection; `Catalog` calls them under its lock.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from vectorstore import terms as term_stats
from vectorstore.analysis import ItalianAnalyzer

log = logging.getLogger(__name__)

# Postings one lexical search may read (about 1 µs each): bounds its latency on any
# index size; small indexes never reach it.
LEXICAL_MAX_POSTINGS = 20_000
# Filters naming up to this many documents are searched document by document.
_PER_DOCUMENT_SEARCH_LIMIT = 50


@dataclass(frozen=True)
class LexicalHit:
    chunk_id: str
    score: float  # higher is better (negated FTS5 bm25)


def search(
    db: sqlite3.Connection,
    analyzer: ItalianAnalyzer,
    query: str,
    k: int,
    doc_ids: Sequence[str] | None,
    crumb_weight: float,
    max_postings: int,
) -> list[LexicalHit]:
    """BM25 over analysed text; see `Catalog.lexical_search`."""
    tokens = analyzer.analyze_query(query)
    if not tokens:
        return []
    _total, counts = term_stats.lookup(db, tokens)
    # a question word no chunk contains is most likely a typo of one they do
    missing = [t for t in dict.fromkeys(tokens) if t not in counts]
    if missing:
        fixes = [f for t in missing for f in term_stats.near_terms(db, t)]
        if fixes:
            tokens = [*tokens, *fixes]
            counts.update(term_stats.lookup(db, fixes)[1])
    kept = term_stats.prune_terms(tokens, counts, max_postings)
    if not kept:
        return []
    if len(kept) < len(set(tokens)):
        log.debug("lexical terms kept=%s of=%s", kept, tokens)
    match = " OR ".join(f'"{t}"' for t in kept)
    return _hits(db, _ranked_rows(db, match, k, crumb_weight, doc_ids))


def with_all_terms(
    db: sqlite3.Connection, terms: Sequence[str], k: int, doc_ids: Sequence[str] | None
) -> list[LexicalHit]:
    """Chunks containing every analysed term (FTS5 AND), best bm25 first."""
    match = " AND ".join(f'"{t}"' for t in dict.fromkeys(terms))
    return _hits(db, _ranked_rows(db, match, k, 2.0, doc_ids))


def _hits(db: sqlite3.Connection, ranked: list[tuple[int, float]]) -> list[LexicalHit]:
    # Rows are looked up after ranking: joining every match with `chunks` before
    # sorting costs more than the search itself.
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    ids = dict(db.execute(
        f"SELECT rowid, id FROM chunks WHERE rowid IN ({marks})", [r[0] for r in ranked]
    ).fetchall())
    return [LexicalHit(chunk_id=ids[rowid], score=-rank) for rowid, rank in ranked if rowid in ids]


def _ranked_rows(
    db: sqlite3.Connection, match: str, k: int, crumb_weight: float, doc_ids: Sequence[str] | None
) -> list[tuple[int, float]]:
    """(rowid, bm25) of the best k matches, best first; ties by rowid."""
    sql = (
        "SELECT rowid, bm25(chunks_fts, ?, 1.0) AS rank FROM chunks_fts "
        "WHERE chunks_fts MATCH ?{} ORDER BY rank, rowid LIMIT ?"
    )
    if doc_ids is None:
        rows = db.execute(sql.format(""), (crumb_weight, match, k)).fetchall()
        return [(r[0], float(r[1])) for r in rows]
    if len(doc_ids) > _PER_DOCUMENT_SEARCH_LIMIT:
        marks = ",".join("?" * len(doc_ids))
        rows = db.execute(
            sql.format(f" AND rowid IN (SELECT rowid FROM chunks WHERE doc_id IN ({marks}))"),
            (crumb_weight, match, *doc_ids, k),
        ).fetchall()
        return [(r[0], float(r[1])) for r in rows]
    # A few documents: one search per document, restricted by rowid inside FTS5
    # (its cost follows the document, not the index). bm25 statistics are
    # corpus-wide either way, so the scores of different documents compare.
    out: list[tuple[int, float]] = []
    for doc_id in doc_ids:
        lo, hi, n = db.execute(
            "SELECT MIN(rowid), MAX(rowid), COUNT(*) FROM chunks WHERE doc_id=?", (doc_id,)
        ).fetchone()
        if not n:
            continue
        if hi - lo + 1 == n:  # a document's chunks are written together: contiguous
            rows = db.execute(
                sql.format(" AND rowid BETWEEN ? AND ?"), (crumb_weight, match, lo, hi, k)
            ).fetchall()
        else:
            rows = db.execute(
                sql.format(" AND rowid IN (SELECT rowid FROM chunks WHERE doc_id = ?)"),
                (crumb_weight, match, doc_id, k),
            ).fetchall()
        out.extend((r[0], float(r[1])) for r in rows)
    out.sort(key=lambda r: (r[1], r[0]))
    return out[:k]
