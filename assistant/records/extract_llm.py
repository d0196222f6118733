"""Objective records from a chat model, for documents whose layout the rules do not know.

The model reads one passage at a time (the document's chunks that mention objectives,
indicators or responsibilities) with the `extract` prompt and answers JSON. The reply
is validated against a pydantic schema, then EVERY value is aligned with the passage
it came from (`ingest.align`): a value the passage does not contain is dropped from
the record and listed in `record.unaligned`; an objective whose title is not in the
passage is dropped altogether (and logged). Nothing the model says is kept unchecked.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.llm import ChatModel
from assistant.prompts import load_prompt
from ingest.align import SourceText, clean_value
from ingest.models import (
    Alignment,
    Chunk,
    FieldSource,
    Indicator,
    ObjectiveRecord,
    ParsedDocument,
    Phase,
    UnalignedValue,
)
from ingest.records import record_ente, record_id
from ingest.text import Field, fold_label

log = logging.getLogger(__name__)

# passages worth a model call: they speak of objectives and how they are measured/owned
_CUE_RE = re.compile(r"(?i)\b(obiettiv\w*|indicator\w*|target|responsabil\w*|scadenz\w*|traguard\w*)")
_SCALARS = (
    Field.CODICE, Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA, Field.RESPONSABILE, Field.SETTORE,
    Field.MOTIVAZIONE, Field.VALORE_ATTESO, Field.SCADENZA,
)


def _text_or_none(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):  # a target written as a number
        return str(value)
    return value


class _LLMPhase(BaseModel):
    model_config = ConfigDict(extra="ignore")
    descrizione: str
    tempistica: str | None = None
    _coerce = field_validator("descrizione", "tempistica", mode="before")(_text_or_none)


class _LLMIndicator(BaseModel):
    model_config = ConfigDict(extra="ignore")
    nome: str
    target: str | None = None
    _coerce = field_validator("nome", "target", mode="before")(_text_or_none)


class LLMObjective(BaseModel):
    """One objective as the model must return it (the record format, without sources)."""

    model_config = ConfigDict(extra="ignore")
    codice: str | None = None
    titolo: str
    obiettivo_strategico: str | None = None
    area_strategica: str | None = None
    responsabile: str | None = None
    settore: str | None = None
    stakeholder: list[str] = []
    motivazione: str | None = None
    valore_atteso: str | None = None
    scadenza: str | None = None
    fasi: list[_LLMPhase] = []
    indicatori: list[_LLMIndicator] = []
    dipendenti: list[str] = []
    _coerce = field_validator(
        "codice", "titolo", "obiettivo_strategico", "area_strategica", "responsabile", "settore",
        "motivazione", "valore_atteso", "scadenza", mode="before",
    )(_text_or_none)

    @field_validator("stakeholder", "dipendenti", mode="before")
    @classmethod
    def _strings(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value if v is not None] if isinstance(value, list) else value


class LLMOutput(BaseModel):
    obiettivi: list[LLMObjective] = []


def parse_reply(reply: str) -> tuple[list[LLMObjective], str | None]:
    """Objectives from a model reply, and why nothing could be read (None when fine).

    The reply should be {"obiettivi": [...]}; a bare list is accepted, and so is JSON
    wrapped in prose or a code fence. Objectives that fail validation are skipped.
    """
    decoder = json.JSONDecoder()
    data: Any = None
    for m in re.finditer(r"[\[{]", reply):
        try:
            data, _ = decoder.raw_decode(reply, m.start())
            break
        except json.JSONDecodeError:
            continue
    if data is None:
        return [], "la risposta non contiene JSON"
    items = data.get("obiettivi") if isinstance(data, dict) else data
    if isinstance(data, dict) and items is None and Field.TITOLO in data:
        items = [data]
    if not isinstance(items, list):
        return [], "il JSON non contiene la lista 'obiettivi'"
    out: list[LLMObjective] = []
    errors = 0
    for item in items:
        try:
            out.append(LLMObjective.model_validate(item))
        except ValidationError:
            errors += 1
    if errors and not out:
        return [], f"{errors} obiettivi non conformi allo schema"
    return out, None


@dataclass
class ExtractionReport:
    """What the model proposed and what survived the checks."""

    passages: int = 0
    proposed: int = 0
    kept: int = 0
    dropped_titles: list[str] = field(default_factory=list)  # objectives not in the text
    problems: list[str] = field(default_factory=list)  # unreadable replies, by passage


class LLMRecordExtractor:
    """Records of a parsed document extracted by a chat model, every value verified.

    Args:
        chat: the model (`assistant.llm.ChatModel`).
        max_passages: at most this many passages per document (model calls).
        max_tokens: reply budget per passage.
    """

    def __init__(self, chat: ChatModel, max_passages: int = 20, max_tokens: int = 1024) -> None:
        if max_passages < 1:
            raise ValueError("max_passages must be >= 1")
        if max_tokens < 16:
            raise ValueError("max_tokens must be >= 16")
        self.chat = chat
        self.max_passages = max_passages
        self.max_tokens = max_tokens
        self.prompt = load_prompt("extract")

    @property
    def extractor_id(self) -> str:
        return f"llm:{self.chat.name}"

    def passages(self, parsed: ParsedDocument) -> list[Chunk]:
        """The chunks worth a model call (they mention objectives, indicators, …)."""
        picked = [c for c in parsed.chunks if _CUE_RE.search(c.source_text)]
        return picked[: self.max_passages]

    def extract(self, parsed: ParsedDocument) -> tuple[list[ObjectiveRecord], ExtractionReport]:
        report = ExtractionReport()
        source = SourceText(parsed.document.text)
        ente = record_ente(parsed.document.text, parsed.meta.ente)
        records: list[ObjectiveRecord] = []
        seen: set[str] = set()
        doc_label = " · ".join(x for x in (parsed.meta.file_name, parsed.meta.ente, parsed.meta.periodo) if x)
        for chunk in self.passages(parsed):
            report.passages += 1
            messages = self.prompt.render_messages(document=doc_label, text=chunk.source_text)
            started = time.perf_counter()
            reply = self.chat.complete(
                messages, max_tokens=self.max_tokens, temperature=0.0,
                log_context={"chunk_ids": chunk.id, "task": "extract"},
            )
            objectives, problem = parse_reply(reply)
            log.info(
                "llm extract doc_id=%s chunk=%s objectives=%d problem=%s ms=%.0f",
                parsed.meta.doc_id, chunk.id, len(objectives), problem, (time.perf_counter() - started) * 1000,
            )
            if problem:
                report.problems.append(f"pag. {chunk.page}: {problem}")
            for obj in objectives:
                report.proposed += 1
                record = verify(obj, parsed, source, chunk, ente, self.extractor_id)
                if record is None:
                    report.dropped_titles.append(obj.titolo)
                    continue
                key = fold_label(record.titolo or "")
                if key in seen:
                    continue
                seen.add(key)
                records.append(record)
        report.kept = len(records)
        records.sort(key=lambda r: r.source.char_start)
        return records, report


def verify(
    obj: LLMObjective,
    parsed: ParsedDocument,
    source: SourceText,
    chunk: Chunk,
    ente: str | None,
    extractor: str,
) -> ObjectiveRecord | None:
    """The record for a model-proposed objective, keeping only values found in the
    passage; None when its title is not there (an invented objective)."""
    doc = parsed.document
    doc_id = parsed.meta.doc_id
    lo, hi = chunk.char_start, chunk.char_end
    sources: dict[str, FieldSource] = {}
    unaligned: list[UnalignedValue] = []

    def check(path: str, value: str | None, after: int | None = None) -> str | None:
        value = clean_value(value or "")
        if not value:
            return None
        m = source.locate(value, lo, hi, after=after, document_fallback=False)
        if m.alignment == Alignment.NONE:
            unaligned.append(UnalignedValue(field=path, value=value))
            return None
        sources[path] = FieldSource(
            doc_id=doc_id, page=doc.page_at(m.start), char_start=m.start, char_end=m.end,
            alignment=m.alignment,
        )
        return value

    titolo = check(Field.TITOLO, obj.titolo)
    if titolo is None:
        log.warning("llm extract dropped objective not in the text doc_id=%s title=%r", doc_id, obj.titolo[:80])
        return None
    values = {name: check(name, getattr(obj, name)) for name in _SCALARS}
    stakeholder = [v for n, s in enumerate(obj.stakeholder) if (v := check(f"stakeholder[{n}]", s))]
    dipendenti = [v for n, s in enumerate(obj.dipendenti) if (v := check(f"dipendenti[{n}]", s))]
    fasi: list[Phase] = []
    for p in obj.fasi:
        d = check(f"fasi[{len(fasi)}].descrizione", p.descrizione)
        if d is None:
            continue
        fasi.append(Phase(descrizione=d, tempistica=check(f"fasi[{len(fasi)}].tempistica", p.tempistica)))
    indicatori: list[Indicator] = []
    for p in obj.indicatori:
        name = check(f"indicatori[{len(indicatori)}].nome", p.nome)
        if name is None:
            continue
        indicatori.append(Indicator(nome=name, target=check(f"indicatori[{len(indicatori)}].target", p.target)))
    for key, value in ((Field.ENTE, ente), (Field.PERIODO, parsed.meta.periodo)):
        if value:
            m = source.locate(value)
            sources[key] = FieldSource(
                doc_id=doc_id, page=doc.page_at(m.start), char_start=m.start, char_end=m.end,
                alignment=m.alignment, origin="metadata",
            )
    spans = [s for s in sources.values() if s.origin == "text"]
    start, end = min(s.char_start for s in spans), max(s.char_end for s in spans)
    title_src = sources[Field.TITOLO]
    return ObjectiveRecord(
        id=record_id(parsed.meta, title_src.char_start, title_src.char_end),
        doc_id=doc_id,
        ente=ente,
        periodo=parsed.meta.periodo,
        titolo=titolo,
        stakeholder=tuple(stakeholder),
        fasi=tuple(fasi),
        indicatori=tuple(indicatori),
        dipendenti=tuple(dipendenti),
        source=FieldSource(doc_id=doc_id, page=doc.page_at(start), char_start=start, char_end=end),
        sources=sources,
        unaligned=tuple(unaligned),
        extractor=extractor,
        **values,
    )


def merge_records(
    rules: Sequence[ObjectiveRecord], llm: Sequence[ObjectiveRecord]
) -> list[ObjectiveRecord]:
    """Rule-based records first; the model's only for objectives the rules missed."""
    known = {fold_label(r.titolo or "") for r in rules}
    extra = [r for r in llm if fold_label(r.titolo or "") not in known]
    return sorted([*rules, *extra], key=lambda r: r.source.char_start)
