"""An invented plan whose objectives name only their service and refer to the org chart
for the person, whose org chart has one row per service and a vacant Area run by the
Segretario, and whose questions name things by the plain noun of a derived adjective."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Poggiofiorito – PIAO 2026-2028

# Premessa
Il Piano è predisposto dal Segretario comunale, dott.ssa Ilaria Bonci, che è anche RPCT. I dipendenti dell'ente sono in tutto 11.

# Obiettivi 2026

### Obiettivo 3 – «Biblioteca aperta»: orario serale e nuovi lettori
- Servizio competente: Cultura e Biblioteca
- Responsabile gestionale: il Responsabile dell'Area cui afferisce il servizio (v. organigramma)
- Risultato atteso: nuovi lettori tra studenti e lavoratori
- Misurazione (indicatore – partenza – 2026 – 2027):
  - ore settimanali di apertura al pubblico – 24 – 32 – 32
  - nuovi iscritti al prestito – 85 – 120 – 150

### Obiettivo 4 – Riorganizzazione dei servizi cimiteriali
- Unità organizzativa: Servizi Cimiteriali
- Responsabile gestionale: Responsabile dell'Area di appartenenza del servizio (v. organigramma)
- Azioni:
  - mappatura delle concessioni scadute (entro marzo 2026)
  - nuovo regolamento di polizia mortuaria (entro giugno 2026)

# Struttura organizzativa
Area\tServizio\tResponsabile EQ\tDipendenti
Area I – Amministrativa\tSegreteria e Protocollo\tvacante – funzioni attribuite al Segretario comunale\t3
Area I – Amministrativa\tServizi Cimiteriali\tvacante – funzioni attribuite al Segretario comunale\t2
Area II – Servizi alla Persona\tServizi Sociali\tdott.ssa Elisa Corradi\t4
Area II – Servizi alla Persona\tCultura e Biblioteca\tdott.ssa Elisa Corradi\t2
"""


def test_an_objective_of_a_service_is_headed_by_its_office_in_the_org_chart(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"poggiofiorito_piao-2026-2028.md": PLAN})
    # service → its office's row → a vacant post run by the Segretario → the name the plan gives
    assert "Bonci" in answerer.answer("A chi fa capo, come responsabile, l'obiettivo sui cimiteri?").text
    assert "Corradi" in answerer.answer("Chi è il responsabile EQ dell'obiettivo della biblioteca?").text


def test_a_noun_the_plan_states_as_its_adjective_is_named(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"poggiofiorito_piao-2026-2028.md": PLAN})
    text = answerer.answer("come si misura il risultato della biblioteca aperta la sera?").text
    assert "ore settimanali di apertura" in text and "non indica" not in text, text


def test_a_row_per_service_counts_the_service_not_its_office(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"poggiofiorito_piao-2026-2028.md": PLAN})
    text = answerer.answer("quanti dipendenti ha l'ufficio che segue l'obiettivo sui cimiteri?").text
    # (the row's 2 are the service's staff: the Area has 5)
    assert "Servizi Cimiteriali (Area I – Amministrativa) conta 2 dipendenti" in text, text
