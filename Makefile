# broker-contracts. `make` sets up .venv, validates every spec and regenerates generated/; `make test` runs everything.
.DEFAULT_GOAL := all
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
SETUP  := $(VENV)/.installed
SPECS  := $(shell find specs -type f)
TOOLS  := $(shell find scripts -type f -not -path '*/__pycache__/*')

.PHONY: all setup validate generate test lint drift mock fuzz help lock clean

all: $(VENV)/.generated ## validate every spec and regenerate every package (the default)

setup: $(SETUP) ## create .venv with the pinned toolchain (constraints.txt)

$(SETUP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

validate: $(SETUP) ## check every spec: openapi-spec-validator, prance, the lint rules, the examples
	$(PY) -m scripts validate

generate: $(SETUP) ## regenerate generated/ from specs/ (clients and models)
	$(PY) -m scripts generate

$(VENV)/.generated: $(SETUP) $(SPECS) $(TOOLS)
	$(PY) -m scripts validate
	$(PY) -m scripts generate
	touch $@

drift: $(SETUP) ## fail with a diff when generated/ is not what specs/ produce
	$(PY) -m scripts drift

test: lint ## run the lint, then every test (drift gate, generated code, fuzzing)
	$(PY) -m pytest -n 2

mock: $(SETUP) ## serve every vendor's mock on http://127.0.0.1:4010/<vendor>/ (ARGS="--help" for options)
	$(PY) -m scripts mock $(ARGS)

fuzz: $(SETUP) ## deep random Schemathesis run of every spec against the mock (JUnit reports in build/fuzz/)
	$(PY) -m scripts fuzz --deep $(ARGS)

lint: $(SETUP) ## ruff and mypy --strict on the toolchain and tests
	$(VENV)/bin/ruff check scripts tests
	$(VENV)/bin/ruff format --check scripts tests
	MYPYPATH=$$(ls -d generated/*/*/ | paste -sd: -) $(VENV)/bin/mypy

lock: ## re-resolve pyproject.toml's pins into constraints.txt (the full frozen set)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check '.[dev]'
	(echo "# Frozen by make lock from the pins in pyproject.toml; make setup installs with these constraints."; .lock-venv/bin/pip freeze --exclude broker-contracts) > constraints.txt
	rm -rf .lock-venv

clean: ## remove .venv and caches (generated/ is committed and stays)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12
