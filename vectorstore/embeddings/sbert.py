"""``sentence-transformers``: any local (or cached) sentence-transformers model,
by Hugging Face name or path."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from vectorstore.embeddings.base import E5_PREFIXES
from vectorstore.errors import EmbeddingModelError

log = logging.getLogger("vectorstore.embeddings")

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
