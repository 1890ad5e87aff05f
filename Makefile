# Freelance Desk. `make run` and `make test` work on a fresh clone: the virtual
# environment is created and the project installed on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench bench-quick lint dist clean venv

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dist]"
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/freelance-desk $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf $(BENCH_ARGS)

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf --quick

lint: $(STAMP)
	$(BIN)/ruff check .

dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache
