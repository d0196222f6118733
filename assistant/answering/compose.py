"""Composition: selected candidates → a short Italian answer with verified citations.

The first statement answers (the person's name when the documents give one), then
the details; each statement carries the numbers of the quotes that support it, and
a quote is numbered only once it is found verbatim in a passage of the answer.
Whole statements are dropped, never cut, to stay within the length budget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.answering.candidates import Candidate
from assistant.answering.holders import titled
from assistant.answering.model import MAX_ANSWER_CHARS, Answer
from assistant.citations import Citation, cite, quote_occurs, verify
from ingest.models import Chunk, UnitKind
from ingest.text import ITEM_SEP, Field, split_pair, squash_quote, truncate

# how a phase reads as a statement (the pipeline tells phase statements by it)
PHASE_LEAD = "fase: "
# How a labelled field reads inside a sentence (Italian, for users).
_FIELD_PHRASE: dict[str, str] = {
    Field.RESPONSABILE: "è affidato {v}",
    Field.SETTORE: "settore {v}",
    Field.RESPONSABILE_POLITICO: "referente politico: {v}",
    Field.OBIETTIVO_STRATEGICO: "rientra nell'obiettivo strategico {v}",
    Field.AREA_STRATEGICA: "linea strategica: {v}",
    Field.MOTIVAZIONE: "finalità: {v}",
    Field.VALORE_ATTESO: "risultato atteso: {v}",
    Field.SCADENZA: "da concludere entro {v}",
    Field.STAKEHOLDER: "portatori di interesse: {v}",
    Field.DIPENDENTI: "personale assegnato: {v}",
    Field.FASI: PHASE_LEAD + "{v}",
    Field.INDICATORI: "{v}",
    Field.CODICE: "codice {v}",
    Field.PESO: "peso: {v}",
}


@dataclass
class Statement:
    """One statement of an answer and the verbatim quotes that support it."""

    text: str
    sources: list[tuple[Chunk, str]] = field(default_factory=list)


@dataclass
class Line:
    head: str  # "Ente – «titolo»" (may be empty)
    statements: list[Statement]
    head_sources: list[tuple[Chunk, str]] = field(default_factory=list)
    listing: bool = False  # its statements are the items of a list (they get a list's room)
    code: str = ""  # the objective's code its head shows (it takes no statement's room)


def short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def short_quote(text: str, limit: int = 200) -> str:
    """A verbatim prefix (no ellipsis) so that it still occurs in the passage."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


# a quote keeps this much of its source, or more when its statement shows more
QUOTE_CHARS = 240


_SPAN = re.compile(r"(?:\s+—\s+|^)dal\s+(?P<start>\S+)\s+al\s+(?P<end>\S+)$")


def quote_variants(quote: str, limit: int = QUOTE_CHARS) -> list[str]:
    """The quote as it reads in the source ("a — b" was "a<TAB>b" or two lines), then
    shorter verbatim fallbacks (its first part, a prefix)."""
    out = [short_quote(quote.replace(ITEM_SEP, " "), limit)]
    # (a span "dal X al Y" was read from a schedule's two columns, "X<TAB>Y")
    if (cells := _SPAN.sub(r"\t\g<start>\t\g<end>", quote).strip()) != quote.strip():
        out.insert(0, short_quote(cells, limit))
    head = re.split(r"\s+(?:—|-)\s+|\t", quote)[0]
    # (or before a dash that adds what another cell says: "Pratiche evase – baseline 2024: 1.250")
    for part in (head, head.split(" – ")[0]):
        if part and short_quote(part, limit) not in out:
            out.append(short_quote(part, limit))
    # a long heading stands whole outside its passage, which holds it in its breadcrumb,
    # shortened as breadcrumbs are
    crumb = truncate(quote).rstrip("…")
    if crumb not in out:
        out.append(crumb)
    return out


def phrase(
    cand: Candidate, limit: int = 260, focus: re.Pattern[str] | None = None, when: bool = False,
    dated: bool = True,
) -> str:
    """The candidate as a statement: a field in words, a sentence as written. A long
    sentence is shortened around `focus` (the asked date or figure), not at its end;
    when time is asked (`when`), an item of a schedule comes with the period it is
    listed under (otherwise the period would only take room from other items). A phase
    shortened keeps its timing when a date is the answer (`dated`), else its words."""
    said = _phrase(cand, limit, focus, dated)
    return f"{said} — {cand.period}" if cand.period and when else said


def focus_window(text: str, focus: re.Pattern[str] | None, limit: int) -> str:
    """The window of a text longer than `limit` that shows its `focus` match, when the
    match lies past what its first `limit` characters show; "" otherwise. The match is
    the first concrete one (a figure or a month), not a cue word like "entro"."""
    if focus is None or len(text) <= limit:
        return ""
    found = list(focus.finditer(text))
    m = next((x for x in found if re.search(r"\d|[a-z]{4,}bre|maggio|giugno|luglio|agosto|aprile|marzo|gennaio|febbraio",
                                              x.group(), re.IGNORECASE)), found[0] if found else None)
    return around(text, m.start(), limit) if m and m.end() > limit - 20 else ""


# the clauses of a sentence that lists several facts ("…: il 46% delle istanze …; la
# raccolta differenziata ha raggiunto il 68,2%; il tempo medio …")
_CLAUSE_END = re.compile(r"[;:]\s|[.!?]\s+(?=[A-ZÀ-Ü])")


def topical_value(text: str, focus: re.Pattern[str], weigh: Callable[[str], float]) -> re.Pattern[str] | None:
    """Of the values `focus` finds in a text stating several, the one whose clause says
    most of what is asked (`weigh` scores a clause), as a pattern found there first; None
    when the first value's clause says as much. A sentence that lists figures for several
    things answers with the one said of the thing asked, not its first figure."""
    found = [span for m in focus.finditer(text) if (span := _figure_span(text, m))]
    if len(found) < 2:
        return None
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text)]

    def clause(span: tuple[int, int]) -> str:
        i = next(i for i in range(1, len(bounds)) if span[0] < bounds[i])
        return text[bounds[i - 1]:bounds[i]]

    scores = [weigh(clause(span)) for span in found]
    best = max(range(len(found)), key=lambda i: (scores[i], -i))
    if scores[best] <= scores[0]:
        return None
    return _first_found(text, *found[best])


def _figure_span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of a value with its figure: the match itself when it holds one, else the
    match and the figure next to it ("€" → "€ 5.200,00", "euro" → "9.500 euro"); None
    when no figure stands by it."""
    if re.search(r"\d", m.group()):
        return m.start(), m.end()
    if after := re.match(r"\s*\d[\d.]*(?:,\d+)?", text[m.end():]):
        return m.start(), m.end() + after.end()
    if before := re.search(r"\d[\d.]*(?:,\d+)?\s*$", text[:m.start()]):
        return before.start(), m.end()
    return None


def _first_found(text: str, start: int, end: int) -> re.Pattern[str]:
    """A pattern that finds the span first: the text before it added while the same
    words stand earlier."""
    while text.find(text[start:end]) < start:
        start -= 1
    return re.compile(re.escape(text[start:end]))


def value_after(text: str, anchor: re.Pattern[str], value: re.Pattern[str]) -> re.Pattern[str] | None:
    """The first value `value` finds after `anchor`'s first match, in the same clause, as
    a pattern found there first ("per il 2026 … con un budget di € 5.200,00": the amount
    said of the year); None when its clause states none."""
    if (a := anchor.search(text)) is None:
        return None
    # (from the word the anchor opens with: an anchor may reach into the value, "2026: 2")
    begin = a.start() + len(re.match(r"\S*", text[a.start():]).group())
    end = next((m.start() for m in _CLAUSE_END.finditer(text, begin)), len(text))
    found = next((span for m in value.finditer(text, begin, end) if (span := _figure_span(text, m))), None)
    return _first_found(text, *found) if found else None


def _phrase(cand: Candidate, limit: int, focus: re.Pattern[str] | None, dated: bool = True) -> str:
    if cand.field not in (Field.TITOLARE, Field.SERVIZI) and (shown := focus_window(cand.text, focus, limit)):
        label = _FIELD_PHRASE.get(cand.field or "", "{v}") if not cand.labelled else "{v}"
        return label.format(v=shown)
    if cand.field == Field.TITOLARE:
        return head_of(cand.chunk, titled(cand.chunk.fields.get(Field.TITOLARE, cand.text), [cand.chunk]))
    if cand.field == Field.SERVIZI:
        return f"{cand.chunk.fields.get('settore', '')} gestisce: {short(cand.text, limit)}"
    if cand.labelled:
        return short(cand.text, limit)  # a labelled line reads as written ("Peso: 15")
    if cand.field in _FIELD_PHRASE:
        value = cand.text
        if cand.field == Field.INDICATORI:
            value = render_indicator(value)
        if cand.field == Field.RESPONSABILE:
            value = to_office(value)
        if cand.field == Field.SCADENZA and re.fullmatch(r"20\d\d(?:\s*[,;e]\s*20\d\d)*", value.strip()):
            # years marked in a schedule ("2024, 2025") are when it runs, not a deadline
            return f"annualità: {value.strip()}"
        if cand.field == Field.SCADENZA and (phase := cand.chunk.fields.get(Field.FASI)) \
                and cand.chunk.kind == UnitKind.TABLE_ROW and not cand.chunk.fields.get(Field.TITOLO) \
                and value.strip() in phase:
            # a schedule row's time is its phase's: said with the phase it times
            return PHASE_LEAD + short(phase, limit)
        if cand.field == Field.SCADENZA and value.startswith("dal "):
            return f"si svolge {short(value, limit)}"  # (a span, not a deadline)
        if cand.field == Field.FASI and len(value) > limit and dated:
            # a phase shortened keeps its timing: the description gives way
            desc, timing = split_pair(value, first=True)
            if timing.strip() and len(timing) < limit // 2:
                return _FIELD_PHRASE[cand.field].format(v=f"{short(desc, limit - len(timing) - 3)} — {timing.strip()}")
        return _FIELD_PHRASE[cand.field].format(v=short(value, limit))
    return short(cand.text, limit)


def head_of(org_entry: Chunk, name: str) -> str:
    """"arch. Giulia Rebecchi è titolare di Area 3 (dal … al …)": an org-chart entry's
    head (the name as the answer writes it), the office and the appointment's period."""
    settore = org_entry.fields.get(Field.SETTORE, "")
    return (f"{name} è titolare di {settore}" if settore else name) + tenure(org_entry)


def tenure(org_entry: Chunk) -> str:
    """" (dal 01/01/2024 al 30/04/2024)": an org-chart appointment's period, when the
    chart gives one (who holds an office depends on when)."""
    period = org_entry.fields.get(Field.PERIODO_INCARICO, "").strip()
    # (an interim head, or a substitute in a vacant post, holds the office until it is
    # filled: that is part of who holds it)
    interim = " (ad interim)" if _INTERIM.search(org_entry.body) \
        else " (in sostituzione, posto vacante)" if _VACANT.search(org_entry.body) else ""
    if not period:
        return interim
    dates = re.fullmatch(r"(\S+)\s+-\s+(\S+)", period)
    return (f" (dal {dates.group(1)} al {dates.group(2)})" if dates else f" (incarico: {period})") + interim


_INTERIM = re.compile(r"(?i)\b(?:ad\s+)?interim\b")
_VACANT = re.compile(r"(?i)\bvacante\b")


def around(text: str, pos: int, limit: int) -> str:
    """A window of `text` of about `limit` characters that shows position `pos`."""
    start = max(0, pos - limit // 2)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    # the window opens at the sentence that holds `pos`, when it starts inside it
    # (a quote read from a sentence's start, not from its neighbour's last word)
    if start and (ends := list(re.finditer(r"[.;!?]\s+(?=[A-ZÀ-Ü])", text[start:pos]))):
        start += ends[-1].end()
    piece = text[start:start + limit]
    if start + limit < len(text):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return ("…" if start else "") + " ".join(piece.split())


# "a" joined with the article a value opens with
_ARTICLED = {"il": "al ", "lo": "allo ", "la": "alla ", "i": "ai ", "gli": "agli ", "le": "alle "}


def to_office(value: str) -> str:
    """"Area Risorse" → "all'Area Risorse", "12. VERDE URBANO" → "al settore 07. …",
    a person → "a dott. Rossi": the Italian article a responsible takes."""
    first = value.split()[0].casefold() if value.split() else ""
    if first in _ARTICLED:  # "il Comandante del Servizio …" → "al Comandante del Servizio …"
        return f"{_ARTICLED[first]}{value.split(None, 1)[1] if len(value.split()) > 1 else ''}"
    if first == "ad" and value.casefold().startswith("ad interim "):  # "ad interim al Segretario …"
        return f"ad interim {to_office(value[len('ad interim '):])}"
    if first in ("area", "ufficio", "unità", "unita", "u.o."):
        return f"all'{value}"
    if first in ("settore", "servizio", "responsabile", "segretario", "dirigente", "comandante"):
        return f"al {value}"
    if first[:1].isdigit():
        return f"al settore {value}"
    return f"a {value}"


def render_indicator(item: str) -> str:
    """"n. moduli predisposti — 2" reads better as "2 moduli predisposti"; other
    indicators as "name (target t)"."""
    name, target = split_pair(item, first=True)
    name, target = name.strip(), target.strip()
    m = re.match(r"(?i)^(?:n\.|nr\.?|numero)\s*(?:(?:di|dei|degli|delle)\s+)?(.+)$", name)  # "N. di processi"
    if target and m and re.fullmatch(r"[\d.,]+", target):
        return f"{target} {m.group(1)}"
    return f"{name} (target {target})" if target else name


def locate(quote: str, preferred: Chunk, pool: Sequence[Chunk],
           limit: int = QUOTE_CHARS) -> tuple[Chunk, str] | None:
    """The passage (the candidate's own first) that holds the quote verbatim, and the
    line of it that holds the quote: a value is cited with the line it stands on
    ("RUGGIERI Elisabetta titolare", "Target: ≥ 90%"), which is what a reader checks."""
    for variant in quote_variants(quote, limit):
        for chunk in (preferred, *pool):
            if quote_occurs(variant, chunk):
                line = enclosing_line(variant, chunk)
                return chunk, as_source(line, chunk) or line
    return None


# a labelled line of a passage body ("Target 2026: 15 minuti"): its label
_BODY_LABEL = re.compile(r"(?m)^\s*([^:\n]{1,40}?):\s")


def as_source(line: str, chunk: Chunk, limit: int = 300) -> str | None:
    """A citation quotes the document as written. A table row the parser rewrote as
    labelled cells ("Indicatore: X Target 2026: 15 minuti") stands in the document as
    its cells alone ("X  15 minuti"): the quote is that row, from its first cell quoted
    to its last, which is what a reader finds on the page. None when the line is
    already verbatim, or its cells are not found in order."""
    source = chunk.source_text
    if not source or squash_quote(line) in squash_quote(source):
        return None
    # (the labels are those the passage writes on its own lines, longest first)
    labels = sorted({m.group(1).strip() for m in _BODY_LABEL.finditer(chunk.body)}, key=len, reverse=True)
    if not labels:
        return None
    cut = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(re.escape(x) for x in labels) + r"):\s+")
    values = [v.strip(" ;,") for v in cut.split(line) if v.strip(" ;,")]
    start = end = None
    for value in values:
        words = value.split()
        # (whole words: a cell "15" is not the end of "2015")
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + (r"(?!\w)" if words[-1][-1].isalnum() else "")
        m = re.compile(pattern, re.IGNORECASE).search(source, end or 0)
        if m is None:
            return None
        start, end = (m.start() if start is None else start), m.end()
    if start is None or end is None or end - start > limit:
        return None
    if end - start < CHECKABLE_CHARS and chunk.kind == UnitKind.TABLE_ROW and end <= limit:
        # a cell alone ("30/06/2026") cannot be checked: it is quoted with its row's
        # cells before it, from the row's first, which name what it belongs to
        start = len(source) - len(source.lstrip())
    return " ".join(source[start:end].split())


# a quote shorter than this is a bare value (a date, a figure), not a checkable passage
CHECKABLE_CHARS = 20


def enclosing_line(quote: str, chunk: Chunk, limit: int = 240) -> str:
    """The passage line (verbatim) that contains the quote, if short enough; else the
    quote itself."""
    q = squash_quote(quote)
    for line in chunk.body.split("\n"):
        line = line.strip()
        if q in squash_quote(line):
            return line if len(line) <= limit and quote_occurs(line, chunk) else quote
    return quote


# Text typed in capitals writes a final accented vowel as vowel + apostrophe
# ("CITTA'", "ATTIVITA'", "E'"); what the answer says reads it with its accent (the
# quotes keep the source's spelling). "CHE'" endings take the acute accent (PERCHÉ).
_CAPS_ACCENT = re.compile(r"(?<![\w'’])([A-Z]*?)(CH)?([AEIOU])['’](?=[\s,.;:)»\]]|$)")
_GIVEN_NAME_AFTER = re.compile(r"\s+(?:[A-Z'’]{2,}\s+)*[A-Z][a-zà-ù]+")
_GRAVE = {"A": "À", "E": "È", "I": "Ì", "O": "Ò", "U": "Ù"}


def accented(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        stem, ch, vowel = m.group(1), m.group(2) or "", m.group(3)
        if not (stem or ch) and vowel != "E":
            return m.group(0)  # a lone letter and an apostrophe: not a word
        if _GIVEN_NAME_AFTER.match(text, m.end()):
            return m.group(0)  # a surname ("CALA' Valentina") is written as its owner writes it
        return stem + ch + ("É" if ch and vowel == "E" else _GRAVE[vowel])
    return _CAPS_ACCENT.sub(fix, text)


# a statement shortened to fit keeps at least this many characters (else it is cut whole)
_MIN_SHORTENED = 60


def assemble(lines: list[Line], passages: list[Chunk], budget: int = MAX_ANSWER_CHARS, fair: bool = False) -> Answer:
    """Render lines with a mark after each statement; only verified quotes are
    numbered (the same quote once). `fair`: the lines are peers (one per thing
    compared) and share the room equally, a short line leaving its rest to the others."""
    citations: list[Citation] = []
    numbers: dict[tuple[str, str], int] = {}
    budget += sum(len(ln.code) for ln in lines)

    def marks(sources: list[tuple[Chunk, str]]) -> str:
        out: list[int] = []
        for chunk, quote in sources:
            candidate = cite(len(citations) + 1, chunk, quote)
            key = (candidate.chunk_id, squash_quote(candidate.quote))
            if key not in numbers:
                if not verify([candidate], passages):
                    continue
                numbers[key] = candidate.n
                citations.append(candidate)
            if numbers[key] not in out:
                out.append(numbers[key])
        return "".join(f"[{n}]" for n in out)

    rendered: list[str] = []
    # several lines (one per ente) share the room: a line may not take the room the
    # following lines need for their head and first statement
    need = [len(ln.head) + (len(ln.statements[0].text) if ln.statements else 0) + 12 for ln in lines]
    shares = fair_shares([len(ln.head) + sum(len(st.text) + _MARK_CHARS for st in ln.statements) for ln in lines],
                     budget - len(lines) + 1) if fair else []
    for i, line in enumerate(lines):
        room = budget - sum(need[i + 1:])
        if shares:
            room = min(room, len("\n".join(rendered)) + bool(rendered) + max(shares[i], need[i]))
        head = accented(line.head) + (" " + marks(line.head_sources) if line.head_sources else "")
        text = head.strip() + (": " if line.head else "")
        first = True
        for st in line.statements:
            mark = " " + marks(st.sources) if st.sources else ""
            shown = accented(st.text)
            piece = shown + mark
            candidate = text + ("" if first else "; ") + piece.strip()
            over = len("\n".join([*rendered, candidate])) - room
            if over > 0 and not first:
                break
            if over > 0 and len(shown) - over > _MIN_SHORTENED:
                # a first statement longer than the room is shortened before its marks:
                # cut at the end, it would lose its citation and be unverifiable
                body = shown[: len(shown) - over - 1].rsplit(" ", 1)[0] + "…"
                candidate = text + (body + mark).strip()
            text, first = candidate, False
        text = text.rstrip(": ")
        rendered.append(text)
    text = "\n".join(rendered)
    if len(text) > budget:
        text = text[: budget - 1].rsplit(" ", 1)[0] + "…"
    used = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    kept = [c for c in citations if c.n in used]
    return Answer(text=text, citations=kept, passages=passages, found=bool(kept))


# the room a statement's citation marks take (" [12][13]"), as estimated before rendering
_MARK_CHARS = 8


def fair_shares(lengths: Sequence[int], room: int, least: int = 0) -> list[int]:
    """Each of several peers' room out of `room`: an equal share, a short one keeping
    only its length and leaving the rest to the longer ones (each at least `least`)."""
    shares = list(lengths)
    left = room
    for k, i in enumerate(sorted(range(len(lengths)), key=lambda i: lengths[i])):
        shares[i] = min(lengths[i], max(least, left // (len(lengths) - k)))
        left -= shares[i]
    return shares


def join(answers: Sequence[Answer]) -> Answer:
    """The answers of the parts of one question, one after the other, numbered as one
    answer (a quote cited by two parts keeps one number)."""
    first = answers[0]
    citations = list(first.citations)
    numbers = {(c.chunk_id, squash_quote(c.quote)): c.n for c in citations}
    texts = [first.text]
    for ans in answers[1:]:
        renumber: dict[int, int] = {}
        for c in ans.citations:
            key = (c.chunk_id, squash_quote(c.quote))
            if key not in numbers:
                numbers[key] = max(numbers.values(), default=0) + 1
                citations.append(c.model_copy(update={"n": numbers[key]}))
            renumber[c.n] = numbers[key]
        text = re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m.group(1)), int(m.group(1)))}]", ans.text)
        if text not in texts:  # two parts answered by the same statements say them once
            texts.append(text)
    # the parts' passages in turn (each part's best first): one part's ten passages
    # would push the evidence of the next out of any top-k
    passages: list[Chunk] = []
    for rank in range(max(len(a.passages) for a in answers)):
        passages += [a.passages[rank] for a in answers if rank < len(a.passages) and a.passages[rank] not in passages]
    return first.model_copy(update={
        "text": "\n".join(texts), "citations": citations, "passages": passages,
        "found": any(a.found for a in answers),
        "warning": next((a.warning for a in answers if a.warning), ""),
    })
