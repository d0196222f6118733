"""Answers written by a language model from numbered passages, then verified.

The model sees the retrieved passages numbered [1]..[n] (`prompts/answer.md`) and cites
them as [n]. Its reply is streamed as it comes; the final `Answer` is rebuilt from it:
every [n] becomes a citation of passage n with a verbatim quote (the passage line that
best matches the sentence carrying the mark), citations are verified like extractive
ones, marks that point nowhere are removed, and a reply with no verified citation is
returned as not grounded, with a warning. If the model fails (server down, timeout),
the extractive answer is returned instead, with a warning saying so.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence

from assistant.answering.conversation import Resolved, Turn, resolve
from assistant.answering.frame import Frame
from assistant.answering.model import NOT_FOUND, Answer
from assistant.answering.pipeline import ExtractiveAnswerer
from assistant.answering.questions import MAX_QUESTION_CHARS, check_question
from assistant.answering.retrieve import RetrievalResult, Retriever
from assistant.answering.select import Scored
from assistant.citations import Citation, cite, quote_occurs, verify
from assistant.errors import LLMError
from assistant.llm import ChatModel
from assistant.prompts import render_messages
from ingest.models import Chunk
from vectorstore.analysis import ItalianAnalyzer
from vectorstore.search import SearchFilters

log = logging.getLogger(__name__)

_MARK = re.compile(r"\[\s*(\d{1,2}(?:\s*[,;]\s*\d{1,2})*)\s*\]")
_QUOTED = re.compile(r"[«“\"]([^»”\"]{12,240})[»”\"]")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
UNGROUNDED = (
    "Risposta non verificata: nessuna delle fonti citate dal modello corrisponde ai "
    "passaggi trovati nei documenti. Controllare i passaggi più vicini."
)
FALLBACK = "Il modello linguistico non ha risposto ({reason}): risposta offline dai documenti."
_HISTORY_TURNS = 3


class LLMAnswerer:
    """Retrieve, ask the model with numbered passages, verify what it cites.

    Args:
        retriever: the question-aware retriever.
        chat: any `ChatModel` backend.
        fallback: answers when the model fails; None re-raises the model's error.
        top_k: passages put in the prompt.
        passage_chars: each passage's text is cut to this many characters (small
            local models have small context windows).
        max_tokens: reply budget.
        pipeline: the offline answerer whose frame and selected candidates are given
            to the model as evidence (default: `fallback`, if extractive; none: no
            evidence block).
    """

    def __init__(
        self,
        retriever: Retriever,
        chat: ChatModel,
        fallback: ExtractiveAnswerer | None = None,
        top_k: int = 6,
        passage_chars: int = 1200,
        max_tokens: int = 400,
        temperature: float = 0.0,
        analyzer: ItalianAnalyzer | None = None,
        max_question_chars: int = MAX_QUESTION_CHARS,
        pipeline: ExtractiveAnswerer | None = None,
    ) -> None:
        if top_k < 1 or top_k > 20:
            raise ValueError(f"top_k must be in 1..20, got {top_k}")
        if passage_chars < 100:
            raise ValueError(f"passage_chars must be >= 100, got {passage_chars}")
        if max_tokens < 1:
            raise ValueError(f"max_tokens must be >= 1, got {max_tokens}")
        self.retriever = retriever
        self.chat = chat
        self.fallback = fallback
        # the offline pipeline's frame and selection feed the prompt (evidence)
        self.pipeline = pipeline if pipeline is not None else (
            fallback if isinstance(fallback, ExtractiveAnswerer) else None)
        self.top_k = top_k
        self.passage_chars = passage_chars
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.analyzer = analyzer or ItalianAnalyzer()
        self.max_question_chars = max_question_chars

    @property
    def label(self) -> str:
        return f"modello linguistico: {self.chat.name}"

    @property
    def mode(self) -> str:
        return f"llm:{self.chat.name}"

    def answer(
        self, question: str, filters: SearchFilters | None = None, history: Sequence[Turn] = ()
    ) -> Answer:
        final: Answer | None = None
        for event in self.stream(question, filters, history):
            if isinstance(event, Answer):
                final = event
        assert final is not None  # stream always ends with an Answer
        return final

    def stream(
        self, question: str, filters: SearchFilters | None = None, history: Sequence[Turn] = ()
    ) -> Iterator[str | Answer]:
        # Untrusted text: refused (InvalidQuestionError) before any model or index work.
        question = check_question(question, self.max_question_chars)
        try:
            query = self.standalone(question, history)
            result = self.retriever.retrieve(query, self.top_k, filters)
            passages = [h.chunk for h in result.hits]
            if not passages:
                yield NOT_FOUND
                yield Answer(text=NOT_FOUND, citations=[], passages=[], found=False,
                             mode=self.mode, query=query)
                return
            messages = render_messages(
                "answer",
                history=format_history(history),
                context=format_context(passages, self.passage_chars),
                evidence=self.evidence(query, result),
                question=query,
            )
            parts: list[str] = []
            for delta in self.chat.stream(
                messages,
                max_tokens=self.max_tokens,
                temperature=self.temperature,
                log_context={"chunk_ids": ",".join(c.id for c in passages)},
            ):
                parts.append(delta)
                yield delta
        except LLMError as exc:
            if self.fallback is None:
                raise
            log.warning("llm_fallback model=%s detail=%r", self.chat.name, exc.detail)
            ans = self.fallback.answer(question, filters, history)
            warning = FALLBACK.format(reason=_reason(exc))
            yield "\n"
            yield ans.model_copy(update={"warning": warning})
            return
        final = self.finish("".join(parts), passages, query)
        if result.degraded and not final.warning:
            final = final.model_copy(update={"warning": result.degraded})
        yield final

    # -- steps ---------------------------------------------------------------------------
    def evidence(self, query: str, result: RetrievalResult) -> str:
        """The offline pipeline's frame and selected candidates, for the prompt: the
        model gets the same evidence the extractive answer would use."""
        if self.pipeline is None:
            return ""
        frame = self.pipeline.frames.build(Resolved(query, query, False))
        selection = self.pipeline.evidence(frame, result)
        return format_evidence(frame, selection.ranked, [h.chunk for h in result.hits])

    def standalone(self, question: str, history: Sequence[Turn]) -> str:
        """The question made self-contained: by the model, checked, else by rules."""
        rules = resolve(question, history, self.retriever)
        if not rules.is_follow_up:
            return question
        messages = render_messages(
            "condense", history=format_history(history), question=question
        )
        reply = self.chat.complete(messages, max_tokens=80, temperature=0.0)
        candidate = reply.strip().split("\n")[0].strip(" \"'«»")
        # A small model may answer instead of rewriting: keep its rewrite only if it is
        # a plausible question about what was being discussed.
        context_terms = set(self.analyzer.analyze(f"{question} {history[-1].question}"))
        own_terms = set(self.analyzer.analyze(candidate))
        if 8 <= len(candidate) <= 300 and len(own_terms & context_terms) >= max(
            1, len(own_terms) // 2
        ):
            return candidate
        return rules.query

    def finish(self, raw: str, passages: Sequence[Chunk], query: str) -> Answer:
        """Citations from the [n] marks of `raw`, verified; marks that point nowhere go."""
        text = raw.strip()
        if not text or _says_not_found(text):
            return Answer(text=text or NOT_FOUND, citations=[], passages=list(passages),
                          found=False, mode=self.mode, query=query)
        citations: dict[int, Citation] = {}
        for sentence in _sentences(text):
            for n in _marks(sentence):
                if n in citations or not 1 <= n <= len(passages):
                    continue
                chunk = passages[n - 1]
                citations[n] = cite(n, chunk, self._quote(sentence, chunk))
        verified = verify(list(citations.values()), passages)
        good = {c.n for c in verified}

        def keep(match: re.Match[str]) -> str:
            ns = [n for n in _split_mark(match.group(1)) if n in good]
            return "".join(f"[{n}]" for n in ns)

        text = re.sub(r"[ \t]+(?=[.,;:])", "", _MARK.sub(keep, text)).strip()
        ordered = sorted(verified, key=lambda c: c.n)
        return Answer(
            text=text,
            citations=ordered,
            passages=list(passages),
            found=bool(ordered),
            mode=self.mode,
            query=query,
            warning="" if ordered else UNGROUNDED,
        )

    def _quote(self, sentence: str, chunk: Chunk) -> str:
        """A verbatim quote from `chunk` supporting `sentence`."""
        for m in _QUOTED.finditer(sentence):  # the model quoted the passage itself
            if quote_occurs(m.group(1), chunk):
                return m.group(1).strip()
        terms = set(self.analyzer.analyze(_MARK.sub("", sentence)))
        best, best_score = "", -1.0
        for line in chunk.body.split("\n"):
            line = " ".join(line.split())
            if len(line) < 8:
                continue
            tokens = set(self.analyzer.analyze(line))
            score = len(terms & tokens) + (0.5 if _numbers(line) & _numbers(sentence) else 0)
            if score > best_score:
                best, best_score = line, score
        best = best or " ".join(chunk.body.split())
        return best if len(best) <= 220 else best[:220].rsplit(" ", 1)[0]


# -- formatting ------------------------------------------------------------------------------
def format_context(passages: Sequence[Chunk], passage_chars: int) -> str:
    """Numbered passages: "[n] documento, pag. N — sezione" then the text."""
    blocks = []
    for n, chunk in enumerate(passages, start=1):
        body = chunk.body.strip()
        if len(body) > passage_chars:
            body = body[:passage_chars].rsplit(" ", 1)[0] + " […]"
        pages = f"pag. {chunk.page}" + (
            f"-{chunk.page_end}" if chunk.page_end and chunk.page_end != chunk.page else ""
        )
        blocks.append(f"[{n}] {chunk.doc_id}, {pages} — {chunk.breadcrumb_text}\n{body}")
    return "\n\n".join(blocks)


def format_evidence(frame: Frame, ranked: Sequence[Scored], passages: Sequence[Chunk], n: int = 6) -> str:
    """"Tipo di risposta atteso" and the best candidates, each with its passage number."""
    number = {c.id: i for i, c in enumerate(passages, start=1)}
    lines = [f"Tipo di risposta atteso: {frame.answer_type.value}"]
    seen: set[str] = set()
    for s in ranked:
        i = number.get(s.cand.chunk.id)
        text = " ".join(s.cand.text.split())
        if i is None or text in seen:
            continue
        seen.add(text)
        label = f" ({s.cand.field.replace('_', ' ')})" if s.cand.field else ""
        lines.append(f"- [{i}]{label} {text[:300]}")
        if len(lines) > n:
            break
    return "\n".join(lines)


def format_history(history: Sequence[Turn]) -> str:
    lines = []
    for turn in history[-_HISTORY_TURNS:]:
        lines.append(f"Utente: {turn.question.strip()}")
        if turn.answer.strip():
            answer = _MARK.sub("", turn.answer).strip()
            lines.append(f"Assistente: {answer[:400]}")
    return "\n".join(lines)


def _says_not_found(text: str) -> bool:
    return text.casefold().startswith(NOT_FOUND[:30].casefold())


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def _split_mark(inner: str) -> list[int]:
    return [int(x) for x in re.split(r"\s*[,;]\s*", inner.strip()) if x]


def _marks(sentence: str) -> list[int]:
    return [n for m in _MARK.finditer(sentence) for n in _split_mark(m.group(1))]


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,/]\d+)*", text))


def _reason(exc: LLMError) -> str:
    message = exc.user_message
    return message.rstrip(".")[:160]
