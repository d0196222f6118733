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


BARRIERS_A = """COMUNE DI ROVERETO ALTO
PIAO 2026-2028

Obiettivi operativi

Obiettivo 4 – Accessibilità degli spazi pubblici
Settore: Area Lavori Pubblici
Finalità: Ridurre le barriere architettoniche che ostacolano chi si muove in carrozzina.
Fattori critici: Le barriere architettoniche nei marciapiedi del centro storico rendono difficili i percorsi.
Fasi:
- Censimento dei percorsi pedonali con le associazioni – 2026
- Aggiornamento del PEBA comunale – 2026
- Rifacimento delle rampe della stazione ferroviaria – 2027
- Collaudo con il Comitato Mobilità Libera – 2027
"""

BARRIERS_B = """COMUNE DI SASSOFERRO
PIAO 2026-2028

Obiettivi operativi

Obiettivo 2 – Eliminare le barriere architettoniche negli edifici comunali
Settore: Area Tecnica
Finalità: Rendere accessibili le sedi comunali.
Fasi:
- Installazione di un ascensore nel municipio – 2026
- Servoscala nella biblioteca – 2027
"""


def test_a_general_comparison_names_each_plans_phases(tmp_path) -> None:
    """What a plan does is its phases: the particular one ("Aggiornamento del PEBA")
    holds no word of the question, and is shown among the phases' opening words."""
    answerer = answerer_over(tmp_path, {"rovereto-alto_piao-2026-2028.txt": BARRIERS_A,
                                        "sassoferro_piao-2026-2028.txt": BARRIERS_B})
    text = answerer.answer("Barriere architettoniche: confronta Rovereto Alto e Sassoferro.").text
    lines = text.split("\n")
    assert len(lines) == 2, text
    first = next(x for x in lines if "Rovereto" in x)
    assert "PEBA" in first and "Censimento" in first, text
    assert "ascensore" in text, text


ELDERLY_A = """COMUNE DI VALPIANA
PIAO 2026-2028

Obiettivi operativi

Obiettivo 6 – Campagna informativa contro le truffe agli anziani
Settore: Area Polizia Locale
Obiettivo strategico: Creare un servizio di sicurezza sociale per la protezione delle persone anziane.
Fasi:
- Incontri nei circoli con i carabinieri – 2026

Obiettivo 7 – Favorire la socializzazione degli anziani con spazi aggregativi
Settore: Area alla Persona
Finalità: Ridurre il rischio di isolamento.
Fasi:
- Corsi per usare lo smartphone e lo SPID – 2026
- Pranzi comunitari nel centro civico – 2026
"""

ELDERLY_B = """COMUNE DI CORTEMALE
PIAO 2026-2028

Obiettivi operativi

Obiettivo 3 – Promuovere la socializzazione informale degli anziani
Settore: Area Servizi Sociali
Finalità: Offrire occasioni di incontro presso il Centro Anziani.
Fasi:
- Convenzione con il Centro Anziani – 2026
"""


def test_each_plan_is_compared_by_its_objective_about_the_topic(tmp_path) -> None:
    """The objective whose title names the topic leads its plan's line, though a
    sentence of another objective shares a word's root ("sociale") and outscores it."""
    answerer = answerer_over(tmp_path, {"valpiana_piao-2026-2028.txt": ELDERLY_A,
                                        "cortemale_piao-2026-2028.txt": ELDERLY_B})
    text = answerer.answer("Anziani e socializzazione: confronta Valpiana e Cortemale.").text
    first = next(x for x in text.split("\n") if "Valpiana" in x)
    assert "socializzazione degli anziani" in first and "truffe" not in first, text
