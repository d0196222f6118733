"""Completeness checks (Italian report) and exports: JSON back without loss, CSV and
XLSX read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from assistant.errors import RecordsError
from assistant.records import (
    Check,
    check_document,
    check_records,
    export_records,
    format_report,
    load_records_json,
    records_format_for,
)
from ingest.models import Alignment, FieldSource, Indicator, ObjectiveRecord, Phase, UnalignedValue

pytestmark = pytest.mark.unit


def rec(n: int, **kw: object) -> ObjectiveRecord:
    base: dict[str, object] = {
        "id": f"r{n}", "doc_id": "piao.txt", "titolo": f"Obiettivo numero {n}", "codice": f"OB{n}",
        "responsabile": "Responsabile Area Tecnica", "settore": "Area Tecnica",
        "obiettivo_strategico": "1.1 Città digitale", "scadenza": "31/12/2025",
        "indicatori": (Indicator(nome="pratiche online", target="100%"),),
        "source": FieldSource(doc_id="piao.txt", page=n, char_start=10 * n, char_end=10 * n + 9),
    }
    return ObjectiveRecord(**(base | kw))


def checks_of(report_records: list[ObjectiveRecord]) -> dict[str, set[Check]]:
    rep = check_document(report_records)
    out: dict[str, set[Check]] = {}
    for i in rep.issues:
        out.setdefault(i.record_id, set()).add(i.check)
    return out


def test_a_complete_record_has_no_issue() -> None:
    assert checks_of([rec(1), rec(2)]) == {}


def test_each_missing_element_is_reported() -> None:
    records = [
        rec(1, responsabile=None, settore=None),
        rec(2, indicatori=()),
        rec(3, indicatori=(Indicator(nome="a", target="1"), Indicator(nome="b"))),
        rec(4, scadenza=None),
        rec(5, scadenza=None, fasi=(Phase(descrizione="x", tempistica="GENNAIO"),)),  # phases have times
        rec(6, obiettivo_strategico=None),
        rec(7, titolo=None),
        rec(8, unaligned=(UnalignedValue(field="responsabile", value="Mario Rossi"),)),
        rec(9, sources={"scadenza": FieldSource(doc_id="piao.txt", page=1, char_start=0, char_end=0, alignment=Alignment.NONE)}),
    ]
    found = checks_of(records)
    assert found == {
        "r1": {Check.RESPONSABILE},
        "r2": {Check.INDICATORI},
        "r3": {Check.TARGET},
        "r4": {Check.SCADENZA},
        "r6": {Check.STRATEGICO},
        "r7": {Check.TITOLO},
        "r8": {Check.NON_ALLINEATI},
        "r9": {Check.NON_ALLINEATI},
    }


def test_duplicates_and_codes() -> None:
    # the same objective twice
    same = [rec(1), rec(2, titolo="Obiettivo numero 1", codice="OB1")]
    assert {c for cs in checks_of(same).values() for c in cs} == {Check.DUPLICATO}
    # codes used as identifiers (all distinct but one): the shared one is reported
    ids = [rec(n) for n in range(1, 10)] + [rec(10, codice="OB3")]
    found = checks_of(ids)
    assert found == {"r3": {Check.CODICE_DUPLICATO}, "r10": {Check.CODICE_DUPLICATO}}
    # codes that are references shared by design (parent strategic code, DUP refs): not reported
    parent = [rec(n, codice="1.1", obiettivo_strategico="1.1 Città digitale") for n in range(1, 6)]
    refs = [rec(n, codice="Rif. DUP 1.1.5") for n in range(1, 3)] + [rec(n) for n in range(3, 12)]
    assert checks_of(parent) == {} and checks_of(refs) == {}


def test_report_is_italian_and_names_objective_and_page() -> None:
    reports = check_records([rec(1), rec(2, indicatori=()), rec(3, doc_id="altro.txt", responsabile=None, settore=None)])
    text = format_report(reports)
    assert "altro.txt" in text and "piao.txt" in text
    assert "2 obiettivi, 1 completi, 1 da completare" in text
    assert "obiettivi senza indicatori: 1" in text
    assert "pag. 2 · OB2 Obiettivo numero 2" in text and "nessun indicatore" in text
    assert format_report([]) == "Nessun obiettivo da controllare."


# -- exports ---------------------------------------------------------------------------------
@pytest.fixture
def records() -> list[ObjectiveRecord]:
    return [
        rec(
            1,
            stakeholder=("cittadini", "imprese"),
            fasi=(Phase(descrizione="Analisi", tempistica="GENNAIO - MARZO"), Phase(descrizione="Report")),
            indicatori=(Indicator(nome="% rispetto fasi e tempi", target="100%"), Indicator(nome="n. report")),
            dipendenti=("ROSSI Mario", "DECE' Arabella"),
            motivazione="Perché sì: «qualità», città, €",
            sources={"titolo": FieldSource(doc_id="piao.txt", page=1, char_start=10, char_end=28, alignment=Alignment.EXACT)},
            unaligned=(UnalignedValue(field="scadenza", value="2030"),),
        ),
        rec(2, titolo=None, codice=None, indicatori=()),
    ]


def test_json_export_imports_back_without_loss(tmp_path: Path, records: list[ObjectiveRecord]) -> None:
    path = tmp_path / "obiettivi.json"
    assert export_records(records, path) == "json"
    assert load_records_json(path) == records
    assert json.loads(path.read_text(encoding="utf-8"))["kind"] == "piao-objective-records"


def test_csv_export_reads_back(tmp_path: Path, records: list[ObjectiveRecord]) -> None:
    path = tmp_path / "obiettivi.csv"
    export_records(records, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read the accents
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2
    first = rows[0]
    assert first["titolo"] == "Obiettivo numero 1" and first["pagina"] == "1"
    assert first["fasi"] == "1. Analisi (GENNAIO - MARZO)\n2. Report"
    assert first["indicatori"] == "1. % rispetto fasi e tempi → 100%\n2. n. report"
    assert first["dipendenti"] == "ROSSI Mario; DECE' Arabella"
    assert first["motivazione"] == "Perché sì: «qualità», città, €"
    assert rows[1]["titolo"] == "" and rows[1]["indicatori"] == ""


def test_xlsx_export_reads_back(tmp_path: Path, records: list[ObjectiveRecord]) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "obiettivi.xlsx"
    export_records(records, path)
    ws = load_workbook(path).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header = values[0]
    assert header[:6] == ["documento", "pagina", "ente", "periodo", "codice", "titolo"]
    row = dict(zip(header, values[1], strict=True))
    assert row["titolo"] == "Obiettivo numero 1" and row["settore"] == "Area Tecnica"
    assert row["indicatori"] == "1. % rispetto fasi e tempi → 100%\n2. n. report"
    assert len(values) == 3 and ws.freeze_panes == "A2"


def test_bad_format_and_bad_imports_are_typed_italian_errors(tmp_path: Path) -> None:
    with pytest.raises(RecordsError, match="Formato di esportazione non riconosciuto"):
        records_format_for(tmp_path / "x.pdf")
    assert records_format_for(tmp_path / "x.dat", "CSV") == "csv"
    bad = tmp_path / "bad.json"
    bad.write_text("{non json", encoding="utf-8")
    with pytest.raises(RecordsError, match="non è un JSON valido"):
        load_records_json(bad)
    bad.write_text('{"records": [{"id": 1}]}', encoding="utf-8")
    with pytest.raises(RecordsError, match="obiettivi non validi"):
        load_records_json(bad)
    with pytest.raises(RecordsError):
        load_records_json(tmp_path / "manca.json")
