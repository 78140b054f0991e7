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
