# `make run` and `make test` work on a fresh machine with Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sqlite:///data/processed/actionplans.db

# Debian packages the tests use: Tesseract (OCR of scanned plans), LibreOffice Writer
# (.doc/.odt/.rtf), poppler (rasterising the scanned fixtures)
.PHONY: run test lint bench corpus clean system-deps

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

system-deps:
	@missing=""; \
	command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx eng \
		|| missing="$$missing tesseract-ocr tesseract-ocr-eng"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "missing system packages; run: sudo apt-get install -y$$missing" >&2; exit 1; \
		fi; \
	fi

test: system-deps $(STAMP) lint
	$(BIN)/pytest -q

bench: system-deps $(STAMP)
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/timescales.py
	$(BIN)/python benchmarks/rerun.py
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/ocr.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/cluster.py

corpus: system-deps $(STAMP)
	$(BIN)/python -m corpus.build
	$(BIN)/python -m corpus.formats.xlsx_tracker
	$(BIN)/python -m corpus.formats.office
	$(BIN)/python -m corpus.formats.scans

clean:
	rm -rf $(VENV) data/processed/*.db
