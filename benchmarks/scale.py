"""Scale benchmark: ingestion, index size, memory and retrieval latency vs corpus size.

For each corpus size (multiples of data/samples, see benchmarks/corpus.py), each
Chroma mode (embedded directory, `chroma run` server on loopback) and each embedder:

  * ingestion: wall time, lexical and dense phases, time spent inside the embedder,
    throughput; peak RSS of the ingesting process (a fresh subprocess per run);
  * index size on disk (catalog + Chroma; the server's directory in server mode);
  * retrieval: p50/p95 of the question-aware retrieval the app uses (BM25 + dense +
    fusion + municipality filters + org-chart hop) over a fixed set of 30 questions,
    in a fresh process (peak RSS of a process that only answers questions).

Embedders: `e5` is the real bundled multilingual-e5-small (about 7 chunks/s on two
CPU cores: 1,000x the samples would take ~15 hours), `hashing` is the model-free
HashingEmbedder (same dimension, 384) so that the index and search machinery can be
measured at 100k+ chunks. Every row says which one it used; real e5 ingestion time
at each size is extrapolated from the measured e5 throughput.

    python benchmarks/scale.py                          # sizes 1,10,100; e5 at 1x
    python benchmarks/scale.py --sizes 1,10,100,1000 --e5-sizes 1,10
    python benchmarks/scale.py --sizes 1 --backends embedded --repeats 1   # quick look

Results are merged into benchmarks/results/scale.json (re-running a size replaces
its rows), and rendered to scale.md and scale.png next to it.

Over 400 lines because one run drives subprocesses for each size × mode × embedder,
times them and renders the tables and the plot; each part is only used here.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

RESULTS_DIR = REPO / "benchmarks" / "results"
CHROMA_EXE = Path(sys.executable).parent / "chroma"

# A fixed question set (the dev questions of shared/eval): some name a municipality
# (retrieval is restricted to its documents), most search the whole corpus.
QUESTIONS = (
    "Quali sono le scadenze IMU indicate nell'obiettivo di assistenza ai contribuenti?",
    "Chi è responsabile del completamento del primo piano di Villa Oliva?",
    "Quali scuole di Cascine San Pietro devono aggiornare il CPI e quale settore se ne occupa?",
    "Che valore atteso ha l'obiettivo dei presidi fissi con le forze dell'ordine?",
    "Quali obiettivi di performance ha il Comune di Lodi per il 2025?",
    "Quante pratiche paesaggistiche vanno digitalizzate nel registro?",
    "Quante sono le priorità strategiche del Comune di Cremosano?",
    "A cosa serve il questionario agli ospiti della RSA e ai loro familiari?",
    "Chi lavora sull'analisi delle aree fabbricabili?",
    "Chi segue l'aggiornamento del PGT a Cassano Magnago?",
    "Entro quando vanno conclusi i lavori alla materna Cristo Risorto secondo il PNRR?",
    "I corsi per insegnare agli anziani a usare pc, smartphone e SPID: sotto quale obiettivo "
    "strategico ricadono e chi ne è responsabile?",
    "Mantenere gli anziani a casa propria: cosa prevedono Cassano Magnago e il piano del "
    "magentino?",
    "Nel 'bilancio sano', quanti moduli e quante sessioni di formazione sono previsti?",
    "chi organizza gli incontri contro le truffe agli anziani?",
    "Chi è la titolare del settore che fa l'indagine di gradimento sullo sportello Online "
    "Insieme?",
    "Quali obiettivi operativi ci sono nel magentino per la missione 06 sport e tempo libero?",
    "Quali dipendenti sono assegnati all'obiettivo di aggiornamento del PGT a Cassano Magnago?",
    "Che finalità ha 'Diversamente abili, ugualmente competenti'?",
    "Nel valore pubblico 2023-2025 di Cassano d'Adda, cosa prevede il progetto 8.2 Industria "
    "nella missione sviluppo economico?",
    "Quale settore fa l'analisi straordinaria delle aree fabbricabili?",
    "L'obiettivo sulle azioni positive per la qualità professionale del personale vale per "
    "tutto il triennio?",
    "Di quanto devono calare le stampe con la digitalizzazione dei processi dello Spazio Città?",
    "Asili nido: confronta gli obiettivi di Cassano Magnago e del magentino.",
    "indicatore x la gestione di viabilità, circolazione, segnaletica e illuminazione "
    "(programma 10.05)?",
    "Quali eventi musicali e teatrali vengono confermati a Cassano Magnago e con chi?",
    "Quale assessore segue la linea strategica Scuola ed istruzione a Cassano d'Adda?",
    "Per gli incontri nelle scuole su educazione stradale e droga, chi è il responsabile "
    "politico?",
    "Perché si vuole ampliare il Palazzetto Tacca?",
    "Chi è il responsabile dell'obiettivo 'Strade sicure' nel piano del magentino?",
)

EMBEDDER_LABELS = {
    "e5": "e5 (real, bundled multilingual-e5-small)",
    "hashing": "hashing (model-free stand-in, 384 dims)",
}


# --------------------------------------------------------------------------- workers


class TimedEmbedder:
    """Wraps an embedder and adds up the time spent embedding passages."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.seconds = 0.0
        self.texts = 0

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        started = time.perf_counter()
        vectors = self.inner.embed_documents(texts)
        self.seconds += time.perf_counter() - started
        self.texts += len(texts)
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def _make_embedder(kind: str) -> TimedEmbedder:
    from settings import load_settings
    from vectorstore.embeddings import HashingEmbedder, make_embedder

    if kind == "hashing":
        return TimedEmbedder(HashingEmbedder(384))
    settings = load_settings()
    return TimedEmbedder(make_embedder("e5-bundled", **settings.embedder_options()))


def _open_library(data_dir: Path, embedder: TimedEmbedder, server_url: str | None) -> Any:
    """services.build_library with a given embedder (settings still apply: batch size…)."""
    from ingest.chunking import Chunker
    from services import Library, build_store
    from settings import load_settings
    from vectorstore.catalog import Catalog
    from vectorstore.index import Indexer
    from vectorstore.search import HybridSearcher

    settings = load_settings(data_dir=data_dir, chroma={"server_url": server_url})
    catalog = Catalog(settings.catalog_path)
    store = build_store(settings, embedder)  # type: ignore[arg-type]
    indexer = Indexer(catalog, store, embedder, batch_size=settings.embedding.batch_size)  # type: ignore[arg-type]
    s = settings.search
    searcher = HybridSearcher(
        catalog, store, embedder,  # type: ignore[arg-type]
        rrf_k=s.rrf_k, dense_candidates=s.dense_candidates, lexical_candidates=s.lexical_candidates,
    )
    c = settings.chunking
    return Library(
        catalog, indexer, searcher, settings.documents_dir,
        chunker=Chunker(max_tokens=c.max_tokens, min_tokens=c.min_tokens, max_chars=c.max_chars),
        max_bytes=settings.ingest.max_file_mb * 1024 * 1024,
    )


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def worker_ingest(args: argparse.Namespace) -> dict[str, Any]:
    embedder = _make_embedder(args.embedder)
    library = _open_library(args.data_dir, embedder, args.server_url)
    files = sorted(args.corpus.glob("*.txt"))
    started = time.perf_counter()
    report = library.ingest([args.corpus])
    total = time.perf_counter() - started
    if report.failures:
        raise SystemExit(f"ingestion failures: {report.failures[:3]}")
    chunks = library.catalog.count_chunks()
    return {
        "docs": library.catalog.count_documents(),
        "chunks": chunks,
        "vectors": library.indexer.store.count(),
        "corpus_mb": sum(p.stat().st_size for p in files) / 1e6,
        "ingest_s": total,
        "lexical_s": report.lexical_seconds,
        "dense_s": report.dense.seconds,
        "embed_s": embedder.seconds,
        "embedded": embedder.texts,
        "ingest_peak_rss_mb": _peak_rss_mb(),
    }


def worker_query(args: argparse.Namespace) -> dict[str, Any]:
    from assistant.answering import Retriever

    embedder = _make_embedder(args.embedder)
    started = time.perf_counter()
    library = _open_library(args.data_dir, embedder, args.server_url)
    retriever = Retriever(library.searcher, library.catalog)
    retriever.retrieve("riscaldamento")  # loads the model, the aliases, the HNSW index
    open_s = time.perf_counter() - started
    searcher, catalog, store = library.searcher, library.catalog, library.indexer.store

    total: list[float] = []
    lexical: list[float] = []
    dense: list[float] = []
    query_embed: list[float] = []
    for _ in range(args.repeats):
        for question in QUESTIONS:
            # HybridSearcher caches query vectors; a repeated question must pay again.
            searcher._query_vectors.clear()
            t0 = time.perf_counter()
            retriever.retrieve(question, 10)
            t1 = time.perf_counter()
            vector = embedder.embed_query(question)
            t2 = time.perf_counter()
            catalog.lexical_search(question, searcher.lexical_candidates)
            t3 = time.perf_counter()
            store.query(vector, searcher.dense_candidates)
            t4 = time.perf_counter()
            total.append((t1 - t0) * 1000)
            query_embed.append((t2 - t1) * 1000)
            lexical.append((t3 - t2) * 1000)
            dense.append((t4 - t3) * 1000)
    return {
        "open_s": open_s,
        "queries": len(total),
        "retrieve_p50_ms": _percentile(total, 50),
        "retrieve_p95_ms": _percentile(total, 95),
        "retrieve_mean_ms": statistics.fmean(total),
        "lexical_p95_ms": _percentile(lexical, 95),
        "dense_p95_ms": _percentile(dense, 95),
        "query_embed_p50_ms": _percentile(query_embed, 50),
        "query_embed_p95_ms": _percentile(query_embed, 95),
        "query_peak_rss_mb": _peak_rss_mb(),
    }


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


# --------------------------------------------------------------------------- driver


def _run_worker(mode: str, **options: Any) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", mode]
    for key, value in options.items():
        if value is not None:
            cmd += [f"--{key.replace('_', '-')}", str(value)]
    env = os.environ | {"ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1",
                        "TOKENIZERS_PARALLELISM": "false"}
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{mode} worker failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _du_mb(path: Path) -> float:
    if not path.exists():
        return 0.0
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


class ChromaServer:
    """`chroma run` on a free loopback port, with its data in `path`."""

    def __init__(self, path: Path) -> None:
        import httpx

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        path.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.url = f"http://127.0.0.1:{port}"
        self._log = (path.parent / f"{path.name}.log").open("wb")
        self.process = subprocess.Popen(
            [str(CHROMA_EXE), "run", "--path", str(path), "--host", "127.0.0.1",
             "--port", str(port)],
            stdout=self._log, stderr=subprocess.STDOUT,
            env=os.environ | {"ANONYMIZED_TELEMETRY": "False"},
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"chroma server exited ({self.process.returncode})")
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("chroma server did not start within 60 s")

    def peak_rss_mb(self) -> float:
        """VmHWM: the server's peak resident memory so far (Linux)."""
        try:
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return float("nan")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def run_one(size: int, backend: str, embedder: str, corpus: Path, work: Path,
            repeats: int) -> dict[str, Any]:
    run_dir = work / f"{size}x-{backend}-{embedder}"
    shutil.rmtree(run_dir, ignore_errors=True)
    data_dir = run_dir / "data"
    server = ChromaServer(run_dir / "chroma-server") if backend == "server" else None
    try:
        url = server.url if server else None
        print(f"  ingest  {size}x {backend} {embedder} …", flush=True)
        ingest = _run_worker("ingest", data_dir=data_dir, corpus=corpus, embedder=embedder,
                             server_url=url)
        print(f"  query   {size}x {backend} {embedder} …", flush=True)
        query = _run_worker("query", data_dir=data_dir, embedder=embedder, server_url=url,
                            repeats=repeats)
        index_mb = _du_mb(data_dir / "index") + (_du_mb(server.path) if server else 0.0)
        server_rss = server.peak_rss_mb() if server else None
    finally:
        if server:
            server.stop()
    row = {
        "size": size, "backend": backend, "embedder": embedder, **ingest, **query,
        "index_mb": index_mb, "server_peak_rss_mb": server_rss,
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}",
    }
    row["chunks_per_s"] = row["chunks"] / row["ingest_s"]
    row["embed_chunks_per_s"] = row["embedded"] / row["embed_s"] if row["embed_s"] else None
    print(f"  → {row['chunks']} chunks, ingest {row['ingest_s']:.1f} s, "
          f"p95 {row['retrieve_p95_ms']:.1f} ms, index {index_mb:.0f} MB", flush=True)
    return row


# --------------------------------------------------------------------------- reports


def extrapolate_e5(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Real e5 passage throughput (chunks/s): the best e5 run, the one least slowed
    down by other work on the machine (all runs are listed next to it)."""
    e5 = [r for r in rows if r["embedder"] == "e5" and r.get("embed_s")]
    if not e5:
        return None
    rates = sorted((r["embedded"] / r["embed_s"] for r in e5), reverse=True)
    best = max(e5, key=lambda r: r["embedded"] / r["embed_s"])
    return {"chunks_per_s": rates[0], "all": rates, "from_chunks": best["embedded"]}


def e5_estimate_s(row: dict[str, Any], e5_rate: float) -> float:
    """Ingestion time with real e5: measured time minus embedding, plus e5 embedding."""
    return row["ingest_s"] - row["embed_s"] + row["chunks"] / e5_rate


def _fmt_s(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.1f} min"
    return f"{seconds / 3600:.1f} h"


def render_markdown(rows: list[dict[str, Any]]) -> str:
    rows = sorted(rows, key=lambda r: (r["backend"], r["size"], r["embedder"]))
    e5 = extrapolate_e5(rows)
    out = [
        "# Scale benchmark results",
        "",
        "Generated by `benchmarks/scale.py` (see benchmarks/README.md for how to read them).",
        "Latency = question-aware retrieval as the app runs it (BM25 + dense + RRF + "
        "municipality filters + org-chart hop), top 10, 30 fixed questions × repeats; "
        "`hashing` rows exclude the cost of a real query embedding (see the e5 column).",
        "",
        "| size | chunks | Chroma | embedder | ingest | chunks/s | lexical phase | dense phase "
        "(embedding) | index MB | peak RSS ingest MB | peak RSS query MB | server RSS MB "
        "| open s | p50 ms | p95 ms | lexical p95 | dense p95 | e5 query embed p50/p95 |",
        "|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        embed_q = (f"{r['query_embed_p50_ms']:.0f} / {r['query_embed_p95_ms']:.0f} ms"
                   if r["embedder"] == "e5" else "–")
        server_rss = f"{r['server_peak_rss_mb']:.0f}" if r.get("server_peak_rss_mb") else "–"
        out.append(
            f"| {r['size']}× | {r['chunks']:,} | {r['backend']} | {r['embedder']} "
            f"| {_fmt_s(r['ingest_s'])} | {r['chunks_per_s']:.1f} | {_fmt_s(r['lexical_s'])} "
            f"| {_fmt_s(r['dense_s'])} ({_fmt_s(r['embed_s'])}) | {r['index_mb']:.0f} "
            f"| {r['ingest_peak_rss_mb']:.0f} | {r['query_peak_rss_mb']:.0f} | {server_rss} "
            f"| {r['open_s']:.1f} | {r['retrieve_p50_ms']:.1f} | {r['retrieve_p95_ms']:.1f} "
            f"| {r['lexical_p95_ms']:.1f} | {r['dense_p95_ms']:.1f} | {embed_q} |"
        )
    if e5:
        out += [
            "",
            "## Real e5 ingestion, extrapolated",
            "",
            f"Measured e5 passage throughput: **{e5['chunks_per_s']:.1f} chunks/s** "
            f"(best of {len(e5['all'])} e5 runs: "
            f"{', '.join(f'{r:.1f}' for r in e5['all'])} chunks/s; passages cut at "
            "`embedding.max_tokens` model tokens). Estimated ingestion with e5 = measured "
            "ingestion − time inside the stand-in embedder + chunks ÷ e5 throughput:",
            "",
            "| size | chunks | Chroma | measured (hashing) | estimated with e5 |",
            "|---:|---:|---|---:|---:|",
        ]
        for r in rows:
            if r["embedder"] == "hashing":
                out.append(
                    f"| {r['size']}× | {r['chunks']:,} | {r['backend']} "
                    f"| {_fmt_s(r['ingest_s'])} | {_fmt_s(e5_estimate_s(r, e5['chunks_per_s']))} |"
                )
    loads = sorted(float(r["machine"].rsplit(" ", 1)[-1]) for r in rows)
    days = sorted({r["measured_at"][:10] for r in rows})
    out += ["", f"Measured on {', '.join(days)}: {rows[0]['machine'].rsplit(', load', 1)[0]}, "
            f"1-minute load average {loads[0]:.1f}–{loads[-1]:.1f} during the runs "
            "(the benchmark alone keeps it near 1-2 on 2 cores; more means other work "
            "shared the machine and the figures are upper bounds).", ""]
    return "\n".join(out)


def render_plot(rows: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(16, 4.8))
    e5 = extrapolate_e5(rows)
    for backend, marker in (("embedded", "o"), ("server", "s")):
        for embedder, style in (("hashing", "-"), ("e5", ":")):
            sel = sorted((r for r in rows if r["backend"] == backend and r["embedder"] == embedder),
                         key=lambda r: r["chunks"])
            if not sel:
                continue
            x = [r["chunks"] for r in sel]
            label = f"{backend}, {embedder}"
            axes[0].plot(x, [r["retrieve_p95_ms"] for r in sel], style, marker=marker,
                         label=f"{label} p95")
            axes[0].plot(x, [r["retrieve_p50_ms"] for r in sel], style, marker=marker,
                         alpha=0.4, label=f"{label} p50")
            axes[1].plot(x, [r["chunks_per_s"] for r in sel], style, marker=marker, label=label)
            axes[2].plot(x, [r["ingest_peak_rss_mb"] for r in sel], style, marker=marker,
                         label=f"{label} ingest")
            axes[2].plot(x, [r["query_peak_rss_mb"] for r in sel], style, marker=marker,
                         alpha=0.4, label=f"{label} query")
            if backend == "server":
                axes[2].plot(x, [r["server_peak_rss_mb"] for r in sel], style, marker="^",
                             alpha=0.7, label=f"chroma server ({embedder})")
            if embedder == "hashing" and e5:
                axes[1].plot(x, [r["chunks"] / e5_estimate_s(r, e5["chunks_per_s"]) for r in sel],
                             "--", marker=marker, alpha=0.6, label=f"{backend}, e5 (extrapolated)")
    axes[0].axhline(100, color="red", lw=0.8, ls="--", label="target p95 100 ms")
    titles = ("Retrieval latency (ms)", "Ingestion throughput (chunks/s)", "Peak RSS (MB)")
    for ax, title in zip(axes, titles, strict=True):
        ax.set_xscale("log")
        ax.set_xlabel("chunks in the index")
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
    axes[0].set_yscale("log")
    axes[1].set_yscale("log")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def save(rows: list[dict[str, Any]], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "scale.json").write_text(json.dumps(rows, indent=2) + "\n")
    (out / "scale.md").write_text(render_markdown(rows))
    render_plot(rows, out / "scale.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100", help="corpus sizes, × the samples")
    parser.add_argument("--e5-sizes", default="1", help="sizes also run with the real e5")
    parser.add_argument("--backends", default="embedded,server")
    parser.add_argument("--repeats", type=int, default=3, help="passes over the 30 questions")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, default=None, help="corpora and indexes (tmp)")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR)
    parser.add_argument("--fresh", action="store_true", help="drop previous results")
    parser.add_argument("--keep", action="store_true", help="keep the indexes in the work dir")
    parser.add_argument("--render-only", action="store_true", help="re-render md/png")
    # worker-only options
    parser.add_argument("--worker", choices=("ingest", "query"), help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--embedder", help=argparse.SUPPRESS)
    parser.add_argument("--server-url", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        result = worker_ingest(args) if args.worker == "ingest" else worker_query(args)
        print(json.dumps(result))
        return

    results_file = args.out / "scale.json"
    rows: list[dict[str, Any]] = []
    if results_file.exists() and not args.fresh:
        rows = json.loads(results_file.read_text())
    if args.render_only:
        save(rows, args.out)
        return

    from benchmarks.corpus import write_corpus

    sizes = [int(s) for s in args.sizes.split(",") if s]
    e5_sizes = {int(s) for s in args.e5_sizes.split(",") if s}
    backends = [b for b in args.backends.split(",") if b]
    work = args.work or Path(tempfile.mkdtemp(prefix="piao-scale-"))
    print(f"work dir {work}", flush=True)
    for size in sizes:
        corpus = work / f"corpus-{size}x"
        started = time.perf_counter()
        files = write_corpus(corpus, size, args.seed)
        print(f"{size}×: {len(files)} files ({time.perf_counter() - started:.1f} s)", flush=True)
        embedders = ["hashing"] + (["e5"] if size in e5_sizes else [])
        for embedder in embedders:
            for backend in backends:
                row = run_one(size, backend, embedder, corpus, work, args.repeats)
                rows = [r for r in rows if (r["size"], r["backend"], r["embedder"])
                        != (size, backend, embedder)] + [row]
                save(rows, args.out)  # after every run: a long benchmark keeps its results
                if not args.keep:
                    shutil.rmtree(work / f"{size}x-{backend}-{embedder}", ignore_errors=True)
    print(f"\nresults: {args.out / 'scale.md'}  plot: {args.out / 'scale.png'}")


if __name__ == "__main__":
    main()
