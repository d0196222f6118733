"""Catalog: atomic document replacement, FTS5 lexical search with Italian analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import (
    Chunk,
    DocumentMeta,
    LoadedDocument,
    Page,
    ParsedDocument,
    UnitKind,
    chunk_id,
    sha256_bytes,
)
from vectorstore.catalog import Catalog

pytestmark = pytest.mark.unit


def make_parsed(doc_id: str, bodies: list[str], ente: str = "Comune Test") -> ParsedDocument:
    text = "\n\n".join(bodies)
    h = sha256_bytes(text.encode())
    chunks = []
    pos = 0
    for i, body in enumerate(bodies):
        start = text.index(body, pos)
        end = start + len(body)
        pos = end
        chunks.append(
            Chunk(
                id=chunk_id(h, start, end, i),
                doc_id=doc_id,
                ordinal=i,
                kind=UnitKind.SECTION,
                text=f"{ente} › Sezione {i}\n{body}",
                source_text=body,
                page=1,
                page_end=1,
                char_start=start,
                char_end=end,
                breadcrumb=(ente, f"Sezione {i}"),
                fields={"settore": "Area Test"} if i == 0 else {},
            )
        )
    doc = LoadedDocument(
        file_name=doc_id, source_path=doc_id, content_hash=h, text=text,
        pages=(Page(number=1, text=text, char_start=0),),
    )
    meta = DocumentMeta(doc_id=doc_id, file_name=doc_id, title=doc_id, ente=ente,
                        periodo="2025-2027", content_hash=h)
    return ParsedDocument(meta=meta, document=doc, chunks=tuple(chunks))


@pytest.fixture()
def catalog(tmp_path: Path) -> Catalog:
    return Catalog(tmp_path / "catalog.sqlite3")


def test_put_and_read_back(catalog: Catalog) -> None:
    parsed = make_parsed("a.txt", ["Digitalizzazione delle pratiche SUAP", "Asili nido comunali"])
    catalog.put_document(parsed, "a.txt")
    chunks = catalog.chunks_of("a.txt")
    assert [c.id for c in chunks] == [c.id for c in parsed.chunks]
    assert chunks[0].fields == {"settore": "Area Test"}
    assert catalog.pending_dense() == ["a.txt"]
    assert catalog.content_hash("a.txt") == parsed.meta.content_hash


def test_lexical_search_matches_inflections_and_codes(catalog: Catalog) -> None:
    catalog.put_document(
        make_parsed("a.txt", [
            "Digitalizzare le procedure dello sportello SUAP entro il 2025",
            "Obiettivo strategico 2.1.1 sostegno al commercio",
            "Manutenzione del verde pubblico",
        ]),
        "a.txt",
    )
    hits = catalog.lexical_search("chi segue la digitalizzazione del suap?", 5)
    assert hits and catalog.chunks_by_id([hits[0].chunk_id])[hits[0].chunk_id].ordinal == 0
    code_hits = catalog.lexical_search("obiettivo 2.1.1", 5)
    assert catalog.chunks_by_id([code_hits[0].chunk_id])[code_hits[0].chunk_id].ordinal == 1


def test_misspelt_question_words_find_the_word_the_corpus_uses(catalog: Catalog) -> None:
    catalog.put_document(
        make_parsed("a.txt", [
            "La raccolta differenziata ha raggiunto il 77,5% nel 2024",
            "Manutenzione straordinaria delle strade comunali",
            "Sportello unico per le attività produttive",
        ]),
        "a.txt",
    )
    for question in ("percentuale di differneziata?", "la manutenzoine delle strade"):
        hits = catalog.lexical_search(question, 5)
        assert hits, question
    top = catalog.lexical_search("percentuale di differneziata?", 5)[0]
    assert catalog.chunks_by_id([top.chunk_id])[top.chunk_id].ordinal == 0
    # a word the corpus has nothing near stays unmatched
    assert catalog.lexical_search("zzyzxq", 5) == []


def test_replace_leaves_no_stale_rows(catalog: Catalog) -> None:
    catalog.put_document(make_parsed("a.txt", ["vecchio testo sulle biblioteche"]), "a.txt")
    catalog.put_document(make_parsed("a.txt", ["nuovo testo sulle palestre"]), "a.txt")
    assert catalog.lexical_search("biblioteche", 5) == []
    assert len(catalog.lexical_search("palestre", 5)) == 1
    fts_rows = catalog._db.execute("SELECT COUNT(*) FROM chunks_fts").fetchone()[0]
    assert fts_rows == catalog.count_chunks() == 1


def test_failed_transaction_keeps_previous_version(catalog: Catalog, monkeypatch) -> None:
    catalog.put_document(make_parsed("a.txt", ["versione buona sui tributi"]), "a.txt")

    def boom(chunk: Chunk) -> tuple[str, str]:
        raise RuntimeError("crash in the middle of a write")

    monkeypatch.setattr(catalog, "_lexical_fields", boom)
    with pytest.raises(RuntimeError):
        catalog.put_document(make_parsed("a.txt", ["versione nuova"]), "a.txt")
    monkeypatch.undo()
    assert [c.source_text for c in catalog.chunks_of("a.txt")] == ["versione buona sui tributi"]
    assert len(catalog.lexical_search("tributi", 5)) == 1


def test_remove_and_filters(catalog: Catalog) -> None:
    catalog.put_document(make_parsed("a.txt", ["polizia locale controlli"]), "a.txt")
    catalog.put_document(make_parsed("b.txt", ["polizia locale pattuglie"], ente="Altro"), "b.txt")
    assert len(catalog.lexical_search("polizia", 5)) == 2
    only_b = catalog.lexical_search("polizia", 5, doc_ids=["b.txt"])
    assert [catalog.chunks_by_id([h.chunk_id])[h.chunk_id].doc_id for h in only_b] == ["b.txt"]
    assert catalog.remove_document("a.txt") is True
    assert catalog.remove_document("a.txt") is False
    assert [d.meta.doc_id for d in catalog.documents()] == ["b.txt"]
    assert catalog.pages("a.txt") == []


def test_corrupt_catalog_file_is_a_typed_error(tmp_path: Path) -> None:
    from vectorstore.errors import IncompatibleIndexError

    path = tmp_path / "catalog.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(IncompatibleIndexError) as info:
        Catalog(path)
    assert "ricostruiscilo" in info.value.user_message


def test_version_changes_on_write_and_refreshes_derived_aliases(catalog: Catalog) -> None:
    from assistant.answering import Retriever

    retriever = Retriever(searcher=None, catalog=catalog)  # type: ignore[arg-type]
    catalog.put_document(make_parsed("a.txt", ["polizia locale"], ente="Comune Alfa"), "a.txt")
    assert set(retriever.aliases()) == {"comune alfa"}
    before = catalog.version()
    catalog.put_document(make_parsed("b.txt", ["asili nido"], ente="Comune Beta"), "b.txt")
    assert catalog.version() != before
    assert set(retriever.aliases()) == {"comune alfa", "comune beta"}
    assert retriever.mentioned_groups("e nel Comune Beta?") == [["b.txt"]]


def test_a_catalog_indexed_by_an_older_analyzer_is_re_analysed_on_open(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite3"
    first = Catalog(path)
    first.put_document(make_parsed("a.txt", ["Comando di Polizia locale: presidio delle scuole"]), "a.txt")
    # (what an older analyzer stored: "comando" cut to "com", and its version)
    first._db.execute("UPDATE chunks_fts SET body = replace(body, 'comand', 'com')")
    first._db.execute("UPDATE meta SET value = '1' WHERE key = 'analyzer_version'")
    assert not first.lexical_search("chi è il comandante?", 5)
    first.close()
    reopened = Catalog(path)
    hits = reopened.lexical_search("chi è il comandante?", 5)
    assert hits and reopened.chunks_by_id([hits[0].chunk_id])[hits[0].chunk_id].doc_id == "a.txt"
    assert reopened.term_frequencies(["comand"])[1] == {"comand": 1}  # (the term counts follow)
