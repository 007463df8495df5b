# storyline: make demo | make test | make eval | make bench | make lint | make lock
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
SEEDS := $(SHARED)/seeds

.PHONY: setup demo test eval bench lint lock clean

setup: $(STAMP)

$(STAMP): requirements.lock requirements-nodeps.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements-nodeps.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: setup
	rm -rf out/example
	$(BIN)/storyline build examples/articles --manifest examples/manifest.jsonl \
		--db out/example/storyline.db --out out/example --quiet || test $$? -eq 3
	@echo "The HTML report is at $(CURDIR)/out/example/brief.html"

test: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

eval: setup
	rm -rf out/seeds
	$(BIN)/storyline build $(SEEDS)/*.txt --manifest $(SEEDS)/manifest.jsonl \
		--db out/seeds/storyline.db --out out/seeds --quiet > /dev/null
	$(PY) $(SHARED)/eval/score.py out/seeds/brief.json $(SEEDS)/gold.json

bench: setup
	$(BIN)/python bench/throughput.py

lint: setup
	$(BIN)/ruff check src tests bench

lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 -o requirements.lock

clean:
	rm -rf out .pytest_cache
