# eventwire — the two commands a newcomer runs: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXAMPLES := src/eventwire/examples
OUT    := out

.PHONY: demo serve test install lint bench bench-api screenshot clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; run 'make PYTHON=/path/to/python3.11 …'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p $(OUT)
	@rm -f $(OUT)/demo.duckdb
	$(BIN)/eventwire ingest "$(EXAMPLES)/*.txt" --db $(OUT)/demo.duckdb --jsonl $(OUT)/demo-events.jsonl
	$(BIN)/eventwire query --db $(OUT)/demo.duckdb
	@echo "Events as JSON Lines: $(OUT)/demo-events.jsonl   store: $(OUT)/demo.duckdb"
	@echo "Dashboard: run 'make serve' (or $(BIN)/eventwire serve --db $(OUT)/demo.duckdb), then open http://127.0.0.1:8000/"

# The dashboard and HTTP API over the demo store (make demo first); Ctrl-C stops it.
serve: $(STAMP)
	@test -f $(OUT)/demo.duckdb || { echo "no $(OUT)/demo.duckdb yet: run 'make demo' first"; exit 1; }
	$(BIN)/eventwire serve --db $(OUT)/demo.duckdb

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

# GET /events latency: 100,000 synthetic events, 20 concurrent clients, a real server process.
bench-api: $(STAMP)
	$(BIN)/python benchmarks/api_latency.py

# docs/dashboard.png: the dashboard over the example articles, in headless Chromium (apt-get install chromium).
screenshot: $(STAMP)
	EVENTWIRE_BROWSER_TESTS=required EVENTWIRE_SCREENSHOT=$(CURDIR)/docs/dashboard.png \
		$(BIN)/pytest -q tests/test_dashboard.py -k filters

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
