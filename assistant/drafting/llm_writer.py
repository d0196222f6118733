"""Drafts written by a chat model from the precedents, then checked like offline ones.

The model gets the request and the precedents as few-shot examples (`prompts/draft.md`,
each precedent as JSON in the output format, cited by document and page) and answers
one JSON object. The reply is validated against a pydantic schema; then:

* the fields the user gave (ente, periodo, responsabile, settore, strategic objective)
  are imposed — the model cannot change them, and a responsabile / settore it adds
  on its own is removed and flagged (they come from the user only);
* empty values become "da definire";
* the names of people and offices are checked (`assistant.drafting.names`): a person the user
  did not give, or an office neither the user nor the documents name, is removed;
* the SMART warnings and the precedents are those of any draft.

A model that fails (server down, timeout) or answers something that is not a valid
draft gives the offline draft with a warning — or a `DraftError` when no fallback is
configured.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.drafting.composer import Drafter
from assistant.drafting.finish import finish
from assistant.drafting.models import (
    DA_DEFINIRE,
    Draft,
    DraftRequest,
    FieldNote,
    FlaggedName,
    Item,
    Precedent,
    Status,
    Work,
)
from assistant.drafting.smart import missing
from assistant.errors import DraftError, LLMError
from assistant.llm import ChatModel
from assistant.prompts import load_prompt
from ingest.align import clean_value, value_tokens
from ingest.text import Field, truncate

log = logging.getLogger(__name__)

FALLBACK = "Il modello linguistico non ha prodotto una bozza valida ({reason}): bozza composta offline dai precedenti."


def _text(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    return value


class _Phase(BaseModel):
    model_config = ConfigDict(extra="ignore")
    descrizione: str
    tempistica: str | None = None
    _coerce = field_validator("descrizione", "tempistica", mode="before")(_text)


class _Indicator(BaseModel):
    model_config = ConfigDict(extra="ignore")
    nome: str
    target: str | None = None
    _coerce = field_validator("nome", "target", mode="before")(_text)


class LLMDraftOutput(BaseModel):
    """The draft as the model must return it."""

    model_config = ConfigDict(extra="ignore")
    titolo: str
    obiettivo_strategico: str | None = None
    motivazione: str | None = None
    valore_atteso: str | None = None
    scadenza: str | None = None
    responsabile: str | None = None
    settore: str | None = None
    fasi: list[_Phase] = []
    indicatori: list[_Indicator] = []
    stakeholder: list[str] = []
    descrizione: str | None = None
    _coerce = field_validator(
        "titolo", "obiettivo_strategico", "motivazione", "valore_atteso", "scadenza",
        "responsabile", "settore", "descrizione", mode="before",
    )(_text)

    @field_validator("titolo")
    @classmethod
    def _has_title(cls, value: str) -> str:
        if missing(value):
            raise ValueError("empty title")
        return value

    @field_validator("stakeholder", mode="before")
    @classmethod
    def _strings(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            return [v for v in re.split(r"\s*[;,]\s*", value) if v]
        return [str(v) for v in value if v is not None] if isinstance(value, list) else value


def parse_draft_reply(reply: str) -> tuple[LLMDraftOutput | None, str | None]:
    """The draft in a model reply, or why there is none (Italian).

    The JSON object may be wrapped in prose or a code fence; the first object that
    validates is used.
    """
    decoder = json.JSONDecoder()
    problem = "la risposta non contiene un oggetto JSON"
    for m in re.finditer(r"\{", reply):
        try:
            data, _ = decoder.raw_decode(reply, m.start())
        except json.JSONDecodeError:
            continue
        if not isinstance(data, dict):
            continue
        if isinstance(data.get("bozza"), dict):
            data = data["bozza"]
        try:
            return LLMDraftOutput.model_validate(data), None
        except ValidationError as exc:
            problem = f"il JSON non rispetta lo schema della bozza ({exc.error_count()} errori)"
    return None, problem


def format_request(request: DraftRequest, periodo: str, scadenza: str) -> str:
    lines = [f"INTENTO: {request.intento}"]
    for label, value in (
        ("ENTE", request.ente), ("SETTORE", request.settore), ("RESPONSABILE", request.responsabile),
        ("OBIETTIVO STRATEGICO", request.strategico),
    ):
        lines.append(f"{label}: {value or DA_DEFINIRE}")
    lines.append(f"PERIODO: {periodo}")
    lines.append(f"SCADENZA PROPOSTA: {scadenza}")
    return "\n".join(lines)


def format_precedents(precedents: Sequence[Precedent], chars: int) -> str:
    """Each precedent as a JSON example in the output format (no names of people)."""
    if not precedents:
        return "(nessun obiettivo simile nei documenti)"
    blocks = []
    for p in precedents:
        r = p.record
        example = {
            Field.TITOLO: r.titolo,
            Field.OBIETTIVO_STRATEGICO: r.obiettivo_strategico,
            Field.MOTIVAZIONE: truncate(r.motivazione, 400) if r.motivazione else None,
            Field.VALORE_ATTESO: truncate(r.valore_atteso, 300) if r.valore_atteso else None,
            Field.SCADENZA: r.scadenza,
            Field.FASI: [{"descrizione": truncate(f.descrizione, 160), "tempistica": f.tempistica} for f in r.fasi[:5]],
            Field.INDICATORI: [{"nome": truncate(i.nome, 160), "target": i.target} for i in r.indicatori[:5]],
            Field.STAKEHOLDER: list(r.stakeholder[:6]),
        }
        text = json.dumps({k: v for k, v in example.items() if v not in (None, [], "")}, ensure_ascii=False)
        label = " · ".join(x for x in (p.ente, p.periodo) if x)
        blocks.append(f"[{p.n}] {p.citation}{' — ' + label if label else ''}\n{truncate(text, chars)}")
    return "\n\n".join(blocks)


class LLMDrafter:
    """Drafts by a chat model, with the offline drafter for precedents and fallback.

    Args:
        offline: the offline drafter (finds the precedents; composes the fallback).
        chat: the model.
        fallback: on a model failure or an invalid reply, return the offline draft
            with a warning (True) or raise `DraftError` (False).
        max_tokens: reply budget.
        precedent_chars: each precedent's example is cut to this many characters.
    """

    def __init__(
        self,
        offline: Drafter,
        chat: ChatModel,
        fallback: bool = True,
        max_tokens: int = 900,
        temperature: float = 0.0,
        precedent_chars: int = 1500,
    ) -> None:
        if max_tokens < 16:
            raise ValueError(f"max_tokens must be >= 16, got {max_tokens}")
        if precedent_chars < 200:
            raise ValueError(f"precedent_chars must be >= 200, got {precedent_chars}")
        self.offline = offline
        self.chat = chat
        self.fallback = fallback
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.precedent_chars = precedent_chars
        self.prompt = load_prompt("draft")

    @property
    def mode(self) -> str:
        return f"llm:{self.chat.name}"

    def draft(self, request: DraftRequest) -> Draft:
        precedents = self.offline.precedents(request)
        periodo = request.periodo or self.offline.default_period()
        scadenza = f"31/12/{periodo[:4]}"
        messages = self.prompt.render_messages(
            richiesta=format_request(request, periodo, scadenza),
            precedenti=format_precedents(precedents, self.precedent_chars),
        )
        started = time.perf_counter()
        try:
            reply = self.chat.complete(
                messages, max_tokens=self.max_tokens, temperature=self.temperature,
                log_context={"task": "draft", "records": ",".join(p.record.id for p in precedents)},
            )
        except LLMError as exc:
            return self._failed(request, precedents, exc.user_message.rstrip("."), exc)
        output, problem = parse_draft_reply(reply)
        log.info(
            "llm draft model=%s precedents=%d problem=%s ms=%.0f",
            self.chat.name, len(precedents), problem, (time.perf_counter() - started) * 1000,
        )
        if output is None:
            return self._failed(request, precedents, problem or "risposta non valida", None)
        work = self.work_from(output, request, precedents, periodo)
        return finish(request, work, precedents, self.offline.corpus, mode=self.mode)

    def _failed(
        self, request: DraftRequest, precedents: Sequence[Precedent], reason: str, cause: Exception | None
    ) -> Draft:
        if not self.fallback:
            raise DraftError(
                f"Il modello linguistico non ha prodotto una bozza valida: {reason}.",
                detail=f"model={self.chat.name} reason={reason}",
            ) from cause
        log.warning("llm draft failed model=%s reason=%s: offline draft", self.chat.name, reason)
        return self.offline.compose(request, precedents, warnings=[FALLBACK.format(reason=reason)])

    def work_from(
        self, out: LLMDraftOutput, request: DraftRequest, precedents: Sequence[Precedent], periodo: str
    ) -> Work:
        """The model's draft as work in progress: the user's fields imposed, empty
        values "da definire", what resembles a precedent recorded as taken from it."""
        values: dict[str, str] = {}
        notes: dict[str, FieldNote] = {}
        work = Work(values=values, notes=notes)
        model = FieldNote(status=Status.MODEL)

        def put(name: str, value: str | None, note: FieldNote) -> None:
            value = clean_value(value or "")
            if missing(value):
                values[name] = DA_DEFINIRE
                notes[name] = FieldNote(status=Status.UNDEFINED)
            else:
                values[name] = value
                notes[name] = note

        given = FieldNote(status=Status.GIVEN)
        put(Field.ENTE, request.ente, given)
        put(Field.PERIODO, periodo, given if request.periodo else FieldNote(
            status=Status.SUGGESTED, detail="triennio che inizia l'anno prossimo: indicare il periodo del PIAO",
        ))
        for name, user_value, model_value in (
            (Field.RESPONSABILE, request.responsabile, out.responsabile),
            (Field.SETTORE, request.settore, out.settore),
        ):
            if user_value:
                put(name, user_value, given)
                continue
            put(name, None, model)  # who answers for an objective is the user's choice
            if model_value and not missing(model_value):
                work.flagged.append(FlaggedName(
                    campo=name, nome=clean_value(model_value), tipo="ufficio" if name == Field.SETTORE else "persona",
                    azione="rimosso", motivo=f"{name} non indicato nella richiesta: lo sceglie l'ente",
                ))
        if request.strategico:
            put(Field.OBIETTIVO_STRATEGICO, request.strategico, given)
        else:
            put(Field.OBIETTIVO_STRATEGICO, out.obiettivo_strategico, FieldNote(
                status=Status.MODEL, detail="proposto dal modello: verificarlo nel DUP dell'ente",
            ))
        for name in (Field.TITOLO, Field.MOTIVAZIONE, Field.VALORE_ATTESO, Field.SCADENZA):
            put(name, getattr(out, name), model)
        for phase in out.fasi:
            text = clean_value(phase.descrizione)
            if not missing(text):
                work.fasi.append(Item(text, clean_value(phase.tempistica or "") or DA_DEFINIRE,
                                      _resembles(text, precedents, Field.FASI, work)))
        for ind in out.indicatori:
            text = clean_value(ind.nome)
            if not missing(text):
                work.indicatori.append(Item(text, clean_value(ind.target or "") or DA_DEFINIRE,
                                            _resembles(text, precedents, Field.INDICATORI, work)))
        holders = [clean_value(s) for s in out.stakeholder if not missing(s)]
        work.stakeholder = holders or [DA_DEFINIRE]
        notes[Field.STAKEHOLDER] = FieldNote(status=Status.MODEL if holders else Status.UNDEFINED)
        work.description = clean_value(out.descrizione or "") or None
        for p in precedents:
            work.take(p.n, "esempio fornito al modello")
        return work


def _resembles(text: str, precedents: Sequence[Precedent], kind: str, work: Work) -> FieldNote:
    """The note of a model-written phase / indicator: which precedent item it follows."""
    mine = set(value_tokens(text))
    best: tuple[float, int, str] | None = None
    for p in precedents:
        items = [f.descrizione for f in p.record.fasi] if kind == Field.FASI else [i.nome for i in p.record.indicatori]
        for item in items:
            theirs = set(value_tokens(item))
            common = len(mine & theirs)
            if not common:
                continue
            f1 = 2 * common / (len(mine) + len(theirs))
            if f1 >= 0.5 and (best is None or f1 > best[0]):
                best = (f1, p.n, item)
    if best is None:
        return FieldNote(status=Status.MODEL)
    _, n, item = best
    label = "fase" if kind == Field.FASI else "indicatore"
    work.take(n, f"{label} «{truncate(item, 70)}» (ripreso dal modello)")
    return FieldNote(status=Status.MODEL, precedents=(n,), detail=f"simile al precedente [{n}]: «{truncate(item, 90)}»")
