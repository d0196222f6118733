"""Load test: simulated users asking questions through the app's HTTP API.

Each user is a thread with its own `gradio_client.Client` (its own HTTP session)
calling the app's `/ask` endpoint in a loop, questions taken in turn from a golden
file, for a fixed duration. Reports requests, errors, throughput and latency p50/p95
(client-side: queueing included). Loopback only.

    python benchmarks/load.py                       # starts the app over data/store
    python benchmarks/load.py --users 20 --duration 120 --url http://127.0.0.1:7860/

Without --url the app is started as a subprocess (`python app.py`) on a free loopback
port over PIAO_DATA_DIR (default ./data/store, indexed from data/samples if empty)
and stopped at the end. Results are appended to benchmarks/results/load.md.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_QUESTIONS = REPO.parent / "shared" / "eval" / "dev_qa.jsonl"
RESULTS = REPO / "benchmarks" / "results"


@dataclass
class LoadResult:
    users: int
    duration_s: float
    think_s: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    answered_found: int = 0

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + len(self.errors)

    @property
    def throughput(self) -> float:
        return len(self.latencies_ms) / self.duration_s if self.duration_s else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    def summary(self) -> dict[str, float | int]:
        return {
            "users": self.users,
            "think_s": self.think_s,
            "duration_s": round(self.duration_s, 1),
            "requests": self.requests,
            "errors": len(self.errors),
            "answers_with_sources": self.answered_found,
            "throughput_rps": round(self.throughput, 2),
            "p50_ms": round(self.percentile(0.50), 1),
            "p95_ms": round(self.percentile(0.95), 1),
            "max_ms": round(max(self.latencies_ms, default=float("nan")), 1),
            "mean_ms": round(statistics.fmean(self.latencies_ms), 1) if self.latencies_ms else 0,
        }


def load_questions(path: Path) -> list[str]:
    return [json.loads(line)["question"] for line in path.read_text().splitlines() if line.strip()]


def run_load(
    url: str, questions: Sequence[str], users: int, duration_s: float, think_s: float = 0.0
) -> LoadResult:
    """`users` concurrent clients asking `questions` in turn for `duration_s` seconds,
    each pausing `think_s` seconds after an answer (0: back-to-back, a stress test)."""
    from gradio_client import Client

    if users < 1 or duration_s <= 0 or not questions:
        raise ValueError("users >= 1, duration_s > 0 and at least one question are required")
    result = LoadResult(users=users, duration_s=duration_s, think_s=think_s)
    lock = threading.Lock()
    ready = threading.Barrier(users + 1)  # every client connected
    go = threading.Barrier(users + 1)  # the clock is set
    stop_at: list[float] = []

    def user(index: int) -> None:
        client = Client(url, verbose=False)
        ready.wait()
        go.wait()
        n = index
        while time.perf_counter() < stop_at[0]:
            question = questions[n % len(questions)]
            n += users
            started = time.perf_counter()
            try:
                answer = client.predict(question, api_name="/ask")
            except Exception as exc:  # noqa: BLE001 - every failure is counted, by type
                with lock:
                    result.errors.append(f"{type(exc).__name__}: {exc}"[:200])
                continue
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                result.latencies_ms.append(elapsed)
                if isinstance(answer, dict) and answer.get("citations"):
                    result.answered_found += 1
            if think_s:
                time.sleep(think_s)

    threads = [threading.Thread(target=user, args=(i,), daemon=True) for i in range(users)]
    for t in threads:
        t.start()
    ready.wait()
    began = time.perf_counter()
    stop_at.append(began + duration_s)
    go.wait()
    for t in threads:
        t.join()
    result.duration_s = time.perf_counter() - began
    return result


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_app(data_dir: Path | None, timeout_s: float = 600) -> tuple[subprocess.Popen[bytes], str]:
    """`python app.py` on a free loopback port; returns once its API answers."""
    import httpx

    port = _free_port()
    env = {**os.environ, "PIAO_APP__HOST": "127.0.0.1", "PIAO_APP__PORT": str(port)}
    if data_dir is not None:
        env["PIAO_DATA_DIR"] = str(data_dir)
    process = subprocess.Popen(
        [sys.executable, str(REPO / "app.py")], cwd=REPO, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the app exited with code {process.returncode}")
        try:
            if httpx.get(url + "gradio_api/info", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    process.kill()
    raise RuntimeError(f"the app did not answer on {url} within {timeout_s:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="a running app (default: start one on loopback)")
    parser.add_argument("--data-dir", type=Path, help="PIAO_DATA_DIR for the started app")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=float, default=120.0, help="seconds")
    parser.add_argument("--think", type=float, default=0.0,
                        help="seconds each user waits after an answer (0 = back-to-back)")
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    args = parser.parse_args()

    questions = load_questions(args.questions)
    load_before = os.getloadavg()[0]  # other work on the machine slows every figure
    process = None
    url = args.url
    if url is None:
        process, url = start_app(args.data_dir)
    try:
        result = run_load(url, questions, args.users, args.duration, args.think)
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
    s = result.summary()
    print(json.dumps(s, indent=2))
    for error in sorted(set(result.errors))[:10]:
        print("error:", error)
    RESULTS.mkdir(parents=True, exist_ok=True)
    table = RESULTS / "load.md"
    if not table.exists():
        table.write_text(
            "| date | load avg before | users | think s | duration s | requests | errors | "
            "answers with sources | req/s | p50 ms | p95 ms | max ms |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
        )
    with table.open("a") as f:
        f.write(
            f"| {time.strftime('%Y-%m-%d %H:%M')} | {load_before:.1f} | {s['users']} | "
            f"{s['think_s']} | "
            f"{s['duration_s']} | "
            f"{s['requests']} | {s['errors']} | {s['answers_with_sources']} | "
            f"{s['throughput_rps']} | {s['p50_ms']} | {s['p95_ms']} | {s['max_ms']} |\n"
        )
    print(f"\nappended to {table}")


if __name__ == "__main__":
    main()
