"""The question frame: what a question asks, built once; every later step reads it.

A frame holds the answer type ("chi" wants a person, "quando" a date, "quanto" a
number…), the objective fields the wording points to, the topic terms (analysed,
with misspellings mapped to indexed words and colloquial office names to the
words plans use), the ente/period named and whether a list, a count or a
comparison is wanted. Nothing downstream re-reads the question.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from assistant.answering.conversation import Resolved
from assistant.answering.intent import (
    NOT_METRIC,
    OF_ARTICLE,
    PER_UNIT,
    STARTS,
    WHO_ASKED,
    Intent,
    classify,
    without_free_relatives,
)
from assistant.answering.retrieve import PERIOD_RE, Retriever
from assistant.answering.split import ASKS
from ingest.structure.vocabulary import canonical_key, is_asked_label, near_label
from ingest.text import (
    ARTICLED_PREPOSITIONS,
    ARTICLES,
    ITALIAN_STOPWORDS,
    LIST_FIELDS,
    MONTHS,
    OFFICE_KIND_WORDS,
    ORGANISATION_KINDS,
    PARTY_FIELDS,
    PUBLIC_BODY_WORDS,
    QUESTION_GENERIC_WORDS,
    Field,
    fold_name,
    is_near,
)
from vectorstore.analysis import ItalianAnalyzer


class AnswerType(StrEnum):
    PERSON = "persona"  # a role that only a person fills ("il segretario", "l'assessore")
    WHO = "chi"  # "chi …": a person, or the office in charge
    OFFICE = "ufficio"
    DATE = "data"
    AMOUNT = "importo"
    PERCENT = "percentuale"
    NUMBER = "numero"
    DESCRIPTION = "descrizione"


# Interrogative cues of each answer type, first match wins (most specific first).
# General Italian: they name the kind of answer, never a topic.
_TYPE_CUES: list[tuple[AnswerType, re.Pattern[str]]] = [
    (AnswerType.AMOUNT, re.compile(
        r"\b(quanto costa\w*|costo|costi|importo|importi|quanti soldi|spesa prevista|quale spesa|"
        # money spent or to be spent in any tense: "quanto è stato speso / si spenderà /
        # è costato / è stato investito"
        r"quanto (?:si )?spend\w*|quanto (?:ha|hanno|si e|si è|e stato|è stato|sono stati|e stata|è stata) "
        r"(?:speso|spes[ia]|investit\w*|stanziat\w*|finanziat\w*)|quanto (?:e|è) costat\w*|"
        r"quanto (?:si )?investe\w*|quanto (?:si )?paga\w*|quanto pagh\w*|quanto (?:si )?versa\w*|quanto ricev\w*|"
        r"a quanto ammont\w*|ammontare|stanziament\w*|stanziat\w*|quanti euro|"
        r"budget|risorse finanziarie|risorse economiche|finanziamento di)\b|"
        # "quanto vale / quant'è il finanziamento": how much money a grant is
        r"\bquant(?:o\b|['’]|\b)(?:\s*\w+){0,2}\s+(?:il\s+|l['’]\s*|lo\s+)?"
        r"(?:finanziament\w*|contribut\w*|stanziament\w*|importo)\b")),
    # (a share compared is asked as its figure: "chi punta a una quota più alta")
    (AnswerType.PERCENT, re.compile(r"\b(percentual\w*|che quota|quale quota|in percentuale|"
                                    r"quota (?:più|piu|meno|maggiore|minore))\b|%")),
    (AnswerType.DATE, re.compile(
        r"\b(ogni quanto|con che frequenza|quante volte|quando|entro quando|scadenz\w*|in che periodo|in quale periodo|in che mese|"
        r"in quale mese|in che mesi|in quali mesi|in che anno|in quale anno|in quali anni|in che anni|per quali anni|per quanti anni|"
        r"data|date|tempistic\w*|entro che|cronoprogramma)\b")),
    # (a question written as a heading that opens with a measure's unit asks its figure:
    # "ore di formazione per dipendente nel 2026", "giorni medi di attesa: A vs B")
    (AnswerType.NUMBER, re.compile(r"(?:^|:\s*)(?:(?:le|i|il)\s+)?(?:ore|giorni|mesi|tempo medio|tempi medi)\b|"
                                   r"\b(quant[ieoa]|numero|di quanto|quale riduzione|quale aumento|"
                                   r"che riduzione|che aumento|qual era il valore|quanto valeva|valeva|ammontava|registrava)\b|\bvalore\b(?! atteso).{0,80}\bnel 20\d\d\b")),
    (AnswerType.PERSON, re.compile(
        r"\b(titolare|dirigente|assessor\w*|segretari\w*|sindaco|rup|nominativ\w*|"
        r"come si chiama)\b")),
    # "chi", "il referente": a person or the office in charge, as the plan names it
    # (not "per chi", "a chi serve": whom it is for)
    (AnswerType.WHO, re.compile(rf"{WHO_ASKED}|\b(referente|referenti)\b")),
    (AnswerType.OFFICE, re.compile(
        r"\b(quale settore|che settore|quale area|che area|quale ufficio|che ufficio|quale servizio|"
        r"di competenza|competente|in capo a)\b")),
]
_LIST = re.compile(r"\b(quali|elenca\w*|elenco|lista|tutti|tutte|che cosa|quante|quanti)\b")
_OPENS_WITH_ITEMS = re.compile(r"\s*(?:(?:gli|le|i)\s+)?(?:indicatori|fasi|azioni|attivita|tappe|scadenze|stakeholder|"
                               r"portatori\s+di\s+interesse)\b")
# "quanti X", "il numero di X": a count, of a plural X ("il numero di abitanti"); "il
# numero di telefono / di protocollo" names an identifier, a singular thing
_COUNT = re.compile(r"\b(quant[ie]|numero\s+(?:di|dei|degli|delle)\s+[^\W\d_]*[ie])\b")
# an objective code as questions write it ("n. 2024/01.2", "OO-3.1.1", "obiettivo 6")
_CODE = re.compile(r"(?i)(?:\b(?:n\.|nr\.?|numero|codice|cod\.)\s*|\b(?:obiettiv[oi]|progett[oi]|programm[ai]|mission[ei]|azion[ei]|line[ae]|priorit[aà])\s+(?:n\.\s*)?)[A-Z]{0,4}[-./]?\d[\w./-]*|\b[A-Z]{1,4}-\d[\d.]*")
# Italian verb forms (infinitives, third persons, participles, gerunds)
# (and the present of -ere/-ire verbs: "gestisce", "coinvolge", "raggiunge", "prevede",
# "include"; "legge" and "sede" are nouns, which two letters do not tell apart)
_VERB_FORM = re.compile(r"(?:are|ere|ire|ano|ono|ato|ata|ati|ate|uto|uta|ito|ita|ando|endo|ebbe|erà|irà|arà|uole|etta|ette|iene|ene"
                        r"|isce|[lnr]ge|ede|ude)$")
# A quoted title ("…", «…», “…”, '…' after a space) names the objective the question is
# about; its words are topic, never wording: "le fasi dell'obiettivo «Misure di
# prevenzione…»" asks for phases, not measures.
_QUOTED = re.compile(r"\"[^\"]{3,}\"|«[^»]{3,}»|“[^”]{3,}”|(?<![\w'’])['‘][^'‘’]{3,}['’](?!\w)")
# (or the participle after "è", "viene", "è stato": "a chi è affidata", "da chi viene gestito")
_WHO_VERB = re.compile(r"\bchi\s+(?:(?:lo|la|li|le|ne|si|ci|se ne)\s+)?([^\W\d_]{3,})|"
                       r"\bchi\s+(?:e|è|sono|viene|vengono|(?:e|è) stat[oaie]|sono stat[ie])\s+"
                       r"([^\W\d_]{2,}(?:at|it|ut)[oaie])\b")
# the words that ask for a comparison: the relation asked, never its topic
_COMPARISON = re.compile(r"\b(confront\w*|differenz[ae]|differisc\w*|rispetto a|entrambi|in comune)\b")
# the wording of a degree or of sameness ("punta più in alto", "uguale", "la stessa",
# "è diversa"): how two things' values relate is asked, the values are what plans state
_HIGHER = r"(?:più|piu|meno)\s+(?:in\s+)?(?:alt|bass|elevat|ambizios)\w*"
_DEGREE = re.compile(rf"\b(?:{_HIGHER}|ugual[ei]|identic[oaie]|stess[oaie]|divers[oaie])\b")
# "cosa prevede / prevedono": what a plan provides for a topic
_PROVIDES = re.compile(r"(?i)\bcosa\s+(?:si\s+)?preved\w*")
_MONTH_YEAR = re.compile(rf"\b({'|'.join(MONTHS)})\s+(?:del\s+)?20\d\d\b")
# a period after a plan's name names the plan ("il PIAO 2024-2026", "il valore pubblico 2023-2025")
PLAN_PERIOD = re.compile(r"(?i)\b(?:piao|piano|performance|valore pubblico)\D{0,30}?(20\d\d)\s*[-–/]\s*(20\d\d)")
# "per il" just before a plan's name: the plan is what something is for ("la stesura
# del cronoprogramma per il PIAO 2025-2027"); "del PIAO …" names the plan asked ("la
# linea strategica 2 del PIAO 2026-2028")
_WORKED_ON = re.compile(r"(?i)\bper\s+(?:il|l['’]?)\s*$")


def plans_named(text: str) -> list[re.Match[str]]:
    """The plan periods a question names as the plan it asks ("nel PIAO 2025-2027 di
    X"), not those it names as what something is for ("la stesura del cronoprogramma
    per il PIAO 2025-2027"): a topic the loaded plans may speak of."""
    return [m for m in PLAN_PERIOD.finditer(text) if not _WORKED_ON.search(text[:m.start()])]


# Colloquial names of offices and things → the words plans use for them: common
# municipal vocabulary (not any one plan's), added to the search and the topic. Any one
# word of an expansion finds the concept, so each must name the thing by itself ("stato
# civile" would leave "civile", the generic "stato" dropped: civil protection's word).
COLLOQUIAL: dict[str, str] = {
    "vigili": "polizia locale",
    "vigile": "polizia locale",
    "ragioneria": "finanziario bilancio",
    "anagrafe": "servizi demografici",
    "tasse": "tributi",
    "immondizia": "rifiuti igiene urbana",
    "spazzatura": "rifiuti igiene urbana",
    "scuole": "istruzione scolastici",
    "segreteria": "segretario segreteria affari generali",
    "ufficio tecnico": "lavori pubblici urbanistica edilizia infrastrutture territorio patrimonio",
    "over": "più di anni anziani",  # "gli over 65"
    "soldi": "importo finanziamento risorse euro",
    "coop": "cooperativa",  # the short form of a legal form
    # the officer named by the law for corruption prevention, as people call them
    "responsabile anticorruzione": "responsabile prevenzione corruzione trasparenza rpct",
    "mensa": "refezione",  # the canteen service, as plans name it
    # everyday words for what plans name technically
    "eternit": "amianto",
    "disabili": "disabilità diversamente abili",
    "bidoni": "contenitori",
    "appalto": "affidamento gara",
    "multe": "sanzioni verbali",
    "case popolari": "alloggi erp edilizia residenziale pubblica",
    "servizi sociali": "servizi alla persona politiche sociali welfare",
    "lampioni": "illuminazione pubblica punti luce corpi illuminanti",
    "buche": "manutenzione strade asfaltature",
    "stage": "tirocini tirocinio",
    "rotonde": "rotatorie",
    "rotonda": "rotatoria",
    "circonvallazione": "tangenziale",
    "disoccupati": "disoccupazione lavoro occupazione inserimento lavorativo",
    "negozi": "commercio esercizi commerciali",
    "dipinti": "affreschi pitture",
    "bimbi": "bambini infanzia",
    # (the law's name is "lavoro agile": "agile" names it by itself, "lavoro" does not)
    "smart working": "agile",
    # (a building site, as people call the works a plan schedules)
    "cantiere": "lavori",
    "cantieri": "lavori",
}


@dataclass(frozen=True)
class Frame:
    question: str  # the question as the user wrote it
    query: str  # what is searched: follow-ups resolved, colloquial words expanded
    answer_type: AnswerType
    fields: tuple[Intent, ...]  # objective fields the wording points to
    terms: frozenset[str]  # analysed topic terms (typo fixes and synonyms included)
    weights: dict[str, float] = field(default_factory=dict)  # rarity of each term
    frequencies: dict[str, int] = field(default_factory=dict)  # passages holding each term
    wants_list: bool = False
    plural: bool = False  # asked with a word for several things ("quali", "elenca", "tutti")
    total: bool = False  # a count asked in all ("in tutto", "in totale", "complessivamente")
    wants_count: bool = False
    several_asks: bool = False  # "chi è il RUP … e chi è il titolare…": two questions in one
    asks_objectives: bool = False  # "quali obiettivi…": the objectives themselves
    comparison: bool = False
    enti: tuple[str, ...] = ()  # doc-id groups named ("a,b" per ente)
    years: tuple[str, ...] = ()  # plan periods named ("2025-2027")
    single_years: tuple[str, ...] = ()  # single years named ("nel 2022")
    # the plans asked about, as (plan, period), when every year named lies outside all
    # their periods ("nel 2028" asked of a 2025-2027 plan); () otherwise
    uncovered: tuple[tuple[str, str], ...] = ()
    named_fields: frozenset[str] = frozenset()  # field labels the question uses ("peso")
    # labels the question uses that name no record field ("obiettivo di mandato"): a
    # line opening with one is the asked statement
    fieldless_labels: tuple[str, ...] = ()
    absent_terms: frozenset[str] = frozenset()  # topic terms no indexed passage contains
    unindexed_terms: frozenset[str] = frozenset()  # the same, verbs included
    ident_terms: frozenset[str] = frozenset()  # terms of objective codes named ("2024/01.2")
    is_follow_up: bool = False
    asked_noun: str = ""  # stem of the thing asked about ("quante biciclette" → "biciclett")
    which_noun: str = ""  # stem of the noun after "quali" ("quali criticità …" → "critic")
    asked_word: str = ""  # that noun as asked ("biciclette")
    counted: str = ""  # stem of the thing counted ("quanti abitanti" → "abitant")
    counted_word: str = ""  # that thing as asked ("abitanti")
    absent_thing: str = ""  # a thing the question names that no passage contains ("il canile")
    # the words of one concept: a colloquial word and the plans' words for it
    # ("ragioneria": "finanziario", "bilancio"), found by any one of them
    concepts: tuple[frozenset[str], ...] = ()
    # the topic's nouns named with an article ("della biblioteca"), as (stem, word)
    things: tuple[tuple[str, str], ...] = ()
    # topic terms the user wrote as a proper name ("Verdi Ambiente S.r.l.", "Girasole"):
    # the one company, school or project asked about
    names: frozenset[str] = frozenset()
    # the verb of a who-question ("chi segue / coordina X" → "segu"): the relation asked
    predicates: frozenset[str] = frozenset()
    # "quali altri obiettivi segue?": the other objectives of the person the answer names
    other_objectives: bool = False
    # "cosa prevede / in cosa consiste / cosa fa X": what an objective does, its content
    # (its phases are what it does), not one field of it
    asks_content: bool = False
    # a yes/no question ("il piano prevede una CER?"): no interrogative word asks a value
    polar: bool = False
    # two things compared on one attribute ("pesa di più A o B?", "tra A e B quale
    # finisce prima?", "i due obiettivi hanno la stessa scadenza?"): a line for each
    versus: bool = False
    # the people asked by name ("con nome e categoria", "i nominativi", "come si chiamano")
    names_asked: bool = False
    # who stands in for the head of an office ("chi lo sostituisce", "chi fa le veci")
    deputy: bool = False

    @property
    def wording(self) -> str:
        """The question with the plans' words for its colloquial ones added ("i vigili …
        polizia locale"): what an office is named by (a follow-up: as asked)."""
        return self.question if self.is_follow_up else self.query

    def asks(self, intent: Intent) -> bool:
        return intent in self.fields

    def weight(self, matched: set[str] | frozenset[str]) -> float:
        """Share of the topic's rarity-weighted content among `matched` terms."""
        return self.share(self.terms, matched)

    def share(self, terms: set[str] | frozenset[str], matched: set[str] | frozenset[str]) -> float:
        """Rarity-weighted share of `terms` among `matched` (a subset of them). A
        concept's words are alternatives, not several requirements: one found counts
        for the concept, which weighs as its most telling word."""
        # fsum: exact, so the result does not depend on set iteration order (ties stay ties)
        if not self.concepts:
            total = math.fsum(self.weights.get(t, 0.0) for t in terms)
            return math.fsum(self.weights.get(t, 0.0) for t in matched) / total if total else 0.0
        grouped = frozenset().union(*self.concepts)
        mass = {i: max(self.weights.get(t, 0.0) for t in c & terms) for i, c in enumerate(self.concepts) if c & terms}

        def weigh(ts: set[str] | frozenset[str]) -> float:
            return math.fsum([self.weights.get(t, 0.0) for t in ts if t not in grouped]
                             + [w for i, w in mass.items() if self.concepts[i] & ts])

        total = weigh(terms)
        return weigh(matched) / total if total else 0.0


# "in quale servizio sta / è", "di quale ufficio fa parte": the unit a unit belongs to
_CONTAINER_ASKED = re.compile(r"\b(?:in|di|a)\s+(?:quale|che)\s+(?:servizio|ufficio|area|settore|struttura|unita)\b"
                              r"\s+(?:sta|e|si\s+trova|fa\s+parte|appartiene|rientra|dipende)\b")


def asks_container(question: str) -> bool:
    """The question asks which unit the office it names belongs to (the unit's kind is
    the relation asked, no thing to find)."""
    return _CONTAINER_ASKED.search(fold_name(question.replace("'", " ").replace("’", " "))) is not None


def unquoted(question: str) -> str:
    """The question's own wording: quoted titles left out."""
    return _QUOTED.sub(" ", question)


_WITHOUT = re.compile(r"\bsenza\s+(?:(?:alcun[oa]?|nessun[oa]?|il|lo|la|i|gli|le)\s+)?\w+")


def answer_type(question: str) -> AnswerType:
    q = without_free_relatives(fold_name(question.replace("'", " ")))
    if "%" in question:
        return AnswerType.PERCENT
    cues = _TYPE_CUES
    if re.match(r"\s*(?:e\s+)?chi\b", q):
        # a question that opens with "chi" asks who, whatever nouns follow ("chi è a
        # capo dell'Area Risorse finanziarie")
        cues = [(k, rx) for k, rx in _TYPE_CUES if k in (AnswerType.PERSON, AnswerType.WHO)]
    # a thing said to be absent ("senza costi", "senza oneri") is a condition of the
    # topic, not what is asked ("quale quota … senza costi per l'ente" asks a share)
    q = _WITHOUT.sub(" ", q)
    for kind, rx in cues:
        if rx.search(q):
            # "chi lavora / quali persone" ask for people; "quale settore… chi" asks who
            return kind
    return AnswerType.DESCRIPTION


_FIELD_VERBS: dict[str, str] = {"pesa": Field.PESO, "pesano": Field.PESO, "pesi": Field.PESO,
                                 # when a thing ends (expires) is its deadline
                                 "finisce": Field.SCADENZA, "finiscono": Field.SCADENZA,
                                 "scade": Field.SCADENZA, "scadono": Field.SCADENZA,
                                 "si conclude": Field.SCADENZA, "si concludono": Field.SCADENZA,
                                 "si chiude": Field.SCADENZA, "si chiudono": Field.SCADENZA,
                                 "termina": Field.SCADENZA, "terminano": Field.SCADENZA}


_ASKED_FIELD = re.compile(
    r"\b(?:quali|quale|qual|che|quanti|quante|elenca)\s+(?:sono\s+|è\s+|e\s+)?"
    r"(?:(?:il|lo|la|i|gli|le|l)\s+)?([a-zà-ù]+(?:\s+[a-zà-ù]+)?)")


# The wording intent of each field an interrogative can name (the content intents;
# who-intents stay, a question may ask both).
_FIELD_INTENT: dict[str, Intent] = {
    Field.DIPENDENTI: Intent.EMPLOYEES, Field.STAKEHOLDER: Intent.STAKEHOLDERS,
    Field.INDICATORI: Intent.INDICATORS, Field.VALORE_ATTESO: Intent.INDICATORS,
    Field.MOTIVAZIONE: Intent.PURPOSE, Field.FASI: Intent.TIMING, Field.SCADENZA: Intent.TIMING,
    Field.OBIETTIVO_STRATEGICO: Intent.STRATEGIC,
}

# Interrogatives that name the field themselves: "perché" asks the purpose, "chi
# lavora / chi partecipa" the staff.
_FIELD_INTERROGATIVES: list[tuple[str, re.Pattern[str]]] = [
    # the reason asked in any wording: "perché", "per quale motivo", "come mai", "a che scopo"
    (Field.MOTIVAZIONE, re.compile(
        r"^\s*(?:e\s+)?perch[eé]\b|\bper\s+(?:quale|quali|che)\s+(?:motiv\w+|ragion\w+)|\bcome\s+mai\b|"
        r"\b(?:a|con|per)\s+(?:quale|che)\s+(?:scopo|fine|finalit\w+)\b|"
        # ("che scopo ha", "qual è lo scopo", "a cosa serve": what it is for)
        r"\b(?:che|quale|qual\s+(?:e|è)\s+(?:lo|la))\s+(?:scopo|finalit\w+)\b|\ba\s+(?:che\s+)?cosa\s+serv(?:e|ono)\b")),
    # what one wants to obtain is the expected value: "cosa si vuole ottenere / si
    # intende raggiungere", "cosa ci si aspetta / attende", whatever noun asks what is
    # expected ("che risultato / quali effetti ci si aspetta")
    (Field.VALORE_ATTESO, re.compile(
        r"\b(?:che\s+)?cosa\s+(?:(?:si\s+)?(?:vuole|vogliono|intende|intendono|punta\s+a|puntano\s+a|prevede\s+di|"
        r"conta\s+di)\s+(?:ottenere|raggiungere|conseguire)|ci\s+si\s+(?:aspetta|attende))\b|"
        r"\b(?:che|quale|quali)\s+(?:risultat[oi]|effett[oi]|benefic[io]|impatt[oi]|esit[oi]|vantagg(?:io|i))\s+"
        # (or wants: "che risultato si vuole per …")
        r"(?:ci\s+si\s+(?:aspetta|attende)|si\s+(?:aspetta|aspettano|attende|attendono|prevede|prevedono|vuole|"
        r"vogliono|intende|intendono|punta|cerca))\b")),
    # the value a measure must reach is an indicator's target: "che valore deve
    # raggiungere…", "a quanto deve arrivare…"
    (Field.INDICATORI, re.compile(
        r"\b(?:che|quale)\s+valore\s+(?:deve|devono|dovr\w+|dovrebbe\w*)\s+(?:raggiungere|avere|toccare|assumere)\b|"
        r"\ba\s+quanto\s+(?:deve|devono|dovr\w+)\s+(?:arrivare|salire|scendere)\b|"
        # (a figure aimed at, whatever it counts: "quanti ingressi deve raggiungere", "che
        # quota intende toccare")
        # (not in a relative clause, "il settore che lo deve raggiungere", which names a
        # party of the target asked elsewhere)
        r"(?<!che )(?<!che lo )(?<!che la )(?<!che li )(?<!che le )"
        r"\b(?:deve|devono|dovr\w+|vuole|vogliono|intende|intendono|punta\s+a|puntano\s+a)\s+"
        r"(?:raggiungere|arrivare\s+a|toccare)\b")),
    (Field.DIPENDENTI, re.compile(r"\bchi\s+(?:ci\s+)?(?:lavora|lavorano|partecipa|partecipano)\b")),
    # those an objective is for are its stakeholders: "a chi si rivolge / è destinato",
    # "chi ne beneficia"
    (Field.STAKEHOLDER, re.compile(
        r"\ba\s+chi\s+(?:si\s+rivolg\w+|(?:e|è)\s+(?:rivolt|destinat|indirizzat|dedicat)\w*)|"
        r"\bchi\s+(?:ne\s+)?(?:benefici\w+|trae\s+beneficio|trarr\w+\s+beneficio)\b")),
    # how an objective unfolds is its phases: "come si articola / si sviluppa", "in
    # quali tappe / passaggi"
    (Field.FASI, re.compile(
        r"\bcome\s+si\s+(?:articol\w+|svilupp\w+|svolg\w+|struttur\w+)\b|"
        r"\b(?:quali|che)\s+(?:sono\s+(?:le|i|gli)\s+)?(?:tappe|passaggi|step)\b")),
    # how an objective is measured is its indicators: "come si misura / viene valutato"
    (Field.INDICATORI, re.compile(
        r"\bcome\s+(?:si|viene|vengono|verr[aà]|verranno|sar[aà]|saranno|e|è)\s+(?:misurat\w*|valutat\w*|"
        r"misura|misurano|valuta|valutano|monitorat\w*|monitora)\b")),
    # "di cosa (altro) si occupa / cosa fa il settore…": what an office does is the
    # list of services the org chart gives it (an objective's "di cosa si occupa" is not)
    (Field.SERVIZI, re.compile(
        r"\b(?:di\s+)?(?:che\s+)?cos[ae]?\s+(?:altro\s+)?(?:si\s+occupa(?:no)?|fa|fanno|gestisce|gestiscono|segue|"
        r"seguono)\s+(?:(?:il|lo|la|l|i|gli|le)\s+)?(?:stess[oa]\s+)?(?:settore|area|servizio|ufficio|struttura|"
        r"unit[aà]|settori|servizi|uffici)\b")),
    # "quali uffici stanno / ci sono nell'unità che …": the offices inside an office are
    # the services its org-chart entry lists (the whole chart's offices are asked of the
    # ente, "quali uffici ci sono nel comune")
    (Field.SERVIZI, re.compile(
        r"\bquali\s+(?:uffici|servizi)\s+(?:[^\W\d_]+\s+){0,3}?(?:nel|nella|nell|nello|dentro|sotto|in|fanno\s+capo\s+al"
        r"|fanno\s+capo\s+all|fanno\s+capo\s+alla)\s+(?:[^\W\d_]+\s+)?(?:settore|area|unit[aà]|servizio|struttura"
        r"|direzione)\b")),
]

# "quale comune ha più X": a count of X compared
# (what a place has is also said by what is there or works there: "ci sono più
# dipendenti", "dove lavorano meno persone")
_MORE_OR_LESS = re.compile(r"\b(?:ha|hanno|conta|contano|ne ha|ci sono|ce ne sono|c e|ci lavorano|lavorano)\s+"
                           r"(?:piu|meno)\s+([a-z]{4,})")
# a thing the question rules out: "non l'assessore", "non il settore"
_EXCLUDED = re.compile(r"(?i)\bnon\s+(?:il|lo|la|i|gli|le|l['’]\s*)\s*[^\W\d_]+")
# who stands in for a head when absent: "chi lo sostituisce", "chi fa le veci del
# responsabile", "il vicario", "quando è assente"
# (a verb of replacing asks it only of a person: "chi lo sostituisce", not "quante
# caldaie si sostituiscono")
DEPUTY_ASKED = re.compile(r"(?i)\b(?:lo|la|li|le|ne)\s+sostituisc\w*|\bchi\s+sostituisc\w*|\bsostitut[oa]\b|"
                          r"\bf(?:a|anno)\s+le\s+veci\b|"
                          r"\bvicari[oa]\b|\bin\s+(?:sua|caso\s+di)\s+assenza\b|\b(?:se|quando)\s+(?:[eè]|sono)\s+assent[ei]\b")
# "mi serve il nome", "nome e cognome per favore", "il nominativo": the person is asked
_NAME_REQUEST = re.compile(r"(?i)\b(?:(?:il|i|anche\s+il)\s+)?(?:nome\s+e\s+cognome|nominativ[oi]|"
                           r"nom[ei]\s+(?:della|di\s+una)\s+persona\b|"
                           r"nom[ei](?=\s+(?:del|della|dello|dei|delle|di)\b|\s*(?:$|[?.!,;])))")
# the people asked by name, in any wording ("con nome e categoria", "i nominativi",
# "come si chiamano"): wider than the request above, which is also cut from the query
_NAMES_ASKED = re.compile(r"\b(?:nome|nomi|nominativ[oi]|come si chiam(?:a|ano))\b")
# a name that can only be a person's: "nome e cognome", "il nominativo", "il nome del
# responsabile", "il nome della persona"
_PERSON_NAME = re.compile(r"(?i)\b(?:nome\s+e\s+cognome|nominativ[oi]|nome\s+(?:del|della|dello)\s+"
                          r"(?:persona|responsabile|referente|titolare|dirigente|funzionari[oa]|comandante|segretari[oa]|rup))\b")
# the words of a request around the question ("mi serve anche…", "mi fai la lista…",
# "per favore")
# (and what the asker wants beside the answer: "vorrei …", "non solo l'ufficio", the
# person rather than the office, which is no topic)
_REQUEST_FORM = re.compile(r"(?i)\b(?:mi\s+serv(?:e|ono|irebbe|irebbero)(?:\s+anche)?|mi\s+fa(?:i|te)|per\s+(?:favore|cortesia|piacere)|grazie|"
                           r"vorrei|(?:e\s+)?non\s+solo\s+(?:l['’]\s*|il\s+|la\s+)?(?:ufficio|settore|servizio|area)\b)")
# "chi…", "a chi…", "di chi…": a who-question
_WHO_OPENING = re.compile(r"\s*(?:e\s+|ma\s+)?(?:a\s+|di\s+)?chi\b")
# a count asked for the whole ("quanti dipendenti ha il comune in tutto")
_TOTAL = re.compile(r"\b(?:in tutto|in totale|complessiv\w*|nel complesso|totale)\b")
# the items of a list named in the plural ("che indicatori ci sono"): several things asked
_PLURAL_ITEMS = re.compile(r"\b(?:indicatori|fasi|azioni|attivita|tappe|scadenze|misure|interventi|stakeholder|"
                           r"portatori|dipendenti)\b")
# an Italian infinitive ("ridurre", "attivare", "gestire"; "-rre" of the contracted ones)
_INFINITIVE = re.compile(r"(?:are|ere|ire|rre)$")
# "quanti X": X is counted
# the descriptive adjectives Italian sets before a noun ("i vecchi atti", "la piccola
# sala"): they describe the thing named after them and are no thing of their own (a
# restrictive one, "il nuovo responsabile", "il prossimo bando", picks another thing,
# which the plan may well not have)
_PRENOMINAL = r"(?:vecch(?:io|ia|i|ie)|grand[ei]|piccol[oaie]|ex)"
_BEFORE_NOUN = re.compile(_PRENOMINAL)
# (past an adjective set before the noun: "quanti vecchi atti" counts the acts)
_COUNTED = re.compile(rf"\s*(?:e\s+)?quant[ie]\s+(?:sono\s+(?:i|gli|le)\s+)?(?:{_PRENOMINAL}\s+)?([a-z]{{3,}})")
# counted by the plan's structure (its objectives, phases), not stated in a sentence
_COUNTED_BY_STRUCTURE = frozenset({"obiettivi", "fasi", "indicatori", "azioni", "progetti", "volte"})
# any interrogative: a question without one is a yes/no question
_INTERROGATIVE = re.compile(r"\b(chi|cosa|che|quale|quali|qual|quando|quanto|quanti|quante|quanta|come|dove|"
                            r"perche|elenca\w*|dimmi|descrivi\w*|confront\w*)\b")
# (nor is a request, "mi servono le fasi", "vorrei i nomi": it asks for what it names)
_REQUEST = re.compile(r"\b(?:mi\s+serv\w+|ci\s+serv\w+|vorrei|vorremmo|voglio|dammi|datemi|fammi|mi\s+dai|mi\s+date|"
                      r"ho\s+bisogno|abbiamo\s+bisogno|cerco|sto\s+cercando)\b")
# "quanti X", "qual è il X", "chi è il X", "che X": X is what is asked about
# (also the subject of a when-question: "quando scade il contratto…", "quando si
# conclude la gara…": the date asked is that thing's)
_ASKED_NOUN = re.compile(
    r"^\s*(?:e\s+)?(?:quant[ie]\s+|(?:qual\s+(?:e|era|sara)|quali\s+(?:sono|erano|saranno)|"
    r"chi\s+(?:e|era|sara|sono)|(?:entro\s+)?quando\s+(?:si\s+)?[a-z]{4,}(?:ra|no)?|"
    # (a request names the thing it asks for: "mi dai il numero di telefono …")
    r"(?:mi|ci)\s+(?:dai|date|dici|dite|indichi|indicate|trovi)|dammi|datemi|dimmi|indicami)"
    r"\s+(?:il|lo|la|l|i|gli|le|un|una|uno)\s+)"
    rf"(?:numero\s+(?:di|dei|degli|delle)\s+)?(?:{_PRENOMINAL}\s+)?([a-z]{{4,}})\b")  # "il numero di telefono": telefono
# the kind of appointment of an office's head ("titolare di E.Q.", "di posizione
# organizzativa"): part of the role's name, never the topic
_APPOINTMENT = re.compile(r"(?i)\b(?:di\s+)?(?:e\.\s?q\.?|eq|p\.\s?o\.?|elevata\s+qualificazione|posizione\s+organizzativa)"
                          r"(?=[\s?,;:]|$)")
# the noun "quale"/"quali" asks for ("quali sponsor"); a kind of organisation ("quale
# ditta") is the answer's type, not a thing: plans name the company with its own kind
# word ("Cooperativa X"), so its absence says nothing
# (nor is a kind of place, "in quali zone / luoghi": plans name the places themselves,
# "nel centro storico e nelle frazioni")
_PLACE_KINDS = r"zon[ae]|luog(?:o|hi)|localit[aà]|quartier[ei]"
_WHICH_NOUN = re.compile(rf"\bqual[ei]\s+(?!(?:{ORGANISATION_KINDS}|{_PLACE_KINDS})\b)([^\W\d_]{{4,}})")
# a word after a bare preposition ("eventi di gemellaggio"; verbs are never absent terms)
_PREPOSITION_NOUN = re.compile(r"\b(?:di|per|con|su|tra|fra|da)\s+([^\W\d_]{4,})")
# the object of an infinitive ("installare defibrillatori"), never an adverb ("-mente")
_VERB_OBJECT = re.compile(r"\b[^\W\d_]{3,}(?:are|ere|ire)\s+(?!\w+mente\b)([^\W\d_]{4,})")
# a noun after an article or an articled preposition ("il canile", "dell'asilo")
# "… e cosa / e che / e quale …": a second interrogative joined to the first
# ("… e che risultato …", "a cosa servono X, cosa vogliono ottenere?": a comma joins two
# asks as "e" does)
_AND_ASKS = re.compile(r"(?i)(?:\s+e|,)\s+(?=(?:che|cosa|quale|quali|qual|come|quando|chi|quanto|quanti)\b)")
# a capitalised word (not an acronym written in capitals)
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ'’]{2,}\b")
_ARTICLED_NOUN = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(ARTICLES | ARTICLED_PREPOSITIONS))})\s+|\b(?:l|dell|all|dall|nell|sull|un)')"
    # an ordinal or a determiner may stand between the article and its noun ("la prima
    # seduta", "il nuovo sito", "l'ultima fase")
    r"(?:(?:prim|second|terz|ultim|nuov|stess|unic|prossim)[oaie]\s+)?"
    r"([^\W\d_]{4,})")
# a noun with the adjective that qualifies it ("la promozione turistica", "l'assistenza
# domiciliare"): the thing named is the pair, not the noun alone
_QUALIFIED_NOUN = re.compile(_ARTICLED_NOUN.pattern + r"\s+([^\W\d_]{4,}(?:ic[oaie]|ich[ie]|al[ei]|iv[oaie]|ar[ie]|ari[oa]|il[ei]|os[oaie]))\b")
# a past participle ("aperta", "chiuso", "attivati")
_PARTICIPLE = re.compile(r"(?:at|it|ut|ert|us|ers)[oaie]$")
# the letters a word family shares ("turis-tica", "turis-mo"): a word is absent only if
# no word of its family is there
_FAMILY_ROOT = 5
# "segue anche altri obiettivi?", "in quale altro progetto è coinvolta?"
# the plans loaded named all together ("nei due comuni", "in entrambi i piani", "in
# ciascun comune", "quale dei due enti"): the question is asked of each of them
_COLLECTIVE = re.compile(r"\b(?:(?:i|nei|dei|per i|tra i|fra i|ai|entrambi i|tutti e due i|tutti i)\s+(?:due|tre)\s+|"
                         r"(?:entrambi|tutti e due|tutti e tre)\s+(?:i\s+)?|(?:in\s+)?ciascun[oa]?\s+(?:dei\s+)?|"
                         r"(?:in\s+)?ogni\s+|quale\s+dei\s+(?:due\s+)?)(?:comuni|comune|piani|piano|enti|ente|documenti|piao)\b"
                         r"|\bentrambi\b|\btutti e due\b")
# the staff's label after an office's kind names that office ("l'ufficio personale")
_STAFF_OFFICE = re.compile(r"(?i)\b((?:ufficio|servizio|settore|area|u\.o\.)\s+(?:del\s+)?)personale\b")
# a relation of hierarchy in a relative clause ("da cui dipende", "a cui fa capo", "di
# cui fa parte", "a cui appartiene / afferisce"): the link asked, not a topic
_RELATION = re.compile(r"\b(?:a|da|di|in)\s+cui\s+((?:(?:fa|fanno)\s+)?(?:capo|parte)|dipend\w*|appartien\w*|"
                       r"afferisc\w*|rispond\w*|fa riferimento|fanno riferimento)\b")
# "la lotta all'evasione", "il contrasto al degrado": the fight against a thing names
# the thing as its topic; plans name the work by its outcome ("recupero dell'evasione")
_FIGHT_AGAINST = re.compile(r"\b(lotta|contrasto)\s+(?:a|al|allo|alla|all|ai|agli|alle)\b")
# "quale comune … di più / prima": one of the plans loaded, each compared
_WHICH_ENTE = re.compile(r"\b(?:quale|che)\s+(?:comune|ente|piano)\b")
# "chi ha / prevede … più alto": who states the higher value, a plan, not a person
_WHO_DEGREE = re.compile(rf"\bchi\s+(?:ha|avra|prevede|punta|fissa|vuole)\b.*\b{_HIGHER}")
_MORE_OR_SOONER = re.compile(r"\b(?:più|piu|meno|prima|dopo|maggiore|minore)\b")
# (more plans than this loaded: "i comuni" names no definite set)
_MAX_COLLECTIVE = 4
# a number of plans the question takes as known ("i due comuni", "entrambi i piani")
_PLANS_COUNTED = re.compile(r"\b(due|tre|entrambi)\b")
# how many passages are read to find the plans a counted question means
_PLANS_POOL = 20
# what a thing does or consists of, asked as such ("cosa prevede", "in cosa consiste",
# "cosa fa / si propone", "cosa è previsto"): its content, which its phases spell out
_CONTENT = re.compile(r"\b(?:cosa\s+(?:si\s+)?(?:preved\w*|propon\w*|fa|fanno|fara|faranno)|in\s+cosa\s+consist\w*|"
                      r"cosa\s+(?:e|è)\s+previst\w*)\b")
_OTHER_OBJECTIVES = re.compile(r"\baltr[oiae]\s+(?:obiettiv|progett)\w*")
# the words of a comparison of two things on one attribute: a comparative ("di più",
# "più alto", "finisce prima"), sameness ("hanno la stessa scadenza"), or the pair ("i due")
_VERSUS = re.compile(r"\b(?:di (?:più|piu|meno)|(?:più|piu|meno) (?:in )?(?:alt|bass|lung|brev|grand|picc|elevat|ambizios)\w*|"
                     r"maggiore|minore|"
                     rf"(?:finisce|finiscono|termina|terminano|scade|scadono|si conclude|si chiude|{STARTS}) (?:prima|dopo)|"
                     # (sameness said of two things: "hanno la stessa scadenza"; "ha la stessa
                     # area", "la stessa cooperativa" point back to one thing named before)
                     r"(?:hanno|sono) (?:lo|la|gli|le) stess[oaie]|quale dei due|quale delle due|"
                     r"(?:i|gli|le) due)\b")
# (or any degree, "più urgente", of the two things a question ends with: "…, A o B?";
# read on the question as written, its commas kept)
_VERSUS_PAIR = re.compile(r"(?i)\b(?:più|piu|meno)\b[^?]*,[^,?]+\so\s[^,?]+\?\s*$")
# "al mese", "all'anno", "a persona": the unit of a rate (what is paid or done per
# unit), not a thing the question is about; plans write the rate otherwise ("mensili")
_RATE = re.compile(r"\b(?:al|all'|alla|a|per|ogni)\s*(?:giorno|settimana|mese|anno|trimestre|semestre|testa|persona)\b")
# the head of an office, however named: an org chart or a record answers that
_HEAD_ROLES = frozenset({"capo", "direttore", "direttrice", "dirigente", "responsabile", "titolare", "coordinatore",
                         "coordinatrice", "referente", "incaricato", "incaricata", "funzionario", "funzionaria"})
def _asking_words_cut(text: str) -> str:
    """The question without the words of how it asks, which are no topic a passage must
    hold: politeness, "mi serve il nome", who stands in for a head ("chi fa le veci",
    a relation asked, as the name is) and what it rules out ("non l'assessore")."""
    for pattern in (_NAME_REQUEST, _REQUEST_FORM, DEPUTY_ASKED, _EXCLUDED):
        text = pattern.sub(" ", text)
    return text


# "chi è la persona responsabile / che segue X": one person is asked, by name; the
# word names the kind asked, no topic ("Servizi alla persona" stays a name)
_ONE_PERSON = re.compile(r"(?i)\b(?:la|una|quale|che)\s+persona\b")


def asked_field(question: str) -> str | None:
    """The field named right after the interrogative ("quali sono le fasi…", "che
    indicatori…"), if the words there are a label of the field vocabulary."""
    q = question.casefold().replace("'", " ")
    for asked, cue in _FIELD_INTERROGATIVES:
        if cue.search(q):
            return asked
    # "che" also opens relative clauses ("l'obiettivo che prevede…"): the first
    # interrogative followed by a field's label is the one that asks
    for m in _ASKED_FIELD.finditer(q):
        if (key := _label_after(m.group(1).split())) is not None:
            return key
    return None


def interrogative_phrases(question: str) -> list[str]:
    """The words of the interrogatives that name a field ("per quale motivo", "come
    viene misurato", "che valore deve raggiungere"): like a label, they say which field
    is asked, not what it is about."""
    q = question.casefold().replace("'", " ")
    return [m.group(0) for _field, cue in _FIELD_INTERROGATIVES for m in cue.finditer(q)]


def _label_after(words: list[str]) -> str | None:
    if words[0] in ("servizi", "competenze"):  # what an office does, not the office
        return Field.SERVIZI
    if words[0] in ("soggetti", "attori"):  # the parties of an objective: its stakeholders
        return Field.STAKEHOLDER
    if words[0] in ("programma", "missione", "codice"):  # one objective's code ("in quale
        return Field.CODICE  # programma sta"); "quali programmi" asks for objectives
    for n in (2, 1):
        gram = " ".join(words[:n])
        if len(words) >= n and (key := canonical_key(gram, fuzzy=False)) \
                and key not in (Field.TITOLO, Field.CODICE, Field.OBIETTIVO_STRATEGICO) \
                and not _not_metric(key, words[n:]):
            return Field.INDICATORI if key == Field.TARGET else key
    return None


def _not_metric(key: str, following: list[str]) -> bool:
    """An indicators' label ("misure") followed by what makes it the anticorruption
    plan's measures ("misure specifiche / generali"), as `intent` reads it too."""
    return key == Field.INDICATORI and re.match(rf"{NOT_METRIC}\b", " ".join(following[:2])) is not None


def label_phrases(question: str) -> list[str]:
    """Labels of several words the question uses ("portatori di interesse", "valore
    atteso"): they say which field is asked, not what it is about."""
    words = re.findall(r"[^\W\d_][\w’']*", question.casefold())  # words, not numbers ("n. 6")
    # (a word with digits is a code, "LS2", "OP3": it names a group or an objective,
    # never a label's word)
    return [" ".join(words[i:i + n]) for n in (4, 3, 2) for i in range(len(words) - n + 1)
            if not any(ch.isdigit() for w in words[i:i + n] for ch in w) and is_asked_label(" ".join(words[i:i + n]))]


# fields whose name, as a noun's complement, is part of the topic's name ("la riduzione
# dei tempi di attesa", "la formazione del personale"); the names of the plan's
# structure (obiettivo, settore, responsabile) stay generic wherever they stand
_COMPLEMENT_FIELDS = LIST_FIELDS | {Field.SCADENZA, Field.TARGET, Field.MOTIVAZIONE}
_ABOUT = frozenset({"su", "sul", "sui", "sulla", "sulle", "sullo", "sugli"})


def _field_complement(words: list[str], i: int) -> bool:
    """Whether the field word at `i` complements the content noun before its articled
    preposition ("riduzione dei tempi"): it then names the topic, not the field asked
    ("quali sono i tempi" still asks the timing)."""
    prior = [w.casefold() for w in words[:i] if w[:1].isalnum()][-2:]  # apostrophes aside
    if prior and prior[-1] in _ABOUT:
        # "l'obiettivo sui tempi di pagamento": what follows "su" is what something is
        # about, whatever noun comes before it
        return canonical_key(words[i].casefold(), fuzzy=False) in _COMPLEMENT_FIELDS
    if len(prior) < 2 or prior[1] not in OF_ARTICLE:
        return False
    before = prior[0]
    return before.isalpha() and len(before) > 3 and before not in QUESTION_GENERIC_WORDS \
        and before not in ITALIAN_STOPWORDS and canonical_key(words[i].casefold(), fuzzy=False) in _COMPLEMENT_FIELDS


def named_fields(question: str) -> frozenset[str]:
    """Fields the question names by a label of the field vocabulary ("che peso ha",
    "qual è la formula"): exact labels of one or two words only, so that ordinary
    words are not read as labels."""
    words = re.findall(r"[\w’']+", question.casefold())
    found = set()
    # (the noun right after the interrogative, "quali servizi…", is `asked_field`'s)
    # a verb that names a field's measure ("pesa di più" asks for the weight)
    found |= {field for verb, field in _FIELD_VERBS.items() if re.search(rf"\b{verb}\b", question.casefold())}
    for n in (4, 3, 2, 1):  # labels have up to four words ("centro di responsabilità")
        for i in range(len(words) - n + 1):
            gram = " ".join(words[i:i + n])
            if (key := canonical_key(gram, fuzzy=False)) and key not in (Field.TITOLO, Field.CODICE):
                if key in LIST_FIELDS and i > 0 and words[i - 1] in OF_ARTICLE:
                    continue  # "formazione dei dipendenti": a noun's complement names the topic
                if _not_metric(key, words[i + n:]):
                    continue
                found.add(Field.INDICATORI if key == Field.TARGET else key)
    return frozenset(found)



def _near_asking_word(word: str) -> str | None:
    """The one asking word (`QUESTION_GENERIC_WORDS`, six letters or more) that `word` is
    one edit from, not a form of it; None otherwise."""
    return None if word in QUESTION_GENERIC_WORDS else _one_edit_from(word, _LONG_ASKING_WORDS)


def _near_colloquial(word: str) -> str | None:
    """The one colloquial word (`COLLOQUIAL`, six letters or more) that `word` is one
    edit from ("rotonnde"), not a form of it; None otherwise."""
    return None if word in COLLOQUIAL else _one_edit_from(word, _LONG_COLLOQUIAL)


def _one_edit_from(word: str, words: tuple[str, ...]) -> str | None:
    """The one word of `words` that `word` is one edit from, not a form of it (the two
    differ past their common stem, "assessori" / "assessore" is no typo)."""
    found = {k for k in words if not (word.startswith(k[:-2]) and k.startswith(word[:-2])) and is_near(k, word, 1)}
    return found.pop() if len(found) == 1 else None


_LONG_ASKING_WORDS = tuple(w for w in QUESTION_GENERIC_WORDS if len(w) >= 6)
_LONG_COLLOQUIAL = tuple(w for w in COLLOQUIAL if " " not in w and len(w) >= 6)


class FrameBuilder:
    """Builds frames against the current index (its vocabulary and its enti)."""

    def __init__(self, retriever: Retriever, analyzer: ItalianAnalyzer | None = None) -> None:
        self.retriever = retriever
        self.analyzer = analyzer or ItalianAnalyzer()
        # the field verbs whose stem is not their label's ("scade", "Scadenza"): cues only
        self._cue_verbs = [v for v, f in _FIELD_VERBS.items()
                           if not set(self.analyzer.analyze(v)) & set(self.analyzer.analyze(str(f)))]
        # generic words are dropped as written, before stemming: "tempi" (generic) and
        # "tempo" (a topic) share a stem, as do "titolare" and "titoli"
        self._generic = QUESTION_GENERIC_WORDS

    def build(self, resolved: Resolved) -> Frame:
        resolved = self._respell_labels(resolved)
        asked = resolved.question
        # how the user asks is no topic: politeness, and "mi serve il nome (e cognome)",
        # which asks for the person the answer names
        wants_name = bool(_NAME_REQUEST.search(asked))
        deputy = bool(DEPUTY_ASKED.search(asked))
        wording = _asking_words_cut(unquoted(asked))
        resolved = replace(resolved, query=_asking_words_cut(resolved.query))
        q = fold_name(wording.replace("'", " "))
        # (q is folded: no punctuation); a colloquial name may be two words ("ufficio tecnico")
        colloquial = [w for w in COLLOQUIAL if " " in w and f" {w} " in f" {q} "] \
            + [w for w in dict.fromkeys(q.split()) if w in COLLOQUIAL]
        query = " ".join([resolved.query, *(COLLOQUIAL[w] for w in colloquial)])
        unused, used = self._colloquial(colloquial)
        topical = query
        if _WHO_OPENING.match(q):
            # the name of a head's role in a who-question ("il funzionario / il direttore
            # del Servizio X") is the relation asked, not topic: plans write "responsabile"
            # or "titolare", and an unused role word must neither veto nor be respelled
            topical = " ".join(w for w in _APPOINTMENT.sub(" ", _ONE_PERSON.sub(" ", query)).split()
                               if fold_name(w) not in _HEAD_ROLES)
        # (a verb that names the field asked, "scade" a deadline, says which field is
        # asked as a label does, not what about; one that shares its stem with the
        # field's label, "pesa" and "peso", is matched by the label as a word already)
        verbs = [v for v in self._cue_verbs if re.search(rf"\b{v}\b", wording.casefold())]
        # (an office named by the staff's label, "l'ufficio personale", names the office)
        labelled = _STAFF_OFFICE.sub(r"\1", wording)
        labels = {t for phrase in label_phrases(labelled) + interrogative_phrases(labelled) + verbs
                  for t in self.analyzer.analyze(phrase)}
        # a unit of measure ("40 ore di formazione per dipendente") says what a figure
        # is counted per, not what the question is about: the staff is not asked
        topical = PER_UNIT.sub(" ", topical)
        # (the plans' words added for a colloquial one are spelt right: none is respelled)
        added = frozenset(t for w in colloquial for t in self.analyzer.analyze(COLLOQUIAL[w]))
        terms = self._topic_terms(topical, added) - self._cue_terms(wording) - unused - labels
        # "confronta", "differenze": what is compared is the topic, not the comparing
        terms -= {t for m in _COMPARISON.finditer(q) for t in self.analyzer.analyze(m.group(0))}
        terms -= {t for m in _DEGREE.finditer(q) for t in self.analyzer.analyze(m.group(0))}
        # "di chi è la competenza": who is in charge, asked ("il servizio competente"
        # qualifies the office asked about, and stays)
        terms -= {t for m in re.finditer(r"\bcompetenz[ae]\b", q) for t in self.analyzer.analyze(m.group(0))}
        # ("nei due comuni", "in ciascun piano": the plans asked, not what about)
        terms -= {t for rx in (_COLLECTIVE, _WHICH_ENTE) for m in rx.finditer(q) for t in self.analyzer.analyze(m.group(0))}
        # "il settore da cui dipende / a cui fa capo X": the relation between the two
        # things, which plans state by their structure (an org chart's rows), not by words
        terms -= {t for m in _RELATION.finditer(q) for t in self.analyzer.analyze(m.group(1))}
        terms -= {t for m in _FIGHT_AGAINST.finditer(q) for t in self.analyzer.analyze(m.group(1))}
        counted_stem = counted_word = ""
        if counted := _MORE_OR_LESS.search(q):
            # what is counted is topic, and the thing each ente's figure is stated with
            stems = sorted(self.analyzer.analyze(counted.group(1)))
            terms |= set(stems)
            if counted.group(1) not in _COUNTED_BY_STRUCTURE:
                counted_stem, counted_word = (stems[0] if stems else ""), counted.group(1)
        elif (count := _COUNTED.match(q)) and count.group(1) not in _COUNTED_BY_STRUCTURE \
                and count.group(1) not in COLLOQUIAL:  # ("quanti over 65": its expansion counts)
            # "quanti dipendenti ha il comune": the thing counted is topic even when it is
            # also a field's label (the sentence "conta 63 dipendenti" answers it)
            # (respelled like any topic word: "quante priorita")
            stems = sorted(self._respell(set(self.analyzer.analyze(count.group(1))), count.group(1)))
            terms |= set(stems)
            counted_stem, counted_word = (stems[0] if stems else ""), count.group(1)
        verbs = {t for w in re.findall(r"[^\W\d_]+", query) if _VERB_FORM.search(w.casefold())
                 for t in self.analyzer.analyze(w)}
        # a word after an article, and the noun asked for, are nouns whatever their
        # ending ("il numero di telefono", "del canone"): never a paraphrasing verb
        noun = self._asked_noun(wording)
        things = tuple((t, m.group(1)) for m in _ARTICLED_NOUN.finditer(_RATE.sub(" ", wording.casefold().replace("’", "'")))
                       for t in self.analyzer.analyze(m.group(1)))
        verbs -= {t for t, _ in things} | {noun[1]}
        # "chi dirige / guida / coordina …": the word after "chi" is the predicate, the
        # relation asked for, never the topic (whether or not a plan uses the word)
        predicates = {t for m in _WHO_VERB.finditer(without_free_relatives(q)) for t in self.analyzer.analyze(m.group(1) or m.group(2))}
        # the period of a plan named ("il PIAO 2024-2026") names the document, as the
        # ente's name does: its years are no topic a passage should hold. (The plan's
        # kind stays topic: "valore pubblico" is also what its sections are about.)
        terms -= {t for m in plans_named(asked) for y in m.groups() for t in self.analyzer.analyze(y)}
        # a month with its year ("dopo aprile 2026") dates the question: the time asked,
        # which passages state as dates ("30/04/2026"), not as the month's name
        terms -= {t for m in _MONTH_YEAR.finditer(asked.casefold()) for t in self.analyzer.analyze(m.group(1))}
        weights, absent, unindexed, frequencies = self._rarity(terms, verbs | predicates, predicates | used)
        # a word the user wrote is asked for itself, even when a colloquial word's
        # expansion also holds it ("stato civile e anagrafe"): only what the expansion
        # adds stands in for the colloquial word
        concepts = tuple(c for c in (self._concept(w, q, terms) for w in colloquial) if len(c) >= 2)
        intent = classify(wording)
        fields = intent.intents
        if Intent.HOLDER in fields and not re.search(r"\b(settore|area|servizio|ufficio|struttura|unita)\b", q):
            # "il titolare / il dirigente dell'obiettivo X" is the objective's responsible;
            # only a settore has a titolare in the org chart
            fields = tuple(dict.fromkeys(Intent.RESPONSIBLE if i is Intent.HOLDER else i for i in fields))
        groups = tuple(",".join(g) for g in self.retriever.mentioned_groups(resolved.query))
        # "chi ha il target più alto per X": a degree of a value is no person's; of the
        # plans loaded, "chi" asks which one states the higher value
        # (and "chi … di più / prima, A o B?" of two plans named)
        ente_degree = bool(_WHO_DEGREE.search(q) or re.search(r"\bchi\s", q) and _MORE_OR_SOONER.search(q)
                           and len(groups) >= 2)
        collective = not groups and bool(_COLLECTIVE.search(q) or (_WHICH_ENTE.search(q) or ente_degree)
                                         and _MORE_OR_SOONER.search(q))
        if collective and 2 <= len(every := self.retriever.ente_groups()) <= _MAX_COLLECTIVE:
            # "nei due comuni", "in ciascun piano": every plan loaded is named, each
            # its own line, as if the question listed the municipalities
            groups = tuple(",".join(g) for g in every)
        elif collective and (counted_plans := _PLANS_COUNTED.search(q)) and len(every) > 2 and not counted:
            # "nei due comuni" with more plans loaded: the two the user means are the two
            # whose passages, retrieved for the question, state its topic best
            # (a topic every plan states names no two of them, nor does a thing every
            # ente has, counted: "quale dei due comuni ha più dipendenti")
            groups = self._retrieved_enti(query, weights, every, 2 if counted_plans.group(1) != "tre" else 3)
        # (plans counted rather than named are compared as well: "chi ne fa di più nei due piani")
        ente_degree = ente_degree or bool(collective and re.search(r"\bchi\s", q) and _MORE_OR_SOONER.search(q))
        kind = answer_type(wording)
        if ente_degree and len(groups) >= 2:
            # (the value compared keeps its kind, "chi" set aside: "chi punta a una quota
            # più alta", "quante ore …, chi ne fa di più")
            # (plans compared by a degree, "chi ha l'obiettivo più ambizioso", are compared
            # on a figure each states)
            valued = answer_type(re.sub(r"(?i)^\s*(?:e\s+)?chi\b", " ", wording))
            valued = AnswerType.NUMBER if valued is AnswerType.DESCRIPTION and re.search(_HIGHER, q) else valued
            kind = valued if valued in (AnswerType.AMOUNT, AnswerType.PERCENT, AnswerType.NUMBER, AnswerType.DATE) \
                else AnswerType.DESCRIPTION
            fields = tuple(i for i in fields if i not in (Intent.RESPONSIBLE, Intent.HOLDER))
        if wants_name and (kind in (AnswerType.WHO, AnswerType.OFFICE) or _PERSON_NAME.search(asked)):
            kind = AnswerType.PERSON
        if kind is AnswerType.WHO and _ONE_PERSON.search(q):
            kind = AnswerType.PERSON
        named = named_fields(labelled)
        if (head := asked_field(wording)) is not None:
            # "quali sono le fasi dell'obiettivo Formazione dei dipendenti": the field
            # after the interrogative is asked; field words later on are the topic's.
            # Each interrogative joined by "e" asks its own ("che finalità ha … e cosa
            # ci si aspetta": the purpose and the expected result)
            segments = _AND_ASKS.split(wording)
            named = frozenset({h for seg in segments if (h := asked_field(seg))} if len(segments) > 1 else {head})
            if (own := _FIELD_INTENT.get(head)) is not None:
                fields = (own, *(i for i in fields if i is not own and i not in _FIELD_INTENT.values()))
        comparison = len(groups) >= 2 or bool(_COMPARISON.search(q))
        if box := _CONTAINER_ASKED.search(q):
            # ("in quale servizio sta X": the kind of unit X belongs to is the relation
            # asked, which the org chart's nesting states, not a word to find)
            kind_words = set(self.analyzer.analyze(box.group(0)))
            terms, absent = terms - kind_words, absent - kind_words
        if len(groups) >= 2:
            # ("A contro B", "A vs B": two plans set against each other, not a topic word)
            against = {t for m in re.finditer(r"\b(?:contro|vs|versus)\b", q) for t in self.analyzer.analyze(m.group(0))}
            terms, absent = terms - against, absent - against
        if comparison and Intent.PURPOSE in fields and Intent.PURPOSE not in classify(_PROVIDES.sub(" ", wording)).intents:
            # "cosa prevede il piano" asks one plan's purpose; asked of two plans ("cosa
            # prevedono A e B") it asks what each does, compared: no field in particular
            fields = tuple(i for i in fields if i is not Intent.PURPOSE)
        if counted:
            # "quale comune ha più dipendenti": a count compared, whatever it counts; the
            # counted noun names no objective field here (the ente's staff, not a team's)
            kind, fields, named = AnswerType.NUMBER, (), frozenset()
        if kind is AnswerType.DESCRIPTION and Intent.TIMING in fields and re.search(r"\b(?:prima|dopo)\b", q) \
                and (comparison or _VERSUS.search(q) or _VERSUS_PAIR.search(asked)):
            # "finiscono prima a A o a B?", "chi parte prima": which comes first in time is
            # read off each one's date, the value the comparison is judged on
            kind = AnswerType.DATE
        single_years = tuple(re.findall(r"\b20\d\d\b", PERIOD_RE.sub(" ", asked)))
        if single_years and not _INTERROGATIVE.search(q) and Intent.TIMING not in fields \
                and kind is AnswerType.DESCRIPTION:
            # a yes/no question about a year ("è prevista anche nel 2026?") is answered
            # by the objective's timing: the years or dates it runs over
            fields = (*fields, Intent.TIMING)
        if kind is AnswerType.WHO and named & PARTY_FIELDS:
            # "chi sono gli stakeholder / i dipendenti": the parties the label names are
            # what is asked (staff are people), "chi" only the interrogative
            kind = AnswerType.PERSON if Field.DIPENDENTI in named else AnswerType.DESCRIPTION
        return Frame(
            question=asked,
            names_asked=bool(_NAMES_ASKED.search(asked.casefold())),
            deputy=deputy,
            query=self._searchable(query, frozenset(w for c in colloquial for w in COLLOQUIAL[c].split())),
            answer_type=kind,
            fields=fields,
            terms=frozenset(terms),
            weights=weights,
            absent_terms=absent,
            unindexed_terms=unindexed,
            frequencies=frequencies,
            wants_list=bool(_LIST.search(q)) and kind not in (AnswerType.PERSON, AnswerType.OFFICE)
            or intent.asks_list or head in LIST_FIELDS  # "come si articola": a list field, whole
            # (a question written as a heading that opens with the things it lists:
            # "indicatori e target 2026 dell'obiettivo …", "fasi del progetto …")
            or bool(_OPENS_WITH_ITEMS.match(q)),
            plural=bool(_LIST.search(q) or _PLURAL_ITEMS.search(q)),
            total=bool(_TOTAL.search(q)),
            wants_count=bool(_COUNT.search(q)),
            # ("che" only after a preposition: "in che anno"; alone it is mostly a conjunction)
            several_asks=len(re.findall(r"\b(chi|quale|quali|quando|quanti|quante|quanto|come|dove|perche|"
                                        r"(?:in|di|a|da|per|con) che)\b", q)) >= 2,
            # (a request for their list asks for them too: "mi elenchi tutti gli obiettivi")
            asks_objectives=bool(re.search(r"\b(quali|che|elenc\w*|dimmi)\s+(?:sono\s+)?(?:tutti\s+)?(?:(?:gli|i)\s+)?(obiettivi|progetti|interventi|azioni)\b", q)),
            # "contro" is no cue: plans name objectives with it ("misure contro la morosità")
            comparison=comparison,
            enti=groups,
            years=tuple(f"{a}-{b}" for a, b in PERIOD_RE.findall(asked)),
            named_fields=named,
            fieldless_labels=tuple(p for p in label_phrases(wording) if canonical_key(p, fuzzy=False) is None),
            ident_terms=frozenset(t for m in _CODE.finditer(asked) for t in self.analyzer.analyze(m.group(0))) & frozenset(terms),
            single_years=single_years,
            uncovered=self._uncovered(single_years, groups),
            is_follow_up=resolved.is_follow_up,
            asked_noun=noun[1],
            which_noun=self._which_noun(wording),
            asked_word=noun[0],
            predicates=frozenset(predicates),
            other_objectives=bool(_OTHER_OBJECTIVES.search(q)),
            asks_content=bool(_CONTENT.search(q)),
            versus=bool(_VERSUS.search(q) or _VERSUS_PAIR.search(asked)),
            # (a question with no asking word asks yes/no; "che" and "cos'" ask too,
            # though split does not cut at them: alone "che" is mostly a conjunction; a
            # comparison of two things, "pesa di più X o Y", asks which of them)
            polar=not (ASKS.search(q) or re.search(r"\b(?:che|cos)\b", q) or _REQUEST.search(fold_name(asked))
                       or _VERSUS.search(q) and re.search(r"\s(?:o|oppure)\s", q) or re.search(r"\b(?:vs|versus)\b", q)),
            counted=counted_stem,
            counted_word=counted_word,
            absent_thing=self._absent_thing(wording, absent, noun),
            concepts=concepts,
            things=tuple((t, w) for t, w in dict(things).items() if t in terms),
            names=self._proper_names(wording, terms),
        )

    def _proper_names(self, wording: str, terms: set[str]) -> frozenset[str]:
        """Topic terms written capitalised inside a sentence (not its first word, not an
        acronym, not the kind of an office or body): a name the user gives."""
        out: set[str] = set()
        for m in _CAPITALISED.finditer(wording):
            if m.start() == 0 or re.search(r"[.?!:]\s*$", wording[:m.start()]):
                continue  # a sentence's first word is capitalised whatever it is
            word = m.group(0)
            if fold_name(word) in OFFICE_KIND_WORDS or fold_name(word) in PUBLIC_BODY_WORDS:
                continue
            out |= set(self.analyzer.analyze(word)) & terms
        return frozenset(out)

    def _concept(self, word: str, q: str, terms: set[str]) -> frozenset[str]:
        """The topic terms that stand in for a colloquial word: itself and what its
        expansion adds, not the words the user wrote elsewhere in the question."""
        own = frozenset(self.analyzer.analyze(word))
        written = frozenset(self.analyzer.analyze(" ".join(x for x in q.split() if x not in word.split())))
        expansion = frozenset(self.analyzer.analyze(f"{word} {COLLOQUIAL[word]}"))
        return (expansion - (written - own)) & terms

    def _colloquial(self, words: list[str]) -> tuple[set[str], set[str]]:
        """(unused, used) stems of the colloquial words asked. The topic is stated in
        the plans' words (added to the query): a colloquial word no plan uses gives way to
        them; one some plan uses ("Servizio Ragioneria") stays, weighing as little as the
        least telling word."""
        stems = {t for w in words for t in self.analyzer.analyze(w)}
        _total, counts = self.retriever.catalog.term_frequencies(sorted(stems))
        return {t for t in stems if t not in counts}, {t for t in stems if t in counts}

    def _respell_labels(self, resolved: Resolved) -> Resolved:
        """A misspelt field label ("i dipendeti coinvolti", "gli indicatroi") read as
        the label, so that the field is asked: a word no passage contains and one or
        two edits from a single label word. (A word some passage contains is a word of
        its own, never a label's typo: "nazionale" is not "razionale".)"""
        # (so is a misspelt asking word, "gli assesori", "il responsabbile": one edit from
        # a single word questions use to ask)
        # (and a misspelt everyday word, "le rotonnde": one edit from a colloquial word)
        # (a capitalised word past the question's first is a name as the user writes it,
        # a comune's one edit from an asking word, never that word's typo)
        words = set(re.findall(r"[^\W\d_]{6,}", f"{resolved.question} {resolved.query}"))
        named = {m.group() for m in re.finditer(r"(?<=[\w,;:]\s)[A-ZÀ-Ý][^\W\d_]{5,}", resolved.question)}
        near = {w: label for w in words - named
                if (label := near_label(w) or _near_asking_word(w.casefold())
                    or _near_colloquial(w.casefold())) is not None}
        if not near:
            return resolved
        stems = {w: self.analyzer.analyze(w) for w in near}
        _total, counts = self.retriever.catalog.term_frequencies(sorted({t for ts in stems.values() for t in ts}))
        typos = {w: label for w, label in near.items() if stems[w] and not any(counts.get(t) for t in stems[w])}
        if not typos:
            return resolved
        rx = re.compile(r"\b(" + "|".join(map(re.escape, sorted(typos, key=len, reverse=True))) + r")\b")
        fix = lambda text: rx.sub(lambda m: typos[m.group(1)], text)  # noqa: E731
        return replace(resolved, question=fix(resolved.question), query=fix(resolved.query))

    def _retrieved_enti(self, query: str, weights: dict[str, float], every: list[list[str]],
                        count: int) -> tuple[str, ...]:
        """The `count` enti whose retrieved passages state more of the question's topic
        words (by weight) than any other ente's; () when no `count` of them stand out."""
        of = {doc: i for i, group in enumerate(every) for doc in group}
        best: dict[int, float] = {}
        for hit in self.retriever.searcher.search(query, _PLANS_POOL, None):
            if (i := of.get(hit.chunk.doc_id)) is not None:
                stems = set(self.analyzer.analyze(hit.chunk.text))
                best[i] = max(best.get(i, 0.0), sum(w for t, w in weights.items() if t in stems))
        ranked = sorted(best.items(), key=lambda x: -x[1])
        if len(ranked) < count or ranked[count - 1][1] <= 0 \
                or len(ranked) > count and ranked[count][1] >= ranked[count - 1][1]:
            return ()
        return tuple(",".join(every[i]) for i, _ in ranked[:count])

    def _uncovered(self, years: tuple[str, ...], groups: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        """The plans asked about (those of the ente named, else every plan loaded) when
        each year named lies outside every one's period: a plan covers its three
        years, so "gli interventi del 2028" asked of a 2025-2027 plan ask what it does
        not plan. () when a plan's period is unknown or one covers a year."""
        if not years:
            return ()
        asked = {d for g in groups for d in g.split(",")} or None
        plans = [(doc, period) for doc, period in self.retriever.periods().items() if asked is None or doc in asked]
        spans = [re.fullmatch(r"(20\d\d)\s*[-–/]\s*(20\d\d)", period) for _, period in plans]
        if not plans or not all(spans) or any(
                int(m.group(1)) <= int(y) <= int(m.group(2)) for m in spans if m for y in years):
            return ()
        return tuple(plans)

    def _which_noun(self, wording: str) -> str:
        """The stem of the noun right after "quali" / "quale", wherever it stands ("Progetto
        casa: quali criticità …"); not a field's label, whose field the frame carries."""
        m = _WHICH_NOUN.search(fold_name(wording.replace("'", " ").replace("’", " ")))
        if m is None or m.group(1) in self._generic or canonical_key(m.group(1), fuzzy=False) is not None:
            return ""
        stems = self.analyzer.analyze(m.group(1))
        return stems[0] if len(stems) == 1 else ""

    def _asked_noun(self, wording: str) -> tuple[str, str]:
        """The stem of the noun right after the interrogative ("quante biciclette…",
        "qual è l'orario…", "chi è il presidente…"): the thing the answer must be about.
        Field labels, answer-type cues and the words for an office's head are not
        checked this way: the frame's fields and types carry them."""
        q = fold_name(wording.replace("'", " ").replace("’", " "))
        m = _ASKED_NOUN.search(q)
        if m is None:
            return "", ""
        word = m.group(1)
        # a noun that opens a label of several words ("i portatori di interesse") is that label
        opens_label = any(fold_name(p).startswith(word + " ") for p in label_phrases(wording))
        if word in self._generic or word in _HEAD_ROLES or word in COLLOQUIAL or _APPOINTMENT.match(q, m.start(1)) \
                or canonical_key(word, fuzzy=False) is not None or opens_label or word == "persona" and _ONE_PERSON.search(q) \
                or re.fullmatch(_PLACE_KINDS, word):
            return "", ""
        if any(rx.search(word) for _kind, rx in _TYPE_CUES):
            return "", ""
        if asked_field(f"quali sono i {word}") or asked_field(f"quali sono le {word}") or classify(word).intents:
            # a word the questions use for a field ("i passaggi": its phases; "di chi è
            # la competenza": who is in charge), not a thing the plan must name
            return "", ""
        stems = self.analyzer.analyze(word)
        return (word, stems[0]) if len(stems) == 1 else ("", "")

    def _absent_thing(self, wording: str, absent: frozenset[str], asked: tuple[str, str]) -> str:
        """A noun the question names with an article ("il canile", "della piscina") that
        no indexed passage contains, even respelled: a thing the documents do not speak
        of. Words without an article (an adverb, "gratis"; a verb) may be paraphrase.
        The noun asked for ("il numero di telefono") is named first when it is absent."""
        if not absent:
            return ""
        if asked[1] in absent:
            return asked[0]
        q = _RATE.sub(" ", wording.casefold().replace("’", "'"))
        # (a capitalised word inside the question is a proper name's, "Sant'Anna", "Villa
        # Rosa": a name the plans may abbreviate, "S. Anna", not a thing they omit)
        names = {w.casefold() for w in re.findall(r"(?<=[\s'’(])[A-ZÀ-Ý][\w]*", wording.strip())}
        # (the noun right after "quale"/"quali" is a noun too: "quale ditta gestisce…";
        # so is a word after a bare preposition, "eventi di gemellaggio", and the object
        # of an infinitive, "installare defibrillatori")
        objects = list(_VERB_OBJECT.finditer(q))
        for m in [*_ARTICLED_NOUN.finditer(q), *_WHICH_NOUN.finditer(q), *_PREPOSITION_NOUN.finditer(q), *objects]:
            # (after an infinitive a participle says a state, "tenere aperta la sala": it
            # is named by any word of its family, "apertura", as an adjective is below)
            state = m in objects and _PARTICIPLE.search(m.group(1)) is not None and self._family_indexed(m.group(1))
            # (a descriptive adjective Italian sets before its noun, "i vecchi atti",
            # describes the thing named after it: it is no thing of its own)
            # (nor is an infinitive whose family the plans hold, "di ridurre i tempi" where
            # they write "riduzione": the act is named by its noun)
            act = (inf := _INFINITIVE.search(m.group(1))) is not None and len(root := fold_name(m.group(1)[:inf.start()])) >= 4 \
                and bool(self.retriever.catalog.rooted_terms(root))
            if set(self.analyzer.analyze(m.group(1))) & absent and not state and not act and m.group(1) not in names \
                    and not _BEFORE_NOUN.fullmatch(m.group(1)) \
                    and not self.retriever.catalog.extending_terms(fold_name(m.group(1))):
                # (a noun the plans state in a derived form, "sera" as "serale", is named)
                return m.group(1)
        for m in _QUALIFIED_NOUN.finditer(q):
            # the adjective no passage contains, nor any word of its family ("turistica"
            # where plans say "turismo"): the plans speak of the noun, not of this kind
            adjective = m.group(2)
            if set(self.analyzer.analyze(adjective)) & absent and not self._family_indexed(adjective):
                return f"{m.group(1)} {adjective}"
        return ""

    def _family_indexed(self, word: str) -> bool:
        """Whether a word of the word's family ("turismo" for "turistica") is indexed."""
        return bool(self.retriever.catalog.rooted_terms(fold_name(word)[:_FAMILY_ROOT]))

    def _cue_terms(self, wording: str) -> set[str]:
        """The words that cue the answer type ("percentuale", "costo", "scadenza") say
        what kind of answer is wanted, not what it is about: the answer shows a figure
        or a date, seldom the word."""
        q = fold_name(wording.replace("'", " "))
        # single words only: a phrase ("risorse finanziarie") may name an office
        cues = {m.group(0) for _kind, rx in _TYPE_CUES[:4] for m in rx.finditer(q) if " " not in m.group(0)}
        return {t for cue in cues for t in self.analyzer.analyze(cue)}

    def _topic_terms(self, query: str, spelt: frozenset[str] = frozenset()) -> set[str]:
        """Content terms (not generic words, not municipality names, which retrieval
        turns into filters); a word no passage contains adds the indexed words one or
        two edits away (a misspelling of them)."""
        names = [*self.retriever.aliases(), *self.retriever.place_names()]
        places = {t for name in names for t in self.analyzer.analyze(name)}
        words = re.findall(r"[\w.-]+|\S", query)
        content = " ".join(w for i, w in enumerate(words)
                           if w.casefold().strip("'’") not in self._generic or _field_complement(words, i))
        # (a place misspelt is respelled to the place, no topic either)
        return self._respell({t for t in self.analyzer.analyze_query(content) if t not in places}, content, spelt) - places

    def _respell(self, terms: set[str], content: str, spelt: frozenset[str] = frozenset()) -> set[str]:
        """Each term no passage contains (but those known `spelt` right) replaced by the
        indexed words one or two edits away, or by the word it most likely meant
        ("priorita": "priorità")."""
        catalog = self.retriever.catalog
        _total, counts = catalog.term_frequencies(sorted(terms))
        for t in [t for t in terms if t not in counts and t not in spelt]:
            if variants := catalog.spelling_variants(t):
                terms = (terms - {t}) | set(variants)
            elif fixed := self._respelled(t, content):
                terms = (terms - {t}) | {fixed}
        return terms

    def _respelled(self, term: str, text: str) -> str | None:
        """The indexed term a misspelt word most likely meant, found on the word itself:
        stemming can put a typo far from the right stem ("censimeto" → "censimet", but
        "censimento" → "cens"), so every one-edit variant of the word is stemmed and
        looked up; the most frequent indexed stem wins. In words under seven letters only
        a dropped or added letter counts: a changed one turns a short word into another
        word ("canile" → "canale")."""
        word = next((w for w in re.findall(r"[^\W\d_]+", text.casefold())
                     if len(w) >= 6 and self.analyzer.analyze(w) == [term]), None)
        fixed = self._best_edit(word) if word is not None else None
        return fixed[0] if fixed else None

    def _searchable(self, query: str, own: frozenset[str] = frozenset()) -> str:
        """The query searched: each word no passage contains, of six letters or more,
        written as the indexed word it most likely meant ("differenziatta" →
        "differenziata"), as the frame's terms already read it. (A search engine
        matches the word as written: the typo would find nothing.) The words the frame
        added for a colloquial one (`own`) are spelt right: a plan that lacks one
        ("politiche") does not make it a typo of another ("polizia")."""
        words = {w for w in re.findall(r"[^\W\d_]{6,}", query)} - own
        stems = {w: self.analyzer.analyze(w) for w in words}
        _total, counts = self.retriever.catalog.term_frequencies(sorted({t for ts in stems.values() for t in ts}))
        fixes = {w: fixed[1] for w in words if stems[w] and not any(counts.get(t) for t in stems[w])
                 and (fixed := self._best_edit(w.casefold()))}
        if not fixes:
            return query
        rx = re.compile(r"\b(" + "|".join(map(re.escape, sorted(fixes, key=len, reverse=True))) + r")\b")
        return rx.sub(lambda m: fixes[m.group(1)], query)

    def _best_edit(self, word: str) -> tuple[str, str] | None:
        """(indexed stem, the word one edit away that has it) for a misspelt word."""
        term = (self.analyzer.analyze(word) or [""])[0]
        letters = "abcdefghilmnopqrstuvz"
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        # (in the order typos are most often made: a letter doubled or added, two
        # swapped, one changed, one left out; the first edit giving a stem spells it)
        edits = [a + b[1:] for a, b in splits if b]
        edits += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
        short = len(word) < 7
        if not short:
            edits += [a + c + b[1:] for a, b in splits if b for c in letters]
        edits += [a + c + b for a, b in splits for c in letters]
        if word[-1] in "aeiou":  # typed without its accent ("priorita", "attivita")
            edits += [word[:-1] + v for v in "àèéìòù"]
        by_stem: dict[str, str] = {}
        # A misspelling keeps its first letter (as spelling checkers assume: one is
        # seldom mistyped at the start); an edit there turns a word into another
        # ("scritto" → "iscritto").
        for e in dict.fromkeys(e for e in edits if e[:1] == word[:1]):
            for st in self.analyzer.analyze(e):
                by_stem.setdefault(st, e)
        stems = set(by_stem) - {term}
        if short:  # and the fix keeps the stem ("canile" → "canie" is "can", a word of its own)
            stems = {st for st in stems if len(st) >= len(term) - 1}
        _total, counts = self.retriever.catalog.term_frequencies(sorted(stems))
        best = max(counts, key=lambda st: (counts[st], st), default=None)
        return (best, by_stem[best]) if best else None

    def _rarity(
        self, terms: set[str], verbs: set[str], predicates: set[str] | frozenset[str] = frozenset()
    ) -> tuple[dict[str, float], frozenset[str], frozenset[str], dict[str, int]]:
        """Inverse chunk frequency of each term (a rare term, "piscina", says more
        about what is asked than a common one, "servizio"), the nouns no passage
        contains, all the terms no passage contains, and how many passages hold each
        term (one frequency lookup)."""
        total, counts = self.retriever.catalog.term_frequencies(sorted(terms))
        weights = {t: math.log((total + 1) / (n + 0.5)) for t, n in counts.items() if t in terms}
        # A verb no passage contains is most often a paraphrase ("usare" for "uso"): it
        # weighs like the least telling topic word, so that it cannot veto an answer.
        # A noun no passage contains is a topic the documents lack ("canile"): it
        # weighs most.
        floor = min((w for t, w in weights.items() if t not in predicates), default=1.0)
        absent = math.log((total + 1) / 0.5)
        unindexed = frozenset(t for t in terms if t not in counts)
        out = {t: weights.get(t, floor if t in verbs else absent) for t in terms}
        weighted = {t: min(w, floor) if t in predicates else w for t, w in out.items()}
        return weighted, unindexed - verbs, unindexed, {t: n for t, n in counts.items() if t in terms}
