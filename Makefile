# The README's two commands: `make demo` and `make test`. Each sets up .venv on a fresh
# machine that has only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLES := src/wirecoder/samples
DB ?= wirecoder.db

.PHONY: demo test install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/wirecoder ingest --db $(DB) $(SAMPLES)/dumps $(SAMPLES)/html $(SAMPLES)/api $(SAMPLES)/feeds $(SAMPLES)/warc
	$(BIN)/wirecoder articles --db $(DB)
	$(BIN)/wirecoder events --db $(DB) --limit 12
	$(BIN)/wirecoder actors --mentioned --db $(DB) --limit 15
	$(BIN)/wirecoder stats --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
