"""Turn a file (.txt, .md, .csv, .pdf, .docx) into a `LoadedDocument`: text split into pages.

Contract every later step relies on (chunk spans, citations, page numbers):

    doc.text == PAGE_JOINER.join(p.text for p in doc.pages)
    doc.text[p.char_start : p.char_end] == p.text     for every page p
    page numbers are 1, 2, 3, ...

Text files are kept verbatim apart from newline normalisation, because gold evidence
strings and chunk spans are slices of the original text. Every failure is raised as
an `IngestError` subclass carrying a short Italian message for the user; parser
libraries never leak their own exception types.

One module per format (`text_pages`, `pdf_pages`, `docx_pages`), each a parser from
raw bytes to (page texts, encoding, warnings); `common` holds what they share and
`load_document` picks the parser by extension.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ingest.errors import UnsupportedFormatError
from ingest.loaders.common import (
    MAX_FILE_BYTES,
    MSG_EMPTY_FILE,
    MSG_NO_TEXT,
    MSG_UNREADABLE,
    SUPPORTED_EXTENSIONS,
    ParseResult,
    assemble,
    read_limited,
    unsupported_message,
)
from ingest.loaders.docx_pages import MSG_DOCX_CORRUPT, MSG_DOCX_LEGACY, parse_docx
from ingest.loaders.pdf_pages import (
    MSG_PDF_CIPHER,
    MSG_PDF_CORRUPT,
    MSG_PDF_NO_PAGES,
    MSG_PDF_NO_TEXT,
    MSG_PDF_PASSWORD,
    parse_pdf,
)
from ingest.loaders.text_pages import MSG_BINARY_TEXT, MSG_REPLACED_CHARS, parse_text
from ingest.models import LoadedDocument

logger = logging.getLogger(__name__)

__all__ = [
    "MAX_FILE_BYTES",
    "MSG_BINARY_TEXT",
    "MSG_DOCX_CORRUPT",
    "MSG_DOCX_LEGACY",
    "MSG_EMPTY_FILE",
    "MSG_NO_TEXT",
    "MSG_PDF_CIPHER",
    "MSG_PDF_CORRUPT",
    "MSG_PDF_NO_PAGES",
    "MSG_PDF_NO_TEXT",
    "MSG_PDF_PASSWORD",
    "MSG_REPLACED_CHARS",
    "MSG_UNREADABLE",
    "SUPPORTED_EXTENSIONS",
    "load_document",
    "unsupported_message",
]

_PARSERS: dict[str, Callable[[str, bytes], ParseResult]] = {
    ".txt": parse_text,
    ".md": parse_text,
    ".pdf": parse_pdf,
    ".docx": parse_docx,
    ".csv": parse_text,
}


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
        raise UnsupportedFormatError(name, unsupported_message(extension))

    raw = read_limited(path, max_bytes)
    text_pages, encoding, warnings = parse(name, raw)
    document = assemble(path, raw, text_pages, encoding, warnings)
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
