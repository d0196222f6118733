"""An office's staff count: the hop objective → office → how many people it has.

Plans give an office's staff in its org-chart entry (a "N. dipendenti" column, "dipendenti
assegnati: 12" on its line; read at ingestion as `Field.ORGANICO`) or in a sentence
that shares the staff out ("il personale è così ripartito: Area A 7 unità; Area B 5 unità").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.answering import holders
from assistant.answering.candidates import logical_lines, sentences
from assistant.answering.compose import Statement
from assistant.answering.counts import settore_core
from assistant.answering.frame import Frame
from assistant.answering.select import (
    STAFF_COUNTED,
    Scored,
    charged_party,
    count_pattern,
    counted_names,
    states_charge,
)
from ingest.models import Chunk, UnitKind
from ingest.structure.people import is_person_name
from ingest.text import Field, fold_name

# the nouns that count people ("quanti dipendenti / addetti / persone / unità"), as stems:
# the plans' words for an office's staff and the question's words for people at work
_STAFF_STEMS = STAFF_COUNTED | {"person", "lavorator", "impiegat", "operator"}
# "quanto personale", "quanta gente" (the colloquial word): a mass noun counted without a plural
_HOW_MUCH_STAFF = re.compile(r"\bquant[oa]\s+(?:personale|gente)\b")
# "quanti dipendenti" after the subject the question names first ("il comandante, di
# quanti dipendenti dispone?"): the count is asked as much as when it opens the question
# (of a question that asks one thing: in one that asks two, the count is one part's)
_STAFF_COUNT = re.compile(rf"\bquant[ie]\s+(?:{'|'.join(sorted(_STAFF_STEMS))})")
# the kinds of office a question names ("il settore che…", "quell'area", "l'U.O. 2",
# folded "u o")
_OFFICE_KIND = re.compile(r"\b(?:settore|settori|area|aree|servizio|ufficio|struttura|comando|unita\s+organizzativa|u\s?o)\b")
# a count of people in a sentence: "7 unità", "12 dipendenti", "4 addetti" (the figures
# `select.count_pattern` reads, of the plans' words for staff)
_PEOPLE_COUNT = count_pattern(min(STAFF_COUNTED))
# the count given as a label's value ("Totale dipendenti in servizio al 31/12/2025: 27"),
# or as a table's total row, its figure the row's last cell ("Totale dipendenti | 18")
_PEOPLE_LABELLED = re.compile(rf"\b{counted_names(min(STAFF_COUNTED))}\w*\b(?:[^:;\n]{{0,40}}:\s*\d|[\s|]+\d+\s*$)",
                              re.IGNORECASE)


def asks_staff(frame: Frame) -> bool:
    """The question asks how many people work somewhere."""
    # (a counted noun is one of "quanti X" or "più / meno X")
    question = fold_name(frame.question)
    return frame.counted in _STAFF_STEMS or bool(_HOW_MUCH_STAFF.search(question)) \
        or not frame.several_asks and bool(_STAFF_COUNT.search(question))


# people who take part in a piece of work ("lavorano all'obiettivo", "sono coinvolti
# nel progetto", "ci lavorano"): the team an objective names, not an office's staff
# ("quanti dipendenti lavorano part-time" asks how the ente's staff works)
_TAKE_PART = re.compile(r"\b(?:(?:lavora(?:no)?|partecipa(?:no)?|coinvolt[ioe]|impegnat[ioe]|assegnat[ioe])\s+"
                        r"(?:a|al|all|allo|alla|ai|agli|alle|nel|nell|nello|nella|nei|negli|nelle|sul|sull|sulla|per)"
                        r"|ci\s+lavorano|se\s+ne\s+occupano)\b")


def asks_team(frame: Frame) -> bool:
    """The question counts the people an objective puts to work ("quanti dipendenti
    lavorano all'obiettivo", "quante persone sono coinvolte"): a count of staff with a
    word of taking part, and no office's kind named as where they work."""
    question = fold_name(re.sub(r"[’'`]", " ", frame.question))  # (an elided article a word of its own)
    return frame.wants_count and frame.counted in _STAFF_STEMS and bool(_TAKE_PART.search(question)) \
        and not _OFFICE_KIND.search(question)


def team(scored: Sequence[Scored]) -> Statement | None:
    """"11 dipendenti: A, B, …": the people an objective's staff field names, each
    once (a name listed with its category and without is one person), counted; None
    when it names fewer than two people (a team written as words is no list to count)."""
    people: dict[str, tuple[str, Scored]] = {}
    for s in scored:
        name = re.sub(r"\s*\([^()]*\)\s*$", "", s.cand.text).strip()
        if s.cand.field == Field.DIPENDENTI and is_person_name(name):
            people.setdefault(fold_name(name), (name, s))
    if len(people) < 2:
        return None
    names = [name for name, _ in people.values()]
    return Statement(f"{len(names)} {staff_noun(str(len(names)), '')}: {', '.join(names)}",
                     [(s.cand.chunk, s.cand.quote) for _, s in people.values()])


# words that ask for the whole ente's staff, beside the counted noun ("quanti dipendenti
# ha il comune in totale", "l'organico complessivo dell'ente"), or name the whole chart it
# is read in ("secondo l'organigramma")
_WHOLE_ENTE = frozenset({"total", "complessiv", "comun", "ent", "organic", "tutt", "intero", "compless", "organigramm"})
# a clause stating the whole ente's staff says so: a total, the staff in service or on
# permanent contracts, the ente as the subject that has them
_TOTAL_CUE = re.compile(
    r"\b(?:totale|complessiv\w*|in\s+servizio|a\s+tempo\s+(?:in)?determinato|dotazione|organico|"
    r"(?:il\s+)?comune\s+(?:conta|ha|dispone)|l\s+ente\s+(?:conta|ha|dispone))\b")


# an office named before a count ("Area Tecnica 8 unità"): its staff, not the ente's
# ("prestano servizio presso l'ente" names none)
_OFFICE_NAMED = re.compile(r"\b(?:[Ss]ettore|[Aa]rea|[Ss]ervizio|[Uu]fficio|[Cc]omando|[Ss]truttura|SETTORE|AREA)\s+[A-ZÀ-Ý0-9]")


def asks_ente_staff(frame: Frame) -> bool:
    """The question asks how many people the ente has, as a whole: the staff counted,
    no office named, no other topic than the ente and its total."""
    # ("in servizio" says that people are employed, as the passages' cue of the whole
    # does, not which office: "quanti dipendenti ci sono in servizio")
    question = _IN_SERVICE.sub(" ", frame.question)
    whole = _WHOLE_ENTE | ({"serviz"} if question != frame.question else set())
    return asks_staff(frame) and not names_office(question) \
        and all(t == frame.counted or t.startswith(tuple(whole)) for t in frame.terms)


_IN_SERVICE = re.compile(r"\bin\s+servizio\b", re.IGNORECASE)


def ente_staff_sentence(chunks: Iterable[Chunk]) -> tuple[Chunk, str] | None:
    """The clause of a passage that states the ente's staff as a whole ("41 dipendenti
    a tempo indeterminato", "Totale dipendenti: 34"): a count of people with a cue of
    the whole, in a passage that is no objective's (a team is not the ente's staff)."""
    for chunk in chunks:
        if chunk.kind in (UnitKind.OBJECTIVE, UnitKind.TABLE_ROW, UnitKind.ORG_CHART):
            continue
        for clause in _clauses(chunk, r"(?<=[;])\s+"):
            folded = fold_name(clause)
            if (m := _PEOPLE_COUNT.search(folded) or _PEOPLE_LABELLED.search(clause)) and _TOTAL_CUE.search(folded) \
                    and not _OFFICE_NAMED.search(clause[:m.start()]):
                return chunk, clause.strip(" ;.")
    return None


# the office asked at one end of its staff: "il settore con più dipendenti", "quale area
# ha meno personale", "il servizio più numeroso" (the question folded)
_MOST_STAFF = re.compile(r"\b(?:piu|maggior\s+numero\s+di)\s+(?:dipendenti|personale|persone|addetti|unita|risorse)\b"
                         r"|\bpiu\s+numeros[oa]\b|\bpiu\s+grande\b")
_LEAST_STAFF = re.compile(r"\b(?:meno|minor\s+numero\s+di)\s+(?:dipendenti|personale|persone|addetti|unita|risorse)\b"
                          r"|\bmeno\s+numeros[oa]\b|\bpiu\s+piccol[oa]\b")


def asked_staff_end(question: str) -> str | None:
    """"max" or "min" when the question asks which office has the most (fewest) staff:
    an office's kind and a superlative of its people. None otherwise."""
    # ("più personale in servizio": people employed, no office named)
    if not names_office(_IN_SERVICE.sub(" ", question)):
        return None
    q = fold_name(question.replace("'", " ").replace("’", " "))
    return "max" if _MOST_STAFF.search(q) else "min" if _LEAST_STAFF.search(q) else None


def office_by_staff(entries: Sequence[Chunk], end: str) -> tuple[list[tuple[Chunk, int, str]], int] | None:
    """The office(s) with the most (fewest) staff among the org-chart entries that state
    theirs, each with its count and the line that states it, and how many were
    compared; None when fewer than two state a count. Every office is compared: the
    answer is read off the chart, not off the office whose words the question shares.
    A few offices compared are all given, the one asked first: their counts are the
    comparison's evidence."""
    stated: dict[str, tuple[Chunk, int, str]] = {}
    for entry in entries:
        if (found := entry_staff(entry)) is not None and found[0].isdigit():
            stated.setdefault(fold_name(entry.fields.get(Field.SETTORE, "")), (entry, int(found[0]), found[1]))
    if len(stated) < 2:
        return None
    pick = max if end == "max" else min
    value = pick(n for _, n, _ in stated.values())
    picked = [x for x in stated.values() if x[1] == value]
    if len(stated) <= _SHOWN_ALL:
        picked += [x for x in stated.values() if x[1] != value]
    return picked, len(stated)


# how many offices compared are all shown with their counts
_SHOWN_ALL = 3


def names_office(question: str) -> bool:
    """The question names an office by its kind: its staff, not an objective's team."""
    return bool(_OFFICE_KIND.search(fold_name(question.replace("'", " ").replace("’", " "))))


def entry_staff(entry: Chunk) -> tuple[str, str] | None:
    """(count, the line that states it) of an org-chart entry that gives its staff."""
    count = entry.fields.get(Field.ORGANICO, "")
    if not count:
        return None
    line = _line_stating(entry.source_text, count)
    if not line and count.isdigit():
        # a unit's count summed over its offices' rows (an org table of one row per
        # office) is stated by no line: it is cited on the rows it sums
        rows = [ln.strip() for ln in entry.source_text.splitlines() if ln.strip()]
        counted = [_row_count(row) for row in rows]
        if rows and all(counted) and sum(int(n) for n in counted if n) == int(count):
            line = "\n".join(rows)
    return (count, line) if line else None


def summed_staff(entries: Sequence[Chunk]) -> tuple[int, list[tuple[Chunk, str, str]]] | None:
    """(total, each entry with its count and the line that states it) of several org-chart
    entries that each state their staff; None when one does not (the sum would be a part)."""
    stated = [(e, x) for e in entries if (x := entry_staff(e)) is not None]
    if len(entries) < 2 or len(stated) < len(entries) or not all(x[0].isdigit() for _, x in stated):
        return None
    return sum(int(x[0]) for _, x in stated), [(e, n, line) for e, (n, line) in stated]


# the nouns a staff count is written with ("5 unità", "6 addetti", "12 dipendenti")
_STAFF_NOUN = re.compile(r"(?i)\s*(unit[àa]|dipendenti|addett[io]|persone|operatori|risorse)\b")


def staff_noun(count: str, line: str) -> str:
    """The noun the line counts its staff with, so the answer repeats the source's
    own words ("totale 5 unità" is answered "5 unità", not "5 dipendenti");
    "dipendenti" when the line gives the bare number (a table column)."""
    for m in re.finditer(rf"\b{re.escape(count)}\b", line):
        if noun := _STAFF_NOUN.match(line, m.end()):
            return noun.group(1)
    return "dipendente" if count == "1" else "dipendenti"


# a prose objective is entrusted to its office in a sentence: "È affidato all'Area X",
# "assegnato al Servizio Y", "La responsabilità è dei Servizi Z", "fa capo all'Ufficio W"
# (or one of charge: "L'Ufficio Z guida il progetto")
_ASSIGNED = re.compile(
    r"(?i)\b(?:(?:affidat|assegnat|attribuit)[oaie]\s+(?:ad\s+interim\s+)?(?:a|al|allo|alla|ai|agli|alle|all['’])|"
    r"responsabilit[àa]\s+(?:è|e|spetta|compete)\b|(?:fa|fanno|in)\s+capo\s+a|di\s+competenza\s+d|compete\s+a)")


def prose_office(group: Iterable[Scored], entries: Sequence[Chunk]) -> tuple[Scored, Chunk] | None:
    """The org-chart entry of the office an objective written as prose is entrusted
    to, with the sentence that says so: the one office a sentence of assignment or
    charge names (by its name or a service its entry lists)."""
    for sc in group:
        text = sc.cand.text
        if sc.cand.field is None and (_ASSIGNED.search(text) or states_charge(text)):
            named = holders.offices_named(text, entries, services=True)
            if len(named) == 1:
                return sc, named[0]
            # (a person put in charge, "Guida l'obiettivo il geom. X": the office they head)
            headed = [e for e in entries if (party := charged_party(text)) and holders.headed_by(e, party)]
            if not named and len(headed) == 1:
                return sc, headed[0]
    return None


def office_rows(entry: Chunk) -> list[tuple[str, str, str]]:
    """(office, count, its row) of each office an org-chart entry lists in rows of its
    own with a count ("Segreteria e Protocollo | … | 3"): a unit's offices as its table
    counts them; [] when its rows do not count each one."""
    rows = [ln.strip() for ln in entry.source_text.splitlines() if ln.strip()]
    out = []
    for office in holders.services_of(entry):
        row = next((r for r in rows if fold_name(office) in fold_name(r)), None)
        # (services listed in one row share its count: that is the unit's, not each one's)
        if row is None or (n := _row_count(row)) is None or any(row == r for _, _, r in out):
            return []
        out.append((office, n, row))
    return out


def _line_stating(text: str, count: str) -> str:
    """The first line of `text` that states `count` as a number of its own ("" if none)."""
    return next((ln.strip() for ln in text.splitlines() if states_number(ln, count)), "")


def states_number(text: str, number: str) -> bool:
    """The text states the number as one of its own ("6 dipendenti"), not as the digits
    of another ("2026", "6,5")."""
    return re.search(rf"(?<![\d.,/]){re.escape(number)}(?![\d]|[.,/]\d)", text) is not None


def _row_count(row: str) -> str | None:
    """The one cell of a table row that is a bare number ("Tributi | Finanziario | 2 |"),
    None when it has no such cell or several."""
    counts = [c for c in re.split(r"\s*(?:\||\t)\s*", row) if re.fullmatch(r"\d{1,4}", c)]
    return counts[0] if len(counts) == 1 else None


def row_staff(office: str, chunks: Iterable[Chunk]) -> tuple[Chunk, str, str] | None:
    """(row, count, the line that states it) of a table of units with a staff column and
    no head's ("Area | Uffici | Dipendenti"): its row of the office counts its staff."""
    key = fold_name(office)
    for chunk in chunks:
        count = chunk.fields.get(Field.DIPENDENTI, "").strip()
        if chunk.kind == UnitKind.TABLE_ROW and count.isdigit() and fold_name(chunk.fields.get(Field.SETTORE, "")) == key:
            if line := _line_stating(chunk.source_text, count):
                return chunk, count, line
    return None


def staff_sentence(office: str, chunks: Iterable[Chunk]) -> tuple[Chunk, str] | None:
    """The clause of a passage that names the office and a count of people ("Area
    Tecnica – Lavori Pubblici 8 unità, di cui 4 operai"): a staff table written as prose.
    The office is named whole or by the first words of its name after its kind."""
    core = settore_core(office)
    if len(core) < 4:
        return None
    first = " ".join(core.split()[:2])
    for chunk in chunks:
        # (a sentence wrapped over lines is one: "… e conta 6 / dipendenti"; "dall'arch."
        # ends none)
        for clause in _clauses(chunk, r"(?<=[;:])\s+"):
            folded = fold_name(clause)
            m = _PEOPLE_COUNT.search(folded)
            if m is None:
                continue
            before = folded[:m.start()]
            # the office named just before its count, or as the sentence's subject
            # ("L'Area X, diretta da …, comprende … e conta 6 dipendenti")
            named = [n.start() for n in re.finditer(rf"\b{re.escape(first)}\b", before)]
            if before.rstrip().endswith(core) or any(at < 40 or at > len(before) - 80 for at in named):
                return chunk, clause.strip(" ;.")
    return None


def _clauses(chunk: Chunk, breaks: str) -> list[str]:
    """A passage's clauses: its sentences (one wrapped over lines is one: "… e conta 6 /
    dipendenti"; "dall'arch." ends none), parted at `breaks`."""
    return [c for line in logical_lines(chunk.body) for sentence in sentences(line) for c in re.split(breaks, sentence)]
