# Quick start: `make demo` (build the graph of the bundled sample, query it, draw it)
# and `make test` (lint and the whole test suite). Each creates .venv on first use.
VENV ?= .venv
PYTHON ?= python3
KG = $(VENV)/bin/kg
STORE ?= kg-store

.PHONY: demo test test-fast lint screenshot clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(KG) ingest data/articles --store $(STORE)
	$(KG) query --name event-roles --store $(STORE)
	$(KG) graph --store $(STORE) --out kg-graph.html

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests benchmarks

test: lint
	$(VENV)/bin/pytest -q

test-fast: $(VENV)/.installed
	$(VENV)/bin/pytest -q -m "not slow and not browser"

screenshot: $(VENV)/.installed
	$(VENV)/bin/python -m kg.viz.screenshot

clean:
	rm -rf $(STORE) kg-graph.html .pytest_cache
