# The two commands of the README: `make demo` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test model bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.runtime-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,train]'
	touch $@ $(VENV)/.runtime-installed

demo: $(VENV)/.runtime-installed
	$(BIN)/python demo/run.py

test: $(VENV)/.test-installed
	$(BIN)/python -m pytest -q -p no:cacheprovider

# the shipped repair model, end to end: data, tokenizer, pre-training, fine-tuning, export, evaluation
model: $(VENV)/.test-installed
	$(BIN)/python -m models.pipeline

bench: $(VENV)/.test-installed
	$(BIN)/python bench/scan_latency.py

lint: $(VENV)/.test-installed
	$(BIN)/python -m mypy

clean:
	rm -rf demo-out .aiharden-demo
