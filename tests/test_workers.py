"""Several worker processes on one study, on real PostgreSQL, journal and SQLite storage, and a worker killed with -9.

Real runs of `python -m search.run --workers 2` on the small dataset (CPU): every worker is a process with its
own model, the storages are a real PostgreSQL server (started by .ci/run, or here), a real journal file and a real
SQLite file holding both the study and the predictions (the default storage).
"""

from __future__ import annotations

import itertools
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[1]
TRIALS = 4
LIMITS = {"train": 8, "validation": 4, "test": 4}
KILL_TRIALS = 2
"""The kill -9 test's study: the retry of the killed trial and one more. After the kill one worker (one core's thread)
runs whatever is left alone, so each trial beyond these costs it a whole trial's time and checks nothing more."""


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory):
    """SQLTUNE_POSTGRES_URL (a server .ci/run started), else a server of our own for this session."""
    url = os.environ.get("SQLTUNE_POSTGRES_URL")
    if url:
        yield url
        return
    folder = tmp_path_factory.mktemp("postgres")
    script = ROOT / ".ci" / "postgres.sh"
    url = subprocess.run([str(script), "start", str(folder)], check=True, capture_output=True, text=True).stdout.strip()
    try:
        yield url
    finally:
        subprocess.run([str(script), "stop", str(folder)], check=False)


@pytest.fixture(scope="session")
def small_data(tmp_path_factory):
    from tests.smalldata import write_small_dataset

    return write_small_dataset(tmp_path_factory.mktemp("workers-data"))


_names = itertools.count()


def command(storage: str, db: str, folder: Path, data: dict, cache: Path, grace: int = 120,
            trials: int = TRIALS) -> list[str]:
    # One epoch a trial: the checks are about trials, workers and storages, none about epochs, and trials of equal
    # length keep both workers busy to the end (with 1-2 epochs one worker sat waiting for the other's last trial).
    return [
        sys.executable, "-m", "search.run", "--workers", "2", "--trials", str(trials),
        "--storage", storage, "--db", db, "--study-name", "w", "--artifacts", str(folder / "artifacts"),
        *(f"--{k}={v}" for k, v in data.items()), *(f"--{k}-limit={v}" for k, v in LIMITS.items()),
        "--epochs-range", "1", "1", "--lora-ranks", "4", "8", "--lr-range", "3e-3", "6e-3", "--max-new-tokens", "32",
        "--heartbeat-grace", str(grace), "--cache-dir", str(cache), "--env-file", os.devnull,
        "--no-progress", "--seed", "0",
    ]


def storages(kind: str, folder: Path, postgres_url: str) -> tuple[str, str]:
    """A fresh (study storage, predictions DB) pair; PostgreSQL gets a database of its own per test."""
    if kind == "journal":
        return f"journal:{folder / 'study.log'}", f"sqlite:///{folder / 'predictions.db'}"
    if kind == "sqlite":  # the default: study and predictions in one file
        return (f"sqlite:///{folder / 'study.db'}",) * 2
    import psycopg

    name = f"t{os.getpid()}_{next(_names)}"
    server = postgres_url.rsplit("/", 1)[0]
    with psycopg.connect(server + "/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = server + "/" + name
    return url, url


def check_study(storage: str, db: str, trials: int = TRIALS) -> object:
    """Exactly ``trials`` finished trials, distinct proposals, and a predictions table with no duplicate or partial rows."""
    import optuna
    from sqlalchemy import create_engine, text

    from search.optuna_storage import open_storage
    from storage.predictions import database_url

    study = optuna.load_study(study_name="w", storage=open_storage(storage))
    states = [t.state.name for t in study.trials]
    finished = [t for t in study.trials if t.state.name in ("COMPLETE", "PRUNED")]
    assert len(finished) == trials, states
    assert "RUNNING" not in states and "WAITING" not in states, states
    keys = [tuple(sorted(t.params.items())) for t in finished if "failed_trial" not in t.system_attrs]
    assert len(keys) == len(set(keys)), f"two workers proposed the same point: {keys}"
    engine = create_engine(database_url(db))
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT phase, coalesce(trial, -1), split, count(*), count(DISTINCT example_id) FROM predictions "
            "WHERE run_name = 'w' GROUP BY phase, coalesce(trial, -1), split"
        )).all()
    engine.dispose()
    by_key = {(phase, trial, split): (n, distinct) for phase, trial, split, n, distinct in rows}
    assert all(n == distinct for n, distinct in by_key.values()), by_key  # no duplicate rows
    assert by_key[("baseline", -1, "validation")][0] == LIMITS["validation"]
    assert by_key[("baseline", -1, "test")][0] == LIMITS["test"]
    best = study.best_trial.number
    assert {k for k in by_key if k[0] == "final"} == {("final", best, "test")}
    assert by_key[("final", best, "test")][0] == LIMITS["test"]
    trial_rows = {k[1]: v[0] for k, v in by_key.items() if k[0] == "trial"}
    # Every finished trial wrote its validation predictions whole; no other trial (a killed one) wrote any.
    assert trial_rows == {t.number: LIMITS["validation"] for t in finished}
    return study


@pytest.mark.parametrize("kind", ["journal", "sqlite"])
def test_two_workers_on_one_host_finish_exactly_n_trials(kind, tmp_path, small_data, model_cache):
    # PostgreSQL gets the same checks in the kill -9 test below, which also runs two workers to the end.
    storage, db = storages(kind, tmp_path, "")
    run = subprocess.run(command(storage, db, tmp_path, small_data, model_cache), cwd=ROOT,
                         capture_output=True, text=True, timeout=900)
    log = run.stdout + run.stderr
    assert run.returncode == 0, log[-4000:]
    assert "database is locked" not in log
    pids = set(re.findall(r"worker (\d): pid (\d+)", log))
    assert len(pids) == 2, log[-2000:]
    study = check_study(storage, db)
    workers = {t.user_attrs.get("worker", "").split(" (")[0] for t in study.trials if t.state.name in ("COMPLETE", "PRUNED")}
    assert len(workers) == 2, f"both workers should have run trials: {workers}"
    # That the baseline and the final phase run once, in the parent, is tested without log text in
    # tests/test_workers_plan.py (the workers' argv says --phase trials; run_study's order of events).


def test_killed_worker_trial_is_failed_retried_and_a_restart_completes(tmp_path, postgres_url, small_data, model_cache):
    import optuna

    from search.optuna_storage import open_storage

    storage, db = storages("postgresql", tmp_path, postgres_url)
    cmd = command(storage, db, tmp_path, small_data, model_cache, grace=8, trials=KILL_TRIALS)
    parent = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    victim = None
    deadline = time.monotonic() + 600
    try:
        while victim is None and time.monotonic() < deadline and parent.poll() is None:
            time.sleep(0.5)
            try:
                study = optuna.load_study(study_name="w", storage=open_storage(storage))
            except KeyError:
                continue
            for trial in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.RUNNING,)):
                # all three hyperparameters drawn: the trial is training (a partial draw is re-drawn on retry)
                if "worker" in trial.user_attrs and set(trial.params) == {"learning_rate", "epochs", "lora_rank"}:
                    victim = (trial.number, int(trial.user_attrs["worker"].split(":")[1].split(" ")[0]))
                    break
        assert victim is not None, "no trial started"
        os.kill(victim[1], signal.SIGKILL)  # in the middle of its trial
        first_log, _ = parent.communicate(timeout=900)
    finally:
        if parent.poll() is None:
            parent.kill()
    assert f"killed by signal {signal.SIGKILL.value}" in first_log, first_log[-3000:]
    # Restart: the same command tops the study up to exactly KILL_TRIALS and runs the final phase.
    restart = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)
    log = first_log + restart.stdout + restart.stderr
    assert restart.returncode == 0, log[-4000:]
    assert "database is locked" not in log and "Traceback" not in restart.stderr
    study = check_study(storage, db, KILL_TRIALS)
    killed = study.trials[victim[0]]
    assert killed.state.name == "FAIL"  # failed through the heartbeat, not left RUNNING
    retries = [t for t in study.trials if t.system_attrs.get("failed_trial") == victim[0]]
    assert len(retries) == 1 and retries[0].params == killed.params and retries[0].state.name in ("COMPLETE", "PRUNED")
    # The report reads the same PostgreSQL study and predictions through the bare postgresql:// URL.
    from search.report import main as report

    assert report(["--storage", storage, "--study-name", "w", "--out", str(tmp_path / "report")]) == 0
    assert (tmp_path / "report" / "index.html").is_file()
