"""Test-wide guards: temporary data dirs, no hub downloads, no telemetry."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "data" / "samples"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own data dir and can never reach a model hub."""
    monkeypatch.setenv("PIAO_DATA_DIR", str(tmp_path / "piao-data"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    for key in [k for k in os.environ if k.startswith("PIAO_") and k != "PIAO_DATA_DIR"]:
        monkeypatch.delenv(key, raising=False)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES_DIR


@pytest.fixture(scope="session")
def sample_files() -> list[Path]:
    return sorted(SAMPLES_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def sample_library(tmp_path_factory: pytest.TempPathFactory):
    """The five sample PIAOs indexed once (real e5 + embedded Chroma), shared read-only."""
    from services import build_library
    from settings import load_settings

    library = build_library(load_settings(data_dir=tmp_path_factory.mktemp("samples-index")))
    report = library.ingest([SAMPLES_DIR])
    assert not report.failures, report.failures
    return library
