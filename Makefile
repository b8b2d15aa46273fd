# `make run` and `make test` work on a fresh machine with Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sqlite:///data/processed/actionplans.db

.PHONY: run test lint bench corpus clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,corpus]'
	touch $(STAMP)

run: $(STAMP)
	mkdir -p data/processed
	$(BIN)/actionplans ingest data/raw --db $(DB)

lint: $(STAMP)
	$(BIN)/ruff check pipeline extractors normalise models tests corpus benchmarks
	$(BIN)/mypy

test: $(STAMP) lint
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/timescales.py
	$(BIN)/python benchmarks/rerun.py
	$(BIN)/python benchmarks/accuracy.py

corpus: $(STAMP)
	$(BIN)/python -m corpus.build

clean:
	rm -rf $(VENV) data/processed/*.db
