"""Plans typed on a typewriter or scanned and read back as text, and plans exported to
Markdown, on invented documents: dot leaders between a form's labels and values, the
running header of a typed page, a table of one row per line inside a form, a year's
value beside the targets, an org table numbering its units under a kind, a vacant post
explained by a note, and line breaks inside a Markdown table's cells."""

from __future__ import annotations

import pytest

from ingest.models import UnitKind
from ingest.pipeline import parse_file
from ingest.text import Field, clean_text

pytestmark = pytest.mark.unit


def _page(n: int, body: str) -> str:
    return f"COMUNE DI BORGOLUNA – PIAO 2026/2028\n\n{body}\n\nPag. {n} di 3\n"


TYPED = "\f".join([
    _page(1, """SEZIONE 2 – PERFORMANCE

2.2 PERFORMANCE

Gli obiettivi sono assegnati ai Responsabili di Area; ogni scheda riporta
fasi, scadenze e indicatori con il valore 2025 e i target annuali.

SCHEDA OBIETTIVO N. 1
RIORDINO DELL'ARCHIVIO DI DEPOSITO
Responsabile ........... dott.ssa Livia Castagnoli
Servizio ............... Segreteria generale (Area I)
Finalità ............... liberare i locali di via dei Tigli e rendere
                         consultabili i fascicoli dal 1980 al 2005
Indicatori:
  Indicatore                  Valore 2025  Target 2026  Target 2027
  Fascicoli schedati (n.)     200          1.500        3.000
  Locali liberati (mq)        0            80           120"""),
    _page(2, """SCHEDA OBIETTIVO N. 2
PULIZIA DEI FOSSI NELLE FRAZIONI
Dirigente responsabile . Responsabile dell'Area III (v. organigramma)
Servizio ............... Manutenzioni (Area III)
Finalità ............... ridurre gli allagamenti delle strade vicinali

SCHEDA OBIETTIVO N. 3
SPORTELLO UNICO PER LE PRATICHE EDILIZIE
Responsabile ........... geom. Aurelio Bissoli
Servizio ............... Edilizia privata (Area III)
Finalità ............... ricevere ogni pratica per via telematica
Indicatori:
  Indicatore                  Valore 2025  Target 2026  Target 2027
  Pratiche telematiche (%)    40%          80%          100%"""),
    _page(3, """3.1 STRUTTURA ORGANIZZATIVA

AREA                              RESPONSABILE                N. DIPENDENTI
I   Affari generali               dott.ssa Livia Castagnoli   5
II  Servizi alla persona          VACANTE (*)                 4
III Tecnica                       geom. Aurelio Bissoli       6

(*) Il posto è vacante dal 01/03/2025; nelle more della copertura le relative
funzioni sono attribuite al Segretario comunale."""),
])


@pytest.fixture(scope="module")
def typed(tmp_path_factory):
    path = tmp_path_factory.mktemp("typed") / "borgoluna_piao-2026-2028.txt"
    path.write_text(TYPED, encoding="utf-8")
    return parse_file(path)


def test_dot_leaders_lead_labels_to_their_values(typed) -> None:
    first, second = [r for r in typed.records if r.codice in ("1", "2")]
    assert first.responsabile == "dott.ssa Livia Castagnoli"
    assert first.settore == "Segreteria generale (Area I)"
    assert first.motivazione and first.motivazione.startswith("liberare i locali")
    # (a label too long for its column keeps one dot)
    assert second.responsabile == "Responsabile dell'Area III (v. organigramma)"


def test_the_running_header_of_a_typed_page_is_no_text(typed) -> None:
    assert not any("BORGOLUNA – PIAO" in c.body or "Pag. 2 di 3" in c.body for c in typed.chunks)
    second = next(r for r in typed.records if r.codice == "2")
    assert second.titolo == "PULIZIA DEI FOSSI NELLE FRAZIONI"


def test_a_table_of_one_row_per_line_inside_a_form_gives_the_indicators(typed) -> None:
    first = next(r for r in typed.records if r.codice == "1")
    assert [(i.nome, i.target) for i in first.indicatori] == [
        ("Fascicoli schedati (n.) – baseline 2025: 200", "1.500"), ("Locali liberati (mq) – baseline 2025: 0", "80")]


def test_an_org_table_numbers_its_units_under_the_kind_its_column_names(typed) -> None:
    entries = {c.fields[Field.SETTORE]: c.fields[Field.TITOLARE] for c in typed.chunks if c.kind == UnitKind.ORG_CHART}
    assert entries["Area III Tecnica"] == "Aurelio Bissoli"
    assert entries["Area I Affari generali"] == "Livia Castagnoli"
    # the vacant post's note gives its functions to the role that holds it
    assert entries["Area II Servizi alla persona"] == "vacante – funzioni attribuite al Segretario comunale"


def test_a_line_break_in_a_markdown_cell_parts_two_items() -> None:
    assert clean_text("Settore 4<br>Settore 2") == "Settore 4; Settore 2"
    assert clean_text("80%<br/>90%") == "80%; 90%"
    # (before a lower-case word it only wraps the sentence)
    assert clean_text("gestione<br>ottimale dei servizi") == "gestione ottimale dei servizi"


MARKDOWN_ROWS = """# Comune di Serrapiana – PIAO 2026-2028

## 2.2 Performance

| Cod. | Obiettivo operativo | Settore | Indicatore | Target 2026 | Target 2027 |
|:--|:--|:--|:--|:--|:--|
| OB 1 | Sportello anagrafico itinerante | Settore 1 | Aperture mensili<br>Utenti serviti | 4<br>300 | 6<br>450 |
| OB 2 | Manutenzione dei fossi | Settore 3 | Km puliti | 12 | 15 |
| OB 3 | Biblioteca aperta il sabato | Settore 4 | Sabati di apertura | 40 | 44 |
"""


def test_a_cell_of_several_indicators_pairs_each_with_its_own_targets(tmp_path) -> None:
    path = tmp_path / "serrapiana_piao-2026-2028.md"
    path.write_text(MARKDOWN_ROWS, encoding="utf-8")
    first = next(r for r in parse_file(path).records if r.codice == "OB 1")
    # (the record keeps each indicator's first target)
    assert [(i.nome, i.target) for i in first.indicatori] == [("Aperture mensili", "4"), ("Utenti serviti", "300")]
