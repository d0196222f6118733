"""Abstention with a reason: say what the plan does not state, and what it does.

Three general cases, each checked on the evidence selection found:
- the question's topic is not in the passages at all (rarity-weighted coverage);
- the question names a plan period that no loaded document covers;
- the topic is there but the asked answer type is not: a cost where the objective
  states none, a person where only offices are named, a field the objective's record
  does not fill. The reply then names what is missing and quotes what is stated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering.frame import AnswerType, Frame, plans_named
from assistant.answering.intent import Intent
from assistant.answering.retrieve import Retriever
from assistant.answering.select import (
    INTENT_FIELDS, NAMED_VALUE_TYPES, STATES_TARGET, Scored, counted_names, fits, has_person, inflected,
    name_phrases, states_charge, states_count, under_objective_heading, writes_name,
)
from ingest.models import Chunk
from ingest.structure.block_fields import yearly_values
from ingest.structure.vocabulary import labels_of
from ingest.text import DATE_RE, DAY_RE, MONTHS, Field, fold_label, fold_name

# What the reply says is missing, per answer type (Italian, for users).
MISSING_TYPE: dict[AnswerType, str] = {
    AnswerType.AMOUNT: "un importo",
    AnswerType.PERCENT: "una percentuale",
    AnswerType.PERSON: "un nominativo",
    AnswerType.WHO: "un nominativo o un ufficio",
    AnswerType.DATE: "una data o un periodo",
    AnswerType.NUMBER: "un valore numerico",
}
# a calendar day asked for ("entro che data", "in quale giorno"), not a period
_DAY_ASKED = re.compile(r"\b(?:che|quale|qual e|qual è la) (?:data|giorno)\b")
_DAY = re.compile(rf"{DAY_RE.pattern}|\b\d{{1,2}}°?\s+(?:{'|'.join(MONTHS)})\b", re.IGNORECASE)
# days of the week asked for ("in quali giorni è aperto"): weekday names answer it
_WEEKDAYS_ASKED = re.compile(r"\b(?:quali|che|in quali|in che) giorni\b")
_WEEKDAY = re.compile(r"\b(?:luned|marted|mercoled|gioved|venerd)[iì]|\bsabato\b|\bdomenica\b", re.IGNORECASE)
# how a table marks a value it does not have: "n.d." (non disponibile), "n.a.", a dash
_NOT_AVAILABLE = re.compile(r"(?i)n\.?\s?[da]\.?|[—–-]{1,2}")
# several years over as many values, "2026 / 2027 / 2028: 24 ore / 24 ore / n.d."
_YEARS_OVER_VALUES = re.compile(r"((?:(?:19|20)\d\d\s*/\s*)+(?:19|20)\d\d)\s*:\s*([^;)]+)")


def _paired_years(text: str) -> str:
    """The text with each year of a row of years paired with its value ("2026: 24 ore;
    2027: 24 ore; 2028: n.d."), so that a year's value is read next to it (as ingestion
    pairs a label's years with its values: `block_fields.yearly_values`)."""
    return _YEARS_OVER_VALUES.sub(lambda m: yearly_values(m.group(1), m.group(2).strip()) or m.group(0), text)


def missing_type(kind: AnswerType) -> str:
    """The reason given when the best evidence does not hold the asked answer type."""
    return f"il piano non indica {MISSING_TYPE[kind]}"


# the words that ask for a value set as a goal (general PIAO vocabulary)
_TARGET_ASKED = re.compile(r"\b(target|valore atteso|valore obiettivo|valore di arrivo|risultato atteso)\b")
MISSING_FIELD: dict[str, str] = {  # in order of priority
    Field.DIPENDENTI: "il personale assegnato",
    Field.RESPONSABILE_POLITICO: "un referente politico",
    Field.RESPONSABILE: "un responsabile",
    Field.STAKEHOLDER: "i portatori di interesse",
    Field.INDICATORI: "indicatori o target",
}
# The details of an indicator a question may name ("il valore di partenza", "la
# formula"): a plan that gives none of them is not answered by its other fields.
MISSING_DETAIL: dict[str, str] = {
    Field.BASELINE: "un valore di partenza",
    Field.FORMULA: "una formula di calcolo",
    Field.FONTE: "una fonte dei dati",
    Field.PESO: "un peso",
}
# Words by which prose names each field a question may ask for.
_LABEL_WORDS: dict[Intent, re.Pattern[str]] = {
    Intent.EMPLOYEES: re.compile(r"(?i)\b(dipendent|personale|assegnat)"),
    Intent.POLITICAL: re.compile(r"(?i)\b(assessor|sindac[oa]\b|ass\.|consiglier|delega)"),
    Intent.RESPONSIBLE: re.compile(r"(?i)\b(responsabil|settore|area|ufficio|servizio|titolare|dirigente)"),
    Intent.STAKEHOLDERS: re.compile(r"(?i)\b(stakeholder|portatori|destinatari|cittadin)"),
    Intent.INDICATORS: re.compile(r"(?i)\b(indicator|target|valore atteso|risultato atteso)"),
    Intent.TIMING: re.compile(r"(?i)\b(entro|scadenz|fase|fasi|\d{4}|gennaio|giugno|dicembre)"),
    Intent.PURPOSE: re.compile(r"."),
    Intent.STRATEGIC: re.compile(r"(?i)strategic"),
    Intent.HOLDER: re.compile(r"(?i)titolare|responsabile|dirigente"),
}
# Types whose absence from the best evidence is decisive: a cost, a percentage or a
# named person cannot be paraphrased away. Dates and numbers often are ("nel corso
# dell'anno"), so they are missing only when nothing datable/numeric is near at all.
_STRICT = (AnswerType.AMOUNT, AnswerType.PERCENT, AnswerType.PERSON)


def missing_period(frame: Frame, question: str, retriever: Retriever) -> str | None:
    """"Il PIAO 2025-2027 di X" when the loaded documents of X cover other periods."""
    named = [f"{m.group(1)}-{m.group(2)}" for m in plans_named(question)]
    if not named:
        return None
    wanted = {d for g in frame.enti for d in g.split(",")}
    docs = [r for r in retriever.catalog.documents()
            if r.meta.periodo and (not wanted or r.meta.doc_id in wanted)]
    periods = sorted({r.meta.periodo for r in docs if r.meta.periodo})
    if not periods or any(p in periods for p in named):
        return None
    where = ""
    if wanted:
        where = " di " + retriever.document_label(next(iter(sorted(wanted))))
    return (f"Il piano {named[0]}{where} non è presente tra i documenti caricati: "
            f"sono presenti i piani {', '.join(periods)}.")


# what a plan as a whole lacks (said of the plan, not of one objective)
NOT_MENTIONED = "il piano non indica nulla su"
# A term this few passages hold names one specific thing ("CER", "padel"), not a theme
_FEW_PASSAGES = 5


def _not_in_named_plan(
    frame: Frame, scored: Sequence[Scored], analyze: Callable[[str], list[str]] | None
) -> str | None:
    """A yes/no question about a plan it names ("X prevede una comunità energetica
    (CER)?") whose rarest term, which other plans state, no passage retrieved from that
    plan contains: the plan does not provide the thing. (Retrieval brings the passages
    holding a rare term when the plan has it.)"""
    # (several plans named, "c'è in tutti e due i piani?": each line, of one plan, is
    # judged on that plan's passages)
    if not (frame.polar and frame.enti and scored and analyze is not None):
        return None
    terms = frame.terms - frame.ident_terms - frame.unindexed_terms
    topic = {t: w for t, w in frame.weights.items() if t in terms and not t.isdigit()}
    if not topic:
        return None
    docs = next((set(g.split(",")) for g in frame.enti if scored[0].cand.chunk.doc_id in g.split(",")), set())
    own = {s.cand.chunk.id: s.cand.chunk.text for s in scored if s.cand.chunk.doc_id in docs}
    if not own:
        return None
    said = {t for text in own.values() for t in analyze(text)}
    # (terms equally rare are equally telling: the thing is missing when any of them is,
    # whichever a set happens to list first)
    rarest = max(topic.values())
    rare = next((t for t in sorted(topic) if topic[t] == rarest and t not in said), None)
    if rare is None or frame.frequencies.get(rare, 0) > _FEW_PASSAGES:
        return None
    word = next((w for w in re.findall(r"[^\W\d_]+", frame.question) if rare in analyze(w)), rare)
    return f"{NOT_MENTIONED} «{word}»"


def _by_its_label(question: str, fields: frozenset[str]) -> bool:
    """The question names a field by a label of several words ("il responsabile
    gestionale"): it asks for that field of the record, which a sentence naming a party
    the work was entrusted to (a contractor) does not fill."""
    folded = f" {fold_label(question)} "
    return any(f" {label} " in folded for field in fields for label in labels_of(field) if " " in label)


def missing_answer(
    frame: Frame, group: Sequence[Scored], asked: frozenset[str], ranked: Sequence[Scored] = (),
    analyze: Callable[[str], list[str]] | None = None,
) -> str | None:
    """What the best objective does not state, when that is what the question asks.

    `group` holds the scored candidates of the best evidence's objective/section;
    `ranked` all of them (an answer of the asked type elsewhere, as relevant, wins).
    """
    if not group:
        return None
    best = group[0]
    if (gap := _out_of_tenure(frame, [*group[:30], *ranked[:30]])) is not None:
        return gap
    if (gap := _out_of_period(frame, [*group[:30], *ranked[:30]], analyze)) is not None:
        return gap
    # A thing the question names that no passage of any plan contains ("il canile", "lo
    # stipendio del segretario"): whatever else fits the answer type is about something
    # else that shares the other words, so no other objective's answer saves it.
    if frame.absent_thing:
        return f"il piano non indica «{frame.absent_thing}»"
    if (gap := _not_in_named_plan(frame, [*group[:30], *ranked[:40]], analyze)) is not None:
        return gap
    # the staff asked by name ("quali dipendenti, con nome e categoria"): a staff line
    # that names no one ("tutto il personale del settore") does not give the names
    staff = [s for s in group[:30] if s.cand.field == Field.DIPENDENTI]
    if frame.asks(Intent.EMPLOYEES) and frame.names_asked and staff \
            and not any(has_person(s.cand.text, roles=False) for s in staff):
        return "il piano non indica i nominativi del personale"
    # (an objective that writes the name the question gives is the one asked about: one
    # that does not answer for it)
    phrases = name_phrases(frame, analyze) if analyze is not None else []
    named = bool(phrases) and any(writes_name(s.cand.chunk.text, phrases) for s in group[:5])
    if any(s.fit and s.cand.group != best.cand.group and s.context >= best.context
           and frame.answer_type in _STRICT and not (named and not writes_name(s.cand.chunk.text, phrases))
           for s in ranked[:15]):
        return None
    fields = best.cand.chunk.fields
    # A field the wording names that the objective's record leaves empty, while the
    # record is a structured one (it has other labelled fields).
    present = {k for k, v in fields.items() if v} | {s.cand.field for s in group if s.cand.field}
    structured = len(present - {Field.TITOLO, Field.CODICE}) >= 2
    for intent in frame.fields:
        wanted = INTENT_FIELDS.get(intent, frozenset())
        label = next((MISSING_FIELD[f] for f in MISSING_FIELD if f in wanted), None)
        if not label or wanted & present:
            continue
        if frame.answer_type is AnswerType.PERSON and any(
                s.fit and (intent is not Intent.POLITICAL or _LABEL_WORDS[intent].search(s.cand.text))
                for s in group):
            # a person of the asked role is named in the objective's context (a
            # political role only by a line that names one: the manager is no assessore)
            continue
        if frame.answer_type is AnswerType.WHO and not _by_its_label(frame.question, wanted) and any(
                s.fit and s.cand.field is None and s.rest >= 0.3 for s in group):
            continue  # work entrusted outside the offices: a sentence names the party
        if intent is Intent.RESPONSIBLE and any(states_charge(s.cand.text) for s in group[:30]):
            continue  # a sentence says who is in charge, as the empty field would
        if intent is Intent.INDICATORS and any(s.cand.field is None and STATES_TARGET.search(s.cand.text)
                                               for s in group[:30]):
            # a sentence of the objective's prose gives its measure with a figure ("…
            # target 2026: 72%"), as the empty field would: a table that gave the record
            # its other fields (its offices) left the measures to the prose
            continue
        # the wording names a field that this structured record leaves empty; or, in a
        # passage of prose, that no sentence even names ("indicatori" asked of a
        # section that never says "indicatore" or "target")
        if structured or not any(_LABEL_WORDS[intent].search(s.cand.text) for s in group):
            return f"il piano non indica {label}"
    # A detail of the measures the question names (a baseline, a formula) that the
    # objective neither fills as a field nor names in any line: its other fields (the
    # indicators, the targets) do not answer it.
    for detail, label in MISSING_DETAIL.items():
        if detail in frame.named_fields and detail not in present and not any(
                f" {lab} " in f" {fold_label(s.cand.text)} " for lab in labels_of(detail) for s in group[:30]):
            return f"il piano non indica {label}"
    # The thing asked about ("quante biciclette", "l'orario", "il presidente") that
    # the best objective never names: the plan speaks of something near, not of it.
    if frame.asked_noun and analyze is not None:
        noun = frame.asked_noun
        # each passage read once (many candidates share one)
        texts = {s.cand.chunk.id: f"{s.cand.title} {s.cand.chunk.text}" for s in group[:30]}
        if not any(inflected(noun, t) for text in texts.values() for t in analyze(text)):
            return f"il piano non indica «{frame.asked_word}»"
        # "l'orario della biblioteca": the thing asked is stated, but only of something
        # else. The most telling thing the question names with an article must be in
        # the evidence too (a thing no passage of the plan names is another rule's)
        named = [(frame.weights.get(t, 0.0), t, w) for t, w in frame.things if t != noun and t not in frame.absent_terms]
        if named:
            _w, stem, word = max(named)
            # (the objective's own statements: a passage may hold several objectives)
            own = {f"{s.cand.title} {s.cand.text}" for s in group[:30]}
            said = {t for text in own for t in analyze(text)}
            # (unless they name another thing the question names: then the missing one
            # is the asker's paraphrase, "i vincoli sul paesaggio" of a "registro delle
            # pratiche paesaggistiche", not something else the plan is silent on)
            if not any(inflected(stem, t) for t in said) \
                    and not any(any(inflected(other, t) for t in said) for _, other, _w2 in named if other != stem):
                return f"il piano non indica «{frame.asked_word}» riferito a «{word}»"
        # "quanti X": a count is a figure stated with X ("2 tastiere"), not any figure
        if frame.answer_type is AnswerType.NUMBER and not any(
                fits(s.cand, AnswerType.NUMBER) and any(inflected(noun, t) for t in analyze(s.cand.text))
                for s in group[:30]):
            return f"il piano non indica {_how_many(frame.asked_word)}"
    # "quanti turisti": a count is a figure stated next to the thing counted ("31 nuovi
    # volontari", "abitanti: 9.640"). None in the retrieved passages: the plan does not
    # give it, whatever other figures the evidence holds (a law's year). Found only in
    # passages about something else ("48 ore" to extract camera images), while the best
    # evidence leaves most of the question's topic unsaid: it does not count this thing.
    if frame.counted and frame.answer_type is AnswerType.NUMBER:
        stating = [s for s in [*group[:30], *ranked[:30]] if _counts_near(s.cand.text, frame.counted)]
        if not stating or (best.context < 0.5 and not any(s.says >= 0.5 for s in stating)):
            return f"il piano non indica {_how_many(frame.counted_word)}"
    # A single year the question names ("il valore nel 2022") that the evidence of
    # the asked type never mentions: the plan does not give the figure for that year.
    # "in che data / in che giorno": a calendar day is asked; an objective timed only by
    # months or years ("entro il 2025", "GENNAIO/MARZO") does not give it
    if _DAY_ASKED.search(frame.question.casefold()) and frame.answer_type is AnswerType.DATE:
        if not any(_DAY.search(f"{s.cand.text} {s.cand.period}") for s in group[:30]):
            return "il piano non indica una data precisa"
        # "in che data si terrà la prima seduta": the day of a thing the question names
        # beyond the objective's title is a day stated with that thing; the objective's
        # own deadline is not the day of one of its events
        if analyze is not None and (event := _event_beyond_title(frame, best.cand.title, analyze)):
            if not any(_DAY.search(f"{s.cand.text} {s.cand.period}")
                       and any(inflected(event, t) for t in analyze(s.cand.text)) for s in group[:30]):
                return "il piano non indica una data precisa"
    # "fino a quando dura il contratto con Verdi Ambiente": in prose, a value asked of a
    # name the question gives is stated with that name. The section names it only in
    # sentences that state no such value: it does not give it (another contract's date
    # is not it). (An objective's own fields, its phases and targets, are about it.)
    if frame.names and frame.answer_type in NAMED_VALUE_TYPES and analyze is not None \
            and not any(s.fit and s.cand.field is not None for s in group[:30]):
        # (a sentence under the objective's coded heading is about what its passage names)
        naming = [s for s in group[:30] if s.cand.field is None and frame.names & set(analyze(
            s.cand.chunk.body if under_objective_heading(s.cand) else s.cand.text))]
        if naming and not any(s.fit for s in naming):
            return missing_type(frame.answer_type)
    if _WEEKDAYS_ASKED.search(frame.question.casefold()) \
            and not any(_WEEKDAY.search(s.cand.chunk.text) for s in group[:30]):
        return "il piano non indica i giorni"
    # A measure's value for the year asked that the plan marks as not available
    # ("Baseline 2025: n.d. (nuovo indicatore)", "2025: —") is a value it does not give.
    if frame.single_years and best.cand.field in (Field.INDICATORI, Field.TARGET):
        year = frame.single_years[0]
        marks = [m for s in group[:3] if s.cand.field == best.cand.field
                 for m in re.finditer(rf"(?<![/\d.\-–]){year}(?![/\d])[^:;\d]{{0,3}}:\s*(\S+)", _paired_years(s.cand.text))]
        # (the value may close a parenthesis the measure's values are listed in: "… 2028: n.d.)")
        if marks and all(_NOT_AVAILABLE.fullmatch(m.group(1).rstrip(";,)")) for m in marks):
            return f"il piano non indica un valore per il {year}"
    # A target is a value set for a year, too ("il target 2028"): a year it is not set
    # for is a value the plan does not give.
    target = bool(_TARGET_ASKED.search(frame.question.casefold()))
    if (frame.answer_type in (AnswerType.NUMBER, AnswerType.PERCENT, AnswerType.AMOUNT) or target) \
            and frame.single_years:
        # (a year as such: "D.Lgs. 36/2023" numbers a law and "2023-2025" is a plan's
        # period, neither dates a figure)
        years = [re.compile(rf"(?<![/\d.\-–]){y}(?![/\d])(?!\s*[-–]\s*20\d\d)") for y in frame.single_years]
        # A target is set for a year on the line that states targets ("Target 2026",
        # "target 2025: ≥ 80%"): the year of a past figure elsewhere in the passage
        # ("il ritardo registrato nel 2025") sets no target for it. (Each passage read once.)
        texts = [s.cand.text for s in group[:12] if not target or s.cand.field in (Field.INDICATORI, Field.TARGET)
                 or _TARGET_ASKED.search(s.cand.text.casefold())]
        for body in {s.cand.chunk.id: s.cand.chunk.text for s in group[:12]}.values():
            texts += [ln for ln in body.split("\n") if _TARGET_ASKED.search(ln.casefold())] if target else [body]
        if not any(rx.search(t) for t in texts for rx in years):
            what = MISSING_TYPE.get(frame.answer_type, "un target") if not target else "un target"
            return f"il piano non indica {what} per il {frame.single_years[0]}"
    if frame.answer_type in _STRICT:
        if not any(s.fit and s.context >= 0.5 * best.context for s in group):
            return missing_type(frame.answer_type)
    elif frame.answer_type is AnswerType.WHO and best.cand.field is None \
            and not any(s.fit for s in group):
        # "chi …" answered from prose: a section that names no person, office or party
        # stating the question's things does not say who (an office is a field's answer)
        return missing_type(frame.answer_type)
    elif frame.answer_type in (AnswerType.DATE, AnswerType.NUMBER):
        if not any(fits(s.cand, frame.answer_type) for s in group):
            return missing_type(frame.answer_type)
    return None


# Words by which a plan speaks of money without stating an amount (funding, resources,
# spending): the nearest thing it states when a cost is asked and none is given.
_MONEY_WORDS = re.compile(r"(?i)€|\beuro\b|finanz|\brisors[ae]\b|\bspes[ae]\b|\bcost[oi]\b|economic|"
                          r"stanziam|\bimport[oi]\b|\bfond[oi]\b|contribut|budget")


def reported(
    frame: Frame, group: Sequence[Scored], title: str, people: bool, analyze: Callable[[str], list[str]]
) -> Scored:
    """What a refusal quotes as stated: the nearest thing to the answer the plan gives.

    For a person not named, who is in charge (its office). For a cost not stated, the
    objective's statement that says most of what the question asks beyond the
    objective's title, rarity-weighted ("l'apertura serale" of the library's objective),
    then one that speaks of money (a funding request, resources assigned): the
    selection's order, which weighs the asked type, has nothing of that type to go by.
    Otherwise the best statement that is not the title (a target of another year for
    "il target 2028")."""
    if people and (office := next((s for s in group if s.cand.field in (Field.RESPONSABILE, Field.SETTORE)), None)):
        return office
    stated = [s for s in group[:30] if s.cand.text not in title]
    if not stated:
        return group[0]
    if frame.answer_type is not AnswerType.AMOUNT:
        return stated[0]

    beyond = beyond_title(frame, title, analyze)

    def nearness(pair: tuple[int, Scored]) -> tuple[float, int, int]:
        i, s = pair
        said = beyond.intersection(analyze(s.cand.text))
        return round(sum(frame.weights.get(t, 0.0) for t in said), 3), len(_MONEY_WORDS.findall(s.cand.text)), -i

    return max(enumerate(stated), key=nearness)[1]


def beyond_title(frame: Frame, title: str, analyze: Callable[[str], list[str]]) -> frozenset[str]:
    """The question's topic terms its objective's title does not already say (codes aside):
    what is asked *about* the objective."""
    return frame.terms - frame.ident_terms - frozenset(analyze(title))


def _event_beyond_title(frame: Frame, title: str, analyze: Callable[[str], list[str]]) -> str:
    """The rarest thing the question names with an article that the objective's title
    does not name (the event asked about within it), as a stem; "" when none."""
    said = analyze(title)
    beyond = [(frame.weights.get(t, 0.0), t) for t, _w in frame.things
              if t in frame.terms and not any(inflected(t, x) for x in said)]
    return max(beyond)[1] if beyond else ""


# "dopo aprile 2024", "dal 2025", "nel 2025", "a partire da maggio 2024": a time the question asks about
_ASKED_TIME = re.compile(rf"\b(dopo|dal|da|nel)\s+(?:(?:il\s+)?mese\s+di\s+)?"
                         rf"(?:({'|'.join(MONTHS)})\s+(?:del\s+)?)?(20\d\d)\b")


# what a plan says of a year outside its period (said of the plan, not of one objective)
NOT_COVERED = "il piano non indica nulla per il"


def _year_mentions(frame: Frame) -> list[re.Pattern[str]]:
    """The single years asked, each as a year mentioned as such (not a law's number,
    "36/2023", nor the end of a plan's period, "2023-2025")."""
    return [re.compile(rf"(?<![\d.\-–]){y}(?!\d)(?!\s*[-–]\s*20\d\d)") for y in frame.single_years]


def _out_of_period(
    frame: Frame, scored: Sequence[Scored], analyze: Callable[[str], list[str]] | None = None
) -> str | None:
    """A year named outside the period of every plan asked about ("nel 2028" of a
    2025-2027 plan), which no passage retrieved from those plans mentions: the plans do
    not plan for it, whatever they plan for their own years. (A date or a horizon in
    that year, "entro il 31/12/2028", is a mention: the plan does speak of it.)"""
    if not frame.uncovered:
        return None
    docs = {doc for doc, _ in frame.uncovered}
    texts = {s.cand.chunk.id: (s.cand.chunk.text, s.cand.title) for s in scored if s.cand.chunk.doc_id in docs}
    # (a year as such, not an end of a period "2026-2028" that names a plan)
    years = _year_mentions(frame)
    # A mention speaks of the question's topic: the year in a sentence with one of its
    # words, or under a title with one ("eletto nel 2024" in the plan's opening says
    # nothing of the 2024 figure of anything else). A sentence runs to its full stop,
    # over its colon and its wrapped lines ("al 31 dicembre 2025 … i seguenti: …").
    topic = {t for t in frame.terms if not t.isdigit()}
    for text, title in texts.values():
        for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", text):
            if any(rx.search(sentence) for rx in years) and (
                    analyze is None or not topic or topic & set(analyze(f"{sentence} {title}"))):
                return None
    return not_covered(frame)


def not_covered(frame: Frame) -> str:
    """What a plan says of a year outside its period: that it covers other years."""
    periods = ", ".join(sorted({period for _, period in frame.uncovered}))
    return f"{NOT_COVERED} {frame.single_years[0]}: riguarda gli anni {periods}"


def year_unplanned(frame: Frame, passages: Sequence[Chunk]) -> str | None:
    """The objectives asked of a year outside the period of every plan asked about
    ("quali obiettivi sono previsti per il 2027" of a 2024-2026 plan), which no retrieved
    passage of those plans mentions: the plans set none for it; None otherwise."""
    if not frame.uncovered:
        return None
    docs = {doc for doc, _ in frame.uncovered}
    years = _year_mentions(frame)
    if any(rx.search(c.text) for c in passages if c.doc_id in docs for rx in years):
        return None
    return not_covered(frame)


def _out_of_tenure(frame: Frame, scored: Sequence[Scored]) -> str | None:
    """"Chi è il titolare del settore X dopo aprile 2024?": an org chart that dates its
    appointments answers only for their periods. When every appointment found for the
    office ends before the time asked, the plan does not say who holds it then."""
    if not frame.asks(Intent.HOLDER):  # the head of an office; an objective's own responsible stays
        return None
    m = _ASKED_TIME.search(fold_name(frame.question))
    if m is None:
        return None
    year, month = int(m.group(3)), (MONTHS.index(m.group(2)) + 1 if m.group(2) else 1)
    if m.group(1) == "dopo":  # after the month (or the year) named
        year, month = (year + 1, 1) if not m.group(2) else (year + (month == 12), month % 12 + 1)
    entries = [s.cand.chunk for s in scored if s.cand.field == Field.TITOLARE]
    if not entries:
        return None
    office = entries[0].fields.get(Field.SETTORE, "")
    ends: list[tuple[int, int, int]] = []  # (year, month, day) each appointment ends
    for chunk in entries:
        if chunk.fields.get(Field.SETTORE, "") != office:
            continue
        dates = DATE_RE.findall(chunk.fields.get(Field.PERIODO_INCARICO, ""))
        if len(dates) < 2:
            return None  # an appointment with no end: it may hold at any time
        d, mo, y = (int(x) for x in dates[-1].split("/"))
        ends.append((y + 2000 if y < 100 else y, mo, d))
    if not ends or max(ends)[:2] >= (year, month):
        return None
    y, mo, d = max(ends)
    return f"l'organigramma non indica chi è titolare dopo il {d:02d}/{mo:02d}/{y}"


def _how_many(word: str) -> str:
    """"quante sedute", "quanti volontari", "quanti post": feminine plurals end in -e;
    masculine ones and invariable loanwords take "quanti"."""
    return f"quant{'e' if word.endswith('e') else 'i'} {word}"


# a year that a measure's label names ("baseline 2025", "target 2026", "valore atteso 2027")
_LABEL_YEAR = "(?:" + "|".join(f"(?<={w} )" for w in ("baseline", "target", "partenza", "atteso", "obiettivo",
                                                      "valore")) + r")(?:19|20)\d\d"


def _counts_near(text: str, stem: str) -> bool:
    """A figure stated of the thing: before it ("31 nuovi volontari") or right after
    its name, as an indicator's target follows its name ("abitanti: 9.640", "n. sedute
    del consiglio comunale — 3"); a year or a date after it dates the thing, it does
    not count it ("i percorsi turistici del 2025"); a target named between them still
    counts it ("il numero di prestiti annui, con un valore obiettivo di 10.500", "Prestiti
    annui (target 2026: 5.000)", "Prestiti annui — 2026: 5.000": the year its label), and so
    does a year that labels the figure after it ("Chilometri di strade riasfaltate —
    baseline 2025: 3"): a year after a measure's label is that label's, not a date."""
    return states_count(text, stem) or bool(re.search(
        rf"\b{counted_names(stem)}\w*\W+(?:(?:[^\W\d_]+|{_LABEL_YEAR}|(?:19|20)\d\d(?=\W+\d))\W+){{0,6}}?"
        rf"(?:(?:valore\s+(?:obiettivo|atteso)|target)(?:\s+(?:19|20)\d\d)?\W+(?:[^\W\d_]+\W+){{0,2}}?)?"
        rf"(?:n\.\s*)?(?!(?:19|20)\d\d\b)\d(?![\d]*/)",
        fold_name(text)))


def topic_coverage(frame: Frame, texts: Sequence[str], analyze) -> float:  # type: ignore[no-untyped-def]
    """The largest share of the topic (rarity-weighted) that one passage states. A noun
    no indexed passage contains weighs most: it is a topic the documents lack."""
    from assistant.answering.select import matched

    if not frame.terms:
        return 1.0
    return max((frame.weight(matched(frame.terms, frozenset(analyze(t)), derived=True)) for t in texts), default=0.0)


def unknown_place(question: str, retriever: Retriever) -> str | None:
    """A municipality named in the question that no indexed document belongs to."""
    known = retriever.aliases()
    # "Comune di X", "PIAO (2024-2026) di X": the plan's own names for its ente
    named = r"\b(?:[Cc]omune|[Cc]ittà|[Cc]itta|PIAO(?:\s+20\d\d\s*[-–]\s*20\d\d)?) di ([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)*)"
    for match in re.finditer(named, question):
        name = fold_name(match.group(1))
        if not any(name in alias or alias in name for alias in known):
            return match.group(1)
    return None
