"""Fast tests of the worker plumbing: who runs where, when a worker runs, waits or stops, and the surplus rule."""

import optuna
import pytest
from optuna.trial import TrialState, create_trial
from optuna.distributions import FloatDistribution

from search.objective import surplus
from search.study import next_step
from search.workers import WorkerPlan, Workers, child_argv, child_env, one_gpu, plan_workers


def test_child_argv_drops_parent_flags_and_adds_phase_and_id():
    argv = ["--trials", "12", "--workers", "2", "--gpus=0,1", "--phase", "all", "--storage", "journal:s.log"]
    assert child_argv(argv, 1) == ["--trials", "12", "--storage", "journal:s.log", "--phase", "trials", "--worker-id", "1"]


def test_plan_one_worker_per_gpu_or_cpu_share():
    assert plan_workers(2, (), cuda_count=4, cpu_count=16).gpus == ("0", "1")
    assert plan_workers(1, ("2", "3"), cuda_count=4, cpu_count=16).gpus == ("2", "3")
    shared = plan_workers(1, ("0", "0", "1", "1"), cuda_count=2, cpu_count=16)  # two workers on each GPU
    assert shared.gpus == ("0", "0", "1", "1") and shared.threads == 4
    cpu = plan_workers(2, (), cuda_count=0, cpu_count=2)
    assert cpu.gpus == (None, None) and cpu.threads == 1
    with pytest.raises(ValueError, match="--workers 3: only 2 GPU"):
        plan_workers(3, (), cuda_count=2, cpu_count=16)


def test_workers_get_the_gpus_the_parent_sees_by_their_names():
    assert plan_workers(2, (), cuda_count=2, cpu_count=32, visible="2,3").gpus == ("2", "3")
    assert plan_workers(1, (), cuda_count=3, cpu_count=32, visible="5, 6,7").gpus == ("5",)
    assert plan_workers(2, (), cuda_count=2, cpu_count=32, visible=None).gpus == ("0", "1")


@pytest.mark.parametrize("visible, pinned", [(None, "0"), ("0,1", "0"), ("3,1", "3"), (" 2 ", "2"), ("", "")])
def test_a_training_process_sees_one_gpu(visible, pinned):
    assert one_gpu(visible) == pinned


def test_cpu_worker_sees_no_gpu_and_its_thread_share():
    env = child_env({"PATH": "/bin", "CUDA_VISIBLE_DEVICES": "0,1"}, None, 1)
    assert env["CUDA_VISIBLE_DEVICES"] == "" and env["OMP_NUM_THREADS"] == "1" and env["PATH"] == "/bin"
    assert child_env({}, "1", 8)["CUDA_VISIBLE_DEVICES"] == "1"


def _study(states):
    study = optuna.create_study()
    for i, state in enumerate(states):
        if state == TrialState.RUNNING:
            study.ask()
        else:
            study.add_trial(create_trial(
                state=state, value=0.1 if state == TrialState.COMPLETE else None,
                params={"x": float(i)}, distributions={"x": FloatDistribution(0, 100)},
            ))
    return study


@pytest.mark.parametrize("states, step", [
    ([TrialState.COMPLETE] * 3, "run"),
    ([TrialState.COMPLETE, TrialState.PRUNED, TrialState.COMPLETE, TrialState.FAIL], "run"),  # FAIL does not count
    ([TrialState.COMPLETE] * 4, "done"),
    ([TrialState.COMPLETE, TrialState.PRUNED, TrialState.COMPLETE, TrialState.RUNNING], "wait"),  # last one elsewhere
])
def test_next_step(states, step):
    assert next_step(_study(states), target=4) == step


def test_waiting_retry_is_run_even_when_the_cap_looks_reached():
    study = _study([TrialState.COMPLETE] * 3)
    study.enqueue_trial({"x": 1.0})  # a stale trial's retry
    assert next_step(study, target=4) == "run"


def test_the_lower_numbered_trial_keeps_the_last_slot():
    study = _study([TrialState.COMPLETE] * 3)
    first, second = study.ask(), study.ask()  # two workers raced for slot 4
    assert not surplus(first, 4)
    assert surplus(second, 4)


class RecordingWorkers(Workers):
    """Workers that start no process: they record start, wait and stop into ``events``."""

    def __init__(self, gpus: tuple, events: list) -> None:
        super().__init__([], WorkerPlan(gpus, 1), {})
        self.events = events

    def start(self):
        self.events.append("start")
        return self

    def wait(self):
        self.events.append("wait")
        return True

    def stop(self):
        self.events.append("stop")


@pytest.mark.parametrize("gpus, order", [
    (("0", "0"), ["start", "baseline", "wait"]),  # overlaps the workers' loading and first trials
    ((None, None), ["baseline", "start", "wait"]),  # CPU workers would share the parent's cores
])
def test_baseline_runs_once_beside_gpu_workers_and_before_cpu_workers(monkeypatch, tmp_path, gpus, order):
    import search.study as study_module
    from search.config import SearchConfig

    events = []
    monkeypatch.setattr(study_module, "baseline_phase", lambda *a: events.append("baseline"))
    monkeypatch.setattr(study_module, "final_phase", lambda *a: None)
    monkeypatch.setattr(study_module, "finished_trials", lambda study: [None] * 12)
    monkeypatch.setattr(study_module, "summarize", lambda *a: None)
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", artifacts=tmp_path / "a")
    study_module.run_study(config, None, None, {"validation": None, "test": None, "train": None}, None, None,
                           RecordingWorkers(gpus, events))
    assert events == order


def test_workers_are_stopped_when_the_baseline_beside_them_fails(monkeypatch, tmp_path):
    import search.study as study_module
    from search.config import SearchConfig

    events = []

    def fail(*args):
        raise RuntimeError("CUDA out of memory")

    monkeypatch.setattr(study_module, "baseline_phase", fail)
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", artifacts=tmp_path / "a")
    with pytest.raises(RuntimeError, match="out of memory"):
        study_module.run_study(config, None, None, {"validation": None, "test": None, "train": None}, None, None,
                               RecordingWorkers(("0",), events))
    assert events == ["start", "stop"]


def test_trial_overhead_is_the_time_outside_training_and_evaluation():
    from datetime import datetime, timedelta

    from search.study import trial_overhead

    start = datetime(2026, 11, 29, 12, 0, 0)

    def trial(wall, train, evaluation):
        t = create_trial(value=0.5, params={"x": 1.0}, distributions={"x": FloatDistribution(0, 2)},
                         user_attrs={"train_seconds": train, "eval_seconds": evaluation})
        t.datetime_start, t.datetime_complete = start, start + timedelta(seconds=wall)
        return t

    untimed = create_trial(value=0.1, params={"x": 1.0}, distributions={"x": FloatDistribution(0, 2)})
    mean, share = trial_overhead([trial(10, 8, 1), trial(30, 24, 3), untimed])
    assert mean == 2.0 and share == 4 / 40
    assert trial_overhead([untimed]) is None


@pytest.mark.parametrize("data_ok", [True, False])
def test_gpu_workers_start_after_the_data_check_and_before_the_parent_loads_its_model(monkeypatch, tmp_path, data_ok):
    import search.phases as phases
    import search.study as study_module
    import training.model as model_module
    from evaluation.data import DataConfig, DatasetError
    from search.config import SearchConfig
    from tests.smalldata import write_small_dataset

    events = []
    paths = write_small_dataset(tmp_path / "data")
    if not data_ok:
        paths["validation"].write_text('{"question": "q", "query": "SELECT nope FROM nowhere", "db_id": "shop"}\n')
    monkeypatch.setattr(phases, "_workers", lambda config, argv, env: RecordingWorkers(("0", "0"), events))
    monkeypatch.setattr(model_module, "resolve_model_path", lambda config: events.append("convert"))
    monkeypatch.setattr(model_module, "load_model", lambda config: events.append("load") or (None, None))
    monkeypatch.setattr(study_module, "run_study", lambda *args: events.append("study"))
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", predictions_db=f"sqlite:///{tmp_path / 'p.db'}",
                          artifacts=tmp_path / "a", cache_dir=tmp_path / "cache", gpus=("0", "0"), workers=2,
                          data=DataConfig(paths["train"], paths["validation"], paths["test"], paths["databases"]))
    if data_ok:
        phases.run(config)
        assert events == ["convert", "start", "load", "study"]
    else:
        with pytest.raises(DatasetError):
            phases.run(config)
        assert "start" not in events and "load" not in events  # a bad gold query stops it before any worker
