# FluxMQ. `make run` starts the broker, `make test` runs the tests; both set up what they need.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
# The optional C extensions (the generated readers, the record walk, the consumer's buffer);
# rebuilt when they change.
ACCEL_SRC   := fluxmq/protocol/messages/_accel.c fluxmq/protocol/_accel_runtime.h \
               fluxmq/protocol/_accel_module.h fluxmq/protocol/records/_walk.c \
               fluxmq/client/_speedups.c setup.py
ACCEL_STAMP := $(VENV)/.accel-stamp

.PHONY: run test schemas codegen check-codegen lint typecheck format bench clean venv accel

venv: $(STAMP) $(ACCEL_STAMP)

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# pip install -e builds the extension too; this rebuilds it in place after `make codegen` or a
# pull. Without a C compiler the build is skipped and the Python readers are used.
accel: $(ACCEL_STAMP)

$(ACCEL_STAMP): $(STAMP) $(ACCEL_SRC)
	$(PY) setup.py -q build_ext --inplace 2>&1 | grep -v -i -e beta -e 'warnings.warn' || true
	touch $(ACCEL_STAMP)

run: $(STAMP) $(ACCEL_STAMP)
	$(VENV)/bin/fluxmq-server $(ARGS)

test: $(STAMP) $(ACCEL_STAMP)
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

bench: $(STAMP) $(ACCEL_STAMP)
	$(PY) -m bench $(ARGS)

clean:
	rm -rf build fluxmq/protocol/_accel.*.so fluxmq/protocol/records/_walk.*.so $(VENV) schemas/json schemas/.cache .pytest_cache .mypy_cache .ruff_cache .hypothesis
