"""Which of two things comes first, on an invented plan: each one's date is stated and
cited (the question names two objectives; the words of one must not hide the other)."""

from __future__ import annotations

from assistant.answering import split
from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI CASTELLO DI BRIANZOLA
PIAO 2026-2028

Obiettivi operativi

Obiettivo 1 – Nuovo regolamento per l'uso delle sale civiche
Settore: Area Affari Generali
Fasi: bozza del regolamento entro il 31/03/2026; approvazione in Consiglio comunale entro il 30/09/2026.

Obiettivo 2 – Piano di eliminazione delle barriere architettoniche (PEBA)
Settore: Area Tecnica
Fasi: rilievo dei percorsi entro il 30/06/2026; adozione del PEBA in Consiglio comunale entro il 31/03/2027.

Obiettivo 3 – Rassegna estiva di cinema all'aperto
Settore: Area Cultura
Fasi: programma delle serate entro il 31/05/2026; proiezioni da luglio ad agosto 2026.
"""


def test_a_choice_in_time_between_two_things_asks_each_ones_date() -> None:
    assert split.parts("Viene prima l'approvazione del regolamento delle sale o l'adozione del PEBA?") == [
        "Quando è prevista l'approvazione del regolamento delle sale?", "Quando è prevista l'adozione del PEBA?"]
    # (a choice that is not about time stays one question)
    assert len(split.parts("Pesa di più l'obiettivo del PEBA o quello del cinema?")) == 1


def test_which_comes_first_states_both_dates(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"castello-di-brianzola_piao-2026-2028.txt": PLAN})
    text = answerer.answer("Arriva prima l'approvazione del regolamento delle sale civiche o l'adozione del PEBA?").text
    assert "30/09/2026" in text and "31/03/2027" in text, text


WEIGHTS = """COMUNE DI CASTELLO DI BRIANZOLA
PIAO 2026-2028

Obiettivi operativi

N.\tObiettivo operativo\tSettore\tPeso
1\tRecupero dell'evasione della tassa sui rifiuti\tArea Finanziaria\t12
2\tBorse lavoro per giovani disoccupati\tArea Servizi sociali\t9
3\tManutenzione delle strade bianche\tArea Tecnica\t8
"""


def test_which_of_two_weighs_more_asked_without_an_asking_word(tmp_path) -> None:
    # "pesa di più X o Y?" has no asking word but asks which: no yes/no question whose
    # rarest word one of the two objectives lacks
    answerer = answerer_over(tmp_path, {"castello-di-brianzola_piao-2026-2028.txt": WEIGHTS})
    text = answerer.answer("nel piano di Castello di Brianzola pesa di più l'obiettivo sul recupero dell'evasione "
                           "o quello delle borse lavoro per giovani?").text
    assert "12" in text and "9" in text and "non indica" not in text, text


def test_a_comparison_between_two_things_asks_each_the_same() -> None:
    assert split.between_two("Tra la biblioteca e i permessi di costruire quale ha il target 2026 più alto?") == [
        "la biblioteca: quale ha il target 2026?", "i permessi di costruire: quale ha il target 2026?"]
    # (a span of time is no pair of things)
    assert split.between_two("Tra il 2025 e il 2026 quali obiettivi cambiano?") == []


def test_a_comparison_between_two_objectives_states_each_ones_value(tmp_path) -> None:
    from tests.integration.test_transposed_tables import PLAN as SIDE_BY_SIDE

    answerer = answerer_over(tmp_path, {"roccaviva_piao-2026-2028.md": SIDE_BY_SIDE})
    text = answerer.answer("Tra la biblioteca del sabato e i permessi di costruire quale ha il target 2026 più ambizioso?").text
    assert "36 ore" in text and "60 giorni" in text, text


def test_a_choice_between_the_same_thing_of_two_asks_it_of_each(tmp_path) -> None:
    # "il target di A o quello di B": the noun is asked of each; the comparative is left
    # to the reader of both answers
    assert split.parts("Per il 2026 è più alto il target della biblioteca o quello dei permessi di costruire?") == [
        "Per il 2026 qual è il target della biblioteca?", "Per il 2026 qual è il target dei permessi di costruire?"]
    from tests.integration.test_transposed_tables import PLAN as SIDE_BY_SIDE

    answerer = answerer_over(tmp_path, {"roccaviva_piao-2026-2028.md": SIDE_BY_SIDE})
    text = answerer.answer("Per il 2026 è più ambizioso il target della biblioteca del sabato o quello dei permessi "
                           "di costruire?").text
    assert "36 ore" in text and "60 giorni" in text, text
