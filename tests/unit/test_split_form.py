"""Parts of a question: a request about the answer's form joins the part before it;
words like "successive" point back; heads of offices as parties of an action."""

from assistant.answering.intent import Intent, classify
from assistant.answering.split import parts, refers_back


def test_a_part_that_only_asks_for_the_whole_list_is_not_a_question_of_its_own() -> None:
    for tail in ("mi serve l'elenco completo", "tutte per favore", "voglio la lista intera, grazie"):
        asked = parts(f"Quali servizi offre lo sportello Facile? {tail}")
        assert len(asked) == 1 and "sportello Facile" in asked[0], asked
    # a later part with a topic of its own stays a question
    assert len(parts("Quali servizi offre lo sportello Facile? E chi è il responsabile dell'ufficio tributi?")) == 2


def test_relative_words_point_back_to_the_earlier_part() -> None:
    assert refers_back("e quali sono le scadenze successive fino al voto del consiglio?")
    assert refers_back("quali altri obiettivi operativi ci sono sotto lo stesso strategico?")
    assert not refers_back("e quali sono le scadenze del bando per le borse di studio comunali?")


def test_heads_of_offices_as_the_parties_of_an_action_are_not_asked_for() -> None:
    assert not classify("entro quando va inviato il bilancio tecnico ai responsabili di servizio?").has(
        Intent.RESPONSIBLE)
    assert classify("chi sono i responsabili del bilancio?").has(Intent.RESPONSIBLE)
    assert classify("qual è il nome del responsabile del bilancio?").has(Intent.RESPONSIBLE)
