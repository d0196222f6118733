"""Label and column names of PIAO documents mapped to canonical field keys: one
vocabulary for blocks, tables and sub-sections."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.structure.text import fold

# Canonical field keys, from label / column names (folded). Exact matches first,
# then the longest prefix marked with a trailing "*".
_VOCAB: dict[str, str | None] = {
    # titles
    "TITOLO": "titolo", "OBIETTIVO": "titolo", "OBIETTIVI": "titolo",
    "OBIETTIVO OPERATIVO": "titolo", "OBIETTIVI OPERATIVI": "titolo",
    "OBIETTIVO OPERATIVO*": "titolo", "DESCRIZIONE OBIETTIVO": "titolo",
    "DENOMINAZIONE": "titolo", "AZIONE": "titolo", "AZIONI": "titolo", "INTERVENTO": "titolo",
    "OBIETTIVO DI PERFORMANCE": "titolo", "OBIETTIVO SPECIFICO": "titolo",
    # codes
    "CODICE": "codice", "COD": "codice", "CODICE OBIETTIVO": "codice", "N": "codice",
    "NR": "codice", "ID": "codice", "RIF DUP": "codice", "RIFERIMENTO DUP": "codice",
    "PROGRAMMI": "codice", "PROGRAMMA": "codice", "MISSIONE PROGRAMMA": "codice",
    # strategic frame
    "OBIETTIVO STRATEGICO": "obiettivo_strategico", "OBIETTIVI STRATEGICI": "obiettivo_strategico",
    "OBIETTIVO STRATEGICO DUP": "obiettivo_strategico",
    "INDIRIZZO STRATEGICO": "area_strategica", "INDIRIZZI STRATEGICI": "area_strategica",
    "AMBITO STRATEGICO": "area_strategica", "AREA STRATEGICA": "area_strategica",
    "LINEA STRATEGICA": "area_strategica", "LINEE STRATEGICHE": "area_strategica",
    "LINEA DI MANDATO": "area_strategica", "LINEE DI MANDATO": "area_strategica",
    "AMBITO": "area_strategica", "MISSIONE": "area_strategica",
    "OBIETTIVO DI MANDATO": None,
    # people and offices
    "RESPONSABILE": "responsabile", "RESPONSABILE*": "responsabile",
    "RESPONSABILE GESTIONALE": "responsabile", "DIRIGENTE": "responsabile",
    "DIRIGENTE RESPONSABILE": "responsabile", "REFERENTE": "responsabile",
    "RESPONSABILE POLITICO": "responsabile_politico", "ASSESSORE": "responsabile_politico",
    "ASSESSORE DI RIFERIMENTO": "responsabile_politico", "REFERENTE POLITICO": "responsabile_politico",
    "SETTORE": "settore", "SETTORI": "settore", "SETTORE*": "settore", "AREA": "settore",
    "SERVIZIO": "settore", "SERVIZI": "settore", "UFFICIO": "settore", "STRUTTURA": "settore",
    "UNITA ORGANIZZATIVA": "settore", "STRUTTURA RESPONSABILE": "settore",
    "AREA ORGANIZZATIVA": "settore", "SETTORE RESPONSABILE": "settore",
    "DIPENDENTI": "dipendenti", "DIPENDENTI*": "dipendenti", "PERSONALE COINVOLTO": "dipendenti",
    "RISORSE UMANE": "dipendenti", "PERSONALE": "dipendenti",
    "STAKEHOLDER": "stakeholder", "STAKEHOLDERS": "stakeholder", "PORTATORI DI INTERESSE": "stakeholder",
    "DESTINATARI": "stakeholder", "BENEFICIARI": "stakeholder",
    # why / what
    "MOTIVAZIONE": "motivazione", "FINALITA": "motivazione", "FINALITA'": "motivazione",
    "RAZIONALE": "motivazione", "DESCRIZIONE": "motivazione", "MOTIVAZIONI": "motivazione",
    "VALORE ATTESO": "valore_atteso", "RISULTATO ATTESO": "valore_atteso",
    "RISULTATI ATTESI": "valore_atteso", "IMPATTO ATTESO": "valore_atteso",
    "VALORE PUBBLICO ATTESO": "valore_atteso",
    # when
    "ARCO TEMPORALE": "scadenza", "SCADENZA": "scadenza", "TEMPISTICA": "scadenza",
    "TEMPI": "scadenza", "TERMINE": "scadenza", "DATA SCADENZA": "scadenza",
    "TEMPI DI REALIZZAZIONE": "scadenza", "DURATA": "scadenza", "ANNUALITA": "scadenza",
    # measures
    "INDICATORE": "indicatori", "INDICATORI": "indicatori", "INDICATORE*": "indicatori",
    "INDICATORI*": "indicatori",
    "TARGET": "target", "TARGET*": "target", "VALORE TARGET": "target",
    "RISULTATO ATTESO INDICATORE": "target",
    # phases
    "FASE": "fasi", "FASI": "fasi", "FASE*": "fasi", "FASI*": "fasi", "CRONOPROGRAMMA": "fasi",
    "ATTIVITA": "fasi", "ATTIVITA PREVISTE": "fasi", "AZIONI PREVISTE": "fasi",
}
_VOCAB_EXACT = {k: v for k, v in _VOCAB.items() if not k.endswith("*")}
_VOCAB_PREFIX = sorted(
    ((k[:-1], v) for k, v in _VOCAB.items() if k.endswith("*")), key=lambda kv: -len(kv[0])
)

OBJECTIVE_WORDS = ("OBIETTIV", "SCHEDA", "PROGETTO", "AZIONE", "INTERVENTO")
_SUBLEVEL_RE = re.compile(r"\b(2|II|SECONDO)\s*°?\s*LIVELLO\b|\bSOTTO\s*OBIETTIV|\bFASE\b|\bFASI\b|\bAZION")


@lru_cache(maxsize=4096)
def canonical_key(label: str) -> str | None:
    """Canonical field key of a label or column name, or None."""
    key = label_key(label).rstrip(" :")
    if key in _VOCAB_EXACT:
        return _VOCAB_EXACT[key]
    if _SUBLEVEL_RE.search(key) and key.startswith(OBJECTIVE_WORDS):
        return "fasi"  # "OBIETTIVO OPERATIVO DI 2° LIVELLO": a phase of the block
    for prefix, value in _VOCAB_PREFIX:
        if key.startswith(prefix + " ") or key == prefix:
            return value
    if key.startswith("INDICATOR"):
        return "indicatori"
    return None


def is_known_label(label: str) -> bool:
    key = label_key(label).rstrip(" :")
    return key in _VOCAB_EXACT or canonical_key(label) is not None


_LABEL_NUMBER_RE = re.compile(r"(?:\s+(?:N|NR|NUMERO))?\s+\d{1,3}(?:\s+\d{1,2})*$")


def label_key(label: str) -> str:
    """Folded label without its trailing number: "Obiettivo n. 3" -> "OBIETTIVO"."""
    return _LABEL_NUMBER_RE.sub("", fold(label)).strip() or fold(label)
