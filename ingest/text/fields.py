"""The keys of objective fields, one enum for every layer.

`Field` members are the attribute names of `ObjectiveRecord`, the keys of the
`fields` of units and chunks, the canonical keys of the label vocabulary and the
columns of the records table. It is a StrEnum: `Field.SETTORE == "settore"`, a member
hashes, formats and serialises as its value, so JSON, SQLite and Chroma metadata
hold the same strings as before.
"""

from __future__ import annotations

from enum import StrEnum


class Field(StrEnum):
    """A field key ("settore", "fasi" …)."""

    # the document's, repeated on each of its records
    ENTE = "ente"
    PERIODO = "periodo"
    # an objective's: the fields of an ObjectiveRecord
    CODICE = "codice"
    TITOLO = "titolo"
    OBIETTIVO_STRATEGICO = "obiettivo_strategico"
    AREA_STRATEGICA = "area_strategica"
    RESPONSABILE = "responsabile"
    SETTORE = "settore"
    STAKEHOLDER = "stakeholder"
    MOTIVAZIONE = "motivazione"
    VALORE_ATTESO = "valore_atteso"
    SCADENZA = "scadenza"
    FASI = "fasi"  # list: "descrizione — tempistica" items
    INDICATORI = "indicatori"  # list: "nome — target" items
    DIPENDENTI = "dipendenti"
    # found by the structure parsers next to an objective's fields; a record folds
    # them into the fields above (targets into indicatori) or leaves them out
    RESPONSABILE_POLITICO = "responsabile_politico"
    TARGET = "target"
    FORMULA = "formula"
    BASELINE = "baseline"
    FONTE = "fonte"
    PESO = "peso"
    # an org-chart entry's
    TITOLARE = "titolare"
    SERVIZI = "servizi"
    PERIODO_INCARICO = "periodo_incarico"
    ORGANICO = "organico"  # how many people the office has ("12", "4 unità")
    SOSTITUTO = "sostituto"  # who stands in for the head when absent (the vicario)
    # a row of a table keyed by objective codes (a schedule's phase): its objective's title
    OBIETTIVO_DI = "obiettivo_di"


# Fields holding several values, one per line (see `ingest.text.items`).
LIST_FIELDS: frozenset[Field] = frozenset({Field.FASI, Field.INDICATORI, Field.STAKEHOLDER, Field.DIPENDENTI})
# The list fields that name an objective's parties (who takes part), not its steps.
PARTY_FIELDS: frozenset[Field] = frozenset({Field.STAKEHOLDER, Field.DIPENDENTI})
# The fields a name, a code, a date or a figure fills: their value ends with its
# sentence ("Responsabile: ing. Rossi (Area Tecnica). Il piano …" names the head, then
# the paragraph goes on about the objective).
ONE_SENTENCE_FIELDS: frozenset[Field] = frozenset({
    Field.RESPONSABILE, Field.SETTORE, Field.SCADENZA, Field.CODICE, Field.PESO, Field.RESPONSABILE_POLITICO,
    Field.TITOLARE, Field.ORGANICO})
