"""Test doubles for the model-backed layers (never imported by product code)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from assistant.llm import ChatMessage, LangChainChat


class FakeChat(LangChainChat):
    """Scripted replies for tests: streams each reply word by word (LangChain's
    `GenericFakeChatModel`) and records every call's messages in `calls`.

    Raises RuntimeError when asked for more replies than scripted.
    """

    def __init__(self, responses: Sequence[str], name: str = "fake:scripted") -> None:
        from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

        self.responses = list(responses)
        self.calls: list[list[ChatMessage]] = []
        super().__init__(GenericFakeChatModel(messages=iter(self.responses)), name=name)

    def _generate(
        self, messages: list[ChatMessage], max_tokens: int, temperature: float
    ) -> Iterator[str]:
        if len(self.calls) >= len(self.responses):
            raise RuntimeError(f"FakeChat: only {len(self.responses)} scripted replies")
        self.calls.append(list(messages))
        yield from super()._generate(messages, max_tokens, temperature)

