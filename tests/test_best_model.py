"""Validate the best model of a study: regenerate its test SQL, check EX against the baseline, and check
that the predictions table holds exactly what the adapter generates (greedy decoding is deterministic).

    pytest tests/test_best_model.py                                   # the study in ./study.db
    pytest tests/test_best_model.py --study-storage sqlite:///x.db --study-name s --min-gain 0.1 --min-ex 0.2

Without a study (a fresh clone, CI) a small real search runs first (2 trials, CPU, a few minutes).
"""

from pathlib import Path

import optuna
import pytest

from evaluation.data import DataConfig, load_splits
from evaluation.dense import EvalWeights
from evaluation.evaluate import evaluate
from evaluation.execute import ExecutionConfig, SQLiteExecutor
from evaluation.generate import GenerationConfig
from evaluation.metrics import Scorer
from storage.predictions import load_predictions, open_predictions
from training.model import ModelConfig, load_model
from training.prompt import PromptConfig

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def regenerated(best_study, model_cache):
    from peft import PeftModel

    storage, name, _ = best_study
    study = optuna.load_study(study_name=name, storage=storage)
    s = study.user_attrs["final_settings"]
    assert study.user_attrs["final_trial"] == study.best_trial.number
    data = DataConfig(
        test=Path(s["test"]) if s["test"] else None,
        databases=Path(s["databases"]) if s["databases"] else None,
        test_limit=s["test_cap"] or None,
    )
    test = load_splits(data, model_cache, ("test",))["test"]
    # The search's converted model where it is still there: a GGUF is not converted a second time.
    cache = Path(s["cache_dir"]) if s.get("cache_dir") and Path(s["cache_dir"]).is_dir() else model_cache
    base, tokenizer = load_model(ModelConfig(s["model"], s["load_in_4bit"], s["compute_dtype"], cache_dir=cache))
    model = EvalWeights(s.get("weights", "adapter"))(PeftModel.from_pretrained(base, s["adapter"]))
    with SQLiteExecutor(ExecutionConfig(semantics=s.get("semantics", "strict"))) as executor:
        generation = GenerationConfig(s["batch_size"], s["max_new_tokens"], candidates=s.get("candidates", 1))
        result = evaluate(model, tokenizer, test, Scorer(executor), generation, PromptConfig(s["sample_rows"]))
    rows = load_predictions(open_predictions(s["predictions_db"]), name, phase="final", split="test",
                            trial=study.best_trial.number)
    return study, result, rows


def test_best_adapter_beats_the_baseline(regenerated, thresholds):
    study, result, _ = regenerated
    min_gain, min_ex, source = thresholds
    baseline = study.user_attrs["baseline_test_ex"]
    assert result.ex >= min_ex, f"test EX {result.ex:.1%} below the floor {min_ex:.1%} ({source})"
    assert result.ex >= baseline + min_gain, (
        f"test EX {result.ex:.1%} not {min_gain:.0%} above baseline {baseline:.1%} ({source})")
    assert result.ex == pytest.approx(study.user_attrs["best_test_ex"])


def test_predictions_table_holds_what_the_adapter_generates(regenerated):
    study, result, rows = regenerated
    stored = {r.example_id: r for r in rows}
    assert len(stored) == len(result.records) > 0
    differ = [(r.id, stored[r.id].predicted_sql, r.predicted) for r in result.records
              if stored[r.id].predicted_sql != r.predicted]
    assert not differ, (f"{len(differ)} of {len(result.records)} regenerated predictions differ from the table; "
                        f"first: {differ[0][0]}: stored {differ[0][1]!r}, regenerated {differ[0][2]!r}")
    for record in result.records:
        row = stored[record.id]
        assert row.correct == record.correct and row.trial == study.best_trial.number
        assert row.adapter == study.user_attrs["final_settings"]["adapter"]


def test_resumed_study_kept_its_baseline_and_topped_up(best_study):
    storage, name, resumed = best_study
    study = optuna.load_study(study_name=name, storage=storage)
    finished = [t for t in study.trials if t.state.name in ("COMPLETE", "PRUNED")]
    assert len(finished) >= 2 and len({t.number for t in finished}) == len(finished)
    if resumed is not None:  # our own small search: the second run did not recompute the baseline
        assert study.user_attrs["baseline_validation_seconds"] == resumed["baseline_validation_seconds"]
        # explicit data, no CPU budget: graded like a GPU search (search/config.py: THRESHOLDS)
        assert study.user_attrs["validation_thresholds"] == {"profile": "full", "min_gain": 0.10, "min_ex": 0.15}
        assert len(finished) == 2
        rows = load_predictions(open_predictions(study.user_attrs["final_settings"]["predictions_db"]), name, phase="baseline")
        assert len(rows) == len({(r.split, r.example_id) for r in rows}) == 14 + 22
