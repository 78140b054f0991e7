"""Fast tests of the worker plumbing: who runs where, when a worker runs, waits or stops, and the surplus rule."""

from dataclasses import replace

import optuna
import pytest
from optuna.trial import TrialState, create_trial
from optuna.distributions import FloatDistribution

from search.objective import surplus
from training.memory import ModelShape
from search.study import next_step
from search.workers import (
    PARENT_MEMORY, WorkerPlan, Workers, auto_workers_per_gpu, child_env, one_gpu, plan_workers, write_worker_config,
)

GiB = 2**30


def test_workers_get_the_resolved_config_as_a_file_without_parent_only_settings_or_the_token(tmp_path):
    import json
    import os

    from search.config import SearchConfig
    from search.run import worker_config
    from training.model import ModelConfig

    config = SearchConfig(trials=7, storage=f"journal:{tmp_path / 's.log'}", artifacts=tmp_path / "a", workers=2,
                          gpus=("0", "1"), workers_per_gpu=4, seed=3, model=ModelConfig(hf_token="secret-token"))
    path = write_worker_config(config)
    assert path.parent == config.trial_dir and "secret-token" not in path.read_text()
    assert os.stat(path).st_mode & 0o077 == 0  # a storage URL may hold a password
    worker = worker_config(path, 1, {"HF_TOKEN": "secret-token"})
    # a worker runs trials itself and never places workers of its own
    assert (worker.phase, worker.worker_id, worker.workers, worker.gpus, worker.workers_per_gpu) == ("trials", 1, 1, (), 1)
    assert worker == replace(config, phase="trials", worker_id=1, workers=1, gpus=(), workers_per_gpu=1)
    assert json.loads(path.read_text())["trials"] == 7


def test_a_worker_is_started_on_the_config_file_with_its_id(monkeypatch, tmp_path):
    import subprocess
    from types import SimpleNamespace

    from search.config import SearchConfig

    started = []
    monkeypatch.setattr(subprocess, "Popen", lambda command, env: started.append((command, env)) or SimpleNamespace(pid=1))
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 's.db'}", artifacts=tmp_path / "a", progress=False)
    Workers(WorkerPlan(("0", "0"), 4), {"PATH": "/bin"}).start(config)
    path = str(config.trial_dir / "worker-config.json")
    assert [c[3:] for c, _ in started] == [["--resolved-config", path, "--worker-id", str(i), "--no-progress"]
                                           for i in (0, 1)]
    assert [env["CUDA_VISIBLE_DEVICES"] for _, env in started] == ["0", "0"]


def test_plan_several_workers_on_each_gpu():
    one = plan_workers(1, (), cuda_count=1, cpu_count=16, per_gpu=4)
    assert one.gpus == ("0",) * 4 and one.threads == 4
    assert plan_workers(2, (), cuda_count=2, cpu_count=32, visible="2,3", per_gpu=2).gpus == ("2", "2", "3", "3")
    assert plan_workers(1, ("0", "1"), cuda_count=2, cpu_count=32, per_gpu=2).gpus == ("0", "0", "1", "1")
    assert plan_workers(2, (), cuda_count=0, cpu_count=2, per_gpu=4).gpus == (None, None)  # no GPU: no GPU share


@pytest.mark.parametrize("parameters, free, n", [
    (134_515_008, 139 * GiB, 4),  # SmolLM2-135M on an empty H200: capped at 4
    (134_515_008, 79 * GiB, 3),  # an 80 GB card: the parent's 24 GiB and 3 x 16
    (134_515_008, 55 * GiB, 1),  # one worker beside the parent is no gain over the parent alone
    (134_515_008, 56 * GiB, 2),
    (134_515_008, 20 * GiB, 1),  # a 24 GB card
    (7_248_023_552, 139 * GiB, 1),  # Mistral-7B keeps the GPU busy by itself
])
def test_auto_workers_per_gpu(parameters, free, n):
    assert auto_workers_per_gpu(parameters, free, 16 * GiB) == n


def test_auto_workers_per_gpu_follows_the_models_training_memory():
    from training.memory import ModelShape, training_bytes

    smollm2 = ModelShape(134_515_008, 49152, 576, 1536, 30)
    qwen = ModelShape(630_167_424, 151936, 896, 4864, 24, tied_embeddings=False)  # a 152k vocabulary: big logits
    assert auto_workers_per_gpu(smollm2.parameters, 139 * GiB, training_bytes(smollm2, 16, 640)) == 4
    assert auto_workers_per_gpu(qwen.parameters, 139 * GiB, training_bytes(qwen, 16, 640)) == 3


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
    """Workers that start no process: they record start, wait (for the study), reap and stop into ``events``.
    ``exits_ok``: what ``wait`` says of their exits."""

    def __init__(self, gpus: tuple, events: list, exits_ok: bool = True) -> None:
        super().__init__(WorkerPlan(gpus, 1), {})
        self.events, self.exits_ok, self.started = events, exits_ok, False

    def start(self, config):
        if not self.started:  # as Workers.start: a second call returns the running ones
            self.events.append("start")
            self.started = True
        return self

    def wait_until(self, done, poll_s=1.0):
        self.events.append("wait")
        return None if done() else self.exits_ok

    def wait(self):
        self.events.append("reap")
        return self.exits_ok

    def stop(self):
        self.events.append("stop")


def run_parent(monkeypatch, config, workers, baseline=None, memory_cap=None):
    """``Search.run`` as the parent of ``workers``, with no data, model or GPU (its setup, load and memory cap are
    stubs); the baseline (unless given) and the final test of the best trial record themselves in the workers'
    events."""
    from contextlib import nullcontext

    import search.phases as phases
    import training.model as model_module

    def setup(self, stack):
        self.workers = stack.enter_context(workers)

    monkeypatch.setattr(phases.Search, "setup", setup)
    monkeypatch.setattr(phases.Search, "load", lambda self: None)
    monkeypatch.setattr(model_module, "resolve_model_path", lambda config: None)
    monkeypatch.setattr(phases.Search, "baseline", baseline or (lambda self: workers.events.append("baseline")))
    monkeypatch.setattr(phases.Search, "baseline_test_decoded_as_final", lambda self: None)
    monkeypatch.setattr(phases.Search, "test_best_trial", lambda self: workers.events.append("final"))
    monkeypatch.setattr(phases.Search, "summary", lambda self: None)
    monkeypatch.setattr(phases, "cuda_memory_cap", memory_cap or (lambda limit: nullcontext()))
    return phases.Search(config).run()


@pytest.mark.parametrize("gpus, order", [
    (("0", "0"), ["start", "baseline", "wait", "final", "reap"]),  # overlaps the workers' loading and first trials
    ((None, None), ["baseline", "start", "wait", "final", "reap"]),  # CPU workers would share the parent's cores
])
def test_baseline_runs_once_beside_gpu_workers_and_before_cpu_workers(monkeypatch, tmp_path, gpus, order):
    import search.phases as phases
    from search.config import SearchConfig

    events = []
    monkeypatch.setattr(phases, "finished_trials", lambda study: [None] * 12)
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", artifacts=tmp_path / "a")
    run_parent(monkeypatch, config, RecordingWorkers(gpus, events))
    assert events == order


@pytest.mark.parametrize("gpus, cap", [(("0", "0"), PARENT_MEMORY), ((None, None), None)])
def test_the_baseline_beside_gpu_workers_keeps_to_the_memory_left_to_the_parent(monkeypatch, tmp_path, gpus, cap):
    """On the H200 a parent decoding Spider's long prompts held 95 GiB beside its workers, which ran out of memory."""
    from contextlib import contextmanager

    import search.phases as phases
    from search.config import SearchConfig

    events = []

    @contextmanager
    def recording_cap(limit):
        events.append(("cap", limit))
        yield
        events.append("uncap")

    monkeypatch.setattr(phases, "finished_trials", lambda study: [None] * 12)
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", artifacts=tmp_path / "a")
    run_parent(monkeypatch, config, RecordingWorkers(gpus, events), memory_cap=recording_cap)
    assert events[events.index(("cap", cap)):][:3] == [("cap", cap), "baseline", "uncap"]


@pytest.mark.parametrize("exits_ok", [True, False])
def test_a_short_study_gets_its_final_phase_after_timeout_not_after_a_worker_died(monkeypatch, tmp_path, exits_ok):
    """Workers that all exited normally with the study short were stopped by --timeout: the final phase runs on the
    best trial so far. A worker that died leaves the study unfinished: the parent says so and runs no final phase."""
    import search.phases as phases
    from search.config import SearchConfig
    from search.study import IncompleteStudy

    events = []
    monkeypatch.setattr(phases, "finished_trials", lambda study: [None] * 5)
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", artifacts=tmp_path / "a", timeout=60)
    workers = RecordingWorkers(("0", "0"), events, exits_ok)
    if exits_ok:
        run_parent(monkeypatch, config, workers)
        assert events == ["start", "baseline", "wait", "final", "reap"]
    else:
        with pytest.raises(IncompleteStudy, match="5 of 12 finished trials"):
            run_parent(monkeypatch, config, workers)
        assert "final" not in events


def _sleepers(*seconds_and_codes):
    """Workers whose children sleep, then exit with a code: (seconds, code) each."""
    import subprocess
    import sys

    workers = Workers(WorkerPlan((None,) * len(seconds_and_codes), 1), {})
    workers.children = [subprocess.Popen([sys.executable, "-c", f"import time, sys; time.sleep({s}); sys.exit({c})"])
                        for s, c in seconds_and_codes]
    return workers


class Running:
    """A worker process that has not exited (poll() None), as the parent sees it while trials run."""

    pid = 1

    def poll(self):
        return None


def test_waiting_for_the_study_returns_while_the_workers_still_run():
    workers = Workers(WorkerPlan((None, None), 1), {})
    workers.children = [Running(), Running()]
    calls, slept = [], []
    assert workers.wait_until(lambda: calls.append(1) or len(calls) >= 2, poll_s=0.05, sleep=slept.append) is None
    assert slept == [0.05]  # looked twice, one poll apart, and did not wait for the workers to exit


def test_workers_that_end_before_the_study_is_done_report_their_exits(caplog):
    ok = _sleepers((0, 0), (0, 0))
    assert ok.wait_until(lambda: False, poll_s=0.05) is True
    died = _sleepers((0, 0), (0, 3))
    with caplog.at_level("ERROR", logger="sqltune"):
        assert died.wait_until(lambda: False, poll_s=0.05) is False
        assert died.wait() is False  # the parent reaps them again after the final phase: one message, not two
    assert [r.getMessage().split(" (pid")[0] for r in caplog.records] == ["worker 1"]
    assert "exit code 3" in caplog.records[0].getMessage()


def test_workers_are_stopped_when_the_baseline_beside_them_fails(monkeypatch, tmp_path):
    from search.config import SearchConfig

    events = []

    def fail(self):
        raise RuntimeError("CUDA out of memory")

    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", artifacts=tmp_path / "a")
    with pytest.raises(RuntimeError, match="out of memory"):
        run_parent(monkeypatch, config, RecordingWorkers(("0",), events), fail)
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


def skip_phases(monkeypatch, loaded=lambda search: None):
    """``Search.run`` does its setup and load for real, then runs no phase; ``loaded(search)`` stands for them."""
    from contextlib import nullcontext

    import search.phases as phases

    monkeypatch.setattr(phases, "cuda_memory_cap", lambda limit: nullcontext())  # no GPU here
    monkeypatch.setattr(phases.Search, "baseline", lambda self: loaded(self))
    for name in ("trials", "final", "summary"):
        monkeypatch.setattr(phases.Search, name, lambda self: None)


@pytest.mark.parametrize("data_ok", [True, False])
def test_gpu_workers_start_after_the_data_check_and_before_the_parent_loads_its_model(monkeypatch, tmp_path, data_ok):
    import search.phases as phases
    import training.model as model_module
    from evaluation.data import DataConfig, DatasetError
    from search.config import SearchConfig
    from tests.smalldata import write_small_dataset

    events = []
    paths = write_small_dataset(tmp_path / "data")
    if not data_ok:
        paths["validation"].write_text('{"question": "q", "query": "SELECT nope FROM nowhere", "db_id": "shop"}\n')
    monkeypatch.setattr(phases, "_workers", lambda config, env, per_gpu: RecordingWorkers(("0", "0"), events))
    monkeypatch.setattr(model_module, "model_shape", lambda config: SMOLLM2)
    monkeypatch.setattr(model_module, "resolve_model_path", lambda config: events.append("convert"))
    monkeypatch.setattr(model_module, "load_model", lambda config: events.append("load") or (None, None))
    skip_phases(monkeypatch, lambda search: events.append("phases"))
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", predictions_db=f"sqlite:///{tmp_path / 'p.db'}",
                          artifacts=tmp_path / "a", cache_dir=tmp_path / "cache", gpus=("0", "0"), workers=2,
                          data=DataConfig(paths["train"], paths["validation"], paths["test"], paths["databases"]))
    if data_ok:
        phases.run(config)
        assert events == ["convert", "start", "load", "phases", "reap"]
    else:
        with pytest.raises(DatasetError):
            phases.run(config)
        assert "start" not in events and "load" not in events  # a bad gold query stops it before any worker


SMOLLM2 = ModelShape(134_515_008, 49152, 576, 1536, 30)


@pytest.mark.parametrize("parameters, per_gpu", [(134_515_008, 4), (7_248_023_552, None)])
def test_the_default_on_a_gpu_shares_it_among_workers_for_a_small_model(monkeypatch, tmp_path, parameters, per_gpu):
    """--workers-per-gpu auto (the default): after the data check, from the model's size and the GPU's free memory;
    a model that keeps the GPU busy trains in this process, with no workers."""
    import torch

    import search.phases as phases
    import training.model as model_module
    from evaluation.data import DataConfig
    from search.config import SearchConfig
    from tests.smalldata import write_small_dataset

    events, placed = [], []
    paths = write_small_dataset(tmp_path / "data")
    monkeypatch.setattr(model_module, "cuda_available", lambda device: True)
    monkeypatch.setattr(torch.cuda, "mem_get_info", lambda: (139 * GiB, 140 * GiB))
    monkeypatch.setattr(model_module, "model_shape",
                        lambda config: events.append("count") or replace(SMOLLM2, parameters=parameters))
    monkeypatch.setattr(phases, "_workers",
                        lambda config, env, n: placed.append(n) or RecordingWorkers(("0",) * n, events))
    monkeypatch.setattr(model_module, "resolve_model_path", lambda config: events.append("convert"))
    monkeypatch.setattr(model_module, "load_model", lambda config: events.append("load") or (None, None))
    skip_phases(monkeypatch, lambda search: events.append(("phases", search.workers is not None)))
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", predictions_db=f"sqlite:///{tmp_path / 'p.db'}",
                          artifacts=tmp_path / "a", cache_dir=tmp_path / "cache",
                          data=DataConfig(paths["train"], paths["validation"], paths["test"], paths["databases"]))
    phases.run(config)
    if per_gpu:
        assert placed == [per_gpu] and events == ["count", "convert", "start", "load", ("phases", True), "reap"]
    else:
        assert placed == [] and events == ["count", "load", ("phases", False)]
    placed.clear()
    phases.run(replace(config, workers_per_gpu=1))  # one process, as asked
    assert placed == []


@pytest.mark.parametrize("finished, placed_workers", [(0, [4]), (10, [2]), (11, []), (12, [])])
def test_auto_starts_no_more_workers_than_trials_are_left(monkeypatch, tmp_path, finished, placed_workers):
    """A rerun of a finished study or a small top-up does not start workers that would find nothing to run."""
    import torch

    import search.phases as phases
    import training.model as model_module
    from evaluation.data import DataConfig
    from search.config import SearchConfig
    from tests.smalldata import write_small_dataset

    storage = f"sqlite:///{tmp_path / 'study.db'}"
    if finished:
        existing = optuna.create_study(study_name="sqltune", storage=storage)
        for i in range(finished):
            existing.add_trial(create_trial(state=TrialState.COMPLETE, value=0.1, params={"x": float(i)},
                                            distributions={"x": FloatDistribution(0, 100)}))
    paths = write_small_dataset(tmp_path / "data")
    placed = []
    monkeypatch.setattr(model_module, "cuda_available", lambda device: True)
    monkeypatch.setattr(torch.cuda, "mem_get_info", lambda: (139 * GiB, 140 * GiB))
    monkeypatch.setattr(model_module, "model_shape", lambda config: SMOLLM2)
    monkeypatch.setattr(phases, "_workers", lambda config, env, n: placed.append(n) or RecordingWorkers(("0",) * n, []))
    monkeypatch.setattr(model_module, "resolve_model_path", lambda config: None)
    monkeypatch.setattr(model_module, "load_model", lambda config: (None, None))
    skip_phases(monkeypatch)
    phases.run(SearchConfig(storage=storage, predictions_db=f"sqlite:///{tmp_path / 'p.db'}", artifacts=tmp_path / "a",
                            cache_dir=tmp_path / "cache",
                            data=DataConfig(paths["train"], paths["validation"], paths["test"], paths["databases"])))
    assert placed == placed_workers


@pytest.mark.parametrize("tied", [True, False])
def test_parameter_count_from_the_config_alone_matches_the_built_model(tmp_path, tied):
    from transformers import LlamaConfig, LlamaForCausalLM

    from training.model import ModelConfig, count_parameters

    config = LlamaConfig(vocab_size=300, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, tie_word_embeddings=tied)
    config.save_pretrained(tmp_path)
    built = sum(p.numel() for p in LlamaForCausalLM(config).parameters())
    assert count_parameters(ModelConfig(name_or_path=str(tmp_path))) == built  # a folder with no weights in it


@pytest.mark.parametrize("tied", [True, False])
def test_parameter_count_from_safetensors_headers_matches_the_built_model(tmp_path, tied):
    """A saved folder is counted from its files' headers: tied weights once, every shard."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from training.model import ModelConfig, count_parameters

    config = LlamaConfig(vocab_size=300, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, tie_word_embeddings=tied)
    model = LlamaForCausalLM(config).to(torch.bfloat16)
    model.save_pretrained(tmp_path, max_shard_size="20KB")
    assert len(list(tmp_path.glob("*.safetensors"))) > 1
    built = sum(p.numel() for p in model.parameters())
    assert count_parameters(ModelConfig(name_or_path=str(tmp_path))) == built


def test_a_surplus_trial_is_marked_and_not_counted_as_a_failure(tmp_path, capsys):
    """The worker that lost the race for the last slot stops its trial before any work; the summary says so instead of
    reporting a failed trial."""
    from types import SimpleNamespace

    from search.config import SearchConfig
    from search.objective import Objective, TrialFailure, is_surplus
    from search.study import summarize

    study = _study([TrialState.COMPLETE, TrialState.RUNNING])  # the last slot is taken by a running trial
    config = SearchConfig(trials=2, storage=f"sqlite:///{tmp_path / 'study.db'}", artifacts=tmp_path / "a")
    study.optimize(Objective(SimpleNamespace(config=config)), n_trials=1, catch=(TrialFailure,))
    last = study.trials[-1]
    assert last.state == TrialState.FAIL and is_surplus(last)
    out = summarize(config, study, None, 1.0)
    assert out["trials"]["failed"] == 0 and out["trials"]["surplus"] == 1
    assert "1 complete, 0 pruned, 0 failed, 1 surplus (never ran" in capsys.readouterr().out
