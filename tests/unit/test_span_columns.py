"""A schedule table whose time is given by two columns, its start and its end ("Cod. |
Fase | Dal | Al"), keyed by the objectives' codes: each row is a phase of the objective
with that code, timed "dal X al Y". On an invented plan through the real parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders import load_document
from ingest.parse import parse_document

pytestmark = pytest.mark.unit

PLAN = """# Comune di Valdorsa – PIAO 2026-2028

## Tabella 1 – Obiettivi operativi

| Cod. | Obiettivo operativo | Indicatore | Target 2026 | Settore resp. | Peso |
|---|---|---|---|---|---|
| 1.1 | Archivio digitale delle pratiche edilizie | % pratiche digitalizzate | 60% | Settore Tecnico | 8 |
| 1.2 | Sportello anagrafe nelle frazioni | giornate di apertura | 18 | Servizi demografici | 6 |

## Tabella 2 – Fasi e tempi di attuazione

| Cod. | Fase | Dal | Al |
|---|---|---|---|
| 1.1 | Scansione delle pratiche dal 1990 | 01/02/2026 | 30/06/2026 |
| 1.1 | Pubblicazione on line dell'archivio | 01/07/2026 | 15/12/2026 |
| 1.2 | Allestimento della postazione mobile | 12/01/2026 | 27/03/2026 |

- dal 2027: estensione dello sportello alle case di riposo
"""


@pytest.mark.parametrize("columns", ["| Dal | Al |", "| Data inizio | Data fine |", "| Inizio | Fine |"])
def test_a_schedule_with_start_and_end_columns_times_each_phase_of_its_objective(tmp_path: Path, columns: str) -> None:
    path = tmp_path / "valdorsa_piao-2026-2028.md"
    path.write_text(PLAN.replace("| Dal | Al |", columns), encoding="utf-8")
    records = {r.codice: r for r in parse_document(load_document(path)).records if r.codice}
    assert set(records) == {"1.1", "1.2"}
    phases = [(p.descrizione, p.tempistica) for p in records["1.1"].fasi]
    assert phases == [("Scansione delle pratiche dal 1990", "dal 01/02/2026 al 30/06/2026"),
                      ("Pubblicazione on line dell'archivio", "dal 01/07/2026 al 15/12/2026")], phases
    assert [(p.descrizione, p.tempistica) for p in records["1.2"].fasi] == [
        ("Allestimento della postazione mobile", "dal 12/01/2026 al 27/03/2026")]
