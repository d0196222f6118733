"""The offline answerer: frame → retrieval → candidates → selection → abstention →
composition. Each step is its own module; this one only wires them and decides how
many answer lines there are (one per ente for comparisons and for questions that
several documents answer fully)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from assistant.answering import (
    abstain, candidates, change, coded, compose, counts, delegations, extremes, holders, keyed, organisation, split, staffing,
)
from assistant.answering.compose import (
    QUOTE_CHARS, Line, Statement, assemble, focus_window, head_of, locate, phrase, short, tenure, topical_value,
    value_after,
)
from assistant.answering.columns import rows_of_column
from assistant.answering.conversation import Turn, places_of, resolve
from assistant.answering.evidence import CANDIDATE_DEPTH, Evidence
from assistant.answering.frame import AnswerType, Frame, FrameBuilder, answer_type, asks_container
from assistant.answering.groups import items_of_group, objectives_of_group
from assistant.answering.intent import POLITICAL_ROLE, Intent
from assistant.answering.model import LIST_ANSWER_CHARS, MAX_ANSWER_CHARS, NOT_FOUND, Answer
from assistant.answering.questions import MAX_QUESTION_CHARS, check_question
from assistant.answering.retrieve import RetrievalResult, Retriever, heads
from assistant.answering.select import (
    INTENT_FIELDS,
    STRICT_TYPES,
    TYPE_PATTERNS,
    Scored,
    Selection,
    Selector,
    bare_title,
    charged_party,
    count_pattern,
    edge_date,
    has_person,
    is_heading,
    matched,
    names_party,
    opens_with,
    stated_figure,
    states_charge,
    states_count,
    surnames,
)
from ingest.models import Chunk, ObjectiveRecord, UnitKind
from ingest.structure.block_fields import settore_from_responsabile
from ingest.structure.people import APPOINTED_ROLE, HONORIFIC, TITLED_NAME_RE, is_role
from ingest.text import LIST_FIELDS, PARTY_FIELDS, Field, fold_name, join_hyphenated, squash_quote
from vectorstore.analysis import ItalianAnalyzer
from vectorstore.search import SearchFilters, SearchHit

# the words of a cause in a sentence ("dopo le proteste", "a causa di", "per questo",
# "risponde all'aumento", "in seguito a")
_CAUSE = re.compile(r"(?i)\b(?:dopo|a causa|in seguito|per questo|perché|poiché|dato che|visto|alla luce|"
                    r"rispond\w*|per far fronte|si rende necessari\w*)\b")
_REASON_DEPTH = 15  # how deep in the ranking a reason stated elsewhere is looked for
_REASON_SHARE = 0.6  # the share of the objective's title words it states
# A document "fully" answers when its best candidate context holds this share of the
# best document's score; several such documents get a line each.
_FULL_ANSWER = 0.9
_MAX_DOCUMENT_LINES = 4
# ... or this share, when its objective's title names the whole topic and the best one's does not
_TITLED_ANSWER = 0.8
# a quote holds about this much of a passage (`compose.short_quote` keeps 240)
_QUOTE_CHARS = 230
# Below this share of the topic in any top passage, the documents are not about it.
_MIN_COVERAGE = 0.35
_MIN_ITEM_CHARS = 60
# what a person heads, asked: a verb of heading or the kind of office ("dirige", "è a
# capo di", "quali strutture / settori / uffici")
_HEADS_ASKED = re.compile(r"(?i)\b(?:dirig\w*|guid\w*|a\s+capo|f(?:a|anno)\s+capo|titolar\w*|responsabil\w*|"
                          r"struttur\w*|settor\w*|uffic\w*|serviz[io]|aree)\b")
# "l'obiettivo affidato alla struttura della comm. Rossi", "l'obiettivo del dott. Bianchi":
# an objective described by the person who heads its office
_OBJECTIVE_OF_HEAD = re.compile(
    rf"\bobiettivo\s+(?:(?:affidat|assegnat|seguit|guidat)[oa]\s+(?:a|al|alla|dal|dalla)\s+|"
    rf"in\s+capo\s+(?:a|al|alla)\s+|(?:di|del|della)\s+)(?:(?:struttura|settore|servizio|ufficio|area)\s+(?:del|della|di)\s+)?"
    rf"(?:(?i:{HONORIFIC})\s+)(?:[A-ZÀ-Ý][\w'’]+\s+)?(?P<name>[A-ZÀ-Ý][\w'’]+)")
# a surname after a title ("il dott. Pieri", "la comm. Rossi"): a person asked by it
_TITLED_SURNAME = re.compile(rf"(?<![\w.])(?i:{HONORIFIC})\s+([A-ZÀ-Ý][a-zà-ÿ'’]{{2,}})\b")
_TITLE_WORDS = re.compile(rf"(?<![\w.])(?i:{HONORIFIC})(?![\w])")
# topic terms a later part of a question needs to name a subject of its own (one is
# often the field asked: "quali stakeholder coinvolge …")
_OWN_SUBJECT_TERMS = 2
_ITEM_OVERHEAD = 16  # "fase: ", the citation mark and the separator of each item
# Supporting statements must score at least this share of the best one.
_SUPPORT = 0.6
# a person named as plans name one, after a title or a head's role ("il comandante Rossi")
_TITLED_OR_ROLE_NAME = re.compile(
    rf"(?<![\w.])(?:(?i:{HONORIFIC})|(?i:comandante|segretari[oa]|dirigente|direttore|direttrice|sindac[oa]|"
    r"vicesindac[oa]|assessor[ea]))\s+[A-ZÀ-Ý][a-zà-ÿ'’]+")
# the share of the question's words an item must state to be singled out among a list's
_SINGLED_OUT = 0.3
# ... and how far ahead of the next item (a fifth more of the question's words)
_AHEAD = 1.2
# "di quale obiettivo", "che obiettivo": one objective asked for
_ONE_OBJECTIVE_ASKED = re.compile(r"(?i)\b(?:quale|che)\s+obiettivo\b(?!\s+strategic)")
# how many of an objective's best candidates may say which office is in charge
_CHARGE_DEPTH = 10


class ExtractiveAnswerer:
    """Answers from the candidates of the retrieved passages, without a language model."""

    label = "offline (estrattivo, senza modello linguistico)"

    def __init__(
        self,
        retriever: Retriever,
        analyzer: ItalianAnalyzer | None = None,
        top_k: int = 10,
        min_coverage: float = _MIN_COVERAGE,
        max_question_chars: int = MAX_QUESTION_CHARS,
    ) -> None:
        if not 0 <= min_coverage <= 1:
            raise ValueError("min_coverage must be in [0, 1]")
        self.retriever = retriever
        self.analyzer = analyzer or ItalianAnalyzer()
        self.frames = FrameBuilder(retriever, self.analyzer)
        self.selector = Selector(self.analyzer)
        self.top_k = top_k
        self.min_coverage = min_coverage
        self.max_question_chars = max_question_chars
        self.gather = Evidence(retriever, self.selector, top_k)

    # -- public ------------------------------------------------------------------------
    def stream(
        self, question: str, filters: SearchFilters | None = None, history: Sequence[Turn] = ()
    ) -> Iterator[str | Answer]:
        """The whole text at once (it is composed, not generated), then the answer."""
        ans = self.answer(question, filters, history)
        yield ans.text
        yield ans

    def answer(
        self, question: str, filters: SearchFilters | None = None, history: Sequence[Turn] = ()
    ) -> Answer:
        """Answer `question`; `history` (previous turns) resolves follow-ups.

        Raises:
            InvalidQuestionError: empty, wordless or oversized question (Italian message).
        """
        question = self._head_described(check_question(question, self.max_question_chars))
        asked = split.parts(question)
        pair = split.between_two(question) if len(asked) == 1 else []
        if len(asked) == 1 and not pair:  # (as `split` reads it: "…? elencami le categorie" asks a list)
            return self._answer_one(asked[0], filters, history)
        whole = self._answer_one(question, filters, history)
        if pair:
            # "tra A e B, quale …": the whole question first (two objectives of one plan
            # compared side by side); each side asked alone when it finds nothing
            if whole.found and not _refusals(whole.text):
                return whole
            asked = pair
        # two questions in one: each part is answered, the later ones in the context
        # of the earlier (as follow-ups in a chat are), in a share of the room
        answers: list[Answer] = []
        turns = list(history)
        for i, part in enumerate(asked):
            if i and turns and not split.refers_back(part) \
                    and len(self.frames.build(resolve(part, [], self.retriever)).weights) >= _OWN_SUBJECT_TERMS:
                # a part that names its own subject keeps only the earlier part's place
                # ("… chi coordina il gruppo X, e chi è il responsabile del servizio che
                # ha in carico Y?"): the earlier words would outweigh its own
                # (an earlier part that names no place has the place of the one ente
                # its answer comes from: the parts of one sentence ask about one plan)
                place = places_of(turns[-1].question, self.retriever) or self._answer_place(answers[-1])
                turns[-1] = Turn(place, turns[-1].answer)
            # a later part that names no place of its own asks about the ente the part
            # before was answered from: the parts of one sentence ask about one plan
            # ("… target sui certificati online e chi è la responsabile del settore che
            # lo deve raggiungere?")
            scope = filters
            if i and (filters is None or filters.empty) \
                    and not places_of(part, self.retriever) and self._answer_place(answers[-1]):
                scope = SearchFilters(doc_ids=tuple(self._ente_documents(answers[-1].citations[0].doc)))
            answers.append(self._answer_one(part, scope, turns, room=1 / len(asked)))
            turns.append(Turn(part, answers[-1].text))
        # the parts are answered apart only when they draw on passages the whole
        # question's answer does not: otherwise one objective answers both, and the
        # whole answer says so once ("chi è il RUP … e chi è il titolare del suo settore")
        # (nor when the whole answer refuses a part the parts answer: "chi la gestisce a X
        # e quali stakeholder coinvolge Y" asks each ente its own thing)
        cited = {c.chunk_id for c in whole.citations}
        refused = sum(_refusals(a.text) for a in answers) < _refusals(whole.text)
        # (a part that asks a figure, "quante pratiche … e di che periodo sono?", is
        # answered by the figure its own answer states first: a whole answer drawn from
        # the same passage that does not show it has answered the other part only)
        # (so is a part that asks who, answered by a person the whole answer does not
        # name: "chi guida il progetto e quante persone ha il suo settore")
        unshown = any(answer_type(p) in _FIGURE_TYPES and (figure := _first_figure(a.text))
                      and not staffing.states_number(_bare_text(whole.text), figure)
                      or answer_type(p) in _PERSON_TYPES and (person := TITLED_NAME_RE.search(_bare_text(a.text)))
                      and person.group(0) not in _bare_text(whole.text)
                      for p, a in zip(asked, answers, strict=True))
        if whole.found and not refused and not unshown \
                and all({c.chunk_id for c in a.citations} <= cited for a in answers):
            return whole
        # (a part that finds nothing alone, while the whole question draws on passages
        # no part reached, was found by the other part's words: the whole answers it)
        reached = {c.chunk_id for a in answers for c in a.citations}
        if whole.found and not _refusals(whole.text) and any(not a.found for a in answers) and cited - reached:
            return whole
        # parts answered from different enti's plans say whose each answer is
        places = [self.retriever.document_label(a.citations[0].doc) if a.citations else "" for a in answers]
        if len(set(places) - {""}) > 1:
            answers = [a.model_copy(update={"text": f"{p} – {a.text}"}) if p and not a.text.startswith(p) else a
                       for a, p in zip(answers, places, strict=True)]
        return compose.join(answers).model_copy(update={"query": question})

    def _answer_one(
        self, question: str, filters: SearchFilters | None, history: Sequence[Turn], room: float = 1.0
    ) -> Answer:
        frame = self.frames.build(resolve(question, history, self.retriever))
        result = self.gather.with_conjunctive(
            frame, self.retriever.retrieve(frame.query, self.top_k, filters), filters)
        ans = self.answer_frame(frame, result, room).model_copy(update={"query": frame.query})
        if result.degraded and not ans.warning:
            ans = ans.model_copy(update={"warning": result.degraded})
        return ans

    def _answer_place(self, ans: Answer) -> str:
        """The municipality an answer is drawn from, when it is one ("a <ente>")."""
        enti = {self.retriever.document_label(c.doc) for c in ans.citations}
        if len(enti) > 1 and not places_of(ans.query, self.retriever):
            # (an answer drawn from several plans the question did not name leads with
            # the plan that answers best: the parts of one sentence ask about that one;
            # plans the question named are all asked about)
            enti = {self.retriever.document_label(ans.citations[0].doc)}
        # (a document without an ente is labelled by its file name, which is no place)
        return f"a {enti.pop()}" if ans.found and len(enti) == 1 and enti <= self.retriever.place_names() else ""

    def evidence(self, frame: Frame, result: RetrievalResult) -> Selection:
        """The scored candidates of the retrieved passages (what LLM modes are given)."""
        return self.gather.select(frame, result)

    # -- steps -------------------------------------------------------------------------
    def answer_frame(self, frame: Frame, result: RetrievalResult, room: float = 1.0) -> Answer:
        """The answer to `frame` from `result`, within `room` (a share of the usual length)."""
        hits = result.hits
        passages = [h.chunk for h in hits]
        unknown = abstain.unknown_place(frame.question, self.retriever)
        if not hits or unknown:
            what = f" su {unknown}" if unknown else ""
            return Answer(text=f"{NOT_FOUND[:-1]}{what}.", citations=[], passages=passages, found=False)
        if gap := abstain.missing_period(frame, frame.question, self.retriever):
            return Answer(text=gap, citations=[], passages=passages, found=False)
        if (end := extremes.asked_end(frame)) is not None:
            # the objective that weighs most (least): every objective's weight compared,
            # in the plan named, else in the best retrieved one
            documents = [d for g in frame.enti for d in g.split(",")] \
                or list(dict.fromkeys(h.chunk.doc_id for h in hits))[:1]
            # (of the office the question names, "nell'area tecnica": its objectives only)
            named = counts.settore_named(frame.question, frame.enti, self.retriever)
            within = {d: [r.titolo or "" for r in recs] for d, recs in named[2].items()} if named else None
            if (weighed := extremes.objective_by_weight(frame, documents, self.retriever, end, within)) is not None:
                lines, extra = weighed
                return assemble(lines, _joined(passages, extra), int(room * MAX_ANSWER_CHARS))
        # the total weight of a group's objectives ("quanto pesano in totale gli obiettivi
        # del settore X"): each one's weight, and their sum, which no passage states
        weights = Field.PESO in frame.named_fields and re.search(r"\bobiettivi\b", frame.question, re.I) is not None
        if weights and (counted := counts.objectives_of_settore(frame.question, frame.enti, self.retriever,
                                                                weights=True)) is not None:
            lines, extra = counted
            return assemble(lines, _joined(passages, extra), int(room * LIST_ANSWER_CHARS))
        # the objectives of two offices compared ("ha più obiettivi il settore A o il B")
        documents = [d for g in frame.enti for d in g.split(",")] \
            or self._retrieved_first(hits)
        if (compared := counts.objectives_compared(frame.question, documents, self.retriever)) is not None:
            lines, extra = compared
            return assemble(lines, _joined(passages, extra), int(room * LIST_ANSWER_CHARS))
        # the office with the most (fewest) staff: every office of the chart compared (or
        # of the person named, "dei due settori dell'ing. X"), its head named
        if (end := staffing.asked_staff_end(frame.question)) is not None \
                and (staffed := self._office_by_staff(frame, hits, end)) is not None:
            return assemble([staffed], _joined(passages, [c for st in staffed.statements for c, _ in st.sources]),
                            int(room * MAX_ANSWER_CHARS))
        # (a count of anything else, "quante risorse per l'obiettivo…", is not one of objectives)
        if (frame.wants_count and not frame.counted or frame.asks_objectives) \
                and "obiettiv" in frame.question.casefold():
            if gap := abstain.year_unplanned(frame, passages):
                # the objectives of a year the plans do not cover: none, whatever they list
                return Answer(text=f"{gap[0].upper()}{gap[1:]}.", citations=[], passages=passages, found=False)
            # the objectives of a settore the question names are those its records
            # assign to it: counted, or listed whole when asked which they are
            # (a count asked with its items, "quanti sono e quali", is a list)
            listed = frame.asks_objectives or not frame.wants_count \
                or re.search(r"\bquali\b", frame.question, re.IGNORECASE) is not None
            shown = 8 if listed else 3
            # (an office named colloquially, "i vigili", is named by the words plans use:
            # the frame's wording)
            # (asked "il titolare del settore … quali obiettivi ha": the head, then the objectives)
            head = (lambda e: self._head_statement(e, [e], [])) if frame.answer_type is AnswerType.PERSON else None
            counted = counts.objectives_of_settore(frame.wording, frame.enti, self.retriever, shown, head=head)
            if counted is None:
                # the objectives of a section or strategic objective the question names
                documents = [d for g in frame.enti for d in g.split(",")] \
                    or list(dict.fromkeys(h.chunk.doc_id for h in hits))[:3]
                counted = objectives_of_group(frame, documents, self.retriever, self.analyzer.analyze, shown)
            if counted is not None:
                lines, extra = counted
                return assemble(lines, _joined(passages, extra),
                                int(room * (LIST_ANSWER_CHARS if listed else MAX_ANSWER_CHARS)))
        # the numbered items of a section the question names, in a plan whose items are
        # headings rather than objective records ("quali progetti stanno sotto la missione 4")
        if frame.wants_list or frame.wants_count or frame.asks_objectives:
            documents = [d for g in frame.enti for d in g.split(",")] \
                or list(dict.fromkeys(h.chunk.doc_id for h in hits))[:3]
            if (items := items_of_group(frame, documents, self.retriever, self.analyzer.analyze,
                                        self.gather.chunks, self.gather.records)) is not None:
                lines, extra = items
                return assemble(lines, _joined(passages, extra), int(room * LIST_ANSWER_CHARS))
            # (or the rows of a table the question asks by its key column's noun: "quali
            # procedimenti sono sensibili")
            if (rows := rows_of_column(frame, documents, self.retriever, self.analyzer.analyze,
                                       self.gather.chunks)) is not None:
                lines, extra = rows
                return assemble(lines, _joined(passages, extra), int(room * LIST_ANSWER_CHARS))
        topic = {t for t in frame.terms - frame.ident_terms if not re.fullmatch(r"(?:19|20)\d\d", t)}
        # ("quali sono gli obiettivi strategici / le aree strategiche del piano"): the
        # frames its objectives are set in, each once, when nothing narrows them
        framed = [f for f in counts.FRAME_FIELDS if f in frame.named_fields]
        if len(framed) == 1 and not topic and (frame.wants_list or frame.asks_objectives or frame.wants_count):
            documents = [d for g in frame.enti for d in g.split(",")] \
                or list(dict.fromkeys(h.chunk.doc_id for h in hits))[:1]
            if (listed := counts.frames_of_documents(framed[0], documents, self.retriever)) is not None:
                lines, extra = listed
                return assemble(lines, _joined(passages, extra), int(room * LIST_ANSWER_CHARS))
        # ("quanti obiettivi ha il piano di X": their number, which the same line states)
        if (frame.asks_objectives or frame.wants_count and "obiettiv" in frame.question.casefold()) \
                and frame.enti and not topic:
            listed = counts.objectives_of_documents(frame.enti, self.retriever, frame.years)
            if listed is not None:
                lines, extra = listed
                return assemble(lines, _joined(passages, extra), int(room * MAX_ANSWER_CHARS))
        # (before the topic gate: the person named is the topic, whatever the other words)
        # ("di quale obiettivo è responsabile X": one objective asked of a person is
        # asked as the person's objectives are)
        # (nor is the weight asked of objectives the question ties to a person, "il peso
        # dell'obiettivo seguito dal comandante X": the weight of the person's objectives)
        # (the person named as plans name one, after a title or a head's role: a place
        # named after someone, "via Monte Bianco", is no one's)
        weight_of_theirs = Field.PESO in frame.named_fields and "obiettiv" in frame.question.casefold() \
            and bool(_TITLED_OR_ROLE_NAME.search(frame.question))
        if (frame.asks_objectives or _ONE_OBJECTIVE_ASKED.search(frame.question) or weight_of_theirs) \
                and (person := self._person_objectives(frame, hits)) is not None:
            return assemble([person], _joined(passages, [c for st in person.statements for c, _ in st.sources]),
                            int(room * LIST_ANSWER_CHARS))
        # (and the offices a person heads, "quali strutture dirige la dott.ssa X", "X
        # dirige solo la segreteria?", "quanti dipendenti fanno capo a X": the chart's
        # entries under their name, before the whole ente's staff)
        if not frame.asks_objectives and (headed := self._person_offices(frame, hits)) is not None:
            return assemble([headed], _joined(passages, [c for st in headed.statements for c, _ in st.sources]),
                            int(room * MAX_ANSWER_CHARS))
        # (before the topic gate too: the offices named are the topic, "personale" or
        # "addetti" the plan's "dipendenti")
        if staffing.asks_ente_staff(frame) and (whole := self._ente_staff(frame, hits)):
            return assemble(whole, _joined(passages, [c for ln in whole for st in ln.statements for c, _ in st.sources]),
                            int(room * MAX_ANSWER_CHARS))
        if staffing.asks_staff(frame) and (staff := self._offices_staff(frame, hits)):
            return assemble(staff, _joined(passages, [c for ln in staff for st in ln.statements for c, _ in st.sources]),
                            int(room * MAX_ANSWER_CHARS), fair=len(staff) > 1)
        # (before the topic gate as well: the org chart is the topic, "aree" or "uffici"
        # its entries, whatever passages the words retrieve)
        if organisation.asks_units(frame, self.analyzer.analyze) and (org := self._organisation(frame, hits)):
            return assemble(org, _joined(passages, [c for ln in org for st in ln.statements for c, _ in st.sources]),
                            int(room * LIST_ANSWER_CHARS))
        if organisation.asks_services(frame.question) and (services := self._offices_services(frame, hits)):
            return assemble(services, _joined(passages, [c for ln in services for st in ln.statements
                                                         for c, _ in st.sources]), int(room * LIST_ANSWER_CHARS))
        # (judged on the passages the answer is chosen from: a short question's passage
        # may rank past the fifth, behind passages that share only its years)
        coverage = abstain.topic_coverage(frame, [h.chunk.text for h in hits[:CANDIDATE_DEPTH]],
                                          self.analyzer.analyze)
        # an objective the question names by its code is what the question is about
        coded = bool(frame.ident_terms) and any(h.signals.get("code_ref") for h in hits)
        if coverage < self.min_coverage and not coded:
            return Answer(text=NOT_FOUND, citations=[], passages=passages, found=False)
        selection = self.evidence(frame, result)
        lines: list[Line] = []
        groups = self._documents(frame, selection, hits)
        for group in groups:
            line = self._line(frame, group, selection, hits, multi=len(groups) > 1 or frame.comparison,
                              share=len(groups), part=room)
            if line is not None:
                lines.append(line)
        if not lines:
            return Answer(text=NOT_FOUND, citations=[], passages=passages, found=False)
        if frame.other_objectives and (also := self._other_objectives(groups[0][0], lines[0])) is not None:
            lines.append(also)
        # the passages a quote comes from (a sibling of the objective, its org chart entry)
        # join the answer's passages, so that every citation is verified against them
        extra = [c for line in lines for st in [*line.statements] for c, _ in [*st.sources, *line.head_sources]]
        # comparisons get room for each ente's line, lists for every item
        budget = LIST_ANSWER_CHARS if any(line.listing for line in lines) else MAX_ANSWER_CHARS + 150 * (len(lines) > 1)
        return assemble(lines, _joined(passages, extra), int(room * budget), fair=frame.comparison)

    def _topic_word(self, frame: Frame, cand: candidates.Candidate, limit: int) -> re.Pattern[str] | None:
        """The word of `cand` that states the rarest topic term of the question its
        title does not already say, as a pattern; None when it states none, or when
        its first `limit` characters (what is shown of it) already state that term
        (a commoner one shown early does not say what is asked: "orari di apertura"
        for "l'apertura serale")."""
        topic = abstain.beyond_title(frame, cand.title, self.analyzer.analyze)
        found: dict[str, re.Match[str]] = {}
        for m in re.finditer(r"[^\W\d_]{3,}", cand.text):
            for term in topic & frozenset(self.analyzer.analyze(m.group())):
                found.setdefault(term, m)
        if not found:
            return None
        return self._word_at(cand.text, max(found, key=lambda t: frame.weights.get(t, 0.0)), limit)

    def _weigh(self, frame: Frame) -> Callable[[str], float]:
        """How much of the question's topic a piece of text states: the rarity of its terms."""
        return lambda text: sum(frame.weights.get(t, 0.0) for t in frame.terms & frozenset(self.analyzer.analyze(text)))

    def _word_at(self, text: str, stem: str, limit: int) -> re.Pattern[str] | None:
        """The first word of `text` with `stem`, as a pattern to show the text around;
        None when it stands within the first `limit` characters (shown anyway)."""
        m = next((m for m in re.finditer(r"[^\W\d_]{3,}", text) if stem in self.analyzer.analyze(m.group())), None)
        if m is None or m.end() <= limit - 20:
            return None
        return re.compile(rf"\b{re.escape(m.group())}\b")

    def _documents(self, frame: Frame, selection: Selection, hits: list[SearchHit]) -> list[list[Scored]]:
        """Scored candidates per answer line: one line per named ente (comparisons); one
        per document when the question names none and several documents answer it as
        well as the best one ("chi è responsabile della digitalizzazione dello sportello unico?");
        else all of them in one line."""
        ranked = selection.ranked
        if len(frame.enti) >= 2:
            out = []
            for docs in frame.enti:
                ids = set(docs.split(","))
                group = [s for s in ranked if s.cand.chunk.doc_id in ids]
                if group:
                    out.append(self._topic_first(frame, group) if frame.comparison else group)
            if out:
                return out
        if not frame.enti and ranked and not frame.wants_count:
            by_doc: dict[str, list[Scored]] = {}
            for s in ranked:
                by_doc.setdefault(s.cand.chunk.doc_id, []).append(s)
            top = ranked[0]
            # plans share objective titles (common themes, national measures): when the
            # question names no ente, an objective titled as the best one in another plan
            # is asked about as much, whatever the score its wording earns there
            same = [g for g in by_doc.values() if any(_same_title(s.cand.title, top.cand.title) for s in g[:20])]
            if len(same) >= 2:
                return same[:_MAX_DOCUMENT_LINES]
            full = [g for g in by_doc.values()
                    if g[0].context >= _FULL_ANSWER * top.context and g[0].fit == top.fit
                    and g[0].score >= _FULL_ANSWER * top.score]
            if top.context < 0.8:
                # (a topic the best passage covers only in part: another plan is asked
                # about as much only when its passage covers as much of the topic)
                full = [g for g in full if g[0] is top or g[0].context >= top.context]

            def titled(s: Scored) -> float:
                return frame.weight(matched(frame.terms, frozenset(self.analyzer.analyze(s.cand.title))))

            # an objective whose title names the whole topic is asked about as much as one
            # whose title names part of it, although another plan's statement, saying the
            # rest itself, scores higher ("fasi … pratiche edilizie": a phase "collegamento
            # alle pratiche edilizie" of a landscape register)
            if titled(top) < 1.0:
                full += [g for g in by_doc.values() if all(g is not f for f in full) and g[0].fit == top.fit
                         and g[0].score >= _TITLED_ANSWER * top.score and titled(g[0]) >= 1.0]
            if len(full) >= 2:
                return full[:_MAX_DOCUMENT_LINES]
        if frame.versus and len(frame.enti) < 2 and (pair := self._two_objectives(frame, ranked)):
            return pair
        if frame.answer_type is AnswerType.DESCRIPTION and not frame.wants_list:
            # ("cosa fa X per gli anziani": what a plan does about a topic, asked of one
            # plan; "quali sono gli interventi …" asks for the things listed, not the topic)
            return [self._topic_first(frame, ranked)]
        return [ranked]

    def _topic_first(self, frame: Frame, group: list[Scored]) -> list[Scored]:
        """One ente's candidates, compared in general, led by the objective about the
        topic: two plans are compared on what each does about it, and the objective
        whose title names more of the topic is that, when its statements score nearly
        as well as the best one (a sentence of another objective may share a word of
        the topic, "sociale" for "socializzazione", and outscore it)."""
        if frame.fields or frame.named_fields:
            return group
        topic = {t for t in frame.terms - frame.ident_terms if frame.weights.get(t, 0.0) > 0}
        if not topic:
            return group

        def named(s: Scored) -> float:
            return math.fsum(frame.weights[t] for t in topic & set(self.analyzer.analyze(s.cand.title)))

        top = group[0]
        alt = max(group[:_TOPIC_DEPTH], key=lambda s: (named(s), s.score))
        if named(alt) > named(top) and alt.score >= top.score - _TOPIC_MARGIN:
            return [alt, *(s for s in group if s is not alt)]
        return group

    def _two_objectives(self, frame: Frame, ranked: list[Scored]) -> list[list[Scored]] | None:
        """The two objectives a comparison names: the best one, and the best of those
        that state a topic word the first does not (the other thing compared); asked
        of "i due obiettivi", the next best objective of the same plan."""
        by_group: dict[tuple[str, str], list[Scored]] = {}
        for s in ranked:
            by_group.setdefault(s.cand.group, []).append(s)
        groups = list(by_group.values())
        if len(groups) < 2:
            return None
        topic = {t for t in frame.terms - frame.ident_terms if frame.weights.get(t, 0.0) > 0}

        def said(group: list[Scored]) -> set[str]:
            text = " ".join({f"{s.cand.title} {s.cand.chunk.text}" for s in group[:20]})
            return topic & set(self.analyzer.analyze(text))

        first = said(groups[0])
        other = next((g for g in groups[1:_VERSUS_DEPTH] if said(g) - first), None)
        if other is None:
            doc = groups[0][0].cand.chunk.doc_id
            other = next((g for g in groups[1:_VERSUS_DEPTH] if g[0].cand.chunk.doc_id == doc), None)
        return [groups[0], other] if other is not None else None

    def _line(
        self, frame: Frame, ranked: list[Scored], selection: Selection, hits: list[SearchHit], multi: bool,
        share: int = 1, part: float = 1.0,
    ) -> Line | None:
        if not ranked:
            return None
        best = ranked[0]
        # A cost, a percentage or a person found only outside the objective the
        # question is about does not answer it: judge the best-covered objective.
        topic = max(ranked[:20], key=lambda s: (s.context, -s.cand.rank))
        if frame.answer_type in STRICT_TYPES and topic.context > best.context + 0.2:
            best = next(s for s in ranked if s.cand.group == topic.cand.group)
        if frame.wants_count and frame.total and frame.counted:
            # a total asked: the largest figure stated of the thing counted (a total is no
            # smaller than its parts: "38 dipendenti" in all, "vi lavorano 5 dipendenti" in one office)
            figures = [(n, s) for s in ranked[:_TOTAL_DEPTH] if (n := stated_figure(s.cand.text, frame.counted))]
            if figures:
                best = max(figures, key=lambda x: x[0])[1]
        group = [s for s in ranked if s.cand.group == best.cand.group]
        pool = [h.chunk for h in hits] + self._siblings(best.cand.chunk)
        title = best.cand.title
        where = self.retriever.document_label(best.cand.chunk.doc_id) if multi else ""
        # a comparison's line whose best statement is its objective's title says it once,
        # in the head and whole: an objective's title states what the plan does
        # (a comparison asked in general: no field named, what each plan does is compared)
        general = multi and frame.comparison and not (frame.fields or frame.named_fields)
        titled = general and bool(title) and _words(best.cand.text) == _words(title)  # (a title kept whole)
        # asked what an objective is or is for, its title is the first statement of what
        # it does ("… della scuola: impianto fotovoltaico e pompa di calore"): whole
        described = frame.asks(Intent.PURPOSE) and not multi
        # what one objective does, asked as such ("cosa prevede X"): its title (often
        # its description) and its phases, each with more room than in a comparison,
        # where two plans share the answer
        content = frame.asks_content and not multi and not frame.asks_objectives
        title_room = 300 if content else 150 if titled or described else 70 if multi else 90
        if frame.wants_list and (end := _enumeration_end(title)) > title_room:
            # a list asked for that the objective's title itself enumerates ("Confermare
            # le iniziative …, quali la rassegna X, il festival Y …"): shown to its end
            title_room = min(end + 5, LIST_ANSWER_CHARS // 2)
        # (an objective's code before its title: plans and their readers refer to
        # objectives by code, "l'obiettivo 2.1.1"; a bare ordinal, "1", says nothing more)
        # (one token, "OP.3.1", "2.1.1": a reference written in words, "Rif. DUP 1.1", is
        # another thing's code)
        code = _objective_code(best, group)
        code = _coded(code) if title and re.fullmatch(r"\S*\D\S*", code) and code not in title else ""
        head = " – ".join(x for x in (where, f"{code}«{short(title, title_room)}»"
                                      if title else "") if x)
        head_sources = _sources(title, best.cand.chunk, pool) if title else []
        statements: list[Statement] = []
        if frame.wants_count:
            # a count the plan states ("17.880 prestiti") is read, not made; headings are
            # counted otherwise ("quanti progetti ha la linea 8")
            stated = frame.counted and any(states_count(s.cand.text, frame.counted) for s in ranked[:10])
            # (the people an objective puts to work are counted on the names it lists, when
            # it lists them: a figure next to the list's label, "480 / dipendenti che
            # partecipano", is no count of them)
            counted = staffing.team(group) if staffing.asks_team(frame) else None
            if counted is not None:
                # (each name cited where the plan lists it, the passage after the field's)
                counted = Statement(counted.text, [x for c, q in counted.sources for x in _sources(q, c, pool)])
            elif not stated:
                counted = counts.numbered_children(
                    [s.cand.chunk for s in ranked[:1]] + [h.chunk for h in hits[:2]], frame.terms, self.analyzer,
                    self.retriever)
            if counted is not None:
                statements.append(counted)
        elif frame.wants_list and frame.named_fields <= _SERIES_FIELDS and not frame.asks_objectives \
                and best.cand.chunk.kind == UnitKind.SECTION:
            # "quali sono le priorità…": the numbered sub-headings of the heading asked about
            # ("elencami le linee strategiche": the headings the field's label numbers)
            heads = counts.numbered_headings([best.cand.chunk] + [h.chunk for h in hits[:2]],
                                             frame.terms, self.analyzer, self.retriever, frame.named_fields)
            if heads:
                pool += [c for _, c in heads]
                statements.append(Statement("; ".join(h for h, _ in heads),
                                            [(c, h) for h, c in heads][:8]))
        if not statements and staffing.asks_staff(frame) and (
                best.cand.chunk.kind == UnitKind.ORG_CHART or staffing.names_office(frame.question)):
            # "quanti dipendenti ha il settore che …": the office's staff, not the objective's
            if staff := self._staff(frame, best, group, hits):
                return Line(head, staff, head_sources, code=code)
        reason = None if statements else abstain.missing_answer(frame, group, selection.asked_fields, ranked,
                                                                     self.analyzer.analyze)
        if reason is not None and self._first_year_target(frame, best, group, reason):
            reason = None
        if reason is not None and (row := self._keyed(frame, best, group)):
            # the field the objective's passages lack, in a table keyed by its number
            return Line(head, row, head_sources, code=code)
        if reason is not None and frame.asks(Intent.POLITICAL) and (delegate := delegations.delegate_for(
                frame, [c for d in self._ente_documents(best.cand.chunk.doc_id) for c in self.gather.chunks(d)],
                self.analyzer.analyze)) is not None:
            # no political referent filed with the objective: the member of the giunta
            # whose delegations cover the question's topic
            return Line(head, [Statement(delegate.text, _sources(delegate.text, delegate.chunk, [delegate.chunk]))],
                        head_sources, code=code)
        if reason is not None and frame.answer_type in (AnswerType.PERSON, AnswerType.WHO) \
                and self._person_by_hop(frame, group, hits, reason):
            reason = None
        # (also when the question asks which objectives and a field of theirs: "quali
        # obiettivi sono a rischio alto e chi ne sono i responsabili" is answered by the
        # objectives the sentence points at, not by a field of the passage it stands in)
        pointing = frame.asks_objectives and bool(selection.asked_fields - {Field.TITOLO, Field.CODICE})
        # (the sentence that points at them may stand in any passage retrieved)
        if (reason is not None or pointing) and (hop := self._coded(
                frame, group, selection.asked_fields, pool, selection.ranked if pointing else ())):
            return hop
        if reason is not None:
            # what the plan does not state first, then what it does, with its citation;
            # people not named → who is in charge, the nearest thing the plan states
            people = frame.asks(Intent.EMPLOYEES) or frame.answer_type is AnswerType.PERSON
            stated = abstain.reported(frame, group, title, people, self.analyzer.analyze)
            what = f" per «{short(title, 80)}»" if title and not reason.startswith((abstain.NOT_MENTIONED, abstain.NOT_COVERED)) else ""
            lead = f"{where}: " if where else ""
            # what it states about the question's topic, when a long passage holds it
            # further on ("… sarà assegnato un computer portatile …"), and cited so
            topical = self._topic_word(frame, stated.cand, 200)
            return Line("", [
                Statement(f"{lead}{reason[0].upper()}{reason[1:]}{what}", head_sources),
                Statement(f"riporta: {phrase(stated.cand, 200, topical)}", _cited(stated.cand, topical, pool)
                          or _sources(stated.cand.quote, stated.cand.chunk, pool)),
            ])
        # the sub-headings listed are the answer; otherwise the chosen candidates
        chosen = [] if statements and frame.wants_list else self._choose(frame, best, group, ranked)
        rare_words: dict[int, str] = {}
        if general and chosen:
            particular = self._distinctive(frame, group, chosen[0], k=2 + titled)
            chosen = [*([] if titled else [chosen[0]]), *(p for p, _ in particular)]
            # the rare word that makes a statement particular is what it is shown for
            # ("… sia fisse che mobili (fototrappole)"), wherever it stands
            rare_words = {id(p): word for p, word in particular}
        # "quali obiettivi…": the objectives' titles are the answer's items, the first
        # one as much as the others; none of them heads the line (shortened there)
        objectives = len(chosen) >= 2 and all(s.cand.field == Field.TITOLO for s in chosen)
        if objectives:
            head, head_sources, title = where, [], ""
        # a list of things shows every item, each shortened, rather than its first items
        # whole; the best statement keeps its room (it may hold the list itself). Figures
        # are not shortened this way: they are shown around the asked value.
        # one line per ente shares the answer: each statement short enough for three and the office
        limit = (95 if frame.comparison else 120) if multi else 260
        if len(chosen) == 1 and not multi:
            # a statement alone in the answer has the answer's room: the detail asked
            # often closes a long paragraph ("… finanziati da Regione Lombardia: via X, …")
            limit = MAX_ANSWER_CHARS - min(len(title), 90) - 40
        if not rare_words:
            # statements that open with the same words ("% rispetto fasi e tempi - misura
            # 1.2 …", "… - misura 1.4.1 …") say them once: the first keeps them, the
            # others show what tells them apart, in the room the words took
            chosen = _without_shared_opening(chosen)
        limits = [limit] * len(chosen)
        listing = False
        field = chosen[0].cand.field if chosen else None
        one_list = (field in LIST_FIELDS or objectives) and all(s.cand.field == field for s in chosen)
        # (party names are merged into one statement below, never shortened). A list
        # field the question names is listed whole even when a figure or date is wanted
        # ("qual è il cronoprogramma": every phase with its period)
        named_list = one_list and field in frame.named_fields
        # (a schedule asked for is listed whole even when a date is wanted: "quali sono
        # le scadenze" asks every phase, each shown with its period after it)
        schedule = frame.wants_list and one_list and field == Field.FASI
        if (len(chosen) > 3 or objectives) \
                and (frame.answer_type not in TYPE_PATTERNS or named_list or schedule) \
                and field not in PARTY_FIELDS:
            budget = MAX_ANSWER_CHARS - min(len(title), 90) - 10
            # (a list is announced by a line ending in ':', or asked for and answered by
            # the marked list that follows the best sentence in its passage, a sentence
            # that introduces the list: either way the items are the answer, and the
            # sentence takes a fair share of the room, not the first)
            lead = chosen[0].cand
            run = [s.cand.index for s in chosen[1:] if s.cand.row and s.cand.field is None
                   and s.cand.chunk.id == lead.chunk.id and s.cand.index > lead.index]
            announced = any(s.cand.field is None and s.cand.text.rstrip().endswith(":") for s in chosen) or (
                frame.wants_list and lead.field is None and not lead.row and len(run) >= 3
                and len(run) == len(chosen) - 1 and min(run) - lead.index <= _INTRODUCED)
            listing = one_list if multi else (one_list or announced)
            if listing:
                # items of one list share a list's room fairly; so do the statements around
                # a list a line announces ("… rivolto a chi necessita di supporto per:"):
                # the list is the answer, not the sentence before it. One line per plan
                # (the same objective in several plans) shares that room with the others.
                budget = LIST_ANSWER_CHARS // max(1, share) - min(len(title), 70 if multi else 90) - 10 \
                    - (20 if multi else 0)
                # (each item at least a readable minimum)
                lengths = [len(phrase(s.cand, limit)) for s in chosen]
                room = budget - _ITEM_OVERHEAD * len(chosen)
                # (the one item of a field's list the question's own words single out,
                # "la frequentazione dello spazio" among an objective's indicators, is the
                # one asked about: it keeps its whole length, target and all; the others
                # share the rest)
                says = sorted((s.says, i) for i, s in enumerate(chosen))
                if one_list and len(says) >= 2 and says[-1][0] >= _SINGLED_OUT and says[-1][0] >= _AHEAD * says[-2][0]:
                    top = says[-1][1]
                    others = compose.fair_shares([n for i, n in enumerate(lengths) if i != top],
                                                 room - lengths[top], least=_MIN_ITEM_CHARS)
                    limits = others[:top] + [lengths[top]] + others[top:]
                else:
                    limits = compose.fair_shares(lengths, room, least=_MIN_ITEM_CHARS)
            else:
                room = budget - len(phrase(chosen[0].cand, limit))
                rest = min(limit, max(_MIN_ITEM_CHARS, room // (len(chosen) - 1) - _ITEM_OVERHEAD))
                limits = [limit] + [rest] * (len(chosen) - 1)
        named = chosen[0].cand.field if chosen and not listing and chosen[0].cand.field in frame.named_fields else None
        if named in (LIST_FIELDS if multi else _PROSE_FIELDS):
            # the field the question names by its label ("qual è la finalità") is the
            # answer: shown whole in the answer's room, the statements after it as room
            # allows; with a line per plan, a list written in one statement
            # ("Stakeholder: a, b, c") is each plan's answer, whole in its share of a list's room
            # (several prose fields asked, "a cosa serve e cosa si vuole ottenere", share it)
            asked = max(1, len(frame.named_fields & _PROSE_FIELDS))
            limits[0] = max(limits[0], LIST_ANSWER_CHARS // max(1, share) - min(len(title), 70) - 30 if multi
                            else (MAX_ANSWER_CHARS - min(len(title), 90) - 40) // asked)
        if frame.wants_list and chosen and not listing and not multi \
                and (end := _enumeration_end(chosen[0].cand.text)) > limits[0]:
            # a list asked for that the best sentence gives inline ("… in tesoreria (rette
            # della mensa, trasporto scolastico, …)") is the answer: shown to its end
            limits[0] = min(end + 25, LIST_ANSWER_CHARS - 150)  # (with its label, "finalità: ")
        when = frame.answer_type is AnswerType.DATE or frame.asks(Intent.TIMING)
        year = _year_value(frame.single_years) if frame.single_years else None  # (once for all statements)
        weigh = self._weigh(frame)
        labelled: list[int] = []  # the statements made of labelled lines
        for i, s in enumerate(chosen):
            sources = _sources(s.cand.quote, s.cand.chunk, pool)
            prev = chosen[i - 1] if i and statements else None
            if prev is not None and s.cand.field in PARTY_FIELDS and prev.cand.field == s.cand.field \
                    and not s.cand.labelled and not prev.cand.labelled:
                # the items of one list read as one statement ("portatori di interesse: a, b, c")
                last = statements[-1]
                if _same_text(s.cand.text, last.text) or any(
                        _same_text(_bare(s.cand.text), _bare(item)) for item in last.text.split(", ")):
                    # the same list again (the record's copy of a table cell), or the same
                    # person again with their grade or role ("ROSSI Anna (C1)")
                    continue
                statements[-1] = Statement(f"{last.text}, {s.cand.text}",
                                           last.sources + [x for x in sources if x not in last.sources])
                continue
            # (the items of a named list are cut at their end, each from its start)
            # (so are the phases of a schedule listed whole: each shows its period after it)
            pattern = None if named_list or (listing and schedule) \
                else TYPE_PATTERNS.get(frame.answer_type)
            if frame.answer_type is AnswerType.DATE and (edge := edge_date(frame.question)) is not None \
                    and edge.search(s.cand.text):
                # ("finiscono prima …?": the date said of the close, not the sentence's first)
                pattern = edge
            if pattern is not None and frame.counted and states_count(s.cand.text, frame.counted):
                # "quanti volontari": a long statement is shown around the figure stated
                # with the thing counted ("conta 23 volontari"), not its first figure
                pattern = count_pattern(frame.counted)
            elif pattern is not None and len(s.cand.text) > limits[i]:
                # a sentence giving several figures is shown around the one whose clause
                # says the question's topic, not around its first
                pattern = topical_value(s.cand.text, pattern, weigh) or pattern
            if id(s) in rare_words:
                pattern = self._word_at(s.cand.text, rare_words[id(s)], limits[i]) or pattern
            elif s.cand.field is None and not listing and not (frame.wants_list and s.cand.row) \
                    and (pattern is None or not pattern.search(s.cand.text)):
                # with no asked value to show, a long sentence is shown around the
                # rarest word of the question it states ("… comprende le frazioni di …"):
                # the detail asked often sits past a paragraph's first words. (A field
                # or a list item is named by its first words: shown from its start.)
                pattern = self._topic_word(frame, s.cand, limits[i]) or pattern
            if year is not None and not listing and len(year.findall(s.cand.text)) == 1:
                # a value asked of one year ("il target 2027", "nel 2027 più … o più …")
                # is the figure the text states for that year, not its first one (of a
                # text stating several for it, one per indicator, the question's words
                # find the one asked), or the value of the asked kind said after it in
                # its clause ("per il 2026 … un budget di € 5.200,00")
                typed = TYPE_PATTERNS.get(frame.answer_type)
                pattern = (value_after(s.cand.text, year, typed) if typed is not None else None) or year
            text = phrase(s.cand, limits[i], pattern, when=when, dated=frame.answer_type is AnswerType.DATE)
            if title and text.casefold() == title.casefold():
                continue
            sources = _cited(s.cand, pattern, pool) or (
                _sources(s.cand.quote, s.cand.chunk, pool, len(text)) if len(text) > QUOTE_CHARS else sources)
            if s.cand.labelled and any(_same_text(text.split(":", 1)[-1], st.text) for st in statements):
                continue  # "Indicatore: X" after the item X itself
            if s.cand.labelled:
                labelled.append(len(statements))
            statements.append(Statement(text, sources))
        # "Dipendenti coinvolti: A, B" before the same list's items, merged into one
        # statement ("personale assegnato: A, B"): one thing said twice; the items stay
        repeated = {i for i in labelled if any(
            _words(statements[i].text.split(":", 1)[-1]) == _words(later.text.split(":", 1)[-1])
            for later in statements[i + 1:])}
        statements = [st for i, st in enumerate(statements) if i not in repeated]
        # "di quanto è migliorata tra il 2023 e il 2025": the difference no passage states,
        # from the statement that gives both figures (a chosen one first)
        stating = [*chosen, *(s for s in group[:10] if s not in chosen)]
        if (changed := change.asked_change(frame.question, frame.single_years, [s.cand.text for s in stating])):
            said = next(s for s in stating if s.cand.text == changed.source)
            sources = _sources(said.cand.quote, said.cand.chunk, pool)
            if said not in chosen:
                statements.append(Statement(phrase(said.cand, limits[0] if limits else limit), sources))
            statements.append(Statement(changed.text, sources))
        digest = self._phase_digest(best, group, pool, statements) if general else \
            self._phase_digest(best, group, pool, [], _CONTENT_STEP_CHARS) if content else None
        if digest is not None:
            # (what one objective does comes first, its phases said once, all of them)
            statements = [digest, *(st for st in statements if not st.text.startswith(compose.PHASE_LEAD))] if content \
                else [*statements[:1], digest, *statements[1:]]
        if statements and (frame.named_fields & _PARENT_LINE_FIELDS) \
                and not any(s.cand.field in _PARENT_LINE_FIELDS for s in group) \
                and (line := self._parent_line(best, group)) is not None:
            # the strategic line asked of an objective whose passages name none: the one
            # its nested code numbers it under
            statements.insert(0, line)
        found: list[Chunk] = []  # the org-chart entries of the offices named
        heading: Statement | None = None  # the head of the office in charge, when asked who
        if frame.answer_type in (AnswerType.WHO, AnswerType.PERSON, AnswerType.OFFICE):
            found = self._titolari(chosen, hits)
            holder = found[0] if found else None
            # (the office in charge, hopped to or quoted by the evidence itself)
            office = holder or next((s.cand.chunk for s in chosen if s.cand.field == Field.TITOLARE), None)
            if office is not None and ((kind := holders.asked_kind(frame.question))
                                       or asks_container(frame.question)) \
                    and (above := holders.office_above(office, self.gather.org_chart(office.doc_id), kind)):
                # ("il dirigente dell'area che si occupa del SUAP"): the office of the kind
                # asked that lists the one in charge among its services, and its head
                # ("in quale servizio sta la squadra operai": the one that lists it)
                holder, found = above, [above]
            if holder is not None and (heading := self._head_statement(holder, pool, statements)) is not None:
                # ("di cui è titolare" right after the statement that names the office)
                core = counts.settore_core(holder.fields.get(Field.SETTORE, ""))
                at = next((i + 1 for i, st in enumerate(statements) if core and core in fold_name(st.text)), 1)
                statements.insert(min(at, len(statements)), heading)
                if 1 < at < len(statements) and part < 1:
                    # an answer with part of the room (one part of a question that asks
                    # two things) says who first, the office and its head, and then the
                    # statement that tells the objective is the one asked: cut at its end,
                    # the answer keeps the person asked
                    statements = [*statements[at - 1:at + 1], *statements[:at - 1], *statements[at + 1:]]
            # (the entry hopped to, or the one the evidence quotes itself)
            entry = holder or next((s.cand.chunk for s in chosen if s.cand.field == Field.TITOLARE), None)
            if entry is not None and frame.deputy and (deputy := entry.fields.get(Field.SOSTITUTO)):
                # "chi lo sostituisce": who the org chart names to stand in for the head,
                # said right after the head
                head = entry.fields.get(Field.TITOLARE, "")
                at = next((i + 1 for i, st in enumerate(statements) if head and head in st.text), min(1, len(statements)))
                statements.insert(at, Statement(f"in sua assenza lo sostituisce {deputy}",
                                                _sources(deputy, entry, pool)))
            for other in found[1:]:
                # an objective of several offices ("Tecnico / Urbanistica"): each one's head
                name = other.fields[Field.TITOLARE]
                if not any(name in st.text for st in statements):
                    statements.insert(2 if len(statements) > 1 else len(statements), Statement(
                        head_of(other, self._titled(name, other)), _sources(name, other, pool)))
            if holder is None and statements and (hop := self._holder_named(chosen, statements)):
                # "who": the evidence names an office or a role, not its holder ("la
                # Responsabile dell'Area 3", "il Segretario comunale"): the person is the
                # one the same document names for that office or role
                statements.insert(1, hop)
            if also := self._other_offices(best.cand.chunk.doc_id, statements):
                statements.append(also)
        if delegations.ASKS_DELEGATIONS.search(frame.question) and (referent := next(
                (s for s in chosen if s.cand.field == Field.RESPONSABILE_POLITICO), None)) is not None \
                and (member := delegations.member_named(referent.cand.text, self.gather.chunks(referent.cand.chunk.doc_id))):
            # the referent's delegations, asked: where the plan lists the giunta
            statements.append(Statement(member.text, _sources(member.text, member.chunk, pool)))
        if not statements:
            return None
        if multi and not (frame.wants_list and one_list):  # one line per ente must fit the answer:
            # what the question compares first, then the office in charge if there is room
            # (a list asked for is the answer of each line, every item)
            office = next((s for s in group if s.cand.field in (Field.RESPONSABILE, Field.SETTORE)), None)
            kept = statements[:(3 if frame.comparison else 2) + max(0, len(found) - 1) + (digest is not None)]
            if heading is not None and heading in statements and heading not in kept:
                # (who heads the office is what "who" asks: kept, with the statement it follows)
                at = statements.index(heading)
                kept = [*kept[:max(0, len(kept) - 2)], *statements[at - 1:at + 1]] if at else [heading, *kept[:-1]]
            statements = kept
            if office is not None and not any(office.cand.text in st.text for st in statements):
                # (a comparison in general: before its second particular statement, which
                # the room may not hold)
                statements.insert(2 if general else len(statements), Statement(
                    phrase(office.cand, 80), _sources(office.cand.quote, office.cand.chunk, pool)))
        return Line(head, statements, head_sources, listing, code=code)

    def _phase_digest(self, best: Scored, group: list[Scored], pool: list[Chunk],
                      statements: list[Statement], chars: int = 0) -> Statement | None:
        """What a plan does, compared in general: the opening words of each phase of its
        objective, in order. The phases are what differs between two plans on one topic,
        and the particular one ("aggiornamento del piano X") often holds no word of the
        question, so no word-based choice would show it."""
        phases: list[Scored] = []
        for s in sorted((s for s in group if s.cand.field == Field.FASI and s.cand.group == best.cand.group),
                        key=lambda s: (s.cand.chunk.ordinal, s.cand.index)):
            step = s.cand.text.split(" — ")[0]
            if not any(_same_text(step, p.cand.text.split(" — ")[0]) for p in phases) \
                    and not any(_same_text(step, st.text) for st in statements):
                phases.append(s)
        if len(phases) < 2:
            return None
        steps = [candidates.sentences(s.cand.text.split(" — ")[0])[0] for s in phases[:_DIGEST_STEPS]]
        sources = [src for s in phases[:_DIGEST_STEPS] for src in _sources(s.cand.quote, s.cand.chunk, pool)]
        return Statement("fasi: " + "; ".join(short(step, chars or _DIGEST_STEP_CHARS) for step in steps), sources)

    def _distinctive(self, frame: Frame, group: list[Scored], best: Scored, k: int = 2) -> list[tuple[Scored, str]]:
        """The statements of the objective that say what this plan does in particular:
        those holding the rarest words of the corpus beyond the question's own (a partner's
        name, "gara intercomunale", "semestrali"), not the generic purpose every plan
        shares, each with its rarest word (a stem). A comparison asked in general is
        answered by what differs."""
        whole = [s for s in group if s is not best and s.cand.group == best.cand.group
                 and s.cand.field not in _NOT_CONTENT and len(s.cand.text) >= 25
                 and not _same_text(s.cand.text, best.cand.text) and s.cand.text not in best.cand.title
                 # (who heads or staffs it, and a heading, say nothing of what it does)
                 and s.cand.chunk.kind != UnitKind.ORG_CHART and not is_heading(s.cand)
                 and not (s.cand.field is None and has_person(s.cand.text) and len(s.cand.text.split()) <= _NAME_ROW_WORDS)
                 # a heading of the passage (the document's title) names, it states nothing
                 and s.cand.text.strip().casefold() not in {c.strip().casefold() for c in s.cand.chunk.breadcrumb}]
        # a long statement is judged sentence by sentence: the particular often closes a
        # generic purpose ("… Valutare l'affidamento della gestione in esterno")
        pool = [replace(s, cand=replace(s.cand, text=part, quote=part)) if part != s.cand.text else s
                for s in whole for part in candidates.sentences(s.cand.text) if len(part) >= 25]
        if not pool:
            return []
        words = {s.cand.text: set(self.analyzer.analyze(s.cand.text)) - frame.terms for s in pool}
        total, counts = self.retriever.catalog.term_frequencies(sorted(set().union(*words.values())))
        idf = {t: math.log((total + 1) / (n + 0.5)) for t, n in counts.items()}

        def rarest(s: Scored) -> tuple[float, float]:
            # one rare word makes a statement particular (a partner's or a place's name,
            # an acronym); then the mean of its three rarest words
            top = sorted((idf.get(t, 0.0) for t in words[s.cand.text]), reverse=True)[:3]
            return (top[0] if top else 0.0), sum(top) / 3

        # what a plan does (its phases, measures, expected results, the sentences of its
        # description) differs more between plans than why (a purpose) or with whom; a
        # body line opening with a field's label is that field ("MOTIVAZIONE Gli …")
        def acts(s: Scored) -> bool:
            field = s.cand.field or candidates.leading_label(" ".join(s.cand.text.split()[:12]))
            return field not in (Field.MOTIVAZIONE, Field.STAKEHOLDER)

        out: list[tuple[Scored, str]] = []
        for s in sorted(pool, key=lambda s: (acts(s), rarest(s)), reverse=True):
            if not any(_same_text(s.cand.text, o.cand.text) for o in [best, *(x for x, _ in out)]):
                # (equally rare words: the longer, then the first in order, so that the
                # choice never depends on a set's order)
                out.append((s, max(sorted(words[s.cand.text]), key=lambda t: (idf.get(t, 0.0), len(t)), default="")))
            if len(out) == k:
                break
        return out

    def _choose(self, frame: Frame, best: Scored, group: list[Scored], ranked: list[Scored]) -> list[Scored]:
        """The best candidate, then what completes it: every item of a list, the
        items announced by a line ending in ':', and the next best statements of
        the same objective."""
        chosen = [best]
        if frame.wants_list and frame.asks_objectives and not set(frame.fields) - {Intent.STRATEGIC, Intent.PURPOSE}:
            # "quali sono gli interventi X": a line that names X and announces a list
            # ("INTERVENTI … X:") is answered by its items; otherwise the objectives are
            announcing = next((s for s in ranked[:10] if s.cand.field is None and s.says >= 0.75
                               and s.cand.text.rstrip().endswith(":")), None)
            if announcing is None:
                return _objectives(best, ranked)
            chosen = [announcing]
        # a question asking several fields ("in quale obiettivo strategico ricade e chi
        # ne è responsabile?") gets the best candidate of each
        asks = [INTENT_FIELDS.get(i, frozenset()) for i in frame.fields]
        asks += [frozenset({f}) for f in sorted(frame.named_fields)]
        for wanted in asks:
            if any(c.cand.field in wanted for c in chosen):
                continue
            pick = next((s for s in group if s.cand.field in wanted), None)
            if pick is not None and len(asks) > 1:
                chosen.append(pick)
        # (and the line of each label the question names that no record field holds)
        for label in frame.fieldless_labels:
            pick = next((s for s in group if s.cand.field is None and opens_with(s.cand.text, (label,))), None)
            if pick is not None and pick not in chosen:
                chosen.append(pick)
        if frame.several_asks and not frame.comparison:
            # two questions in one ("chi fa X, e chi è il titolare?"): the field asks are
            # answered above; the passage line that states the other part's words is the
            # answer to it ("chi … a X e chi a Y" is one question asked of two enti)
            # (of the lines close to the best, the one stating most words beyond the title)
            # (never a line that says a chosen statement again: a phase is also its table line)
            said = max((s for s in group if s.cand.field is None and s.says > 0 and s not in chosen
                        and s.score >= best.score - 1.0
                        and not any(_same_text(s.cand.text, c.cand.text) for c in chosen)),
                       key=lambda s: (s.rest, s.score), default=None)
            if said is not None:
                chosen.insert(1, said)
            else:
                # the field asks' bonuses lift the fields far above any sentence: the other
                # part is the sentence of the same objective that states most of the words
                # the question adds to the objective's name ("con quali lavori va coordinata"),
                # unless the chosen candidates state them already
                said = max((s for s in group if s.cand.field is None and s.cand.group == best.cand.group
                            and s.rest >= 0.3 and not any(_same_text(s.cand.text, c.cand.text) for c in chosen)),
                           key=lambda s: (s.rest, s.score), default=None)
                if said is not None and said.rest > max(c.rest for c in chosen):
                    chosen.append(said)
        if frame.answer_type in (AnswerType.WHO, AnswerType.PERSON) \
                and best.cand.field in (Field.TITOLARE, Field.RESPONSABILE, Field.SETTORE) \
                and (role := self._in_role(frame, [s for s in ranked[:_ROLE_DEPTH]
                                                    if s.cand.chunk.doc_id == best.cand.chunk.doc_id])) \
                and role not in chosen:
            # "chi fa da RUP": the person the objective's staff list gives that role
            # ("MANZONI Davide (D1 RUP)") is the one asked, before the office's head
            chosen.insert(0, role)
        if frame.predicates and frame.answer_type in (AnswerType.WHO, AnswerType.PERSON) \
                and best.cand.field in (Field.SETTORE, Field.RESPONSABILE):
            # "chi segue X?" answered by X's office: a sentence of X that says who does it
            # with the question's own verb ("le attività sono seguite dalla dott.ssa Y",
            # "il servizio X è affidato alla cooperativa Z") names the party, who comes
            # first; it may sit in another section of the plan if it states all of X
            said = [s for s in ranked[:15] if s.cand.chunk.doc_id == best.cand.chunk.doc_id and s.own >= best.own]
            doer = next((s for s in [*group, *said] if s.cand.field is None and names_party(s.cand.text)
                         and frame.predicates & set(self.analyzer.analyze(s.cand.text))), None)
            if doer is not None and doer not in chosen:
                chosen.insert(0, doer)
        if Intent.PURPOSE in frame.fields and not any(c.cand.field == Field.MOTIVAZIONE for c in chosen) \
                and not any(s.cand.field == Field.MOTIVAZIONE for s in group) \
                and (reason := self._reason_elsewhere(best, ranked)) is not None and reason not in chosen:
            # "perché X?" of an objective that states no motivazione: a sentence elsewhere
            # in the plan (its context, its public value) that names the objective and a
            # cause ("va riscritto dopo le proteste dei residenti") is its reason
            chosen.insert(0, reason)
        rows = [s for s in group if s.cand.row and s.cand.field is None]
        named = [f for f in LIST_FIELDS if f in frame.named_fields]
        # one item of a list the question names by the item's own words, not asking for
        # several things ("come si calcola la frequenza dello spazio X e qual è il
        # target"): that item is the answer, not the list it belongs to
        # (the other items: not the item again, as its labelled line or its record copy)
        an_item = best.cand.field in LIST_FIELDS and (not named or best.cand.field in named)
        siblings = [s.own for s in group if s.cand.field == best.cand.field and s is not best
                    and not s.cand.labelled and not _same_text(s.cand.text, best.cand.text)]
        wants_list = frame.wants_list and not (
            an_item and not frame.plural and best.own >= _OWN_ITEM and siblings and max(siblings) < best.own / 2)
        if wants_list and frame.which_noun and len(introduced := [
                s for s in group if s.cand.row and s.cand.field is None and s.cand.lead
                and frame.which_noun in self.analyzer.analyze(s.cand.lead)]) >= 2:
            # "quali criticità …": the list whose introducing line names the thing asked
            # ("si illustrano le principali criticità rilevate:") is the answer, whole,
            # whatever other list of the objective shares more of the question's words
            first = min(introduced, key=lambda s: s.cand.index)
            chosen = sorted((s for s in introduced if s.cand.chunk.id == first.cand.chunk.id
                             and s.cand.lead == first.cand.lead), key=lambda s: s.cand.index)[:_LIST_ITEMS]
        elif wants_list and an_item:
            # every item, the best among them, in the order the plan gives them (rows of
            # one schedule may be passages of their own)
            items = [s for s in group if s.cand.field == best.cand.field and s is not best]
            ordered = sorted([best, *items], key=lambda s: (s.cand.chunk.ordinal, s.cand.index))
            # (the figures of items the question names by their own words, "quanti
            # operatori accreditare, quanti documenti", lead; the others follow as room
            # allows; a labelled line repeating the list is no item of it)
            figures = frame.wants_count or frame.answer_type in (AnswerType.AMOUNT, AnswerType.PERCENT,
                                                                 AnswerType.NUMBER)
            named_items = [s for s in ordered if s.rest >= _NAMED_ITEM and not s.cand.labelled]
            if figures and len(named_items) < len(ordered):
                ordered = named_items + [s for s in ordered if s.rest < _NAMED_ITEM]
            chosen = ordered[:_LIST_ITEMS] + [c for c in chosen if c is not best]
        elif wants_list and named \
                and (items := [s for s in group if s.cand.field == named[0] and not s.cand.labelled]):
            # the list field the question names is answered whole, even when another
            # field matches its words best ("come viene misurato il risultato…"): its
            # items are the answer, not an item of another list nor the office's org-chart
            # entry that shares a word with the question ("per il 2024": a head's dates),
            # each item once
            # (when its items can not be the asked value, "quante ore … per i dipendenti",
            # the list is named in passing: the best statement stays)
            answers = any(s.fit for s in items)
            chosen = [c for c in chosen if c.cand.field in frame.named_fields or not answers and (
                c.cand.field not in LIST_FIELDS and c.cand.chunk.kind != UnitKind.ORG_CHART)]
            for item in sorted(items, key=lambda s: s.cand.index):
                if len(chosen) < _LIST_ITEMS and not any(_same_text(item.cand.text, c.cand.text) for c in chosen):
                    chosen.append(item)
        elif wants_list and (items := _best_list(group, best)):
            # "quali …" asks for several things: the objective's list field whose items
            # state the question's words best (phases, indicators, stakeholders)
            chosen += items
        elif wants_list and len(rows) >= 2 and not frame.named_fields:
            # a list question answered by a table or a bulleted list of the objective:
            # its rows are the items (those stating the question's words first)
            matching = [r for r in rows if r.says > 0 and r is not best] or [r for r in rows if r is not best]
            chosen += sorted(matching[:6], key=lambda s: (s.cand.chunk.ordinal, s.cand.index))
        else:
            top = best.score
            for s in group[1:]:
                if len(chosen) >= (4 if wants_list else 3):
                    break
                # (a gap of exactly 1.0 is within: sums of the same weights differ by rounding)
                if s.score < top - 1.0 - 1e-9 or s.own <= 0:
                    continue
                if any(_same_text(s.cand.text, c.cand.text) for c in chosen):
                    continue
                chosen.append(s)
        # the parties of an objective (stakeholders, staff) are one answer: once one is
        # chosen, all are named, whatever the wording ("chi sono gli stakeholder…")
        for s in list(chosen):
            if s.cand.field in PARTY_FIELDS:
                rest = [x for x in group if x.cand.field == s.cand.field and not x.cand.labelled
                        and x not in chosen and not any(_same_text(x.cand.text, c.cand.text) for c in chosen)]
                pos = chosen.index(s) + 1
                chosen[pos:pos] = sorted(rest, key=lambda x: x.cand.index)[:12]
        # a line ending with ':' announces a list: its items are part of the statement,
        # also when the passage ends there and the items open the next one
        for s in list(chosen):
            if s.cand.field is None and s.cand.text.rstrip().endswith(":"):
                after = [x for x in group if x.cand.chunk.id == s.cand.chunk.id and x.cand.field is None
                         and x.cand.index > s.cand.index and x not in chosen]
                if not after:
                    after = self._next_items(s)
                after = sorted(after, key=lambda x: x.cand.index)
                if after and after[0].cand.row:
                    # a marked list ends where its marks end: what follows is prose again
                    run = next((i for i, x in enumerate(after) if not x.cand.row), len(after))
                    after = after[:run]
                pos = chosen.index(s) + 1
                chosen[pos:pos] = after[:8]
        if frame.wants_list:
            # a list asked for, and an item of a marked list chosen: the answer is that
            # list, all its items in the plan's order (the items the question's words
            # happen to match are not the only ones it lists)
            for s in list(chosen):
                if s.cand.field is None and s.cand.row and s in chosen:
                    run = _item_run(group, s)
                    if len(run) <= _LIST_ITEMS:
                        pos = min(chosen.index(x) for x in run if x in chosen)
                        chosen = [x for x in chosen if x not in run]
                        chosen[pos:pos] = run
        # a passage line that says a chosen field item again (a phase is also the table
        # line it came from) is said once, as the item
        return [c for c in chosen if c.cand.field is not None or not any(
            x.cand.field is not None and _same_text(c.cand.text, x.cand.text) for x in chosen)]

    def _reason_elsewhere(self, best: Scored, ranked: list[Scored]) -> Scored | None:
        """A sentence outside `best`'s objective, in its plan, that states most of the
        objective's title and a cause, or None."""
        title = set(self.analyzer.analyze(bare_title(best.cand.title)))
        if len(title) < 2:
            return None
        for s in ranked[:_REASON_DEPTH]:
            if s.cand.field is None and s.cand.chunk.doc_id == best.cand.chunk.doc_id \
                    and s.cand.group != best.cand.group and _CAUSE.search(s.cand.text) \
                    and len(title & set(self.analyzer.analyze(s.cand.text))) >= _REASON_SHARE * len(title):
                return s
        return None

    def _coded(self, frame: Frame, group: list[Scored], asked: frozenset[str], pool: list[Chunk],
               wider: Sequence[Scored] = ()) -> Line | None:
        """The field asked of the objectives a sentence points at by their codes ("la
        scheda 2026/09 sostiene il VP2": who is responsible for it), when the best
        passage states no such field: the clause, then each objective's field, cited."""
        def topic(text: str) -> float:
            tokens = set(self.analyzer.analyze(text))
            return math.fsum(frame.weights.get(t, 0.0) for t in frame.terms if t in tokens)

        texts = [(s.cand.chunk, s.cand.text) for s in group[:_CODED_DEPTH] if s.cand.field is None]
        texts += [(s.cand.chunk, s.cand.text) for s in wider if s.cand.field is None][:_CODED_DEPTH]
        if not asked or (found := coded.pointed(texts, self._objectives_by_code, topic)) is None:
            return None
        passage, clause, objectives = found
        # (a clause read out of its sentence drops the conjunction that tied it there)
        said = re.sub(r"(?i)^(?:mentre|invece|e|ed)\s+", "", clause)
        statements = [Statement(said[:1].upper() + said[1:], _sources(clause, passage, [passage]))]
        # "quali obiettivi rientrano nella linea B": asked no field of theirs, the
        # objectives the sentence points at are named, each by its title
        titles_only = frame.asks_objectives and not frame.fields and not frame.named_fields
        for objective, rec in objectives:
            title = (rec.titolo or "") if rec is not None else objective.fields.get(Field.TITOLO, "")
            if titles_only:
                source = counts.title_source(rec, self.gather.chunks(objective.doc_id)) if rec is not None else None
                quoted = [source] if source else _sources(title, objective, [*pool, objective])
                statements.append(Statement(f"«{short(title, 120)}»", quoted))
                continue
            # (an objective whose passages keep no fields is read from its record)
            found_in = candidates.from_record(rec, self.gather.chunks(objective.doc_id), 0, ("", "")) \
                if rec is not None else candidates.from_chunk(objective)
            values = [c for c in found_in if c.field in asked][:2]
            # (a head given as an office's, "il Responsabile dell'Area III", is the
            # person the org chart names for it)
            values += [c for v in values if v.field == Field.RESPONSABILE and not has_person(v.text)
                       and (office := settore_from_responsabile(v.text))
                       for e in self._entries_of(office, objective.doc_id, [])[:1]
                       for c in candidates.from_chunk(e) if c.field == Field.TITOLARE]
            if values:
                said = "; ".join(phrase(c, 160) for c in values)
                statements.append(Statement(f"«{short(title, 80)}»: {said}" if title else said,
                                            [x for c in values for x in _sources(c.quote, objective, [*pool, objective])]))
        return Line("", statements) if len(statements) > 1 else None

    def _objectives_by_code(self, doc_id: str) -> dict[str, tuple[Chunk, ObjectiveRecord | None]]:
        """A plan's objectives by code: the passages that keep an objective's fields, or
        else its record with the passage holding its title."""
        chunks = self.gather.chunks(doc_id)
        out: dict[str, tuple[Chunk, ObjectiveRecord | None]] = {
            code: (c, None) for code, c in coded.by_code(chunks).items()}
        for rec in self.gather.records(doc_id):
            if rec.codice and rec.codice not in out and (src := counts.title_source(rec, chunks)):
                out[rec.codice] = (src[0], rec)
        return out

    def _first_year_target(self, frame: Frame, best: Scored, group: list[Scored], reason: str) -> bool:
        """A target the plan states with no year at all, asked for the first year of the
        plan's period: a plan sets its objectives' yearly targets for its first year
        unless it dates them ("il target del 2024" of a 2024-2026 plan's "target 30")."""
        year = frame.single_years[0] if len(frame.single_years) == 1 else ""
        period = self.retriever.periods().get(best.cand.chunk.doc_id, "")
        if not year or not reason.endswith(f"per il {year}") or not period.startswith(year):
            return False
        targets = [s.cand.text for s in group[:12] if s.cand.field in (Field.INDICATORI, Field.TARGET)]
        # (a year elsewhere on the line, "dato di partenza: 67 sanzioni 2023", dates a
        # past figure, not the target)
        return bool(targets) and any(re.search(r"\btarget\b|\d", t, re.IGNORECASE) for t in targets) \
            and not any(_dates_target(t) for t in targets)

    def _in_role(self, frame: Frame, group: list[Scored]) -> Scored | None:
        """The staff member whose role, as a staff list gives it after the name ("(D1
        RUP)", "(referente operativo)"), is mostly the question's own words."""
        best: tuple[float, Scored] | None = None
        for s in group:
            role = re.fullmatch(r"[^()]+\((.+)\)", s.cand.text) if s.cand.field == Field.DIPENDENTI else None
            words = set(self.analyzer.analyze(role.group(1))) if role else set()
            share = len(words & frame.terms) / len(words) if words else 0.0
            if share >= _ROLE_SHARE and (best is None or share > best[0]):
                best = (share, s)
        return best[1] if best else None

    def _other_objectives(self, best: Scored, line: Line) -> Line | None:
        """The hop person → their other objectives: the objectives of the same plan
        whose passages name the person the answer names (as responsible or as staff)."""
        for name in surnames(" ".join(st.text for st in line.statements))[:2]:
            found = self._objectives_naming(best.cand.chunk.doc_id, name, _title_key(best.cand.title))
            if found:
                return Line(f"{name} compare anche in", found[:5])
        return None

    def _person_objectives(self, frame: Frame, hits: list[SearchHit]) -> Line | None:
        """"Su quali obiettivi lavora X": the objectives whose passages name the person
        the question names, in the plan that names them (as staff or in charge)."""
        # (a surname asked alone, "il comandante Zanella", "il dott. Pieri": a
        # capitalised word the frame reads as a name, or after a title)
        named = surnames(frame.question)
        # (a capitalised role, "il Segretario comunale", is no name: the role's holder is asked)
        guessed = [] if named else [w for w in re.findall(r"\b[A-ZÀ-Ý][a-zà-ÿ'’]{2,}\b", frame.question)
                                    if frame.names & set(self.analyzer.analyze(w))
                                    and not re.fullmatch(APPOINTED_ROLE, w, re.IGNORECASE)] \
            or _TITLED_SURNAME.findall(frame.question)
        shown: dict[str, str] = {}  # how the answer names the person, when not as asked
        # (a follow-up that names nobody, "e di quali obiettivi è responsabile?", asks of
        # the one the question before it named: its words are in the resolved query)
        if not (named or guessed) and ((role := self._role_asked(frame, hits)) is not None or frame.is_follow_up
                                       and (role := self._role_asked(frame, hits, frame.query)) is not None):
            # (a person asked by their role, "la segretaria comunale": the one the plan
            # gives the role to, by surname)
            named = [role[1].split()[-1]]
            shown[named[0]] = f"{role[1]} ({role[0]})"
        for name in (named or guessed)[:1]:
            key = fold_name(name)
            doc_id = next((h.chunk.doc_id for h in hits if key in fold_name(h.chunk.text).split()), None) \
                or self._document_naming(frame, name)
            # (a name the question gives after a political role, "l'assessore Rossi", is a person's)
            if doc_id is None or guessed and not self._is_person(doc_id, key) \
                    and not re.search(POLITICAL_ROLE + re.escape(name), frame.question):
                continue
            found = self._objectives_naming(doc_id, name)
            said = " ".join(st.text for st in found)
            found += [st for st in self._objectives_headed(doc_id, name) if st.text not in said]
            if found and Field.PESO in frame.named_fields and (weighed := self._weighed(doc_id, found)):
                # ("e quanto pesano"): each objective's weight, and their sum
                return Line(f"{shown.get(name, name)} compare in {counts.objectives_count(len(found))}, peso "
                            f"complessivo {weighed[0]}", weighed[1], listing=True)
            if found:
                return Line(f"{shown.get(name, name)} compare in", found[:_LIST_ITEMS], listing=True)
        return None

    def _document_naming(self, frame: Frame, name: str) -> str | None:
        """The plan (among those the question names) a passage found by the name alone
        names the person in: a long question's other words outweigh a name in retrieval."""
        documents = tuple(d for g in frame.enti for d in g.split(","))
        found = self.retriever.searcher.search(name, self.top_k, SearchFilters(doc_ids=documents) if documents else None)
        return next((h.chunk.doc_id for h in found if fold_name(name) in fold_name(h.chunk.text).split()), None)

    def _person_offices(self, frame: Frame, hits: list[SearchHit]) -> Line | None:
        """The offices the person the question names heads, when the chart gives them
        several and the question asks what they head ("dirige", "è a capo", "quali
        strutture") with no topic beyond the person and their offices: each entry,
        cited on its own line. One office is what any passage naming them says."""
        if not _HEADS_ASKED.search(frame.question):
            return None
        named = surnames(frame.question) \
            or _TITLED_SURNAME.findall(frame.question)
        for name in named[:1]:
            key = fold_name(name)
            doc_id = next((h.chunk.doc_id for h in hits if key in fold_name(h.chunk.text).split()), None)
            if doc_id is None:
                continue
            entries = [e for e in self._org_entries(self._ente_documents(doc_id))
                       if key in fold_name(e.fields.get(Field.TITOLARE, "")).split()]
            # (one office per name: a chart printed twice names it twice)
            entries = list({fold_name(e.fields.get(Field.SETTORE, "")): e for e in entries}.values())
            # (the person's name and title, and the asking itself, are no topic)
            asking = " ".join(m.group(0) for rx in (_HEADS_ASKED, _TITLE_WORDS) for m in rx.finditer(frame.question))
            # (nor are the words the person's entries state, "l'interim", nor the staff counted)
            stated = " ".join(e.body for e in entries)
            beyond = organisation.topic_beyond(frame, self.analyzer.analyze, entries) - frame.names \
                - set(self.analyzer.analyze(f"{name} {asking} {stated}")) - {frame.counted}
            # (a colloquial word, "la segreteria", is named by any one word of its expansion)
            beyond -= {t for c in frame.concepts if c - beyond for t in c}
            if len(entries) < 2 or beyond:
                continue
            statements = [Statement(e.fields.get(Field.SETTORE, "") + tenure(e) + (
                f" ({staff} {staffing.staff_noun(staff, e.body)})" if (staff := e.fields.get(Field.ORGANICO)) else ""),
                _sources(e.body, e, [e])) for e in entries]
            person = holders.titled(entries[0].fields[Field.TITOLARE], entries)
            head = f"{person} è titolare di {len(entries)} strutture"
            counts_ = [e.fields.get(Field.ORGANICO, "") for e in entries]
            if staffing.asks_staff(frame) and all(c.isdigit() for c in counts_):
                # (the people under them in all: the sum of their offices' staff, which
                # no line states)
                head += f", con {sum(map(int, counts_))} dipendenti in tutto"
            return Line(head, statements, listing=True)
        return None

    def _office_by_staff(self, frame: Frame, hits: list[SearchHit], end: str) -> Line | None:
        """The office with the most (fewest) staff in the plan asked about, its count
        cited on its chart line, then its head; None when two offices are named (each
        one's count answers that) or the chart states fewer than two counts."""
        documents = [d for g in frame.enti for d in g.split(",")] or next(
            (self._ente_documents(h.chunk.doc_id) for h in hits if self.gather.org_chart(h.chunk.doc_id)), [])
        entries = self._org_entries(documents)
        named = holders.offices_named(frame.question, entries, services=False, asked=True)
        if len(named) >= 2 or len(named) == 1 and len(staffing.office_rows(named[0])) >= 2:
            # (one unit named whose offices the chart counts: its offices are compared)
            return None
        # (a person named narrows the offices to the ones they head)
        named = surnames(frame.question) \
            or _TITLED_SURNAME.findall(frame.question)
        headed = [e for name in named[:1] for e in entries
                  if fold_name(name) in fold_name(e.fields.get(Field.TITOLARE, "")).split()]
        if (found := staffing.office_by_staff(headed or entries, end)) is None:
            return None
        picked, compared = found
        statements = []
        for entry, count, line in picked:
            office = entry.fields.get(Field.SETTORE, "")
            said = f"{office} conta {count} {staffing.staff_noun(str(count), line)}"
            if (head := entry.fields.get(Field.TITOLARE)) and not headed:
                said += f"; lo dirige {holders.titled(head, [entry])}"
            statements.append(Statement(said, _sources(line, entry, [entry])))
        which = "più" if end == "max" else "meno"
        where = self.retriever.document_label(documents[0]) if documents else ""
        return Line(" – ".join(x for x in (where, f"l'ufficio con {which} personale tra {compared}") if x), statements)

    def _role_asked(self, frame: Frame, hits: list[SearchHit], text: str = "") -> tuple[str, str, Chunk] | None:
        """The role the question (or `text`) names and the person the plan (of the best
        retrieved passages) gives it to, or None."""
        documents = [d for g in frame.enti for d in g.split(",")] \
            or list(dict.fromkeys(h.chunk.doc_id for h in hits))[:2]
        for doc_id in documents:
            if (found := self._role_of(doc_id, text or frame.question)) is not None:
                return found
        return None

    def _weighed(self, doc_id: str, found: list[Statement]) -> tuple[str, list[Statement]] | None:
        """The objectives listed as «title», each with its weight, and their total; None
        when one of them states no weight (a sum of some is not the total)."""
        stated = extremes.weighted(doc_id, self.retriever)
        titles = [r.titolo for r in self.gather.records(doc_id) if r.titolo]
        out, values = [], []
        for st in found:
            # (after its code, when it has one: "2.1 «…»")
            title = next((t for t in titles if f"«{short(t, 90)}»" in st.text.split(" (affidato a ")[0]), None)
            if title is None or (w := extremes.weight_of(title, stated)) is None:
                return None
            shown, line = extremes.weight_line(w[2])
            values.append(w[0])
            out.append(Statement(f"{st.text} – peso {shown}", st.sources + ([(w[2], line)] if line else [])))
        return extremes.total(values), out

    def _is_person(self, doc_id: str, key: str) -> bool:
        """A capitalised word of the question is a person's surname in the plan: an
        org-chart head's, or one the plan writes after a title ("dott.ssa X"); a place
        named after someone ("piazza Don Spina") is not."""
        return bool(self._headed_by(doc_id, key)) or any(
            key in fold_name(m.group(0)).split() for c in self.gather.chunks(doc_id) for m in TITLED_NAME_RE.finditer(c.text))

    def _headed_by(self, doc_id: str, key: str) -> list[Chunk]:
        """The org-chart entries whose head's name holds the word `key` (folded), or
        whose head is a role the plan gives that person ("ad interim: il Segretario
        generale", and a sentence names the Segretario)."""
        chart = self.gather.org_chart(doc_id)
        out = [e for e in chart if key in fold_name(e.fields.get(Field.TITOLARE, "")).split()]
        for entry in chart:
            head = entry.fields.get(Field.TITOLARE, "")
            if entry not in out and is_role(head) and (held := self._role_of(doc_id, head)) is not None \
                    and key in fold_name(held[1]).split():
                out.append(entry)
        return out

    def _role_of(self, doc_id: str, role: str) -> tuple[str, str, Chunk] | None:
        """The person the plan gives a role to (`holders.role_holder`)."""
        return holders.role_holder(role, self.gather.chunks(doc_id))

    def _objectives_headed(self, doc_id: str, name: str) -> list[Statement]:
        """The objectives of a plan assigned to an office the person heads, as its org
        chart gives it ("Comando di Polizia locale", a service of the person's Area), or
        to a role a sentence gives the person ("Segretario comunale – RPCT"): a head
        answers for the objectives of the office, named or not."""
        chunks = self.gather.chunks(doc_id)
        out: list[Statement] = []
        for rec, office in self._records_headed(doc_id, name):
            source = counts.title_source(rec, chunks)
            out.append(Statement(f"{_coded(rec.codice)}«{short(rec.titolo, 90)}» (affidato a {short(office, 60)})",
                                 [source] if source else []))
        return out

    def _records_headed(self, doc_id: str, name: str) -> list[tuple[ObjectiveRecord, str]]:
        """The objective records of a plan (with their office) assigned to an office the
        person heads, or to a role the plan gives them; not those naming the person."""
        key = fold_name(name)
        entries = self._headed_by(doc_id, key)
        chunks = self.gather.chunks(doc_id)
        out: list[tuple[ObjectiveRecord, str]] = []
        heads: dict[str, bool] = {}  # (objectives share offices: each office's entries looked up once)
        for rec in self.gather.records(doc_id):
            # (an objective with no office field is assigned by a sentence of its prose:
            # "L'intervento è seguito dall'Ufficio X")
            office = rec.responsabile or rec.settore or self._prose_party(rec, chunks)
            if not rec.titolo or not office or key in fold_name(office).split():
                continue  # (an objective that names the person is found by its passages)
            if office not in heads:
                heads[office] = bool(entries) and any(e in entries for e in self._entries_of(office, doc_id, []))
            headed = heads[office]
            role = None if headed else holders.role_holder(office, chunks)
            if headed or role is not None and key in fold_name(role[1]).split():
                out.append((rec, office))
        return out

    @staticmethod
    def _prose_party(rec: ObjectiveRecord, chunks: Sequence[Chunk]) -> str:
        """The party a sentence of the objective's passages puts in charge: the one
        holding its title, and those its code heads (a summary table's short title and
        the paragraph under the numbered heading are one objective)."""
        held = counts.title_source(rec, chunks)
        own = [held[0]] if held else []
        own += [c for c in chunks if rec.codice and c not in own and (
            c.fields.get(Field.CODICE) == rec.codice or c.breadcrumb and c.breadcrumb[-1].startswith(f"{rec.codice} "))]
        return next((p for c in own for line in c.body.splitlines() for sentence in candidates.sentences(line)
                     if (p := charged_party(sentence))), "")

    def _head_described(self, question: str) -> str:
        """The question with "l'obiettivo della struttura della comm. X" (an objective
        described by who heads its office) put as the one objective so described, by
        its title, when a plan assigns exactly one to that person's offices: the hop
        person → office → objective, before the objective's field is asked."""
        m = _OBJECTIVE_OF_HEAD.search(question)
        if m is None or _ONE_OBJECTIVE_ASKED.search(question):  # ("quale obiettivo segue X": the objective asked)
            return question
        name = m.group("name")
        found = [rec for d in self.retriever.catalog.document_ids() if self._headed_by(d, fold_name(name))
                 for rec, _ in self._records_headed(d, name)]
        if len(found) != 1:
            return question
        return f"{question[:m.start()]}obiettivo «{found[0].titolo}»{question[m.end():]}"

    def _objectives_naming(self, doc_id: str, name: str, own: str = "") -> list[Statement]:
        """The objectives of a plan (but the one keyed `own`) a line of whose passages
        names `name`, each with that line as its citation."""
        codes = {r.titolo: r.codice for r in self.gather.records(doc_id) if r.titolo}
        titles = [t for t in codes if _title_key(t) != own]
        key = fold_name(name)
        found: dict[str, Statement] = {}
        for chunk in self.gather.chunks(doc_id):
            # the objective a passage belongs to: the one its breadcrumb or text names
            where = fold_name(f"{chunk.breadcrumb_text} {chunk.fields.get(Field.TITOLO, '')}")
            title = next((t for t in titles if _title_key(t) in where), None)
            if title is None or title in found:
                continue
            # (in the passage's own words: a column of a transposed table spans its
            # neighbours' cells too, which name their own people)
            said = next((ln.strip() for ln in chunk.text.splitlines()[1:] if key in fold_name(ln).split()), "")
            if said and squash_quote(said) not in squash_quote(chunk.source_text):
                said = said.split(": ", 1)[-1]  # (a rendered "Label: value" line quotes its value)
            if said:
                found[title] = Statement(f"{_coded(codes[title])}«{short(title, 90)}»", _sources(said, chunk, [chunk]))
        return list(found.values())

    def _next_items(self, s: Scored) -> list[Scored]:
        """The list items that open the passage after `s`'s (same document)."""
        chunk = s.cand.chunk
        following = [c for c in self.gather.chunks(chunk.doc_id) if c.ordinal == chunk.ordinal + 1]
        if not following:
            return []
        items = []
        for cand in candidates.from_chunk(following[0], s.cand.rank):
            if cand.field is not None:
                continue
            if not cand.row:
                break
            items.append(Scored(cand, s.score, s.own, s.context, s.fit))
        return items

    def _siblings(self, chunk: Chunk) -> list[Chunk]:
        """The other passages of the chunk's objective: a field value may be quoted
        from any of them (the record spans them all)."""
        title = chunk.fields.get(Field.TITOLO)
        if not title:
            return []
        return [c for c in self.gather.chunks(chunk.doc_id)
                if c.fields.get(Field.TITOLO) == title and c.id != chunk.id]

    def _other_offices(self, doc_id: str, statements: list[Statement]) -> Statement | None:
        """A person the answer names as an office's head who heads other offices of the
        same plan too (an interim, a secretary also heading a settore): "who" is
        answered with all the person's offices, as the org chart gives them."""
        said = " ".join(st.text for st in statements)
        entries = [c for c in self.gather.org_chart(doc_id) if c.fields.get(Field.TITOLARE)]
        for entry in entries:
            name = entry.fields[Field.TITOLARE]
            if name not in said or entry.fields.get(Field.SETTORE, "") not in said:
                continue
            others = [c for c in entries if c.fields[Field.TITOLARE] == name and c.id != entry.id
                      and c.fields.get(Field.SETTORE, "") not in said]
            if others:
                offices = "; ".join(c.fields.get(Field.SETTORE, "") for c in others)
                return Statement(f"{name} è titolare anche di {offices}",
                                 [x for c in others for x in _sources(name, c, [c])][:2])
        return None

    def _head_statement(self, entry: Chunk, pool: list[Chunk], statements: list[Statement]) -> Statement | None:
        """"di cui è titolare <name>": an org-chart entry's head, unless the statements
        name them already. An entry headed by a role ("Segretario comunale (ad interim)")
        gives the person the plan names in that role, cited where it names them."""
        name = entry.fields[Field.TITOLARE]
        said = " ".join(st.text for st in statements)
        sources = _sources(name, entry, pool)
        if is_role(name) and (found := holders.role_holder(name, self.gather.chunks(entry.doc_id))):
            _, person, passage = found
            if person.split()[-1] in said:
                return None
            return Statement(f"di cui è titolare il {name}, {person}{tenure(entry)}",
                             sources + _sources(person, passage, [passage]))
        if name in said and not (held := tenure(entry)):
            return None
        office = entry.fields.get(Field.SETTORE, "")
        if name in said:
            # (an interim head is said as one, though the objective names the person)
            return Statement(f"{self._titled(name, entry)} è titolare di {office}{held}", sources)
        if office and counts.settore_core(office) not in fold_name(said):
            # "di cui" points back to the statement that names the office (it follows
            # that one); when none does, the head is said with the office
            return Statement(head_of(entry, self._titled(name, entry)), sources)
        return Statement(f"di cui è titolare {self._titled(name, entry)}{tenure(entry)}", sources)

    def _titled(self, name: str, entry: Chunk) -> str:
        return holders.titled(name, [entry] + [c for c in self.gather.chunks(entry.doc_id) if name in c.text][:3])

    def _holder_named(self, chosen: list[Scored], statements: list[Statement]) -> Statement | None:
        """The person the document names for the office or role the first statements
        name in their text (not in a field of their own: `_titolare` hops those), when
        the statements do not name that person already (an office's head only when they
        name nobody: a person in charge named there is the answer)."""
        said = " ".join(st.text for st in statements)
        for s in chosen[:3]:
            doc = s.cand.chunk.doc_id
            entry = holders.office_named(s.cand.text, self.gather.org_chart(doc))
            # (an entry headed by a role names no one: the role's holder is the hop below)
            if entry is not None and not has_person(said, roles=False) and not is_role(entry.fields[Field.TITOLARE]):
                name = entry.fields[Field.TITOLARE]
                return Statement(head_of(entry, self._titled(name, entry)), _sources(name, entry, [entry]))
            found = holders.role_holder(s.cand.text, self.gather.chunks(doc))
            if found is not None and found[1].split()[-1] not in said:
                role, name, chunk = found
                return Statement(f"{role}: {name}", _sources(name, chunk, [chunk]))
        return None

    def _person_by_hop(self, frame: Frame, group: list[Scored], hits: list[SearchHit], reason: str) -> bool:
        """Whether the hops below state the person the abstention misses: the objective's
        head is a role ("il Comandante del Servizio …") the plan names a person for, or
        the head of an office its org chart names ("il Responsabile dell'Area Tecnica");
        or, when only a name is missing, the office the objective is filed under, or the
        one a sentence puts in charge, has a head (a field or a thing the plan does not
        state, "lo stipendio", stays missing)."""
        def entries(office: str | None, doc_id: str) -> bool:
            return bool(office) and bool(self._entries_of(office, doc_id, hits))

        if any(holders.role_holder(s.cand.text, self.gather.chunks(s.cand.chunk.doc_id))
               or entries(settore_from_responsabile(s.cand.text), s.cand.chunk.doc_id)
               for s in group if s.cand.field == Field.RESPONSABILE):
            return True
        if frame.answer_type is not AnswerType.PERSON or reason != abstain.missing_type(AnswerType.PERSON):
            return False
        return any(entries(s.cand.text, s.cand.chunk.doc_id) for s in group if s.cand.field == Field.SETTORE) or any(
            # (or a sentence says which office is in charge, "Chi se ne occupa è
            # l'Ufficio Tecnico", and the org chart names that office's head)
            s.cand.field is None and states_charge(s.cand.text)
            and len(holders.offices_named(s.cand.text, self.gather.org_chart(s.cand.chunk.doc_id))) == 1
            for s in group[:_CHARGE_DEPTH])

    def _titolari(self, chosen: list[Scored], hits: list[SearchHit]) -> list[Chunk]:
        """The org-chart entries (same document) of the office an answer names: the hop
        objective → settore → titolare. An office value that names several offices
        ("Tecnico / Urbanistica", "Area X, in collaborazione con Area Y") gives each."""
        for s in chosen:
            if s.cand.field == Field.TITOLARE:
                return []
            chunk = s.cand.chunk
            # the office the candidate names, else the one its passage is filed under
            named = s.cand.text if s.cand.field in (Field.SETTORE, Field.RESPONSABILE) and not s.cand.labelled else ""
            # ("il Responsabile dell'Area Tecnica": the office it names)
            named = settore_from_responsabile(named) or named if named else ""
            # (a sentence of assignment names its office, whatever field holds it: "è
            # seguito dall'Ufficio X" in a description)
            charged = "" if named else charged_party(s.cand.text) or ""
            office = named or charged or chunk.fields.get(Field.SETTORE) or chunk.fields.get(Field.RESPONSABILE) or ""
            if not office or s.cand.field not in (None, Field.RESPONSABILE, Field.SETTORE) and not charged:
                continue
            if found := self._entries_of(office, chunk.doc_id, hits):
                return found
            if named and self._role_of(chunk.doc_id, named):
                # (a role the plan names a holder for, "il Segretario comunale è il dott.
                # X", is that person: no office's head is in charge)
                return []
            # (a role the chart does not list, "il Responsabile del Servizio finanziario",
            # leaves the objective with the head of the settore it is filed under)
            own = chunk.fields.get(Field.SETTORE, "")
            if named and own and own != office and (found := self._entries_of(own, chunk.doc_id, hits)):
                return found
        return []

    def _entries_of(self, office: str, doc_id: str, hits: list[SearchHit]) -> list[Chunk]:
        """The org-chart entries of the office a value names (each office of a value
        that names several), in the document `doc_id`."""
        pool = [h.chunk for h in hits if h.chunk.kind == UnitKind.ORG_CHART and h.chunk.doc_id == doc_id]
        pool += self.gather.org_chart(doc_id)
        units = list({c.id: c for c in pool if c.fields.get(Field.TITOLARE)}.values())  # (each once, headed)
        parts = [p for p in _SEVERAL_OFFICES.split(office) if p.strip()]
        key = fold_name(office)
        # (the service the value names, when the chart gives it an entry: `own_entry`)
        if len(parts) < 2 and (own := holders.own_entry(office, units)):
            return [own]
        if len(parts) < 2 and (first := next(
                (c for c in units if heads(fold_name(c.fields.get(Field.SETTORE, "")), key)), None)):
            return [first]
        # (an office named by its kind and a service, "Ufficio Tributi", is that service)
        if len(parts) < 2 and (holding := next((c for c in units if any(
                holders.names_service(office, x) for x in holders.services_of(c))), None)):
            # a service the org chart files under its office ("Protocollo" in
            # the row of Area I): the office holding it is the one in charge
            return [holding]
        found: list[Chunk] = []
        for part in parts:
            # (an office named by the first words of its name after its kind, as a
            # summary table abridges it: "Tecnico" for "Settore Tecnico – Lavori …")
            matches = [c for c in units if _named_by(c.fields.get(Field.SETTORE, ""), part)]
            if len(matches) == 1 and matches[0] not in found:
                found.append(matches[0])
        if not found and len(named := holders.offices_named(office, units, services=True)) == 1:
            # (else named as a question names an office: by its kind and number, "il
            # Responsabile del Settore V", or a service it lists, "Ufficio Personale")
            found = named
        return found

    def _offices_staff(self, frame: Frame, hits: list[SearchHit]) -> list[Line]:
        """How many people each office the question names has ("ha più personale il
        settore A o il B"), as the org chart of the best passage's ente gives it; of each
        ente, when the question names several ("… a X e a Y")."""
        def staff(documents: list[str]) -> list[Statement]:
            entries = [e for d in documents for e in self.gather.org_chart(d)]
            named = holders.offices_named(frame.question, entries, services=False, asked=True)
            if len(named) == 1 and len(rows := staffing.office_rows(named[0])) >= 2:
                # one unit named whose chart counts each of its offices ("nell'Area I ha
                # più personale la segreteria o l'anagrafe"): each office's count
                unit = named[0].fields.get(Field.SETTORE, "")
                return [Statement(f"{office} ({unit}) conta {n} {staffing.staff_noun(n, line)}",
                                  _sources(line, named[0], [named[0]])) for office, n, line in rows]
            found = [st for e in named if (st := self._entry_staff(e, e.fields.get(Field.SETTORE, ""))) is not None]
            if len({e.fields.get(Field.SETTORE) for e in named}) == 1 and (summed := staffing.summed_staff(named)):
                # (one office whose chart counts each of its services' staff, row by row:
                # its staff is their sum, stated first, each row then)
                total = str(summed[0])
                unit = named[0].fields.get(Field.SETTORE, "")
                found.insert(0, Statement(f"{unit} conta {total} {staffing.staff_noun(total, '')} in tutto, "
                                          f"sommando i suoi {len(named)} servizi",
                                          [src for st in found for src in st.sources]))
            return found

        if len(frame.enti) > 1:
            return self._per_ente(frame, hits, staff)
        firsts = [hits[0].chunk.doc_id]
        if not frame.enti:
            # no ente named: the one meant is the one whose chart has the offices the
            # question names (all of them, when it compares two), the retrieved first
            firsts = self._retrieved_first(hits)
        found, first = max(((staff(self._ente_documents(d)), d) for d in firsts), key=lambda f: len(f[0]))
        if not found:
            return []
        where = self.retriever.document_label(first)
        return [Line(where if where != first else "", found)]

    def _retrieved_first(self, hits: list[SearchHit]) -> list[str]:
        """Every loaded document, those of the retrieved passages first (in their order)."""
        return list(dict.fromkeys([*(h.chunk.doc_id for h in hits), *self.retriever.catalog.document_ids()]))

    def _per_ente(
        self, frame: Frame, hits: list[SearchHit], statements: Callable[[list[str]], list[Statement]],
    ) -> list[Line]:
        """A line per ente of what `statements` finds in its documents: of the ente the
        question names, else of each ente that has it (asked of "il comune" with none
        named, each plan answers as well), the retrieved enti first (the question's words
        name none of them, so retrieval does not rank the others). The ente is said when
        none was named and the library holds several."""
        named = [docs.split(",")[0] for docs in frame.enti]
        firsts = named or self._retrieved_first(hits)
        # (several named: each line says whose it is)
        several = (not named or len(named) > 1) and len(self.retriever.place_names()) > 1
        lines: list[Line] = []
        seen: set[str] = set()
        for first in firsts:
            documents = self._ente_documents(first)
            if documents[0] in seen:
                continue
            seen.update(documents)
            if found := statements(documents):
                where = self.retriever.document_label(documents[0])
                lines.append(Line(where if several and where != documents[0] else "", found))
            if len(lines) == _MAX_DOCUMENT_LINES:
                break
        return lines

    def _offices_services(self, frame: Frame, hits: list[SearchHit]) -> list[Line]:
        """The services the org chart gives each office the question names ("quali
        servizi fanno parte del settore finanziario")."""
        def services(documents: list[str]) -> list[Statement]:
            entries = [e for d in documents for e in self.gather.org_chart(d) if e.fields.get(Field.SERVIZI)]
            return [Statement(phrase(c, 300), _sources(_services_line(e), e, [e]))
                    for e in holders.offices_named(frame.question, entries, services=False, asked=True)
                    for c in candidates.from_chunk(e) if c.field == Field.SERVIZI]

        return self._per_ente(frame, hits, services)

    def _ente_staff(self, frame: Frame, hits: list[SearchHit]) -> list[Line]:
        """How many people the ente has, as a sentence of its plan states it."""
        def staff(documents: list[str]) -> list[Statement]:
            for d in documents:
                if (found := staffing.ente_staff_sentence(self.gather.chunks(d))) is not None:
                    passage, clause = found
                    # (a table's total row read as its label and figure, "Totale dipendenti: 18")
                    said = re.sub(r"\s*\|[\s|]*", ": ", clause.strip(" |"))
                    return [Statement(said, _sources(clause, passage, [passage]))]
            # no sentence states the whole: the staff each office of the org chart
            # states, summed, when every office states it (one office left out would
            # make the sum a part, not the ente's staff)
            if (summed := staffing.summed_staff(self._org_entries(documents))) is None:
                return []
            total, stated = summed
            sources = [src for e, _, line in stated for src in _sources(line, e, [e])]
            return [Statement(f"{total} dipendenti in tutto, sommando i {len(stated)} uffici dell'organigramma",
                              sources)]

        return self._per_ente(frame, hits, staff)

    def _staff(self, frame: Frame, best: Scored, group: list[Scored], hits: list[SearchHit]) -> list[Statement]:
        """The hop objective → office → how many people it has, from the office's
        org-chart entry or a sentence of the plan ([] when none is given)."""
        chunk = best.cand.chunk
        documents = self._ente_documents(chunk.doc_id)  # (a plan's organisation may be a file of its own)
        if chunk.kind == UnitKind.ORG_CHART:
            office, said = chunk.fields.get(Field.SETTORE, ""), None
        else:
            # (the settore, else a responsabile value that names an office, not a person)
            said = next((s for s in group if s.cand.field == Field.SETTORE), None) or next(
                (s for s in group if s.cand.field == Field.RESPONSABILE and not has_person(s.cand.text)), None)
            office = said.cand.text if said is not None else chunk.fields.get(Field.SETTORE, "")
            if said is not None and said.cand.chunk.kind == UnitKind.ORG_CHART:
                office = said.cand.chunk.fields.get(Field.SETTORE, office)  # the entry's office, not its row
        if not office and (found := staffing.prose_office(
                group, [e for d in documents for e in self.gather.org_chart(d)])) is not None:
            said, office = found[0], found[1].fields.get(Field.SETTORE, "")
        if not office and (head := next((s for s in group if s.cand.field == Field.RESPONSABILE), None)):
            # an objective that names only its responsible person: the office is the
            # org-chart entry that person heads
            entry = next((e for d in documents for e in self.gather.org_chart(d)
                          if holders.headed_by(e, head.cand.text)), None)
            if entry is not None:
                said, office = head, entry.fields.get(Field.SETTORE, "")
        if not office:
            return []
        pool = [h.chunk for h in hits]
        statements = [Statement(phrase(said.cand, 120), _sources(said.cand.quote, said.cand.chunk, pool))] \
            if said is not None else []
        for doc_id in documents:
            own = [chunk] if said is None and doc_id == chunk.doc_id else self._entries_of(office, doc_id, hits)
            for entry in own:
                if (staff := self._entry_staff(entry, office)) is not None:
                    return statements + [staff]
            if (found := staffing.staff_sentence(office, self.gather.chunks(doc_id))) is not None:
                passage, clause = found
                return statements + [Statement(clause, _sources(clause, passage, [passage]))]
        return []

    def _entry_staff(self, entry: Chunk, office: str) -> Statement | None:
        """"<office> conta N dipendenti", cited on the org-chart line that gives it (or on
        the row of a table of units that counts the office's staff)."""
        if (stated := staffing.entry_staff(entry)) is None:
            if (row := staffing.row_staff(entry.fields.get(Field.SETTORE) or office,
                                          self.gather.chunks(entry.doc_id))) is None:
                return None
            chunk, count, line = row
            return Statement(f"{entry.fields.get(Field.SETTORE) or office} conta {count} "
                             f"{staffing.staff_noun(count, line)}", _sources(line, chunk, [chunk]))
        count, line = stated
        settore = entry.fields.get(Field.SETTORE) or office
        service = entry.fields.get(Field.SERVIZI, "")
        if service and sum(e.fields.get(Field.SETTORE) == settore for e in self.gather.org_chart(entry.doc_id)) > 1:
            # an org chart of one row per service counts each service's staff, not its office's
            settore = f"{service} ({settore})"
        return Statement(f"{settore} conta {count} {staffing.staff_noun(count, line)}", _sources(line, entry, [entry]))

    def _organisation(self, frame: Frame, hits: list[SearchHit]) -> list[Line]:
        """The offices of each ente asked about, each with its head, or what the one
        office the question names comprises (its entry's services); [] when the
        question has a topic beyond the organisation or the chart is not found."""
        if frame.enti:
            enti = [group.split(",") for group in frame.enti]
        else:
            # no ente named: of the retrieved enti that have an org chart, one whose
            # offices are of the kind asked ("quante aree": a chart of "Area …"), else
            # one whose chart the words retrieve, else the best retrieved
            charts = {tuple(docs): self._org_entries(docs)
                      for docs in map(self._ente_documents, dict.fromkeys(h.chunk.doc_id for h in hits))}
            charted = [docs for docs, entries in charts.items() if organisation.chart(entries)]
            retrieved = {h.chunk.doc_id for h in hits if h.chunk.kind == UnitKind.ORG_CHART}
            enti = [list(docs) for docs in sorted(charted, key=lambda docs: (
                not organisation.of_kind_asked(frame.question, charts[docs]), not retrieved & set(docs)))[:1]]
        lines: list[Line] = []
        for documents in enti:
            entries = self._org_entries(documents)
            # (an office named once, whichever of the ente's files charts it; the entry
            # that lists its parts first)
            named = list({fold_name(e.fields.get(Field.SETTORE, "")): e for e in sorted(
                holders.offices_named(frame.question, entries, services=False, asked=True),
                key=lambda e: not e.fields.get(Field.SERVIZI), reverse=True)}.values())
            if organisation.topic_beyond(frame, self.analyzer.analyze, named):
                return []
            where = self.retriever.document_label(documents[0])
            where = "" if where == documents[0] else where
            if named:
                parts = named[0].fields.get(Field.SERVIZI, "")
                if len(named) > 1 or not parts:
                    return []  # (several offices named, or no parts listed: asked otherwise)
                entry, office = named[0], named[0].fields[Field.SETTORE]
                # (quoted from its first part to its last, as the chart lists them)
                first, last = parts.split("; ")[0], parts.split("; ")[-1]
                start, end = entry.source_text.find(first), entry.source_text.rfind(last)
                quote = entry.source_text[start:end + len(last)] if 0 <= start <= end else parts
                lines.append(Line(where, [Statement(f"{office} comprende: {parts}",
                                                    _sources(quote, entry, [entry], len(quote)))]))
                continue
            units = organisation.chart(entries)
            if not units:
                return []
            lines.append(Line(
                " – ".join(x for x in (where, organisation.counted_as(units)) if x),
                [Statement(f"{e.fields[Field.SETTORE]} ({e.fields[Field.TITOLARE]})",
                           _sources(e.fields[Field.SETTORE], e, [e])) for e in units],
                listing=True))
        return lines

    def _org_entries(self, documents: Sequence[str]) -> list[Chunk]:
        """The org-chart entries of an ente's documents."""
        return [e for d in documents for e in self.gather.org_chart(d)]

    def _keyed(self, frame: Frame, best: Scored, group: list[Scored]) -> list[Statement]:
        """The field the question names, from the row of a table keyed by the
        objective's number ("N. | Stakeholder coinvolti" … "5 | …") in its document."""
        # (an objective written in prose has no code field: its heading numbers it, "Ob. 3.2 – …")
        code = best.cand.chunk.fields.get(Field.CODICE, "") or keyed.heading_code(best.cand.title)
        if not code:
            return []
        # (the staff asked in other words, "chi ci lavora", "i colleghi", too)
        named = frame.named_fields | ({Field.DIPENDENTI} if frame.asks(Intent.EMPLOYEES) else set())
        for field in sorted(named):
            if any(s.cand.field == field for s in group):
                continue
            if (found := keyed.keyed_row(code, field, self.gather.chunks(best.cand.chunk.doc_id))) is not None:
                chunk, header, value, row = found
                return [Statement(f"{header}: {value}", _sources(row, chunk, [chunk]))]
            if field in _PARENT_LINE_FIELDS and (line := self._parent_line(best, group)) is not None:
                return [line]
            if field == Field.DIPENDENTI and (said := keyed.staff_sentence(
                    code, self.gather.chunks(best.cand.chunk.doc_id))) is not None:
                chunk, names, sentence = said
                return [Statement(f"personale coinvolto: {names}", _sources(sentence, chunk, [chunk]))]
        return []

    def _parent_line(self, best: Scored, group: list[Scored]) -> Statement | None:
        """"rientra nella linea strategica 2.3 …": the line of a section of strategic
        lines that the objective's nested code numbers it under."""
        code = _objective_code(best, group) or keyed.heading_code(best.cand.title)
        if not code or (found := keyed.parent_line(code, self.gather.chunks(best.cand.chunk.doc_id))) is None:
            return None
        chunk, line = found
        return Statement(f"rientra nella linea strategica {line}", _sources(line, chunk, [chunk]))

    def _ente_documents(self, doc_id: str) -> list[str]:
        """`doc_id` and the other indexed documents of the same ente."""
        label = self.retriever.document_label(doc_id)
        if label == doc_id:
            return [doc_id]
        return [doc_id] + [d for d in self.retriever.catalog.document_ids()
                           if d != doc_id and self.retriever.document_label(d) == label]


# the fields a nested code names the parent of ("2.3.1" under the strategic line "2.3")
_PARENT_LINE_FIELDS = frozenset({Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA})
# how far (in candidates) a marked list may follow the sentence that introduces it
# (a line announcing it may stand between: "… è rivolto a chi necessita di supporto per:")
_INTRODUCED = 2
# the objective about the topic leads an ente's line in a comparison when it is among its
# first candidates and scores within this margin of the best
_TOPIC_DEPTH = 20
_TOPIC_MARGIN = 0.5
# a plan's phases, compared in general: how many are named, and each one's opening words
_DIGEST_STEPS = 5
_DIGEST_STEP_CHARS = 45
# (each phase's room when one objective's content is asked: the answer is its own)
_CONTENT_STEP_CHARS = 110
# the share of a staff member's role words the question must write for them to be
# the person asked ("D1 RUP": all; "predisposizione congiuntamente al RUP …": not)
_ROLE_SHARE = 0.5
# how many candidates, best first, the person in the role asked is sought among
_ROLE_DEPTH = 15
# a line this short that names a person is a staff or org-chart row, not a statement
_NAME_ROW_WORDS = 8
# how many of an answer's best candidates are read for codes of the objectives they point at
_CODED_DEPTH = 6
# an item states this share of the question's words beyond its objective's title: the
# question names it
_NAMED_ITEM = 0.1
# the items of one list an answer shows at most
_LIST_ITEMS = 9
# how many candidates, best first, a total asked is sought among
_TOTAL_DEPTH = 15
# the share of the question's topic an item must state itself to be the one item asked
_OWN_ITEM = 0.5

# fields whose value is prose: what an objective is for, what it should achieve
_PROSE_FIELDS = frozenset({Field.MOTIVAZIONE, Field.VALORE_ATTESO, Field.OBIETTIVO_STRATEGICO})

# fields that place or label an objective rather than say what it does
_NOT_CONTENT = frozenset({Field.RESPONSABILE, Field.SETTORE, Field.TITOLARE, Field.CODICE, Field.OBIETTIVO_STRATEGICO,
                          Field.AREA_STRATEGICA, Field.SCADENZA, Field.PESO, Field.RESPONSABILE_POLITICO,
                          Field.DIPENDENTI, Field.TITOLO})


# an enumeration inside a sentence: a parenthesis, a colon's run or the run after a word
# that introduces examples ("quali", "tra cui", "come") holding three items or more
_INLINE_LIST = re.compile(r"\(([^()]{10,})\)|(?::|\b(?:quali|tra cui|come|ad esempio|ovvero)\b)\s*([^.;:]{10,})",
                          re.IGNORECASE)


# the fields a plan may give as a series of headings, one per value ("Linea strategica 1
# · …", "Area strategica 2 – …"), the objectives under each
_SERIES_FIELDS = frozenset({Field.AREA_STRATEGICA, Field.OBIETTIVO_STRATEGICO})
# the joints of an office value that names several offices
_SEVERAL_OFFICES = re.compile(r"\s*/\s*|,?\s+in collaborazione con\s+|\s*;\s*")

def _services_line(entry: Chunk) -> str:
    """The line of an org-chart entry that lists its services (its first one, verbatim)."""
    first = re.split(r"\s*[;,]\s*", entry.fields.get(Field.SERVIZI, ""))[0]
    return next((ln.strip() for ln in entry.source_text.splitlines() if first and first in ln),
                entry.fields.get(Field.SERVIZI, ""))


def _named_by(unit: str, office: str) -> bool:
    """The org-chart unit is the office a value names, whole or by the first words of
    its name after its kind ("Tecnico" for "Settore Tecnico – Lavori pubblici")."""
    bare, core = counts.settore_core(office), counts.settore_core(unit)
    return bool(bare) and (heads(fold_name(unit), fold_name(office)) or core == bare or core.startswith(bare + " "))


# how many objectives, best first, the second thing a comparison names is sought among
_VERSUS_DEPTH = 8


def _item_run(group: list[Scored], item: Scored) -> list[Scored]:
    """The marked list `item` belongs to: the run of list lines around it in its passage."""
    by_index = {x.cand.index: x for x in group if x.cand.chunk.id == item.cand.chunk.id and x.cand.field is None}
    by_index[item.cand.index] = item  # (an item may come from a passage the group lacks)
    lines = sorted(by_index.values(), key=lambda x: x.cand.index)
    at = lines.index(item)
    lo, hi = at, at
    while lo > 0 and lines[lo - 1].cand.row:
        lo -= 1
    while hi + 1 < len(lines) and lines[hi + 1].cand.row:
        hi += 1
    return lines[lo:hi + 1]


def _enumeration_end(text: str) -> int:
    """Where the first enumeration of three items or more inside `text` ends; 0 when none."""
    for m in _INLINE_LIST.finditer(text):
        if (m.group(1) or m.group(2) or "").count(",") >= 2:
            return m.end()
    return 0


def _title_key(title: str) -> str:
    """The start of an objective's title, folded: what every mention of it shares
    (breadcrumbs shorten titles)."""
    return fold_name(title.replace("…", ""))[:40]


# a target given for a year ("target 2025: 80%", "Atteso 2026 …", "2025: 30"); a year
# after a baseline's word dates the starting figure ("Dato partenza 2023: 294")
_DATED_TARGET = re.compile(r"(?i)\b(?:target|atteso|valore\s+obiettivo)\W{0,3}(?:anno\s+)?20\d\d\b|\b20\d\d\s*:")
_BASELINE_WORD = re.compile(r"(?i)(?:partenza|baseline|storico|rilevat\w*|consuntiv\w*)\W{0,3}$")


def _dates_target(text: str) -> bool:
    """The text gives a target for a year (not only a baseline's year)."""
    return any(not _BASELINE_WORD.search(text[max(0, m.start() - 20):m.start()]) for m in _DATED_TARGET.finditer(text))


def _objective_code(best: Scored, group: list[Scored]) -> str:
    """The code of the objective a line is about, from a passage of its own (the best
    statement may be another's, an org-chart entry hopped to)."""
    title = best.cand.title
    return next((c for sc in [best, *group] if (c := sc.cand.chunk.fields.get(Field.CODICE, ""))
                 and sc.cand.chunk.fields.get(Field.TITOLO) == title), "")


def _coded(code: str | None) -> str:
    """An objective's code before its title ("OB.03 "), when it has a short one: plans
    and their readers refer to objectives by code."""
    return f"{code} " if code and len(code) <= _CODE_CHARS and re.search(r"\d", code) else ""


_CODE_CHARS = 16


# the answer types a figure answers
_FIGURE_TYPES = (AnswerType.NUMBER, AnswerType.PERCENT, AnswerType.AMOUNT)
_PERSON_TYPES = (AnswerType.WHO, AnswerType.PERSON)


def _bare_text(text: str) -> str:
    """An answer's text without its citation marks."""
    return re.sub(r"\s*\[\d+\]", "", text)


def _first_figure(text: str) -> str:
    """The first figure an answer states past its head ("«titolo» [1]: …")."""
    body = _bare_text(text).split("»: ", 1)[-1]
    m = re.search(r"\d[\d.,/]*\d|\d", body)
    return m.group() if m else ""


def _refusals(text: str) -> int:
    """How many things an answer says the plans do not state."""
    return len(re.findall(r"\bnon indica\b|\bNon ho trovato\b", text))


def _bare(item: str) -> str:
    """A list item without its closing parenthesis: "ROSSI Anna (C1)" → "ROSSI Anna"."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", item.split(": ", 1)[-1])


def _same_title(a: str, b: str) -> bool:
    """Two objectives titled alike: the same words once numbering, case and accents are
    set aside, one title possibly cut short ("…") where the other goes on."""
    x, y = (bare_title(t) for t in (a, b))
    short_one = min(len(x), len(y))
    return short_one >= 20 and (x.startswith(y) or y.startswith(x))


def _best_list(group: list[Scored], best: Scored) -> list[Scored]:
    by_field: dict[str, list[Scored]] = {}
    for s in group:
        if s.cand.field in LIST_FIELDS and s is not best and not s.cand.labelled:
            by_field.setdefault(s.cand.field, []).append(s)
    scored = {f: sum(1 for s in items if s.own > 0.0 and _states_more(s, best)) for f, items in by_field.items()}
    field = max(scored, key=lambda f: scored[f], default=None)
    if field is None or scored[field] < 2:
        return []
    return sorted(by_field[field], key=lambda s: s.cand.index)[:8]


def _states_more(s: Scored, best: Scored) -> bool:
    """The item states question words beyond its objective's title (not only the title's)."""
    return s.says > 0 and s.cand.text.casefold() not in best.cand.title.casefold()


def _objectives(best: Scored, ranked: list[Scored]) -> list[Scored]:
    """"Quali obiettivi…": the titles of the objectives about the question in the
    best one's document (as well covered as the best, a little slack)."""
    seen: set[tuple[str, str]] = set()
    out: list[Scored] = []
    for s in ranked:
        g = s.cand.group
        if g in seen or s.cand.chunk.doc_id != best.cand.chunk.doc_id or not s.cand.chunk.fields.get(Field.TITOLO):
            continue
        seen.add(g)
        if s.context >= 0.8 * best.context:
            title = s.cand.chunk.fields[Field.TITOLO]
            out.append(Scored(candidates.Candidate(title, title, s.cand.chunk, s.cand.rank, Field.TITOLO),
                              s.score, s.own, s.context, s.fit))
        if len(out) >= 6:
            break
    return out or [best]


def _joined(passages: list[Chunk], extra: Sequence[Chunk]) -> list[Chunk]:
    """The retrieved passages, then the other passages quoted, each once."""
    seen = {c.id for c in passages}
    out = list(passages)
    for c in extra:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out


def _year_value(years: Sequence[str]) -> re.Pattern[str]:
    """A figure stated for one of `years` ("target 2027: 95%", "2027 = 75 utenti", or a
    few words on in its clause: "per il 2026 il valore obiettivo è di 30 ore")."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, years))})\b(?:\s*[:=]?\s*|[^.;:\d]{{1,40}}?)(?:€\s*)?\d")


def _cited(cand: candidates.Candidate, focus: re.Pattern[str] | None, pool: Sequence[Chunk]) -> list[tuple[Chunk, str]]:
    """A statement shown around its focus (the figure, the thing asked), or longer than
    a quote with the focus past the quote's end, cites the words that answer, not its
    first words; [] when its first words are what it shows."""
    piece = focus_window(cand.text, focus, _QUOTE_CHARS)
    return _sources(piece.strip("…").strip(), cand.chunk, pool) if piece else []


def _without_shared_opening(chosen: list[Scored]) -> list[Scored]:
    """The items of a list, each run of items that open with the same words (a few at
    least, each item keeping some of its own) saying them once, in its first item."""
    words = [s.cand.text.split() for s in chosen]
    out = list(chosen)
    i = 0
    while i < len(words):
        j, n = i + 1, len(words[i]) - 1
        while j < len(words):
            shared = next((k for k in range(min(n, len(words[j]) - 1)) if words[j][k] != words[i][k]),
                          min(n, len(words[j]) - 1))
            if shared < _SHARED_WORDS:
                break
            j, n = j + 1, shared
        if j - i >= _SHARED_ITEMS:
            out[i + 1:j] = [replace(s, cand=replace(s.cand, text=" ".join(w[n:])))
                            for s, w in zip(chosen[i + 1:j], words[i + 1:j], strict=True)]
        i = j
    return out


# a shared opening is said once when at least this many items share at least this many words
_SHARED_ITEMS = 3
_SHARED_WORDS = 3


def _sources(quote: str, chunk: Chunk, pool: Sequence[Chunk], shown: int = 0) -> list[tuple[Chunk, str]]:
    """Where the quote stands. A statement shown longer than a quote (a list given
    inline to its end) is quoted as far as it is shown: the reader checks what they
    read, and a quote cut short drops the items the answer names."""
    # (a quote that keeps the hyphens of words its lines cut is longer than it reads)
    shown += len(quote) - len(join_hyphenated(quote)) if shown else 0
    found = locate(quote, chunk, pool, max(QUOTE_CHARS, shown))
    return [found] if found else []


def _words(text: str) -> str:
    """The words of a text, case, punctuation and spacing aside."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _same_text(a: str, b: str) -> bool:
    """The same statement, punctuation and spacing aside (a phase as a field item and
    as the table line it came from)."""
    a_n, b_n = _words(a), _words(b)
    return a_n[:60] in b_n or b_n[:60] in a_n

