# Two set-up commands: `make run` and `make test`; both install into .venv first when needed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install run test test-fast eval golden clean bench bench-ablation fuzz notebooks report screenshot

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/resextract run data/raw -o out/

# Everything, as CI runs it (process pools, Dask, signals, the notebook included).
test: $(STAMP)
	$(BIN)/python -m pytest -q

# The edit loop: everything but the tests marked slow.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

# `make eval` scores data/raw against data/annotated; `make eval SET=synthetic-heldout5` scores
# data/eval/<SET>/raw against its gold.
SET ?=
EVAL_RAW  := $(if $(SET),data/eval/$(SET)/raw,data/raw)
EVAL_GOLD := $(if $(SET),data/eval/$(SET)/gold,data/annotated)
EVAL_OUT  := out/eval/$(if $(SET),$(SET),data)

eval: $(STAMP)
	$(BIN)/resextract run $(EVAL_RAW) -o $(EVAL_OUT) --quiet
	$(BIN)/resextract evaluate $(EVAL_GOLD) $(EVAL_OUT)/resolutions.jsonl

golden: $(STAMP)
	$(BIN)/python tests/golden.py

clean:
	rm -rf out .pytest_cache

# Throughput, memory, cold start and natasha baseline on a 2,000-document corpus (bench/corpus/,
# gitignored); prints a table and writes bench/results.json. Takes a few minutes.
bench: $(STAMP)
	$(BIN)/python bench/bench.py

# What each optimisation buys: instructions of one pass over data/ with each cue group or cache
# switched off in turn (valgrind's callgrind, deterministic); writes bench/ablation.json. ~15 min.
bench-ablation: $(STAMP)
	$(BIN)/python bench/ablation.py --callgrind --json bench/ablation.json

# Byte mutations of small documents of every format, read under a memory cap and a time limit; saves
# what fails to out/fuzz/ and exits 1 (`make fuzz N=100000 SEED=3`). 20,000 inputs take about a minute.
N ?= 20000
SEED ?= 0
fuzz: $(STAMP)
	$(BIN)/python bench/fuzz_formats.py --count $(N) --seed $(SEED)

# Execute the analytics notebook in place (outputs are committed so it reads without running).
notebooks: $(STAMP)
	$(BIN)/jupyter-execute --inplace notebooks/analytics.ipynb

# Self-contained HTML review pages of data/raw, and PNG screenshots of them (needs Debian's chromium).
report: $(STAMP)
	$(BIN)/resextract report data/raw -o out/html

screenshot: report
	scripts/screenshot.sh out/html out/screenshots
