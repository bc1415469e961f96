# FluxMQ. `make run` starts the broker, `make test` runs the tests; both set up what they need.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test schemas codegen check-codegen lint typecheck format bench clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml setup.py $(wildcard fluxmq/*/*/*.c)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/fluxmq-server $(ARGS)

test: $(STAMP)
	$(PY) -m pytest -q $(PYTEST_ARGS)

schemas: $(STAMP)
	$(PY) -m codegen.schemas

codegen: schemas
	$(PY) -m codegen

# Regenerate from the pinned jars and fail if the committed code differs.
check-codegen: codegen
	@git diff --exit-code --stat -- fluxmq/protocol/messages || \
	  (echo "generated code is out of date: run 'make codegen' and commit" >&2; exit 1)
	@test -z "$$(git status --porcelain --untracked-files=all -- fluxmq/protocol/messages)" || \
	  (git status --porcelain -- fluxmq/protocol/messages; echo "untracked generated files" >&2; exit 1)

lint: $(STAMP)
	$(VENV)/bin/ruff check fluxmq codegen tests bench
	$(VENV)/bin/black --check fluxmq codegen tests bench
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff check --fix fluxmq codegen tests bench
	$(VENV)/bin/black fluxmq codegen tests bench

bench: $(STAMP)
	$(PY) -m bench $(ARGS)

clean:
	rm -rf $(VENV) schemas/json schemas/.cache .pytest_cache .mypy_cache .ruff_cache .hypothesis
