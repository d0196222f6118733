"""Objective records in the catalog: written with the chunks in one transaction,
removed with the document, queried by filters and counted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ingest.models import ParsedDocument
from ingest.pipeline import parse_file
from tests.conftest import SAMPLES_DIR
from vectorstore import records as record_store
from vectorstore.catalog import Catalog
from vectorstore.index import Indexer
from vectorstore.records import RecordFilters

pytestmark = pytest.mark.unit

MAGENTINO = SAMPLES_DIR / "magentino_piao-2024-2026_obiettivi-dup.txt"
MAGNAGO = SAMPLES_DIR / "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"


@pytest.fixture(scope="module")
def magentino() -> ParsedDocument:
    return parse_file(MAGENTINO)


@pytest.fixture(scope="module")
def magnago() -> ParsedDocument:
    return parse_file(MAGNAGO)


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    return Catalog(tmp_path / "catalog.sqlite3")


def test_records_are_stored_with_the_document(catalog: Catalog, magentino: ParsedDocument) -> None:
    catalog.put_document(magentino, str(MAGENTINO))
    stored = catalog.records()
    assert len(stored) == len(magentino.records) == 68
    assert stored == list(magentino.records)  # JSON round trip keeps every field and source
    assert catalog.record_extractor(magentino.meta.doc_id) == magentino.records_by


def test_remove_document_removes_its_records(catalog: Catalog, magentino: ParsedDocument, magnago: ParsedDocument) -> None:
    catalog.put_document(magentino, str(MAGENTINO))
    catalog.put_document(magnago, str(MAGNAGO))
    assert catalog.count_records() == 68 + 91
    assert catalog.remove_document(magentino.meta.doc_id)
    assert catalog.count_records() == 91
    assert catalog.record_extractor(magentino.meta.doc_id) is None
    assert {r.doc_id for r in catalog.records()} == {magnago.meta.doc_id}


def test_a_replaced_document_replaces_its_records(catalog: Catalog, magentino: ParsedDocument) -> None:
    catalog.put_document(magentino, str(MAGENTINO))
    fewer = magentino.model_copy(update={"records": magentino.records[:5]})
    catalog.put_document(fewer, str(MAGENTINO))
    assert catalog.count_records() == 5


def test_a_failure_while_writing_records_rolls_back_the_chunks_too(
    catalog: Catalog, magentino: ParsedDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog.put_document(magentino, str(MAGENTINO))
    changed = magentino.model_copy(
        update={
            "meta": magentino.meta.model_copy(update={"content_hash": "new"}),
            "chunks": magentino.chunks[:3],
            "records": magentino.records[:2],
        }
    )

    def boom(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("vectorstore.catalog.write_records", boom)
    with pytest.raises(sqlite3.OperationalError):
        catalog.put_document(changed, str(MAGENTINO))
    # the old version is intact: chunks and records together
    assert catalog.content_hash(magentino.meta.doc_id) == magentino.meta.content_hash
    assert len(catalog.chunks_of(magentino.meta.doc_id)) == len(magentino.chunks)
    assert catalog.count_records() == 68


def test_filters_match_words_case_and_accent_insensitively(catalog: Catalog, magnago: ParsedDocument) -> None:
    catalog.put_document(magnago, str(MAGNAGO))
    lavori = catalog.records(RecordFilters(settore="area lavori pubblici"))
    # "Area Lavori Pubblici e Responsabile Area Polizia Locale" (a shared objective) too
    assert len(lavori) == 24 and all("Area Lavori Pubblici" in (r.settore or "") for r in lavori)
    assert catalog.count_records(RecordFilters(settore="LAVORI PUBBL")) == len(lavori)
    assert catalog.count_records(RecordFilters(ente="cassano magnago")) == 91
    assert catalog.count_records(RecordFilters(ente="Cremosano")) == 0
    assert catalog.count_records(RecordFilters(periodo="2025-2027")) == 91
    villa = catalog.records(RecordFilters(keyword="villa oliva"))
    assert villa and all("Villa Oliva" in (r.titolo or "") + str(r.fasi) + (r.motivazione or "") for r in villa)
    assert catalog.records(RecordFilters(keyword="parola-che-non-esiste")) == []
    # LIKE wildcards in a query are literal characters
    assert catalog.count_records(RecordFilters(keyword="%")) == 91  # no word: no filter
    assert catalog.count_records(RecordFilters(keyword="a_b")) == 0


def test_counts_by_settore(catalog: Catalog, magnago: ParsedDocument) -> None:
    catalog.put_document(magnago, str(MAGNAGO))
    counts = dict(catalog.count_records_by("settore"))
    assert sum(counts.values()) == 91
    expected = sum(1 for r in magnago.records if r.settore == "Area Lavori Pubblici")
    assert counts["Area Lavori Pubblici"] == expected > 0
    with pytest.raises(ValueError):
        catalog.count_records_by("titolo; DROP TABLE records")


def test_numbers_ignore_leading_zeros() -> None:
    assert record_store.folded("07. LAVORI PUBBLICI") == " 7 lavori pubblici "
    where, args = RecordFilters(settore="settore 7").where()
    assert "settore_f LIKE" in where and "% 7%" in args


def test_an_older_catalog_gains_records_at_the_next_ingestion(tmp_path: Path, magentino: ParsedDocument) -> None:
    path = tmp_path / "catalog.sqlite3"
    catalog = Catalog(path)
    catalog.put_document(magentino, str(MAGENTINO))
    # a catalog written before records existed: no records tables
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE records")
        db.execute("DROP TABLE record_state")
    catalog.close()
    reopened = Catalog(path)
    assert reopened.count_records() == 0
    outcome = Indexer(reopened).add(magentino, str(MAGENTINO))
    assert outcome.status == "unchanged"
    assert reopened.count_records() == 68
    # records from another extractor version are refreshed too
    reopened.put_records(magentino.meta.doc_id, magentino.records[:1], "rules-0")
    Indexer(reopened).add(magentino, str(MAGENTINO))
    assert reopened.count_records() == 68
