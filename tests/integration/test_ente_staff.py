"""How many people work for the ente, and for the office of an objective that names only
its head, on invented plans.

- "Quanti dipendenti ha il comune in totale?": the plan's sentence stating the whole
  staff, not an objective's team nor one office's count; with no ente named, each plan
  that states its own.
- An objective card naming only its responsible person: the office is the org-chart
  entry that person heads, and its staff is that entry's.
"""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

FIRST = """Comune di Valmora Superiore – PIAO 2026-2028

Premessa
Alla data del 31/12/2025 prestano servizio presso l'ente 27 dipendenti a tempo indeterminato, oltre al Segretario comunale in convenzione.
Il personale è così ripartito: Settore I 9 unità; Settore II 5 unità.

Organigramma
Settore | Titolare di Posizione Organizzativa | Servizi assegnati | N. dipendenti
I – Tecnica e Ambiente | ing. Davide Moretto | Lavori pubblici; Ecologia | 9
II – Finanziario e Tributi | rag. Silvia Colnago | Ragioneria; Tributi | 5

Obiettivo 1 – Sperimentazione della tariffa puntuale dei rifiuti
Responsabile: ing. Davide Moretto
Dipendenti coinvolti: ROSSI Anna (C1), VERDI Paolo (B3)
Indicatore: Raccolta differenziata – Target: 75%

Obiettivo 2 – Recupero dell'evasione IMU
Responsabile: Settore II – Finanziario e Tributi
Dipendenti coinvolti: NERI Carla (C2)
Indicatore: Avvisi emessi – Target: 200

Obiettivo 3 – Manutenzione delle strade comunali
Responsabile: Settore I – Tecnica e Ambiente
Dipendenti coinvolti: BASSI Ugo (B3)
Indicatore: Strade riasfaltate (km) – Target: 4
"""

SECOND = """Comune di Borgo Tarsia – PIAO 2026-2028

Obiettivo 1 – Nuovo sportello anagrafe
Responsabile: Area Amministrativa
Dipendenti coinvolti: BIANCHI Luca (C1), GALLI Sara (C1), FERRI Marco (B1)
Indicatore: Tempo di attesa – Target: 15 minuti
"""


def test_the_ente_staff_is_the_sentence_stating_the_whole(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.txt": FIRST, "borgo-tarsia_piao-2026-2028.txt": SECOND})
    for question in ("Quanti dipendenti ha il comune di Valmora Superiore in totale?",
                     "Quanti dipendenti ha il comune in totale?"):
        ans = answerer.answer(question)
        assert ans.found and "27 dipendenti" in ans.text, question
        assert "ROSSI" not in ans.text and "BIANCHI" not in ans.text


def test_the_office_of_an_objective_naming_only_its_head(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.txt": FIRST})
    ans = answerer.answer("Quanti dipendenti ha il settore che porta avanti la sperimentazione della tariffa puntuale?")
    assert ans.found and "9 dipendenti" in ans.text


def test_the_office_linked_from_the_org_chart_is_named_by_its_entry(tmp_path) -> None:
    # offices named with their kind: the objective's office comes linked from the org
    # chart's row, and the staff is read from that entry, not sought by the row's text
    plan = FIRST.replace("I – Tecnica e Ambiente | ing. Davide Moretto | Lavori pubblici; Ecologia | 9",
                         "Area Tecnica | ing. Davide Moretto | Lavori pubblici; Ecologia | 9")
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.txt": plan})
    ans = answerer.answer("Quanti dipendenti ha il settore che porta avanti la sperimentazione della tariffa puntuale?")
    assert ans.found and "9 dipendenti" in ans.text


def test_the_staff_in_service_given_as_a_labels_value(tmp_path) -> None:
    # "in servizio" says people are employed (no office "servizio"); the whole staff is a
    # label's value ("Totale dipendenti in servizio al …: 27"), no "27 dipendenti"; an
    # objective for the staff "in servizio" is no office's answer
    plan = FIRST.replace("Alla data del 31/12/2025 prestano servizio presso l'ente 27 dipendenti a tempo indeterminato, "
                         "oltre al Segretario comunale in convenzione.",
                         "Totale dipendenti in servizio al 31/12/2025: 27, oltre al Segretario comunale in convenzione.\n\n"
                         "Obiettivo 4 – Formazione digitale di tutti i dipendenti in servizio\n"
                         "Responsabile: Settore II – Finanziario e Tributi\n"
                         "Indicatore: Dipendenti formati – Target: 100%")
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.txt": plan})
    ans = answerer.answer("Quanti dipendenti ci sono in servizio?")
    assert ans.found and "in servizio al 31/12/2025: 27" in ans.text, ans.text
    assert "conta 5 dipendenti" not in ans.text and "ROSSI" not in ans.text, ans.text


TOTAL_ROW = """Comune di Valmora Superiore – PIAO 2026-2028

Organigramma
Settore | Titolare di Posizione Organizzativa | Servizi assegnati | N. dipendenti
I – Tecnica e Ambiente | ing. Davide Moretto | Lavori pubblici; Ecologia | 9
II – Finanziario e Tributi | rag. Silvia Colnago | Ragioneria; Tributi | 5
III – Polizia locale | comm. Carlo Bassetti | Vigilanza; Commercio | 4
Totale dipendenti | | | 18

Obiettivo 1 – Sperimentazione della tariffa puntuale dei rifiuti
Responsabile: ing. Davide Moretto
Indicatore: Raccolta differenziata – Target: 75%
"""


def test_the_org_charts_total_row_is_the_ente_staff(tmp_path) -> None:
    # "secondo l'organigramma" names the whole chart, no office; its total row states the
    # whole staff, which is read, not summed
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.txt": TOTAL_ROW})
    ans = answerer.answer("Quanti dipendenti ha il comune secondo l'organigramma?")
    assert ans.found and "Totale dipendenti: 18" in ans.text and "sommando" not in ans.text, ans.text


def test_which_ente_has_more_people_in_service_compares_each_whole_staff(tmp_path) -> None:
    # ("più personale in servizio": people employed, no office named; "quale dei due
    # comuni" compares the plans, each by its whole staff)
    second = SECOND.replace("Obiettivo 1 –",
                            "Premessa\nAl 31/12/2025 sono in servizio 12 dipendenti.\n\nObiettivo 1 –")
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.txt": FIRST, "borgo-tarsia_piao-2026-2028.txt": second})
    text = answerer.answer("Quale dei due comuni ha più personale in servizio?").text
    assert "27 dipendenti" in text and "12 dipendenti" in text and "conta 9" not in text, text
