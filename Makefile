# eventwire — the two commands a newcomer runs: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXAMPLES := src/eventwire/examples
OUT    := out

.PHONY: demo test install lint bench clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; run 'make PYTHON=/path/to/python3.11 …'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p $(OUT)
	@rm -f $(OUT)/demo.duckdb
	$(BIN)/eventwire ingest "$(EXAMPLES)/*.txt" --db $(OUT)/demo.duckdb --jsonl $(OUT)/demo-events.jsonl
	$(BIN)/eventwire query --db $(OUT)/demo.duckdb
	@echo "Events as JSON Lines: $(OUT)/demo-events.jsonl   store: $(OUT)/demo.duckdb"

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
