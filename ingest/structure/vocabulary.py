"""Label and column names of PIAO documents mapped to canonical field keys: one
vocabulary for blocks, tables and sub-sections."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.text import fold_label, is_near

# Canonical field keys, from label / column names (folded). Exact matches first,
# then the longest prefix marked with a trailing "*".
_VOCAB: dict[str, str | None] = {
    # titles
    "TITOLO": "titolo", "OBIETTIVO": "titolo", "OBIETTIVI": "titolo",
    "OBIETTIVO OPERATIVO": "titolo", "OBIETTIVI OPERATIVI": "titolo",
    "OBIETTIVO OPERATIVO*": "titolo", "DESCRIZIONE OBIETTIVO": "titolo",
    "DENOMINAZIONE": "titolo", "INTERVENTO": "titolo", "TITOLO OBIETTIVO": "titolo",
    "DENOMINAZIONE OBIETTIVO": "titolo", "TITOLO DELL OBIETTIVO": "titolo", "TITOLO OBIETTIVO OPERATIVO": "titolo",
    "NOME OBIETTIVO": "titolo", "OBIETTIVO DUP": "obiettivo_strategico", "OBIETTIVO STRATEGICO DI RIFERIMENTO": "obiettivo_strategico", "OBIETTIVO DI PEG": "titolo", "OBIETTIVO GESTIONALE": "titolo",
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
    "REFERENTE*": "responsabile", "TITOLARE*": "responsabile", "RESPONSABILE DELL OBIETTIVO": "responsabile",
    "CENTRO DI RESPONSABILITA": "settore", "CDR": "settore",
    "UFFICIO COMPETENTE": "settore", "SERVIZIO COMPETENTE": "settore", "SETTORE COMPETENTE": "settore",
    "AREA SERVIZIO": "settore", "AREA SETTORE": "settore", "SETTORE SERVIZIO": "settore",
    "UNITA OPERATIVA": "settore", "U O": "settore", "UO": "settore", "DIREZIONE": "settore",
    "RESPONSABILE POLITICO": "responsabile_politico", "ASSESSORE": "responsabile_politico",
    "ASSESSORE DI RIFERIMENTO": "responsabile_politico", "REFERENTE POLITICO": "responsabile_politico",
    "SETTORE": "settore", "SETTORI": "settore", "SETTORE*": "settore", "AREA": "settore",
    "SERVIZIO": "settore", "SERVIZI": "settore", "UFFICIO": "settore", "STRUTTURA": "settore",
    "UNITA ORGANIZZATIVA": "settore", "STRUTTURA RESPONSABILE": "settore",
    "AREA ORGANIZZATIVA": "settore", "SETTORE RESPONSABILE": "settore",
    "DIPENDENTI": "dipendenti", "DIPENDENTI*": "dipendenti", "PERSONALE COINVOLTO": "dipendenti",
    "RISORSE UMANE": "dipendenti", "PERSONALE": "dipendenti", "PERSONALE ASSEGNATO": "dipendenti",
    "PERSONALE*": "dipendenti", "RISORSE UMANE*": "dipendenti", "GRUPPO DI LAVORO": "dipendenti",
    "STAKEHOLDER": "stakeholder", "STAKEHOLDERS": "stakeholder", "PORTATORI DI INTERESSE": "stakeholder",
    "DESTINATARI": "stakeholder", "BENEFICIARI": "stakeholder", "PORTATORI D INTERESSE": "stakeholder",
    "STAKEHOLDER*": "stakeholder", "SOGGETTI COINVOLTI": "stakeholder", "PARTNER": "stakeholder",
    # why / what
    "MOTIVAZIONE": "motivazione", "FINALITA": "motivazione", "FINALITA'": "motivazione",
    "RAZIONALE": "motivazione", "DESCRIZIONE": "motivazione", "MOTIVAZIONI": "motivazione",
    "VALORE ATTESO": "valore_atteso", "RISULTATO ATTESO": "valore_atteso",
    "RISULTATI ATTESI": "valore_atteso", "IMPATTO ATTESO": "valore_atteso",
    "VALORE PUBBLICO ATTESO": "valore_atteso", "RISULTATO ATTESO*": "valore_atteso",
    "OUTCOME": "valore_atteso", "IMPATTO": "valore_atteso", "FINALITA*": "motivazione",
    "MOTIVAZIONE*": "motivazione", "DESCRIZIONE SINTETICA": "motivazione",
    # when
    "ARCO TEMPORALE": "scadenza", "SCADENZA": "scadenza", "TEMPISTICA": "scadenza",
    "TEMPI": "scadenza", "TERMINE": "scadenza", "DATA SCADENZA": "scadenza",
    "TEMPI DI REALIZZAZIONE": "scadenza", "DURATA": "scadenza", "ANNUALITA": "scadenza",
    "TERMINE DI REALIZZAZIONE": "scadenza", "DATA DI CONCLUSIONE": "scadenza", "ORIZZONTE TEMPORALE": "scadenza",
    "SCADENZA*": "scadenza", "TERMINE*": "scadenza", "ENTRO IL": "scadenza", "ENTRO": "scadenza",
    "DA REALIZZARE ENTRO": "scadenza", "DATA DI COMPLETAMENTO": "scadenza", "CONCLUSIONE": "scadenza",
    "DATA PREVISTA": "scadenza", "TEMPO DI REALIZZAZIONE": "scadenza",
    # measures
    "INDICATORE": "indicatori", "INDICATORI": "indicatori", "INDICATORE*": "indicatori",
    "INDICATORI*": "indicatori",
    "KPI": "indicatori", "KPI*": "indicatori", "MISURA": "indicatori", "MISURE": "indicatori",
    "INDICATORE DI RISULTATO": "indicatori", "INDICATORI DI RISULTATO": "indicatori",
    "TARGET": "target", "TARGET*": "target", "VALORE TARGET": "target",
    "RISULTATO ATTESO INDICATORE": "target", "VALORE OBIETTIVO": "target", "VALORE OBIETTIVO*": "target",
    "ATTESO": "target", "ATTESO*": "target", "VALORE ATTESO*": "target", "RISULTATO ATTESO 20*": "target",
    # how an indicator is measured and from where
    "FORMULA": "formula", "FORMULA*": "formula", "MODALITA DI CALCOLO": "formula",
    "METODO DI CALCOLO": "formula", "ALGORITMO": "formula",
    "BASELINE": "baseline", "BASELINE*": "baseline", "VALORE DI PARTENZA": "baseline",
    "VALORE INIZIALE": "baseline", "VALORE ATTUALE": "baseline", "DATO DI PARTENZA": "baseline",
    "FONTE": "fonte", "FONTE DEL DATO": "fonte", "FONTE DATI": "fonte",
    "PESO": "peso", "PESO*": "peso", "PONDERAZIONE": "peso",
    # phases
    "FASE": "fasi", "FASI": "fasi", "FASE*": "fasi", "FASI*": "fasi", "CRONOPROGRAMMA": "fasi",
    "ATTIVITA": "fasi", "ATTIVITA PREVISTE": "fasi", "AZIONI PREVISTE": "fasi",
    "AZIONE": "fasi", "AZIONI": "fasi", "AZIONI*": "fasi", "ATTIVITA*": "fasi", "CRONOPROGRAMMA*": "fasi",
    "FASI E TEMPI": "fasi", "AZIONI E TEMPI": "fasi", "PIANO DELLE AZIONI": "fasi", "STEP": "fasi",
}
_VOCAB_EXACT = {k: v for k, v in _VOCAB.items() if not k.endswith("*")}
_VOCAB_PREFIX = sorted(
    ((k[:-1], v) for k, v in _VOCAB.items() if k.endswith("*")), key=lambda kv: -len(kv[0])
)

OBJECTIVE_WORDS = ("OBIETTIV", "SCHEDA", "PROGETTO", "AZIONE", "INTERVENTO")
_SUBLEVEL_RE = re.compile(r"\b(2|II|SECONDO)\s*°?\s*LIVELLO\b|\bSOTTO\s*OBIETTIV|\bFASE\b|\bFASI\b|\bAZION")


_YEAR_SUFFIX_RE = re.compile(r"\s20\d\d$")


@lru_cache(maxsize=4096)
def canonical_key(label: str) -> str | None:
    """Canonical field key of a label or column name, or None."""
    key = label_key(label).rstrip(" :")
    if _YEAR_SUFFIX_RE.search(fold_label(label)) and _VOCAB_EXACT.get(key) == "valore_atteso":
        return "target"  # an expected value for one year ("Valore atteso 2026") is a target
    if key in _VOCAB_EXACT:
        return _VOCAB_EXACT[key]
    if _SUBLEVEL_RE.search(key) and key.startswith(OBJECTIVE_WORDS):
        return "fasi"  # "OBIETTIVO OPERATIVO DI 2° LIVELLO": a phase of the block
    for prefix, value in _VOCAB_PREFIX:
        if key.startswith(prefix + " ") or key == prefix:
            return value
    if key.startswith("INDICATOR"):
        return "indicatori"
    return _near_key(key)


def _near_key(key: str) -> str | None:
    """A hand-typed label with a typo ("RESPONSABLE", "OBITTIVO"): the vocabulary label
    within one edit (two for long labels). Short labels are never matched fuzzily:
    one letter turns a short word into another word."""
    if len(key) < 6:
        return None
    budget = 1 if len(key) < 12 else 2
    # a typo changes letters inside the word; a longer or shorter form of the same
    # stem ("STRUTTURALE" / "STRUTTURA") is another word, not a typo
    found = {
        v for k, v in _VOCAB_EXACT.items()
        if len(k) >= 6 and not (key.startswith(k) or k.startswith(key)) and is_near(k, key, budget)
    }
    return found.pop() if len(found) == 1 else None


def is_known_label(label: str) -> bool:
    key = label_key(label).rstrip(" :")
    return key in _VOCAB_EXACT or canonical_key(label) is not None


# trailing numbers ("Obiettivo n. 3", "Target 2025", "Fase 2"): the label is the same field
_LABEL_NUMBER_RE = re.compile(r"(?:\s+(?:N|NR|NUMERO))?\s+(?:\d{1,3}(?:\s+\d{1,2})*|20\d\d(?:\s+20\d\d)*)$")


def label_key(label: str) -> str:
    """Folded label without its trailing number: "Obiettivo n. 3" -> "OBIETTIVO"."""
    return _LABEL_NUMBER_RE.sub("", fold_label(label)).strip() or fold_label(label)
