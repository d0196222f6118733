"""Two invented plans loaded together, asked to compare the same thing in each: which
plan states the higher value ("quale comune vuole arrivare più in alto", "chi ha il
target più alto", "chi fa più …, A o B?"), whether a date is the same ("è uguale nei due
piani"), which of two objectives starts first; and an objective told apart from its
siblings by its own words, not by the strategic line above them all."""

from __future__ import annotations

import pytest

from tests.integration.test_answering_steps import answerer_over

pytestmark = pytest.mark.integration

FIRST = """# Comune di Valmosca – PIAO 2026-2028

## Obiettivi operativi

| Cod. | Obiettivo operativo | Responsabile | Indicatore | Target 2026 | Target 2027 | Scadenza |
|---|---|---|---|---|---|---|
| Linea strategica 2 – Un ente aperto e trasparente | | | | | | |
| 2.1 | Piano formativo del personale su competenze digitali e anticorruzione | dott.ssa Irene Callegaro | ore di formazione per dipendente | 20 ore | 24 ore | 31/12/2026 |
| 2.2 | Pubblicazione tempestiva nella sezione Amministrazione trasparente | dott. Aldo Ferrazzi | obblighi di pubblicazione aggiornati | 90% | 95% | 31/03/2027 |
| 2.3 | Recupero dell'evasione dei tributi comunali | rag. Bruna Tessaro | importo accertato | € 40.000 | € 55.000 | 31/12/2027 |
"""

SECOND = """COMUNE DI PRATOSELVA
PIAO 2026-2028

Obiettivi operativi

Obiettivo 5 – Trasparenza e aggiornamento del sito istituzionale
Responsabile: dott. Mauro Brunello
Indicatore: obblighi di pubblicazione aggiornati – target 2026: 85%; target 2027: 92%
Scadenza: 31/03/2027

Obiettivo 6 – Contrasto all'evasione tributaria
Responsabile: rag. Nadia Sartori
Indicatore: importo accertato – target 2026: € 30.000; target 2027: € 70.000
Scadenza: 30/06/2027

Obiettivo 7 – Manutenzione delle strade comunali
Responsabile: geom. Pietro Lazzarin
Fasi:
- Rilievo delle pavimentazioni – II trimestre 2026
- Asfaltatura del primo lotto – III trimestre 2026
Risultato atteso: rendere percorribili in sicurezza le strade comunali di ogni frazione.
Indicatore: km di strade asfaltate – target 2026: 3 km

Obiettivo 8 – Riqualificazione della palestra comunale
Responsabile: geom. Pietro Lazzarin
Fasi:
- Progettazione esecutiva – IV trimestre 2026
- Lavori – II trimestre 2027
Risultato atteso: ridurre i consumi della palestra comunale e accogliere più società sportive.
Indicatore: consumi energetici ridotti – target 2027: 20%
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):  # type: ignore[no-untyped-def]
    return answerer_over(tmp_path_factory.mktemp("two"), {"valmosca_piao-2026-2028.md": FIRST,
                                                          "pratoselva_piao-2026-2028.txt": SECOND})


@pytest.mark.parametrize("question", [
    "Nel 2027, sul recupero dell'evasione, che comune ha il valore più elevato?",
    "Nel 2027 chi punta più in alto sul recupero dell'evasione?",
])
def test_the_higher_value_asked_of_the_plans_loaded_gives_each_plans_value(answerer, question: str) -> None:
    text = answerer.answer(question).text
    # each plan's 2027 target first, not who is in charge ("chi" asks which plan)
    assert "55.000" in text and "70.000" in text, text
    for line in text.split("\n"):
        figure = min(at for f in ("55.000", "70.000") if (at := line.find(f)) >= 0)
        person = min((at for name in ("Tessaro", "Sartori") if (at := line.find(name)) >= 0), default=len(line))
        assert figure < person, text


def test_chi_with_a_comparative_between_two_named_plans_asks_which_plan(answerer) -> None:
    text = answerer.answer("Evasione dei tributi: chi fa di più nel 2027, Valmosca o Pratoselva?").text
    assert "55.000" in text and "70.000" in text, text


@pytest.mark.parametrize("question", [
    "Nei due comuni l'obiettivo della trasparenza ha una scadenza uguale?",
    "Per la trasparenza, la data di scadenza è diversa tra i due piani?",
])
def test_sameness_asked_of_the_two_plans_compares_the_objective_each_names(answerer, question: str) -> None:
    # ("uguale" asks how the dates relate: no topic word a passage must hold; the
    # strategic line above every Valmosca objective says "trasparente", the objective
    # whose own title says it is the one asked about)
    text = answerer.answer(question).text
    assert "31/03/2027" in text and text.count("31/03/2027") >= 2, text
    assert "31/12/2026" not in text, text


@pytest.mark.parametrize("question", [
    "A Pratoselva comincia prima la manutenzione delle strade comunali o la riqualificazione della palestra?",
    "A Pratoselva iniziano prima i lavori sulle strade comunali o quelli sulla palestra comunale?",
])
def test_which_of_two_objectives_starts_first_shows_their_phases(answerer, question: str) -> None:
    text = answerer.answer(question).text
    assert "II trimestre 2026" in text and "IV trimestre 2026" in text, text
    # (the start asked: each objective's phases lead, before any other field)
    for line in text.split("\n"):
        assert "risultato" not in line or line.find("trimestre") < line.find("risultato"), text
