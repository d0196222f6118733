"""Drafts of new PIAO objectives, grounded in precedents from the corpus.

An employee gives a short intent ("digitalizzare l'archivio delle pratiche edilizie")
and, optionally, settore, responsabile, ente, periodo and the strategic objective it
serves. The draft is an `ObjectiveRecord` (doc_id "bozza") plus:

* a note per field saying where its value comes from — given by the user
  ("indicato"), composed from the intent ("composto"), taken from the precedents or a
  convention and still to be confirmed ("da confermare"), written by a model
  ("proposto dal modello"), or missing ("da definire", which is also the value);
* the precedents it drew on (document, page, title) and what was taken from each;
* suggestions: the precedents' own wording for motivation and expected value;
* names removed or flagged by the grounding check (`assistant.drafting.names`): a person the
  user did not give, or an office that neither the user nor the documents name,
  never stays in a draft;
* the SMART warnings (`assistant.drafting.smart`) and a description in the register of the
  documents.

`Drafter` composes the draft offline, by rules (no model): the title from the intent,
the phase pattern of the precedents (analisi → attuazione → verifica) timed by quarter
of the period's first year, their indicator types and targets, their generic
stakeholders. `assistant.drafting.llm_writer.LLMDrafter` asks a chat model instead and runs the
same checks on its reply.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict

from assistant.drafting.names import (
    AnyCorpus,
    PhraseCorpus,
    StaticCorpus,
    find_names,
    ungrounded_names,
)
from assistant.drafting.precedents import PrecedentFinder, ScoredRecord, record_text
from assistant.drafting.smart import TO_DEFINE, SmartWarning, check_smart, missing
from assistant.drafting.text import (
    clean_intent,
    indicator_unit,
    lower_first,
    object_phrase,
    quarter_span,
    starts_with_verb,
    title_from_intent,
)
from assistant.errors import DraftError
from ingest.align import clean_value
from ingest.models import Alignment, FieldSource, Indicator, ObjectiveRecord, Phase
from ingest.structure.text import fold, truncate

log = logging.getLogger(__name__)

DA_DEFINIRE = TO_DEFINE
DRAFT_DOC_ID = "bozza"
MAX_INTENT_CHARS = 500
MAX_FIELD_CHARS = 300
REQUIRED_FIELDS = (
    "ente", "periodo", "titolo", "obiettivo_strategico", "responsabile", "settore",
    "motivazione", "valore_atteso", "scadenza", "fasi", "indicatori", "stakeholder",
)


class Status(StrEnum):
    GIVEN = "indicato"  # typed by the user
    COMPOSED = "composto"  # built from the intent by the drafting rules
    SUGGESTED = "da confermare"  # from the precedents or a convention: to confirm
    MODEL = "proposto dal modello"  # written by a chat model, then checked
    UNDEFINED = "da definire"  # nothing to go on: the user must fill it in


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_PERIOD_RE = re.compile(r"^\s*(20\d\d)\s*(?:[-/–]\s*(20\d\d)\s*)?$")


class DraftRequest(_Frozen):
    """What the user asks for; optional fields are None when not given."""

    intento: str
    settore: str | None = None
    responsabile: str | None = None
    ente: str | None = None
    periodo: str | None = None  # "2026-2028"
    strategico: str | None = None  # the strategic objective (DUP) the new one serves

    @classmethod
    def build(
        cls,
        intento: str,
        settore: str | None = None,
        responsabile: str | None = None,
        ente: str | None = None,
        periodo: str | None = None,
        strategico: str | None = None,
    ) -> DraftRequest:
        """A checked request: blank fields become None, the period "YYYY-YYYY".

        Raises:
            DraftError: no intent, an over-long value, or a period that is not years.
        """
        text = clean_intent(intento or "")
        if len(re.findall(r"\w+", text)) < 2:
            raise DraftError(
                "Descrivi in poche parole l'obiettivo da scrivere (es. «digitalizzare "
                "l'archivio delle pratiche edilizie»).",
                detail=f"intent too short: {intento!r}",
            )
        if len(text) > MAX_INTENT_CHARS:
            raise DraftError(
                f"La descrizione dell'obiettivo è troppo lunga ({len(text)} caratteri, massimo "
                f"{MAX_INTENT_CHARS}): riassumila in una frase.",
                detail=f"intent of {len(text)} chars",
            )
        given: dict[str, str | None] = {}
        for name, value in (
            ("settore", settore), ("responsabile", responsabile), ("ente", ente), ("strategico", strategico)
        ):
            value = " ".join((value or "").split()) or None
            if value and len(value) > MAX_FIELD_CHARS:
                raise DraftError(
                    f"Il campo «{name}» è troppo lungo (massimo {MAX_FIELD_CHARS} caratteri).",
                    detail=f"{name} of {len(value)} chars",
                )
            given[name] = value
        period = None
        if periodo and periodo.strip():
            m = _PERIOD_RE.match(periodo)
            if m is None:
                raise DraftError(
                    f"Periodo non valido: «{periodo}». Indicare gli anni, es. 2026-2028.",
                    detail=f"periodo={periodo!r}",
                )
            first = int(m.group(1))
            last = int(m.group(2)) if m.group(2) else first + 2
            if last < first:
                raise DraftError(
                    f"Periodo non valido: «{periodo}» (l'anno finale precede quello iniziale).",
                    detail=f"periodo={periodo!r}",
                )
            period = f"{first}-{last}"
        return cls(intento=text, periodo=period, **given)

    def given_text(self) -> str:
        """Everything the user typed, for the grounding of names."""
        return "\n".join(
            v for v in (self.intento, self.settore, self.responsabile, self.ente, self.periodo, self.strategico) if v
        )


class FieldNote(_Frozen):
    status: Status
    precedents: tuple[int, ...] = ()  # numbers of the precedents the value comes from
    detail: str = ""  # Italian: what exactly was taken, or why a value is missing


class Suggestion(_Frozen):
    """A precedent's own wording for a field, shown next to the draft's value."""

    campo: str
    testo: str
    precedente: int


class Precedent(_Frozen):
    """An existing objective the draft drew on, cited by document and page."""

    n: int
    doc_id: str
    page: int
    titolo: str
    ente: str | None = None
    periodo: str | None = None
    score: float = 0.0
    shared: tuple[str, ...] = ()  # the intent's words it contains
    taken: tuple[str, ...] = ()  # Italian: what the draft took from it
    record: ObjectiveRecord

    @property
    def citation(self) -> str:
        return f"{self.doc_id}, pag. {self.page}"


class FlaggedName(_Frozen):
    """A name found in the draft that nothing grounds."""

    campo: str
    nome: str
    tipo: str  # "persona", "ufficio", "nome"
    azione: Literal["rimosso", "da verificare"]
    motivo: str  # Italian

    @property
    def message(self) -> str:
        return f"«{self.nome}» ({self.campo}): {self.motivo} — {self.azione}."


class Draft(_Frozen):
    request: DraftRequest
    record: ObjectiveRecord
    notes: dict[str, FieldNote]
    suggestions: tuple[Suggestion, ...] = ()
    description: str
    precedents: tuple[Precedent, ...] = ()
    smart: tuple[SmartWarning, ...] = ()
    flagged: tuple[FlaggedName, ...] = ()
    mode: str  # "offline" or "llm:<model>"
    warnings: tuple[str, ...] = ()  # Italian: fallback, no precedents, …

    def status(self, path: str) -> Status:
        note = self.notes.get(path)
        return note.status if note else Status.UNDEFINED

    def undefined_fields(self) -> list[str]:
        """Required fields the user still has to define."""
        r = self.record
        out = [f for f in REQUIRED_FIELDS if f not in ("fasi", "indicatori", "stakeholder") and missing(getattr(r, f))]
        if not r.fasi:
            out.append("fasi")
        if not r.indicatori:
            out.append("indicatori")
        if not r.stakeholder or all(missing(s) for s in r.stakeholder):
            out.append("stakeholder")
        return out


class DraftWriter(Protocol):
    """Anything that turns a request into a draft (offline rules or a model)."""

    @property
    def mode(self) -> str: ...

    def draft(self, request: DraftRequest) -> Draft: ...


# -- work in progress -------------------------------------------------------------------
@dataclass
class Item:
    """A phase (text, timing) or an indicator (name, target) being drafted."""

    text: str
    second: str
    note: FieldNote


@dataclass
class Work:
    """A draft being composed: plain values and their notes, checked by `finish`."""

    values: dict[str, str]  # scalar fields of the record
    notes: dict[str, FieldNote]  # scalar fields and "stakeholder"
    fasi: list[Item] = field(default_factory=list)
    indicatori: list[Item] = field(default_factory=list)
    stakeholder: list[str] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    taken: dict[int, list[str]] = field(default_factory=dict)
    flagged: list[FlaggedName] = field(default_factory=list)
    description: str | None = None  # a model's description (None: composed by rules)

    def take(self, n: int, what: str) -> None:
        items = self.taken.setdefault(n, [])
        if what not in items:
            items.append(what)


# -- phases -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Stage:
    key: str
    cues: tuple[str, ...]  # first words (folded prefixes) of precedent phases in this stage
    quarters: tuple[int, int]


STAGES: tuple[Stage, ...] = (
    Stage("analisi", ("ANALI", "RICOGNI", "RILEV", "MAPPA", "PIANIFIC", "PROGRAMM", "SELEZION",
                      "STUDI", "CENSIM", "INDIVIDUA", "DEFINIZ", "DEFINIR", "PREDISPO", "PROGETTA",
                      "INDAGIN", "VALUTAZIONE PRELIM", "RACCOLTA DATI", "APPROFONDIM"), (1, 1)),
    Stage("formazione", ("FORMAZIONE DEL PERSONALE", "FORMAZIONE PERSONALE", "FORMAZIONE DEI DIPENDENTI",
                         "FORMAZIONE AL PERSONALE", "FORMAZIONE DEGLI OPERATORI", "FORMAZIONE INTERNA",
                         "SESSIONI FORMATIV", "CORSI DI FORMAZIONE", "CORSO DI FORMAZIONE", "ADDESTRAMENTO",
                         "ACCREDITAMENTO", "AGGIORNAMENTO DEL PERSONALE"), (1, 2)),
    Stage("attuazione", (), (2, 3)),
    Stage("comunicazione", ("COMUNICA", "INFORMA", "PUBBLICIZZ", "SENSIBILIZZ", "CAMPAGN", "DIVULGA",
                            "DIFFUSION", "PROMOZION"), (3, 3)),
    Stage("verifica", ("REPORT", "MONITOR", "VERIFIC", "CONTROLL", "RENDICONT", "CUSTOMER", "COLLAUD",
                       "VALUTAZ", "RELAZION", "GRADIMENT", "ANALISI DEI RISULTATI"), (4, 4)),
)
_STAGE_BY_KEY = {s.key: s for s in STAGES}
_ALWAYS = ("analisi", "attuazione", "verifica")
PHASE_PRECEDENTS = 2  # the phase pattern comes from the closest precedents with phases


def stage_of(phase: str) -> str:
    """Which stage of the analisi → attuazione → verifica pattern a phase belongs to."""
    head = fold(phase)
    if head.startswith(("ANALISI DEI RISULTATI", "VERIFICA DEI RISULTATI")):
        return "verifica"
    for stage in STAGES:
        if stage.cues and head.startswith(stage.cues):
            return stage.key
    return "attuazione"


# -- indicators -------------------------------------------------------------------------
_TARGET_TAIL_RE = re.compile(r"\s+-\s*target\b.*$", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"\s*\.\s+(?=[A-ZÀ-Ý])")
_MEANS_RE = re.compile(r"\s+(?:tramite|attraverso|mediante|grazie a)\s+", re.IGNORECASE)
_COUNT_PAREN_RE = re.compile(r"\s*\([^()]*(?:\d|\bn\.)[^()]*\)")
_COUNT_TAIL_RE = re.compile(r"\s+N\.\s[^=]*=\s*[\d.,]+\s*$|\s+(?:n\.|N)$")
_OFFICE_HEAD_RE = re.compile(r"(?i)^(?:settore|area|ufficio|servizio|u\.\s?o\.)\b")
_NUM_RE = re.compile(r"\d+(?:[.,]\d+)?")
# A schedule-compliance indicator ("% rispetto fasi e tempi", "rispetto del
# cronoprogramma", "scadenze rispettate") fits any objective with phases, whatever
# the plan calls it: recognised by its concept words, not by one plan's spelling.
_SCHEDULE_COMPLIANCE_RE = re.compile(
    r"\b(?:RISPETT\w*|CONFORMIT\w*|ADERENZA)\b.*\b(?:FAS[EI]|TEMPI\w*|CRONOPROGRAMMA|SCADENZ\w*)\b"
    r"|\b(?:SCADENZ\w*|FAS[EI]|TEMPI)\b.*\bRISPETTAT\w*"
)


_NAMED_TARGET_RE = re.compile(
    r"(?P<name>.+?)\s+-\s*target\s+(?P<target>[\d.,]+\s*%?|s[iì]|no)(?=\s|;|,|$)[\s;,]*", re.IGNORECASE
)
_UNIT_PREFIX_RE = re.compile(r"^(?:Settore|Area)\s+\d+\.?\s*[^%]*?(?=%)", re.IGNORECASE)
_UNIT_SUFFIX_RE = re.compile(r"\s+(?:del(?:lo)?\s+)?(?:Settore|Servizio|Area)$", re.IGNORECASE)


def indicator_parts(name: str, target: str | None) -> list[tuple[str, str | None]]:
    """(name, target) pairs of one indicator cell: a cell may list several indicators,
    each written "name - target X", under a settore heading ("Settore 2. Finanziario
    % rispetto fasi e tempi - target 100% Indice tempestività pagamenti - target 0")."""
    text = _UNIT_PREFIX_RE.sub("", clean_value(name))
    parts: list[tuple[str, str | None]] = []
    pos = 0
    for m in _NAMED_TARGET_RE.finditer(text):
        parts.append((m.group("name"), m.group("target").replace(" ", "")))
        pos = m.end()
    if not parts:
        return [(text, target)]
    rest = text[pos:].strip(" ;,")
    if rest:
        parts.append((rest, None))
    return parts


def clean_indicator(name: str) -> str | None:
    """A precedent's indicator as a reusable type: no counts or settore specific to the
    other municipality, one sentence; None when nothing reusable is left."""
    text = clean_value(name)
    text = _TARGET_TAIL_RE.sub("", text)
    text = _SENTENCE_RE.split(text, maxsplit=1)[0]
    if len(text) > 60:  # "Incremento della % di raccolta differenziata tramite …": the means go
        text = _MEANS_RE.split(text, maxsplit=1)[0]
    text = _COUNT_PAREN_RE.sub("", text)
    text = _COUNT_TAIL_RE.sub("", text)
    text = _UNIT_SUFFIX_RE.sub("", text.strip(" .;:-–")).strip(" .;:-–")
    if not 4 <= len(text) <= 110 or _OFFICE_HEAD_RE.match(text):
        return None
    if any(n.kind in ("persona", "ufficio") for n in find_names(text)):
        return None
    return text


def adapt_target(target: str | None, unit: str | None, deadline: str) -> str | None:
    """A precedent's target for the new objective: dates become the draft's deadline,
    numbers keep their unit; None when the precedent gives none."""
    if unit == "data":
        return deadline
    if not target or not target.strip():
        return None
    target = clean_value(target)
    number = _NUM_RE.search(target)
    if unit == "%" and number:
        return f"{number.group(0)}%"
    if unit == "n." and number and not target.casefold().startswith("n"):
        return f"n. {number.group(0)}"
    return target


# -- stakeholders -----------------------------------------------------------------------
GENERIC_STAKEHOLDERS = (
    "CITTADIN", "IMPRES", "AZIEND", "PROFESSIONIST", "ASSOCIAZION", "SCUOL", "STUDENT", "FAMIGLI",
    "GENITOR", "UTENT", "ANZIAN", "GIOVAN", "MINOR", "RAGAZZ", "BAMBIN", "DIPENDENT", "PERSONALE",
    "UFFICI", "ENTI", "AMMINISTRATOR", "AMMINISTRAZION", "OPERATOR", "COMMERCIANT", "ESERCENT",
    "CONTRIBUENT", "FORNITOR", "VOLONTAR", "PERSONE CON DISABILIT", "DISABIL", "TURIST", "VISITATOR",
    "LETTOR", "SPORTIV", "SOCIETA SPORTIV", "ORGANI ", "CONSIGLIER", "COMUNITA", "POPOLAZION",
    "UTENZA", "NUCLEI", "CAREGIVER", "UTILIZZATOR", "RESIDENT", "ENTI TERZI", "TECNICI",
)
_INTENT_STAKEHOLDERS = (
    "CITTADIN", "IMPRES", "AZIEND", "PROFESSIONIST", "ASSOCIAZION", "STUDENT", "FAMIGLI", "GENITOR",
    "UTENT", "ANZIAN", "GIOVAN", "MINOR", "RAGAZZ", "BAMBIN", "DIPENDENT", "COMMERCIANT", "ESERCENT",
    "CONTRIBUENT", "FORNITOR", "VOLONTAR", "TURIST", "RESIDENT", "CAREGIVER",
)
MAX_STAKEHOLDERS = 6


def is_generic_stakeholder(value: str) -> bool:
    """A category of people ("cittadini", "Uffici dell'Ente"), not a named body."""
    key = fold(value)
    if not key.startswith(GENERIC_STAKEHOLDERS):
        return False
    # "Associazione Amici del Parco" names one association: capitalised words after
    # the first make it a proper name
    return not any(n.kind in ("persona", "nome") for n in find_names(value))


def _stakeholder_form(value: str) -> str:
    value = clean_value(value).strip(" .;:")
    return lower_first(value) if value[:1].isupper() and not value[:2].isupper() else value


# -- the offline drafter ----------------------------------------------------------------
class Drafter:
    """Offline drafting: the draft composed by rules from the intent and the precedents.

    Args:
        finder: finds the precedents among the stored records.
        corpus: the indexed documents, for the grounding of names.
        max_precedents: precedents per draft.
        today: the date that picks the default period (the triennium starting next year).
    """

    def __init__(
        self,
        finder: PrecedentFinder,
        corpus: PhraseCorpus,
        max_precedents: int = 4,
        today: Callable[[], date] = date.today,
    ) -> None:
        if not 1 <= max_precedents <= 10:
            raise ValueError(f"max_precedents must be in 1..10, got {max_precedents}")
        self.finder = finder
        self.corpus = corpus
        self.max_precedents = max_precedents
        self.today = today

    @property
    def mode(self) -> str:
        return "offline"

    def precedents(self, request: DraftRequest) -> list[Precedent]:
        """The precedents of a request, numbered from 1 (whatever the ente: precedents
        are written by other municipalities too)."""
        found = self.finder.find(request.intento, k=self.max_precedents)
        return [to_precedent(n, s) for n, s in enumerate(found, start=1)]

    def draft(self, request: DraftRequest) -> Draft:
        precedents = self.precedents(request)
        return self.compose(request, precedents)

    def compose(
        self, request: DraftRequest, precedents: Sequence[Precedent], warnings: Sequence[str] = ()
    ) -> Draft:
        """The offline draft for `request` from the given precedents."""
        work = compose_work(request, precedents, self.finder, self.default_period())
        extra = list(warnings)
        if not precedents:
            extra.append(
                "Nessun obiettivo simile nei documenti caricati: la bozza usa una struttura "
                "standard (analisi, attuazione, verifica) e va completata."
            )
        return finish(request, work, precedents, self.corpus, mode="offline", warnings=extra)

    def default_period(self) -> str:
        year = self.today().year + 1
        return f"{year}-{year + 2}"


def to_precedent(n: int, s: ScoredRecord) -> Precedent:
    r = s.record
    title_source = r.sources.get("titolo")
    page = title_source.page if title_source is not None and title_source.alignment != Alignment.NONE else r.page
    return Precedent(
        n=n, doc_id=r.doc_id, page=page, titolo=r.titolo or "", ente=r.ente, periodo=r.periodo,
        score=s.score, shared=s.shared, record=r,
    )


def _same_ente(ente: str | None, record: ObjectiveRecord) -> bool:
    if not ente or not record.ente:
        return False
    key = fold(ente).removeprefix("COMUNE DI ").strip()
    return bool(key) and key in fold(record.ente)


def _usable_wording(text: str | None) -> str | None:
    """A precedent's motivation / expected value worth showing: complete, not a stub."""
    if not text:
        return None
    text = clean_value(text)
    if len(text) < 30 or text.endswith(":"):
        return None
    if len(text) > 320:
        cut = text[:320]
        end = max(cut.rfind(". "), cut.rfind("; "))
        text = cut[: end + 1] if end > 120 else truncate(text, 320)
    return text


def compose_work(
    request: DraftRequest,
    precedents: Sequence[Precedent],
    finder: PrecedentFinder,
    default_period: str,
) -> Work:
    """The offline composition rules (see the module doc)."""
    notes: dict[str, FieldNote] = {}
    values: dict[str, str] = {}
    work = Work(values=values, notes=notes)

    def put(name: str, value: str | None, note: FieldNote) -> None:
        if missing(value):
            values[name] = DA_DEFINIRE
            notes[name] = FieldNote(status=Status.UNDEFINED, detail=note.detail if note.status == Status.UNDEFINED else "")
        else:
            values[name] = value or ""
            notes[name] = note

    given = FieldNote(status=Status.GIVEN)
    undefined = FieldNote(status=Status.UNDEFINED)
    # who, where, when
    put("ente", request.ente, given)
    if request.periodo:
        put("periodo", request.periodo, given)
    else:
        put("periodo", default_period, FieldNote(
            status=Status.SUGGESTED, detail="triennio che inizia l'anno prossimo: indicare il periodo del PIAO",
        ))
    first_year = int(values["periodo"][:4])
    put("responsabile", request.responsabile, given if request.responsabile else undefined)
    if request.settore:
        put("settore", request.settore, given)
    elif request.responsabile and re.match(r"(?i)^(?:settore|area|servizio|ufficio)\b", request.responsabile):
        put("settore", request.responsabile, FieldNote(status=Status.GIVEN, detail="dal responsabile indicato"))
    else:
        put("settore", None, undefined)
    deadline = f"31/12/{first_year}"
    put("scadenza", deadline, FieldNote(
        status=Status.SUGGESTED, detail=f"fine del primo anno del periodo ({first_year}), come nei precedenti",
    ))

    # what
    title = title_from_intent(request.intento)
    put("titolo", title, FieldNote(status=Status.COMPOSED, detail="dall'intento"))
    _strategic(request, precedents, work)
    intent_clause = lower_first(clean_intent(request.intento))
    if starts_with_verb(request.intento):
        motive = f"L'obiettivo si propone di {intent_clause}."
    else:
        motive = f"L'obiettivo riguarda: {intent_clause}."
    motive += " Le ragioni specifiche dell'Ente (bisogno rilevato, situazione di partenza) sono da precisare."
    put("motivazione", motive, FieldNote(status=Status.COMPOSED, detail="frase tipo costruita dall'intento"))
    put("valore_atteso", f"{title} entro il {deadline}, con il raggiungimento dei target degli indicatori.",
        FieldNote(status=Status.COMPOSED, detail="frase tipo costruita dall'intento e dalla scadenza"))
    for name, attr in (("motivazione", "motivazione"), ("valore_atteso", "valore_atteso")):
        shown = 0
        for p in precedents:
            wording = _usable_wording(getattr(p.record, attr))
            if wording and shown < 2:
                work.suggestions.append(Suggestion(campo=name, testo=wording, precedente=p.n))
                work.take(p.n, f"{name.replace('_', ' ')} (come suggerimento)")
                shown += 1

    _stakeholders(request, precedents, work)
    _phases(request, precedents, work, title, first_year)
    _indicators(request, precedents, work, finder, deadline)
    return work


def _strategic(request: DraftRequest, precedents: Sequence[Precedent], work: Work) -> None:
    if request.strategico:
        work.values["obiettivo_strategico"] = request.strategico
        work.notes["obiettivo_strategico"] = FieldNote(status=Status.GIVEN)
        return
    same = next((p for p in precedents if p.record.obiettivo_strategico and _same_ente(request.ente, p.record)), None)
    if same is not None:
        work.values["obiettivo_strategico"] = clean_value(same.record.obiettivo_strategico or "")
        work.notes["obiettivo_strategico"] = FieldNote(
            status=Status.SUGGESTED, precedents=(same.n,),
            detail=f"collegamento dell'obiettivo simile dello stesso ente [{same.n}]: verificarlo nel DUP vigente",
        )
        work.take(same.n, "collegamento all'obiettivo strategico")
        return
    work.values["obiettivo_strategico"] = DA_DEFINIRE
    work.notes["obiettivo_strategico"] = FieldNote(
        status=Status.UNDEFINED, detail="indicare l'obiettivo strategico del DUP dell'ente",
    )
    shown: set[str] = set()
    for p in precedents:
        text = clean_value(p.record.obiettivo_strategico or "")
        if text and fold(text) not in shown and len(shown) < 2:
            work.suggestions.append(Suggestion(campo="obiettivo_strategico", testo=text, precedente=p.n))
            shown.add(fold(text))


def _stakeholders(request: DraftRequest, precedents: Sequence[Precedent], work: Work) -> None:
    found: list[str] = []
    refs: list[int] = []
    keys: set[str] = set()

    def add(value: str) -> bool:
        form = _stakeholder_form(value)
        key = fold(form)
        if not key or key in keys or len(found) >= MAX_STAKEHOLDERS:
            return False
        keys.add(key)
        found.append(form)
        return True

    from_intent = [
        w for w in re.findall(r"[\w']+", request.intento) if fold(w).startswith(_INTENT_STAKEHOLDERS)
    ]
    for word in from_intent:
        add(word)
    for p in precedents:
        taken = [s for s in p.record.stakeholder if is_generic_stakeholder(s) and add(s)]
        if taken:
            refs.append(p.n)
            work.take(p.n, "stakeholder: " + ", ".join(_stakeholder_form(s) for s in taken))
    if not found:
        work.stakeholder = [DA_DEFINIRE]
        work.notes["stakeholder"] = FieldNote(
            status=Status.UNDEFINED, detail="nessuna categoria generica nell'intento né nei precedenti",
        )
        return
    work.stakeholder = found
    parts = []
    if from_intent:
        parts.append("dall'intento")
    if refs:
        parts.append("categorie dei precedenti " + ", ".join(f"[{n}]" for n in refs))
    work.notes["stakeholder"] = FieldNote(
        status=Status.SUGGESTED if refs else Status.COMPOSED, precedents=tuple(refs), detail="; ".join(parts),
    )


def _phases(
    request: DraftRequest, precedents: Sequence[Precedent], work: Work, title: str, year: int
) -> None:
    examples: dict[str, list[tuple[int, str]]] = {s.key: [] for s in STAGES}
    for p in [p for p in precedents if p.record.fasi][:PHASE_PRECEDENTS]:
        for phase in p.record.fasi:
            text = clean_value(phase.descrizione)
            if text:
                examples[stage_of(text)].append((p.n, text))
    wanted = [s.key for s in STAGES if s.key in _ALWAYS or examples[s.key]]
    if stage_of(title) in wanted and stage_of(title) != "attuazione":
        wanted.remove(stage_of(title))  # the objective itself is that stage (e.g. training)
    obj = object_phrase(request.intento)
    if obj:
        # what the action is on, without the means ("… con attività di doposcuola")
        obj = re.split(r"\s+(?:con|tramite|attraverso|mediante|anche|al fine|per)\s+", obj, maxsplit=1)[0]
    audience = ", ".join([s for s in work.stakeholder if not missing(s)][:3]) or "destinatari"
    labels = {
        "analisi": (
            "Analisi dei fabbisogni e pianificazione delle attività" if stage_of(title) == "formazione"
            else f"Analisi dello stato attuale {obj} e pianificazione delle attività" if obj
            else "Analisi della situazione di partenza e pianificazione delle attività"
        ),
        "formazione": "Formazione del personale coinvolto",
        "attuazione": title,
        "comunicazione": f"Informazione e comunicazione ({audience})",
        "verifica": "Verifica dei risultati raggiunti e rendicontazione",
    }
    any_examples = any(examples.values())
    for key in wanted:
        stage = _STAGE_BY_KEY[key]
        seen = examples[key][:2]
        refs = tuple(dict.fromkeys(n for n, _ in seen))
        if seen:
            detail = "come nei precedenti: " + "; ".join(f"[{n}] «{truncate(t, 90)}»" for n, t in seen)
            for n, t in seen:
                work.take(n, f"fase «{truncate(t, 70)}» ({key})")
        elif any_examples:
            detail = "fase dello schema analisi → attuazione → verifica (non presente nei precedenti)"
        else:
            detail = "schema standard analisi → attuazione → verifica: i precedenti non riportano le fasi"
        work.fasi.append(Item(
            text=labels[key],
            second=quarter_span(*stage.quarters, year),
            note=FieldNote(status=Status.SUGGESTED, precedents=refs, detail=detail),
        ))


@dataclass
class _Candidate:
    name: str
    original: str
    target: str | None
    unit: str | None
    precedent: int
    topical: bool


def _indicators(
    request: DraftRequest,
    precedents: Sequence[Precedent],
    work: Work,
    finder: PrecedentFinder,
    deadline: str,
) -> None:
    topic = finder.topic_terms(request.intento)
    topic_terms = {t for terms in topic.values() for t in terms}
    candidates: dict[str, _Candidate] = {}
    order: list[str] = []
    pairs = [
        (p.n, ind.nome, raw_name, raw_target)
        for p in precedents
        for ind in p.record.indicatori
        for raw_name, raw_target in indicator_parts(ind.nome, ind.target)
    ]
    for n, original, raw_name, raw_target in pairs:
        name = clean_indicator(raw_name)
        if name is None:
            continue
        key = " ".join(sorted(set(finder.analyzer.analyze(name)))) or fold(name)
        unit = indicator_unit(name, raw_target)
        target = adapt_target(raw_target, unit, deadline)
        if key in candidates:
            if candidates[key].target is None and target is not None:
                candidates[key].target = target
            continue
        topical = bool(set(finder.analyzer.analyze(name)) & topic_terms)
        candidates[key] = _Candidate(name, clean_value(original), target, unit, n, topical)
        order.append(key)
    chosen: list[_Candidate] = [candidates[k] for k in order if candidates[k].topical][:2]
    standard = [candidates[k] for k in order if _SCHEDULE_COMPLIANCE_RE.search(fold(candidates[k].name))]
    chosen += [c for c in standard[:1] if c not in chosen]
    for k in order:
        if len(chosen) >= 3:
            break
        c = candidates[k]
        if c not in chosen and c.precedent == (precedents[0].n if precedents else 0):
            chosen.append(c)
    for c in chosen[:4]:
        same = c.original == c.name
        detail = f"dal precedente [{c.precedent}]" + ("" if same else f": «{truncate(c.original, 100)}»")
        if c.target is not None and c.unit != "data":
            detail += f"; target del precedente ({c.target}), riferito a quell'ente"
        work.indicatori.append(Item(
            text=c.name,
            second=c.target or DA_DEFINIRE,
            note=FieldNote(status=Status.SUGGESTED, precedents=(c.precedent,), detail=detail),
        ))
        work.take(c.precedent, f"indicatore «{truncate(c.name, 70)}»" + (" con target" if c.target else ""))
    units = {indicator_unit(i.text, i.second) for i in work.indicatori}
    if not work.indicatori:
        work.indicatori.append(Item(
            text="% di fasi completate nei tempi previsti",
            second="100%",
            note=FieldNote(status=Status.SUGGESTED, detail="indicatore standard: i precedenti non hanno indicatori riutilizzabili"),
        ))
    if "data" not in units:
        work.indicatori.append(Item(
            text="Data di completamento dell'obiettivo",
            second=deadline,
            note=FieldNote(status=Status.SUGGESTED, detail="indicatore di tempo standard: la scadenza dell'obiettivo"),
        ))


# -- checks and the final draft ---------------------------------------------------------
def ground_names(work: Work, request: DraftRequest, corpus: PhraseCorpus) -> None:
    """Remove people and offices nothing grounds; flag other unknown proper names.

    Values the user gave are never touched. A scalar value that fails becomes "da
    definire", a failing phase / indicator / stakeholder / suggestion is dropped.
    """
    given = request.given_text()

    def failing(path: str, text: str) -> bool:
        """True when `text` must go; records every problem found."""
        drop = False
        for u in ungrounded_names(text, given, corpus):
            hard = u.span.kind in ("persona", "ufficio")
            work.flagged.append(FlaggedName(
                campo=path, nome=u.span.text, tipo=u.span.kind,
                azione="rimosso" if hard else "da verificare", motivo=u.reason,
            ))
            drop = drop or hard
        return drop

    for name in list(work.values):
        note = work.notes.get(name)
        if note is not None and note.status == Status.GIVEN:
            continue
        if failing(name, work.values[name]):
            work.values[name] = DA_DEFINIRE
            work.notes[name] = FieldNote(status=Status.UNDEFINED, detail="il valore proposto conteneva un nome non verificabile")
    for list_name, items in (("fasi", work.fasi), ("indicatori", work.indicatori)):
        kept = [it for n, it in enumerate(items) if not failing(f"{list_name}[{n}]", f"{it.text} — {it.second}")]
        items[:] = kept
    work.stakeholder = [
        s for n, s in enumerate(work.stakeholder) if not failing(f"stakeholder[{n}]", s)
    ] or [DA_DEFINIRE]
    work.suggestions = [
        s for s in work.suggestions if not failing(f"suggerimento {s.campo} [{s.precedente}]", s.testo)
    ]
    if work.description:
        sentences = re.split(r"(?<=[.!?])\s+", work.description)
        kept_sentences = [s for s in sentences if not failing("descrizione", s)]
        work.description = " ".join(kept_sentences) or None


def describe(record: ObjectiveRecord) -> str:
    """The draft as prose, in the register of the documents."""

    def val(v: str | None) -> str:
        return v if not missing(v) else DA_DEFINIRE

    parts: list[str] = [f"{val(record.titolo)}."]
    link = (
        f"collegato all'obiettivo strategico «{record.obiettivo_strategico}»"
        if not missing(record.obiettivo_strategico)
        else "il cui collegamento con gli obiettivi strategici del DUP è da definire"
    )
    who = " / ".join(dict.fromkeys(v for v in (record.settore, record.responsabile) if not missing(v)))
    to = "ad" if who[:1].casefold() in "aeiou" else "a"
    assigned = f"è assegnato {to} {who}" if who else "ha un responsabile da definire"
    period = f" per il periodo {record.periodo}" if not missing(record.periodo) else ""
    ente = f" del {record.ente}" if not missing(record.ente) and fold(record.ente or "").startswith("COMUNE") else (
        f" dell'ente {record.ente}" if not missing(record.ente) else ""
    )
    parts.append(f"L'obiettivo operativo{ente}, {link}, {assigned}{period}.")
    if not missing(record.motivazione):
        parts.append(record.motivazione or "")
    if record.fasi:
        steps = [
            f"{lower_first(p.descrizione)}, {p.tempistica if not missing(p.tempistica) else 'tempi da definire'}"
            for p in record.fasi
        ]
        joined = "; ".join(steps[:-1]) + (f"; infine, {steps[-1]}" if len(steps) > 1 else steps[-1])
        parts.append(f"Le attività si articolano nelle seguenti fasi: {joined}.")
    if not missing(record.scadenza):
        parts.append(f"La conclusione è prevista entro il {record.scadenza}.")
    if record.indicatori:
        measures = "; ".join(
            f"{i.nome} (target: {i.target if not missing(i.target) else DA_DEFINIRE})" for i in record.indicatori
        )
        parts.append(f"Il raggiungimento è misurato dai seguenti indicatori: {measures}.")
    if not missing(record.valore_atteso):
        parts.append(f"Valore atteso: {lower_first(record.valore_atteso or '')}")
    holders = [s for s in record.stakeholder if not missing(s)]
    parts.append(f"Portatori di interesse: {', '.join(holders)}." if holders else "Portatori di interesse: da definire.")
    return " ".join(p.strip() for p in parts if p.strip())


def draft_id(request: DraftRequest, mode: str) -> str:
    raw = f"{mode}:{request.model_dump_json()}".encode()
    return hashlib.sha256(raw).hexdigest()[:24]


def finish(
    request: DraftRequest,
    work: Work,
    precedents: Sequence[Precedent],
    corpus: PhraseCorpus,
    mode: str,
    warnings: Sequence[str] = (),
) -> Draft:
    """Grounding checks, the record, its description and the SMART warnings."""
    # what the precedents say is in the corpus by construction: checked first, cheaply
    known = StaticCorpus(record_text(p.record) + " " + " ".join(p.record.stakeholder) for p in precedents)
    ground_names(work, request, AnyCorpus(known, corpus))
    v = work.values
    notes = dict(work.notes)
    if not work.fasi:
        notes["fasi"] = FieldNote(status=Status.UNDEFINED, detail="nessuna fase: indicarne almeno una")
    if not work.indicatori:
        notes["indicatori"] = FieldNote(status=Status.UNDEFINED, detail="nessun indicatore: indicarne almeno uno")
    for n, it in enumerate(work.fasi):
        notes[f"fasi[{n}]"] = it.note
    for n, it in enumerate(work.indicatori):
        notes[f"indicatori[{n}]"] = it.note

    def value(name: str) -> str:
        return v.get(name) or DA_DEFINIRE

    record = ObjectiveRecord(
        id=draft_id(request, mode),
        doc_id=DRAFT_DOC_ID,
        ente=value("ente"),
        periodo=value("periodo"),
        titolo=value("titolo"),
        obiettivo_strategico=value("obiettivo_strategico"),
        responsabile=value("responsabile"),
        settore=value("settore"),
        stakeholder=tuple(work.stakeholder) or (DA_DEFINIRE,),
        motivazione=value("motivazione"),
        valore_atteso=value("valore_atteso"),
        scadenza=value("scadenza"),
        fasi=tuple(Phase(descrizione=it.text, tempistica=it.second or DA_DEFINIRE) for it in work.fasi),
        indicatori=tuple(Indicator(nome=it.text, target=it.second or DA_DEFINIRE) for it in work.indicatori),
        source=FieldSource(
            doc_id=DRAFT_DOC_ID, page=1, char_start=0, char_end=0, alignment=Alignment.NONE, origin="metadata",
        ),
        extractor=f"draft:{mode}",
    )
    taken = {n: tuple(items) for n, items in work.taken.items()}
    cited = tuple(
        p.model_copy(update={"taken": taken.get(p.n) or ("tema simile: nessun elemento ripreso",)})
        for p in precedents
    )
    description = work.description or describe(record)
    draft = Draft(
        request=request,
        record=record,
        notes=notes,
        suggestions=tuple(work.suggestions),
        description=description,
        precedents=cited,
        smart=tuple(check_smart(record)),
        flagged=tuple(work.flagged),
        mode=mode,
        warnings=tuple(warnings),
    )
    log.info(
        "draft mode=%s precedents=%s undefined=%s smart=%d flagged=%d",
        mode, ",".join(p.record.id for p in precedents), ",".join(draft.undefined_fields()),
        len(draft.smart), len(draft.flagged),
    )
    return draft

