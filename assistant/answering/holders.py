"""Who holds an office or a role a passage names: the hop from "la Responsabile
dell'Area 3", "l'Ufficio Servizi sociali" or "il Segretario comunale" to the person
the same document names for it (its org chart, or a sentence that gives the name
next to the role)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.candidates import sentences
from assistant.answering.frame import COLLOQUIAL
from assistant.answering.retrieve import same_office
from ingest.models import Chunk
from ingest.structure.orgchart import clean_line
from ingest.structure.people import APPOINTED_ROLE, HONORIFIC, TITLED_NAME_RE, is_person_name
from ingest.text import OFFICE_KIND_WORDS, Field, fold_name

# a role a person holds by appointment (`people.APPOINTED_ROLE`), with its qualifier
_ROLE = re.compile(rf"(?i)(?<![\w-])({APPOINTED_ROLE})\b(?:\s+(?:generale|comunale))?")
# how far (characters) a name may sit from the role it is given to in one sentence
_ROLE_REACH = 60


def titled(name: str, chunks: Sequence[Chunk]) -> str:
    """The name with the title the document writes before it ("arch. Giulia Rebecchi"):
    an org chart keeps the bare name, a reader expects it as the plan gives it."""
    words = r"\s+".join(map(re.escape, name.split()))
    pattern = re.compile(rf"(?<![\w.])((?i:{HONORIFIC}))\s+{words}\b", re.IGNORECASE)
    for chunk in chunks:
        if m := pattern.search(chunk.text):
            return f"{m.group(1)} {name}"
    return name


def headed_by(entry: Chunk, person: str) -> bool:
    """The org-chart entry's head is the person `person` names (the name as the chart
    gives it, the title aside): the hop from a responsible person to their office."""
    head = fold_name(entry.fields.get(Field.TITOLARE, ""))
    return len(head) > 4 and head in fold_name(person)


# the dash between an office and its part ("Area Affari generali – Servizi demografici"),
# and a head's role before the office it heads ("Resp. Servizi demografici")
_DASHED = re.compile(r"\s+[–—-]\s+")
_ROLE_LEAD = re.compile(r"(?i)^\s*(?:resp\.|responsabile|referente|ref\.)\s+(?:(?:del|della|dello|dell['’]|dei)\s*)?")


def own_entry(office: str, entries: Sequence[Chunk]) -> Chunk | None:
    """The org-chart entry of the most specific office a value names: "Area X – Servizi
    demografici" (a service within the Area) and "Resp. Servizi demografici" (a head by
    the office) name the service whose entry the chart gives it ("Servizi demografici,
    Stato civile …"), when it gives one; None otherwise (the entry heading it answers)."""
    service = fold_name(_ROLE_LEAD.sub("", _DASHED.split(office)[-1]))
    if not service:
        return None

    # (the same office; or one whose name opens with the value's, a name of its own:
    # "Anagrafe" opens "Anagrafe, Stato civile ed Elettorale", "Servizi" alone names none)
    named = [w for w in service.split() if w not in OFFICE_KIND_WORDS and w != "servizi"]

    def opened(unit: str) -> bool:
        return same_office(unit, service) or bool(named) and unit.startswith(service + " ")

    return next((c for c in entries if opened(fold_name(c.fields.get(Field.SETTORE, "")))), None)


def office_named(text: str, entries: Sequence[Chunk]) -> Chunk | None:
    """The org-chart entry of the office `text` names first: by kind and number ("Area
    3", which names one office in a plan), by its whole name, or by one of the services
    the entry lists ("Ufficio Servizi sociali" belongs to the area that lists it)."""
    named = offices_named(text, entries)
    return named[0] if named else None


def services_of(entry: Chunk) -> list[str]:
    """The services an org-chart entry lists ("Protocollo; Anagrafe, Stato civile")."""
    # (a comma inside a parenthesis lists what one service covers: "sport (palestre, piscina)")
    return [x for x in re.split(r"\s*[;,•]\s*(?![^()]*\))", entry.fields.get(Field.SERVIZI, "")) if x.strip()]


# the kind of office a question asks the head of ("il dirigente dell'area che…", "della sua area")
_ASKED_KIND = re.compile(r"\b(?:dell|della|del|sua|suo|quell|quella|quel)\s+(area|settore|dipartimento|direzione)\b")


def asked_kind(question: str) -> str:
    """The kind of office the question asks about by its kind word, "" if none."""
    m = _ASKED_KIND.search(fold_name(question.replace("'", " ").replace("’", " ")))
    return m.group(1) if m else ""


def office_above(entry: Chunk, entries: Sequence[Chunk], kind: str) -> Chunk | None:
    """The org-chart entry of the `kind` asked that lists this entry's office among its
    services (the Area over its Servizio), when the entry's own office is of another
    kind (any entry that lists it, no kind asked); None otherwise."""
    office = entry.fields.get(Field.SETTORE, "")
    if kind and fold_name(office).startswith(kind):
        return None
    listing = [e for e in entries if e is not entry and fold_name(e.fields.get(Field.SETTORE, "")).startswith(kind)
               and any(part_of(office, x) for x in services_of(e))]
    # (the nearest: a chart whose entries list their offices at every depth lists a
    # service's team under its Area too; the entry listing fewest holds it directly)
    return min(listing, key=lambda e: len(services_of(e)), default=None)


def part_of(office: str, service: str) -> bool:
    """The office is this service of an org-chart entry: it names it (`names_service`),
    or its name opens with the service's words ("Servizio Istruzione, Sport e Tempo
    libero" with "Servizio Istruzione", a chart's list cut at its commas)."""
    return names_service(office, service) or len(service.split()) >= 2 \
        and f"{fold_name(office)} ".startswith(f"{fold_name(service)} ")


def names_service(office: str, service: str) -> bool:
    """A value naming an office names this service of an org-chart entry: by the
    service's name, by the name in its parenthesis ("Verde pubblico (ufficio
    giardini)"), or by the first words of a longer name ("Servizio Verde pubblico" for
    "Verde pubblico e arredo urbano"); each part of a value that names an office twice
    ("Ufficio manutenzioni – Servizio Verde pubblico") on its own."""
    head = fold_name(re.sub(r"\s*\([^()]*\)", "", service))
    aliases = {head, fold_name(service), *map(fold_name, re.findall(r"\(([^()]*)\)", service))}
    for part in {fold_name(office), *map(fold_name, _DASH.split(office))}:
        bare = _KIND_LEAD.sub("", part).strip()
        # (or by its first words: two of substance, or its kind and one, "Servizio
        # Manutenzioni" for "Servizio Manutenzioni e squadra operai")
        if {part, bare} & aliases or len(bare.split()) >= 2 and head.startswith(bare + " ") \
                or bare != part and len(part.split()) == 2 and head.startswith(part + " "):
            return True
    return False


# an office's kind before its name ("servizio lavori pubblici", "ufficio di ragioneria")
_KIND_LEAD = re.compile(r"^(?:\d+\s+)?(?:ufficio|servizio|servizi|settore|area|u\s?o)\s+(?:\d+\s+)?(?:(?:di|del|della|dei|degli)\s+)?")


def offices_named(text: str, entries: Sequence[Chunk], services: bool = True, asked: bool = False) -> list[Chunk]:
    """The org-chart entries of the offices `text` names, in the order it names them
    (`services`: also an office named by one of the services its entry lists; `asked`:
    `text` is a user's question, where an office is named in lower case)."""
    spaced = re.sub(r"['’]", " ", text)  # "dell'Area 3" names "Area 3"
    folded = f" {fold_name(spaced)} "
    # an office's colloquial name is followed by the name plans give it ("i vigili" →
    # "polizia locale"), when that is a name (two words at most), not a bag of related
    # words ("ufficio tecnico" → lavori pubblici, urbanistica, …)
    for word, plain in COLLOQUIAL.items():
        if len(plain.split()) <= 2 and f" {word} " in folded:
            folded = folded.replace(f" {word} ", f" {word} {fold_name(plain)} ")
    if asked:
        folded = _kind_restored(folded)
    found: dict[str, tuple[float, Chunk]] = {}
    # (a question only: offices_named reads every passage that names an office too)
    firsts = [_first_word(e.fields.get(Field.SETTORE, "")) for e in entries if e.fields.get(Field.TITOLARE)] \
        if asked else []
    for entry in entries:
        if not entry.fields.get(Field.TITOLARE):
            continue
        office = entry.fields.get(Field.SETTORE, "")
        names = [(office, False)]
        # a name with a qualifier after a dash ("Area Tecnica – LL.PP. e Patrimonio") is
        # named by its head ("l'Area Tecnica"), as people shorten it
        head, *tail = [p.strip() for p in _DASH.split(office, maxsplit=1)]
        if tail and len(head.split()) >= 2 and not _ORDINAL.fullmatch(fold_name(head).split()[-1]):
            names.append((head, False))
            # (or by the qualifier, which says what it does: "le opere pubbliche" for
            # "Area Tecnica – Opere Pubbliche e Ambiente")
            if len(tail[0].split()) >= 2:
                names.append((tail[0], False))
        # a name with a compound adjective ("Economico-Finanziario", "Tecnico-Manutentiva")
        # is named by the compound's last part ("il settore finanziario"), as people shorten it
        if (shortened := _COMPOUND.sub(r"\1", office)) != office:
            names.append((shortened, False))
        if services:
            # (a service is also named without its parenthesis: its staff, "(2 unità)", or
            # what it covers, "(palestre, piscina)", is not written with its name)
            names += [(name, True) for service in services_of(entry)
                      for name in dict.fromkeys((service, re.sub(r"\s*\([^()]*\)", "", service).strip())) if name]
        for name, service in names:
            at = _mention(folded, fold_name(name), service=service)
            if at >= 0 and (entry.id not in found or at < found[entry.id][0]):
                found[entry.id] = (at, entry)
        # an office is named by its kind and its first word of substance ("il servizio
        # finanziario" for "Servizio Finanziario e Tributi"), as people shorten its name,
        # when no other office of the chart opens with that word (in a question: a plan
        # capitalises an office's name, its lower-case "servizio entrate" is a common noun)
        if asked and entry.id not in found and (first := _first_word(office)) and firsts.count(first) == 1 \
                and (at := any_kind(folded, first)) >= 0:
            found[entry.id] = (at, entry)
    if not found and (unit := _unit_of_unlisted(text, [e for e in entries if e.fields.get(Field.TITOLARE)])):
        return [unit]
    return [entry for _, entry in sorted(found.values(), key=lambda x: x[0])]


# an office's proper name, its kind capitalised ("l'Ufficio Entrate", "il
# Servizio Tributi"): a lower-case kind is a common noun ("il servizio civile")
_PROPER_OFFICE = re.compile(r"\b(?:Uffici[o]?|Servizi[o]?|Sportell[oi])\s+((?:[^\W\d_]+['’]?\s*){1,3})")


def _stems(name: str) -> set[str]:
    """The words of substance of an office's name, their endings dropped ("sociali" and
    "Sociale" alike)."""
    words = [w for w in fold_name(re.sub(r"['’]", " ", name)).split()
             if w not in _JOINING and not _ORDINAL.fullmatch(w)]
    return {_stem(w) for w in words} - _KIND_STEMS


def _stem(word: str) -> str:
    """The word without its final vowels: its number and gender ("servizi", "servizio")."""
    return re.sub(r"[aeio]+$", "", word) if len(word) >= 5 else word


# (the kinds in any number: "Servizi" as "Servizio")
_KIND_STEMS = frozenset(_stem(k) for k in OFFICE_KIND_WORDS)


def _unit_of_unlisted(text: str, entries: Sequence[Chunk]) -> Chunk | None:
    """The one unit of the chart an office it does not list belongs to: plans name the
    offices inside a unit by what they do, and the unit's name says what its offices do
    ("l'Ufficio Entrate" inside the "Servizio Entrate e Patrimonio", "l'Ufficio
    Tributi" inside the "Settore Finanziario e Tributi"). The first word of substance of
    the office's name must name one unit only."""
    units = [(e, _stems(e.fields.get(Field.SETTORE, ""))) for e in entries]
    for m in _PROPER_OFFICE.finditer(text):
        # (an office's proper name, its kind capitalised, that is a service one unit
        # lists, "l'Ufficio Tributi" under "Ragioneria; Tributi", is that unit's office,
        # however common its one word)
        said = f"{fold_name(m.group(1))} "
        listing = [e for e in entries if any(said.startswith(f"{fold_name(x)} ") for x in services_of(e))]
        if len(listing) == 1:
            return listing[0]
        first = next(iter(_stems(w).pop() for w in m.group(1).split() if _stems(w)), None)
        holding = [e for e, stems in units if first in stems]
        if first and len(holding) == 1:
            return holding[0]
    return None


_DASH = re.compile(r"\s[–—-]\s")
_UNIT_ABBREVIATION = "u o"
# a plural kind opening an office's name ("Servizi finanziari", "Servizi alla persona")
# opens many offices' names: with a kind before it ("il settore servizi") it names none
_PLURAL_KINDS = frozenset({"servizi", "uffici", "settori", "aree"})
_COMPOUND = re.compile(r"\b[^\W\d_]{3,}-([^\W\d_]{4,})\b")
# the number an office's name opens with in a chart ("II – Finanziario", "02. Tecnico")
_ORDINAL = re.compile(r"(?:\d{1,2}|[ivx]{1,4})")


_KIND_BEFORE = re.compile(r" (settore|area|servizio|ufficio|unita|struttura) ")
_THAT_ONE = re.compile(r" quell[oa] (?=[^\W\d_]{4,} )")


def _kind_restored(folded: str) -> str:
    """"il settore tecnico o quello amministrativo": "quello" stands for the kind named
    before it, which the second office's name goes without (folded question)."""
    out, at = [], 0
    for m in _THAT_ONE.finditer(folded):
        kinds = _KIND_BEFORE.findall(folded[:m.start() + 1])
        out.append(folded[at:m.start()] + (f" {kinds[-1]} " if kinds else m.group(0)))
        at = m.end()
    return "".join(out) + folded[at:]


def _first_word(office: str) -> str:
    """The first word of substance of an office's name, after its kind and number
    ("Settore 2 – Finanziario e Tributi" → "finanziario")."""
    words = fold_name(re.sub(r"['’]", " ", office)).split()
    return next((w for w in words if w not in OFFICE_KIND_WORDS and w not in _JOINING and not _ORDINAL.fullmatch(w)
                 and w not in _PLURAL_KINDS), "")


def _mention(folded: str, office: str, service: bool) -> float:
    words = office.split()
    if words[:2] == ["u", "o"]:  # "U.O.", folded: one kind word, "unità organizzativa" abbreviated
        words = [_UNIT_ABBREVIATION, *words[2:]]
    if len(words) >= 3 and _ORDINAL.fullmatch(words[0]) and words[1] not in OFFICE_KIND_WORDS:
        # "II – Finanziario e Tributi" is named "il settore finanziario", as people name
        # an office whose chart numbers it: by its kind and its first word
        at = min((a for kind in _KIND_NOUNS if (a := folded.find(f" {kind} {words[1]} ")) >= 0), default=-1)
        if at >= 0:
            return at
        words = words[1:]
    if not words:
        return -1
    if len(words) >= 2 and (words[0] in OFFICE_KIND_WORDS or words[0] == _UNIT_ABBREVIATION) \
            and _ORDINAL.fullmatch(words[1]):
        # "area 3" ("settore ii"), whatever name follows it, or its kind and name with
        # the number left out ("l'area tecnica" for "Area 3 – Tecnica", "i servizi alla
        # persona" for "Area 4 – Servizi alla Persona")
        name = words[2:]
        # (and by its first two words of substance, "la polizia locale" for "Settore 5 –
        # Polizia Locale e Protezione Civile", as the unnumbered names below)
        aliases = [" ".join(words[:2]), " ".join([words[0], *name]) if name else "", " ".join(name) if len(name) >= 2 else "",
                   "" if service else lead_words(name)]
        at = next((at for alias in aliases if alias and (at := folded.find(f" {alias} ")) >= 0), -1)
        if at < 0 and len(name) >= 2 and name[0] not in OFFICE_KIND_WORDS and name[0] not in _PLURAL_KINDS:
            # (or by a kind and its first word, as for a chart that numbers it without
            # its kind: "il settore finanziario" for "Settore II – Finanziario e Tributi")
            at = min((a for kind in _KIND_NOUNS if (a := folded.find(f" {kind} {name[0]} ")) >= 0), default=-1)
        if at < 0 and len(name) == 1:
            at = any_kind(folded, name[0])  # ("l'ufficio tecnico" for "Area 3 – Tecnica")
        return at
    content = [w for w in words if w not in OFFICE_KIND_WORDS]
    # one content word ("Settore Tecnico") is named with its kind; a service with
    # fewer than two words ("Archivio") is too common a word to stand for its office
    if service and len(words) < 2:
        return -1
    if len(content) < 2:
        at = folded.find(f" {' '.join(words)} ")
        if at < 0 and len(content) == 1 and words[0] in _KIND_NOUNS:
            at = any_kind(folded, content[0])
        return at
    # a longer name, named without its kind ("l'ambiente e territorio") or by its
    # first two words of substance ("il settore servizi sociali" for "Settore Servizi
    # Sociali e Cultura"), as people shorten an office's name
    name = words[next(i for i, w in enumerate(words) if w not in OFFICE_KIND_WORDS):]
    for key in (" ".join(content), " ".join(name), "" if service else lead_words(name)):
        if key and (at := folded.find(f" {key} ")) >= 0:
            return at
    return -1


# the words that join the words of an office's name ("Servizi alla Persona")
_JOINING = frozenset({"e", "di", "del", "della", "dello", "dei", "degli", "delle", "alla", "al", "ai", "alle",
                      "per", "la", "il", "lo", "le", "gli", "a", "in"})
# the kinds themselves, without the words that join them to a name ("dei", "e") or the
# letters of an abbreviation ("U.O."): an office named by its kind and first word is
# "il settore finanziario", never "dei servizi"
_KIND_NOUNS = frozenset(k for k in OFFICE_KIND_WORDS if len(k) > 1 and k not in _JOINING)


def any_kind(folded: str, word: str) -> float:
    """Where an office named by its kind and one word of substance ("Servizio
    Tecnico", "Area 3 – Tecnica") is named with any kind, the word's ending agreeing
    with it ("l'ufficio tecnico", "l'area tecnica"): people call an office by what it
    does, not by its kind. -1 when it is not; half a place later than an exact name
    at the same place, which is the office meant when a chart has both."""
    if len(word) < 5:
        return -1
    # (an "-io" adjective's plural drops its "o": "Servizi finanziari", "il settore finanziario")
    m = re.search(rf" (?:{'|'.join(sorted(_KIND_NOUNS))}) {re.escape(word[:-1])}(?:i[aeo]|[aeio]) ", folded)
    return m.start() + 0.5 if m else -1


def lead_words(name: list[str]) -> str:
    """The leading words of an office's name up to its second word of substance
    ("affari generali e istituzionali" → "affari generali", "servizi alla persona e
    famiglia" → "servizi alla persona"), or "" when that is the whole name: how people
    shorten an office's name."""
    seen = 0
    for i, w in enumerate(name):
        seen += w not in _JOINING
        if seen == 2:
            return " ".join(name[:i + 1]) if i + 1 < len(name) else ""
    return ""


def role_holder(text: str, chunks: Sequence[Chunk]) -> tuple[str, str, Chunk] | None:
    """(role, titled name, passage) for the first role `text` names that a sentence of
    the document gives to a person ("Le funzioni di Segretario generale sono svolte dal
    dott. Ruggero Fantuzzi"): the name within a short reach of the role, no other role
    between them."""
    for m in _ROLE.finditer(text):
        noun = _role_stem(m.group(1))
        if noun.startswith("vice"):
            continue
        for chunk in chunks:
            # (a table's cells end sentences: a role in one row is no neighbour of the
            # name in the row above it; dot leaders join a label to its value, "Polizia
            # Locale ........comm. X (Comandante)", and end no sentence)
            for sentence in (x for cell in re.split(r"[|\t]", clean_line(chunk.text))
                             for x in sentences(" ".join(cell.split()))):
                if found := _named_with(sentence, noun):
                    return " ".join(m.group(0).split()), found, chunk
    return None


def _role_stem(role: str) -> str:
    """A role whatever its gender ("la segretaria", "il Segretario"): one role."""
    return _stem(fold_name(role))


def _named_with(sentence: str, noun: str) -> str | None:
    roles = list(_ROLE.finditer(sentence))
    for r in roles:
        if _role_stem(r.group(1)) != noun:
            continue
        for n in TITLED_NAME_RE.finditer(sentence):
            lo, hi = (r.end(), n.start()) if n.start() >= r.end() else (n.end(), r.start())
            between = any(lo <= x.start() < hi for x in roles)
            if 0 <= hi - lo <= _ROLE_REACH and not between and is_person_name(n.group(0)):
                return n.group(0)
    return None
