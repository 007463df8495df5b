# storyline: make demo | make test | make eval | make bench | make lint | make lock
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
SEEDS := $(SHARED)/seeds

.PHONY: setup demo test eval bench bench-accuracy lint lock clean

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

# Accuracy benchmarks with their baselines (textacy, sumy, rouge-score, torch) in their own venv.
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: requirements.lock requirements-nodeps.lock requirements-bench.txt pyproject.toml
	test -x $(BENCH_VENV)/bin/python || $(PY) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install -q --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install -q --require-hashes -r requirements.lock
	$(BENCH_VENV)/bin/python -m pip install -q --require-hashes --no-deps -r requirements-nodeps.lock
	$(BENCH_VENV)/bin/python -m pip install -q -r requirements-bench.txt
	$(BENCH_VENV)/bin/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

bench-accuracy: $(BENCH_VENV)/.installed
	cd bench && for b in polnear newsquant quantulum3_cases tempeval meantime_aliases ecbplus_stories \
		multinews_stories ecbplus_events multinews_summary embed_onnx_vs_torch serve_load; do \
		echo "== $$b"; ../$(BENCH_VENV)/bin/python $$b.py || exit 1; done

lint: setup
	$(BIN)/ruff check src tests bench

lock:
	uv pip compile pyproject.toml --extra dev --extra scale --generate-hashes --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 -o requirements.lock

clean:
	rm -rf out .pytest_cache
