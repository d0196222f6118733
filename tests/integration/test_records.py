"""Objective records on the sample PIAOs: counts a person makes by hand, records stored
at ingestion (shared `sample_library`), the golden dev records, and the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli
from assistant.evaluation import load_golden_records, run_records_eval
from assistant.records import RecordQueries
from ingest.models import PAGE_JOINER, Alignment
from ingest.pipeline import parse_file
from tests.conftest import REPO_ROOT, SAMPLES_DIR

pytestmark = pytest.mark.integration

MAGNAGO = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
PERFORMANCE = "cassano-dadda_piao-2024-2026_performance.txt"
MAGENTINO = "magentino_piao-2024-2026_obiettivi-dup.txt"
DEV_RECORDS = REPO_ROOT.parent / "shared" / "eval" / "dev_records.jsonl"


def text_of(name: str) -> str:
    return (SAMPLES_DIR / name).read_text(encoding="utf-8")


def hand_count(name: str) -> int:
    """How a person counts the objectives of each structured sample, from the text."""
    text = text_of(name)
    if name == MAGNAGO:
        # every objective block opens with this label line (the 2° livello lines are its phases)
        return sum(1 for line in text.splitlines() if line.startswith("OBIETTIVO OPERATIVO DI 1° LIVELLO"))
    if name == MAGENTINO:
        # one objective per row of the DUP table: the rows with a PROGRAMMI code cell ("06.01")
        return sum(
            1 for line in text.splitlines()
            if any(re.fullmatch(r"\d{1,2}\.\d{2}", re.sub(r"<[^>]+>", "", c).strip()) for c in line.split("\t"))
        )
    if name == PERFORMANCE:
        # every detail page ends with the list of the employees taking part; the overview
        # lists the same objectives again, each closed by "da realizzare entro il …"
        details = text.count("dipendenti che partecipano all'obiettivo")
        assert text.count("da realizzare entro il") == details
        return details
    raise AssertionError(name)


@pytest.mark.parametrize(("name", "expected"), [(MAGNAGO, 91), (MAGENTINO, 68), (PERFORMANCE, 36)])
def test_one_record_per_objective_a_person_counts(name: str, expected: int) -> None:
    assert hand_count(name) == expected
    parsed = parse_file(SAMPLES_DIR / name)
    assert len(parsed.records) == expected
    assert len({r.id for r in parsed.records}) == expected
    text = parsed.document.text
    for r in parsed.records:
        assert r.sources["titolo"].alignment != Alignment.NONE if r.titolo else True
        assert all(s.alignment != Alignment.NONE for s in r.sources.values() if s.origin == "text"), r.titolo
        assert 0 <= r.source.char_start < r.source.char_end <= len(text)


def test_documents_without_operational_objectives_have_no_records() -> None:
    # the 2023 "valore pubblico" section and Cremosano list strategic priorities only:
    # no responsible, indicators or targets are labelled
    for name in ("cassano-dadda_piao-2023-2025_valore-pubblico.txt", "cremosano_piao-2026-2028_valore-pubblico.txt"):
        assert parse_file(SAMPLES_DIR / name).records == ()


def test_records_are_stored_at_ingestion_and_queried(sample_library) -> None:  # type: ignore[no-untyped-def]
    q = RecordQueries(sample_library.catalog)
    assert q.count() == 91 + 68 + 36
    # "quanti obiettivi ha il settore 07. Lavori Pubblici?" — the overview assigns 4
    # objectives to it (the fifth "07. LAVORI PUBBLICI" line in that part is the org chart)
    assert q.count(settore="07. Lavori Pubblici") == 4
    assert q.count(settore="lavori pubblici", ente="Cassano d'Adda") == 4
    by_settore = {g.value: g.count for g in q.count_by_settore(q.filters(ente="magnago"))}
    assert sum(by_settore.values()) == 91 and by_settore["Area Risorse"] == 15
    assert q.count(periodo="2024-2026") == 68 + 36
    found = q.list(q.filters(keyword="Villa Oliva"))
    assert [r.doc_id for r in found] == [MAGNAGO]
    assert len(q.of_document(MAGENTINO)) == 68


def test_dev_golden_records(sample_library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    golden = load_golden_records(DEV_RECORDS)
    catalog = sample_library.catalog

    def doc_text(doc_id: str) -> str | None:
        pages = catalog.pages(doc_id)
        return PAGE_JOINER.join(p.text for p in pages) if pages else None

    metrics = run_records_eval(golden, catalog.records(), doc_text, tmp_path)
    print(json.dumps({k: round(v["f1"], 3) for k, v in metrics["fields"].items()}))
    assert metrics["n_matched"] == metrics["n_gold"] == 12
    assert metrics["macro_f1"] >= 0.93


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli.main, list(args))
    return result.exit_code, result.output  # stdout and stderr


def test_cli_eval_records(tmp_path: Path) -> None:
    out = tmp_path / "eval"
    code, output = run(
        "eval", "records", str(DEV_RECORDS), "--out", str(out),
        "--corpus", str(SAMPLES_DIR / MAGENTINO), "--corpus", str(SAMPLES_DIR / PERFORMANCE),
    )
    assert code == 0, output
    assert "macro F1" in output and "abbinati:" in output
    predictions = [json.loads(line) for line in (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(predictions) == 68 + 36
    assert {"doc", "titolo", "fasi", "indicatori", "source"} <= set(predictions[0])
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    # the Magnago records are not in this corpus: their gold records stay unmatched
    assert metrics["n_matched"] == 7 and len(metrics["unmatched"]) == 5


def test_cli_records_list_check_export_and_extract(sample_library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = str(sample_library.documents_dir.parent)
    code, out = run("--data-dir", data_dir, "records", "list", "--settore", "07. Lavori Pubblici", "--count")
    assert code == 0 and out.strip() == "4 obiettivi"
    code, out = run("--data-dir", data_dir, "records", "list", "--by-settore", "--ente", "Cassano d'Adda")
    assert code == 0 and "07. LAVORI PUBBLICI" in out and "36  totale" in out
    code, out = run("--data-dir", data_dir, "records", "list", "--q", "villa oliva", "--json")
    assert code == 0 and json.loads(out)[0]["doc_id"] == MAGNAGO
    code, out = run("--data-dir", data_dir, "records", "check", MAGNAGO, "--summary")
    assert code == 0 and "91 obiettivi" in out and "obiettivi senza indicatori: 91" in out
    code, out = run("--data-dir", data_dir, "records", "check", "non-esiste.txt")
    assert code != 0 and "Documento non trovato" in out

    xlsx = tmp_path / "cassano.xlsx"
    code, out = run("--data-dir", data_dir, "records", "export", str(xlsx), "--ente", "Cassano d'Adda")
    assert code == 0 and "36 obiettivi" in out and xlsx.stat().st_size > 0

    exported = tmp_path / "magentino.json"
    code, out = run("extract", str(SAMPLES_DIR / MAGENTINO), "--out", str(exported))
    assert code == 0 and "68 obiettivi" in out
    code, out = run("records", "check", "--file", str(exported), "--json")
    report = json.loads(out)
    assert report[0]["obiettivi"] == 68 and report[0]["problemi"]["responsabile_mancante"] == 68
    code, out = run("extract", str(SAMPLES_DIR / MAGENTINO), "--out", str(tmp_path / "x.pdf"))
    assert code != 0 and "Formato di esportazione non riconosciuto" in out
