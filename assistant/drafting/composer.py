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
from datetime import date

from assistant.drafting.finish import finish
from assistant.drafting.models import (
    DA_DEFINIRE,
    Draft,
    DraftRequest,
    FieldNote,
    Precedent,
    Status,
    Suggestion,
    Work,
)
from assistant.drafting.names import PhraseCorpus
from assistant.drafting.precedents import PrecedentFinder, ScoredRecord
from assistant.drafting.sections import indicators, phases, stakeholders, strategic_link
from assistant.drafting.smart import missing
from assistant.drafting.text import (
    clean_intent,
    lower_first,
    starts_with_verb,
    title_from_intent,
)
from ingest.align import clean_value
from ingest.models import Alignment
from ingest.text import Field, truncate

log = logging.getLogger(__name__)


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
    strategic_link(request, precedents, work)
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

    stakeholders(request, precedents, work)
    phases(request, precedents, work, title, first_year)
    indicators(request, precedents, work, finder, deadline)
    return work
