"""Term statistics next to the FTS index, and lexical search with bounded work."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ingest.pipeline import parse_file
from vectorstore.catalog import Catalog
from vectorstore.terms import prune_terms

pytestmark = pytest.mark.unit

SMALL = (
    "cremosano_piao-2026-2028_valore-pubblico.txt",
    "cassano-dadda_piao-2023-2025_valore-pubblico.txt",
    "magentino_piao-2024-2026_obiettivi-dup.txt",
)


@pytest.fixture
def catalog(tmp_path: Path, samples_dir: Path) -> Catalog:
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    for name in SMALL:
        catalog.put_document(parse_file(samples_dir / name), name)
    return catalog


def counted_by_fts(catalog: Catalog) -> tuple[int, dict[str, int]]:
    """Chunk frequency of every term, the slow way (reading the FTS rows)."""
    counts: dict[str, int] = {}
    rows = catalog._db.execute("SELECT crumb, body FROM chunks_fts").fetchall()
    for row in rows:
        for term in set(row[0].split()) | set(row[1].split()):
            counts[term] = counts.get(term, 0) + 1
    return len(rows), counts


def stored(catalog: Catalog) -> tuple[int, dict[str, int]]:
    rows = catalog._db.execute("SELECT term, chunks FROM term_stats").fetchall()
    table = {r[0]: r[1] for r in rows}
    return table.pop(""), table


def test_prune_keeps_everything_under_the_budget() -> None:
    counts = {"a": 10, "b": 500, "c": 3}
    assert prune_terms(["a", "b", "c", "zzz"], counts, 1000) == ["a", "b", "c"]


def test_prune_drops_the_most_common_terms_first_and_keeps_the_rarest() -> None:
    counts = {"comun": 900, "obiett": 800, "imu": 5, "scadenz": 40}
    assert prune_terms(["obiett", "imu", "comun", "scadenz"], counts, 1000) == [
        "obiett", "imu", "scadenz"
    ]
    assert prune_terms(["obiett", "imu", "comun", "scadenz"], counts, 100) == ["imu", "scadenz"]
    assert prune_terms(["comun", "obiett"], counts, 10) == ["obiett"]  # never empty
    assert prune_terms(["nessuno"], counts, 10) == []


def test_stats_follow_adds_replacements_and_removals(
    catalog: Catalog, samples_dir: Path, tmp_path: Path
) -> None:
    assert stored(catalog) == counted_by_fts(catalog)
    changed = tmp_path / SMALL[0]
    changed.write_text(
        (samples_dir / SMALL[0]).read_text(encoding="utf-8") + "\nPiscina comunale nuova.\n",
        encoding="utf-8",
    )
    catalog.put_document(parse_file(changed), str(changed))  # replaces
    assert stored(catalog) == counted_by_fts(catalog)
    catalog.remove_document(SMALL[1])
    assert stored(catalog) == counted_by_fts(catalog)
    total, counts = catalog.term_frequencies(["piscin", "obiett", "nonesiste"])
    assert total == catalog.count_chunks()
    assert "nonesiste" not in counts
    for term, n in counts.items():
        matched = catalog._db.execute(
            "SELECT COUNT(*) FROM chunks_fts WHERE chunks_fts MATCH ?", (f'"{term}"',)
        ).fetchone()[0]
        assert n == matched


def test_older_catalogs_are_filled_on_open(catalog: Catalog) -> None:
    expected = stored(catalog)
    path = catalog.path
    catalog.close()
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE term_stats")
        db.execute("DELETE FROM meta WHERE key = 'term_stats'")
    assert stored(Catalog(path)) == expected


def test_unpruned_search_is_unchanged_and_filters_agree(catalog: Catalog) -> None:
    question = "Quali obiettivi riguardano la digitalizzazione dei servizi del comune?"
    everything = catalog.lexical_search(question, 20, max_postings=10**9)
    assert everything == catalog.lexical_search(question, 20)  # small index: no pruning
    all_docs = catalog.lexical_search(question, 20, doc_ids=list(SMALL))
    assert [h.chunk_id for h in all_docs] == [h.chunk_id for h in everything]
    assert [round(h.score, 9) for h in all_docs] == [round(h.score, 9) for h in everything]


def test_pruned_search_still_finds_the_rare_terms(catalog: Catalog) -> None:
    question = "obiettivi del comune per la piscina e il centro sportivo"
    _total, counts = catalog.term_frequencies(catalog.analyzer.analyze_query(question))
    rarest = min(counts, key=lambda t: counts[t])
    hits = catalog.lexical_search(question, 5, max_postings=counts[rarest])
    assert hits
    by_id = catalog.chunks_by_id([h.chunk_id for h in hits])
    for hit in hits:
        assert rarest in catalog.analyzer.analyze(by_id[hit.chunk_id].text)


def test_terms_absent_from_the_corpus_find_nothing(catalog: Catalog) -> None:
    assert catalog.lexical_search("xylofono quadrimensionale", 5) == []
    assert catalog.lexical_search("digitalizzazione", 5, doc_ids=[]) == []


def test_filtered_search_with_scattered_rows_agrees(catalog: Catalog) -> None:
    """A document whose rows are not contiguous (never written so today) is still
    searched correctly."""
    question = "digitalizzazione dei servizi e trasparenza"
    before = catalog.lexical_search(question, 10, doc_ids=[SMALL[2]])
    db = catalog._db
    rowid = db.execute("SELECT MIN(rowid) FROM chunks WHERE doc_id=?", (SMALL[2],)).fetchone()[0]
    far = db.execute("SELECT MAX(rowid) FROM chunks").fetchone()[0] + 1000
    db.execute("UPDATE chunks SET rowid=? WHERE rowid=?", (far, rowid))
    crumb, body = db.execute("SELECT crumb, body FROM chunks_fts WHERE rowid=?", (rowid,)).fetchone()
    db.execute("DELETE FROM chunks_fts WHERE rowid=?", (rowid,))
    db.execute("INSERT INTO chunks_fts(rowid, crumb, body) VALUES (?,?,?)", (far, crumb, body))
    after = catalog.lexical_search(question, 10, doc_ids=[SMALL[2]])
    assert [h.chunk_id for h in after] == [h.chunk_id for h in before]
    many = catalog.lexical_search(question, 10, doc_ids=[SMALL[2]] * 60)  # the SQL path
    assert [h.chunk_id for h in many] == [h.chunk_id for h in before]
