"""The draft prompt through the real bundled model (SmolLM2-135M-Instruct, GGUF run by
transformers). A 135M model is held only to plumbing: whatever it writes, the result
is a validated draft, the offline draft with a warning, or a typed Italian error."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.drafting import Draft, DraftRequest, LLMDrafter
from assistant.errors import DraftError
from assistant.llm import LocalGGUFChat, bundled_smollm2_path
from tests.fakes import FakeChat
from tests.unit.test_draft import INTENT, assert_complete, drafter

pytestmark = [pytest.mark.integration, pytest.mark.slow]

MAX_TOKENS = 48  # plumbing only: a truncated reply must be handled like any bad one


@pytest.fixture(scope="module")
def local_model() -> Iterator[LocalGGUFChat]:
    with pytest.MonkeyPatch.context() as mp:  # module fixtures start before the env guard
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        model = LocalGGUFChat(bundled_smollm2_path())
        model.load()
        yield model


class Recorder:
    """The real model, its replies kept (so that one generation serves two checks)."""

    def __init__(self, chat: LocalGGUFChat) -> None:
        self.chat = chat
        self.name = chat.name
        self.replies: list[str] = []

    def stream(self, messages, **kwargs):
        return iter([self.complete(messages, **kwargs)])

    def complete(self, messages, **kwargs) -> str:
        reply = self.chat.complete(messages, **kwargs)
        self.replies.append(reply)
        return reply


def test_local_model_draft_is_validated_or_falls_back(local_model: LocalGGUFChat) -> None:
    request = DraftRequest.build(INTENT, ente="Comune di Cremosano", periodo="2026-2028")
    recorder = Recorder(local_model)
    lenient = LLMDrafter(drafter(), recorder, fallback=True, max_tokens=MAX_TOKENS, precedent_chars=400)
    d = lenient.draft(request)
    (reply,) = recorder.replies
    assert isinstance(d, Draft)
    assert_complete(d)
    assert d.record.ente == "Comune di Cremosano" and d.record.periodo == "2026-2028"
    if d.mode == "offline":
        assert d.warnings and "bozza composta offline" in d.warnings[0]
    else:
        assert d.mode == f"llm:{local_model.name}" and d.record.titolo

    # the same reply without a fallback: the same draft, or a typed Italian error
    strict = LLMDrafter(drafter(), FakeChat([reply], name=local_model.name), fallback=False)
    try:
        again = strict.draft(request)
    except DraftError as exc:
        assert d.mode == "offline"
        assert exc.user_message.startswith("Il modello linguistico non ha prodotto una bozza valida")
    else:
        assert again.mode == d.mode and again.record == d.record
