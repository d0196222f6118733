"""Selection: which candidates answer the frame, by general signals only.

A candidate's score adds (1) how much of the question's topic, weighted by rarity,
it states itself and (2) in its context (its objective's title and headings),
(3) whether its content has the asked answer type (a date for "quando", a number
for "quanto", a person for "chi"), (4) whether its field is the one the wording
asks for, minus (5) a little per retrieval rank. No rule knows any document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.answering.candidates import PART_OF_YEAR, Candidate, objective_key, without_labels
from assistant.answering.frame import AnswerType, Frame
from assistant.answering.intent import Intent
from assistant.answering.keyed import heading_code
from ingest.models import UnitKind
from ingest.structure.people import FIRST_NAMES, is_role
from ingest.text import ARTICLED_PREPOSITIONS, ORGANISATION_KINDS, Field, fold_name, tells_past
from vectorstore.analysis import ItalianAnalyzer

_MONTHS = (r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
           r"novembre|dicembre|genn?\.?|febb?r?\.?|sett\.?|ott\.?|nov\.?|dic\.?")
_DATE = re.compile(
    rf"(?i)\b(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}([.-])\d{{1,2}}\1(?:19|20)\d\d|{_MONTHS}|(?:19|20)\d\d|"
    r"trimestr\w*|semestr\w*|bimestr\w*|annual\w*|entro|scadenz\w*|mesi|giorni)\b")
# a date said of one end of a span: its close ("i lavori termineranno entro il 15 maggio")
# or its start ("il servizio partirà dal 3 marzo"); a question asking when a
# thing ends (starts) asks the date said so, not a sentence's first date
_DAY = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?:\d{{1,2}}\s+)?(?:{_MONTHS})\w*(?:\s+(?:19|20)\d\d)?)"
_ENDS_ON = re.compile(
    rf"(?i)\b(?:conclu\w*|termin\w*|finir\w*|finisc\w*|fine|chiu[ds]\w*|ultimat\w*)\b[^.;]{{0,40}}?\b{_DAY}")
_STARTS_ON = re.compile(rf"(?i)\b(?:inizi\w*|avvi\w*|part\w*|cominc\w*|subentr\w*|attiv\w*)\b[^.;]{{0,40}}?\b{_DAY}")
_ASKS_END = re.compile(r"(?i)\b(?:finisc\w*|finir\w*|termin\w*|conclud\w*|conclus\w*|chiud\w*|fine)\b")
_ASKS_START = re.compile(r"(?i)\b(?:part[eoi]\w*|inizi\w*|cominci\w*|avvi\w*)\b")


def edge_date(question: str) -> re.Pattern[str] | None:
    """The pattern of the date a question asks of one end of a thing's span ("quando
    finiscono i lavori" → its close), None when it asks neither or both."""
    end, start = bool(_ASKS_END.search(question)), bool(_ASKS_START.search(question))
    return _ENDS_ON if end and not start else _STARTS_ON if start and not end else None


_PERCENT = re.compile(r"\d\s?%|\bper\s?cento\b", re.IGNORECASE)
_AMOUNT = re.compile(r"€|\beuro\b|\b\d[\d.]*(?:,\d+)?\s*(?:mila|milioni|miliardi|mln|k€)\b", re.IGNORECASE)
# A quantity in figures, or in words as plans write small ones ("almeno un contenuto
# mensile", "tre incontri"); a bare "un/una" is an article, so "one" counts only after
# a bound ("almeno", "al massimo").
_NUMBER_WORDS = ("due|tre|quattro|cinque|sette|otto|nove|dieci|undici|dodici|quindici|venti|trenta|"
                 "cinquanta|cento|mille")
_IN_WORDS = rf"\b(?:{_NUMBER_WORDS}|(?:almeno|non meno di|non pi[uù] di|al massimo|massimo|minimo|soltanto)\s+un[oa']?)\b"
# (the number of a law's article or paragraph, "art. 4-bis", "comma 2", is part of a
# reference, an identifier: it counts nothing)
_NUMBER = re.compile(rf"(?<![\w/.])(?<![Aa]rt\. )(?<![Aa]rtt\. )(?<![Cc]omma )\d+(?:[.,]\d+)*(?![\w/])(?!-?(?:bis|ter|quater)\b)"
                     rf"|(?i:{_IN_WORDS})")
# a year as plans write one (not "2000", a round count as often as a year)
_YEAR = re.compile(r"19[89]\d|20[1-4]\d")
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
# People as plans write them inside sentences: a title and a capitalised name, a
# SURNAME in capitals next to a given name, or a common first name and a surname.
_TITLED = re.compile(
    rf"\b(?i:dott\.?\s?ssa|dott|dr|sig\.?\s?ra|sig|ing|arch|avv|geom|rag|prof\.?\s?ssa|prof)\.?\s+"
    rf"(?:[{_UP}]\.\s*)*[{_UP}][{_LOW}{_UP}'’]+")
# "ROSSI Mario" / "Mario ROSSI": capitals next to a given name the name list knows
_CAPS_NAME = re.compile(rf"\b[{_UP}'’]{{2,}}(?:\s+[{_UP}'’]{{2,}})?\s+(?P<a>[{_UP}][{_LOW}]+)\b|\b(?P<b>[{_UP}][{_LOW}]+)\s+[{_UP}]{{3,}}\b")
_ROLE_PERSON = re.compile(r"\b(?:Sindac[oa]|Ass\.|Assessor[ei]\b|Vicesindac[oa]|Segretari[oa])")
# the values asked of a thing (a date, a figure), stated with that thing
NAMED_VALUE_TYPES = frozenset({AnswerType.DATE, AnswerType.NUMBER, AnswerType.AMOUNT, AnswerType.PERCENT})
_ROLE_ASKED = re.compile(_ROLE_PERSON.pattern, re.IGNORECASE)  # (a question writes roles in lower case)
# a political role and the holder's surname ("Assessore Bianchi"), not the role's remit
# ("Assessore allo Sport", "Sindaco e Assessore al Bilancio")
_ROLE_THEN_NAME = re.compile(_ROLE_PERSON.pattern + r"\s+"
                             r"(?!(?:al|allo|alla|ai|agli|alle|all|del|dello|della|dei|degli|delle|di|e|ed|con|per)\b)"
                             r"[A-ZÀ-Ý][a-zà-ù]+")


# two or more capitalised words in a row: a proper name as the user writes it
_NAME_PHRASE = re.compile(r"(?<!^)(?<![.?!]\s)\b([A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+)+)")


def name_phrases(frame: Frame, tokens: Callable[[str], Iterable[str]]) -> list[str]:
    """The proper names of several words the question writes ("Archivio Sicuro"), of
    its name terms only (not an ente's name), folded for a lookup in passages."""
    return [f" {fold_name(p)} " for p in _NAME_PHRASE.findall(frame.question)
            if frame.names and set(tokens(p)) <= frame.names]


def writes_name(text: str, phrases: Sequence[str]) -> bool:
    """Whether `text` writes one of the names whole."""
    folded = f" {fold_name(text)} "
    return any(p in folded for p in phrases)


# a question about what the plan commits to: a deadline, a duty, a target to reach
# ("entro quando deve …", "che quota si vuole raggiungere"), not a fact as it stands
# ("quanti volontari ha il gruppo", "quando scade il contratto")
_ASKS_COMMITMENT = re.compile(
    r"(?i)\bentro\s+quando\b|\bdev(?:e|ono)\b|\bdovr\w+|\bvuole\b|\bvogliono\b|\bpunta\w*|\bprevist\w*|"
    r"\bprevede\w*|\btarget\b|\braggiunger\w*|\batteso\b|\bobiettivo\s+di\b|\bambizios\w*")


@lru_cache(maxsize=256)
def _asks_commitment(question: str) -> bool:
    """(once per question, not per candidate scored)"""
    return bool(_ASKS_COMMITMENT.search(question)) and not tells_past(question)


def under_objective_heading(cand: Candidate) -> bool:
    """A sentence of a section headed by an objective's code ("Ob. 2.1 – …")."""
    return cand.chunk.kind == UnitKind.SECTION and bool(heading_code(cand.title))


@lru_cache(maxsize=1024)
def _roles(text: str, pattern: re.Pattern[str]) -> frozenset[str]:
    """The roles a text names, one key per role however abbreviated ("Ass." and
    "Assessore" are one role; "Sindaco" and "Sindaca" too)."""
    return frozenset("ass" if m.group(0).casefold().startswith("ass") else m.group(0).casefold()[:5]
                     for m in pattern.finditer(text))


_OFFICE = re.compile(r"\b(?:Area|Settore|Servizio|Servizi|Ufficio|U\.?O\.?|Unità|Responsabile|Polizia)\b")
# "Who" is also an organisation: plans entrust work to companies, cooperatives and
# associations, named with their legal form or kind ("CMS spa", "Cooperativa X").
_ORGANISATION = re.compile(rf"\b(?:s\.?p\.?a|s\.?r\.?l|s\.?c\.?s|onlus|{ORGANISATION_KINDS})\b", re.IGNORECASE)
# What the content of each definite answer type looks like in text.
TYPE_PATTERNS: dict[AnswerType, re.Pattern[str]] = {
    AnswerType.DATE: _DATE,
    AnswerType.PERCENT: _PERCENT,
    AnswerType.AMOUNT: _AMOUNT,
    AnswerType.NUMBER: _NUMBER,
}
# The objective fields that answer each type when the wording names no field.
_TYPE_FIELDS: dict[AnswerType, frozenset[str]] = {
    AnswerType.PERSON: frozenset({Field.TITOLARE, Field.RESPONSABILE, Field.RESPONSABILE_POLITICO, Field.DIPENDENTI}),
    AnswerType.WHO: frozenset({Field.TITOLARE, Field.RESPONSABILE, Field.SETTORE, Field.RESPONSABILE_POLITICO}),
    AnswerType.OFFICE: frozenset({Field.RESPONSABILE, Field.SETTORE}),
    AnswerType.DATE: frozenset({Field.FASI, Field.SCADENZA}),
    AnswerType.NUMBER: frozenset({Field.INDICATORI, Field.VALORE_ATTESO}),
    AnswerType.PERCENT: frozenset({Field.INDICATORI, Field.VALORE_ATTESO}),
    AnswerType.AMOUNT: frozenset({Field.INDICATORI, Field.VALORE_ATTESO}),
    AnswerType.DESCRIPTION: frozenset({Field.MOTIVAZIONE, Field.VALORE_ATTESO}),
}
# The fields each wording intent asks for.
INTENT_FIELDS: dict[Intent, frozenset[str]] = {
    Intent.EMPLOYEES: frozenset({Field.DIPENDENTI}),
    Intent.HOLDER: frozenset({Field.TITOLARE}),
    Intent.POLITICAL: frozenset({Field.RESPONSABILE_POLITICO}),
    Intent.RESPONSIBLE: frozenset({Field.RESPONSABILE, Field.SETTORE, Field.TITOLARE}),
    Intent.STAKEHOLDERS: frozenset({Field.STAKEHOLDER}),
    Intent.INDICATORS: frozenset({Field.INDICATORI, Field.VALORE_ATTESO}),
    Intent.TIMING: frozenset({Field.FASI, Field.SCADENZA}),
    Intent.PURPOSE: frozenset({Field.MOTIVAZIONE, Field.VALORE_ATTESO}),
    Intent.STRATEGIC: frozenset({Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA}),
}


# How plans state a measure and its target in prose, a figure after the cue: "con un
# valore obiettivo di 10.500", "indicatore … target 2026: 72%", "da portare da 74 a 55 giorni"
STATES_TARGET = re.compile(r"(?i)\b(?:indicator[ei]|target|traguardo|valore\s+(?:atteso|obiettivo)|"
                           r"da\s+portare\s+(?:da|a))\b[^.;]{0,120}?\d")
_FIGURES = frozenset({AnswerType.NUMBER, AnswerType.PERCENT, AnswerType.AMOUNT})
# How plans state a purpose in prose: "si propone", "al fine di", "finalizzato a"…, or
# the objective itself as the subject of what it does ("L'obiettivo costruisce una rete …")
_PURPOSE_CUE = re.compile(
    r"\b(si propone|si prefigge|al fine di|allo scopo|lo scopo|finalizzat[oaie]|con l'obiettivo|"
    r"mira a|per favorire|per garantire|volt[oaie] a)\b|^(?:l['’]\s*obiettivo|il progetto|l['’]\s*intervento)\s+"
    r"(?!è\b|e\b|ha\b|sono\b)[a-zà-ù]+(?:a|e|ono)\b",
    re.IGNORECASE,
)
# "perché … non può / non si può / non è possibile": the question asks what prevents a thing
_WHY_NOT = re.compile(r"(?i)\bperch[eé]\b.*\bnon\s+(?:si\s+)?(?:può|puo|possono|pu[oò]\s+essere|è\s+possibile|riesce)\b")


@lru_cache(maxsize=256)
def _asks_why_not(question: str) -> bool:
    """(read once per question, not once per candidate scored)"""
    return _WHY_NOT.search(question) is not None


# the words by which a plan states a limit: a rule that forbids, a constraint, an obstacle
_CONSTRAINT_CUE = re.compile(r"(?i)\b(?:impedisc\w*|vieta\w*|divieto|non\s+consent\w*|non\s+è\s+possibile|"
                             r"vincol\w*|ostacol\w*|precluso|preclude)\b")
# Answer types whose presence decides: a cost, a percentage or a person's name cannot
# be paraphrased, so the candidate that has one is the answer.
STRICT_TYPES = frozenset({AnswerType.AMOUNT, AnswerType.PERCENT, AnswerType.PERSON})


# Prose names who is in charge with a verb of charge, its object a pronoun for the
# objective the passage is about ("Ne cura l'attuazione il Servizio X", "Lo segue la
# dott.ssa Y", "Se ne occupa l'ing. Z"): such a sentence is about its objective as a
# "Responsabile:" line is, though it names none of the objective's words.
_CHARGE_PRONOUN = re.compile(
    r"(?i)^(?:(?:se\s+)?ne\s+(?:cur|segu|occup|coordin|gestisc|rispond|attu)\w*|"
    r"l[oaie]\s+(?:segu|coordin|gestisc|dirig)\w*|l['’]\s*(?:ha\s+in\s+carico|segu\w+|coordin\w+|gestisc\w+))\b")
# The same statement with the party first and the objective named by a generic noun
# ("L'Ufficio X guida il progetto insieme al gestore", "Il Servizio Y cura l'intervento"):
# the noun stands for the objective as the pronoun does.
_CHARGE_SUBJECT = re.compile(
    r"(?i)^(?P<party>[^.;:]{3,90}?)\s+(?:guid|cur|segu|coordin|gestisc|dirig|attu|conduc)\w*\s+(?:direttamente\s+)?"
    r"(?:il\s+progetto|l['’]\s*(?:intervento|obiettivo|iniziativa|attuazione)|le\s+attività|il\s+percorso)\b")


# Or with the charge said as an assignment, anywhere in the sentence ("Il progetto, in
# capo all'Ufficio Ambiente, prevede …", "Chi se ne occupa è il Servizio Cultura",
# "La responsabilità è della dott.ssa X"): the party follows the words.
_CHARGE_ASSIGNED = re.compile(
    r"(?i)(?:\bin\s+capo\s+|\b(?:è|e|sono|viene|vengono)\s+(?:affidat|assegnat)[oaie]\s+)"
    r"(?:all['’]|allo|alla|alle|agli|ai|al|a)\s*(?P<party>[^.;:]{3,90})|"
    # the work as the passive of a verb of charge: "è seguito / coordinato / curato
    # dall'Ufficio X", the agent being the party in charge
    r"\b(?:è|e|sono|viene|vengono|sarà|saranno)\s+(?:seguit|coordinat|curat|gestit|diretto|dirett)[oaie]?\s+"
    r"(?:dall['’]|dallo|dalla|dalle|dagli|dai|dal|da)\s*(?P<agent>[^.;:,]{3,90})|"
    r"\bchi\s+se\s+ne\s+occupa\s+(?:è|e)\s+(?P<who>[^.;:]{3,90})|"
    r"\bla\s+responsabilit[àa]\s+(?:è|e|spetta)\s+(?:a|al|alla|del|della|dello|dell['’])\s*(?P<owner>[^.;:]{3,90})|"
    # the verb of charge and the objective first, the party after them, as Italian puts
    # a subject it stresses ("Guida l'obiettivo il geom. X")
    r"(?:^|(?<=[.;]\s))(?:guid|cur|segu|coordin|gestisc|dirig)\w*\s+(?:il\s+progetto|l['’]\s*(?:intervento|obiettivo|"
    r"iniziativa|attuazione)|le\s+attività|il\s+percorso)\s+(?P<led>[^.;:]{3,90})|"
    # (or after a pronoun for the objective, "Se ne occupa l'Ufficio X", "Ne ha la regia
    # il geom. Y dell'Ufficio Z": the party follows the verb of charge)
    r"(?:^|(?<=[.;]\s))(?:se\s+)?ne\s+(?:occupa|occupano|cura|curano|segue|seguono|coordina|ha\s+(?:la|il)\s+"
    r"(?:regia|guida|responsabilit[àa]|coordinamento|cura|gestione))(?:\s+operativ[oa])?\s+(?P<then>[^.;:]{3,90})|"
    # (or as the sentence's subject, an office named by its proper name doing the work,
    # "L'Ufficio Personale predispone il piano", not one that helps, "collabora")
    r"^(?:il|lo|la|l['’])\s*(?P<doer>(?-i:(?:Ufficio|Servizio|Settore|Area|Comando|Unità|Sportello)\s+"
    r"[A-ZÀ-Ý][\w'’]*(?:\s+(?:e|ed|di|del|della|dei|delle|alla|alle|[A-ZÀ-Ý][\w'’]*))*))"
    r"\s+(?-i:(?!(?:collabor|support|contribu|partecip|affianc|fornisc|coadiuv)\w*)[a-zà-ù]{3,}(?:a|e|ano|ono|erà|irà|arà))\b")


@lru_cache(maxsize=4096)  # (asked of every scored candidate, and again by states_charge)
def _charges_as_subject(text: str) -> bool:
    """Prose whose subject is the party in charge, or a pronoun for the objective
    ("Ne cura l'attuazione il Servizio X", "L'Ufficio Y guida il progetto")."""
    if _CHARGE_PRONOUN.match(text):
        return True
    m = _CHARGE_SUBJECT.match(text)
    return bool(m) and (bool(_OFFICE.search(m.group("party"))) or names_party(m.group("party")))


# the words that ask who is in charge ("chi se ne occupa", "a chi fa capo", "il
# responsabile"), not any party ("con chi collabora")
_CHARGE_ASKED = re.compile(r"\b(?:responsabil\w*|(?:se\s+ne|si)\s+occupa\w*|segu[eo]\w*|f(?:a|anno)\s+capo|in\s+capo|"
                           r"in\s+carico|rispond\w*|competenza|affidat\w*|assegnat\w*)\b")


def _asks_charge(frame: Frame) -> bool:
    return _charge_asked(frame.question)


@lru_cache(maxsize=256)  # (asked of every candidate a question scores)
def _charge_asked(question: str) -> bool:
    return bool(_CHARGE_ASKED.search(fold_name(question)))


_TITLE_DOT = re.compile(r"(?i)\b((?:dott|dr|ing|arch|geom|rag|avv|prof|sig|comm|isp|cap|magg)(?:\.?\s?ssa|\.?\s?ra)?)\.")


@lru_cache(maxsize=4096)  # (asked of each candidate by scoring and by the refusal check)
def states_charge(text: str) -> bool:
    """Prose that names who is in charge of the objective it is about."""
    if _charges_as_subject(text):
        return True
    return charged_party(text) is not None


def charged_party(text: str) -> str | None:
    """The party a sentence of assignment names ("è affidato all'Area X", "è seguito
    dall'Ufficio Y", "la responsabilità è della dott.ssa Z"): an office or a person."""
    # (a title's dot, "dott. Rossi", does not end the party's name)
    m = _CHARGE_ASSIGNED.search(_TITLE_DOT.sub(r"\1", text))
    party = m and (m.group("party") or m.group("who") or m.group("owner") or m.group("agent") or m.group("led")
                   or m.group("then") or m.group("doer"))
    # (a comma before a word in lower case goes on with the sentence: "in capo al Comando
    # di Polizia Locale, prevede …"; one before a capital may go on with the name)
    party = party and re.split(r",\s+(?=[a-zà-ù])", party)[0]
    return party.strip() if party and (_OFFICE.search(party) or has_person(party)) else None


# the fields whose values are a date, a weight, a code or a figure
_SHORT_FIELDS = frozenset({Field.SCADENZA, Field.PESO, Field.CODICE, Field.TARGET, Field.BASELINE})
# how much of its objective's coded heading a sentence under it is credited with
_HEADED_SHARE = 0.8
# the weight of the question's words a field's value states itself, beyond its title's
_OWN_WORDS = 0.15
# what the share of the topic only the headings above an objective hold is discounted
# (about three retrieval ranks, for the whole topic)
_HEADINGS_ONLY = 0.1
_PARENT_FIELDS = frozenset({Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA})
_STEP_FIELDS = frozenset({Field.FASI, Field.INDICATORI})


def _is_value_line(cand: Candidate) -> bool:
    """A short line that is a value, not a sentence ("Ass. R. Stavola", "Entro il
    30/06/2025"): like a field, it is about the section it sits in."""
    return len(cand.text.split()) <= 6 and not cand.text.rstrip().endswith((".", ":"))


def is_heading(cand: Candidate) -> bool:
    """A line that is a heading: mostly capitals, or one of its passage's headings."""
    text = cand.text
    letters = [ch for ch in text if ch.isalpha()]
    return (bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) > 0.7) or any(
        text.casefold() == crumb.casefold() for crumb in cand.chunk.breadcrumb
    )


# a saint's name is a place or a building ("ex fornace S. Lucia", "via San Marco"),
# not a person: it is read before first names are looked for
_SAINT = re.compile(r"\b(?:S\.|SS\.|San|Santa|Santo|Sant['’])\s*[A-ZÀ-Ý][\w'’]+")


def has_person(text: str, roles: bool = True) -> bool:
    """The text names a person: by name, or (`roles`) by a role one person holds."""
    text = _SAINT.sub(" ", text)
    if _TITLED.search(text) or roles and _ROLE_PERSON.search(text):
        return True
    if any((m.group("a") or m.group("b")).casefold() in FIRST_NAMES for m in _CAPS_NAME.finditer(text)):
        return True
    words = re.findall(rf"[{_UP}][{_LOW}]+", text)
    return any(w.casefold() in FIRST_NAMES for w in words)


def opens_with(text: str, labels: Sequence[str]) -> bool:
    """The line opens with one of these labels ("OBIETTIVO DI MANDATO 2. Territorio…")."""
    return bool(labels) and fold_name(text).startswith(tuple(f"{fold_name(lab)} " for lab in labels))


def names_party(text: str) -> bool:
    """The text names who may do something: a person or an organisation."""
    return has_person(text) or bool(_ORGANISATION.search(text))


# "Obiettivo 5.2 – ", "OO-1.1.1 ", "3) ": a numbering some layouts put before the title
_TITLE_NUMBERING = re.compile(r"^(?:(?:obiettivo|progetto|azione|scheda)\s+)?(?:n\s+)?[a-z]{0,4}\s?\d[\d\s]*\s*")


def bare_title(title: str) -> str:
    """A title's words without case, accents or the numbering before it."""
    return _TITLE_NUMBERING.sub("", fold_name(title)).strip()


def surnames(text: str) -> list[str]:
    """The surnames of the people a text names, as written, in order: the capitalised
    word next to a given name the name list knows ("dott.ssa Irene BALDO", "ROSSI Anna")."""
    plain = _SAINT.sub(" ", text)
    found = list(re.finditer(rf"[{_UP}][{_LOW}{_UP}'’]+", plain))
    words = [m.group() for m in found]
    out: list[str] = []
    for i, w in enumerate(words):
        if w.casefold() not in FIRST_NAMES:
            continue
        # ("ROSSI Anna": a surname in capitals right before the name, not an acronym a
        # parenthesis or a title stands between, "(RUP): geom. Michele X"; else the word after it)
        before = i and words[i - 1].isupper() and not plain[found[i - 1].end():found[i].start()].strip()
        for j in ((i - 1, i + 1) if before else (i + 1, i - 1)):
            if 0 <= j < len(words) and words[j].casefold() not in FIRST_NAMES and len(words[j]) >= 3 \
                    and words[j] not in out and text.find(words[j]) >= 0:
                out.append(words[j])
                break
    return out


def fits(cand: Candidate, kind: AnswerType) -> bool:
    """Whether the candidate's content is of the asked answer type."""
    text = cand.text
    if kind is AnswerType.DATE:  # an item of a schedule has the period it is listed under
        return bool(_DATE.search(f"{text} {cand.period}"))
    if kind is AnswerType.PERCENT:
        return bool(_PERCENT.search(text))
    if kind is AnswerType.AMOUNT:  # a cost; an amount set as a target is not what it costs
        return bool(_AMOUNT.search(text)) and cand.field not in (Field.INDICATORI, Field.VALORE_ATTESO, Field.TARGET)
    if kind is AnswerType.NUMBER:  # (an objective's code is no quantity; nor is a year,
        # which says when a thing happens, not how many: "annualità: 2024, 2025")
        return cand.field != Field.CODICE and any(not _YEAR.fullmatch(m.group(0)) for m in _NUMBER.finditer(text))
    if kind is AnswerType.PERSON:
        return cand.field in (Field.TITOLARE, Field.DIPENDENTI, Field.RESPONSABILE_POLITICO) or has_person(text)
    if kind is AnswerType.WHO:
        return cand.field in _TYPE_FIELDS[kind] or names_party(text) or bool(_OFFICE.search(text))
    if kind is AnswerType.OFFICE:  # an office, not the person who heads it
        return (cand.field in _TYPE_FIELDS[kind] or bool(_OFFICE.search(text))) and not (
            cand.field == Field.RESPONSABILE and has_person(text))
    return len(text) >= 25


@dataclass
class Scored:
    cand: Candidate
    score: float
    own: float  # share of the topic the candidate states
    context: float  # share of the topic in the candidate and its objective/section
    fit: bool
    rest: float = 0.0  # share of the question's words beyond its objective's title it states
    says: float = 0.0  # share of the question's words its own text states
    in_own: float = 0.0  # share of the topic in the candidate and its own objective/section


@dataclass
class Selection:
    ranked: list[Scored]
    asked_fields: frozenset[str] = field(default_factory=frozenset)

    @property
    def best(self) -> Scored | None:
        return self.ranked[0] if self.ranked else None


class Selector:
    def __init__(self, analyzer: ItalianAnalyzer | None = None) -> None:
        self.analyzer = analyzer or ItalianAnalyzer()
        self._tokens = lru_cache(maxsize=4096)(self._analyze)

    def _analyze(self, text: str) -> frozenset[str]:
        return frozenset(self.analyzer.analyze(text))

    def select(
        self, frame: Frame, candidates: Sequence[Candidate], links: dict[str, str] | None = None
    ) -> Selection:
        """Score and rank; `links` gives a passage extra context (chunk id → text),
        e.g. an org-chart entry the text of the objectives its settore is given."""
        asked = asked_fields(frame)
        links = links or {}
        scored = [self.score(frame, c, asked, links.get(c.chunk.id, "")) for c in candidates]
        if frame.answer_type is AnswerType.AMOUNT and frame.things:
            self._amounts_of_other_things(frame, scored)
        # Two levels: first which objective/section is about the question (the best
        # context coverage of its candidates, a little less per retrieval rank), then
        # which of its candidates answers. The first dominates, so that a sibling
        # objective's candidate never wins on a shared word.
        group_score: dict[tuple[str, str], float] = {}
        for sc in scored:
            g = sc.cand.group
            # (a topic word only the headings above an objective hold, "Linea 2 – Un ente
            # aperto e trasparente", is shared by all its siblings and tells none of
            # them apart: the one whose own words hold it is about it)
            group_score[g] = max(group_score.get(g, -1.0),
                                 sc.context - 0.03 * sc.cand.rank - _HEADINGS_ONLY * (sc.context - sc.in_own))
        # a candidate linked to an objective from elsewhere (its org-chart entry, its
        # strategic line) is about that objective: it shares the objective's context
        for sc in scored:
            if sc.cand.group_key is not None:
                sc.context = max(sc.context, group_score[sc.cand.group])
        # a single year the question names ("nel 2024") must be stated by the evidence
        if frame.single_years:
            dated = {sc.cand.group for sc in scored if any(y in sc.cand.text for y in frame.single_years)}
            for sc in scored:
                if any(y in sc.cand.text for y in frame.single_years):
                    sc.score += 0.5
            for g in dated:
                group_score[g] += 0.3
        # a code the question names identifies one objective or section
        if frame.ident_terms:
            named = {sc.cand.group for sc in scored if frame.ident_terms <= self._tokens(" ".join(
                [sc.cand.title, *sc.cand.chunk.breadcrumb[-2:], sc.cand.chunk.fields.get(Field.CODICE, "")]))}
            for g in named:
                group_score[g] += 0.5
        # a proper name the question writes ("Archivio Sicuro", "Verdi Ambiente") is the
        # one company or project asked about: the objective whose passages write it whole
        # is the one asked about, as a code identifies one, however common its words
        if phrases := name_phrases(frame, self._tokens):
            # (each passage read once: many candidates share one)
            passages = {sc.cand.chunk.id: sc.cand.chunk.text for sc in scored}
            writing = {cid for cid, text in passages.items() if writes_name(text, phrases)}
            for g in {sc.cand.group for sc in scored if sc.cand.chunk.id in writing}:
                group_score[g] += 0.5
        # an objective whose whole title the question says ("perché puntare sulle
        # comunità energetiche?") is the one asked about, however common its words and
        # however many others mention them: a whole title identifies as a code does
        words = f" {fold_name(frame.question)} "
        # (each group by a candidate of its own: an org-chart entry linked to an
        # objective carries the objective's group, not its title)
        own: dict[tuple[str, str], Scored] = {}
        for sc in scored:
            if sc.cand.group_key is None:
                own.setdefault(sc.cand.group, sc)
        for g in own.values():
            # (an objective's numbering is no part of its name; a settore's is: "00.
            # SEGRETARIO GENERALE" is the office, "segretario generale" may be the person)
            org = g.cand.chunk.kind == UnitKind.ORG_CHART
            title = fold_name(g.cand.title) if org else bare_title(g.cand.title)
            if len(title.split()) >= 2 and "…" not in g.cand.title and f" {title} " in words:
                group_score[g.cand.group] += 1.0
        for sc in scored:
            sc.score += 2.0 * group_score[sc.cand.group]
        scored.sort(key=lambda s: (-s.score, s.cand.rank, s.cand.index))
        return Selection(scored, asked)

    def _amounts_of_other_things(self, frame: Frame, scored: list[Scored]) -> None:
        """"quanto costano le nuove telecamere": an amount in a sentence that, like its
        objective's title, names none of the things asked about is the cost of something
        else ("costo medio dei corsi di formazione") when another objective does name
        them: it does not fit. (The word itself or the plans' words for it, "scuole" →
        "scolastici": a shared root is no proof here, "telecamere" is not "telematico";
        and when no objective names the thing, the plan may name it otherwise.)"""
        things = _thing_words(frame)

        def names(sc: Scored) -> bool:
            return bool(things & self._tokens(" ".join([sc.cand.title, *sc.cand.chunk.breadcrumb[-2:], sc.cand.text])))

        naming = {sc.cand.group for sc in scored if names(sc)}
        if not naming:
            return
        for sc in scored:
            # (a description field is sentences as well: "finalità: … il quadro
            # economico dell'opera ammonta a € 585.000")
            if sc.fit and sc.cand.field in _SENTENCE_FIELDS and sc.cand.group not in naming:
                sc.fit = False
                sc.score -= _STRICT_MISFIT

    def score(self, frame: Frame, cand: Candidate, asked: frozenset[str], linked: str = "") -> Scored:
        tokens = self._tokens(f"{cand.label} {cand.text}")
        chunk = cand.chunk
        heading = self._tokens(" ".join([cand.title, *chunk.breadcrumb[-2:]]))
        # the candidate in context: its objective's title, headings and passage
        body = self._tokens(without_labels(chunk.body)) | (self._tokens(linked) if linked else frozenset())
        ctx = frame.weight(matched(frame.terms, tokens | heading | body))
        # (the strategic line a field names is a heading above the objective, in other words)
        said = frozenset() if cand.field in _PARENT_FIELDS else tokens
        # (a value found in another passage, linked to the objective, brings that
        # passage's text, which is not the objective's own words)
        own_body = body if cand.group_key is None or objective_key(chunk) == cand.group_key else frozenset()
        in_own = frame.weight(matched(frame.terms, said | self._tokens(cand.title) | own_body))
        # Codes in the question identify the objective; they are context, never what
        # a candidate must state.
        topic = frame.terms - frame.ident_terms
        # A field's value is a statement about its objective as titled ("the objective
        # <title> has responsabile X"); an org-chart entry about the objectives of its
        # settore. A sentence only states what it says.
        if (cand.field == Field.TITOLARE and Intent.HOLDER in frame.fields and not frame.several_asks) or (
            cand.field == Field.SERVIZI and Field.SERVIZI in frame.named_fields
        ):
            own = ctx  # asked about the head (or services) of the settore that does X
        elif cand.field is not None or _is_value_line(cand) or _charges_as_subject(cand.text) \
                or _asks_charge(frame) and states_charge(cand.text):
            # (a sentence of assignment, "è affidato all'Area X", is the responsabile
            # field only to a question about who is in charge: "con chi collabora"
            # asks the partners its other sentences name)
            own = _share(frame, topic, tokens | heading)
            if cand.field in _STEP_FIELDS and cand.field in asked:
                # (an objective has several phases and indicators: what one of those asked
                # states itself tells it from the others, "apertura dello sportello il
                # martedì" from the other phases)
                own += _OWN_WORDS * _share(frame, topic, tokens)
        elif chunk.kind == UnitKind.SECTION and heading_code(cand.title):
            # a sentence under an objective's coded heading ("Ob. 2.1 – Riqualificazione
            # della scuola primaria") is about that objective, as its fields are: a plan
            # written in prose states them in sentences ("i lavori devono concludersi
            # …"). What each says still ranks it among the objective's sentences.
            own = _HEADED_SHARE * _share(frame, topic, tokens | heading) + (1 - _HEADED_SHARE) * _share(frame, topic, tokens)
        else:
            own = _share(frame, topic, tokens)
        # (a description is a statement of some length; a field whose values are short
        # by nature, a date or a figure ("Scadenza: 31/12/2026"), is what is asked when
        # the wording names it by a label, or when two things are compared on what the
        # wording's intent points to: "quale comune lo deve chiudere prima")
        compared = asked if frame.comparison or frame.versus else frozenset()
        # (under an objective's coded heading every sentence is about that objective: the
        # passage names what the heading, shortened in the breadcrumb, may leave out)
        coded_body = own_body if under_objective_heading(cand) else frozenset()
        ok = fits(cand, frame.answer_type) or (
            frame.answer_type is AnswerType.DESCRIPTION and cand.field in _SHORT_FIELDS
            and cand.field in (frame.named_fields or compared))
        if Intent.POLITICAL in frame.fields and frame.answer_type is AnswerType.PERSON:
            # a political referent is named with a political role (Ass., Sindaco), not as
            # staff; the role the question names, if it names one ("il sindaco"), not another
            roles = _roles(cand.text, _ROLE_PERSON)
            asked = _roles(frame.question, _ROLE_ASKED)
            ok = cand.field == Field.RESPONSABILE_POLITICO or bool(roles and (not asked or asked & roles))
            if ok and frame.names_asked and not (has_person(cand.text, roles=False) or _ROLE_THEN_NAME.search(cand.text)):
                # "come si chiama l'assessore allo sport": a name asked, which the role
                # alone ("Assessore allo Sport") does not give
                ok = False
        elif ok and cand.field == Field.RESPONSABILE_POLITICO and Intent.RESPONSIBLE in frame.fields \
                and Intent.POLITICAL not in frame.fields:
            # "il responsabile (EQ) dell'obiettivo": the manager in charge; the political
            # referent holds another role, which the question does not ask
            ok = False
        elif ok and frame.answer_type is AnswerType.PERSON and cand.field == Field.TITOLARE \
                and frame.names_asked and is_role(cand.chunk.fields.get(Field.TITOLARE, "")):
            # "come si chiama il comandante": a name asked, which a role the chart gives
            # in place of a name ("Comandante del servizio associato") does not state
            ok = False
        elif ok and frame.answer_type is AnswerType.PERSON and not frame.fields and frame.things \
                and own == 0 and not matched(frozenset(t for t, _ in frame.things), tokens):
            # "come si chiama il revisore dei conti": who holds a role the question names
            # is a person named with that role; the people of an objective that only
            # mentions the role (among its stakeholders) hold other roles
            ok = False
        elif ok and frame.names and frame.answer_type in NAMED_VALUE_TYPES and cand.field is None \
                and not _is_value_line(cand) and not matched(frame.names, tokens | heading | coded_body):
            # "fino a quando dura il contratto con Verdi Ambiente": the name the question
            # gives is the one thing asked about; a date or a figure in a sentence that
            # does not name it belongs to another contract, school or project
            ok = False
        elif ok and frame.answer_type in (AnswerType.WHO, AnswerType.PERSON) and cand.field is None \
                and not _is_value_line(cand) and frame.things and own < 0.5 and not states_charge(cand.text) \
                and not matched(frozenset(t for t, _ in frame.things), tokens):
            # a sentence names the party doing what it says: one that names none of the
            # things the question asks about ("chi compone il nucleo…") nor most of its
            # topic is about another party of the section ("l'accordo con l'Istituto
            # X…"), not the one asked
            ok = False
        if ok and frame.answer_type in NAMED_VALUE_TYPES and cand.field is None and not frame.single_years \
                and _asks_commitment(frame.question) and tells_past(cand.text):
            # "entro quando deve concludersi", "che quota si vuole raggiungere": the plan's
            # commitment; a sentence that only tells what happened before it ("nel 2025 la
            # verifica ha assegnato…", "la raccolta si è fermata al 58%") states the
            # situation it starts from, unless the question asks about that past
            ok = False
        score = own - 0.02 * cand.rank
        # The words of the question beyond those naming the candidate's objective or
        # section say what is asked about it ("che peso ha l'obiettivo <titolo>?"):
        # a candidate stating them is the answer, not a sibling field.
        rest = frozenset(topic - matched(topic, heading))
        rest_share = _share(frame, rest, tokens) if rest else 0.0
        heading_line = cand.field is None and is_heading(cand)
        if rest and rest != topic and not (heading_line and not cand.text.rstrip().endswith(":")):
            # (a heading line names what follows and states nothing about it; one that
            # announces a list with ':' is the list's statement)
            score += 0.6 * rest_share
        # the asked type: decisive for a person, a cost or a percentage; strong for
        # any other definite type; a mild preference for descriptions
        if ok:
            score += 1.0 if frame.answer_type is not AnswerType.DESCRIPTION else 0.3
        elif frame.answer_type in STRICT_TYPES:
            score -= _STRICT_MISFIT - 1.0
        if (cand.field is None and frame.answer_type is AnswerType.DESCRIPTION
                and not (frame.fields or frame.named_fields)):
            # "in cosa aiuta X?": a sentence that names X itself describes X; an objective
            # whose title names X is about something done to X (a survey of X)
            score += 0.4 * _share(frame, topic, tokens)
        if frame.counted and states_count(cand.text, frame.counted):
            # "quanti abitanti": a figure stated with the thing counted ("9.640 abitanti")
            # answers it; a rate of it ("kg per abitante") or another figure does not. It
            # weighs as much as the candidate is about the question's topic.
            score += 0.6 * own
        if heading_line:
            score -= 0.5  # a heading names a topic; it does not state anything about it
        if frame.answer_type is AnswerType.DATE and ok and not _YEAR_ASKED.search(frame.question):
            # "quando": the more precise the timing stated, the better it answers (a day
            # before a month, a month before a quarter, a quarter before a year alone);
            # "in che anno" asks a year, which a day does not answer better
            score += 0.1 * _precision(f"{cand.text} {cand.period}")
        if cand.row and cand.lead and frame.which_noun and frame.wants_list \
                and frame.which_noun in self._tokens(cand.lead):
            # "quali criticità …": the items of a list whose introducing line names the
            # thing asked ("si illustrano le principali criticità rilevate:") are its items
            score += 0.5
        if cand.field == Field.TITOLARE and Intent.HOLDER in frame.fields and not frame.several_asks:
            # "il titolare (di E.Q.) dell'area X": the org-chart entry of the office the
            # question names states its head, as a named field states its value; an
            # objective's referent who works in that office is not its head
            score += 0.9 * own
        # ("perché … non può": the obstacle is asked, not the objective's purpose)
        why_not = Intent.PURPOSE in frame.fields and _asks_why_not(frame.question)
        if cand.field is not None and cand.field in asked and not (why_not and cand.field in INTENT_FIELDS[Intent.PURPOSE]):
            # a field the wording asks for weighs; one only guessed from the answer type
            # (a number is often an indicator, but not always) weighs little
            worded = bool(frame.fields or frame.named_fields)
            score += (0.6 if worded else 0.2) + (0.3 if cand.field in frame.named_fields else 0.0)
        elif cand.field is None and _asks_charge(frame) and states_charge(cand.text):
            # a sentence that says who is in charge ("Chi se ne occupa è l'Ufficio X")
            # is the responsabile field written as prose, and weighs as that field
            score += 0.6
        elif cand.field is None and opens_with(cand.text, frame.fieldless_labels):
            score += 0.9  # the line of a label the question names, as a named field's value
        elif cand.field is None and why_not and _CONSTRAINT_CUE.search(cand.text):
            # "perché il comune non può …": what stops it, a sentence stating a limit ("la
            # normativa impedisce …"), not the objective's purpose
            score += 1.0
        elif cand.field is None and Intent.PURPOSE in frame.fields and _PURPOSE_CUE.search(cand.text):
            score += 0.6  # plans state a purpose in prose with cue phrases: a motivazione
        elif cand.field is None and Intent.INDICATORS in frame.fields and frame.answer_type in _FIGURES \
                and STATES_TARGET.search(cand.text):
            score += 0.6  # and a figure aimed at with theirs: an indicator's target
        elif cand.field is not None and (asked and frame.fields or cand.field == Field.CODICE):
            score -= 0.1  # a labelled field the wording did not ask for
        if cand.field == Field.RESPONSABILE_POLITICO and Intent.POLITICAL in frame.fields:
            # "l'assessore allo sport": the referent whose role states the remit asked
            # ("Assessore allo Sport") is the one asked, not the referent of another
            # objective whose title shares the word
            score += 0.6 * _share(frame, topic, tokens)
        return Scored(cand, score, own, ctx, ok, rest_share, _share(frame, topic, tokens), in_own)


_DAY = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|"
                  r"luglio|agosto|settembre|ottobre|novembre|dicembre)\b", re.IGNORECASE)
_MONTH = re.compile(r"\b(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
                    r"dicembre)\b", re.IGNORECASE)


_QUARTER_WORD = re.compile(r"(?i)\b(?:trimestr|semestr|quadrimestr)\w*")
_YEAR_ASKED = re.compile(r"(?i)\b(?:che|quale|quali)\s+ann[oi]\b")


def _precision(text: str) -> int:
    """How precise the timing a text states is: 3 a day, 2 a month, 1 a part of a year."""
    return 3 if _DAY.search(text) else 2 if _MONTH.search(text) else 1 if PART_OF_YEAR.search(text) or _QUARTER_WORD.search(text) else 0


def count_pattern(stem: str) -> re.Pattern[str]:
    """A figure of the thing whose stem is given: the number (in figures or words), at
    most two words that are not prepositions, then the thing ("41 dipendenti", "tre
    nuovi volontari"); a preposition makes it a figure of something else ("90 kg per
    abitante")."""
    return re.compile(rf"(?:\d(?:[\d.,]*\d)?|{_IN_WORDS})\s+(?:(?!{_PREPOSITIONS}\b)[^\W\d_]+\s+){{0,2}}?"
                      rf"{counted_names(stem)}",
                      re.IGNORECASE)


def counted_names(stem: str) -> str:
    """A pattern of the names the thing counted goes by: its stem, and the other words
    plans count the same thing with (an office's staff are its "dipendenti", its
    "personale", its "unità", its "addetti": the plan's word need not be the question's)."""
    same = next((group for group in _SAME_COUNTED if stem in group), frozenset({stem}))
    return "(?:" + "|".join(map(re.escape, sorted(same))) + ")"


# the words plans count an office's staff with
STAFF_COUNTED = frozenset({"dipendent", "personal", "unit", "addett"})
_SAME_COUNTED = (STAFF_COUNTED,)


def stated_figure(text: str, stem: str) -> float | None:
    """The figure the text states of the thing whose stem is given ("38 dipendenti" → 38),
    when written in digits."""
    m = count_pattern(stem).search(fold_name(text))
    digits = re.match(r"\d[\d.]*", m.group(0)) if m else None
    return float(digits.group(0).replace(".", "")) if digits else None


def states_count(text: str, stem: str) -> bool:
    """The text states a figure of the thing whose stem is given (`count_pattern`)."""
    return bool(count_pattern(stem).search(fold_name(text)))


_PREPOSITIONS = "(?:" + "|".join(sorted(ARTICLED_PREPOSITIONS | {"di", "a", "da", "in", "con", "su", "per", "tra", "fra"})) + ")"


def _share(frame: Frame, terms: frozenset[str], tokens: frozenset[str]) -> float:
    """Rarity-weighted share of `terms` found among `tokens`."""
    return frame.share(terms, matched(terms, tokens))


def asked_fields(frame: Frame) -> frozenset[str]:
    """The fields the wording names; else those that hold the asked answer type."""
    named = frozenset(f for i in frame.fields for f in INTENT_FIELDS.get(i, ())) | frame.named_fields
    return named or _TYPE_FIELDS.get(frame.answer_type, frozenset())


# a passage's sentences, and the fields an objective states in sentences
_SENTENCE_FIELDS = frozenset({None, Field.MOTIVAZIONE, Field.VALORE_ATTESO})
# what a candidate of a strict answer type (a person, a cost, a percentage) loses by not
# fitting it: the fit's bonus, and a penalty
_STRICT_MISFIT = 1.5


def _thing_words(frame: Frame) -> set[str]:
    """The stems of the things the question names, with the words of each concept
    one of them belongs to."""
    stems = {t for t, _ in frame.things}
    return stems.union(*(c for c in frame.concepts if c & stems))


def matched(terms: frozenset[str], tokens: frozenset[str], derived: bool = False) -> set[str]:
    """Terms found among `tokens`; a stem also matches another form of its root
    ("conclus" ~ "conclusion", "ridurr" ~ "riduzion"): Snowball stems verbs and nouns
    of one root apart. Roots must share all but their last three letters (at least 4)."""
    out = set()
    by_prefix = _by_prefix(tokens)
    for t in terms:
        if t in tokens or (len(t) >= 5 and any(_same_root(t, k) for k in by_prefix.get(t[:4], ()))):
            out.add(t)
        elif t.startswith(_AGAINST) and len(base := t[len(_AGAINST):]) >= 5 \
                and any(k.startswith(base) for k in by_prefix.get(base[:4], ())):
            # "anti-" names what is done against a thing, which plans name by the thing
            # itself ("anticorruzione": "rischio corruttivo", "prevenzione della corruzione")
            out.add(t)
        elif derived and len(t) >= 4 and any(k.startswith(t) and k[len(t):] in _DERIVED for k in by_prefix.get(t[:4], ())):
            out.add(t)
        elif (twin := _participle_twin(t)) is not None and any(_participle_twin(k) == twin for k in tokens):
            out.add(t)
    return out


_AGAINST = "anti"


# Italian derives from a noun or verb the collective or the act of it by a suffix
# ("albero" → "alberatura", "arredo" → "arredamento", "dotare" → "dotazione"): a passage
# that names the derived word speaks of the question's thing (Snowball stems). Asked
# with `derived`: whether the plans speak of the topic, not which line answers it.
_DERIVED = frozenset({"atur", "ament", "azion"})


# Italian names an act by its past participle ("aprire" → "aperto" → "apertura",
# "offrire" → "offerta", "spendere" → "spesa"); for these verbs the participle's root
# is not the verb's, so "quando si aprono le iscrizioni" must still find "apertura delle
# iscrizioni". (verb root, participle root); regular verbs share a root and match above.
_PARTICIPLE_ROOTS = (("apr", "apert"), ("riapr", "riapert"), ("offr", "offert"), ("copr", "copert"),
                     ("scopr", "scopert"), ("spend", "spes"), ("rimuov", "rimozion"))
# what Snowball leaves of a verb's ending after its root ("apron", "aprir", "apre")
_VERB_REST = re.compile(r"(?:[aeio]|on|an|ir|ir[aeiò]\w{0,3}|iv\w{0,2}|end\w{0,3})?")


def _participle_twin(stem: str) -> str | None:
    """The root a verb form and its participle noun share, as the participle root
    ("apron" → "apert", "apertur" → "apert"); None for any other stem."""
    for verb, participle in _PARTICIPLE_ROOTS:
        if stem.startswith(participle):
            return participle
        if stem.startswith(verb) and _VERB_REST.fullmatch(stem[len(verb):]):
            return participle
    return None


@lru_cache(maxsize=2048)
def _by_prefix(tokens: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Tokens by their first four letters: roots that share fewer never match, and the
    same passage's tokens are matched against many questions' terms (a frozenset
    caches its hash, so the lookup is cheap)."""
    out: dict[str, list[str]] = {}
    for k in tokens:
        if len(k) >= 5:
            out.setdefault(k[:4], []).append(k)
    return {p: tuple(ks) for p, ks in out.items()}


def _same_root(a: str, b: str) -> bool:
    if len(b) < 5 or a[:4] != b[:4]:
        return False
    if a.startswith(b) or b.startswith(a):
        return inflected(a, b)
    need = max(4, min(len(a), len(b)) - 3)
    return a[:need] == b[:need] and a.isalpha() and b.isalpha()


def inflected(a: str, b: str) -> bool:
    """The same word, an inflection at most: equal stems, or one the other plus at most a
    suffix. A stem longer by more than that is another word built on it ("scuolabus" is
    not "scuola"), and stems sharing only their opening are others ("presenza" is not
    "presidente")."""
    return a == b or (a.startswith(b) or b.startswith(a)) and min(len(a), len(b)) >= 5 \
        and abs(len(a) - len(b)) <= 3
