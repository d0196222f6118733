"""Two questions in one sentence are told apart; one question joining two things is not."""

from __future__ import annotations

import pytest

from assistant.answering.split import parts, refers_back


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Chi è responsabile dell'area che gestisce il trasporto scolastico, e quanto pagano le famiglie?",
            ["Chi è responsabile dell'area che gestisce il trasporto scolastico?", "e quanto pagano le famiglie?"],
        ),
        (
            "A chi è affidata l'assistenza domiciliare e chi è il responsabile del servizio?",
            ["A chi è affidata l'assistenza domiciliare?", "e chi è il responsabile del servizio?"],
        ),
        ("Qual è il target? E chi lo misura?", ["Qual è il target?", "E chi lo misura?"]),
        # a count asked with no subject is asked of the office the first part names
        (
            "Chi guida la struttura che pulisce i fossi e quanti dipendenti ha?",
            ["Chi guida la struttura che pulisce i fossi?", "e quanti dipendenti ha la struttura?"],
        ),
        (
            "chi è a capo dell'area che segue il verde e quante persone ci lavorano?",
            ["chi è a capo dell'area che segue il verde?", "e quante persone ci lavorano nell'area?"],
        ),
        (
            "chi segue il verde pubblico e quanti dipendenti ha?",
            ["chi segue il verde pubblico?", "e quanti dipendenti ha?"],
        ),
        # a subject put before a colon is the subject of every part
        (
            "Sportello sociale: chi lo coordina e quante ore è aperto nel 2026?",
            ["Sportello sociale: chi lo coordina?", "Sportello sociale: quante ore è aperto nel 2026?"],
        ),
        # "che" opening a part asks ("che target …"), as "quale" would
        (
            "Che target ha la raccolta differenziata e quanto era nel 2024?",
            ["Che target ha la raccolta differenziata?", "e quanto era nel 2024?"],
        ),
        # (so does "che" right after the subject put before a colon)
        (
            "OP-01: che risultato si vuole e chi ne risponde?",
            ["OP-01: che risultato si vuole?", "OP-01: chi ne risponde?"],
        ),
        # a first part asking only a quantity of a noun shares the second's predicate
        (
            "Piscina: quanti ingressi e quante ore di corso prevedono Valdora e Prato Alto?",
            ["Piscina: quanti ingressi prevedono Valdora e Prato Alto?",
             "Piscina: quante ore di corso prevedono Valdora e Prato Alto?"],
        ),
        (
            "quante ore di apertura e quanti prestiti prevede la biblioteca di Valdora?",
            ["quante ore di apertura prevede la biblioteca di Valdora?",
             "e quanti prestiti prevede la biblioteca di Valdora?"],
        ),
    ],
)
def test_a_second_interrogative_after_e_opens_a_second_question(question: str, expected: list[str]) -> None:
    assert parts(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Chi è il responsabile della biblioteca e del museo?",  # one ask, two things
        "Quali fasi e quali indicatori?",  # parts too short to stand alone
        "Chi e quando ha approvato il piano?",
        "Quanti moduli sono previsti nel bilancio sano",
        # a later part that only judges the degree of what the first asks
        "quante ore di formazione a testa prevedono i due piani? chi ne fa di più?",
        "Che target hanno i due comuni sui rifiuti, e quale è più alto?",
    ],
)
def test_one_question_stays_whole(question: str) -> None:
    assert parts(question) == [question]


@pytest.mark.parametrize(
    ("part", "leans"),
    [
        ("e chi è il responsabile del servizio che ha in carico la protezione civile?", False),
        ("e quale società gestisce il servizio di raccolta dei rifiuti urbani?", False),
        ("e chi è il responsabile del servizio comunale competente?", True),  # "competente" points back
        ("e chi ne è il titolare nel piano del comune?", True),
        ("e fino a quando?", True),  # too short to be a question of its own
    ],
)
def test_a_later_part_leans_on_the_earlier_when_short_or_pointing_back(part: str, leans: bool) -> None:
    assert refers_back(part) is leans


@pytest.mark.parametrize(
    "question",
    ["Per cosa può aiutarmi lo sportello digitale? mi fai l'elenco dei servizi",
     "Per chi c'è fabbisogno di alloggi secondo il piano? elencami le categorie"],
)
def test_a_part_asking_only_for_a_list_asks_the_part_before_it_as_a_list(question: str) -> None:
    # one question; the request's words name the items' kind, not a topic
    (only,) = parts(question)
    assert only.endswith(": elenco?") and "categorie" not in only and "servizi?" not in only


def test_a_relative_che_does_not_make_a_part_a_question() -> None:
    question = "L'ufficio che segue le iscrizioni e quello che segue i pagamenti"
    assert parts(question) == [question]


def test_a_field_asked_of_the_objectives_the_first_part_asks_for_is_one_question() -> None:
    question = "Quali obiettivi sono a rischio alto e chi ne sono i responsabili?"
    assert parts(question) == [question]
    # (a later part about someone else the first part names stays a question of its own)
    assert len(parts("Rossi Anna in che obiettivi è coinvolta e chi è il suo titolare di settore?")) == 2


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "chi è il referente politico e chi quello tecnico del progetto sulle piste ciclabili?",
            ["chi è il referente politico del progetto sulle piste ciclabili?",
             "e chi è il referente tecnico del progetto sulle piste ciclabili?"],
        ),
        (
            "quale è il valore di partenza e quale quello atteso dell'indicatore sulle pratiche?",
            ["quale è il valore di partenza dell'indicatore sulle pratiche?",
             "e quale è il valore atteso dell'indicatore sulle pratiche?"],
        ),
    ],
)
def test_an_elliptic_second_part_shares_its_complement_with_the_first(question: str, expected: list[str]) -> None:
    # "quello" stands for the first part's noun; the complement at the end is both parts'
    assert parts(question) == expected


def test_a_first_part_with_a_complement_of_its_own_keeps_it() -> None:
    assert parts("chi è il responsabile del settore tributi e chi quello tecnico del settore lavori?") == [
        "chi è il responsabile del settore tributi?", "e chi quello tecnico del settore lavori?"]
