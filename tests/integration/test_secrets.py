"""API keys are used but never shown: not in settings reprs or dumps, not in logs
(every logger at DEBUG, httpx/openai/langchain included), not in CLI output, not in
error messages, even when the server echoes the key back.

The server is a real OpenAI-compatible HTTP server on loopback (stdlib, in a thread)
answering /v1/embeddings (model-free hashed vectors) and /v1/chat/completions (a
fixed, quoted answer, streamed or not); it records the Authorization headers, which
proves the keys were actually sent.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from settings import load_settings
from tests.conftest import REPO_ROOT, SAMPLES_DIR
from vectorstore.embeddings import HashingEmbedder

pytestmark = pytest.mark.integration

EMBED_KEY = "sk-embed-SECRET-1111-do-not-show"
LLM_KEY = "sk-llm-SECRET-2222-do-not-show"
SECRETS = (EMBED_KEY, LLM_KEY, "SECRET-1111", "SECRET-2222")
SAMPLE = "cremosano_piao-2026-2028_valore-pubblico.txt"


class LoopbackOpenAI:
    def __init__(self) -> None:
        self.auth: list[str | None] = []
        self.reject = False  # answer 401 and echo the key, like api.openai.com does
        self._embedder = HashingEmbedder(384)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _json(self, status: int, payload: dict[str, Any]) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                auth = self.headers.get("Authorization")
                server.auth.append(auth)
                if server.reject:
                    key = (auth or "").removeprefix("Bearer ")
                    return self._json(401, {"error": {
                        "message": f"Incorrect API key provided: {key}.",
                        "type": "invalid_request_error", "code": "invalid_api_key"}})
                if self.path == "/v1/embeddings":
                    vectors = server._embedder.embed_documents(body["input"])
                    return self._json(200, {"object": "list", "model": body["model"], "data": [
                        {"object": "embedding", "index": i, "embedding": v}
                        for i, v in enumerate(vectors)]})
                if self.path == "/v1/chat/completions":
                    return self._chat(body)
                return self._json(404, {"error": {"message": "no route", "code": "not_found"}})

            def _chat(self, body: dict[str, Any]) -> None:
                text = "Secondo il documento [1], gli obiettivi sono indicati nel piano."
                if not body.get("stream"):
                    return self._json(200, {
                        "id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion",
                        "created": int(time.time()), "model": body["model"],
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": text}}]})
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for delta, finish in (({"role": "assistant", "content": text}, None), ({}, "stop")):
                    chunk = {"id": "chatcmpl-1", "object": "chat.completion.chunk",
                             "created": int(time.time()), "model": body["model"],
                             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

        return Handler

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[LoopbackOpenAI]:
    s = LoopbackOpenAI()
    try:
        yield s
    finally:
        s.close()


def secret_env(server: LoopbackOpenAI, data_dir: Path) -> dict[str, str]:
    return {
        "PIAO_DATA_DIR": str(data_dir),
        "PIAO_EMBEDDING__MODE": "openai",
        "PIAO_EMBEDDING__BASE_URL": server.base_url,
        "PIAO_EMBEDDING__MODEL": "hashing-384",
        "PIAO_EMBEDDING__API_KEY": EMBED_KEY,
        "PIAO_LLM__MODE": "openai",
        "PIAO_LLM__BASE_URL": server.base_url,
        "PIAO_LLM__MODEL": "loopback-chat",
        "PIAO_LLM__API_KEY": LLM_KEY,
    }


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_settings_never_show_the_keys(
    server: LoopbackOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in secret_env(server, tmp_path).items():
        monkeypatch.setenv(key, value)
    settings = load_settings()
    assert settings.embedding.api_key is not None
    assert settings.embedding.api_key.get_secret_value() == EMBED_KEY  # read, just hidden
    assert settings.llm.api_key is not None
    for shown in (repr(settings), str(settings), settings.model_dump_json(),
                  repr(settings.model_dump()), repr(settings.embedding), repr(settings.llm)):
        assert_no_secret(shown)


def test_no_key_in_logs_during_real_http_calls(
    server: LoopbackOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from services import build_answerer, build_library

    for key, value in secret_env(server, tmp_path / "data").items():
        monkeypatch.setenv(key, value)
    caplog.set_level(logging.DEBUG)  # every logger, third-party ones included
    settings = load_settings()
    library = build_library(settings)
    report = library.ingest([SAMPLES_DIR / SAMPLE])
    assert not report.failures and report.dense.embedded > 0
    answerer = build_answerer(settings, library)
    streamed = list(answerer.stream("Quali sono le priorità strategiche di Cremosano?"))
    answer = streamed[-1]
    assert f"Bearer {EMBED_KEY}" in server.auth and f"Bearer {LLM_KEY}" in server.auth
    assert_no_secret(caplog.text)
    assert_no_secret(repr(library.indexer.embedder) + repr(answerer) + repr(answer))

    # A server that echoes the rejected key: the errors and their logs must not.
    server.reject = True
    caplog.clear()
    from assistant.errors import AssistantError
    from vectorstore.errors import VectorStoreError

    errors: list[str] = []
    try:
        library.search("obiettivi", 3)  # embeds the query: 401
    except VectorStoreError as exc:
        errors += [exc.user_message, str(exc), repr(exc), exc.detail]
    answerer = build_answerer(settings.model_copy(update={"llm": settings.llm.model_copy(
        update={"fallback_extractive": False})}), library)
    try:
        answerer.answer("Quali sono le priorità strategiche di Cremosano?")
    except (AssistantError, VectorStoreError) as exc:
        errors += [exc.user_message, str(exc), repr(exc), getattr(exc, "detail", "")]
    assert errors, "the rejected key was not reported"
    assert_no_secret("\n".join(errors))
    assert_no_secret(caplog.text)


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import cli; cli.main()", "-v", *args],
        cwd=REPO_ROOT, env=os.environ | env | {"ANONYMIZED_TELEMETRY": "False"},
        capture_output=True, text=True, timeout=600,
    )


def test_cli_output_never_shows_the_keys(server: LoopbackOpenAI, tmp_path: Path) -> None:
    env = secret_env(server, tmp_path / "data")
    outputs = []
    for args in (("ingest", str(SAMPLES_DIR / SAMPLE)), ("ask", "Quali priorità ha Cremosano?"),
                 ("docs", "list"), ("index", "status")):
        done = run_cli(env, *args)
        assert done.returncode == 0, done.stderr[-2000:]
        outputs.append(done.stdout + done.stderr)
    server.reject = True
    done = run_cli(env, "search", "obiettivi strategici")
    outputs.append(done.stdout + done.stderr)
    assert "chiave" in done.stdout + done.stderr  # the user is told the key was refused
    assert f"Bearer {EMBED_KEY}" in server.auth and f"Bearer {LLM_KEY}" in server.auth
    assert_no_secret("\n".join(outputs))
