"""Word files (.docx): the body walked in order, tables as tab-separated rows,
heading styles as Markdown headings, pages cut at hard and section page breaks."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator, Sequence

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from lxml.etree import _Element

from ingest.errors import CorruptFileError, EmptyDocumentError, IngestError, UnsupportedFormatError
from ingest.loaders.common import FORM_FEED, MSG_NO_TEXT, ParseResult, empty_page_warnings
from ingest.loaders.docx_lists import ListMarkers

logger = logging.getLogger(__name__)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc and password-protected Office files

MSG_DOCX_CORRUPT = "Il file è danneggiato o non è un documento Word (.docx) valido."
MSG_DOCX_LEGACY = (
    "Il file non è un .docx valido: potrebbe essere un vecchio file .doc o un documento protetto "
    "da password. Aprilo in Word, rimuovi l'eventuale password e salvalo come .docx."
)


def parse_docx(name: str, raw: bytes) -> ParseResult:
    if raw.startswith(_OLE_MAGIC):
        raise UnsupportedFormatError(name, MSG_DOCX_LEGACY)
    try:
        document = docx.Document(io.BytesIO(raw))
        text_pages = _DocxPager(document).run()
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure means a broken file
        logger.warning("docx unreadable file=%s error=%r", name, exc)
        raise CorruptFileError(name, MSG_DOCX_CORRUPT) from exc

    if not any(page_text.strip() for page_text in text_pages):
        raise EmptyDocumentError(name, MSG_NO_TEXT)
    return text_pages, None, empty_page_warnings(text_pages)


_NEW_PAGE_SECTIONS = frozenset({"nextPage", "oddPage", "evenPage"})


def _on_off(element: _Element | None) -> bool | None:
    """Value of an OOXML on/off element: absent -> None, present -> True unless val is off."""
    if element is None:
        return None
    return element.get(qn("w:val"), "true") not in ("0", "false", "off")


def _paragraph_styles_breaking_page(document: DocxDocument) -> dict[str | None, bool]:
    """Whether each paragraph style (key None: the default one) has pageBreakBefore.

    Resolved once per document through the basedOn chain: asking python-docx per
    paragraph scans all styles every time and is very slow on long documents.
    """
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    default_id: str | None = None
    for style in document.styles.element.findall(qn("w:style")):
        if style.get(qn("w:type")) != "paragraph":
            continue
        style_id = style.get(qn("w:styleId"))
        if style_id is None:
            continue
        own[style_id] = _on_off(style.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}"))
        parent = style.find(qn("w:basedOn"))
        if parent is not None and parent.get(qn("w:val")):
            based_on[style_id] = parent.get(qn("w:val"))
        if style.get(qn("w:default")) in ("1", "true", "on"):
            default_id = style_id

    def resolve(style_id: str) -> bool:
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current not in seen:  # basedOn loops exist in the wild
            seen.add(current)
            value = own.get(current)
            if value is not None:
                return value
            current = based_on.get(current)
        return False

    breaks: dict[str | None, bool] = {style_id: resolve(style_id) for style_id in own}
    breaks[None] = breaks.get(default_id, False) if default_id else False
    return breaks


_HEADING_STYLE_RE = re.compile(r"(?i)^(?:heading|titolo|intestazione|berschrift|titre)\s*(\d)$")


def _heading_style_levels(document: DocxDocument) -> dict[str, int]:
    """Outline level (1-6) of each heading paragraph style, by its name in any of the
    usual languages ("Heading 2", "Titolo 2") or its outline level; "Title" is 1."""
    levels: dict[str, int] = {}
    based_on: dict[str, str] = {}
    for style in document.styles.element.findall(qn("w:style")):
        if style.get(qn("w:type")) != "paragraph" or not (style_id := style.get(qn("w:styleId"))):
            continue
        parent = style.find(qn("w:basedOn"))
        if parent is not None and parent.get(qn("w:val")):
            based_on[style_id] = parent.get(qn("w:val"))
        name_el = style.find(qn("w:name"))
        name = (name_el.get(qn("w:val"), "") if name_el is not None else "").strip()
        outline = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if m := _HEADING_STYLE_RE.match(name) or _HEADING_STYLE_RE.match(style_id):
            levels[style_id] = min(max(int(m.group(1)), 1), 6)
        elif name.lower() in ("title", "titolo") or style_id.lower() == "title":
            levels[style_id] = 1
        elif outline is not None and (val := outline.get(qn("w:val"), "")).isdigit() and int(val) < 9:
            levels[style_id] = min(int(val) + 1, 6)
    # a style derived from a heading style ("Titolo PIAO" based on "Heading 1") is one too
    for style_id in based_on:
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current not in levels and current not in seen:
            seen.add(current)
            current = based_on.get(current)
        if current is not None and current in levels:
            levels.setdefault(style_id, levels[current])
    return levels


class _DocxPager:
    """Walk a python-docx document body in order and cut it into pages of lines.

    Pages start at hard page breaks (`<w:br w:type="page"/>`), at paragraphs with
    `pageBreakBefore` (directly or via their style) and after section breaks of a
    new-page type. Soft page breaks depend on the renderer and are not known here.
    """

    def __init__(self, document: DocxDocument) -> None:
        self._document = document
        body = document.element.body
        self._body = body
        # Document order of section properties: a section's start type lives in its
        # own sectPr, so a break after paragraph N depends on the *next* sectPr.
        self._sect_prs = list(body.xpath(".//w:pPr/w:sectPr | ./w:sectPr"))
        self._style_breaks = _paragraph_styles_breaking_page(document)
        self._heading_levels = _heading_style_levels(document)
        self._lists = ListMarkers(document)
        self._pages: list[list[str]] = [[]]

    def run(self) -> list[str]:
        self._walk_blocks(self._body)
        pages = self._pages
        # A break at the very end (common after the last table) leaves no real page.
        if len(pages) > 1 and not "".join(pages[-1]).strip():
            pages.pop()
        return ["\n".join(lines) for lines in pages]

    # -- structure

    def _walk_blocks(self, parent: _Element) -> None:
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                self._add_paragraph(child)
            elif child.tag == qn("w:tbl"):
                self._add_table(child)
            elif child.tag in (qn("w:sdt"), qn("w:customXml")):
                # Content controls (e.g. a table of contents) wrap ordinary blocks.
                content = child.find(qn("w:sdtContent"))
                self._walk_blocks(content if content is not None else child)

    def _add_paragraph(self, p: _Element) -> None:
        if self._page_break_before(p):
            self._soft_new_page()
        pieces = self._paragraph_text(p).split(FORM_FEED)
        level = self._heading_level(p)
        if level and len(pieces) == 1 and pieces[0].strip() and "\n" not in pieces[0]:
            # Word's heading styles are the document's own outline: kept as Markdown
            # headings so the structure parser reads typography, not guesses.
            pieces = ["#" * level + " " + pieces[0].strip()]
        elif len(pieces) == 1 and pieces[0].strip() and (marker := self._lists.marker(p)):
            # a list item with the marker Word shows before it (`docx_lists`)
            pieces = [marker + pieces[0].strip()]
        ends_section = self._ends_section(p)
        if len(pieces) == 1:
            # Empty paragraphs stay as blank lines, except the empty carrier of a
            # section break, which is layout.
            if pieces[0] or ends_section is None:
                self._pages[-1].append(pieces[0])
        else:
            for index, piece in enumerate(pieces):
                if index > 0:
                    self._pages.append([])
                # The empty text around a break is layout, not a blank line.
                if piece:
                    self._pages[-1].append(piece)
        if ends_section is not None and self._next_section_starts_page(ends_section):
            self._soft_new_page()

    def _add_table(self, tbl: _Element) -> None:
        rows = list(self._grid_rows(tbl))
        if tbl.xpath("./w:tr/w:tc/w:tbl"):
            # A table whose cells hold tables lays blocks out on the page (an Area's box
            # holding one table per objective): no row of data, its cells' contents are
            # the document's paragraphs and tables, read cell by cell (a merged cell once).
            seen: set[int] = set()
            for grid in rows:
                for tc in _distinct(grid):
                    if id(tc) not in seen:
                        seen.add(id(tc))
                        self._walk_blocks(tc)
                        # (each box stands apart from the next, as a blank line sets it)
                        self._pages[-1].append("")
            return
        header = _two_level_header(rows)
        if header is not None:
            # (the row of groups and the row of columns read as one header row)
            self._pages[-1].append("\t".join(self._cell_text(tc) if tc is not None else text
                                             for tc, text in header))
            rows = rows[2:]
        for grid in rows:
            texts = [self._cell_text(tc) for tc in _distinct(grid)]
            if any(texts):
                self._pages[-1].append("\t".join(texts))

    def _soft_new_page(self) -> None:
        """Start a page unless the current one is still empty (avoids blank pages)."""
        if self._pages[-1]:
            self._pages.append([])

    # -- paragraphs

    def _paragraph_text(self, p: _Element) -> str:
        """The text of a paragraph, with "\\f" where a hard page break is.

        A form feed cannot occur in XML text, so it is a safe page-break marker.
        Runs are searched at any depth so text inside hyperlinks, tracked insertions,
        smart tags and fields is kept; text boxes are skipped because their
        paragraphs are separate (and Word stores them twice, as choice and fallback).
        """
        parts: list[str] = []
        for run in p.xpath(".//w:r[not(ancestor::w:txbxContent)]"):
            for child in run.iterchildren():
                tag = child.tag
                if tag == qn("w:t"):
                    parts.append(child.text or "")
                elif tag in (qn("w:tab"), qn("w:ptab")):
                    parts.append("\t")
                elif tag == qn("w:br"):
                    kind = child.get(qn("w:type"), "textWrapping")
                    if kind == "page":
                        parts.append(FORM_FEED)
                    elif kind == "textWrapping":
                        parts.append("\n")
                elif tag == qn("w:cr"):
                    parts.append("\n")
                elif tag == qn("w:noBreakHyphen"):
                    parts.append("-")
        return "".join(parts)

    def _heading_level(self, p: _Element) -> int:
        outline = p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if outline is not None and (val := outline.get(qn("w:val"), "")).isdigit() and int(val) < 9:
            return min(int(val) + 1, 6)
        style_id = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        key = style_id.get(qn("w:val")) if style_id is not None else None
        return self._heading_levels.get(key, 0) if key else 0

    def _page_break_before(self, p: _Element) -> bool:
        direct = _on_off(p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}"))
        if direct is not None:
            return direct
        style_id = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        key = style_id.get(qn("w:val")) if style_id is not None else None
        # Like Word, an unknown or missing style means the default paragraph style.
        return self._style_breaks.get(key, self._style_breaks.get(None, False))

    def _ends_section(self, p: _Element) -> _Element | None:
        """The section properties a paragraph carries if it ends a section."""
        return p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")

    def _next_section_starts_page(self, sect_pr: _Element) -> bool:
        try:
            next_sect_pr = self._sect_prs[self._sect_prs.index(sect_pr) + 1]
        except (ValueError, IndexError):
            return False
        start = next_sect_pr.find(qn("w:type"))
        start_type = start.get(qn("w:val"), "nextPage") if start is not None else "nextPage"
        return start_type in _NEW_PAGE_SECTIONS

    # -- tables

    def _grid_rows(self, tbl: _Element) -> Iterator[list[_Element]]:
        """Yield each row's cells (`w:tc`), one per grid column.

        python-docx repeats a horizontally merged cell once per grid column (the
        caller keeps it once, `_distinct`). A vertically merged cell is repeated in
        each row it spans, so every row line stays self-contained.
        """
        table = Table(tbl, self._document)  # type: ignore[arg-type]
        for row in table.rows:
            try:
                yield [cell._tc for cell in row.cells]
            except Exception:  # noqa: BLE001 - malformed merges: fall back to raw cells
                yield list(row._tr.tc_lst)

    def _cell_text(self, tc: _Element) -> str:
        """A cell on one line: its paragraphs (and nested tables) joined by spaces."""
        parts: list[str] = []
        self._collect_cell_parts(tc, parts)
        parts = [part for part in parts if part]
        # A cell of several paragraphs lists several items (phases, indicators, people):
        # kept apart with a bullet, as Word shows them, since the row must stay one line.
        joined = " • ".join(parts) if len(parts) > 1 and _is_item_list(parts) else " ".join(parts)
        # Newlines and tabs inside a cell would break the one-line, tab-separated row.
        return joined.replace("\n", " ").replace("\t", " ").strip()

    def _collect_cell_parts(self, parent: _Element, parts: list[str]) -> None:
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                parts.append(self._paragraph_text(child).replace(FORM_FEED, " ").strip())
            elif child.tag in (qn("w:tbl"), qn("w:tr"), qn("w:tc")):
                self._collect_cell_parts(child, parts)
            elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
                self._collect_cell_parts(child, parts)


def _distinct(grid: list[_Element]) -> list[_Element]:
    """A row's cells in column order, a horizontally merged cell once."""
    distinct: list[_Element] = []
    for tc in grid:
        if not distinct or tc is not distinct[-1]:
            distinct.append(tc)
    return distinct


_HEADER_LABEL_CHARS = 30


def _two_level_header(rows: list[list[_Element]]) -> list[tuple[_Element | None, str]] | None:
    """A table whose header is two rows, groups above columns ("2026" over "I trim",
    "II trim"…), as one row: each column under a group named by both ("I trim 2026"),
    a cell spanning both rows once. A grid row keeps the columns aligned that the
    merged group cells would otherwise shift. None when the first row groups nothing.

    Returns (cell, "") for a cell read as it is, (None, text) for a joined name.
    """
    if len(rows) < 3 or len(rows[0]) != len(rows[1]):
        return None
    upper, lower = rows[0], rows[1]
    # a group: an upper cell spanning several columns that the lower row splits
    spans = [j for j in range(len(upper)) if (j and upper[j] is upper[j - 1] or j + 1 < len(upper) and upper[j] is upper[j + 1])
             and lower[j] is not upper[j]]
    if not spans or len({id(lower[j]) for j in spans}) < 2 or len(_distinct(upper)) < 2:
        return None  # (a caption row spanning the whole table groups nothing)
    # every column under a label of its own in the upper row (a group, or a group of
    # one column, "2027" over "I sem"); the others span both rows or leave it empty
    grouped = [j for j in range(len(upper)) if upper[j] is not lower[j] and _plain(upper[j])]
    # names, not values: a group and its columns are short labels ("2026", "I trim"),
    # and no column cell runs on into the next row (a cell merged down is data)
    if any(not 0 < len(_plain(row[j])) <= _HEADER_LABEL_CHARS for j in grouped for row in (upper, lower)) \
            or any(lower[j] is rows[2][j] for j in grouped if j < len(rows[2])):
        return None
    out: list[tuple[_Element | None, str]] = []
    for j, (top, cell) in enumerate(zip(upper, lower)):
        if j and top is upper[j - 1] and cell is lower[j - 1]:
            continue  # (the same cell as the column before)
        out.append((None, f"{_plain(cell)} {_plain(top)}") if j in grouped else (cell, ""))
    return out


def _plain(tc: _Element) -> str:
    """A header cell's text on one line."""
    return " ".join("".join(t.text or "" for t in tc.iter(qn("w:t"))).split())


# a paragraph that stops on a word that cannot end a sentence goes on in the next one
_ENDS_MID_SENTENCE = re.compile(
    r"(?i)(?:[,\-–]|\b(?:di|del|della|dei|degli|delle|e|ed|o|per|con|a|al|alla|in|nel|nella|da|dal|"
    r"il|lo|la|i|gli|le|un|una|che|tra|fra|su|sul|sulla))$")
# "thing – time", "label: value": the shape of an item of a schedule or a list
_ITEM_SHAPE = re.compile(r"\S\s+[–—-]\s+\S|\S:\s+\S")


def _is_item_list(parts: Sequence[str]) -> bool:
    """Paragraphs of one cell that are items of a list, not one text broken in lines.
    A Word paragraph break is typed on purpose: it is one text only when a paragraph
    ends mid-sentence (a comma, a hyphen, an article or preposition). Otherwise parts
    in upper case, parts that each close with ";" or ".", or parts that share an item's
    shape ("fase – entro marzo"), are items, even when written in lower case."""
    if any(_ENDS_MID_SENTENCE.search(p) for p in parts[:-1]):
        return False
    return (all(not p[:1].islower() for p in parts[1:])
            or all(p.endswith((";", ".")) for p in parts[:-1])
            or all(_ITEM_SHAPE.search(p) for p in parts))
