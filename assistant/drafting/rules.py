"""The conventions the offline drafter follows, each learned from the shapes of
precedents rather than from any one plan: phase stages and their quarters,
indicator wording and targets, generic stakeholders.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from assistant.drafting.names import find_names
from assistant.drafting.text import lower_first
from ingest.align import clean_value
from ingest.text import fold_label

log = logging.getLogger(__name__)

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
STAGE_BY_KEY = {s.key: s for s in STAGES}
ALWAYS_STAGES = ("analisi", "attuazione", "verifica")
PHASE_PRECEDENTS = 2  # the phase pattern comes from the closest precedents with phases


def stage_of(phase: str) -> str:
    """Which stage of the analisi → attuazione → verifica pattern a phase belongs to."""
    head = fold_label(phase)
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
SCHEDULE_COMPLIANCE_RE = re.compile(
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
INTENT_STAKEHOLDERS = (
    "CITTADIN", "IMPRES", "AZIEND", "PROFESSIONIST", "ASSOCIAZION", "STUDENT", "FAMIGLI", "GENITOR",
    "UTENT", "ANZIAN", "GIOVAN", "MINOR", "RAGAZZ", "BAMBIN", "DIPENDENT", "COMMERCIANT", "ESERCENT",
    "CONTRIBUENT", "FORNITOR", "VOLONTAR", "TURIST", "RESIDENT", "CAREGIVER",
)
MAX_STAKEHOLDERS = 6


def is_generic_stakeholder(value: str) -> bool:
    """A category of people ("cittadini", "Uffici dell'Ente"), not a named body."""
    key = fold_label(value)
    if not key.startswith(GENERIC_STAKEHOLDERS):
        return False
    # "Associazione Amici del Parco" names one association: capitalised words after
    # the first make it a proper name
    return not any(n.kind in ("persona", "nome") for n in find_names(value))


def stakeholder_form(value: str) -> str:
    value = clean_value(value).strip(" .;:")
    return lower_first(value) if value[:1].isupper() and not value[:2].isupper() else value
