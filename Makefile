# Moovdesk: `make run` starts the app, `make test` runs every check. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint typecheck pytest bench bench-growth bundle bundle-test system-deps screenshot tour-screenshot clean

run: system-deps $(RUN_STAMP)
	$(BIN)/moovdesk

test: system-deps $(TEST_STAMP) lint typecheck pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

pytest: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: system-deps $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# How each figure grows from 10,000 to 100,000 to 1,000,000 prospects (slow: most of an hour).
bench-growth: system-deps $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench --growth import search window map

# The standalone one-folder app (dist/moovdesk/), and its smoke test (slow, outside `make test`).
bundle: system-deps $(RUN_STAMP)
	sh tools/build_bundle.sh

bundle-test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow tests/test_bundle.py

# The README screenshot, on a fresh home filled with made-up prospects, under Xvfb.
screenshot: system-deps $(TEST_STAMP)
	rm -rf build/screenshot-home
	$(BIN)/moovdesk-cli --home build/screenshot-home demo --count 400
	LANG=fr_FR.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" \
		$(BIN)/python tools/screenshot.py build/screenshot-home docs/screenshot.png
	LANG=fr_FR.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" \
		$(BIN)/python tools/screenshot.py build/screenshot-home docs/first-paint.png --first-paint

# A planned day of visits around Lyon on the map, with its stop list (docs/tour.png).
tour-screenshot: system-deps $(TEST_STAMP)
	rm -rf build/tour-screenshot-home
	$(BIN)/moovdesk-cli --home build/tour-screenshot-home demo --count 400
	LANG=fr_FR.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" \
		$(BIN)/python tools/tour_screenshot.py build/tour-screenshot-home docs/tour.png

system-deps:
	@sh tools/install-system-deps.sh

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Moovdesk needs Python 3.11 or newer ($(PYTHON) is older)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
