# `make run` starts the app, `make test` runs the whole suite headless (ruff, mypy, pytest).
# Both create .venv in the checkout on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck pytest bench clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.app-installed

# Qt Linguist sources (.ts, committed) compiled to .qm beside them (git-ignored);
# tools/update-translations refreshes the .ts from the code.
TS_FILES := $(wildcard resources/translations/fourthpillar_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.app-installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(VENV)/.app-installed translations
	$(BIN)/python -m fourthpillar $(ARGS)

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy

# The shared-database tests need PostgreSQL: tools/with-postgres starts a throwaway server.
pytest: $(VENV)/.test-installed translations
	tools/with-postgres env QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py --all $(ARGS)

# The app as a one-folder PyInstaller build in dist/fourthpillar/ (PyInstaller goes into .venv
# when missing; work files in build/). INSTALLER=1 then makes the platform's installer: a .tar.gz
# on Linux, setup.exe (Inno Setup) on Windows, a .dmg on macOS. See README, "Building installers".
.PHONY: bundle
bundle: $(VENV)/.app-installed translations
	$(BIN)/python installers/build.py $(if $(INSTALLER),--installer)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(QM_FILES)
