"""Italian wording for drafts: titles in the register of PIAO documents, quarters,
units of indicator targets.

"digitalizzare l'archivio delle pratiche edilizie" becomes the title
"Digitalizzazione dell'archivio delle pratiche edilizie": the leading verb turned
into its noun and the article merged with "di". An intent that does not start with a
known verb keeps its words (PIAOs also title objectives with an infinitive).
"""

from __future__ import annotations

import re

from ingest.text import PREPOSITIONS

# infinitive → the noun PIAOs use for the action
NOUNS: dict[str, str] = {
    "abbattere": "abbattimento", "accelerare": "accelerazione", "adeguare": "adeguamento",
    "aggiornare": "aggiornamento", "agevolare": "agevolazione", "ammodernare": "ammodernamento",
    "ampliare": "ampliamento", "analizzare": "analisi", "approvare": "approvazione",
    "archiviare": "archiviazione", "assicurare": "garanzia", "attivare": "attivazione",
    "attuare": "attuazione", "aumentare": "aumento", "avviare": "avvio", "censire": "censimento",
    "coinvolgere": "coinvolgimento", "completare": "completamento", "consolidare": "consolidamento",
    "contrastare": "contrasto", "controllare": "controllo", "coordinare": "coordinamento",
    "costituire": "costituzione", "costruire": "costruzione", "creare": "creazione",
    "definire": "definizione", "dematerializzare": "dematerializzazione", "diffondere": "diffusione",
    "digitalizzare": "digitalizzazione", "diminuire": "diminuzione", "eliminare": "eliminazione",
    "estendere": "estensione", "facilitare": "facilitazione", "formare": "formazione",
    "garantire": "garanzia", "gestire": "gestione", "implementare": "implementazione",
    "incentivare": "incentivazione", "incrementare": "incremento", "individuare": "individuazione",
    "informare": "informazione", "informatizzare": "informatizzazione", "installare": "installazione",
    "integrare": "integrazione", "introdurre": "introduzione", "istituire": "istituzione",
    "mantenere": "mantenimento", "manutenere": "manutenzione", "mappare": "mappatura",
    "migliorare": "miglioramento", "misurare": "misurazione", "modernizzare": "modernizzazione",
    "monitorare": "monitoraggio", "organizzare": "organizzazione", "ottimizzare": "ottimizzazione",
    "pianificare": "pianificazione", "potenziare": "potenziamento", "predisporre": "predisposizione",
    "prevenire": "prevenzione", "progettare": "progettazione", "promuovere": "promozione",
    "proseguire": "prosecuzione", "qualificare": "qualificazione", "rafforzare": "rafforzamento",
    "razionalizzare": "razionalizzazione", "realizzare": "realizzazione", "recuperare": "recupero",
    "redigere": "redazione", "regolamentare": "regolamentazione", "ridurre": "riduzione",
    "riorganizzare": "riorganizzazione", "riordinare": "riordino", "riqualificare": "riqualificazione",
    "rilevare": "rilevazione", "rinnovare": "rinnovo", "semplificare": "semplificazione",
    "sensibilizzare": "sensibilizzazione", "snellire": "snellimento", "sostenere": "sostegno",
    "sostituire": "sostituzione", "sperimentare": "sperimentazione", "standardizzare": "standardizzazione",
    "supportare": "supporto", "sviluppare": "sviluppo", "trasferire": "trasferimento",
    "tutelare": "tutela", "uniformare": "uniformazione", "valorizzare": "valorizzazione",
    "verificare": "verifica",
}

# "di" + article
_OF_ARTICLE = {
    "il": "del", "lo": "dello", "la": "della", "i": "dei", "gli": "degli", "le": "delle",
    "l'": "dell'", "l’": "dell'",
}
_LEAD_RE = re.compile(r"^\s*(?:obiettivo\s*(?:operativo)?\s*[:\-–]\s*|[-–•*\"«“]\s*)", re.IGNORECASE)


def noun_of(verb: str) -> str | None:
    """The action noun of an infinitive ("potenziare" → "potenziamento"), if known."""
    return NOUNS.get(verb.casefold())


def clean_intent(intent: str) -> str:
    """The intent as one line, without a leading label or bullet and final punctuation."""
    text = " ".join(intent.split())
    text = _LEAD_RE.sub("", text)
    return text.strip(" .;:\"»”")


def title_from_intent(intent: str) -> str:
    """A title in the register of the documents (see the module doc)."""
    text = clean_intent(intent)
    if not text:
        return ""
    words = text.split(" ")
    noun = noun_of(words[0])
    if noun is None or len(words) == 1:
        return text[0].upper() + text[1:]
    rest = words[1:]
    first = rest[0].casefold()
    elided = re.match(r"^(l['’])(.+)$", rest[0], flags=re.IGNORECASE)
    if first in _OF_ARTICLE:
        phrase = " ".join([_OF_ARTICLE[first], *rest[1:]])
    elif elided:
        phrase = "dell'" + elided.group(2) + (" " + " ".join(rest[1:]) if rest[1:] else "")
    elif first in ("un", "uno", "una", "un'"):
        phrase = "di " + " ".join(rest)
    elif first in PREPOSITIONS or first.endswith("mente"):
        phrase = " ".join(rest)
    else:
        phrase = "di " + " ".join(rest)
    return f"{noun[0].upper()}{noun[1:]} {phrase}"


def object_phrase(intent: str) -> str | None:
    """What the leading verb acts on, as the title writes it ("dell'archivio delle
    pratiche edilizie"); None when the intent does not start with a known verb."""
    text = clean_intent(intent)
    words = text.split(" ")
    if len(words) < 2 or noun_of(words[0]) is None:
        return None
    title = title_from_intent(text)
    return title.split(" ", 1)[1] if " " in title else None


def starts_with_verb(intent: str) -> bool:
    words = clean_intent(intent).split(" ")
    return bool(words and words[0]) and (
        noun_of(words[0]) is not None or bool(re.fullmatch(r"[a-zà-ù]+(?:are|ere|ire)", words[0].casefold()))
    )


def lower_first(text: str) -> str:
    """'Digitalizzazione …' → 'digitalizzazione …' (an acronym keeps its capitals)."""
    if len(text) > 1 and text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]


_QUARTER_NAMES = ("I", "II", "III", "IV")
_QUARTER_MONTHS = (("gennaio", "marzo"), ("aprile", "giugno"), ("luglio", "settembre"), ("ottobre", "dicembre"))


def quarter_span(first: int, last: int, year: int) -> str:
    """'aprile-settembre 2026 (II-III trimestre)' for quarters 2..3 of 2026."""
    if not 1 <= first <= last <= 4:
        raise ValueError(f"quarters must satisfy 1 <= first <= last <= 4, got {first}, {last}")
    months = f"{_QUARTER_MONTHS[first - 1][0]}-{_QUARTER_MONTHS[last - 1][1]} {year}"
    names = _QUARTER_NAMES[first - 1] if first == last else f"{_QUARTER_NAMES[first - 1]}-{_QUARTER_NAMES[last - 1]}"
    return f"{months} ({names} trimestre)"


_DATE_RE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")
_YESNO_RE = re.compile(r"\b(?:s[iì]\s*/\s*no|sì|si|no)\b", re.IGNORECASE)


def indicator_unit(name: str, target: str | None) -> str | None:
    """'%', 'n.', 'data' or 'sì/no' for an indicator (None when it does not say)."""
    text = f"{name} {target or ''}"
    if "%" in text or re.search(r"\bpercentual", text, re.IGNORECASE):
        return "%"
    if re.search(r"\(?s[iì]\s*/\s*no\)?", text, re.IGNORECASE):
        return "sì/no"
    if _DATE_RE.search(target or "") or re.search(r"\b(?:data|entro il|scadenza)\b", name, re.IGNORECASE):
        return "data"
    if re.search(r"(?:^|\s)(?:n\.|n°|nr\.?|numero)\s?", text, re.IGNORECASE):
        return "n."
    return None


def is_measurable(target: str) -> bool:
    """A target with a number, a percentage, a date or a yes/no value."""
    return bool(_NUMBER_RE.search(target) or _YESNO_RE.search(target))
