"""Precedents for a new objective: the most similar objectives already in the corpus.

The intent ("digitalizzare l'archivio delle pratiche edilizie") is searched like a
question (hybrid search, BM25 + dense); the passages found are mapped to the stored
objective records whose span they overlap, and the records are ranked by how much
of the intent's topic they share — weighted by rarity, the title counting most —
with the search rank as a tie-breaker. A record that shares no topic word with the
intent is never a precedent, however close the dense search puts it. Duplicates
(same title) are kept once.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from assistant.drafting.text import noun_of
from ingest.models import ObjectiveRecord, UnitKind
from ingest.text import INTENT_GENERIC_WORDS, fold_label
from vectorstore.analysis import ItalianAnalyzer
from vectorstore.catalog import Catalog
from vectorstore.records import RecordFilters
from vectorstore.search import HybridSearcher, SearchFilters

log = logging.getLogger(__name__)

MIN_RELATIVE_COVERAGE = 0.45
_OBJECTIVE_KINDS = frozenset({UnitKind.OBJECTIVE, UnitKind.TABLE_ROW, UnitKind.SUMMARY, UnitKind.SECTION})


@dataclass(frozen=True)
class ScoredRecord:
    record: ObjectiveRecord
    score: float
    shared: tuple[str, ...]  # the intent's topic words the record contains
    search_rank: int | None  # best rank of a passage of this record (1 = first)
    coverage: float = 0.0  # share of the intent's topic (rarity-weighted) it contains


def record_text(r: ObjectiveRecord, with_lists: bool = True) -> str:
    """What a record says (no names of people): for topic matching."""
    parts = [r.titolo, r.obiettivo_strategico, r.motivazione, r.valore_atteso]
    if with_lists:
        parts += [p.descrizione for p in r.fasi] + [i.nome for i in r.indicatori]
    return " ".join(p for p in parts if p)


class PrecedentFinder:
    """Find the objectives most similar to an intent among the stored records.

    Args:
        searcher: the hybrid searcher over the same catalog.
        catalog: where the records are stored.
        candidates: passages retrieved per intent.
    """

    def __init__(
        self,
        searcher: HybridSearcher,
        catalog: Catalog,
        candidates: int = 30,
        analyzer: ItalianAnalyzer | None = None,
    ) -> None:
        if candidates < 1:
            raise ValueError("candidates must be >= 1")
        self.searcher = searcher
        self.catalog = catalog
        self.candidates = candidates
        self.analyzer = analyzer or ItalianAnalyzer()
        self._generic = INTENT_GENERIC_WORDS

    def topic_terms(self, text: str) -> dict[str, frozenset[str]]:
        """The topic words of `text` → their analysed terms (a verb also gives its
        noun's: "digitalizzare" matches "digitalizzazione", "formare" "formazione")."""
        out: dict[str, frozenset[str]] = {}
        for raw in re.split(r"[\s'’]+", text):
            word = raw.strip(".,;:()«»\"“”").casefold()
            if not word or word in self._generic or word.isdigit():
                continue
            terms = set(self.analyzer.analyze(word))
            noun = noun_of(word)
            if noun:
                terms.update(self.analyzer.analyze(noun))
            if terms and word not in out:
                out[word] = frozenset(terms)
        return out

    def topic_pairs(self, text: str) -> list[tuple[str, str]]:
        """Topic words written next to each other ("raccolta differenziata",
        "prevenzione della corruzione"): a record that has them together is closer."""
        words = [w.strip(".,;:()«»\"“”").casefold() for w in re.split(r"[\s'’]+", text)]
        content = [w for w in words if w and self.analyzer.analyze(w)]  # stopwords drop out
        topic = self.topic_terms(text)
        return [(a, b) for a, b in pairwise(content) if a in topic and b in topic and a != b]

    def shares_topic(self, intent: str, record: ObjectiveRecord) -> tuple[str, ...]:
        """The intent's topic words that `record` contains (empty: off topic)."""
        have = set(self.analyzer.analyze(record_text(record)))
        return tuple(word for word, terms in self.topic_terms(intent).items() if terms & have)

    def find(
        self,
        intent: str,
        k: int = 4,
        filters: SearchFilters | None = None,
        exclude_ids: Iterable[str] = (),
    ) -> list[ScoredRecord]:
        """The `k` best precedents for `intent`, best first (possibly fewer, or none)."""
        words = self.topic_terms(intent)
        if not words:
            return []
        hits = self.searcher.search(intent, self.candidates, filters)
        best_rank: dict[str, int] = {}
        records: dict[str, ObjectiveRecord] = {}
        by_doc: dict[str, list[ObjectiveRecord]] = {}
        for rank, hit in enumerate(hits, start=1):
            chunk = hit.chunk
            if chunk.kind not in _OBJECTIVE_KINDS:
                continue
            if chunk.doc_id not in by_doc:
                by_doc[chunk.doc_id] = self.catalog.records(RecordFilters(doc_ids=[chunk.doc_id]))
            for r in _overlapping(by_doc[chunk.doc_id], chunk.char_start, chunk.char_end):
                records.setdefault(r.id, r)
                best_rank.setdefault(r.id, rank)
        excluded = set(exclude_ids)
        pairs = self.topic_pairs(intent)
        all_terms = {t for terms in words.values() for t in terms}
        n_chunks, df = self.catalog.term_frequencies(all_terms)
        idf = {t: math.log(1 + max(n_chunks, 1) / (1 + df.get(t, 0))) for t in all_terms}
        # a word weighs as its rarest form: the one that tells topics apart
        weights = {w: max(idf[t] for t in terms) for w, terms in words.items()}
        total = sum(weights.values()) or 1.0
        scored: list[ScoredRecord] = []
        for rid, r in records.items():
            if rid in excluded or not r.titolo:
                continue
            title = set(self.analyzer.analyze(r.titolo))
            body = set(self.analyzer.analyze(record_text(r)))
            shared = [w for w, terms in words.items() if terms & body]
            if not shared:
                continue
            in_title = [w for w, terms in words.items() if terms & title]
            cov_title = sum(weights[w] for w in in_title) / total
            cov_all = sum(weights[w] for w in shared) / total
            if pairs:
                tokens = self.analyzer.analyze(record_text(r))
                bigrams = set(pairwise(tokens))
                together = [
                    (a, b) for a, b in pairs
                    if any((x, y) in bigrams for x in words[a] for y in words[b])
                ]
                cov_all += 0.5 * sum(weights[a] + weights[b] for a, b in together) / total
            if not in_title and cov_all < 0.75:
                continue  # not in the title, and only part of the intent in the rest
            rank = best_rank[rid]
            score = 0.55 * cov_title + 0.3 * cov_all + 0.15 / (1 + 0.1 * (rank - 1))
            scored.append(ScoredRecord(r, round(score, 4), tuple(shared), rank, round(cov_all, 4)))
        # a precedent covers nearly half as much of the intent as the best one does: a
        # record sharing one common word is no precedent next to one sharing them all
        best = max((s.coverage for s in scored), default=0.0)
        log.debug("precedent coverage %s", [(s.record.titolo[:30], s.coverage) for s in scored if s.record.titolo])
        scored = [s for s in scored if s.coverage >= MIN_RELATIVE_COVERAGE * best]
        scored.sort(key=lambda s: (-s.score, s.search_rank or 0))
        out: list[ScoredRecord] = []
        seen: set[str] = set()
        for s in scored:
            key = fold_label(s.record.titolo or "")
            if key in seen:
                continue
            seen.add(key)
            out.append(s)
            if len(out) >= k:
                break
        log.info(
            "precedents intent=%r hits=%d records=%d kept=%s",
            intent[:80], len(hits), len(records), ",".join(s.record.id for s in out),
        )
        return out


def _overlapping(records: Sequence[ObjectiveRecord], start: int, end: int) -> list[ObjectiveRecord]:
    """Records whose span (or the span of one of their values) overlaps [start, end)."""
    out = []
    for r in records:
        spans = [(r.source.char_start, r.source.char_end)]
        spans += [(s.char_start, s.char_end) for s in r.sources.values() if s.origin == "text"]
        if any(a < end and start < b for a, b in spans if b > a):
            out.append(r)
    return out
