"""Typed assistant errors. Each carries an Italian message for the user.

Code catches the type; the CLI and the UI show `user_message`. `detail` holds the
technical cause for logs (never a secret such as an API key).
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base class for everything that can go wrong in the answering layer."""

    def __init__(self, user_message: str, detail: str = "") -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.user_message} ({self.detail})" if self.detail else self.user_message


class LLMError(AssistantError):
    """The language model cannot be loaded, is not installed, or does not answer."""


class PromptError(AssistantError):
    """A prompt file is missing or was rendered with missing/unknown variables."""


class InvalidQuestionError(AssistantError):
    """A question that cannot be searched: empty, too long, or no words at all."""


class RecordsError(AssistantError):
    """Objective records cannot be exported, imported or read."""


class DraftError(AssistantError):
    """A draft cannot be written: an unusable request, or a model reply that is not a
    valid draft (when no offline fallback is allowed)."""
