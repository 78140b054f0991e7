"""Open or resume the study, run baseline → trials → final inference, and summarise."""

from __future__ import annotations

import gc
import logging
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

from evaluation.baseline import run_baseline, save_baseline
from evaluation.data import Dataset
from evaluation.dense import EvalWeights
from evaluation.evaluate import evaluate
from evaluation.metrics import Scorer, format_summary
from search.clock import REAL, Clock
from search.config import THRESHOLDS, SearchConfig
from search.objective import Objective, SharedState, TrialFailure, is_surplus, tally_failures
from search.optuna_storage import dashboard_target
from search.workers import Workers

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


def evaluate_base_model(config: SearchConfig, model, tokenizer, datasets: dict[str, Dataset], scorer, engine) -> dict:
    """The base model (``model``: what generation runs on) on each split: scored, every prediction stored, each
    split's summary printed. Serves the search's first phase and ``--phase baseline``.

    Each split is decoded as what it is compared with: validation as the trials decode it (their validation EX is
    the search's ranking), test as the final phase decodes the best adapter's predictions."""
    decoding = {"validation": config.trial_generation, "test": config.generation}
    results = run_baseline(model, tokenizer, datasets, scorer, decoding, config.prompt, config.progress)
    save_baseline(engine, config.study_name, config.model.display_name, results)
    for split, result in results.items():
        print(format_summary(f"baseline {split} ({result.seconds:.0f} s)", result.summary))
    return results


def baseline_phase(config: SearchConfig, study, state: SharedState, test: Dataset) -> None:
    """Evaluate the base model once per study, whichever phase asks first (``--phase baseline`` or ``all``); a rerun
    or a resumed study keeps the first run's figures."""
    if "baseline_validation_ex" in study.user_attrs:
        log.info("baseline: already in study %r (validation EX %.1f%%, test EX %.1f%%)", config.study_name,
                 100 * study.user_attrs["baseline_validation_ex"], 100 * study.user_attrs["baseline_test_ex"])
        return
    results = evaluate_base_model(config, state.weights(state.model), state.tokenizer,
                                  {"validation": state.validation, "test": test}, state.scorer, state.engine)
    for split, result in results.items():
        study.set_user_attr(f"baseline_{split}_ex", result.ex)
        set_ex_by_semantics(study, f"baseline_{split}_ex", result.summary)
        study.set_user_attr(f"baseline_{split}_by_difficulty", {k: v["ex"] for k, v in result.summary["by_difficulty"].items()})
        study.set_user_attr(f"baseline_{split}_seconds", result.seconds)


def set_ex_by_semantics(study, key: str, summary: dict) -> None:
    """``key`` holds EX under the search's semantics; ``key_strict`` and ``key_official`` hold it under each."""
    for semantics in ("strict", "official"):
        if summary.get(f"ex_{semantics}") is not None:
            study.set_user_attr(f"{key}_{semantics}", summary[f"ex_{semantics}"])


def final_phase(config: SearchConfig, study, state: SharedState, test: Dataset) -> dict | None:
    """The best trial's adapter on the base model, on the test split; predictions go to the table."""
    from peft import PeftModel

    from storage.predictions import RunInfo, save_predictions
    from training.sft import detach_adapter

    from optuna.trial import TrialState

    if not any(t.state == TrialState.COMPLETE for t in study.trials):
        raise IncompleteStudy(no_completed_trial(study))
    best = study.best_trial
    adapter = Path(best.user_attrs["artifact_dir"]) / "adapter"
    if not adapter.is_dir():
        raise FileNotFoundError(f"best trial {best.number}: adapter folder missing: {adapter}")
    model = PeftModel.from_pretrained(state.model, str(adapter), is_trainable=False)
    try:
        result = evaluate(state.weights(model), state.tokenizer, test, state.scorer, config.generation, config.prompt,
                          config.progress, "final test")
    finally:
        state.model = detach_adapter(model)
    save_predictions(
        state.engine,
        RunInfo(config.study_name, "final", "test", config.model.display_name, best.number, str(adapter.resolve())),
        result.records,
    )
    print(format_summary(f"best trial {best.number} on test ({result.seconds:.0f} s)", result.summary))
    study.set_user_attr("final_trial", best.number)
    # What test_best_model.py needs to regenerate exactly these predictions (same data, batches, decoding).
    study.set_user_attr("final_settings", {
        "model": config.model.name_or_path, "load_in_4bit": config.model.load_in_4bit,
        "compute_dtype": config.model.compute_dtype,
        "test": str(config.data.test.resolve()) if config.data.test else None,
        "databases": str(config.data.databases.resolve()) if config.data.databases else None,
        "test_cap": config.data.cap("test"), "batch_size": result.batch_size,
        "max_new_tokens": config.generation.max_new_tokens, "candidates": config.generation.candidates,
        "weights": state.weights.resolve(state.model),
        "sample_rows": config.prompt.sample_rows,
        "adapter": str(adapter.resolve()), "predictions_db": config.predictions_db,
        "cache_dir": str(Path(config.cache_dir).resolve()),
        "semantics": config.execution.semantics,
    })
    min_gain, min_ex = THRESHOLDS[config.profile]
    # What tests/test_best_model.py asks of this study unless told otherwise (search/config.py: THRESHOLDS).
    study.set_user_attr("validation_thresholds", {"profile": config.profile, "min_gain": min_gain, "min_ex": min_ex})
    study.set_user_attr("best_test_ex", result.ex)
    set_ex_by_semantics(study, "best_test_ex", result.summary)
    study.set_user_attr("best_test_by_difficulty", {k: v["ex"] for k, v in result.summary["by_difficulty"].items()})
    return {"trial": best.number, "summary": result.summary, "seconds": result.seconds, "adapter": str(adapter)}


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


def run_study(config: SearchConfig, model, tokenizer, splits: dict[str, Dataset], scorer: Scorer, engine,
              workers: Workers | None = None) -> dict:
    """The phases of ``config.phase`` on one study. ``workers`` (--workers N) run the trials in child processes
    instead of here; this process then runs only the baseline and the final phase, so each runs once."""
    start = time.perf_counter()
    study = open_study(config)
    state = SharedState(config, model, tokenizer, None, splits["validation"], scorer, engine,
                        EvalWeights(config.generation.weights))
    # GPU workers run beside the baseline, which needs nothing from them (search/phases.py starts them as soon as the
    # data is checked). CPU workers would only contend with it for the same cores, so on CPU it comes first.
    overlap = workers is not None and workers.on_gpu
    if config.phase in ("all", "baseline") and not overlap:
        baseline_phase(config, study, state, splits["test"])
    if config.phase == "baseline":
        print(f"predictions: {config.predictions_db} (run {config.study_name!r}, phase 'baseline')")
        return {f"baseline_{split}_ex": study.user_attrs[f"baseline_{split}_ex"] for split in ("validation", "test")}
    timed_out = False
    if config.phase in ("all", "trials"):
        if workers is not None:
            with workers.start(config):
                if config.phase == "all" and overlap:
                    baseline_phase(config, study, state, splits["test"])
                # The final phase starts once the study holds its trials, not once the workers have exited: a worker
                # waiting for the last trial elsewhere looks again only every WAIT_POLL_S, and then exits.
                ended = workers.wait_until(lambda: len(finished_trials(study)) >= config.trials)
                # Workers that all exited normally and left the study short were stopped by --timeout.
                timed_out = ended is True
        else:
            timed_out = not trials_phase(config, study, state, splits["train"])
    final = None
    if config.phase in ("all", "final"):
        finished = len(finished_trials(study))
        # --timeout asks for the best result so far; an explicit --phase final too. Otherwise fewer finished
        # trials than asked means a worker died: the best trial so far is not the search's answer yet.
        if finished < config.trials and not timed_out and config.phase != "final":
            raise IncompleteStudy(
                f"study {config.study_name!r} has {finished} of {config.trials} finished trials; "
                "rerun the same command to finish it (the final phase runs after the last trial)"
            )
        final = final_phase(config, study, state, splits["test"])
        if final is not None:
            from storage.artifacts import upload_best_adapter

            upload_best_adapter(study, final["trial"], Path(final["adapter"]), config.artifacts)
    if workers is not None:
        workers.wait()
    return summarize(config, study, final, time.perf_counter() - start)


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
    reasons = [t.user_attrs["failure"] for t in trials if "failure" in t.user_attrs]
    if len(reasons) == len(trials) and all(r.startswith("training loss is") for r in reasons):
        return (f"{name}: no trial completed: all {len(trials)} stopped on a non-finite training loss (last: "
                f"{reasons[-1]}); lower the learning rate (--lr-range) or see docs/decisions.md")
    last = f" (last failure: {reasons[-1]})" if reasons else ""
    return f"{name}: no trial completed ({counts}){last}, so there is no best adapter to test"


def trial_overhead(trials) -> tuple[float, float] | None:
    """(mean seconds, share of trial time) a trial spends outside its optimizer steps and its evaluations:
    suggesting, attaching the adapter, building the trainer, saving, recording, cleaning up. None without timed trials."""
    timed = [t for t in trials if t.datetime_complete and "train_seconds" in t.user_attrs]
    if not timed:
        return None
    walls = [(t.datetime_complete - t.datetime_start).total_seconds() for t in timed]
    fixed = [w - t.user_attrs["train_seconds"] - t.user_attrs["eval_seconds"] for w, t in zip(walls, timed)]
    return sum(fixed) / len(fixed), sum(fixed) / sum(walls) if sum(walls) else 0.0


def _ex_cell(figures: dict, key: str, semantics: str, searched: str) -> str:
    """EX under ``semantics`` from ``key_<semantics>``, or from ``key`` when that is the search's own semantics (studies
    from before both were recorded); '-' when unknown."""
    value = figures.get(f"{key}_{semantics}", figures.get(key) if semantics == searched else None)
    return "-" if value is None else f"{value:.1%}"


def summarize(config: SearchConfig, study, final: dict | None, seconds: float) -> dict:
    """Print baseline vs best, best params, pruning savings and where everything is; return the figures."""
    from optuna.trial import TrialState

    attrs = study.user_attrs
    trials = study.trials
    pruned = [t for t in trials if t.state == TrialState.PRUNED]
    complete = [t for t in trials if t.state == TrialState.COMPLETE]
    # With several workers, two can start a trial for the last slot at once; the later one stops before any work.
    failed, surplus, failed_text = tally_failures(trials)
    saved_epochs = sum(t.params.get("epochs", 0) - t.user_attrs.get("epochs_done", 0) for t in pruned)
    per_epoch = [
        t.user_attrs["total_seconds"] / max(1, t.user_attrs["epochs_done"])
        for t in trials if "total_seconds" in t.user_attrs
    ]
    saved_seconds = saved_epochs * (sum(per_epoch) / len(per_epoch)) if per_epoch else 0.0
    out = {
        "study": config.study_name,
        "storage": config.storage,
        "trials": {"complete": len(complete), "pruned": len(pruned), "failed": failed, "surplus": surplus},
        "pruned_epochs_saved": saved_epochs,
        "pruned_seconds_saved_estimate": saved_seconds,
        "baseline_validation_ex": attrs.get("baseline_validation_ex"),
        "baseline_test_ex": attrs.get("baseline_test_ex"),
        "baseline_test_ex_official": attrs.get("baseline_test_ex_official"),
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
        lines.append(f"{'baseline':<14}{attrs.get('baseline_validation_ex', float('nan')):>25.1%}"
                     f"{_ex_cell(attrs, 'baseline_test_ex', 'strict', semantics):>16}"
                     f"{_ex_cell(attrs, 'baseline_test_ex', 'official', semantics):>10}")
        test_ex = (f"{_ex_cell(final['summary'], 'ex', 'strict', semantics):>16}"
                   f"{_ex_cell(final['summary'], 'ex', 'official', semantics):>10}") if final else f"{'-':>16}{'-':>10}"
        lines.append(f"{'best':<14}{best.value:>25.1%}{test_ex}")  # no final phase ran: no test EX
        if final:
            out["best_test_ex"] = final["summary"]["ex"]
            out["best_test_ex_strict"] = final["summary"].get("ex_strict")
            out["best_test_ex_official"] = final["summary"].get("ex_official")
            base_diff = attrs.get("baseline_test_by_difficulty", {})
            lines.append("test EX by difficulty: " + ", ".join(
                f"{k} {base_diff.get(k, float('nan')):.0%} -> {v['ex']:.0%}" + (f" (n={v['n']})" if "n" in v else "")
                for k, v in final["summary"]["by_difficulty"].items()))  # a rerun's summary (search/rerun.py): no n
            lines.append(f"best adapter: {final['adapter']}")
    lines.append(f"study: {config.storage}   dashboard: {dashboard_command(config)}")
    lines.append(f"artifacts: {config.trial_dir}   predictions: {config.predictions_db} (run {config.study_name!r})")
    print("\n".join(lines))
    return out
