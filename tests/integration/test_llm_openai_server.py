"""OpenAICompatibleChat against a real OpenAI-compatible server on loopback.

The server is written here (stdlib `http.server` in a thread) and answers
`POST /v1/chat/completions`, streaming (server-sent events in OpenAI's chunk format)
and not, with the real bundled SmolLM2 model (LocalGGUFChat) behind it: real model,
real HTTP, real OpenAI client, nothing faked.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from assistant.errors import LLMError
from assistant.llm import ChatMessage, LocalGGUFChat, OpenAICompatibleChat, bundled_smollm2_path

pytestmark = [pytest.mark.integration, pytest.mark.slow]

MODEL_ID = "smollm2-135m"
API_KEY = "sk-loopback-test-key-4242"
MESSAGES = [
    ChatMessage("system", "Rispondi in italiano, in una frase."),
    ChatMessage("user", "Che cosa contiene il piano integrato di un comune?"),
]


@dataclass
class OpenAIServer:
    """A minimal OpenAI chat-completions server in front of a ChatModel."""

    model: LocalGGUFChat
    requests: list[dict[str, Any]] = field(default_factory=list)
    base_url: str = ""

    def handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep pytest output clean

            def _json(self, status: int, payload: dict[str, Any]) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _error(self, status: int, message: str, code: str) -> None:
                self._json(status, {"error": {"message": message, "type": code, "code": code}})

            def do_POST(self) -> None:
                if self.path != "/v1/chat/completions":
                    return self._error(404, f"no route {self.path}", "not_found")
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(
                    {"authorization": self.headers.get("Authorization"), "body": body}
                )
                if self.headers.get("Authorization") != f"Bearer {API_KEY}":
                    return self._error(401, "Incorrect API key provided", "invalid_api_key")
                if body.get("model") != MODEL_ID:
                    return self._error(
                        404, f"The model {body.get('model')!r} does not exist", "model_not_found"
                    )
                messages = [ChatMessage(m["role"], m["content"]) for m in body["messages"]]
                max_tokens = body.get("max_completion_tokens") or body.get("max_tokens") or 64
                temperature = float(body.get("temperature") or 0.0)
                deltas = server.model.stream(
                    messages, max_tokens=max_tokens, temperature=temperature
                )
                if body.get("stream"):
                    self._stream(deltas)
                else:
                    self._complete("".join(deltas))

            def _chunk(self, cid: str, delta: dict[str, str], finish: str | None) -> bytes:
                payload = {
                    "id": cid, "object": "chat.completion.chunk", "created": int(time.time()),
                    "model": MODEL_ID,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }
                return f"data: {json.dumps(payload)}\n\n".encode()

            def _stream(self, deltas: Iterator[str]) -> None:
                cid = f"chatcmpl-{uuid.uuid4().hex}"
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()  # HTTP/1.0: the body ends when the connection closes
                self.wfile.write(self._chunk(cid, {"role": "assistant", "content": ""}, None))
                for text in deltas:
                    self.wfile.write(self._chunk(cid, {"content": text}, None))
                    self.wfile.flush()
                self.wfile.write(self._chunk(cid, {}, "stop"))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

            def _complete(self, text: str) -> None:
                self._json(200, {
                    "id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion",
                    "created": int(time.time()), "model": MODEL_ID,
                    "choices": [{
                        "index": 0, "finish_reason": "stop",
                        "message": {"role": "assistant", "content": text},
                    }],
                    "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                })

        return Handler


@pytest.fixture(scope="module")
def openai_server() -> Iterator[OpenAIServer]:
    with pytest.MonkeyPatch.context() as mp:
        # Module fixtures start before the function-scoped env guard: stay offline here too.
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        model = LocalGGUFChat(bundled_smollm2_path())
        model.load()  # shared with test_llm_local.py when both run in one session
    server = OpenAIServer(model)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), server.handler())
    server.base_url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, name="openai-test-server", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def client(server: OpenAIServer, **kwargs: Any) -> OpenAICompatibleChat:
    options: dict[str, Any] = {"api_key": API_KEY, "timeout": 60, "max_retries": 0}
    options.update(kwargs)
    return OpenAICompatibleChat(server.base_url, options.pop("model", MODEL_ID), **options)


def test_streaming_and_complete_through_http(
    openai_server: OpenAIServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: the key must not show up anywhere
    chat = client(openai_server)
    openai_server.requests.clear()

    deltas = list(chat.stream(MESSAGES, max_tokens=16, log_context={"chunk_ids": "c9"}))
    assert len(deltas) >= 2, deltas  # several SSE chunks arrived as several deltas
    streamed = "".join(deltas)
    assert streamed.strip()

    # Greedy decoding: the non-streaming request returns the same text in one piece.
    whole = client(openai_server, streaming=False)
    assert list(whole.stream(MESSAGES, max_tokens=16)) == [streamed]

    first, second = openai_server.requests
    assert first["body"]["stream"] is True and not second["body"].get("stream")
    for request in (first, second):
        body = request["body"]
        assert body["model"] == MODEL_ID and body["temperature"] == 0.0
        assert (body.get("max_completion_tokens") or body.get("max_tokens")) == 16
        assert [m["role"] for m in body["messages"]] == ["system", "user"]
        assert body["messages"][1]["content"] == MESSAGES[1].content
        assert request["authorization"] == f"Bearer {API_KEY}"  # sent, but never logged:
    assert API_KEY not in caplog.text and API_KEY not in repr(chat)
    assert "model=openai:smollm2-135m" in caplog.text and "chunk_ids=c9" in caplog.text


def test_complete_joins_the_stream(openai_server: OpenAIServer) -> None:
    text = client(openai_server).complete(MESSAGES[1:], max_tokens=8)
    assert isinstance(text, str) and text.strip()


def test_unknown_model_is_an_llm_error(openai_server: OpenAIServer) -> None:
    with pytest.raises(LLMError, match="non è disponibile sul server"):
        client(openai_server, model="gpt-4o-mini").complete(MESSAGES, max_tokens=8)


def test_rejected_key_is_an_llm_error_without_the_key(openai_server: OpenAIServer) -> None:
    wrong = "sk-wrong-key-000111222"
    with pytest.raises(LLMError, match="chiave API") as info:
        client(openai_server, api_key=wrong).complete(MESSAGES, max_tokens=8)
    assert wrong not in str(info.value) and wrong not in repr(info.value)


def test_piao_ask_streams_a_verified_answer_from_the_server(
    openai_server: OpenAIServer, tmp_path, samples_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole product path in LLM mode: CLI → retrieval → prompt → HTTP → stream."""
    from click.testing import CliRunner

    import cli

    monkeypatch.setenv("PIAO_DATA_DIR", str(tmp_path / "data"))
    runner = CliRunner()
    doc = samples_dir / "cremosano_piao-2026-2028_valore-pubblico.txt"
    assert runner.invoke(cli.main, ["ingest", "--lexical-only", str(doc)]).exit_code == 0
    for key, value in {"MODE": "openai", "BASE_URL": openai_server.base_url, "MODEL": MODEL_ID,
                       "API_KEY": API_KEY, "TOP_K": "2", "PASSAGE_CHARS": "300",
                       "MAX_TOKENS": "24"}.items():
        monkeypatch.setenv(f"PIAO_LLM__{key}", value)
    openai_server.requests.clear()

    result = runner.invoke(cli.main, ["ask", "Quali sono le priorità strategiche di Cremosano?"])
    assert result.exit_code == 0, result.output
    [request] = openai_server.requests
    assert request["body"]["stream"] is True
    user = request["body"]["messages"][1]["content"]
    assert "=== INIZIO CONTESTO ===" in user and "[1] cremosano_piao-2026-2028" in user
    assert "[2] cremosano_piao-2026-2028" in user and "[3]" not in user
    assert API_KEY not in result.output
    # either verified sources or the not-grounded warning, never unverified sources
    assert ("Fonti:" in result.output) != ("Attenzione: Risposta non verificata" in result.output)


def test_piao_ask_answers_offline_when_the_server_is_down(
    tmp_path, samples_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    import cli

    monkeypatch.setenv("PIAO_DATA_DIR", str(tmp_path / "data"))
    runner = CliRunner()
    doc = samples_dir / "cremosano_piao-2026-2028_valore-pubblico.txt"
    assert runner.invoke(cli.main, ["ingest", "--lexical-only", str(doc)]).exit_code == 0
    question = ["ask", "--json", "Quante sono le priorità strategiche di Cremosano?"]
    offline = json.loads(runner.invoke(cli.main, question).output)
    monkeypatch.setenv("PIAO_LLM__MODE", "openai")
    monkeypatch.setenv("PIAO_LLM__BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens
    monkeypatch.setenv("PIAO_LLM__MODEL", MODEL_ID)
    monkeypatch.setenv("PIAO_LLM__TIMEOUT", "5")
    result = runner.invoke(cli.main, question)
    assert result.exit_code == 0, result.output
    fallback = json.loads(result.output)
    assert fallback["warning"].startswith("Il modello linguistico non ha risposto")
    assert fallback["answer"] == offline["answer"] and fallback["citations"] == offline["citations"]
    assert offline["mode"] == "extractive" and not offline["warning"]
