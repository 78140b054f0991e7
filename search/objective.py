"""The Optuna objective: suggest → attach a fresh adapter → train (validation EX after each epoch, pruning)
→ save the trial's artifacts → return the kept epoch's validation EX (the last one, or with --keep-epoch best the
best one). The base model is shared, never reloaded."""

from __future__ import annotations

import gc
import logging
import os
import resource
import socket
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial

from evaluation.data import Dataset
from evaluation.evaluate import EvalResult, evaluate
from evaluation.metrics import Scorer
from search import records
from search.config import SearchConfig
from search.space import suggest_train_config
from storage import artifacts
from training.experimental import completion_loss
from training.sft import (NonFiniteLossError, adapter_state, attach_adapter, detach_adapter, save_adapter,
                          train_adapter)

log = logging.getLogger("sqltune")


class TrialFailure(RuntimeError):
    """A trial that could not run (out of memory); the study records it as FAIL and goes on."""


@dataclass
class SharedState:
    """What every trial of one process uses. ``model`` is the frozen base, restored after each trial."""

    config: SearchConfig
    model: object
    tokenizer: object
    train_data: object
    """Pre-tokenised training examples (tokenised once per process)."""
    validation: Dataset
    scorer: Scorer
    keep_predictions: Callable[[int, str, list], None]
    """``(trial number, adapter folder, prediction records)``: stores a finished trial's validation predictions; the orchestrator
    (search/phases.py) passes its own, so that it alone writes the predictions table."""
    weights: object
    """evaluation.dense.EvalWeights: turns the model under evaluation into the one generation runs on."""
    validation_tokens: object = None
    """The validation split tokenised like the training data, for --validation-loss (tokenised once per process)."""


def wrong_predictions_note(result: EvalResult, limit: int = 5) -> str:
    """Markdown for the dashboard: a few wrong predictions next to their gold SQL."""
    wrong = [r for r in result.records if not r.correct][:limit]
    lines = [f"**Validation EX {result.ex:.1%}** ({result.summary['correct']}/{result.summary['n']})", ""]
    for r in wrong:
        lines += [
            f"- `{r.id}` ({r.db_id}, {r.difficulty}, {r.error}): {r.question}",
            f"  - predicted: `{r.predicted[:300]}`",
            f"  - gold: `{r.gold[:300]}`",
        ]
    return "\n".join(lines)


def _peak_memory_mb(device_is_cuda: bool) -> float:
    if device_is_cuda:
        import torch

        return torch.cuda.max_memory_allocated() / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # process peak RSS (kB on Linux)


def prune_now(trial, pruning: bool, epoch: int, epochs: int) -> bool:
    """Ask the pruner after ``epoch`` of ``epochs``. Pruning saves the epochs still to come: after the last one
    there is nothing to save, and the trial keeps its value (a PRUNED trial could never be the best one)."""
    return pruning and epoch < epochs and trial.should_prune()


def adapter_weights(model) -> dict:
    """A copy of the trainable (LoRA) weights of ``model``, to put back with ``restore_adapter_weights``."""
    return {name: tensor.clone() for name, tensor in adapter_state(model).items()}


def restore_adapter_weights(model, weights: dict) -> None:
    """Put back weights taken by ``adapter_weights`` (same model, same parameter names)."""
    import torch

    params = dict(model.named_parameters())
    with torch.no_grad():
        for name, value in weights.items():
            params[name].copy_(value)


def surplus(trial, target: int) -> bool:
    """True for a trial started by a worker that lost a race for the last slot.

    Two workers that finish at the same moment can both see target - 1 trials and both start one. The
    lower-numbered trial keeps the slot: count finished and running trials numbered below this one.
    """
    from optuna.trial import TrialState

    ahead = trial.study.get_trials(deepcopy=False, states=(TrialState.COMPLETE, TrialState.PRUNED, TrialState.RUNNING))
    return sum(t.number < trial.number for t in ahead) >= target


def is_surplus(trial) -> bool:
    """A trial that ``surplus`` stopped at once: failed, it never ran, and it is no failure of the search."""
    return records.read_trial(trial).surplus


def tally_failures(trials) -> tuple[int, int, str]:
    """(failed, surplus, "N failed[, M surplus (...)]") over a study's trials: surplus trials are counted apart."""
    failed = [t for t in trials if t.state.name == "FAIL"]
    surplus = sum(is_surplus(t) for t in failed)
    text = f"{len(failed) - surplus} failed"
    if surplus:
        text += f", {surplus} surplus (never ran: a worker lost the race for the last slot)"
    return len(failed) - surplus, surplus, text


def record_failure(trial, reason: str, outcome: str = "Failed") -> None:
    """Why ``trial`` ends without a result: its ``failure`` user attr (the report's note column) and its dashboard
    note. Failing to record it must not hide the failure itself."""
    from search.optuna_storage import failure_note

    try:
        records.write_failure(trial, reason)
        failure_note(trial, reason, outcome)
    except Exception as exc:  # the storage itself may be what failed
        log.warning("trial %d: could not record why it ended (%s): %s", trial.number, reason, exc)


class Objective:
    """Callable for ``study.optimize``; holds the shared base model across trials."""

    def __init__(self, state: SharedState) -> None:
        self.state = state

    def __call__(self, trial) -> float:
        import optuna

        try:
            return self._trial(trial)
        except (optuna.TrialPruned, TrialFailure):
            raise  # their reasons are recorded where they are raised
        except KeyboardInterrupt:
            record_failure(trial, "interrupted (Ctrl-C or SIGINT): the rerun of the same command runs a new trial")
            raise
        except Exception as exc:
            record_failure(trial, f"{type(exc).__name__}: {str(exc)[:300]}")
            raise

    def _trial(self, trial) -> float:
        import optuna
        import torch

        s = self.state
        config = s.config
        if surplus(trial, config.trials):
            trial.study.stop()
            records.write_surplus(trial)
            raise TrialFailure(f"surplus: the study already had {config.trials} finished or running trials")
        records.write_worker(trial, f"{socket.gethostname()}:{os.getpid()} (worker {config.worker_id})")
        train_config = suggest_train_config(trial, config.train, config.space)
        folder = artifacts.trial_dir(config.trial_dir, trial.number)
        device_is_cuda = next(s.model.parameters()).is_cuda
        if device_is_cuda:
            torch.cuda.reset_peak_memory_stats()
        epoch_ex: list[float] = []
        epoch_loss: list[float] = []
        loss_seconds: list[float] = []  # evaluation time too: trial overhead excludes it
        evals: list[EvalResult] = []
        kept: dict = {}  # --keep-epoch best: the best epoch so far, its EX and a copy of its adapter weights
        start = time.perf_counter()

        def on_epoch_end(epoch: int, model) -> bool:
            evaluated = s.weights(model)
            result = evaluate(
                evaluated, s.tokenizer, s.validation, s.scorer, config.trial_generation, config.prompt,
                config.progress, f"trial {trial.number} epoch {epoch} eval",
            )
            if s.validation_tokens is not None:
                t0 = time.perf_counter()
                epoch_loss.append(completion_loss(evaluated, s.validation_tokens, train_config.batch_size))
                loss_seconds.append(time.perf_counter() - t0)
            evals.append(result)
            epoch_ex.append(result.ex)
            if config.keep_epoch == "best" and result.ex > kept.get("ex", -1.0):
                kept.update(ex=result.ex, epoch=epoch, weights=adapter_weights(model))
            trial.report(result.ex, epoch)
            records.write_epochs(trial, epoch_ex, epoch_loss if loss_seconds else None, sum(loss_seconds))
            return prune_now(trial, config.pruning, epoch, train_config.epochs)

        peft_model = attach_adapter(s.model, train_config)
        try:
            try:
                result = train_adapter(
                    peft_model, s.tokenizer, s.train_data, train_config,
                    output_dir=str(folder / "trainer"), on_epoch_end=on_epoch_end, progress=config.progress,
                )
            except torch.OutOfMemoryError as exc:
                record_failure(trial, f"out of memory: {str(exc)[:300]}")
                raise TrialFailure(f"trial {trial.number}: out of memory") from exc
            except NonFiniteLossError as exc:
                record_failure(trial, str(exc), "Pruned")
                log.info("trial %d: lr %.2e, rank %d -> pruned: %s", trial.number, train_config.learning_rate,
                         train_config.lora_rank, exc)
                raise optuna.TrialPruned(str(exc)) from exc
            if kept and kept["epoch"] < result.epochs_done:
                restore_adapter_weights(peft_model, kept["weights"])
            kept_epoch = kept.get("epoch", result.epochs_done)
            last = evals[kept_epoch - 1]
            metrics = {
                "validation_ex": last.ex,
                "epoch_ex": epoch_ex,
                "epoch_validation_loss": epoch_loss,
                "validation_loss_seconds": sum(loss_seconds),
                "kept_epoch": kept_epoch,
                "epochs_planned": train_config.epochs,
                "epochs_done": result.epochs_done,
                "pruned": result.stopped_early,
                "train_loss": result.train_loss,
                "epoch_train_loss": result.epoch_losses,
                "train_seconds": result.train_seconds,
                "eval_seconds": sum(e.seconds for e in evals) + sum(loss_seconds),
                "total_seconds": time.perf_counter() - start,
                "tokens_per_second": result.tokens_per_second,
                "peak_memory_mb": _peak_memory_mb(device_is_cuda),
                "validation": last.summary,
            }
            resolved = {"train": asdict(train_config), "lora_alpha": train_config.lora_alpha,
                        "model": config.model.display_name, "prompt": asdict(config.prompt),
                        "generation": asdict(config.trial_generation), "trial": trial.number, "params": trial.params}
            artifacts.save_trial(folder, partial(save_adapter, peft_model), resolved, metrics)
            self._record(trial, folder, metrics, last)
            log.info(
                "trial %d: lr %.2e, epochs %d/%d, rank %d -> validation EX %s%s (%.0f s, %.0f tokens/s)%s",
                trial.number, train_config.learning_rate, result.epochs_done, train_config.epochs,
                train_config.lora_rank, " ".join(f"{x:.1%}" for x in epoch_ex),
                f", kept epoch {kept_epoch}" if kept_epoch < result.epochs_done else "", metrics["total_seconds"],
                result.tokens_per_second, " pruned" if result.stopped_early else "",
            )
            if result.stopped_early:
                raise optuna.TrialPruned(f"validation EX {epoch_ex[-1]:.1%} after epoch {result.epochs_done}")
            return last.ex
        finally:
            s.model = detach_adapter(peft_model)
            del peft_model
            gc.collect()
            if device_is_cuda:
                torch.cuda.empty_cache()

    def _record(self, trial, folder, metrics: dict, last: EvalResult) -> None:
        """User attrs, predictions and a dashboard note for one finished trial."""
        s = self.state
        records.write_result(trial, records.TrialRecord(
            **{k: metrics[k] for k in records.RESULT_FIELDS if k in metrics},
            artifact_dir=str(folder.resolve()), by_difficulty=records.by_difficulty(last.summary)))
        # Also in Optuna's artifact store, so optuna-dashboard --artifact-dir lists them on the trial's page.
        from optuna.artifacts import FileSystemArtifactStore, upload_artifact

        store = FileSystemArtifactStore(str(artifacts.store_dir(s.config.artifacts)))
        for name in ("config.json", "metrics.json", "adapter/adapter_config.json"):
            upload_artifact(artifact_store=store, file_path=str(folder / name), study_or_trial=trial)
        s.keep_predictions(trial.number, str((folder / "adapter").resolve()), last.records)
        try:
            from optuna_dashboard import save_note

            save_note(trial, wrong_predictions_note(last))
        except ImportError:  # optuna-dashboard is a dependency, but notes are a convenience, not a result
            pass
