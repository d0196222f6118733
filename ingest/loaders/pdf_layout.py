"""PDF pages as structured text: ruled tables as tab-separated rows, column gaps as
tabs, typography as light markup, running headers and footers removed.

pypdf's plain extraction runs the cells of a ruled table together on one line, so no
column is known. Here pdfplumber (pdfminer) gives every character with its position,
font and size, and the page's ruling lines:

* a ruled table (cells bounded by drawn lines) becomes one line per row, cells
  joined by TAB, a cell's wrapped lines joined by a space; a vertically merged cell
  is repeated in every row it spans, so each row line stays self-contained (the same
  convention as DOCX tables);
* outside ruled tables, words on one baseline separated by a gap wider than about a
  character height are separate cells (TAB), so unruled, column-aligned tables and
  "LABEL      value" forms keep their columns;
* a line set in a larger font than the body becomes a Markdown heading (`#`..`###`,
  by size rank) and a line set wholly in bold becomes `**line**`: the structure
  parser reads headings from typography before any text heuristic;
* lines in the top or bottom band of the page that repeat on many pages (digits
  aside) and bare page numbers (`pag. 3 di 12`) are furniture and dropped;
* a page's footnotes, set in a small font at its foot, are moved after the sentence
  that carries their marker (else ahead of the sentence the page break cuts, so
  that sentence reads on into the next page).

The output of one page is plain text; `ingest.loaders` joins pages as usual. This
module reads the whole document (body size, headings, furniture) and assembles each
page; `pdf_lines` reads a page's words and ruled tables, `pdf_columns` its unruled
tables.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Sequence

from ingest.chunk_spans import SENTENCE_STOP_RE
from ingest.loaders.pdf_columns import unruled_tables
from ingest.loaders.pdf_lines import Line, column_parts, table_lines, text_lines
from ingest.text import drop_whitespace

log = logging.getLogger(__name__)

# Top/bottom band of a page where running headers and footers live.
_EDGE_BAND = 0.09
_PAGE_NUMBER_RE = re.compile(r"(?i)^(?:pag(?:ina)?\.?\s*)?\d{1,4}(?:\s*(?:di|/|of)\s*\d{1,4})?$")
_HEADING_MIN_RATIO = 1.15  # font size over the body size that makes a line a heading
_MAX_HEADING_CHARS = 160


def pdf_pages_text(raw: bytes, plain: Sequence[str]) -> list[str | None]:
    """Structured text of every page, given pypdf's plain text of the same pages.

    A page with a ruled table is rebuilt from positions (rows as tab-separated
    lines). Any other page keeps pypdf's text, whose spacing the structure parser
    already reads (runs of spaces between columns, the gap that closes a wrapped
    cell), with the typography and furniture found here carried over line by line:
    heading and bold lines get their markup, running headers and footers go.
    None for a page neither reading could give.

    Raises:
        Exception: whatever pdfplumber raises when the file cannot be opened at all.
    """
    import pdfplumber  # lazy: only PDF ingestion needs it

    n_pages = len(plain)
    pages_lines: list[list[Line] | None] = []
    has_table: list[bool] = []
    heights: list[float] = []
    carry: list[list[float]] = []  # column starts of the last unruled table, for its continuation
    with pdfplumber.open(io.BytesIO(raw)) as pdf:
        for index in range(n_pages):
            if index >= len(pdf.pages):
                pages_lines.append(None)
                heights.append(0.0)
                continue
            page = pdf.pages[index]
            try:
                lines = _page_lines(page, carry)
            except Exception as exc:  # noqa: BLE001 - one broken page must not sink the file
                log.warning("pdfplumber page failed page=%d error=%r", index + 1, exc)
                lines = None
            pages_lines.append(lines)
            has_table.append(bool(lines) and any(ln.in_table for ln in lines))
            heights.append(float(page.height))
            page.flush_cache()
    body = _body_size(pages_lines)
    furniture = _furniture(pages_lines, heights, body)
    heading_sizes = _heading_sizes(pages_lines, body)
    out: list[str | None] = []
    for p, lines in enumerate(pages_lines):
        if lines is None:
            out.append(plain[p] or None)
            continue
        kept = [(ln, _markup(ln, body, heading_sizes)) for k, ln in enumerate(lines) if (p, k) not in furniture]
        notes = _footnotes([ln for ln, _ in kept], body)
        if has_table[p] or not plain[p].strip():
            out.append(_place_notes("\n".join(text for _, text in kept).rstrip(), notes))
            continue
        dropped = {drop_whitespace(lines[k].text) for q, k in furniture if q == p}
        marked = {drop_whitespace(ln.text): text for ln, text in kept if text != ln.text}
        # (pypdf reads a two-column page column by column: a heading's line is then
        # the part of a baseline that stands in its column)
        marked |= {drop_whitespace(part.text): text for ln, _ in kept for part in column_parts(ln)
                   if part is not ln and (text := _markup(part, body, heading_sizes)) != part.text}
        out.append(_place_notes(_carry_over(plain[p], dropped, marked), notes))
    return out


# a footnote opens with its marker: a superscript number, a number, an asterisk
_NOTE_MARK_RE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(?\d{1,2}[).]?\s|\*{1,3})\s*\S")


def _footnotes(lines: Sequence[Line], body: float) -> list[str]:
    """The page's footnotes: the lines at its foot set in a smaller font than the
    body, from the first that opens with a note marker down."""
    k = len(lines)
    while k and body and not lines[k - 1].in_table and 0 < lines[k - 1].size < 0.95 * body:
        k -= 1
    small = lines[k:]
    first = next((k for k, ln in enumerate(small) if _NOTE_MARK_RE.match(ln.text)
                  or _BARE_MARK_RE.fullmatch(ln.text.strip()) and k + 1 < len(small)), None)
    return [ln.text for ln in small[first:]] if first is not None else []


# a note's marker raised above its first line is read as a line of its own ("4")
_BARE_MARK_RE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}|\*{1,3}")


def _tail_of(lines: Sequence[str], keys: Sequence[str]) -> int:
    """How many of the last `lines` hold the notes (`keys`, whitespace dropped), however
    the two readings break them into lines (a raised marker on a line of its own or
    not); 0 when the page does not end with them."""
    target, acc = "".join(keys), ""
    for n in range(1, len(lines)):
        acc = drop_whitespace(lines[-n]) + acc
        if acc == target:
            return n
        if len(acc) >= len(target):
            return 0
    return 0


def _place_notes(text: str, notes: Sequence[str]) -> str:
    """The page's text with each footnote moved from the page's foot to just after the
    sentence that carries its marker ("… il 62%¹ delle pratiche …"), so it is read with
    the passage it annotates, on its own page. A note whose marker is not found goes
    before the sentence the page break cuts (a sentence that goes on into the next page
    is otherwise read as running into the notes: "l'ing. Mario ¹ Dati 2025 …"), or
    stays at the foot when the page ends its sentence."""
    if not notes:
        return text
    lines = text.split("\n")
    if not (n := _tail_of(lines, [drop_whitespace(note) for note in notes])):
        return text
    body = "\n".join(lines[:-n]).rstrip()
    if not body:
        return text
    groups: list[list[str]] = []
    for ln in lines[-n:]:
        if groups and _BARE_MARK_RE.fullmatch(groups[-1][-1].strip()):
            groups[-1][-1] = f"{groups[-1][-1].strip()} {ln.strip()}"  # (the raised marker and its line)
        elif _NOTE_MARK_RE.match(ln) or _BARE_MARK_RE.fullmatch(ln.strip()) or not groups:
            groups.append([ln])
        else:
            groups[-1].append(ln)
    ends = list(SENTENCE_STOP_RE.finditer(body))  # (the notes go before a heading, never inside it)
    open_end = body[-1] not in ".!?" and not body.endswith("**")
    # (start, end) of the whitespace each note replaces -> the notes set there
    at: dict[tuple[int, int], list[str]] = {}
    unmarked: list[tuple[str, str]] = []  # (cell with its marker, the cell without)
    for group in groups:
        note = "\n".join(group)
        mark = _SUPERSCRIPT_RE.match(group[0].lstrip())
        where = None
        if mark and (m := re.search(rf"(?<=\S){mark.group()}(?![¹²³⁴⁵⁶⁷⁸⁹⁰])", body)):
            where = next(((e.start(), e.end()) for e in ends if e.start() >= m.end()), None)
        elif (number := _NUMBER_MARK_RE.match(group[0])) is not None:
            where = _number_marker(body, number.group(1))
            if where is not None and (cell := _marked_cell(body, where[0], number.group(1))):
                # (a note set below a table's row names the cell it annotates: read apart
                # from the row, it still says what it is about)
                note = f"{number.group(1)} – {cell}: {note[number.end():].lstrip()}"
                unmarked.append((f"{cell}{number.group(1)}\t", f"{cell}\t"))
        if where is None and open_end and ends:
            where = (ends[-1].start(), ends[-1].end())
        at.setdefault(where or (len(body), len(body)), []).append(note)
    out, pos = [], 0
    for (a, b), placed in sorted(at.items()):
        out += [body[pos:a], "\n", "\n".join(placed), "\n" if b < len(body) else ""]
        pos = b
    out.append(body[pos:])
    text = "".join(out)
    # (the cell a note names loses its marker, a digit glued to its last word: "… torrente4")
    for marked, bare in unmarked:
        text = text.replace(marked, bare, 1)
    return text


_SUPERSCRIPT_RE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# where a marker glued to the text stands: after a word of three letters or more, or a
# stop after one ("regionale4", "regionale.4"; not "CO2", "OB.1")
_GLUED = r"(?:(?<=[a-zà-ù]{3})|(?<=[a-zà-ù]{3}[.,;:!?»”)]))"
# a note that opens with a plain number ("4 Contributo regionale di € 250.000 …")
_NUMBER_MARK_RE = re.compile(r"^\s*\(?(\d{1,2})[).]?\s")


def _marked_cell(body: str, end: int, number: str) -> str:
    """What the note numbered `number` annotates in the table row that closes at `end`:
    the cell its marker ends ("… ponte sul torrente4" → "… ponte sul torrente"), else the row
    named by its first cells; "" when the line before `end` is no table row."""
    row = body[body.rfind("\n", 0, end) + 1:end]
    if "\t" not in row:
        return ""
    cells = row.split("\t")
    cell = next((c for c in cells if re.search(rf"{_GLUED}{number}\s*$", c)), "")
    if cell:
        return " ".join(cell.strip()[:-len(number)].split())
    # (a marker inside a cell's text: the row, named by its first cells, its code and name)
    return " ".join(c.strip() for c in [c for c in cells if c.strip()][:2] if len(c.strip()) <= 100)


def _number_marker(body: str, number: str) -> tuple[int, int] | None:
    """Where the note numbered `number` goes: its marker is that number raised in a
    smaller font, which the text layer gives as a line of its own ("… contributo
    regionale.\n4\nRISULTATO ATTESO") or glued to the word or stop it follows
    ("regionale.4", "regionale4", "regionale 4" at the line's end); the note replaces a
    marker line, or follows a glued one (a table's row whole). None when the page has no
    such marker (a figure, "CO2", "m2", or a code, "OB.1", is none: a marker follows a
    word of three letters or more, or a stop after one)."""
    if m := re.search(rf"(?m)^[ \t]*{number}[ \t]*$\n?", body):
        return max(0, m.start() - 1), m.end()
    glued = rf"{_GLUED}{number}(?=[\s.,;:]|$)"
    # (a raised digit the text layer sets apart by a space stands at its line's end)
    spaced = rf"(?<=[a-zà-ù]{{3}} ){number}(?=\n|$)"
    if m := re.search(rf"(?:{glued}|{spaced})[ \t]*\n?", body):
        end = body.find("\n", m.start())
        if "\t" in body[body.rfind("\n", 0, m.start()) + 1:end if end >= 0 else len(body)]:
            # (a marker in a table's row: the note follows the row, whose cells stay one line)
            return (end, end + 1) if end >= 0 else (len(body), len(body))
        return m.end() - (body[m.end() - 1:m.end()] == "\n"), m.end()
    return None


def _carry_over(plain: str, dropped: set[str], marked: dict[str, str]) -> str:
    """pypdf's page text with furniture lines removed (only among the first and last
    lines, where running headers and footers are) and heading/bold markup added to
    the lines the layout pass recognised."""
    lines = plain.split("\n")
    nonblank = [k for k, ln in enumerate(lines) if ln.strip()]
    edges = set(nonblank[:3] + nonblank[-3:])
    out: list[str] = []
    for k, ln in enumerate(lines):
        key = drop_whitespace(ln)
        if k in edges and key in dropped:
            continue
        if key in marked and ln.strip() and not ln.lstrip().startswith(("#", "**")):
            out.append(marked[key])
            continue
        out.append(ln)
    return "\n".join(out).strip("\n")


# -- one page -----------------------------------------------------------------------------------
def _page_lines(page, carry: list[list[float]]) -> list[Line]:  # noqa: ANN001 - pdfplumber.page.Page
    # a ruled table needs drawn rules: pages without enough of them skip the (costly) search
    ruled = len(page.lines) + len(page.rects) >= 4
    tables = [
        t for t in (page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}) if ruled else [])
        if len(t.rows) >= 2 and max((len(r.cells) for r in t.rows), default=0) >= 2
    ]
    boxes = [t.bbox for t in tables]

    def outside(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    free = page.filter(outside) if boxes else page
    lines = text_lines(free.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False))
    lines = unruled_tables(lines, carry)
    for table in tables:
        lines.extend(table_lines(table))
    lines.sort(key=lambda ln: (ln.top, not ln.in_table))
    return lines


# -- whole document -------------------------------------------------------------------------------
def _edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _furniture(
    pages: Sequence[list[Line] | None], heights: Sequence[float], body: float
) -> set[tuple[int, int]]:
    """Running headers/footers: lines in the page's edge bands whose text (digits
    aside) recurs on at least half of the pages (two at least); bare page numbers in
    an edge band."""
    edge: list[tuple[int, int, str]] = []
    for p, lines in enumerate(pages):
        if not lines or not heights[p]:
            continue
        band = _EDGE_BAND * heights[p]
        for k, ln in enumerate(lines):
            if ln.in_table:
                continue
            if (ln.top <= band or ln.bottom >= heights[p] - band) and _set_apart(lines, k, body):
                edge.append((p, k, ln.text.strip()))
    n_pages = sum(1 for lines in pages if lines)
    counts = Counter(_edge_key(t) for _, _, t in {(p, 0, t) for p, _, t in edge})
    # a running header may set a fixed part beside one that changes with the section
    # ("COMUNE DI X – PIAO\tFoglio: Struttura"): its fixed part recurs on the pages
    part_pages: dict[str, set[int]] = {}
    for p, _, text in edge:
        for part in text.split("\t") if "\t" in text else []:
            if len(part.strip()) >= 8:
                part_pages.setdefault(_edge_key(part), set()).add(p)
    # facing pages alternate their running headers (recto, verso): a line that recurs
    # on every other page is one, counted among the pages of its side
    sides: dict[str, set[int]] = {}
    for p, _, text in edge:
        sides.setdefault(_edge_key(text), set()).add(p % 2)
    parity_pages = [sum(1 for p, lines in enumerate(pages) if lines and p % 2 == side) for side in (0, 1)]
    out: set[tuple[int, int]] = set()
    for p, k, text in edge:
        flat = re.sub(r"\s+", " ", text)
        key = _edge_key(text)
        one_side = len(sides[key]) == 1 and n_pages >= 4 and counts[key] >= max(2, parity_pages[p % 2] / 2)
        fixed_part = "\t" in text and any(
            len(part_pages.get(_edge_key(part), ())) >= max(2, n_pages / 2) for part in text.split("\t"))
        if _BARE_MARK_RE.fullmatch(flat) and _beside_text(pages[p] or [], k):
            continue  # a footnote's raised marker beside its note, however many pages have one
        if _PAGE_NUMBER_RE.match(flat) or (n_pages >= 2 and counts[key] >= max(2, n_pages / 2)) or one_side \
                or fixed_part:
            out.add((p, k))
    return out


def _beside_text(lines: Sequence[Line], k: int) -> bool:
    """Line `k` shares its height with the next line: a footnote's raised marker (a
    bare "1" beside its note), which a page number, alone on its line, never does."""
    ln = lines[k]
    return k + 1 < len(lines) and lines[k + 1].top < ln.bottom and not lines[k + 1].in_table


def _set_apart(lines: Sequence[Line], k: int, body: float) -> bool:
    """A running header or footer is set apart from the body: in a smaller font, or
    with more space towards the body than between two body lines. A content line
    that merely opens every page (each page a new objective) is neither."""
    ln = lines[k]
    if body and ln.size and ln.size < 0.95 * body:
        return True
    height = max(ln.bottom - ln.top, 1.0)
    neighbours = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
    if not neighbours:
        return True
    gap = min(abs(n.top - ln.bottom) if n.top >= ln.top else abs(ln.top - n.bottom) for n in neighbours)
    return gap > 1.2 * height


def _body_size(pages: Sequence[list[Line] | None]) -> float:
    """The most common font size, weighted by characters: the body text."""
    weights: Counter[float] = Counter()
    for lines in pages:
        for ln in lines or []:
            if not ln.in_table and ln.size:
                weights[round(ln.size, 1)] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _heading_sizes(pages: Sequence[list[Line] | None], body: float) -> list[float]:
    """Distinct heading font sizes, largest first (at most three levels)."""
    sizes = {
        round(ln.size, 1)
        for lines in pages
        for ln in lines or []
        if not ln.in_table and body and ln.size >= _HEADING_MIN_RATIO * body
        and len(ln.text) <= _MAX_HEADING_CHARS
    }
    return sorted(sizes, reverse=True)[:3]


def _markup(ln: Line, body: float, heading_sizes: Sequence[float]) -> str:
    text = ln.text
    if ln.in_table or "\t" in text or len(text) > _MAX_HEADING_CHARS or not any(ch.isalpha() for ch in text):
        return text
    size = round(ln.size, 1)
    if body and size >= _HEADING_MIN_RATIO * body:
        level = next((n for n, s in enumerate(heading_sizes, start=1) if size >= s), len(heading_sizes))
        return "#" * max(1, level) + " " + text
    if ln.bold and len(text) <= 120:
        return f"**{text}**"
    return text
