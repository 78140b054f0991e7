"""The study's records keep the user-attr schema of the studies already written: an old study reads, and what is read
back from it writes the same keys and values (plus the versions), so optuna-dashboard and the report see no change."""

import gzip
import shutil
from pathlib import Path

import optuna
import pytest

from search import records

OLD_STUDY = Path(__file__).parent.parent / "benchmarks/results/2026-12-03-qwen2.5-coder-0.5b-spider/attempt-2/study.db.gz"


@pytest.fixture(scope="module")
def old_study(tmp_path_factory):
    db = tmp_path_factory.mktemp("old") / "study.db"
    with gzip.open(OLD_STUDY) as src, open(db, "wb") as out:
        shutil.copyfileobj(src, out)
    return optuna.load_study(study_name="sqltune", storage=f"sqlite:///{db}")


def test_an_old_study_reads_as_version_1(old_study):
    attrs = old_study.user_attrs
    baseline, final = records.read_baseline(old_study), records.read_final(old_study)
    assert baseline.version == final.settings.version == 1 and baseline.test_candidates is None  # not recorded then
    assert baseline.test.ex == attrs["baseline_test_ex"] and baseline.validation.seconds == attrs["baseline_validation_seconds"]
    assert final.trial == attrs["final_trial"] == old_study.best_trial.number
    assert final.settings.adapter == attrs["final_settings"]["adapter"] and final.settings.candidates == 8
    assert final.thresholds == records.Thresholds("full", 0.1, 0.15)
    trial = records.read_trial(old_study.best_trial)
    assert trial.version == 1 and trial.kept_epoch == 2 and trial.epoch_ex == old_study.best_trial.user_attrs["epoch_ex"]


def test_records_write_back_the_keys_and_values_they_were_read_from(old_study):
    study = optuna.create_study()
    records.write_baseline(study, records.read_baseline(old_study))
    records.write_final(study, records.read_final(old_study))
    old = dict(old_study.user_attrs)
    assert study.user_attrs == {**old, "baseline_version": 1, "final_settings": {**old["final_settings"], "version": 1}}

    best = old_study.best_trial
    trial = study.ask()
    recorded = records.read_trial(best)
    records.write_worker(trial, recorded.worker)
    records.write_epochs(trial, recorded.epoch_ex)
    records.write_result(trial, recorded)
    assert study.trials[-1].user_attrs == {**best.user_attrs, "record_version": 1}


def test_missing_records_read_as_none_and_partial_settings_as_the_old_defaults():
    study = optuna.create_study()
    assert records.read_baseline(study) is None and records.read_final(study) is None
    study.set_user_attr("final_trial", 0)
    study.set_user_attr("final_settings", {"adapter": "a", "a key from a newer version": 1})
    final = records.read_final(study)
    assert (final.settings.adapter, final.settings.candidates, final.settings.semantics) == ("a", None, "strict")
    assert final.test is None and final.thresholds is None


def test_the_baselines_test_decoding_round_trips():
    study = optuna.create_study()
    figures = records.SplitFigures(0.5)
    records.write_baseline(study, records.Baseline(figures, figures, test_candidates=16))
    assert study.user_attrs["baseline_test_candidates"] == 16 and records.read_baseline(study).test_candidates == 16
