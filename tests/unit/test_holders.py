"""The hop from an office or a role a passage names to the person the same plan names
for it (invented plans)."""

from __future__ import annotations

from assistant.answering import holders
from assistant.answering.holders import office_named, role_holder, titled
from ingest.models import Chunk, UnitKind
from ingest.text import Field


def _chunk(text: str, kind: UnitKind = UnitKind.SECTION, **fields: str) -> Chunk:
    return Chunk(id=str(hash(text)), doc_id="valprova.md", ordinal=0, kind=kind, text=text, source_text=text,
                 page=1, page_end=1, char_start=0, char_end=len(text), breadcrumb=("Valprova",), fields=fields)


ORG = [
    _chunk("Area 1 - Affari generali: dott.ssa Anna Verdi", UnitKind.ORG_CHART,
           settore="Area 1 - Affari generali", titolare="Anna Verdi", servizi="Protocollo; Ufficio Servizi sociali"),
    _chunk("Area 2 - Tecnica: arch. Luca Neri", UnitKind.ORG_CHART, settore="Area 2 - Tecnica", titolare="Luca Neri",
           servizi="Lavori pubblici; Archivio"),
    _chunk("Settore Tecnico — resp. ing. Paolo Gialli", UnitKind.ORG_CHART, settore="Settore Tecnico",
           titolare="Paolo Gialli"),
]


def test_an_office_is_named_by_kind_and_number_by_its_name_or_by_a_service() -> None:
    assert office_named("Responsabile dell'attuazione: la Responsabile dell'Area 2 - Lavori", ORG) is ORG[1]
    assert office_named("il contratto fa capo all'Ufficio Servizi sociali", ORG) is ORG[0]
    assert office_named("con il supporto del Settore Tecnico", ORG) is ORG[2]
    # a lone common word is no office: "tecnico", "archivio" said in passing
    assert office_named("un istruttore tecnico riordina l'archivio", ORG) is None
    # the first office named is the one in charge
    assert office_named("Area 1, con l'Area 2 per i lavori", ORG) is ORG[0]


def test_a_role_is_resolved_to_the_person_a_sentence_gives_it() -> None:
    plan = [
        _chunk("Le funzioni di Vice Segretario sono attribuite alla dott.ssa Elena Rosi."),
        _chunk("Il presente Piano è predisposto dal Segretario comunale, dott. Marco Bruni, che è anche RPCT."),
    ]
    role, name, chunk = role_holder("Responsabile: il Segretario comunale, in qualità di RPCT.", plan) or ("", "", None)
    assert (role, name, chunk) == ("Segretario comunale", "dott. Marco Bruni", plan[1])
    # a deputy's role is another role; a name far from the role is not given it
    assert role_holder("il Vice Segretario", plan) is None
    far = [_chunk("Il Segretario comunale presiede la delegazione trattante di parte pubblica e "
                  "coordina i responsabili; il verbale è firmato dalla dott.ssa Elena Rosi.")]
    assert role_holder("il Segretario comunale", far) is None


def test_a_name_keeps_the_title_the_plan_writes() -> None:
    assert titled("Paolo Gialli", ORG) == "ing. Paolo Gialli"
    assert titled("Mario Rossi", ORG) == "Mario Rossi"
    assert titled("Luca Neri", [_chunk(f"{Field.TITOLARE}: arch. LUCA NERI")]) == "arch. Luca Neri"


def test_a_numbered_office_is_named_by_its_kind_and_name_without_the_number() -> None:
    from assistant.answering.holders import offices_named

    numbered = [
        _chunk("Area 3 – Tecnica: ing. Paolo Zeni", UnitKind.ORG_CHART, settore="Area 3 – Tecnica", titolare="Paolo Zeni"),
        _chunk("Area 4 – Servizi alla Persona: dott.ssa Ada Riva", UnitKind.ORG_CHART,
               settore="Area 4 – Servizi alla Persona", titolare="Ada Riva"),
    ]
    found = offices_named("ha più personale l'area tecnica o quella dei servizi alla persona?", numbered,
                          services=False)
    assert found == numbered
    assert offices_named("quanti dipendenti ha l'area 3?", numbered, services=False) == numbered[:1]


def test_an_office_numbered_in_roman_figures_is_named_by_its_kind_and_first_word() -> None:
    from assistant.answering.holders import offices_named

    roman = [
        _chunk("Settore II – Finanziario e Tributi: rag. Ugo Sala", UnitKind.ORG_CHART,
               settore="Settore II – Finanziario e Tributi", titolare="Ugo Sala"),
        _chunk("Settore III – Tecnico e Ambiente: ing. Pia Re", UnitKind.ORG_CHART,
               settore="Settore III – Tecnico e Ambiente", titolare="Pia Re"),
    ]
    assert offices_named("quali servizi ha il settore finanziario?", roman, services=False) == roman[:1]
    assert offices_named("quanti dipendenti ha il settore iii?", roman, services=False) == roman[1:]


def test_an_office_with_a_compound_adjective_is_named_by_the_compound_last_part() -> None:
    from assistant.answering.holders import offices_named

    compound = [
        _chunk("SETTORE II – ECONOMICO-FINANZIARIO E TRIBUTI: rag. Ugo Sala", UnitKind.ORG_CHART,
               settore="SETTORE II – ECONOMICO-FINANZIARIO E TRIBUTI", titolare="Ugo Sala"),
        _chunk("Area Tecnico-Manutentiva: geom. Pia Re", UnitKind.ORG_CHART,
               settore="Area Tecnico-Manutentiva", titolare="Pia Re"),
    ]
    assert offices_named("elenca gli uffici del settore finanziario", compound, services=False) == compound[:1]
    assert offices_named("quanti dipendenti ha l'area manutentiva?", compound, services=False) == compound[1:]


def test_a_numbered_office_is_named_by_the_first_words_of_its_name() -> None:
    from assistant.answering.holders import offices_named

    numbered = [
        _chunk("Settore 5 – Polizia Locale e Protezione Civile: cap. Ivo Sarti", UnitKind.ORG_CHART,
               settore="Settore 5 – Polizia Locale e Protezione Civile", titolare="Ivo Sarti"),
        _chunk("Settore 4 – Servizi alla Persona: dott.ssa Ada Riva", UnitKind.ORG_CHART,
               settore="Settore 4 – Servizi alla Persona", titolare="Ada Riva"),
    ]
    assert offices_named("ha più personale il settore 4 o la polizia locale?", numbered, services=False) \
        == [numbered[1], numbered[0]]


def test_a_service_is_named_by_its_kind_and_first_word() -> None:
    from assistant.answering.holders import names_service

    # ("Servizio Manutenzioni" in an objective's row, "Servizio Manutenzioni e squadra
    # operai" in the org chart: the office's first words)
    assert names_service("Servizio Manutenzioni", "Servizio Manutenzioni e squadra operai")
    assert not names_service("Servizio Tributi", "Servizio Manutenzioni e squadra operai")
    assert not names_service("Manutenzioni", "Servizio Manutenzioni e squadra operai")


def test_an_office_the_chart_does_not_list_belongs_to_the_unit_named_for_what_it_does() -> None:
    chart = [
        _chunk("Servizio Cultura e Biblioteca: dott. Ivo Sala", UnitKind.ORG_CHART,
               settore="Servizio Cultura e Biblioteca", titolare="Ivo Sala"),
        _chunk("Servizio Entrate e Patrimonio: rag. Lia Conti", UnitKind.ORG_CHART,
               settore="Servizio Entrate e Patrimonio", titolare="Lia Conti"),
        _chunk("Servizio Biblioteca digitale: dott.ssa Ada Neri", UnitKind.ORG_CHART,
               settore="Servizio Biblioteca digitale", titolare="Ada Neri"),
        _chunk("Area Sociale e Scuola: dott.ssa Eva Riva", UnitKind.ORG_CHART,
               settore="Area Sociale e Scuola", titolare="Eva Riva"),
    ]
    # ("Uffici Entrate" as "Entrate": its kind says nothing of what it does)
    assert office_named("L'Ufficio Entrate emette gli avvisi di accertamento", chart) is chart[1]
    assert office_named("gli Uffici Entrate locali", chart) is chart[1]
    assert office_named("L'Ufficio Servizi sociali apre lo sportello", chart) is chart[3]
    # a word two units share names neither; a kind in lower case is a common noun
    assert office_named("L'Ufficio Biblioteca organizza le letture", chart) is None
    assert office_named("con i volontari del servizio entrate", chart) is None


def test_dot_leaders_join_a_role_to_its_holder_either_way() -> None:
    # (a label's dots lead to its value: they end no sentence, and a title's dot after
    # them, "……comm.", is no full stop)
    plan = [_chunk("Segretario comunale .... dott. Aldo Rui, titolare della segreteria convenzionata"),
            _chunk("Polizia Locale ..................comm. Sara Bini (Comandante, EQ) – 3 unità", UnitKind.ORG_CHART)]
    assert role_holder("chi è il segretario comunale?", plan)[1] == "dott. Aldo Rui"
    assert role_holder("il comandante della polizia locale", plan)[1] == "comm. Sara Bini"


NUMBERED = [
    _chunk("Settore II – Servizi finanziari: rag. Ada Bassi", UnitKind.ORG_CHART,
           settore="Settore II – Servizi finanziari", titolare="Ada Bassi"),
    _chunk("Settore V – Servizi alla persona: dott. Ivo Sala", UnitKind.ORG_CHART,
           settore="Settore V – Servizi alla persona", titolare="Ivo Sala"),
    _chunk("Servizio Tecnico – Lavori pubblici: ing. Eva Riva", UnitKind.ORG_CHART,
           settore="Servizio Tecnico – Lavori pubblici", titolare="Eva Riva"),
    _chunk("Servizio Entrate e Patrimonio: rag. Lia Conti", UnitKind.ORG_CHART,
           settore="Servizio Entrate e Patrimonio", titolare="Lia Conti"),
]


def test_a_question_names_an_office_by_its_kind_and_first_word_of_substance() -> None:
    from assistant.answering.holders import offices_named

    # ("il servizio entrate" for "Servizio Entrate e Patrimonio"; "il settore
    # finanziario" for "Servizi finanziari", an "-io" adjective's plural)
    asked = offices_named("ha più personale il servizio entrate o il settore finanziario?", NUMBERED,
                          services=False, asked=True)
    assert asked == [NUMBERED[3], NUMBERED[0]], asked
    # (a plan's lower-case kind is a common noun: only a question names an office so)
    assert offices_named("i volontari del servizio entrate", NUMBERED, services=False) == []
    # a plural kind opening a name opens many: "il settore servizi" names none of them
    assert offices_named("quanti obiettivi ha il settore servizi alla persona?", NUMBERED,
                         services=False, asked=True) == [NUMBERED[1]]


def test_the_office_above_is_the_entry_listing_the_office_directly() -> None:
    # (a chart that lists its offices at every depth lists a service's team under the
    # Area too: the entry listing fewest holds it directly)
    area = _chunk("Area Tecnica", UnitKind.ORG_CHART, settore="Area Tecnica", titolare="Marco Bellini",
                  servizi="Lavori pubblici e Manutenzioni; Squadra operai; Ecologia")
    service = _chunk("Lavori pubblici e Manutenzioni", UnitKind.ORG_CHART, settore="Lavori pubblici e Manutenzioni",
                     titolare="Luca Sala", servizi="Squadra operai")
    team = _chunk("Squadra operai", UnitKind.ORG_CHART, settore="Squadra operai", titolare="Piero Conti")
    assert holders.office_above(team, [area, service, team], "") is service
    assert holders.office_above(team, [area, service, team], "area") is area
