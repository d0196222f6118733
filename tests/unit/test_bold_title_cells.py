"""A ruled table whose objective cell sets the title in bold over its description in
the same cell (a PDF exported from Word): the bold run is the title, the rest the
objective's description. Invented plan, through the real PDF loader and parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders import load_document
from ingest.parse import parse_document
from tests.docgen import render_table_pdf

pytestmark = pytest.mark.unit

HEADER = ["Cod.", "Obiettivo operativo", "Indicatore", "Target 2026", "Settore resp.", "Peso"]
ROWS = [
    ["1.1", "**Anagrafe nelle frazioni** Postazione mobile per il rilascio della carta d'identita nei locali "
     "delle frazioni, su prenotazione.", "giornate di apertura", "18", "Servizi demografici", "6"],
    ["1.2", "**Recupero dell'evasione TARI** Incrocio delle banche dati catastali e delle utenze ed emissione "
     "degli avvisi di accertamento.", "importo accertato", "80.000 euro", "Servizio Tributi", "8"],
    ["1.3", "Scuole sicure con presidio agli ingressi", "giorni di presidio", "150", "Polizia locale", "5"],
]


def test_the_bold_run_of_a_cell_is_the_title_and_the_rest_its_description(tmp_path: Path) -> None:
    path = tmp_path / "valdorsa_piao-2026-2028.pdf"
    path.write_bytes(render_table_pdf(HEADER, ROWS, markdown=True, widths=(12, 90, 50, 25, 45, 15)))
    records = {r.codice: r for r in parse_document(load_document(path)).records if r.codice}
    assert records["1.1"].titolo == "Anagrafe nelle frazioni"
    assert (records["1.1"].motivazione or "").startswith("Postazione mobile per il rilascio")
    assert records["1.2"].titolo == "Recupero dell'evasione TARI"
    # (a cell all in one face is its title whole)
    assert records["1.3"].titolo == "Scuole sicure con presidio agli ingressi"
    assert records["1.3"].motivazione is None
