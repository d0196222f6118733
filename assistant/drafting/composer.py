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

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from assistant.drafting.names import PhraseCorpus
from assistant.drafting.precedents import PrecedentFinder, ScoredRecord
from assistant.drafting.smart import missing
from assistant.drafting.text import (
    clean_intent,
    indicator_unit,
    lower_first,
    object_phrase,
    quarter_span,
    starts_with_verb,
    title_from_intent,
)
from ingest.align import clean_value
from ingest.models import Alignment, ObjectiveRecord
from ingest.text import Field, fold_label, truncate

log = logging.getLogger(__name__)
from assistant.drafting.finish import finish
from assistant.drafting.models import (
    DA_DEFINIRE,
    Draft,
    DraftRequest,
    FieldNote,
    Item,
    Precedent,
    Status,
    Suggestion,
    Work,
)
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
    title_source = r.sources.get(Field.TITOLO)
    page = title_source.page if title_source is not None and title_source.alignment != Alignment.NONE else r.page
    return Precedent(
        n=n, doc_id=r.doc_id, page=page, titolo=r.titolo or "", ente=r.ente, periodo=r.periodo,
        score=s.score, shared=s.shared, record=r,
    )


def _same_ente(ente: str | None, record: ObjectiveRecord) -> bool:
    if not ente or not record.ente:
        return False
    key = fold_label(ente).removeprefix("COMUNE DI ").strip()
    return bool(key) and key in fold_label(record.ente)


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
    put(Field.ENTE, request.ente, given)
    if request.periodo:
        put(Field.PERIODO, request.periodo, given)
    else:
        put(Field.PERIODO, default_period, FieldNote(
            status=Status.SUGGESTED, detail="triennio che inizia l'anno prossimo: indicare il periodo del PIAO",
        ))
    first_year = int(values[Field.PERIODO][:4])
    put(Field.RESPONSABILE, request.responsabile, given if request.responsabile else undefined)
    if request.settore:
        put(Field.SETTORE, request.settore, given)
    elif request.responsabile and re.match(r"(?i)^(?:settore|area|servizio|ufficio)\b", request.responsabile):
        put(Field.SETTORE, request.responsabile, FieldNote(status=Status.GIVEN, detail="dal responsabile indicato"))
    else:
        put(Field.SETTORE, None, undefined)
    deadline = f"31/12/{first_year}"
    put(Field.SCADENZA, deadline, FieldNote(
        status=Status.SUGGESTED, detail=f"fine del primo anno del periodo ({first_year}), come nei precedenti",
    ))

    # what
    title = title_from_intent(request.intento)
    put(Field.TITOLO, title, FieldNote(status=Status.COMPOSED, detail="dall'intento"))
    _strategic(request, precedents, work)
    intent_clause = lower_first(clean_intent(request.intento))
    if starts_with_verb(request.intento):
        motive = f"L'obiettivo si propone di {intent_clause}."
    else:
        motive = f"L'obiettivo riguarda: {intent_clause}."
    motive += " Le ragioni specifiche dell'Ente (bisogno rilevato, situazione di partenza) sono da precisare."
    put(Field.MOTIVAZIONE, motive, FieldNote(status=Status.COMPOSED, detail="frase tipo costruita dall'intento"))
    put(Field.VALORE_ATTESO, f"{title} entro il {deadline}, con il raggiungimento dei target degli indicatori.",
        FieldNote(status=Status.COMPOSED, detail="frase tipo costruita dall'intento e dalla scadenza"))
    for name, attr in ((Field.MOTIVAZIONE, Field.MOTIVAZIONE), (Field.VALORE_ATTESO, Field.VALORE_ATTESO)):
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


def _stakeholders(request: DraftRequest, precedents: Sequence[Precedent], work: Work) -> None:
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


def _phases(
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
