"""The checks every draft goes through, whoever wrote it (rules or a model): names
grounded in the request or the documents, SMART warnings, a description in the
register of the documents, a stable id.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence

from assistant.drafting.models import (
    DA_DEFINIRE,
    DRAFT_DOC_ID,
    Draft,
    DraftRequest,
    FieldNote,
    FlaggedName,
    Precedent,
    Status,
    Work,
)
from assistant.drafting.names import AnyCorpus, PhraseCorpus, StaticCorpus, ungrounded_names
from assistant.drafting.precedents import record_text
from assistant.drafting.smart import check_smart, missing
from assistant.drafting.text import lower_first
from ingest.models import Alignment, FieldSource, Indicator, ObjectiveRecord, Phase
from ingest.text import Field, fold_label, join_pair

log = logging.getLogger(__name__)


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
    for list_name, items in ((Field.FASI, work.fasi), (Field.INDICATORI, work.indicatori)):
        kept = [it for n, it in enumerate(items) if not failing(f"{list_name}[{n}]", join_pair(it.text, it.second))]
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
    ente = f" del {record.ente}" if not missing(record.ente) and fold_label(record.ente or "").startswith("COMUNE") else (
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
        notes[Field.FASI] = FieldNote(status=Status.UNDEFINED, detail="nessuna fase: indicarne almeno una")
    if not work.indicatori:
        notes[Field.INDICATORI] = FieldNote(status=Status.UNDEFINED, detail="nessun indicatore: indicarne almeno uno")
    for n, it in enumerate(work.fasi):
        notes[f"fasi[{n}]"] = it.note
    for n, it in enumerate(work.indicatori):
        notes[f"indicatori[{n}]"] = it.note

    def value(name: str) -> str:
        return v.get(name) or DA_DEFINIRE

    record = ObjectiveRecord(
        id=draft_id(request, mode),
        doc_id=DRAFT_DOC_ID,
        ente=value(Field.ENTE),
        periodo=value(Field.PERIODO),
        titolo=value(Field.TITOLO),
        obiettivo_strategico=value(Field.OBIETTIVO_STRATEGICO),
        responsabile=value(Field.RESPONSABILE),
        settore=value(Field.SETTORE),
        stakeholder=tuple(work.stakeholder) or (DA_DEFINIRE,),
        motivazione=value(Field.MOTIVAZIONE),
        valore_atteso=value(Field.VALORE_ATTESO),
        scadenza=value(Field.SCADENZA),
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
