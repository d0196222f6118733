"""What every format shares: size and emptiness checks, the user messages common to
all formats, and the assembly of page texts into a `LoadedDocument`."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from ingest.errors import CorruptFileError, EmptyDocumentError, FileTooLargeError
from ingest.models import PAGE_JOINER, LoadedDocument, Page, sha256_bytes

logger = logging.getLogger(__name__)

# (.csv: a spreadsheet exported as delimited text, read as text: its records are the
# structure parser's table rows)
SUPPORTED_EXTENSIONS = (".txt", ".md", ".pdf", ".docx", ".csv")
MAX_FILE_BYTES = 50 * 1024 * 1024

FORM_FEED = "\f"

MSG_EMPTY_FILE = "Il file è vuoto."
MSG_NO_TEXT = "Il file non contiene testo."
MSG_UNREADABLE = "Impossibile leggere il file: non esiste, è una cartella o non è accessibile."


def unsupported_message(extension: str) -> str:
    shown = extension or "senza estensione"
    return f"Formato non supportato ({shown}): carica un file PDF, DOCX, TXT, MD o CSV."


def _format_limit(max_bytes: int) -> str:
    mib = max_bytes / (1024 * 1024)
    if mib >= 1:
        shown = f"{mib:.0f}" if mib == int(mib) else f"{mib:.1f}".replace(".", ",")
        return f"{shown} MB"
    return f"{max(1, max_bytes // 1024)} KB"


def read_limited(path: Path, max_bytes: int) -> bytes:
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


def assemble(
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


def empty_page_warnings(text_pages: Sequence[str]) -> list[str]:
    return [
        f"Pagina {number}: nessun testo estratto."
        for number, page_text in enumerate(text_pages, start=1)
        if not page_text.strip()
    ]


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Each parser returns (page texts, detected encoding, warnings).
ParseResult = tuple[list[str], str | None, list[str]]
