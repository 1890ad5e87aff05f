# Freelance Desk. `make run` and `make test` work on a fresh clone: the virtual
# environment is created and the project installed on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUN_STAMP := $(VENV)/.installed-runtime
UNAME := $(shell uname -s)
APP_DIR := dist/freelance-desk
SELFTEST_DATA := build/selftest-data

.PHONY: run test test-anydate bench bench-quick lint dist dist-check appimage icons clean venv

# Two stamps: `make run` installs only what the app needs (no keyrings.alt, pytest or
# PyInstaller in the environment the app runs from); test, bench, lint and dist add the extras.
$(RUN_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dist]"
	touch $(STAMP)

venv: $(STAMP)

run: $(RUN_STAMP)
	$(BIN)/freelance-desk $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The whole suite again at a nasty date far from today (DST night, leap day, Sunday 23:59 UTC,
# New Year's Eve; a new one each run, printed), under libfaketime: proves it passes on any date.
test-anydate: $(STAMP)
	PY=$(BIN)/python bash tests/helpers/anydate.sh $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf $(BENCH_ARGS)

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf --quick

# ruff; the import contracts in pyproject.toml (layers, no Qt below ui/, io never calls services,
# ui/ reads through services); mypy on models/ and desktop/services ([tool.mypy], zero errors)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

# The standalone app for this OS (build.spec), checked with its own --self-test, then
# packed: Linux → tar.gz (+ .deb where dpkg-deb exists), macOS → .app + .dmg.
# Windows has no make: see README "Building the installers".
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	rm -rf $(SELFTEST_DATA)
ifeq ($(UNAME),Darwin)
	QT_QPA_PLATFORM=offscreen "dist/Freelance Desk.app/Contents/MacOS/freelance-desk" \
		--self-test --data-dir $(SELFTEST_DATA)
	bash installer/macos/make_dmg.sh
else
	QT_QPA_PLATFORM=offscreen $(APP_DIR)/freelance-desk --self-test --data-dir $(SELFTEST_DATA)
	bash installer/linux/build_tarball.sh
	@if command -v dpkg-deb >/dev/null; then bash installer/linux/build_deb.sh; \
	else echo "dpkg-deb not found: no .deb (the tar.gz works on any distribution)"; fi
	@echo "unpacked: $$(du -sh $(APP_DIR) | cut -f1)  ($(APP_DIR))"
endif

# Unpack the tar.gz and the .deb and run the app from each (Linux; CI runs this)
dist-check:
	bash installer/linux/smoke_test.sh

# Optional AppImage from the same bundle (needs appimagetool, see the script)
appimage:
	bash installer/linux/build_appimage.sh

# Regenerate resources/icons/app-*.png, app.ico, app.icns from app.svg (commit the result)
icons: $(STAMP)
	$(BIN)/python installer/make_icons.py

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
