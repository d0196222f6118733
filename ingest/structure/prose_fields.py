"""Objectives written as prose: under an objective's heading, sentences that say who is
in charge, why, what result is expected by when and who takes part, with no label and
no table ("L'obiettivo è seguito dal Settore Tecnico, sotto la guida dell'arch. Silvia
Neri. … Si punta a riasfaltare 3,5 km di strade entro il 31 agosto 2026. Collaborano
la Polizia Locale e i residenti.").

Each clause gets the roles its cue words mark (a verb of charge, a cause, a committed
figure, a verb of participation); a scalar field takes the first clause of its role,
a list field every item its role's clauses name. Values are verbatim spans of the text,
so the record of a prose plan carries the fields a table row would, each with its source.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from ingest.structure.people import APPOINTED_ROLE, FIRST_NAMES, TITLED_NAME_RE, is_person_name
from ingest.text import MONTHS, Field, join_items, join_pair, sentences, tells_past

# An office named by its kind and a capitalised name, its words joined by the small
# words office names use ("Settore Servizi alla Persona", "Ufficio SUAP e Commercio",
# "Settore Tecnico - Lavori Pubblici e Patrimonio", "Area 2 – Affari Generali").
_JOIN = r"(?:e|ed|di|del|della|dello|dei|degli|delle|alla|alle|allo|al|ai|agli|per|[-–—/])"
_CAP = r"(?:[A-ZÀ-Ý][\w'’.]*(?:-[A-ZÀ-Ý][\w'’]*)*|\d{1,2}|[IVX]{1,4})"
_KIND = r"(?:Settore|Area|Servizio|Servizi|Ufficio|Uffici|Unità\s+[Oo]rganizzativa|Comando|Corpo)"
_OFFICE_RE = re.compile(
    rf"\b{_KIND}"
    rf"(?:\s+{_CAP}(?:(?:\s+(?:{_JOIN}\s+)*|,\s+(?!{_KIND}\b)){_CAP})*)"
)
# A verb or noun of charge marks the clause that says who carries the objective
# ("è seguito dal", "è affidato alla", "ne risponde", "fa capo a", "spetta al",
# "sotto la guida di", "ne ha la regia", "la responsabilità è del").
_CHARGE_RE = re.compile(
    r"(?i)\b(?:responsabil\w*|seguit[oa]|affidat[oa]|se\s+ne\s+occupa|ne\s+rispond\w+|fa\s+capo|spetta|"
    r"coordinat[oa]|coordinamento|guida|guidat[oa]|curat[oa]\s+da|in\s+carico|regia|dirett[oa]\s+da|"
    r"compito|competenza\s+(?:è|del|della|dell))\b"
    # (or a verb of charge that opens the clause, its subject after it: "Cura l'intervento il Settore …")
    r"|^(?i:cura|segue|coordina|gestisce|dirige|realizza|attua)\b"
)
# An office after an instrumental or associative word works with the one in charge
# ("tramite l'Ufficio Personale, il Settore …"; "con il contributo del …"), so it is not it.
_HELPER_BEFORE_RE = re.compile(
    r"(?i)\b(?:tramite|attraverso|con|insieme\s+a(?:l|lla|llo|i|gli|lle)?|collabora(?:no)?|contributo|supporto|"
    r"che\s+risponde\s+al(?:la)?)\s*(?:il|la|lo|l['’]|i|gli|le)?\s*$"
)
# A role that carries an objective when the text names no office or person with it.
_ROLE_RE = re.compile(rf"(?i)\b(?:{APPOINTED_ROLE}|sindac[oa])(?:\s+(?:comunale|generale))?\b")
# A cause is why a plan sets an objective: "perché …", "nasce da …", "dopo i ritardi
# rilevati nel 2025 …" (so is the situation it observed before, told in a past tense:
# `tells_past`, "nel 2025 oltre il 70% è stato rilasciato allo sportello").
_CAUSE_RE = re.compile(
    r"(?i)\b(?:perch[ée]|poich[ée]|dato\s+che|visto\s+che|in\s+quanto|nasce|risponde\s+a(?:lle|lla|i|gli|l)?|"
    r"per\s+questo|a\s+causa|dopo\s+(?:i|il|la|le|gli|l['’])|emers[oiae]|evidenziat[oiae]|rilevat[oiae]|"
    r"segnalazion[ie])"
)
_STRONG_CAUSE_RE = re.compile(r"(?i)\b(?:perch[ée]|poich[ée]|dato\s+che|visto\s+che|in\s+quanto|a\s+causa)\b")
# A figure the plan commits to (a modal or future verb, or "si punta a", with a
# quantity that is not a date) states the result expected.
_RESULT_RE = re.compile(
    r"(?i)\b(?:si\s+punta|punta(?:no)?\s+a|mira(?:no)?\s+a|risultato\s+atteso|obiettivo\s+(?:sarà|si\s+considera|è)"
    r"\s+raggiunt\w|target|traguardo|dovr(?:à|anno)|almeno)\b"
)
_FUTURE_RE = re.compile(r"(?i)\b\w+(?:erà|irà|arà|eranno|iranno|aranno)\b")
_MONTH = "|".join(MONTHS)
_DAY_WORDS = rf"\d{{1,2}}\s+(?:{_MONTH})\s+20\d\d"
_DATE_ANY = rf"(?:{_DAY_WORDS}|\d{{1,2}}/\d{{1,2}}/20\d\d|(?:{_MONTH})\s+20\d\d)"
_DATE_RE = re.compile(rf"(?i){_DATE_ANY}")
# a sentence that names indicators, and an indicator's target in parentheses after it
_INDICATOR_RE = re.compile(r"(?i)\bindicator[ei]\b")
_MEASURE_RE = re.compile(r"(?i)\bindicator\w*|\bmisurat\w*|\bmonitorat\w*")
# (the first year's when it gives several: "(valore di partenza 2025: 35%; target 2026: 70%, 2027: 90%)")
_TARGET_RE = re.compile(
    r"\([^()]*?\b(?i:target|valore\s+obiettivo|valore\s+atteso)(?:\s+20\d\d)?\s*:?\s*(?P<target>[^();,]+)[^()]*\)")
# a step's time as a plan writes it: a day, a month or a span of months, with the
# word that sets it ("entro il 30 aprile 2026", "da maggio a settembre 2026", "a
# partire da gennaio 2026", "tra giugno e agosto 2026", "dal 1° luglio 2026")
_WHEN = rf"(?:\d{{1,2}}°?\s+)?(?:{_MONTH})(?:\s+20\d\d)?|\d{{1,2}}/\d{{1,2}}/20\d\d"
_TIME_PHRASE_RE = re.compile(
    rf"(?i)(?:\b(?:entro(?:\s+(?:il|la\s+fine\s+di|fine))?|a\s+partire\s+da(?:l)?|dal|dall['’]|da|tra|fra|a|ad|al|"
    rf"nel(?:\s+mese\s+di)?|in|il)\s+)?(?:{_WHEN})(?:\s+(?:a|al|ad|e|ed|all['’])\s+(?:{_WHEN}))?(?<=20\d\d)"
)
_SCHEDULED_RE = re.compile(r"(?i)(?:entro|a\s+partire|dal|dall|da|tra|fra|a|ad|al|nel|in|il)\b")
# where one step ends and the next begins: a conjunction between two clauses
_STEP_JOIN_RE = re.compile(r",?\s+(?:e|ed|mentre|poi|quindi)\s+|,\s+(?=\S)|;\s+")
# "entro il 31 agosto 2026", "entro giugno 2027": a deadline
_DEADLINE_RE = re.compile(rf"(?i)\bentro\s+(?:il\s+|la\s+fine\s+di\s+|fine\s+)?(?P<date>{_DATE_ANY})")
# a quantity that is no date, year or ordinal: "3,5 km", "almeno 8 servizi", "65%"
_QUANTITY_RE = re.compile(rf"(?i)(?<![\w/.,])\d+(?:[.,]\d+)?(?!°|\s*(?:/|{_MONTH})|\d)(?:\s*%)?")
# Verbs of participation open the list of the parties that take part in or benefit
# from an objective ("Collaborano …", "sono coinvolti …", "ne beneficiano …").
_PARTY_CUE_RE = re.compile(
    r"(?i)\b(?:collabora(?:no)?(?:\s+(?:anche|inoltre))?|(?:sono|saranno|verranno)\s+coinvolt[ie](?:\s+anche)?|"
    r"coinvolge|ne\s+beneficia(?:no)?|interlocutori(?:\s+principali)?\s+sono|(?:vi\s+)?partecipa(?:no)?|"
    r"in\s+collaborazione\s+con|con\s+il\s+coinvolgimento\s+d\w+)\s+"
)
_ARTICLE_RE = re.compile(r"(?i)^(?:e\s+|ed\s+)?(?:tutt[ie]\s+)?(?:(?:il|lo|la|i|gli|le|un|una|uno)\s+|l['’]\s*)(?=\S)")
# an item ends where a purpose, a relative clause or an apposition starts
_ITEM_END_RE = re.compile(r"\s+(?:per|che|cui|dove|a\s+cui)\s+.*$|\s*\(.*$")
# named people who work on it: a name after a staff role ("l'istruttrice Gemma Cavalli"),
# or capitalised words led by a common first name ("Marta Giordano")
_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’]+){1,2}"
_NAME_RE = re.compile(rf"\b{_NAME}\b")
_ROLE_NAME_RE = re.compile(
    rf"(?i:istruttor[ei]|istruttric[ei]|funzionari[oa]|operator[ei]|operatric[ei]|agent[ei]|assistent[ei]|"
    rf"collaborator[ei]|collaboratric[ei]|educator[ei]|educatric[ei]|impiegat[oa])\s+(?P<name>{_NAME})\b")
_OBJECTIVE_START_RE = re.compile(r"(?i)^(?:l['’]\s*)?obiettivo\b")


def clauses(body: str) -> list[str]:
    """The body's sentences, each cut at its semicolons: a clause is the smallest span
    that states one thing (a plan joins a deadline and a target with ";")."""
    return [c for c, _ in _clauses(body)]


def _clauses(body: str) -> list[tuple[str, str]]:
    """Each clause with the sentence it is part of."""
    out: list[tuple[str, str]] = []
    for para in re.split(r"\n\s*\n", body):
        for sentence in sentences(" ".join(para.split())):
            for clause in _outside_parentheses(sentence, "; "):
                # (a lead-in clause before a colon states one thing, what follows another:
                # "L'Ufficio predispone il piano con X: si punta a …"; a short label does not)
                head, *rest = _outside_parentheses(clause, ": ")
                tail = ": ".join(rest)
                pieces = [head, tail] if rest and len(head.split()) >= 5 and len(tail.split()) >= 4 else [clause]
                out.extend((c.strip(), sentence) for c in pieces if c.strip())
    return out


def _outside_parentheses(text: str, sep: str) -> list[str]:
    """`text` split at `sep` where no parenthesis is open ("(valore 2025: 35; target
    2026: 70%)" is one aside)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")" and depth > 0)
        if depth == 0 and text.startswith(sep, i):
            out.append(text[start:i])
            start = i + len(sep)
    return [*out, text[start:]]


def prose_fields(body: str) -> dict[str, str]:
    """The objective fields a prose body states, each a verbatim span; empty when the
    body states neither who carries it nor a result nor how it is measured."""
    pairs = _clauses(body)
    parts = [c for c, _ in pairs]
    fields: dict[str, str] = {}
    settore, person = _in_charge(pairs)
    if settore:
        fields[Field.SETTORE] = settore
    if person:
        fields[Field.RESPONSABILE] = person
    deadlines = [(d, m.group("date")) for c in parts for m in _DEADLINE_RE.finditer(c) if (d := _day(m.group("date")))]
    first_year = min((d.year for d, _ in deadlines), default=0)
    # why: the sentence of the first clause that gives a cause, or tells the situation
    # in a year before the objective's time ("nel 2025 solo il 22% …"); the clause of
    # charge says who, not why, unless it gives a cause in so many words
    motive = next((sentence for c, sentence in pairs
                   if (_CAUSE_RE.search(c) or tells_past(c) or _before(c, first_year)) and not _PARTY_CUE_RE.search(c)
                   and (not _CHARGE_RE.search(c) or _STRONG_CAUSE_RE.search(c))), None)
    # (a clause that says so, "si punta a", "dovranno", before one that only uses the future)
    # (a clause that names the indicators says how the result is measured, not what it is)
    result = next((c for c in parts if _RESULT_RE.search(c) and _has_quantity(c) and not _INDICATOR_RE.search(c)),
                  None) or next((c for c in parts if _FUTURE_RE.search(c) and _has_quantity(c)
                                 and not _STRONG_CAUSE_RE.search(c) and not _INDICATOR_RE.search(c)), None)
    if motive and result and result in motive:
        motive = None  # (the sentence that states the result says why only by the way)
    if motive:
        fields[Field.MOTIVAZIONE] = motive
    if result:
        fields[Field.VALORE_ATTESO] = result
    indicators = _indicators(list(dict.fromkeys(sentence for _, sentence in pairs)))
    if not (settore or person or result or indicators):
        return {}
    # the latest date the objective schedules closes it ("entro il 30 novembre 2026",
    # "con verifica finale al 31 dicembre 2026"); the earlier ones close its steps
    # (a date the text schedules, "entro il …", "al …", "dal …": not one that dates a
    # past act, "decreto del 12/02/2025")
    dated = [(d, date_.group(0)) for c in parts if motive is None or c not in motive
             for m in _TIME_PHRASE_RE.finditer(c) if _SCHEDULED_RE.match(m.group(0))
             for date_ in list(_DATE_RE.finditer(m.group(0)))[-1:]
             if (d := _day(date_.group(0), end=True)) and d.year >= first_year]
    if dated:
        fields[Field.SCADENZA] = max(dated, key=lambda x: x[0])[1]
    # a step is a clause that schedules something: a dated clause that is neither the
    # result nor the situation before the plan ("la frana che dal novembre 2024 …")
    # (and its date falls in the objective's time, not before its first deadline's year)
    steps = [step for c in parts if c != result and (motive is None or c not in motive)
             and not _CAUSE_RE.search(c) and not tells_past(c)
             for step in _steps(c) if (m := _DATE_RE.search(step[1])) and (day := _day(m.group(0)))
             and day.year >= first_year]
    if len(steps) >= 2:
        fields[Field.FASI] = join_items(join_pair(what, when) for what, when in steps)
    if indicators:
        fields[Field.INDICATORI] = join_items(join_pair(name, target) for name, target in indicators)
    if parties := _parties(parts):
        fields[Field.STAKEHOLDER] = "; ".join(parties)
    head = fields.get(Field.RESPONSABILE, "")
    staff = [n for c in parts for n in _staff_names(c) if n not in head]
    if staff:
        fields[Field.DIPENDENTI] = join_items(dict.fromkeys(staff))
    return fields


def _steps(clause: str) -> list[tuple[str, str]]:
    """(what, when) of each step a dated clause schedules, the time phrase as written
    ("entro marzo 2026", "da aprile a settembre 2026"). Several times in one clause
    ("il capitolato entro aprile 2026 e la gara da maggio a luglio 2026", "…, mentre …")
    are several steps: the clause is cut at the conjunction before each later time."""
    times = list(_TIME_PHRASE_RE.finditer(clause))
    cuts = [0]
    for before, after in zip(times, times[1:]):
        joins = list(_STEP_JOIN_RE.finditer(clause, before.end(), after.start()))
        if not joins:
            return []  # (times of one step: "da aprile, con verifica a dicembre 2026")
        # (a step written time first opens with the conjunction right before its time,
        # "… e da maggio 2026 saranno eseguiti …"; one written time last, with the first
        # conjunction after the earlier time, "… entro aprile 2026 e concludere … entro …")
        direct = [j for j in joins if not clause[j.end():after.start()].strip()]
        cut = direct[-1] if direct else joins[0]
        cuts.append(cut.start())
        cuts.append(cut.end())
    cuts.append(len(clause))
    out = []
    for (lo, hi), m in zip(zip(cuts[::2], cuts[1::2]), times):
        segment = clause[lo:hi]
        when = m.group(0).strip()
        what = (segment[: m.start() - lo] + segment[m.end() - lo:]).strip(" ,.;")
        what = re.sub(r"\s{2,}", " ", re.sub(r"\s+,", ",", what))
        # (a short label that leads the step, "Tempi: attivazione del portale", is not part of it)
        what = re.sub(r"^[^\W\d]+(?:\s+[^\W\d]+){0,2}:\s+(?=\S)", "", what)
        if what:
            out.append((what, when))
    return out


def _indicators(sentences_: list[str]) -> list[tuple[str, str]]:
    """(name, target) of each indicator a sentence about indicators names with its target
    in parentheses ("Gli indicatori sono il numero di avvisi emessi (target 300) e la
    percentuale di riscossione (target 55%)")."""
    out: list[tuple[str, str]] = []
    for sentence in sentences_:
        if not _MEASURE_RE.search(sentence):
            continue
        start = 0
        for m in _TARGET_RE.finditer(sentence):
            name = sentence[start:m.start()]
            # the name is what follows the sentence's lead-in ("… sono", ":") or the last item joint
            name = re.split(r":\s+|\b(?:sono|è|saranno|sarà)\s+|,\s+|\s+e\s+(?=(?:il|lo|la|i|gli|le|l['’]))", name)[-1]
            name = _ARTICLE_RE.sub("", name.strip(" ,;")).strip()
            if name:
                out.append((name, m.group("target").strip()))
            start = m.end()
    return out


def _staff_names(clause: str) -> list[str]:
    named = [m.group("name") for m in _ROLE_NAME_RE.finditer(clause)]
    return named + [n for n in _NAME_RE.findall(clause) if n not in named
                    and n.split()[0].casefold() in FIRST_NAMES and is_person_name(n)]


def _in_charge(pairs: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    """(office, person) the clause of charge names (either may be in the rest of its
    sentence: "Cura l'intervento il Settore III; responsabile del procedimento è l'ing.
    …"); without one, the office that is the subject of the first clause naming an
    office (the one that "estenderà", "incrocerà")."""
    parts = [c for c, _ in pairs]
    for clause, sentence in pairs:
        if not _CHARGE_RE.search(clause) or _PARTY_CUE_RE.match(clause):
            continue
        office = _lead_office(clause) or _lead_office(sentence)
        person = next((m.group(0) for text in (clause, sentence) for m in TITLED_NAME_RE.finditer(text)
                       if is_person_name(m.group(0))), None)
        if person is None and office is None and (role := _ROLE_RE.search(clause)):
            person = role.group(0)
        if office or person:
            return office, person
    for clause in parts:
        if _PARTY_CUE_RE.match(clause):
            continue
        m = _first_office(clause)
        if m is not None and len(clause[: m.start()].split()) <= 4:
            return m.group(0).rstrip("."), None
    return None, None


def _lead_office(clause: str) -> str | None:
    m = _first_office(clause)
    return m.group(0).rstrip(".") if m else None


def _first_office(clause: str) -> re.Match[str] | None:
    """The first office in the clause not introduced as a helper."""
    for m in _OFFICE_RE.finditer(clause):
        if not _HELPER_BEFORE_RE.search(clause[: m.start()]):
            return m
    return None


def _before(clause: str, first_year: int) -> bool:
    """The clause tells of a year before the objective's time (its first deadline's)."""
    return any(int(y) < first_year for y in re.findall(r"\b(20\d\d)\b", clause))


def _has_quantity(clause: str) -> bool:
    return any(not re.fullmatch(r"20\d\d", q.group(0)) for q in _QUANTITY_RE.finditer(clause))


def _day(text: str, end: bool = False) -> date | None:
    """The calendar day a written date stands for (a month alone: its first day, or
    with `end` its last, as a deadline "entro giugno 2026" means)."""
    t = text.casefold()
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(20\d\d)", t):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := re.fullmatch(rf"(?:(\d{{1,2}})\s+)?({_MONTH})\s+(20\d\d)", t):
        mo, y = MONTHS.index(m.group(2)) + 1, int(m.group(3))
        d = int(m.group(1)) if m.group(1) else (monthrange(y, mo)[1] if end else 1)
    else:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _parties(parts: list[str]) -> list[str]:
    """The parties named after a verb of participation, each without its article and the
    purpose or apposition that follows it."""
    out: list[str] = []
    for clause in parts:
        for cue in _PARTY_CUE_RE.finditer(clause):
            tail = clause[cue.end():].rstrip(" .")
            for chunk in re.split(r",\s+|\s+e\s+(?=(?:il|lo|la|i|gli|le|l['’]|un|una)\b)", tail):
                item = _ITEM_END_RE.sub("", chunk).strip(" ,.")
                if not item or not (art := _ARTICLE_RE.match(item)) and not item[:1].isupper():
                    continue  # an apposition ("gestore della raccolta") describes the item before
                item = item[art.end():] if art else item
                if item and item not in out and not _OBJECTIVE_START_RE.match(item):
                    out.append(item)
            break
    return out
