"""Retrieval benchmark: this pipeline vs a naive LangChain baseline, same process.

Both index the same files with the same bundled e5 embedder and answer the same
golden questions. The baseline is what a generic LangChain pipeline does: the
file's plain text (pypdf for PDF, python-docx paragraphs and cells for DOCX),
RecursiveCharacterTextSplitter(1000/200), BM25 and e5 similarity fused by
reciprocal rank. Prints both side by side with ratios, hit@5 per document, plus
ingestion time and throughput.

    python benchmarks/retrieval.py                 # every golden set below
    python benchmarks/retrieval.py --sets dev      # one set
    python benchmarks/retrieval.py --golden FILE --corpus DIR [--corpus DIR]

Sets: `dev` (../shared/eval over the samples), `samples-train` / `samples-test`
(benchmarks/questions), `layouts-train` / `layouts-test` (benchmarks/corpora, asked
over the samples and both splits of the generated plans together).
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

from assistant.answering import Retriever  # noqa: E402
from assistant.evaluation import QAOutput, load_golden_qa, run_qa_eval  # noqa: E402
from ingest.models import Chunk, UnitKind  # noqa: E402
from settings import load_settings  # noqa: E402
from vectorstore.embeddings import E5BundledEmbedder  # noqa: E402
from vectorstore.store import ChromaStore  # noqa: E402

DEFAULT_GOLDEN = REPO.parent / "shared" / "eval" / "dev_qa.jsonl"
SAMPLES = REPO / "data" / "samples"
LAYOUTS = (REPO / "benchmarks" / "corpora" / "docs" / "train", REPO / "benchmarks" / "corpora" / "docs" / "test")
SETS: dict[str, tuple[Path, tuple[Path, ...]]] = {
    "dev": (DEFAULT_GOLDEN, (SAMPLES,)),
    "samples-train": (REPO / "benchmarks" / "questions" / "samples_train.jsonl", (SAMPLES,)),
    "samples-test": (REPO / "benchmarks" / "questions" / "samples_test.jsonl", (SAMPLES,)),
    "layouts-train": (REPO / "benchmarks" / "corpora" / "gold" / "train_qa.jsonl", (SAMPLES, *LAYOUTS)),
    "layouts-test": (REPO / "benchmarks" / "corpora" / "gold" / "test_qa.jsonl", (SAMPLES, *LAYOUTS)),
}


def _files(corpus: tuple[Path, ...]) -> list[Path]:
    out: list[Path] = []
    for c in corpus:
        out.extend(sorted(p for p in c.iterdir() if p.is_file()) if c.is_dir() else [c])
    return out


def naive_text(path: Path) -> str:
    """The plain text a generic loader gives (LangChain's PyPDFLoader is pypdf)."""
    if path.suffix.lower() == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if path.suffix.lower() == ".docx":
        import docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            parts.extend(" ".join(c.text for c in row.cells) for row in table.rows)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8", errors="replace")


def build_pipeline(corpus: tuple[Path, ...], out: Path) -> tuple[object, dict]:
    from services import build_library

    settings = load_settings(data_dir=out / "pipeline-data")
    library = build_library(settings)
    files = _files(corpus)
    started = time.perf_counter()
    report = library.ingest(list(corpus))
    total = time.perf_counter() - started
    retriever = Retriever(library.searcher, library.catalog)
    retriever.retrieve("riscaldamento")

    def system(question: str) -> QAOutput:
        return QAOutput(answer="", passages=[h.chunk for h in retriever.retrieve(question, 10).hits])

    stats = {
        "ingest_s": total, "lexical_s": report.lexical_seconds, "dense_s": report.dense.seconds,
        "chunks": library.catalog.count_chunks(), "chars": sum(len(naive_text(p)) for p in files),
    }
    return system, stats


def _bm25(docs: list[list[str]]):  # noqa: ANN202 - a scoring closure
    """Okapi BM25 over tokenised chunks (k1 1.5, b 0.75), as LangChain's BM25Retriever."""
    import math
    from collections import Counter

    n = len(docs)
    avg = sum(len(d) for d in docs) / max(n, 1)
    df = Counter(t for d in docs for t in set(d))
    tfs = [Counter(d) for d in docs]

    def scores(query: list[str]) -> list[float]:
        out = []
        for d, tf in zip(docs, tfs, strict=True):
            s = 0.0
            for t in query:
                if t in tf:
                    idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                    s += idf * tf[t] * 2.5 / (tf[t] + 1.5 * (0.25 + 0.75 * len(d) / avg))
            out.append(s)
        return out

    return scores


def build_baseline(corpus: tuple[Path, ...], out: Path) -> tuple[object, dict]:
    import re as _re

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
    for path in _files(corpus):
        text = naive_text(path)
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

    def tokens(text: str) -> list[str]:
        return _re.findall(r"\w+", text.lower())

    bm25 = _bm25([tokens(chunks[c].text) for c in ids])

    def system(question: str) -> QAOutput:
        dense = [c for c, _s in store.query(embedder.embed_query(question), 20)]
        lexical_scores = bm25(tokens(question))
        lexical = [ids[i] for i in sorted(range(len(ids)), key=lambda i: -lexical_scores[i])[:20]]
        fused: dict[str, float] = {}
        for ranking in (dense, lexical):
            for rank, cid in enumerate(ranking):
                fused[cid] = fused.get(cid, 0.0) + 1 / (60 + rank)
        best = sorted(fused, key=lambda c: -fused[c])[:10]
        return QAOutput(answer="", passages=[chunks[c] for c in best])

    system("riscaldamento")
    return system, {"ingest_s": total, "lexical_s": None, "dense_s": total, "chunks": len(chunks), "chars": n_chars}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma-separated set names (default: all): " + ", ".join(SETS))
    parser.add_argument("--golden", type=Path, help="a golden file instead of the sets")
    parser.add_argument("--corpus", type=Path, action="append", help="with --golden (default: data/samples)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="piao-bench-"))
    if args.golden:
        sets = {args.golden.stem: (args.golden, tuple(args.corpus or [SAMPLES]))}
    else:
        wanted = args.sets.split(",") if args.sets else list(SETS)
        sets = {n: SETS[n] for n in wanted if SETS[n][0].exists()}
    systems: dict[tuple[Path, ...], tuple] = {}
    for name, (golden, corpus) in sets.items():
        if corpus not in systems:
            tag = f"c{len(systems)}"
            print(f"indexing {', '.join(p.name for p in corpus)} …", file=sys.stderr, flush=True)
            systems[corpus] = (build_pipeline(corpus, out / tag), build_baseline(corpus, out / tag))
        (ours_sys, ours), (base_sys, base) = systems[corpus]
        items = load_golden_qa(golden)
        m_ours = run_qa_eval(items, ours_sys, out / name / "pipeline", with_answers=False)
        m_base = run_qa_eval(items, base_sys, out / name / "baseline", with_answers=False)
        _report(name, golden, m_ours, m_base, ours, base)


def _report(name: str, golden: Path, m_ours: dict, m_base: dict, ours: dict, base: dict) -> None:
    print(f"\n## {name} ({golden.name}, {m_ours['overall']['n']} questions)")
    rows = [
        ("hit@1", "hit@1", "{:.3f}"), ("hit@3", "hit@3", "{:.3f}"), ("hit@5", "hit@5", "{:.3f}"),
        ("hit@10", "hit@10", "{:.3f}"), ("MRR@10", "mrr@10", "{:.3f}"),
        ("retrieval p50 ms", "latency_p50_ms", "{:.1f}"),
        ("retrieval p95 ms", "latency_p95_ms", "{:.1f}"),
        ("top-5 chars (mean)", "top5_chars_mean", "{:.0f}"),
    ]
    print(f"\n{'':<24}{'pipeline':>12}{'baseline':>12}{'ratio':>10}")
    for label, key, fmt in rows:
        a, b = m_ours["overall"][key], m_base["overall"][key]
        ratio = f"{a / b:>10.2f}" if b else f"{'–':>10}"
        print(f"{label:<24}{fmt.format(a):>12}{fmt.format(b):>12}{ratio}")
    print(f"\n{'hit@5 per document':<58}{'n':>4}{'pipeline':>10}{'baseline':>10}")
    for doc, m in m_ours.get("per_doc", {}).items():
        b = m_base.get("per_doc", {}).get(doc, {}).get("hit@5")
        flag = "  < baseline" if b is not None and m["hit@5"] < b else ""
        print(f"{doc[:56]:<58}{m['n_with_evidence']:>4}{m['hit@5']:>10.3f}{(b if b is not None else 0):>10.3f}{flag}")
    for label, key in (("ingestion s (total)", "ingest_s"), ("  lexical phase s", "lexical_s"),
                       ("  dense phase s", "dense_s")):
        a, b = ours[key], base[key]
        print(f"{label:<24}{a:>12.1f}{(f'{b:.1f}' if b is not None else '–'):>12}"
              f"{(f'{a / b:>10.2f}' if b else f'{chr(8211):>10}')}")
    print(f"{'chunks':<24}{ours['chunks']:>12}{base['chunks']:>12}")
    for label, r in (("pipeline", ours), ("baseline", base)):
        print(f"throughput {label}: {r['chars'] / r['ingest_s'] / 1000:.1f} k chars/s, "
              f"{r['chunks'] / r['ingest_s']:.1f} chunks/s")


if __name__ == "__main__":
    main()
