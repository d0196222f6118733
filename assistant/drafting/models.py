"""The draft's types: what an employee asks for (`DraftRequest`), what comes back
(`Draft`: an `ObjectiveRecord` with doc_id "bozza" plus a note per field, the
precedents used, suggestions, flagged names and SMART warnings), the `DraftWriter`
protocol both writers implement, and the draft being composed (`Work`, `Item`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict

from assistant.drafting.smart import TO_DEFINE, SmartWarning, missing
from assistant.drafting.text import clean_intent
from assistant.errors import DraftError
from ingest.models import ObjectiveRecord
from ingest.text import Field

log = logging.getLogger(__name__)
DA_DEFINIRE = TO_DEFINE
DRAFT_DOC_ID = "bozza"
MAX_INTENT_CHARS = 500
MAX_FIELD_CHARS = 300
REQUIRED_FIELDS = (
    Field.ENTE, Field.PERIODO, Field.TITOLO, Field.OBIETTIVO_STRATEGICO, Field.RESPONSABILE, Field.SETTORE,
    Field.MOTIVAZIONE, Field.VALORE_ATTESO, Field.SCADENZA, Field.FASI, Field.INDICATORI, Field.STAKEHOLDER,
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
        out = [f for f in REQUIRED_FIELDS if f not in (Field.FASI, Field.INDICATORI, Field.STAKEHOLDER) and missing(getattr(r, f))]
        if not r.fasi:
            out.append(Field.FASI)
        if not r.indicatori:
            out.append(Field.INDICATORI)
        if not r.stakeholder or all(missing(s) for s in r.stakeholder):
            out.append(Field.STAKEHOLDER)
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
