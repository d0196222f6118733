"""A table that is no objectives' table (a risk map): each of its rows is a line of its
own, never run into the next as wrapped prose, and a passage of its own (its header,
whose names the objective vocabulary does not know, heads the rows by its shape), so
that two rows compared are each shown with their cells. Invented plan, rows as a PDF's
cells give them (TAB-separated)."""

from __future__ import annotations

from assistant.answering.candidates import logical_lines
from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI VALDORSA
PIAO 2026-2028

2.3 Rischi corruttivi e trasparenza

La mappatura dei processi ha individuato le aree di rischio della tabella, con il livello stimato e la misura principale.

Area di rischio\tLivello di rischio\tMisura di prevenzione
Contratti pubblici – affidamenti diretti\talto\tRotazione degli affidatari e pubblicazione trimestrale degli affidamenti
Governo del territorio – titoli edilizi\tmedio\tControllo a campione del 10% delle pratiche edilizie
Gestione del personale – selezioni\tbasso\tCommissioni con almeno un componente esterno
"""


def test_each_row_of_a_table_in_a_section_is_a_line_of_its_own(tmp_path) -> None:
    body = "Contratti pubblici – affidamenti diretti alto Rotazione degli affidatari\nGoverno del territorio – titoli edilizi medio Controllo"
    rows = frozenset({"Contratti pubblici – affidamenti diretti alto Rotazione degli affidatari"})
    assert len(logical_lines(body, rows)) == 2
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.txt": PLAN})
    text = answerer.answer("Quale area è più a rischio, gli affidamenti diretti o le selezioni del personale?").text
    assert "affidamenti diretti" in text and "selezioni" in text, text
    assert "Livello di rischio: alto" in text and "Livello di rischio: basso" in text, text
    assert "titoli edilizi" not in text, text
