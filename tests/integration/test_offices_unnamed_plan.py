"""Offices asked about with no ente named, in a library of several plans, on invented
plans: the plan meant is the one whose org chart has the offices the question names
(each plan read on its own terms), and a hop from an objective to its office's staff
asked as the second part of a question."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

# an office named by its kind and a compound's last part ("il settore finanziario")
WEIGHED = """COMUNE DI VALPROVA
PIAO 2026-2028

Struttura organizzativa

Settore\tResponsabile\tN. dipendenti
Settore II – Economico-finanziario e tributi\trag. Carlo Menabue\t6
Servizio Tecnico – Lavori pubblici e patrimonio\ting. Nadia Ferraguti\t7
Polizia Locale\tcomm. Ugo Bertazzi\t3

Obiettivi operativi

Obiettivo 1 – Recupero dell'evasione TARI
Settore: Settore II – Economico-finanziario e tributi
Peso: 8
Finalità: Ridurre l'evasione della tassa sui rifiuti.

Obiettivo 2 – Pagamenti elettronici con pagoPA
Settore: Settore II – Economico-finanziario e tributi
Peso: 12
Finalità: Portare gli incassi elettronici oltre metà del totale.

Obiettivo 3 – Asfaltatura delle strade bianche
Settore: Servizio Tecnico – Lavori pubblici e patrimonio
Peso: 15
Finalità: Mettere in sicurezza le strade comunali entro il 31/10/2026.
"""

# an office named by the question's words themselves, whose objectives state no weight
UNWEIGHED = """COMUNE DI BORGO ALTINO
PIAO 2026-2028

Obiettivi operativi

Obiettivo 1 – Nuovo inventario dei beni mobili
Settore: Settore Finanziario
Finalità: Un inventario aggiornato dei beni mobili.

Obiettivo 2 – Controllo di gestione trimestrale
Settore: Settore Finanziario
Finalità: Referti trimestrali alla Giunta sui centri di costo.

Il personale del servizio finanziario e del servizio tecnico partecipa ogni anno alla
formazione obbligatoria: più personale formato, meno errori nelle pratiche.
"""


def test_a_total_weight_comes_from_the_plan_that_states_weights(tmp_path) -> None:
    # (the other plan names the office in the question's own words, but weighs nothing:
    # it has no total to give, and does not silence the plan that has one)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": WEIGHED,
                                        "borgo-altino_piao-2026-2028.txt": UNWEIGHED})
    text = answerer.answer("Quanto pesano in totale gli obiettivi del settore finanziario?").text
    assert "peso complessivo 20" in text and "Valprova" in text, text


def test_two_offices_compared_on_staff_are_read_in_the_plan_that_charts_both(tmp_path) -> None:
    # (the other plan's prose shares the question's words and ranks first; it charts no office)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": WEIGHED,
                                        "borgo-altino_piao-2026-2028.txt": UNWEIGHED})
    text = answerer.answer("Tra servizio finanziario e servizio tecnico quale ha più personale?").text
    assert "conta 6" in text and "conta 7" in text, text


def test_two_offices_compared_on_their_objectives_get_a_count_each(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": WEIGHED})
    text = answerer.answer("ha più obiettivi il settore finanziario o il servizio tecnico?").text
    assert "2 obiettivi" in text and "1 obiettivo" in text and "Asfaltatura" in text, text


def test_a_staff_count_asked_after_who_heads_an_office_is_the_office_s(tmp_path) -> None:
    # ("e quanti dipendenti ha?" has the office as its subject: its chart count, not
    # the objective's team)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": WEIGHED + """
Obiettivo 4 – Manutenzione dei 17 ponti comunali
Settore: Servizio Tecnico – Lavori pubblici e patrimonio
Personale coinvolto: Luca Pradella, Mauro Tessari
Fasi: verifica dei ponti entro il 30/06/2026; lavori entro il 30/11/2026.
"""})
    text = answerer.answer("Chi è il responsabile della struttura che fa la manutenzione dei ponti e quanti "
                           "dipendenti ha?").text
    assert "Ferraguti" in text and "conta 7" in text, text
