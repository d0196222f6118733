"""SMART check of an objective (a draft or a stored record): Italian warnings.

* S — specifico: a title that names what is done and to what (at least three
  meaningful words, not a whole paragraph);
* M — misurabile: indicators, each with a target that is a number, a percentage, a
  date or a yes/no;
* A — assegnato: a responsible person or office (responsabile or settore);
* R — rilevante: linked to a strategic objective (DUP / mandate) or strategic area;
* T — temporizzato: a deadline (or timed phases), inside the plan's period.

A value "da definire" counts as missing: the check is what the user must still do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.drafting.text import is_measurable
from ingest.models import ObjectiveRecord
from ingest.text import Field, truncate
from vectorstore.analysis import ItalianAnalyzer

Criterion = Literal["S", "M", "A", "R", "T"]
CRITERIA: dict[Criterion, str] = {
    "S": "Specifico",
    "M": "Misurabile",
    "A": "Assegnato (responsabile)",
    "R": "Rilevante (collegato alla strategia)",
    "T": "Temporizzato",
}
TO_DEFINE = "da definire"
TITLE_MIN_WORDS = 3
TITLE_MAX_CHARS = 250

_YEAR_RE = re.compile(r"\b(20\d\d)\b")
_analyzer = ItalianAnalyzer()


@dataclass(frozen=True)
class SmartWarning:
    criterio: Criterion
    campo: str  # the field to fix, e.g. "indicatori[1].target"
    messaggio: str  # Italian, actionable

    @property
    def label(self) -> str:
        return CRITERIA[self.criterio]


def missing(value: str | None) -> bool:
    """No value, or a value the user still has to define."""
    return value is None or not value.strip() or value.strip().casefold().startswith(TO_DEFINE)


def _years(periodo: str | None) -> tuple[int, int] | None:
    found = [int(y) for y in _YEAR_RE.findall(periodo or "")]
    if not found:
        return None
    return min(found), max(found)


def check_smart(r: ObjectiveRecord) -> list[SmartWarning]:
    """The SMART warnings of one objective, in S, M, A, R, T order (empty: SMART)."""
    out: list[SmartWarning] = []

    def warn(criterion: Criterion, field: str, message: str) -> None:
        out.append(SmartWarning(criterion, field, message))

    # S
    if missing(r.titolo):
        warn("S", Field.TITOLO, "Manca il titolo: indicare che cosa si realizza e su quale oggetto.")
    else:
        title = r.titolo or ""
        meaningful = _analyzer.analyze(title)
        if len(meaningful) < TITLE_MIN_WORDS:
            warn(
                "S", Field.TITOLO,
                f"Il titolo «{title}» è poco specifico: indicare l'azione, l'oggetto e, se "
                "serve, il servizio interessato (es. «Digitalizzazione dell'archivio delle "
                "pratiche edilizie»).",
            )
        elif len(title) > TITLE_MAX_CHARS:
            warn(
                "S", Field.TITOLO,
                f"Il titolo è molto lungo ({len(title)} caratteri): tenere nel titolo l'obiettivo "
                "e spostare il resto nella motivazione.",
            )
    # M
    if not r.indicatori:
        warn("M", Field.INDICATORI, "Nessun indicatore: indicare come si misura il raggiungimento "
             "dell'obiettivo (percentuale, numero, data).")
    for n, ind in enumerate(r.indicatori):
        name = truncate(ind.nome, 70)
        if missing(ind.nome):
            warn("M", f"indicatori[{n}].nome", f"L'indicatore {n + 1} non ha un nome: descrivere che cosa misura.")
        if missing(ind.target):
            warn("M", f"indicatori[{n}].target",
                 f"L'indicatore «{name}» non ha un target: indicare il valore atteso con l'unità "
                 "(%, n., data).")
        elif not is_measurable(ind.target or ""):
            warn("M", f"indicatori[{n}].target",
                 f"Il target «{ind.target}» dell'indicatore «{name}» non è misurabile: usare un "
                 "numero, una percentuale, una data o sì/no.")
    # A
    if missing(r.responsabile) and missing(r.settore):
        warn("A", Field.RESPONSABILE, "Manca il responsabile: indicare il settore o il responsabile "
             "che risponde dell'obiettivo.")
    # R
    if missing(r.obiettivo_strategico) and missing(r.area_strategica):
        warn("R", Field.OBIETTIVO_STRATEGICO, "L'obiettivo non è collegato a un obiettivo strategico: "
             "indicare l'obiettivo del DUP (o della sezione strategica) a cui contribuisce.")
    # T
    timed = [p for p in r.fasi if not missing(p.tempistica)]
    if missing(r.scadenza) and not timed:
        warn("T", Field.SCADENZA, "Manca la scadenza: indicare entro quando l'obiettivo va raggiunto "
             "(data o tempi delle fasi).")
    for n, p in enumerate(r.fasi):
        if missing(p.tempistica):
            warn("T", f"fasi[{n}].tempistica",
                 f"La fase «{truncate(p.descrizione, 70)}» non ha tempistica: indicare il periodo.")
    span = _years(r.periodo)
    deadline = _years(r.scadenza) if not missing(r.scadenza) else None
    if span and deadline and not (span[0] <= deadline[0] and deadline[1] <= span[1]):
        warn("T", Field.SCADENZA, f"La scadenza «{r.scadenza}» è fuori dal periodo {r.periodo}: "
             "correggere la scadenza o il periodo.")
    return out


def format_warnings(warnings: Sequence[SmartWarning]) -> str:
    """One line per warning ("- [M] Misurabile: …"), or a line saying the draft is SMART."""
    if not warnings:
        return "L'obiettivo è SMART: titolo specifico, indicatori con target, responsabile, " \
               "collegamento strategico e scadenza."
    return "\n".join(f"- [{w.criterio}] {w.label}: {w.messaggio}" for w in warnings)
