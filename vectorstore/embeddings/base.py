"""The embedder interface and the factory that builds one by mode."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

log = logging.getLogger("vectorstore.embeddings")

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
            from vectorstore.embeddings.e5 import E5BundledEmbedder

            return E5BundledEmbedder(**options)
        case "sentence-transformers":
            from vectorstore.embeddings.sbert import SentenceTransformerEmbedder

            return SentenceTransformerEmbedder(**options)
        case "openai":
            from vectorstore.embeddings.openai import OpenAICompatibleEmbedder

            return OpenAICompatibleEmbedder(**options)
        case _:
            raise ValueError(
                f"unknown embedding mode {mode!r}; valid modes: {', '.join(EMBEDDING_MODES)}"
            )


def batches(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def normalized_rows(matrix: np.ndarray) -> list[list[float]]:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.maximum(norms, 1e-12)).tolist()
