"""Time to first screen of the web app, on a cold and on a warm index.

Starts `python app.py` on a free loopback port over a temporary data folder, twice:

* cold: an empty index; the app indexes data/samples lexically before it opens and
  completes the semantic index in the background;
* warm: the same folder again, once the semantic index is complete.

For each start it prints the seconds from process start to: HTTP 200 on "/", the
page rendered in headless Chromium (question box visible; skipped without
Playwright or Chromium), and the first answer of the `ask` API endpoint; for the
cold start also the end of the background semantic indexing. Rows are appended to
benchmarks/results/startup.md. Wall-clock figures
depend on the machine and on its load (printed, never asserted); the CPU seconds
the app used until it served "/" (with psutil) approximate its start on an idle machine.

    .venv/bin/python benchmarks/startup.py [--keep DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

REPO_ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
QUESTION = "chi è responsabile della digitalizzazione SUAP?"
TIMEOUT_S = 600.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def call_api(url: str, name: str, data: list[Any], timeout: float = 120.0) -> Any:
    """One call of a named endpoint through Gradio's HTTP API (what gradio_client does)."""
    r = httpx.post(f"{url}/gradio_api/call/{name}", json={"data": data}, timeout=timeout)
    r.raise_for_status()
    event_id = r.json()["event_id"]
    with httpx.stream("GET", f"{url}/gradio_api/call/{name}/{event_id}", timeout=timeout) as s:
        event = ""
        for line in s.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                if event == "error":
                    raise RuntimeError(f"{name} failed: {line}")
                return json.loads(line.split(":", 1)[1])[0]
    raise RuntimeError(f"{name}: no result")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of the process so far (None without psutil)."""
    try:
        import psutil
    except ImportError:
        return None
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


class Browser:
    """Headless Chromium, started once so that its own start-up is not measured."""

    def __init__(self) -> None:
        self._pw = None
        self.browser = None
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            return
        if not CHROMIUM.exists():
            return
        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )

    def rendered_at(self, url: str, started: float) -> float | None:
        """Seconds from `started` to the question box being visible."""
        if self.browser is None:
            return None
        page = self.browser.new_page()
        try:
            page.goto(url, timeout=TIMEOUT_S * 1000)
            page.wait_for_selector("#piao-question textarea", timeout=TIMEOUT_S * 1000)
            return time.perf_counter() - started
        finally:
            page.close()

    def close(self) -> None:
        if self.browser is not None:
            self.browser.close()
        if self._pw is not None:
            self._pw.stop()


def measure(data_dir: Path, browser: Browser, wait_dense: bool) -> dict[str, float | None]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PIAO_DATA_DIR": str(data_dir), "PIAO_APP__PORT": str(port),
           "PIAO_APP__HOST": "127.0.0.1", "ANONYMIZED_TELEMETRY": "False"}
    log_path = data_dir.parent / f"app-{port}.log"
    started = time.perf_counter()
    with log_path.open("wb") as log:
        process = subprocess.Popen([sys.executable, str(REPO_ROOT / "app.py")], cwd=REPO_ROOT,
                                   env=env, stdout=log, stderr=subprocess.STDOUT)
    out: dict[str, float | None] = {}
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"app exited:\n{log_path.read_text(errors='replace')[-3000:]}")
            try:
                if httpx.get(url + "/", timeout=2.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - started > TIMEOUT_S:
                raise RuntimeError("app not ready")
            time.sleep(0.1)
        out["http_200"] = time.perf_counter() - started
        out["cpu_to_http"] = cpu_seconds(process.pid)
        out["page_rendered"] = browser.rendered_at(url + "/", started)
        answer = call_api(url, "ask", [QUESTION, None, None, None, None])
        out["first_answer"] = time.perf_counter() - started
        out["answer_has_citation"] = float(bool(answer["citations"]))
        if wait_dense:
            while not call_api(url, "index_status", [])["ready"]:
                if time.perf_counter() - started > TIMEOUT_S:
                    raise RuntimeError("semantic indexing not finished")
                time.sleep(1.0)
            out["dense_complete"] = time.perf_counter() - started
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="Use (and keep) this folder instead of a temp one.")
    parser.add_argument("--runs", type=int, default=1, help="Warm starts to measure.")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="piao-startup-"))
    data_dir = root / "data"
    if data_dir.exists():
        shutil.rmtree(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    browser = Browser()
    load_before = os.getloadavg()[0]
    try:
        results = [("cold", measure(data_dir, browser, wait_dense=True))]
        for i in range(args.runs):
            results.append((f"warm{'' if args.runs == 1 else i + 1}",
                            measure(data_dir, browser, wait_dense=False)))
    finally:
        browser.close()
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(f"cores {os.cpu_count()}, load average {load_before:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after (other processes slow every wall-clock figure)")
    print(f"{'start':<8}{'HTTP 200 /':>12}{'page shown':>12}{'1st answer':>12}"
          f"{'dense done':>12}{'CPU to HTTP 200':>17}")

    def fmt(value: float | None) -> str:
        return f"{'–':>12}" if value is None else f"{value:>11.1f}s"

    for name, r in results:
        print(f"{name:<8}{fmt(r.get('http_200'))}{fmt(r.get('page_rendered'))}"
              f"{fmt(r.get('first_answer'))}{fmt(r.get('dense_complete'))}"
              f"{'':>5}{fmt(r.get('cpu_to_http'))}")
        if not r.get("answer_has_citation"):
            print(f"  warning: the {name} answer had no citation")
    append_results(results, load_before)


def append_results(results: list[tuple[str, dict[str, float | None]]], load_before: float) -> None:
    """One row per start in results/startup.md, so that runs can be compared."""
    table = REPO_ROOT / "benchmarks" / "results" / "startup.md"
    table.parent.mkdir(parents=True, exist_ok=True)
    if not table.exists():
        table.write_text(
            "| date | load avg before | start | HTTP 200 s | page shown s | 1st answer s | "
            "dense done s | CPU to HTTP 200 s |\n|---|---|---|---|---|---|---|---|\n"
        )

    def cell(value: float | None) -> str:
        return "–" if value is None else f"{value:.1f}"

    date = time.strftime("%Y-%m-%d %H:%M")
    with table.open("a") as f:
        for name, r in results:
            f.write(
                f"| {date} | {load_before:.1f} | {name} | {cell(r.get('http_200'))} | "
                f"{cell(r.get('page_rendered'))} | {cell(r.get('first_answer'))} | "
                f"{cell(r.get('dense_complete'))} | {cell(r.get('cpu_to_http'))} |\n"
            )
    print(f"appended to {table}")


if __name__ == "__main__":
    main()
