"""What the app's handlers share: the settings, the library, the answerer, the drafter,
and the background worker that completes the dense (semantic) index while the app is
already usable.

Ingestion in the app is two-phase, like `Library.ingest`: the lexical phase runs in
the request (a few seconds; the document is searchable at once), the dense phase
runs here, in one background thread, with progress that the UI polls.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.answering import Answerer
from assistant.drafting import DraftWriter
from assistant.errors import AssistantError
from services import Library, build_drafter, uploads_dir
from settings import Settings
from vectorstore.errors import VectorStoreError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DenseStatus:
    """A snapshot of the background dense indexing."""

    running: bool
    done: int  # chunks checked in the current (or last) pass
    total: int
    error: str = ""  # Italian message of the last failure, if the last pass failed
    last_seconds: float | None = None  # duration of the last completed pass


class DenseIndexer:
    """Runs `Library.sync_dense` in one background thread, on request.

    Requests made while a pass runs start another pass after it; that pass compares
    every id (`full=True`), because a document written during a pass may have been
    marked complete by it with the vectors of its previous version.

    Questions come first: while one is answered (`priority()`), the pass pauses after
    its current batch (for at most `max_pause_s` at a time, so that constant traffic
    cannot stall indexing forever). On two cores, the embedding of a batch would
    otherwise hold the model and the CPU for seconds while a user waits.
    """

    def __init__(self, library: Library, warm_up: bool = True, max_pause_s: float = 30.0) -> None:
        self.library = library
        self.warm_up = warm_up
        self.max_pause_s = max_pause_s
        self._questions = 0
        self._no_questions = threading.Condition()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._thread_active = False  # set and cleared under the lock, unlike is_alive()
        self._running = False
        self._full_next = False
        self._done = 0
        self._total = 0
        self._error = ""
        self._last_seconds: float | None = None
        self._idle = threading.Event()
        self._idle.set()

    def request(self) -> None:
        """Complete the dense index soon (returns at once)."""
        with self._lock:
            if self._running:
                self._full_next = True
            self._idle.clear()
            self._wake.set()
            if not self._thread_active:
                self._thread_active = True
                self._thread = threading.Thread(
                    target=self._loop, name="piao-dense-index", daemon=True
                )
                self._thread.start()

    def status(self) -> DenseStatus:
        with self._lock:
            return DenseStatus(
                running=self._running or not self._idle.is_set(),
                done=self._done,
                total=self._total,
                error=self._error,
                last_seconds=self._last_seconds,
            )

    def wait(self, timeout: float | None = None) -> bool:
        """Block until no pass is running or requested; False on timeout."""
        return self._idle.wait(timeout)

    @contextmanager
    def priority(self) -> Iterator[None]:
        """Pause the background pass (after its current batch) while the body runs."""
        with self._no_questions:
            self._questions += 1
        try:
            yield
        finally:
            with self._no_questions:
                self._questions -= 1
                if self._questions == 0:
                    self._no_questions.notify_all()

    def _progress(self, done: int, total: int) -> None:
        with self._lock:
            self._done, self._total = done, total
        # Called between batches: the place to let questions go first.
        with self._no_questions:
            self._no_questions.wait_for(lambda: self._questions == 0, timeout=self.max_pause_s)

    def _loop(self) -> None:
        if self.warm_up:
            self.warm_up = False
            self._load_model()
        while True:
            with self._lock:
                if not self._wake.is_set():
                    self._running = False
                    self._thread_active = False
                    self._idle.set()
                    return
                self._wake.clear()
                full, self._full_next = self._full_next, False
                self._running = True
                self._done = self._total = 0
            started = time.perf_counter()
            try:
                self.library.sync_dense(self._progress, full=full)
                error = ""
            except (VectorStoreError, AssistantError) as exc:
                log.error("dense indexing failed error=%s", exc)
                error = exc.user_message
            except Exception as exc:  # a background thread must never die silently
                log.exception("dense indexing failed")
                error = f"Indicizzazione semantica non riuscita ({type(exc).__name__})."
            with self._lock:
                self._error = error
                self._last_seconds = time.perf_counter() - started

    def _load_model(self) -> None:
        """Load the embedding model now, so that the first question does not wait for it."""
        embedder = self.library.indexer.embedder
        if embedder is None:
            return
        try:
            embedder.embed_query("avvio")
        except Exception:  # reported by the first real use, with its own message
            log.warning("embedding model warm-up failed", exc_info=True)


@dataclass
class AppContext:
    """Everything a handler needs; built once by app.py from the settings."""

    settings: Settings
    library: Library
    answerer: Answerer
    dense: DenseIndexer
    uploads_dir: Path
    work_dir: Path  # evaluation runs, exports
    # Writes (upload, remove, re-index) one at a time: their outcome tables stay exact.
    write_lock: threading.Lock
    # Objective drafts: built from the settings on first use (`drafter()`), or given.
    draft_writer: DraftWriter | None = None

    @property
    def max_upload_bytes(self) -> int:
        return self.settings.ingest.max_file_mb * 1024 * 1024

    def drafter(self) -> DraftWriter:
        if self.draft_writer is None:
            self.draft_writer = build_drafter(self.settings, self.library)
        return self.draft_writer

    @classmethod
    def create(
        cls,
        settings: Settings,
        library: Library,
        answerer: Answerer,
        drafter: DraftWriter | None = None,
        warm_up: bool = True,
    ) -> AppContext:
        return cls(
            settings=settings,
            library=library,
            answerer=answerer,
            dense=DenseIndexer(library, warm_up=warm_up),
            uploads_dir=uploads_dir(settings.data_dir),
            work_dir=settings.data_dir / "app",
            write_lock=threading.Lock(),
            draft_writer=drafter,
        )
