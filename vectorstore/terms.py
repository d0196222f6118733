"""Chunk frequency of every analysed term, kept next to the FTS5 index.

SQLite FTS5 can only count the chunks containing a term by reading the term's whole
posting list, and its bm25() reads every posting of every query term: both grow with
the corpus. `term_stats` holds, per term, the number of chunks that contain it
(plus the total under the empty term), updated in the same transaction as the
chunks, so that lexical search can look frequencies up in O(1) and leave out the
most common query terms when reading all their postings would be too slow (see
`prune_terms`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence

from ingest.text import edit_distance

TERMS_SCHEMA = """
CREATE TABLE IF NOT EXISTS term_stats (
    term TEXT PRIMARY KEY,
    chunks INTEGER NOT NULL
) WITHOUT ROWID;
"""
TOTAL = ""  # the row holding the number of chunks (never an analysed token)
_READY_KEY = "term_stats"  # meta key: the table matches the FTS index
_PAGE = 2000


def chunk_terms(crumb: str, body: str) -> set[str]:
    """The distinct tokens of one chunk's lexical fields (already analysed, space-joined)."""
    return set(crumb.split()) | set(body.split())


def add_counts(db: sqlite3.Connection, counts: Counter[str], n_chunks: int, sign: int) -> None:
    """Add (sign=1) or subtract (sign=-1) one document's term counts."""
    if not n_chunks:
        return
    rows = [(term, sign * n) for term, n in counts.items()] + [(TOTAL, sign * n_chunks)]
    db.executemany(
        "INSERT INTO term_stats(term, chunks) VALUES (?, ?) "
        "ON CONFLICT(term) DO UPDATE SET chunks = chunks + excluded.chunks",
        rows,
    )
    if sign < 0:
        db.execute("DELETE FROM term_stats WHERE chunks <= 0 AND term != ''")


def document_counts(db: sqlite3.Connection, doc_id: str) -> tuple[Counter[str], int]:
    """Term counts of a document as stored in the FTS index (before deleting it)."""
    counts: Counter[str] = Counter()
    n = 0
    for row in db.execute(
        "SELECT f.crumb, f.body FROM chunks_fts f JOIN chunks c ON c.rowid = f.rowid "
        "WHERE c.doc_id = ?",
        (doc_id,),
    ):
        counts.update(chunk_terms(row[0], row[1]))
        n += 1
    return counts, n


def ensure_ready(db: sqlite3.Connection) -> None:
    """Fill the table from the FTS index once (catalogs created before it existed)."""
    if _ready(db):
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        if not _ready(db):  # another process may have done it meanwhile
            db.execute("DELETE FROM term_stats")
            counts: Counter[str] = Counter()
            n = 0
            last = -1
            while True:
                rows = db.execute(
                    "SELECT rowid, crumb, body FROM chunks_fts WHERE rowid > ? "
                    "ORDER BY rowid LIMIT ?",
                    (last, _PAGE),
                ).fetchall()
                if not rows:
                    break
                last = rows[-1][0]
                for row in rows:
                    counts.update(chunk_terms(row[1], row[2]))
                n += len(rows)
            db.execute("INSERT INTO term_stats(term, chunks) VALUES (?, 0)", (TOTAL,))
            add_counts(db, counts, n, 1)
            db.execute(
                "INSERT INTO meta(key, value) VALUES (?, '1') "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_READY_KEY,),
            )
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def invalidate(db: sqlite3.Connection) -> None:
    """Mark the table stale (the FTS index was rewritten): `ensure_ready` refills it."""
    db.execute("DELETE FROM meta WHERE key = ?", (_READY_KEY,))


def _ready(db: sqlite3.Connection) -> bool:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (_READY_KEY,)).fetchone()
    return row is not None and row[0] == "1"


def lookup(db: sqlite3.Connection, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
    """(number of chunks, chunks containing each term); unknown terms are absent."""
    wanted = sorted({t for t in terms if t})
    counts: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        marks = ",".join("?" * len(batch))
        counts.update(
            (row[0], int(row[1]))
            for row in db.execute(
                f"SELECT term, chunks FROM term_stats WHERE term IN ({marks})", batch
            )
        )
    row = db.execute("SELECT chunks FROM term_stats WHERE term = ''").fetchone()
    return (int(row[0]) if row else 0), counts


def near_terms(db: sqlite3.Connection, term: str, limit: int = 2) -> list[str]:
    """Indexed terms one or two edits away from a term no chunk contains: the words a
    misspelt query word most likely meant ("differneziat" -> "differenz"). Candidates
    share the first two letters (typos rarely touch them) and a similar length; the
    most frequent come first. In stems under six letters only a dropped or added letter
    is a typo ("vinic" -> "vinc"): a changed letter turns a short word into another word
    ("canil" -> "canal"), not into its right spelling."""
    if len(term) < 5 or not term.isalpha():
        return []
    budget = 1 if len(term) < 8 else 2
    short = len(term) < 6
    prefix = term[:2]
    rows = db.execute(
        "SELECT term, chunks FROM term_stats WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?",
        (prefix, prefix + "\uffff", len(term) - budget, len(term) + budget),
    ).fetchall()
    near = [(int(n), t) for t, n in rows if t != term and edit_distance(term, t, budget) <= budget
            and not (short and len(t) == len(term))]
    return [t for _, t in sorted(near, reverse=True)[:limit]]


def rooted_terms(db: sqlite3.Connection, root: str, limit: int = 2) -> list[str]:
    """Indexed terms that begin with `root`: the words of one family ("turis" ->
    "turism", "turistic"), the most frequent first."""
    rows = db.execute("SELECT term, chunks FROM term_stats WHERE term >= ? AND term < ?",
                      (root, root + "\uffff")).fetchall()
    return [t for _, t in sorted(((int(n), t) for t, n in rows), reverse=True)[:limit]]


def extending_terms(db: sqlite3.Connection, word: str, limit: int = 2, longer_by: int = 4) -> list[str]:
    """Indexed terms that extend a folded word's root by an adjective's or a diminutive's
    suffix ("sera" -> "seral", "serat"; "cimiteri" -> "cimiterial"): the forms an Italian
    noun takes, so that a noun the plans state only in a derived form is not taken for
    one they never name. Other extensions are other words ("sponsor" -> "sponsorizz",
    "ser" -> "serviz"); words under four letters get none."""
    if len(word) < 4 or not word.isalpha():
        return []
    root = word[:-1] if word[-1] in "aeiou" else word
    rows = db.execute(
        "SELECT term, chunks FROM term_stats WHERE term > ? AND term < ? AND length(term) <= ?",
        (root, root + "\uffff", len(word) + longer_by),
    ).fetchall()
    derived = [(int(n), t) for t, n in rows if t[len(root):].startswith(_DERIVING_SUFFIXES)]
    return [t for _, t in sorted(derived, reverse=True)[:limit]]


# the suffixes Italian adds to a noun's root for its adjective or diminutive
_DERIVING_SUFFIXES = ("al", "ial", "il", "at", "in", "ic", "ar")


def prune_terms(terms: Sequence[str], counts: dict[str, int], max_postings: int) -> list[str]:
    """The query terms worth reading, in their original order.

    Terms found in no chunk are dropped (they match nothing). If reading every
    posting of the remaining terms would exceed `max_postings`, the most common
    terms are left out until it does not: they carry the least BM25 weight (FTS5
    gives a term in more than half of the chunks no weight at all). The rarest term
    always stays. Below the budget nothing else changes, so small indexes rank
    exactly as without pruning.
    """
    present = [t for t in dict.fromkeys(terms) if counts.get(t, 0) > 0]
    total = sum(counts[t] for t in present)
    if total <= max_postings:
        return present
    keep = set(present)
    for term in sorted(present, key=lambda t: (-counts[t], t)):
        if total <= max_postings or len(keep) == 1:
            break
        keep.discard(term)
        total -= counts[term]
    return [t for t in present if t in keep]
