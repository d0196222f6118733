"""What an office comprises, asked by the office's kind and first word, on invented
plans: "quali servizi fanno parte del settore finanziario" is answered by the org
chart's services of "II – Finanziario e Tributi" (a chart that numbers its offices),
not by an objective that shares the word "finanziario"."""

from __future__ import annotations

from assistant.answering.organisation import asks_services
from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valmora Superiore – PIAO 2026-2028

## Organigramma

| Settore | Titolare di Posizione Organizzativa | Servizi assegnati | N. dipendenti |
|---|---|---|---|
| I – Affari generali | dott.ssa Carla Visconti | Segreteria; Protocollo; Anagrafe | 7 |
| II – Finanziario e Tributi | rag. Silvia Colnago | Ragioneria ed Economato; Tributi; Società partecipate | 5 |
| III – Tecnico | ing. Marco Bellini | Lavori pubblici; Manutenzioni | 9 |

## Obiettivi

### Obiettivo 1 – Controllo dei flussi finanziari del bilancio
Responsabile: rag. Silvia Colnago
Fasi: invio ai responsabili di servizio dello schema di bilancio – entro il 15 settembre
"""

OTHER = """# Comune di Borgo Tarsia – PIAO 2026-2028

### Obiettivo 1 – Nuovo regolamento di contabilità finanziaria
Responsabile: Area Amministrativa
"""


def test_the_services_of_an_office_named_by_its_kind_and_first_word(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valmora_piao-2026-2028.md": PLAN, "borgo-tarsia_piao-2026-2028.md": OTHER})
    for question in ("Quali servizi fanno parte del settore finanziario?",
                     "Mi elenchi i servizi assegnati al settore finanziario di Valmora Superiore?"):
        ans = answerer.answer(question)
        assert ans.found, question
        for service in ("Ragioneria ed Economato", "Tributi", "Società partecipate"):
            assert service in ans.text, (question, service)
        assert "Lavori pubblici" not in ans.text


def test_who_does_a_service_is_no_services_question() -> None:
    assert asks_services("quali uffici fanno parte dell'area tecnica?")
    assert not asks_services("chi gestisce i servizi del settore tecnico?")
    assert not asks_services("quali servizi sociali offre il comune?")


BY_SERVICE = """# Comune di Castelfranco Alpestre – PIAO 2026-2028

## Organigramma

| Settore | Responsabile | Servizi | Dipendenti |
|---|---|---|---|
| Settore 1 – Amministrativo | dott. Elio Basaglia | Segreteria; Anagrafe; Protocollo | 6 |
| Settore 2 – Contabile | rag. Nadia Ferrazzi | Ragioneria; Tributi; Economato | 4 |
| Settore 3 – Tecnico | geom. Ugo Cescutti | Lavori pubblici; Manutenzioni | 8 |

## Obiettivi operativi

| N. | Obiettivo | Settore | Target 2026 |
|---|---|---|---|
| 1 | Cassetto fiscale on line per i contribuenti | Settore 2 – Contabile | 500 accessi |
| 2 | Carta d'identità elettronica in giornata | Settore 1 – Amministrativo | 90% |
| 3 | Pagamento delle fatture entro 20 giorni | Settore 2 – Contabile | 20 giorni |
| 4 | Asfaltatura delle strade di montagna | Settore 3 – Tecnico | 8 km |
| 5 | Bonifica dell'anagrafe tributaria | Settore 2 – Contabile | 100% |
"""


def test_the_objectives_of_an_office_named_by_one_of_its_services(tmp_path) -> None:
    # "la ragioneria" is a service the org chart files under "Settore 2 – Contabile":
    # that office's objectives, all of them and no other office's
    answerer = answerer_over(tmp_path, {"castelfranco-alpestre_piao-2026-2028.md": BY_SERVICE})
    for question in ("che obiettivi ha la ragioneria?", "Quali sono gli obiettivi dell'ufficio ragioneria di Castelfranco Alpestre?"):
        text = answerer.answer(question).text
        for title in ("Cassetto fiscale", "Pagamento delle fatture", "Bonifica dell'anagrafe tributaria"):
            assert title in text, (question, text)
        assert "Carta d'identità" not in text and "Asfaltatura" not in text, (question, text)


SERVICE_ALIASES = """# Comune di Roncofreddo Alto – PIAO 2026-2028

## Obiettivi operativi

| Cod. | Obiettivo operativo | Responsabile | Target 2026 |
|---|---|---|---|
| OB 1 | Rifacimento della copertura del palazzetto dello sport | Ufficio tecnico – Servizio Manutenzioni | 100% |
| OB 2 | Bonifica della banca dati della tassa rifiuti | Ufficio Tributi | 900 posizioni |

## Organigramma

| Area | Titolare di EQ | Servizi | Dipendenti |
|---|---|---|---|
| Area 1 – Finanziaria | rag. Oriana Pelliccioni | Ragioneria e bilancio, tributi (IMU, TARI), economato | 5 |
| Area 2 – Tecnica | geom. Walter Baiocchi | Manutenzioni e patrimonio (ufficio tecnico), urbanistica | 8 |
"""


def test_the_head_of_an_office_named_by_a_service_alias_or_a_service_s_first_words(tmp_path) -> None:
    # "Ufficio tecnico – Servizio Manutenzioni" names the service "Manutenzioni e
    # patrimonio (ufficio tecnico)" twice; "Ufficio Tributi" the service "tributi (IMU,
    # TARI)", one service whatever commas its parenthesis holds
    answerer = answerer_over(tmp_path, {"roncofreddo-alto_piao-2026-2028.md": SERVICE_ALIASES})
    text = answerer.answer("Chi è il responsabile del rifacimento della copertura del palazzetto?").text
    assert "Baiocchi" in text and "Pelliccioni" not in text, text
    text = answerer.answer("chi segue la bonifica della banca dati della tassa rifiuti?").text
    assert "Pelliccioni" in text and "Baiocchi" not in text, text


JOINED_SERVICES = """# Comune di Valdigorra – PIAO 2026-2028

## Organigramma

| Settore | Responsabile | Servizi | Dipendenti |
|---|---|---|---|
| Settore 1 – Amministrativo | dott.ssa Rina Tomasella | Segreteria; Anagrafe e stato civile | 5 |
| Settore 2 – Tecnico | ing. Sergio Pellegatta | Strade e cimiteri; Protezione civile e verde pubblico | 7 |

## Obiettivi operativi

| N. | Obiettivo | Settore | Target 2026 |
|---|---|---|---|
| 1 | Esercitazione del piano di emergenza comunale | Settore 2 – Tecnico | 1 esercitazione |
| 2 | Nuovo regolamento dei cimiteri | Settore 2 – Tecnico | approvazione |
| 3 | Carta d'identità elettronica in giornata | Settore 1 – Amministrativo | 90% |
"""


def test_the_objectives_and_head_of_the_office_that_does_a_joined_service(tmp_path) -> None:
    # "il settore che si occupa di protezione civile" names the office whose chart
    # entry lists "Protezione civile e verde pubblico": its objectives, all of them,
    # and, asked for the person, its head first
    answerer = answerer_over(tmp_path, {"valdigorra_piao-2026-2028.md": JOINED_SERVICES})
    text = answerer.answer("Il titolare del settore che si occupa di protezione civile quali obiettivi ha?").text
    assert "Pellegatta" in text, text
    for title in ("Esercitazione del piano di emergenza", "Nuovo regolamento dei cimiteri"):
        assert title in text, text
    assert "Carta d'identità" not in text, text
    text = answerer.answer("Quali obiettivi ha il settore che si occupa di protezione civile?").text
    assert "Nuovo regolamento dei cimiteri" in text and "Pellegatta" not in text, text


OUTLINE_CHART = """# Comune di Valdibrena – PIAO 2026-2028

## Obiettivi operativi

| Cod. | Obiettivo | Servizio | Target 2026 |
|---|---|---|---|
| SG.01 | Bonifica della banca dati IMU | Servizio Bilancio e Tributi | 600 avvisi |
| SG.02 | Nuovo sistema di valutazione | Servizio Personale, Organizzazione e Formazione | approvazione |
| ST.01 | Catasto delle strade | Servizio Lavori pubblici | 64 km |

## Struttura organizzativa

### Area Servizi generali
Dirigente: dott. Ugo Ravelli
#### Servizio Bilancio e Tributi
Incaricato EQ: rag. Elio Fumagalli
#### Servizio Personale, Organizzazione e Formazione
Incaricato EQ: dott.ssa Nora Pastori
### Area Tecnica
Dirigente: arch. Lia Sormani
#### Servizio Lavori pubblici
Incaricato EQ: ing. Dario Corti
"""


def test_an_area_s_objectives_are_those_filed_under_its_services(tmp_path) -> None:
    # the objectives name the Servizio; the chart's outline puts each Servizio in its
    # Area: the Area's objectives are its Servizi's (one named with a comma, too)
    answerer = answerer_over(tmp_path, {"valdibrena_piao-2026-2028.md": OUTLINE_CHART})
    text = answerer.answer("Quali sono gli obiettivi dell'Area Servizi generali?").text
    assert "Bonifica della banca dati IMU" in text and "Nuovo sistema di valutazione" in text, text
    assert "Catasto delle strade" not in text, text


def test_the_head_of_the_area_above_the_service_in_charge(tmp_path) -> None:
    # "il dirigente dell'area che …": the Servizio in charge is listed under an Area,
    # whose head is the one asked; asked of the service, its own head
    answerer = answerer_over(tmp_path, {"valdibrena_piao-2026-2028.md": OUTLINE_CHART})
    text = answerer.answer("Chi è il dirigente dell'area che segue la bonifica della banca dati IMU?").text
    assert "Ravelli" in text, text
    text = answerer.answer("Chi è l'incaricato EQ del servizio che segue la bonifica della banca dati IMU?").text
    assert "Fumagalli" in text and "Ravelli" not in text, text
