"""Text files (.txt, .md, .csv): decoding (UTF-16 with BOM, UTF-8, cp1252, latin-1) and
form feeds as page breaks; the text is kept verbatim apart from newlines and from
columns laid out with spaces, which become tab-separated rows."""

from __future__ import annotations

import logging
import re

from ingest.errors import CorruptFileError, EmptyDocumentError
from ingest.loaders.common import (
    FORM_FEED,
    MSG_NO_TEXT,
    ParseResult,
    empty_page_warnings,
    normalise_newlines,
)
from ingest.loaders.text_columns import relayout, without_running_lines

logger = logging.getLogger(__name__)

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# C0/C1 control characters, except \t \n \v \f \r which occur in real text files.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Above this share of control characters a "text" file is really binary data.
_MAX_CONTROL_RATIO = 0.05

MSG_BINARY_TEXT = (
    "Il file non è un testo leggibile (contiene dati binari): salvalo come testo e riprova."
)
MSG_REPLACED_CHARS = (
    "Alcuni caratteri non erano codificati correttamente e sono stati sostituiti con \ufffd: "
    "controlla la codifica del file."
)


def parse_text(name: str, raw: bytes) -> ParseResult:
    text, encoding, warnings = _decode_text(name, raw)
    text = normalise_newlines(text)
    if not text.strip():
        raise EmptyDocumentError(name, MSG_NO_TEXT)

    text_pages = text.split(FORM_FEED)
    # Tools like pdftotext end every page with a form feed, the last one included:
    # that leaves a blank tail which is not a real page.
    if len(text_pages) > 1 and not text_pages[-1].strip():
        text_pages.pop()
    warnings.extend(empty_page_warnings(text_pages))
    # (columns laid out with spaces, as pdftotext -layout writes them, read as rows)
    return [relayout(page) for page in without_running_lines(text_pages)], encoding, warnings


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
