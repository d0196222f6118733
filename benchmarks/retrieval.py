"""Retrieval benchmark: this pipeline vs a naive LangChain baseline, same process.

Both index the same corpus with the same bundled e5 embedder and answer the same
golden questions; the baseline is RecursiveCharacterTextSplitter(1000/200) +
Chroma similarity search, embedding whole chunks. Prints both side by side, plus
ingestion time and throughput.

    python benchmarks/retrieval.py [--golden FILE] [--corpus DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.evaluate import QAOutput, load_golden_qa, run_qa_eval  # noqa: E402
from assistant.retrieve import Retriever  # noqa: E402
from ingest.models import Chunk, UnitKind  # noqa: E402
from settings import load_settings  # noqa: E402
from vectorstore.embeddings import E5BundledEmbedder  # noqa: E402
from vectorstore.store import ChromaStore  # noqa: E402

DEFAULT_GOLDEN = REPO.parent / "shared" / "eval" / "dev_qa.jsonl"


def bench_pipeline(corpus: Path, golden: Path, out: Path) -> dict:
    from services import build_library

    settings = load_settings(data_dir=out / "pipeline-data")
    library = build_library(settings)
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    n_chars = sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in files)
    started = time.perf_counter()
    report = library.ingest([corpus])
    total = time.perf_counter() - started
    retriever = Retriever(library.searcher, library.catalog)
    retriever.retrieve("riscaldamento")
    metrics = run_qa_eval(
        load_golden_qa(golden),
        lambda q: QAOutput(answer="", passages=[h.chunk for h in retriever.retrieve(q, 10).hits]),
        out / "pipeline",
        with_answers=False,
    )
    return {
        "metrics": metrics["overall"],
        "ingest_s": total,
        "lexical_s": report.lexical_seconds,
        "dense_s": report.dense.seconds,
        "chunks": library.catalog.count_chunks(),
        "chars": n_chars,
    }


def bench_baseline(corpus: Path, golden: Path, out: Path) -> dict:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    embedder = E5BundledEmbedder(max_tokens=512)  # the naive pipeline embeds whole chunks
    store = ChromaStore(
        path=out / "baseline-chroma", collection="baseline", embedder_name=embedder.name,
        dim=embedder.dim,
    )
    started = time.perf_counter()
    chunks: dict[str, Chunk] = {}
    n_chars = 0
    for path in sorted(p for p in corpus.iterdir() if p.is_file()):
        text = path.read_text(encoding="utf-8")
        n_chars += len(text)
        for i, piece in enumerate(splitter.split_text(text)):
            cid = uuid.uuid5(uuid.NAMESPACE_URL, f"{path.name}:{i}").hex
            chunks[cid] = Chunk(
                id=cid, doc_id=path.name, ordinal=i, kind=UnitKind.SECTION, text=piece,
                source_text=piece, page=1, page_end=1, char_start=0, char_end=len(piece),
                breadcrumb=(path.name,),
            )
    ids = list(chunks)
    for start in range(0, len(ids), 32):
        batch = ids[start : start + 32]
        store.upsert(
            batch,
            embedder.embed_documents([chunks[c].text for c in batch]),
            [{"doc_id": chunks[c].doc_id} for c in batch],
        )
    total = time.perf_counter() - started

    def system(question: str) -> QAOutput:
        found = store.query(embedder.embed_query(question), 10)
        return QAOutput(answer="", passages=[chunks[c] for c, _s in found])

    system("riscaldamento")
    metrics = run_qa_eval(load_golden_qa(golden), system, out / "baseline", with_answers=False)
    return {"metrics": metrics["overall"], "ingest_s": total, "lexical_s": None,
            "dense_s": total, "chunks": len(chunks), "chars": n_chars}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--golden", type=Path, default=DEFAULT_GOLDEN)
    parser.add_argument("--corpus", type=Path, default=REPO / "data" / "samples")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="piao-bench-"))
    print(f"corpus {args.corpus}  golden {args.golden}  out {out}", flush=True)
    ours = bench_pipeline(args.corpus, args.golden, out)
    base = bench_baseline(args.corpus, args.golden, out)

    rows = [
        ("hit@1", "hit@1", "{:.3f}"), ("hit@3", "hit@3", "{:.3f}"), ("hit@5", "hit@5", "{:.3f}"),
        ("hit@10", "hit@10", "{:.3f}"), ("MRR@10", "mrr@10", "{:.3f}"),
        ("retrieval p50 ms", "latency_p50_ms", "{:.1f}"),
        ("retrieval p95 ms", "latency_p95_ms", "{:.1f}"),
        ("top-5 chars (mean)", "top5_chars_mean", "{:.0f}"),
    ]
    print(f"\n{'':<24}{'pipeline':>12}{'baseline':>12}{'ratio':>10}")
    for label, key, fmt in rows:
        a, b = ours["metrics"][key], base["metrics"][key]
        ratio = f"{a / b:>10.2f}" if b else f"{'–':>10}"
        print(f"{label:<24}{fmt.format(a):>12}{fmt.format(b):>12}{ratio}")
    for label, key in (("ingestion s (total)", "ingest_s"), ("  lexical phase s", "lexical_s"),
                       ("  dense phase s", "dense_s")):
        a, b = ours[key], base[key]
        print(f"{label:<24}{a:>12.1f}{(f'{b:.1f}' if b is not None else '–'):>12}"
              f"{(f'{a / b:>10.2f}' if b else f'{chr(8211):>10}')}")
    print(f"{'chunks':<24}{ours['chunks']:>12}{base['chunks']:>12}")
    for name, r in (("pipeline", ours), ("baseline", base)):
        print(f"throughput {name}: {r['chars'] / r['ingest_s'] / 1000:.1f} k chars/s, "
              f"{r['chunks'] / r['ingest_s']:.1f} chunks/s")


if __name__ == "__main__":
    main()
