"""Chat models behind one small interface (`ChatModel`), built by mode with
`make_chat_model`: ``openai`` (any OpenAI-compatible server), ``ollama``,
``local-gguf`` (transformers; the bundled SmolLM2 by default) and ``llamacpp``.
Mode ``extractive`` (no language model) is the caller's business, not this package's.
"""

from assistant.llm.base import CHAT_MODES, ChatMessage, ChatModel, LangChainChat
from assistant.llm.factory import make_chat_model
from assistant.llm.gguf import LlamaCppChat, LocalGGUFChat, bundled_smollm2_path
from assistant.llm.ollama import OllamaChat
from assistant.llm.openai import OpenAICompatibleChat

__all__ = [
    "CHAT_MODES",
    "ChatMessage",
    "ChatModel",
    "LangChainChat",
    "LlamaCppChat",
    "LocalGGUFChat",
    "OllamaChat",
    "OpenAICompatibleChat",
    "bundled_smollm2_path",
    "make_chat_model",
]
