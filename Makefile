# Quick start: `make run` then `make test`. Both create .venv and install what is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Touched after a successful install; reinstall when the project's pins change.
STAMP := $(VENV)/.installed

.PHONY: install run status test eval bench check lint types clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/python -m pipeline run --raw raw --out outputs

status: install
	$(BIN)/python -m pipeline status --raw raw --out outputs

# The tests, then the gold evaluation held to its floors (exits 1 when a figure drops).
test: install
	$(BIN)/python -m pytest -q
	$(BIN)/python -m pipeline.evaluation gold

eval: install
	$(BIN)/python -m pipeline.evaluation

bench: install
	$(BIN)/python -m benchmarks

lint: install
	$(BIN)/ruff check pipeline tests benchmarks
	$(BIN)/ruff format --check pipeline tests benchmarks

types: install
	$(BIN)/mypy

check: lint types test

clean:
	rm -rf $(VENV) outputs/*.parquet outputs/pipeline.duckdb outputs/.cache build *.egg-info .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
