"""OOM fails a trial, a NaN loss prunes it, the study goes on; stale RUNNING trials are failed and retried."""

import time
from dataclasses import replace
from types import SimpleNamespace

import optuna
import pytest
import torch
from optuna.trial import TrialState

import search.objective as objective_module
import search.phases as phases
import search.study as study_module
from search.config import SearchConfig
from search.objective import Objective, SharedState, TrialFailure
from search.space import SearchSpace
from training.sft import NonFiniteLossError

SPACE = SearchSpace(learning_rate=(3e-4, 5e-3))  # resolved from the model by search/phases.py in a real search


class FakeModel(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.w = torch.nn.Parameter(torch.zeros(1), requires_grad=False)


@pytest.fixture
def config(tmp_path):
    return SearchConfig(space=SPACE, storage=f"sqlite:///{tmp_path / 'study.db'}", artifacts=tmp_path / "artifacts", study_name="f")


def run_with(monkeypatch, config, error, n_trials=2):
    calls = []
    monkeypatch.setattr(objective_module, "attach_adapter", lambda model, cfg: model)
    monkeypatch.setattr(objective_module, "detach_adapter", lambda model: calls.append("detached") or model)

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(objective_module, "train_adapter", fail)
    state = SharedState(config, FakeModel(), None, None, None, None, None, lambda m: m)
    study = study_module.open_study(config)
    study.optimize(Objective(state), n_trials=n_trials, catch=(TrialFailure,))
    return study, calls


def test_out_of_memory_fails_the_trial_and_the_study_continues(monkeypatch, config):
    study, calls = run_with(monkeypatch, config, torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2 GiB"))
    assert [t.state for t in study.trials] == [TrialState.FAIL, TrialState.FAIL]
    assert all("out of memory" in t.user_attrs["failure"] for t in study.trials)
    assert calls == ["detached", "detached"]  # the base model is restored even after a failure


def test_nan_loss_prunes_the_trial(monkeypatch, config):
    study, _ = run_with(monkeypatch, config, NonFiniteLossError("training loss is nan at step 3"))
    assert [t.state for t in study.trials] == [TrialState.PRUNED, TrialState.PRUNED]
    assert study.trials[0].user_attrs["failure"] == "training loss is nan at step 3"


def heartbeat_config(tmp_path, kind: str) -> SearchConfig:
    """A 1 s heartbeat with a 2 s grace, on a SQLite or a journal storage."""
    storage = f"sqlite:///{tmp_path / 'study.db'}" if kind == "sqlite" else f"journal:{tmp_path / 'study.log'}"
    return SearchConfig(space=SPACE, storage=storage, artifacts=tmp_path / "a", study_name="f", heartbeat_s=1, grace_s=2)


def clocked_study(tmp_path, kind: str, now: list[float]):
    """A study on SQLite or a journal with a 1 s heartbeat and a 2 s grace whose heartbeats and staleness read the
    clock ``now[0]``, which the test moves: no test sleeps against the grace. (study, beat(trial))."""
    from search.optuna_storage import open_storage

    url = f"sqlite:///{tmp_path / 'study.db'}" if kind == "sqlite" else f"journal:{tmp_path / 'study.log'}"
    storage = open_storage(url, heartbeat_s=1, grace_s=2, clock=lambda: now[0])
    study = optuna.create_study(study_name="f", storage=storage, direction="maximize")

    def beat(trial):
        storage.record_heartbeat(storage.get_trial_id_from_study_id_trial_number(storage.get_study_id_from_name("f"),
                                                                                 trial.number))

    return study, beat


@pytest.mark.parametrize("kind", ["sqlite", "journal"])
def test_stale_running_trial_is_failed_and_retried(tmp_path, kind):
    now = [time.time()]
    study, beat = clocked_study(tmp_path, kind, now)
    trial = study.ask()  # a worker starts a trial ...
    trial.suggest_float("x", 0, 1)
    beat(trial)
    now[0] += 3.5  # ... and is killed: its heartbeat stops
    optuna.storages.fail_stale_trials(study)
    states = [t.state for t in study.get_trials(deepcopy=False)]
    assert states == [TrialState.FAIL, TrialState.WAITING]  # failed, and enqueued again with the same params
    retried = study.trials[1]
    assert retried.system_attrs.get("failed_trial") == 0
    assert retried.params == trial.params and "x" in retried.params


@pytest.mark.parametrize("kind", ["sqlite", "journal"])
def test_live_trial_is_not_failed(tmp_path, kind):
    now = [time.time()]
    study, beat = clocked_study(tmp_path, kind, now)
    trial = study.ask()
    for _ in range(3):  # beats keep coming: never stale, though the trial has run longer than the grace
        beat(trial)
        now[0] += 1
    optuna.storages.fail_stale_trials(study)
    assert [t.state for t in study.get_trials(deepcopy=False)] == [TrialState.RUNNING]


def test_resumed_sampler_does_not_replay_the_first_draws(config):
    first = study_module.open_study(config).ask().suggest_float("x", 0, 1)
    resumed = study_module.open_study(config).ask().suggest_float("x", 0, 1)
    assert resumed != first  # a sampler seeded as the first run's would draw the same start-up point again


def test_a_failure_that_repeats_stops_the_search(monkeypatch, config):
    monkeypatch.setattr(objective_module, "attach_adapter", lambda model, cfg: model)
    monkeypatch.setattr(objective_module, "detach_adapter", lambda model: model)

    def fail(*args, **kwargs):
        raise torch.OutOfMemoryError("CUDA out of memory")

    monkeypatch.setattr(objective_module, "train_adapter", fail)
    state = SharedState(config, FakeModel(), None, "pre-tokenised", None, None, None, lambda m: m)
    study = study_module.open_study(config)
    # FAIL does not count towards --trials: without the stop this would retry for ever
    with pytest.raises(study_module.IncompleteStudy, match="3 trials in a row failed .*out of memory"):
        study_module.trials_phase(config, study, state, None)
    assert [t.state for t in study.trials] == [TrialState.FAIL] * 3


class FakeClock:
    """search.clock.Clock whose sleep only moves its time on: a wait loop's seconds without waiting them."""

    def __init__(self):
        self.now, self.slept = 1_000_000.0, []

    def monotonic(self):
        return self.now

    wall = monotonic

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def test_a_worker_with_nothing_to_run_polls_until_the_last_trial_elsewhere_ends(monkeypatch, config):
    import search.optuna_storage as optuna_storage

    steps = iter(["wait", "wait", "wait", "done"])  # another worker's trial runs for three polls, then ends
    monkeypatch.setattr(study_module, "next_step", lambda study, target: next(steps))
    told = []  # what the worker says it waits for, and when
    monkeypatch.setattr(optuna_storage, "waiting_for",
                        lambda running, grace, now, host: told.append(([t.number for t in running], now)) or "")
    study = study_module.open_study(config)
    study.ask()
    clock = FakeClock()
    state = SharedState(config, FakeModel(), None, None, None, None, None, lambda m: m)
    assert study_module.trials_phase(config, study, state, None, clock) is True
    assert clock.slept == [study_module.WAIT_POLL_S] * 3  # the heartbeat (30 s) is longer: the poll sets the pace
    assert told == [([0], 1_000_000.0)]  # said once per set of trials waited for, at the clock's time


def test_timeout_ends_a_wait_for_other_workers(monkeypatch, config):
    monkeypatch.setattr(study_module, "next_step", lambda study, target: "wait")  # their trials never end
    clock = FakeClock()
    state = SharedState(config, FakeModel(), None, None, None, None, None, lambda m: m)
    assert study_module.trials_phase(replace(config, timeout=60), study_module.open_study(config), state, None,
                                     clock) is False
    assert sum(clock.slept) == 60 and len(clock.slept) == 60 // study_module.WAIT_POLL_S


def test_the_pruner_only_stops_epochs_still_to_come():
    from search.objective import prune_now

    class AlwaysPrune:
        def should_prune(self):
            return True

    assert prune_now(AlwaysPrune(), True, 1, 3)
    assert not prune_now(AlwaysPrune(), True, 3, 3)  # the last epoch: complete, with its value
    assert not prune_now(AlwaysPrune(), False, 1, 3)


def _epoch1_decisions(pruner, values):
    """Each value: a new trial reporting validation EX after epoch 1; whether the pruner stops it there."""
    study = optuna.create_study(direction="maximize", pruner=pruner)
    decisions = []
    for value in values:
        trial = study.ask()
        trial.report(value, step=1)
        decisions.append(bool(trial.should_prune()))
        study.tell(trial, state=TrialState.PRUNED) if decisions[-1] else study.tell(trial, value)
    return decisions


def test_asha_keeps_only_the_top_third_after_the_first_epoch_and_promotes_ties():
    pruner = study_module.make_pruner(True, "asha")
    # Fewer than three trials at the epoch: only the best so far goes on; a tie with it goes on too.
    assert _epoch1_decisions(pruner, [0.5, 0.4, 0.5]) == [False, True, False]
    # Six at the epoch (the new one included): the top two go on; each earlier one was the best when it came.
    assert _epoch1_decisions(study_module.make_pruner(True, "asha"), [0.1, 0.2, 0.3, 0.4, 0.5, 0.35]) == [
        False, False, False, False, False, True]
    # The median rule lets the 0.35 run on: it is above the median (0.3) of the complete trials.
    assert _epoch1_decisions(study_module.make_pruner(True, "median"), [0.1, 0.2, 0.3, 0.4, 0.5, 0.35])[-1] is False


def test_pruner_flag_is_checked():
    with pytest.raises(ValueError, match="--pruner"):
        SearchConfig(pruner="hyperband")


class TrainableModel(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lora = torch.nn.Parameter(torch.zeros(1))


@pytest.mark.parametrize("keep, third, value, weight", [
    ("last", 0.3, 0.3, 3.0),
    ("best", 0.3, 0.5, 2.0),
    ("best", 0.5, 0.5, 2.0),  # a tie keeps the earlier epoch
])
def test_keep_epoch_chooses_the_adapter_that_is_saved_and_scored(monkeypatch, tmp_path, keep, third, value, weight):
    from evaluation.evaluate import EvalResult
    from training.sft import TrainResult

    epoch_ex = {1: 0.2, 2: 0.5, 3: third}
    config = SearchConfig(space=SPACE, storage=f"sqlite:///{tmp_path / 's.db'}", artifacts=tmp_path / "a", study_name="k",
                          keep_epoch=keep, pruning=False)
    model = TrainableModel()
    monkeypatch.setattr(objective_module, "attach_adapter", lambda m, cfg: m)
    monkeypatch.setattr(objective_module, "detach_adapter", lambda m: m)

    def train(peft_model, *args, on_epoch_end, **kwargs):
        for epoch in (1, 2, 3):  # "training" sets the adapter weight to the epoch number
            peft_model.lora.data.fill_(float(epoch))
            on_epoch_end(epoch, peft_model)
        return TrainResult(epochs_done=3)

    monkeypatch.setattr(objective_module, "train_adapter", train)
    monkeypatch.setattr(objective_module, "suggest_train_config", lambda t, base, space: base.__class__(epochs=3))
    evaluated = iter((1, 2, 3))
    monkeypatch.setattr(objective_module, "evaluate",
                        lambda *a, **k: EvalResult([], {"ex": epoch_ex[next(evaluated)]}, 0.0))
    saved = {}
    monkeypatch.setattr(objective_module.artifacts, "save_trial",
                        lambda folder, write, cfg, metrics: saved.update(weight=model.lora.item(), metrics=metrics))
    monkeypatch.setattr(Objective, "_record", lambda self, *a: None)
    state = SharedState(config, model, None, None, None, None, None, lambda m: m)
    study = study_module.open_study(config)
    study.optimize(Objective(state), n_trials=1)
    assert study.trials[0].value == value
    assert saved["weight"] == weight and saved["metrics"]["kept_epoch"] == int(weight)
    assert saved["metrics"]["epoch_ex"] == [0.2, 0.5, third]


@pytest.mark.parametrize("measured", [False, True])
def test_validation_loss_is_recorded_by_epoch_on_the_evaluated_model(monkeypatch, tmp_path, measured):
    """With the validation split tokenised (--validation-loss), each epoch's loss is measured on the model generation
    ran on (the merged copy on a GPU), recorded beside the EX, and its time counted as evaluation, not overhead."""
    from evaluation.evaluate import EvalResult
    from training.sft import TrainResult

    config = SearchConfig(space=SPACE, storage=f"sqlite:///{tmp_path / 's.db'}", artifacts=tmp_path / "a", study_name="v",
                          pruning=False, validation_loss=measured)
    monkeypatch.setattr(objective_module, "attach_adapter", lambda m, cfg: m)
    monkeypatch.setattr(objective_module, "detach_adapter", lambda m: m)

    def train(peft_model, *args, on_epoch_end, **kwargs):
        for epoch in (1, 2):
            on_epoch_end(epoch, peft_model)
        return TrainResult(epochs_done=2, train_seconds=1.0, epoch_losses=[3.0, 2.0])

    monkeypatch.setattr(objective_module, "train_adapter", train)
    monkeypatch.setattr(objective_module, "suggest_train_config", lambda t, base, space: base.__class__(epochs=2))
    monkeypatch.setattr(objective_module, "evaluate", lambda *a, **k: EvalResult([], {"ex": 0.25}, 0.5))
    losses, calls = iter((2.0, 1.5)), []
    now = [0.0]  # the objective's clock: each loss takes 0.05 s of it, without a real sleep
    monkeypatch.setattr(objective_module, "time", SimpleNamespace(perf_counter=lambda: now[0]))

    def loss(model, data, batch_size):
        calls.append((model, data))
        now[0] += 0.05
        return next(losses)

    monkeypatch.setattr(objective_module, "completion_loss", loss)
    saved = {}
    monkeypatch.setattr(objective_module.artifacts, "save_trial", lambda folder, write, cfg, metrics: saved.update(metrics))
    monkeypatch.setattr(Objective, "_record", lambda self, *a: None)
    state = SharedState(config, TrainableModel(), None, None, None, None, None, lambda m: "evaluated",
                        "tokens" if measured else None)
    study = study_module.open_study(config)
    study.optimize(Objective(state), n_trials=1)
    assert saved["epoch_train_loss"] == [3.0, 2.0]  # free, so always recorded
    if measured:
        assert calls == [("evaluated", "tokens")] * 2
        assert saved["epoch_validation_loss"] == study.trials[0].user_attrs["epoch_validation_loss"] == [2.0, 1.5]
        assert saved["eval_seconds"] == pytest.approx(1.0 + 0.1)
    else:
        assert not calls and saved["epoch_validation_loss"] == [] and saved["eval_seconds"] == 1.0
        assert "epoch_validation_loss" not in study.trials[0].user_attrs


@pytest.mark.parametrize("measured", [False, True])
def test_the_validation_split_is_tokenised_once_for_the_loss_only_when_asked(monkeypatch, tmp_path, measured):
    import training.sft

    config = SearchConfig(space=SPACE, storage=f"sqlite:///{tmp_path / 's.db'}", artifacts=tmp_path / "a", study_name="t",
                          trials=2, validation_loss=measured)
    tokenised = []
    monkeypatch.setattr(training.sft, "tokenize_for_training",
                        lambda tokenizer, dataset, prompt, max_length, split="training": tokenised.append(
                            (dataset, split)) or f"{split} tokens")
    monkeypatch.setattr(objective_module, "attach_adapter", lambda model, cfg: model)
    monkeypatch.setattr(objective_module, "detach_adapter", lambda model: model)
    monkeypatch.setattr(objective_module, "train_adapter", lambda *a, **k: (_ for _ in ()).throw(
        NonFiniteLossError("nan")))  # each trial ends at once (pruned), so the phase ends after two
    state = SharedState(config, FakeModel(), None, None, "validation split", None, None, lambda m: m)
    study_module.trials_phase(config, study_module.open_study(config), state, "train split")
    assert tokenised == [("train split", "training")] + [("validation split", "validation")] * measured
    assert state.validation_tokens == ("validation tokens" if measured else None)


def test_a_validation_split_too_long_for_the_loss_names_the_flag(monkeypatch, tmp_path):
    import training.sft

    def tokenise(tokenizer, dataset, prompt, max_length, split="training"):
        if split == "validation":
            raise ValueError(f"no validation example fits in max_seq_length={max_length}")
        return "training tokens"

    monkeypatch.setattr(training.sft, "tokenize_for_training", tokenise)
    config = SearchConfig(space=SPACE, storage=f"sqlite:///{tmp_path / 's.db'}", artifacts=tmp_path / "a", study_name="t",
                          validation_loss=True)
    state = SharedState(config, FakeModel(), None, None, "validation split", None, None, lambda m: m)
    with pytest.raises(ValueError, match="^--validation-loss: no validation example fits in max_seq_length="):
        study_module.trials_phase(config, study_module.open_study(config), state, "train split")


def no_op_trials(monkeypatch, error=None, n_trials=2, timed_out=False):
    """trials_phase replaced by ``n_trials`` trials whose training raises ``error`` (None: no trial runs)."""
    monkeypatch.setattr(objective_module, "attach_adapter", lambda model, cfg: model)
    monkeypatch.setattr(objective_module, "detach_adapter", lambda model: model)

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(objective_module, "train_adapter", fail)

    def trials(config, study, state, train):
        if error is not None:
            study.optimize(Objective(state), n_trials=n_trials, catch=(TrialFailure,))
        return not timed_out

    monkeypatch.setattr(phases, "trials_phase", trials)
    monkeypatch.setattr(phases.Search, "baseline", lambda self: None)


SPLITS = {"train": None, "validation": None, "test": None}


def run_search(monkeypatch, config):
    """``Search.run`` on an existing study with no data, model or executor: its setup and load are stubs."""
    def load(self):
        self.splits, self.study = SPLITS, study_module.open_study(self.config)
        self.state = SharedState(self.config, FakeModel(), None, None, None, None, self.keep_trial_predictions,
                                 lambda m: m)

    monkeypatch.setattr(phases.Search, "setup", lambda self, stack: None)
    monkeypatch.setattr(phases.Search, "load", load)
    study_module.open_study(config)
    return phases.Search(config).run()


def test_a_search_whose_trials_all_hit_a_nan_loss_fails_naming_the_cause(monkeypatch, config):
    no_op_trials(monkeypatch, NonFiniteLossError("training loss is nan at step 38"))
    with pytest.raises(study_module.IncompleteStudy,
                       match=r"no trial completed: all 2 stopped on a non-finite training loss \(last: training loss "
                             r"is nan at step 38\)"):
        run_search(monkeypatch, replace(config, trials=2))


def test_a_search_whose_trials_all_failed_fails_naming_the_last_failure(monkeypatch, config):
    no_op_trials(monkeypatch, torch.OutOfMemoryError("CUDA out of memory"), timed_out=True)
    with pytest.raises(study_module.IncompleteStudy, match=r"no trial completed \(2 fail\) \(last failure: out of memory"):
        run_search(monkeypatch, replace(config, trials=2))


@pytest.mark.parametrize("phase", ["all", "final"])
def test_no_trial_at_all_is_an_error_not_an_empty_summary(monkeypatch, config, phase):
    no_op_trials(monkeypatch, None, timed_out=True)
    with pytest.raises(study_module.IncompleteStudy, match="no trial ran"):
        run_search(monkeypatch, replace(config, phase=phase, timeout=1.0))


def test_main_exits_non_zero_with_one_line_when_no_trial_completed(monkeypatch, capsys):
    def run(config, env):
        raise study_module.IncompleteStudy("study 'x': no trial completed (2 pruned)")

    monkeypatch.setattr("search.phases.run", run)
    from search.run import main

    assert main(["--device", "cpu", "--storage", "sqlite:///:memory:"]) == 1
    assert capsys.readouterr().err.strip().splitlines() == ["error: study 'x': no trial completed (2 pruned)"]


def stub_baseline(monkeypatch):
    """run_baseline and the predictions table replaced by recorders: (decodings asked for, predictions saved). Each
    split scores 0.25, or 0.5 when decoded with more than one hypothesis."""
    evaluated, saved = [], []

    def run_baseline(model, tokenizer, datasets, scorer, decoding, prompt, progress):
        evaluated.append({split: decoding[split].candidates for split in datasets})
        summary = {"by_difficulty": {"easy": {"ex": 0.5}}}
        return {split: SimpleNamespace(ex=0.5 if (decoding[split].candidates or 1) > 1 else 0.25, summary=summary,
                                       seconds=1.0, records=[split]) for split in datasets}

    monkeypatch.setattr(phases, "run_baseline", run_baseline)
    monkeypatch.setattr(phases, "format_summary", lambda title, summary: title)
    monkeypatch.setattr(phases.Search, "save_predictions", lambda self, *args: saved.append(args))
    monkeypatch.setattr(phases, "trials_phase", lambda *a: True)
    monkeypatch.setattr(phases.Search, "test_best_trial", lambda self: None)
    return evaluated, saved


def one_completed_trial(config):
    """So that the 'all' and 'final' phases reach their end."""
    study = study_module.open_study(config)
    study.enqueue_trial({"learning_rate": 1e-3, "epochs": 1, "lora_rank": 4})
    study.tell(study.ask(), 0.5)


def test_the_baseline_runs_once_per_study_whichever_phase_asks_first(monkeypatch, config):
    evaluated, saved = stub_baseline(monkeypatch)
    assert run_search(monkeypatch, replace(config, phase="baseline")) == {
        "baseline_validation_ex": 0.25, "baseline_test_ex": 0.25}
    run_search(monkeypatch, replace(config, phase="baseline"))
    one_completed_trial(config)
    run_search(monkeypatch, replace(config, phase="all", trials=1))
    assert len(evaluated) == 1  # once: by the first --phase baseline, not again by the second or by 'all'
    assert saved == [("baseline", "validation", ["validation"]), ("baseline", "test", ["test"])]


def test_a_final_phase_with_other_hypotheses_decodes_the_baseline_test_alike(monkeypatch, config):
    from search.records import read_baseline

    evaluated, saved = stub_baseline(monkeypatch)
    with8 = replace(config, generation=replace(config.generation, candidates=8))
    run_search(monkeypatch, replace(with8, phase="baseline"))
    one_completed_trial(config)
    run_search(monkeypatch, replace(with8, phase="final", trials=1))  # as the baseline decoded: nothing again
    with16 = replace(config, phase="final", trials=1, generation=replace(config.generation, candidates=16))
    run_search(monkeypatch, with16)
    run_search(monkeypatch, with16)
    assert evaluated == [{"validation": 1, "test": 8}, {"test": 16}]
    assert saved[2:] == [("baseline", "test", ["test"])]  # the test predictions replaced; validation's kept
    baseline = read_baseline(study_module.open_study(config))
    assert (baseline.test_candidates, baseline.validation.ex) == (16, 0.25)


def test_a_killed_or_interrupted_trial_records_why(monkeypatch, config):
    with pytest.raises(KeyboardInterrupt):
        run_with(monkeypatch, config, KeyboardInterrupt(), n_trials=1)
    with pytest.raises(RuntimeError):
        run_with(monkeypatch, config, RuntimeError("boom"), n_trials=1)
    study = study_module.open_study(config)
    assert [t.state for t in study.trials] == [TrialState.FAIL] * 2
    assert study.trials[0].user_attrs["failure"].startswith("interrupted (Ctrl-C or SIGINT)")
    assert study.trials[1].user_attrs["failure"] == "RuntimeError: boom"
    # The dashboard says it too, in each trial's note.
    from tests.dashboard_api import notes, study_detail

    assert notes(study_detail(config.storage, "f"))[1] == "**Failed**: RuntimeError: boom"


@pytest.mark.parametrize("kind", ["sqlite", "journal"])
def test_a_dead_worker_of_this_host_fails_its_trial_at_once(tmp_path, kind):
    """No wait for the heartbeat's grace: the process is gone. Live ones, and other hosts' or containers' (another
    process table), are left to the heartbeat."""
    from search.optuna_storage import open_storage

    url = f"sqlite:///{tmp_path / 'study.db'}" if kind == "sqlite" else f"journal:{tmp_path / 'study.log'}"
    me = ("here", "pid:[1]", 9999)  # the process that looks: a rerun after the crash
    storage = open_storage(url, heartbeat_s=30, grace_s=120, alive=lambda pid: pid != 4242, process=me)
    study = optuna.create_study(study_name="f", storage=storage, direction="maximize")
    processes = [("here", "pid:[1]", 4242),  # gone
                 ("here", "pid:[1]", 4343),  # alive
                 ("there", "pid:[1]", 4242),  # another host: its heartbeat decides
                 ("here", "pid:[2]", 4242),  # another container on this host: the same
                 me]  # the looking process's pid on a trial it did not start: an earlier process with that pid
    for process in processes:  # each trial started by its own process, which beats once for it
        other_storage = open_storage(url, process=process)
        trial = optuna.load_study(study_name="f", storage=other_storage).ask()
        trial.suggest_float("x", 0, 1)
        trial.set_user_attr("worker", f"{process[0]}:{process[2]} (worker 0)")
        other_storage.record_heartbeat(other_storage.get_trial_id_from_study_id_trial_number(
            other_storage.get_study_id_from_name("f"), trial.number))
    assert study_module.next_step(study, 5) == "run"  # the retries are queued
    trials = study.get_trials(deepcopy=False)
    assert [t.state.name for t in trials] == ["FAIL", "RUNNING", "RUNNING", "RUNNING", "FAIL", "WAITING", "WAITING"]
    assert trials[0].user_attrs["failure"] == "worker killed: here:4242 (worker 0) is gone (no process 4242 on this host)"
    assert trials[4].user_attrs["failure"] == "worker killed: here:9999 (worker 0) is gone (no process 9999 on this host)"
    retries = {t.system_attrs["failed_trial"]: t for t in trials[5:]}
    assert retries.keys() == {0, 4} and retries[0].params == trials[0].params
    assert "failure" not in retries[0].user_attrs  # the retry starts clean: no process to find dead before it beats
    assert not {"sqltune:process", "sqltune:heartbeat"} & retries[0].system_attrs.keys()
    from tests.dashboard_api import notes, study_detail

    assert notes(study_detail(storage, "f"))[0] == f"**Failed**: {trials[0].user_attrs['failure']}"
    # The report shows the reason beside the failed trial.
    from search.report import main as report

    out = tmp_path / "report"
    (tmp_path / "p.db").touch()  # no predictions: the report says so and goes on
    assert report(["--storage", url, "--study-name", "f", "--db", f"sqlite:///{tmp_path / 'p.db'}", "--out", str(out)]) == 0
    assert "worker killed: here:4242 (worker 0) is gone" in (out / "index.html").read_text(encoding="utf-8")


def test_a_stale_trial_records_why(tmp_path):
    """A trial failed by its heartbeat (another host's worker, or one whose pid was reused) says so too."""
    from search.optuna_storage import open_storage

    now = [time.time()]
    storage = open_storage(f"journal:{tmp_path / 'study.log'}", heartbeat_s=1, grace_s=2, clock=lambda: now[0])
    study = optuna.create_study(study_name="f", storage=storage, direction="maximize")
    study.ask().set_user_attr("worker", "there:77 (worker 3)")
    optuna.storages.fail_stale_trials(study)
    assert study.trials[0].state == TrialState.RUNNING  # it started just now
    now[0] += 10  # no heartbeat for 10 s
    optuna.storages.fail_stale_trials(study)
    assert [t.state for t in study.trials] == [TrialState.FAIL, TrialState.WAITING]
    assert study.trials[0].user_attrs["failure"] == ("worker killed or cut off: no heartbeat for 2 s from "
                                                     "there:77 (worker 3)")


def test_waiting_for_names_each_trial_its_worker_and_when_its_heartbeat_expires(tmp_path):
    from search.optuna_storage import waiting_for

    config = heartbeat_config(tmp_path, "sqlite")
    study = study_module.open_study(config)
    for worker in ("vm2:77 (worker 1)", "vm1:88 (worker 0)", None):
        trial = study.ask()
        if worker:
            trial.set_user_attr("worker", worker)
    running = study.get_trials(deepcopy=False, states=(TrialState.RUNNING,))
    now = running[0].datetime_start.timestamp() + 30  # an injected clock: 30 s after the first trial started
    text = waiting_for(running[:1], 120, now, "vm1")
    assert text == ("trial 0 of worker vm2:77 (worker 1), on another host: if that worker is dead, its heartbeat "
                    "expires in 90 s and the trial is retried here")
    text = waiting_for(running, 120, now + 200, "vm1")
    assert "trial 1 of worker vm1:88 (worker 0), on this host: if that worker is dead, its heartbeat expires " \
           "in 0 s" in text and text.endswith("trial 2, whose worker is starting it")


def test_pid_alive_reads_the_process_table():
    import os
    import subprocess
    import sys

    from search.optuna_storage import pid_alive

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert pid_alive(os.getpid()) and not pid_alive(child.pid)


def test_phase_final_without_a_completed_trial_fails_before_any_model_work(monkeypatch, config):
    import search.phases as phases
    import training.model as model_module

    monkeypatch.setattr(model_module, "load_model", lambda *a: pytest.fail("the model was loaded"))
    monkeypatch.setattr(phases, "load_splits", lambda *a: pytest.fail("the data was loaded"))
    with pytest.raises(study_module.IncompleteStudy, match="no study 'f'"):
        phases.run(replace(config, phase="final"))
    run_with(monkeypatch, config, NonFiniteLossError("training loss is nan at step 38"))  # two trials, both pruned
    with pytest.raises(study_module.IncompleteStudy, match="non-finite training loss"):
        phases.run(replace(config, phase="final"))
