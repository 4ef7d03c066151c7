# The README's two commands: `make demo` and `make test`. Everything they need is installed here.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export PATH := $(HOME)/.local/bin:$(PATH)
UV ?= uv
DEMO_ARGS ?=

.PHONY: demo test setup system-packages lint typecheck test-sqlite test-postgres test-served

setup:
	@command -v $(UV) >/dev/null || python3 -m pip install --quiet --user uv
	@# Bytecode compiled at install: otherwise every `casebook` command compiles its imports.
	@$(UV) sync --frozen --quiet --compile-bytecode
	@$(UV) run --frozen python -m compileall -q casebook

system-packages:
	@scripts/ensure-system-packages

demo: setup
	CASEBOOK_MODE=demo $(UV) run --frozen casebook demo $(DEMO_ARGS)

lint: setup
	$(UV) run --frozen ruff check
	$(UV) run --frozen ruff format --check

typecheck: setup
	CASEBOOK_MODE=test $(UV) run --frozen mypy casebook tests

# On every core (pytest-xdist). `--dist load` hands tests out in pytest-django's order, so on
# each worker the transactional tests (which empty the database, migrations' rows included)
# still run after all the others.
PARALLEL := -n auto --dist load

test-sqlite: setup system-packages
	CASEBOOK_MODE=test $(UV) run --frozen pytest $(PARALLEL)

# The redactor's tests open no database (its core imports no Django, its command reads and
# writes text): that half of the suite runs once, in test-sqlite, not again here.
test-postgres: setup system-packages
	scripts/with-postgres $(UV) run --frozen pytest $(PARALLEL) -m "not browser and not sqlite_only" \
		--ignore=tests/redaction

# The browser tests again, against the real server installed by the production recipe
# (PostgreSQL, gunicorn, WhiteNoise, the report worker): scripts/test-served.
test-served: setup system-packages
	scripts/test-served

test: lint typecheck test-sqlite test-postgres test-served
