"""Evaluation on golden files, the one adapter from the answerer to the scorer.

`evaluate_qa` asks every golden question to an answerer and scores the answers in
memory (`QAEvaluation`: predictions, metrics, the failing questions); `evaluate_records`
scores the objective records of a library. Both edges call these (`piao eval`, the
app's Valutazione tab) and save the run where they want with `.write(out_dir)`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.answering import Answer, Answerer
from assistant.evaluation import NOT_RETRIEVED as NOT_RETRIEVED  # re-exported for the edges
from assistant.evaluation import (
    GoldenQA,
    GoldenRecord,
    QAOutput,
    QARun,
    RecordsRun,
    score_qa,
    score_records,
)
from assistant.evaluation import load_golden_qa as _load_golden_qa
from assistant.evaluation import load_golden_records as _load_golden_records
from ingest.models import PAGE_JOINER
from services.library import Library, build_library
from services.progress import Progress, no_progress
from settings import Settings

EVAL_INDEX_SUBDIR = "index-data"  # the evaluation corpus's own index, inside the output folder
WARM_UP_QUESTION = "riscaldamento"


def qa_output(ans: Answer) -> QAOutput:
    """What the scorer reads of an answer: text, passages, citations."""
    return QAOutput(
        answer=ans.text,
        passages=ans.passages,
        citations=[c.as_prediction() for c in ans.citations],
    )


def load_golden_qa(path: Path) -> list[GoldenQA]:
    """The golden questions of a JSONL file.

    Raises:
        ValueError: not UTF-8, a line that is not a golden question, or no questions
            (Italian message).
    """
    try:
        items = _load_golden_qa(Path(path))
    except UnicodeDecodeError as exc:
        raise ValueError("Il file di riferimento non è testo UTF-8 (JSON Lines).") from exc
    if not items:
        raise ValueError("Il file di riferimento non contiene domande.")
    return items


def eval_library(settings: Settings, out_dir: Path) -> Library:
    """The evaluation corpus's own index under `out_dir` (re-runs skip unchanged files)."""
    return build_library(settings, out_dir / EVAL_INDEX_SUBDIR)


@dataclass(frozen=True)
class FailedQuestion:
    item: GoldenQA
    answer: str
    wrong: bool  # the answer is not correct
    rank: int | None  # of the evidence passage when below the top 5 (NOT_RETRIEVED: absent)


@dataclass(frozen=True)
class QAEvaluation:
    items: list[GoldenQA]
    run: QARun
    seconds: float
    missing_docs: list[str] = field(default_factory=list)  # named by the golden file, not indexed

    @property
    def metrics(self) -> dict[str, Any]:
        return self.run.metrics

    @property
    def predictions(self) -> list[dict[str, Any]]:
        return self.run.predictions

    def failures(self) -> list[FailedQuestion]:
        """The questions answered wrongly or whose evidence ranked below 5, in file order."""
        wrong = {w["id"] for w in self.metrics["wrong_answers"]}
        misses = {m["id"]: m["rank"] for m in self.metrics["retrieval_misses@5"]}
        answers = {p["id"]: p["answer"] for p in self.predictions}
        return [
            FailedQuestion(item, answers.get(item.id, ""), item.id in wrong, misses.get(item.id))
            for item in self.items
            if item.id in wrong or item.id in misses
        ]

    def write(self, out_dir: Path) -> list[Path]:
        """Save `predictions.jsonl` and `metrics.json`; their paths."""
        return self.run.write(out_dir)


def evaluate_qa(
    answerer: Answerer,
    items: Sequence[GoldenQA],
    *,
    indexed: Sequence[str] | None = None,
    progress: Progress = no_progress,
    around_answer: Callable[[], AbstractContextManager[object]] = nullcontext,
    warm_up: bool = False,
) -> QAEvaluation:
    """Ask every golden question and score the answers (nothing is written).

    Args:
        indexed: the indexed document ids, to list the golden file's documents that
            are missing (their questions will fail).
        around_answer: a context entered around each answer (the app lets questions
            go before background indexing).
        warm_up: ask one question first, unscored, so that loading the models does
            not count as latency.
    """
    items = list(items)
    missing: list[str] = []
    if indexed is not None:
        wanted: set[str] = set()
        for item in items:
            docs = item.doc if isinstance(item.doc, list) else [item.doc]
            wanted.update(d for d in docs + list(item.evidence_docs or []) if d)
        missing = sorted(wanted - set(indexed))
    if warm_up:
        answerer.answer(WARM_UP_QUESTION)
    done = 0

    def system(question: str) -> QAOutput:
        nonlocal done
        progress(done / len(items), f"Domanda {done + 1} di {len(items)}")
        with around_answer():
            ans = answerer.answer(question)
        done += 1
        return qa_output(ans)

    started = time.perf_counter()
    run = score_qa(items, system, with_answers=True)
    seconds = time.perf_counter() - started
    progress(1.0, "Fatto")
    return QAEvaluation(items, run, seconds, missing)


def load_golden_records(path: Path) -> list[GoldenRecord]:
    """The golden records of a JSONL file.

    Raises:
        ValueError: a line that is not a golden record (Italian message).
    """
    return _load_golden_records(Path(path))


def evaluate_records(library: Library, items: Sequence[GoldenRecord]) -> RecordsRun:
    """Score the library's objective records against the golden ones (nothing is written)."""

    def doc_text(doc_id: str) -> str | None:
        pages = library.catalog.pages(doc_id)
        return PAGE_JOINER.join(p.text for p in pages) if pages else None

    return score_records(items, library.catalog.records(), doc_text)
