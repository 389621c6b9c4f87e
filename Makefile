# Vitrine — the two commands of the README: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := run

# Django 6 needs Python 3.12 or newer: take the first one found.
PYTHON ?= $(shell for p in python3.12 python3.13 python3.14 python3 $$HOME/.pyenv/versions/3.12*/bin/python3 $$HOME/.pyenv/versions/3.13*/bin/python3; do \
	  if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then command -v $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt
export VITRINE_DATA_DIR ?= $(CURDIR)/var

.PHONY: run test install install-dev system-packages lint typecheck contracts pytest pytest-postgres lock clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.12 ou plus récent est nécessaire (Django 6) : installez python3.12."; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) -e '.[dev]'
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## make run: install, migrate the SQLite database in ./var, load the demo, serve on 127.0.0.1:8000
run: install
	$(BIN)/vitrine migrate --verbosity 0
	$(BIN)/vitrine demo
	@echo ""
	@echo "Vitrine : http://127.0.0.1:8000  (Ctrl-C pour arrêter)"
	VITRINE_HTTPS=$${VITRINE_HTTPS:-false} $(BIN)/vitrine serve --with-worker --bind 127.0.0.1:8000

## Debian packages the tests need: Chromium (browser tests, rendered audits), Pango (PDF reports),
## DejaVu fonts (evidence images with accents). Installed when missing and we are allowed to.
SYSTEM_PACKAGES := chromium libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
system-packages:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installation des paquets Debian : $$missing"; \
	    (apt-get install -y -qq $$missing >/dev/null 2>&1 || (apt-get update -qq >/dev/null && apt-get install -y -qq $$missing >/dev/null)); \
	  else echo "Paquets Debian absents ($$missing) : les tests qui en ont besoin échoueront sous CI."; fi; \
	fi

lint: install-dev
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: install-dev
	$(BIN)/mypy src

contracts: install-dev
	$(BIN)/lint-imports

pytest: install-dev
	$(BIN)/pytest -m "not postgres" $(PYTEST_ARGS)

# With PostgreSQL: the web tests run again on it, with the PostgreSQL-only tests.
pytest-postgres: install-dev
	@if [ -n "$$VITRINE_TEST_DATABASE_URL" ]; then \
	  DATABASE_URL="$$VITRINE_TEST_DATABASE_URL" $(BIN)/pytest tests/web -m "not browser" $(PYTEST_ARGS); \
	elif [ "$$CI" = "true" ]; then echo "CI=true mais VITRINE_TEST_DATABASE_URL n'est pas défini : échec."; exit 1; \
	else echo "PostgreSQL : tests IGNORÉS (définissez VITRINE_TEST_DATABASE_URL=postgresql://… pour les lancer)."; fi

## make test: quality gates, then the whole suite (unit, integration, browser), then PostgreSQL.
test: install-dev system-packages lint typecheck contracts pytest pytest-postgres

## Regenerate the constraints file from the current environment.
lock: install-dev
	$(BIN)/pip freeze --exclude-editable --disable-pip-version-check | grep -v '^vitrine' > constraints.txt

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
