"""Scoring on golden sets in the `shared/eval` format: questions (`run_qa_eval`:
retrieval hit/MRR, answers, citations, "non presente") and objective records
(`run_records_eval`: field-level precision/recall/F1), writing predictions;
`score_qa` / `score_records` return the same run in memory.
"""

from assistant.evaluation.qa import (
    NOT_RETRIEVED,
    GoldenQA,
    QAOutput,
    QARun,
    answer_correct,
    citation_precise,
    format_metrics,
    load_golden_qa,
    passage_dict,
    run_qa_eval,
    score_qa,
)
from assistant.evaluation.records import (
    GoldenRecord,
    RecordsRun,
    format_record_metrics,
    load_golden_records,
    run_records_eval,
    score_records,
)

__all__ = [
    "NOT_RETRIEVED",
    "GoldenQA",
    "GoldenRecord",
    "QAOutput",
    "QARun",
    "RecordsRun",
    "answer_correct",
    "citation_precise",
    "format_metrics",
    "format_record_metrics",
    "load_golden_qa",
    "load_golden_records",
    "passage_dict",
    "run_qa_eval",
    "run_records_eval",
    "score_qa",
    "score_records",
]
