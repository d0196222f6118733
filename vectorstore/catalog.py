"""The catalog: one SQLite file holding documents, pages, chunks and the lexical index.

It is the source of truth of the index. A document's chunks and its FTS5 rows are
written in ONE transaction, so a crash (even `kill -9`) leaves either the old or the
new version, never a mix; the dense vectors in Chroma are derived state, rebuilt
from here by `Indexer.sync_dense`, which is what makes ingestion crash-safe.

Past 400 lines on purpose: `Catalog` is the one owner of that file's connection, lock
and transactions, so every table's reads and writes stay its methods; the schema and
row mapping live in `catalog_schema.py`, BM25 in `lexical.py`, records in `records.py`
and term statistics in `terms.py`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ingest.models import (
    Chunk,
    ObjectiveRecord,
    Page,
    ParsedDocument,
    UnitKind,
)
from vectorstore import lexical
from vectorstore import terms as term_stats
from vectorstore.analysis import ANALYZER_VERSION, ItalianAnalyzer
from vectorstore.catalog_schema import (
    CATALOG_SCHEMA,
    CHUNK_COLUMNS,
    SCHEMA_VERSION,
    DocumentRecord,
    row_to_chunk,
    row_to_meta,
    row_to_record,
)
from vectorstore.errors import IncompatibleIndexError
from vectorstore.lexical import LEXICAL_MAX_POSTINGS, LexicalHit
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

_ANALYZER_KEY = "analyzer_version"  # meta key: the analyzer the lexical index was built with

__all__ = ["Catalog", "DocumentRecord", "LexicalHit"]


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
            self._db.executescript(CATALOG_SCHEMA)
            self._db.executescript(RECORDS_SCHEMA)  # additive: older catalogs gain it
            self._db.executescript(term_stats.TERMS_SCHEMA)  # additive too
            self._check_schema()
            self._rederive_lexical()
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

    def _rederive_lexical(self) -> None:
        """Re-analyse the stored chunks when the catalog was indexed by another version
        of the analyzer: the lexical index is derived state, and query tokens must be the
        tokens the passages were indexed with."""
        def current() -> bool:
            row = self._db.execute("SELECT value FROM meta WHERE key=?", (_ANALYZER_KEY,)).fetchone()
            return row is not None and row["value"] == str(ANALYZER_VERSION)

        if current():
            return
        with self._transaction() as db:
            if current():  # (another process did it meanwhile)
                return
            if db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]:
                log.info("Catalog %s: re-analysing its passages for the lexical index.", self.path)
                db.execute("DELETE FROM chunks_fts")
                rows = db.execute(f"SELECT rowid, {CHUNK_COLUMNS} FROM chunks").fetchall()
                db.executemany("INSERT INTO chunks_fts(rowid, crumb, body) VALUES (?,?,?)",
                               [(r["rowid"], *self._lexical_fields(row_to_chunk(r))) for r in rows])
                term_stats.invalidate(db)
            db.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (_ANALYZER_KEY, str(ANALYZER_VERSION)))

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
                    f"INSERT INTO chunks({CHUNK_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
            write_records(db, row_to_meta(row), records, extractor)

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
        return [row_to_record(r) for r in rows]

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
        return None if r is None else row_to_record(r)

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
                f"SELECT {CHUNK_COLUMNS} FROM chunks WHERE doc_id=? ORDER BY ordinal", (doc_id,)
            ).fetchall()
        return [row_to_chunk(r) for r in rows]

    def chunks_of_kind(self, doc_id: str, kind: UnitKind) -> list[Chunk]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {CHUNK_COLUMNS} FROM chunks WHERE doc_id=? AND kind=? ORDER BY ordinal",
                (doc_id, kind.value),
            ).fetchall()
        return [row_to_chunk(r) for r in rows]

    def chunks_by_id(self, ids: Sequence[str]) -> dict[str, Chunk]:
        out: dict[str, Chunk] = {}
        with self._lock:
            for start in range(0, len(ids), 500):
                batch = list(ids[start : start + 500])
                marks = ",".join("?" * len(batch))
                rows = self._db.execute(
                    f"SELECT {CHUNK_COLUMNS} FROM chunks WHERE id IN ({marks})", batch
                ).fetchall()
                out.update((r["id"], row_to_chunk(r)) for r in rows)
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
        sql = f"SELECT {CHUNK_COLUMNS} FROM chunks WHERE doc_id=?"
        if values is not None:
            sql += f" AND kind IN ({','.join('?' * len(values))})"
        for doc_id in self.document_ids():
            with self._lock:
                rows = self._db.execute(
                    sql + " ORDER BY ordinal", [doc_id, *(values or [])]
                ).fetchall()
            for r in rows:
                yield row_to_chunk(r)

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
        with self._lock:
            return lexical.search(
                self._db, self.analyzer, query, k, doc_ids, crumb_weight, max_postings
            )

    def chunks_with_all(
        self, terms: Sequence[str], k: int, doc_ids: Sequence[str] | None = None
    ) -> list[LexicalHit]:
        """Chunks containing every analysed term (FTS5 AND), best bm25 first: the
        passages that state all the rare words of a question, however long they are
        (bm25 alone ranks a long passage low)."""
        if not terms or (doc_ids is not None and not doc_ids):
            return []
        with self._lock:
            return lexical.with_all_terms(self._db, terms, k, doc_ids)

    def spelling_variants(self, term: str) -> list[str]:
        """Indexed terms one or two edits from an analysed term no chunk contains."""
        with self._lock:
            return term_stats.near_terms(self._db, term)

    def extending_terms(self, word: str) -> list[str]:
        """Indexed terms that extend a folded word's root as its adjective or diminutive
        does (`terms.extending_terms`)."""
        with self._lock:
            return term_stats.extending_terms(self._db, word)

    def rooted_terms(self, root: str) -> list[str]:
        """Indexed terms that begin with `root` (`terms.rooted_terms`)."""
        with self._lock:
            return term_stats.rooted_terms(self._db, root)

    def term_frequencies(self, terms: Iterable[str]) -> tuple[int, dict[str, int]]:
        """(number of chunks, chunks containing each analysed term), in O(1) per term.

        Terms absent from every chunk are absent from the dict.
        """
        with self._lock:
            return term_stats.lookup(self._db, terms)
