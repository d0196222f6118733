"""The app started as a subprocess on a free loopback port, and headless Chromium.

The app gets a temporary data dir holding a copy of the session's sample index
(`sample_library`, already complete), so it starts warm; the copy is the app's own,
so uploads and removals in these tests never touch the shared index. Chromium is
Debian's (`apt-get install chromium`, done by `make test`); Playwright drives it
through `executable_path`, no browser is downloaded.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
CHROMIUM = Path(os.environ.get("PIAO_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
START_TIMEOUT_S = 180.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class AppServer:
    url: str
    data_dir: Path
    log_file: Path
    process: subprocess.Popen[bytes]
    startup_s: float

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_file.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


@pytest.fixture(scope="session")
def app_server(sample_library, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """`python app.py` on 127.0.0.1:<free port>, over a copy of the sample index."""
    data_dir = tmp_path_factory.mktemp("app-data") / "data"
    shutil.copytree(sample_library.documents_dir.parent, data_dir)
    ARTIFACTS.mkdir(exist_ok=True)
    port = free_port()
    log_file = ARTIFACTS / "app-server.log"
    env = {
        **os.environ,
        "PIAO_DATA_DIR": str(data_dir),
        "PIAO_APP__HOST": "127.0.0.1",
        "PIAO_APP__PORT": str(port),
        "PIAO_APP__CONCURRENCY": "2",
        "PYTHONUNBUFFERED": "1",
    }
    started = time.perf_counter()
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, str(REPO_ROOT / "app.py")],
            cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    server = AppServer(f"http://127.0.0.1:{port}", data_dir, log_file, process, 0.0)
    try:
        deadline = started + START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                pytest.fail(f"app exited with {process.returncode}:\n{server.log_tail()}")
            try:
                if httpx.get(server.url + "/", timeout=2.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() > deadline:
                pytest.fail(f"app not ready after {START_TIMEOUT_S:.0f} s:\n{server.log_tail()}")
            time.sleep(0.2)
        server.startup_s = time.perf_counter() - started
        print(f"\napp ready in {server.startup_s:.1f} s (warm index) at {server.url}")
        yield server
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, app_server: AppServer) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="it-IT",
                                  accept_downloads=True)
    context.set_default_timeout(120_000)
    pg = context.new_page()
    pg.goto(app_server.url + "/")
    pg.wait_for_selector("#piao-question textarea")
    try:
        yield pg
    finally:
        context.close()


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
