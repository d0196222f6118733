"""Ollama's native API via LangChain's ``ChatOllama``."""

from __future__ import annotations

import logging
from typing import Any

from assistant.errors import LLMError
from assistant.llm.base import LangChainChat

log = logging.getLogger("assistant.llm")


class OllamaChat(LangChainChat):
    """A model served by Ollama's native API.

    Args:
        model: an Ollama model tag, e.g. "llama3.2:3b" (must be pulled first).
        base_url: where `ollama serve` listens.
        timeout: seconds per request.
        num_ctx: context window in tokens; None keeps the model's default (often
            2048, too small for many passages).
    """

    def __init__(
        self,
        model: str,
        base_url: str = "http://127.0.0.1:11434",
        timeout: float = 120,
        num_ctx: int | None = None,
        streaming: bool = True,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
        if not model.strip():
            raise ValueError("model must not be empty")
        if timeout <= 0:
            raise ValueError(f"timeout must be > 0, got {timeout}")
        if num_ctx is not None and num_ctx < 256:
            raise ValueError(f"num_ctx must be >= 256, got {num_ctx}")
        try:
            from langchain_ollama import ChatOllama
        except ImportError as exc:
            raise LLMError(
                "Il supporto per Ollama non è installato: eseguire `pip install langchain-ollama`.",
                detail=f"langchain-ollama is not installed: pip install langchain-ollama ({exc})",
            ) from exc
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.num_ctx = num_ctx
        client = ChatOllama(model=model, base_url=self.base_url, client_kwargs={"timeout": timeout})
        super().__init__(client, name=f"ollama:{model}", streaming=streaming)

    def __repr__(self) -> str:
        return f"OllamaChat(base_url={self.base_url!r}, model={self.model!r})"

    def _call_kwargs(self, max_tokens: int, temperature: float) -> dict[str, Any]:
        # ChatOllama takes per-call settings only as a complete `options` dict.
        options: dict[str, Any] = {"num_predict": max_tokens, "temperature": temperature}
        if self.num_ctx is not None:
            options["num_ctx"] = self.num_ctx
        return {"options": options}

    def _translate_error(self, exc: Exception) -> LLMError | None:
        import httpx

        detail = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, (httpx.TransportError, ConnectionError)):
            return LLMError(
                f"Il modello linguistico configurato non risponde ({self.base_url}): "
                "verificare che Ollama sia avviato (`ollama serve`).",
                detail=f"no answer from Ollama at {self.base_url}: run `ollama serve`; {detail}",
            )
        try:
            from ollama import ResponseError
        except ImportError:  # pragma: no cover - langchain-ollama depends on ollama
            return None
        if isinstance(exc, ResponseError):
            if exc.status_code == 404:
                return LLMError(
                    f"Il modello '{self.model}' non è presente in Ollama: "
                    f"scaricarlo con `ollama pull {self.model}`.",
                    detail=f"model {self.model!r} not pulled: ollama pull {self.model}; {detail}",
                )
            return LLMError(
                "Ollama ha risposto con un errore: controllare i log di Ollama.", detail=detail
            )
        return None
