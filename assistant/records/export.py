"""Objective records out (JSON, CSV, XLSX) and back in (JSON, without loss).

* JSON keeps everything: every field, the per-field sources and the unaligned values;
  `load_records_json` reads it back into equal records.
* CSV and XLSX are for people: one row per objective, phases and indicators written
  one per line inside their cell ("1. descrizione (tempistica)", "1. nome → target"),
  lists joined with "; ". CSV is UTF-8 with a BOM so that spreadsheet programs read
  the accents right.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from assistant.errors import RecordsError
from ingest.models import ObjectiveRecord
from ingest.text import Field

Format = Literal["json", "csv", "xlsx"]
FORMATS: tuple[Format, ...] = ("json", "csv", "xlsx")
JSON_KIND = "piao-objective-records"
JSON_VERSION = 1

# (header, value) of each spreadsheet column
COLUMNS: tuple[tuple[str, Callable[[ObjectiveRecord], str]], ...] = (
    ("documento", lambda r: r.doc_id),
    ("pagina", lambda r: str(r.page)),
    (Field.ENTE, lambda r: r.ente or ""),
    (Field.PERIODO, lambda r: r.periodo or ""),
    (Field.CODICE, lambda r: r.codice or ""),
    (Field.TITOLO, lambda r: r.titolo or ""),
    (Field.OBIETTIVO_STRATEGICO, lambda r: r.obiettivo_strategico or ""),
    (Field.AREA_STRATEGICA, lambda r: r.area_strategica or ""),
    (Field.RESPONSABILE, lambda r: r.responsabile or ""),
    (Field.SETTORE, lambda r: r.settore or ""),
    (Field.STAKEHOLDER, lambda r: "; ".join(r.stakeholder)),
    (Field.MOTIVAZIONE, lambda r: r.motivazione or ""),
    (Field.VALORE_ATTESO, lambda r: r.valore_atteso or ""),
    (Field.SCADENZA, lambda r: r.scadenza or ""),
    (Field.FASI, lambda r: format_phases(r)),
    (Field.INDICATORI, lambda r: format_indicators(r)),
    (Field.DIPENDENTI, lambda r: "; ".join(r.dipendenti)),
    ("id", lambda r: r.id),
)


def format_phases(r: ObjectiveRecord) -> str:
    return "\n".join(
        f"{n}. {p.descrizione}" + (f" ({p.tempistica})" if p.tempistica else "")
        for n, p in enumerate(r.fasi, start=1)
    )


def format_indicators(r: ObjectiveRecord) -> str:
    return "\n".join(
        f"{n}. {i.nome}" + (f" → {i.target}" if i.target else "")
        for n, i in enumerate(r.indicatori, start=1)
    )


def rows(records: Sequence[ObjectiveRecord]) -> list[list[str]]:
    """Header row, then one row per objective."""
    return [[h for h, _ in COLUMNS], *([fn(r) for _, fn in COLUMNS] for r in records)]


def records_format_for(path: Path, given: str | None = None) -> Format:
    """The export format: the given one, else the file's extension.

    Raises:
        RecordsError: unknown format.
    """
    fmt = (given or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise RecordsError(
            f"Formato di esportazione non riconosciuto: '{fmt or path.name}'. Usa json, csv o xlsx.",
            detail=f"format={fmt!r} path={path}",
        )
    return fmt  # type: ignore[return-value]


def export_records(records: Sequence[ObjectiveRecord], path: Path, fmt: str | None = None) -> Format:
    """Write `records` to `path` (atomically) in `fmt` (default: from the extension).

    Raises:
        RecordsError: unknown format or the file cannot be written.
    """
    chosen = records_format_for(path, fmt)
    writer = {"json": _write_json, "csv": _write_csv, "xlsx": _write_xlsx}[chosen]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        writer(records, Path(tmp))
        os.replace(tmp, path)
    except OSError as exc:
        raise RecordsError(f"Impossibile scrivere il file {path}: {exc.strerror or exc}.", detail=str(exc)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return chosen


def _write_json(records: Sequence[ObjectiveRecord], path: Path) -> None:
    data: dict[str, Any] = {
        "kind": JSON_KIND,
        "version": JSON_VERSION,
        "records": [r.model_dump(mode="json") for r in records],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _write_csv(records: Sequence[ObjectiveRecord], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows(records))


def _write_xlsx(records: Sequence[ObjectiveRecord], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Obiettivi"
    for row in rows(records):
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = {Field.TITOLO: 60, Field.OBIETTIVO_STRATEGICO: 45, Field.MOTIVAZIONE: 50, Field.VALORE_ATTESO: 40,
              Field.FASI: 60, Field.INDICATORI: 60, Field.DIPENDENTI: 30, "documento": 30}
    for n, (header, _) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(n)].width = widths.get(header, 18)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)


def load_records_json(path: Path) -> list[ObjectiveRecord]:
    """Records written by `export_records(..., "json")` (or a bare list of records).

    Raises:
        RecordsError: the file is missing, not JSON, or not records.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RecordsError(f"Impossibile leggere il file {path}.", detail=str(exc)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordsError(f"Il file {path.name} non è un JSON valido.", detail=str(exc)) from exc
    items = data.get("records") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise RecordsError(
            f"Il file {path.name} non contiene un elenco di obiettivi esportato da piao.",
            detail="expected a list or {'records': [...]}",
        )
    try:
        return [ObjectiveRecord.model_validate(item) for item in items]
    except ValidationError as exc:
        raise RecordsError(
            f"Il file {path.name} contiene obiettivi non validi ({exc.error_count()} errori).",
            detail=str(exc)[:500],
        ) from exc
