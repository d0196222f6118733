"""Evidence for an answer: the retrieved passages widened by structure, turned into
scored candidates.

Widening follows how plans are written: a detail sits where the question's rarest
words meet (conjunctive passages); an objective's fields live in its record; an
office's holder is in the same document's org chart; political referents are named
where a strategic line opens. A document's passages and records are read once per
catalog version.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.answering import candidates, holders
from assistant.answering.frame import Frame
from assistant.answering.intent import Intent
from assistant.answering.retrieve import RetrievalResult, Retriever, heads, same_office
from assistant.answering.select import Selection, Selector
from ingest.models import Chunk, ObjectiveRecord, UnitKind
from ingest.structure.people import person_in
from ingest.text import Field, fold_name
from vectorstore.records import RecordFilters
from vectorstore.search import SearchFilters, SearchHit

CANDIDATE_DEPTH = 8
_CACHE_DOCUMENTS = 128


# a word the corpus holds in at most this many passages identifies them
_FEW_PASSAGES = 3


class Evidence:
    """Gathers and scores the candidates of one question's retrieved passages."""

    def __init__(self, retriever: Retriever, selector: Selector, top_k: int) -> None:
        self.retriever = retriever
        self.selector = selector
        self.top_k = top_k
        self._doc_cache: dict[tuple[str, str, tuple[int, int]], list] = {}  # type: ignore[type-arg]

    def with_conjunctive(
        self, frame: Frame, result: RetrievalResult, filters: SearchFilters | None
    ) -> RetrievalResult:
        """Passages that contain all the question's rarest words, right after the best
        three: a detail inside a long passage (a row of a phase table, a sentence of a
        long description) is exactly where the rare words meet."""
        # only words some passage contains: a verb no plan uses ("spende" where plans
        # write "spesa") would leave no passage holding them all
        # (a word with a letter: a figure or a year is no key, a name spelt with digits is, a firm's "B4C")
        rare = sorted((t for t in frame.terms - frame.unindexed_terms - frame.ident_terms if re.search(r"[^\W\d_]", t)),
                      key=lambda t: (-frame.weights.get(t, 0.0), t))[:3]
        # (one word alone is too common a key, unless the corpus holds it in very few
        # passages: an acronym or a name, "chi fa da RASA", is found where it is written)
        if len(rare) < 2 and not (rare and frame.frequencies.get(rare[0], _FEW_PASSAGES + 1) <= _FEW_PASSAGES):
            return result
        docs = [d for g in frame.enti for d in g.split(",")] or (
            list(filters.doc_ids) if filters and filters.doc_ids else None)
        found = self.retriever.catalog.chunks_with_all(rare, 3, docs)
        top = {h.chunk.id for h in result.hits[:3]}
        new = [f.chunk_id for f in found if f.chunk_id not in top][:2]
        if not new:
            return result
        have = {h.chunk.id: h for h in result.hits}
        missing = self.retriever.catalog.chunks_by_id([i for i in new if i not in have])
        moved = [have.get(i) or SearchHit(chunk=missing[i], score=0.0, signals={"all_terms": 1.0})
                 for i in new if i in have or i in missing]
        ids = {h.chunk.id for h in moved}
        hits = result.hits[:3] + moved + [h for h in result.hits[3:] if h.chunk.id not in ids]
        return RetrievalResult(hits[: self.top_k], result.enti_detected, result.degraded)

    def select(self, frame: Frame, result: RetrievalResult) -> Selection:
        """The scored candidates of the retrieved passages (what LLM modes are given)."""
        found = [self._in_objective(c) for c in candidates.from_hits(result.hits, CANDIDATE_DEPTH)]
        found = [self._keyed_objective(c) for c in found]
        found += self._record_candidates(result.hits, found)
        if frame.asks(Intent.POLITICAL):
            found += self._strategic_line_candidates(found)
        hits = list(result.hits)
        for org, rank, source in self._linked_org_entries(found, hits):
            # the entry of the objective's office answers about that objective
            found += [replace(c, group_key=source.group, record_title=source.title)
                      for c in candidates.from_chunk(org, rank)]
            if all(h.chunk.id != org.id for h in hits):
                hits.append(SearchHit(chunk=org, score=0.0, signals={"org_chart_link": 1.0}))
        return self.selector.select(frame, found, _org_links(hits))

    def _record_candidates(
        self, hits: Sequence[SearchHit], found: list[candidates.Candidate]
    ) -> list[candidates.Candidate]:
        """Fields of the objective records the best passages belong to (the passage's
        objective, matched by the record's span), minus those already found."""
        seen = {(c.group, c.field, c.text) for c in found if c.field}
        out: list[candidates.Candidate] = []
        used: set[str] = set()
        for rank, hit in enumerate(hits[:4]):
            chunk = hit.chunk
            if chunk.kind == UnitKind.ORG_CHART:
                continue
            rec = next((r for r in self.records(chunk.doc_id)
                        if r.source.char_start < chunk.char_end and chunk.char_start < r.source.char_end
                        and r.id not in used), None)
            if rec is None:
                continue
            used.add(rec.id)
            group = self._owner(chunk)[0]
            for cand in candidates.from_record(rec, self.chunks(chunk.doc_id), rank, group):
                if (cand.group, cand.field, cand.text) not in seen:
                    out.append(cand)
        return out

    def _strategic_line_candidates(self, found: list[candidates.Candidate]) -> list[candidates.Candidate]:
        """The passage that introduces an objective's strategic line (its heading is the
        objective's area or strategic objective), as part of the objective's answer:
        plans name the political referents (assessori, sindaco) where a line opens."""
        out: list[candidates.Candidate] = []
        done: set[tuple[str, str]] = set()
        for cand in found:
            if cand.rank > 2 or cand.field not in (Field.AREA_STRATEGICA, Field.OBIETTIVO_STRATEGICO):
                continue
            key = fold_name(cand.text)
            if (cand.chunk.doc_id, key) in done or not key:
                continue
            done.add((cand.chunk.doc_id, key))
            opening = next((c for c in self.chunks(cand.chunk.doc_id)
                            if not c.fields.get(Field.TITOLO) and key in {fold_name(b) for b in c.breadcrumb}), None)
            if opening is not None:
                out += [replace(c, group_key=cand.group, record_title=cand.title)
                        for c in candidates.from_chunk(opening, cand.rank)]
        return out

    def _keyed_objective(self, cand: candidates.Candidate) -> candidates.Candidate:
        """A schedule grid's cell listed under an objective's number belongs to the
        objective with that code in the same plan: its title is the cell's context."""
        if not cand.key:
            return cand
        rec = next((r for r in self.records(cand.chunk.doc_id) if r.codice == cand.key), None)
        if rec is None:
            return cand
        opening = next((c for c in self.chunks(cand.chunk.doc_id)
                        if c.char_start <= rec.source.char_start < c.char_end), None)
        group = candidates.objective_key(opening) if opening is not None else (cand.chunk.doc_id, rec.titolo)
        return replace(cand, group_key=group, record_title=rec.titolo)

    def _in_objective(self, cand: candidates.Candidate) -> candidates.Candidate:
        """A passage without a title of its own that lies inside an objective's span or
        holds one of its fields (a row of the objective's measures table, filed under its
        own heading) belongs to that objective: its candidates join the objective's."""
        if cand.group_key is not None or cand.chunk.kind == UnitKind.ORG_CHART:
            return cand
        group, title = self._owner(cand.chunk)
        return cand if title is None else replace(cand, group_key=group, record_title=title)

    def _owner(self, chunk: Chunk) -> tuple[tuple[str, str], str | None]:
        """The objective a passage answers for, and its record title when that is not
        the passage's own objective (one grouping for passage and record candidates)."""
        owners = self._per_document("owners", chunk.doc_id, lambda: self._owners(chunk.doc_id))
        return owners.get(chunk.id, (candidates.objective_key(chunk), None))

    def _owners(self, doc_id: str) -> dict[str, tuple[tuple[str, str], str | None]]:
        """Passage id → (objective group, title) for the untitled passages of a document
        that lie inside an objective record's span or hold one of its fields (a measures
        table printed after the objective's card); computed once per document."""
        chunks = self.chunks(doc_id)
        out: dict[str, tuple[tuple[str, str], str | None]] = {}
        records = self.records(doc_id)
        # each objective's own passage: the one its record starts in (never another's)
        openings = {rec.id: next((c for c in chunks if c.char_start <= rec.source.char_start < c.char_end), None)
                    for rec in records}
        opening_ids = {c.id for c in openings.values() if c is not None}
        for rec in records:
            opening = openings[rec.id]
            if opening is None:
                continue
            # the document's fields (ente, periodo) point at its title page, not at the objective
            starts = [src.char_start for key, src in rec.sources.items() if key not in (Field.ENTE, Field.PERIODO)]
            for c in chunks:
                if c.id in opening_ids or c.id in out or c.fields.get(Field.TITOLO):
                    continue
                inside = rec.source.char_start <= c.char_start and c.char_end <= rec.source.char_end
                if inside or any(c.char_start <= x < c.char_end for x in starts):
                    out[c.id] = (candidates.objective_key(opening), rec.titolo)
        return out

    def records(self, doc_id: str) -> list[ObjectiveRecord]:
        return self._per_document("records", doc_id, lambda: self.retriever.catalog.records(
            RecordFilters(doc_ids=[doc_id])))

    def chunks(self, doc_id: str) -> list[Chunk]:
        """A document's passages, read once per catalog version (an answer consults them
        for records, org charts, strategic lines, siblings and list continuations)."""
        return self._per_document("chunks", doc_id, lambda: self.retriever.catalog.chunks_of(doc_id))

    def org_chart(self, doc_id: str) -> list[Chunk]:
        return [c for c in self.chunks(doc_id) if c.kind == UnitKind.ORG_CHART]

    def _per_document(self, what: str, doc_id: str, load):  # type: ignore[no-untyped-def]
        key = (what, doc_id, self.retriever.catalog.version())
        if key not in self._doc_cache:
            if len(self._doc_cache) > _CACHE_DOCUMENTS:
                self._doc_cache.clear()
            self._doc_cache[key] = load()
        return self._doc_cache[key]

    def _linked_org_entries(
        self, found: list[candidates.Candidate], hits: list[SearchHit]
    ) -> list[tuple[Chunk, int, candidates.Candidate]]:
        """The org-chart entries of the offices (or people) the best passages name,
        same document, as members of the objective's answer: the hop objective →
        settore → titolare/servizi, and back from a responsible person to the office
        the org chart gives them."""
        linked: set[tuple[str, tuple[str, str]]] = set()
        out: list[tuple[Chunk, int, candidates.Candidate]] = []
        for cand in found:
            if cand.rank > 2 or cand.field not in (Field.SETTORE, Field.RESPONSABILE):
                continue
            value = cand.text.split(":", 1)[-1] if cand.labelled else cand.text
            office = fold_name(value)
            person = person_in(value.strip())
            entries = self.org_chart(cand.chunk.doc_id)
            # (the entry of the service the value names, when the chart gives it one, not
            # the Area's above it)
            own = holders.own_entry(value, entries)
            for org in entries:
                unit = fold_name(org.fields.get(Field.SETTORE, ""))
                same = org is own if own is not None else heads(unit, office) \
                    or (person is not None and holders.headed_by(org, person))
                if same and (org.id, cand.group) not in linked:
                    linked.add((org.id, cand.group))
                    out.append((org, cand.rank, cand))
        return out


def _org_links(hits: Sequence[SearchHit]) -> dict[str, str]:
    """Org-chart entry → the text of the retrieved objectives of its settore (same
    document): "who heads the settore that does X" is answered by the entry whose
    settore does X (the hop objective → settore → titolare)."""
    links: dict[str, str] = {}
    for h in hits:
        org = h.chunk
        if org.kind != UnitKind.ORG_CHART:
            continue
        office = fold_name(org.fields.get(Field.SETTORE, ""))
        # (each objective's own heading and text: the headings above it are its
        # siblings' too, and tell no settore's objectives from another's)
        texts = [f"{o.chunk.heading}\n{o.chunk.body}" for o in hits
                 if o.chunk.doc_id == org.doc_id and o.chunk.kind != UnitKind.ORG_CHART
                 and (same_office(fold_name(o.chunk.fields.get(Field.SETTORE) or o.chunk.fields.get(Field.RESPONSABILE) or ""), office)
                      or office and f" {office} " in f" {fold_name(o.chunk.body)} ")]
        if texts:
            links[org.id] = "\n".join(texts[:2])
    return links
