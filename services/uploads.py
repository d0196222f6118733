"""Uploaded files: stored safely, then imported (`import_uploads`), one outcome per file.

An upload arrives with a name chosen by the client ("../../etc/passwd",
"C:\\fakepath\\piano.pdf", "CON.pdf", names with control characters or 500
characters) and bytes that may not match the name. `store_upload` keeps only a
sanitised base name, writes inside the uploads folder and nowhere else, enforces
the size limit and the supported types, and raises `IngestError`s with Italian
messages (the same types and wording as ingestion). `import_uploads` stores a batch
and indexes it lexically (the dense phase is left to the caller); a bad file gets
its own message and never touches what is already indexed.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ingest.errors import (
    CorruptFileError,
    EmptyDocumentError,
    FileTooLargeError,
    IngestError,
    UnsupportedFormatError,
)
from ingest.loaders import (
    MAX_FILE_BYTES,
    MSG_DOCX_LEGACY,
    SUPPORTED_EXTENSIONS,
    unsupported_message,
)
from services.library import Library
from services.progress import Progress, no_progress

log = logging.getLogger(__name__)

UPLOADS_SUBDIR = "uploads"
MAX_NAME_CHARS = 120
MAX_NAME_BYTES = 240  # file systems limit names to 255 bytes, not characters
FALLBACK_STEM = "documento"

# Windows device names: a file called "CON.pdf" cannot be opened there.
_RESERVED_STEMS = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"{p}{n}" for p in ("com", "lpt") for n in "0123456789¹²³"]
)
# Kept in names: letters and digits of any script, space and a few safe marks.
_UNSAFE_CHAR = re.compile(r"[^\w .,()'’\-–+&@#%=~\[\]]", re.UNICODE)
_RUNS = re.compile(r"([ _.])\1+")
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_COPY_CHUNK = 1024 * 1024

MSG_EMPTY = "Il file caricato è vuoto."
MSG_NOT_PDF = "Il file ha estensione .pdf ma non è un PDF: controlla di aver scelto il file giusto."
MSG_NOT_DOCX = (
    "Il file ha estensione .docx ma non è un documento Word .docx: se è un vecchio .doc, "
    "aprilo in Word e salvalo come .docx."
)
MSG_BINARY_TEXT = (
    "Il file ha estensione di testo ma contiene dati binari: salvalo come testo e riprova."
)
MSG_UNREADABLE = "Impossibile leggere il file caricato."


@dataclass(frozen=True)
class StoredUpload:
    path: Path  # inside the uploads folder
    file_name: str  # the sanitised name (becomes the document id)
    original_name: str
    size: int


def uploads_dir(data_dir: Path) -> Path:
    """The folder (inside the data folder) where uploads are kept."""
    return data_dir / UPLOADS_SUBDIR


def safe_file_name(name: str, max_chars: int = MAX_NAME_CHARS) -> str:
    """A harmless base name for an untrusted file name.

    Only the last path component is kept (both "/" and "\\" separate), control,
    format and other unsafe characters become "_", leading dots and spaces go
    (no hidden files, no "..") as do trailing ones (Windows drops them), Windows
    device names get a "_" prefix, and the name is cut to `max_chars` keeping its
    extension (and within 240 UTF-8 bytes). The extension is lower-cased. Never
    empty: "documento" stands in for a name with nothing usable left.
    """
    if max_chars < 16:
        raise ValueError(f"max_chars must be >= 16, got {max_chars}")
    base = re.split(r"[/\\]", name or "")[-1]
    base = "".join(
        ch for ch in base if unicodedata.category(ch) not in ("Cs", "Co", "Cn")
    )
    base = unicodedata.normalize("NFC", base)
    base = "".join("_" if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in base)
    base = _UNSAFE_CHAR.sub("_", base)
    base = _RUNS.sub(r"\1", base).strip(" ._")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem, ext = stem.strip(" ._"), ext.strip(" _").lower()
    if len(ext) > 10:  # not an extension: part of the name
        stem, ext = f"{stem}_{ext}" if stem else ext, ""
    if not stem:
        stem = FALLBACK_STEM
    if stem.split(".")[0].lower() in _RESERVED_STEMS:
        stem = f"_{stem}"
    suffix = f".{ext}" if ext else ""
    stem = stem[: max_chars - len(suffix)]
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return (stem.rstrip(" ._") or FALLBACK_STEM) + suffix


def store_upload(
    name: str,
    source: bytes | Path | BinaryIO,
    uploads_folder: Path,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    extensions: tuple[str, ...] = SUPPORTED_EXTENSIONS,
) -> StoredUpload:
    """Write an uploaded file into `uploads_folder` under a sanitised name.

    Args:
        name: the client's file name (untrusted; only its sanitised base is used).
        source: the content: bytes, a path to a temporary file (e.g. Gradio's), or
            a binary stream.
        uploads_folder: the only folder written to; created if missing.
        max_bytes: larger files are refused (settings.ingest.max_file_mb).
        extensions: accepted extensions (lower case, with the dot).

    Returns:
        Where the file was stored, under which name. An existing upload with the
        same name is replaced atomically (re-uploading a changed file updates the
        document).

    Raises:
        UnsupportedFormatError: extension not accepted, or content not matching it.
        FileTooLargeError, EmptyDocumentError: size limits.
        CorruptFileError: the source cannot be read.
        ValueError: max_bytes < 1 (a caller bug).
    """
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be >= 1, got {max_bytes}")
    file_name = safe_file_name(name)
    extension = Path(file_name).suffix.lower()
    if extension not in extensions:
        raise UnsupportedFormatError(file_name, unsupported_message(extension))
    folder = Path(uploads_folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file_name
    # Defense in depth: the sanitised name cannot leave the folder, check anyway.
    # (resolve the folder only: an existing symlink at `target` is replaced, not followed)
    if target.parent.resolve() != folder.resolve() or target.name != file_name:
        raise UnsupportedFormatError(file_name, "Nome di file non valido.")

    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".upload-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            size = _copy_limited(source, out, file_name, max_bytes)
        if size == 0:
            raise EmptyDocumentError(file_name, MSG_EMPTY)
        _check_content(tmp, extension, file_name)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("upload stored file=%s bytes=%d renamed=%s", file_name, size, file_name != name)
    return StoredUpload(path=target, file_name=file_name, original_name=name, size=size)


def _copy_limited(source: bytes | Path | BinaryIO, out: BinaryIO, name: str, limit: int) -> int:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > limit:
            raise _too_large(name, limit)
        out.write(data)
        return len(data)
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            if not path.is_file():
                raise CorruptFileError(name, MSG_UNREADABLE)
            if path.stat().st_size > limit:  # refused without reading it
                raise _too_large(name, limit)
            with path.open("rb") as handle:
                return _copy_stream(handle, out, name, limit)
        except OSError as exc:
            raise CorruptFileError(name, MSG_UNREADABLE) from exc
    return _copy_stream(source, out, name, limit)


def _copy_stream(handle: BinaryIO, out: BinaryIO, name: str, limit: int) -> int:
    size = 0
    while True:
        try:
            block = handle.read(min(_COPY_CHUNK, limit + 1 - size))
        except OSError as exc:
            raise CorruptFileError(name, MSG_UNREADABLE) from exc
        if not block:
            return size
        size += len(block)
        if size > limit:  # the file grew, or a stream longer than announced
            raise _too_large(name, limit)
        out.write(block)


def _too_large(name: str, limit: int) -> FileTooLargeError:
    mb = limit / (1024 * 1024)
    shown = f"{mb:.0f} MB" if mb >= 1 else f"{max(1, limit // 1024)} KB"
    return FileTooLargeError(name, f"Il file supera il limite di {shown}.")


def _check_content(path: Path, extension: str, name: str) -> None:
    """The first bytes must fit the extension (the loaders check the rest)."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if extension == ".pdf" and _PDF_MAGIC not in head:
        raise UnsupportedFormatError(name, MSG_NOT_PDF)
    if extension == ".docx" and head.startswith(_OLE_MAGIC):
        raise UnsupportedFormatError(name, MSG_DOCX_LEGACY)
    if extension == ".docx" and not head.startswith(_ZIP_MAGIC):
        raise UnsupportedFormatError(name, MSG_NOT_DOCX)
    if extension in (".txt", ".md") and b"\x00" in head and not head.startswith(
        (b"\xff\xfe", b"\xfe\xff")
    ):
        raise UnsupportedFormatError(name, MSG_BINARY_TEXT)



# -- a batch of uploads ----------------------------------------------------------------
@dataclass(frozen=True)
class UploadOutcome:
    """What became of one uploaded file."""

    name: str  # as the client named it (shown to the user)
    status: str  # "added", "replaced", "unchanged" or "error"
    doc_id: str = ""  # the sanitised name it was indexed under
    n_chunks: int = 0
    message: str = ""  # Italian, for an error

    @property
    def failed(self) -> bool:
        return self.status == "error"


@dataclass(frozen=True)
class UploadReport:
    outcomes: tuple[UploadOutcome, ...]  # in the order of the files
    changed: int  # documents added or replaced (their vectors are still to compute)

    @property
    def imported(self) -> int:
        return sum(1 for o in self.outcomes if not o.failed)

    @property
    def failed(self) -> int:
        return len(self.outcomes) - self.imported


def import_uploads(
    library: Library,
    files: Sequence[str | Path],
    uploads_folder: Path,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    progress: Progress = no_progress,
    write_lock: AbstractContextManager[object] | None = None,
) -> UploadReport:
    """Check, store and index (lexically) uploaded files.

    Args:
        files: the uploaded temporary files; their base names are the names the
            client chose (untrusted: sanitised before use).
        uploads_folder: where files wait for ingestion (emptied again afterwards:
            the library keeps its own copy).
        write_lock: held while the index is written (one writer at a time).
    """
    found: dict[str, UploadOutcome] = {}
    staged: dict[Path, str] = {}  # stored path -> name shown
    total = len(files)
    for i, raw in enumerate(files):
        source = Path(raw)
        name = source.name
        progress(i / (2 * total), f"Controllo {name}")
        try:
            stored = store_upload(name, source, uploads_folder, max_bytes=max_bytes)
        except IngestError as exc:
            found[name] = UploadOutcome(name, "error", message=exc.user_message)
            continue
        staged[stored.path] = name
    changed = 0
    if staged:
        with write_lock or nullcontext():
            done = 0

            def on_file(_path: Path) -> None:
                nonlocal done
                done += 1
                progress(0.5 + done / (2 * len(staged)), "Lettura e indicizzazione")

            try:
                report = library.ingest(list(staged), on_file=on_file, dense=False)
            finally:
                for path in staged:
                    path.unlink(missing_ok=True)
        shown = {p.name: n for p, n in staged.items()}
        for o in report.outcomes:
            name = shown.get(o.doc_id, o.doc_id)
            found[name] = UploadOutcome(name, o.status, o.doc_id, o.n_chunks)
        for f in report.failures:
            name = shown.get(f.file_name, f.file_name)
            found[name] = UploadOutcome(name, "error", f.file_name, message=f.message)
        changed = report.changed
    progress(1.0, "Fatto")
    ordered = tuple(found[Path(f).name] for f in files if Path(f).name in found)
    return UploadReport(ordered, changed)
