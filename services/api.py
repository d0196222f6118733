"""The public Python API: one object over a data folder, for evaluation scripts and
integrators who want neither the CLI nor the web app.

    from services import Piao

    piao = Piao.open("data/store")                  # settings: defaults, piao.toml, PIAO_*
    piao.ingest(["data/samples"])
    answer = piao.ask("chi è responsabile della digitalizzazione SUAP?")
    for c in answer.citations:
        print(c.n, c.doc, c.page, c.quote)

It calls the same services as `piao` and the app, with the same settings, so an
answer here is the answer there.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from assistant.answering import Answer, Answerer, Turn
from assistant.drafting import Draft, DraftRequest, DraftWriter
from ingest.models import ObjectiveRecord
from services.answers import check_question, make_filters, search_passages, turns
from services.data import Export, export_records, list_records, record_filters, write_draft
from services.evaluation import QAEvaluation, evaluate_qa, load_golden_qa
from services.library import IngestReport, Library, build_library
from services.wiring import build_answerer, build_drafter
from settings import Settings, load_settings
from vectorstore.catalog import DocumentRecord
from vectorstore.search import SearchHit

History = Sequence[Turn | Mapping[str, Any]]


class Piao:
    """A library of PIAO documents: ingest, search, ask with citations, records, drafts.

    The answerer and the drafter are built on first use (a chat model is only loaded
    when `llm.mode` asks for one and a question or draft needs it).
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self.library: Library = build_library(self.settings)
        self._answerer: Answerer | None = None
        self._drafter: DraftWriter | None = None

    @classmethod
    def open(cls, data_dir: str | Path | None = None, **overrides: Any) -> Piao:
        """The library in `data_dir` (default: settings `data_dir`), created if new.

        Args:
            overrides: settings by name, over piao.toml and `PIAO_*` variables, e.g.
                `llm={"mode": "ollama", "model": "llama3.1:8b"}`.
        """
        if data_dir is not None:
            overrides["data_dir"] = Path(data_dir)
        return cls(load_settings(**overrides))

    @property
    def answerer(self) -> Answerer:
        if self._answerer is None:
            self._answerer = build_answerer(self.settings, self.library)
        return self._answerer

    @property
    def drafter(self) -> DraftWriter:
        if self._drafter is None:
            self._drafter = build_drafter(self.settings, self.library)
        return self._drafter

    # -- documents -------------------------------------------------------------------
    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        ente: str | None = None,
        periodo: str | None = None,
        title: str | None = None,
        force: bool = False,
        dense: bool = True,
    ) -> IngestReport:
        """Import files and folders (PDF, DOCX, TXT, MD); bad files are listed in
        `failures` and the rest goes on; unchanged files are skipped unless `force`."""
        overrides = {k: v for k, v in {"ente": ente, "periodo": periodo, "title": title}.items() if v}
        return self.library.ingest([Path(p) for p in paths], overrides, dense=dense, force=force)

    def documents(self) -> list[DocumentRecord]:
        return self.library.documents()

    def remove(self, doc_id: str) -> bool:
        return self.library.remove(doc_id)

    # -- search and answers ----------------------------------------------------------
    def search(
        self,
        query: str,
        k: int = 10,
        *,
        enti: Sequence[str] | None = None,
        periodi: Sequence[str] | None = None,
        doc_ids: Sequence[str] | None = None,
    ) -> list[SearchHit]:
        """The `k` most relevant passages (hybrid lexical + semantic search), each with
        its chunk (document, page, character span, breadcrumb) and score."""
        return search_passages(self.library, query, k, make_filters(enti, doc_ids, periodi))

    def ask(
        self,
        question: str,
        *,
        enti: Sequence[str] | None = None,
        periodi: Sequence[str] | None = None,
        doc_ids: Sequence[str] | None = None,
        history: History = (),
    ) -> Answer:
        """An answer with verified citations (`answer.citations`: n, doc, page, quote).

        Args:
            history: previous turns (`Turn`s or {"question", "answer"} dicts), oldest
                first, for follow-ups such as "e quali sono le fasi?".

        Raises:
            InvalidQuestionError: empty, or longer than `search.max_question_chars`.
        """
        question = check_question(question, self.settings)
        return self.answerer.answer(
            question, make_filters(enti, doc_ids, periodi), _turns(history)
        )

    def stream(
        self,
        question: str,
        *,
        enti: Sequence[str] | None = None,
        periodi: Sequence[str] | None = None,
        doc_ids: Sequence[str] | None = None,
        history: History = (),
    ) -> Iterator[str | Answer]:
        """Text as it is produced, then the final `Answer` (whose text is authoritative)."""
        question = check_question(question, self.settings)
        return self.answerer.stream(
            question, make_filters(enti, doc_ids, periodi), _turns(history)
        )

    # -- objective records -----------------------------------------------------------
    def records(
        self,
        *,
        ente: str | None = None,
        periodo: str | None = None,
        settore: str | None = None,
        responsabile: str | None = None,
        keyword: str | None = None,
        doc_ids: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[ObjectiveRecord]:
        """The objectives extracted at ingestion, each value with its source span."""
        filters = record_filters(ente, periodo, settore, responsabile, keyword, doc_ids)
        return list_records(self.library, filters, limit)

    def export_records(
        self, path: str | Path, fmt: str | None = None, **filters: Any
    ) -> Export:
        """Write the objectives (filters as in `records`) to CSV, JSON or XLSX
        (format: `fmt`, else the file's extension)."""
        return export_records(self.library, Path(path), fmt, record_filters(**filters))

    # -- drafts and evaluation -------------------------------------------------------
    def draft(
        self,
        intento: str,
        *,
        settore: str | None = None,
        responsabile: str | None = None,
        ente: str | None = None,
        periodo: str | None = None,
        strategico: str | None = None,
        out: str | Path | None = None,
    ) -> Draft:
        """A draft objective grounded in the most similar indexed objectives; with
        `out`, also saved as Markdown, DOCX or JSON."""
        request = DraftRequest.build(intento, settore, responsabile, ente, periodo, strategico)
        return write_draft(self.drafter, request, Path(out) if out else None).draft

    def evaluate(self, golden: str | Path, out_dir: str | Path | None = None) -> QAEvaluation:
        """Score the answers on a golden question file (shared/eval format); with
        `out_dir`, also save predictions.jsonl and metrics.json there."""
        items = load_golden_qa(Path(golden))
        ids = [d.meta.doc_id for d in self.library.documents()]
        result = evaluate_qa(self.answerer, items, indexed=ids)
        if out_dir is not None:
            result.write(Path(out_dir))
        return result

    # -- lifetime --------------------------------------------------------------------
    def close(self) -> None:
        self.library.catalog.close()

    def __enter__(self) -> Piao:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _turns(history: History) -> list[Turn]:
    return [t if isinstance(t, Turn) else turns([t])[0] for t in history]
