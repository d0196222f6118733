"""Which figure of a sentence answers: the one said of the year asked, or the one whose
clause states the question's topic (steps of composition, on invented sentences)."""

from __future__ import annotations

import re

from assistant.answering.compose import topical_value, value_after
from assistant.answering.frame import AnswerType
from assistant.answering.pipeline import _year_value
from assistant.answering.select import TYPE_PATTERNS


def test_the_value_said_after_the_year_asked_is_its_figure() -> None:
    text = "Il Piano della formazione 2026 prevede almeno 24 ore per ciascun dipendente, di cui 8 ore sul digitale."
    # (the year's pattern reaches into the value after it: "2026 prevede almeno 2")
    found = value_after(text, _year_value(("2026",)), TYPE_PATTERNS[AnswerType.NUMBER])
    assert found is not None and found.pattern == "24", found
    text = "Nel 2025 la spesa è stata di € 3.900,00; per il 2026 l'obiettivo è un budget di € 5.200,00."
    found = value_after(text, _year_value(("2026",)), TYPE_PATTERNS[AnswerType.AMOUNT])
    assert found is not None and found.search(text).group() == "€ 5.200,00", found


def test_the_figure_whose_clause_states_the_topic_answers() -> None:
    text = ("I dati di partenza sono i seguenti: il 44% delle istanze è presentato on line; la raccolta "
            "differenziata ha raggiunto il 63,7%; il tempo medio di pagamento è di 38 giorni.")
    weights = {"raccolt": 2.0, "differenziat": 3.0}
    found = topical_value(text, TYPE_PATTERNS[AnswerType.PERCENT],
                          lambda clause: sum(w for t, w in weights.items() if t in clause))
    assert found is not None and text.index("63,7%") <= found.search(text).start() < text.index("; il tempo"), found
    # (the first figure's clause says as much: no other is chosen)
    assert topical_value(text, TYPE_PATTERNS[AnswerType.PERCENT], lambda clause: 0.0) is None
