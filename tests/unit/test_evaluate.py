"""Golden-set scoring rules of the shared eval README."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evaluation import (
    GoldenQA,
    QAOutput,
    answer_correct,
    citation_precise,
    load_golden_qa,
    run_qa_eval,
)
from assistant.evaluation.qa import hit_rank
from ingest.models import Chunk, UnitKind

pytestmark = pytest.mark.unit
DEV_QA = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev_qa.jsonl"


def item(**kw) -> GoldenQA:
    base = {"id": "x", "question": "q", "type": "responsabile"}
    return GoldenQA.model_validate(base | kw)


def test_hit_rank_needs_every_anchor_in_its_document() -> None:
    q = item(doc=["a.txt", "b.txt"], evidence=["Primo  ancoraggio", "secondo"],
             evidence_docs=["a.txt", "b.txt"])
    passages = [
        {"doc": "b.txt", "text": "niente"},
        {"doc": "a.txt", "text": "...primo\tancoraggio..."},
        {"doc": "a.txt", "text": "secondo"},  # right text, wrong document
        {"doc": "b.txt", "text": "x", "source_text": "il SECONDO"},
    ]
    assert hit_rank(q, passages) == 4
    assert hit_rank(q, passages[:3]) == 10**9
    assert hit_rank(item(evidence=[]), passages) is None


def test_answer_rules() -> None:
    q = item(must_contain=[["17 giugno"], ["16 dicembre", "dicembre 16"]])
    assert answer_correct(q, "Acconto 17 Giugno, saldo 16  dicembre")
    assert not answer_correct(q, "Acconto 17 giugno")
    assert not answer_correct(q, "17 giugno 16 dicembre " + "x" * 800)
    refusal = item(type="non_presente")
    assert answer_correct(refusal, "Non ho trovato questa informazione nei documenti caricati.")
    assert not answer_correct(refusal, "Il responsabile è Mario Rossi.")


def test_citation_precision_uses_evidence_anchors() -> None:
    q = item(evidence=["Programmare almeno due interventi all'anno"])
    assert citation_precise(q, [{"quote": "VALORE ATTESO Programmare almeno due interventi all'anno"}])
    assert not citation_precise(q, [{"quote": "altro"}])


@pytest.mark.skipif(not DEV_QA.is_file(), reason="shared dev set not present")
def test_reads_the_shared_dev_set_unchanged() -> None:
    items = load_golden_qa(DEV_QA)
    assert len(items) == 30
    multi = [i for i in items if isinstance(i.doc, list)]
    assert multi and all(len(i.anchor_docs()) == len(i.evidence) for i in multi)


def test_run_writes_predictions_in_the_readme_format(tmp_path: Path) -> None:
    chunk = Chunk(id="c1", doc_id="a.txt", ordinal=0, kind=UnitKind.SECTION,
                  text="A › B\nil testo con l'ancora", source_text="il testo con l'ancora",
                  page=2, page_end=2, char_start=0, char_end=21, breadcrumb=("A", "B"))
    items = [item(id="q1", evidence=["l'ancora"], doc="a.txt")]
    metrics = run_qa_eval(
        items,
        lambda q: QAOutput(answer="", passages=[chunk]),
        tmp_path,
        with_answers=False,
    )
    row = json.loads((tmp_path / "predictions.jsonl").read_text().splitlines()[0])
    assert set(row) == {"id", "question", "answer", "passages", "citations", "latency_ms"}
    assert row["passages"][0] == {"doc": "a.txt", "page": 2, "text": chunk.text,
                                  "source_text": chunk.source_text}
    assert metrics["overall"]["hit@1"] == 1.0 and metrics["overall"]["mrr@10"] == 1.0
    assert json.loads((tmp_path / "metrics.json").read_text())["overall"]["n"] == 1
