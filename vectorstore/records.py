"""Objective records in the catalog: schema, writes inside the catalog's transactions,
and queries (filters, keyword, counts).

The catalog (`vectorstore.catalog.Catalog`) owns the SQLite connection and the
transactions; the functions here take the connection, so that a document's records
are written in the SAME transaction as its chunks (a crash never leaves one without
the other) and removed with it.

Filters match whole words, case- and accent-insensitively, in any order, each query
word being the start of a word of the field ("verde urb" finds "12. VERDE
URBANO"; numbers ignore leading zeros, so "settore 7" finds "07. ..."). The tables
are created with IF NOT EXISTS: a catalog made before records existed gains them on
open, and its documents get their records at the next ingestion.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.models import DocumentMeta, ObjectiveRecord
from ingest.text import fold_words

RECORDS_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    id TEXT NOT NULL,
    ente TEXT,
    periodo TEXT,
    codice TEXT,
    titolo TEXT,
    settore TEXT,
    responsabile TEXT,
    ente_f TEXT NOT NULL,
    periodo_f TEXT NOT NULL,
    settore_f TEXT NOT NULL,
    responsabile_f TEXT NOT NULL,
    search_f TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (doc_id, ordinal)
);
CREATE INDEX IF NOT EXISTS records_id ON records(id);
CREATE TABLE IF NOT EXISTS record_state (
    doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    extractor TEXT NOT NULL,
    n_records INTEGER NOT NULL
);
"""

COUNT_FIELDS = ("settore", "responsabile", "ente", "periodo", "doc_id")


def folded(text: str | None) -> str:
    """' w1 w2 … ': a field as the filters see it (padded for word matching)."""
    return " " + " ".join(fold_words(text)) + " "


@dataclass(frozen=True)
class RecordFilters:
    """Record filters; every given filter must match (None = no filter)."""

    ente: str | None = None
    periodo: str | None = None
    settore: str | None = None
    responsabile: str | None = None
    keyword: str | None = None
    doc_ids: Sequence[str] | None = None

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        args: list[object] = []
        for column, value in (
            ("ente_f", self.ente),
            ("periodo_f", self.periodo),
            ("settore_f", self.settore),
            ("responsabile_f", self.responsabile),
            ("search_f", self.keyword),
        ):
            if value is None or not value.strip():
                continue
            words = fold_words(value)
            if not words:
                continue
            for word in words:
                clauses.append(f"{column} LIKE ? ESCAPE '\\'")
                args.append("% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if self.doc_ids is not None:
            if not self.doc_ids:
                clauses.append("0")
            else:
                clauses.append(f"doc_id IN ({','.join('?' * len(self.doc_ids))})")
                args.extend(self.doc_ids)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def _search_text(r: ObjectiveRecord) -> str:
    parts: list[str | None] = [
        r.codice, r.titolo, r.obiettivo_strategico, r.area_strategica, r.responsabile, r.settore,
        r.motivazione, r.valore_atteso, r.scadenza, *r.stakeholder, *r.dipendenti,
    ]
    for p in r.fasi:
        parts += [p.descrizione, p.tempistica]
    for i in r.indicatori:
        parts += [i.nome, i.target]
    return " ".join(x for x in parts if x)


def write_records(
    db: sqlite3.Connection,
    meta: DocumentMeta,
    records: Sequence[ObjectiveRecord],
    extractor: str,
) -> None:
    """Replace the records of one document (call inside the catalog's transaction)."""
    delete_records(db, meta.doc_id)
    db.executemany(
        "INSERT INTO records(doc_id, ordinal, id, ente, periodo, codice, titolo, settore,"
        " responsabile, ente_f, periodo_f, settore_f, responsabile_f, search_f, data)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                meta.doc_id,
                n,
                r.id,
                r.ente,
                r.periodo,
                r.codice,
                r.titolo,
                r.settore,
                r.responsabile,
                # a record without its own municipality name is still the document's
                folded(" ".join(x for x in (r.ente, meta.ente) if x)),
                folded(r.periodo or meta.periodo),
                folded(r.settore),
                folded(r.responsabile),
                folded(_search_text(r)),
                r.model_dump_json(),
            )
            for n, r in enumerate(records)
        ],
    )
    db.execute(
        "INSERT INTO record_state(doc_id, extractor, n_records) VALUES (?,?,?)",
        (meta.doc_id, extractor, len(records)),
    )


def delete_records(db: sqlite3.Connection, doc_id: str) -> None:
    db.execute("DELETE FROM records WHERE doc_id=?", (doc_id,))
    db.execute("DELETE FROM record_state WHERE doc_id=?", (doc_id,))


def query_records(db: sqlite3.Connection, filters: RecordFilters, limit: int | None = None) -> list[ObjectiveRecord]:
    where, args = filters.where()
    sql = f"SELECT data FROM records{where} ORDER BY doc_id, ordinal"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [ObjectiveRecord.model_validate_json(r[0]) for r in db.execute(sql, args).fetchall()]


def count_records(db: sqlite3.Connection, filters: RecordFilters) -> int:
    where, args = filters.where()
    return int(db.execute(f"SELECT COUNT(*) FROM records{where}", args).fetchone()[0])


def count_records_by(db: sqlite3.Connection, field: str, filters: RecordFilters) -> list[tuple[str | None, int]]:
    """(value, count) per distinct value of `field`, largest first."""
    if field not in COUNT_FIELDS:
        raise ValueError(f"cannot count records by {field!r}; one of {COUNT_FIELDS}")
    where, args = filters.where()
    rows = db.execute(
        f"SELECT {field} AS value, COUNT(*) AS n FROM records{where} GROUP BY {field}"
        " ORDER BY n DESC, value", args,
    ).fetchall()
    return [(r[0], int(r[1])) for r in rows]


def record_extractor(db: sqlite3.Connection, doc_id: str) -> str | None:
    """Which extractor produced the stored records of a document (None: none stored)."""
    row = db.execute("SELECT extractor FROM record_state WHERE doc_id=?", (doc_id,)).fetchone()
    return None if row is None else str(row[0])
