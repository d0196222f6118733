"""Turn a file (.txt, .md, .pdf, .docx) into a `LoadedDocument`: text split into pages.

Contract every later step relies on (chunk spans, citations, page numbers):

    doc.text == PAGE_JOINER.join(p.text for p in doc.pages)
    doc.text[p.char_start : p.char_end] == p.text     for every page p
    page numbers are 1, 2, 3, ...

Text files are kept verbatim apart from newline normalisation, because gold evidence
strings and chunk spans are slices of the original text. Every failure is raised as
an `IngestError` subclass carrying a short Italian message for the user; parser
libraries never leak their own exception types.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from lxml.etree import _Element
from pypdf import PasswordType, PdfReader, PdfWriter
from pypdf.errors import DependencyError

from ingest.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPdfError,
    FileTooLargeError,
    IngestError,
    NoTextLayerError,
    UnsupportedFormatError,
)
from ingest.models import PAGE_JOINER, LoadedDocument, Page, sha256_bytes
from ingest.pdf_text import pdf_pages_text

logger = logging.getLogger(__name__)

SUPPORTED_EXTENSIONS = (".txt", ".md", ".pdf", ".docx")
MAX_FILE_BYTES = 50 * 1024 * 1024

_FORM_FEED = "\f"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc and password-protected Office files
# C0/C1 control characters, except \t \n \v \f \r which occur in real text files.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Above this share of control characters a "text" file is really binary data.
_MAX_CONTROL_RATIO = 0.05

MSG_EMPTY_FILE = "Il file è vuoto."
MSG_NO_TEXT = "Il file non contiene testo."
MSG_UNREADABLE = "Impossibile leggere il file: non esiste, è una cartella o non è accessibile."
MSG_BINARY_TEXT = (
    "Il file non è un testo leggibile (contiene dati binari): salvalo come testo e riprova."
)
MSG_PDF_CORRUPT = "Il file è danneggiato o non è un PDF valido."
MSG_PDF_PASSWORD = "Il PDF è protetto da password: rimuovi la protezione e riprova."
MSG_PDF_CIPHER = (
    "Il PDF è cifrato in un modo che non riesco a leggere: salvalo di nuovo senza protezione "
    "e riprova."
)
MSG_PDF_NO_PAGES = "Il PDF non contiene pagine."
MSG_PDF_NO_TEXT = (
    "Il PDF non contiene testo selezionabile (probabilmente è una scansione): "
    "serve l'OCR prima di caricarlo."
)
MSG_DOCX_CORRUPT = "Il file è danneggiato o non è un documento Word (.docx) valido."
MSG_DOCX_LEGACY = (
    "Il file non è un .docx valido: potrebbe essere un vecchio file .doc o un documento protetto "
    "da password. Aprilo in Word, rimuovi l'eventuale password e salvalo come .docx."
)
MSG_REPLACED_CHARS = (
    "Alcuni caratteri non erano codificati correttamente e sono stati sostituiti con \ufffd: "
    "controlla la codifica del file."
)


def load_document(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> LoadedDocument:
    """Load a supported file into text and pages.

    Args:
        path: the file; the format is chosen by its extension (case-insensitive).
        max_bytes: files larger than this are refused before being read.

    Returns:
        The document; `warnings` lists non-fatal problems in Italian (e.g. empty pages).

    Raises:
        UnsupportedFormatError, FileTooLargeError, EmptyDocumentError, CorruptFileError,
        EncryptedPdfError, NoTextLayerError: all `IngestError`s with an Italian
        `user_message`. `ValueError` only for a non-positive `max_bytes` (a caller bug).
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    path = Path(path)
    name = path.name
    extension = path.suffix.lower()
    parse = _PARSERS.get(extension)
    if parse is None:
        raise UnsupportedFormatError(name, _unsupported_message(extension))

    raw = _read_limited(path, max_bytes)
    text_pages, encoding, warnings = parse(name, raw)
    document = _assemble(path, raw, text_pages, encoding, warnings)
    logger.info(
        "loaded file=%s format=%s pages=%d chars=%d encoding=%s warnings=%d",
        name,
        extension,
        len(document.pages),
        len(document.text),
        encoding,
        len(warnings),
    )
    return document


# --------------------------------------------------------------------------- common


def _unsupported_message(extension: str) -> str:
    shown = extension or "senza estensione"
    return f"Formato non supportato ({shown}): carica un file PDF, DOCX, TXT o MD."


def _format_limit(max_bytes: int) -> str:
    mib = max_bytes / (1024 * 1024)
    if mib >= 1:
        shown = f"{mib:.0f}" if mib == int(mib) else f"{mib:.1f}".replace(".", ",")
        return f"{shown} MB"
    return f"{max(1, max_bytes // 1024)} KB"


def _read_limited(path: Path, max_bytes: int) -> bytes:
    """Read the raw bytes, refusing empty and oversized files.

    The size is checked with stat() first so a huge upload is refused without
    reading it; the read itself is capped too, in case the file grew meanwhile.
    """
    name = path.name
    try:
        if not path.is_file():
            raise CorruptFileError(name, MSG_UNREADABLE)
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(name, max_bytes)
        if size == 0:
            raise EmptyDocumentError(name, MSG_EMPTY_FILE)
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        logger.warning("unreadable file=%s error=%r", name, exc)
        raise CorruptFileError(name, MSG_UNREADABLE) from exc
    if len(raw) > max_bytes:
        raise _too_large(name, max_bytes)
    if not raw:
        raise EmptyDocumentError(name, MSG_EMPTY_FILE)
    return raw


def _too_large(name: str, max_bytes: int) -> FileTooLargeError:
    return FileTooLargeError(name, f"Il file supera il limite di {_format_limit(max_bytes)}.")


def _assemble(
    path: Path,
    raw: bytes,
    text_pages: Sequence[str],
    encoding: str | None,
    warnings: Sequence[str],
) -> LoadedDocument:
    """Join page texts with PAGE_JOINER and record where each page starts."""
    pages: list[Page] = []
    offset = 0
    for number, page_text in enumerate(text_pages, start=1):
        pages.append(Page(number=number, text=page_text, char_start=offset))
        offset += len(page_text) + len(PAGE_JOINER)
    return LoadedDocument(
        file_name=path.name,
        source_path=str(path),
        content_hash=sha256_bytes(raw),
        text=PAGE_JOINER.join(text_pages),
        pages=tuple(pages),
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _empty_page_warnings(text_pages: Sequence[str]) -> list[str]:
    return [
        f"Pagina {number}: nessun testo estratto."
        for number, page_text in enumerate(text_pages, start=1)
        if not page_text.strip()
    ]


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Each parser returns (page texts, detected encoding, warnings).
_ParseResult = tuple[list[str], str | None, list[str]]


# --------------------------------------------------------------------------- text files


def _parse_text(name: str, raw: bytes) -> _ParseResult:
    text, encoding, warnings = _decode_text(name, raw)
    text = _normalise_newlines(text)
    if not text.strip():
        raise EmptyDocumentError(name, MSG_NO_TEXT)

    text_pages = text.split(_FORM_FEED)
    # Tools like pdftotext end every page with a form feed, the last one included:
    # that leaves a blank tail which is not a real page.
    if len(text_pages) > 1 and not text_pages[-1].strip():
        text_pages.pop()
    warnings.extend(_empty_page_warnings(text_pages))
    return text_pages, encoding, warnings


def _decode_text(name: str, raw: bytes) -> tuple[str, str, list[str]]:
    """Decode a text file: UTF-16 (BOM only), UTF-8, else cp1252, else latin-1."""
    if raw.startswith(_UTF16_BOMS):
        # Notepad's "Unicode" option: the only legitimate text with NUL bytes.
        try:
            return raw.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError as exc:
            raise CorruptFileError(name, MSG_BINARY_TEXT) from exc
    if b"\x00" in raw:
        raise CorruptFileError(name, MSG_BINARY_TEXT)

    text, encoding, warnings = _decode_8bit(raw)
    if _looks_binary(text):
        raise CorruptFileError(name, MSG_BINARY_TEXT)
    logger.debug("decoded file=%s encoding=%s", name, encoding)
    return text, encoding, warnings


def _decode_8bit(raw: bytes) -> tuple[str, str, list[str]]:
    try:
        if raw.startswith(b"\xef\xbb\xbf"):
            return raw.decode("utf-8-sig"), "utf-8-sig", []
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass

    # A UTF-8 file with a few broken bytes (e.g. a bad copy-paste) is still UTF-8:
    # cp1252 text almost never forms valid multi-byte UTF-8 sequences by chance.
    lenient = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    replaced = lenient.count("\ufffd")
    valid_non_ascii = sum(1 for char in lenient if ord(char) > 127) - replaced
    if valid_non_ascii > replaced:
        return lenient, "utf-8", [MSG_REPLACED_CHARS]

    try:
        # The usual encoding of Windows editors in Italian offices. For bytes outside
        # 0x80-0x9F it equals latin-1; inside, it has the curly quotes and the euro.
        return raw.decode("cp1252"), "cp1252", []
    except UnicodeDecodeError:
        # Five bytes are undefined in cp1252; latin-1 decodes anything.
        return raw.decode("latin-1"), "latin-1", []


def _looks_binary(text: str) -> bool:
    controls = len(_CONTROL_CHARS.findall(text))
    return controls > _MAX_CONTROL_RATIO * len(text)


# --------------------------------------------------------------------------- PDF


def _parse_pdf(name: str, raw: bytes) -> _ParseResult:
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            _decrypt_with_empty_password(name, reader)
        n_pages = len(reader.pages)
        if n_pages == 0:
            raise EmptyDocumentError(name, MSG_PDF_NO_PAGES)
        text_pages, failed = _extract_pdf_pages(name, reader, n_pages)
        text_pages = _with_layout(name, raw, reader, text_pages)
    except IngestError:
        raise
    except DependencyError as exc:
        # AES needs the optional `cryptography` package; without it an encrypted
        # file cannot be read even when it opens without a password. pypdf already
        # fails while opening such a file, so look for the marker in the bytes.
        logger.warning("pdf crypto unsupported file=%s error=%r", name, exc)
        if b"/Encrypt" in raw:
            raise EncryptedPdfError(name, MSG_PDF_CIPHER) from exc
        raise CorruptFileError(name, MSG_PDF_CORRUPT) from exc
    except Exception as exc:  # noqa: BLE001 - any parser failure means a broken file
        logger.warning("pdf unreadable file=%s error=%r", name, exc)
        raise CorruptFileError(name, MSG_PDF_CORRUPT) from exc

    if len(failed) == n_pages:
        raise CorruptFileError(name, MSG_PDF_CORRUPT)
    if not any(page_text.strip() for page_text in text_pages):
        raise NoTextLayerError(name, MSG_PDF_NO_TEXT)
    warnings = [
        f"Pagina {number}: testo illeggibile (pagina danneggiata)."
        if number in failed
        else f"Pagina {number}: nessun testo estratto."
        for number, page_text in enumerate(text_pages, start=1)
        if not page_text
    ]
    return text_pages, None, warnings


def _with_layout(name: str, raw: bytes, reader: PdfReader, text_pages: list[str]) -> list[str]:
    """Replace pypdf's plain text with the layout-aware text of `ingest.pdf_text`
    (tables as tab-separated rows, typography as headings), page by page; pypdf's
    text stays for any page the layout pass cannot read."""
    try:
        if reader.is_encrypted:
            buffer = io.BytesIO()
            PdfWriter(clone_from=reader).write(buffer)
            raw = buffer.getvalue()
        layout_pages = pdf_pages_text(raw, text_pages)
    except Exception as exc:  # noqa: BLE001 - the plain text is still a valid reading
        logger.warning("pdf layout pass failed file=%s error=%r", name, exc)
        return text_pages
    return [
        _clean_pdf_text(lay) if lay is not None and (lay.strip() or not plain) else plain
        for lay, plain in zip(layout_pages, text_pages, strict=True)
    ]


def _decrypt_with_empty_password(name: str, reader: PdfReader) -> None:
    """Open PDFs that only restrict permissions (owner password, empty user password)."""
    result = reader.decrypt("")
    if result == PasswordType.NOT_DECRYPTED:
        raise EncryptedPdfError(name, MSG_PDF_PASSWORD)


def _extract_pdf_pages(
    name: str, reader: PdfReader, n_pages: int
) -> tuple[list[str], set[int]]:
    """Extract each page; a page that fails is kept empty so numbering stays right.

    Returns the page texts and the numbers of the pages whose extraction failed.
    """
    text_pages: list[str] = []
    failed: set[int] = set()
    for index in range(n_pages):
        try:
            extracted = reader.pages[index].extract_text()
        except DependencyError:
            raise  # an encryption problem, not a broken page
        except Exception as exc:  # noqa: BLE001 - one broken page must not sink the file
            logger.warning("pdf page failed file=%s page=%d error=%r", name, index + 1, exc)
            failed.add(index + 1)
            extracted = ""
        text_pages.append(_clean_pdf_text(extracted or ""))
    return text_pages, failed


def _clean_pdf_text(text: str) -> str:
    # A form feed inside a page would look like a page boundary to later steps.
    text = _normalise_newlines(text).replace(_FORM_FEED, "\n")
    text = text.rstrip()
    return text if text.strip() else ""


# --------------------------------------------------------------------------- DOCX


def _parse_docx(name: str, raw: bytes) -> _ParseResult:
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
    return text_pages, None, _empty_page_warnings(text_pages)


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
        pieces = self._paragraph_text(p).split(_FORM_FEED)
        level = self._heading_level(p)
        if level and len(pieces) == 1 and pieces[0].strip() and "\n" not in pieces[0]:
            # Word's heading styles are the document's own outline: kept as Markdown
            # headings so the structure parser reads typography, not guesses.
            pieces = ["#" * level + " " + pieces[0].strip()]
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
        for cells in self._table_rows(tbl):
            texts = [self._cell_text(tc) for tc in cells]
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
                        parts.append(_FORM_FEED)
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

    def _table_rows(self, tbl: _Element) -> Iterator[list[_Element]]:
        """Yield each row's distinct cells (`w:tc`) in column order.

        python-docx repeats a horizontally merged cell once per grid column; it is
        kept once. A vertically merged cell is repeated in each row it spans, so
        every row line stays self-contained.
        """
        table = Table(tbl, self._document)  # type: ignore[arg-type]
        for row in table.rows:
            try:
                tcs = [cell._tc for cell in row.cells]
            except Exception:  # noqa: BLE001 - malformed merges: fall back to raw cells
                tcs = list(row._tr.tc_lst)
            distinct: list[_Element] = []
            for tc in tcs:
                if not distinct or tc is not distinct[-1]:
                    distinct.append(tc)
            yield distinct

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
                parts.append(self._paragraph_text(child).replace(_FORM_FEED, " ").strip())
            elif child.tag in (qn("w:tbl"), qn("w:tr"), qn("w:tc")):
                self._collect_cell_parts(child, parts)
            elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
                self._collect_cell_parts(child, parts)


def _is_item_list(parts: Sequence[str]) -> bool:
    """Paragraphs of one cell that are items of a list, not one text broken in lines:
    each reads as a whole (no paragraph ends mid-sentence with a comma or a hyphen
    and none continues in lower case)."""
    return all(not p.endswith((",", "-", "–")) for p in parts[:-1]) and all(
        not p[:1].islower() for p in parts[1:]
    )


# --------------------------------------------------------------------------- dispatch

_PARSERS: dict[str, Callable[[str, bytes], _ParseResult]] = {
    ".txt": _parse_text,
    ".md": _parse_text,
    ".pdf": _parse_pdf,
    ".docx": _parse_docx,
}
