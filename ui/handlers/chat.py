"""The Chat tab: one answer as data (`ask`, the API endpoint) or streamed (`chat`),
filters over what is indexed, follow-ups from the conversation."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.answering import Answer
from services import answer_dict, check_question, make_filters, turns
from ui import render
from ui.state import AppContext


@dataclass(frozen=True)
class FilterChoices:
    enti: list[str]
    documenti: list[tuple[str, str]]  # (label, doc_id)
    periodi: list[str]


def filter_choices(ctx: AppContext) -> FilterChoices:
    """What the chat filters offer: the enti, documents and periods that are indexed."""
    docs = ctx.library.documents()
    enti = sorted({d.meta.ente for d in docs if d.meta.ente})
    periodi = sorted({d.meta.periodo for d in docs if d.meta.periodo})
    documenti = sorted(
        ((f"{d.meta.title} ({d.meta.doc_id})", d.meta.doc_id) for d in docs),
        key=lambda pair: pair[0].casefold(),
    )
    return FilterChoices(enti, documenti, periodi)


def _titles(ctx: AppContext) -> dict[str, str]:
    return {d.meta.doc_id: d.meta.title for d in ctx.library.documents()}


def ask(
    ctx: AppContext,
    question: str,
    enti: Sequence[str] | None = None,
    documenti: Sequence[str] | None = None,
    periodi: Sequence[str] | None = None,
    history: Sequence[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One answer with its citations, as data.

    Args:
        history: previous turns as {"question": ..., "answer": ...}, oldest first,
            so that follow-ups ("e quali sono le fasi?") can be resolved.

    Raises:
        InvalidQuestionError: empty, or longer than the configured limit.
    """
    question = check_question(question, ctx.settings)
    with ctx.dense.priority():
        ans = ctx.answerer.answer(question, make_filters(enti, documenti, periodi), turns(history))
    return answer_dict(ans)


@dataclass
class ChatUpdate:
    """One step of a chat reply: what the chat shows, the conversation, the copy text."""

    messages: list[dict[str, str]]
    conversation: list[dict[str, Any]]
    copy_text: str = ""
    done: bool = False


def chat_messages(conversation: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    """The chat component's messages for a conversation."""
    messages: list[dict[str, str]] = []
    for turn in conversation:
        messages.append({"role": "user", "content": turn["question"]})
        messages.append({"role": "assistant", "content": turn["html"]})
    return messages


def chat(
    ctx: AppContext,
    question: str,
    enti: Sequence[str] | None,
    documenti: Sequence[str] | None,
    periodi: Sequence[str] | None,
    conversation: Sequence[dict[str, Any]] | None,
) -> Iterator[ChatUpdate]:
    """A streamed reply: updates while the text is produced, then the final answer.

    `conversation` holds the previous turns ({"question", "answer", "html"}); it is
    not modified: the last update carries the new one.

    Raises:
        InvalidQuestionError: before anything is yielded.
    """
    question = check_question(question, ctx.settings)
    previous = list(conversation or [])
    shown = chat_messages(previous) + [{"role": "user", "content": question}]
    titles = _titles(ctx)
    streamed = ""
    final: Answer | None = None
    with ctx.dense.priority():
        for event in ctx.answerer.stream(
            question, make_filters(enti, documenti, periodi), turns(previous)
        ):
            if isinstance(event, Answer):
                final = event
                break
            streamed += event
            yield ChatUpdate(
                shown + [{"role": "assistant", "content": render.streaming_html(streamed)}],
                previous,
            )
    if final is None:  # the Answerer protocol ends every stream with the Answer
        raise RuntimeError("answerer stream ended without an Answer")
    reply = render.answer_html(final, titles) + render.query_note(question, final)
    turn = {"question": question, "answer": final.text, "html": reply, "found": final.found}
    updated = previous + [turn]
    yield ChatUpdate(
        chat_messages(updated), updated, render.answer_plain_text(final, titles), done=True
    )


def answering_mode(ctx: AppContext) -> str:
    return ctx.answerer.label
