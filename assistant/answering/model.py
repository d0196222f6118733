"""What every answerer returns, and the protocol the CLI and the app ask questions to."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from assistant.answering.conversation import Turn
from assistant.citations import Citation
from ingest.models import Chunk
from vectorstore.search import SearchFilters

NOT_FOUND = "Non ho trovato questa informazione nei documenti caricati."
MAX_ANSWER_CHARS = 600
# A list may need more room than a statement (every item shown); past about 800
# characters a reply reads as a dump of passages, not an answer.
LIST_ANSWER_CHARS = 780


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    text: str
    citations: list[Citation]  # verified only: each quote occurs in a retrieved passage
    passages: list[Chunk]
    found: bool  # grounded: the documents support it (at least one verified citation)
    mode: str = "extractive"
    query: str = ""  # the standalone question actually searched (follow-ups resolved)
    # Shown to the user next to an answer that is not grounded (e.g. an LLM reply whose
    # citations could not be verified); empty otherwise.
    warning: str = ""


@runtime_checkable
class Answerer(Protocol):
    """What the CLI and the app ask questions to (extractive or LLM-backed)."""

    @property
    def label(self) -> str:
        """The answering mode in use, for users (Italian)."""
        ...

    def answer(
        self, question: str, filters: SearchFilters | None = None, history: Sequence[Turn] = ()
    ) -> Answer: ...

    def stream(
        self, question: str, filters: SearchFilters | None = None, history: Sequence[Turn] = ()
    ) -> Iterator[str | Answer]:
        """Text deltas as they are produced, then the final (verified) `Answer`.

        The final answer's text is authoritative: it may differ from the joined deltas
        (unverifiable citation marks removed).
        """
        ...
