"""The best adapter against the base model on the same test questions: the sign test that validates a search."""

import optuna
import pytest
from optuna.distributions import IntDistribution
from optuna.trial import TrialState, create_trial

from evaluation.metrics import PairedComparison, paired_comparison
from search import records
from storage.predictions import RunInfo, correct_by_example, open_predictions, save_predictions
from tests.test_storage import record


@pytest.mark.parametrize("wins, losses, p", [
    (5, 0, 1 / 32),                 # five disagreements, all one way: 2^-5
    (6, 1, 8 / 128),                # P(X >= 6) for X ~ Bin(7, 1/2)
    (40, 26, 0.0544),               # the Qwen2.5-Coder-1.5B Spider search (benchmarks/results)
    (62, 33, 0.0019),               # the 0.5B one
    (0, 0, 1.0),                    # never disagreeing shows nothing
    (0, 3, 1.0),
])
def test_sign_test_p_value(wins, losses, p):
    assert PairedComparison(wins, losses).p_value == pytest.approx(p, abs=5e-5)


def test_paired_comparison_counts_only_the_questions_that_changed():
    before = {"a": True, "b": False, "c": False, "d": True}
    after = {"a": True, "b": True, "c": False, "d": False}
    assert paired_comparison(before, after) == PairedComparison(wins=1, losses=1)
    assert "1 right only after tuning, 1 only before (one-sided sign test p = 0.75)" == \
        paired_comparison(before, after).describe()


def test_paired_comparison_refuses_different_questions():
    with pytest.raises(ValueError, match="1 only after .*'x'.*1 only before .*'b'"):
        paired_comparison({"a": True, "b": True}, {"a": True, "x": False})


def test_correct_by_example_reads_one_phase_of_the_predictions_table(tmp_path):
    engine = open_predictions(str(tmp_path / "p.db"))
    save_predictions(engine, RunInfo("s", "baseline", "test", "m"), [record(1, False), record(2)])
    save_predictions(engine, RunInfo("s", "final", "test", "m", trial=0, adapter="a"), [record(1), record(2)])
    before = correct_by_example(engine, "s", "baseline", "test")
    assert before == {"ex1": False, "ex2": True}
    assert paired_comparison(before, correct_by_example(engine, "s", "final", "test")) == PairedComparison(1, 0)


def test_thresholds_with_a_sign_test_round_trip_and_without_one_keep_the_old_keys():
    settings = records.FinalSettings(adapter="a")
    for thresholds, keys in ((records.Thresholds("full", 0.0, 0.15, 0.05), {"profile", "min_gain", "min_ex", "max_p"}),
                             (records.Thresholds("cpu-budget", 0.0, 0.0), {"profile", "min_gain", "min_ex"})):
        study = optuna.create_study()
        records.write_final(study, records.Final(0, None, settings, thresholds))
        assert set(study.user_attrs["validation_thresholds"]) == keys
        assert records.read_thresholds(study) == thresholds


def test_final_summary_says_how_the_best_adapter_compares_with_the_baseline(tmp_path, capsys):
    from search.config import SearchConfig
    from search.study import summarize

    study = optuna.create_study(direction="maximize")
    study.add_trial(create_trial(state=TrialState.COMPLETE, value=0.5, params={"epochs": 1},
                                 distributions={"epochs": IntDistribution(1, 3)}))
    study.set_user_attr("baseline_validation_ex", 0.1)
    study.set_user_attr("baseline_test_ex", 0.2)
    final = {"summary": {"ex": 0.4, "by_difficulty": {}}, "adapter": "a", "versus_baseline": PairedComparison(40, 26)}
    out = summarize(SearchConfig(storage=f"sqlite:///{tmp_path / 's.db'}"), study, final, 1.0)
    assert ("best vs baseline on the same test questions: 40 right only after tuning, 26 only before "
            "(one-sided sign test p = 0.054)") in capsys.readouterr().out
    assert (out["test_wins"], out["test_losses"]) == (40, 26) and out["test_p_value"] == pytest.approx(0.0544, abs=5e-5)


def test_versus_baseline_pairs_records_with_the_baseline_rows(tmp_path):
    from search.phases import versus_baseline

    engine = open_predictions(str(tmp_path / "p.db"))
    assert versus_baseline(engine, "s", [record(1)]) is None  # no baseline ran
    save_predictions(engine, RunInfo("s", "baseline", "test", "m"), [record(1, False), record(2)])
    assert versus_baseline(engine, "s", [record(1), record(2, False)]) == PairedComparison(1, 1)
    with pytest.raises(ValueError, match="same examples"):
        versus_baseline(engine, "s", [record(1)])  # a final phase on fewer questions
