"""Validate the best model of a study: regenerate its test SQL, check EX against the baseline, and check
that the predictions table holds exactly what the adapter generates (decoding runs deterministic kernels:
training/model.py, reproducible_inference).

    pytest tests/test_best_model.py                                   # the study in ./study.db
    pytest tests/test_best_model.py --study-storage sqlite:///x.db --study-name s --min-gain 0.1 --min-ex 0.2 --max-p 0.01

Without a study (a fresh clone, CI) a small real search runs first (2 trials, CPU, a few minutes).
"""

import optuna
import pytest

from search.phases import versus_baseline
from search.records import Thresholds, read_baseline, read_final
from search.regenerate import differing, regenerate_final
from storage.predictions import load_predictions, open_predictions

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def regenerated(best_study, model_cache):
    storage, name, _ = best_study
    study = optuna.load_study(study_name=name, storage=storage)
    assert read_final(study).trial == study.best_trial.number
    result, rows = regenerate_final(study, model_cache)
    return study, result, rows


def test_best_adapter_beats_the_baseline(regenerated, thresholds):
    study, result, _ = regenerated
    wanted, source = thresholds
    # Plain numbers in the assertions: a failure prints no EvalResult, whose repr holds the data's questions.
    recorded = read_baseline(study)
    ex, baseline, k = result.ex, recorded.test.ex, read_final(study).settings.candidates
    # Compared question by question, both must be decoded alike (older studies did not record the baseline's).
    assert recorded.test_candidates in (None, k), (
        f"baseline decoded test with {recorded.test_candidates} hypotheses, the best adapter with {k}: "
        "rerun `python -m search.run --phase final` to decode the baseline alike")
    assert ex >= wanted.min_ex, f"test EX {ex:.1%} below the floor {wanted.min_ex:.1%} ({source})"
    assert ex >= baseline + wanted.min_gain, (
        f"test EX {ex:.1%} not {wanted.min_gain:.0%} above baseline {baseline:.1%} ({source})")
    if wanted.max_p is not None:
        engine = open_predictions(read_final(study).settings.predictions_db)
        paired = versus_baseline(engine, study.study_name, result.records)
        assert paired.p_value <= wanted.max_p, (
            f"test EX {ex:.1%} against baseline {baseline:.1%}: {paired.describe()}, above {wanted.max_p} ({source})")
    assert ex == pytest.approx(read_final(study).test.ex)


def test_predictions_table_holds_what_the_adapter_generates(regenerated):
    study, result, rows = regenerated
    stored = {r.example_id: r for r in rows}
    assert len(stored) == len(result.records) > 0
    differ = differing(result, rows)
    assert not differ, (f"{len(differ)} of {len(result.records)} regenerated predictions differ from the table; "
                        f"first: {differ[0][0]}: stored {differ[0][1]!r}, regenerated {differ[0][2]!r}")
    for record in result.records:
        row = stored[record.id]
        assert row.correct == record.correct and row.trial == study.best_trial.number
        assert row.adapter == read_final(study).settings.adapter


def test_resumed_study_kept_its_baseline_and_topped_up(best_study):
    storage, name, resumed = best_study
    study = optuna.load_study(study_name=name, storage=storage)
    finished = [t for t in study.trials if t.state.name in ("COMPLETE", "PRUNED")]
    assert len(finished) >= 2 and len({t.number for t in finished}) == len(finished)
    if resumed is not None:  # our own small search: the second run did not recompute the baseline
        assert read_baseline(study).validation.seconds == resumed["baseline_validation_seconds"]
        # explicit data, no CPU budget: graded like a GPU search (search/config.py: THRESHOLDS)
        assert read_final(study).thresholds == Thresholds("full", min_gain=0.0, min_ex=0.15, max_p=0.05)
        assert len(finished) == 2
        rows = load_predictions(open_predictions(read_final(study).settings.predictions_db), name, phase="baseline")
        assert len(rows) == len({(r.split, r.example_id) for r in rows}) == 14 + 22
