"""Objectives a table assigns to a struttura only, and an org table that names each
struttura's head (an interim head, a head of two strutture): who answers for an
objective is the head of its struttura, and a head's strutture lead to their
objectives (an invented plan, its tables' cells apart as a ruled PDF gives them)."""

from __future__ import annotations

import pytest

from tests.integration.test_answering_steps import answerer_over

pytestmark = pytest.mark.integration

PLAN = "\n".join([
    "COMUNE DI ROVERELLA – PIAO 2026-2028",
    "",
    "2.2 Obiettivi operativi",
    "Il responsabile di ciascuna struttura è indicato nella sottosezione 3.1.",
    "Cod.\tObiettivo\tStruttura\tFasi / scadenze\tIndicatore\tBaseline\tTarget 2026",
    "OB.01\tArchivio digitale delle delibere\tServizio Segreteria e Contratti\tScansione entro il 30/04/2026;"
    " pubblicazione entro il 30/09/2026\tDelibere consultabili on line\t40%\t100%",
    "OB.02\tPrenotazione on line delle carte d'identità\tUfficio Anagrafe e Stato civile\tAgenda on line entro"
    " il 31/03/2026\tAppuntamenti prenotati on line\t20%\t70%",
    "OB.03\tVariante per le aree produttive dismesse\tUfficio Edilizia e Paesaggio\tAdozione entro il 15/12/2026"
    "\tVariante adottata\tno\tsì",
    "OB.04\tPedibus per le scuole primarie\tServizio Vigilanza\tAvvio entro il 14/09/2026\tBambini iscritti"
    "\t35 bambini\t80 bambini",
    "",
    "3.1 Struttura organizzativa",
    "Struttura\tResponsabile\tCategoria/Qualifica\tN. addetti",
    "Servizio Segreteria e Contratti\tdott.ssa Irene Tomasin\tFunzionario amministrativo\t4",
    "Ufficio Anagrafe e Stato civile\tdott.ssa Irene Tomasin (ad interim)\tFunzionario amministrativo\t3",
    "Ufficio Edilizia e Paesaggio\tdott. Aldo Bettin, Segretario comunale, ad interim (*)\tSegretario comunale\t2",
    "Servizio Vigilanza\tcomm. Sara Zanin\tFunzionario di vigilanza\t3",
    "Totale\t\t\t12",
    "(*) Incarico ad interim fino alla copertura del posto.",
    "",
])


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):  # type: ignore[no-untyped-def]
    return answerer_over(tmp_path_factory.mktemp("heads"), {"roverella_piao-2026-2028.txt": PLAN})


def test_the_head_of_an_objectives_struttura_answers_for_it(answerer) -> None:
    text = answerer.answer("Chi è responsabile del pedibus?").text
    assert "Sara Zanin" in text, text


def test_an_interim_head_is_said_to_be_one(answerer) -> None:
    text = answerer.answer("Chi segue la variante per le aree produttive?").text
    assert "Aldo Bettin" in text and "interim" in text, text


@pytest.mark.parametrize("question", [
    "Quali strutture dirige la dott.ssa Tomasin?",
    "La dott.ssa Tomasin dirige solo la segreteria?",
])
def test_a_head_of_two_strutture_is_given_both(answerer, question: str) -> None:
    text = answerer.answer(question).text
    assert "Servizio Segreteria e Contratti" in text and "Ufficio Anagrafe e Stato civile" in text, text
    assert "(4 dipendenti)" in text and "(3 dipendenti)" in text, text


def test_an_objective_asked_of_a_head_is_no_question_of_their_strutture(answerer) -> None:
    # (a topic beyond the person and their offices: the objective answers)
    text = answerer.answer("La dott.ssa Tomasin è responsabile dell'archivio digitale delle delibere?").text
    assert "Archivio digitale delle delibere" in text and "2 strutture" not in text, text


def test_a_head_asked_by_a_capitalised_role_is_the_roles_holder(answerer) -> None:
    # ("il Segretario comunale" is a role, not a name: its holder heads a struttura)
    text = answerer.answer("Di quale obiettivo risponde il Segretario comunale?").text
    assert "OB.03" in text and "Variante per le aree produttive dismesse" in text, text


def test_an_objective_described_by_the_head_of_its_struttura_is_that_objective(answerer) -> None:
    # (the hop person → struttura → objective, then the objective's field)
    text = answerer.answer("Da che valore parte l'indicatore dell'obiettivo affidato alla struttura della "
                           "comm. Zanin, e a quanto deve arrivare?").text
    assert "35 bambini" in text and "80 bambini" in text, text
    # (a head of two objectives describes neither)
    assert answerer._head_described("Qual è il target dell'obiettivo della dott.ssa Tomasin?").endswith("Tomasin?")


def test_the_staff_under_a_head_of_two_strutture_is_their_sum(answerer) -> None:
    # (the words the head's entries state, "l'interim", are no topic beyond them)
    text = answerer.answer("Quanti dipendenti in tutto fanno capo alla dott.ssa Tomasin, contando anche l'interim?").text
    assert "7 dipendenti in tutto" in text, text


SERVICES_PLAN = """# Comune di Roverella – PIAO 2026-2028

## Organigramma
Area | Responsabile | Uffici
Area Tecnica | arch. Luisa Brentan | Ufficio Lavori pubblici; Ufficio Verde pubblico
Area Finanziaria | rag. Ugo Nalin | Ragioneria; Tributi

## Obiettivi

### Obiettivo 1 – Rifacimento della scuola di via Po
Responsabile: arch. Luisa Brentan
Peso: 10

### Obiettivo 2 – Nuovi alberi nei viali
Finalità: Messa a dimora di 200 alberi. L'intervento è seguito dall'Ufficio Verde pubblico.
Indicatore: alberi piantati – target 2026: 200
Peso: 6
"""


def test_an_objective_assigned_in_its_prose_to_an_office_of_the_head_is_theirs(tmp_path) -> None:
    # ("L'intervento è seguito dall'Ufficio X": the office of an objective with no office field)
    answerer = answerer_over(tmp_path, {"roverella_piao-2026-2028.md": SERVICES_PLAN})
    text = answerer.answer("Quali obiettivi ha in carico l'arch. Brentan?").text
    assert "Rifacimento della scuola" in text and "Nuovi alberi nei viali" in text, text


LEADERS_PLAN = """COMUNE DI ROVERELLA
PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028

2.1 Obiettivo strategico – Sicurezza urbana

2.1.1 Telecamere agli accessi del paese
L'obiettivo, in capo al Comando di Polizia Locale, prevede 8 nuove telecamere agli ingressi del paese e nelle
piazze, collegate alla centrale operativa. Installazione entro il 30/09/2026. Peso 7.

2.1.2 Piano neve per le strade collinari
L'obiettivo, in capo al Servizio Manutenzioni, prevede un nuovo appalto per lo sgombero neve. Peso 5.

2.2 Riepilogo dei pesi
Codice\tObiettivo\tTarget 2026\tPeso
2.1.1\tVideocamere agli ingressi\t8 telecamere\t7
2.1.2\tPiano neve\t1 appalto\t5

3.1 Organigramma
Servizio Manutenzioni ............................................geom. Paolo Furlan (EQ) – 6 unità
Polizia Locale .....................................................comm. Elsa Moretto (Comandante, EQ) – 3 unità
"""


def test_a_role_given_in_a_chart_with_dot_leaders_leads_to_its_objective(tmp_path) -> None:
    # (dot leaders part the office from its head as a cell border does; the objective's
    # office is the one the prose under its numbered heading puts in charge, "in capo al
    # Comando di …", whatever short title a summary table gives it)
    answerer = answerer_over(tmp_path, {"roverella_piao-2026-2028.txt": LEADERS_PLAN})
    text = answerer.answer("Di quale obiettivo si occupa il comandante della polizia locale?").text
    assert "Videocamere agli ingressi" in text and "Piano neve" not in text, text
    assert "prevede 8" not in text, text  # (the office ends with its name)
