"""The study: open or resume it, run its trials in this process, say why it is incomplete, and summarise it. The
order of the phases is search/phases.py's."""

from __future__ import annotations

import gc
import logging
import time
from contextlib import ExitStack, contextmanager

from evaluation.data import Dataset
from search import records
from search.clock import REAL, Clock
from search.config import SearchConfig
from search.objective import Objective, SharedState, TrialFailure, is_surplus, tally_failures
from search.optuna_storage import dashboard_target

log = logging.getLogger("sqltune")


METRIC_NAME = "validation EX"


def open_study(config: SearchConfig):
    import optuna

    from search.optuna_storage import open_storage

    storage = open_storage(config.storage, config.heartbeat_s, config.grace_s)
    study = optuna.create_study(
        study_name=config.study_name, storage=storage, direction="maximize", load_if_exists=True,
        sampler=make_sampler(config.seed, 0), pruner=make_pruner(config.pruning, config.pruner),
    )
    import warnings

    with warnings.catch_warnings():  # "experimental" in Optuna 5
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        if study.metric_names != [METRIC_NAME]:
            study.set_metric_names([METRIC_NAME])  # optuna-dashboard's name for the objective ("Objective 0" else)
    # Reseed by history length, so a resumed run does not replay the first run's random draws, and by worker,
    # so workers that open the study at the same moment do not propose the same start-up points.
    study.sampler = make_sampler(config.seed + 1000 * config.worker_id, len(study.trials))
    return study


def make_sampler(seed: int, n_existing: int):
    import optuna

    # 12 trials: TPE's default of 10 random start-up trials would leave 2 guided ones. Multivariate TPE with 4
    # start-up trials models learning rate x epochs x rank jointly from trial 5 on; constant_liar keeps parallel
    # workers (several processes on one study) from proposing the same point while trials are running.
    return optuna.samplers.TPESampler(
        seed=seed + n_existing, multivariate=True, n_startup_trials=4, constant_liar=True
    )


def make_pruner(enabled: bool, kind: str = "median"):
    import optuna

    if not enabled:
        return optuna.pruners.NopPruner()
    if kind != "median":
        from search.experimental import experimental_pruner

        return experimental_pruner(kind)
    # Median over earlier trials' EX at the same epoch. Chosen over WilcoxonPruner: that one compares per-question
    # results *within* one evaluation pass, whereas here the natural step is the epoch, and with 1-3 epochs per
    # trial the median rule stops a weak trial after its first epoch, saving its remaining epochs. Two complete
    # trials first, so the median is not one trial's value.
    return optuna.pruners.MedianPruner(n_startup_trials=2, n_warmup_steps=0)


def finished_states() -> tuple:
    """Trial states that count towards --trials (a failed trial is retried, not counted)."""
    from optuna.trial import TrialState

    return (TrialState.COMPLETE, TrialState.PRUNED)


def finished_trials(study) -> list:
    return [t for t in study.trials if t.state in finished_states()]


def existing_study(config: SearchConfig):
    """``config``'s study as it is in its storage, or None when it has not been created yet."""
    import optuna

    from search.optuna_storage import open_storage

    try:
        return optuna.load_study(study_name=config.study_name,
                                 storage=open_storage(config.storage, config.heartbeat_s, config.grace_s))
    except KeyError:
        return None


def trials_left(config: SearchConfig) -> int:
    """Finished trials the study still needs to hold ``config.trials``: all of them for a study not created yet."""
    study = existing_study(config)
    return config.trials if study is None else max(0, config.trials - len(finished_trials(study)))


MAX_FAILURES_IN_A_ROW = 3
WAIT_POLL_S = 5
"""How often a worker with nothing left to run looks again. A finished last trial elsewhere ends the wait within this
many seconds (one heartbeat, 30 s, made a 2-worker CPU smoke run of 2 trials 26 s longer); a dead worker's trial
still waits for its heartbeat to go stale."""


def trial_counts(study) -> dict[str, int]:
    """Trials by state name ('COMPLETE', 'PRUNED', 'RUNNING', 'WAITING', 'FAIL')."""
    counts: dict[str, int] = {}
    for t in study.get_trials(deepcopy=False):
        counts[t.state.name] = counts.get(t.state.name, 0) + 1
    return counts


def next_step(study, target: int) -> str:
    """'run' a trial, 'wait' for other workers' running trials, or 'done' (``target`` trials finished).

    A worker never leaves while the last trials run elsewhere: if one of them belongs to a killed worker its
    heartbeat goes stale, ``fail_stale_trials`` fails it and queues a retry, and this worker runs the retry.
    """
    import warnings

    import optuna

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        optuna.storages.fail_stale_trials(study)
    counts = trial_counts(study)
    finished = counts.get("COMPLETE", 0) + counts.get("PRUNED", 0)
    if finished >= target:
        return "done"
    if counts.get("WAITING", 0) or finished + counts.get("RUNNING", 0) < target:
        return "run"
    return "wait"


def trials_phase(config: SearchConfig, study, state: SharedState, train: Dataset, clock: Clock = REAL) -> bool:
    """Run trials until the study holds ``config.trials`` finished ones (other workers' trials count too).

    Returns False when --timeout stopped it first. ``clock``: what the deadline and the wait read."""
    import socket

    from optuna.study import MaxTrialsCallback
    from optuna.trial import TrialState

    from search.optuna_storage import waiting_for
    from training.sft import tokenize_for_training

    deadline = clock.monotonic() + config.timeout if config.timeout else None
    waiting_logged: list[int] = []
    outcomes: list = []  # this process's trials, newest last
    with ExitStack() as stack:
        while (step := next_step(study, config.trials)) != "done":
            if deadline is not None and clock.monotonic() >= deadline:
                log.info("search: --timeout reached, no new trial starts")
                return False
            if step == "wait":
                running = study.get_trials(deepcopy=False, states=(TrialState.RUNNING,))
                if waiting_logged != [t.number for t in running]:  # once per set of trials waited for
                    log.info("search: the last trials run in other workers; waiting for %s",
                             waiting_for(running, config.grace_s, clock.wall(), socket.gethostname()))
                    waiting_logged = [t.number for t in running]
                clock.sleep(min(config.heartbeat_s, WAIT_POLL_S))
                continue
            if state.train_data is None:
                state.train_data = tokenize_for_training(state.tokenizer, train, config.prompt, config.train.max_seq_length)
                if config.validation_loss:
                    try:
                        state.validation_tokens = tokenize_for_training(
                            state.tokenizer, state.validation, config.prompt, config.train.max_seq_length, "validation")
                    except ValueError as exc:
                        raise ValueError(f"--validation-loss: {exc}") from None
                stack.enter_context(frozen_heap())
                log.info("search: %d finished trials wanted, %d there already", config.trials, len(finished_trials(study)))
            study.optimize(
                # gc_after_trial off: the objective collects garbage once itself, before emptying the CUDA cache.
                Objective(state), n_trials=1, catch=(TrialFailure,), gc_after_trial=False,
                # The cap on finished trials as Optuna states it; next_step() also counts other workers' running trials.
                callbacks=[MaxTrialsCallback(config.trials, states=finished_states()),
                           lambda study, trial: outcomes.append(trial)],
            )
            # Failed trials do not count towards --trials, so a failure that repeats (every trial out of memory)
            # would otherwise loop for ever.
            recent = outcomes[-MAX_FAILURES_IN_A_ROW:]
            if len(recent) == MAX_FAILURES_IN_A_ROW and all(t.state.name == "FAIL" for t in recent):
                reason = recent[-1].user_attrs.get("failure", "see the log")
                raise IncompleteStudy(f"{MAX_FAILURES_IN_A_ROW} trials in a row failed (last: {reason}); stopping")
    return True


@contextmanager
def frozen_heap():
    """Freeze what lives now for the garbage collector, and unfreeze it on leaving.

    When the trials start, what lives (base model, tokenizer, data, libraries) lives through all of them. Frozen, the
    one collection after each trial walks only what the trials create: on the 2-core CPU it took 0.31 s a trial
    before. Unfrozen after, so that a finished search's objects can be collected again (the tests run many)."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def dashboard_command(config: SearchConfig) -> str:
    """The optuna-dashboard command that shows the study with its trials' files (the artifact store)."""
    from storage.artifacts import store_path

    return f"optuna-dashboard {dashboard_target(config.storage)} --artifact-dir {store_path(config.artifacts)}"


class IncompleteStudy(RuntimeError):
    """The study cannot reach --trials finished trials in this run (a worker died, trials keep failing), or none of
    its trials completed, so there is no best adapter to report."""


def no_completed_trial(study) -> str:
    """One line saying why ``study`` has no completed trial: none ran, or how its trials ended and the last reason."""
    trials = [t for t in study.trials if not is_surplus(t)]
    name = f"study {study.study_name!r}"
    if not trials:
        return f"{name}: no trial ran, so there is no best adapter (was --timeout too short?)"
    ended = {}
    for t in trials:
        ended[t.state.name.lower()] = ended.get(t.state.name.lower(), 0) + 1
    counts = ", ".join(f"{n} {state}" for state, n in sorted(ended.items()))
    reasons = [r for r in (records.read_trial(t).failure for t in trials) if r is not None]
    if len(reasons) == len(trials) and all(r.startswith("training loss is") for r in reasons):
        return (f"{name}: no trial completed: all {len(trials)} stopped on a non-finite training loss (last: "
                f"{reasons[-1]}); lower the learning rate (--lr-range) or see docs/decisions.md")
    last = f" (last failure: {reasons[-1]})" if reasons else ""
    return f"{name}: no trial completed ({counts}){last}, so there is no best adapter to test"


def trial_overhead(trials) -> tuple[float, float] | None:
    """(mean seconds, share of trial time) a trial spends outside its optimizer steps and its evaluations:
    suggesting, attaching the adapter, building the trainer, saving, recording, cleaning up. None without timed trials."""
    timed = [(t, r) for t in trials if t.datetime_complete and (r := records.read_trial(t)).train_seconds is not None]
    if not timed:
        return None
    walls = [(t.datetime_complete - t.datetime_start).total_seconds() for t, _ in timed]
    fixed = [w - r.train_seconds - r.eval_seconds for w, (_, r) in zip(walls, timed)]
    return sum(fixed) / len(fixed), sum(fixed) / sum(walls) if sum(walls) else 0.0


def _ex_cell(figures: records.SplitFigures | None, semantics: str, searched: str) -> str:
    """EX under ``semantics``; '-' when unknown."""
    value = figures.ex_under(semantics, searched) if figures is not None else None
    return "-" if value is None else f"{value:.1%}"


def summarize(config: SearchConfig, study, final: dict | None, seconds: float) -> dict:
    """Print baseline vs best, best params, pruning savings and where everything is; return the figures."""
    from optuna.trial import TrialState

    baseline = records.read_baseline(study)
    base_test = baseline.test if baseline else None
    trials = study.trials
    trial_records = [records.read_trial(t) for t in trials]
    pruned = [t for t in trials if t.state == TrialState.PRUNED]
    complete = [t for t in trials if t.state == TrialState.COMPLETE]
    # With several workers, two can start a trial for the last slot at once; the later one stops before any work.
    failed, surplus, failed_text = tally_failures(trials)
    saved_epochs = sum(t.params.get("epochs", 0) - (records.read_trial(t).epochs_done or 0) for t in pruned)
    per_epoch = [r.total_seconds / max(1, r.epochs_done) for r in trial_records if r.total_seconds is not None]
    saved_seconds = saved_epochs * (sum(per_epoch) / len(per_epoch)) if per_epoch else 0.0
    out = {
        "study": config.study_name,
        "storage": config.storage,
        "trials": {"complete": len(complete), "pruned": len(pruned), "failed": failed, "surplus": surplus},
        "pruned_epochs_saved": saved_epochs,
        "pruned_seconds_saved_estimate": saved_seconds,
        "baseline_validation_ex": baseline.validation.ex if baseline else None,
        "baseline_test_ex": base_test.ex if base_test else None,
        "baseline_test_ex_official": base_test.ex_official if base_test else None,
        "seconds": seconds,
    }
    if config.phase == "trials":
        # A worker: the full summary (with the test figures) is the final phase's, printed once by whoever runs it.
        best = f"; best so far trial {study.best_trial.number} ({study.best_value:.1%})" if complete else ""
        print(f"worker {config.worker_id} done: study {config.study_name!r} holds {len(complete)} complete, "
              f"{len(pruned)} pruned, {failed_text} trials{best} ({seconds / 60:.1f} min this run)")
        return out
    lines = [
        "",
        f"study {config.study_name!r}: {len(complete)} complete, {len(pruned)} pruned, {failed_text} "
        f"({seconds / 60:.1f} min this run)",
    ]
    if pruned:
        lines.append(f"pruning stopped {saved_epochs} planned epochs (~{saved_seconds / 60:.1f} min of training and evaluation)")
    overhead = trial_overhead(trials)
    if overhead:
        out["trial_overhead_seconds"], out["trial_overhead_share"] = overhead
        lines.append(f"per-trial overhead (all but training steps and evaluation): mean {overhead[0]:.1f} s, "
                     f"{overhead[1]:.0%} of trial time")
    if complete:
        best = study.best_trial
        out.update(best_trial=best.number, best_params=best.params, best_validation_ex=best.value)
        lines.append(
            f"best trial {best.number}: {', '.join(f'{k}={v:.3g}' if isinstance(v, float) else f'{k}={v}' for k, v in best.params.items())}"
        )
        # Test EX under both semantics, strict first: "official" is comparable with published Spider figures.
        semantics = config.execution.semantics
        lines.append(f"{'':<14}{f'validation EX ({semantics})':>25}{'test EX strict':>16}{'official':>10}")
        lines.append(f"{'baseline':<14}{baseline.validation.ex if baseline else float('nan'):>25.1%}"
                     f"{_ex_cell(base_test, 'strict', semantics):>16}{_ex_cell(base_test, 'official', semantics):>10}")
        if final:
            s = final["summary"]
            tuned = records.SplitFigures(s["ex"], ex_strict=s.get("ex_strict"), ex_official=s.get("ex_official"))
            test_ex = f"{_ex_cell(tuned, 'strict', semantics):>16}{_ex_cell(tuned, 'official', semantics):>10}"
        else:
            test_ex = f"{'-':>16}{'-':>10}"
        lines.append(f"{'best':<14}{best.value:>25.1%}{test_ex}")  # no final phase ran: no test EX
        if final:
            out["best_test_ex"] = final["summary"]["ex"]
            out["best_test_ex_strict"] = final["summary"].get("ex_strict")
            out["best_test_ex_official"] = final["summary"].get("ex_official")
            base_diff = base_test.by_difficulty if base_test else {}
            lines.append("test EX by difficulty: " + ", ".join(
                f"{k} {base_diff.get(k, float('nan')):.0%} -> {v['ex']:.0%}" + (f" (n={v['n']})" if "n" in v else "")
                for k, v in final["summary"]["by_difficulty"].items()))  # a rerun's summary (search/rerun.py): no n
            paired = final.get("versus_baseline")  # none in a rerun's summary (search/rerun.py)
            if paired is not None:
                out.update(test_wins=paired.wins, test_losses=paired.losses, test_p_value=paired.p_value)
                lines.append(f"best vs baseline on the same test questions: {paired.describe()}")
            lines.append(f"best adapter: {final['adapter']}")
    lines.append(f"study: {config.storage}   dashboard: {dashboard_command(config)}")
    lines.append(f"artifacts: {config.trial_dir}   predictions: {config.predictions_db} (run {config.study_name!r})")
    print("\n".join(lines))
    return out
