import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evaluation.metrics import ExampleResult
from storage.predictions import Prediction, RunInfo, database_url, load_predictions, open_predictions, save_predictions


def record(i: int, correct: bool = True) -> ExampleResult:
    return ExampleResult(
        id=f"ex{i}", db_id="shop", difficulty="easy", question=f"q{i}", gold="SELECT 1", predicted="SELECT 1",
        correct=correct, error=None if correct else "wrong_result", message="", exact_match=correct,
        valid_sql=True, gold_empty=False, latency_ms=12.5,
    )


def test_round_trip_and_replace(tmp_path):
    engine = open_predictions(str(tmp_path / "p.db"))
    info = RunInfo("study", "baseline", "test", "SmolLM2")
    save_predictions(engine, info, [record(1), record(2, False)])
    save_predictions(engine, info, [record(1), record(2, False)])  # a rerun replaces, never duplicates
    save_predictions(engine, RunInfo("study", "final", "test", "SmolLM2", trial=3, adapter="a/b"), [record(1)])
    rows = load_predictions(engine, "study", phase="baseline")
    assert [(r.example_id, r.correct, r.error, r.trial, r.adapter) for r in rows] == [
        ("ex1", True, None, None, None),
        ("ex2", False, "wrong_result", None, None),
    ]
    assert rows[0].question == "q1" and rows[0].gold_sql == "SELECT 1" and rows[0].latency_ms == 12.5
    assert rows[0].created_at is not None and rows[0].model == "SmolLM2"
    final = load_predictions(engine, "study", phase="final")
    assert [(r.trial, r.adapter) for r in final] == [(3, "a/b")]


def test_failed_write_leaves_previous_rows(tmp_path):
    engine = open_predictions(f"sqlite:///{tmp_path / 'p.db'}")
    info = RunInfo("s", "baseline", "validation", "m")
    save_predictions(engine, info, [record(1)])
    with pytest.raises(Exception):
        save_predictions(engine, info, [record(2), record(2)])  # duplicate key: the transaction rolls back
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Prediction)) == 1
    assert load_predictions(engine, "s")[0].example_id == "ex1"


def test_run_info_and_url_validation():
    with pytest.raises(ValueError, match="phase"):
        RunInfo("s", "bogus", "test", "m")
    with pytest.raises(ValueError, match="trial"):
        RunInfo("s", "final", "test", "m")
    assert database_url("x/p.db") == "sqlite:///x/p.db"
    with pytest.raises(ValueError, match="SQLAlchemy URL"):
        database_url("::://bad")


def _hammer(url: str, worker: int, trials: int) -> None:
    """One worker process: trials with three reports, a pruning check and a 40-row predictions write per report,
    heartbeats every second: what a search worker does to the study file, only much faster."""
    import optuna

    from search.optuna_storage import open_storage

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.load_study(study_name="s", storage=open_storage(url, heartbeat_s=1, grace_s=60),
                              sampler=optuna.samplers.TPESampler(seed=worker, constant_liar=True))
    engine = open_predictions(url)

    def objective(trial):
        x = trial.suggest_float("x", 0, 1)
        for epoch in range(3):
            trial.report(x * epoch, epoch)
            trial.should_prune()
            save_predictions(engine, RunInfo("s", "trial", "validation", "m", trial=trial.number),
                             [record(i) for i in range(40)])
        return x

    study.optimize(objective, n_trials=trials, catch=())


def test_several_processes_share_one_sqlite_study_file(tmp_path):
    """Four processes write one SQLite file (study and predictions, as --gpus 0,0,0,0 with the default storage does)
    as fast as they can: no "database is locked", every trial finished, every write whole."""
    import multiprocessing

    import optuna

    from search.optuna_storage import open_storage

    url = f"sqlite:///{tmp_path / 'study.db'}"
    optuna.create_study(study_name="s", storage=open_storage(url))
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_hammer, args=(url, i, 15)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=300)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    study = optuna.load_study(study_name="s", storage=open_storage(url))
    assert len(study.trials) == 60 and all(t.state.name == "COMPLETE" for t in study.trials)
    engine = open_predictions(url)
    with Session(engine) as session:
        counts = session.execute(select(Prediction.trial, func.count()).group_by(Prediction.trial)).all()
    assert sorted(counts) == [(n, 40) for n in range(60)]


def test_save_trial_writes_the_adapter_through_the_given_writer_whole_or_not_at_all(tmp_path):
    """storage/ is handed a writer (training/sft.py: save_adapter), never the model, so it needs no peft."""
    import json

    from storage.artifacts import save_trial

    def write(path):
        path.mkdir()
        (path / "adapter_model.safetensors").write_bytes(b"weights")

    folder = save_trial(tmp_path / "trial-0", write, {"lr": 1e-3}, {"ex": 0.5})
    assert (folder / "adapter" / "adapter_model.safetensors").read_bytes() == b"weights"
    assert json.loads((folder / "metrics.json").read_text()) == {"ex": 0.5}

    def fail(path):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        save_trial(tmp_path / "trial-0", fail, {"lr": 2e-3}, {"ex": 0.9})
    assert json.loads((folder / "config.json").read_text()) == {"lr": 1e-3}  # the earlier attempt stays whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trial-0"]  # no half-written sibling left
