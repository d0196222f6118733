"""Typed vector-store errors. Each carries an Italian message for the user.

Code catches the type; the CLI and the UI show `user_message`.
"""

from __future__ import annotations


class VectorStoreError(Exception):
    """Base class for everything that can go wrong below the assistant."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class StoreUnavailableError(VectorStoreError):
    """The Chroma server (or the embedded store) cannot be reached or opened."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"Il database vettoriale non è raggiungibile: {detail}")
        self.detail = detail


class IncompatibleIndexError(VectorStoreError):
    """The index was built with another embedder/dimension, or is corrupted."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "L'indice esistente è stato creato con un altro modello di embedding "
            "o è danneggiato: ricostruiscilo con `piao index rebuild`."
        )
        self.detail = detail

    def __str__(self) -> str:
        # Logs need the technical cause; the user only sees `user_message`.
        return f"{self.user_message} ({self.detail})" if self.detail else self.user_message


class EmbeddingModelError(VectorStoreError):
    """The embedding model cannot be loaded, or its service does not answer."""

    def __init__(self, user_message: str, detail: str = "") -> None:
        super().__init__(user_message)
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.user_message} ({self.detail})" if self.detail else self.user_message
