"""The verb "servire" in any tense asks what a thing is for: "a cosa servirà", "a che
servono", as "a cosa serve" does."""

from __future__ import annotations

import pytest

from assistant.answering.intent import Intent, classify

pytestmark = pytest.mark.unit


def test_a_future_of_serve_asks_the_purpose() -> None:
    assert Intent.PURPOSE in classify("A cosa servirà il nuovo archivio digitale?").intents
    assert Intent.PURPOSE in classify("A che servono le sessioni formative?").intents
