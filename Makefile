# Attaché: `make run` to try it, `make test` before pushing. Everything runs from .venv, which
# the first target that needs it creates from the hashed lock file (only PyPI is needed).

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Touched after a successful install: reinstall only when the lock or pyproject.toml changed.
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
FLOWER_PORT ?= 5555
PYTEST_ARGS ?=
# `make test SERVERS_ARGS=--private` ignores running servers and starts private ones.
SERVERS_ARGS ?=
PIP_FLAGS ?= --quiet --disable-pip-version-check
# The browser libraries the pages use, from the npm registry (frontend/package-lock.json).
VENDOR := services/api/attache_api/static/vendor
VENDOR_STAMP := $(VENDOR)/.built
NPM_FLAGS ?= --ignore-scripts --no-audit --no-fund --loglevel=error

.DEFAULT_GOAL := help
.PHONY: help install frontend run test lint format migrate seed bench flower clean

help:
	@echo "make run      install if needed, migrate, serve the API on http://$(HOST):$(PORT) with a worker"
	@echo "make test     install if needed, lint, then pytest against real Redis and PostgreSQL"
	@echo "make frontend npm ci the browser libraries (GraphiQL, cytoscape.js) into $(VENDOR)"
	@echo "make lint     ruff format --check, ruff check, mypy"
	@echo "make format   ruff format and ruff check --fix"
	@echo "make migrate  bring DATABASE_URL (default ./var/attache.db) to the newest schema"
	@echo "make seed     submit seeds/*.txt to the API at ATTACHE_URL (default http://127.0.0.1:8000)"
	@echo "make bench    run the benchmark"
	@echo "make flower   Celery's monitor on http://$(HOST):$(FLOWER_PORT), against the broker at REDIS_URL"
	@echo "make clean    remove ./var and caches (keeps .venv)"

install: $(STAMP)

# setuptools comes from the lock, so building the project itself (--no-build-isolation)
# downloads nothing beyond the hashed lock.
$(STAMP): requirements-dev.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Attaché needs Python 3.11+; try make PYTHON=python3.11")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing requirements-dev.lock into $(VENV) (about a minute the first time)"
	$(PY) -m pip install $(PIP_FLAGS) --require-hashes --no-deps -r requirements-dev.lock
	$(PY) -m pip install $(PIP_FLAGS) --no-deps --no-build-isolation -e .
	touch $@

frontend: $(VENDOR_STAMP)

# Rebuilt only when the npm lock or the copy changed. Without npm, the pages answer 503 saying
# so and the browser tests skip; everything else works.
$(VENDOR_STAMP): frontend/package.json frontend/package-lock.json frontend/copy-vendor.mjs
	@if command -v npm >/dev/null 2>&1; then \
		echo "Installing the browser libraries from frontend/package-lock.json (npm ci)"; \
		cd frontend && npm ci $(NPM_FLAGS) && node copy-vendor.mjs ../$(VENDOR) && touch ../$@; \
	else \
		echo "!!! npm not found: GraphiQL and the explorer page stay unbuilt (install Node.js and npm, then make frontend)"; \
	fi

run: $(STAMP) $(VENDOR_STAMP)
	$(PY) scripts/run_local.py --host $(HOST) --port $(PORT)

test: lint $(VENDOR_STAMP)
	$(PY) scripts/servers.py $(SERVERS_ARGS) -- $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff format --check .
	$(PY) -m ruff check .
	$(PY) -m mypy services scripts

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

migrate: $(STAMP)
	$(PY) -m attache.migrate

seed: $(STAMP)
	$(PY) scripts/seed.py

bench: $(STAMP)
	@if [ -f scripts/bench.py ]; then \
		$(PY) scripts/bench.py; \
	else \
		echo "make bench: no benchmark yet (scripts/bench.py comes with a later change); nothing run."; \
	fi

flower: $(STAMP)
	$(PY) -m celery -A attache_worker.celery_app:app flower --address=$(HOST) --port=$(FLOWER_PORT)

clean:
	rm -rf var .mypy_cache .ruff_cache .pytest_cache build dist frontend/node_modules $(VENDOR)
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
