"""`piao`: the command line. Domain errors become Italian messages and exit codes here.

An edge: every command calls `services` (the same functions the web app calls) and
only prints. Over 400 lines because it holds one Click command per user command
(ingest, docs, search, ask, chat, index, eval, extract, records, draft) with its
options and Italian output; split, the `piao` reference would be scattered over
modules that each print a few lines.
"""

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

from assistant.answering import Answer, Answerer, Turn
from assistant.errors import AssistantError
from ingest.errors import IngestError
from services import (
    FileRecords,
    IngestReport,
    Library,
    answer_dict,
    build_answerer,
    build_drafter,
    build_library,
    build_llm_extractor,
    check_question,
    count_by_settore,
    count_records,
    eval_library,
    evaluate_qa,
    evaluate_records,
    export_records,
    extract_records,
    files_to_ingest,
    list_records,
    load_golden_qa,
    load_golden_records,
    make_filters,
    rebuild_index,
    record_filters,
    records_to_check,
    search_passages,
    write_draft,
)
from settings import Settings, load_settings
from vectorstore.errors import VectorStoreError
from vectorstore.search import SearchFilters, SearchHit

REPO_ROOT = Path(__file__).resolve().parent
DEFAULT_CORPUS = REPO_ROOT / "data" / "samples"

log = logging.getLogger("piao")


class UserError(click.ClickException):
    """A message for the user, printed in Italian ("Errore: …"), exit code 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"Errore: {self.format_message()}", err=True, file=file)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn typed domain errors into a clear message and a non-zero exit."""
    try:
        yield
    except (IngestError, VectorStoreError, AssistantError) as exc:
        raise UserError(exc.user_message) from exc


def _answerer(ctx: click.Context, library: Library) -> Answerer:
    with user_errors():
        return build_answerer(_settings(ctx), library)


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


def _library(ctx: click.Context, data_dir: Path | None = None) -> Library:
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
    library: Library,
    paths: list[Path],
    overrides: dict[str, str],
    dense: bool = True,
    force: bool = False,
) -> IngestReport:
    n_files = len(files_to_ingest(paths))
    with tqdm(total=n_files, desc="Lettura documenti", unit="file", file=sys.stderr) as bar:
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
            paths, overrides, on_file=lambda _p: bar.update(1), dense_progress=on_dense, dense=dense,
            force=force,
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
@click.option("--force", is_flag=True, help="Rileggi anche i file invariati (nuove impostazioni).")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    if_missing: bool,
    ente: str | None,
    periodo: str | None,
    title: str | None,
    lexical_only: bool,
    force: bool,
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
        report = _ingest_with_progress(
            library, list(paths), overrides, dense=not lexical_only, force=force
        )
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


@docs.command("reindex")
@click.argument("doc_ids", nargs=-1, required=True)
@click.pass_context
def docs_reindex(ctx: click.Context, doc_ids: tuple[str, ...]) -> None:
    """Rilegge i documenti con le impostazioni attuali e ne ricalcola i vettori."""
    library = _library(ctx)
    with user_errors():
        for doc_id in doc_ids:
            report = library.reindex(doc_id)
            if report.failures:
                raise UserError(f"{doc_id}: {report.failures[0].message}")
            click.echo(f"Reindicizzato: {doc_id} ({report.outcomes[0].n_chunks} blocchi)")
        click.echo("Calcolo i vettori…")
        library.sync_dense()


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
        raise UserError("Documento non trovato: " + ", ".join(missing))


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


def _filters(
    ente: tuple[str, ...], periodo: tuple[str, ...], doc: tuple[str, ...]
) -> SearchFilters | None:
    return make_filters(ente, doc, periodo)


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
        hits = search_passages(library, question, top_k, _filters(ente, periodo, doc))
    if as_json:
        from assistant.evaluation import passage_dict

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
    with user_errors():
        question = check_question(question, _settings(ctx))
    library = _library(ctx)
    answerer = _answerer(ctx, library)
    if not as_json:
        _stream_answer(answerer, question, _filters(ente, periodo, doc), [])
        return
    with user_errors():
        ans = answerer.answer(question, _filters(ente, periodo, doc))
    click.echo(json.dumps(answer_dict(ans), ensure_ascii=False, indent=2))


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
            with user_errors():
                question = check_question(question, _settings(ctx))
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


def _eval_library(
    ctx: click.Context, out: Path, corpus: tuple[Path, ...], dense: bool = True
) -> Library:
    """A fresh index under OUT, fed with the corpus (re-runs skip unchanged files)."""

    with user_errors():
        library = eval_library(_settings(ctx), out)
    started = time.perf_counter()
    report = _ingest_with_progress(library, list(corpus) or [DEFAULT_CORPUS], {}, dense=dense)
    for f in report.failures:
        click.echo(f"  ✗ {f.file_name}: {f.message}", err=True)
    click.echo(
        f"Corpus: {len(library.documents())} documenti, {library.catalog.count_chunks()} blocchi "
        f"({time.perf_counter() - started:.1f} s)",
        err=True,
    )
    return library


def _golden(load: Callable[[Path], list[Any]], golden: Path) -> list[Any]:
    try:
        return load(golden)
    except ValueError as exc:  # the file's format, in Italian
        raise UserError(str(exc)) from exc


@eval_group.command("qa")
@click.argument("golden", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--corpus", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Documenti o cartelle da valutare (default: data/samples).")
@click.pass_context
def eval_qa(ctx: click.Context, golden: Path, out: Path, corpus: tuple[Path, ...]) -> None:
    """Valuta recupero (e risposte) su un file JSONL di domande di riferimento."""
    from assistant.evaluation import format_metrics

    items = _golden(load_golden_qa, golden)
    with user_errors():
        library = _eval_library(ctx, out, corpus)
        # the first question loads the models: asked apart, out of the latency
        run = evaluate_qa(_answerer(ctx, library), items, warm_up=True)
        run.write(out)
    click.echo(format_metrics(run.metrics, with_answers=True))
    click.echo(f"\nPredizioni: {out / 'predictions.jsonl'}  Metriche: {out / 'metrics.json'}")


@eval_group.command("records")
@click.argument("golden", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--corpus", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Documenti o cartelle da valutare (default: data/samples).")
@click.pass_context
def eval_records(ctx: click.Context, golden: Path, out: Path, corpus: tuple[Path, ...]) -> None:
    """Valuta i record degli obiettivi estratti su un file JSONL di record di riferimento."""
    from assistant.evaluation import format_record_metrics

    items = _golden(load_golden_records, golden)
    with user_errors():
        # records are made at ingestion (lexical phase): no dense vectors needed here
        library = _eval_library(ctx, out, corpus, dense=False)
        run = evaluate_records(library, items)
        run.write(out)
    click.echo(format_record_metrics(run.metrics))
    click.echo(f"\nPredizioni: {out / 'predictions.jsonl'}  Metriche: {out / 'metrics.json'}")


# -- objective records -----------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "xlsx"]),
              help="Formato (default: dall'estensione di --out).")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File di destinazione.")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[Path, ...], fmt: str | None, out: Path) -> None:
    """Estrae gli obiettivi di documenti PIAO (senza indicizzarli) in JSON, CSV o XLSX."""
    from assistant.records import export_records as write_records
    from assistant.records import records_format_for

    def on_file(f: FileRecords) -> None:
        click.echo(f"  {f.path.name}: {len(f.records)} obiettivi ({f.layout})", err=True)
        if f.warning:
            click.echo(f"  ⚠ {f.path.name}: {f.warning}", err=True)

    with user_errors():
        records_format_for(out, fmt)  # a bad format fails before any parsing
        extraction = extract_records(list(paths), build_llm_extractor(_settings(ctx)), on_file)
    records = extraction.records
    for f in extraction.failures:
        click.echo(f"  ✗ {f.file_name}: {f.message}", err=True)
    with user_errors():
        written = write_records(records, out, fmt)
    click.echo(f"{len(records)} obiettivi scritti in {out} ({written}).")
    if extraction.failures and not records:
        ctx.exit(1)


@main.group()
def records() -> None:
    """Obiettivi come dati: elenco, conteggi, controlli di completezza, esportazione."""


def record_filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed([
        click.option("--ente", help="Filtra per ente (parole, senza maiuscole/accenti)."),
        click.option("--periodo", help="Filtra per periodo, es. 2024-2026."),
        click.option("--settore", help="Filtra per settore, es. \"Lavori pubblici\"."),
        click.option("--responsabile", help="Filtra per responsabile."),
        click.option("--q", "keyword", help="Parole chiave in qualunque campo."),
        click.option("--doc", "doc_ids", multiple=True, help="Filtra per documento (ripetibile)."),
    ]):
        fn = option(fn)
    return fn


def _record_filters(**kwargs: Any) -> Any:

    return record_filters(**kwargs)


@records.command("list")
@record_filter_options
@click.option("--count", is_flag=True, help="Solo il numero di obiettivi.")
@click.option("--by-settore", is_flag=True, help="Numero di obiettivi per settore.")
@click.option("--limit", type=click.IntRange(1), help="Al massimo N obiettivi.")
@click.option("--json", "as_json", is_flag=True, help="Output JSON (record completi con le fonti).")
@click.pass_context
def records_list(
    ctx: click.Context, count: bool, by_settore: bool, limit: int | None, as_json: bool, **filters: Any
) -> None:
    """Elenca (o conta) gli obiettivi estratti dai documenti indicizzati."""

    library = _library(ctx)
    f = _record_filters(**filters)
    with user_errors():
        if by_settore:
            groups = count_by_settore(library, f)
            if as_json:
                click.echo(json.dumps([{"settore": g.value, "obiettivi": g.count} for g in groups],
                                      ensure_ascii=False, indent=2))
                return
            for g in groups:
                click.echo(f"{g.count:>5}  {g.value}")
            click.echo(f"{sum(g.count for g in groups):>5}  totale")
            return
        if count:
            n = count_records(library, f)
            click.echo(json.dumps({"obiettivi": n}) if as_json else f"{n} obiettivi")
            return
        found = list_records(library, f, limit)
    if as_json:
        click.echo(json.dumps([r.model_dump(mode="json") for r in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("Nessun obiettivo trovato con questi filtri.")
        return
    for r in found:
        code = f"[{r.codice}] " if r.codice else ""
        who = r.settore or r.responsabile or "responsabile non indicato"
        title = r.titolo or "(senza titolo)"
        click.echo(f"{code}{title[:140]}{'…' if len(title) > 140 else ''}")
        click.echo(f"    {r.doc_id} · pag. {r.page} · {who}" + (f" · scadenza {r.scadenza}" if r.scadenza else ""))
    click.echo(f"\n{len(found)} obiettivi")


@records.command("check")
@click.argument("doc_id", required=False)
@click.option("--file", "from_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Controlla un file JSON esportato (piao extract / records export) invece dell'indice.")
@click.option("--summary", is_flag=True, help="Solo il riepilogo per documento.")
@click.option("--json", "as_json", is_flag=True, help="Output JSON.")
@click.pass_context
def records_check(
    ctx: click.Context, doc_id: str | None, from_file: Path | None, summary: bool, as_json: bool
) -> None:
    """Controlla la completezza degli obiettivi (di tutti i documenti o di DOC_ID)."""
    from assistant.records import check_records, format_report, load_records_json

    with user_errors():
        if from_file is not None:
            found = load_records_json(from_file)
            if doc_id:
                found = [r for r in found if r.doc_id == doc_id]
        else:
            found = records_to_check(_library(ctx), doc_id)
    reports = check_records(found)
    if as_json:
        click.echo(json.dumps([
            {
                "doc": rep.doc_id,
                "obiettivi": rep.n_records,
                "completi": rep.n_complete,
                "problemi": {c.value: n for c, n in rep.counts().items()},
                "segnalazioni": [
                    {"controllo": i.check.value, "pagina": i.page, "obiettivo": i.title,
                     "record_id": i.record_id, "messaggio": i.message}
                    for i in rep.issues
                ],
            }
            for rep in reports
        ], ensure_ascii=False, indent=2))
        return
    click.echo(format_report(reports, details=not summary))


@records.command("export")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "xlsx"]),
              help="Formato (default: dall'estensione del file).")
@record_filter_options
@click.pass_context
def records_export(ctx: click.Context, out: Path, fmt: str | None, **filters: Any) -> None:
    """Esporta gli obiettivi dell'indice (con i filtri dati) in JSON, CSV o XLSX."""

    with user_errors():
        done = export_records(_library(ctx), out, fmt, _record_filters(**filters))
    click.echo(f"{done.count} obiettivi scritti in {out} ({done.fmt}).")


# -- drafts ----------------------------------------------------------------------------
@main.command()
@click.argument("intento")
@click.option("--settore", help="Settore che realizza l'obiettivo.")
@click.option("--responsabile", help="Responsabile (come l'ente lo indica).")
@click.option("--ente", help="Ente, es. \"Comune di Valchiara\".")
@click.option("--periodo", help="Periodo del PIAO, es. 2026-2028 (default: il triennio dal prossimo anno).")
@click.option("--strategico", help="Obiettivo strategico (DUP) a cui si collega.")
@click.option("--json", "as_json", is_flag=True, help="Output JSON (bozza, note, precedenti, avvisi).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Salva la bozza in FILE.md, FILE.docx o FILE.json.")
@click.pass_context
def draft(
    ctx: click.Context,
    intento: str,
    settore: str | None,
    responsabile: str | None,
    ente: str | None,
    periodo: str | None,
    strategico: str | None,
    as_json: bool,
    out: Path | None,
) -> None:
    """Bozza di un nuovo obiettivo a partire dai precedenti nei documenti indicizzati."""
    from assistant.drafting import DraftRequest, draft_format_for, draft_json, draft_markdown

    with user_errors():
        request = DraftRequest.build(intento, settore, responsabile, ente, periodo, strategico)
        if out is not None:
            draft_format_for(out)  # a bad format fails before the index is opened
        library = _library(ctx)
        done = write_draft(build_drafter(_settings(ctx), library), request, out)
    click.echo(draft_json(done.draft) if as_json else draft_markdown(done.draft))
    if done.written:
        click.echo(f"Bozza salvata in {out} ({done.written}).", err=True)


if __name__ == "__main__":
    main()
