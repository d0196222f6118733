"""A space-aligned form whose fields are not set apart by blank lines (label column,
value column): each line that opens with a field label starts a row of its own, so the
labels are not read as one cell and the values as another."""

from __future__ import annotations

from ingest.loaders.text_columns import relayout

FORM = """SCHEDA OBIETTIVO N. 4
Codice obiettivo         OP-04
Titolo                   Nuovo regolamento per le sale civiche
Responsabile             Responsabile dell'Area Affari Generali
Obiettivo strategico     DUP 1.2 – Partecipazione e trasparenza
                         dell'azione amministrativa
Indicatore               a) regolamento approvato in Consiglio
                         b) sale prenotate online sul totale
Target 2026              a) entro il 30/09/2026; b) almeno 60%
"""


def test_each_labelled_line_of_a_form_is_a_row_of_its_own() -> None:
    lines = relayout(FORM).split("\n")
    assert lines[0] == "SCHEDA OBIETTIVO N. 4"
    assert "Titolo\tNuovo regolamento per le sale civiche" in lines
    # (a value wrapped onto the next line stays with its label)
    assert "Obiettivo strategico\tDUP 1.2 – Partecipazione e trasparenza dell'azione amministrativa" in lines
    assert "Target 2026\ta) entro il 30/09/2026; b) almeno 60%" in lines


def test_a_table_of_several_columns_keeps_one_row_per_block() -> None:
    # (its first column's cells are no field labels, and a cell wraps onto the next line)
    table = ("Sale civiche       Area Affari         entro il 30/09\n"
             "                   Generali\n\n"
             "Nuovo PEBA         Area Tecnica        entro il 31/03\n\n"
             "Piano neve         Area Tecnica        entro il 30/11\n")
    lines = relayout(table).split("\n")
    assert "Sale civiche\tArea Affari Generali\tentro il 30/09" in lines
    assert "Nuovo PEBA\tArea Tecnica\tentro il 31/03" in lines
