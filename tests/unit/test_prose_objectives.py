"""Objectives written as prose (no labels, no tables): the clause roles read by
`prose_fields`, and the records an invented plan of such objectives gives through the
real parser, each value a verbatim span."""

from __future__ import annotations

import pytest

from assistant.answering.candidates import from_record
from ingest.models import PROSE_EXTRACTOR
from ingest.structure.prose_fields import clauses, prose_fields
from ingest.text import Field
from tests.unit.test_records import assert_sources_verbatim, parse

pytestmark = pytest.mark.unit

CHARGED = (
    "Della riorganizzazione dell'archivio si occupa l'Area Segreteria e Protocollo, sotto la guida della dott.ssa "
    "Ottavia Lumbroso. Nel 2025 il 40% delle pratiche è stato cercato a mano, con ritardi nelle risposte. Si punta a "
    "digitalizzare almeno 12.000 fascicoli entro il 30 novembre 2026. Collaborano il Consorzio Bibliotecario "
    "Valgrande, custode dei fondi storici, e gli studenti del liceo per la schedatura."
)


def test_the_clause_of_charge_gives_office_and_person_and_each_role_its_clause() -> None:
    fields = prose_fields(CHARGED)
    assert fields[Field.SETTORE] == "Area Segreteria e Protocollo"
    assert fields[Field.RESPONSABILE] == "dott.ssa Ottavia Lumbroso"
    assert fields[Field.MOTIVAZIONE].startswith("Nel 2025 il 40% delle pratiche è stato cercato")
    assert fields[Field.VALORE_ATTESO].startswith("Si punta a digitalizzare almeno 12.000 fascicoli")
    assert fields[Field.SCADENZA] == "30 novembre 2026"
    # an apposition describes the party before it; a purpose is not part of the party
    assert fields[Field.STAKEHOLDER] == "Consorzio Bibliotecario Valgrande; studenti del liceo"


def test_without_a_verb_of_charge_the_office_that_opens_the_text_carries_it_not_its_helper() -> None:
    text = ("Attraverso l'Ufficio Tributi, il Settore Bilancio e Programmazione incrocerà le utenze con il catasto. "
            "Entro il 31 ottobre 2026 dovranno partire almeno 90 avvisi; vi lavora l'istruttrice Gemma Cavalli.")
    fields = prose_fields(text)
    assert fields[Field.SETTORE] == "Settore Bilancio e Programmazione"
    assert Field.RESPONSABILE not in fields
    assert fields[Field.VALORE_ATTESO] == "Entro il 31 ottobre 2026 dovranno partire almeno 90 avvisi"
    assert fields[Field.DIPENDENTI] == "Gemma Cavalli"


def test_the_latest_deadline_closes_the_objective_and_each_deadline_its_step() -> None:
    text = ("Il Servizio Opere Pubbliche ne è responsabile. Il ponte, chiuso dal febbraio 2024, è l'unico accesso "
            "alla frazione. Si prevede di approvare il progetto entro il 15 luglio 2026 e di riaprire il ponte entro "
            "il 28 febbraio 2027.")
    fields = prose_fields(text)
    assert fields[Field.SCADENZA] == "28 febbraio 2027"
    # (the date of the situation before the plan is no step)
    assert fields[Field.FASI].splitlines() == [
        "Si prevede di approvare il progetto — entro il 15 luglio 2026", "di riaprire il ponte — entro il 28 febbraio 2027"]


def test_times_in_one_clause_are_steps_and_indicators_come_with_their_targets() -> None:
    text = ("Il Servizio Verde Pubblico cura l'intervento; responsabile è il geom. Ivo Sartori. Entro marzo 2026 "
            "sarà approvato il censimento degli alberi e da aprile a ottobre 2026 saranno eseguite le potature, "
            "mentre le nuove piantumazioni partiranno dal 1° novembre 2026. Gli indicatori sono il numero di alberi "
            "potati (target 400) e la quota di piante sostituite (target 15%).")
    fields = prose_fields(text)
    # (the person named in the rest of the sentence of charge)
    assert fields[Field.SETTORE] == "Servizio Verde Pubblico" and fields[Field.RESPONSABILE] == "geom. Ivo Sartori"
    assert fields[Field.FASI].splitlines() == [
        "sarà approvato il censimento degli alberi — Entro marzo 2026",
        "saranno eseguite le potature — da aprile a ottobre 2026",
        "le nuove piantumazioni partiranno — dal 1° novembre 2026",
    ]
    assert fields[Field.SCADENZA] == "1° novembre 2026" or fields[Field.SCADENZA] == "novembre 2026"
    assert fields[Field.INDICATORI].splitlines() == [
        "numero di alberi potati — 400", "quota di piante sostituite — 15%"]


def test_a_parenthesis_is_one_aside_and_a_text_that_names_no_carrier_or_result_states_no_objective() -> None:
    assert clauses("L'indicatore è la quota di pratiche (valore 2025: 30%; target 2026: 60%). Poi altro; e ancora.") == [
        "L'indicatore è la quota di pratiche (valore 2025: 30%; target 2026: 60%).", "Poi altro", "e ancora."]
    assert prose_fields("Il territorio comunale si estende lungo la valle. Le frazioni sono quattro.") == {}


PROSE_PLAN = """PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028

2.2 PERFORMANCE

Obiettivo 2.1 – Archivio digitale

""" + CHARGED + """

Obiettivo 2.2 – Tempi di pagamento

Il Settore Bilancio e Programmazione dovrà ridurre a 24 giorni il tempo medio di pagamento delle fatture entro il
31 dicembre 2026, contro i 31 giorni del 2025. Ne beneficiano i fornitori locali.

2.3 RISCHI CORRUTTIVI

Il Responsabile della prevenzione è il Segretario comunale.
"""


def test_a_plan_that_writes_its_objectives_in_prose_gives_one_record_per_objective() -> None:
    parsed = parse(PROSE_PLAN)
    records = parsed.records
    assert [(r.codice, r.titolo) for r in records] == [("2.1", "Archivio digitale"), ("2.2", "Tempi di pagamento")]
    first, second = records
    assert (first.settore, first.responsabile) == ("Area Segreteria e Protocollo", "dott.ssa Ottavia Lumbroso")
    assert second.settore == "Settore Bilancio e Programmazione" and second.stakeholder == ("fornitori locali",)
    assert second.scadenza == "31 dicembre 2026"
    assert_sources_verbatim(parsed)


OVERVIEW_AND_PROSE = """PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028

2.2 Obiettivi operativi

Codice\tObiettivo\tArea
4.1.1\tArchivio e fascicoli\tSettore Affari Generali
4.1.2\tPagamenti veloci\tSettore Bilancio e Programmazione

Obiettivo operativo 4.1.1 – Riorganizzazione dell'archivio storico

""" + CHARGED + """

Obiettivo operativo 4.1.2 – Riduzione dei tempi di pagamento delle fatture

Il Settore Bilancio e Programmazione dovrà ridurre a 24 giorni il tempo medio di pagamento entro il 31 dicembre 2026.
"""


def test_a_summary_row_and_a_prose_page_with_the_same_code_are_one_objective_though_worded_apart() -> None:
    records = parse(OVERVIEW_AND_PROSE).records
    assert [r.codice for r in records] == ["4.1.1", "4.1.2"]
    # (known by the table's title, which its row and passages share; the prose adds its fields)
    assert records[0].titolo == "Archivio e fascicoli"
    # (the table's labelled cell wins over the office a sentence names)
    assert records[0].settore == "Settore Affari Generali"
    # (of the prose, the record takes the person it names; its sentences stay the passage's)
    assert records[0].responsabile == "dott.ssa Ottavia Lumbroso" and records[0].valore_atteso is None


def test_a_record_read_from_prose_gives_the_answer_step_no_fields_of_its_own() -> None:
    prose = parse(PROSE_PLAN)
    merged = parse(OVERVIEW_AND_PROSE)
    assert {r.extractor for r in prose.records} == {PROSE_EXTRACTOR}
    assert {r.extractor for r in merged.records} == {"rules"}
    # its sentences are the passage's own: the passage offers them verbatim
    assert from_record(prose.records[0], prose.chunks, 0, ("", "")) == []
    # (nor do its passages take its code and title: they are the record's own text)
    assert not any(Field.TITOLO in c.fields for c in prose.chunks)
    fields = {c.field for c in from_record(merged.records[0], merged.chunks, 0, ("", ""))}
    assert Field.SETTORE in fields


CODED_PROSE = """PIANO INTEGRATO 2026-2028

2.2 PERFORMANCE

**OB.03 — Sportello casa**

La responsabilità è dell'Area Servizi Sociali, guidata dalla dott.ssa Irma Vezzoli. Il risultato atteso è
seguire almeno 60 nuclei familiari entro il 30 novembre 2026.

2.3 ANTICORRUZIONE

2.3.1 Soggetti e responsabilità

Il Responsabile della prevenzione della corruzione è il Segretario comunale, dott. Ugo Bressan, nominato con
decreto del 14/03/2025; entro il 31 gennaio 2026 aggiorna la mappatura di 40 processi.
"""


def test_a_heading_that_opens_with_a_code_is_an_objective_only_over_prose_that_says_who_and_what() -> None:
    records = parse(CODED_PROSE).records
    # (a numbered section of prose under a heading that is not about objectives is no
    # objective, though it names a responsible and a date)
    assert [(r.codice, r.titolo, r.settore) for r in records] == [("OB.03", "Sportello casa", "Area Servizi Sociali")]
    assert records[0].scadenza == "30 novembre 2026"


def test_a_date_that_dates_a_past_act_is_no_deadline() -> None:
    fields = prose_fields("Ne risponde l'Ufficio Contratti, istituito con delibera del 14/03/2025. Si punta a "
                          "pubblicare almeno 20 bandi on line al 30/11/2026.")
    assert fields[Field.SCADENZA] == "30/11/2026"
    assert Field.SCADENZA not in prose_fields("Ne risponde l'Ufficio Contratti, istituito con delibera del "
                                              "14/03/2025. Si punta a pubblicare almeno 20 bandi on line.")


ROW_AND_PROSE = """PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028

2.2 Obiettivi operativi

Obiettivo operativo 3.1.2 – Trasporto scolastico per le frazioni e gli alunni con disabilità

La responsabilità è del Servizio Scuola e Trasporti. Il risultato atteso è trasportare almeno 90 alunni entro il
30 settembre 2026.

2.4 Quadro dei pesi

Cod.\tObiettivo\tPeso\tTarget 2026
3.1.2\tTrasporto scolastico\t9\t90 alunni
"""


def test_a_prose_objective_that_absorbs_its_summary_row_is_no_prose_only_record() -> None:
    parsed = parse(ROW_AND_PROSE)
    (record,) = parsed.records
    # (the row keyed by its code gives the weight and target: the record is not read
    # from prose only, and the answer step reads its fields)
    assert record.extractor == "rules" and record.titolo == "Trasporto scolastico"
    assert record.settore == "Servizio Scuola e Trasporti"


def test_a_sentence_tells_the_past_or_commits() -> None:
    from ingest.text import tells_past

    # (regular and irregular participles, the imperfect)
    assert tells_past("Nel 2025 le famiglie hanno chiesto più prodotti freschi.")
    assert tells_past("Dai controlli sono emerse 80 posizioni non dichiarate.")
    assert tells_past("Il servizio seguiva 31 anziani.")
    # a future, a modal, a deadline or a target commits, whatever else the sentence tells
    assert not tells_past("Nel 2025 sono stati seguiti 31 anziani; entro il 2026 se ne seguiranno 45.")
    assert not tells_past("Per il 2026 il valore obiettivo è di 30 ore.")
