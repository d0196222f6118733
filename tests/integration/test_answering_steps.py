"""Each step of the answering pipeline on the real sample index (e5 + Chroma):
frame, candidates, selection, abstention, composition."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.answering import AnswerType, ExtractiveAnswerer, Retriever, candidates, resolve
from assistant.answering.abstain import missing_period, topic_coverage
from assistant.answering.compose import Line, Statement, accented, assemble, to_office
from assistant.answering.frame import answer_type, named_fields
from assistant.answering.intent import Intent
from assistant.answering.model import LIST_ANSWER_CHARS
from assistant.answering.retrieve import RetrievalResult
from assistant.citations import quote_occurs
from ingest.models import UnitKind
from ingest.text import Field

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def answerer(sample_library) -> ExtractiveAnswerer:
    return ExtractiveAnswerer(Retriever(sample_library.searcher, sample_library.catalog))


def frame_of(answerer: ExtractiveAnswerer, question: str):  # type: ignore[no-untyped-def]
    return answerer.frames.build(resolve(question, [], answerer.retriever))


def selection_of(answerer: ExtractiveAnswerer, question: str):  # type: ignore[no-untyped-def]
    frame = frame_of(answerer, question)
    result = answerer.retriever.retrieve(frame.query, 10)
    return frame, answerer.evidence(frame, result)


# -- frame ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quanto è stato speso nel 2023 per la formazione?", AnswerType.AMOUNT),
        ("Quanto è costato il nuovo sito?", AnswerType.AMOUNT),
        ("Chi è il titolare del settore Lavori pubblici?", AnswerType.PERSON),
        ("chi segue la refezione scolastica?", AnswerType.WHO),
        ("Qual è il referente dell'obiettivo?", AnswerType.WHO),  # a person or an office
        ("Quale settore si occupa del censimento del verde?", AnswerType.OFFICE),
        ("Entro quando va approvato il bilancio?", AnswerType.DATE),
        ("ogni quanto si riunisce il gruppo di lettura?", AnswerType.DATE),
        ("Quanto costa il nuovo campo sportivo?", AnswerType.AMOUNT),
        ("Quanto spende il comune per la mensa?", AnswerType.AMOUNT),
        ("Che percentuale di raccolta differenziata si vuole raggiungere?", AnswerType.PERCENT),
        ("Quanti atti vanno digitalizzati?", AnswerType.NUMBER),
        ("A cosa serve il questionario?", AnswerType.DESCRIPTION),
        # "chi" opening the question asks who, whatever nouns follow
        ("Chi è a capo dell'Area Risorse finanziarie?", AnswerType.WHO),
        # a thing said to be absent is a condition of the topic, not what is asked
        ("Quale quota di iniziative va realizzata senza costi per l'ente?", AnswerType.PERCENT),
        # how much a grant is: an amount; how many grants: a count
        ("Quanto vale il finanziamento PNRR della misura 1.4.1?", AnswerType.AMOUNT),
        ("Quant'è il contributo regionale per la scuola?", AnswerType.AMOUNT),
        ("Quanti finanziamenti PNRR ha ottenuto il comune?", AnswerType.NUMBER),
        # whom it is for is no one in charge
        ("Per chi è pensato lo sportello digitale?", AnswerType.DESCRIPTION),
        ("Il centro estivo a chi è rivolto?", AnswerType.DESCRIPTION),
        ("A chi è affidato il centro estivo?", AnswerType.WHO),
        ("Il settore del centro estivo per: chi ne è il responsabile?", AnswerType.WHO),  # "chi ne" asks who
    ],
)
def test_answer_type_from_the_interrogative(question: str, kind: AnswerType) -> None:
    assert answer_type(question) is kind


def test_frame_respells_typos_against_the_index(answerer) -> None:
    analyze = answerer.analyzer.analyze
    # the stem of the typo is far from the right one ("censimento" stems to "cens")
    frame = frame_of(answerer, "Chi è il titolare del settore che fa il censimeto del verde?")
    assert set(analyze("censimento")) <= frame.terms
    frame = frame_of(answerer, "chi segue la refezzione scolastica?")
    assert set(analyze("refezione")) <= frame.terms
    # a short word: a dropped letter is a typo ("Vinici"), a changed one another word
    # ("canile" is not "canale": the plans lack it, and that is the answer)
    assert set(analyze("Vinci")) <= frame_of(answerer, "fine lavori in via Leonardo da Vinici?").terms
    frame = frame_of(answerer, "Chi gestisce il canile comunale?")
    assert set(analyze("canile")) <= frame.absent_terms and not set(analyze("canale")) & frame.terms


def test_frame_reads_ente_years_fields_and_colloquial_words(answerer) -> None:
    frame = frame_of(answerer, "Nel PIAO 2024-2026 di Cassano d'Adda che peso hanno i vigili nel 2024?")
    assert frame.enti and all("cassano-dadda" in g for g in frame.enti)
    assert frame.years == ("2024-2026",) and frame.single_years == ("2024",)
    assert "peso" in frame.named_fields
    assert "polizia locale" in frame.query  # colloquial name of the office
    # the topic is in the plans' words; the colloquial one (a plan uses it) weighs least
    [vigili] = answerer.analyzer.analyze("vigili")
    assert set(answerer.analyzer.analyze("polizia")) <= frame.terms
    assert frame.weights[vigili] <= min(frame.weights.values()) and "vigili" in frame.query
    # one no plan uses gives way to the plans' words
    assert not {"over"} & frame_of(answerer, "Quanti over 65 ci sono a Cremosano?").terms
    assert named_fields("Qual è il valore atteso dell'obiettivo?") >= {"valore_atteso"}
    assert named_fields("Qual è il centro di responsabilità dell'obiettivo?") == {"settore"}
    assert named_fields("Quale obiettivo pesa di più?") == {"peso"}  # a verb naming a field


def test_type_cue_words_are_not_topic_and_topic_words_are_not_cues(answerer) -> None:
    # "percentuale" says a figure is wanted (the answer shows "77,5%", not the word)
    frame = frame_of(answerer, "Che percentuale di raccolta differenziata ha raggiunto il comune nel 2024?")
    assert frame.answer_type is AnswerType.PERCENT
    assert not set(answerer.analyzer.analyze("percentuale")) & frame.terms
    assert set(answerer.analyzer.analyze("differenziata")) <= frame.terms
    assert not frame.comparison  # "differenziata" is a topic, "differenze" a comparison
    assert frame_of(answerer, "Che differenze ci sono tra i due piani sulla mensa?").comparison


def test_the_verb_after_chi_is_the_relation_asked_not_the_topic(answerer) -> None:
    frame = frame_of(answerer, "Chi guida il settore Lavori pubblici di Cassano d'Adda?")
    [verb] = answerer.analyzer.analyze("guida")
    assert frame.weights[verb] <= min(w for t, w in frame.weights.items() if t != verb)
    ans = answerer.answer("Chi guida il settore Lavori pubblici di Cassano d'Adda?")
    assert "BARTUCCI Grazia Maria" in ans.text


def test_a_heads_role_word_is_the_relation_asked_not_topic(answerer) -> None:
    # no plan says "funzionario" or "direttore": in a who-question the role word must
    # neither veto the answer nor be respelled into another indexed word
    for question in ("Chi è il funzionario responsabile dei Lavori pubblici a Cassano d'Adda?",
                     "A chi fa capo il settore Lavori pubblici di Cassano d'Adda?"):
        frame = frame_of(answerer, question)
        assert not any(t.startswith(("funzion", "capo")) for t in frame.terms)
        assert "BARTUCCI" in answerer.answer(question).text


def test_generic_words_are_dropped_as_written_not_by_stem(answerer) -> None:
    # "tempi" says what kind of thing is asked; "tempo" (medio) is the topic
    frame = frame_of(answerer, "Di quanto si vuole ridurre il tempo medio di rilascio dei titoli?")
    assert {"temp", "titol"} <= frame.terms
    # the words linking one thing to another are the relation asked ("lega la quota" is
    # no answer to "l'obiettivo legato al progetto")
    frame = frame_of(answerer, "Chi segue l'obiettivo legato al progetto ambiente?")
    assert not any(t.startswith("leg") for t in frame.terms), frame.terms
    # ("la gestione associata dei servizi" is a thing: "associata" stays its word)
    assert set(answerer.analyzer.analyze("associata")) <= frame_of(answerer, "Chi cura la gestione associata dei servizi?").terms


# -- candidates -------------------------------------------------------------------------
def test_sentences_do_not_end_at_abbreviations() -> None:
    text = ("Il Segretario comunale è il dott. Mario Rossi, nominato con decreto n. 40 del 2024. "
            "L'Ass. M. Cerri segue la linea 03.")
    assert candidates.sentences(text) == [
        "Il Segretario comunale è il dott. Mario Rossi, nominato con decreto n. 40 del 2024.",
        "L'Ass. M. Cerri segue la linea 03.",
    ]


def test_a_run_in_heading_goes_with_the_sentence_it_names() -> None:
    # "Missione." opens the paragraph and names what it says: no sentence of its own
    text = "Missione. Il Comune orienta la propria azione al valore pubblico. Il contesto è rurale."
    assert candidates.sentences(text) == [
        "Missione. Il Comune orienta la propria azione al valore pubblico.", "Il contesto è rurale."]
    # a short sentence later in the line is a sentence
    assert candidates.sentences("Il piano è approvato. Bene. Si parte.") == ["Il piano è approvato.", "Bene.", "Si parte."]


def test_prose_wrapped_by_the_layout_is_one_line_and_fragments_stay_apart() -> None:
    body = "\n".join([
        "Il piano di protezione civile vigente è stato approvato con deliberazione di C.C. n. 27 del",
        "03/12/2021.",  # a figure continues the sentence
        "La segreteria comunale è in convenzione con il Comune",
        "di Borgo Alto e con la Provincia.",  # lower case continues it
        "Ass. D. Bucca - Ass. M. Cerri",  # a line of political roles is not prose
        "n. obiettivi strategici",
        "Fasi:",
        "analisi dei dati",  # an announced item is its own line
    ])
    assert candidates.logical_lines(body) == [
        "Il piano di protezione civile vigente è stato approvato con deliberazione di C.C. n. 27 del 03/12/2021.",
        "La segreteria comunale è in convenzione con il Comune di Borgo Alto e con la Provincia.",
        "Ass. D. Bucca - Ass. M. Cerri", "n. obiettivi strategici", "Fasi:", "analisi dei dati",
    ]


def test_page_text_wrapped_at_the_margin_goes_on_even_before_a_capital() -> None:
    # a page's paragraph: lines of one width; a name split at the margin is one sentence
    page = [
        "La misurazione e valutazione della performance è effettuata dal Nucleo di valutazione in",
        "composizione collegiale, nominato con decreto sindacale n. 12 del 02/05/2023 per il triennio",
        "2023-2025 e composto dal dott. Alberto Ferri (presidente), dalla dott.ssa Paola Carminati",
        "Ranieri e dal dott. Michele Bonfanti. La valutazione avviene secondo il sistema vigente.",
        "Obiettivi operativi",
    ]
    assert candidates.logical_lines("\n".join(page)) == [" ".join(page[:4]), page[4]]
    # a landscape page's lines are longer, and wrap all the same
    wide = [
        "La misurazione e la valutazione della performance sono affidate al Nucleo di valutazione in forma monocratica, nella persona del dott. Corrado",
        "Bellinzona, che valida la Relazione sulla performance e verifica l'assolvimento degli obblighi di trasparenza e la coerenza degli obiettivi.",
        "Il Nucleo si riunisce almeno due volte all'anno e trasmette i propri verbali al Segretario comunale e alla Giunta, che ne prende atto con delibera.",
        "Le schede di valutazione sono consegnate ai dipendenti entro il mese di marzo successivo all'anno di riferimento.",
    ]
    assert candidates.logical_lines("\n".join(wide))[0] == " ".join(wide[:2])
    # a text file's lines are paragraphs of any length: a heading line stays apart
    text = ["Sensibilizzare e coinvolgere i cittadini nei processi di prevenzione e con una corretta "
            "informazione dei rischi del territorio comunale", "Formazione dei volontari"]
    assert candidates.logical_lines("\n".join(text)) == text
    # a line that opens with a label or a heading in capitals is a field of its own
    card = page[:3] + ["OBIETTIVO DI MANDATO 2. Territorio e ambiente", "Motivazione Migliorare la sicurezza dei parchi"]
    assert candidates.logical_lines("\n".join(card))[-2:] == card[-2:]
    # a margin-wide line ending with a label's colon goes on with the label's figure
    target = page[:2] + ["2023-2025; indicatori: n. corse effettuate nell'anno dal servizio di trasporto – target 2026:",
                         "1.500. Peso 9."]
    assert candidates.logical_lines("\n".join(target)) == [" ".join(target)]


def test_the_field_after_the_interrogative_is_the_one_asked() -> None:
    from assistant.answering.frame import asked_field

    # "dipendenti" and "misure" belong to the objective's name, not to what is asked
    assert asked_field("Quali sono le fasi dell'obiettivo formazione dei dipendenti?") == "fasi"
    assert asked_field("Quali indicatori ha il bando affitti e misure contro la morosità?") == "indicatori"
    assert asked_field("Qual è il valore atteso dell'obiettivo?") == "valore_atteso"
    assert asked_field("Quali servizi gestisce il settore?") == "servizi"
    assert asked_field("Chi è il responsabile dell'obiettivo?") is None
    # interrogatives that name the field themselves
    assert asked_field("Perché è previsto l'obiettivo di formazione del personale dipendente?") == "motivazione"
    assert asked_field("Chi lavora all'obiettivo sugli indicatori di bilancio?") == "dipendenti"
    # what a thing is for, and what result is expected of it, in everyday wording
    assert asked_field("Che scopo ha l'obiettivo sull'area per i cani?") == "motivazione"
    assert asked_field("a cosa serve il centro prenotazioni?") == "motivazione"
    assert asked_field("e per le colonnine, che risultato si aspetta il comune?") == "valore_atteso"


def test_the_words_that_ask_a_field_are_not_its_topic(answerer: ExtractiveAnswerer) -> None:
    # ("che risultato si aspetta", "che scopo ha": a long question's asking words would
    # otherwise dilute its topic below the coverage the answer needs)
    frame = frame_of(answerer, "che scopo ha e che risultato si aspetta il comune dalle colonnine di ricarica?")
    assert not {"scop", "risult", "aspett"} & frame.terms, frame.terms
    assert {"colonnin", "ricar"} <= frame.terms, frame.terms


def test_what_an_office_does_asks_for_its_services_what_an_objective_does_does_not() -> None:
    from assistant.answering.frame import asked_field

    assert asked_field("Di cos'altro si occupa il settore che segue la mensa?") == "servizi"
    assert asked_field("cosa fa l'ufficio tecnico?") == "servizi"
    assert asked_field("Di che cosa si occupa l'Area Affari generali?") == "servizi"
    assert asked_field("Di cosa si occupa l'obiettivo sulla mensa?") is None
    # the offices inside an office are the services its chart entry lists; the ente's
    # offices are the chart itself
    assert asked_field("Quali uffici stanno nell'unità che gestisce la mensa?") == "servizi"
    assert asked_field("quali servizi ci sono dentro al settore che segue il verde?") == "servizi"
    assert asked_field("quali uffici ci sono nel comune?") != "servizi"


def test_interrogatives_that_name_a_list_field_by_what_it_is_for() -> None:
    from assistant.answering.frame import asked_field

    # whom an objective is for, how it unfolds, how it is measured
    assert asked_field("A chi si rivolge l'obiettivo sulla mensa?") == "stakeholder"
    assert asked_field("Chi ne beneficia?") == "stakeholder"
    assert asked_field("Quali soggetti sono coinvolti nel bando?") == "stakeholder"
    assert asked_field("Come si articola l'obiettivo sulla mensa?") == "fasi"
    assert asked_field("Come viene misurato il risultato del bando?") == "indicatori"
    assert asked_field("Chi segue l'obiettivo sulla mensa?") is None
    assert asked_field("Come si chiama il responsabile?") is None


def test_interrogatives_that_name_the_reason_the_aim_and_the_target(answerer) -> None:
    from assistant.answering.frame import asked_field

    assert asked_field("Per quale motivo è stato previsto l'obiettivo sulla mensa?") == "motivazione"
    assert asked_field("Come mai il comune investe nella mensa?") == "motivazione"
    assert asked_field("A che scopo si rifà la mensa?") == "motivazione"
    assert asked_field("Cosa si vuole ottenere con la nuova mensa?") == "valore_atteso"
    assert asked_field("Che cosa ci si aspetta dal bando?") == "valore_atteso"
    # whatever noun asks what is expected: the expected value, its words no topic
    assert asked_field("Che risultato ci si aspetta dal progetto della biblioteca?") == "valore_atteso"
    assert asked_field("Quali effetti si prevedono con il nuovo bando?") == "valore_atteso"
    frame = frame_of(answerer, "Che risultato ci si aspetta dal progetto della biblioteca?")
    assert not set(answerer.analyzer.analyze("risultato aspetta")) & frame.terms
    assert asked_field("Che valore deve raggiungere la raccolta differenziata?") == "indicatori"
    assert asked_field("Cosa prevede l'obiettivo sulla mensa?") is None
    # the interrogative's words say which field is asked: none of them is topic
    frame = frame_of(answerer, "Per quale motivo è stato previsto l'obiettivo conoscere per prevenire?")
    assert not set(answerer.analyzer.analyze("motivo")) & frame.terms
    frame = frame_of(answerer, "Che valore deve raggiungere la raccolta differenziata?")
    assert not set(answerer.analyzer.analyze("valore raggiungere")) & frame.terms


def test_a_colloquial_word_and_the_plans_words_for_it_are_one_concept(answerer) -> None:
    # "ragioneria" (a plan's office name, and the colloquial word for the finance
    # office) or "finanziario" / "bilancio": any one of them covers the concept, so the
    # office named exactly is not behind one named in the other words
    frame = frame_of(answerer, "Chi guida la ragioneria?")
    ragioneria, finanziario = (answerer.analyzer.analyze(w)[0] for w in ("ragioneria", "finanziario"))
    assert any({ragioneria, finanziario} <= c for c in frame.concepts)
    assert frame.weight({ragioneria}) == frame.weight({finanziario}) == frame.weight({ragioneria, finanziario}) > 0.5
    # without a colloquial word, every topic word counts on its own
    frame = frame_of(answerer, "Chi segue il bilancio finanziario?")
    assert not frame.concepts and frame.weight({finanziario}) < frame.weight(frame.terms)
    # a colloquial name of two words ("ufficio tecnico") is one concept with the plans' words
    frame = frame_of(answerer, "Chi è il responsabile dell'ufficio tecnico di Cassano Magnago?")
    tecnico, lavori = (answerer.analyzer.analyze(w)[0] for w in ("tecnico", "lavori"))
    assert any({tecnico, lavori} <= c for c in frame.concepts)
    assert "Lavori Pubblici" in answerer.answer("Chi è il responsabile dell'ufficio tecnico di Cassano Magnago?").text
    # a word the user wrote is asked for itself even when the colloquial word's
    # expansion holds it too: "stato civile e anagrafe" needs "civile", not any of them
    frame = frame_of(answerer, "Stato civile e anagrafe: cosa prevede il piano?")
    anagrafe, civile = (answerer.analyzer.analyze(w)[0] for w in ("anagrafe", "civile"))
    assert frame.concepts and not any(civile in c for c in frame.concepts)
    assert frame.weight({anagrafe}) < frame.weight({anagrafe, civile}) == frame.weight(frame.terms)


def test_a_field_word_complementing_a_noun_is_topic(answerer) -> None:
    # "la riduzione dei tempi di attesa": "tempi" is part of the thing's name; "quali
    # sono i tempi" asks the timing; a run of staff words is one complement
    tempi = set(answerer.analyzer.analyze("tempi"))
    assert tempi <= frame_of(answerer, "Perché serve la riduzione dei tempi di attesa?").terms
    assert not tempi & frame_of(answerer, "Quali sono i tempi dell'obiettivo sulla mensa?").terms
    assert not tempi & frame_of(answerer, "Qual è il responsabile dei tempi?").terms
    # what follows "su" is what the thing is about, even after a generic noun
    assert tempi <= frame_of(answerer, "Con quale indicatore si misura l'obiettivo sui tempi di pagamento?").terms
    frame = frame_of(answerer, "Chi ha in carico la formazione interna al personale dipendente?")
    assert Intent.EMPLOYEES not in frame.fields and Intent.RESPONSIBLE in frame.fields


def test_a_passages_field_labels_are_not_its_topic() -> None:
    # "Valore atteso: …" says which field follows: "atteso" must not match "attesa"
    body = "Titolo dell'obiettivo\nValore atteso: Riduzione dei consumi\nFinalità: Ridurre i costi\nNota: vedi sopra"
    assert candidates.without_labels(body) == "Titolo dell'obiettivo\nRiduzione dei consumi\nRidurre i costi\nNota: vedi sopra"


def test_a_named_list_is_listed_whole_even_when_a_date_is_wanted(answerer) -> None:
    # "cronoprogramma" wants periods, and it names the phases: every phase is shown,
    # each cut at its end (read from its start) and with its period
    ans = answerer.answer("Qual è il cronoprogramma dell'obiettivo conoscere per prevenire: contrasto alla violenza?")
    assert ans.text.count("fase: ") == 5 and len(ans.text) <= LIST_ANSWER_CHARS
    assert "fase: Verifica e aggiornamento" in ans.text and "GENNAIO-APRILE" in ans.text


def test_the_words_of_a_label_say_what_is_asked_not_what_about(answerer) -> None:
    # "portatori di interesse" is the stakeholder label: its words are not the topic,
    # so the objective the question names is the one answered, even without stakeholders
    frame = frame_of(answerer, "Chi sono i portatori di interesse dell'obiettivo conoscere per prevenire: "
                               "contrasto alla violenza?")
    assert frame.named_fields == {"stakeholder"} and not frame.asked_noun
    assert not set(answerer.analyzer.analyze("portatori interesse")) & frame.terms
    ans = answerer.answer(frame.question)
    assert "CONOSCERE PER PREVENIRE" in ans.text and "Il piano non indica" in ans.text
    # a label's words inside another phrase, or a number after "n.", are no label
    from assistant.answering.frame import label_phrases

    assert label_phrases("L'obiettivo sulle azioni positive per il personale vale nel triennio?") == []
    assert label_phrases("di cosa tratta l'obiettivo n. 6?") == []


def test_a_list_field_named_is_answered_whole(answerer) -> None:
    # "come si articola" names no list word, yet phases are a list: all five are shown;
    # "come viene misurato il risultato" gets every indicator, not the expected result only
    ans = answerer.answer("Come si articola l'obiettivo conoscere per prevenire: contrasto alla violenza?")
    assert ans.text.count("fase: ") == 5
    ans = answerer.answer("Come viene misurato il risultato dell'obiettivo conoscere per prevenire: contrasto alla violenza?")
    assert all(x in ans.text for x in ("Rete Viola", "sensibilizzazione", "rispetto fasi e tempi"))


def test_the_first_interrogative_followed_by_a_label_asks_and_a_code_can_be_asked() -> None:
    from assistant.answering.frame import asked_field

    # "che prevede" is a relative clause; "in quale programma" asks for the code
    assert asked_field("L'obiettivo che prevede i contributi in quale programma sta?") == "codice"
    assert asked_field("L'obiettivo che prevede i contributi che indicatori ha?") == "indicatori"
    assert asked_field("Quali programmi riguardano la scuola?") is None


def test_an_objectives_name_does_not_add_what_is_asked(answerer) -> None:
    # "personale dipendente" names the objective; the question asks for indicators only
    frame = frame_of(answerer, "Quali indicatori misurano l'obiettivo formazione interna al personale dipendente?")
    assert frame.fields == (Intent.INDICATORS,) and frame.named_fields == {"indicatori"}


def test_question_words_near_a_label_are_words_not_labels() -> None:
    from ingest.structure.vocabulary import canonical_key

    # documents keep typo tolerance for hand-typed labels; a question's ordinary word
    # one letter away from a label ("nazionale" / "razionale") is another word
    assert canonical_key("RESPONSABLE") == "responsabile"
    assert canonical_key("RESPONSABLE", fuzzy=False) is None
    assert named_fields("Chi promuove il programma nazionale di lettura?") == frozenset()
    assert named_fields("Qual è il razionale dell'obiettivo?") == {"motivazione"}


def test_comparison_needs_a_comparison_cue_not_the_word_contro(answerer) -> None:
    assert not frame_of(answerer, "Quali sono le misure contro la violenza di genere?").comparison
    assert frame_of(answerer, "Che differenze ci sono tra Cremosano e Cassano Magnago sul bilancio?").comparison


def test_more_or_less_of_something_asks_for_a_count_of_it(answerer) -> None:
    # the ente's staff counted, not the staff assigned to an objective
    frame = frame_of(answerer, "Quale comune ha più dipendenti tra Cassano Magnago e Cremosano?")
    assert frame.answer_type is AnswerType.NUMBER and not frame.fields and "dipendent" in frame.terms


def test_the_thing_counted_is_topic_and_a_verb_is_no_asked_noun(answerer) -> None:
    # "quanti dipendenti ha il comune": the counted noun is topic though it is a label
    assert "dipendent" in frame_of(answerer, "Quanti dipendenti ha Cassano d'Adda?").terms
    # a colloquial count word gives way to its expansion; counts of objectives are structural
    assert "over" not in frame_of(answerer, "Quanti over 65 vivono a Cremosano?").terms
    assert frame_of(answerer, "Quanti obiettivi ha Cremosano?").asked_word == ""
    # "quanto costa / spende": a verb follows, no noun is asked about
    assert frame_of(answerer, "Quanto costa il campo da calcio?").asked_word == ""
    assert frame_of(answerer, "Quanti soldi ha ricevuto Cremosano dal PNRR?").asked_word == ""


def test_frame_reads_quoted_titles_as_topic_not_as_wording(answerer) -> None:
    # "misure" inside the quoted title does not make the question ask for indicators
    frame = frame_of(answerer, "quali sono le fasi dell'obiettivo \"Misure di prevenzione del rischio\"?")
    assert frame.named_fields == {"fasi"} and Intent.INDICATORS not in frame.fields
    assert set(answerer.analyzer.analyze("prevenzione")) <= frame.terms


def test_items_of_a_schedule_take_the_period_they_are_listed_under() -> None:
    from ingest.models import Chunk

    body = ("CRONOPROGRAMMA TEMPI E FASI\nGENNAIO - MAGGIO\n1) progettazione del servizio\n"
            "2) calendario degli incontri\nGIUGNO - DICEMBRE\n3) predisposizione di un questionario\n"
            "Fattori critici\n- personale ridotto")
    chunk = Chunk(id="x", doc_id="d", ordinal=0, kind=UnitKind.SECTION, text="A › B\n" + body,
                  source_text=body, page=1, page_end=1, char_start=0, char_end=len(body),
                  breadcrumb=("A", "B"))
    period = {c.text: c.period for c in candidates.from_chunk(chunk)}
    assert period["progettazione del servizio"] == period["calendario degli incontri"] == "GENNAIO - MAGGIO"
    assert period["predisposizione di un questionario"] == "GIUGNO - DICEMBRE"
    assert period["personale ridotto"] == ""  # a heading in between ends the schedule


def test_label_value_lines_without_a_colon_are_fields() -> None:
    # as PDF and table exports print a card: the label, a gap, the value
    assert candidates.leading_label("Target 1 ≥ € 120.000,00") == "target"
    assert candidates.leading_label("Valore atteso Emissione di avvisi per € 120.000") == "valore_atteso"
    # a sentence, a heading in capitals, a line of several fields: not a field
    assert candidates.leading_label("Responsabile della pratica è il geometra") is None
    assert candidates.leading_label("OBIETTIVO STRATEGICO DI MANDATO – PROGETTO 8.2") is None
    assert candidates.leading_label("Settore Servizi Demografici – Responsabile: dott.ssa Rossi") is None


def test_conjunctive_passages_use_only_words_some_passage_contains(answerer, monkeypatch) -> None:
    # "spende" (no plan writes it) must not empty the search for the passage holding
    # the question's other rare words together
    frame = frame_of(answerer, "Quanto spendono per la Cooperativa Codess?")
    assert "spend" in frame.terms
    catalog = answerer.retriever.catalog
    asked: list[list[str]] = []
    search = catalog.chunks_with_all
    monkeypatch.setattr(catalog, "chunks_with_all", lambda words, n, docs: asked.append(list(words)) or search(words, n, docs))
    answerer.gather.with_conjunctive(frame, answerer.retriever.retrieve(frame.query, 10), None)
    assert asked and "spend" not in asked[0] and len(asked[0]) >= 2


def test_candidates_of_real_passages(sample_library) -> None:
    catalog = sample_library.catalog
    doc = "cassano-dadda_piao-2024-2026_performance.txt"
    org = catalog.chunks_of_kind(doc, UnitKind.ORG_CHART)[0]
    titolare = [c for c in candidates.from_chunk(org) if c.field == "titolare"]
    assert titolare and titolare[0].quote == org.fields["titolare"]
    objective = next(c for c in catalog.chunks_of(doc) if c.fields.get("fasi"))
    found = candidates.from_chunk(objective, rank=2)
    phases = [c for c in found if c.field == "fasi"]
    assert len(phases) == len(objective.fields["fasi"].split("\n"))
    assert all(c.rank == 2 and c.group == found[0].group for c in found)
    # every sentence candidate quotes its passage verbatim
    assert all(quote_occurs(c.quote, objective) for c in found if c.field is None)


def test_labelled_lines_are_fields() -> None:
    from ingest.models import Chunk

    body = "- Responsabile: arch. Riccardo Lurati\n- Settore: Area Pianificazione e Sviluppo Economico\nTesto libero."
    chunk = Chunk(id="x", doc_id="d", ordinal=0, kind=UnitKind.SECTION, text="A › B\n" + body,
                  source_text=body, page=1, page_end=1, char_start=0, char_end=len(body),
                  breadcrumb=("A", "B"))
    found = {c.field: c for c in candidates.from_chunk(chunk)}
    assert found["responsabile"].labelled and "Lurati" in found["responsabile"].text
    assert found["settore"].text.endswith("Sviluppo Economico")
    assert found[None].text == "Testo libero."


# -- selection --------------------------------------------------------------------------
def test_selection_hops_to_the_org_chart_for_the_head_of_the_settore(answerer) -> None:
    _frame, sel = selection_of(answerer, "Chi è il titolare del settore che cura il censimento del verde?")
    best = sel.best
    assert best is not None and best.cand.field == "titolare"
    assert "BIANCHI" in best.cand.text


def test_selection_prefers_the_asked_field_of_the_right_objective(answerer) -> None:
    _frame, sel = selection_of(answerer, "Che valore atteso ha l'obiettivo dei presidi fissi con le forze dell'ordine?")
    assert sel.best is not None and sel.best.cand.field == "valore_atteso"
    assert "due interventi" in sel.best.cand.text
    _frame, sel = selection_of(answerer, "Chi segue l'aggiornamento del PGT a Cassano Magnago?")
    assert sel.best is not None and sel.best.cand.field == "responsabile"
    assert "Territorio" in sel.best.cand.text


def test_organisations_answer_who_and_are_no_missing_responsible(answerer) -> None:
    # work entrusted outside the offices: a company named in a phase of the objective
    frame, sel = selection_of(answerer, "A chi è stato conferito l'incarico per il progetto esplorativo della CER?")
    assert frame.answer_type is AnswerType.WHO
    assert sel.best is not None and sel.best.fit and "CMS spa" in sel.best.cand.text
    ans = answerer.answer("A chi è stato conferito l'incarico per il progetto esplorativo della CER?")
    assert "CMS spa" in ans.text and "non indica" not in ans.text


def test_an_objective_whose_whole_title_is_asked_is_the_one(answerer) -> None:
    # "comunità" shares its stem with the ubiquitous "comune": the title said in full,
    # accents or not, still picks its objective over a sibling about energy
    _frame, sel = selection_of(answerer, "Qual è la motivazione delle comunita energetiche a Cassano Magnago?")
    assert sel.best is not None and sel.best.cand.title == "Comunità energetiche"


def test_selection_wants_a_date_for_when(answerer) -> None:
    frame, sel = selection_of(answerer, "Data di fine lavori per via Leonardo da Vinici?")
    assert frame.answer_type is AnswerType.DATE
    assert sel.best is not None and sel.best.fit


# -- abstention -------------------------------------------------------------------------
def test_a_plan_period_not_loaded_is_said_so(answerer) -> None:
    question = "Quali obiettivi operativi ha il PIAO 2025-2027 di Cassano d'Adda?"
    reason = missing_period(frame_of(answerer, question), question, answerer.retriever)
    assert reason is not None and "2025-2027" in reason and "non è presente" in reason
    assert "2024-2026" in reason  # and what is there instead
    ok = "Quali obiettivi ha il PIAO 2024-2026 di Cassano d'Adda?"
    assert missing_period(frame_of(answerer, ok), ok, answerer.retriever) is None
    # a plan named as what a phase works on ("la stesura … per il PIAO 2025-2027") is
    # a topic of the loaded plans, not a plan asked for
    worked_on = "Quando è prevista a Cassano d'Adda la stesura del cronoprogramma per il PIAO 2025-2027?"
    assert missing_period(frame_of(answerer, worked_on), worked_on, answerer.retriever) is None
    # ("… del PIAO 2025-2027 di X": the plan asked, whose part the question names)
    part_of_plan = "Quali obiettivi rientrano nella linea strategica 2 del PIAO 2025-2027 di Cassano d'Adda?"
    assert missing_period(frame_of(answerer, part_of_plan), part_of_plan, answerer.retriever) is not None


def test_a_cost_the_objective_does_not_state_is_refused_with_what_it_states(answerer) -> None:
    ans = answerer.answer("Quanto costa il campo da calcio in erba sintetica?")
    head, _, rest = ans.text.partition(";")
    assert "non indica un importo" in head and "campo da calcio" in head
    assert "riporta" in rest and ans.citations


def test_the_thing_asked_about_must_be_named_by_the_evidence(answerer) -> None:
    # the noun after the interrogative is what the answer is about; office heads and
    # field labels are left to the frame's fields
    assert frame_of(answerer, "Quante biciclette elettriche comprerà Cassano Magnago?").asked_word == "biciclette"
    assert frame_of(answerer, "Qual è il numero di telefono del SUAP?").asked_word == "telefono"
    assert frame_of(answerer, "Chi è il responsabile della biblioteca?").asked_word == ""
    assert frame_of(answerer, "Quali sono le fasi del bilancio sano?").asked_word == ""
    # a nearby topic (electric cars, a Wi-Fi objective) is no answer about it
    for question in ("Quante biciclette elettriche comprerà il comune di Cassano Magnago?",
                     "Chi è il presidente del nucleo di valutazione di Cassano Magnago?"):
        assert "non" in answerer.answer(question).text.split("[")[0].casefold()
    # a count is a figure stated with the thing counted
    assert "2 tastiere" in answerer.answer("Quante tastiere ci sono allo sportello Online Insieme?").text
    assert "non indica quanti parcheggi" in answerer.answer("Quanti parcheggi nuovi farà il magentino?").text


def test_a_word_built_on_a_stem_is_not_that_stem() -> None:
    from assistant.answering.select import matched

    # forms of one root match; a compound built on the stem ("scuolabus") does not
    assert matched(frozenset({"conclus"}), frozenset({"conclusion"})) == {"conclus"}
    assert not matched(frozenset({"scuolabus"}), frozenset({"scuol", "scolast"}))
    # a verb matches the noun of its irregular participle ("aprono" ~ "apertura",
    # "spende" ~ "spesa"), either way round; a look-alike ("aprile") does not
    assert matched(frozenset({"apron", "spend"}), frozenset({"apertur", "spes"})) == {"apron", "spend"}
    assert matched(frozenset({"apertur"}), frozenset({"apre"})) == {"apertur"}
    assert not matched(frozenset({"april"}), frozenset({"apertur"}))


def test_off_topic_has_no_topic_coverage(answerer) -> None:
    frame = frame_of(answerer, "Qual è la ricetta della torta di mele della nonna?")
    hits = answerer.retriever.retrieve(frame.query, 5).hits
    assert topic_coverage(frame, [h.chunk.text for h in hits], answerer.analyzer.analyze) < 0.35


# -- composition ------------------------------------------------------------------------
def test_capitals_read_with_their_accents_and_quotes_keep_the_source() -> None:
    assert accented("settore 05. SPAZIO CITTA' e ATTIVITA', PERCHE' E' così") == (
        "settore 05. SPAZIO CITTÀ e ATTIVITÀ, PERCHÉ È così")
    assert accented("L'AREA dell'ente, un po' di tempo") == "L'AREA dell'ente, un po' di tempo"
    # a surname is written as its owner writes it
    assert accented("MANFE' PAVAN Chiara e CALA' Valentina") == "MANFE' PAVAN Chiara e CALA' Valentina"


def test_an_objectives_parties_are_named_all_in_one_statement(answerer) -> None:
    # "chi sono …" names a list field: every item, not the first one or a person
    ans = answerer.answer("Chi sono i portatori di interesse dell'obiettivo «Una refezione scolastica di qualità»?")
    parties = ["famiglie", "Servizi scolastici", "gestore del servizio di refezione istituzionale",
               "comuni limitrofi", "Enti terzi"]
    assert ("portatori di interesse: " + ", ".join(parties)) in ans.text
    assert all(c.quote for c in ans.citations) and ans.found


def test_an_announced_list_is_shown_whole_within_a_lists_room(answerer) -> None:
    # the line ending with ':' closes its passage; its three long items open the next one
    ans = answerer.answer("Quali dimensioni del Valore Pubblico sono state identificate a Cremosano?")
    assert all(item in ans.text for item in ("economica", "personale e socio-culturale", "ambientale"))
    assert len(ans.text) <= LIST_ANSWER_CHARS and len(ans.citations) >= 3


def test_a_list_of_numbered_sub_headings_is_the_answer_to_which_ones(answerer) -> None:
    # "le prime tre" says how many are wanted, not what about; each heading is cited
    ans = answerer.answer("Quali sono le prime tre priorità strategiche di Cremosano?")
    assert "1. Cura del territorio; 2. Cultura e creatività; 3. Partecipazione" in ans.text
    assert len(ans.citations) >= 3 and all(c.doc.startswith("cremosano") for c in ans.citations)


MEASURES_AFTER_CARD = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo operativo OO-1.1 – Digitalizzazione delle pratiche edilizie

- **Responsabile:** arch. Marco Bellini
- **Finalità:** Ridurre i tempi di istruttoria delle pratiche.
- **Scadenza:** 31/12/2026

| Indicatore | Formula | Target 2026 |
|---|---|---|
| Pratiche presentate online | pratiche online / totale × 100 | ≥ 80% |
| Tempo medio di istruttoria | giorni medi | ≤ 30 giorni |

##### Obiettivo operativo OO-1.2 – Nuovo regolamento del verde

- **Responsabile:** dott.ssa Laura Ferraris
- **Finalità:** Aggiornare le regole di tutela del verde privato.
"""


def answerer_over(tmp_path, plans: dict[str, str]) -> ExtractiveAnswerer:  # type: ignore[no-untyped-def]
    """An answerer over small plans of fictional municipalities written to tmp_path."""
    (tmp_path / "docs").mkdir()
    for name, text in plans.items():
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    return answerer_over_files(tmp_path, [tmp_path / "docs"])


def answerer_over_files(tmp_path, paths: list[Path]) -> ExtractiveAnswerer:  # type: ignore[no-untyped-def]
    """An answerer over plan files (or folders) as they are, indexed under tmp_path."""
    from services import build_library
    from settings import load_settings

    library = build_library(load_settings(data_dir=tmp_path / "index"))
    assert not library.ingest(paths).failures
    return ExtractiveAnswerer(Retriever(library.searcher, library.catalog))


def test_the_rows_of_a_measures_table_belong_to_the_objective_above(tmp_path) -> None:
    # each row is a passage under its own heading; all rows answer for the objective
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": MEASURES_AFTER_CARD})
    ans = answerer.answer("Quali indicatori misurano la digitalizzazione delle pratiche edilizie?")
    assert "Pratiche presentate online" in ans.text and "Tempo medio di istruttoria" in ans.text
    assert "Digitalizzazione delle pratiche edilizie" in ans.text  # the objective, not a row, heads it


SHARED_THEME = """# Comune di {ente} – PIAO 2026-2028

## Obiettivi operativi

##### {numbering}Digitalizzazione delle pratiche edilizie e dello sportello SUAP

- **Responsabile:** {who}
- **Finalità:** Ridurre i tempi di istruttoria delle pratiche.

| Fase | Termine |
|---|---|
| Ricognizione delle pratiche arretrate | marzo 2026 |
| Configurazione del portale telematico | giugno 2026 |
| Collaudo e avvio del servizio online | dicembre 2026 |

##### Obiettivo 2 – Nuovo regolamento del verde privato

- **Responsabile:** dott.ssa Laura Ferraris
"""


def test_an_objective_titled_alike_in_several_plans_is_answered_for_each(tmp_path) -> None:
    # plans share themes: with no ente named, the same objective of every plan is asked
    # about, whatever its numbering or the score its wording earns in each
    answerer = answerer_over(tmp_path, {
        f"{ente.lower()}_piao-2026-2028.md": SHARED_THEME.format(ente=ente, numbering=numbering, who=who)
        for ente, numbering, who in (("Valprova", "Obiettivo operativo OO-1.1 – ", "arch. Marco Bellini"),
                                     ("Monteserra", "", "geom. Paolo Rinaldi"))})
    ans = answerer.answer("Chi ha in carico la digitalizzazione delle pratiche edilizie e dello sportello SUAP?")
    assert "Bellini" in ans.text and "Rinaldi" in ans.text
    # a list asked of such an objective lists every item in each plan's line
    ans = answerer.answer("Quali fasi prevede la digitalizzazione delle pratiche edilizie e dello sportello SUAP?")
    assert len(ans.text.splitlines()) == 2 and ans.text.count("Collaudo e avvio") == 2
    # naming the ente keeps to its plan
    ans = answerer.answer("Chi ha in carico la digitalizzazione delle pratiche edilizie a Monteserra?")
    assert "Rinaldi" in ans.text and "Bellini" not in ans.text


COUNTS_IN_PROSE = """# Comune di Valprova – PIAO 2026-2028

## Contesto

Al 31 dicembre 2025 la popolazione residente era di 4.215 abitanti, di cui 1.020 con più di 65 anni.
La biblioteca civica ha registrato 12.480 prestiti nel 2025 e resta aperta 24 ore settimanali.
Il gruppo comunale di protezione civile conta 31 volontari.

## Iniziative della biblioteca

1. Letture animate per la fascia 0-6 anni
2. Apertura serale il giovedì
3. Prestito digitale di e-book

## Obiettivi operativi

##### Obiettivo 1 – Riduzione dei rifiuti indifferenziati

- **Responsabile:** ing. Carla Monti
- **Indicatore:** Rifiuto secco residuo per abitante (target ≤ 90 kg per abitante)

##### Obiettivo 2 – Manutenzione delle strade comunali

- **Responsabile:** geom. Luca Sala
- **Indicatore:** Strade riasfaltate (target 4 chilometri)
"""


def test_a_count_the_plan_states_is_read_with_the_thing_counted(tmp_path) -> None:
    # "quanti X": the figure stated with X ("4.215 abitanti") answers, not a rate of X
    # ("kg per abitante"), and a count stated is read, not made by counting headings
    from assistant.answering.select import states_count

    assert states_count("conta 31 volontari", "volont") and states_count("4.215 abitanti residenti", "abitant")
    assert not states_count("90 kg per abitante", "abitant")
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": COUNTS_IN_PROSE})
    assert "4.215" in answerer.answer("Quanti abitanti ha Valprova?").text
    assert "12.480" in answerer.answer("Quanti prestiti ha registrato la biblioteca?").text
    assert "31" in answerer.answer("Quanti sono i volontari della protezione civile?").text
    # a thing no passage names ("il canile") is not answered by the library's hours
    ans = answerer.answer("Quante ore a settimana è aperto il canile?")
    assert "non indica «canile»" in ans.text and "24 ore" in ans.text  # and what the plan states


HOURS_OF_ANOTHER_OFFICE = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 1 – Letture animate per bambini nella biblioteca civica

- **Responsabile:** dott.ssa Anna Ferri
- **Finalità:** avvicinare alla lettura i bambini da 0 a 6 anni e le loro famiglie, in collaborazione con i pediatri e con gli asili nido del territorio, rendendo la biblioteca civica un luogo di incontro.
- **Valore atteso:** almeno dodici incontri di lettura animata nel corso dell'anno, con la partecipazione delle scuole dell'infanzia, come previsto dalla L.R. 25/2023.
- **Fasi:** calendario delle letture entro marzo 2026; letture nelle scuole entro maggio 2026; bilancio dell'iniziativa entro dicembre 2026
- **Indicatore:** Incontri di lettura svolti (target almeno 12)

##### Obiettivo 2 – Apertura dello sportello anagrafe il sabato mattina

- **Responsabile:** dott. Marco Villa
- **Finalità:** il nuovo orario di apertura dello sportello anagrafe comprende il sabato dalle 9 alle 12, per chi lavora nei giorni feriali e non riesce a presentarsi negli orari consueti.
- **Valore atteso:** riduzione delle attese per il rilascio della carta d'identità elettronica e dei certificati anagrafici.
- **Fasi:** organizzazione dei turni del personale entro gennaio 2026; avvio dell'apertura del sabato entro febbraio 2026
- **Indicatore:** Sabati di apertura garantiti (target almeno 40)
"""


def test_a_political_referent_is_named_only_by_a_political_role(tmp_path) -> None:
    # a train plan (layouts-train): the objective names its manager and, among its
    # stakeholders, "Sindacati inquilini"; neither is an assessore, so the referent is
    # refused and the manager is what the plan states
    from pathlib import Path

    plan = Path(__file__).resolve().parents[2] / "benchmarks/corpora/docs/train/monteleone-brianza_piao-2025-2027_performance.txt"
    answerer = answerer_over(tmp_path, {plan.name: plan.read_text(encoding="utf-8")})
    ans = answerer.answer("Quale assessore segue il bando contributi affitto e misure contro la morosità incolpevole?")
    assert "non indica un referente politico" in ans.text and "Castelli" in ans.text


def test_the_thing_asked_stated_only_of_something_else_is_refused(tmp_path) -> None:
    # the opening hours are stated for the registry office, not for the library: the
    # most telling thing the question names with an article must be in the evidence
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": HOURS_OF_ANOTHER_OFFICE})
    ans = answerer.answer("Qual è l'orario di apertura della biblioteca?")
    assert "non indica «orario» riferito a «biblioteca»" in ans.text
    assert "sabato dalle 9 alle 12" in answerer.answer("Qual è l'orario di apertura dello sportello anagrafe?").text
    # a figure for a year the plan does not date: "25/2023" numbers a law, it is no year
    ans = answerer.answer("Quanti incontri di lettura si sono svolti nel 2023?")
    assert "non indica un valore numerico per il 2023" in ans.text


def test_a_saints_name_is_a_place_not_a_person() -> None:
    from assistant.answering.select import has_person

    assert not has_person("Rigenerazione dell'ex area Fornaci S. Anna")
    assert not has_person("Riqualificazione di via San Marco")
    assert has_person("dott.ssa Anna Ferri") and has_person("Anna Ferri coordina il servizio")


def test_an_attribute_of_a_real_objective_the_plan_never_states_is_refused(tmp_path) -> None:
    # the objective is there, the thing asked of it is not: a baseline (its targets
    # are no starting value), a telephone number ("il numero di telefono" is no count)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": COUNTS_IN_PROSE})
    ans = answerer.answer("Qual era il valore di partenza dell'indicatore delle strade riasfaltate?")
    assert "non indica un valore di partenza" in ans.text
    ans = answerer.answer("Qual è il numero di telefono dell'ufficio che segue la manutenzione delle strade comunali?")
    assert "non indica «telefono»" in ans.text
    # the attributes it does state are answered
    assert "Sala" in answerer.answer("Chi è il responsabile della manutenzione delle strade comunali?").text
    assert "4 chilometri" in answerer.answer("Qual è il target delle strade riasfaltate?").text


def test_a_thing_no_plan_speaks_of_is_refused_by_name_a_word_typed_without_accent_is_respelled(answerer) -> None:
    # "la piscina": a noun with an article that no passage contains, even respelled
    assert frame_of(answerer, "Chi gestisce la piscina comunale di Cremosano?").absent_thing == "piscina"
    assert not answerer.answer("Chi gestisce la piscina comunale di Cremosano?").found
    assert frame_of(answerer, "Il wifi gratis negli spazi pubblici: quale area lo segue?").absent_thing == ""
    # the noun "quale"/"quali" asks for is a thing too; a kind of organisation is the
    # answer's type (plans name a company by its own kind word, "Cooperativa X")
    assert frame_of(answerer, "Quali sponsor finanziano la festa patronale di Cremosano?").absent_thing == "sponsor"
    assert frame_of(answerer, "Quale ditta gestisce la mensa scolastica?").absent_thing == ""
    # so is a word after a bare preposition ("eventi di gemellaggio")
    assert frame_of(answerer, "Quali eventi di gemellaggio organizza il magentino?").absent_thing == "gemellaggio"
    # a final vowel typed without its accent is the accented word ("priorita")
    frame = frame_of(answerer, "Quante sono le priorita strategiche del Comune di Cremosano?")
    assert set(answerer.analyzer.analyze("priorità")) <= frame.terms and not frame.absent_terms


def test_a_list_field_as_a_nouns_complement_is_topic_not_the_ask(answerer) -> None:
    # "la formazione dei dipendenti": the staff word belongs to the objective's name
    frame = frame_of(answerer, "A chi è affidato l'obiettivo di formazione continua dei dipendenti?")
    assert Intent.EMPLOYEES not in frame.fields and "dipendenti" not in frame.named_fields
    assert Intent.RESPONSIBLE in frame.fields
    frame = frame_of(answerer, "Quali sono i dipendenti assegnati all'obiettivo sulla mensa?")
    assert Intent.EMPLOYEES in frame.fields


def test_the_kind_of_appointment_is_part_of_the_heads_role(answerer) -> None:
    # "titolare di E.Q." names the role; "E.Q." is not a word the plan must contain
    frame = frame_of(answerer, "Chi è il titolare di E.Q. dell'area lavori pubblici a Cassano Magnago?")
    assert not {"eq", "e.q"} & frame.terms
    assert frame_of(answerer, "Chi è la posizione organizzativa dei tributi?").asked_word == ""


def test_two_questions_in_one_get_an_answer_each(answerer) -> None:
    # a field ask (the holder) and a detail of the passage (who reads the meters)
    ans = answerer.answer("Per l'efficientamento energetico chi legge i contatori e chi è la titolare del settore?")
    assert "FRONTE Giuseppe" in ans.text and "BARTUCCI Grazia Maria" in ans.text


def test_the_other_part_of_two_asks_is_the_sentence_stating_its_words(answerer) -> None:
    # a field ask (who) and a detail only a sentence of the same objective states: the
    # field bonuses put the sentence far below, yet it answers the other part
    ans = answerer.answer("Chi segue l'area commerciale di via V Giornate e quali lavori vanno coordinati con essa?")
    assert "Lavori Pubblici" in ans.text and "piste ciclabili" in ans.text


def test_in_che_anno_is_an_ask_of_its_own(answerer) -> None:
    frame = frame_of(answerer, "Con quante tastiere lavora lo sportello Online Insieme e in che anno è stato aperto?")
    assert frame.several_asks
    assert not frame_of(answerer, "L'obiettivo che riguarda la mensa chi lo segue?").several_asks


def test_a_yes_no_question_about_a_year_gets_the_objectives_timing(answerer) -> None:
    frame = frame_of(answerer, "A Cassano Magnago il Gruppo Lettura continua nel 2027?")
    assert Intent.TIMING in frame.fields
    assert "2025/2026/2027" in answerer.answer("A Cassano Magnago il Gruppo Lettura continua nel 2027?").text
    assert Intent.TIMING not in frame_of(answerer, "Chi segue il Gruppo Lettura nel 2027?").fields


def test_every_phase_is_listed_each_with_its_timing(answerer) -> None:
    # five long phases: each is shortened, none dropped, every timing kept
    ans = answerer.answer("Quali sono le fasi dell'obiettivo conoscere per prevenire: contrasto alla violenza?")
    assert ans.text.count("fase: ") == 5 and len(ans.text) <= LIST_ANSWER_CHARS
    assert all(t in ans.text for t in ("GENNAIO-APRILE", "FEBBRAIO - DICEMBRE", "FEBBRAIO-NOVEMBRE"))


def test_a_marked_list_announced_by_a_line_is_the_answer_each_item_whole(answerer) -> None:
    # "…rivolto a chi necessita di supporto per:" and four bulleted items: the sentence
    # before the list gives way to the items, short items leave room to long ones, and
    # the prose after the list is not an item
    ans = answerer.answer("Per cosa posso rivolgermi allo sportello Online Insieme?")
    assert all(x in ans.text for x in ("SPID", "(CIE)", "(ANPR)"))
    assert "tastiere" not in ans.text and len(ans.text) <= LIST_ANSWER_CHARS


def test_fair_shares_give_short_items_their_length_and_long_ones_the_rest() -> None:
    from assistant.answering.compose import fair_shares

    assert fair_shares([20, 200, 200], 300) == [20, 140, 140]
    assert fair_shares([20, 30], 300) == [20, 30]
    assert min(fair_shares([300] * 10, 100, least=60)) >= 60  # never below a readable item
    assert fair_shares([300] * 10, 100) == [10] * 10  # (peers with no minimum: equal shares)


def test_a_comparison_shows_what_each_plan_does_in_particular(answerer) -> None:
    # each ente's line: the best statement, then the rarest action of the same objective
    # (a measure, a phase), not the generic purpose or the stakeholders
    ans = answerer.answer("Refezione scolastica: confronta il piano di Cassano Magnago con quello del magentino")
    lines = ans.text.splitlines()
    assert len(lines) == 2 and "gara intercomunale" in lines[1]



def test_a_comparison_line_says_its_objectives_title_once_and_its_particular_actions(answerer) -> None:
    # the objective's title is what the plan does: said whole in the line's head, not
    # again as a statement; then its particular phases, never a purpose printed as a
    # "MOTIVAZIONE …" line of the body
    ans = answerer.answer("Barriere architettoniche: confronta Cassano Magnago e Cassano d'Adda.")
    first = ans.text.splitlines()[0]
    assert "l'abbattimento delle barriere architettoniche»" in first
    assert first.count("Adeguamento delle infrastrutture") == 1
    assert "passaggi pedonali rialzati" in first and "MOTIVAZIONE" not in first


def test_a_later_line_keeps_room_for_its_head_and_first_statement() -> None:
    long = [Statement("x" * 150, []) for _ in range(6)]
    lines = [Line("Primo – «uno»", long), Line("Secondo – «due»", [Statement("la sua prima frase", [])])]
    text = assemble(lines, []).text
    assert len(text) <= 600 and text.splitlines()[1] == "Secondo – «due»: la sua prima frase"


def test_the_lines_of_a_comparison_share_the_room() -> None:
    # peers: the first line may not take all but the second's first statement
    first = [Statement(f"frase {i} " + "x" * 90, []) for i in range(6)]
    second = [Statement(f"detto {i} " + "y" * 60, []) for i in range(3)]
    lines = [Line("Primo – «uno»", first), Line("Secondo – «due»", second)]
    text = assemble(lines, [], budget=750, fair=True).text
    assert len(text) <= 750 and all(f"detto {i}" in text.splitlines()[1] for i in range(3)), text
    assert "frase 2" in text.splitlines()[0], text  # (the first keeps its share)
    assert "detto 1" not in assemble(lines, [], budget=750).text  # (one line after another: greedy)


def test_the_holder_of_an_office_comes_with_the_period_of_the_appointment(answerer) -> None:
    ans = answerer.answer("Chi era il titolare del settore Finanziario e tributi e fino a quando?")
    assert re.search(r"CHIZZOLI Martina.{0,60}\(dal 01/01/2024 al 30/04/2024\)", ans.text)


def test_composition_numbers_verified_quotes_only_and_keeps_the_budget(sample_library) -> None:
    chunk = next(c for c in sample_library.catalog.chunks_of("cassano-dadda_piao-2024-2026_performance.txt")
                 if c.fields.get("responsabile"))
    value = chunk.fields["responsabile"]
    lines = [Line("«Obiettivo»", [
        Statement(f"è affidato {to_office(value)}", [(chunk, value)]),
        Statement("affermazione inventata", [(chunk, "testo che il passaggio non contiene")]),
        Statement("x" * 700, [(chunk, value)]),
    ])]
    ans = assemble(lines, [chunk])
    assert ans.text.startswith("«Obiettivo»: è affidato al settore") and "[1]" in ans.text
    assert "[2]" not in ans.text  # the invented quote got no number
    assert "x" * 50 not in ans.text and len(ans.text) <= 600  # dropped whole, not cut
    assert [c.quote for c in ans.citations] == [value]


def test_the_suap_answer_names_offices_and_the_person(answerer) -> None:
    ans = answerer.answer("chi è responsabile della digitalizzazione SUAP?")
    lines = ans.text.splitlines()
    assert len(lines) == 2  # two plans answer it: one line each, each naming its ente
    assert lines[0].startswith("Cassano Magnago") and "Attività Istituzionali" in lines[0]
    assert lines[1].startswith("Cassano d'Adda") and "BASSANI Maddalena" in lines[1]
    assert len(ans.text) <= 600 and len(ans.citations) >= 3
    by_id = {c.id: c for c in ans.passages}
    assert all(quote_occurs(c.quote, by_id[c.chunk_id]) for c in ans.citations)


@pytest.mark.parametrize(
    ("item", "expected"),
    [("n. moduli predisposti — 2", "2 moduli predisposti"),
     ("N. di processi revisionati e digitalizzati — 6", "6 processi revisionati e digitalizzati"),
     ("Numero degli accessi — 120", "120 accessi"),
     ("Tempo medio di attesa — ≤ 15 giorni", "Tempo medio di attesa (target ≤ 15 giorni)")],
)
def test_a_counted_indicator_reads_with_its_target_first(item: str, expected: str) -> None:
    from assistant.answering.compose import render_indicator

    assert render_indicator(item) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Area Risorse", "all'Area Risorse"), ("07. LAVORI PUBBLICI", "al settore 07. LAVORI PUBBLICI"),
     ("Responsabile Area Territorio", "al Responsabile Area Territorio"), ("dott. Fabio Ghezzi", "a dott. Fabio Ghezzi")],
)
def test_offices_take_their_article(value: str, expected: str) -> None:
    assert to_office(value) == expected


# -- the LLM modes get the same frame and evidence ---------------------------------------
def test_llm_prompt_carries_the_selected_evidence(answerer) -> None:
    from assistant.answering import LLMAnswerer
    from tests.fakes import FakeChat

    chat = FakeChat(["Il PGT è seguito dal Responsabile Area Territorio [1]."])
    llm = LLMAnswerer(answerer.retriever, chat, top_k=4, pipeline=answerer)
    llm.answer("Chi segue l'aggiornamento del PGT a Cassano Magnago?")
    user = chat.calls[0][-1].content
    evidence = user.split("EVIDENZE SELEZIONATE", 1)[1].split("DOMANDA:", 1)[0]
    assert "Tipo di risposta atteso: chi" in evidence
    # the responsible office, as selection found it, with its passage number
    line = next(ln for ln in evidence.splitlines() if "(responsabile)" in ln)
    assert "Area Territorio" in line and re.match(r"- \[\d\]", line)


def test_political_referents_come_from_the_objectives_strategic_line(answerer) -> None:
    # the objective names no assessore; its strategic line's opening passage does
    ans = answerer.answer("Censimento del verde: sotto quale linea strategica ricade e quali assessori la seguono?")
    assert "CENSIMENTO DEL VERDE" in ans.text.split(":")[0]
    assert "Ass. R. Stavola" in ans.text and "OPERE PUBBLICHE" in ans.text
    assert any("Stavola" in c.quote for c in ans.citations)


def test_lines_of_political_roles_are_recognised() -> None:
    from assistant.answering.candidates import is_political_line

    assert is_political_line("Sindaco - Ass. A. Rossi")
    assert not is_political_line("Il Sindaco ha presentato il piano.")


def test_a_question_naming_only_the_plan_lists_its_objectives(answerer, sample_library) -> None:
    from vectorstore.records import RecordFilters

    doc = "cassano-dadda_piao-2024-2026_performance.txt"
    n = len([r for r in sample_library.catalog.records(RecordFilters(doc_ids=[doc])) if r.titolo])
    ans = answerer.answer("Quali obiettivi ha il PIAO 2024-2026 di Cassano d'Adda?")
    assert ans.text.startswith(f"Cassano d'Adda: {n} obiettivi") and len(ans.citations) >= 3


def test_a_plan_of_an_unknown_ente_is_not_answered(answerer) -> None:
    ans = answerer.answer("Quali obiettivi ha il PIAO di Torrebruna Alta?")
    assert not ans.found and "Torrebruna Alta" in ans.text and ans.text.startswith("Non ho trovato")


def test_the_head_of_an_objective_is_its_responsible_not_an_org_chart_titolare(answerer) -> None:
    frame = frame_of(answerer, "Chi è il dirigente dell'obiettivo di aggiornamento del PGT?")
    assert frame.asks(Intent.RESPONSIBLE) and not frame.asks(Intent.HOLDER)
    assert frame_of(answerer, "Chi è il dirigente del settore Lavori pubblici?").asks(Intent.HOLDER)
    assert "Area Territorio" in answerer.answer("Chi è il dirigente dell'obiettivo di aggiornamento del PGT?").text


def test_a_long_statement_is_shown_around_the_asked_date(answerer) -> None:
    ans = answerer.answer(
        "entro quando i responsabili di servizio devono mandare le previsioni di entrata e spesa al finanziario?")
    assert "5 ottobre" in ans.text and len(ans.text) <= 600


LIBRARY_PLAN = """# Comune di {ente} – PIAO {period}

## Obiettivi operativi

##### Biblioteca civica: {title}

- **Responsabile:** Area Servizi alla Persona
- **Finalità:** {what}
"""


def test_a_named_plan_period_picks_that_plan_of_an_ente(tmp_path) -> None:
    # an ente with two plans is meant by the period the question names, as in a comparison
    answerer = answerer_over(tmp_path, {
        "valprova_piao-2025-2027.md": LIBRARY_PLAN.format(
            ente="Valprova", period="2025-2027", title="aperture serali",
            what="Aprire la sala studio il sabato pomeriggio con i volontari del Gruppo Lettori."),
        "valprova_piao-2026-2028.md": LIBRARY_PLAN.format(
            ente="Valprova", period="2026-2028", title="catalogo della biblioteca civica",
            what="Digitalizzare il catalogo della biblioteca civica e il prestito della biblioteca civica."),
        "borgomonte_piao-2026-2028.md": LIBRARY_PLAN.format(
            ente="Borgomonte", period="2026-2028", title="letture per ragazzi",
            what="Organizzare letture animate per i ragazzi delle scuole primarie."),
    })
    frame = frame_of(answerer, "Biblioteca civica: confronta il PIAO 2025-2027 di Valprova con il piano di Borgomonte.")
    assert frame.enti == ("valprova_piao-2025-2027.md", "borgomonte_piao-2026-2028.md")
    ans = answerer.answer("Biblioteca civica: confronta il PIAO 2025-2027 di Valprova con il piano di Borgomonte.")
    assert "sabato pomeriggio" in ans.text and "catalogo" not in ans.text and "letture animate" in ans.text
    assert "confront" not in "".join(frame.terms)  # the comparing is no topic a plan must hold
    assert "Comune di Valprova – PIAO" not in ans.text  # a heading names; it is no distinctive statement


TWO_DIGITAL_OBJECTIVES = """# Comune di Borgomonte – PIAO 2026-2028

## Obiettivi operativi

##### Attuazione PNRR 2026

- **Responsabile:** Area Affari Generali
- **Finalità:** Nel 2026 prosegue la migrazione delle pratiche prevista dal piano 2026-2028, anche per gli sportelli di anagrafe.

##### Dematerializzazione dei registri

- **Responsabile:** Area Servizi Demografici
- **Finalità:** Digitalizzare gli atti di stato civile e di anagrafe degli anni 1960-1990.
"""


def test_the_years_of_a_named_plan_period_are_not_topic(tmp_path) -> None:
    # "il PIAO 2026-2028" names the document: an objective whose text repeats the
    # plan's years is no better an answer for it
    answerer = answerer_over(tmp_path, {"borgomonte_piao-2026-2028.md": TWO_DIGITAL_OBJECTIVES})
    question = "Stato civile e anagrafe: cosa prevede il PIAO 2026-2028 di Borgomonte?"
    assert not {"2026", "2028"} & frame_of(answerer, question).terms
    assert answerer.answer(question).text.startswith("«Dematerializzazione dei registri»")


TOURISM_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Promozione turistica del lago

- **Responsabile:** Area Cultura e Turismo
- **Finalità:** Attuare la legge regionale n. 27/2015 sul turismo e rinnovare i percorsi turistici del 2025.
- **Indicatore:** volontari coinvolti nell'accoglienza: 31

##### Festa del lago

- **Responsabile:** Area Cultura e Turismo
- **Finalità:** Organizzare la festa con 12 associazioni del territorio nel 2025.
"""


def test_a_count_no_passage_states_is_refused(tmp_path) -> None:
    # "quanti turisti": figures of other things (a law's number, a year, associations)
    # are no count of tourists; a figure right after the thing counted is one
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": TOURISM_PLAN})
    refused = answerer.answer("Quanti turisti hanno visitato Valprova nel 2025?")
    assert "non indica quanti turisti" in refused.text
    stated = answerer.answer("Quanti volontari sono coinvolti nell'accoglienza turistica a Valprova?")
    assert "31" in stated.text and "non indica" not in stated.text


def test_a_member_of_staff_is_stated_with_their_task(tmp_path) -> None:
    # "chi è il RUP": the task is written on the staff row, next to the person
    from tests.unit.test_layouts_general import STAFF_TABLE

    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": STAFF_TABLE})
    ans = answerer.answer("Chi è il RUP della riqualificazione della piazza del mercato?")
    assert "ROSSINI Carla (D1, RUP)" in ans.text and ans.citations


CANTEEN_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Monitoraggio della refezione scolastica

- **Responsabile:** Area Servizi Educativi
- **Finalità:** Verificare la qualità dei pasti serviti nelle scuole.
- **Fasi:** Sopralluoghi del comitato mensa nei plessi – entro marzo 2026; Questionario di gradimento alle famiglie – entro giugno 2026

##### Illuminazione pubblica a led

- **Responsabile:** Area Tecnica
- **Finalità:** Rinnovare il contratto di servizio dell'illuminazione pubblica – entro dicembre 2027.
"""


def test_the_subject_of_a_when_question_must_be_in_the_evidence(tmp_path) -> None:
    # "quando scade il contratto…": the date asked is the contract's; phases of the
    # canteen's monitoring do not date it
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": CANTEEN_PLAN})
    assert frame_of(answerer, "Quando scade il contratto della mensa scolastica di Valprova?").asked_word == "contratto"
    refused = answerer.answer("Quando scade il contratto della mensa scolastica di Valprova?")
    assert "non indica «contratto»" in refused.text
    dated = answerer.answer("Quando si fa il questionario di gradimento alle famiglie della mensa di Valprova?")
    assert "giugno 2026" in dated.text and "non indica" not in dated.text


WORKS_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Rigenerazione del centro storico

- **Responsabile:** Area Tecnica
- **Finalità:** Restituire vivibilità al centro storico con nuove aree pedonali e spazi per il commercio di vicinato.

INTERVENTI FINANZIATI DAL PNRR E DALLA REGIONE:

- riqualificazione di piazza dei Mulini;
- nuova pavimentazione di via dei Tessitori;
- illuminazione del lungofiume.

##### Archivio digitale

- **Responsabile:** Area Affari Generali
- **Finalità:** Digitalizzare le pratiche edilizie storiche per consultarle online da casa, senza appuntamento allo sportello, riducendo i tempi di risposta ai professionisti e ai cittadini che chiedono copia degli atti; il servizio sarà gratuito per i residenti e a pagamento per i professionisti con una tariffa fissa per pratica stabilita dalla Giunta entro la fine dell'anno.
"""


def test_a_line_announcing_the_asked_things_is_answered_by_its_items(tmp_path) -> None:
    # "quali sono gli interventi finanziati…": the line that names them and ends with ':'
    # lists them; the objectives of the plan are not what is asked
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": WORKS_PLAN})
    ans = answerer.answer("Quali sono gli interventi finanziati dal PNRR e dalla Regione a Valprova?")
    assert all(x in ans.text for x in ("piazza dei Mulini", "via dei Tessitori", "lungofiume"))


def test_a_statement_alone_in_the_answer_is_shown_whole(tmp_path) -> None:
    # the detail asked often closes a long paragraph: a lone statement has the answer's room
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": WORKS_PLAN})
    ans = answerer.answer("Perché digitalizzare le pratiche edilizie storiche a Valprova?")
    assert "tariffa fissa" in ans.text and len(ans.text) <= 600


DATED_CHART = """# Comune di Valprova – PIAO 2026-2028

## Struttura organizzativa

| Settore | Titolare | Dal | Al |
|---|---|---|---|
| Area Finanziaria | dott.ssa Laura Ferraris | 01/01/2026 | 30/04/2026 |
| Area Tecnica | arch. Marco Bellini | 01/01/2026 | 31/12/2028 |

## Obiettivi operativi

##### Riscossione delle entrate tributarie

- **Responsabile:** Area Finanziaria
- **Finalità:** Ridurre l'evasione dei tributi locali.
"""


def test_a_holder_is_named_only_for_the_period_of_their_appointment(tmp_path) -> None:
    # an org chart that dates its appointments answers only for their periods
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": DATED_CHART})
    later = answerer.answer("Chi è il titolare dell'Area Finanziaria di Valprova dopo aprile 2026?")
    assert later.text.startswith("L'organigramma non indica chi è titolare dopo il 30/04/2026")
    assert "Ferraris" in later.text  # what it does state, cited
    within = answerer.answer("Chi è il titolare dell'Area Finanziaria di Valprova a marzo 2026?")
    assert "Ferraris" in within.text and "non indica" not in within.text


STAFF_LINE_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Manutenzione del verde pubblico

- **Responsabile:** Area Tecnica
- **Finalità:** Potare gli alberi dei parchi.
- **Dipendenti coinvolti:** GALLI Piero, NERI Sara
"""


def test_a_labelled_list_and_its_items_are_said_once(tmp_path) -> None:
    # "Dipendenti coinvolti: A, B" and the same people as the list's items: one statement
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": STAFF_LINE_PLAN})
    ans = answerer.answer("Quali dipendenti lavorano alla manutenzione del verde pubblico?")
    assert ans.text.count("GALLI Piero") == 1 and "NERI Sara" in ans.text and ans.citations


STACKED_AREA_HEADINGS = """Comune di Valprova
PIAO 2026-2028
SEZIONE 2. VALORE PUBBLICO

AREA TEMATICA 3. SCUOLA, CULTURA, SPORT, TEMPO LIBERO E POLITICHE GIOVANILI,
BIBLIOTECHE, MUSEI E ARCHIVIO STORICO COMUNALE

OBIETTIVO STRATEGICO DI MANDATO – PROGETTO 3.1 IMPIANTI

Rinnovare le palestre delle scuole primarie e gli spogliatoi del campo sportivo.

AREA TEMATICA 3. SCUOLA, CULTURA, SPORT, TEMPO LIBERO E POLITICHE GIOVANILI,
BIBLIOTECHE, MUSEI E ARCHIVIO STORICO COMUNALE

OBIETTIVO STRATEGICO DI MANDATO – PROGETTO 3.2 ARCHIVIO STORICO

Digitalizzare i registri dell'archivio storico comunale entro il 2027.
"""


def test_a_heading_line_names_what_follows_and_is_no_statement(tmp_path) -> None:
    # the second line of a wrapped area heading repeats the asked words, yet states
    # nothing: the answer is the objective's sentence, not the heading beside it
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028_valore-pubblico.txt": STACKED_AREA_HEADINGS})
    ans = answerer.answer("Cosa prevede il piano per l'archivio storico comunale?")
    assert "Digitalizzare i registri" in ans.text
    assert "MUSEI" not in ans.text


def test_a_thing_no_plan_speaks_of_is_refused_even_when_a_person_of_the_office_is_named(answerer) -> None:
    # the org chart names the office's head (a person: the asked type), yet the thing
    # asked about that head is stated nowhere: refused by name, not answered with the head
    ans = answerer.answer("Qual è lo stipendio del segretario generale di Cassano d'Adda?")
    assert ans.text.startswith("Il piano non indica «stipendio»") and "BRAMBILLA" not in ans.text
    assert "BRAMBILLA" in answerer.answer("Chi è il segretario generale di Cassano d'Adda?").text


def test_two_asks_never_say_a_phase_again_as_its_table_line(tmp_path) -> None:
    # the phase (a field item) and the table row it came from are one fact: the second
    # ask's statement is never the first's again
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": SHARED_THEME.format(
        ente="Valprova", numbering="", who="arch. Marco Bellini")})
    ans = answerer.answer("Quando è prevista la configurazione del portale telematico e chi la segue?")
    assert ans.text.count("Configurazione del portale telematico") == 1 and "Bellini" in ans.text



NUMBERED_OFFICES = """# Comune di Valprova – PIAO 2026-2028

## 1. L'ente

Il Comune di Valprova conta 5.120 abitanti; il municipio è aperto al pubblico tutti i giorni feriali. Il trasporto scolastico è svolto su tre linee; la quota a carico delle famiglie è di € 35,00 mensili per alunno.

## 2. Assetto organizzativo

La struttura organizzativa si articola in due Aree e in un Servizio autonomo, ciascuno con un titolare di incarico di Elevata Qualificazione.

| Unità organizzativa | Titolare di EQ | Servizi |
|---|---|---|
| Area 1 – Affari generali | dott.ssa Carla NEVIANI | Segreteria, protocollo, servizi demografici |
| Area 2 – Servizi alla persona | dott. Ugo TERRANEO | Servizi sociali, istruzione, refezione |
| Servizio 3 – Polizia locale | comm. Rita OSTINELLI | Polizia locale, viabilità, emergenze |

## 3. Schede degli obiettivi

### **Obiettivo n. 1 – Nuovo regolamento del trasporto scolastico**

**Finalità:** aggiornare le tariffe e le fermate del servizio di trasporto degli alunni.

Le attività sono seguite dal geom. Piero LANFRANCHI dell'ufficio scuola, che tiene i rapporti con le famiglie.

**Risultato atteso:** regolamento approvato dal Consiglio comunale.

**Struttura responsabile:** Area 2 – Servizi alla persona

**Personale coinvolto:** BASSI Marta, GRECO Luca, ODDONE Pia.

**Cronoprogramma:**
- bozza del regolamento: entro il 31/03/2026;
- approvazione in Consiglio: entro il 30/06/2026.

---

### **Obiettivo n. 2 – Esercitazione di protezione civile**

**Finalità:** verificare il piano di emergenza con una prova annuale di evacuazione, coinvolgendo le scuole, le associazioni del territorio e gli uffici comunali che hanno compiti nelle prime ore di un evento calamitoso, secondo gli scenari di rischio idraulico e idrogeologico del territorio comunale. Il piano vigente, approvato dal Consiglio comunale, descrive le aree di attesa, le aree di ricovero e i percorsi di evacuazione dei plessi scolastici e delle frazioni, e individua le strutture strategiche da presidiare in caso di allerta; la prova ne verifica l'efficacia con una simulazione per posti di comando e una sul campo, con la partecipazione della popolazione. La prova è preparata con il Gruppo comunale di protezione civile, che conta attualmente 19 volontari, e con il distretto di protezione civile di riferimento.

**Risultato atteso:** piano di emergenza verificato sul campo.

**Struttura responsabile:** Servizio 3

**Cronoprogramma:**
- esercitazione con le scuole: entro il 31/10/2026.

**Indicatori di risultato:**
- volontari presenti all'esercitazione / volontari iscritti: target 2026 ≥ 80%, target 2027 ≥ 85%.

---

### **Obiettivo n. 3 – Piano della formazione del personale**

**Finalità:** aggiornare le competenze digitali dei dipendenti.

**Struttura responsabile:** Ufficio Risorse

**Cronoprogramma:**
- corsi in aula: ottobre-novembre 2026.
"""


@pytest.fixture(scope="module")
def numbered_offices(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A plan whose objectives name their office by kind and number ("Servizio 3")
    after an org chart table gave the full names and the heads."""
    return answerer_over(tmp_path_factory.mktemp("numbered"), {"valprova_piao-2026-2028_performance.md": NUMBERED_OFFICES})


def test_an_office_named_by_kind_and_number_leads_to_its_head(numbered_offices) -> None:
    ans = numbered_offices.answer("Chi si occupa dell'esercitazione di protezione civile?")
    assert "OSTINELLI" in ans.text
    assert any("OSTINELLI" in c.quote for c in ans.citations)


def test_two_questions_in_one_are_each_answered_from_their_own_passage(numbered_offices) -> None:
    ans = numbered_offices.answer(
        "Chi è responsabile dell'area che gestisce il trasporto scolastico, e quanto pagano al mese le famiglie?")
    assert "TERRANEO" in ans.text and "35,00" in ans.text
    # each part cites its own passage: the org chart row, the sentence with the fee
    assert any("TERRANEO" in c.quote for c in ans.citations)
    assert any("35,00" in c.quote for c in ans.citations)
    assert len({c.n for c in ans.citations}) == len(ans.citations)  # one number per quote
    assert "non indica" not in ans.text  # "al mese" is the fee's unit, not a thing asked


def test_objectives_of_an_office_named_by_kind_and_number_are_counted(numbered_offices) -> None:
    ans = numbered_offices.answer("Quanti obiettivi ha il servizio 3?")
    assert "1 obiettivo (Esercitazione di protezione civile)" in ans.text
    listed = numbered_offices.answer("Elencami tutti gli obiettivi dell'Area 2")
    assert "Nuovo regolamento del trasporto scolastico" in listed.text
    assert "Esercitazione" not in listed.text


def test_a_count_of_resources_is_no_count_of_objectives(numbered_offices) -> None:
    ans = numbered_offices.answer("Quante risorse sono stanziate per l'obiettivo sull'esercitazione di protezione civile?")
    assert "obiettiv" not in ans.text.split("«")[0]  # no "N obiettivi" count
    assert "non indica" in ans.text


def test_a_count_in_a_long_statement_is_shown_where_it_is_stated(numbered_offices) -> None:
    ans = numbered_offices.answer("Quanti volontari ha il gruppo comunale di protezione civile?")
    # the figure closes a long purpose: the statement is shown from its sentence
    assert "19 volontari" in ans.text
    assert "…La prova è preparata" in ans.text


def test_who_does_it_with_the_questions_own_verb_is_named_before_the_office(numbered_offices) -> None:
    ans = numbered_offices.answer("Chi segue il nuovo regolamento del trasporto scolastico?")
    assert "LANFRANCHI" in ans.text
    assert ans.text.index("LANFRANCHI") < ans.text.index("Area 2")


def test_a_misspelt_field_label_asks_for_the_field(numbered_offices) -> None:
    # "dipendeti" is in no passage and one edit from the label "dipendenti"
    ans = numbered_offices.answer("Chi sono i dipendeti coinvolti nel nuovo regolamento del trasporto scolastico?")
    assert all(name in ans.text for name in ("BASSI", "GRECO", "ODDONE"))
    assert "non indica" not in ans.text


def test_a_target_for_a_year_the_plan_sets_none_for_is_refused(numbered_offices) -> None:
    ans = numbered_offices.answer("Qual è il target 2028 dei volontari presenti all'esercitazione?")
    assert "non indica un target per il 2028" in ans.text
    assert "80%" in ans.text  # what the plan does state, cited
    stated = numbered_offices.answer("Qual è il target 2027 dei volontari presenti all'esercitazione?")
    assert "85%" in stated.text and "non indica" not in stated.text


def test_a_day_asked_of_a_schedule_by_months_is_refused(numbered_offices) -> None:
    ans = numbered_offices.answer("In che data si terranno i corsi in aula del piano della formazione del personale?")
    assert "non indica una data precisa" in ans.text
    assert "ottobre-novembre 2026" in ans.text
    dated = numbered_offices.answer("Entro che data va fatta la bozza del regolamento del trasporto scolastico?")
    assert "31/03/2026" in dated.text and "non indica" not in dated.text
    days = numbered_offices.answer("In quali giorni si tengono i corsi in aula del piano della formazione?")
    assert "non indica i giorni" in days.text



VIDEO_A = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Potenziamento della videosorveglianza urbana

**Responsabile:** Area Vigilanza

**Finalità:** installare nuove telecamere agli ingressi del paese e nei parcheggi.

**Fasi:**
- progetto esecutivo: entro il 30/04/2026;
- installazione: entro il 31/10/2026.
"""
VIDEO_B = """# Comune di Borgo Ferrato – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 4 – Videosorveglianza nei parchi pubblici

**Responsabile:** Area Tecnica

**Finalità:** prevenire gli atti vandalici nei parchi con telecamere collegate alla centrale operativa.

**Portatori di interesse:** Polizia Locale, cittadini, scuole del quartiere
"""


def test_two_enti_asked_each_its_own_thing_get_each_their_answer(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028_obiettivi.md": VIDEO_A,
                                        "borgo-ferrato_piao-2026-2028_obiettivi.md": VIDEO_B})
    ans = answerer.answer("Videosorveglianza: chi la gestisce a Valprova e quali stakeholder coinvolge Borgo Ferrato?")
    first, second = ans.text.split("\n")
    assert first.startswith("Valprova") and "Area Vigilanza" in first
    assert second.startswith("Borgo Ferrato") and "scuole del quartiere" in second
    # neither plan is said to lack what the other one is asked for; and "coinvolge", a
    # verb no plan uses, vetoes nothing
    assert "non indica" not in ans.text and "Non ho trovato" not in ans.text


HEADS_ONLY = """# Comune di Valprova – PIAO 2026-2028

## 2. Struttura organizzativa

| Unità organizzativa | Titolare di EQ | Servizi |
|---|---|---|
| Area Affari Generali e Istituzionali | dott.ssa Nadia FORNERIS | Segreteria, protocollo, personale |
| Area Economico-Finanziaria | rag. Ettore PAGLIARI | Ragioneria, economato, tributi |
| Area Tecnica | ing. Sara BOLLATI | Lavori pubblici, urbanistica, ambiente |

## 3. Obiettivi operativi

### Obiettivo 1 – Mappatura dei processi a rischio corruttivo

**Responsabile:** dott.ssa Nadia Forneris

**Finalità:** aggiornare la mappatura dei processi e le misure di prevenzione.

### Obiettivo 2 – Nuovo sito web comunale

**Responsabile:** dott.ssa Nadia Forneris

**Finalità:** pubblicare il nuovo sito conforme al modello nazionale.

### Obiettivo 3 – Manutenzione delle strade comunali

**Responsabile:** ing. Sara Bollati

**Finalità:** rifare l'asfalto delle strade più dissestate.
"""


def test_objectives_of_an_office_are_those_of_its_head_and_an_office_without_any_says_so(tmp_path) -> None:
    # the objectives name only their responsible person; the org chart gives the office
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028_obiettivi.md": HEADS_ONLY})
    ans = answerer.answer("Quali obiettivi ha l'Area Affari Generali di Valprova?")  # its name shortened
    assert "2 obiettivi" in ans.text
    assert "Mappatura dei processi" in ans.text and "Nuovo sito web" in ans.text and "strade" not in ans.text
    assert len(ans.citations) == 2
    none = answerer.answer("Quali obiettivi ha l'Area Economico-Finanziaria di Valprova?")
    assert "non indica obiettivi assegnati a Area Economico-Finanziaria" in none.text
    assert none.citations and "PAGLIARI" in none.citations[0].quote
    # the hop person → their other objectives
    other = answerer.answer("Il responsabile dell'obiettivo sul nuovo sito web di Valprova segue anche altri obiettivi? quali?")
    also = other.text.split("\n")[-1]
    assert also.startswith("Forneris compare anche in") and "Mappatura dei processi" in also
    assert "strade" not in other.text


TITLE_NAMED = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Riduzione dei consumi negli edifici comunali

**Responsabile:** Area Tecnica

**Finalità:** ridurre i consumi degli edifici comunali con impianti fotovoltaici, anche aderendo a comunità energetiche rinnovabili del territorio.

### Obiettivo 2 – Comunità energetiche

**Finalità:** promuovere la costituzione di una comunità energetica con cittadini e imprese.

**Valore atteso:** manifestazione di interesse di almeno 50 utenze.
"""


def test_an_objective_whose_whole_title_the_question_writes_is_the_one_asked_about(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028_obiettivi.md": TITLE_NAMED})
    ans = answerer.answer("Chi è il responsabile dell'obiettivo sulle comunità energetiche?")
    # the objective titled so names no responsible: another one's office is no answer
    # (its heading names it as an objective with its code and fields of a card: a record,
    # "Comunità energetiche", code 2)
    assert "non indica un responsabile per «Comunità energetiche»" in ans.text, ans.text
    assert "Area Tecnica" not in ans.text
    # what the objective does state is cited too
    assert "riporta: finalità" in ans.text and "[2]" in ans.text and len(ans.citations) == 2


LATE_DETAIL = """# Comune di Valprova – PIAO 2026-2028

## 1. Il contesto

Valprova è un comune di pianura attraversato dal canale Villoresi, con una lunga tradizione agricola e artigiana che negli ultimi decenni si è trasformata in un tessuto di piccole imprese della meccanica e della logistica; il centro storico conserva la chiesa parrocchiale settecentesca, il palazzo municipale e la corte rurale restaurata che ospita la biblioteca civica e l'archivio storico; la popolazione è cresciuta fino al 2015 e da allora è stabile, con un aumento della quota di anziani soli; il territorio comprende inoltre le frazioni di Corte Bruna, Molinetto e Santa Brigida, servite da una linea di trasporto pubblico a chiamata.

## 2. Obiettivi

### Obiettivo 1 – Trasporto a chiamata

**Responsabile:** Area Servizi al cittadino

**Finalità:** estendere il servizio di trasporto a chiamata agli anziani soli.
"""


def test_a_long_paragraph_is_shown_around_the_detail_asked_not_from_its_first_words(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": LATE_DETAIL})
    ans = answerer.answer("Quali sono le frazioni di Valprova?")
    assert "Corte Bruna" in ans.text and "Santa Brigida" in ans.text
    assert ans.citations  # the quote shown is cited from its passage


INSIDE_A_PARAGRAPH = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Aggiornamento del Piano comunale di protezione civile

**Finalità:** aggiornare il Piano comunale di protezione civile approvato nel 2016, adeguandolo al Codice della protezione civile e alle nuove mappe di pericolosità idraulica del bacino, con il coinvolgimento del gruppo comunale di volontari, che conta attualmente 31 volontari, e delle associazioni del territorio.

**Responsabile:** Area Polizia locale

### Obiettivo 2 – Consolidamento del lavoro agile

**Finalità:** consolidare il lavoro agile come modalità ordinaria di organizzazione del lavoro per le attività che possono essere svolte a distanza, rivedendo il regolamento interno e la mappatura delle attività compatibili con la prestazione da remoto; a tutti i dipendenti in lavoro agile sarà assegnato un computer portatile con accesso sicuro ai gestionali dell'ente.

**Responsabile:** Area Affari generali
"""


def test_a_detail_inside_a_paragraph_is_cited_with_the_words_shown_not_the_paragraph_start(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": INSIDE_A_PARAGRAPH})
    ans = answerer.answer("Quanti volontari ha il gruppo comunale di protezione civile di Valprova?")
    assert "31 volontari" in ans.text
    assert any("31 volontari" in c.quote for c in ans.citations)
    # a cost the plan does not state: what it does state about the thing asked, cited so
    ans = answerer.answer("Quanto si spende per i computer portatili del lavoro agile a Valprova?")
    assert ans.text.startswith("Il piano non indica") and "computer portatile" in ans.text
    assert any("computer portatile" in c.quote for c in ans.citations)


ENERGY_A = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Comunità energetica rinnovabile

**Responsabile:** Area Tecnica

**Finalità:** costituire una comunità energetica rinnovabile (CER) con cittadini e imprese del territorio, mettendo a disposizione le coperture degli edifici comunali.
"""

ENERGY_B = """# Comune di Montesolo – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Efficientamento energetico degli edifici comunali

**Responsabile:** Area Lavori pubblici

**Finalità:** ridurre i consumi energetici degli edifici comunali con il monitoraggio degli impianti fotovoltaici e termici e la sostituzione delle caldaie, e promuovere la costituzione di una comunità di cittadini attenta al risparmio energetico.
"""


def test_a_yes_no_question_about_a_thing_only_another_plan_names_is_refused_for_the_plan_asked(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ENERGY_A,
                                        "montesolo_piao-2026-2028.md": ENERGY_B})
    ans = answerer.answer("Il Comune di Montesolo prevede di costituire una comunità energetica (CER)?")
    assert ans.text.startswith("Il piano non indica nulla su «CER»")
    # the plan that names it answers
    ans = answerer.answer("Il Comune di Valprova prevede di costituire una comunità energetica (CER)?")
    assert "non indica" not in ans.text and "CER" in ans.text


NO_COST_STATED = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Biblioteca aperta: nuovi orari e servizi

**Finalità:** fare della biblioteca un luogo accessibile a tutte le età, ampliando gli orari di apertura e i servizi digitali per studenti, famiglie e lavoratori del territorio, con particolare attenzione alle fasce d'età oggi meno presenti tra gli utenti e alle scuole del circondario; dal mese di marzo è prevista l'apertura serale il giovedì fino alle ore 22, resa possibile dai volontari dell'associazione degli amici della biblioteca.

**Responsabile:** Area Cultura

### Obiettivo 2 – Nuovo campo da calcio in erba sintetica

**Finalità:** dotare il centro sportivo di un campo a undici utilizzabile tutto l'anno dalle società del territorio, con l'apertura al pubblico nelle ore libere.

**Fasi:**
- progettazione esecutiva: entro marzo 2026;
- richiesta di finanziamento al fondo regionale per l'impiantistica sportiva: entro giugno 2026.

**Responsabile:** Area Lavori pubblici

### Obiettivo 3 – Sportello polifunzionale

**Finalità:** apertura del nuovo sportello polifunzionale al piano terra del municipio, con orari di apertura estesi al sabato.

**Responsabile:** Area Servizi al cittadino
"""


def test_a_cost_not_stated_is_refused_with_what_the_plan_says_of_the_thing_or_of_its_money(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": NO_COST_STATED})
    # the question's rarest word is shown and cited where the long passage states it,
    # not the passage's start, which only shares a commoner word ("orari di apertura")
    ans = answerer.answer("Quanto costa l'apertura serale della biblioteca di Valprova?")
    assert ans.text.startswith("Il piano non indica un importo")
    assert "apertura serale" in ans.text
    assert any("apertura serale" in c.quote for c in ans.citations)
    # the title says all the question names: the statement about its money is reported
    ans = answerer.answer("Quanto costa il nuovo campo da calcio in erba sintetica di Valprova?")
    assert ans.text.startswith("Il piano non indica un importo")
    assert "finanziamento" in ans.text


LONG_TITLES = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Presidiare il territorio in stretta collaborazione con le Forze dell'Ordine e con i cittadini, organizzando presidi fissi nelle piazze

**Obiettivo strategico:** 2.2.1 Sicurezza urbana e legalità

**Responsabile:** Area Polizia locale

### Obiettivo 2 – Contrastare i comportamenti pericolosi alla guida nelle ore notturne, con controlli mirati sull'abuso di alcool

**Obiettivo strategico:** 2.2.1 Sicurezza urbana e legalità

**Responsabile:** Area Polizia locale

### Obiettivo 3 – Estendere la rete di sorveglianza dei luoghi pubblici più frequentati, con nuove telecamere nei parchi e nei parcheggi

**Obiettivo strategico:** 2.2.1 Sicurezza urbana e legalità

**Responsabile:** Area Polizia locale

### Obiettivo 4 – Rinnovo dell'arredo urbano

**Obiettivo strategico:** 3.1.1 Decoro urbano

**Responsabile:** Area Tecnica
"""


def test_objectives_asked_for_are_each_an_item_shown_whole_enough_to_tell_apart(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": LONG_TITLES})
    ans = answerer.answer("Quali obiettivi operativi rientrano nell'obiettivo strategico 2.2.1 a Valprova?")
    # each title's distinctive words lie past its first 90 characters; the first
    # objective is an item like the others, not a shortened heading
    for words in ("presidi fissi", "abuso di alcool", "telecamere"):
        assert words in ans.text, words
    assert "arredo" not in ans.text
    # each item cited, though its passage holds the long heading only as a shortened
    # breadcrumb (and the strategic objective they are filed under, where it is written)
    assert len([c for c in ans.citations if "2.2.1" not in c.quote]) == 3
    assert any("2.2.1" in c.quote for c in ans.citations)
    # a request for their list asks for them as "quali" does
    listed = answerer.answer("Mi elenchi tutti gli obiettivi che stanno sotto il 2.2.1 a Valprova?")
    for words in ("presidi fissi", "abuso di alcool", "telecamere"):
        assert words in listed.text, words


YOUTH_COUNCIL = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Istituire il consiglio comunale dei ragazzi

**Responsabile:** Area Servizi educativi

**Fasi:**
- incontri informativi nelle scuole: gennaio-marzo 2026;
- elezione dei rappresentanti: aprile 2026.

**Scadenza:** 31/12/2026

**Risultato atteso:** almeno 3 sedute del consiglio nel corso dell'anno.
"""


def test_a_day_asked_of_an_event_is_a_day_stated_with_it_not_the_objectives_deadline(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": YOUTH_COUNCIL})
    ans = answerer.answer("In che data si terrà la prima seduta del consiglio comunale dei ragazzi di Valprova?")
    assert ans.text.startswith("Il piano non indica una data precisa")
    # the objective's own day is its deadline
    ans = answerer.answer("Entro che data va istituito il consiglio comunale dei ragazzi di Valprova?")
    assert "31/12/2026" in ans.text and "non indica" not in ans.text


TWO_SUBJECTS = """# Comune di Valprova – PIAO 2026-2028

## 1. L'ente

Il piano comunale di protezione civile è stato aggiornato nel 2024; il gruppo comunale di protezione civile conta 25 volontari coordinati dalla coordinatrice Anna FERRI. La dotazione organica dell'ente conta 38 dipendenti, oltre al Segretario comunale.

## 2. Assetto organizzativo

| Unità organizzativa | Responsabile | Servizi |
|---|---|---|
| Servizio Affari generali | dott.ssa Carla NEVIANI | Segreteria, protocollo, servizi demografici |
| Servizio Tecnico | geom. Luca BASSI | Opere pubbliche, manutenzioni, protezione civile |
| Servizio Sociale | dott. Ugo TERRANEO | Servizi sociali, istruzione |

## 3. Obiettivi

### Obiettivo 1 – Esercitazione di protezione civile

**Finalità:** una prova di evacuazione delle scuole con il gruppo comunale di protezione civile.

**Responsabile:** Servizio Tecnico
"""


def test_a_later_part_naming_its_own_subject_keeps_only_the_earlier_parts_place(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": TWO_SUBJECTS})
    ans = answerer.answer("A Valprova chi coordina il gruppo comunale di protezione civile, e chi è il "
                          "responsabile del servizio che ha in carico la protezione civile?")
    # the volunteers' coordinator, then the head of the office that lists the service
    assert "FERRI" in ans.text.upper() and "BASSI" in ans.text.upper()


INLINE_LIST = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Pagamenti elettronici per tutte le entrate

**Finalità:** rendere disponibili tramite la piattaforma nazionale dei pagamenti elettronici tutti i servizi di incasso dell'ente, compresi quelli che i cittadini versano ancora con bonifico bancario o in contanti allo sportello della tesoreria comunale (rette dell'asilo nido, lampade votive del cimitero, canone dei posteggi del mercato, diritti di segreteria), e inviare gli avvisi di pagamento sull'app dei servizi pubblici.

**Fasi:**
- ricognizione delle entrate: entro marzo 2026;
- configurazione dei servizi mancanti: entro giugno 2026;
- invio degli avvisi digitali: entro settembre 2026.

**Responsabile:** Area Finanziaria
"""


def test_a_list_asked_for_that_a_sentence_gives_inline_is_shown_to_its_end(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": INLINE_LIST})
    ans = answerer.answer("Quali incassi versati ancora con bonifico andranno sulla piattaforma dei pagamenti a Valprova?")
    for item in ("asilo nido", "lampade votive", "posteggi del mercato", "diritti di segreteria"):
        assert item in ans.text, item
    # the statement's citation quotes it as far as it is shown: every item named is checkable
    quotes = " ".join(c.quote for c in ans.citations)
    assert "diritti di segreteria" in quotes


def _library_plan(ente: str, person: str) -> str:
    return f"""# Comune di {ente} – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Biblioteca aperta il sabato

**Responsabile:** {person}

**Finalità:** aprire la biblioteca civica anche il sabato pomeriggio.
"""


def test_a_municipality_named_by_the_first_word_of_its_name_is_the_one_asked_about(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {
        "pietrafonda-veneta_piao-2026-2028.md": _library_plan("Pietrafonda Veneta", "dott.ssa Anna ROSSETTI"),
        "roccabianca-alta_piao-2026-2028.md": _library_plan("Roccabianca Alta", "dott. Piero GALLI"),
        "roccabianca-bassa_piao-2026-2028.md": _library_plan("Roccabianca Bassa", "dott.ssa Lia MORO"),
    })
    ans = answerer.answer("Chi è responsabile della biblioteca aperta il sabato a Pietrafonda?")
    assert "ROSSETTI" in ans.text and "GALLI" not in ans.text and "MORO" not in ans.text
    # a first word that opens two names names neither
    assert answerer.retriever.mentioned_groups("Chi è responsabile della biblioteca a Roccabianca?") == []


PREMISE_IN_PROSE = """# Comune di Valprova – PIAO 2026-2028

## 1. Premessa

Il presente documento costituisce la sottosezione Performance del Piano integrato del Comune di Valprova.
L'accordo con l'Istituto comprensivo "Gianni Rodari" prevede il servizio di pre-scuola per 60 alunni e il trasporto scolastico su 3 linee.
La dotazione organica conta 38 dipendenti, oltre al Segretario comunale dott.ssa Marta Ronchi.
Gli obiettivi operativi sono assegnati ai responsabili delle strutture e il loro grado di raggiungimento è verificato dal Nucleo di valutazione ai sensi del D.Lgs. 150/2009.
Il servizio di assistenza domiciliare agli anziani è affidato alla Cooperativa sociale Girasole fino al 2027.
"""


def test_who_asked_of_a_section_in_prose_is_a_party_stated_with_the_thing_asked(tmp_path) -> None:
    # the section names no member of the evaluation unit: the institute and the
    # secretary named in other sentences of it are other parties, not the answer
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PREMISE_IN_PROSE})
    ans = answerer.answer("Chi compone il Nucleo di valutazione del Comune di Valprova?")
    assert ans.text.startswith("Il piano non indica un nominativo o un ufficio"), ans.text
    assert "Nucleo di valutazione" in ans.text and "Rodari" not in ans.text and "Ronchi" not in ans.text
    # a party stated with the thing asked is the answer
    assert "Girasole" in answerer.answer("A chi è affidata l'assistenza domiciliare a Valprova?").text
    assert "Ronchi" in answerer.answer("Chi è il segretario comunale di Valprova?").text


QUANTITY_IN_WORDS = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 2.1.4 – Comunicazione con i cittadini sui social network

- **Responsabile:** dott. Marco Villa
- **Finalità:** informare i cittadini sulle iniziative del comune con messaggi brevi sulla pagina social istituzionale.
- **Fasi:** pubblicazione settimanale di contenuti e notizie sulla pagina social del comune dal 01/01 al 31/12/2026
- **Valore atteso:** caricare almeno un contenuto alla settimana e tre dirette all'anno con il sindaco
"""


def test_a_quantity_written_in_words_answers_how_many(tmp_path) -> None:
    # plans write small quantities in words; a code or a date is no quantity
    from assistant.answering.select import states_count

    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": QUANTITY_IN_WORDS})
    ans = answerer.answer("Quanti contenuti a settimana vanno pubblicati sulla pagina social di Valprova?")
    assert "almeno un contenuto alla settimana" in ans.text.split("[2]")[0] and "non indica" not in ans.text, ans.text
    assert states_count("tre dirette all'anno con il sindaco", "dirett")
    assert not states_count("un contenuto alla settimana", "contenut")  # an article, no figure


def _two_objectives_plan(ente: str, librarian: str, roads: str, library: bool) -> str:
    extra = f"""
### Obiettivo 2 – Biblioteca aperta il sabato pomeriggio

**Responsabile:** {librarian}

**Finalità:** aprire la biblioteca civica anche il sabato pomeriggio per studenti e lavoratori.
""" if library else ""
    return f"""# Comune di {ente} – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Manutenzione delle strade comunali

**Responsabile:** {roads}

**Finalità:** riasfaltare le strade comunali più dissestate.
{extra}"""


def test_a_later_part_with_its_own_subject_keeps_the_ente_the_earlier_part_was_answered_from(tmp_path) -> None:
    # the first part names no ente but only one plan answers it: the second part,
    # though it names a subject of its own, is asked of that plan
    answerer = answerer_over(tmp_path, {
        "valprova_piao-2026-2028.md": _two_objectives_plan("Valprova", "dott.ssa Anna ROSSETTI", "geom. Piero GALLI", True),
        "roccabianca_piao-2026-2028.md": _two_objectives_plan("Roccabianca", "", "arch. Lia MORO", False),
    })
    ans = answerer.answer("Chi segue la biblioteca aperta il sabato pomeriggio, e chi è il responsabile "
                          "della manutenzione delle strade comunali?")
    assert "ROSSETTI" in ans.text and "GALLI" in ans.text and "MORO" not in ans.text, ans.text


def _plan_with_population(ente: str, people: str, waste: str) -> str:
    return f"""# Comune di {ente} – PIAO 2026-2028

## 1. Contesto

Il presente documento costituisce la sottosezione Performance del Piano integrato.
Al 31 dicembre 2025 la popolazione residente era di {people} abitanti.
La dotazione organica dell'ente conta 30 dipendenti in servizio.

## 2. Obiettivi operativi

### Obiettivo 1 – Riduzione dei rifiuti indifferenziati

**Responsabile:** ing. Marco Bassi

**Indicatori:** Rifiuto secco residuo per abitante (target ≤ {waste} kg/ab)
"""


def test_more_of_a_thing_compared_reads_each_entes_figure_of_that_thing(tmp_path) -> None:
    # "ha più abitanti X o Y": a count compared; each ente's figure is the one stated
    # with the thing counted, not a rate per inhabitant
    answerer = answerer_over(tmp_path, {
        "valprova_piao-2026-2028.md": _plan_with_population("Valprova", "4.120", "85"),
        "roccabianca_piao-2026-2028.md": _plan_with_population("Roccabianca", "11.730", "95"),
    })
    frame = frame_of(answerer, "Ha più abitanti Valprova o Roccabianca?")
    assert frame.comparison and frame.counted == "abit" and frame.counted_word == "abitanti"
    ans = answerer.answer("Ha più abitanti Valprova o Roccabianca?")
    assert "4.120 abitanti" in ans.text and "11.730 abitanti" in ans.text, ans.text


ENTRUSTED_OUTSIDE = PREMISE_IN_PROSE + """
## 2. Struttura organizzativa

| Unità organizzativa | Titolare | Servizi |
|---|---|---|
| Servizio Politiche Sociali | dott. Stefano Brivio | Servizi sociali, Assistenza domiciliare, Asilo nido |
| Area Tecnica | ing. Paola Sironi | Opere pubbliche, Manutenzioni |
"""


def test_work_entrusted_to_a_company_is_answered_by_the_sentence_with_the_questions_verb(tmp_path) -> None:
    # the org chart lists the service under an office; the plan's sentence that says
    # to whom it is entrusted, with the question's own verb, names the party first
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ENTRUSTED_OUTSIDE})
    assert "affid" in frame_of(answerer, "A chi è affidata l'assistenza domiciliare a Valprova?").predicates
    ans = answerer.answer("A chi è affidata l'assistenza domiciliare a Valprova?")
    assert "Girasole" in ans.text.split("[2]")[0], ans.text


SAME_PARTNER = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Assistenza domiciliare agli anziani soli

**Responsabile:** dott. Stefano Brivio

**Fasi:** Il servizio di assistenza domiciliare è gestito dalla Cooperativa Girasole con un piano individuale concordato con i familiari e con il medico di base per ciascun anziano seguito nel corso dell'anno, con visite settimanali a domicilio, la consegna dei pasti caldi e il monitoraggio telefonico quotidiano degli anziani più fragili entro dicembre 2026

### Obiettivo 2 – Trasporto scolastico degli alunni con disabilità

**Responsabile:** dott.ssa Paola Sironi

**Fasi:** Accordo con la società cooperativa Girasole per le corse quotidiane verso le scuole medie del capoluogo entro settembre 2026
"""


def test_the_same_thing_pointed_back_to_is_sought_by_the_name_the_earlier_answer_gave_it(tmp_path) -> None:
    # "la stessa cooperativa": the earlier part's answer names it; the later part is
    # sought by that name, not by the earlier part's words (the home care objective);
    # each part's first statement, shortened to share the room, keeps its citation
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": SAME_PARTNER})
    ans = answerer.answer("Quale cooperativa gestisce l'assistenza domiciliare a Valprova, e per quale "
                          "servizio scolastico il comune si accorda con la stessa cooperativa?")
    first, second = ans.text.split("\n")
    assert "Girasole" in first and "scuole medie" in second, ans.text
    assert first.endswith("]") and second.endswith("]"), ans.text
    quotes = " ".join(c.quote for c in ans.citations)
    assert "Cooperativa Girasole" in quotes and "società cooperativa Girasole" in quotes


def test_the_passages_of_a_two_part_answer_take_turns() -> None:
    # the second part's best passage is not pushed out of a top-k by the first's ten
    from assistant.answering.compose import join
    from assistant.answering.model import Answer
    from ingest.models import Chunk, UnitKind

    def chunk(name: str) -> Chunk:
        return Chunk(id=name, doc_id="valprova.md", ordinal=0, kind=UnitKind.SECTION, text=name, source_text=name,
                     page=1, page_end=1, char_start=0, char_end=len(name), breadcrumb=("Valprova",))

    first = Answer(text="a", citations=[], passages=[chunk(f"a{i}") for i in range(10)], found=True)
    second = Answer(text="b", citations=[], passages=[chunk("b0"), chunk("a0"), chunk("b1")], found=True)
    assert [p.id for p in join([first, second]).passages][:5] == ["a0", "b0", "a1", "a2", "b1"]


LABELLED_LINES = """COMUNE DI VALPROVA
PIAO 2026-2028 - OBIETTIVI OPERATIVI

OBIETTIVO OPERATIVO DI 1° LIVELLO\t
Riqualificazione dei parchi gioco comunali per renderli sicuri e accessibili a tutti i bambini\t
OBIETTIVO DI MANDATO\t2. Territorio, verde pubblico e mobilità dolce
AMBITO STRATEGICO\t2.3 Verde urbano
OBIETTIVO STRATEGICO\t2.3.1 Cura e ampliamento delle aree verdi di quartiere
RESPONSABILE GESTIONALE\tResponsabile Area Tecnica
MOTIVAZIONE\tMigliorare la sicurezza delle attrezzature ludiche
OBIETTIVO OPERATIVO DI 2° LIVELLO\t
DESCRIZIONE\tTEMPISTICA
Posa di nuove altalene inclusive e pavimentazioni antitrauma nel parco di via dei Mulini\t2026/2027
"""


def test_a_label_the_question_names_that_no_record_field_holds_is_answered_by_its_line(tmp_path) -> None:
    # "obiettivo di mandato" is a label of the plan's hierarchy with no record field:
    # the objective's line opening with it answers, beside the named field's value
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028_obiettivi.txt": LABELLED_LINES})
    ans = answerer.answer("Le altalene inclusive nel parco di via dei Mulini a quale obiettivo di mandato "
                          "e ambito strategico appartengono?")
    assert "Territorio, verde pubblico e mobilità dolce" in ans.text and "2.3 Verde urbano" in ans.text, ans.text


HEADED_ORG_PLAN = """Comune di Roccabianca – PIAO 2026-2028

2. Struttura organizzativa
SETTORE 1 – AFFARI GENERALI
Titolare di incarico di E.Q.: dottoressa Irene Valsecchi
Servizi: protocollo, anagrafe, stato civile.
SETTORE 2 – URBANISTICA E SUAP
Titolare di incarico di E.Q.: posto vacante – funzioni attribuite ad interim al Segretario
generale, dott. Pietro Anselmi
Servizi: edilizia privata, SUAP.

3. Obiettivi di performance

Obiettivo: Digitalizzazione dell'archivio delle pratiche edilizie
Settore: Settore 2
Descrizione: scansione delle pratiche edilizie dal 1980 al 2000.
"""


def test_the_head_of_a_settore_printed_as_a_block_answers_who_heads_the_objective_s_office(tmp_path) -> None:
    # org chart as "SETTORE n – …" then "Titolare …: name" lines; the objective names "Settore 2"
    answerer = answerer_over(tmp_path, {"roccabianca_piao-2026-2028.txt": HEADED_ORG_PLAN})
    ans = answerer.answer("Chi dirige il settore che ha l'obiettivo sull'archivio delle pratiche edilizie?")
    assert "Anselmi" in ans.text


LONG_PURPOSE = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 4 – Censimento delle coperture in cemento amianto

**Responsabile:** Area Ambiente

**Finalità:** la finalità principale dell'obiettivo è avere una conoscenza completa e aggiornata delle coperture in cemento amianto presenti sugli edifici pubblici e privati del territorio comunale, così da poter fornire ai cittadini un'informazione corretta sulle procedure di bonifica e gestire per prime le situazioni più critiche, quelle che espongono al pericolo maggiore la salute dei residenti e dei bambini delle scuole.

**Risultato atteso:** mappa digitale delle coperture entro dicembre 2026.

**Portatori di interesse:** cittadini, ATS, proprietari degli immobili.
"""


def test_the_field_a_question_names_is_shown_whole(tmp_path) -> None:
    # "qual è la finalità": the purpose is the answer; its last clause is not cut off
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": LONG_PURPOSE})
    ans = answerer.answer("Qual è la finalità del censimento delle coperture in amianto?")
    assert "salute dei residenti" in ans.text


ROLES_PLAN = """# Comune di Roccabianca – PIAO 2026-2028

## Il contesto organizzativo

Le funzioni di Segretario comunale sono svolte dalla dott.ssa Elvira Montanari, titolare della segreteria convenzionata tra i Comuni di Roccabianca e Pietrafonda, nominata con decreto sindacale n. 3 del 15/01/2026.

## Obiettivi operativi

### Obiettivo 1 – Riduzione dei tempi di pagamento delle fatture

**Referente:** dott.ssa Silvia Gambarotta, istruttore direttivo contabile

**Finalità:** pagare i fornitori entro i termini di legge.

**Portatori di interesse:** fornitori; Revisore dei conti; Aree dell'Ente
"""


def test_a_role_the_question_names_is_answered_only_by_a_person_named_with_it(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"roccabianca_piao-2026-2028.md": ROLES_PLAN})
    # the secretary is no mayor: the answer says so first (then what the plan states)
    mayor = answerer.answer("Chi è il sindaco di Roccabianca?")
    assert mayor.text.startswith("Il piano non indica")
    # the objective that lists the auditor among its stakeholders names its own referent, not the auditor
    auditor = answerer.answer("Come si chiama il revisore dei conti?")
    assert auditor.text.startswith("Il piano non indica")
    # the role named is answered
    assert "Montanari" in answerer.answer("Chi è il segretario comunale di Roccabianca?").text
    # selection: the sentence naming the secretary fits "il segretario", not "il sindaco"
    for question, fit in (("Chi è il sindaco di Roccabianca?", False), ("Chi è il segretario di Roccabianca?", True)):
        _, selection = selection_of(answerer, question)
        sentence = next(s for s in selection.ranked if "Montanari" in s.cand.text and s.cand.field is None)
        assert sentence.fit is fit, question


CONTRACTS_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Il contesto organizzativo

Il servizio di assistenza domiciliare è affidato alla Cooperativa sociale Girasole, con contratto di durata triennale (dal 1° marzo 2025 al 28 febbraio 2028) per un importo di euro 312.400,00 oltre IVA. La raccolta dei rifiuti urbani è svolta dal gestore Ecologia Valtidone S.r.l. nell'ambito dell'affidamento d'ambito provinciale.

## Obiettivi operativi

### Obiettivo 1 – Biblioteca aperta il sabato

**Responsabile:** Area Cultura

**Finalità:** aprire la biblioteca civica anche il sabato pomeriggio.
"""


def test_a_name_the_question_gives_is_the_thing_its_value_is_asked_of(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": CONTRACTS_PLAN})
    frame = frame_of(answerer, "Fino a quando dura il contratto con Ecologia Valtidone?")
    assert {"ecolog", "valtidon"} <= frame.names and "fin" not in frame.names
    # the other company's contract end is no answer: the plan names this one without a date
    ans = answerer.answer("Fino a quando dura il contratto con Ecologia Valtidone?")
    assert ans.text.startswith("Il piano non indica una data")
    # the contract the plan dates is answered (the short form "coop" is a cooperative)
    assert "28 febbraio 2028" in answerer.answer("quando scade il contratto con la coop Girasole?").text


GRANT_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Contesto

L'ente è beneficiario del finanziamento PNRR – Missione 1, Componente 1, Misura 1.4.1 "Esperienza del cittadino nei servizi pubblici", per un importo di € 98.410,00, destinato alla migrazione dei servizi online.

## Obiettivi operativi

### Obiettivo 1 – Servizi online

**Indicatore:** % rispetto fasi e tempi della misura 1.4.1

**Target:** 100%
"""


def test_a_measure_named_by_its_number_is_a_funded_measure_and_its_amount_is_asked(tmp_path) -> None:
    from assistant.answering.intent import classify

    # "misura 1.4.1" names a measure, not the indicators field
    assert Intent.INDICATORS not in classify("quant'è il finanziamento per la misura 1.4.1?").intents
    assert Intent.INDICATORS in classify("con quale misura si valuta l'obiettivo?").intents
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": GRANT_PLAN})
    assert "98.410" in answerer.answer("Quanto vale il finanziamento PNRR della misura 1.4.1?").text


UNIT_OFFICE_PLAN = """# Comune di Roccabianca – PIAO 2026-2028

## Struttura organizzativa

| Area | Responsabile (E.Q.) | Uffici e servizi |
|---|---|---|
| Area Servizi alla persona | dott.ssa Lucia Bertolotti | Servizi sociali; Istruzione |
| Area Tecnica | ing. Paolo Vezzosi | Lavori pubblici; Manutenzioni |

## Obiettivi operativi

### Obiettivo 3.1 – Assistenza domiciliare senza liste d'attesa

**Struttura responsabile:** Area Servizi alla persona – Ufficio Servizi sociali

**Referente:** dott.ssa Giulia Fornasari, assistente sociale

**Finalità:** attivare il servizio entro quindici giorni dalla domanda.
"""


def test_an_office_named_after_its_area_is_headed_by_the_area_s_head(tmp_path) -> None:
    # "Area X – Ufficio Y": the office belongs to area X, whose head the org chart names
    answerer = answerer_over(tmp_path, {"roccabianca_piao-2026-2028.md": UNIT_OFFICE_PLAN})
    ans = answerer.answer("Chi è il responsabile dell'area che segue l'assistenza domiciliare?")
    assert "Bertolotti" in ans.text



def test_each_interrogative_joined_by_e_asks_its_own_field(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": LONG_PURPOSE})
    frame = frame_of(answerer, "Il censimento dell'amianto: che finalità ha e cosa ci si aspetta?")
    assert {"motivazione", "valore_atteso"} <= frame.named_fields
    ans = answerer.answer("Il censimento dell'amianto: che finalità ha e cosa ci si aspetta?")
    assert "conoscenza completa" in ans.text and "mappa digitale" in ans.text


ALDERMAN_PLAN = """# Comune di Roccabianca – PIAO 2026-2028

## Il contesto

Il progetto di rigenerazione del parco fluviale è seguito dall'Ass. Marta Colombo, con delega all'ambiente, insieme all'ufficio tecnico comunale.
"""


def test_an_abbreviated_role_is_the_role_the_question_names_in_full(tmp_path) -> None:
    # "Ass." is "assessore": the sentence names the role asked
    answerer = answerer_over(tmp_path, {"roccabianca_piao-2026-2028.md": ALDERMAN_PLAN})
    _, selection = selection_of(answerer, "Quale assessore segue la rigenerazione del parco fluviale?")
    sentence = next(s for s in selection.ranked if "Colombo" in s.cand.text)
    assert sentence.fit


def test_the_head_of_an_office_the_question_names_is_its_org_chart_entry(tmp_path) -> None:
    # the objective's referent works in that office; the org chart names its head
    plan = UNIT_OFFICE_PLAN.replace(
        "dott.ssa Giulia Fornasari, assistente sociale", "dott.ssa Giulia Fornasari, istruttore tecnico – Ufficio Lavori pubblici"
    ).replace("Area Servizi alla persona – Ufficio Servizi sociali", "Area Tecnica")
    answerer = answerer_over(tmp_path, {"roccabianca_piao-2026-2028.md": plan})
    ans = answerer.answer("Chi è il titolare di E.Q. dell'area tecnica di Roccabianca?")
    assert "Vezzosi" in ans.text and "Fornasari" not in ans.text, ans.text


TARGET_YEAR_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1.2 – Riduzione dei tempi di pagamento delle fatture

**Finalità:** riassorbire il ritardo medio nei pagamenti registrato nel 2025.

**Indicatore:** Indicatore annuale di tempestività dei pagamenti

**Target 2026:** ≤ 0 giorni
"""


def test_a_target_is_set_for_the_year_its_line_states_not_a_past_figure_s_year(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": TARGET_YEAR_PLAN})
    ans = answerer.answer("Qual era il target 2025 dell'indicatore di tempestività dei pagamenti?")
    assert ans.text.startswith("Il piano non indica un target per il 2025"), ans.text
    assert "0 giorni" in answerer.answer("Qual è il target 2026 dell'indicatore di tempestività dei pagamenti?").text


PATROL_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Controlli sulla sosta irregolare

- **Responsabile:** Area Polizia Locale
- **Finalità:** Ridurre le soste irregolari nelle vie del centro.
- **Fasi:**
  - Presidio delle vie con più soste irregolari – gennaio-dicembre
  - Raccolta delle segnalazioni dei residenti – gennaio-giugno
  - Presidio delle vie con più soste irregolari – gennaio-dicembre
  - Verifica del calo delle violazioni – settembre-dicembre
- **Dipendenti coinvolti:** dal 01/01/2026 al 31/12/2026 ROSSI Mario titolare; dal 01/03/2026 al 31/12/2026 NERI Anna
"""


def test_a_named_list_is_answered_by_its_items_each_once(tmp_path) -> None:
    # "quali sono le fasi … per il 2026": the phases are the answer, though a staff
    # line states the year the question names; a phase written twice is said once
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PATROL_PLAN})
    text = answerer.answer("Quali sono le fasi dell'obiettivo sui controlli della sosta per il 2026?").text
    assert "segnalazioni dei residenti" in text and "calo delle violazioni" in text
    assert text.count("Presidio delle vie") == 1
    assert "ROSSI" not in text


SUMMARY_AND_SCHEDA = """# Comune di Valprova – PIAO 2026-2028

## Assetto organizzativo

| Unità organizzativa | Responsabile | Uffici |
|---|---|---|
| Area 4 – Territorio ed edilizia privata | ing. Marco Dalla Pria (ad interim) | Edilizia privata, Urbanistica |
| Area 2 – Servizi finanziari | rag. Elena Rossato | Ragioneria, Tributi |

## Quadro di sintesi degli obiettivi

| N. | Obiettivo | Unità organizzativa | Peso |
|---|---|---|---|
| 1 | Sportello unico online per l'edilizia | Area 4 | 10 |
| 2 | Riscossione coattiva dei tributi | Area 2 | 8 |

## Schede degli obiettivi

### **Obiettivo n. 1 – Sportello unico online per l'edilizia**

**Finalità:** portare online tutte le istanze edilizie.

**Struttura responsabile:** Area 4 – Territorio ed edilizia privata (responsabile ad interim: ing. Marco Dalla Pria)

**Referente:** geom. Lia Conti, istruttore tecnico dell'edilizia privata

### **Obiettivo n. 2 – Riscossione coattiva dei tributi**

**Finalità:** recuperare i tributi non versati.

**Referente:** dott. Pio Basso, istruttore contabile
"""


def test_an_objective_named_whole_is_asked_about_in_its_scheda_too(tmp_path) -> None:
    # the question says the objective's whole title: its summary row and its scheda
    # both earn that, though the scheda's passage also carries its office's org-chart
    # entry; the scheda names the referente the question asks for
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": SUMMARY_AND_SCHEDA})
    text = answerer.answer("chi è il referente dello sportello unico online per l'edilizia?").text
    assert "Lia Conti" in text.split(";")[0]  # the first statement answers


CAMERAS = """# Comune di {ente} – PIAO 2026-2028

## Obiettivi operativi

##### Videosorveglianza del territorio

- **Responsabile:** Area Polizia Locale
- **Finalità:** Implementare l'utilizzo dei sistemi di videosorveglianza esistenti e realizzare nuove installazioni per il controllo del territorio.
- **Indicatori:** Revisione del sistema di utilizzo delle telecamere, sia fisse che mobili, con {detail}
"""


def test_what_two_plans_provide_is_compared_by_what_differs(tmp_path) -> None:
    # "cosa prevede il piano di A e cosa quello di B": not each plan's purpose, but what
    # each does in particular, shown around the rare word that makes it particular
    answerer = answerer_over(tmp_path, {
        "valprova_piao-2026-2028.md": CAMERAS.format(ente="Valprova", detail="l'acquisto di fototrappole mobili."),
        "borgomonte_piao-2026-2028.md": CAMERAS.format(ente="Borgomonte", detail="i lettori di targhe agli ingressi."),
    })
    text = answerer.answer("Videosorveglianza: cosa prevede il piano di Valprova e cosa quello di Borgomonte?").text
    assert "fototrappole" in text and "targhe" in text


def test_an_office_is_known_by_its_number_or_as_part_of_its_unit() -> None:
    from assistant.answering.retrieve import same_office, within_office

    # in one plan a kind with its number names one office, its name in full or short
    assert same_office("area 2 finanziaria", "area 2 economico finanziaria e tributi")
    assert not same_office("area 2 finanziaria", "area 3 finanziaria")
    # an objective table that gives the office by its number and a short name (or
    # abbreviated words) names the office the org chart writes in full
    assert same_office("settore 07 viabilita parcheggi e trasporti", "07 viabilita e trasporti")
    assert same_office("settore 3 tecnico lavori pubblici e verde", "03 ll pp e verde")
    assert not same_office("settore 07 viabilita e trasporti", "08 viabilita e trasporti")
    assert not same_office("settore 07 viabilita e trasporti", "07 cultura e sport")
    # "Settore Tecnico – Ufficio Ecologia": an office of the unit, whose head heads it
    assert within_office("settore tecnico", "settore tecnico ufficio ecologia e ambiente")
    assert not within_office("settore tecnico", "settore tecnico manutentivo")


def test_asking_for_the_name_asks_for_the_person(answerer) -> None:
    # "mi serve il nome", "nome e cognome per favore": the form of the request, no topic
    frame = frame_of(answerer, "chi segue la biblioteca? nome e cognome per favore")
    assert frame.answer_type is AnswerType.PERSON
    assert not {"nom", "cognom", "favor", "serv"} & frame.terms
    frame = frame_of(answerer, "a chi è assegnato l'obiettivo della biblioteca? mi serve anche il nome del responsabile")
    assert frame.answer_type is AnswerType.PERSON and "nom" not in frame.terms
    # the name of a thing is no request for a person
    assert frame_of(answerer, "qual è il nome del progetto sulla lettura?").answer_type is not AnswerType.PERSON


ANTICORRUPTION_MAIL = """COMUNE DI VALPROVA
PIAO 2026-2028 - SOTTOSEZIONE RISCHI CORRUTTIVI E TRASPARENZA

Il RPCT e' la dott.ssa Ada Ferri, Segretario generale.
Gestore delle segnalazioni antiriciclaggio: rag. Ugo Sala.
Responsabile dell'Anagrafe per la Stazione Appaltante (RASA): geom. Dino Pace.

MISURE GENERALI DI PREVENZIONE

Codice di comportamento: aggiornato nel 2025 con regole sull'uso dei social network.
Conflitto di interessi: dichiarazione obbligatoria all'assegnazione della pratica.
Monitoraggio: due volte all'anno, entro il 15 luglio e il 15 gennaio, con relazione al RPCT.
"""


def test_a_rare_word_alone_finds_its_passage_and_duties_are_no_topic(tmp_path, samples_dir) -> None:
    # "chi fa da RASA": one word the corpus holds in one passage is what the question
    # is about, however many passages of other plans share the question's other words
    others = {p.name: p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt"))[:2]}
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": ANTICORRUPTION_MAIL, **others})
    assert "Dino Pace" in answerer.answer("Chi fa da RASA per l'ente?").text
    # (the step itself: retrieval that ranked the passage low still gives it to the answer)
    frame = frame_of(answerer, "Chi fa da RASA per l'ente?")
    elsewhere = answerer.retriever.retrieve("organigramma dell'ente e responsabili di settore", answerer.top_k, None)
    assert not any("RASA" in h.chunk.text for h in elsewhere.hits[:5])
    gathered = answerer.gather.with_conjunctive(frame, elsewhere, None)
    assert any("RASA" in h.chunk.text for h in gathered.hits[:5])
    # "vanno fatti": the light verbs of a duty; "misure anticorruzione" are measures, not indicators
    frame = frame_of(answerer, "Quando vanno fatti i monitoraggi delle misure anticorruzione?")
    assert not {"vann", "fatt"} & frame.terms and Intent.INDICATORS not in frame.fields
    text = answerer.answer("Quando vanno fatti i monitoraggi delle misure anticorruzione a Valprova?").text
    assert "15 luglio" in text and "non indica" not in text


def test_colloquial_names_of_a_service_and_an_officer(answerer) -> None:
    # "la mensa" is the "refezione" plans write; "il responsabile anticorruzione" the RPCT
    text = answerer.answer("Cosa prevede il magentino per la mensa scolastica?").text
    assert "refezione" in text.casefold()
    frame = frame_of(answerer, "Chi è il responsabile anticorruzione del comune?")
    assert "prevenzione corruzione trasparenza rpct" in frame.query
    # everyday names of street lights and potholes: the plans' "illuminazione pubblica",
    # "punti luce", "manutenzione strade"
    assert "punti luce" in frame_of(answerer, "chi cambia i lampioni?").query
    assert "manutenzione strade" in frame_of(answerer, "chi ripara le buche?").query
    # an everyday word misspelt by one letter is still that word
    assert "inserimento lavorativo" in frame_of(answerer, "cosa si fa per i disocupati?").query
    # "i cantieri" are the works a plan schedules ("fine lavori", "inizio lavori"): no
    # thing the plan fails to state
    text = answerer.answer("quando finiscono i cantieri di piazza Garibaldi e di via Veneto a Cassano d'Adda?").text
    assert "30/11" in text and "non indica" not in text, text


def test_in_which_years_asks_the_years_a_schedule_marks(answerer) -> None:
    # "in quali anni": the period asked; years marked in a table are when the
    # objective runs ("annualità"), not a deadline
    frame = frame_of(answerer, "L'obiettivo del magentino sulla refezione scolastica in quali anni è programmato?")
    assert frame.answer_type is AnswerType.DATE and Intent.TIMING in frame.fields
    text = answerer.answer("L'obiettivo del magentino sulla refezione scolastica in quali anni è programmato?").text
    assert "annualità: 2024, 2025, 2026" in text and "concludere entro 2024" not in text


def test_the_object_of_a_verb_no_plan_names_is_not_present(answerer) -> None:
    # "installare defibrillatori": the thing asked, though named without an article
    assert frame_of(answerer, "C'è un piano per installare defibrillatori nelle palestre comunali?").absent_thing \
        == "defibrillatori"
    assert "non indica «defibrillatori»" in answerer.answer(
        "C'è un piano per installare defibrillatori nelle palestre comunali?").text
    # a thing the plans do name is no absent thing; nor is an adverb
    assert not frame_of(answerer, "Si prevede di installare telecamere nei parchi?").absent_thing
    assert not frame_of(answerer, "Si può navigare gratuitamente in piazza?").absent_thing


def test_a_schedules_rows_answer_as_one_list_in_order(tmp_path) -> None:
    # each row of a phase table is a passage of its own; the heading above the table
    # names whose schedule it is: asked for the phases, all come, in the plan's order
    from tests.unit.test_layouts_exports import SPREADSHEET

    answerer = answerer_over(tmp_path, {"vallerana_piao-2026-2028.txt": "\f".join(SPREADSHEET)})
    text = answerer.answer("mi elenchi le fasi del cronoprogramma del piano di protezione civile?").text
    first, second = text.find("Aggiornamento degli scenari"), text.find("Approvazione del piano")
    assert 0 <= first < second


ROLES_BY_OFFICE = """# Comune di Valprova – PIAO 2026-2028

## 1. Contesto

Il presente Piano è stato predisposto dal Segretario comunale, dott. Marco Bruni, che cura
anche il coordinamento dei responsabili di area.

## 2. Organigramma

- Area 1 - Amministrativa: dott.ssa Anna Verdi
- Area 2 - Tecnica e Manutenzioni: arch. Luca Neri

## 3. Misure di prevenzione della corruzione

### Misura 1: Formazione obbligatoria in materia di etica

Responsabile dell'attuazione: il Segretario comunale, in qualità di RPCT.

### Misura 2: Rotazione dei componenti delle commissioni di gara

Responsabile dell'attuazione: la Responsabile dell'Area 2 - Tecnica e Manutenzioni.
"""


def test_who_answers_name_the_person_holding_the_office_or_role_a_passage_names(tmp_path) -> None:
    # a measure's owner is written as an office ("la Responsabile dell'Area 2") or a
    # role ("il Segretario comunale"): the answer names the person the same plan gives
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ROLES_BY_OFFICE})
    text = answerer.answer("Chi deve attuare la rotazione dei componenti delle commissioni di gara?").text
    assert "Luca Neri" in text and "arch." in text
    text = answerer.answer("chi è responsabile della formazione obbligatoria in materia di etica?").text
    assert "Marco Bruni" in text



OFFICE_OBJECTIVES = """# Comune di {ente} – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 1 – {first}

- **Settore:** {office}
- **Finalità:** Migliorare il servizio ai cittadini.

##### Obiettivo 2 – {second}

- **Settore:** {office}
- **Finalità:** Ridurre i tempi di risposta.

##### Obiettivo 3 – Manutenzione delle strade comunali

- **Settore:** Area 3 - Tecnica
- **Finalità:** Strade più sicure.
"""


def test_the_objectives_of_the_office_the_question_spells_most_fully(tmp_path) -> None:
    # no ente named: the plan whose office the question spells out ("l'Area Servizi alla
    # persona") is meant, not another plan's office sharing part of its name; and an
    # office numbered after its kind ("Area 2 - Finanziaria") is named by its name alone
    answerer = answerer_over(tmp_path, {
        "valprova_piao-2026-2028.md": OFFICE_OBJECTIVES.format(
            ente="Valprova", office="Area Servizi alla persona", first="Assistenza domiciliare agli anziani",
            second="Iscrizioni online alla mensa scolastica"),
        "monteserra_piao-2026-2028.md": OFFICE_OBJECTIVES.format(
            ente="Monteserra", office="4. Servizi alla persona", first="Centro estivo comunale",
            second="Sostegno alle famiglie fragili"),
        "roccalta_piao-2026-2028.md": OFFICE_OBJECTIVES.format(
            ente="Roccalta", office="Area 2 - Finanziaria", first="Recupero dell'evasione tributaria",
            second="Pagamenti elettronici con pagoPA")})
    text = answerer.answer("Quali obiettivi sono in capo all'Area Servizi alla persona?").text
    assert "Assistenza domiciliare" in text and "mensa scolastica" in text
    assert "Centro estivo" not in text
    text = answerer.answer("quali obiettivi ha l'area finanziaria?").text
    assert "evasione tributaria" in text and "pagoPA" in text and "Manutenzione" not in text


def _stakeholder_plan() -> str:
    themes = [("Raccolta differenziata porta a porta", "utenze domestiche, gestore dei rifiuti, scuole"),
              ("Biblioteca aperta il sabato", "lettori, associazioni culturali"),
              ("Manutenzione delle strade", "cittadini, imprese edili"),
              ("Iscrizioni online alla mensa", "famiglie, istituto comprensivo"),
              ("Sportello sociale di prossimità", "anziani, terzo settore"),
              ("Videosorveglianza urbana", "forze dell'ordine, commercianti"),
              ("Trasporto scolastico", "famiglie degli alunni, ditta di trasporto"),
              ("Sito istituzionale accessibile", "cittadini, fornitore del portale")]
    blocks = [f"##### Obiettivo {n} – {title}\n\n- **Finalità:** Migliorare il servizio.\n"
              f"- **Stakeholder:** {who}\n" for n, (title, who) in enumerate(themes, 1)]
    return "# Comune di Valprova – PIAO 2026-2028\n\n## Obiettivi operativi\n\n" + "\n".join(blocks)


def test_a_misspelt_topic_word_is_searched_as_the_word_it_meant(tmp_path) -> None:
    # "differenziatta" is in no passage: the frame reads it as "differenziata", and the
    # search must too (a search matches words as written: the typo finds nothing)
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": _stakeholder_plan()})
    question = "Chi sono gli stakeholder dell'obiettivo sulla differenziatta?"
    assert "sulla differenziata" in frame_of(answerer, question).query
    assert "gestore dei rifiuti" in answerer.answer(question).text
    # a word the plans lack that is no typo of theirs stays as written
    assert "canile" in frame_of(answerer, "Chi gestisce il canile?").query


def test_the_topic_gate_judges_every_passage_the_answer_is_chosen_from(tmp_path) -> None:
    # a short question ("target differenziata 2025 e 2026?") may find its passage past
    # the fifth, behind passages sharing only its years: the gate that refuses a
    # question the documents are not about reads all the passages an answer may use
    from assistant.answering.retrieve import RetrievalResult

    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": _stakeholder_plan() + (
        "\n##### Obiettivo 9 – Tariffa puntuale dei rifiuti\n\n"
        "- **Indicatore:** Percentuale di raccolta differenziata – target 2025: 75%; 2026: 78%\n")})
    question = "target differenziata 2025 e 2026?"
    frame = frame_of(answerer, question)
    hits = answerer.retriever.retrieve(frame.query, 10).hits
    target = next(h for h in hits if "differenziata – target" in h.chunk.text)
    others = [h for h in hits if h is not target and "differenziata" not in h.chunk.text]
    assert len(others) >= 6
    ordered = [*others[:6], target]  # the passage seventh
    text = answerer.answer_frame(frame, RetrievalResult(ordered)).text
    assert "78%" in text


DESK_SERVICES = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 1 – Indagine di gradimento sullo sportello digitale Facile

- **Finalità:** Misurare la qualità percepita dello sportello.

Nel 2024 il Comune ha aperto lo sportello Facile, che aiuta chi ha poca familiarità con il digitale.
Lo sportello Facile è rivolto a chi necessita di supporto per:

- utilizzare lo SPID;
- attivare la Carta di identità elettronica;
- accedere ai servizi online del Comune;
- scaricare i certificati anagrafici online.

##### Obiettivo 2 – Manutenzione delle strade

- **Finalità:** Strade più sicure.
"""


def test_a_list_asked_for_is_answered_by_all_the_items_of_the_list_it_matches(tmp_path) -> None:
    # the question's words ("servizi", "online") match two items; a list was asked:
    # the list those items belong to is the answer, every item in the plan's order
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": DESK_SERVICES})
    text = answerer.answer("Per cosa può aiutarmi lo sportello Facile? mi fai l'elenco dei servizi online").text
    positions = [text.find(item) for item in ("SPID", "Carta di identità", "servizi online del Comune",
                                              "certificati anagrafici")]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), text


INTERIM_HEAD = """# Comune di Valprova – PIAO 2026-2028

## Organigramma

- Area 1 - Affari generali: dott.ssa Anna Verdi
- Area 3 - Lavori pubblici: ing. Davide Bruni
- Area 4 - Territorio e ambiente: ing. Davide Bruni (ad interim)

## Obiettivi operativi

##### Obiettivo 1 – Incremento della raccolta differenziata

- **Settore:** Area 4 - Territorio e ambiente
- **Finalità:** Superare il 75% di raccolta differenziata.
"""


def test_who_names_every_office_the_person_heads(tmp_path) -> None:
    # the head of the office in charge heads another office too (an interim): the
    # org chart says so, and the answer gives both
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": INTERIM_HEAD})
    text = answerer.answer("Chi è il responsabile dell'area che segue la raccolta differenziata?").text
    assert "Davide Bruni" in text and "Area 3 - Lavori pubblici" in text


ASKING_WORDS_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 1 – Iscrizioni online alla mensa scolastica

- **Responsabile:** dott.ssa Anna Verdi
- **Finalità:** scaricare le ricevute di pagamento dal portale.
- **Dipendenti coinvolti:** ROSSI Carla

##### Obiettivo 2 – Aggiornamento del piano comunale di protezione civile

- **Responsabile:** ing. Paolo Neri
- **Dipendenti coinvolti:** BIANCHI Luca

##### Obiettivo 3 – Lavori di asfaltatura nelle frazioni

- **Responsabile:** geom. Carlo Bruni
- **Dipendenti coinvolti:** GIALLI Marco

##### Obiettivo 4 – Telecamere nelle frazioni

- **Responsabile:** comm. Elena Sarti
- **Dipendenti coinvolti:** MORO Sara
"""


def test_the_words_of_asking_are_no_topic_nor_a_typo(tmp_path) -> None:
    # how the asker refers to the text ("c'è scritto solo", "come si chiama") and the
    # staff in an employee's words ("quali colleghi ci lavorano") say what is asked,
    # not about what; and "scritto", a word of its own, is no typo of "iscritto"
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ASKING_WORDS_PLAN})
    analyze = answerer.analyzer.analyze
    question = "Per il piano di protezione civile c'è scritto solo il responsabile: come si chiama?"
    terms = frame_of(answerer, question).terms
    assert not set(analyze("iscritto")) & terms and not set(analyze("scritto")) & terms
    assert "Neri" in answerer.answer(question).text
    staff = answerer.answer("Quali colleghi lavorano all'obiettivo delle telecamere nelle frazioni?").text
    assert "MORO" in staff and "GIALLI" not in staff
    # a person's title in full, the name asked for: what the answer is, not its topic
    terms = frame_of(answerer, "Chi è per nome la dottoressa responsabile delle iscrizioni alla mensa?").terms
    assert not (set(analyze("nome")) | set(analyze("dottoressa"))) & terms
    # a misspelling keeps its first letter: "caricare" (in no passage) is not "scaricare"
    terms = frame_of(answerer, "Chi aiuta a caricare la dichiarazione sul portale?").terms
    assert not set(analyze("scaricare")) & terms


def test_per_dipendente_is_a_unit_of_measure_not_the_staff() -> None:
    from assistant.answering.intent import classify

    assert Intent.EMPLOYEES not in classify("A chi è assegnato l'obiettivo delle 40 ore di formazione per dipendente?").intents
    assert Intent.EMPLOYEES not in classify("quanto si spende per ogni dipendente?").intents
    # (one pattern for the unit, in the intent rules and the frame's topic alike)
    assert Intent.EMPLOYEES not in classify("quante ore di formazione sono previste per ciascun dipendente?").intents
    assert Intent.EMPLOYEES in classify("quali dipendenti lavorano alla formazione?").intents


NOT_AVAILABLE_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

| Cod. | Obiettivo operativo | Responsabile | Indicatore | Baseline 2025 | Target 2026 |
|---|---|---|---|---|---|
| OB.1 | Sportello polifunzionale in municipio | dott.ssa Ada Ferri | Grado di soddisfazione degli utenti | n.d. (nuovo indicatore) | 4,0 |
| OB.2 | Biblioteca aperta il sabato | dott. Elio Sarti | Prestiti annui | 8.200 | 9.000 |
"""


def test_a_value_the_table_marks_not_available_is_not_given(tmp_path) -> None:
    # "n.d." in the year's cell: the plan does not give that year's value, and says so
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": NOT_AVAILABLE_PLAN})
    missing = answerer.answer("Qual era nel 2025 il grado di soddisfazione degli utenti dello sportello?")
    assert "non indica" in missing.text and "2025" in missing.text and "n.d." in missing.text
    given = answerer.answer("Quanti erano i prestiti della biblioteca nel 2025?")
    assert "8.200" in given.text and "non indica" not in given.text


LONG_TITLE_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

| Cod. | Obiettivo operativo | Responsabile | Indicatore | Target 2026 |
|---|---|---|---|---|
| OB.1 | Efficientamento energetico della scuola primaria di via dei Pioppi: impianto fotovoltaico da 40 kW e pompa di calore | arch. Elio Sarti | Consumo di gas (mc) | 20.000 |
| OB.2 | Biblioteca aperta il sabato | dott.ssa Ada Ferri | Prestiti annui | 9.000 |
"""


def test_asked_what_an_objective_consists_of_its_title_is_shown_whole(tmp_path) -> None:
    # with no description of its own, the title states what the objective does: cut at
    # ninety characters it would lose the heat pump
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": LONG_TITLE_PLAN})
    text = answerer.answer("In cosa consiste l'obiettivo sulla scuola primaria di via dei Pioppi?").text
    head = text.split("[1]")[0]
    assert "fotovoltaico" in head and "pompa di calore" in head


STAFF_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo 1 – Trasparenza e qualità dei dati pubblicati

- **Responsabile:** dott.ssa Ada Ferri
- **Dipendenti coinvolti:** tutto il personale incaricato della pubblicazione nei singoli settori

##### Obiettivo 2 – Biblioteca aperta il sabato

- **Responsabile:** dott. Elio Sarti
- **Dipendenti coinvolti:** ROSSI Carla (C1), BIANCHI Luca (B3)
"""


def test_staff_asked_by_name_is_not_given_by_a_line_that_names_no_one(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": STAFF_PLAN})
    missing = answerer.answer("Quali dipendenti lavorano all'obiettivo trasparenza? mi servono i nomi").text
    assert "non indica i nominativi" in missing
    named = answerer.answer("Quali dipendenti lavorano all'obiettivo biblioteca? mi servono i nomi").text
    assert "ROSSI Carla" in named and "non indica" not in named


STRATEGIC_CODES_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Valore pubblico

| Linea strategica | Obiettivo strategico | Obiettivi operativi |
|---|---|---|
| LS1 – Ente digitale | OS 1 – Servizi on line per cittadini e imprese | da OB.1.1 a OB.1.2 |
| LS2 – Territorio sicuro | OS 2 – Strade sicure vicino alle scuole | OB.2.1 e OB.2.2 |

## Obiettivi 2026

| Cod. | Obiettivo operativo | Responsabile | Indicatore | Target 2026 |
|---|---|---|---|---|
| OB.1.1 | Iscrizioni on line alla mensa | dott.ssa Ada Ferri | % iscrizioni on line | 90% |
| OB.1.2 | Sportello polifunzionale con apertura il giovedì pomeriggio | dott.ssa Ada Ferri | Tempo di attesa (minuti) | 10 |
| OB.2.1 | Attraversamenti pedonali rialzati | comm. Rita Bassi | Attraversamenti realizzati | 4 |
| OB.2.2 | Pedibus per le scuole primarie | comm. Rita Bassi | Bambini iscritti | 60 |

## Fasi

| Cod. | Fase | Periodo |
|---|---|---|
| OB.1.2 | Riorganizzazione degli spazi al piano terra | gen–mar 2026 |
| OB.1.2 | Formazione incrociata degli operatori | feb–apr 2026 |
| OB.1.2 | Indagine di gradimento | nov 2026 |
| OB.1.2 | Apertura dello sportello il giovedì dalle 15:00 alle 18:00 | da mag 2026 |
"""


def test_a_strategic_line_named_by_its_code_lists_its_objectives_by_code(tmp_path) -> None:
    # "LS2" is the line's code, not part of the label "linea strategica"; its
    # objectives are those the strategic table names by code, each shown with its code
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": STRATEGIC_CODES_PLAN})
    text = answerer.answer("Quali sono gli obiettivi operativi della linea strategica LS2?").text
    assert "OB.2.1" in text and "OB.2.2" in text and "OB.1.1" not in text
    assert "Pedibus" in text


def test_the_phase_that_states_the_question_s_words_leads(tmp_path) -> None:
    # all the phases belong to the objective the question is about, whose title holds
    # its words; the one that says "apertura … giovedì" itself answers it, whatever
    # the order retrieval found the phases in
    from dataclasses import replace as with_

    from assistant.answering.select import asked_fields

    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": STRATEGIC_CODES_PLAN})
    frame, selection = selection_of(answerer, "Da quando lo sportello resta aperto il giovedì pomeriggio?")
    phases = {s.cand.text.split(" — ")[0]: with_(s.cand, rank=0) for s in selection.ranked if s.cand.field == "fasi"}
    score = {text: answerer.selector.score(frame, cand, asked_fields(frame)).score for text, cand in phases.items()}
    opening = score.pop("Apertura dello sportello il giovedì dalle 15:00 alle 18:00")
    assert score and all(opening > other for other in score.values())


DASHED_OFFICES_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Struttura organizzativa

| Area | Titolare di Elevata Qualificazione | Servizi | N. dipendenti |
|---|---|---|---|
| Area Affari Generali e Servizi Demografici | dott.ssa Ada Ferri | Segreteria, anagrafe | 6 |
| Area Tecnica – LL.PP. e Patrimonio | arch. Elio Sarti | Lavori pubblici, patrimonio | 7 |
| Area Vigilanza – Polizia Locale | comm. Rita Bassi | Polizia locale | 3 |
"""


def test_an_office_named_by_the_head_of_its_dashed_name(tmp_path) -> None:
    # "l'Area Tecnica" names "Area Tecnica – LL.PP. e Patrimonio": the part before the
    # dash is the office's name, the rest a qualifier people leave out
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": DASHED_OFFICES_PLAN})
    text = answerer.answer("Ha più personale l'Area Tecnica o l'Area Affari Generali?").text
    assert "7 dipendenti" in text and "6 dipendenti" in text


HEADED_STRATEGY_PLAN = """# Comune di Rivasecca – PIAO 2026-2028

## Quadro di contesto

Il Comune di Rivasecca conta 8.412 abitanti e si estende su 31 chilometri quadrati, con quattro frazioni collinari e un centro storico di impianto medievale. La dotazione organica comprende 46 dipendenti distribuiti in cinque aree.

## Settori e responsabili

| Settore | Responsabile | Servizi |
|---|---|---|
| Area Amministrativa | dott.ssa Lia Conti | Segreteria, Protocollo, Anagrafe |
| Area Tecnica e Manutenzioni | geom. Ivo Pantani | Lavori pubblici, Verde pubblico, Illuminazione pubblica |

# Linea strategica 2 – Ambiente, territorio e mobilità sostenibile

### Obiettivo strategico 2.3 – Una città più verde, pulita e attenta ai consumi energetici

##### Obiettivo operativo OO-2.3.1 – Sostituzione dei corpi illuminanti della pubblica illuminazione con lampade LED

- **Responsabile:** geom. Ivo Pantani
- **Settore:** Area Tecnica e Manutenzioni
- **Stakeholder:** Cittadini, Associazioni di quartiere, Scuole del territorio
- **Finalità:** Ridurre i consumi elettrici dell'illuminazione pubblica e le emissioni di anidride carbonica.
- **Valore atteso:** Interventi conclusi e collaudati entro l'anno
- **Scadenza:** 30/11/2026
- **Fasi:**
  - Censimento dei punti luce e progetto esecutivo — febbraio 2026
  - Affidamento dei lavori con procedura negoziata — aprile 2026
  - Installazione delle lampade nelle frazioni — settembre 2026

| Indicatore | Formula | Target 2026 | Target 2027 |
|---|---|---|---|
| Interventi conclusi sul totale programmato | conteggio da atti | 100% | mantenimento |
| Segnalazioni dei cittadini evase entro 30 giorni | conteggio da registro | ≥ 90% | ≥ 95% |

### Obiettivo strategico 2.4 – Parchi e spazi verdi curati, sicuri e accoglienti per tutte le età

##### Obiettivo operativo OO-2.4.1 – Piantumazione di nuovi alberi nei parchi di quartiere

- **Responsabile:** geom. Ivo Pantani
- **Settore:** Area Tecnica e Manutenzioni
- **Stakeholder:** Cittadini, Associazioni di quartiere, Scuole del territorio
- **Finalità:** Aumentare l'ombreggiatura delle aree gioco e la biodiversità urbana.
- **Valore atteso:** Nuove alberature in tutti i parchi di quartiere
- **Scadenza:** 15/12/2026
- **Fasi:**
  - Scelta delle specie con l'agronomo incaricato — gennaio 2026
  - Messa a dimora delle piante — marzo 2026
  - Irrigazione di soccorso nei mesi estivi — agosto 2026

| Indicatore | Formula | Target 2026 | Target 2027 |
|---|---|---|---|
| Alberi messi a dimora | conteggio da verbali di posa | 120 | 200 |
| Piante attecchite dopo dodici mesi | verifica dell'agronomo | ≥ 85% | ≥ 90% |

##### Obiettivo operativo OO-2.4.2 – Riqualificazione delle aree gioco nei giardini pubblici

- **Responsabile:** geom. Ivo Pantani
- **Settore:** Area Tecnica e Manutenzioni
- **Stakeholder:** Famiglie, Scuole dell'infanzia
- **Finalità:** Rendere le aree gioco sicure e accessibili ai bambini con disabilità.
- **Valore atteso:** Tre aree gioco rinnovate e certificate
- **Scadenza:** 31/12/2026
- **Fasi:**
  - Verifica dello stato delle attrezzature — marzo 2026
  - Acquisto e posa dei nuovi giochi inclusivi — luglio 2026

| Indicatore | Formula | Target 2026 | Target 2027 |
|---|---|---|---|
| Aree gioco rinnovate | conteggio da atti | 3 | 5 |
"""


def test_a_strategic_objective_framed_by_a_heading_is_answered_and_cited(tmp_path) -> None:
    # the strategic objective is a heading above the operative objectives: no passage's
    # body holds it, the passages' (shortened) breadcrumbs do, and the answer cites them
    answerer = answerer_over(tmp_path, {"rivasecca_piao-2026-2028.md": HEADED_STRATEGY_PLAN})
    ans = answerer.answer("A quale obiettivo strategico è collegata la sostituzione delle lampade LED?")
    assert "Una città più verde, pulita e attenta ai consumi energetici" in ans.text
    assert any("Obiettivo strategico 2.3 – Una città più verde" in c.quote for c in ans.citations)
    ans = answerer.answer("In quale linea strategica rientra la piantumazione di nuovi alberi?")
    assert "Ambiente, territorio e mobilità sostenibile" in ans.text


SOCIAL_OFFICE_PLAN = """# Comune di Ortalba – PIAO 2026-2028

## Struttura organizzativa

| Area | Responsabile | Servizi |
|---|---|---|
| Area Affari Generali | dott. Piero Landi | Segreteria, Protocollo, Anagrafe |
| Area Servizi alla Persona | dott.ssa Nives Carraro | Assistenza domiciliare, Asilo nido, Contributi economici |
| Area Tecnica | geom. Aldo Fumagalli | Lavori pubblici, Manutenzioni |
"""


def test_the_social_services_are_the_office_plans_name_otherwise(tmp_path) -> None:
    # "i servizi sociali", as people say, is the office plans call "Servizi alla Persona"
    answerer = answerer_over(tmp_path, {"ortalba_piao-2026-2028.md": SOCIAL_OFFICE_PLAN})
    assert "Carraro" in answerer.answer("Chi è il responsabile dei servizi sociali?").text


TABBED_INDICATORS_PLAN = """Comune di Fornasetta
PIAO 2026-2028 - Sezione 2.2 Performance

Obiettivo 1 - Sportello unico digitale per le imprese
Responsabile: dott.ssa Gemma Rizzi, Area Attività produttive
Finalità: ridurre i tempi delle pratiche SUAP e consentire il deposito telematico di tutte le istanze.

Indicatori

Codice\tIndicatore\tBaseline 2025\tTarget 2026\tTarget 2027
I1\tPratiche SUAP presentate on line (%)\t64%\t85%\t100%
I2\tTempo medio di conclusione delle pratiche (giorni)\t41\t30\t25
I3\tImprese che valutano positivamente il servizio\t70%\t78%\t85%

Obiettivo 2 - Manutenzione programmata delle strade comunali
Responsabile: geom. Carlo Vitali, Area Tecnica
Finalità: ridurre le segnalazioni di buche e dissesti.

Codice\tIndicatore\tBaseline 2025\tTarget 2026\tTarget 2027
I4\tChilometri di strade riasfaltate\t3\t6\t8
I5\tSegnalazioni evase entro 15 giorni (%)\t55%\t75%\t90%
"""


def test_a_rewritten_table_row_is_cited_as_the_document_writes_it(tmp_path) -> None:
    # the parser reads the row as labelled cells ("Target 2026: 30"); the document
    # writes the cells alone, and the citation quotes what a reader finds there
    answerer = answerer_over(tmp_path, {"fornasetta_piao-2026-2028.txt": TABBED_INDICATORS_PLAN})
    ans = answerer.answer("Qual è il target 2026 del tempo medio di conclusione delle pratiche SUAP?")
    assert "target 2026: 30" in ans.text
    quotes = [c.quote for c in ans.citations]
    assert "Tempo medio di conclusione delle pratiche (giorni) 41 30 25" in quotes
    assert not any("Target 2026:" in q for q in quotes)


def test_a_count_is_stated_by_a_measure_whose_targets_are_labelled_by_year(tmp_path) -> None:
    # "Chilometri di strade riasfaltate — baseline 2025: 3; target 2027: 8": the years
    # label the figures after them, they do not date the thing counted
    answerer = answerer_over(tmp_path, {"fornasetta_piao-2026-2028.txt": TABBED_INDICATORS_PLAN})
    text = answerer.answer("Quanti chilometri di strade si vogliono riasfaltare nel 2027?").text
    assert "target 2027: 8" in text and "non indica" not in text


UNIT_OF_MEASURE_PLAN = """# Comune di Sorbiate Alto – PIAO 2026-2028

## Quadro di contesto

Il Comune di Sorbiate Alto conta 6.120 abitanti; la dotazione organica comprende 35 dipendenti distribuiti in quattro aree.

## Obiettivi operativi

##### Obiettivo operativo OP.1 – Formazione continua: almeno 30 ore annue pro capite sulle competenze digitali

- **Responsabile:** Responsabili di Area (tutte le Aree)
- **Settore:** Tutte le Aree
- **Personale assegnato:** Tutti i dipendenti dell'ente (n. 35 dipendenti)
- **Finalità:** Aggiornare le competenze del personale.
- **Scadenza:** 31/12/2026
- **Fasi:**
  - Rilevazione dei fabbisogni — febbraio 2026
  - Realizzazione delle attività — ottobre 2026

##### Obiettivo operativo OP.2 – Riduzione dei tempi di rilascio dei permessi di costruire

- **Responsabile:** arch. Dario Pellegatta
- **Settore:** Area Tecnica
- **Personale assegnato:** Lucia Brambati, Marco Oldani
- **Finalità:** Concludere i procedimenti edilizi entro 45 giorni.
- **Scadenza:** 31/12/2026
- **Fasi:**
  - Rilevazione dei fabbisogni — febbraio 2026
  - Realizzazione delle attività — ottobre 2026

##### Obiettivo operativo OP.3 – Nuovo regolamento per l'uso delle sale civiche

- **Responsabile:** dott.ssa Irene Colombo
- **Settore:** Area Amministrativa
- **Personale assegnato:** Sara Gatti
- **Finalità:** Semplificare le richieste di concessione delle sale.
- **Scadenza:** 31/12/2026
- **Fasi:**
  - Rilevazione dei fabbisogni — febbraio 2026
  - Realizzazione delle attività — ottobre 2026

"""


def test_a_unit_of_measure_does_not_ask_for_the_staff(tmp_path) -> None:
    # "30 ore di formazione per dipendente": the unit says what the hours are counted
    # per; the question asks who is in charge, not the staff line that names "dipendenti"
    answerer = answerer_over(tmp_path, {"sorbiate-alto_piao-2026-2028.md": UNIT_OF_MEASURE_PLAN})
    text = answerer.answer("A chi è assegnato l'obiettivo delle 30 ore di formazione per dipendente?").text
    assert "è affidato a Responsabili di Area" in text and "personale assegnato" not in text


SHARED_OPENING_PLAN = """# Comune di Castellaro Fiume – PIAO 2026-2028

## Obiettivi operativi

##### Obiettivo operativo 1.1 – Attuazione delle misure PNRR per la transizione digitale

- **Responsabile:** dott.ssa Marta Giacomelli
- **Settore:** Area Affari Generali
- **Finalità:** Completare le misure del PNRR finanziate all'ente entro le scadenze dei bandi.
- **Scadenza:** 31/12/2026
- **Indicatori:**
  - Grado di avanzamento complessivo del programma di transizione digitale dell'ente (target 100%)
  - Percentuale di rispetto delle fasi e dei tempi previsti - misura 1.2 Abilitazione e facilitazione della migrazione al cloud per le amministrazioni locali (target 100%)
  - Percentuale di rispetto delle fasi e dei tempi previsti - misura 1.4.1 Esperienza del cittadino nei servizi pubblici digitali (target 100%)
  - Percentuale di rispetto delle fasi e dei tempi previsti - misura 1.4.3 Adozione dell'applicazione App IO per i servizi comunali (target 100%)
  - Percentuale di rispetto delle fasi e dei tempi previsti - misura 1.4.4 Estensione dell'utilizzo delle identità digitali SPID e CIE (target 100%)
  - Percentuale di rispetto delle fasi e dei tempi previsti - misura 1.4.5 Piattaforma Notifiche Digitali degli atti (target 100%)

##### Obiettivo operativo 1.2 – Revisione del regolamento sull'accesso agli atti

- **Responsabile:** dott.ssa Marta Giacomelli
- **Settore:** Area Affari Generali
- **Finalità:** Aggiornare il regolamento alle norme sull'accesso civico generalizzato.
- **Scadenza:** 30/09/2026
"""


def test_list_items_that_open_alike_say_the_opening_once(tmp_path) -> None:
    # five indicators open with the same eleven words: said once, each item has the
    # room to show what tells it apart (the measure's name)
    answerer = answerer_over(tmp_path, {"castellaro-fiume_piao-2026-2028.md": SHARED_OPENING_PLAN})
    text = answerer.answer("Quali indicatori ha l'obiettivo sulle misure PNRR per la transizione digitale?").text
    assert text.count("Percentuale di rispetto delle fasi e dei tempi previsti") == 1
    assert all(name in text for name in ("cloud", "App IO", "SPID e CIE", "Notifiche Digitali"))


PERSON_AND_LAW_PLAN = """# Comune di Valle Ombrosa – PIAO 2026-2028

## Organigramma

| Settore | Titolare | Servizi |
|---|---|---|
| Settore 2 – Finanze | rag. Ottavio Brambati | Ragioneria, tributi |
| Settore 3 – Territorio | ing. Livia Capoferri | Lavori pubblici, urbanistica |

## Obiettivi operativi

##### Obiettivo 2.1 – Puntualità nella liquidazione dei contributi alle associazioni

- **Settore:** Settore 2 – Finanze
- **Finalità:** Ai sensi dell'art. 7-ter della legge regionale n. 12/2021, richiamato dal regolamento comunale sui contributi, la valutazione dei titolari di incarico tiene conto della puntualità nella liquidazione dei contributi concessi alle associazioni sportive e culturali del territorio, e questa componente incide sulla retribuzione di risultato in misura non inferiore al 25 per cento.
- **Scadenza:** 31/12/2026

##### Obiettivo 3.1 – Riqualificazione del parco giochi di via dei Mulini

- **Settore:** Settore 3 – Territorio
- **Finalità:** Sostituire le attrezzature non conformi e rendere il parco accessibile.
- **Scadenza:** 30/06/2027
"""


def test_the_person_asked_for_is_the_office_holder_not_a_topic_word(tmp_path) -> None:
    # "la persona responsabile" asks for one person by name: the org chart's holder of
    # the objective's office answers it; "persona" is no thing the plan must mention
    answerer = answerer_over(tmp_path, {"valle-ombrosa_piao-2026-2028.md": PERSON_AND_LAW_PLAN})
    text = answerer.answer("Chi è la persona responsabile della riqualificazione del parco giochi?").text
    assert "Capoferri" in text and "non indica" not in text


def test_a_law_article_number_is_no_figure_asked(tmp_path) -> None:
    # "quanto": the long sentence is shown around the quantity it states, not around
    # the number of the article it cites ("art. 7-ter")
    answerer = answerer_over(tmp_path, {"valle-ombrosa_piao-2026-2028.md": PERSON_AND_LAW_PLAN})
    text = answerer.answer("Quanto incide almeno la puntualità dei contributi sulla retribuzione di risultato?").text
    assert "25 per cento" in text


@pytest.mark.parametrize(("objective", "question", "stated"), [
    # "la promozione turistica": the plan speaks of promotion of other things, never of
    # tourism in any form; the thing asked is the pair, so the plan does not state it
    ("Promozione della raccolta differenziata", "Il piano ha un obiettivo sulla promozione turistica?", False),
    # "turistica" where the plan writes "turismo": the same family, so the thing is named
    ("Promozione del turismo lento lungo il fiume", "Chi segue la promozione turistica?", True),
])
def test_a_noun_qualified_by_an_adjective_is_stated_only_if_the_adjectives_family_is(
        tmp_path, objective: str, question: str, stated: bool) -> None:
    answerer = answerer_over(tmp_path, {"valle-ombrosa_piao-2026-2028.md": PERSON_AND_LAW_PLAN + (
        f"\n##### Obiettivo 3.2 – {objective}\n\n- **Settore:** Settore 3 – Territorio\n"
        "- **Finalità:** Campagne, segnaletica e mappe per i cittadini.\n")})
    text = answerer.answer(question).text
    if stated:
        assert "non indica" not in text and "Settore 3" in text
    else:
        assert "non indica «promozione turistica»" in text


def test_an_office_named_by_its_kind_and_a_service_is_the_area_listing_that_service(tmp_path) -> None:
    # "Ufficio Tributi": the org chart lists "tributi" among the services of Settore 2,
    # so the one in charge is that settore's holder
    answerer = answerer_over(tmp_path, {"valle-ombrosa_piao-2026-2028.md": PERSON_AND_LAW_PLAN + (
        "\n##### Obiettivo 2.2 – Bonifica della banca dati della tassa rifiuti\n\n- **Servizio:** Ufficio Tributi\n"
        "- **Finalità:** Allineare le utenze della tassa rifiuti con l'anagrafe.\n")})
    text = answerer.answer("Chi è il responsabile della bonifica della banca dati della tassa rifiuti?").text
    assert "Brambati" in text


REFERENT_PLAN = """# Comune di Poggio Lauro – PIAO 2026-2028

## Organigramma

| Area | Funzionario EQ | Servizi |
|---|---|---|
| Area 1 – Affari generali | dott.ssa Paola Ruggeri | Segreteria, protocollo |
| Area 2 – Servizi alla cittadinanza | dott. Bruno Ceccarelli | Biblioteca, sport, scuola |

## Obiettivi

##### Obiettivo 4 – Apertura serale della biblioteca comunale

- **Ufficio capofila:** Servizio Biblioteca
- **Responsabile:** il Responsabile dell'Area cui afferisce il servizio (v. organigramma)
- **Referente politico:** Assessore alla Cultura Sara Montanelli
- **Portatori di interesse:** studenti universitari pendolari, gruppi di lettura, associazione culturale Il Faro
- **Step operativi:**
  - convenzione con l'associazione culturale Il Faro per l'apertura serale – entro marzo 2026
  - apertura fino alle 22 il martedì e il giovedì – entro aprile 2026
"""


def test_the_manager_asked_for_is_not_the_political_referent(tmp_path) -> None:
    # "il responsabile EQ": the manager in charge; the objective's political referent
    # holds another role, so it does not fit the question (selection step); asked of
    # the political side, in any wording ("politicamente"), it does
    answerer = answerer_over(tmp_path, {"poggio-lauro_piao-2026-2028.md": REFERENT_PLAN})

    def referent_fits(question: str) -> bool:
        _frame, selection = selection_of(answerer, question)
        political = [s for s in selection.ranked if s.cand.field == Field.RESPONSABILE_POLITICO]
        assert political
        return any(s.fit for s in political)

    assert not referent_fits("Chi è il responsabile EQ dell'obiettivo sull'apertura serale della biblioteca?")
    assert referent_fits("Chi segue politicamente l'apertura serale della biblioteca?")
    text = answerer.answer("Chi è il responsabile EQ dell'obiettivo sull'apertura serale della biblioteca?").text
    assert "Ceccarelli" in text


LINES_PLAN = """# Comune di Pian dei Mori – PIAO 2026-2028

## Linea 1 – Comune vicino ai cittadini

##### Obiettivo 1.1 – Sportello anagrafico itinerante nelle frazioni

- **Obiettivo strategico:** OS 1 – Comune vicino ai cittadini
- **Responsabile:** dott.ssa Ada Gherardi
- **Finalità:** Rilasciare certificati e carte d'identità nelle frazioni una volta al mese.

##### Obiettivo 1.2 – Prenotazione on line degli appuntamenti

- **Linea di mandato:** 1 – Comune vicino ai cittadini
- **Responsabile:** dott.ssa Ada Gherardi
- **Finalità:** Prenotare ogni servizio allo sportello dal sito.

##### Obiettivo 1.3 – Carta dei servizi comunali

- **Obiettivo strategico:** OS 1 – Comune vicino ai cittadini
- **Responsabile:** dott. Enzo Palmieri
- **Finalità:** Pubblicare i tempi di ogni servizio e aggiornarli ogni anno.

## Linea 2 – Territorio curato

##### Obiettivo 2.1 – Manutenzione dei sentieri collinari

- **Obiettivo strategico:** OS 2 – Territorio curato
- **Responsabile:** geom. Rino Baldacci
- **Finalità:** Ripristinare la segnaletica dei sentieri.
"""


def test_the_kind_of_group_named_picks_that_group(tmp_path) -> None:
    # "nella linea Comune vicino": the heading "Linea 1 – …" holds three objectives; the
    # strategic objective of the same words holds two (one card names the line instead)
    answerer = answerer_over(tmp_path, {"pian-dei-mori_piao-2026-2028.md": LINES_PLAN})
    text = answerer.answer("Quali obiettivi ci sono nella linea Comune vicino ai cittadini?").text
    assert all(t in text for t in ("Sportello anagrafico", "Prenotazione on line", "Carta dei servizi"))


def test_a_state_said_by_a_participle_is_named_by_its_word_family(tmp_path) -> None:
    # "tenere aperta la biblioteca": the plan writes "apertura"; a participle after an
    # infinitive is named by any word of its family, so the thing is not absent
    answerer = answerer_over(tmp_path, {"poggio-lauro_piao-2026-2028.md": REFERENT_PLAN})
    text = answerer.answer("Chi è il responsabile dell'obiettivo che prevede di tenere aperta la biblioteca la sera?").text
    assert "non indica" not in text and "Ceccarelli" in text


DEPUTY_PLAN = """# Comune di Sasso Alto – PIAO 2026-2028

## Organigramma

| Settore | Responsabile (titolare EQ) | Sostituto | Servizi |
|---|---|---|---|
| Settore 1 – Affari generali | dott.ssa Lidia Pagnoni | dott. Ugo Ferrante (vicario) | Segreteria, protocollo |
| Settore 2 – Tecnico | ing. Marco Zanetta | geom. Rita Colombera (vicaria) | Lavori pubblici, cimiteri |

## Obiettivi

##### Obiettivo 2.1 – Ampliamento del cimitero di San Rocco

- **Settore:** Settore 2 – Tecnico
- **Finalità:** Realizzare quaranta nuovi loculi entro il 2027.
"""


def test_who_stands_in_for_the_head_is_the_org_charts_deputy(tmp_path) -> None:
    # "chi lo sostituisce": the org chart's deputy of the office in charge, after its head
    answerer = answerer_over(tmp_path, {"sasso-alto_piao-2026-2028.md": DEPUTY_PLAN})
    text = answerer.answer("Se il responsabile del settore che segue l'ampliamento del cimitero è assente, "
                           "chi lo sostituisce?").text
    assert "Colombera" in text and "Zanetta" in text and "non indica" not in text
    assert "Colombera" in answerer.answer("Chi fa le veci del responsabile dell'ampliamento del cimitero?").text


def test_a_role_the_question_rules_out_is_not_asked(tmp_path) -> None:
    # "(la persona, non l'assessore)": the manager is asked; the excluded role is no
    # field the answer must fill
    answerer = answerer_over(tmp_path, {"sasso-alto_piao-2026-2028.md": DEPUTY_PLAN})
    text = answerer.answer("Chi è il responsabile dell'ampliamento del cimitero? (la persona, non l'assessore)").text
    assert "Zanetta" in text and "non indica" not in text


def test_a_kind_of_place_asked_is_answered_by_the_places_named(tmp_path) -> None:
    # "in quali zone": plans name the places themselves, never the word "zone"
    answerer = answerer_over(tmp_path, {"sasso-alto_piao-2026-2028.md": DEPUTY_PLAN + (
        "\n##### Obiettivo 1.2 – Pattugliamento serale a piedi\n\n- **Settore:** Settore 1 – Affari generali\n"
        "- **Finalità:** Pattugliamento a piedi nel centro storico e nelle frazioni di Colle Alto e Piana, "
        "due sere a settimana.\n")})
    text = answerer.answer("In quali zone si fa il pattugliamento serale a piedi?").text
    assert "non indica" not in text and "Colle Alto" in text


def test_the_person_asked_for_is_found_through_the_office_the_objective_is_filed_under(tmp_path) -> None:
    # "la persona": the objective names its office ("Servizio Biblioteca"), which the
    # org chart lists under Area 2; its holder is the person, so nothing is missing
    answerer = answerer_over(tmp_path, {"poggio-lauro_piao-2026-2028.md": REFERENT_PLAN})
    text = answerer.answer("Chi è la persona responsabile dell'apertura serale della biblioteca?").text
    assert "Ceccarelli" in text and "non indica" not in text


CONTENT_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 2 – Prevenzione degli incidenti stradali davanti alle scuole primarie

**Responsabile:** Area Vigilanza

**Finalità:** ridurre i rischi per gli alunni negli orari di entrata e di uscita.

**Risultato atteso:** nessun incidente con pedoni nelle vie delle scuole.

**Fasi:**
- presidio degli attraversamenti con gli agenti negli orari di ingresso e di uscita degli alunni (2026-2028);
- installazione di dossi rallentatori e di segnaletica luminosa in via delle Querce (2026);
- lezioni di educazione stradale nelle classi quarte con la consegna del patentino del pedone (2027-2028).

### Obiettivo 3 – Apertura serale della biblioteca civica nei mesi invernali

**Responsabile:** Area Servizi alla Persona

**Finalità:** offrire uno spazio di studio a chi lavora di giorno.

**Fasi:**
- accordo con le associazioni di volontariato per la sorveglianza delle sale (2026).
"""


def test_what_an_objective_provides_is_answered_by_all_its_phases(tmp_path) -> None:
    # "cosa prevede / cosa fa X" asks what an objective does: its phases spell it out,
    # every one of them, also those that share no word with the question
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": CONTENT_PLAN})
    ans = answerer.answer("Cosa fa il comune contro gli incidenti davanti alle scuole e perché?")
    for phase in ("presidio degli attraversamenti", "dossi rallentatori", "patentino del pedone"):
        assert phase in ans.text, ans.text
    assert "ridurre i rischi per gli alunni" in ans.text, ans.text


def test_a_year_outside_the_plans_period_is_not_planned(tmp_path) -> None:
    # a plan covers its own years: asked what it plans for a later year that no
    # passage mentions, it says so; a year it covers, or one it names, is answered
    plan = CONTENT_PLAN + "\nLa biblioteca resterà aperta la sera anche nel 2031, se il bando regionale sarà rinnovato.\n"
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": plan})
    ans = answerer.answer("Quali interventi davanti alle scuole sono previsti nel 2030?")
    assert "non indica nulla per il 2030" in ans.text and "2026-2028" in ans.text, ans.text
    ans = answerer.answer("Quali interventi davanti alle scuole sono previsti nel 2027?")
    assert "patentino del pedone" in ans.text, ans.text
    ans = answerer.answer("La biblioteca sarà aperta la sera nel 2031?")
    assert "non indica nulla" not in ans.text and "2031" in ans.text, ans.text


PAST_YEAR_PLAN = """# Comune di Valprova – PIAO 2026-2028

Il Sindaco, eletto nel giugno 2024, ha avviato la revisione della macchina comunale.

I dati di partenza al 31 dicembre 2025 sono i seguenti: il 58% delle istanze è presentato on line; il
tempo medio di pagamento delle fatture è di 22 giorni.

### Obiettivo 3 – Tariffa puntuale sui rifiuti

**Responsabile:** Area Tecnica

**Finalità:** nel 2025 la raccolta differenziata si è fermata al 61,2%.

**Indicatori:** percentuale di raccolta differenziata (target 2026: 70%).

### Obiettivo 4 – Biblioteca aperta la sera

**Responsabile:** Area Servizi alla Persona

**Finalità:** nel 2024 i prestiti serali sono stati 1.250, da raddoppiare.

### Obiettivo 5 – Raccolta differenziata degli oli esausti

**Responsabile:** Area Tecnica

**Indicatori:** percentuale di famiglie servite dalla raccolta (target 2027: 40%).
"""


def test_a_past_year_only_an_unrelated_sentence_names_is_not_stated(tmp_path) -> None:
    # the plan's opening names 2024 for something else (an election): the 2024 figure
    # of the differenziata is one the plan does not give; a figure the plan does date
    # 2024 ("nel 2024 i prestiti serali…") is answered
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PAST_YEAR_PLAN})
    ans = answerer.answer("Qual era la percentuale di raccolta differenziata nel 2024?")
    assert "non indica" in ans.text and "61,2" not in ans.text.split("riporta")[0], ans.text
    ans = answerer.answer("Quanti erano i prestiti serali della biblioteca nel 2024?")
    assert "1.250" in ans.text and "non indica" not in ans.text, ans.text
    # (a year that opens a sentence, "al 31 dicembre 2025 … i seguenti:", dates the
    # figures its sentence lists after the colon)
    ans = answerer.answer("Qual era il tempo medio di pagamento delle fatture nel 2025?")
    assert "22 giorni" in ans.text and "non indica" not in ans.text, ans.text


TWIN_PLAN = """# Comune di {ente} – PIAO 2026-2028

## Struttura organizzativa

| Area | Titolare di Elevata Qualificazione | Servizi | N. dipendenti |
|---|---|---|---|
| Area Amministrativa | {admin} | Segreteria, anagrafe, personale | {staff_a} |
| Area Tecnica | {tech} | Lavori pubblici, biblioteca | {staff_b} |

## Obiettivi operativi

### Obiettivo 1 – Formazione del personale sulle competenze digitali

**Responsabile:** {admin}

**Indicatore:** ore di formazione per dipendente (target 2026: {hours} ore)

**Scadenza:** {deadline}
{extra}"""

TWINS = {
    "valprova_piao-2026-2028.md": TWIN_PLAN.format(
        ente="Valprova", admin="dott.ssa Ada Ferri", tech="arch. Elio Sarti", staff_a=6, staff_b=7, hours=24, deadline="31/12/2026",
        extra="\n### Obiettivo 2 – Videosorveglianza agli ingressi del paese\n\n**Responsabile:** Area Tecnica\n\n"
              "**Indicatore:** telecamere attive (target 2026: 12)\n"),
    "borgomonte_piao-2026-2028.md": TWIN_PLAN.format(
        ente="Borgomonte", admin="dott. Ugo Neri", tech="geom. Pia Conti", staff_a=4, staff_b=5, hours=20, deadline="30/06/2027", extra=""),
}


def test_the_plans_named_all_together_are_each_answered(tmp_path) -> None:
    # "nei due comuni", "quale dei due comuni": the question is asked of every plan
    # loaded, one line each, as if it named them
    answerer = answerer_over(tmp_path, TWINS)
    text = answerer.answer("Formazione del personale: quante ore a testa nel 2026 nei due comuni?").text
    assert "target 2026: 24 ore" in text and "target 2026: 20 ore" in text, text
    assert "Valprova" in text and "Borgomonte" in text, text
    # staff the plan states office by office is the ente's staff summed
    text = answerer.answer("Quale dei due comuni ha più dipendenti?").text
    assert "13 dipendenti" in text and "9 dipendenti" in text, text
    # a thing one plan lacks is said to be missing from it, line by line
    text = answerer.answer("La videosorveglianza c'è in tutti e due i piani?").text
    assert "Borgomonte: Il piano non indica nulla su «videosorveglianza»" in text and "telecamere" in text, text
    # a short field the wording asks for ("chiudere prima": the deadline) is the answer
    text = answerer.answer("Formazione del personale: quale comune la deve chiudere prima?").text
    assert "31/12/2026" in text and "30/06/2027" in text, text
    # how many objectives each plan has: their number, plan by plan
    text = answerer.answer("quanti obiettivi ci sono in ciascun piano?").text
    assert "Borgomonte: 1 obiettivo" in text and "Valprova: 2 obiettivi" in text, text
    # a long name misspelt by one letter still names its ente, and is no topic word
    frame = frame_of(answerer, "Formazione del personale: quante ore a testa nel 2026 a Borgomnte?")
    assert frame.enti == ("borgomonte_piao-2026-2028.md",) and not {"borgomnt", "borgomont"} & frame.terms, frame
    # "chi ne fa di più" of the plans counted asks which plan states more, not who
    text = answerer.answer("Formazione del personale: chi prevede più ore di formazione a testa nei due piani?").text
    assert "24 ore" in text and "20 ore" in text and "affidat" not in text and "titolare" not in text, text


OTHER_THEME = """# Comune di {ente} – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – {title}

**Responsabile:** Area Tecnica

**Indicatore:** {indicator}
"""


def test_the_two_plans_a_question_counts_are_those_about_its_topic(tmp_path) -> None:
    # "nei due comuni" with more plans loaded than it counts: the two whose passages
    # are about the question's topic are compared, not every plan nor the first two
    others = {
        f"{ente.casefold()}_piao-2026-2028.md": OTHER_THEME.format(ente=ente, title=title, indicator=indicator)
        for ente, title, indicator in (
            ("Acquaviva", "Manutenzione delle strade comunali", "km di asfalto rifatti (target 2026: 8)"),
            ("Roccalta", "Raccolta differenziata porta a porta", "quota di differenziata (target 2026: 70%)"),
            ("Pietrafonda", "Nuova illuminazione pubblica a led", "punti luce sostituiti (target 2026: 300)"),
        )
    }
    answerer = answerer_over(tmp_path, {**TWINS, **others})
    text = answerer.answer("Formazione del personale: quante ore a testa nel 2026 nei due comuni?").text
    assert "target 2026: 24 ore" in text and "target 2026: 20 ore" in text, text
    assert not any(ente in text for ente in ("Acquaviva", "Roccalta", "Pietrafonda")), text
    # "chi ne fa di più" judges the figures asked before: no person is sought for it
    text = answerer.answer("quante ore di formazione a testa prevedono i due piani? chi ne fa di più?").text
    assert "24 ore" in text and "20 ore" in text and "responsabile" not in text, text


def test_a_value_compared_between_two_plans_keeps_its_kind(tmp_path) -> None:
    # "A vs B" compares the two plans named; a heading-like question that opens with a
    # measure's unit asks its figure; "chi punta a una quota più alta" asks each share
    answerer = answerer_over(tmp_path, TWINS)
    frame = frame_of(answerer, "Ore di formazione per dipendente previste per il 2026: Valprova vs Borgomonte?")
    assert frame.comparison and not frame.polar and "vs" not in frame.terms, frame
    assert frame.answer_type is AnswerType.NUMBER and len(frame.enti) == 2, frame
    frame = frame_of(answerer, "chi punta a una quota più alta di personale formato, Valprova o Borgomonte?")
    assert frame.answer_type is AnswerType.PERCENT, frame
    frame = frame_of(answerer, "chi ha l'obiettivo più ambizioso sulla formazione, Valprova o Borgomonte?")
    assert frame.answer_type is AnswerType.NUMBER, frame
    # (a figure asked of a year is no question of timing: the phases dated that year
    # do not answer it)
    frame = frame_of(answerer, "Ore di formazione per dipendente previste per il 2026: Valprova vs Borgomonte?")
    assert Intent.TIMING not in frame.fields, frame
    # ("va chiuso", "è concluso": the close asked, as "chiudere" is, not a topic word)
    assert frame_of(answerer, "Formazione del personale: per quando va chiuso a Valprova?").terms == {"formazion", "personal"}


PROSE_TRAINING_PLAN = """# Comune di Cortevecchia – PIAO 2026-2028

## 3.3 Formazione del personale

Il piano della formazione è curato dall'Ufficio Personale. Nel 2025 sono state erogate in media 17 ore di
formazione per ciascun dipendente del comune; per il 2026 il valore obiettivo è di 28 ore, con almeno due corsi
della piattaforma regionale per ogni dipendente e un questionario finale di gradimento.
"""


def test_a_figure_stated_for_the_year_a_few_words_on_is_shown(tmp_path) -> None:
    # "per il 2026 il valore obiettivo è di 28 ore": the figure of the year asked closes
    # its clause; a comparison's short quote shows it, not the sentence's opening
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": TWINS["valprova_piao-2026-2028.md"],
                                        "cortevecchia_piao-2026-2028.md": PROSE_TRAINING_PLAN})
    text = answerer.answer("Ore di formazione per dipendente nel 2026: Valprova vs Cortevecchia?").text
    assert "28 ore" in text and "target 2026: 24 ore" in text, text


def _many_objectives_plan() -> str:
    topics = ["strade", "verde pubblico", "biblioteca", "mensa", "tributi", "anagrafe", "cimiteri", "sport",
              "protezione civile", "turismo", "commercio", "scuole", "trasporti", "rifiuti"]
    blocks = [f"### Obiettivo {i} – Performance del servizio {t}\n\n**Responsabile:** Area Amministrativa\n\n"
              f"**Finalità:** migliorare la performance organizzativa del servizio {t} nel piano della performance "
              f"dell'ente, con indicatori di performance annuali.\n\n"
              f"**Dipendenti coinvolti:** {'LODI Chiara (C1), ' if i in (4, 11) else ''}ROSSI Marco (B3)\n"
              for i, t in enumerate(topics, 1)]
    return "# Comune di Valprova – PIAO 2026-2028\n\n## Obiettivi di performance\n\n" + "\n".join(blocks)


def test_a_person_named_in_a_long_question_is_found_by_name(tmp_path) -> None:
    # the other words of a long question outweigh a name in retrieval: the plan that
    # names the person is found by the name alone, and every objective naming them listed
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": _many_objectives_plan()})
    question = "In quali obiettivi del piano della performance di Valprova lavora Chiara Lodi?"
    text = answerer.answer(question).text
    assert "mensa" in text and "commercio" in text and "strade" not in text, text
    # (the step itself, when none of the passages retrieved for the question names her)
    line = answerer._person_objectives(frame_of(answerer, question), [])
    assert line is not None and [st.text for st in line.statements] == [
        "4 «Performance del servizio mensa»", "11 «Performance del servizio commercio»"], line


def test_a_name_spelt_with_digits_is_found_in_each_plan_named(tmp_path) -> None:
    # "K2R" is a name (a company), a rare key that finds the one passage of each plan
    # stating it; "compare" is how the asker refers to the text, no topic; the names of
    # the plans do not steer the search inside them
    valprova = _many_objectives_plan().replace(
        "servizio cimiteri nel piano", "servizio cimiteri (luci votive con il gestore K2R) nel piano")
    borgomonte = TWINS["borgomonte_piao-2026-2028.md"] + (
        "\n### Obiettivo 2 – Illuminazione pubblica\n\n**Fasi:** sostituzione dei corpi illuminanti a cura di K2R "
        "(2026)\n")
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": valprova, "borgomonte_piao-2026-2028.md": borgomonte})
    question = "K2R compare sia nel piano di Valprova sia in quello di Borgomonte: per cosa, in ciascuno?"
    text = answerer.answer(question).text
    assert "luci votive" in text and "corpi illuminanti" in text, text
    frame = frame_of(answerer, question)
    assert frame.terms == {"k2r"}, frame.terms
    # (the step itself: retrieval that missed the passages still gives them to the answer)
    found = answerer.retriever.retrieve(frame.query, answerer.top_k, None)
    elsewhere = RetrievalResult([h for h in found.hits if "K2R" not in h.chunk.text], found.enti_detected)
    gathered = answerer.gather.with_conjunctive(frame, elsewhere, None)
    assert sum("K2R" in h.chunk.text for h in gathered.hits[:5]) == 2, gathered.hits


DESCRIBED_ROW_PLAN = (
    "Comune di Valprova – PIAO 2026-2028\n\nTabella 1 – Obiettivi operativi 2026\n"
    "Cod.\tObiettivo operativo\tSettore\tResponsabile\tIndicatore\tTarget 2026\tScadenza\n"
    "OP-01\t**Sportello anagrafico on line** Nel 2025 solo il 30% dei certificati è stato emesso on line. "
    "Risultato atteso: certificati scaricabili dal portale e appuntamenti prenotabili entro 15 giorni.\t"
    "Settore 1 – Affari generali\tResp. Settore 1\tcertificati on line sul totale\t65%\t30/06/2026\n"
)


def test_each_part_asked_of_one_row_is_answered(tmp_path) -> None:
    # "OP-01: che risultato si vuole … e chi ne risponde?": "che risultato si vuole" asks
    # the expected value, as "ci si aspetta" does; one row answers both parts, and the
    # answer shows what each asks, not only the office the second asks for
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.txt": DESCRIBED_ROW_PLAN})
    text = answerer.answer("OP-01: che risultato si vuole per gli appuntamenti e chi ne risponde?").text
    assert "certificati scaricabili" in text and "Settore 1" in text, text


SERVICE_ROWS_PLAN = """# Comune di Valprova – PIAO 2026-2028

## 3.1 Struttura organizzativa

| Settore | Titolare di E.Q. | Servizi assegnati | N. addetti |
|---|---|---|---|
| Settore 3 – Lavori pubblici e ambiente | ing. Andrea Rota | Lavori pubblici e squadra operai | 6 |
| Settore 3 – Lavori pubblici e ambiente | ing. Andrea Rota | Ambiente e rifiuti | 1 |
| Settore 3 – Lavori pubblici e ambiente | ing. Andrea Rota | Protezione civile | 2 |
| Settore 4 – Polizia Locale | comm. Luca Bono | Polizia stradale | 3 |
"""


def test_an_office_counted_service_by_service_has_their_sum(tmp_path) -> None:
    # a chart that counts each service of one office on its own row: the office's staff
    # is their sum, stated first, each service's count after it
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": SERVICE_ROWS_PLAN})
    text = answerer.answer("Quanti addetti ha in tutto il Settore 3 di Valprova?").text
    assert "conta 9 " in text and text.index("conta 9 ") < text.index("conta 6 "), text


POLICE_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1 – Controlli della velocità lungo la provinciale

**Responsabile:** Area Polizia Locale

**Indicatore:** controlli effettuati (target 2026: 120)

### Obiettivo 2 – Presidio degli ingressi delle scuole

**Responsabile:** Area Polizia Locale

**Indicatore:** giorni di presidio (target 2026: 180)

### Obiettivo 3 – Nuovo sito istituzionale

**Responsabile:** Area Amministrativa

**Indicatore:** servizi on line (target 2026: 20)
"""


def test_an_office_named_colloquially_has_its_objectives_counted(tmp_path) -> None:
    # "i vigili" are the Polizia Locale plans name: the office whose objectives are counted
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": POLICE_PLAN})
    text = answerer.answer("Quanti obiettivi operativi hanno i vigili a Valprova?").text
    assert "Area Polizia Locale: 2 obiettivi" in text, text


ROLE_HEADED_PLAN = """# Comune di Valprova – PIAO 2026-2028

## 3.1 Struttura organizzativa

| Ufficio | Responsabile |
|---|---|
| Ufficio Ragioneria ed Economato | rag. Monica Ferraris |
| Polizia Municipale (servizio associato) | Comandante del servizio associato dell'Unione dei comuni |
"""


def test_a_name_asked_is_not_answered_by_a_role(tmp_path) -> None:
    # "come si chiama il comandante": the chart gives a role in place of a name, so the
    # plan does not state the name (and says what it does state); "chi è" takes the role
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ROLE_HEADED_PLAN})
    text = answerer.answer("Come si chiama il comandante della polizia municipale di Valprova?").text
    assert text.startswith("Il piano non indica") and "Comandante del servizio associato" in text, text
    text = answerer.answer("Chi è il comandante della polizia municipale di Valprova?").text
    assert not text.startswith("Il piano non indica") and "Comandante del servizio associato" in text, text
    assert "Monica Ferraris" in answerer.answer("Come si chiama il responsabile della ragioneria di Valprova?").text


def test_a_word_questions_use_for_a_field_is_that_field(answerer) -> None:
    # "i passaggi" of an objective are its phases: not a thing the plan must name
    frame = frame_of(answerer, "quali sono i passaggi, con le scadenze, per approvare il bilancio di previsione?")
    assert Field.FASI in frame.named_fields and frame.asked_noun == "", frame
    # a thing asked for is still one
    assert frame_of(answerer, "quante biciclette acquista il comune?").asked_noun == "biciclett"
    # "che vantaggio ci si aspetta": the expected value, whatever noun asks it
    frame = frame_of(answerer, "perché si rifà il campo da calcio e che vantaggio ci si aspetta?")
    assert Field.VALORE_ATTESO in frame.named_fields and "vantagg" not in frame.terms, frame


def test_a_relation_of_hierarchy_is_no_topic(tmp_path) -> None:
    # "il settore da cui dipende la biblioteca": the org chart's row that lists the
    # service gives the office; "dipende" is the link asked, not a word to find
    answerer = answerer_over(tmp_path, TWINS)
    text = answerer.answer("Chi è il capo del settore da cui dipende la biblioteca di Valprova?").text
    assert "Elio Sarti" in text, text


ROW_DEADLINE_PLAN = """# Comune di Valprova – PIAO 2026-2028

## Obiettivi operativi

| Cod. | Obiettivo operativo | Responsabile | Indicatore | Scadenza | Peso |
|---|---|---|---|---|---|
| OO.1 | Raccolta differenziata porta a porta nelle frazioni di collina | Area Tecnica | percentuale di differenziata sul totale dei rifiuti raccolti | 31/12/2026 | 10 |
| OO.2 | Apertura serale della biblioteca civica nei mesi invernali | Area Cultura | serate di apertura effettuate nell'anno | 30/06/2027 | 5 |
"""

LABELLED_DEADLINE_PLAN = """# Comune di Borgomonte – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 1.2 – Tariffa puntuale dei rifiuti e raccolta differenziata

**Struttura competente:** Area Tecnica – Ufficio Ambiente

**Risultato atteso:** contenitori con lettore per il secco residuo e meno rifiuti indifferenziati.

**Entro il:** 31 dicembre 2027
"""


def test_a_short_field_the_wording_asks_for_is_each_plans_answer(tmp_path) -> None:
    # "lo deve chiudere prima": the deadline, a short table cell ("Scadenza: 31/12/2026"),
    # is what is asked of each plan, though a description is expected to be longer
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": ROW_DEADLINE_PLAN,
                                        "borgomonte_piao-2026-2028.md": LABELLED_DEADLINE_PLAN})
    text = answerer.answer("Obiettivo rifiuti: quale comune lo deve chiudere prima?").text
    assert "31/12/2026" in text and "31 dicembre 2027" in text, text



PASSIVE_CHARGE_PLAN = """Comune di Valmora Superiore - PIAO 2026-2028

2.2 PERFORMANCE

OBIETTIVO N. 4 – PANCHINE E ARREDI DEI PARCHI

Descrizione sintetica: Sostituzione delle panchine rotte nei parchi del capoluogo. L'intervento è seguito dall'Ufficio Manutenzioni, che cura anche il censimento degli arredi.
KPI: panchine sostituite
Valore obiettivo 2026: 40
Termine: 31/10/2027
Peso: 6
Referente politico: Assessore ai lavori pubblici

OBIETTIVO N. 5 – SPORTELLO UNICO DIGITALE

Descrizione sintetica: Apertura dello sportello on line per i certificati anagrafici.
Unità organizzativa: Servizi Demografici
KPI: certificati rilasciati on line
Valore obiettivo 2026: 500
Termine: 30/06/2026
Peso: 5

3.1 STRUTTURA ORGANIZZATIVA

  SETTORE I – AFFARI GENERALI (Resp. dott.ssa Carla Visconti) – totale 4 unità
    └ Servizi Demografici (3 unità)
  SETTORE II – LAVORI PUBBLICI (Resp. arch. Paolo Neri) – totale 2 unità
    └ Ufficio Manutenzioni (2 unità)
"""


def test_the_party_a_passive_names_is_in_charge_and_leads_to_its_head(tmp_path) -> None:
    # "è seguito dall'Ufficio X": the agent of a verb of charge is the party in charge,
    # and the org chart gives the head of the office it belongs to
    answerer = answerer_over(tmp_path, {"valmora-superiore_piao-2026-2028.txt": PASSIVE_CHARGE_PLAN})
    text = answerer.answer("Di chi è la competenza per la sostituzione delle panchine nei parchi?").text
    assert "Ufficio Manutenzioni" in text and "Paolo Neri" in text, text


DOTTED_DAY = """# Comune di Borgoleto – PIAO 2026-2028

## 2.1 Valore pubblico

Per le linee strategiche e per il dettaglio delle missioni e dei programmi operativi del Comune di
Borgoleto si rinvia al regolamento per la partecipazione civica, approvato con deliberazione di
consiglio comunale n. 17 in data 14.05.2026.

Gli obiettivi di valore pubblico sono descritti nelle schede che seguono.
"""


def test_a_day_written_with_dots_is_a_day(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"borgoleto_piao-2026-2028.md": DOTTED_DAY})
    ans = answerer.answer("In che data è stato approvato il regolamento per la partecipazione civica di Borgoleto?")
    assert "14.05.2026" in ans.text and "non indica" not in ans.text


PROSE_SCHOOL = """# Comune di Valprova – PIAO 2026-2028

## 2.2 Obiettivi operativi

### Obiettivo operativo 2.4 – Messa in sicurezza, adeguamento sismico e riqualificazione energetica della scuola primaria di Borgo San Vito

La verifica strutturale conclusa nel 2025 ha assegnato all'edificio della scuola primaria di Borgo San Vito un indice di rischio pari a 0,38; gli alunni sono stati trasferiti nella sede del capoluogo.

Cura l'intervento il Settore Tecnico. L'affidamento dei lavori è previsto entro maggio 2026; il cantiere dovrà chiudersi entro il 30 settembre 2027.

Nel 2025 la mensa ha servito 140 pasti al giorno. Il risultato atteso è servire 180 pasti al giorno nella nuova mensa.
"""


def test_the_plans_commitment_is_not_read_in_a_sentence_about_the_past(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PROSE_SCHOOL})
    # "entro quando deve concludersi": the deadline the plan sets, in a sentence under
    # the objective's heading (which the breadcrumb shortens before the school's name),
    # not the year of the survey that tells why the works are needed
    text = answerer.answer("Entro quando devono concludersi i lavori alla scuola primaria di Borgo San Vito?").text
    assert "30 settembre 2027" in text.split("[2]")[0] and "non indica" not in text
    text = answerer.answer("Quanti pasti al giorno deve servire la mensa della scuola di Borgo San Vito?").text
    assert "180" in text.split("[2]")[0]


BARE_NUMBERS = """# Comune di Valprova – PIAO 2026-2028

## 2.2 Obiettivi operativi

| N. | Obiettivo operativo | Settore | Peso |
|---|---|---|---|
| 1 | Nuovo regolamento degli impianti sportivi | 04 – Cultura e Sport | 10 |
| 2 | Stagione teatrale nelle frazioni | 04 – Cultura e Sport | 8 |
| 3 | Riordino dei loculi cimiteriali | 05 – LL.PP. e Cimiteri | 12 |

## 3.1 Struttura organizzativa

| Settore | Responsabile | Dipendenti |
|---|---|---|
| Settore 04 – Cultura, Biblioteca e Sport | dott.ssa Ornella Brugnaro | 4 |
| Settore 05 – Lavori pubblici, Patrimonio e Cimiteri | ing. Silvano Rampin | 7 |
"""


def test_an_office_written_by_its_number_alone_is_the_charts_office_of_that_number(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": BARE_NUMBERS})
    listed = answerer.answer("Quali obiettivi ha il settore 4?").text
    assert "regolamento degli impianti sportivi" in listed and "Stagione teatrale" in listed
    assert "loculi" not in listed
    # the objective table's short name leads to the chart's entry of the same number
    head = answerer.answer("Chi è il responsabile del settore a cui è assegnato l'obiettivo n. 3?").text
    assert "Rampin" in head


PLACEHOLDER_CARD = """# Comune di Valprova – PIAO 2026-2028

## 2.2 Schede degli obiettivi

### Scheda obiettivo n. 4

| Campo | Contenuto |
|---|---|
| Codice obiettivo | VP-04 |
| Denominazione | Riduzione dei tempi di rilascio dei permessi di sosta |
| Struttura responsabile | Settore Polizia Locale |
| Personale coinvolto | — |
| Target 2026 | 10 giorni |

## 3.3 Formazione

Nel 2025 sono state erogate in media 18 ore di formazione per dipendente; per il 2026 il valore obiettivo è di 26 ore.

Entro il 2027 saranno attivati 4 corsi di formazione in aula per il personale.
"""


def test_a_placeholder_cell_is_no_value_and_a_stated_target_is_one(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": PLACEHOLDER_CARD})
    # "Personale coinvolto | —": the card leaves the staff unsaid
    text = answerer.answer("Quali dipendenti lavorano all'obiettivo sui permessi di sosta?").text
    assert "non indica" in text and "—" not in text
    # a sentence that tells the past and then names the target value commits to it
    assert "26 ore" in answerer.answer("Quante ore di formazione a testa sono previste?").text


def test_a_fact_as_it_stands_is_read_in_a_sentence_that_tells_the_past_too(tmp_path) -> None:
    # "quanti volontari ha il gruppo": no commitment is asked; the sentence that states
    # the figure after a past act ("è stato approvato…; il gruppo conta 31 volontari") answers
    plan = PROSE_SCHOOL + ("\n## 3.4 Protezione civile\n\nIl piano comunale è stato approvato nel 2021; "
                           "il gruppo comunale conta 31 volontari.\n\nEntro il 2027 si svolgeranno 2 esercitazioni "
                           "del gruppo comunale con tutti i volontari.\n")
    answerer = answerer_over(tmp_path, {"valprova_piao-2026-2028.md": plan})
    assert "31 volontari" in answerer.answer("Quanti volontari ha il gruppo comunale di protezione civile?").text
