"""A person the question names after a political role ("l'assessore Rossi"): the role
names whom the question is about, not the political referent asked for. Invented plan."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI VALDORSA
PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028

1.1 ORGANI DI GOVERNO

La Giunta comunale è composta dal Sindaco Paolo Merlini, che trattiene le deleghe al bilancio e al personale, e da tre assessori: Giulia Tarantola, Vicesindaco, con delega ai lavori pubblici e all'urbanistica; Renzo Bellomi, assessore alle politiche sociali e alla pubblica istruzione; Ada Crespani, assessora alla polizia locale, alla viabilità e all'innovazione tecnologica.

2.2 PERFORMANCE

OBIETTIVO N. 1 – ASSISTENZA DOMICILIARE AGLI ANZIANI
Settore: III – Servizi alla persona
Referente politico: Ass. Renzo Bellomi
Descrizione sintetica: Più ore di assistenza a domicilio per gli anziani soli.
Peso %: 8

OBIETTIVO N. 2 – ISCRIZIONI ON LINE ALLA MENSA
Settore: III – Servizi alla persona
Referente politico: Ass. Renzo Bellomi
Descrizione sintetica: Iscrizioni e pagamenti della mensa scolastica solo on line.
Peso %: 6

OBIETTIVO N. 3 – NUOVO PIANO DEL TRAFFICO
Settore: IV – Polizia locale
Referente politico: Ass.ra Ada Crespani
Descrizione sintetica: Zone 30 davanti alle scuole e nuovi attraversamenti pedonali.
Peso %: 7
"""


def test_a_role_before_a_name_names_the_person_asked_about() -> None:
    from assistant.answering.intent import Intent, classify

    assert Intent.POLITICAL not in classify("Che deleghe ha l'assessora Crespani?").intents
    # (the referent asked for: the role without a name, or "chi")
    assert Intent.POLITICAL in classify("Chi è l'assessore che segue il traffico?").intents
    assert Intent.POLITICAL in classify("qual è il referente politico dell'obiettivo sulla mensa?").intents


def test_the_objectives_an_assessore_named_is_the_referent_of(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.txt": PLAN})
    text = answerer.answer("Su quali obiettivi ha la delega l'assessore Bellomi?").text
    assert "ASSISTENZA DOMICILIARE" in text and "MENSA" in text and "TRAFFICO" not in text, text


def test_a_misspelt_asking_word_asks_as_the_word(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.txt": PLAN})
    # "assesori" is in no passage and one edit from "assessori": the referents are asked
    text = answerer.answer("Chi sono gli assesori di riferimento del nuovo piano del traffico?").text
    assert "Crespani" in text and "non indica" not in text, text


ROLES_ONLY = """COMUNE DI PIEVE ALBIGNOLA
PIAO 2026-2028

Obiettivi operativi

Obiettivo 3.1.2 – Sport per tutti: nuovo campo da calcio e spogliatoi per lo sport di squadra
Responsabile: Responsabile Area Lavori Pubblici
Responsabile politico: Assessore ai Lavori Pubblici
Descrizione: realizzazione del campo e degli spogliatoi per le società sportive del paese.

Obiettivo 3.1.4 – Promozione dell'offerta di corsi per giovani e anziani
Responsabile: Responsabile Area Educativa e Tempo libero
Responsabile politico: Assessore allo Sport
Descrizione: corsi sportivi gratuiti nelle palestre scolastiche e ginnastica dolce per gli anziani.
"""


def test_a_name_asked_of_a_role_the_plan_gives_without_one_is_not_stated(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"pieve-albignola_piao-2026-2028.txt": ROLES_ONLY})
    text = answerer.answer("Come si chiama l'assessore allo sport?").text
    assert "non indica un nominativo" in text, text
    # (the referent whose role states the remit asked is the one asked about)
    text = answerer.answer("Chi è il referente politico dello sport?").text
    assert "Assessore allo Sport" in text and "Lavori Pubblici" not in text, text


def test_whether_an_office_is_in_charge_is_answered_by_the_office_in_charge(tmp_path) -> None:
    from assistant.answering.intent import Intent, classify

    assert Intent.RESPONSIBLE in classify("Il campo da calcio è un obiettivo dell'Area Educativa?").intents
    assert Intent.RESPONSIBLE not in classify("Il campo da calcio è stato finanziato dalla Regione?").intents
    answerer = answerer_over(tmp_path, {"pieve-albignola_piao-2026-2028.txt": ROLES_ONLY})
    text = answerer.answer("Il nuovo campo da calcio e gli spogliatoi sono un obiettivo dell'Area Educativa?").text
    assert "Area Lavori Pubblici" in text, text


def test_a_name_one_edit_from_an_asking_word_is_a_place_not_a_typo(tmp_path) -> None:
    # ("Saronno" is one edit from "saranno": written capitalised past the question's
    # first word, it names a comune no loaded plan belongs to)
    answerer = answerer_over(tmp_path, {"pieve-albignola_piao-2026-2028.txt": ROLES_ONLY})
    answer = answerer.answer("Quali obiettivi ha il Comune di Saronno nel PIAO 2026-2028?")
    assert not answer.found and "Saronno" in answer.text, answer.text
