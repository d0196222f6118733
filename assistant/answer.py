"""Extractive answers grounded in document structure: no language model needed.

The answer is composed from what ingestion knows: the labelled fields of the best
objective block / table row (responsabile, fasi, indicatori, …), the org chart for
"who heads that settore", and otherwise the passage sentences that best match the
question. Every line carries a citation whose quote is verified against the passage.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from assistant.citations import Citation, cite, quote_occurs, squash, verify
from assistant.conversation import Resolved, Turn, resolve
from assistant.intent import Intent, QuestionIntent, classify
from assistant.questions import MAX_QUESTION_CHARS, check_question
from assistant.records import RecordQueries
from assistant.retrieve import RetrievalResult, Retriever, normalize_name, same_office
from ingest.models import Chunk, ObjectiveRecord, UnitKind
from ingest.structure.people import person_in
from vectorstore.analysis import ItalianAnalyzer
from vectorstore.search import SearchFilters, SearchHit

NOT_FOUND = "Non ho trovato questa informazione nei documenti caricati."
MAX_ANSWER_CHARS = 600
_OBJECTIVES = re.compile(r"\bobiettiv", re.IGNORECASE)
# A document "fully" answers when its passages hold this share of the question's
# (rarity-weighted) content; several such documents get a line each.
_FULL_COVERAGE = 0.9
_MAX_DOCUMENT_LINES = 4
# Words that say what kind of thing is asked, not which one: they do not count when
# checking that the best passage is about the question at all.
_GENERIC = frozenset(
    ItalianAnalyzer().analyze(
        "obiettivo obiettivi comune piano piao previsto prevista previsti documento "
        "responsabile settore chi quale quali cosa indicatore indicatori fasi tempi "
        "valore atteso finalità programma progetto ente anno prevede prevedono prevedere "
        "riguarda riguardano strategico strategica strategici strategiche linea linee "
        # who-words: they name the kind of answer (a person, a role), not the topic
        "assessore assessora sindaco dirigente referente titolare segue seguono cura curano "
        "gestisce gestiscono occupa occupano"
    )
)
_NAMED_PLACE = re.compile(r"\b(?:[Cc]omune|[Cc]ittà|[Cc]itta) di ([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)*)")


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    text: str
    citations: list[Citation]  # verified only: each quote occurs in a retrieved passage
    passages: list[Chunk]
    found: bool  # grounded: the documents support it (at least one verified citation)
    mode: str = "extractive"
    query: str = ""  # the standalone question actually searched (follow-ups resolved)
    # Shown to the user next to an answer that is not grounded (e.g. an LLM reply whose
    # citations could not be verified); empty otherwise.
    warning: str = ""


@runtime_checkable
class Answerer(Protocol):
    """What the CLI and the app ask questions to (extractive or LLM-backed)."""

    @property
    def label(self) -> str:
        """The answering mode in use, for users (Italian)."""
        ...

    def answer(
        self, question: str, filters: SearchFilters | None = None, history: Sequence[Turn] = ()
    ) -> Answer: ...

    def stream(
        self, question: str, filters: SearchFilters | None = None, history: Sequence[Turn] = ()
    ) -> Iterator[str | Answer]:
        """Text deltas as they are produced, then the final (verified) `Answer`.

        The final answer's text is authoritative: it may differ from the joined deltas
        (unverifiable citation marks removed).
        """
        ...


@dataclass
class _Part:
    """One statement of an answer line and the verbatim quotes that support it
    ("@chunk_id@text" for a quote from another passage than the line's)."""

    text: str
    quotes: list[str]


@dataclass
class _Line:
    head: str  # "Ente – «titolo»" (may be empty)
    parts: list[_Part]
    chunk: Chunk
    head_quotes: list[str]


class ExtractiveAnswerer:
    """Answers from fields and sentences of the retrieved passages."""

    def __init__(
        self,
        retriever: Retriever,
        analyzer: ItalianAnalyzer | None = None,
        top_k: int = 10,
        min_coverage: float = 0.5,
        max_question_chars: int = MAX_QUESTION_CHARS,
    ) -> None:
        if not 0 <= min_coverage <= 1:
            raise ValueError("min_coverage must be in [0, 1]")
        self.max_question_chars = max_question_chars
        self.retriever = retriever
        self.analyzer = analyzer or ItalianAnalyzer()
        self.top_k = top_k
        self.min_coverage = min_coverage

    label = "offline (estrattivo, senza modello linguistico)"

    # -- public ------------------------------------------------------------------------
    def stream(
        self,
        question: str,
        filters: SearchFilters | None = None,
        history: Sequence[Turn] = (),
    ) -> Iterator[str | Answer]:
        """The whole text at once (it is composed, not generated), then the answer."""
        ans = self.answer(question, filters, history)
        yield ans.text
        yield ans

    def answer(
        self,
        question: str,
        filters: SearchFilters | None = None,
        history: Sequence[Turn] = (),
    ) -> Answer:
        """Answer `question`; `history` (previous turns) resolves follow-ups.

        Raises:
            InvalidQuestionError: empty, wordless or oversized question (Italian message).
        """
        question = check_question(question, self.max_question_chars)
        resolved = resolve(question, history, self.retriever)
        result = self.retriever.retrieve(resolved.query, self.top_k, filters)
        ans = self._answer(question, resolved, result)
        if result.degraded and not ans.warning:
            ans = ans.model_copy(update={"warning": result.degraded})
        return ans

    def _answer(self, question: str, resolved: Resolved, result: RetrievalResult) -> Answer:
        hits = result.hits
        passages = [h.chunk for h in hits]
        unknown = self._unknown_place(question)
        if not hits or unknown:
            what = f" su {unknown}" if unknown else ""
            return Answer(text=f"{NOT_FOUND[:-1]}{what}.", citations=[], passages=passages,
                          found=False, query=resolved.query)
        counted = self._count_records(resolved.question, result)
        if counted is not None:
            return counted.model_copy(update={"query": resolved.query})
        terms = self._content_terms(resolved.query)
        if self._coverage(terms, hits[:3]) < self.min_coverage:
            return Answer(text=NOT_FOUND, citations=[], passages=passages, found=False,
                          query=resolved.query)
        intent = classify(resolved.question)
        groups = self._per_document_groups(hits, result.enti_detected, terms)
        lines: list[_Line] = []
        refusal: str | None = None
        groups = [self._best_first(g, terms) for g in groups]
        for group_hits in groups:
            line, missing = self._describe(group_hits, hits, intent, terms, multi=len(groups) > 1)
            if line is not None:
                lines.append(line)
            elif missing and refusal is None:
                refusal = missing
        if not lines:
            return Answer(text=refusal or NOT_FOUND, citations=[], passages=passages, found=False,
                          query=resolved.query)
        return self._assemble(lines, passages).model_copy(update={"query": resolved.query})

    # -- counts from the objective records --------------------------------------------
    def _count_records(self, question: str, result: RetrievalResult) -> Answer | None:
        """"Quanti obiettivi ha il settore 07. Lavori Pubblici?": counted on the stored
        objective records whose settore the question names (one line per document),
        each line citing the first objectives it counts."""
        if not (classify(question).asks_count and _OBJECTIVES.search(question)):
            return None
        q = f" {normalize_name(question)} "
        docs = {d for g in result.enti_detected for d in g.split(",")}
        records = [r for r in RecordQueries(self.retriever.catalog).list()
                   if r.settore and (not docs or r.doc_id in docs)]
        named: dict[str, tuple[str, str]] = {}  # doc_id -> (settore as written, its core)
        for rec in records:
            core = _settore_core(rec.settore or "")
            if len(core) >= 4 and f" {core} " in q and rec.doc_id not in named:
                named[rec.doc_id] = (rec.settore or "", core)
        if not named:
            return None
        # An objective shared by two settori ("Area X e Area Y") counts for both.
        by_doc: dict[str, tuple[str, list[ObjectiveRecord]]] = {
            doc_id: (settore, [r for r in records if r.doc_id == doc_id
                               and f" {core} " in f" {normalize_name(r.settore or '')} "])
            for doc_id, (settore, core) in named.items()
        }
        lines: list[_Line] = []
        extra: list[Chunk] = []
        for doc_id, (settore, recs) in by_doc.items():
            chunks = self.retriever.catalog.chunks_of(doc_id)
            quotes: list[str] = []
            for rec in recs[:3]:
                src = rec.sources.get("titolo", rec.source)
                holder = next((c for c in chunks if c.char_start <= src.char_start < c.char_end
                               and rec.titolo and quote_occurs(_short_quote(rec.titolo), c)),
                              None)
                if holder is not None:
                    extra.append(holder)
                    quotes.append(f"@{holder.id}@{_short_quote(rec.titolo or '')}")
            titles = "; ".join(_short(r.titolo or "", 70) for r in recs[:3])
            more = "; …" if len(recs) > 3 else ""
            part = _Part(f"{len(recs)} obiettivi ({titles}{more})", quotes)
            where = self.retriever.document_label(doc_id)
            lines.append(_Line(_head(where, f"settore {settore}"), [part], chunks[0], []))
        passages = [h.chunk for h in result.hits]
        seen = {c.id for c in passages}
        passages += [c for c in extra if not (c.id in seen or seen.add(c.id))]  # type: ignore[func-returns-value]
        return self._assemble(lines, passages)

    # -- checks ------------------------------------------------------------------------
    def _unknown_place(self, question: str) -> str | None:
        """A municipality named in the question that no indexed document belongs to."""
        known = self.retriever.aliases()
        for match in _NAMED_PLACE.finditer(question):
            name = normalize_name(match.group(1))
            if not any(name in alias or alias in name for alias in known):
                return match.group(1)
        return None

    def _content_terms(self, question: str) -> set[str]:
        """Question terms that say what it is about: not generic words, and not the
        municipality names, which retrieval already turns into filters."""
        names = [*self.retriever.aliases(), *self.retriever.place_names()]
        places = {t for name in names for t in self.analyzer.analyze(name)}
        return {
            t for t in self.analyzer.analyze_query(question) if t not in _GENERIC | places
        }

    def _coverage(self, terms: set[str], hits: Sequence[SearchHit]) -> float:
        """Share of the question's content, weighted by rarity, found in one passage.

        A rare term ("piscina") weighs more than a common one ("nuovo"): a passage
        that only shares the common words of a question does not answer it.
        """
        if not terms:
            return 1.0
        weights = self._rarity(terms)
        total = sum(weights.values())
        best = 0.0
        for h in hits:
            tokens = set(self.analyzer.analyze(h.chunk.text))
            best = max(best, sum(w for t, w in weights.items() if _matches({t}, tokens)) / total)
        return best

    def _rarity(self, terms: set[str]) -> dict[str, float]:
        """Inverse chunk frequency of each term (terms absent from the corpus weigh most)."""
        total, counts = self.retriever.catalog.term_frequencies(sorted(terms))
        return {t: math.log((total + 1) / (counts.get(t, 0) + 0.5)) for t in terms}

    def _best_first(self, group: list[SearchHit], terms: set[str]) -> list[SearchHit]:
        """Lead with the passage (among the top 3) that covers most question terms."""
        head = group[:3]
        scores = [len(terms & set(self.analyzer.analyze(h.chunk.text))) for h in head]
        best = max(range(len(head)), key=lambda i: (scores[i], -i))
        return [group[best], *[h for i, h in enumerate(group) if i != best]]

    def _per_document_groups(
        self, hits: list[SearchHit], enti_detected: tuple[str, ...], terms: set[str]
    ) -> list[list[SearchHit]]:
        """One group per named ente (comparisons); one per document when the question
        names none and several documents answer it fully ("chi è responsabile della
        digitalizzazione SUAP?"); else the top hit's group only."""
        if len(enti_detected) >= 2:
            groups = []
            for docs in enti_detected:
                ids = set(docs.split(","))
                g = [h for h in hits if h.chunk.doc_id in ids]
                if g:
                    groups.append(g)
            if groups:
                return groups
        if not enti_detected and terms:
            by_doc: dict[str, list[SearchHit]] = {}
            for h in hits:
                by_doc.setdefault(h.chunk.doc_id, []).append(h)
            full = [g for g in by_doc.values()
                    if self._coverage(terms, g[:2]) >= _FULL_COVERAGE]
            if len(full) >= 2 and full[0] is by_doc[hits[0].chunk.doc_id]:
                return full[:_MAX_DOCUMENT_LINES]
        return [hits]

    # -- composing ---------------------------------------------------------------------
    def _describe(
        self,
        group: list[SearchHit],
        all_hits: list[SearchHit],
        intent: QuestionIntent,
        terms: set[str],
        multi: bool,
    ) -> tuple[_Line | None, str | None]:
        top = group[0].chunk
        fields = top.fields
        label = _short(fields.get("titolo") or top.breadcrumb[-1], 90)
        where = self.retriever.document_label(top.doc_id) if multi else ""
        parts: list[_Part] = []
        head_quotes: list[str] = []
        if fields.get("titolo") and quote_occurs(_short_quote(fields["titolo"]), top):
            head_quotes.append(_short_quote(fields["titolo"]))

        # Parts of the same objective: a value may be quoted from any of them.
        siblings = [h.chunk for h in group if h.chunk.fields.get("titolo") == fields.get("titolo")
                    and h.chunk.doc_id == top.doc_id] if fields.get("titolo") else [top]

        def add(text: str, *sources: str | None) -> None:
            """A part of the answer and the verbatim source of each value it states."""
            part = _Part(text, [])
            parts.append(part)
            for quote in sources:
                if not quote:
                    continue
                for candidate in _quote_variants(quote):
                    holder = next((c for c in siblings if quote_occurs(candidate, c)), None)
                    if holder is not None:
                        part.quotes.append(
                            candidate if holder.id == top.id else f"@{holder.id}@{candidate}"
                        )
                        break

        structured = top.kind in (UnitKind.OBJECTIVE, UnitKind.TABLE_ROW, UnitKind.SUMMARY)
        if intent.has(Intent.EMPLOYEES):
            staff = _items(fields.get("dipendenti", ""))
            if staff:
                add("dipendenti: " + ", ".join(staff), staff[0])
            elif structured:
                return None, (
                    f"{NOT_FOUND[:-1]}: per l'obiettivo «{label}» il documento non indica i "
                    "dipendenti assegnati" + _who_suffix(fields) + "."
                )
        if intent.has(Intent.HOLDER):
            holder = _org_chart_for(top, all_hits)
            if holder is not None:
                name = holder.fields.get("titolare", "")
                add(f"titolare del settore {holder.fields.get('settore', '')}: {name}")
                if quote_occurs(name, holder):
                    parts[-1].quotes.append(f"@{holder.id}@{name}")
        if intent.has(Intent.POLITICAL) and fields.get("responsabile_politico"):
            add(f"responsabile politico: {fields['responsabile_politico']}",
                fields["responsabile_politico"])
        elif intent.has(Intent.POLITICAL):
            sentence = _matching_line(top.body, r"(\bAss\.|\bAssessor\w*|\bSindaco\b)")
            if sentence:
                add(sentence, sentence)
        if intent.has(Intent.RESPONSIBLE) and not intent.has(Intent.EMPLOYEES):
            resp = fields.get("responsabile") or fields.get("settore")
            if top.kind == UnitKind.ORG_CHART and fields.get("titolare"):
                # an org-chart entry answers "who" with the person it names
                add(f"{fields.get('settore', '')}: {fields['titolare']}", fields["titolare"])
            elif resp:
                extra = ""
                if fields.get("settore") and normalize_name(fields["settore"]) not in normalize_name(resp):
                    extra = f" (settore {fields['settore']})"
                add(f"responsabile: {resp}{extra}", resp)
                # "who" answered with an office: the person the same document's org chart
                # names for that office completes the answer (objective -> settore -> titolare)
                holder = None if intent.has(Intent.HOLDER) or person_in(resp) else _org_chart_for(top, all_hits)
                if holder is not None and (name := holder.fields.get("titolare")):
                    add(f"di cui è titolare {name}")
                    if quote_occurs(name, holder):
                        parts[-1].quotes.append(f"@{holder.id}@{name}")
            elif structured and not intent.has(Intent.HOLDER) and not intent.has(Intent.POLITICAL):
                return None, (
                    f"{NOT_FOUND[:-1]}: per «{label}» il documento non indica un responsabile"
                    + _what_is_there(fields) + "."
                )
        if intent.has(Intent.STRATEGIC) and fields.get("obiettivo_strategico"):
            add(f"obiettivo strategico: {_short(fields['obiettivo_strategico'], 160)}",
                _short_quote(fields["obiettivo_strategico"]))
        if intent.has(Intent.INDICATORS):
            items = _best_items(_items(fields.get("indicatori", "")), terms, self.analyzer, 3)
            if items:
                add("indicatori: " + "; ".join(_render_indicator(i) for i in items), *items)
            if fields.get("valore_atteso"):
                add(f"valore atteso: {_short(fields['valore_atteso'], 200)}",
                    _short_quote(fields["valore_atteso"]))
        if intent.has(Intent.TIMING) or (intent.asks_list and top.kind == UnitKind.OBJECTIVE):
            items = _best_items(_items(fields.get("fasi", "")), terms, self.analyzer, 3)
            if items:
                add("fasi: " + "; ".join(items), *items)
            if fields.get("scadenza") and intent.has(Intent.TIMING):
                add(f"scadenza: {fields['scadenza']}", fields["scadenza"])
        if intent.has(Intent.PURPOSE) or (structured and not parts):
            for key in ("motivazione", "valore_atteso"):
                if fields.get(key) and not any(key.replace("_", " ") in p.text for p in parts):
                    add(f"{key.replace('_', ' ')}: {_short(fields[key], 220)}",
                        _short_quote(fields[key]))
        if intent.has(Intent.STAKEHOLDERS) and fields.get("stakeholder"):
            add(f"stakeholder: {fields['stakeholder']}", fields["stakeholder"])
        if intent.asks_list and top.kind == UnitKind.TABLE_ROW and not multi:
            siblings = [h.chunk for h in group[:6] if h.chunk.kind == UnitKind.TABLE_ROW
                        and h.chunk.breadcrumb[:-1] == top.breadcrumb[:-1]]
            titles = [c.fields["titolo"] for c in siblings if c.fields.get("titolo")]
            if len(titles) > 1:
                parts.insert(0, _Part("; ".join(_short(t, 120) for t in titles[:4]), []))
        # Also ground the answer in the sentence that best matches the question, from
        # the best passages of the same objective/section.
        same = [h.chunk for h in group[:4] if h.chunk.breadcrumb[:-1] == top.breadcrumb[:-1]
                or h.chunk.fields.get("titolo") == fields.get("titolo")] or [top]
        topic = frozenset(self.analyzer.analyze(" ".join([fields.get("titolo", ""),
                                                           top.breadcrumb[-1]])))
        sentence = _best_sentence(same[:3], terms, self.analyzer,
                                  prefer_numbers=intent.asks_count, topic=topic,
                                  prefer_dates=intent.has(Intent.TIMING),
                                  prefer_purpose=intent.has(Intent.PURPOSE))
        if sentence is None and not parts and terms & set(
            self.analyzer.analyze(" ".join(top.breadcrumb[1:]))
        ):
            # The question names this section itself ("cosa prevede il progetto 8.2?"):
            # its opening statement is the answer.
            opening = _first_statement(top)
            sentence = (top, opening) if opening else None
        count = (
            _count_children([h.chunk for h in group[:3]], terms, self.analyzer,
                            self.retriever.catalog)
            if intent.asks_count else None
        )
        if count:
            parts.insert(0, _Part(*count))
        if sentence is not None:
            chunk, text = sentence
            if not any(_overlap(text, p) for p in [label, *(p.text for p in parts)]):
                limit = 160 if multi else 260
                parts.insert(1 if intent.has(Intent.PURPOSE) else len(parts),
                             _Part(_short(text, limit), [f"@{chunk.id}@{_short_quote(text, 200)}"]))
            if not structured and not count and len(parts) == 1:
                return _Line(_head(where, _short(top.breadcrumb[-1], 90)), parts, chunk, []), None
        if not parts:
            return None, None
        if multi:  # one line per ente must fit the whole answer budget
            label = _short(label, 60)
            parts = [_Part(_short(p.text, 200), p.quotes) for p in parts[:1]]
        return _Line(_head(where, label), parts, top, head_quotes), None

    def _assemble(self, lines: list[_Line], passages: list[Chunk]) -> Answer:
        """Render lines with a mark after each statement; only verified quotes are
        numbered (the same quote once), and whole statements are dropped, never cut,
        to keep the answer short."""
        citations: list[Citation] = []
        numbers: dict[tuple[str, str], int] = {}
        by_id = {c.id: c for c in passages}

        def marks(line: _Line, quotes: list[str]) -> str:
            out: list[int] = []
            for quote in quotes:
                chunk = line.chunk
                if quote.startswith("@"):  # a quote from a linked chunk: "@id@text"
                    _, cid, quote = quote.split("@", 2)
                    chunk = by_id.get(cid, chunk)
                candidate = cite(len(citations) + 1, chunk, quote)
                key = (candidate.chunk_id, squash(candidate.quote))
                if key not in numbers:
                    if not verify([candidate], passages):
                        continue
                    numbers[key] = candidate.n
                    citations.append(candidate)
                if numbers[key] not in out:
                    out.append(numbers[key])
            return "".join(f"[{n}]" for n in out)

        rendered: list[str] = []
        budget = MAX_ANSWER_CHARS
        for line in lines:
            head = line.head + (" " + marks(line, line.head_quotes) if line.head_quotes else "")
            text = head.strip() + (": " if line.head else "")
            first = True
            for part in line.parts:
                piece = part.text + (" " + marks(line, part.quotes) if part.quotes else "")
                candidate = text + ("" if first else "; ") + piece.strip()
                if len("\n".join([*rendered, candidate])) > budget and not first:
                    break
                text, first = candidate, False
            rendered.append(text)
        text = "\n".join(rendered)
        if len(text) > budget:
            text = text[: budget - 1].rsplit(" ", 1)[0] + "…"
        used = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
        kept = [c for c in citations if c.n in used]
        return Answer(text=text, citations=kept, passages=passages, found=bool(kept))


# -- helpers -------------------------------------------------------------------------------
def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _short_quote(text: str, limit: int = 160) -> str:
    """A verbatim prefix (no ellipsis) so that it still occurs in the passage."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


def _items(value: str) -> list[str]:
    return [v.strip() for v in value.split("\n") if v.strip()]


def _quote_variants(quote: str) -> list[str]:
    """The quote as it reads in the source ("a — b" was "a<TAB>b"), then shorter
    verbatim fallbacks (its first part, a prefix)."""
    out = [_short_quote(quote.replace(" — ", " "), 240)]
    head = re.split(r"\s+(?:—|-)\s+|\t", quote)[0]
    if head and _short_quote(head, 240) not in out:
        out.append(_short_quote(head, 240))
    return out


def _best_items(items: list[str], terms: set[str], analyzer: ItalianAnalyzer, n: int) -> list[str]:
    """The (at most `n`) items that share terms with the question, best first; the
    first `n` items when none does (the question asked for the list as a whole)."""
    scores = [_matches(terms, set(analyzer.analyze(item))) for item in items]
    if not any(scores):
        return items[:n]
    ranked = sorted(range(len(items)), key=lambda i: (-scores[i], i))
    return [items[i] for i in ranked[:n] if scores[i] > 0]


def _overlap(a: str, b: str) -> bool:
    a_n, b_n = " ".join(a.split()).casefold(), " ".join(b.split()).casefold()
    return a_n[:60] in b_n or b_n[:60] in a_n


def _sentences(body: str) -> list[str]:
    out = []
    for line in body.split("\n"):
        line = line.strip(" -•\t")
        if not line:
            continue
        out.extend(s.strip() for s in re.split(r"(?<=[.;!?])\s+(?=[A-ZÀ-Ü0-9])", line) if s.strip())
    return out


_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d\d\b")
# How documents state a purpose: "si propone", "al fine di", "finalizzato a", …
_PURPOSE_CUE = re.compile(
    r"\b(si propone|si prefigge|al fine di|allo scopo|finalizzat[oaie]|con l'obiettivo|"
    r"mira a|per favorire|per garantire|volt[oaie] a)\b",
    re.IGNORECASE,
)


def _matches(terms: set[str] | frozenset[str], tokens: set[str]) -> int:
    """Terms found among `tokens`, a stem also matching its longer forms
    ("conclus" ~ "conclusion"): Snowball stems verbs and nouns of one root apart."""
    n = 0
    for t in terms:
        if t in tokens or (len(t) >= 5 and any(
            len(k) >= 5 and (k.startswith(t) or t.startswith(k)) for k in tokens
        )):
            n += 1
    return n


def _best_sentence(
    chunks: Sequence[Chunk],
    terms: set[str],
    analyzer: ItalianAnalyzer,
    prefer_numbers: bool = False,
    topic: frozenset[str] = frozenset(),
    prefer_dates: bool = False,
    prefer_purpose: bool = False,
) -> tuple[Chunk, str] | None:
    """The sentence that best answers: question terms count double when they are not
    `topic` terms (the objective's title, already named in the answer), so that a
    sentence restating the title loses to one about what is asked."""
    ask = terms - topic
    best: tuple[float, Chunk, str] | None = None
    for rank, chunk in enumerate(chunks):
        for sentence in _sentences(chunk.body):
            if len(sentence) < 12:
                continue
            if sentence.isupper():
                continue  # a heading, not a statement
            tokens = set(analyzer.analyze(sentence))
            score = 2 * _matches(ask, tokens) + 0.5 * _matches(terms & topic, tokens) - 0.3 * rank
            if not ask:  # nothing beyond the topic asked: plain overlap
                score = _matches(terms, tokens) - 0.3 * rank
            if prefer_numbers and re.search(r"\d", sentence):
                score += 0.5
            if prefer_dates and _DATE.search(sentence):
                score += 1.0
            if prefer_purpose and _PURPOSE_CUE.search(sentence):
                score += 2.0
            if best is None or score > best[0]:
                best = (score, chunk, sentence)
    if best is None or best[0] <= 0:
        return None
    return best[1], best[2]


def _first_statement(chunk: Chunk) -> str | None:
    return next(
        (x for x in _sentences(chunk.body) if len(x) >= 12 and not x.isupper()), None
    )


def _matching_line(body: str, pattern: str) -> str | None:
    rx = re.compile(pattern)
    lines = (ln.strip() for ln in body.split("\n"))
    return next((ln for ln in lines if ln and rx.search(ln)), None)


def _org_chart_for(chunk: Chunk, hits: Sequence[SearchHit]) -> Chunk | None:
    """The org-chart entry of the chunk's settore among the retrieved passages (same
    document; the office written with or without its kind or number)."""
    settore = normalize_name(chunk.fields.get("settore", ""))
    for h in hits:
        c = h.chunk
        if (c.kind == UnitKind.ORG_CHART and c.fields.get("titolare") and c.doc_id == chunk.doc_id
                and (not settore or same_office(normalize_name(c.fields.get("settore", "")), settore))):
            return c
    return None


def _who_suffix(fields: dict[str, str]) -> str:
    resp = fields.get("responsabile")
    return f" (indica solo il responsabile: {resp})" if resp else ""


def _what_is_there(fields: dict[str, str]) -> str:
    present = [k for k in ("motivazione", "stakeholder", "indicatori", "scadenza") if fields.get(k)]
    if not present:
        return ""
    names = {"motivazione": "finalità", "scadenza": "annualità"}
    return " (riporta solo " + ", ".join(names.get(k, k) for k in present) + ")"


def _settore_core(settore: str) -> str:
    """"07. LAVORI PUBBLICI" / "Area Lavori Pubblici" → "lavori pubblici"."""
    name = normalize_name(settore)
    return re.sub(r"^(?:\d+\s+)?(?:area|settore|servizio|servizi|ufficio)?\s*", "", name).strip()


def _head(where: str, label: str) -> str:
    return " – ".join(x for x in (where, f"«{label}»" if label else "") if x)


def _render_indicator(item: str) -> str:
    """"n. moduli predisposti — 2" reads better as "2 moduli predisposti"."""
    name, _, target = item.partition(" — ")
    m = re.match(r"(?i)^(?:n\.|nr\.?|numero(?: di)?)\s*(.+)$", name.strip())
    if target and m and re.fullmatch(r"[\d.,]+", target.strip()):
        return f"{target.strip()} {m.group(1)}"
    return f"{name}: {target}" if target else name


_NUMBERED_HEADING = re.compile(r"^(\d+)[.)]\s+\S.{0,80}$")


def _count_children(
    chunks: Sequence[Chunk], terms: set[str], analyzer: ItalianAnalyzer, catalog: Any
) -> tuple[str, list[str]] | None:
    """For "quante/quanti …": the numbered sub-headings under the heading asked about.

    A sub-heading shows either as a deeper breadcrumb element or, when the chunker
    merged a short section into its parent, as a numbered line of the parent's body.
    """
    prefixes: list[tuple[str, ...]] = []
    for c in chunks:
        for prefix in (c.breadcrumb, c.breadcrumb[:-1]):
            if prefix and prefix not in prefixes and terms & set(analyzer.analyze(prefix[-1])):
                prefixes.append(prefix)
    best: dict[str, str] = {}
    for prefix in prefixes:
        found: dict[str, str] = {}  # leading number -> heading
        for other in catalog.chunks_of(chunks[0].doc_id):
            crumb = other.breadcrumb
            if crumb[: len(prefix)] != prefix:
                continue
            candidates = [crumb[len(prefix)]] if len(crumb) > len(prefix) else []
            if len(crumb) == len(prefix):
                candidates += [ln.strip() for ln in other.body.split("\n")]
            for head in candidates:
                m = _NUMBERED_HEADING.match(head)
                if m and not head.endswith(".") and m.group(1) not in found:
                    found[m.group(1)] = head
        if len(found) > len(best):
            best = found
    if len(best) < 2:
        return None
    ordered = [best[k] for k in sorted(best, key=int)]
    # Sources: the counted headings that the retrieved passages show (in their body or
    # their breadcrumb), so a person can check the list the number comes from.
    quotes = [f"@{c.id}@{head}" for c in chunks for head in ordered if quote_occurs(head, c)]
    return f"{len(ordered)} ({ordered[0]} … {ordered[-1]})", quotes[:3]
