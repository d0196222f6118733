"""A phase timed by a schedule's start and end columns ("Fase | Dal | Al") is answered
with the phase it times, "dal X al Y", and cited on its row. Invented plan."""

from __future__ import annotations

from assistant.answering.candidates import from_chunk
from assistant.answering.compose import phrase, quote_variants
from ingest.models import Chunk, UnitKind
from ingest.text import Field
from tests.integration.test_answering_steps import answerer_over
from tests.unit.test_span_columns import PLAN


def test_a_phase_time_is_said_with_its_phase(tmp_path) -> None:
    answerer = answerer_over(tmp_path, {"valdorsa_piao-2026-2028.md": PLAN})
    answer = answerer.answer("quando si fa la pubblicazione on line dell'archivio delle pratiche edilizie?")
    assert "Pubblicazione on line dell'archivio — dal 01/07/2026 al 15/12/2026" in answer.text, answer.text
    assert "da concludere entro dal" not in answer.text, answer.text


def test_the_time_of_a_schedule_row_reads_and_is_quoted_with_its_phase() -> None:
    # (a ruled PDF table's row, as its passage stores it: cells joined by TABs)
    row = "2.1\tEsecuzione dei lavori del primo lotto\t04/05/2026\t30/11/2026"
    chunk = Chunk(id="r", doc_id="valdorsa.pdf", ordinal=0, kind=UnitKind.TABLE_ROW, text=row, source_text=row,
                  page=5, page_end=5, char_start=0, char_end=len(row), breadcrumb=("Valdorsa",),
                  fields={Field.CODICE: "2.1", Field.FASI: "Esecuzione dei lavori del primo lotto — dal 04/05/2026 al 30/11/2026",
                          Field.SCADENZA: "dal 04/05/2026 al 30/11/2026"})
    when = next(c for c in from_chunk(chunk) if c.field == Field.SCADENZA)
    assert phrase(when) == "fase: Esecuzione dei lavori del primo lotto — dal 04/05/2026 al 30/11/2026"
    # the quote is the row's phase with its two dates, as the row writes them (its
    # cells' gaps as spaces, as quotes are matched)
    assert quote_variants(when.quote)[0] == "Esecuzione dei lavori del primo lotto 04/05/2026 30/11/2026"



def test_a_schedule_row_is_a_part_of_the_objective_its_code_names(tmp_path) -> None:
    # (so that a question whose words match one phase row answers with the whole
    # objective's phases, the row grouped with the objective's own passages)
    from pathlib import Path

    from assistant.answering.candidates import objective_key
    from ingest.loaders import load_document
    from ingest.parse import parse_document

    path = Path(tmp_path) / "valdorsa_piao-2026-2028.md"
    path.write_text(PLAN, encoding="utf-8")
    chunks = parse_document(load_document(path)).chunks
    objective = next(c for c in chunks if c.fields.get(Field.TITOLO) == "Archivio digitale delle pratiche edilizie")
    phase = next(c for c in chunks if "Pubblicazione on line" in c.fields.get(Field.FASI, ""))
    assert phase.fields.get(Field.OBIETTIVO_DI) == "Archivio digitale delle pratiche edilizie"
    assert objective_key(phase) == objective_key(objective)
    assert not [c for c in from_chunk(phase) if c.field == Field.OBIETTIVO_DI]  # (no statement of its own)


SHARED_CODE = """# Comune di Valdorsa – PIAO 2026-2028

## Obiettivi DUP

| Programma | Obiettivo | Finalità | Indicatore |
|---|---|---|---|
| 12.09 | Gestione dei servizi cimiteriali | Concessioni e operazioni cimiteriali senza attese | pratiche evase |
| 12.09 |  | Manutenzione ordinaria e straordinaria dei cimiteri | interventi effettuati |
"""


def test_a_row_with_a_purpose_of_its_own_is_not_a_part_of_the_coded_objective(tmp_path) -> None:
    # (a programme code two rows share: the second row is another objective, untitled)
    from pathlib import Path

    from ingest.loaders import load_document
    from ingest.parse import parse_document

    path = Path(tmp_path) / "valdorsa_piao-2026-2028.md"
    path.write_text(SHARED_CODE, encoding="utf-8")
    chunks = parse_document(load_document(path)).chunks
    second = next(c for c in chunks if "Manutenzione ordinaria" in c.fields.get(Field.MOTIVAZIONE, ""))
    assert Field.OBIETTIVO_DI not in second.fields, second.fields
