"""Typed ingestion errors. Each carries an Italian message for the user.

Code catches the type; the CLI and the UI show `user_message`.
"""

from __future__ import annotations


class IngestError(Exception):
    """Base class: a file could not be ingested. Other files go on."""

    def __init__(self, file_name: str, user_message: str) -> None:
        super().__init__(f"{file_name}: {user_message}")
        self.file_name = file_name
        self.user_message = user_message


class UnsupportedFormatError(IngestError):
    pass


class EmptyDocumentError(IngestError):
    pass


class FileTooLargeError(IngestError):
    pass


class CorruptFileError(IngestError):
    pass


class EncryptedPdfError(IngestError):
    pass


class NoTextLayerError(IngestError):
    """A scanned PDF: the pages are images, OCR is needed."""
