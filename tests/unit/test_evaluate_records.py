"""Golden-record scoring as the shared eval README describes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evaluation import GoldenRecord, load_golden_records, run_records_eval
from assistant.evaluation.records import (
    exact,
    item_scores,
    match_prediction,
    score_record,
    set_scores,
    to_prediction,
    token_f1,
)
from ingest.models import FieldSource, Indicator, ObjectiveRecord, Phase

pytestmark = pytest.mark.unit

DOC = "d.txt"
TEXT = "premessa\nUN BILANCIO SANO\nL'obiettivo supporta gli uffici.\nfine"


def gold(**kw: object) -> GoldenRecord:
    base: dict[str, object] = {"id": "g1", "doc": DOC, "anchor": "UN BILANCIO SANO", "titolo": "UN BILANCIO SANO"}
    return GoldenRecord.model_validate(base | kw)


def record(**kw: object) -> ObjectiveRecord:
    start = TEXT.index("UN BILANCIO")
    base: dict[str, object] = {
        "id": "r1", "doc_id": DOC, "titolo": "UN BILANCIO SANO",
        "source": FieldSource(doc_id=DOC, page=1, char_start=start, char_end=len(TEXT) - 5),
    }
    return ObjectiveRecord(**(base | kw))


def test_scalar_null_rules_and_normalisation() -> None:
    assert token_f1(None, None) == 1.0
    assert token_f1(None, "valore") == 0.0  # hallucination
    assert token_f1("valore", None) == 0.0
    assert token_f1("<b>Area Risorse</b>.", "area   risorse") == 1.0
    assert exact("Area Risorse.", " area risorse") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 * 1 * 0.5 / 1.5)


def test_set_and_item_scores() -> None:
    assert set_scores([], []) == (1.0, 1.0, 1.0)
    assert set_scores(["ROSSI Mario", "BIANCHI Anna"], ["rossi mario"]) == (1.0, 0.5, pytest.approx(2 / 3))
    g = [{"descrizione": "analisi dei processi", "tempistica": "GENNAIO"}, {"descrizione": "report", "tempistica": None}]
    p = [{"descrizione": "Analisi dei processi", "tempistica": "gennaio - marzo"}, {"descrizione": "altro", "tempistica": None}]
    precision, recall, f1, subs = item_scores(g, p, "descrizione", "tempistica")
    assert (precision, recall, f1) == (0.5, 0.5, 0.5)  # "altro" does not align with "report"
    assert subs == [pytest.approx(2 * 1 * (1 / 2) / 1.5)]


def test_unmatched_gold_scores_zero_everywhere() -> None:
    scores = score_record(gold(), None)
    assert all(v == 0.0 for s in scores.values() for v in s.values())


def test_matching_by_title_then_by_source_span() -> None:
    preds = [to_prediction(record(titolo="Altro obiettivo", id="other")), to_prediction(record())]
    assert match_prediction(gold(), preds, {DOC: TEXT})["id"] == "r1"
    by_span = [to_prediction(record(titolo="Titolo diverso", id="span"))]
    g = gold(anchor="L'obiettivo supporta gli uffici")
    assert match_prediction(g, by_span, {DOC: TEXT})["id"] == "span"
    assert match_prediction(gold(doc="altro.txt"), preds, {DOC: TEXT}) is None


def test_run_writes_predictions_in_the_readme_format(tmp_path: Path) -> None:
    r = record(
        fasi=(Phase(descrizione="analisi", tempistica="GENNAIO"),),
        indicatori=(Indicator(nome="% rispetto fasi e tempi", target="100%"),),
    )
    g = gold(
        fasi=[{"descrizione": "analisi", "tempistica": "GENNAIO"}],
        indicatori=[{"nome": "% rispetto fasi e tempi", "target": "100%"}],
    )
    metrics = run_records_eval([g], [r], {DOC: TEXT}.get, tmp_path)
    assert metrics["n_matched"] == 1 and metrics["macro_f1"] == 1.0
    line = json.loads((tmp_path / "predictions.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert line["doc"] == DOC and line["titolo"] == "UN BILANCIO SANO"
    assert line["source"] == {"doc": DOC, "page": 1, "char_start": r.source.char_start, "char_end": r.source.char_end}
    assert line["fasi"] == [{"descrizione": "analisi", "tempistica": "GENNAIO"}]
    assert set(line) >= {"ente", "periodo", "codice", "stakeholder", "dipendenti", "indicatori"}
    assert json.loads((tmp_path / "metrics.json").read_text())["fields"]["titolo"]["exact"] == 1.0


def test_golden_file_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "a", "doc": "d", "anchor": "x"}\n{"id": 3}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="riga 2"):
        load_golden_records(path)
