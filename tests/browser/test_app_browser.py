"""The app in a real browser (headless Chromium) and through `gradio_client`.

Screenshots of the five tabs go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import csv
import io
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.browser.conftest import AppServer, screenshot
from tests.docgen import make_pdf, sample_text, split_into_pages

pytestmark = pytest.mark.browser

SUAP = "chi è responsabile della digitalizzazione SUAP?"
API_NAMES = {
    "/ask", "/chat", "/upload", "/list_documents", "/remove_document", "/reindex_document",
    "/records", "/export_records", "/draft", "/evaluate", "/index_status",
}


def visible_cell(table, text: str):
    """A shown cell of a Dataframe (it also renders hidden copies of its cells)."""
    return table.get_by_text(text).filter(visible=True).first


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def test_chat_answer_with_a_citation_chip_that_opens_the_passage(page) -> None:
    assert "Modalità di risposta" in page.locator("#piao-mode").inner_text()
    page.fill("#piao-question textarea", SUAP)
    page.click("#piao-send")
    chip = page.locator("#piao-chat details.piao-cite > summary").first
    chip.wait_for()
    answer = page.locator("#piao-chat .piao-answer").last.inner_text()
    assert "Attività Istituzionali" in answer
    # the person the org chart names for the other plan's settore (objective → settore → titolare)
    assert "BASSANI Maddalena" in answer
    chips = page.locator("#piao-chat details.piao-cite > summary")
    assert chips.count() >= 3
    assert any("Cassano d'Adda" in chips.nth(i).inner_text() for i in range(chips.count()))
    assert chip.inner_text().startswith("[1]")
    assert "Cassano Magnago" in chip.inner_text()
    passage = page.locator("#piao-chat details.piao-cite").first.locator(".piao-passage")
    assert not passage.is_visible()
    chip.click()
    passage.wait_for(state="visible")
    assert "pag." in passage.locator(".piao-doc").inner_text()
    assert "›" in passage.locator(".piao-crumb").inner_text()  # breadcrumb
    mark = passage.locator("mark")
    assert mark.is_visible()
    assert "suap" in mark.inner_text().casefold()
    # the quoted span is what the citation says, inside the passage it comes from
    assert mark.inner_text().strip() in passage.locator(".piao-text").inner_text()
    screenshot(page, "chat")


def test_follow_up_and_clear_state_when_nothing_is_found(page) -> None:
    page.fill("#piao-question textarea", SUAP)
    page.click("#piao-send")
    page.locator("#piao-chat details.piao-cite").first.wait_for()
    page.fill("#piao-question textarea", "Quanto costa la piscina olimpica sulla Luna?")
    page.click("#piao-send")
    notice = page.locator("#piao-chat .piao-notfound")
    notice.wait_for()
    assert "Nessuna risposta nei documenti" in notice.inner_text()
    page.click("#piao-clear")
    page.locator("#piao-chat .piao-notfound").wait_for(state="detached")


def test_upload_a_pdf_and_see_it_listed(page, tmp_path: Path) -> None:
    pdf = make_pdf(
        split_into_pages(sample_text("cremosano_piao-2026-2028_valore-pubblico.txt"), 3),
        tmp_path / "piao-cremosano-caricato.pdf",
    )
    open_tab(page, "Documenti")
    page.set_input_files("#piao-upload input[type=file]", str(pdf))
    page.locator("#piao-upload").get_by_text(pdf.name).first.wait_for()
    page.click("#piao-import")
    rows = page.locator("#piao-upload-rows")
    visible_cell(rows, "importato").wait_for()
    visible_cell(page.locator("#piao-docs"), pdf.name).wait_for()
    assert "consultabili" in page.locator("#piao-upload-msg").inner_text()
    screenshot(page, "documenti")


def test_download_a_records_export(page) -> None:
    open_tab(page, "Obiettivi")
    page.fill("#piao-r-settore input, #piao-r-settore textarea", "lavori pubblici")
    page.click("#piao-r-search")
    summary = page.locator("#piao-r-summary")
    summary.get_by_text("obiettivi").first.wait_for()
    visible_cell(page.locator("#piao-records"), "Lavori pubblici").wait_for()
    page.click("#piao-r-export")  # CSV is the default format
    link = page.locator("#piao-r-file a").first
    link.wait_for()
    screenshot(page, "obiettivi")
    with page.expect_download() as info:
        link.click()
    content = Path(info.value.path()).read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    header = rows[0]
    assert header[:4] == ["documento", "pagina", "ente", "periodo"]
    assert len(rows) > 1
    settore = header.index("settore")
    responsabile = header.index("responsabile")
    assert all(
        "lavori pubblici" in (r[settore] + " " + r[responsabile]).casefold() for r in rows[1:]
    )


def test_draft_tab_shows_a_draft(page) -> None:
    open_tab(page, "Bozza")
    page.get_by_label("Tema dell'obiettivo").fill("digitalizzare l'archivio delle pratiche edilizie")
    page.click("#piao-draft-go")
    page.locator("#piao-draft-out").get_by_text("Controllo SMART").wait_for()
    screenshot(page, "bozza")


def test_evaluation_tab_shows_metrics_chart_and_failures(page, tmp_path: Path) -> None:
    golden = tmp_path / "golden.jsonl"
    items = [
        {"id": "b1", "question": SUAP, "answer": "", "must_contain": [["Attività Istituzionali"]],
         "doc": "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt",
         "evidence": ["Digitalizzazione delle procedure SUAP"], "type": "responsabile"},
        {"id": "b2", "question": "Chi è il sindaco di Atlantide?", "answer": "",
         "must_contain": [], "doc": None, "evidence": [], "type": "non_presente"},
        {"id": "b3", "question": SUAP, "answer": "", "must_contain": [["risposta impossibile"]],
         "doc": "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt",
         "evidence": ["Digitalizzazione delle procedure SUAP"], "type": "tempistica"},
    ]
    golden.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    open_tab(page, "Valutazione")
    page.set_input_files("#piao-golden input[type=file]", str(golden))
    page.locator("#piao-golden").get_by_text(golden.name).first.wait_for()
    page.click("#piao-eval-run")
    page.locator("#piao-eval-chart .piao-chart").wait_for()
    assert "3 domande" in page.locator("#piao-eval-msg").inner_text()
    visible_cell(page.locator("#piao-eval-failures"), "b3").wait_for()
    screenshot(page, "valutazione")


# -- the API ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def client(app_server: AppServer):
    from gradio_client import Client

    return Client(app_server.url + "/", verbose=False)


def test_api_names_are_stable(client) -> None:
    names = set(client.view_api(print_info=False, return_format="dict")["named_endpoints"])
    assert API_NAMES <= names


def test_gradio_client_asks_a_question(client) -> None:
    out = client.predict(SUAP, api_name="/ask")
    assert out["found"] is True
    assert "Attività Istituzionali" in out["answer"]
    assert out["citations"][0]["doc"] == "cassano-magnago_piao-2025-2027_obiettivi-operativi.txt"


def test_errors_reach_the_client_in_italian(client) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="vuota"):
        client.predict("   ", api_name="/ask")


def test_concurrent_users_queue_instead_of_failing(client) -> None:
    questions = [SUAP, "Quali sono le scadenze IMU?", "obiettivi di Cremosano",
                 "chi guida il settore lavori pubblici a Cassano d'Adda?"] * 2
    with ThreadPoolExecutor(max_workers=len(questions)) as pool:
        results = list(pool.map(lambda q: client.predict(q, api_name="/ask"), questions))
    assert len(results) == len(questions)
    assert all(isinstance(r, dict) and r["answer"] for r in results)
