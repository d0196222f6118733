"""Label and column names of PIAO documents mapped to canonical field keys: one
vocabulary for blocks, tables and sub-sections."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.text import Field, fold_label, is_near

# Canonical field keys, from label / column names (folded). Exact matches first,
# then the longest prefix marked with a trailing "*".
_VOCAB: dict[str, Field | None] = {
    # titles
    "TITOLO": Field.TITOLO, "OBIETTIVO": Field.TITOLO, "OBIETTIVI": Field.TITOLO,
    "OBIETTIVO OPERATIVO": Field.TITOLO, "OBIETTIVI OPERATIVI": Field.TITOLO,
    "OBIETTIVO OPERATIVO*": Field.TITOLO, "DESCRIZIONE OBIETTIVO": Field.TITOLO,
    "DENOMINAZIONE": Field.TITOLO, "INTERVENTO": Field.TITOLO, "TITOLO OBIETTIVO": Field.TITOLO,
    "DENOMINAZIONE OBIETTIVO": Field.TITOLO, "TITOLO DELL OBIETTIVO": Field.TITOLO, "TITOLO OBIETTIVO OPERATIVO": Field.TITOLO,
    "NOME OBIETTIVO": Field.TITOLO, "OBIETTIVO DUP": Field.OBIETTIVO_STRATEGICO, "OBIETTIVO STRATEGICO DI RIFERIMENTO": Field.OBIETTIVO_STRATEGICO, "OBIETTIVO DI PEG": Field.TITOLO, "OBIETTIVO GESTIONALE": Field.TITOLO,
    "OBIETTIVO DI PERFORMANCE": Field.TITOLO, "OBIETTIVO SPECIFICO": Field.TITOLO,
    "OGGETTO": Field.TITOLO, "OGGETTO DELL OBIETTIVO": Field.TITOLO,
    # codes
    "CODICE": Field.CODICE, "COD": Field.CODICE, "CODICE OBIETTIVO": Field.CODICE, "N": Field.CODICE,
    "NR": Field.CODICE, "ID": Field.CODICE, "RIF DUP": Field.CODICE, "RIFERIMENTO DUP": Field.CODICE,
    "PROGRAMMI": Field.CODICE, "PROGRAMMA": Field.CODICE, "MISSIONE PROGRAMMA": Field.CODICE,
    # a code's label followed by what it numbers ("N. obiettivo", "Cod. obiettivo")
    "N OBIETTIVO": Field.CODICE, "NR OBIETTIVO": Field.CODICE, "NUMERO OBIETTIVO": Field.CODICE,
    "COD OBIETTIVO": Field.CODICE, "ID OBIETTIVO": Field.CODICE,
    # (the objective's number abbreviated, as a schedule keyed by it heads it: "Ob. | Fase | …")
    "OB": Field.CODICE, "N OB": Field.CODICE, "COD OB": Field.CODICE,
    # strategic frame
    "OBIETTIVO STRATEGICO": Field.OBIETTIVO_STRATEGICO, "OBIETTIVI STRATEGICI": Field.OBIETTIVO_STRATEGICO,
    "OBIETTIVO STRATEGICO DUP": Field.OBIETTIVO_STRATEGICO,
    # the link of an operational objective to the strategic plan it serves
    "COLLEGAMENTO DUP": Field.OBIETTIVO_STRATEGICO, "COLLEGAMENTO AL DUP": Field.OBIETTIVO_STRATEGICO,
    "INDIRIZZO STRATEGICO": Field.AREA_STRATEGICA, "INDIRIZZI STRATEGICI": Field.AREA_STRATEGICA,
    "AMBITO STRATEGICO": Field.AREA_STRATEGICA, "AREA STRATEGICA": Field.AREA_STRATEGICA,
    "LINEA STRATEGICA": Field.AREA_STRATEGICA, "LINEE STRATEGICHE": Field.AREA_STRATEGICA,
    "LINEA DI MANDATO": Field.AREA_STRATEGICA, "LINEE DI MANDATO": Field.AREA_STRATEGICA,
    "AMBITO": Field.AREA_STRATEGICA, "MISSIONE": Field.AREA_STRATEGICA,
    "OBIETTIVO DI MANDATO": None,
    # people and offices
    "RESPONSABILE": Field.RESPONSABILE, "RESPONSABILE*": Field.RESPONSABILE,
    "RESPONSABILE GESTIONALE": Field.RESPONSABILE, "DIRIGENTE": Field.RESPONSABILE,
    "DIRIGENTE RESPONSABILE": Field.RESPONSABILE, "REFERENTE": Field.RESPONSABILE,
    "REFERENTE*": Field.RESPONSABILE, "DIRIGENTE REFERENTE": Field.RESPONSABILE, "FUNZIONARIO REFERENTE": Field.RESPONSABILE, "TITOLARE*": Field.RESPONSABILE, "RESPONSABILE DELL OBIETTIVO": Field.RESPONSABILE,
    "CENTRO DI RESPONSABILITA": Field.SETTORE, "CDR": Field.SETTORE,
    "UFFICIO COMPETENTE": Field.SETTORE, "SERVIZIO COMPETENTE": Field.SETTORE, "SETTORE COMPETENTE": Field.SETTORE,
    "AREA SERVIZIO": Field.SETTORE, "AREA SETTORE": Field.SETTORE, "SETTORE SERVIZIO": Field.SETTORE,
    "UNITA OPERATIVA": Field.SETTORE, "U O": Field.SETTORE, "UO": Field.SETTORE, "DIREZIONE": Field.SETTORE,
    "RESPONSABILE POLITICO": Field.RESPONSABILE_POLITICO, "ASSESSORE": Field.RESPONSABILE_POLITICO,
    "ASSESSORE DI RIFERIMENTO": Field.RESPONSABILE_POLITICO, "REFERENTE POLITICO": Field.RESPONSABILE_POLITICO,
    "SETTORE": Field.SETTORE, "SETTORI": Field.SETTORE, "SETTORE*": Field.SETTORE, "AREA": Field.SETTORE,
    "SERVIZIO": Field.SETTORE, "SERVIZI": Field.SETTORE, "UFFICIO": Field.SETTORE, "STRUTTURA": Field.SETTORE,
    "UNITA ORGANIZZATIVA": Field.SETTORE, "STRUTTURA RESPONSABILE": Field.SETTORE,
    "AREA ORGANIZZATIVA": Field.SETTORE, "SETTORE RESPONSABILE": Field.SETTORE, "AREA RESPONSABILE": Field.SETTORE,
    # an org chart's column of the offices a unit holds, named as a pair or with a qualifier
    "UFFICI E SERVIZI": Field.SETTORE, "SERVIZI E UFFICI": Field.SETTORE, "SERVIZI ASSEGNATI": Field.SETTORE,
    "UFFICI E SERVIZI ASSEGNATI": Field.SETTORE, "SERVIZI DI COMPETENZA": Field.SETTORE, "UFFICI": Field.SETTORE,
    "DIPENDENTI": Field.DIPENDENTI, "DIPENDENTI*": Field.DIPENDENTI, "PERSONALE COINVOLTO": Field.DIPENDENTI,
    "RISORSE UMANE": Field.DIPENDENTI, "PERSONALE": Field.DIPENDENTI, "PERSONALE ASSEGNATO": Field.DIPENDENTI,
    "PERSONALE*": Field.DIPENDENTI, "RISORSE UMANE*": Field.DIPENDENTI, "GRUPPO DI LAVORO": Field.DIPENDENTI,
    "STAKEHOLDER": Field.STAKEHOLDER, "STAKEHOLDERS": Field.STAKEHOLDER, "PORTATORI DI INTERESSE": Field.STAKEHOLDER,
    "DESTINATARI": Field.STAKEHOLDER, "BENEFICIARI": Field.STAKEHOLDER, "PORTATORI D INTERESSE": Field.STAKEHOLDER,
    "STAKEHOLDER*": Field.STAKEHOLDER, "SOGGETTI COINVOLTI": Field.STAKEHOLDER, "PARTNER": Field.STAKEHOLDER,
    "SOGGETTI INTERESSATI": Field.STAKEHOLDER,
    # why / what
    "MOTIVAZIONE": Field.MOTIVAZIONE, "FINALITA": Field.MOTIVAZIONE, "FINALITA'": Field.MOTIVAZIONE,
    "RAZIONALE": Field.MOTIVAZIONE, "DESCRIZIONE": Field.MOTIVAZIONE, "MOTIVAZIONI": Field.MOTIVAZIONE,
    "VALORE ATTESO": Field.VALORE_ATTESO, "RISULTATO ATTESO": Field.VALORE_ATTESO,
    "RISULTATI ATTESI": Field.VALORE_ATTESO, "IMPATTO ATTESO": Field.VALORE_ATTESO,
    "VALORE PUBBLICO ATTESO": Field.VALORE_ATTESO, "RISULTATO ATTESO*": Field.VALORE_ATTESO,
    # (the other nouns of an outcome expected: "Esito atteso", "Effetti attesi")
    "ESITO ATTESO": Field.VALORE_ATTESO, "ESITI ATTESI": Field.VALORE_ATTESO, "EFFETTO ATTESO": Field.VALORE_ATTESO,
    "EFFETTI ATTESI": Field.VALORE_ATTESO, "BENEFICI ATTESI": Field.VALORE_ATTESO,
    "OUTCOME": Field.VALORE_ATTESO, "OUTPUT ATTESO": Field.VALORE_ATTESO, "OUTPUT": Field.VALORE_ATTESO, "IMPATTO": Field.VALORE_ATTESO, "FINALITA*": Field.MOTIVAZIONE,
    "MOTIVAZIONE*": Field.MOTIVAZIONE, "DESCRIZIONE SINTETICA": Field.MOTIVAZIONE,
    "PERCHE*": Field.MOTIVAZIONE, "SCOPO": Field.MOTIVAZIONE, "OBIETTIVO DELL INTERVENTO": Field.MOTIVAZIONE,
    # when
    "ARCO TEMPORALE": Field.SCADENZA, "SCADENZA": Field.SCADENZA, "TEMPISTICA": Field.SCADENZA,
    "TEMPI": Field.SCADENZA, "TERMINE": Field.SCADENZA, "DATA SCADENZA": Field.SCADENZA,
    "TEMPI DI REALIZZAZIONE": Field.SCADENZA, "DURATA": Field.SCADENZA, "ANNUALITA": Field.SCADENZA,
    "TERMINE DI REALIZZAZIONE": Field.SCADENZA, "DATA DI CONCLUSIONE": Field.SCADENZA, "ORIZZONTE TEMPORALE": Field.SCADENZA,
    "SCADENZA*": Field.SCADENZA, "TERMINE*": Field.SCADENZA, "ENTRO IL": Field.SCADENZA, "ENTRO": Field.SCADENZA,
    "DA REALIZZARE ENTRO": Field.SCADENZA, "DATA DI COMPLETAMENTO": Field.SCADENZA, "CONCLUSIONE": Field.SCADENZA,
    "DATA PREVISTA": Field.SCADENZA, "TEMPO DI REALIZZAZIONE": Field.SCADENZA, "PERIODO": Field.SCADENZA,
    "PERIODO DI REALIZZAZIONE": Field.SCADENZA, "PERIODO DI SVOLGIMENTO": Field.SCADENZA,
    # measures
    "INDICATORE": Field.INDICATORI, "INDICATORI": Field.INDICATORI, "INDICATORE*": Field.INDICATORI,
    "INDICATORI*": Field.INDICATORI,
    "KPI": Field.INDICATORI, "KPI*": Field.INDICATORI, "MISURA": Field.INDICATORI, "MISURE": Field.INDICATORI,
    "INDICATORE DI RISULTATO": Field.INDICATORI, "INDICATORI DI RISULTATO": Field.INDICATORI,
    "MISURATORE": Field.INDICATORI, "MISURATORI": Field.INDICATORI,
    "TARGET": Field.TARGET, "TARGET*": Field.TARGET, "VALORE TARGET": Field.TARGET,
    "RISULTATO ATTESO INDICATORE": Field.TARGET, "VALORE OBIETTIVO": Field.TARGET, "VALORE OBIETTIVO*": Field.TARGET,
    "ATTESO": Field.TARGET, "ATTESO*": Field.TARGET, "VALORE ATTESO*": Field.TARGET, "RISULTATO ATTESO 20*": Field.TARGET,
    # how an indicator is measured and from where
    "FORMULA": Field.FORMULA, "FORMULA*": Field.FORMULA, "MODALITA DI CALCOLO": Field.FORMULA,
    "METODO DI CALCOLO": Field.FORMULA, "ALGORITMO": Field.FORMULA,
    "BASELINE": Field.BASELINE, "BASELINE*": Field.BASELINE, "VALORE DI PARTENZA": Field.BASELINE,
    "VALORE INIZIALE": Field.BASELINE, "VALORE ATTUALE": Field.BASELINE, "DATO DI PARTENZA": Field.BASELINE,
    "FONTE": Field.FONTE, "FONTE DEL DATO": Field.FONTE, "FONTE DATI": Field.FONTE,
    "PESO": Field.PESO, "PESO*": Field.PESO, "PONDERAZIONE": Field.PESO,
    # phases
    "FASE": Field.FASI, "FASI": Field.FASI, "FASE*": Field.FASI, "FASI*": Field.FASI, "CRONOPROGRAMMA": Field.FASI,
    "ATTIVITA": Field.FASI, "ATTIVITA PREVISTE": Field.FASI, "AZIONI PREVISTE": Field.FASI,
    "AZIONE": Field.FASI, "AZIONI": Field.FASI, "AZIONI*": Field.FASI, "ATTIVITA*": Field.FASI, "CRONOPROGRAMMA*": Field.FASI,
    "FASI E TEMPI": Field.FASI, "AZIONI E TEMPI": Field.FASI, "PIANO DELLE AZIONI": Field.FASI, "STEP": Field.FASI,
    "STEP OPERATIVI": Field.FASI, "PASSI OPERATIVI": Field.FASI, "TAPPE": Field.FASI,
    # measures and heads named in plain words ("Come misuriamo il risultato", "Funzionario EQ")
    "MISURAZIONE": Field.INDICATORI, "MISURAZIONE*": Field.INDICATORI, "COME MISURIAMO*": Field.INDICATORI,
    "FUNZIONARIO EQ": Field.RESPONSABILE, "FUNZIONARIO E Q": Field.RESPONSABILE, "RESPONSABILE EQ": Field.RESPONSABILE,
    "FUNZIONARIO RESPONSABILE": Field.RESPONSABILE, "TITOLARE EQ": Field.RESPONSABILE,
    # the post-2023 contract's head of a service, "incaricato di Elevata Qualificazione"
    "INCARICATO EQ": Field.RESPONSABILE, "INCARICATA EQ": Field.RESPONSABILE, "INCARICATO E Q": Field.RESPONSABILE,
    "INCARICATO DI EQ": Field.RESPONSABILE, "INCARICATA DI EQ": Field.RESPONSABILE,
    "INCARICATO DI ELEVATA QUALIFICAZIONE": Field.RESPONSABILE, "INCARICATA DI ELEVATA QUALIFICAZIONE": Field.RESPONSABILE,
}
_VOCAB_EXACT = {k: v for k, v in _VOCAB.items() if not k.endswith("*")}
_VOCAB_PREFIX = sorted(
    ((k[:-1], v) for k, v in _VOCAB.items() if k.endswith("*")), key=lambda kv: -len(kv[0])
)

OBJECTIVE_WORDS = ("OBIETTIV", "SCHEDA", "PROGETTO", "AZIONE", "INTERVENTO")
# an objective's own code as titles print it before the title: letters and a number
# (a year too, "OB.2026/02"), or a number, then up to four more numbers ("OO-1.1.1", "3.2")
OBJECTIVE_CODE = r"(?:[A-Z]{1,4}[-. ]?\d{1,4}|\d{1,3})(?:[.\-/]\d{1,3}){0,4}"
_SUBLEVEL_RE = re.compile(r"\b(2|II|SECONDO)\s*°?\s*LIVELLO\b|\bSOTTO\s*OBIETTIV|\bFASE\b|\bFASI\b|\bAZION")


_YEAR_SUFFIX_RE = re.compile(r"\s20\d\d$")
# a label qualified by the planning document it comes from ("Linea strategica DUP",
# "Obiettivo strategico del DUP", "Centro di costo PEG") is the label itself
EXPLAINED_RE = re.compile(r"\s*\([^()]*\)\s*:?\s*$")
_SOURCE_QUALIFIER_RE = re.compile(r"\s+(?:(?:DEL|DAL|NEL)\s+)?(?:DUP|PEG|PIAO|PDO|SES|SEO)$")


# "di riferimento" after a label points at what the field refers to: "Linea strategica
# DUP di riferimento" is the strategic line, as "Linea strategica DUP" is
_REFERENCE_QUALIFIER_RE = re.compile(r"\s+DI RIFERIMENTO$")
# so does a participle of linking after a frame's label ("Obiettivo strategico DUP
# collegato"); an "obiettivo collegato" of a row is another objective it points to, no
# title of its own
_LINKED_RE = re.compile(r"\s+(?:COLLEGAT|CORRELAT|ASSOCIAT)[OAIE]$")


# a participle after a label says how its items take part ("Stakeholder coinvolti",
# "Fasi previste", "Personale interessato"): the label is the same field
_PARTICIPLE_RE = re.compile(r"\s+(?:COINVOLT|INTERESSAT|ASSEGNAT|PREVIST)[IOAE]$")


# a qualifier after an office's label names the office in charge: the label is the
# office's ("Area responsabile", "Ufficio competente", "Servizio di riferimento")
_OFFICE_QUALIFIER_RE = re.compile(r"\s+(?:RESPONSABILE|COMPETENTE|DI RIFERIMENTO|CAPOFILA|INCARICAT[OA])$")


@lru_cache(maxsize=4096)
def canonical_key(label: str, fuzzy: bool = True) -> Field | None:
    """Canonical field key of a label or column name, or None; `fuzzy` also reads a
    hand-typed label with a typo (documents only: in a question, a word within one
    edit of a label is another word, "nazionale" is not "razionale")."""
    # a parenthesis after a label explains it (the columns of its items, a unit):
    # "Misurazione (indicatore – partenza – 2026 – 2027)" is the label "Misurazione"
    if (bare := EXPLAINED_RE.sub("", label)) != label and bare.strip():
        label = bare
    key = label_key(label).rstrip(" :")
    if _YEAR_SUFFIX_RE.search(fold_label(label)) and _VOCAB_EXACT.get(key) == Field.VALORE_ATTESO:
        return Field.TARGET  # an expected value for one year ("Valore atteso 2026") is a target
    if key in _VOCAB_EXACT:
        return _VOCAB_EXACT[key]
    if (bare := _SOURCE_QUALIFIER_RE.sub("", _REFERENCE_QUALIFIER_RE.sub("", key))) != key and bare in _VOCAB_EXACT:
        return _VOCAB_EXACT[bare]
    if (bare := _PARTICIPLE_RE.sub("", key)) != key and bare in _VOCAB_EXACT:
        return _VOCAB_EXACT[bare]
    if (bare := _SOURCE_QUALIFIER_RE.sub("", _LINKED_RE.sub("", key))) != key \
            and _VOCAB_EXACT.get(bare) in (Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA):
        return _VOCAB_EXACT[bare]
    if _SUBLEVEL_RE.search(key) and key.startswith(OBJECTIVE_WORDS):
        return Field.FASI  # "OBIETTIVO OPERATIVO DI 2° LIVELLO": a phase of the block
    if (m := _OFFICE_QUALIFIER_RE.search(key)) and _VOCAB_EXACT.get(key[:m.start()]) == Field.SETTORE:
        return Field.SETTORE  # "Unità organizzativa responsabile", "Servizio di riferimento"
    for prefix, value in _VOCAB_PREFIX:
        if key.startswith(prefix + " ") or key == prefix:
            return value
    if key.startswith("INDICATOR"):
        return Field.INDICATORI
    if "/" in label:
        # "Descrizione / finalità", "Fasi/tempi": a column named by alternatives is
        # the field of the first alternative the vocabulary knows
        for part in label.split("/"):
            if part.strip() and (found := canonical_key(part, fuzzy)) is not None:
                return found
    if len(pair := re.split(r"\s+E\s+", key)) == 2 and all(part in _VOCAB_EXACT for part in pair):
        # "Descrizione e motivazione", "Fasi e scadenze": a label joining two labels
        # is the first one's field, as a label of alternatives ("Fasi/tempi") is
        return _VOCAB_EXACT[pair[0]]
    if (found := _abbreviated_key(label, key)) is not None:
        return found
    return _near_key(key) if fuzzy else None


def _abbreviated_key(label: str, key: str) -> Field | None:
    """A label with words cut short by a dot ("Area resp.", "Resp. obiettivo", "Ind.
    risultato") stands for the one vocabulary label whose words they open."""
    shortened = {fold_label(w) for w in re.findall(r"([^\W\d_]{2,})\.", label)}
    words = key.split()
    if not shortened or not shortened & set(words):
        return None
    found = {
        v for k, v in _VOCAB_EXACT.items()
        if len(kw := k.split()) == len(words) and all(
            a == b or (a in shortened and b.startswith(a)) for a, b in zip(words, kw, strict=True))
    }
    return found.pop() if len(found) == 1 else None


def _near_key(key: str) -> Field | None:
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


def near_label(word: str) -> str | None:
    """The one single-word label a hand-typed word misspells ("dipendeti" →
    "dipendenti"), lower case; None for a label itself or no unique near label."""
    key = label_key(word).rstrip(" :")
    if " " in key or len(key) < 6 or key in _VOCAB_EXACT:
        return None
    budget = 1 if len(key) < 12 else 2
    found = {k for k in _VOCAB_EXACT
             if " " not in k and len(k) >= 6 and not (key.startswith(k) or k.startswith(key)) and is_near(k, key, budget)}
    return found.pop().lower() if len(found) == 1 else None


@lru_cache(maxsize=64)
def labels_of(field: Field) -> tuple[str, ...]:
    """The exact labels of one field, folded ("VALORE DI PARTENZA", "BASELINE")."""
    return tuple(k for k, v in _VOCAB_EXACT.items() if v == field)


def opening_label(text: str) -> Field | None:
    """The field whose label the text opens with, before a colon ("Risultato atteso: …",
    "Responsabile: …"); None when it opens with no field's label."""
    m = re.match(r"\s*([^:]{1,40}):(?:\s|$)", text)
    return canonical_key(m.group(1)) if m else None


def is_known_label(label: str) -> bool:
    key = label_key(label).rstrip(" :")
    return key in _VOCAB_EXACT or canonical_key(label) is not None


def is_exact_label(label: str) -> bool:
    """The label is a vocabulary entry itself (a year or number aside), not a phrase
    that only opens with one ("Responsabile Area Risorse")."""
    return label_key(label).rstrip(" :") in _VOCAB_EXACT


def is_asked_label(phrase: str) -> bool:
    """A question's phrase that names a field by its label, also with the participle
    plans write after it ("gli stakeholder coinvolti", "le fasi previste")."""
    key = label_key(phrase).rstrip(" :")
    return key in _VOCAB_EXACT or _PARTICIPLE_RE.sub("", key) in _VOCAB_EXACT


# trailing numbers ("Obiettivo n. 3", "Target 2025", "Fase 2"): the label is the same field
# (a code may open with a letter or two: "Obiettivo T1")
# ("Scheda obiettivo 2026/03": a number within the plan's year)
_LABEL_NUMBER_RE = re.compile(
    r"(?:\s+(?:N|NR|NUMERO))?\s+(?:[A-Z]{0,2}\d{1,3}(?:\s+\d{1,2})*|20\d\d(?:\s+20\d\d)*|20\d\d\s+\d{1,3})$")


def label_key(label: str) -> str:
    """Folded label without its trailing number: "Obiettivo n. 3" -> "OBIETTIVO"."""
    return _LABEL_NUMBER_RE.sub("", fold_label(label)).strip() or fold_label(label)


# the columns of a span's start and end, as a schedule names them ("Fase | Dal | Al",
# "Inizio | Fine", "Data di avvio"): column names only, no field labels, since "dal
# 2026:" opens a list item and "data di fine lavori" in a question asks a date
SPAN_COLUMN_RE = re.compile(r"(?i)^(?:(?P<start>dal|inizio|data\s+(?:di\s+)?(?:inizio|avvio)|avvio)|"
                            r"al|fine|data\s+(?:di\s+)?fine)$")
