"""Any server speaking the OpenAI chat-completions API (OpenAI, vLLM, llama.cpp
server, LM Studio, Ollama's ``/v1``) via LangChain's ``ChatOpenAI``."""

from __future__ import annotations

import logging

from assistant.errors import LLMError
from assistant.llm.base import LangChainChat

log = logging.getLogger("assistant.llm")


class OpenAICompatibleChat(LangChainChat):
    """A server speaking the OpenAI chat-completions API.

    Args:
        base_url: e.g. "https://api.openai.com/v1", "http://127.0.0.1:8000/v1" (vLLM,
            llama.cpp server, LM Studio), "http://127.0.0.1:11434/v1" (Ollama).
        model: the model name the server expects.
        api_key: sent as a Bearer token, never logged nor shown. None sends a dummy
            key (local servers ignore it); OPENAI_API_KEY is deliberately not read, so
            a real key never goes to a server it was not configured for.
        timeout: seconds per request (and per streamed read).
        max_retries: retries on connection errors and 5xx/429 answers.
        streaming: see `LangChainChat`.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 120,
        max_retries: int = 1,
        streaming: bool = True,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
        if not model.strip():
            raise ValueError("model must not be empty")
        if timeout <= 0:
            raise ValueError(f"timeout must be > 0, got {timeout}")
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:
            raise LLMError(
                "Il supporto per i modelli compatibili con OpenAI non è installato: "
                "eseguire `pip install langchain-openai`.",
                detail=f"langchain-openai is not installed: pip install langchain-openai ({exc})",
            ) from exc
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout = timeout
        self._api_key = api_key
        client = ChatOpenAI(
            model=model,
            base_url=self.base_url,
            api_key=api_key or "not-needed",
            timeout=timeout,
            max_retries=max_retries,
            # Local servers implement chat completions, not OpenAI's Responses API.
            use_responses_api=False,
        )
        super().__init__(client, name=f"openai:{model}", streaming=streaming)

    def __repr__(self) -> str:
        key = "set" if self._api_key else "none"
        return (
            f"OpenAICompatibleChat(base_url={self.base_url!r}, model={self.model!r}, "
            f"api_key={key})"
        )

    def _scrub(self, text: str) -> str:
        return text.replace(self._api_key, "***") if self._api_key else text

    def _translate_error(self, exc: Exception) -> LLMError | None:
        import openai

        detail = self._scrub(f"{type(exc).__name__}: {exc}")
        if isinstance(exc, openai.APIConnectionError):  # includes timeouts
            return LLMError(
                f"Il modello linguistico configurato non risponde ({self.base_url}): "
                "verificare che il server sia avviato e che l'indirizzo sia corretto.",
                detail=f"no answer from {self.base_url}: start the server or fix the "
                f"base URL; {detail}",
            )
        if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
            return LLMError(
                "Il server del modello linguistico ha rifiutato la chiave API: "
                "verificare la chiave configurata.",
                detail=f"API key rejected by {self.base_url}: check the configured key; {detail}",
            )
        if isinstance(exc, openai.NotFoundError):
            return LLMError(
                f"Il modello '{self.model}' non è disponibile sul server {self.base_url}: "
                "verificare il nome del modello configurato.",
                detail=f"model {self.model!r} not found at {self.base_url}; {detail}",
            )
        if isinstance(exc, openai.APIError):
            return LLMError(
                "Il server del modello linguistico ha risposto con un errore: riprovare "
                "più tardi o controllare i log del server.",
                detail=detail,
            )
        return None
