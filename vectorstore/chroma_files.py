"""Chroma's files and per-process state, handled from outside its API: damage checks
of the on-disk HNSW index before Chroma loads it, wiping only Chroma's own files,
and dropping cached `System`s that would otherwise outlive their files.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
import struct
from contextlib import closing
from pathlib import Path

import numpy as np

logger = logging.getLogger("vectorstore.store")

# Files Chroma owns inside a persistent directory; `recreate` removes only these.
_CHROMA_FILES = ("chroma.sqlite3", "chroma.sqlite3-wal", "chroma.sqlite3-shm",
                 "chroma.sqlite3-journal")
_SEGMENT_DIR = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# header.bin of Chroma's hnswlib fork, persistence version 1: version, offset_level0,
# max_elements, count, row_size, label_offset, links_size, max_level, enter_point,
# max_m, max_m0, m, mult, ef_construction.
_HNSW_HEADER = struct.Struct("<i6QiI3QdQ")


def evict_failed_system(identifier: str) -> None:
    # Chroma caches one System per path and keeps it even when its start failed,
    # so every later open of that path in this process would fail with an
    # unrelated AttributeError. Drop the dead entry if no live client uses it.
    try:
        from chromadb.api.shared_system_client import SharedSystemClient
    except ImportError:  # pragma: no cover - layout changed in a future Chroma
        return
    systems = getattr(SharedSystemClient, "_identifier_to_system", None)
    refcounts = getattr(SharedSystemClient, "_identifier_to_refcount", {})
    if isinstance(systems, dict) and not refcounts.get(identifier):
        systems.pop(identifier, None)


def forget_embedded(path: Path) -> None:
    """Drop this process's cached Chroma System for `path`, live clients or not.

    For a directory that was moved aside or deleted (index rebuild): Chroma keeps
    one System per path for the life of the process, and a client opened later on
    the same path would reuse it, reading through a connection pool that reopens the
    path and finds a new, empty database ("no such table: collections").
    """
    try:
        from chromadb.api.shared_system_client import SharedSystemClient
    except ImportError:  # pragma: no cover - layout changed in a future Chroma
        return
    systems = getattr(SharedSystemClient, "_identifier_to_system", None)
    if not isinstance(systems, dict):
        return
    system = systems.pop(str(path), None)
    getattr(SharedSystemClient, "_identifier_to_refcount", {}).pop(str(path), None)
    if system is not None:
        try:
            system.stop()
        except Exception:  # noqa: BLE001 - the files are gone; stopping is best effort
            logger.debug("chroma_forget_stop_failed path=%s", path, exc_info=True)


def hnsw_damage(db_dir: Path, collection_id: str) -> str | None:
    """Why the collection's on-disk HNSW files cannot be trusted, or None.

    hnswlib trusts its files: random bytes in a link list make the native search
    read out of bounds and kill the whole process (SIGSEGV, seen with Chroma
    1.5.9), and a truncated data file silently yields wrong neighbours. So look
    before Chroma loads them. Best effort: an unknown layout passes.
    """
    try:
        uri = f"{(db_dir / 'chroma.sqlite3').as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            segment_ids = [row[0] for row in conn.execute(
                "SELECT id FROM segments WHERE collection = ? AND scope = 'VECTOR'",
                (collection_id,),
            )]
    except sqlite3.Error:
        return None
    for segment_id in segment_ids:
        try:
            problem = _hnsw_segment_damage(db_dir / segment_id)
        except OSError as exc:
            problem = str(exc)
        if problem:
            return f"HNSW segment {segment_id}: {problem}"
    return None


def _hnsw_segment_damage(segment: Path) -> str | None:
    header_file = segment / "header.bin"
    if not header_file.exists():
        return None  # nothing flushed yet: the vectors are still in SQLite's log
    header = header_file.read_bytes()
    if len(header) < _HNSW_HEADER.size:
        return "header.bin is truncated"
    (version, _, max_elements, count, row_size, label_offset, links_size, max_level,
     enter_point, max_m, max_m0, *_) = _HNSW_HEADER.unpack_from(header)
    if version != 1:
        return None
    if not (count <= max_elements and links_size == 4 + 4 * max_m0
            and label_offset + 8 == row_size and -1 <= max_level < 64
            and (count == 0 or (enter_point < count and max_level >= 0))):
        return "header.bin is inconsistent"

    # Files are preallocated for the initial capacity and grow with the index, so
    # they may be longer than `count` rows, never shorter (hnswlib would read
    # uninitialised memory past the end).
    data_file = segment / "data_level0.bin"
    if not data_file.exists() or data_file.stat().st_size < count * row_size:
        return "data_level0.bin is missing or truncated"
    if count:
        rows = np.memmap(data_file, dtype=np.uint8, mode="r", shape=(count, row_size))
        # Only the link area of each row matters here: bad ids crash, bad floats don't.
        level0 = np.ascontiguousarray(rows[:, :links_size]).view("<u4")
        if _bad_links(level0, max_m0, count):
            return "data_level0.bin holds invalid links"

    length_file = segment / "length.bin"
    if not length_file.exists() or length_file.stat().st_size < 4 * count:
        return "length.bin is missing or truncated"
    links_file = segment / "link_lists.bin"
    if not links_file.exists():
        return "link_lists.bin is missing"
    blob = links_file.read_bytes()
    # One record per element: uint32 byte size, then one link list per upper level.
    level_size = 4 + 4 * max_m
    blocks: list[bytes] = []
    offset = 0
    for _ in range(count):
        if offset + 4 > len(blob):
            return "link_lists.bin is truncated"
        (size,) = struct.unpack_from("<I", blob, offset)
        offset += 4
        if size % level_size or size > level_size * max_level or offset + size > len(blob):
            return "link_lists.bin is inconsistent"
        if size:
            blocks.append(blob[offset:offset + size])
        offset += size
    if blocks:
        upper = np.frombuffer(b"".join(blocks), dtype="<u4").reshape(-1, 1 + max_m)
        if _bad_links(upper, max_m, count):
            return "link_lists.bin holds invalid links"
    return None


def _bad_links(links: np.ndarray, max_links: int, count: int) -> bool:
    """Rows of [header, id...]: the list length sits in the header's low 16 bits."""
    sizes = links[:, 0] & 0xFFFF
    if (sizes > max_links).any():
        return True
    used = np.arange(max_links) < sizes[:, None]
    return bool((links[:, 1:][used] >= count).any())


def wipe_chroma_files(path: Path) -> None:
    """Remove Chroma's own files from ``path``, leaving anything else alone."""
    for child in path.iterdir():
        if child.is_file() and child.name in _CHROMA_FILES:
            child.unlink()
        elif child.is_dir() and _SEGMENT_DIR.match(child.name):
            shutil.rmtree(child)
