"""The chat-model interface every backend implements, and the call handling they share.

Every call is logged as one ``llm_call`` line (model, messages, latency, deltas and
the caller's `log_context`, e.g. the chunk ids the prompt contained).
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from assistant.errors import LLMError

log = logging.getLogger("assistant.llm")

CHAT_MODES = ("openai", "ollama", "local-gguf", "llamacpp")
ROLES = ("system", "user", "assistant")

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}, got {self.role!r}")
        if not isinstance(self.content, str):
            raise TypeError(f"content must be str, got {type(self.content).__name__}")


@runtime_checkable
class ChatModel(Protocol):
    """Generates a reply to a conversation, as a stream of text deltas."""

    @property
    def name(self) -> str:
        """Backend and model, e.g. "openai:gpt-4o-mini"; goes into logs and answers."""
        ...

    def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        log_context: Mapping[str, str] | None = None,
    ) -> Iterator[str]:
        """Yield the reply as text deltas; closing the iterator early stops generation."""
        ...

    def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        log_context: Mapping[str, str] | None = None,
    ) -> str:
        """The whole reply (the stream joined)."""
        ...




def _check_call(
    messages: Sequence[ChatMessage], max_tokens: int, temperature: float
) -> list[ChatMessage]:
    msgs = list(messages)
    if not msgs:
        raise ValueError("messages must not be empty")
    for m in msgs:
        if not isinstance(m, ChatMessage):
            raise TypeError(f"messages must be ChatMessage, got {type(m).__name__}")
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be >= 1, got {max_tokens}")
    if temperature < 0:
        raise ValueError(f"temperature must be >= 0, got {temperature}")
    return msgs


def _kv(key: str, value: object) -> str:
    text = str(value)
    # Quote only when needed so that ids stay grep-able: chunk_ids=a1,b2.
    if not text or re.search(r'[\s"=]', text):
        text = json.dumps(text, ensure_ascii=False)
    return f"{key}={text}"


class _ChatBase:
    """Validation, timing and the `llm_call` log line; backends implement `_generate`."""

    name: str

    def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        log_context: Mapping[str, str] | None = None,
    ) -> Iterator[str]:
        # Not a generator itself: bad arguments fail at the call, not at the first next().
        msgs = _check_call(messages, max_tokens, temperature)
        return self._logged(msgs, max_tokens, temperature, dict(log_context or {}))

    def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        log_context: Mapping[str, str] | None = None,
    ) -> str:
        return "".join(
            self.stream(
                messages, max_tokens=max_tokens, temperature=temperature, log_context=log_context
            )
        )

    def _generate(
        self, messages: list[ChatMessage], max_tokens: int, temperature: float
    ) -> Iterator[str]:
        raise NotImplementedError

    def _logged(
        self,
        messages: list[ChatMessage],
        max_tokens: int,
        temperature: float,
        context: dict[str, str],
    ) -> Iterator[str]:
        started = time.perf_counter()
        first_ms: float | None = None
        deltas = chars = 0
        status = "error"
        try:
            for delta in self._generate(messages, max_tokens, temperature):
                if not delta:
                    continue
                if first_ms is None:
                    first_ms = (time.perf_counter() - started) * 1000
                deltas += 1
                chars += len(delta)
                yield delta
            status = "ok"
        except GeneratorExit:
            status = "closed"
            raise
        finally:
            extra = "".join(f" {_kv(k, v)}" for k, v in context.items())
            log.info(
                "llm_call model=%s messages=%d max_tokens=%d status=%s ms=%.0f "
                "first_delta_ms=%s deltas=%d chars=%d%s",
                self.name, len(messages), max_tokens, status,
                (time.perf_counter() - started) * 1000,
                "-" if first_ms is None else f"{first_ms:.0f}", deltas, chars, extra,
            )


# -- LangChain chat models (OpenAI-compatible, Ollama, fakes) ---------------------------


def to_langchain_messages(messages: Sequence[ChatMessage]) -> list[Any]:
    """ChatMessage → LangChain System/Human/AIMessage (LangChain types stay in this module)."""
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[m.role](content=m.content) for m in messages]


def _text_of(content: Any) -> str:
    """Text of a message (chunk) content: a str, or a list of content blocks."""
    if isinstance(content, str):
        return content
    parts: list[str] = []
    for block in content or ():
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict) and block.get("type") == "text":
            parts.append(str(block.get("text", "")))
    return "".join(parts)


class LangChainChat(_ChatBase):
    """Any LangChain chat model (a `BaseChatModel`) behind `ChatModel`.

    Args:
        chat_model: the LangChain model; it receives `max_tokens` and `temperature`
            as call kwargs (subclasses adapt them, see `_call_kwargs`).
        name: the name logged and shown for this model.
        streaming: False asks for the whole reply in one response (for servers or
            proxies that buffer server-sent events) and yields it as one delta.
    """

    def __init__(self, chat_model: Any, name: str, streaming: bool = True) -> None:
        if not name.strip():
            raise ValueError("name must not be empty")
        self._chat_model = chat_model
        self.name = name
        self.streaming = streaming

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    def _call_kwargs(self, max_tokens: int, temperature: float) -> dict[str, Any]:
        return {"max_tokens": max_tokens, "temperature": temperature}

    def _translate_error(self, exc: Exception) -> LLMError | None:
        """The LLMError a library exception means, or None to let it through."""
        return None

    def _generate(
        self, messages: list[ChatMessage], max_tokens: int, temperature: float
    ) -> Iterator[str]:
        lc_messages = to_langchain_messages(messages)
        kwargs = self._call_kwargs(max_tokens, temperature)
        try:
            if self.streaming:
                for chunk in self._chat_model.stream(lc_messages, **kwargs):
                    text = _text_of(chunk.content)
                    if text:
                        yield text
            else:
                yield _text_of(self._chat_model.invoke(lc_messages, **kwargs).content)
        except LLMError:
            raise
        except Exception as exc:
            err = self._translate_error(exc)
            if err is None:
                raise
            raise err from exc
