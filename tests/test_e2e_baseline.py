"""A real baseline run of the embedded model (SmolLM2-135M, NF4, CPU) on 8 validation + 8 test examples."""

import os

import pytest

from evaluation.data import DataConfig, load_splits
from evaluation.execute import SQLiteExecutor
from evaluation.metrics import Scorer
from search.run import main
from storage.predictions import load_predictions, open_predictions

pytestmark = pytest.mark.e2e


def test_baseline_stores_every_prediction(tmp_path, model_cache, capsys):
    db = tmp_path / "predictions.db"
    code = main([
        "--phase", "baseline", "--limit", "8", "--db", str(db), "--study-name", "e2e",
        "--storage", f"sqlite:///{tmp_path / 'study.db'}", "--artifacts", str(tmp_path / "artifacts"),
        "--cache-dir", str(model_cache), "--no-progress", "--max-new-tokens", "48",
        "--env-file", os.devnull,
    ])
    assert code == 0
    out = capsys.readouterr().out
    assert "baseline validation" in out and "baseline test" in out
    rows = load_predictions(open_predictions(str(db)), "e2e", phase="baseline")
    assert (tmp_path / "study.db").is_file()  # the baseline went to this study, not to ./study.db
    assert sorted((r.split, r.trial, r.adapter) for r in rows)[0] == ("test", None, None)
    assert {r.split for r in rows} == {"validation", "test"} and len(rows) == 16
    assert all(r.model == "SmolLM2-135M-Instruct" and r.latency_ms > 0 for r in rows)
    assert all((r.error is None) == r.correct for r in rows)
    # the stored verdicts are what an independent scoring of the stored SQL gives
    splits = load_splits(DataConfig(limit=8), model_cache, ("validation", "test"))
    with SQLiteExecutor() as executor:
        scorer = Scorer(executor)
        for r in rows:
            dataset = splits[r.split]
            example = next(e for e in dataset.examples if e.id == r.example_id)
            assert scorer.score(dataset, example, r.predicted_sql).correct == r.correct
