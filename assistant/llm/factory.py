"""`make_chat_model`: the backend for a configured mode.

Each backend imports its library only when built, and fails with an `LLMError`
that says what to install or start.
"""

from __future__ import annotations

from typing import Any

from assistant.llm.base import CHAT_MODES, ChatModel


def make_chat_model(mode: str, **options: Any) -> ChatModel:
    """Build the chat model for `mode`; `options` are the backend's constructor arguments.

    Raises:
        ValueError: unknown mode (or "extractive", which needs no chat model).
        LLMError: the backend's library or model file is missing.
    """
    match mode:
        case "openai":
            from assistant.llm.openai import OpenAICompatibleChat

            return OpenAICompatibleChat(**options)
        case "ollama":
            from assistant.llm.ollama import OllamaChat

            return OllamaChat(**options)
        case "local-gguf":
            from assistant.llm.gguf import LocalGGUFChat

            return LocalGGUFChat(**options)
        case "llamacpp":
            from assistant.llm.gguf import LlamaCppChat

            return LlamaCppChat(**options)
        case "extractive":
            raise ValueError(
                "llm mode 'extractive' uses no language model: answer extractively "
                f"instead of calling make_chat_model; model modes: {', '.join(CHAT_MODES)}"
            )
        case _:
            raise ValueError(f"unknown llm mode {mode!r}; valid modes: {', '.join(CHAT_MODES)}")


# -- shared call handling --------------------------------------------------------------
