"""An objective written as one paragraph with labels run into it, as a PDF wraps it at
the margin ("Responsabile: ing. Rossi (Area Tecnica). Il piano … Fase 1 (feb–giu
2026): …; Fase 2 (lug–set 2026):" / "approvazione …"): the label that opens it names
only its head, and each run-in label states its own field (an invented plan)."""

from __future__ import annotations

import pytest

from assistant.answering.candidates import from_chunk, logical_lines
from ingest.structure import parse_block_fields, parse_label, split_lines
from ingest.text import Field
from tests.integration.test_answering_steps import answerer_over

pytestmark = pytest.mark.integration

# (lines wrapped at about 100 characters, as a PDF's text comes out)
PLAN = """COMUNE DI PIEVALDA
PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028

1. AREA STRATEGICA – TERRITORIO E AMBIENTE

1.1 Obiettivo strategico – Cura del territorio

1.1.1 Censimento e messa in sicurezza degli alberi dei parchi
Responsabile: arch. Giulio Ferrandi (Servizio Verde pubblico e Ambiente). Il censimento degli alberi,
fermo al 2015, viene ripreso con schede georeferenziate per ogni esemplare dei parchi e dei viali. Fase
1 (gen–apr 2026): rilievo delle alberature dei parchi urbani e dei viali alberati; Fase 2 (mag–lug 2026):
valutazione della stabilità degli esemplari segnalati dal rilievo; Fase 3 (nov 2026): abbattimenti e
nuove piantumazioni concordati con la consulta dei quartieri. Indicatori: alberi censiti – target 2026:
1.800; nuove piantumazioni – target 2026: 120. Peso 9.

1.1.2 Manutenzione programmata delle strade bianche
Referente: geom. Dario Lanfranchi (Servizio Lavori pubblici). Le strade vicinali delle frazioni ricevono
due passaggi di livellamento l'anno, a primavera e in autunno, con materiale stabilizzato fornito dalla
cava consortile. Nel periodo estivo i cantieri sono sospesi. Tempi: primo passaggio entro il
30/04/2026, secondo entro il 31/10/2026. Indicatore: chilometri di strade trattate – target 2026: 14. Peso 6.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):  # type: ignore[no-untyped-def]
    return answerer_over(tmp_path_factory.mktemp("runin"), {"pievalda_piao-2026-2028.txt": PLAN})


def test_the_label_that_opens_a_paragraph_gives_only_its_name() -> None:
    paragraph = PLAN.split("alberi dei parchi\n")[1]
    lines = split_lines("1.1.1 Censimento degli alberi\n" + paragraph)
    by_line = {lb.line: lb for ln in lines if (lb := parse_label(ln))}
    fields = parse_block_fields(lines, 0, 6, by_line)
    assert fields[Field.RESPONSABILE] == "arch. Giulio Ferrandi (Servizio Verde pubblico e Ambiente)", fields
    # (a title before the name is no sentence's end)
    lines = split_lines("Obiettivo 2 – Strade\nReferente: Geom. Dario Lanfranchi, istruttore tecnico\n"
                        "Assessore di riferimento: Ass. Mara Beltrami\n")
    by_line = {lb.line: lb for ln in lines if (lb := parse_label(ln))}
    fields = parse_block_fields(lines, 0, 2, by_line)
    assert fields[Field.RESPONSABILE] == "Geom. Dario Lanfranchi, istruttore tecnico", fields
    assert fields[Field.RESPONSABILE_POLITICO] == "Ass. Mara Beltrami", fields


def test_a_label_run_in_at_the_margin_goes_on_with_its_value() -> None:
    body = PLAN.split("1.1.1 Censimento e messa in sicurezza degli alberi dei parchi\n")[1].split("\n\n")[0]
    lines = logical_lines(body)
    assert any("Fase 2 (mag–lug 2026): valutazione della stabilità" in ln for ln in lines), lines


def test_each_run_in_label_states_its_field(answerer) -> None:
    chunk = next(c for d in answerer.retriever.catalog.document_ids() for c in answerer.retriever.catalog.chunks_of(d)
                 if "rilievo delle alberature" in c.text)
    said = {(c.field, c.text) for c in from_chunk(chunk)}
    assert (Field.RESPONSABILE, "Responsabile: arch. Giulio Ferrandi (Servizio Verde pubblico e Ambiente).") in said
    phase = "Fase 2 (mag–lug 2026): valutazione della stabilità degli esemplari segnalati dal rilievo;"
    assert (Field.FASI, phase) in said, said


def test_the_phases_of_a_paragraph_answer_with_their_periods(answerer) -> None:
    text = answerer.answer("Quali sono le fasi del censimento degli alberi con i rispettivi periodi?").text
    assert "gen–apr 2026" in text and "mag–lug 2026" in text and "nov 2026" in text, text
    assert "non indica" not in text, text
    # ("con i rispettivi periodi" pairs each phase with its time: no topic a passage must hold)
    from assistant.answering.conversation import resolve

    question = "Elenca le fasi del censimento con i relativi periodi"
    frame = answerer.frames.build(resolve(question, [], answerer.retriever))
    assert not any(t.startswith(("period", "relativ")) for t in frame.terms), frame.terms


def test_who_answers_for_a_paragraph_objective_is_named_without_the_paragraph(answerer) -> None:
    text = answerer.answer("Chi è responsabile del censimento degli alberi dei parchi?").text
    assert "Giulio Ferrandi" in text and "fermo al 2015" not in text, text
