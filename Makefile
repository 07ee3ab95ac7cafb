# WSIS Lens. `make run` and `make test` set up everything they need on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP := $(VENV)/.dev-installed
NODE_STAMP := node_modules/.installed

.PHONY: run test bench loadtest lint format chromium setup schema

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(RUNTIME_STAMP): requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt $(RUNTIME_STAMP)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

chromium:
	@tools/ensure-chromium

setup: $(DEV_STAMP) $(NODE_STAMP) chromium

run: $(RUNTIME_STAMP) chromium
	$(PY) serve.py --server.headless true --browser.gatherUsageStats false

test: setup
	$(PY) -m pytest

bench: setup
	$(PY) bench/run_all.py

loadtest: setup
	$(PY) bench/loadtest.py

lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(DEV_STAMP)
	$(VENV)/bin/ruff format .

schema: $(RUNTIME_STAMP)
	$(PY) -m wsislens schema > data/schema/submission.schema.json
