"""The catalog: one SQLite file holding documents, pages, chunks and the lexical index.

It is the source of truth of the index. A document's chunks and its FTS5 rows are
written in ONE transaction, so a crash (even `kill -9`) leaves either the old or the
new version, never a mix; the dense vectors in Chroma are derived state, rebuilt
from here by `Indexer.sync_dense`, which is what makes ingestion crash-safe.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ingest.models import (
    Chunk,
    DocumentMeta,
    LayoutKind,
    ObjectiveRecord,
    Page,
    ParsedDocument,
    UnitKind,
)
from vectorstore import terms as term_stats
from vectorstore.analysis import ItalianAnalyzer
from vectorstore.errors import IncompatibleIndexError
from vectorstore.records import (
    RECORDS_SCHEMA,
    RecordFilters,
    count_records,
    count_records_by,
    delete_records,
    query_records,
    record_extractor,
    write_records,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
# Postings one lexical search may read (about 1 µs each): bounds its latency on any
# index size; small indexes never reach it.
LEXICAL_MAX_POSTINGS = 20_000
# Filters naming up to this many documents are searched document by document.
_PER_DOCUMENT_SEARCH_LIMIT = 50

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    title TEXT NOT NULL,
    ente TEXT,
    periodo TEXT,
    layout TEXT NOT NULL,
    n_pages INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    source_path TEXT NOT NULL,
    n_chunks INTEGER NOT NULL,
    dense_state TEXT NOT NULL CHECK (dense_state IN ('pending', 'done')),
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (doc_id, number)
);
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    source_text TEXT NOT NULL,
    page INTEGER NOT NULL,
    page_end INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    breadcrumb TEXT NOT NULL,
    fields TEXT NOT NULL,
    n_tokens INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id, ordinal);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    crumb, body, tokenize = "unicode61 remove_diacritics 0 tokenchars '._'"
);
"""

_CHUNK_COLUMNS = (
    "id, doc_id, ordinal, kind, text, source_text, page, page_end, "
    "char_start, char_end, breadcrumb, fields, n_tokens"
)


@dataclass(frozen=True)
class DocumentRecord:
    """A document as listed by the catalog."""

    meta: DocumentMeta
    source_path: str
    n_chunks: int
    dense_state: str
    ingested_at: str


@dataclass(frozen=True)
class LexicalHit:
    chunk_id: str
    score: float  # higher is better (negated FTS5 bm25)


def _row_to_chunk(row: sqlite3.Row) -> Chunk:
    return Chunk(
        id=row["id"],
        doc_id=row["doc_id"],
        ordinal=row["ordinal"],
        kind=UnitKind(row["kind"]),
        text=row["text"],
        source_text=row["source_text"],
        page=row["page"],
        page_end=row["page_end"],
        char_start=row["char_start"],
        char_end=row["char_end"],
        breadcrumb=tuple(json.loads(row["breadcrumb"])),
        fields=json.loads(row["fields"]),
        n_tokens=row["n_tokens"],
    )


def _row_to_meta(row: sqlite3.Row) -> DocumentMeta:
    return DocumentMeta(
        doc_id=row["doc_id"],
        file_name=row["file_name"],
        title=row["title"],
        ente=row["ente"],
        periodo=row["periodo"],
        layout=LayoutKind(row["layout"]),
        n_pages=row["n_pages"],
        content_hash=row["content_hash"],
    )


def _row_to_record(row: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(
        meta=_row_to_meta(row),
        source_path=row["source_path"],
        n_chunks=row["n_chunks"],
        dense_state=row["dense_state"],
        ingested_at=row["ingested_at"],
    )


class Catalog:
    """SQLite catalog + FTS5 lexical index. Thread-safe through one lock."""

    def __init__(self, path: Path, analyzer: ItalianAnalyzer | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.analyzer = analyzer or ItalianAnalyzer()
        self._lock = threading.RLock()
        self._writes = 0  # bumped on every committed write of this connection
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)
            self._db.executescript(RECORDS_SCHEMA)  # additive: older catalogs gain it
            self._db.executescript(term_stats.TERMS_SCHEMA)  # additive too
            self._check_schema()
            term_stats.ensure_ready(self._db)
        except sqlite3.DatabaseError as exc:
            raise IncompatibleIndexError(
                f"Il catalogo {path} è danneggiato o non è un indice valido: "
                "ricostruiscilo con `piao index rebuild`."
            ) from exc

    def _check_schema(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if row is None:
            self._db.execute(
                "INSERT INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
        elif int(row["value"]) != SCHEMA_VERSION:
            raise IncompatibleIndexError(
                f"L'indice in {self.path.parent} ha una versione diversa ({row['value']}): "
                "ricostruiscilo con `piao index rebuild`."
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            self._writes += 1

    def version(self) -> tuple[int, int]:
        """Changes whenever the catalog changes, by this process or another one:
        lets callers cache what they derive from it."""
        with self._lock:
            other = int(self._db.execute("PRAGMA data_version").fetchone()[0])
        return self._writes, other

    # -- meta key/values -------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else row["value"]

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )

    # -- documents -------------------------------------------------------------------
    def content_hash(self, doc_id: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT content_hash FROM documents WHERE doc_id=?", (doc_id,)
            ).fetchone()
        return None if row is None else row["content_hash"]

    def put_document(self, parsed: ParsedDocument, source_path: str) -> None:
        """Replace a document (pages, chunks, lexical rows) atomically; dense state pending."""
        meta = parsed.meta
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction() as db:
            self._delete_document_rows(db, meta.doc_id)
            db.execute(
                "INSERT INTO documents(doc_id, file_name, title, ente, periodo, layout, n_pages,"
                " content_hash, source_path, n_chunks, dense_state, ingested_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?, 'pending', ?)",
                (
                    meta.doc_id,
                    meta.file_name,
                    meta.title,
                    meta.ente,
                    meta.periodo,
                    meta.layout.value,
                    meta.n_pages,
                    meta.content_hash,
                    source_path,
                    len(parsed.chunks),
                    now,
                ),
            )
            db.executemany(
                "INSERT INTO pages(doc_id, number, char_start, text) VALUES (?,?,?,?)",
                [(meta.doc_id, p.number, p.char_start, p.text) for p in parsed.document.pages],
            )
            counts: Counter[str] = Counter()
            for chunk in parsed.chunks:
                cur = db.execute(
                    f"INSERT INTO chunks({_CHUNK_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        chunk.id,
                        chunk.doc_id,
                        chunk.ordinal,
                        chunk.kind.value,
                        chunk.text,
                        chunk.source_text,
                        chunk.page,
                        chunk.page_end,
                        chunk.char_start,
                        chunk.char_end,
                        json.dumps(chunk.breadcrumb, ensure_ascii=False),
                        json.dumps(chunk.fields, ensure_ascii=False),
                        chunk.n_tokens,
                    ),
                )
                crumb, body = self._lexical_fields(chunk)
                db.execute(
                    "INSERT INTO chunks_fts(rowid, crumb, body) VALUES (?,?,?)",
                    (cur.lastrowid, crumb, body),
                )
                counts.update(term_stats.chunk_terms(crumb, body))
            term_stats.add_counts(db, counts, len(parsed.chunks), 1)
            # the objective records go in the same transaction as the chunks
            write_records(db, meta, parsed.records, parsed.records_by)

    def _lexical_fields(self, chunk: Chunk) -> tuple[str, str]:
        # The first line of chunk.text is the breadcrumb; index it as its own column
        # so that a title match can be weighted apart from body matches.
        crumb = " ".join(self.analyzer.analyze(chunk.breadcrumb_text))
        return crumb, " ".join(self.analyzer.analyze(chunk.body))

    @staticmethod
    def _delete_document_rows(db: sqlite3.Connection, doc_id: str) -> None:
        counts, n_chunks = term_stats.document_counts(db, doc_id)
        term_stats.add_counts(db, counts, n_chunks, -1)
        db.execute(
            "DELETE FROM chunks_fts WHERE rowid IN (SELECT rowid FROM chunks WHERE doc_id=?)",
            (doc_id,),
        )
        db.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
        delete_records(db, doc_id)
        db.execute("DELETE FROM pages WHERE doc_id=?", (doc_id,))
        db.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))

    def remove_document(self, doc_id: str) -> bool:
        with self._transaction() as db:
            existed = (
                db.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
                is not None
            )
            self._delete_document_rows(db, doc_id)
        return existed

    # -- objective records (see vectorstore.records) ----------------------------------
    def put_records(self, doc_id: str, records: Sequence[ObjectiveRecord], extractor: str) -> None:
        """Replace the records of an indexed document (e.g. after an extractor change)."""
        with self._transaction() as db:
            row = db.execute("SELECT * FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
            if row is None:
                raise KeyError(doc_id)
            write_records(db, _row_to_meta(row), records, extractor)

    def records(self, filters: RecordFilters | None = None, limit: int | None = None) -> list[ObjectiveRecord]:
        with self._lock:
            return query_records(self._db, filters or RecordFilters(), limit)

    def count_records(self, filters: RecordFilters | None = None) -> int:
        with self._lock:
            return count_records(self._db, filters or RecordFilters())

    def count_records_by(self, field: str, filters: RecordFilters | None = None) -> list[tuple[str | None, int]]:
        with self._lock:
            return count_records_by(self._db, field, filters or RecordFilters())

    def record_extractor(self, doc_id: str) -> str | None:
        with self._lock:
            return record_extractor(self._db, doc_id)

    def set_dense_state(self, doc_id: str, state: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE documents SET dense_state=? WHERE doc_id=?", (state, doc_id))

    def mark_all_dense_pending(self) -> None:
        with self._transaction() as db:
            db.execute("UPDATE documents SET dense_state='pending'")

    def documents(self) -> list[DocumentRecord]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM documents ORDER BY doc_id").fetchall()
        return [_row_to_record(r) for r in rows]

    def document_ids(self) -> list[str]:
        with self._lock:
            rows = self._db.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()
        return [r["doc_id"] for r in rows]

    def count_documents(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def pending_dense_chunks(self) -> int:
        """Chunks of the documents still marked dense-pending."""
        with self._lock:
            row = self._db.execute(
                "SELECT COALESCE(SUM(n_chunks), 0) FROM documents WHERE dense_state='pending'"
            ).fetchone()
        return int(row[0])

    def document(self, doc_id: str) -> DocumentRecord | None:
        with self._lock:
            r = self._db.execute("SELECT * FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return None if r is None else _row_to_record(r)

    def pending_dense(self) -> list[str]:
        with self._lock:
            rows = self._db.execute(
                "SELECT doc_id FROM documents WHERE dense_state='pending' ORDER BY doc_id"
            ).fetchall()
        return [r["doc_id"] for r in rows]

    def pages(self, doc_id: str) -> list[Page]:
        with self._lock:
            rows = self._db.execute(
                "SELECT number, char_start, text FROM pages WHERE doc_id=? ORDER BY number",
                (doc_id,),
            ).fetchall()
        return [Page(number=r["number"], char_start=r["char_start"], text=r["text"]) for r in rows]

    # -- chunks ----------------------------------------------------------------------
    def chunks_of(self, doc_id: str) -> list[Chunk]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE doc_id=? ORDER BY ordinal", (doc_id,)
            ).fetchall()
        return [_row_to_chunk(r) for r in rows]

    def chunks_of_kind(self, doc_id: str, kind: UnitKind) -> list[Chunk]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE doc_id=? AND kind=? ORDER BY ordinal",
                (doc_id, kind.value),
            ).fetchall()
        return [_row_to_chunk(r) for r in rows]

    def chunks_by_id(self, ids: Sequence[str]) -> dict[str, Chunk]:
        out: dict[str, Chunk] = {}
        with self._lock:
            for start in range(0, len(ids), 500):
                batch = list(ids[start : start + 500])
                marks = ",".join("?" * len(batch))
                rows = self._db.execute(
                    f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE id IN ({marks})", batch
                ).fetchall()
                out.update((r["id"], _row_to_chunk(r)) for r in rows)
        return out

    def chunk_ids(self, doc_id: str | None = None) -> set[str]:
        with self._lock:
            if doc_id is None:
                rows = self._db.execute("SELECT id FROM chunks").fetchall()
            else:
                rows = self._db.execute("SELECT id FROM chunks WHERE doc_id=?", (doc_id,)).fetchall()
        return {r["id"] for r in rows}

    def count_chunks(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])

    def iter_chunks(self, kinds: Iterable[UnitKind] | None = None) -> Iterator[Chunk]:
        """Every chunk (optionally of some kinds), one document in memory at a time."""
        values = [k.value for k in kinds] if kinds is not None else None
        sql = f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE doc_id=?"
        if values is not None:
            sql += f" AND kind IN ({','.join('?' * len(values))})"
        for doc_id in self.document_ids():
            with self._lock:
                rows = self._db.execute(
                    sql + " ORDER BY ordinal", [doc_id, *(values or [])]
                ).fetchall()
            for r in rows:
                yield _row_to_chunk(r)

    def iter_chunk_id_pages(self, page_size: int = 1000) -> Iterator[list[str]]:
        """All chunk ids, a page at a time (keyset pagination: no id set in memory)."""
        if page_size < 1:
            raise ValueError("page_size must be >= 1")
        last = -1
        while True:
            with self._lock:
                rows = self._db.execute(
                    "SELECT rowid, id FROM chunks WHERE rowid > ? ORDER BY rowid LIMIT ?",
                    (last, page_size),
                ).fetchall()
            if not rows:
                return
            last = rows[-1]["rowid"]
            yield [r["id"] for r in rows]

    def existing_chunk_ids(self, ids: Sequence[str]) -> set[str]:
        """The subset of `ids` that the catalog holds."""
        found: set[str] = set()
        with self._lock:
            for start in range(0, len(ids), 500):
                batch = list(ids[start : start + 500])
                rows = self._db.execute(
                    f"SELECT id FROM chunks WHERE id IN ({','.join('?' * len(batch))})", batch
                ).fetchall()
                found.update(r["id"] for r in rows)
        return found

    # -- lexical search --------------------------------------------------------------
    def lexical_search(
        self,
        query: str,
        k: int,
        doc_ids: Sequence[str] | None = None,
        crumb_weight: float = 2.0,
        max_postings: int = LEXICAL_MAX_POSTINGS,
    ) -> list[LexicalHit]:
        """BM25 over analysed text; `doc_ids` restricts the search (None = all).

        `max_postings` bounds the work of one search whatever the size of the index:
        when the query terms occur in more chunks than that in total, the most
        common terms are left out (see `vectorstore.terms.prune_terms`).
        """
        if doc_ids is not None and not doc_ids:
            return []
        tokens = self.analyzer.analyze_query(query)
        if not tokens:
            return []
        with self._lock:
            _total, counts = term_stats.lookup(self._db, tokens)
            # a question word no chunk contains is most likely a typo of one they do
            missing = [t for t in dict.fromkeys(tokens) if t not in counts]
            if missing:
                fixes = [f for t in missing for f in term_stats.near_terms(self._db, t)]
                if fixes:
                    tokens = [*tokens, *fixes]
                    counts.update(term_stats.lookup(self._db, fixes)[1])
            kept = term_stats.prune_terms(tokens, counts, max_postings)
            if not kept:
                return []
            if len(kept) < len(set(tokens)):
                log.debug("lexical terms kept=%s of=%s", kept, tokens)
            match = " OR ".join(f'"{t}"' for t in kept)
            ranked = self._ranked_rows(match, k, crumb_weight, doc_ids)
            if not ranked:
                return []
            marks = ",".join("?" * len(ranked))
            ids = dict(self._db.execute(
                f"SELECT rowid, id FROM chunks WHERE rowid IN ({marks})",
                [r[0] for r in ranked],
            ).fetchall())
        # Rows are looked up after ranking: joining every match with `chunks` before
        # sorting costs more than the search itself.
        return [LexicalHit(chunk_id=ids[rowid], score=-rank) for rowid, rank in ranked
                if rowid in ids]

    def _ranked_rows(
        self, match: str, k: int, crumb_weight: float, doc_ids: Sequence[str] | None
    ) -> list[tuple[int, float]]:
        """(rowid, bm25) of the best k matches, best first; ties by rowid."""
        sql = (
            "SELECT rowid, bm25(chunks_fts, ?, 1.0) AS rank FROM chunks_fts "
            "WHERE chunks_fts MATCH ?{} ORDER BY rank, rowid LIMIT ?"
        )
        if doc_ids is None:
            rows = self._db.execute(sql.format(""), (crumb_weight, match, k)).fetchall()
            return [(r[0], float(r[1])) for r in rows]
        if len(doc_ids) > _PER_DOCUMENT_SEARCH_LIMIT:
            marks = ",".join("?" * len(doc_ids))
            rows = self._db.execute(
                sql.format(f" AND rowid IN (SELECT rowid FROM chunks WHERE doc_id IN ({marks}))"),
                (crumb_weight, match, *doc_ids, k),
            ).fetchall()
            return [(r[0], float(r[1])) for r in rows]
        # A few documents: one search per document, restricted by rowid inside FTS5
        # (its cost follows the document, not the index). bm25 statistics are
        # corpus-wide either way, so the scores of different documents compare.
        out: list[tuple[int, float]] = []
        for doc_id in doc_ids:
            lo, hi, n = self._db.execute(
                "SELECT MIN(rowid), MAX(rowid), COUNT(*) FROM chunks WHERE doc_id=?", (doc_id,)
            ).fetchone()
            if not n:
                continue
            if hi - lo + 1 == n:  # a document's chunks are written together: contiguous
                rows = self._db.execute(
                    sql.format(" AND rowid BETWEEN ? AND ?"), (crumb_weight, match, lo, hi, k)
                ).fetchall()
            else:
                rows = self._db.execute(
                    sql.format(" AND rowid IN (SELECT rowid FROM chunks WHERE doc_id = ?)"),
                    (crumb_weight, match, doc_id, k),
                ).fetchall()
            out.extend((r[0], float(r[1])) for r in rows)
        out.sort(key=lambda r: (r[1], r[0]))
        return out[:k]

    def chunks_with_all(
        self, terms: Sequence[str], k: int, doc_ids: Sequence[str] | None = None
    ) -> list[LexicalHit]:
        """Chunks containing every analysed term (FTS5 AND), best bm25 first: the
        passages that state all the rare words of a question, however long they are
        (bm25 alone ranks a long passage low)."""
        if not terms or (doc_ids is not None and not doc_ids):
            return []
        match = " AND ".join(f'"{t}"' for t in dict.fromkeys(terms))
        with self._lock:
            ranked = self._ranked_rows(match, k, 2.0, doc_ids)
            if not ranked:
                return []
            marks = ",".join("?" * len(ranked))
            ids = dict(self._db.execute(
                f"SELECT rowid, id FROM chunks WHERE rowid IN ({marks})", [r[0] for r in ranked]
            ).fetchall())
        return [LexicalHit(chunk_id=ids[rowid], score=-rank) for rowid, rank in ranked if rowid in ids]

    def spelling_variants(self, term: str) -> list[str]:
        """Indexed terms one or two edits from an analysed term no chunk contains."""
        with self._lock:
            return term_stats.near_terms(self._db, term)

    def term_frequencies(self, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        """(number of chunks, chunks containing each analysed term), in O(1) per term.

        Terms absent from every chunk are absent from the dict.
        """
        with self._lock:
            return term_stats.lookup(self._db, terms)
