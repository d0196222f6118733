"""The catalog's SQLite schema and the mapping of its rows to domain objects."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from ingest.models import Chunk, DocumentMeta, LayoutKind, UnitKind

SCHEMA_VERSION = 1

CATALOG_SCHEMA = """
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

CHUNK_COLUMNS = (
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


def row_to_chunk(row: sqlite3.Row) -> Chunk:
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


def row_to_meta(row: sqlite3.Row) -> DocumentMeta:
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


def row_to_record(row: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(
        meta=row_to_meta(row),
        source_path=row["source_path"],
        n_chunks=row["n_chunks"],
        dense_state=row["dense_state"],
        ingested_at=row["ingested_at"],
    )
