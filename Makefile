# Two commands do all the set-up on a fresh machine: `make serve` and `make test`.
# Prerequisites: Python >= 3.11, Node >= 18 with npm, make. (`make test` also needs Chromium.)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build bench lint setup setup-site clean

# --- set-up: each stamp is redone only when its pin file changes ---------------------------
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-installed: requirements/site.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/site.txt
	touch $@

$(VENV)/.dev-installed: requirements/dev.txt requirements/site.txt $(VENV)/.site-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup-site: $(VENV)/.site-installed node_modules/.installed
setup: setup-site $(VENV)/.dev-installed

# --- the site ------------------------------------------------------------------------------
build: setup-site
	$(BIN)/mkdocs build --strict

# Serves at the root of http://$(HOST):$(PORT)/ and rebuilds on every change.
serve: build
	SITE_URL=http://$(HOST):$(PORT)/ $(BIN)/mkdocs serve --strict --dev-addr $(HOST):$(PORT)

# --- checks --------------------------------------------------------------------------------
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	node tests/lint_workflows.mjs
	$(BIN)/zizmor --offline --min-severity low .github/workflows

test: setup lint
	node --test tests/js/
	$(BIN)/python -m pytest

# The engine on CPython and Pyodide under Node, then the site in Chromium against bare Pyodide.
bench: setup
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/browser.py

clean:
	rm -rf site build .pytest_cache .mypy_cache .ruff_cache
