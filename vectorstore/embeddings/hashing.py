"""Feature hashing: a model-free stand-in for scale benchmarks (labelled, not a
selectable mode)."""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Sequence

import numpy as np

from vectorstore.embeddings.base import normalized_rows
from vectorstore.embeddings.e5 import E5_DIM

log = logging.getLogger("vectorstore.embeddings")

_HASH_WORD = re.compile(r"\w+")


class HashingEmbedder:
    """Deterministic vectors from hashed words and word pairs: no model, no download.

    NOT a semantic embedder: two texts are close only if they share words. It exists
    for tests and scale benchmarks, where the index and search machinery must run on
    hundreds of thousands of chunks that no real model could embed on a small
    machine in reasonable time. It is deliberately not selectable in the settings.
    """

    def __init__(self, dim: int = E5_DIM) -> None:
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
        return normalized_rows(np.stack([self._vector(t) for t in texts]))

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]
