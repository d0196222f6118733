"""A table whose rows are grouped under bands: rows with only their first cell filled
("Obiettivo strategico 1 – …", a merged row spanning the table). Each band frames the
rows below it, up to the next band. Invented plan, through the real parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders import load_document
from ingest.parse import parse_document

pytestmark = pytest.mark.unit

ROWS = """Cod.\tObiettivo operativo\tIndicatore\tTarget 2026\tSettore resp.\tPeso
{band1}\t\t\t\t\t
1.1\tArchivio digitale delle pratiche edilizie\t% pratiche digitalizzate\t60%\tSettore Tecnico\t8
1.2\tSportello anagrafe nelle frazioni\tgiornate di apertura\t18\tServizi demografici\t6
{band2}\t\t\t\t\t
2.1\tScuole sicure con presidio agli ingressi\tgiorni di presidio\t150\tPolizia locale\t5
"""


def _records(tmp_path: Path, band1: str, band2: str) -> dict:
    path = tmp_path / "valdorsa_piao-2026-2028.txt"
    path.write_text("COMUNE DI VALDORSA\nPIAO 2026-2028\n\nTabella 1 – Obiettivi operativi\n\n"
                    + ROWS.format(band1=band1, band2=band2), encoding="utf-8")
    return {r.codice: r for r in parse_document(load_document(path)).records if r.codice}


def test_a_band_frames_the_rows_below_it_up_to_the_next(tmp_path: Path) -> None:
    records = _records(tmp_path, "Obiettivo strategico 1 – Un Comune digitale e trasparente",
                       "Obiettivo strategico 2 – Un paese sicuro")
    assert records["1.1"].obiettivo_strategico == "Un Comune digitale e trasparente"
    assert records["1.2"].obiettivo_strategico == "Un Comune digitale e trasparente"
    assert records["2.1"].obiettivo_strategico == "Un paese sicuro"


def test_a_band_of_a_strategic_line_is_the_rows_area(tmp_path: Path) -> None:
    records = _records(tmp_path, "Linea strategica A – Comune digitale", "Linea strategica B – Sicurezza")
    assert records["2.1"].area_strategica == "Sicurezza"
    assert records["2.1"].obiettivo_strategico is None
