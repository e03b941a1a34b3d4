# broker-contracts. `make` sets up .venv, validates every spec and regenerates generated/; `make test` runs everything.
.DEFAULT_GOAL := all
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
SETUP  := $(VENV)/.installed
NODE   := node_modules/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SPECS  := $(shell find specs -type f)
TOOLS  := $(shell find scripts -type f -not -path '*/__pycache__/*')
MOCK   := packages/broker-contracts-mock

.PHONY: all setup validate generate test lint drift mock fuzz bench soak faults docs diff changelog browser help lock clean

all: $(VENV)/.generated ## validate every spec and regenerate every package (the default)

setup: $(SETUP) ## create .venv with the pinned toolchain (constraints.txt)

$(SETUP): pyproject.toml constraints.txt $(MOCK)/pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]' -e $(MOCK)
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

docs: $(VENV)/.generated $(NODE) ## build the site into build/site/: a Redoc page per spec, the spec files, the wheels, an index
	$(PY) -m scripts docs

diff: $(SETUP) ## breaking-change report of every spec against BASE=<git ref> (default: each spec's previous version)
	$(PY) -m scripts diff $(if $(BASE),--base '$(BASE)')

changelog: $(SETUP) ## draft the CHANGELOG.md entry of each spec whose info.version has none yet
	$(PY) -m scripts changelog

$(NODE): package.json package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm; }
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

browser: ## install headless Chromium and ChromeDriver from Debian's packages (only when missing)
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver; }

test: lint $(NODE) browser ## run the lint, then every test (drift gate, generated code, version gate, reference pages in Chromium)
	$(PY) -m pytest -n 2 --dist loadgroup

mock: $(SETUP) ## serve every vendor's mock on http://127.0.0.1:4010/<vendor>/ (ARGS="--help" for options)
	$(VENV)/bin/broker-mock $(ARGS)

fuzz: $(SETUP) ## deep random Schemathesis run of every spec against the mock (JUnit reports in build/fuzz/)
	$(PY) -m scripts fuzz --deep $(ARGS)

BENCH := build/bench/node_modules/.installed
$(BENCH): $(NODE) scripts/bench/package.json scripts/bench/package-lock.json
	mkdir -p build/bench && cp scripts/bench/package.json scripts/bench/package-lock.json build/bench/
	npm ci --prefix build/bench --ignore-scripts --no-audit --no-fund
	touch $@

bench: $(SETUP) $(BENCH) ## our mock vs Steady and Prism (npm, pinned): req/s and p50/p99 with wrk, side by side
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk; }
	$(PY) -m scripts bench $(ARGS)

soak: $(SETUP) ## drive the mock with random calls for 10 minutes (ARGS="--seconds N") and print its RSS curve; fails unless flat
	$(PY) -m scripts soak $(ARGS)

faults: $(SETUP) ## the clients and the vendor's clearstreet SDK against the mock's injected faults: figures
	$(PY) -m scripts faults $(ARGS)

lint: $(SETUP) ## ruff and mypy --strict on the toolchain, the mock package and the tests
	$(VENV)/bin/ruff check scripts tests $(MOCK)
	$(VENV)/bin/ruff format --check scripts tests $(MOCK)
	MYPYPATH=$$(ls -d generated/*/*/ | paste -sd: -) $(VENV)/bin/mypy

lock: ## re-resolve pyproject.toml's pins into constraints.txt (the full frozen set)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check '.[dev]' ./$(MOCK)
	(echo "# Frozen by make lock from the pins in pyproject.toml; make setup installs with these constraints."; \
	 .lock-venv/bin/pip freeze --exclude broker-contracts --exclude broker-contracts-mock) > constraints.txt
	rm -rf .lock-venv

clean: ## remove .venv, node_modules, build/ and caches (generated/ is committed and stays)
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache build

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12
