"""The web app: chat with sources, documents, objectives, drafts and evaluation.

`python app.py` (or `make run`) reads the settings, indexes `data/samples/` on the
first start (the lexical phase before the app opens, a few seconds; the semantic
phase in the background, with its progress shown on every tab), and serves the app
on 127.0.0.1:7860 unless the settings say otherwise.

This is an edge: it reads settings, wires the services and turns domain errors into
Italian messages. The handlers of `ui/handlers/` (one module per tab) shape what the
services of `services/` compute. Over 400 lines because it is the page's layout: the
Gradio components of five tabs, their events and stable API names, declared in the
order the page shows them; no rule is decided here.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_IMPORT_STARTED = time.perf_counter()
# Before gradio is imported: no usage statistics, no update check over the network.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import gradio as gr

from assistant.errors import AssistantError
from ingest.errors import IngestError
from settings import Settings, load_settings
from ui import handlers, render
from ui.state import AppContext
from vectorstore.errors import VectorStoreError

REPO_ROOT = Path(__file__).resolve().parent
DEFAULT_SEED_DIR = REPO_ROOT / "data" / "samples"
TITLE = "Assistente PIAO"
UNEXPECTED = (
    "Si è verificato un errore imprevisto. Riprova; se si ripete, "
    "il dettaglio è nel registro del server."
)
EXAMPLE_QUESTIONS = [
    "chi è responsabile della digitalizzazione SUAP?",
    "Quali sono le scadenze IMU indicate nell'obiettivo di assistenza ai contribuenti?",
    "Quali obiettivi ha il settore Lavori pubblici?",
]
UPLOAD_TYPES = [".pdf", ".docx", ".txt", ".md", ".csv"]
BACKGROUND_BATCH = 8  # chunks per embedding call of the background indexing
COPY_JS = """
(text) => {
  if (!text) { return; }
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text);
  } else {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
}
"""

log = logging.getLogger("piao.app")


@contextmanager
def user_errors() -> Iterator[None]:
    """Domain errors become Italian messages in the page; never a traceback."""
    try:
        yield
    except gr.Error:
        raise
    except (IngestError, VectorStoreError, AssistantError) as exc:
        raise gr.Error(exc.user_message, title="Errore") from exc
    except Exception as exc:
        log.exception("unexpected error in a handler")
        raise gr.Error(UNEXPECTED, title="Errore") from exc


# -- start-up --------------------------------------------------------------------------
def build_context(settings: Settings, seed_dir: Path | None = DEFAULT_SEED_DIR) -> AppContext:
    """Open the index; on an empty index, make `seed_dir` searchable before returning
    (lexical phase only). The semantic phase is left to `ctx.dense`, started once the
    app is up (`serve`), so that it does not compete with the start-up for the CPU."""
    from services import build_answerer, build_library

    # Background batches stay small: a question waits for the batch being embedded.
    small = min(settings.embedding.batch_size, BACKGROUND_BATCH)
    settings = settings.model_copy(
        update={"embedding": settings.embedding.model_copy(update={"batch_size": small})}
    )
    library = build_library(settings)
    # the drafter is built on the first draft (AppContext.drafter), not at start-up
    ctx = AppContext.create(settings, library, build_answerer(settings, library))
    if seed_dir is not None and seed_dir.is_dir() and library.is_empty:
        started = time.perf_counter()
        report = library.ingest([seed_dir], dense=False)
        log.warning(
            "indexed samples lexically documents=%d failures=%d seconds=%.1f",
            len(report.outcomes), len(report.failures), time.perf_counter() - started,
        )
    return ctx


# -- the UI ----------------------------------------------------------------------------
def _choices_updates(ctx: AppContext) -> tuple[Any, ...]:
    """New choices for the chat filters, the document picker and the records filters."""
    c = handlers.filter_choices(ctx)
    ids = [doc_id for _label, doc_id in c.documenti]
    return (
        gr.update(choices=c.enti),
        gr.update(choices=c.documenti),
        gr.update(choices=c.periodi),
        gr.update(choices=ids, value=None),
        gr.update(choices=c.enti),
        gr.update(choices=c.periodi),
        gr.update(choices=c.documenti),
    )


def build_ui(ctx: AppContext) -> gr.Blocks:
    """The Blocks app over `ctx`; every event has a stable `api_name`."""
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.Markdown(
            f"# {TITLE}\nDomande sui Piani Integrati di Attività e Organizzazione dei comuni, "
            "con le fonti: documento, pagina e passaggio citato."
        )
        with gr.Row(equal_height=True):
            status = gr.HTML(handlers.index_status_html(ctx), elem_id="piao-status-box")
            gr.Markdown(
                f"**Modalità di risposta:** {handlers.answering_mode(ctx)}",
                elem_id="piao-mode",
            )
        timer = gr.Timer(2.0)

        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                chat_parts = _chat_tab(ctx)
            with gr.Tab("Documenti", id="documenti"):
                docs_parts = _documents_tab(ctx)
            with gr.Tab("Obiettivi", id="obiettivi"):
                records_parts = _records_tab(ctx)
            with gr.Tab("Bozza", id="bozza"):
                _draft_tab(ctx)
            with gr.Tab("Valutazione", id="valutazione"):
                _evaluation_tab(ctx)

        ready = gr.State(False)

        def status_now(was_ready: bool) -> tuple[Any, ...]:
            """The status line; the documents table too when semantic indexing completes."""
            with user_errors():
                now = handlers.index_status(ctx)["ready"]
                table = handlers.list_documents(ctx) if now and not was_ready else gr.skip()
                return handlers.index_status_html(ctx), table, now

        timer.tick(status_now, ready, [status, docs_parts["table"], ready],
                   api_visibility="private", queue=False, show_progress="hidden")

        def api_index_status() -> dict[str, Any]:
            """Documents, chunks and the progress of the background semantic indexing."""
            with user_errors():
                return handlers.index_status(ctx)

        gr.api(api_index_status, api_name="index_status", queue=False)

        choice_outputs = [*chat_parts["filters"], docs_parts["pick"], *records_parts["choices"]]

        def refresh_all() -> tuple[Any, ...]:
            with user_errors():
                return (handlers.list_documents(ctx), *_choices_updates(ctx))

        demo.load(*records_parts["load"], api_visibility="private")
        demo.load(refresh_all, None, [docs_parts["table"], *choice_outputs],
                  api_visibility="private")
        for event in docs_parts["changed"]:
            event.then(refresh_all, None, [docs_parts["table"], *choice_outputs],
                       api_visibility="private")
    return demo


def _chat_tab(ctx: AppContext) -> dict[str, Any]:
    conversation = gr.State([])
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                label="Conversazione",
                show_label=False,
                height=540,
                latex_delimiters=[],
                placeholder=(
                    "Fai una domanda sui PIAO caricati: ogni risposta cita le fonti. "
                    "Clicca su una fonte per leggere il passaggio."
                ),
                elem_id="piao-chat",
                feedback_options=None,
            )
            with gr.Row():
                question = gr.Textbox(
                    placeholder="Scrivi una domanda, ad es. «chi è responsabile della "
                    "digitalizzazione SUAP?»",
                    show_label=False,
                    scale=5,
                    max_length=4000,
                    elem_id="piao-question",
                )
                send = gr.Button("Invia", variant="primary", scale=1, elem_id="piao-send")
            with gr.Row():
                copy = gr.Button("Copia risposta", size="sm", elem_id="piao-copy")
                clear = gr.Button("Nuova conversazione", size="sm", elem_id="piao-clear")
            copy_text = gr.Textbox(visible="hidden", elem_id="piao-copy-text")
            gr.Examples(EXAMPLE_QUESTIONS, inputs=[question], label="Esempi")
        with gr.Column(scale=1, min_width=260):
            gr.Markdown("### Filtri\nLimita la ricerca (vuoto = tutti i documenti).")
            enti = gr.Dropdown(label="Ente", multiselect=True, choices=[], elem_id="piao-f-ente")
            documenti = gr.Dropdown(label="Documento", multiselect=True, choices=[],
                                    elem_id="piao-f-doc")
            periodi = gr.Dropdown(label="Periodo", multiselect=True, choices=[],
                                  elem_id="piao-f-periodo")

    def on_chat(
        text: str, e: list[str] | None, d: list[str] | None, p: list[str] | None,
        conv: list[dict[str, Any]],
    ) -> Iterator[tuple[Any, ...]]:
        with user_errors():
            for update in handlers.chat(ctx, text, e, d, p, conv):
                yield update.messages, update.conversation, update.copy_text, ""

    chat_io: dict[str, Any] = {
        "fn": on_chat,
        "inputs": [question, enti, documenti, periodi, conversation],
        "outputs": [chatbot, conversation, copy_text, question],
    }
    send.click(**chat_io, api_name="chat")
    question.submit(**chat_io, api_visibility="private")
    clear.click(lambda: ([], [], ""), None, [chatbot, conversation, copy_text],
                api_visibility="private", queue=False)
    copy.click(None, [copy_text], None, js=COPY_JS, api_visibility="private", queue=False)

    def api_ask(
        question: str,
        enti: list[str] | None = None,
        documenti: list[str] | None = None,
        periodi: list[str] | None = None,
        history: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Answer a question with verified citations (history: previous turns as
        {"question", "answer"}, for follow-ups)."""
        with user_errors():
            return handlers.ask(ctx, question, enti, documenti, periodi, history)

    gr.api(api_ask, api_name="ask")
    return {"filters": [enti, documenti, periodi]}


def _documents_tab(ctx: AppContext) -> dict[str, Any]:
    max_mb = ctx.max_upload_bytes // (1024 * 1024)
    gr.Markdown(
        f"Carica PDF, DOCX o TXT (massimo {max_mb} MB ciascuno). I documenti sono "
        "consultabili appena importati; la ricerca semantica si completa in background. "
        "Un file con errori non tocca ciò che è già indicizzato."
    )
    with gr.Row():
        files = gr.File(label="Documenti da importare", file_count="multiple",
                        file_types=UPLOAD_TYPES, elem_id="piao-upload", scale=3)
        with gr.Column(scale=1):
            import_btn = gr.Button("Importa", variant="primary", elem_id="piao-import")
    upload_msg = gr.Markdown(elem_id="piao-upload-msg")
    upload_rows = gr.Dataframe(headers=handlers.UPLOAD_COLUMNS, label="Esito per file",
                               interactive=False, visible=False, elem_id="piao-upload-rows",
                               wrap=True)
    gr.Markdown("### Documenti indicizzati")
    table = gr.Dataframe(
        headers=handlers.DOCUMENT_COLUMNS, value=handlers.list_documents(ctx),
        interactive=False, elem_id="piao-docs", wrap=True,
    )
    with gr.Row():
        pick = gr.Dropdown(label="Documento selezionato", choices=handlers.document_ids(ctx),
                           scale=3, elem_id="piao-doc-pick")
        remove_btn = gr.Button("Rimuovi", variant="stop", scale=1, elem_id="piao-remove")
        reindex_btn = gr.Button("Reindicizza", scale=1, elem_id="piao-reindex")
        refresh_btn = gr.Button("Aggiorna elenco", scale=1, elem_id="piao-refresh")
    doc_msg = gr.Markdown(elem_id="piao-doc-msg")

    def on_upload(
        paths: list[str] | None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (how gradio injects progress)
    ) -> tuple[Any, ...]:
        with user_errors():
            result = handlers.upload(ctx, paths or [], lambda f, d: progress(f, desc=d))
        return (result.message, gr.update(value=result.rows, visible=bool(result.rows)), None)

    def on_remove(doc_id: str | None) -> str:
        with user_errors():
            return handlers.remove_document(ctx, doc_id or "")

    def on_reindex(doc_id: str | None) -> str:
        with user_errors():
            return handlers.reindex_document(ctx, doc_id or "")

    def on_list() -> list[list[Any]]:
        with user_errors():
            return handlers.list_documents(ctx)

    uploaded = import_btn.click(
        on_upload, [files], [upload_msg, upload_rows, files], api_name="upload",
        concurrency_id="documents", concurrency_limit=1,
    )
    removed = remove_btn.click(
        on_remove, [pick], [doc_msg], api_name="remove_document",
        concurrency_id="documents", concurrency_limit=1,
        js="(d) => (d && confirm('Rimuovere ' + d + ' dall\\'indice?')) ? d : null",
    )
    reindexed = reindex_btn.click(
        on_reindex, [pick], [doc_msg], api_name="reindex_document",
        concurrency_id="documents", concurrency_limit=1,
    )
    refreshed = refresh_btn.click(on_list, None, [table], api_name="list_documents")
    return {"table": table, "pick": pick, "changed": [uploaded, removed, reindexed, refreshed]}


def _records_tab(ctx: AppContext) -> dict[str, Any]:
    gr.Markdown(
        "### Obiettivi estratti dai documenti\nOgni obiettivo è letto dal testo del PIAO "
        "all'importazione. I filtri cercano parole intere, senza badare ad accenti e maiuscole "
        "(«lavori pubbl» trova «3. LAVORI PUBBLICI E PATRIMONIO»)."
    )
    with gr.Row():
        ente = gr.Dropdown(label="Ente", choices=[], allow_custom_value=True, elem_id="piao-r-ente")
        periodo = gr.Dropdown(label="Periodo", choices=[], allow_custom_value=True,
                              elem_id="piao-r-periodo")
        documenti = gr.Dropdown(label="Documento", choices=[], multiselect=True,
                                elem_id="piao-r-doc")
    with gr.Row():
        settore = gr.Textbox(label="Settore", elem_id="piao-r-settore")
        responsabile = gr.Textbox(label="Responsabile", elem_id="piao-r-resp")
        keyword = gr.Textbox(label="Parola chiave", elem_id="piao-r-keyword")
        search = gr.Button("Cerca", variant="primary", elem_id="piao-r-search")
    summary = gr.Markdown(elem_id="piao-r-summary")
    table = gr.Dataframe(headers=handlers.RECORD_COLUMNS, interactive=False, wrap=True,
                         elem_id="piao-records", max_height=520,
                         column_widths=["24%", "14%", "7%", "5%", "4%", "14%", "8%",
                                        "6%", "6%", "9%", "3%"])
    with gr.Accordion("Avvisi di completezza", open=False, elem_id="piao-r-warnings-box"):
        warnings = gr.Markdown(elem_id="piao-r-warnings")
    with gr.Row():
        fmt = gr.Radio(["csv", "json", "xlsx"], value="csv", label="Formato",
                       elem_id="piao-r-format")
        export = gr.Button("Esporta", elem_id="piao-r-export")
        exported = gr.File(label="File esportato", interactive=False, elem_id="piao-r-file")

    filters = [ente, periodo, settore, responsabile, keyword, documenti]

    def on_records(*values: Any) -> tuple[Any, ...]:
        with user_errors():
            result = handlers.records(ctx, *values)
        return result.summary, result.rows, result.warnings

    def on_export(kind: str, *values: Any) -> str:
        with user_errors():
            return str(handlers.export_records(ctx, kind, *values))

    listed = search.click(on_records, filters, [summary, table, warnings], api_name="records")
    for box in (settore, responsabile, keyword):
        box.submit(on_records, filters, [summary, table, warnings], api_visibility="private")
    export.click(on_export, [fmt, *filters], [exported], api_name="export_records")
    return {"choices": [ente, periodo, documenti], "load": (on_records, filters,
                                                             [summary, table, warnings]),
            "listed": listed}


def _draft_tab(ctx: AppContext) -> None:
    gr.Markdown(
        "### Bozza di obiettivo\nDescrivi l'obiettivo da scrivere: la bozza riprende "
        "struttura e formulazioni dei precedenti nei documenti caricati, citandoli."
    )
    with gr.Row():
        with gr.Column(scale=1):
            ente = gr.Textbox(label="Ente", placeholder="es. Comune di Valchiara")
            tema = gr.Textbox(label="Tema dell'obiettivo", lines=3,
                              placeholder="es. digitalizzazione delle pratiche edilizie")
            settore = gr.Textbox(label="Settore responsabile (facoltativo)")
            responsabile = gr.Textbox(label="Responsabile (facoltativo)")
            strategico = gr.Textbox(label="Obiettivo strategico / DUP (facoltativo)")
            periodo = gr.Textbox(label="Periodo (facoltativo)", placeholder="es. 2026-2028")
            go = gr.Button("Genera bozza", variant="primary", elem_id="piao-draft-go")
        with gr.Column(scale=2):
            out = gr.Markdown(elem_id="piao-draft-out")
            precedents = gr.Dataframe(headers=["Documento", "Pagina", "Obiettivo", "Ripreso"],
                                      label="Precedenti usati", interactive=False)
            download = gr.File(label="Scarica la bozza", interactive=False)

    def on_draft(e: str, t: str, s: str, p: str, r: str, o: str) -> tuple[Any, ...]:
        with user_errors():
            result = handlers.draft(
                ctx, e or None, t or "", s or None, p or None, r or None, o or None
            )
        # gradio's File output takes a str path, not a Path
        return result.markdown, result.precedents, str(result.file) if result.file else None

    go.click(on_draft, [ente, tema, settore, periodo, responsabile, strategico],
             [out, precedents, download], api_name="draft")


def _evaluation_tab(ctx: AppContext) -> None:
    gr.Markdown(
        "### Valutazione\nCarica un file di domande di riferimento (JSON Lines, formato "
        "`shared/eval`): ogni domanda viene posta all'assistente sui documenti indicizzati "
        "e la risposta confrontata con quella attesa."
    )
    with gr.Row():
        golden = gr.File(label="Domande di riferimento (.jsonl)", file_types=[".jsonl", ".json"],
                         elem_id="piao-golden", scale=3)
        run = gr.Button("Avvia valutazione", variant="primary", elem_id="piao-eval-run", scale=1)
    message = gr.Markdown(elem_id="piao-eval-msg")
    summary = gr.Dataframe(headers=handlers.SUMMARY_COLUMNS, label="Metriche", interactive=False,
                           elem_id="piao-eval-summary")
    chart = gr.HTML(elem_id="piao-eval-chart")
    failures = gr.Dataframe(headers=handlers.FAILURE_COLUMNS, label="Domande non superate",
                            interactive=False, wrap=True, elem_id="piao-eval-failures")
    files = gr.File(label="Predizioni e metriche", file_count="multiple", interactive=False)

    def on_evaluate(
        path: str | None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (how gradio injects progress)
    ) -> tuple[Any, ...]:
        if not path:
            raise gr.Error("Carica prima un file di domande di riferimento.", title="Errore")
        with user_errors():
            try:
                result = handlers.evaluate(ctx, path, lambda f, d: progress(f, desc=d))
            except ValueError as exc:  # the golden file's format, in Italian
                raise gr.Error(str(exc), title="File non valido") from exc
        return (result.message, result.summary, result.chart_html, result.failures,
                [str(f) for f in result.files])

    run.click(on_evaluate, [golden], [message, summary, chart, failures, files],
              api_name="evaluate", concurrency_id="evaluate", concurrency_limit=1)


# -- launch ----------------------------------------------------------------------------
THEME_FONTS = ["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "sans-serif"]


def launch(demo: gr.Blocks, ctx: AppContext, settings: Settings, **kwargs: Any) -> Any:
    """Queue (concurrent users wait instead of failing), serve, and start the background
    semantic indexing (whatever is pending: a cold or interrupted index)."""
    a = settings.app
    auth = None
    if a.auth_user and a.auth_password:
        auth = (a.auth_user, a.auth_password.get_secret_value())
    demo.queue(default_concurrency_limit=a.concurrency, max_size=a.max_queue)
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    result = demo.launch(
        prevent_thread_lock=True,
        server_name=a.host,
        server_port=a.port,
        auth=auth,
        auth_message="Accedi con le credenziali fornite dall'amministratore.",
        max_file_size=f"{settings.ingest.max_file_mb}mb",
        allowed_paths=[str(ctx.work_dir)],
        ssr_mode=False,
        footer_links=["api"],
        theme=gr.themes.Soft(font=THEME_FONTS, font_mono=["ui-monospace", "monospace"]),
        css=render.CSS,
        **kwargs,
    )
    ctx.dense.request()
    return result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Avvia l'app web dell'assistente PIAO.")
    parser.add_argument("--host", help="Indirizzo (default: settings app.host, 127.0.0.1).")
    parser.add_argument("--port", type=int, help="Porta (default: settings app.port, 7860).")
    parser.add_argument("--seed-dir", type=Path, default=DEFAULT_SEED_DIR,
                        help="Documenti da indicizzare se l'indice è vuoto.")
    parser.add_argument("--no-seed", action="store_true", help="Non indicizzare nulla all'avvio.")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s",
                        stream=sys.stderr)
    started = time.perf_counter()
    settings = load_settings()
    overrides = {k: v for k, v in {"host": args.host, "port": args.port}.items() if v}
    if overrides:
        settings = settings.model_copy(
            update={"app": settings.app.model_copy(update=overrides)}
        )
    try:
        ctx = build_context(settings, None if args.no_seed else args.seed_dir)
    except (IngestError, VectorStoreError, AssistantError) as exc:
        sys.exit(f"Errore: {exc.user_message}")
    indexed = time.perf_counter()
    demo = build_ui(ctx)
    launch(demo, ctx, settings)
    print(
        f"Assistente PIAO pronto: http://{settings.app.host}:{settings.app.port} "
        f"(moduli {started - _IMPORT_STARTED:.1f} s, indice {indexed - started:.1f} s, "
        f"interfaccia {time.perf_counter() - indexed:.1f} s)",
        file=sys.stderr, flush=True,
    )
    try:
        demo.block_thread()
    except KeyboardInterrupt:
        demo.close()


if __name__ == "__main__":
    main()
