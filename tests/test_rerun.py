"""A rerun of a finished study is a no-op that prints its summary; --phase final recomputes. A parent loads a model only
to use it, and --gpus naming a GPU that is not there is an error."""

import os

import optuna
import pytest
from optuna.distributions import FloatDistribution
from optuna.trial import TrialState, create_trial

import search.phases as phases
from search.config import SearchConfig
from search.run import build_config, main, parse_args


class Refused(Exception):
    pass


@pytest.fixture
def no_work(monkeypatch):
    """Loading data or a model raises Refused: what a no-op must not do."""
    def refuse(*args, **kwargs):
        raise Refused()

    monkeypatch.setattr(phases, "load_splits", refuse)
    import training.model

    monkeypatch.setattr(training.model, "load_model", refuse)


def finished_study(tmp_path, trials=2) -> SearchConfig:
    """A study as a finished search leaves it: trials, baseline, final phase on the best trial."""
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", predictions_db=f"sqlite:///{tmp_path / 'study.db'}",
                          artifacts=tmp_path / "a", study_name="done", trials=trials)
    study = optuna.create_study(study_name="done", storage=config.storage, direction="maximize")
    for i, value in enumerate([0.2, 0.4][:trials]):
        study.add_trial(create_trial(value=value, params={"lr": 0.001 * (i + 1)}, distributions={"lr": FloatDistribution(1e-4, 1e-2)},
                                     user_attrs={"artifact_dir": str(tmp_path / "a" / "done" / f"trial-{i}")}))
    best = study.best_trial.number
    for key, value in {"baseline_validation_ex": 0.05, "baseline_test_ex": 0.1, "final_trial": best, "best_test_ex": 0.5,
                       "best_test_by_difficulty": {"easy": 0.75}, "baseline_test_by_difficulty": {"easy": 0.25},
                       "final_settings": {"adapter": f"/adapters/trial-{best}/adapter"}}.items():
        study.set_user_attr(key, value)
    return config


def test_a_finished_study_rerun_prints_its_summary_and_loads_nothing(tmp_path, capsys, no_work):
    config = finished_study(tmp_path)
    summary = phases.run(config)
    assert summary["best_trial"] == 1 and summary["best_test_ex"] == 0.5 and summary["trials"]["complete"] == 2
    out = capsys.readouterr().out
    assert "study 'done' is finished (2 trials, test predictions of trial 1): nothing to run" in out
    assert "test EX by difficulty: easy 25% -> 75%" in out and "best adapter: /adapters/trial-1/adapter" in out


@pytest.mark.parametrize("change", [
    {"phase": "final"},  # asked for: the final phase runs again
    {"trials": 3},  # one more trial wanted
])
def test_work_left_or_asked_for_runs(tmp_path, no_work, change):
    from dataclasses import replace

    config = replace(finished_study(tmp_path), **change)
    with pytest.raises(Refused):
        phases.run(config)


def test_a_new_best_trial_after_the_final_phase_runs_it_again(tmp_path, no_work):
    config = finished_study(tmp_path)
    study = optuna.load_study(study_name="done", storage=config.storage)
    study.add_trial(create_trial(value=0.9, params={"lr": 0.005}, distributions={"lr": FloatDistribution(1e-4, 1e-2)}))
    from dataclasses import replace

    with pytest.raises(Refused):
        phases.run(replace(config, trials=3))


class FakeWorkers:
    """Workers that ran every trial elsewhere."""

    on_gpu = False

    def start(self, config):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def wait_until(self, done):
        return None

    def wait(self):
        return True


def test_a_parent_whose_workers_run_the_trials_loads_no_model(tmp_path, monkeypatch, capsys):
    import training.model
    from tests.smalldata import write_small_dataset
    from evaluation.data import DataConfig

    data = write_small_dataset(tmp_path / "data")
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", predictions_db=f"sqlite:///{tmp_path / 'p.db'}",
                          artifacts=tmp_path / "a", study_name="p", phase="trials", workers=2, workers_per_gpu=1,
                          data=DataConfig(data["train"], data["validation"], data["test"], data["databases"]))
    monkeypatch.setattr(phases, "_workers", lambda *args: FakeWorkers())
    loaded = []
    monkeypatch.setattr(training.model, "load_model", lambda *args: loaded.append(args) or (None, None))
    phases.run(config)
    assert loaded == []
    assert "worker 0 done: study 'p' holds 0 complete" in capsys.readouterr().out


def test_gpus_that_are_not_there_are_an_error(tmp_path, capsys, monkeypatch):
    import search.run as run
    import search.workers as workers

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "")  # main narrows it for the parent; restored afterwards
    monkeypatch.setattr("training.model.cuda_available", lambda device: False)
    monkeypatch.setattr(workers, "physical_gpu_count", lambda: None)  # no NVIDIA driver, as on this CPU machine
    assert main(["--gpus", "0", "--env-file", os.devnull, "--no-progress"]) == 2
    assert capsys.readouterr().err.strip() == (
        "error: --gpus 0: no CUDA GPU on this machine (without one, --workers N runs CPU workers)")
    monkeypatch.setattr("training.model.cuda_available", lambda device: True)
    monkeypatch.setattr(workers, "physical_gpu_count", lambda: 2)
    with pytest.raises(ValueError, match=r"^--gpus 0,5,7: no GPU 5, 7 on this machine: it has 2 \(0, 1\)$"):
        build_config(parse_args(["--gpus", "0,5,7"]), {})
    with pytest.raises(ValueError, match="^--gpus places workers on GPUs; it does not combine with --device cpu"):
        build_config(parse_args(["--gpus", "0", "--device", "cpu"]), {})
    assert build_config(parse_args(["--gpus", "1,0,1"]), {}).gpus == ("1", "0", "1")
