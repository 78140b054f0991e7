import json
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from search.records import read_baseline, read_final, read_thresholds

SHOP_SQL = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL, status TEXT);
INSERT INTO customers VALUES (1, 'Ada', 'Paris'), (2, 'Bob', 'Oslo'), (3, 'Cy', NULL), (4, 'Di', 'Paris');
INSERT INTO orders VALUES (1, 1, 10.5, 'paid'), (2, 1, 20.0, 'paid'), (3, 2, 7.25, 'open'), (4, 4, 3.0, 'paid');
"""


@pytest.fixture
def shop_dir(tmp_path: Path) -> Path:
    """A folder holding shop.sqlite, a two-table database."""
    folder = tmp_path / "dbs"
    folder.mkdir()
    conn = sqlite3.connect(folder / "shop.sqlite")
    conn.executescript(SHOP_SQL)
    conn.commit()
    conn.close()
    return folder


@pytest.fixture
def shop_db(shop_dir: Path) -> Path:
    return shop_dir / "shop.sqlite"


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory) -> Path:
    """One cache folder (converted embedded model, built databases) shared by the end-to-end tests."""
    return tmp_path_factory.mktemp("sqltune-cache")


def pytest_configure(config):
    from training.model import CUBLAS_WORKSPACE

    # Before CUDA starts, as search/run.py does: test_best_model.py regenerates with deterministic kernels.
    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", CUBLAS_WORKSPACE)


def pytest_addoption(parser):
    group = parser.getgroup("sqltune")
    group.addoption("--study-storage", default=None,
                    help="Optuna storage of the study to validate (env SQLTUNE_STORAGE; default sqlite:///study.db if that file exists)")
    group.addoption("--study-name", default=None, help="study name (env SQLTUNE_STUDY; default sqltune)")
    group.addoption("--min-gain", type=float, default=None, help="required test-EX gain over the baseline (env SQLTUNE_MIN_GAIN)")
    group.addoption("--min-ex", type=float, default=None, help="required test EX (env SQLTUNE_MIN_EX)")
    group.addoption("--max-p", type=float, default=None,
                    help="largest one-sided sign-test p-value of 'the best adapter beats the baseline' (env SQLTUNE_MAX_P)")
    group.addoption("--own-search", action="store_true",
                    help="validate a small search the tests run themselves, never ./study.db (make test)")


def _option(config, name: str, env: str, default):
    import os

    value = config.getoption(name)
    if value is None:
        value = os.environ.get(env) or default
    return value


# A small real search for a fresh clone or CI: 2 trials on the small dataset of tests/smalldata.py, CPU, through
# the ordinary CLI. It runs as two invocations (--trials 1, then --trials 2) so that resuming is exercised too.
# Few optimizer steps fit in CI, and at learning rates below ~3e-3 a 135M model does not leave its degenerate
# repetitions within them (measured: lr 1.4e-3, 30 steps -> "SELECT FROM products FROM products ..."), so the
# CI search looks at the upper end of the range only. Every trial trains 2 epochs (16 steps), which is enough there:
# measured on the 2-core CPU, both trials reached 78.6 % validation EX and the best one 90.9 % test EX (20 of 22 right
# only after tuning), where the range 2-3 drew two 3-epoch trials (64.3 % validation, 59.1 % test) and both runs
# took 166 s instead of 129. Two hypotheses for the baseline and the final phase (a GPU's default is 8; the CPU's is
# greedy) so that test_best_model.py regenerates execution-guided predictions too.
# Its data sizes are explicit (the CPU budget's caps, given as flags), so the study is graded like any search on data
# a user chose: a 15 % floor and a significant gain over the baseline (search/config.py: THRESHOLDS).
# 32 new tokens hold every gold query of tests/smalldata.py (at most 16 tokens) with room; the untuned model's
# degenerate repetitions run to the cap, and at the default 160 they made the baseline phase ~70 % of the first run's
# time (48 tokens: 19 s of baseline, 32: 15 s).
SMALL_SEARCH = ["--no-progress", "--seed", "0", "--lr-range", "3e-3", "6e-3", "--epochs-range", "2", "2",
                "--candidates", "2", "--train-limit", "32", "--validation-limit", "16", "--test-limit", "100",
                "--max-new-tokens", "32"]


@pytest.fixture(scope="session")
def best_study(request, model_cache, tmp_path_factory):
    """(storage URL, study name) of a finished study: the user's study.db if present, else a fresh small search."""
    import optuna

    storage = _option(request.config, "--study-storage", "SQLTUNE_STORAGE", None)
    name = _option(request.config, "--study-name", "SQLTUNE_STUDY", "sqltune")
    own = request.config.getoption("--own-search")
    if own and storage is not None:
        pytest.fail("--own-search validates the tests' own search; it does not combine with --study-storage")
    # The test suite (make test) grades only a study it made; pytest tests/test_best_model.py grades ./study.db.
    if storage is None and not own and Path("study.db").is_file():
        storage = "sqlite:///study.db"
    if storage is not None:
        try:
            study = optuna.load_study(study_name=name, storage=storage)
        except KeyError:
            study = None
        if study is not None and read_final(study) is not None:
            return storage, name, None
        if request.config.getoption("--study-storage"):
            pytest.fail(f"study {name!r} in {storage} has no finished final phase: run python -m search.run first")
    from search.run import main

    from tests.smalldata import write_small_dataset

    folder = tmp_path_factory.mktemp("small-search")
    data = write_small_dataset(folder / "data")
    storage = f"sqlite:///{folder / 'study.db'}"
    common = [*SMALL_SEARCH, *(f"--{k}={v}" for k, v in data.items()), "--storage", storage, "--artifacts", str(folder / "artifacts"),
              "--cache-dir", str(model_cache), "--study-name", "ci", "--env-file", os.devnull]
    assert main(["--trials", "1", *common]) == 0
    first = optuna.load_study(study_name="ci", storage=storage)
    baseline_rows_time = read_baseline(first).validation.seconds
    assert main(["--trials", "2", *common]) == 0
    return storage, "ci", {"baseline_validation_seconds": baseline_rows_time}


@pytest.fixture(scope="session")
def thresholds(request, best_study):
    """(Thresholds, where they came from): flag or env values over what the study's run recorded for its profile
    (search/config.py: THRESHOLDS), else the full-data profile's."""
    import optuna

    from search.config import THRESHOLDS
    from search.records import Thresholds

    storage, name, _ = best_study
    recorded = read_thresholds(optuna.load_study(study_name=name, storage=storage)) or Thresholds("full", *THRESHOLDS["full"])
    given = {field: _option(request.config, flag, env, None) for field, flag, env in (
        ("min_gain", "--min-gain", "SQLTUNE_MIN_GAIN"), ("min_ex", "--min-ex", "SQLTUNE_MIN_EX"),
        ("max_p", "--max-p", "SQLTUNE_MAX_P"))}
    given = {field: float(value) for field, value in given.items() if value is not None}
    source = f"the study's {recorded.profile!r} profile" + (", overridden" if given else "")
    return replace(recorded, **given), source
