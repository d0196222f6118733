"""The sections of a draft that come from its precedents: the strategic link, the
stakeholders, the phases with their timing and the indicators with their targets
(`compose_work` in `composer.py` calls one function per section)."""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.drafting.models import (
    DA_DEFINIRE,
    DraftRequest,
    FieldNote,
    Item,
    Precedent,
    Status,
    Suggestion,
    Work,
)
from assistant.drafting.precedents import PrecedentFinder
from assistant.drafting.rules import (
    ALWAYS_STAGES,
    INTENT_STAKEHOLDERS,
    MAX_STAKEHOLDERS,
    PHASE_PRECEDENTS,
    SCHEDULE_COMPLIANCE_RE,
    STAGE_BY_KEY,
    STAGES,
    adapt_target,
    clean_indicator,
    indicator_parts,
    is_generic_stakeholder,
    stage_of,
    stakeholder_form,
)
from assistant.drafting.smart import missing
from assistant.drafting.text import (
    indicator_unit,
    object_phrase,
    quarter_span,
)
from ingest.align import clean_value
from ingest.models import ObjectiveRecord
from ingest.text import Field, fold_label, truncate

log = logging.getLogger(__name__)


def strategic_link(request: DraftRequest, precedents: Sequence[Precedent], work: Work) -> None:
    if request.strategico:
        work.values[Field.OBIETTIVO_STRATEGICO] = request.strategico
        work.notes[Field.OBIETTIVO_STRATEGICO] = FieldNote(status=Status.GIVEN)
        return
    same = next((p for p in precedents if p.record.obiettivo_strategico and _same_ente(request.ente, p.record)), None)
    if same is not None:
        work.values[Field.OBIETTIVO_STRATEGICO] = clean_value(same.record.obiettivo_strategico or "")
        work.notes[Field.OBIETTIVO_STRATEGICO] = FieldNote(
            status=Status.SUGGESTED, precedents=(same.n,),
            detail=f"collegamento dell'obiettivo simile dello stesso ente [{same.n}]: verificarlo nel DUP vigente",
        )
        work.take(same.n, "collegamento all'obiettivo strategico")
        return
    work.values[Field.OBIETTIVO_STRATEGICO] = DA_DEFINIRE
    work.notes[Field.OBIETTIVO_STRATEGICO] = FieldNote(
        status=Status.UNDEFINED, detail="indicare l'obiettivo strategico del DUP dell'ente",
    )
    shown: set[str] = set()
    for p in precedents:
        text = clean_value(p.record.obiettivo_strategico or "")
        if text and fold_label(text) not in shown and len(shown) < 2:
            work.suggestions.append(Suggestion(campo=Field.OBIETTIVO_STRATEGICO, testo=text, precedente=p.n))
            shown.add(fold_label(text))


def stakeholders(request: DraftRequest, precedents: Sequence[Precedent], work: Work) -> None:
    found: list[str] = []
    refs: list[int] = []
    keys: set[str] = set()

    def add(value: str) -> bool:
        form = stakeholder_form(value)
        key = fold_label(form)
        if not key or key in keys or len(found) >= MAX_STAKEHOLDERS:
            return False
        keys.add(key)
        found.append(form)
        return True

    from_intent = [
        w for w in re.findall(r"[\w']+", request.intento) if fold_label(w).startswith(INTENT_STAKEHOLDERS)
    ]
    for word in from_intent:
        add(word)
    for p in precedents:
        taken = [s for s in p.record.stakeholder if is_generic_stakeholder(s) and add(s)]
        if taken:
            refs.append(p.n)
            work.take(p.n, "stakeholder: " + ", ".join(stakeholder_form(s) for s in taken))
    if not found:
        work.stakeholder = [DA_DEFINIRE]
        work.notes[Field.STAKEHOLDER] = FieldNote(
            status=Status.UNDEFINED, detail="nessuna categoria generica nell'intento né nei precedenti",
        )
        return
    work.stakeholder = found
    parts = []
    if from_intent:
        parts.append("dall'intento")
    if refs:
        parts.append("categorie dei precedenti " + ", ".join(f"[{n}]" for n in refs))
    work.notes[Field.STAKEHOLDER] = FieldNote(
        status=Status.SUGGESTED if refs else Status.COMPOSED, precedents=tuple(refs), detail="; ".join(parts),
    )


def phases(
    request: DraftRequest, precedents: Sequence[Precedent], work: Work, title: str, year: int
) -> None:
    examples: dict[str, list[tuple[int, str]]] = {s.key: [] for s in STAGES}
    for p in [p for p in precedents if p.record.fasi][:PHASE_PRECEDENTS]:
        for phase in p.record.fasi:
            text = clean_value(phase.descrizione)
            if text:
                examples[stage_of(text)].append((p.n, text))
    wanted = [s.key for s in STAGES if s.key in ALWAYS_STAGES or examples[s.key]]
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
        stage = STAGE_BY_KEY[key]
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


def indicators(
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
        key = " ".join(sorted(set(finder.analyzer.analyze(name)))) or fold_label(name)
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
    standard = [candidates[k] for k in order if SCHEDULE_COMPLIANCE_RE.search(fold_label(candidates[k].name))]
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


def _same_ente(ente: str | None, record: ObjectiveRecord) -> bool:
    if not ente or not record.ente:
        return False
    key = fold_label(ente).removeprefix("COMUNE DI ").strip()
    return bool(key) and key in fold_label(record.ente)
