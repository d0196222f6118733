"""Candidate answers: the smallest units of the retrieved passages that can answer.

Every labelled field of an objective (list fields item by item), every sentence or
line of a passage body, and every org-chart entry becomes a `Candidate` that knows
its passage, its objective and its retrieval rank. Selection scores them; the
composer quotes them verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ingest.chunk_spans import MIN_COLUMN_WIDTH
from ingest.models import PROSE_EXTRACTOR, Chunk, ObjectiveRecord, UnitKind
from ingest.structure.timing import TIMING_RE
from ingest.structure.vocabulary import canonical_key, is_exact_label
from ingest.text import (
    LIST_FIELDS,
    ONE_SENTENCE_FIELDS,
    Field,
    join_hyphenated,
    join_pair,
    is_placeholder,
    sentences,
    split_items,
    squash_quote,
    upper_ratio,
)
from vectorstore.search import SearchHit

# Fields that describe where an objective sits rather than what it says; they are
# candidates, but context for the others.
_SKIP_FIELDS = frozenset({Field.PERIODO_INCARICO, Field.OBIETTIVO_DI})
# the label chunking gives each piece of a section too long for one passage
# "Responsabile: arch. Rossi", "Target 2026: 100%": a label of the field vocabulary,
# a colon, a value (short labels only: a sentence with a colon is not a field)
_LABEL_LINE = re.compile(r"^(?P<label>[^:]{2,40}?)\s*:\s*(?P<value>\S.*)$")
# who answers for what the line's sentence before it says ("… adozione dell'atto.
# Soggetto responsabile: il Responsabile dell'Area Tecnica"): a label after a sentence
# of its own (an org-chart line "Area X – Responsabile: …" names an office, not a thing)
_INLINE_RESPONSIBLE = re.compile(
    r"(?i)(?<=\S.{30})[.;]\s+(?:soggetto\s+)?responsabil[ei](?:\s+dell['’]\s*attuazione)?\s*:\s*"
    r"(?P<value>[^.;]{3,150})")
_POLITICAL_ROLE = re.compile(r"^(?:Sindac[oa]|Vicesindac[oa]|Ass\.|Assessor[ei])(?:\b|\s|$)")


def is_political_line(text: str) -> bool:
    """"Sindaco - Ass. A. Rossi": every part of the line opens with a political role."""
    parts = [p.strip() for p in re.split(r"\s[-–,]\s", text) if p.strip()]
    return bool(parts) and all(_POLITICAL_ROLE.match(p) and len(p) <= 40 for p in parts)
_MARKUP = re.compile(r"^\s*(?:#+\s*|[-•*–]\s+|\d+[.)]\s+(?=\D))?|\*\*")


# How plans and people name each field: a field's candidate is found by these words
# too ("che peso ha…" → the value of the field "peso", whatever its text).
FIELD_LABELS: dict[str, str] = {
    Field.RESPONSABILE: "responsabile",
    Field.SETTORE: "settore ufficio area servizio",
    Field.TITOLARE: "titolare responsabile",
    Field.SERVIZI: "servizi competenze gestisce",
    Field.MOTIVAZIONE: "motivazione finalità scopo",
    Field.VALORE_ATTESO: "valore atteso risultato atteso",
    Field.OBIETTIVO_STRATEGICO: "obiettivo strategico",
    Field.AREA_STRATEGICA: "linea strategica",
    Field.SCADENZA: "scadenza termine",
    Field.FASI: "fasi azioni attività",
    Field.INDICATORI: "indicatore target",
    Field.STAKEHOLDER: "stakeholder portatori di interesse destinatari",
    Field.DIPENDENTI: "dipendenti personale",
    Field.PESO: "peso",
    Field.FORMULA: "formula calcolo",
    Field.BASELINE: "baseline valore di partenza",
    Field.TARGET: "target",
    Field.CODICE: "codice",
}


@dataclass(frozen=True)
class Candidate:
    text: str  # what the answer would say
    quote: str  # verbatim source (occurs in `chunk` or in a passage of the same objective)
    chunk: Chunk  # the passage it comes from
    rank: int  # the passage's retrieval rank (0 = best)
    field: str | None = None  # objective field ("responsabile", "fasi"…), "titolare", or None
    index: int = 0  # position within its passage (keeps lists in document order)
    labelled: bool = False  # a "Label: value" line of the body (reads as written)
    row: bool = False  # a table row or list item of the body
    group_key: tuple[str, str] | None = None  # its objective, when not its passage's own
    record_title: str | None = None
    period: str = ""  # the schedule heading it sits under ("GIUGNO - DICEMBRE"), if any
    lead: str = ""  # a list item's introducing line or heading ("le principali criticità rilevate:")
    key: str = ""  # the objective number a schedule grid's cell is listed under ("10")

    @property
    def label(self) -> str:
        """The words that name its field (empty for a sentence)."""
        return FIELD_LABELS.get(self.field, self.field.replace("_", " ")) if self.field else ""

    @property
    def group(self) -> tuple[str, str]:
        """The objective (or, outside objectives, the section) it belongs to."""
        return self.group_key or objective_key(self.chunk)

    @property
    def title(self) -> str:
        # ("parte 2" numbers a piece of a long section: the section names it)
        return self.record_title or self.chunk.fields.get(Field.TITOLO) or self.chunk.fields.get(Field.OBIETTIVO_DI) \
            or self.chunk.heading


def objective_key(chunk: Chunk) -> tuple[str, str]:
    """An objective's passages share its title (a keyed row names the objective it is a
    part of); any other passage is its own section."""
    title = chunk.fields.get(Field.TITOLO) or chunk.fields.get(Field.OBIETTIVO_DI)
    return chunk.doc_id, title if title else " › ".join(chunk.breadcrumb)


# Words that cannot end an Italian sentence (articles, prepositions, conjunctions):
# a line ending with one was wrapped by the layout, not finished.
_OPEN_END = frozenset(
    "il lo la i gli le un una uno di del della dello dei degli delle a al alla allo ai agli alle "
    "da dal dalla dai dagli dalle in nel nella nello nei negli nelle con col su sul sulla sui "
    "per tra fra e ed o od che cui n. art. dott. dott.ssa ing. arch. geom. rag. avv. prof. sig. "
    # (relative and linking words, and the verb "to be", also ask for what follows:
    # "… è stato confermato quale / Responsabile della prevenzione …")
    "quale quali nonché ovvero ossia cioè presso mediante tramite verso sia è sono".split()
)
_PROSE_WORDS = 5
_ITEM_START = re.compile(r"\s*(?:[-•*–▪]|\d{1,3}[.)]|\|)\s")  # (a year opening a line, "2025. …", numbers no item)


def is_row(line: str) -> bool:
    """A table row (cells) or a list item (bullet, number) of a passage body."""
    return "\t" in line or bool(_ITEM_START.match(line))


def logical_lines(body: str, rows: frozenset[str] = frozenset()) -> list[str]:
    """The body's lines with prose wrapped by the layout joined again: a prose line (long:
    short lines are names, labels or the cells of a laid-out table) that does not end a
    sentence continues on the next when that one opens in lower case or with a figure
    ("… n. 27 del" / "03/12/2021."), or when it ends with a word no sentence ends with.
    Rows, items, labels and headings are never joined (`rows`: the lines, whitespace
    collapsed, that were a table's rows in the source, its cells apart)."""
    out: list[str] = []
    lines = body.split("\n")
    # a PDF wraps prose at the right margin: a line as long as the body's longest
    # lines, that ends no sentence, goes on in the next even when that one opens with a
    # capital ("… confermato quale / Responsabile della prevenzione …")
    # (a body wrapped so has several lines of about one width, as a page's text has;
    # a text file's paragraphs are lines of any length)
    width = max((len(x.strip()) for x in lines), default=0)
    # (a narrow column's width is what most of its lines reach: a title or a heading
    # above it may run wider)
    lengths = sorted(len(x.strip()) for x in lines if x.strip())
    if len(lengths) >= _MIN_COLUMN_LINES and MIN_COLUMN_WIDTH <= (common := lengths[int(0.8 * (len(lengths) - 1))]) \
            < _MIN_WRAP_WIDTH <= width:
        width = common
    full_lines = sum(len(x.strip()) >= _FULL_LINE * width for x in lines)
    # (a narrow column wraps prose too: then most of its lines reach the margin, which
    # a list of names or titles, of lengths as varied as their words, does not)
    column = MIN_COLUMN_WIDTH <= width < _MIN_WRAP_WIDTH \
        and full_lines >= max(_MIN_FULL_LINES, _COLUMN_SHARE * len(lines))
    wrapped = column or _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH and full_lines >= _MIN_FULL_LINES
    previous = ""
    for line in lines:
        # (a column's line holds fewer words than a page's: a prose line there is one
        # that reaches the margin, however few its words)
        # (a line wider than the column is a heading or a title over it, not its text)
        full = wrapped and _FULL_LINE * width <= len(previous.strip()) <= (_WIDER * width if column else width)
        row = " ".join(line.split()) in rows or " ".join(previous.split()) in rows
        if out and not row and _continues(out[-1], line, full=full, words=_COLUMN_WORDS if column and full else _PROSE_WORDS):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
        previous = line
    return out


# a line this share of the longest line reached the right margin (PDF prose)
_FULL_LINE = 0.75
_MIN_WRAP_WIDTH = 70
_MAX_WRAP_WIDTH = 200  # (a landscape page holds about 180 characters a line)
_MIN_FULL_LINES = 3
# in a column (MIN_COLUMN_WIDTH and up), prose is told by most lines (this share)
# reaching the margin
_COLUMN_SHARE = 0.6
_COLUMN_WORDS = 3
_MIN_COLUMN_LINES = 6
_WIDER = 1.15
_CAPS_OPENING = re.compile(r"[A-ZÀ-Ý]{2,}\s+[A-ZÀ-Ý]{2,}")


# a few words after a sentence's end, before a colon that ends the line: a label run in
_RUN_IN_LABEL = re.compile(r"[.;]\s+(?:\S+\s+){0,4}\S+:$")


def _continues(prev: str, line: str, full: bool = False, words: int = _PROSE_WORDS) -> bool:
    head, tail = prev.strip(), line.strip()
    if not tail or tail.startswith("#") or "\t" in prev or is_row(line) or is_political_line(head):
        return False
    if len(re.findall(r"[^\W\d_]{3,}", head)) < words:
        return False
    if is_row(prev) and not tail[0].islower():
        return False  # (an item goes on only in lower case: a capital opens what follows the list)
    if head.count("(") > head.count(")") and not head.endswith((".", "!", "?")) and not tail.startswith("("):
        # a parenthesis the line leaves open goes on in the next ("… (valore di partenza
        # 2025: 30%; target" / "2026: 45%, 2027: 60%)"): what follows is inside it, no label
        return True
    if full and head.endswith(":") and (tail[:1].isdigit() or tail[:1].islower() and _RUN_IN_LABEL.search(head)):
        # a prose line that reaches the margin with a label's colon goes on with the
        # label's figure ("… n. pratiche istruite – target 2026:" / "450. Peso 8."), or
        # with the value of a label run into the paragraph after a sentence ("… di
        # rilievi; Fase 2 (mag–giu 2026):" / "gara per i lavori …")
        return True
    last = head.rsplit(None, 1)[-1].casefold()
    # (a title's abbreviation, "dott." / "ing.", ends no sentence: its name follows)
    ended = head.endswith((".", ";", ":", "!", "?", "|")) and not (last in _OPEN_END and last.endswith("."))
    if ended or _LABEL_LINE.match(tail) and len(tail) < 60 \
            and not (last in _OPEN_END and tail[0].islower()):
        # (a colon inside a line that goes on a sentence cut after an article or a
        # preposition, "… pari a / circa 41.000 metri cubi annui: il valore", is no label's)
        return False
    # (a line that opens with a label or a heading in capitals starts a field of its own)
    full = full and leading_label(tail) is None and not _CAPS_OPENING.match(tail)
    return full or tail[0].islower() or tail[0].isdigit() or last in _OPEN_END


@lru_cache(maxsize=1024)
def without_labels(text: str) -> str:
    """The text with the field labels that open its lines dropped ("Valore atteso: X"
    reads "X"): a label says which field follows, not what the objective is about, so
    its words ("atteso", "indicatore") must not match a topic ("tempi di attesa")."""
    out = []
    for line in text.splitlines():
        m = _LABEL_LINE.match(line.strip())
        if m and len(m.group("label").split()) <= 5 and canonical_key(m.group("label")):
            line = m.group("value")
        out.append(line)
    return "\n".join(out)


_COUNTED = re.compile(r"(?i)^(?:n|nr|num)\.?\s*\d+\s+[^\W\d_]")


def leading_label(text: str) -> str | None:
    """The field of a "Label value" line without a colon, as PDF and table exports
    print them ("Target 1 ≥ € 120.000,00", "Valore atteso Emissione di…"): the line
    opens with a label of the vocabulary itself (not a phrase that only starts with one)
    and a value follows."""
    words = text.split()
    # a line with a colon holds several fields or a sentence; a line in capitals is a heading
    if len(text) > 200 or len(words) < 2 or ":" in text or upper_ratio(text) > 0.8:
        return None
    # (a number written with its abbreviation counts what follows, "n. 1 Istruttore
    # tecnico" is one of them: no "N." label and its code)
    if _COUNTED.match(text):
        return None
    for n in (4, 3, 2, 1):
        head, rest = " ".join(words[:n]), words[n:] if n < len(words) else []
        if rest and is_exact_label(head) and not rest[0][:1].islower():
            return canonical_key(head)
    return None


def clean(line: str) -> str:
    """A body line without Markdown marks and list bullets (the words stay verbatim)."""
    return " ".join(_MARKUP.sub("", line).split())


def from_hits(hits: Sequence[SearchHit], depth: int = 8) -> list[Candidate]:
    """The candidates of the best `depth` passages, in rank order."""
    out: list[Candidate] = []
    seen: set[tuple[str, str]] = set()  # (objective, text): a field repeated on every passage
    for rank, hit in enumerate(hits[:depth]):
        for cand in from_chunk(hit.chunk, rank):
            key = (cand.chunk.doc_id + cand.group[1], cand.text)
            if key not in seen:
                seen.add(key)
                out.append(cand)
    return out


def from_record(
    rec: ObjectiveRecord, chunks: Sequence[Chunk], rank: int, group: tuple[str, str]
) -> list[Candidate]:
    """The fields of the objective record a passage belongs to, each from the passage
    that holds its source span: whatever the layout kept in the passage's own fields,
    structured extraction found these (and where). A record read from prose gives
    none: its fields are sentences of the passage, which offers them verbatim itself."""
    if rec.extractor == PROSE_EXTRACTOR:
        return []

    def holder(path: str) -> Chunk | None:
        src = rec.sources.get(path)
        if src is None:
            return None
        return next((c for c in chunks if c.char_start <= src.char_start < c.char_end), None)

    values: list[tuple[str, str, str, int]] = []  # (field, text, source path, index)
    for key in (Field.RESPONSABILE, Field.SETTORE, Field.MOTIVAZIONE, Field.VALORE_ATTESO, Field.SCADENZA,
                Field.OBIETTIVO_STRATEGICO, Field.AREA_STRATEGICA, Field.CODICE):
        if value := getattr(rec, key):
            values.append((key, value, key, 0))
    for i, item in enumerate(rec.stakeholder):
        values.append((Field.STAKEHOLDER, item, f"stakeholder[{i}]", i))
    for i, item in enumerate(rec.dipendenti):
        values.append((Field.DIPENDENTI, item, f"dipendenti[{i}]", i))
    for i, phase in enumerate(rec.fasi):
        text = join_pair(phase.descrizione, phase.tempistica)
        values.append((Field.FASI, text, f"fasi[{i}].descrizione", i))
    for i, ind in enumerate(rec.indicatori):
        text = join_pair(ind.nome, ind.target)
        values.append((Field.INDICATORI, text, f"indicatori[{i}].nome", i))
    out = []
    for key, text, path, i in values:
        # (a value framed from a heading above the objective's table, "AREA 2 – … –
        # Responsabile: …", stands in its passages' breadcrumbs, not in their spans)
        chunk = holder(path)
        framed = None if chunk is not None else _framing_crumb(text, chunks)
        if framed is not None:
            chunk = framed[0]
        elif chunk is None and key in (Field.SETTORE, Field.RESPONSABILE) and chunks:
            chunk = next((c for c in chunks if squash_quote(text) in squash_quote(c.text)), chunks[0])
        if chunk is not None:
            if framed is not None:
                quote = framed[1]
            elif key == Field.DIPENDENTI:
                text, quote = _staff_item(text, chunk)
            elif key == Field.INDICATORI and (row := _table_item(rec.indicatori[i].nome, chunk)):
                text, quote = row
            else:
                quote = text
            out.append(Candidate(join_hyphenated(" ".join(text.split())), quote, chunk, rank, key, i,
                                 group_key=group, record_title=rec.titolo))
    return out


def _framing_crumb(value: str, chunks: Sequence[Chunk]) -> tuple[Chunk, str] | None:
    """A value the record read from a heading above the objective ("### Obiettivo
    strategico 1.1 – Amministrazione digitale, …" over "##### Obiettivo operativo …")
    lies in no passage's body: the heading stands in the passages' breadcrumbs, which
    shorten it. The passage is cited by that heading, as far as its crumb writes it: a
    verbatim piece of the document that holds the value (or its opening words)."""
    want = squash_quote(value)
    if len(want) < _MIN_FRAMED:
        return None
    for chunk in chunks:
        for crumb in chunk.breadcrumb:
            bare = crumb.rstrip("…").strip()
            have = squash_quote(bare)
            if want in have or (crumb.endswith("…") and len(have) >= _MIN_FRAMED
                                and any(have.endswith(want[:k]) for k in range(_MIN_FRAMED, len(want)))):
                return chunk, bare
    return None


# the shortest value (squashed characters) matched in a shortened heading: a few words
_MIN_FRAMED = 16


# the columns that describe a measure itself (not its objective's deadline or weight)
_MEASURE_COLUMNS = frozenset({Field.FORMULA, Field.TARGET, Field.BASELINE, Field.FONTE})


def cells(line: str) -> list[str]:
    """A table line's cells, parted by pipes (Markdown) or tabs (DOCX, ruled PDF)."""
    return [" ".join(c.split()) for c in re.split(r"\s*\|\s*|\t+", line.strip().strip("|"))]


def _grid_cells(chunk: Chunk, rank: int) -> list[Candidate]:
    """The activities of a schedule grid (a row per objective number, a column per
    period), one per cell, each done in its column's period ("Piantumazioni" — "IV
    trim. 2026"): read from the passage's source, whose cells keep their columns (the
    body's words lose the empty ones, and with them which period a cell is in)."""
    out: list[Candidate] = []
    periods: list[str] = []
    for line in chunk.source_text.splitlines():
        # (tab cells split as written: an empty last cell is a period without activity)
        row_cells = [c.strip() for c in line.split("\t")] if "\t" in line else cells(line) if "|" in line else []
        if _period_header(row_cells):
            periods = row_cells
        elif periods and len(row_cells) == len(periods) and re.fullmatch(r"[\w./-]{1,12}", row_cells[0]):
            # (as the passage reads it: a tab row's words, a pipe row as written)
            quote = line.strip() if "\t" not in line else " ".join(c for c in row_cells if c)
            for cell, when in zip(row_cells[1:], periods[1:], strict=True):
                if cell and not _MARK_ONLY.fullmatch(cell):
                    out.append(Candidate(cell, quote, chunk, rank, None, 900 + len(out), row=True,
                                         period=when, key=row_cells[0]))
        else:
            periods = []
    return out


# a grid cell that only marks a period as busy ("X", "●"), naming no activity
_MARK_ONLY = re.compile(r"[xX✓●•■*]")
# a part of a year, as grids head their columns: "I trim. 2026", "2° semestre", "III quadrim."
PART_OF_YEAR = re.compile(r"(?i)\b(?:[IV]{1,3}|\d)\s*°?\s*(?:trim|sem|quadrim|bim)\w*\.?(?:\s+20\d\d)?")


def _period_header(row_cells: Sequence[str]) -> bool:
    """A grid's header row whose columns after the first are periods ("I trim. 2026",
    "Gennaio", "2027"): a schedule."""
    named = [c for c in row_cells[1:] if c]
    return len(named) >= 2 and len(named) == len(row_cells) - 1 \
        and all(TIMING_RE.match(c) or PART_OF_YEAR.fullmatch(c) for c in named)


def is_header_line(line: str) -> bool:
    """A table's header row: two cells or more, each a field label ("| Indicatore |
    Formula | Target 2026 |"). It names columns; it states nothing."""
    named = [c for c in cells(line) if c]
    return ("|" in line or "\t" in line) and len(named) >= 2 and all(is_exact_label(c) for c in named)


def _table_item(name: str, chunk: Chunk) -> tuple[str, str] | None:
    """(text, quote) of a list item that is the first cell of a table row with more
    columns than the record keeps ("Formula", a target per year, a baseline): each
    filled cell after its column's name ("X (formula: a / b; target 2026: 35%)"),
    quoting the row. An indicator's formula and every year's target are its row's."""
    lines = chunk.body.splitlines()
    name = " ".join(name.split())
    at = next((k for k, ln in enumerate(lines) if cells(ln)[0] == name and ("|" in ln or "\t" in ln)), None)
    if at is None:
        return _labelled_item(name, lines)
    header = next((lines[k] for k in range(at - 1, -1, -1) if is_header_line(lines[k])), None)
    row, names = cells(lines[at]), cells(header) if header else []
    if len(row) < 3 or len(names) != len(row):
        return None
    said = [f"{label.casefold()}: {value}" for label, value in zip(names[1:], row[1:], strict=True)
            if value.strip(" –-") and canonical_key(label) in _MEASURE_COLUMNS]
    if not said:
        return None
    return f"{row[0]} ({'; '.join(said)})", lines[at].strip()


def _staff_item(name: str, chunk: Chunk) -> tuple[str, str]:
    """A member of staff (text, quote), stated with the table row that lists them:
    their grade and task ("ROSSINI Carla  D1  RUP") say what they do in the
    objective, which a question may ask ("chi è il RUP"). Only a row that opens with
    the name is theirs (a line listing several people is nobody's row)."""
    row = next((line.strip(" -•*\t|") for line in chunk.body.splitlines()
                if line.strip(" -•*\t|").startswith(name)), "")
    rest = [c.strip(" ,;") for c in cells(row[len(name):]) if c.strip(" ,;")]
    if not rest or len(row) > 160 or any("," in c for c in rest):
        return name, name
    return f"{name} ({', '.join(rest)})", row


def _labelled_item(name: str, lines: list[str]) -> tuple[str, str] | None:
    """The same for a row written as labelled lines ("Indicatore: X" / "Formula: …" /
    "Target 2026: …"): the lines after the item's own, up to the next item."""
    at = next((k for k, ln in enumerate(lines) if (m := _LABEL_LINE.match(ln.strip()))
               and " ".join(m.group("value").split()) == name), None)
    if at is None:
        return None
    said, end = [], at + 1
    for ln in lines[at + 1:]:
        m = _LABEL_LINE.match(ln.strip())
        if m is None or canonical_key(m.group("label")) not in _MEASURE_COLUMNS:
            break
        end += 1
        if m.group("value").strip(" –-"):
            said.append(f"{m.group('label').strip().casefold()}: {m.group('value').strip()}")
    return (f"{name} ({'; '.join(said)})", "\n".join(lines[at:end])) if said else None


def from_chunk(chunk: Chunk, rank: int = 0) -> list[Candidate]:
    out: list[Candidate] = []
    fields = chunk.fields
    if chunk.kind == UnitKind.ORG_CHART and fields.get(Field.TITOLARE):
        name = fields[Field.TITOLARE]
        out.append(Candidate(f"{fields.get('settore', '')}: {name}".strip(": "), name, chunk, rank,
                             Field.TITOLARE))
        if fields.get(Field.SERVIZI):
            out.append(Candidate(fields[Field.SERVIZI], fields[Field.SERVIZI], chunk, rank, Field.SERVIZI))
    else:
        for key, value in fields.items():
            if key in _SKIP_FIELDS or key in (Field.TITOLO, Field.FORMULA) or not value.strip():
                continue
            items = split_items(value) if key in LIST_FIELDS else [value]
            for i, item in enumerate(items):
                if key == Field.DIPENDENTI:
                    text, quote = _staff_item(item, chunk)
                elif key == Field.INDICATORI and (row := _table_item(item.split(" — ")[0], chunk)):
                    text, quote = row
                elif key == Field.SCADENZA and chunk.kind == UnitKind.TABLE_ROW and not fields.get(Field.TITOLO) \
                        and item.strip() in fields.get(Field.FASI, ""):
                    # (a schedule row's time is quoted with the phase it times)
                    text, quote = item, fields[Field.FASI]
                else:
                    text, quote = item, item
                out.append(Candidate(join_hyphenated(" ".join(text.split())), quote, chunk, rank, key, i))
    position = 100
    period = ""  # a schedule groups its items under period lines: they are their timing
    lead = ""  # the last line that is no item: what a list's items are introduced by
    out += _grid_cells(chunk, rank)
    # (a table's rows, cells apart in the source, are whole lines)
    rows = frozenset(" ".join(ln.split()) for ln in chunk.source_text.splitlines() if "\t" in ln.strip())
    for line in logical_lines(chunk.body, rows):
        text = clean(line)
        if len(text) < 4 or is_header_line(line):
            continue
        is_period = len(text) <= 40 and bool(TIMING_RE.match(text))
        row = is_row(line)
        if not is_period and not row:
            period = ""
        if not row:
            lead = text  # (labelled or not: "Fasi:" introduces its items too)
        labelled = _LABEL_LINE.match(text)
        key = canonical_key(labelled.group("label")) if labelled and len(labelled.group("label").split()) <= 5 else None
        if key is None and not labelled:
            key = leading_label(text)
        head, _, last = text.rpartition(" ")
        if key is not None and (is_placeholder(labelled.group("value")) if labelled
                                else is_placeholder(last) and canonical_key(head.strip(" :")) is not None):
            continue  # ("Personale coinvolto —", "Baseline: n.d."): the field is not given
        rest = ""
        if key is not None and key in ONE_SENTENCE_FIELDS and len(text) > 200 \
                and len(said := sentences(text)) > 1:
            # a name, a code, a date or a figure ends with its sentence: a paragraph that
            # opens with its label ("Responsabile: ing. Rossi (Area Tecnica). Il piano …")
            # goes on with statements of its own, each one a candidate as prose is
            text, rest = said[0], " ".join(said[1:])
        if key is not None:
            # a labelled line is that field's value, whatever the layout's parser kept
            position += 1
            quote = text if rest else line.strip(" -•*\t")
            out.append(Candidate(text, quote, chunk, rank, key, position, labelled=True))
            if not rest:
                continue
            text = rest
        if is_political_line(text):
            # a line of political roles ("Sindaco - Ass. A. Rossi") names the referents
            position += 1
            out.append(Candidate(text, text, chunk, rank, Field.RESPONSABILE_POLITICO, position))
            continue
        if inline := _INLINE_RESPONSIBLE.search(text):
            # "<a measure>. Soggetto responsabile: il Responsabile dell'Area X": a line that
            # names who answers for what it says is that thing's responsabile, the thing
            # (the words before the label) its title
            position += 1
            # (the thing is named by its first clause; what follows qualifies it: "…
            # pratiche edilizie, con report semestrale al RPCT" is no measure of the RPCT)
            thing = re.split(r"[,;:]\s", text[:inline.start()], maxsplit=1)[0].strip(" .;")
            # (the value runs to its sentence's end: a title's full stop, "arch. Rossi",
            # does not end it)
            value = sentences(text[inline.start("value"):])[0].split(";")[0][:150].strip(" .")
            out.append(Candidate(value, value, chunk, rank, Field.RESPONSABILE, position,
                                 group_key=(chunk.doc_id, thing), record_title=thing))
        parts = sentences(text) if len(text) > 200 or rest else [text]
        for i, sentence in enumerate(parts):
            position += 1
            # the quote must occur verbatim: a line with inline marks is quoted as written
            quote = line.strip() if len(parts) == 1 and "**" in line else sentence
            # a sentence of a paragraph that opens with a label ("… del 2017. Indicatori:
            # aree attrezzate – target 2026: 9;") states that field, wherever it stands
            run_in = _LABEL_LINE.match(sentence) if len(parts) > 1 and i > 0 else None
            field = canonical_key(run_in.group("label")) \
                if run_in and len(run_in.group("label").split()) <= 5 else None
            # (a word a wrap cut by a hyphen reads whole, "videosorve- glianza"; the
            # quote stays as the document writes it)
            out.append(Candidate(join_hyphenated(sentence), quote, chunk, rank, field, position, row=row,
                                 period=period if row else "", lead=lead if row else "",
                                 labelled=field is not None))
        if is_period:
            period = text
    return out
