"""The app's handlers over the real services, without launching the app.

Read-only handlers share the session's `sample_library`; handlers that write
(upload, remove, re-index) get their own small index.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.errors import InvalidQuestionError
from services import build_answerer, build_library
from settings import load_settings
from tests.docgen import make_pdf, sample_text, split_into_pages
from ui import handlers
from ui.state import AppContext

pytestmark = pytest.mark.integration

SUAP = "chi è responsabile della digitalizzazione SUAP?"
MAGNAGO = "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"
CREMOSANO = "cremosano_piao-2026-2028_valore-pubblico.txt"


def context(library, data_dir: Path, **settings_overrides: Any) -> AppContext:
    """The app's context over `library`, wired from the settings (+ overrides)."""
    settings = load_settings(data_dir=data_dir, ingest={"max_file_mb": 5}, **settings_overrides)
    return AppContext.create(
        settings, library, build_answerer(settings, library), warm_up=False
    )


@pytest.fixture(scope="module")
def ctx(sample_library, tmp_path_factory: pytest.TempPathFactory) -> AppContext:
    return context(sample_library, tmp_path_factory.mktemp("app-work"))


@pytest.fixture
def writable(tmp_path: Path, samples_dir: Path) -> AppContext:
    """A private index holding one sample document."""
    data_dir = tmp_path / "data"
    library = build_library(load_settings(data_dir=data_dir))
    library.ingest([samples_dir / CREMOSANO], dense=False)
    return context(library, data_dir)


# -- chat ------------------------------------------------------------------------------
def test_ask_returns_verified_citations_as_data(ctx: AppContext) -> None:
    out = handlers.ask(ctx, SUAP)
    assert out["found"] is True
    assert "Attività Istituzionali" in out["answer"]
    assert out["citations"], out
    first = out["citations"][0]
    assert first["doc"] == MAGNAGO and first["page"] >= 1 and first["quote"]
    assert json.dumps(out)  # JSON-ready for the API


def test_ask_refuses_an_empty_question(ctx: AppContext) -> None:
    with pytest.raises(InvalidQuestionError) as info:
        handlers.ask(ctx, "   \x00 ")
    assert "vuota" in info.value.user_message


def test_chat_streams_then_shows_chips_that_hold_the_passage(ctx: AppContext) -> None:
    updates = list(handlers.chat(ctx, SUAP, None, None, None, []))
    final = updates[-1]
    assert final.done and all(not u.done for u in updates[:-1])
    assert [m["role"] for m in final.messages] == ["user", "assistant"]
    html = final.messages[-1]["content"]
    assert 'class="piao-cite"' in html and "<mark>" in html
    assert "\n\n" not in html  # one Markdown HTML block
    assert final.conversation[0]["question"] == SUAP
    assert final.copy_text.startswith(final.conversation[0]["answer"])
    assert "Fonti:" in final.copy_text and "[1]" in final.copy_text


def test_chat_follow_up_uses_the_conversation(ctx: AppContext) -> None:
    first = list(handlers.chat(ctx, SUAP, None, None, None, []))[-1]
    follow = list(handlers.chat(ctx, "e quali sono le fasi?", None, None, None,
                                first.conversation))[-1]
    assert len(follow.conversation) == 2
    assert len(follow.messages) == 4
    assert "Domanda intesa" in follow.messages[-1]["content"]
    assert first.conversation == list(first.conversation)  # the input was not modified


def test_chat_filters_restrict_the_documents(ctx: AppContext) -> None:
    out = handlers.ask(ctx, "obiettivi di digitalizzazione", documenti=[CREMOSANO])
    assert {p["doc"] for p in out["passages"]} <= {CREMOSANO}


def test_nothing_found_is_a_clear_state(ctx: AppContext) -> None:
    final = list(handlers.chat(
        ctx, "Qual è il budget per la piscina olimpica sulla Luna del Comune di Atlantide?",
        None, None, None, [],
    ))[-1]
    html = final.messages[-1]["content"]
    assert "piao-notfound" in html and "Nessuna risposta nei documenti" in html
    assert final.conversation[0]["found"] is False


def test_filter_choices_list_what_is_indexed(ctx: AppContext) -> None:
    c = handlers.filter_choices(ctx)
    assert "2025-2027" in c.periodi
    assert any("Cassano Magnago" in e for e in c.enti)
    assert MAGNAGO in [doc_id for _label, doc_id in c.documenti]


# -- documents -------------------------------------------------------------------------
def test_documents_table(ctx: AppContext) -> None:
    rows = handlers.list_documents(ctx)
    assert len(rows) == 5
    assert all(len(r) == len(handlers.DOCUMENT_COLUMNS) for r in rows)
    by_id = {r[0]: r for r in rows}
    assert by_id[MAGNAGO][2] == "2025-2027"
    assert by_id[MAGNAGO][4] > 0  # chunks
    assert by_id[MAGNAGO][5] > 0  # objective records


def test_upload_reports_each_file_and_loses_nothing(writable: AppContext, tmp_path: Path) -> None:
    before = handlers.document_ids(writable)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    pdf = make_pdf(
        split_into_pages(sample_text("cassano-dadda_piao-2023-2025_valore-pubblico.txt"), 3),
        incoming / "piao cassano d'adda 2023.pdf",
    )
    fake = incoming / "finto.pdf"
    fake.write_text("non sono un PDF", encoding="utf-8")
    empty = incoming / "vuoto.txt"
    empty.write_bytes(b"")
    steps: list[tuple[float, str]] = []
    result = handlers.upload(writable, [pdf, fake, empty], lambda f, d: steps.append((f, d)))
    by_name = {r[0]: r for r in result.rows}
    assert by_name[pdf.name][1] == "importato"
    assert by_name[fake.name][1] == "errore" and "non è un PDF" in by_name[fake.name][2]
    assert by_name[empty.name][1] == "errore" and "vuoto" in by_name[empty.name][2]
    assert (result.imported, result.failed) == (1, 2)
    assert steps and steps[-1][0] == 1.0
    ids = handlers.document_ids(writable)
    assert set(before) < set(ids) and len(ids) == len(before) + 1
    assert not any(writable.uploads_dir.iterdir())  # staged files cleaned up
    # searchable at once (lexical), vectors follow in the background
    assert writable.dense.wait(timeout=300)
    status = handlers.index_status(writable)
    assert status["ready"] and status["documents"] == 2


def test_upload_does_not_trust_the_client_file_name(writable: AppContext, tmp_path: Path) -> None:
    evil_dir = tmp_path / "x" / ".." / "y"
    evil_dir.mkdir(parents=True)
    src = evil_dir / "..piano\x07.txt"
    src.write_text(sample_text(CREMOSANO)[:3000] + "\nversione caricata", encoding="utf-8")
    result = handlers.upload(writable, [src])
    assert result.failed == 0, result.rows
    ids = handlers.document_ids(writable)
    new = [i for i in ids if i != CREMOSANO]
    assert new and all("/" not in i and not i.startswith(".") and "\x07" not in i for i in new)
    for stored in writable.library.documents_dir.iterdir():
        assert stored.resolve().parent == writable.library.documents_dir.resolve()


def test_remove_and_reindex(writable: AppContext) -> None:
    chunks = writable.library.catalog.count_chunks()
    msg = handlers.reindex_document(writable, CREMOSANO)
    assert msg.startswith(f"{CREMOSANO}: reindicizzato ({chunks} blocchi)"), msg
    assert writable.dense.wait(timeout=300)
    assert handlers.index_status(writable)["ready"]
    assert "non trovato" in handlers.reindex_document(writable, "nessuno.pdf")
    assert handlers.remove_document(writable, CREMOSANO) == f"Documento rimosso: {CREMOSANO}"
    assert handlers.document_ids(writable) == []
    assert "non trovato" in handlers.remove_document(writable, CREMOSANO)
    assert "Seleziona" in handlers.remove_document(writable, "")


# -- records ---------------------------------------------------------------------------
def test_records_filter_and_warn(ctx: AppContext) -> None:
    everything = handlers.records(ctx)
    assert everything.count > 20
    assert all(len(r) == len(handlers.RECORD_COLUMNS) for r in everything.rows)
    some = handlers.records(ctx, settore="lavori pubbl")
    assert 0 < some.count < everything.count
    assert all("lavori pubblici" in r[1].casefold() for r in some.rows)
    assert "obiettivi" in some.summary
    assert everything.warnings.startswith("**")  # the samples have objectives to complete
    none = handlers.records(ctx, keyword="zzzqqq")
    assert none.count == 0 and "Nessun obiettivo" in none.summary


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_export_records(ctx: AppContext, fmt: str) -> None:
    path = handlers.export_records(ctx, fmt, documenti=[MAGNAGO])
    assert path.suffix == f".{fmt}" and path.is_file()
    expected = handlers.records(ctx, documenti=[MAGNAGO]).count
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0][0] == "documento" and len(rows) == expected + 1
        assert {r[0] for r in rows[1:]} == {MAGNAGO}
    elif fmt == "json":
        from assistant.records import load_records_json

        assert len(load_records_json(path)) == expected
    else:
        import openpyxl

        sheet = openpyxl.load_workbook(path).active
        assert sheet.max_row == expected + 1


# -- evaluation ------------------------------------------------------------------------
def test_evaluate_a_golden_file(ctx: AppContext, tmp_path: Path) -> None:
    golden = tmp_path / "golden.jsonl"
    items = [
        {"id": "t1", "question": SUAP, "answer": "", "must_contain": [["Attività Istituzionali"]],
         "doc": MAGNAGO, "evidence": ["Digitalizzazione delle procedure SUAP"],
         "type": "responsabile"},
        {"id": "t2", "question": "Quanti dipendenti ha la piscina comunale di Cremosano su Marte?",
         "answer": "", "must_contain": [], "doc": None, "evidence": [], "type": "non_presente"},
        {"id": "t3", "question": SUAP, "answer": "", "must_contain": [["risposta impossibile"]],
         "doc": "assente.pdf", "evidence": ["testo che non esiste da nessuna parte"],
         "type": "responsabile"},
    ]
    golden.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    steps: list[float] = []
    result = handlers.evaluate(ctx, golden, lambda f, _d: steps.append(f))
    assert result.summary[0][0] == "tutte" and result.summary[0][1] == 3
    assert {row[0] for row in result.summary[1:]} == {"responsabile", "non_presente"}
    assert [f[0] for f in result.failures] == ["t3"]
    assert "risposta errata" in result.failures[0][4]
    assert "assente.pdf" in result.message  # documents of the golden file not indexed
    assert 'class="piao-chart"' in result.chart_html
    assert all(f.is_file() for f in result.files)
    assert steps[-1] == 1.0


def test_evaluate_rejects_a_bad_file(ctx: AppContext, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="riga 1"):
        handlers.evaluate(ctx, bad)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(ValueError, match="non contiene domande"):
        handlers.evaluate(ctx, empty)


# -- drafting --------------------------------------------------------------------------
def test_draft_shows_the_draft_its_precedents_and_a_docx(ctx: AppContext) -> None:
    import docx

    from assistant.errors import DraftError

    result = handlers.draft(
        ctx, "Comune di Cremosano", "digitalizzare l'archivio delle pratiche edilizie",
        settore="Area Tecnica", periodo="2026-2028",
    )
    assert result.markdown.startswith("# Bozza di obiettivo: Digitalizzazione dell'archivio")
    assert "## Controllo SMART" in result.markdown
    assert result.precedents and all(len(row) == 4 and row[1] >= 1 for row in result.precedents)
    assert result.file is not None and result.file.suffix == ".docx"
    text = "\n".join(p.text for p in docx.Document(str(result.file)).paragraphs)
    assert "Digitalizzazione dell'archivio delle pratiche edilizie" in text
    with pytest.raises(DraftError, match="Descrivi"):
        handlers.draft(ctx, None, "")

