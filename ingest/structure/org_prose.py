"""Org charts written as prose: a paragraph per office ("L'Area 1 – Affari Generali,
affidata alla dott.ssa Anna Neri, comprende la Segreteria e il Protocollo; vi operano 9
dipendenti."), as plans without an org table describe their structure.

Each office's paragraph becomes an ORG_CHART unit with the fields a table row would
give: the office, its head (named after a verb of charge whose subject is the office,
"è affidata a", "è preposto il", "è diretta da"), the services it comprises and its
staff. An office run ad interim by another office's head ("affidata ad interim alla
Responsabile dell'Area 1") is given that office's head, read from the same text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.structure.lines import Line
from ingest.structure.people import APPOINTED_ROLE, person_in, strip_honorific, titled_names
from ingest.text import Field, fold_name

# an office named with its kind and its number, and the name after a dash:
# "Area 1 – Affari Generali e Servizi Demografici", "Settore III – Tecnico"
# (a name in sentence case goes on in lower case, "Servizi finanziari e tributi", also
# past commas, "Lavori pubblici, manutenzioni e protezione civile", up to the words
# that start the sentence's predicate or a clause: a verb, an article, a participle of
# charge, "(", ";")
_NAME_STOP = (r"(?:è|ed|ha|hanno|conta|contano|comprende|comprendente|costituisce|include|raggruppa|che|cui|ne|vi|"
              r"il|lo|la|le|gli|i|l|un|una|dal|dalla|dallo|titolare|responsabile|"
              r"affidat\w*|prepost\w*|dirett\w*|guidat\w*|rett[oa]|coordinat\w*|con|in|nel|nella|sotto)")
_NAME_WORD = rf"(?:[A-ZÀ-Ý][\w'’-]*|(?!{_NAME_STOP}\b)[a-zà-ÿ][\w'’-]*)"
OFFICE_RE = re.compile(
    r"\b(?P<kind>Area|Settore|Servizio|Unità\s+organizzativa)\s+(?P<num>\d{1,2}|[IVX]{1,4})\b"
    rf"(?:\s*[–—-]\s*(?P<name>[A-ZÀ-Ý][\w'’-]*(?:,?\s+{_NAME_WORD}){{0,8}}))?")
# an office named by its kind and a capitalised name, without a number ("l'Area
# Contabile", "l'Area Tecnica – Opere Pubbliche e Ambiente"): in prose a
# plan that does not number its offices names them so
# (the municipal police, an office every comune has, is named as a body of police:
# "il Corpo di Polizia Locale", "il Comando di Polizia Municipale")
NAMED_OFFICE_RE = re.compile(
    r"\b(?P<kind>Corpo|Comando)\s+(?P<name>(?:di|della)\s+Polizia\s+(?:Locale|Municipale))\b|"
    rf"\b(?P<kind2>Area|Settore|Servizio)\s+(?P<name2>[A-ZÀ-Ý][\w'’-]*(?:\s+(?!e\b){_NAME_WORD}|\s+e\s+[A-ZÀ-Ý][\w'’-]*){{0,5}}"
    rf"(?:\s*[–—-]\s*[A-ZÀ-Ý][\w'’-]*(?:\s+{_NAME_WORD}){{0,6}})?)")
# the article (or "a" with it) before an office named as a paragraph's subject
_SUBJECT_ARTICLE = re.compile(r"\s*(?:(?:l|all|dell)['’]\s*|(?:il|la|lo|al|alla|allo)\s+)?", re.IGNORECASE)
# a verb of charge whose subject is the office the paragraph is about: passive after
# "è" ("è affidata alla", "è preposto il", "ed è diretta dall'") or right after the
# office's name (", affidata alla …")
_CHARGE_RE = re.compile(
    r"(?i)(?:(?:\bè|,)\s+(?:affidat[oa]|prepost[oa]|dirett[oa]|guidat[oa]|rett[oa]|coordinat[oa])"
    # (or with the head as subject: "ne è responsabile l'ing. X", "fa capo alla dott.ssa X")
    r"|\bne\s+è\s+(?:responsabile|titolare|a\s+capo)|\bfa\s+capo)"
    r"(?P<interim>\s+ad\s+interim)?\s+(?:(?:all['’]|alla|allo|al|a|dall['’]|dalla|dallo|dal|il|la|lo|l['’])\b)?\s*")
# a role that heads an office ad interim ("affidata ad interim al Segretario generale"):
# the role's holder, whom the plan names elsewhere
_ROLE_AS_HEAD_RE = re.compile(rf"(?i)^{APPOINTED_ROLE}(?:\s+(?:generale|comunale))?\b")
# the head named by another office's role: "alla Responsabile dell'Area 1"
OFFICE_HEAD_RE = re.compile(
    r"(?i)\b(?:responsabile|titolare|dirigente)\s+(?:dell['’]\s*|del\s+)(?P<kind>area|settore|servizio)\s+(?P<num>\d{1,2}|[IVX]{1,4})\b")
# what the office comprises: "comprende …", "raggruppa …", "vi fanno capo …"
# (plural "fanno capo", "ne fanno parte": the offices it comprises, never its head;
# "distribuiti tra": its staff spread over them)
_SERVICES_RE = re.compile(r"(?i)\b(?:comprende|raggruppa|include|(?:vi\s+|le\s+|gli\s+)?fanno\s+capo|ne\s+fanno\s+parte|"
                          r"si\s+articola\s+in|distribuit[io]\s+tra)\s+"
                          r"(?P<list>[^;.:]{5,300})")
# a parenthesis right after an office's name, of several items
_LISTED_RE = re.compile(r"\s*\(([^()]{3,200},[^()]*)\)")
# an office's staff said in its text ("dipendenti assegnati: 12", "conta 9 dipendenti"), in
# a prose paragraph or an org chart's entry alike
_STAFF_TEXT_RE = re.compile(
    r"(?i)\b(?:dipendenti|personale|unit[aà]\s+di\s+personale|addetti|organico)(?:\s+(?:assegnat[oi]|in\s+servizio))?"
    r"\s*[:=]\s*(\d{1,4})\b|\b(\d{1,4})\s+(?:dipendenti|unit[aà]|addetti)\b")
# a sentence about the offices together ("Complessivamente le cinque Aree contano 47
# dipendenti"): the ente's, not the office's the paragraph before describes
_WHOLE_RE = re.compile(r"(?:^|(?<=[.;])\s+)(?:Complessivamente|In\s+totale|Nel\s+complesso|Nell['’]insieme|In\s+tutto)\b")
# a paragraph about an office opens with it: "L'Area 1 – …", "All'Area 2 – … è preposto",
# "La Polizia Locale costituisce l'Area 5 – …" (the office named in its first words;
# "Fa capo alla dott.ssa X, titolare di EQ, il Settore V": after its head's name)
_OPENING_WORDS = 14
_LIST_ITEM_RE = re.compile(r"^\s*[-•▪*]\s")


def prose_entries(lines: Sequence[Line], taken: set[int]) -> list[tuple[int, int, dict[str, str], str]]:
    """Each office paragraph as (first line, last line, fields, office), in document order; a paragraph
    opens on a line after a finished sentence and names an office in its first words."""
    starts = [ln.idx for ln in lines if _opens_office(lines, ln, taken)]
    if len(starts) < 2:
        return []  # (one office in prose is a mention, not an org chart)
    entries: list[tuple[int, int, dict[str, str], str]] = []
    for i, first in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(lines)
        last = first
        for k in range(first + 1, stop):
            if k in taken or lines[k].blank or lines[k].raw.lstrip().startswith(("#", "**")):
                break
            last = k
            if _WHOLE_RE.search(lines[k].clean):
                break  # (a sentence about all the offices together closes the last one's)
        text = " ".join(lines[k].clean for k in range(first, last + 1))
        text = _WHOLE_RE.split(text, maxsplit=1)[0]
        m = _office_in(" ".join(text.split()[:_OPENING_WORDS + 8]))
        if m is None:
            continue
        office = " ".join(m.group(0).split()).rstrip(" ,")
        fields = {Field.SETTORE: office}
        if (charge := _head_of(text, text.find(m.group(0)) + len(m.group(0)))) is not None:
            fields[Field.TITOLARE] = charge
        if services := _SERVICES_RE.search(text):
            fields[Field.SERVIZI] = "; ".join(_items(services.group("list")))
        elif listed := _LISTED_RE.match(text, text.find(m.group(0)) + len(m.group(0))):
            # "Settore II – Servizi finanziari (ragioneria, tributi, economato)": the
            # parenthesis after an office's name lists what it comprises
            fields[Field.SERVIZI] = "; ".join(p.strip() for p in re.split(r",\s*|\s+e\s+", listed.group(1)) if p.strip())
        if staff := staff_stated(text):
            fields[Field.ORGANICO] = staff
        key = office_key(m.group("kind"), m.group("num")) if m.re is OFFICE_RE else fold_name(office)
        entries.append((first, last, fields, key))
    resolve_interim([(key, fields) for _, _, fields, key in entries])
    return [(first, last, fields, fields[Field.SETTORE]) for first, last, fields, _ in entries
            if Field.TITOLARE in fields]


def resolve_interim(entries: Sequence[tuple[str, dict[str, str]]]) -> None:
    """Entries as (office key, fields): a head marked as another office's (`interim_of`)
    becomes that office's person; one the chart does not name leaves no head."""
    heads = {key: f.get(Field.TITOLARE, "") for key, f in entries}
    for _, fields in entries:
        head = fields.get(Field.TITOLARE, "")
        if head.startswith(_INTERIM):
            # run ad interim by another office's head: that office's person
            other = heads.get(head[len(_INTERIM):], "")
            if other and not other.startswith(_INTERIM):
                fields[Field.TITOLARE] = other
            else:
                del fields[Field.TITOLARE]


def interim_of(kind: str, num: str) -> str:
    """The head of an office given as another office's ("il Responsabile del Settore 1"),
    marked to be resolved once every office is read."""
    return _INTERIM + office_key(kind, num)


_WHO_CHARS = 90  # (how far after the verb of charge its object is read)
_INTERIM = "\x00"  # marks a head given as another office's, resolved once all are read


def _opens_office(lines: Sequence[Line], ln: Line, taken: set[int]) -> bool:
    if ln.idx in taken or ln.blank or ln.has_tab:
        return False
    before = next((lines[k] for k in range(ln.idx - 1, -1, -1) if not lines[k].blank), None)
    # (after a finished sentence, a heading, or a list item: each is a paragraph of its own)
    if before is not None and not before.clean.endswith((".", ";", ":")) \
            and not before.raw.lstrip().startswith(("#", "**")) and not _LIST_ITEM_RE.match(before.raw):
        return False
    # (its first words may wrap onto the next line)
    after = lines[ln.idx + 1].clean if ln.idx + 1 < len(lines) else ""
    return _office_in(" ".join(f"{ln.clean} {after}".split()[:_OPENING_WORDS])) is not None


def _office_in(text: str) -> re.Match[str] | None:
    """The office a paragraph's opening names: numbered, else by its capitalised name as
    the paragraph's first words ("L'Area Vigilanza …", "All'Area Tecnica …"). A name
    without a number is an office only as the subject the paragraph opens on: further
    on ("ne cura l'attuazione il Servizio X") it is what a sentence mentions."""
    if m := OFFICE_RE.search(text):
        return m
    opening = _SUBJECT_ARTICLE.match(text)
    return NAMED_OFFICE_RE.match(text, opening.end()) if opening else None


def _head_of(text: str, named_end: int) -> str | None:
    """The office's head the paragraph names after a verb of charge: a titled person,
    or another office's head (ad interim), marked to be resolved. A participle after a
    comma is the office's only right after its name (`named_end`): further on it is of
    whatever the clause names ("…, la Biblioteca, coordinata dalla dott.ssa …")."""
    for m in _CHARGE_RE.finditer(text):
        if m.group(0).startswith(",") and m.start() != named_end:
            continue
        who = text[m.end():m.end() + _WHO_CHARS]
        # (the name may follow its role after a comma: "dal Comandante, commissario X")
        parts = [p.strip() for p in who.split(",")[:2]]
        if (person := next((p for part in parts if (p := person_in(part))), None)) \
                or (person := next(iter(titled_names(who)), None)):
            return " ".join(strip_honorific(person)[0].split())
        if (office := OFFICE_HEAD_RE.search(who)) is not None:
            return interim_of(office.group("kind"), office.group("num"))
        if role := _ROLE_AS_HEAD_RE.match(who):
            return " ".join(role.group(0).split())
    return None


def office_key(kind: str, num: str) -> str:
    """An office's kind and number, folded: "Area", "1" → "area 1"."""
    return f"{kind.casefold()} {num.casefold()}"


def staff_stated(text: str) -> str | None:
    """The staff count an office's text states, as a number."""
    m = _STAFF_TEXT_RE.search(text)
    return (m.group(1) or m.group(2)) if m else None


def _items(listed: str) -> list[str]:
    """The services a clause lists, articles dropped ("la Segreteria e il Protocollo,
    l'Ufficio Personale" → Segreteria, Protocollo, Ufficio Personale)."""
    listed = re.sub(r"\s*\([^()]*\)", "", listed)  # (what a service covers, in brackets)
    parts = re.split(r",\s*|\s+e\s+(?=(?:il|lo|la|i|gli|le|l['’])\s*[A-ZÀ-Ý])", listed)
    out = []
    for part in parts:
        part = re.sub(r"(?i)^(?:e\s+)?(?:il|lo|la|i|gli|le|l['’])\s*", "", part.strip())
        # (a plural kind noun introduces the list: "gli uffici Servizi Sociali, …")
        part = re.sub(r"^(?:uffici|servizi|settori|nuclei|unità)\s+(?=[A-ZÀ-Ý])", "", part)
        if part and part[0].isupper():
            out.append(" ".join(part.split()))
    return out
