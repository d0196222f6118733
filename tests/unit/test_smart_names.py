"""SMART warnings, name grounding and the Italian wording helpers of drafts."""

from __future__ import annotations

import pytest

from assistant.drafting import check_smart, format_warnings
from assistant.drafting.names import AnyCorpus, StaticCorpus, find_names, ungrounded_names
from assistant.drafting.text import (
    indicator_unit,
    is_measurable,
    object_phrase,
    quarter_span,
    title_from_intent,
)
from ingest.models import FieldSource, Indicator, ObjectiveRecord, Phase

pytestmark = pytest.mark.unit


def record(**fields: object) -> ObjectiveRecord:
    base: dict[str, object] = {
        "id": "r1",
        "doc_id": "bozza",
        "periodo": "2026-2028",
        "titolo": "Digitalizzazione dell'archivio delle pratiche edilizie",
        "obiettivo_strategico": "1.1.2 Sviluppo del sistema informativo comunale",
        "responsabile": "Area Tecnica",
        "scadenza": "31/12/2026",
        "fasi": (Phase(descrizione="Scansione delle pratiche", tempistica="gennaio-giugno 2026"),),
        "indicatori": (Indicator(nome="% pratiche digitalizzate", target="100%"),),
        "source": FieldSource(doc_id="bozza", page=1, char_start=0, char_end=0),
    }
    base.update(fields)
    return ObjectiveRecord.model_validate(base)


# -- SMART ---------------------------------------------------------------------------------
def test_a_complete_objective_is_smart() -> None:
    assert check_smart(record()) == []
    assert "SMART" in format_warnings([])


@pytest.mark.parametrize(
    ("fields", "criterion", "field", "words"),
    [
        ({"titolo": "da definire"}, "S", "titolo", "Manca il titolo"),
        ({"titolo": "Gestire servizi"}, "S", "titolo", "poco specifico"),
        ({"titolo": "Digitalizzazione " * 30}, "S", "titolo", "molto lungo"),
        ({"indicatori": ()}, "M", "indicatori", "Nessun indicatore"),
        ({"indicatori": (Indicator(nome="% pratiche", target="da definire"),)}, "M",
         "indicatori[0].target", "non ha un target"),
        ({"indicatori": (Indicator(nome="% pratiche", target=None),)}, "M",
         "indicatori[0].target", "non ha un target"),
        ({"indicatori": (Indicator(nome="Qualità del servizio", target="buona"),)}, "M",
         "indicatori[0].target", "non è misurabile"),
        ({"responsabile": "da definire", "settore": None}, "A", "responsabile", "Manca il responsabile"),
        ({"obiettivo_strategico": "da definire"}, "R", "obiettivo_strategico", "non è collegato"),
        ({"scadenza": None, "fasi": ()}, "T", "scadenza", "Manca la scadenza"),
        ({"fasi": (Phase(descrizione="Scansione", tempistica="da definire"),)}, "T",
         "fasi[0].tempistica", "non ha tempistica"),
        ({"scadenza": "31/12/2031"}, "T", "scadenza", "fuori dal periodo"),
    ],
)
def test_each_missing_element_gives_an_italian_warning(
    fields: dict[str, object], criterion: str, field: str, words: str
) -> None:
    warnings = check_smart(record(**fields))
    assert [(w.criterio, w.campo) for w in warnings] == [(criterion, field)], warnings
    assert words in warnings[0].messaggio
    assert f"[{criterion}]" in format_warnings(warnings)


def test_targets_with_a_number_a_date_or_yes_no_are_measurable() -> None:
    for target in ("100%", "n. 4", "31/12/2026", "0", "sì", "si/no", "entro marzo 2026"):
        assert is_measurable(target), target
    assert not is_measurable("adeguato")


def test_a_settore_without_responsabile_is_enough_for_a() -> None:
    assert check_smart(record(responsabile=None, settore="07. Lavori pubblici")) == []


def test_a_strategic_area_is_enough_for_r() -> None:
    assert check_smart(record(obiettivo_strategico=None, area_strategica="Città digitale")) == []


# -- names ---------------------------------------------------------------------------------
def test_people_offices_and_proper_names_are_found() -> None:
    text = (
        "Coordinamento di Mario Rossi con la Dott.ssa Bianchi, BRAMBILLA Giorgio, "
        "l'Ufficio Transizione Digitale, il Settore 7. Lavori pubblici e la Polizia Locale."
    )
    found = {(n.text, n.kind) for n in find_names(text)}
    assert ("Mario Rossi", "persona") in found
    assert ("Dott.ssa Bianchi", "persona") in found
    assert ("BRAMBILLA Giorgio", "persona") in found
    assert ("Ufficio Transizione Digitale", "ufficio") in found
    assert ("Settore 7. Lavori", "ufficio") in found
    assert ("Polizia Locale", "nome") in found


def test_ordinary_text_and_headings_are_not_names() -> None:
    for text in (
        "Digitalizzazione dell'archivio delle pratiche edilizie",
        "% rispetto fasi e tempi",
        "ATTUAZIONE PNRR PA DIGITALE 2026",
        "LEGALITA' & TRASPARENZA Garantire la legalità",
        "Analisi dello stato attuale e pianificazione delle attività",
    ):
        assert find_names(text) == [], text


def test_a_person_is_grounded_only_by_the_input() -> None:
    corpus = StaticCorpus(["Dipendenti coinvolti: Mario Rossi, Polizia Locale, Ufficio Tributi"])
    bad = ungrounded_names("Referente: Mario Rossi.", given="ridurre i tempi", corpus=corpus)
    assert [u.span.text for u in bad] == ["Mario Rossi"]
    assert "persona" in bad[0].reason
    assert ungrounded_names("Referente: Mario Rossi.", given="con Mario Rossi", corpus=corpus) == []


def test_an_office_is_grounded_by_the_input_or_the_corpus() -> None:
    corpus = StaticCorpus(["in collaborazione con l'Ufficio Tributi del comune"])
    assert ungrounded_names("Supporto dell'Ufficio Tributi.", given="", corpus=corpus) == []
    bad = ungrounded_names("Supporto dell'Ufficio Innovazione.", given="", corpus=corpus)
    assert [u.span.kind for u in bad] == ["ufficio"]
    given = "settore: Ufficio Innovazione"
    assert ungrounded_names("Supporto dell'Ufficio Innovazione.", given=given, corpus=corpus) == []


def test_corpora_combine_and_compare_without_case_or_accents() -> None:
    corpus = AnyCorpus(StaticCorpus(["AREA ATTIVITÀ ISTITUZIONALI"]), StaticCorpus(["Villa Oliva"]))
    assert corpus.contains("Area Attivita Istituzionali")
    assert corpus.contains("villa  oliva")
    assert not corpus.contains("Villa Verde")


# -- wording ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("intent", "title"),
    [
        ("digitalizzare l'archivio delle pratiche edilizie", "Digitalizzazione dell'archivio delle pratiche edilizie"),
        ("ridurre i tempi di pagamento dei fornitori", "Riduzione dei tempi di pagamento dei fornitori"),
        ("potenziare la raccolta differenziata", "Potenziamento della raccolta differenziata"),
        ("rafforzare gli strumenti di ascolto", "Rafforzamento degli strumenti di ascolto"),
        ("migliorare il sito istituzionale.", "Miglioramento del sito istituzionale"),
        ("formare le polizie locali", "Formazione delle polizie locali"),
        ("intervenire sulle strade dissestate", "Intervenire sulle strade dissestate"),
        ("monitorare a campione le pratiche SUAP", "Monitoraggio a campione le pratiche SUAP"),
        ("nuovo regolamento per i dehors", "Nuovo regolamento per i dehors"),
        ("Obiettivo: creare uno sportello unico", "Creazione di uno sportello unico"),
    ],
)
def test_titles_follow_the_register_of_the_documents(intent: str, title: str) -> None:
    assert title_from_intent(intent) == title


def test_object_phrase_is_what_the_verb_acts_on() -> None:
    assert object_phrase("digitalizzare l'archivio edilizio") == "dell'archivio edilizio"
    assert object_phrase("nuovo regolamento") is None


def test_quarters_and_units() -> None:
    assert quarter_span(1, 1, 2026) == "gennaio-marzo 2026 (I trimestre)"
    assert quarter_span(2, 3, 2026) == "aprile-settembre 2026 (II-III trimestre)"
    with pytest.raises(ValueError):
        quarter_span(3, 2, 2026)
    assert indicator_unit("% rispetto fasi e tempi", "100%") == "%"
    assert indicator_unit("n. sessioni formative", "4") == "n."
    assert indicator_unit("Data di completamento", "31/12/2026") == "data"
    assert indicator_unit("creazione database (si/no)", None) == "sì/no"
    assert indicator_unit("Indice di tempestività", "0") is None
