# broker-contracts. `make` sets up .venv, validates every spec and regenerates generated/; `make test` runs everything.
.DEFAULT_GOAL := all
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
NODE   := node_modules/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
MOCK   := packages/broker-contracts-mock
UNIFIED := packages/broker-contracts-unified
CLIENTS := $(sort $(wildcard generated/clients/*-client))
# Stamps are named after a hash of their inputs' names and contents, so an edit is never missed
# (not even one within the same second as the stamp) and a `touch` alone rebuilds nothing.
hash    = $(shell find $(1) -type f -not -path '*/__pycache__/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
SETUP  := $(VENV)/.installed-$(call hash,pyproject.toml constraints.txt $(MOCK)/pyproject.toml $(UNIFIED)/pyproject.toml $(CLIENTS:%=%/pyproject.toml))
STAMP  := $(VENV)/.generated-$(call hash,pyproject.toml constraints.txt specs scripts)

.PHONY: all setup validate generate test pytest lint drift mock properties fuzz bench bench-pipeline soak faults docs release diff changelog browser help lock clean

all: $(STAMP) ## validate every spec and regenerate every package (the default)

setup: $(SETUP) ## create .venv with the pinned toolchain (constraints.txt)

# The system Python's pip installs uv (pinned in constraints.txt) into the venv; uv installs the rest
# from the same constraints, compiling bytecode (Python only writes it lazily, or never under
# PYTHONDONTWRITEBYTECODE, and every tool here starts many interpreters).
$(SETUP):
	test -x $(PY) || $(PYTHON) -m venv --without-pip $(VENV)
	$(PYTHON) -m pip --python $(PY) install --quiet --disable-pip-version-check -c constraints.txt uv
	$(UV) pip install --python $(PY) --quiet --compile-bytecode -c constraints.txt -e '.[dev]' -e $(MOCK) \
	  -e $(UNIFIED) $(CLIENTS:%=-e %)
	rm -f $(VENV)/.installed-*
	touch $@

validate: $(SETUP) ## check every spec: openapi-spec-validator, prance, the lint rules, the examples
	$(PY) -m scripts validate

generate: $(SETUP) ## regenerate generated/ from specs/ (clients and models)
	$(PY) -m scripts generate

# Bytecode of the project's own modules too (editable installs, generated/ rewritten by generate): every
# test starts interpreters that import them, and PYTHONDONTWRITEBYTECODE leaves them to compile each time.
$(STAMP): $(SETUP)
	$(PY) -m scripts validate
	$(PY) -m scripts generate
	$(PY) -m compileall -q -j 0 scripts packages generated >/dev/null
	rm -f $(VENV)/.generated-*
	touch $@

drift: $(SETUP) ## fail with a diff when generated/ is not what specs/ produce
	$(PY) -m scripts drift

docs: $(STAMP) $(NODE) ## build the site into build/site/: a Redoc page per spec, the spec files, the wheels, an index
	$(PY) -m scripts docs

release: $(SETUP) ## tag <vendor>-v<version> for every version not released yet (refuses a dirty tree or a failing gate)
	$(PY) -m scripts release

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

# The lint (one core, mostly mypy) runs beside pytest: serial, it left the other core idle for ~15 s.
test: $(SETUP) ## the lint and every test side by side (drift gate, generated code, version gate, reference pages in Chromium)
	$(MAKE) --no-print-directory --jobs=2 lint pytest

pytest: $(SETUP) $(NODE) browser ## every test without the lint (after npm ci and `make browser`; `make test` runs the lint meanwhile)
	$(PY) -m pytest -n 2 --dist loadgroup

mock: $(SETUP) ## serve every vendor's mock on http://127.0.0.1:4010/<vendor>/ (ARGS="--help" for options)
	$(VENV)/bin/broker-mock $(ARGS)

properties: $(SETUP) ## broker-contracts-unified's property tests, 500 generated bodies per vendor body type
	BROKER_UNIFIED_EXAMPLES=500 $(PY) -m pytest -n 2 -p no:cacheprovider tests/test_unified_properties.py $(ARGS)

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

bench-pipeline: $(SETUP) ## time fresh make, validate, generate, no-op make (and ARGS=--test-runs=N make test) in two fresh clones
	$(PY) -m scripts bench-pipeline $(ARGS)

lint: $(SETUP) ## ruff and mypy --strict on the toolchain, the mock and unified packages and the tests
	$(VENV)/bin/ruff check scripts tests $(MOCK) $(UNIFIED)
	$(VENV)/bin/ruff format --check scripts tests $(MOCK) $(UNIFIED)
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
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12
