# `make run` starts the app, `make test` runs the whole suite headless (ruff, mypy, pytest).
# Both create .venv in the checkout on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.app-installed

run: $(VENV)/.app-installed
	$(BIN)/python -m fourthpillar $(ARGS)

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy

# The shared-database tests need PostgreSQL: tools/with-postgres starts a throwaway server.
pytest: $(VENV)/.test-installed
	tools/with-postgres env QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py $(ARGS)

# The app as a one-folder PyInstaller build in dist/fourthpillar/ (PyInstaller goes into .venv
# when missing; work files in build/). INSTALLER=1 then makes the platform's installer: a .tar.gz
# on Linux, setup.exe (Inno Setup) on Windows, a .dmg on macOS. See README, "Building installers".
.PHONY: bundle
bundle: $(VENV)/.app-installed
	$(BIN)/python installers/build.py $(if $(INSTALLER),--installer)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
