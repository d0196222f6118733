"""`piao`: the command line. Domain errors become Italian messages and exit codes here."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from assistant.answer import Answer, Answerer
from assistant.conversation import Turn
from assistant.errors import AssistantError
from assistant.evaluate import QAOutput, format_metrics, load_golden_qa, run_qa_eval
from assistant.library import IngestReport, Library
from assistant.retrieve import Retriever
from ingest.errors import IngestError
from settings import Settings, load_settings
from vectorstore.errors import VectorStoreError
from vectorstore.search import SearchFilters, SearchHit

REPO_ROOT = Path(__file__).resolve().parent
DEFAULT_CORPUS = REPO_ROOT / "data" / "samples"

log = logging.getLogger("piao")


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn typed domain errors into a clear message and a non-zero exit."""
    try:
        yield
    except (IngestError, VectorStoreError, AssistantError) as exc:
        raise click.ClickException(exc.user_message) from exc


def _answerer(ctx: click.Context, library: Library) -> Answerer:
    from services import build_answerer

    with user_errors():
        return build_answerer(_settings(ctx), library)


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


def _library(ctx: click.Context, data_dir: Path | None = None) -> Library:
    from services import build_library

    with user_errors():
        return build_library(_settings(ctx), data_dir)


@click.group()
@click.option("--data-dir", type=click.Path(path_type=Path), help="Cartella dei dati (indice, file).")
@click.option("-v", "--verbose", is_flag=True, help="Log dettagliati su stderr.")
@click.pass_context
def main(ctx: click.Context, data_dir: Path | None, verbose: bool) -> None:
    """Assistente PIAO: indicizza i documenti e interrogali."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )
    overrides: dict[str, Any] = {"data_dir": data_dir} if data_dir else {}
    ctx.obj = {"settings": load_settings(**overrides)}


# -- ingest ----------------------------------------------------------------------------
def _ingest_with_progress(
    library: Library, paths: list[Path], overrides: dict[str, str], dense: bool = True
) -> IngestReport:
    from ingest.pipeline import discover

    files, _ = discover(paths)
    with tqdm(total=len(files), desc="Lettura documenti", unit="file", file=sys.stderr) as bar:
        dense_bar: tqdm | None = None

        def on_dense(done: int, total: int) -> None:
            nonlocal dense_bar
            if dense_bar is None and total:
                dense_bar = tqdm(total=total, desc="Indicizzazione semantica", unit="blocco",
                                 file=sys.stderr)
            if dense_bar is not None:
                dense_bar.n = done
                dense_bar.refresh()

        report = library.ingest(
            paths, overrides, on_file=lambda _p: bar.update(1), dense_progress=on_dense, dense=dense
        )
        if dense_bar is not None:
            dense_bar.close()
    return report


def _print_report(report: IngestReport) -> None:
    labels = {"added": "aggiunto", "replaced": "aggiornato", "unchanged": "invariato"}
    for o in report.outcomes:
        click.echo(f"  {labels[o.status]:<10} {o.doc_id} ({o.n_chunks} blocchi)")
    if report.failures:
        click.echo(f"\n{len(report.failures)} file non importati:", err=True)
        for f in report.failures:
            click.echo(f"  ✗ {f.file_name}: {f.message}", err=True)
    d = report.dense
    click.echo(
        f"\nFatto: {report.changed} documenti nuovi o aggiornati, {len(report.failures)} errori; "
        f"{d.embedded} blocchi indicizzati semanticamente in {d.seconds:.1f} s."
    )


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--if-missing", is_flag=True, help="Non fare nulla se l'indice contiene già documenti.")
@click.option("--ente", help="Ente (sovrascrive quello dedotto dal testo).")
@click.option("--periodo", help="Periodo, es. 2025-2027.")
@click.option("--title", help="Titolo del documento.")
@click.option("--lexical-only", is_flag=True, help="Solo indice lessicale (veloce); il resto dopo.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    if_missing: bool,
    ente: str | None,
    periodo: str | None,
    title: str | None,
    lexical_only: bool,
) -> None:
    """Importa e indicizza documenti PIAO (PDF, DOCX, TXT, MD) o cartelle."""
    library = _library(ctx)
    with user_errors():
        if if_missing and not library.is_empty:
            backlog = library.indexer.dense_backlog()
            if backlog:
                click.echo(f"Completo l'indicizzazione semantica ({backlog} blocchi)…")
                library.sync_dense()
            click.echo(f"Indice già presente ({len(library.documents())} documenti).")
            return
        overrides = {k: v for k, v in {"ente": ente, "periodo": periodo, "title": title}.items() if v}
        report = _ingest_with_progress(library, list(paths), overrides, dense=not lexical_only)
    _print_report(report)
    if report.failures and not report.outcomes:
        ctx.exit(1)


# -- documents -------------------------------------------------------------------------
@main.group()
def docs() -> None:
    """Documenti indicizzati."""


@docs.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def docs_list(ctx: click.Context, as_json: bool) -> None:
    """Elenca i documenti indicizzati."""
    records = _library(ctx).documents()
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        **r.meta.model_dump(mode="json"),
                        "n_chunks": r.n_chunks,
                        "dense_state": r.dense_state,
                        "ingested_at": r.ingested_at,
                    }
                    for r in records
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not records:
        click.echo("Nessun documento indicizzato. Usa: piao ingest CARTELLA_O_FILE")
        return
    for r in records:
        m = r.meta
        state = "" if r.dense_state == "done" else "  [indicizzazione semantica in corso]"
        click.echo(
            f"{m.doc_id}\n    ente: {m.ente or '–'} · periodo: {m.periodo or '–'} · "
            f"layout: {m.layout.value} · pagine: {m.n_pages} · blocchi: {r.n_chunks} · "
            f"importato: {r.ingested_at}{state}"
        )


@docs.command("remove")
@click.argument("doc_ids", nargs=-1, required=True)
@click.pass_context
def docs_remove(ctx: click.Context, doc_ids: tuple[str, ...]) -> None:
    """Rimuove documenti dall'indice."""
    library = _library(ctx)
    missing = []
    with user_errors():
        for doc_id in doc_ids:
            if library.remove(doc_id):
                click.echo(f"Rimosso: {doc_id}")
            else:
                missing.append(doc_id)
    if missing:
        raise click.ClickException("Documento non trovato: " + ", ".join(missing))


# -- search ----------------------------------------------------------------------------
def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--ente/--periodo/--doc (repeatable) and --json, shared by search and ask."""
    for option in reversed([
        click.option("--ente", multiple=True, help="Filtra per ente (ripetibile)."),
        click.option("--periodo", multiple=True, help="Filtra per periodo (ripetibile)."),
        click.option("--doc", multiple=True, help="Filtra per documento (ripetibile)."),
        click.option("--json", "as_json", is_flag=True, help="Output JSON."),
    ]):
        fn = option(fn)
    return fn


def _filters(ente: tuple[str, ...], periodo: tuple[str, ...], doc: tuple[str, ...]) -> SearchFilters:
    return SearchFilters(enti=ente, periodi=periodo, doc_ids=doc)


def _print_hits(hits: list[SearchHit], width: int = 400) -> None:
    if not hits:
        click.echo("Nessun passaggio trovato.")
        return
    for i, h in enumerate(hits, start=1):
        c = h.chunk
        body = c.text.split("\n", 1)[-1].strip().replace("\n", " ")
        if len(body) > width:
            body = body[:width] + "…"
        click.echo(click.style(f"[{i}] {c.doc_id} · pag. {c.page}", bold=True))
        click.echo(f"    {c.breadcrumb_text}")
        click.echo(f"    {body}\n")


@main.command()
@click.argument("question")
@click.option("-k", "top_k", default=10, show_default=True, type=click.IntRange(1, 50))
@filter_options
@click.pass_context
def search(
    ctx: click.Context,
    question: str,
    top_k: int,
    ente: tuple[str, ...],
    periodo: tuple[str, ...],
    doc: tuple[str, ...],
    as_json: bool,
) -> None:
    """Cerca i passaggi più pertinenti a una domanda."""
    library = _library(ctx)
    with user_errors():
        hits = Retriever(library.searcher, library.catalog).retrieve(
            question, top_k, _filters(ente, periodo, doc)
        ).hits
    if as_json:
        from assistant.evaluate import passage_dict

        click.echo(json.dumps([passage_dict(h.chunk) | {"breadcrumb": h.chunk.breadcrumb_text,
                                                  "score": h.score} for h in hits],
                              ensure_ascii=False, indent=2))
        return
    _print_hits(hits)


def _stream_answer(
    answerer: Answerer, question: str, filters: SearchFilters | None, history: list[Turn]
) -> Answer:
    """Print the reply as it is generated, then the verified sources."""
    click.echo("")
    streamed: list[str] = []
    final: Answer | None = None
    with user_errors():
        for event in answerer.stream(question, filters, history):
            if isinstance(event, Answer):
                final = event
            else:
                streamed.append(event)
                click.echo(event, nl=False)
    assert final is not None
    if "".join(streamed).strip() != final.text.strip():
        # Marks that point to no passage were removed, or the model failed: show the
        # text that the sources below refer to.
        click.echo(click.style("\n\nRisposta verificata:", bold=True))
        click.echo(final.text, nl=False)
    click.echo("\n")
    _print_sources(final)
    return final


def _print_sources(ans: Answer) -> None:
    if ans.warning:
        click.echo(click.style(f"Attenzione: {ans.warning}", fg="yellow"))
    if ans.citations:
        click.echo(click.style("Fonti:", bold=True))
        for c in ans.citations:
            click.echo(f"  [{c.n}] {c.doc} · pag. {c.page}\n      «{c.quote}»")
    elif ans.passages:
        click.echo(click.style("Passaggi più vicini:", bold=True))
        for c in ans.passages[:3]:
            click.echo(f"  - {c.doc_id} · pag. {c.page} · {c.breadcrumb_text}")


@main.command()
@click.argument("question")
@filter_options
@click.pass_context
def ask(
    ctx: click.Context,
    question: str,
    ente: tuple[str, ...],
    periodo: tuple[str, ...],
    doc: tuple[str, ...],
    as_json: bool,
) -> None:
    """Risponde a una domanda con le fonti (documento, pagina, citazione)."""
    library = _library(ctx)
    if not question.strip():
        raise click.ClickException("La domanda è vuota.")
    answerer = _answerer(ctx, library)
    if not as_json:
        _stream_answer(answerer, question, _filters(ente, periodo, doc), [])
        return
    with user_errors():
        ans = answerer.answer(question, _filters(ente, periodo, doc))
    if as_json:
        click.echo(json.dumps({
            "answer": ans.text,
            "found": ans.found,
            "mode": ans.mode,
            "warning": ans.warning,
            "citations": [c.model_dump() for c in ans.citations],
            "passages": [
                {"doc": c.doc_id, "page": c.page, "breadcrumb": c.breadcrumb_text}
                for c in ans.passages
            ],
        }, ensure_ascii=False, indent=2))


@main.command()
@click.pass_context
def chat(ctx: click.Context) -> None:
    """Conversazione: le domande successive ("e quali sono gli indicatori?") usano le precedenti."""
    library = _library(ctx)
    answerer = _answerer(ctx, library)
    history: list[Turn] = []
    click.echo(f"{len(library.documents())} documenti indicizzati. Modalità: {answerer.label}.")
    click.echo("Riga vuota o Ctrl-D per uscire.")
    while True:
        try:
            question = input("\ntu> ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question:
            break
        try:
            ans = _stream_answer(answerer, question, None, history)
        except click.ClickException as exc:  # one bad turn does not end the conversation
            click.echo(click.style(exc.message, fg="red"))
            continue
        if ans.query and ans.query != question:
            click.echo(click.style(f"(domanda intesa: {ans.query})", dim=True))
        history.append(Turn(question, ans.text))


# -- index maintenance -----------------------------------------------------------------
@main.group()
def index() -> None:
    """Manutenzione dell'indice."""


@index.command("status")
@click.pass_context
def index_status(ctx: click.Context) -> None:
    """Stato dell'indice: documenti, blocchi, blocchi senza vettore."""
    library = _library(ctx)
    with user_errors():
        click.echo(
            f"cartella dati: {_settings(ctx).data_dir}\n"
            f"documenti: {len(library.documents())}\n"
            f"blocchi: {library.catalog.count_chunks()}\n"
            f"blocchi in attesa di indicizzazione semantica: {library.indexer.dense_backlog()}"
        )


@index.command("sync")
@click.pass_context
def index_sync(ctx: click.Context) -> None:
    """Completa l'indicizzazione semantica e rimuove vettori orfani."""
    library = _library(ctx)
    with user_errors():
        r = library.sync_dense()
    click.echo(f"{r.embedded} blocchi indicizzati, {r.orphans_removed} vettori orfani rimossi.")


@index.command("rebuild")
@click.option("--yes", is_flag=True, help="Non chiedere conferma.")
@click.pass_context
def index_rebuild(ctx: click.Context, yes: bool) -> None:
    """Ricostruisce l'indice dalle copie dei documenti importati (anche se danneggiato)."""
    from services import rebuild_index

    if not yes:
        click.confirm("Ricostruire l'indice da zero?", abort=True)
    with user_errors():
        library = rebuild_index(_settings(ctx))
    click.echo(
        f"Indice ricostruito: {len(library.documents())} documenti, "
        f"{library.catalog.count_chunks()} blocchi."
    )


# -- evaluation ------------------------------------------------------------------------
@main.group("eval")
def eval_group() -> None:
    """Valutazione su set di riferimento (formato shared/eval)."""


def _eval_library(ctx: click.Context, out: Path, corpus: tuple[Path, ...]) -> Library:
    """A fresh index under OUT, fed with the corpus (re-runs skip unchanged files)."""
    library = _library(ctx, out / "index-data")
    started = time.perf_counter()
    report = _ingest_with_progress(library, list(corpus) or [DEFAULT_CORPUS], {})
    for f in report.failures:
        click.echo(f"  ✗ {f.file_name}: {f.message}", err=True)
    click.echo(
        f"Corpus: {len(library.documents())} documenti, {library.catalog.count_chunks()} blocchi "
        f"({time.perf_counter() - started:.1f} s)",
        err=True,
    )
    return library


@eval_group.command("qa")
@click.argument("golden", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--corpus", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Documenti o cartelle da valutare (default: data/samples).")
@click.pass_context
def eval_qa(ctx: click.Context, golden: Path, out: Path, corpus: tuple[Path, ...]) -> None:
    """Valuta recupero (e risposte) su un file JSONL di domande di riferimento."""
    try:
        items = load_golden_qa(golden)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    with user_errors():
        library = _eval_library(ctx, out, corpus)
        answerer = _answerer(ctx, library)

        def system(question: str) -> QAOutput:
            ans = answerer.answer(question)
            return QAOutput(
                answer=ans.text,
                passages=ans.passages,
                citations=[c.as_prediction() for c in ans.citations],
            )

        system("riscaldamento")  # first query loads the models: keep it out of latency
        metrics = run_qa_eval(items, system, out, with_answers=True)
    click.echo(format_metrics(metrics, with_answers=True))
    click.echo(f"\nPredizioni: {out / 'predictions.jsonl'}  Metriche: {out / 'metrics.json'}")


if __name__ == "__main__":
    main()
