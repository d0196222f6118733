"""A labelled line that opens with a heading keyword ("Settore: Area Servizi alla
Persona") is a field line, not a numbered heading: a word ending in "i" is no Roman
numeral. On an invented plain-text plan, it stays in its objective's passage."""

from __future__ import annotations

from tests.integration.test_answering_steps import answerer_over

PLAN = """COMUNE DI MONTEGRANA
PIAO 2026-2028

Obiettivi operativi

Obiettivo 8 – Gestire la biblioteca comunale e le attività culturali
Settore: Area Servizi alla Persona
Finalità: Garantire l'apertura della biblioteca e le iniziative culturali.
Indicatore: ore di apertura settimanali (target 2026: 36)

Obiettivo 9 – Sportello unico per i servizi scolastici
Settore: Area Servizi alla Persona
Finalità: Un solo sportello per iscrizioni a mensa, trasporto e pre-scuola.
Indicatore: domande presentate online (target 2026: 80%)
"""


def test_a_settore_line_with_a_word_ending_in_i_is_no_heading(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"montegrana_piao-2026-2028.txt": PLAN})
    catalog = answerer.retriever.catalog
    chunks = [c for d in catalog.document_ids() for c in catalog.chunks_of(d)]
    objective = next(c for c in chunks if "biblioteca comunale" in c.text)
    assert objective.breadcrumb[-1].startswith("Obiettivo 8"), objective.breadcrumb
    assert not any(crumb.startswith("Settore") for c in chunks for crumb in c.breadcrumb), objective.breadcrumb
    assert "Settore: Area Servizi alla Persona" in objective.body


def test_a_keyword_that_is_the_lines_label_opens_no_heading(tmp_path) -> None:
    # ("Settore: Settore 1 – …": the keyword is the field's label, its colon right after it)
    plan = PLAN.replace("Settore: Area Servizi alla Persona", "Settore: Settore 3 – Servizi alla Persona")
    answerer = answerer_over(tmp_path, {"montegrana_piao-2026-2028.txt": plan})
    catalog = answerer.retriever.catalog
    crumbs = [crumb for d in catalog.document_ids() for c in catalog.chunks_of(d) for crumb in c.breadcrumb]
    assert not any(crumb.startswith("Settore") for crumb in crumbs), crumbs

