"""The background dense indexer: progress, coalesced requests, questions first, errors."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest

from ui.state import DenseIndexer
from vectorstore.errors import StoreUnavailableError

pytestmark = pytest.mark.unit


class FakeLibrary:
    """Stands in for Library: `sync_dense` reports progress batch by batch."""

    def __init__(self, batches: int = 3) -> None:
        self.batches = batches
        self.calls: list[bool] = []
        self.step = threading.Event()  # the test releases each batch
        self.fail_with: Exception | None = None
        self.indexer = SimpleNamespace(embedder=None)

    def sync_dense(self, progress, full: bool = False) -> None:
        self.calls.append(full)
        if self.fail_with is not None:
            raise self.fail_with
        for i in range(1, self.batches + 1):
            assert self.step.wait(10)
            progress(i, self.batches)


def test_progress_is_visible_and_the_worker_ends() -> None:
    lib = FakeLibrary()
    lib.step.set()
    dense = DenseIndexer(lib)
    assert not dense.status().running
    dense.request()
    assert dense.wait(10)
    s = dense.status()
    assert not s.running and (s.done, s.total) == (3, 3) and s.error == ""
    assert s.last_seconds is not None
    assert lib.calls == [False]


def test_a_request_during_a_pass_runs_a_full_pass_after_it() -> None:
    lib = FakeLibrary()
    dense = DenseIndexer(lib)
    dense.request()
    time.sleep(0.1)
    assert dense.status().running
    dense.request()  # e.g. an upload while the first pass runs
    dense.request()  # coalesced
    lib.step.set()
    assert dense.wait(10)
    assert lib.calls == [False, True]


def test_questions_pause_the_pass_between_batches() -> None:
    lib = FakeLibrary(batches=2)
    lib.step.set()
    dense = DenseIndexer(lib, max_pause_s=10)
    with dense.priority():
        dense.request()
        time.sleep(0.3)
        assert dense.status().done == 1  # first batch done, then waiting
    assert dense.wait(10)
    assert dense.status().done == 2


def test_the_pause_is_bounded() -> None:
    lib = FakeLibrary(batches=2)
    lib.step.set()
    dense = DenseIndexer(lib, max_pause_s=0.05)
    with dense.priority():
        dense.request()
        assert dense.wait(10)  # goes on even though the question never ends


def test_errors_are_kept_as_italian_messages() -> None:
    lib = FakeLibrary()
    lib.fail_with = StoreUnavailableError("connection refused")
    dense = DenseIndexer(lib)
    dense.request()
    assert dense.wait(10)
    assert dense.status().error == lib.fail_with.user_message
    lib.fail_with = RuntimeError("boom")
    dense.request()
    assert dense.wait(10)
    assert "RuntimeError" in dense.status().error
    lib.fail_with = None
    lib.step.set()
    dense.request()
    assert dense.wait(10)
    assert dense.status().error == ""
