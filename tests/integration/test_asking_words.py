"""Words that ask rather than name the topic, and words that name it in other forms, on
an invented plan: a verb of aiming ("vuole raggiungere") asks a target; "anti-" names
what is done against the thing plans name ("anticorruzione": "rischio corruttivo"); a
colloquial office name is expanded only into words that name it by themselves
("anagrafe" is not "civile"); an office is named by the qualifier after its dash."""

from __future__ import annotations

import pytest

from assistant.answering import holders
from assistant.answering.select import matched
from ingest.models import Chunk, UnitKind
from ingest.text import Field
from tests.integration.test_answering_steps import answerer_over

pytestmark = pytest.mark.integration

PLAN = """# Comune di Valtorbida – PIAO 2026-2028

## Obiettivi operativi

### OB-01 – Incremento della raccolta differenziata
- Responsabile: arch. Sonia Brambati
- Indicatore: percentuale di raccolta differenziata – target 2026: 68%; 2027: 72%; 2028: 76%

### OB-02 – Navetta per gli anziani delle frazioni
- Responsabile: dott.ssa Elena Riboldi
- Risultato atteso: permettere agli anziani delle frazioni di raggiungere l'ambulatorio e il mercato, con orari differenziati.
- Indicatore: percentuale di corse effettuate – target 2028: 95%

### OB-03 – Aggiornamento del piano di protezione civile
- Responsabile: geom. Ugo Pedretti
- Fasi: revisione degli scenari di rischio idraulico e di protezione civile – 2026

### OB-04 – Sportello telematico dei servizi demografici
- Responsabile: dott.ssa Carla Fumagalli
- Indicatore: certificati rilasciati on line – target 2026: 60%

### OB-05 – Mappatura dei processi a rischio corruttivo
- Responsabile: dott. Livio Serafini
- Indicatore: processi mappati – target 2026: 100%

### OB-06 – Ludoteca aperta il sabato

La ludoteca comunale registra 3.100 ingressi l'anno, quasi tutti nei giorni feriali.
Dal 2026 aprirà anche il sabato mattina, con i volontari dell'associazione «Carte in Tavola».
L'indicatore scelto è il numero di ingressi annui, con un valore obiettivo di 3.800 nel 2026 e di 4.200 nel 2027.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):  # type: ignore[no-untyped-def]
    return answerer_over(tmp_path_factory.mktemp("asking"), {"valtorbida_piao-2026-2028.md": PLAN})


@pytest.mark.parametrize("question", [
    "Che percentuale di differenziata vuole raggiungere Valtorbida nel 2028?",
    "Nel 2028 Valtorbida quale quota di raccolta differenziata punta a raggiungere?",
])
def test_a_verb_of_aiming_asks_the_target_and_names_no_topic(answerer, question: str) -> None:
    text = answerer.answer(question).text
    assert "76%" in text and "Navetta" not in text, text


def test_a_colloquial_office_name_finds_its_office_not_a_word_its_expansion_shares(answerer) -> None:
    from assistant.answering.conversation import resolve

    text = answerer.answer("chi dirige l'anagrafe a Valtorbida?").text
    assert "Fumagalli" in text and "Pedretti" not in text, text
    # ("civile" alone is civil protection's word: no term of the office asked)
    frame = answerer.frames.build(resolve("chi è il capo dell'anagrafe?", [], answerer.retriever))
    assert "demograf" in frame.terms and not any(t.startswith("civil") for t in frame.terms), frame.terms


def test_anti_names_what_is_done_against_the_thing_plans_name() -> None:
    assert matched(frozenset({"anticorru"}), frozenset({"corrutt", "rischi"})) == {"anticorru"}
    assert matched(frozenset({"anticorru"}), frozenset({"corruzion"})) == {"anticorru"}
    assert not matched(frozenset({"anticorru"}), frozenset({"correnti"}))


def test_an_office_is_named_by_the_qualifier_after_its_dash() -> None:
    text = "Area Tecnica – Lavori Pubblici e Territorio"
    entry = Chunk(id="e", doc_id="d", ordinal=0, kind=UnitKind.ORG_CHART, text=text, source_text=text, page=1,
                  page_end=1, char_start=0, char_end=len(text), breadcrumb=("Organigramma",),
                  fields={Field.SETTORE: text, Field.TITOLARE: "Paola Zerbini", Field.ORGANICO: "7"})
    assert holders.offices_named("Quante persone lavorano ai lavori pubblici?", [entry], services=False) == [entry]


@pytest.mark.parametrize("question", [
    "quanti ingressi deve raggiungere la ludoteca nel 2026?",
    "A quanti ingressi vuole arrivare la ludoteca nel 2026?",
])
def test_a_figure_aimed_at_is_the_target_a_sentence_states(answerer, question: str) -> None:
    # (prose states the target with its cue, "valore obiettivo", beside today's figure)
    text = answerer.answer(question).text
    assert "3.800" in text, text
    assert "3.100" not in text or text.find("3.800") < text.find("3.100"), text


REASON_ELSEWHERE = """# Comune di Valtorbida – PIAO 2026-2028

## Valore pubblico

La rete dei sentieri comunali misura 40 km.
Il regolamento dei dehors va riscritto dopo le proteste dei residenti del centro storico per il rumore serale.

## Obiettivi operativi

| N. | Obiettivo operativo | Responsabile | Indicatore | Target 2026 |
|---|---|---|---|---|
| 1 | Revisione del regolamento dei dehors | dott.ssa Elena Riboldi | regolamento approvato | 1 delibera |
| 2 | Manutenzione dei sentieri comunali | geom. Ugo Pedretti | km sistemati | 12 km |
"""


def test_a_reason_stated_in_the_plans_context_answers_why_of_an_objective_without_one(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valtorbida_piao-2026-2028.md": REASON_ELSEWHERE})
    text = answerer.answer("Perché è prevista la revisione del regolamento dei dehors a Valtorbida?").text
    assert "proteste dei residenti" in text, text


def test_things_asked_as_cose_name_no_topic(answerer) -> None:
    # "per quali cose" asks what the things are, as "cosa" does: no plan needs the word
    ans = answerer.answer("Per quali cose la navetta aiuta gli anziani delle frazioni?")
    assert "«cose»" not in ans.text and "ambulatorio" in ans.text, ans.text
