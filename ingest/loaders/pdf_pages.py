"""PDF files: pypdf opens, decrypts (empty user password) and extracts each page's
plain text; the layout pass (`pdf_layout`) replaces it page by page where it
reads the page, so tables keep their columns and headings their markup."""

from __future__ import annotations

import io
import logging

from pypdf import PasswordType, PdfReader, PdfWriter
from pypdf.errors import DependencyError

from ingest.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPdfError,
    IngestError,
    NoTextLayerError,
)
from ingest.loaders.common import FORM_FEED, ParseResult, normalise_newlines
from ingest.loaders.pdf_layout import pdf_pages_text

logger = logging.getLogger(__name__)

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


def parse_pdf(name: str, raw: bytes) -> ParseResult:
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
    """Replace pypdf's plain text with the layout-aware text of `pdf_layout`
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
    text = normalise_newlines(text).replace(FORM_FEED, "\n")
    text = text.rstrip()
    return text if text.strip() else ""
