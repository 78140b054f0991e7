"""The search as one recipe: ``Search.run`` is the order of its phases, read top to bottom (setup → baseline →
trials → final → summary, each a method), for one process and for the parent of --workers alike; ``--phase X`` runs
a subset of the same order. ``Search`` alone writes the predictions table: the baseline, the objective and the final
evaluation return their records, and it stores them."""

from __future__ import annotations

import logging
import time
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

from evaluation.baseline import BASELINE_SPLITS, run_baseline
from evaluation.data import load_splits
from evaluation.dense import EvalWeights
from evaluation.evaluate import evaluate
from evaluation.execute import SQLiteExecutor
from evaluation.metrics import Scorer, format_summary
from search import records
from search.config import THRESHOLDS, SearchConfig
from search.objective import SharedState
from search.rerun import check_final_possible, finished_summary
from search.study import IncompleteStudy, finished_trials, no_completed_trial, open_study, summarize, trials_phase
from search.workers import PARENT_MEMORY
from training.memory import cuda_memory_cap

log = logging.getLogger("sqltune")

PHASES = {"all": ("baseline", "trials", "final"), "baseline": ("baseline",), "trials": ("trials",),
          "final": ("final",)}
"""What each --phase runs, in ``Search.run``'s order."""


def run(config: SearchConfig, worker_env: dict[str, str] | None = None) -> dict:
    """Run the configured phases; returns a summary dict (also printed). ``config`` is resolved here for this device
    and model (search/resolve.py), as the CLI resolves it; ``worker_env``: the environment --workers children start
    with."""
    return Search(config, worker_env).run()


class Search:
    """One search on one study. Attributes are set by the phase that produces them: ``setup`` the data and the
    workers, ``load`` the model, the predictions table and the study."""

    def __init__(self, config: SearchConfig, worker_env: dict[str, str] | None = None) -> None:
        self.config = config
        self.worker_env = worker_env or {}
        self.phases = PHASES[config.phase]
        self.start = time.perf_counter()
        self.device = self.splits = self.scorer = self.workers = None
        self.engine = self.study = self.state = None
        self.timed_out = False
        self.final_result: dict | None = None

    def run(self) -> dict:
        """The phases of ``config.phase``, in order; returns the summary dict (also printed)."""
        if self.config.phase == "all" and (done := finished_summary(self.config)) is not None:
            return done  # nothing left to do: the summary, without the data, the model or the workers
        if self.config.phase == "final":
            check_final_possible(self.config)  # no completed trial: say so before the data and the model load
        with ExitStack() as stack:
            self.setup(stack)
            beside_gpu_workers = self.workers is not None and self.workers.on_gpu and "trials" in self.phases
            if beside_gpu_workers:
                # GPU workers need nothing from this process but checked data and the converted model, so they start
                # now: their own start-up (imports, data, model load: ~20 s each on the H200) overlaps this process's
                # model load and its baseline.
                self.start_gpu_workers()
            self.load()
            if "baseline" in self.phases:
                # Beside the workers, the baseline keeps to the memory their plan left this process
                # (docs/decisions.md, "Workers sharing a GPU").
                with cuda_memory_cap(PARENT_MEMORY if beside_gpu_workers else None):
                    self.baseline()
            if "trials" in self.phases:
                self.trials()
            if "final" in self.phases:
                self.final()
            if self.workers is not None:
                self.workers.wait()  # reaped after the final phase, which needs only the study to be full
            return self.summary()

    # ------------------------------------------------------------------------------------------------ setup

    def setup(self, stack: ExitStack) -> None:
        """Device, data (every gold query checked) and the worker plan; the executor and the workers live in
        ``stack``. Checked first, like every other setting: --workers 3 on a 2-GPU host fails before any data work."""
        from search.resolve import detect_device, resolve
        from training.model import model_shape

        config = self.config
        self.device = detect_device(config.model.device, memory=True)
        config = resolve(config, self.device)
        per_gpu = config.workers_per_gpu or 1
        workers = None
        if config.workers > 1 or config.gpus or per_gpu > 1:
            workers = _workers(config, self.worker_env, per_gpu)
        wanted = BASELINE_SPLITS if config.phase == "baseline" else ("train", *BASELINE_SPLITS)
        self.splits = load_splits(config.data, Path(config.cache_dir), wanted)
        executor = stack.enter_context(SQLiteExecutor(config.execution))
        self.scorer = Scorer(executor)
        for dataset in self.splits.values():
            self.scorer.check_gold(dataset)
        log.info("data: %s", ", ".join(f"{k} {len(v)}" for k, v in self.splits.items()))
        shape = model_shape(config.model)
        config = resolve(config, self.device, shape)
        if config.workers_per_gpu is None and "trials" in self.phases and self.device.cuda:
            per_gpu = auto_workers_per_gpu(config, shape)
            if per_gpu > 1:
                from search.study import trials_left

                # A rerun of a finished study, or a top-up by a trial or two, starts no worker that would only load
                # the model to find nothing left to run.
                per_gpu = min(per_gpu, trials_left(config))
            if per_gpu > 1:
                workers = _workers(config, self.worker_env, per_gpu)
        if workers is not None:
            self.workers = stack.enter_context(workers)  # stopped if anything below raises
        self.config = config

    def start_gpu_workers(self) -> None:
        """Convert the model once, for all of them, and start the workers."""
        from training.model import resolve_model_path

        resolve_model_path(self.config.model)
        self.workers.start(self.config)

    def load(self) -> None:
        """The base model (unless workers run every trial of a --phase trials parent), the predictions table and the
        study."""
        from storage.predictions import open_predictions
        from training.model import load_model

        config = self.config
        self.engine = open_predictions(config.predictions_db)
        needs_model = not (config.phase == "trials" and self.workers is not None)
        model, tokenizer = load_model(config.model) if needs_model else (None, None)
        self.study = open_study(config)
        self.state = SharedState(config, model, tokenizer, None, self.splits["validation"], self.scorer,
                                 self.keep_trial_predictions, EvalWeights(config.generation.weights))

    # ------------------------------------------------------------------------------------------------ phases

    def baseline(self) -> None:
        """The base model on validation and test, once per study, whichever phase asks first (``--phase baseline``
        or ``all``); a rerun or a resumed study keeps the first run's figures.

        Each split is decoded as what it is compared with: validation as the trials decode it (their validation EX is
        the search's ranking), test as the final phase decodes the best adapter's predictions."""
        config, state = self.config, self.state
        recorded = records.read_baseline(self.study)
        if recorded is not None:
            log.info("baseline: already in study %r (validation EX %.1f%%, test EX %.1f%%)", config.study_name,
                     100 * recorded.validation.ex, 100 * recorded.test.ex)
            return
        results = self.decode_baseline({"validation": (state.validation, config.trial_generation),
                                        "test": (self.splits["test"], config.generation)})
        records.write_baseline(self.study, records.Baseline(
            records.SplitFigures.of(results["validation"]), records.SplitFigures.of(results["test"]),
            test_candidates=config.generation.candidates))

    def baseline_test_decoded_as_final(self) -> None:
        """The base model on test again where the final phase decodes with other hypotheses than the baseline did
        (``--phase final --candidates N`` on a finished study): the two are compared question by question, so both
        are decoded alike (docs/decisions.md, "Decoding")."""
        config = self.config
        recorded = records.read_baseline(self.study)
        if recorded is None or recorded.test is None or recorded.test_candidates == config.generation.candidates:
            return
        log.info("baseline on test again: %s hypotheses, as the final phase decodes (it was decoded with %s)",
                 config.generation.candidates, recorded.test_candidates or "an unrecorded number of")
        result = self.decode_baseline({"test": (self.splits["test"], config.generation)})["test"]
        records.write_baseline(self.study, replace(recorded, test=records.SplitFigures.of(result),
                                                   test_candidates=config.generation.candidates))

    def decode_baseline(self, splits: dict) -> dict:
        """The base model on each split, ``{split: (dataset, decoding)}``; its predictions stored and printed."""
        state = self.state
        results = run_baseline(state.weights(state.model), state.tokenizer, {k: v[0] for k, v in splits.items()},
                               state.scorer, {k: v[1] for k, v in splits.items()}, self.config.prompt,
                               self.config.progress)
        for split, result in results.items():
            self.save_predictions("baseline", split, result.records)
            print(format_summary(f"baseline {split} ({result.seconds:.0f} s)", result.summary))
        return results

    def trials(self) -> None:
        """Trials until the study holds ``config.trials`` finished ones: in the workers (this process waits for the
        study to be full) or here."""
        config = self.config
        if self.workers is None:
            self.timed_out = not trials_phase(config, self.study, self.state, self.splits["train"])
            return
        # CPU workers start only now: beside the baseline they would share this process's cores. GPU ones run already.
        self.workers.start(self.config)
        # The final phase starts once the study holds its trials, not once the workers have exited: a worker
        # waiting for the last trial elsewhere looks again only every WAIT_POLL_S, and then exits.
        ended = self.workers.wait_until(lambda: len(finished_trials(self.study)) >= config.trials)
        # Workers that all exited normally and left the study short were stopped by --timeout.
        self.timed_out = ended is True

    def final(self) -> None:
        """The best trial's adapter on the test split, once the study holds its trials."""
        config = self.config
        finished = len(finished_trials(self.study))
        # --timeout asks for the best result so far; an explicit --phase final too. Otherwise fewer finished
        # trials than asked means a worker died: the best trial so far is not the search's answer yet.
        if finished < config.trials and not self.timed_out and config.phase != "final":
            raise IncompleteStudy(
                f"study {config.study_name!r} has {finished} of {config.trials} finished trials; "
                "rerun the same command to finish it (the final phase runs after the last trial)"
            )
        self.baseline_test_decoded_as_final()
        self.test_best_trial()

    def test_best_trial(self) -> None:
        """The best trial's adapter on the base model, on the test split; its figures and settings to the study."""
        from optuna.trial import TrialState
        from peft import PeftModel

        from storage.artifacts import upload_best_adapter
        from training.sft import detach_adapter

        config, study, state = self.config, self.study, self.state
        if not any(t.state == TrialState.COMPLETE for t in study.trials):
            raise IncompleteStudy(no_completed_trial(study))
        best = study.best_trial
        adapter = Path(records.read_trial(best).artifact_dir) / "adapter"
        if not adapter.is_dir():
            raise FileNotFoundError(f"best trial {best.number}: adapter folder missing: {adapter}")
        model = PeftModel.from_pretrained(state.model, str(adapter), is_trainable=False)
        try:
            result = evaluate(state.weights(model), state.tokenizer, self.splits["test"], state.scorer,
                              config.generation, config.prompt, config.progress, "final test")
        finally:
            state.model = detach_adapter(model)
        self.save_predictions("final", "test", result.records, best.number, str(adapter.resolve()))
        print(format_summary(f"best trial {best.number} on test ({result.seconds:.0f} s)", result.summary))
        records.write_final(study, records.Final(
            best.number, records.SplitFigures.of(result, with_seconds=False), self.final_settings(result, adapter),
            records.Thresholds(config.profile, *THRESHOLDS[config.profile])))
        upload_best_adapter(study, best.number, adapter, config.artifacts)
        self.final_result = {"trial": best.number, "summary": result.summary, "seconds": result.seconds,
                             "adapter": str(adapter), "versus_baseline": self.versus_baseline(result)}

    def versus_baseline(self, result):
        """The best adapter against the base model on the same test questions, for the summary; None where they
        differ (a baseline run with other limits) or no baseline ran."""
        try:
            return versus_baseline(self.engine, self.config.study_name, result.records)
        except ValueError as e:
            log.warning("best trial vs baseline on test: not compared, %s", e)
            return None

    def summary(self) -> dict:
        if self.config.phase == "baseline":
            print(f"predictions: {self.config.predictions_db} (run {self.config.study_name!r}, phase 'baseline')")
            baseline = records.read_baseline(self.study)
            return {"baseline_validation_ex": baseline.validation.ex, "baseline_test_ex": baseline.test.ex}
        return summarize(self.config, self.study, self.final_result, time.perf_counter() - self.start)

    # ------------------------------------------------------------------------------------------------ records

    def final_settings(self, result, adapter: Path) -> records.FinalSettings:
        """What tests/test_best_model.py needs to regenerate exactly the final predictions (same data, batches,
        decoding)."""
        config = self.config
        return records.FinalSettings(
            model=config.model.name_or_path, load_in_4bit=config.model.load_in_4bit,
            compute_dtype=config.model.compute_dtype,
            test=str(config.data.test.resolve()) if config.data.test else None,
            databases=str(config.data.databases.resolve()) if config.data.databases else None,
            test_cap=config.data.cap("test"), batch_size=result.batch_size,
            max_new_tokens=config.generation.max_new_tokens, candidates=config.generation.candidates,
            weights=self.state.weights.resolve(self.state.model), sample_rows=config.prompt.sample_rows,
            adapter=str(adapter.resolve()), predictions_db=config.predictions_db,
            cache_dir=str(Path(config.cache_dir).resolve()), semantics=config.execution.semantics,
        )

    def save_predictions(self, phase: str, split: str, predictions, trial: int | None = None,
                         adapter: str | None = None) -> None:
        """The one writer of the predictions table."""
        from storage.predictions import RunInfo, save_predictions

        info = RunInfo(self.config.study_name, phase, split, self.config.model.display_name, trial, adapter)
        save_predictions(self.engine, info, predictions)

    def keep_trial_predictions(self, trial: int, adapter: str, predictions) -> None:
        """The objective's hook (SharedState.keep_predictions): a finished trial's validation predictions."""
        self.save_predictions("trial", "validation", predictions, trial, adapter)


def versus_baseline(engine, run_name: str, records):
    """``records`` (the best adapter's test predictions) against the baseline's on the same test questions, from the
    predictions table; None where no baseline ran. Raises ValueError where the two sets of questions differ (a
    baseline run with other limits)."""
    from evaluation.metrics import paired_comparison
    from storage.predictions import correct_by_example

    before = correct_by_example(engine, run_name, "baseline", "test")
    return paired_comparison(before, {r.id: r.correct for r in records}) if before else None


def auto_workers_per_gpu(config: SearchConfig, shape) -> int:
    """--workers-per-gpu auto on this process's GPU, from the model's training memory and the GPU's free memory."""
    import torch

    from search import workers
    from training.memory import training_bytes

    need = training_bytes(shape, config.train.batch_size, config.train.max_seq_length, config.model.load_in_4bit,
                          config.train.gradient_checkpointing)
    free, _ = torch.cuda.mem_get_info()
    n = workers.auto_workers_per_gpu(shape.parameters, free, need)
    log.info("%d worker%s per GPU (--workers-per-gpu auto: %.2g B parameters, ~%.0f GiB a worker, %.0f GiB free)",
             n, "s" if n > 1 else "", shape.parameters / 1e9, need / 2**30, free / 2**30)
    return n


def _workers(config: SearchConfig, env: dict[str, str], per_gpu: int):
    import os

    import torch

    from search.workers import Workers, plan_workers

    cuda_count = 0 if config.model.device == "cpu" else torch.cuda.device_count()
    # The cores this process may run on (taskset, a container's cpuset), not all the host's.
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    plan = plan_workers(config.workers, config.gpus, cuda_count, cores, env.get("CUDA_VISIBLE_DEVICES"), per_gpu)
    return Workers(plan, env)
