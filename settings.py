"""The one typed settings object: defaults < optional TOML file < PIAO_* environment.

Only the edges (cli.py, app.py) read settings; packages receive plain arguments.
Nested values use a double underscore: PIAO_EMBEDDING__MODE=sentence-transformers.
The TOML file is `piao.toml` in the working directory, or the path in PIAO_CONFIG.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


class EmbeddingSettings(BaseModel):
    mode: Literal["e5-bundled", "sentence-transformers", "openai"] = "e5-bundled"
    # sentence-transformers: a local path or a hub name; openai: the model name
    model: str | None = None
    # sentence-transformers only: "cpu", "cuda", "cuda:1", "mps" (a GPU build of torch
    # is needed for cuda: the Makefile installs the CPU one)
    device: str = "cpu"
    # Texts per embedding call (every backend) and per indexing batch; larger batches
    # help a GPU, on CPU 16-32 is as fast as it gets.
    batch_size: int = Field(default=32, ge=1)
    # Passages are truncated to this many model tokens before embedding: the dense
    # view only needs the topic (breadcrumb + opening), BM25 covers the details,
    # and embedding cost on CPU grows with every token.
    max_tokens: int = Field(default=128, ge=16, le=512)
    base_url: str | None = None
    api_key: SecretStr | None = None


class ChromaSettings(BaseModel):
    server_url: str | None = None  # e.g. http://127.0.0.1:8000 ; None = embedded
    collection: str = "piao_chunks"


class ChunkingSettings(BaseModel):
    # The answer step reads the top 5 passages: keep them within ~6,000 characters.
    max_tokens: int = Field(default=480, ge=64, le=2000)
    max_chars: int = Field(default=1600, ge=200)
    min_tokens: int = Field(default=40, ge=0)


class SearchSettings(BaseModel):
    top_k: int = Field(default=10, ge=1, le=50)
    rrf_k: int = Field(default=60, ge=1)
    dense_candidates: int = Field(default=40, ge=1)
    lexical_candidates: int = Field(default=40, ge=1)
    # Longer questions are refused with an Italian message (assistant.answering.questions).
    max_question_chars: int = Field(default=2000, ge=10)


class LLMSettings(BaseModel):
    """How answers are written: extractively (default, no model) or by a chat model."""

    mode: Literal["extractive", "openai", "ollama", "local-gguf", "llamacpp"] = "extractive"
    # openai: the server's model name; ollama: the model tag (e.g. "llama3.1:8b")
    model: str | None = None
    base_url: str | None = None  # openai: ".../v1"; ollama: "http://127.0.0.1:11434"
    api_key: SecretStr | None = None
    # local-gguf / llamacpp: a .gguf file; None = the bundled SmolLM2-135M-Instruct
    model_path: Path | None = None
    n_threads: int | None = Field(default=None, ge=1)
    timeout: float = Field(default=120, gt=0)
    top_k: int = Field(default=6, ge=1, le=20)  # passages in the prompt
    passage_chars: int = Field(default=1200, ge=100)
    max_tokens: int = Field(default=400, ge=16, le=4096)
    temperature: float = Field(default=0.0, ge=0, le=2)
    # On a model error, answer extractively (with a warning) instead of failing.
    fallback_extractive: bool = True


class IngestSettings(BaseModel):
    max_file_mb: int = Field(default=50, ge=1)


class RecordsSettings(BaseModel):
    """Objective records: rules for the known layouts; optionally a chat model (the
    `llm` settings) for documents in an unknown layout. Off by default: slow on CPU."""

    llm_unknown_layouts: bool = False
    llm_max_passages: int = Field(default=20, ge=1)  # model calls per document
    llm_max_tokens: int = Field(default=1024, ge=64, le=8192)


class DraftSettings(BaseModel):
    """Drafts of new objectives (`piao draft`): offline when `llm.mode` is extractive."""

    max_precedents: int = Field(default=4, ge=1, le=10)
    max_tokens: int = Field(default=900, ge=64, le=8192)  # the model's JSON reply
    precedent_chars: int = Field(default=1500, ge=200)  # each precedent in the prompt


class AppSettings(BaseModel):
    """The web app (app.py): where it listens, optional login, how many work at once."""

    # Loopback by default: the app holds the documents of an administration.
    host: str = "127.0.0.1"
    port: int = Field(default=7860, ge=1, le=65535)
    # Login is required when both are set.
    auth_user: str | None = None
    auth_password: SecretStr | None = None
    # Requests computed at once (answers, evaluations); the others wait in the queue.
    concurrency: int = Field(default=2, ge=1, le=32)
    max_queue: int = Field(default=100, ge=1)


def _default_data_dir() -> Path:
    return Path.cwd() / "data" / "store"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="PIAO_",
        env_nested_delimiter="__",
        extra="ignore",
    )

    data_dir: Path = Field(default_factory=_default_data_dir)
    embedding: EmbeddingSettings = EmbeddingSettings()
    chroma: ChromaSettings = ChromaSettings()
    chunking: ChunkingSettings = ChunkingSettings()
    search: SearchSettings = SearchSettings()
    ingest: IngestSettings = IngestSettings()
    records: RecordsSettings = RecordsSettings()
    llm: LLMSettings = LLMSettings()
    draft: DraftSettings = DraftSettings()
    app: AppSettings = AppSettings()

    @field_validator("data_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_path = Path(os.environ.get("PIAO_CONFIG", "piao.toml"))
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_path.is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_path))
        return tuple(sources)

    # Derived locations: one data dir holds one independent index.
    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def catalog_path(self) -> Path:
        return self.index_dir / "catalog.sqlite3"

    @property
    def chroma_dir(self) -> Path:
        return self.index_dir / "chroma"

    @property
    def documents_dir(self) -> Path:
        """Copies of every ingested source file (uploads included), for rebuilds."""
        return self.data_dir / "documents"

    def embedder_options(self) -> dict[str, Any]:
        """Plain constructor options for vectorstore.embeddings.make_embedder."""
        e = self.embedding
        if e.mode == "e5-bundled":
            return {"max_tokens": e.max_tokens, "batch_size": e.batch_size}
        if e.mode == "sentence-transformers":
            return {
                "model": e.model or "intfloat/multilingual-e5-small",
                "device": e.device,
                "batch_size": e.batch_size,
                "max_tokens": e.max_tokens,
            }
        return {
            "base_url": e.base_url or "http://127.0.0.1:11434/v1",
            "model": e.model or "nomic-embed-text",
            "api_key": e.api_key.get_secret_value() if e.api_key else None,
            "batch_size": e.batch_size,
        }


    def chat_options(self) -> dict[str, Any]:
        """Plain constructor options for assistant.llm.make_chat_model(llm.mode)."""
        m = self.llm
        key = m.api_key.get_secret_value() if m.api_key else None
        match m.mode:
            case "openai":
                return {
                    "base_url": m.base_url or "http://127.0.0.1:8000/v1",
                    "model": m.model or "default",
                    "api_key": key,
                    "timeout": m.timeout,
                }
            case "ollama":
                return {
                    "model": m.model or "llama3.1",
                    "base_url": m.base_url or "http://127.0.0.1:11434",
                    "timeout": m.timeout,
                }
            case "local-gguf":
                return {"model_path": m.model_path, "n_threads": m.n_threads}
            case "llamacpp":
                return {"model_path": m.model_path, "n_threads": m.n_threads}
        return {}


def load_settings(**overrides: Any) -> Settings:
    return Settings(**overrides)
