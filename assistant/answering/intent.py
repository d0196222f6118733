"""What a question asks for, as the labelled fields of an objective.

Rules on Italian wording, in priority order; several intents may fire ("quali
scuole … e quale settore se ne occupa?" asks for a passage AND a settore).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from ingest.text import ARTICLED_PREPOSITIONS, fold_name


class Intent(StrEnum):
    EMPLOYEES = "dipendenti"
    HOLDER = "titolare"  # the person at the head of a settore (org chart)
    POLITICAL = "responsabile_politico"
    RESPONSIBLE = "responsabile"
    STAKEHOLDERS = "stakeholder"
    INDICATORS = "indicatori"
    TIMING = "tempistica"
    PURPOSE = "motivazione"
    STRATEGIC = "obiettivo_strategico"


# the verbs of a thing's start ("parte / inizia / comincia prima"): its timing asked
STARTS = r"(?:parte|partono|partire|inizia|iniziano|comincia|cominciano|avvia|avviano)"
# "chi" asks who is in charge; "per chi", "a chi serve / è rivolto" ask whom a thing
# is for (its beneficiaries), while "chi ne è …" asks who holds it whatever precedes
WHO_ASKED = (r"(?<!per )(?<!favore di )\bchi\b(?!\s+(?:serve|servono|(?:è|e|sono)\s+rivolt\w*|si rivolg\w*))"
             r"|\bchi\s+ne\b")
# "lo sportello che aiuta chi non è pratico", "il contributo che spetta a chi apre":
# "chi" inside a relative clause (after "che" and its verb) names the people a thing
# serves, part of what is asked about; it asks nobody
FREE_RELATIVE = re.compile(r"\bche\s+(?:non\s+)?[^\W\d_]{3,}\s+(?:a\s+)?chi\b")


def without_free_relatives(folded: str) -> str:
    """The question with the "chi" of its relative clauses left out."""
    return FREE_RELATIVE.sub(lambda m: m.group()[: -len("chi")], folded)


# what follows "misure" when they are the anticorruption plan's measures ("misure
# anticorruzione / di prevenzione / generali / specifiche"), not performance indicators
NOT_METRIC = r"(?:anticorruzione|di\s+prevenzione|generali|specifiche|di\s+contrasto)"


# "per dipendente", "per ogni abitante", "ciascun utente", "a testa", "pro capite": a
# unit of measure, the one a figure is counted per (who or what a rate divides by), not
# what is asked about (plans say it in their own words)
PER_UNIT = re.compile(r"(?i)\b(?:(?:per\s+(?:ogni\s+|ciascun[oa]?\s+)?|ogni\s+|ciascun[oa]?\s+)(?:dipendente|abitante|"
                      r"residente|utente|alunno|studente|iscritto|cittadino|partecipante|nucleo familiare|famiglia)|"
                      r"(?:a|per)\s+(?:testa|persona)|pro\s+capite)\b")

_RULES: list[tuple[Intent, re.Pattern[str]]] = [
    (Intent.EMPLOYEES, re.compile(
        # (an employee asks for "i colleghi": the plan's staff; "ore per dipendente" is
        # a unit of measure, read out before the rules: see PER_UNIT)
        # ("chi è assegnato all'obiettivo": the people assigned to work on it, while "a
        # chi è assegnato" asks whom it is entrusted to)
        r"\b(chi lavora|chi ci lavora|dipendent\w*|personale (?:assegnat|coinvolt|impegnat|impiegat)\w*|chi partecipa|"
        r"quali persone|collaborator\w*|"
        r"collegh[ie]|(?<!\ba )chi (?:e|sono) (?:stat[oi] )?assegnat[oi] a\w*)\b")),
    (Intent.HOLDER, re.compile(
        r"\b(titolare|dirigente|capo settore|capo del settore)\b|"
        # the head of an office named by what it does ("il responsabile del servizio
        # che ha in carico X", "a capo dell'area che segue X"): the org-chart hop
        r"\b(?:responsabil\w*|a capo|dirige|guida)\s+(?:del|della|dello|dell|dei)\s+"
        r"(?:settore|area|servizio|ufficio|unita|struttura)\s+(?:che|competente|a cui)\b")),
    # (an organ that acts, "approvato dalla giunta", "trasmesso al sindaco", is part of
    # what is asked about, not the political referent asked for)
    (Intent.POLITICAL, re.compile(
        # ("chi segue politicamente": the political side of an objective)
        r"\b(assessor\w*|(?:responsabil|referent)\w* politic\w*|politicamente|(?<!\bdal )(?<!\bal )sindaco|"
        r"(?<!\bdalla )(?<!\balla )(?<!\bin )giunta)\b")),
    (Intent.RESPONSIBLE, re.compile(
        rf"{WHO_ASKED}|"
        r"\b(responsabil\w*|quale settore|quale area|quale ufficio|che settore|che area|"
        r"competenza|se ne occupa|si occupa|chi segue|segue)\b|"
        # ("X è un obiettivo dell'Area Y?", "è in capo al settore Y?": whether an office
        # is in charge, which the office in charge answers)
        r"\b(?:e|sono)\s+(?:(?:un[oa]?\s+)?obiettiv\w*|in\s+capo|affidat[oaie])\s+"
        r"(?:del|della|dello|dell|dei|al|alla|allo|all|ai)\s+(?:settore|area|servizio|ufficio)\b")),
    (Intent.STAKEHOLDERS, re.compile(r"\b(stakeholder|portatori di interesse|destinatari)\b")),
    (Intent.INDICATORS, re.compile(
        # "quanto/quanti/che percentuale" ask for a figure (the frame's answer type),
        # not for a field: prose states figures too
        # ("misura 1.4.1" with its number names a funded measure, not a metric)
        r"\b(indicator\w*|target|valore atteso|risultato atteso|misur\w*\b(?!\s+(?:n\.\s*)?\d)"
        rf"(?!\s+{NOT_METRIC}\b))")),
    (Intent.TIMING, re.compile(
        r"\b(entro quando|quando|scadenz\w*|scad[eo]\w*|tempistic\w*|tempi|fasi|fase|cronoprogramma|finisc\w*|si conclud\w*|"
        # ("lo deve chiudere / concludere prima": when it ends)
        r"(?:chiuder|concluder)(?:e|lo|la|li|le)?\s+(?:prima|dopo|entro)|"
        # ("parte / inizia prima", "fa partire prima": when it starts)
        rf"{STARTS}\s+(?:prima|dopo)|"
        r"triennio|annualit\w*|mesi|durata|conclus\w*|data|(?:in|per)\s+(?:quali|che)\s+anni|"
        # "in quali trimestri / mesi / periodi": the parts of a year asked are a timing
        r"(?:in|per|nel|nei)\s+(?:quale|quali|che)\s+(?:trimestr|semestr|quadrimestr|bimestr|period|mes)\w*)\b")),
    (Intent.STRATEGIC, re.compile(
        r"\b(obiettiv\w* strategic\w*|linea strategica|linee strategiche|ricad\w*|"
        r"obiettivo di mandato|ambito strategico)\b")),
    (Intent.PURPOSE, re.compile(
        r"\b(perche|a cosa serv\w*|a che serv\w*|finalita|scopo|motivazion\w*|cosa prevede\w*|"
        # (a verb of aiming asks what a thing aims at: "cosa si prefigge")
        r"in cosa consiste|obiettivo di|a cosa mira|mira|si prefigg\w*)\b")),
]


@dataclass(frozen=True)
class QuestionIntent:
    intents: tuple[Intent, ...]
    asks_count: bool
    asks_list: bool

    def has(self, intent: Intent) -> bool:
        return intent in self.intents


# articled prepositions that join a complement to a noun ("la formazione dei
# dipendenti", "il monitoraggio degli indicatori"): what follows is part of the topic
OF_ARTICLE = ARTICLED_PREPOSITIONS | {"tra", "fra"}
# (a run of such words is one complement: "al personale dipendente")
_COMPLEMENT = re.compile(
    rf"\b(?:{'|'.join(sorted(OF_ARTICLE))})(?:\s+(?:dipendent\w*|personale|stakeholder|indicator\w*))+\b")
# the intents of list fields, which a noun's complement names as topic only
_LIST_INTENTS = frozenset({Intent.EMPLOYEES, Intent.STAKEHOLDERS, Intent.INDICATORS})
# the heads of offices as the parties of an action ("va inviato ai responsabili", "con
# i responsabili di servizio"): people the question's topic involves, not the one asked for
_PARTIES_OF_ACTION = re.compile(r"\b(?:ai|dai|agli|dagli|coi|con i|tra i|fra i)\s+responsabili\b")


# a political role before the person's name ("l'assessore Rossi", "la vicesindaca Neri")
POLITICAL_ROLE = r"\b(?:assessor[ea]|(?:vice\s*)?sindac[oa])\s+"
_NAMED_BY_ROLE = re.compile(POLITICAL_ROLE + r"[A-ZÀ-Ý][a-zà-ÿ'’]+")


def classify(question: str) -> QuestionIntent:
    q = without_free_relatives(PER_UNIT.sub(" ", fold_name(question.replace("'", " "))))
    bare = _COMPLEMENT.sub(" ", q)
    parties = _PARTIES_OF_ACTION.sub(" ", q)
    intents = tuple(intent for intent, rx in _RULES if rx.search(
        bare if intent in _LIST_INTENTS else parties if intent is Intent.RESPONSIBLE else q))
    # "chi lavora", "chi sono gli stakeholder" ask for those people, not for who is in
    # charge: "chi" is then only the interrogative.
    if (Intent.EMPLOYEES in intents or Intent.STAKEHOLDERS in intents) and Intent.RESPONSIBLE in intents and not re.search(
        r"\b(responsabil\w*|settore|area)\b", q
    ):
        intents = tuple(i for i in intents if i is not Intent.RESPONSIBLE)
    if Intent.POLITICAL in intents and _NAMED_BY_ROLE.search(question) and not re.search(r"\bchi\b", q):
        # "che deleghe ha l'assessore Rossi": the role names the person asked about, not
        # the political referent asked for
        intents = tuple(i for i in intents if i is not Intent.POLITICAL)
    return QuestionIntent(
        intents=intents,
        asks_count=bool(re.search(r"\bquant[ieo]\b|\bquanta\b|\bnumero\b", q)),
        asks_list=bool(re.search(r"\bquali\b|\belenc\w*", q)),
    )
