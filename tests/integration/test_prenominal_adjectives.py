"""A descriptive adjective Italian sets before its noun ("i vecchi atti") describes the
thing named after it: no thing of its own that the plan would omit, nor the thing
counted. A restrictive one ("il nuovo responsabile") picks another thing, which the plan
may lack. Invented plan."""

from __future__ import annotations

from assistant.answering import resolve
from tests.integration.test_answering_steps import answerer_over

PLAN = """# Comune di Valdorsa – PIAO 2026-2028

## Obiettivi operativi

### Obiettivo 3 – Dematerializzazione degli atti di stato civile
- **Settore:** Servizi demografici
- **Finalità:** Gli atti di matrimonio dal 1950 al 1979 sono conservati solo su carta.
- **Indicatore:** atti di matrimonio digitalizzati – target 2026: 1.200

### Obiettivo 4 – Sportello unico per le imprese on line
- **Settore:** SUAP
- **Finalità:** Tutte le pratiche delle attività produttive presentate on line.
"""


def test_an_adjective_before_the_noun_is_neither_a_missing_thing_nor_the_thing_counted(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.md": PLAN})
    frame = answerer.frames.build(resolve(
        "Quanti vecchi atti di matrimonio vanno digitalizzati nel 2026?", [], answerer.retriever))
    assert frame.counted_word == "atti" and frame.absent_thing == "", (frame.counted_word, frame.absent_thing)
    text = answerer.answer("Quanti vecchi atti di matrimonio vanno digitalizzati nel 2026?").text
    assert "1.200" in text and "non indica" not in text, text


def test_an_adjective_after_an_article_is_no_missing_thing(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.md": PLAN})
    frame = answerer.frames.build(resolve("chi segue i vecchi atti di matrimonio?", [], answerer.retriever))
    assert frame.absent_thing == "", frame.absent_thing


def test_a_restrictive_adjective_picks_another_thing_the_plan_may_lack(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.md": PLAN})
    frame = answerer.frames.build(resolve("chi sarà il nuovo responsabile dello sportello per le imprese?", [],
                                          answerer.retriever))
    assert frame.absent_thing == "nuovo", frame.absent_thing
