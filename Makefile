# The front door: `make demo` and `make test` set up what they need by themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export QYSYM_DATA_DIR ?= $(CURDIR)/data

.PHONY: setup browser demo test lint chaos bench bi-check clean help

help:
	@echo "make demo   - set up, then run the whole pipeline offline against the sample mirror"
	@echo "make test   - set up, then lint and run the whole test suite"
	@echo "make lint   - ruff (with Airflow's AIR rules) and sqlfluff on the dbt models"
	@echo "make chaos  - set up, then the fault suite: kill -9 of crawls and builds, full disk, readers (docs/reliability.md)"
	@echo "make bench  - set up, then measure the crawl path and a 1M-article warehouse build (data/bench/)"
	@echo "make bi-check - Apache Superset (its own venv, .bi-venv) against the PostgreSQL serving database"
	@echo "make clean  - remove generated data (keeps the virtual environment)"

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 is needed: install python3.11 and retry"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/qysym demo

lint: setup
	$(BIN)/ruff check qysym scrapers dags expectations tests
	@mkdir -p $(QYSYM_DATA_DIR)/warehouse
	QYSYM_WAREHOUSE_PATH=$(QYSYM_DATA_DIR)/warehouse/lint.duckdb $(BIN)/sqlfluff lint models

test: setup lint browser
	$(BIN)/python -m pytest

# The report's browser test drives Debian's chromium through Playwright (Playwright's own browser
# download needs the internet); DejaVu has the Kazakh letters. Installed when missing, as root.
browser:
	@if ! command -v chromium >/dev/null 2>&1 || [ ! -d /usr/share/fonts/truetype/dejavu ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium and DejaVu fonts for the report's browser test (apt-get)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	  else \
	    echo "the report's browser test needs chromium: run 'sudo apt-get install chromium fonts-dejavu-core' and retry"; \
	    exit 1; \
	  fi; \
	fi

# The fault suite: kill -9 of crawls and builds at random moments (seeds logged), readers during
# publishes, a full disk (as root, on a tmpfs). Results: docs/reliability.md.
chaos: setup
	$(BIN)/python -m pytest -m chaos tests/chaos -v -s

bench: setup
	$(BIN)/python -m qysym.bench all

# Superset lives in its own virtual environment: its pins never meet the project's.
BI_VENV := .bi-venv
BI_STAMP := $(BI_VENV)/.installed-stamp

$(BI_STAMP): qysym/bi/superset-requirements.txt
	@test -x $(BI_VENV)/bin/python || $(PYTHON) -m venv $(BI_VENV)
	$(BI_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BI_VENV)/bin/python -m pip install --quiet -r qysym/bi/superset-requirements.txt
	@touch $(BI_STAMP)

# A real Superset lists the serving database's tables and runs a chart's query across a publish
# (PostgreSQL at BI_CHECK_URL, e.g. `make bi-check BI_CHECK_URL=postgresql://...`; default this
# machine's server, database qysym_bi_check).
bi-check: setup browser $(BI_STAMP)
	$(BIN)/python -m qysym.bi.check --superset $(BI_VENV)/bin/superset $(if $(BI_CHECK_URL),--url $(BI_CHECK_URL))

clean:
	rm -rf $(QYSYM_DATA_DIR)
