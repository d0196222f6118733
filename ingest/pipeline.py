"""Files in, parsed documents (or per-file failures) out. A bad file never stops a batch."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.chunking import Chunker
from ingest.errors import CorruptFileError, IngestError
from ingest.loaders import MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, load_document
from ingest.metadata import OVERRIDE_KEYS
from ingest.models import ParsedDocument
from ingest.parse import parse_document

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.json"  # per-file metadata overrides: {"ente": ..., "periodo": ...}


@dataclass(frozen=True)
class IngestFailure:
    """A file that could not be ingested, with the Italian message for the user."""

    path: str
    file_name: str
    message: str
    error_type: str


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[IngestFailure]]:
    """Expand folders into their supported files; explicit files are kept as given."""
    files: list[Path] = []
    failures: list[IngestFailure] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and not child.name.startswith(".")
                    and child.suffix.lower() in SUPPORTED_EXTENSIONS
                    and not child.name.endswith(SIDECAR_SUFFIX)
                ):
                    files.append(child)
        elif path.is_file():
            files.append(path)
        else:
            failures.append(
                IngestFailure(str(path), path.name, "File o cartella non trovati.", "NotFound")
            )
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]
    return unique, failures


def read_overrides(path: Path) -> dict[str, str]:
    """Metadata overrides from the sidecar `<file>.meta.json`, if present."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptFileError(
            path.name, f"Il file di metadati {sidecar.name} non è un JSON valido."
        ) from exc
    if not isinstance(data, dict):
        raise CorruptFileError(path.name, f"Il file di metadati {sidecar.name} non è un oggetto.")
    return {k: str(v) for k, v in data.items() if k in OVERRIDE_KEYS and v is not None}


def parse_file(
    path: Path,
    overrides: Mapping[str, str] | None = None,
    chunker: Chunker | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> ParsedDocument:
    """Load and parse one file. Raises IngestError (typed, Italian message)."""
    merged = {**read_overrides(path), **dict(overrides or {})}
    document = load_document(path, max_bytes=max_bytes)
    return parse_document(document, merged or None, chunker)


def iter_parsed(
    paths: Sequence[Path],
    overrides: Mapping[str, str] | None = None,
    chunker: Chunker | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Iterator[tuple[Path, ParsedDocument | IngestFailure]]:
    """Parse files one by one; failures are yielded, never raised."""
    for path in paths:
        try:
            yield path, parse_file(path, overrides, chunker, max_bytes)
        except IngestError as exc:
            log.warning("ingest failed file=%s error=%s", path.name, type(exc).__name__)
            yield path, IngestFailure(str(path), path.name, exc.user_message, type(exc).__name__)
        except Exception as exc:  # a parser bug must not sink the batch
            log.exception("unexpected ingest failure file=%s", path.name)
            yield path, IngestFailure(
                str(path),
                path.name,
                "Errore imprevisto durante la lettura del documento: il file è stato saltato.",
                type(exc).__name__,
            )
