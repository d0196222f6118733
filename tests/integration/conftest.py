"""Integration fixtures: a real Chroma server on loopback.

`chroma_server_url` is one server shared by the whole session (give each test
its own collection name). Tests that need to stop a server use
`start_chroma_server`, which starts a private one.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

CHROMA_EXE = Path(sys.executable).parent / "chroma"
SERVER_START_TIMEOUT_S = 60.0


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ChromaServer:
    url: str
    data_dir: Path
    log_file: Path
    process: subprocess.Popen[bytes]
    startup_s: float

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)

    def restart(self) -> None:
        """Start the server again on the same port over the same data (after `stop`)."""
        port = int(self.url.rsplit(":", 1)[1])
        fresh = _start(self.data_dir, port)
        self.process, self.log_file = fresh.process, fresh.log_file

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_file.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


def _start(data_dir: Path, port: int | None = None) -> ChromaServer:
    if not CHROMA_EXE.exists():
        pytest.fail(f"chroma executable not found next to the interpreter: {CHROMA_EXE}")
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    log_file = data_dir.parent / f"chroma-server-{port}-{int(time.time() * 1000)}.log"
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    started = time.perf_counter()
    # Output goes to a file: a pipe nobody reads would fill up and stall the server.
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            [str(CHROMA_EXE), "run", "--path", str(data_dir),
             "--host", "127.0.0.1", "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT, env=env,
        )
    server = ChromaServer(f"http://127.0.0.1:{port}", data_dir, log_file, process, 0.0)
    deadline = started + SERVER_START_TIMEOUT_S
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            pytest.fail(f"chroma server exited with {process.returncode}:\n{server.log_tail()}")
        try:
            if httpx.get(f"{server.url}/api/v2/heartbeat", timeout=1.0).status_code == 200:
                server.startup_s = time.perf_counter() - started
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.stop()
    pytest.fail(f"chroma server not ready after {SERVER_START_TIMEOUT_S}s:\n{server.log_tail()}")


@pytest.fixture(scope="session")
def chroma_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a Chroma server shared by the session; use a unique collection per test."""
    server = _start(tmp_path_factory.mktemp("chroma-server") / "data")
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def start_chroma_server(tmp_path: Path) -> Iterator[Callable[[], ChromaServer]]:
    """Factory for private servers (stopped at teardown), for tests that kill them."""
    servers: list[ChromaServer] = []

    def start() -> ChromaServer:
        server = _start(tmp_path / f"chroma-server-{len(servers)}")
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


# Two samples: a short plan (priorities, page 1) and one whose objectives are a table.
API_CORPUS = (
    "cremosano_piao-2026-2028_valore-pubblico.txt",
    "magentino_piao-2024-2026_obiettivi-dup.txt",
)


@pytest.fixture(scope="session")
def api_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from tests.conftest import SAMPLES_DIR

    folder = tmp_path_factory.mktemp("api-corpus")
    for name in API_CORPUS:
        shutil.copy(SAMPLES_DIR / name, folder)
    return folder


@pytest.fixture(scope="session")
def api_piao(api_corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    """A `Piao` over its own index of `API_CORPUS`, ingested through the Python API
    (real e5 + embedded Chroma); shared read-only by the API and LangChain tests."""
    from services import Piao
    from settings import load_settings

    piao = Piao(load_settings(data_dir=tmp_path_factory.mktemp("api-data")))
    report = piao.ingest([api_corpus])
    assert not report.failures and len(report.outcomes) == len(API_CORPUS), report
    return piao
