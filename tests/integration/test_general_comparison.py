"""A comparison asked in general ("Biblioteca: confronta A e B"), on two invented plans:
each plan's line says what that plan does in particular (two of its rarest statements,
not one), and spends no room on who staffs it or on a heading."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

FIRST = """COMUNE DI VALBRENTA SUPERIORE
PIAO 2026-2028

Obiettivi operativi

Obiettivo 3 – Promuovere la lettura presso la biblioteca civica
Settore: Area Cultura
Finalità: Promuovere la lettura tra i cittadini di ogni età.
Fasi:
- Incontri mensili del circolo dei lettori Pagine Ritrovate con scrittori del territorio – 2026
- Prestito interbibliotecario con la rete provinciale Biblioteche in Valle – 2026
- Laboratori di lettura ad alta voce per le scuole dell'infanzia – 2026
Dipendenti coinvolti: ROSSETTI Anna
"""

SECOND = """COMUNE DI MONTEGRANA
PIAO 2026-2028

Obiettivi operativi

Obiettivo 8 – Gestire la biblioteca comunale e le attività culturali
Settore: Area Servizi alla Persona
Finalità: Garantire l'apertura della biblioteca e le iniziative culturali.
Fasi:
- Affidamento in concessione della gestione della biblioteca a una cooperativa – 2026
- Digitalizzazione del fondo storico dei periodici locali – 2027
- Apertura serale del sabato nei mesi estivi – 2026
Dipendenti coinvolti: BERETTA Luca
"""


def test_a_general_comparison_says_what_each_plan_does_in_particular(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valbrenta-superiore_piao-2026-2028.txt": FIRST,
                                        "montegrana_piao-2026-2028.txt": SECOND})
    text = answerer.answer("Biblioteca e lettura: confronta Valbrenta Superiore e Montegrana.").text
    first, second = text.split("\n")
    # (two particular statements of each plan, beyond its purpose)
    assert sum(x in first for x in ("Pagine Ritrovate", "Biblioteche in Valle", "ad alta voce")) >= 2, text
    assert sum(x in second for x in ("concessione", "fondo storico", "serale")) >= 2, text
    assert "ROSSETTI" not in text and "BERETTA" not in text, text
