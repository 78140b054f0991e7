"""SearchConfig: one study's settings; its fields' metadata is the command line (search/options.py builds it)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.data import DataConfig
from evaluation.execute import ExecutionConfig
from evaluation.generate import GenerationConfig
from search.space import SearchSpace
from search.optuna_storage import GRACE_S, HEARTBEAT_S, check_storage
from search.workers import gpu_ids
from training.config import TrainConfig
from training.model import ModelConfig, default_cache_dir
from training.prompt import PromptConfig

PHASES = ("all", "baseline", "trials", "final")
"""all: baseline (once per study), trials, final inference. baseline: the base model alone. trials: trials only,
for extra workers on other hosts. final: the best trial's adapter on the test split (after the last trial)."""
PRUNERS = ("median", "asha", "reach")
KEEP_EPOCHS = ("last", "best")

THRESHOLDS = {"cpu-budget": (0.0, 0.0, None), "full": (0.0, 0.15, 0.05)}
"""(test-EX gain over the baseline, test-EX floor, largest p-value) that tests/test_best_model.py asks of a study, by its
profile. A search on all the data (any GPU run, or explicit limits) must reach 15 % and beat its baseline on the same
test questions by a one-sided sign test at 5 % (evaluation/metrics.py: PairedComparison): a fixed gain in points
suited SmolLM2 (0 -> 35 %) but not a model that starts at 71 % (docs/decisions.md, "Validating the best model"). The
CPU budget is a demonstration that does not teach the task, so it must only not fall below its baseline."""


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return value


def gpu_list(text: str) -> tuple[str, ...]:
    ids = gpu_ids(text)
    if not ids or not all(x.isdigit() for x in ids):
        raise argparse.ArgumentTypeError(
            f"expected CUDA device numbers like 0,1 (0,0: two workers on GPU 0), got {text!r}")
    return ids


def workers_per_gpu(text: str) -> int | None:
    if text == "auto":
        return None
    try:
        return positive_int(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"expected auto or a whole number >= 1, got {text!r}") from None


@dataclass(frozen=True)
class SearchConfig:
    """A whole search: study, data, model, and the fixed parts of training and evaluation. Field metadata is the
    command line (search/options.py); ``None`` means automatic, decided by search/resolve.py for the device."""

    trials: int = field(default=12, metadata={
        "help": "finished trials the study should hold (default %(default)s)", "parse": positive_int})
    """Complete + pruned trials; a rerun tops the study up to this number."""
    study_name: str = field(default="sqltune", metadata={"help": "Optuna study name (default %(default)s)"})
    storage: str = field(default="sqlite:///study.db", metadata={
        "help": "sqlite:///FILE, postgresql://USER@HOST/DB or journal:FILE (default %(default)s)"})
    predictions_db: str = field(default="sqlite:///study.db", metadata={
        "flag": "--db", "help": "predictions table: SQLAlchemy URL or SQLite path (env DB_PATH; default: the --storage "
                                "database, or FILE.predictions.db beside a journal:FILE)"})
    """One file holds study and predictions by default (search/run.py derives it from --storage)."""
    seed: int = field(default=0, metadata={"help": "sampler and training seed (default %(default)s)"})
    timeout: float | None = field(default=None, metadata={"help": "seconds after which no new trial starts"})
    """The running trial finishes."""
    artifacts: Path = field(default=Path("artifacts"), metadata={
        "help": "trial artifacts folder (default %(default)s)"})
    """Per-trial adapters, configs and metrics go to ``artifacts/<study>/trial-<n>/``."""
    cache_dir: Path = field(default_factory=default_cache_dir, metadata={
        "help": "converted models and built databases (default %(default)s)"})
    phase: str = field(default="all", metadata={
        "choices": PHASES, "help": "all: baseline, trials, final; baseline: the base model alone; trials: trials only "
                                   "(extra workers on other hosts); final: best adapter on the test split (default "
                                   "%(default)s)"})
    pruning: bool = field(default=True, metadata={
        "flag": "--no-pruning", "switch": "off", "help": "run every trial to its last epoch"})
    pruner: str = field(default="median", metadata={
        "choices": PRUNERS, "help": "median: stop a trial below the median of earlier trials at the same epoch; asha: "
                                    "stop it outside the top third (successive halving); reach: stop it when even a "
                                    "generous continuation of its own curve to its last epoch stays below the best "
                                    "finished trial (default %(default)s)"})
    keep_epoch: str = field(default="last", metadata={
        "choices": KEEP_EPOCHS, "help": "the epoch whose adapter a trial keeps and is scored by: its last, or the one "
                                        "with the best validation EX (early stopping) (default %(default)s)"})
    """On Spider's unseen databases validation EX peaked after epoch 1 or 2 and fell after, so "last" can throw the
    best adapter away (docs/decisions.md)."""
    validation_loss: bool = field(default=False, metadata={
        "switch": "on", "hidden": True, "help": "also record each epoch's validation loss (a research switch)"})
    """Recorded as user attr ``epoch_validation_loss``; one more forward pass per epoch that nothing in the search
    uses: it did not rank trials earlier than the EX on the H200 (docs/decisions.md)."""
    progress: bool = field(default=True, metadata={
        "flag": "--no-progress", "switch": "off",
        "help": "no progress bars (none either where stderr is not a terminal)"})
    verbose: bool = field(default=False, metadata={
        "switch": "on", "help": "every third-party log line and warning, and a traceback with each error"})
    workers: int = field(default=1, metadata={
        "parse": positive_int, "help": "GPUs of this host the search uses, with --workers-per-gpu workers on each; "
                                       "without a GPU, CPU worker processes sharing the cores (default %(default)s)"})
    gpus: tuple[str, ...] = field(default=(), metadata={
        "parse": gpu_list, "help": "CUDA device ids for the workers, one worker each: 0,1 puts a worker on each of "
                                   "two GPUs; a GPU listed twice (0,0) runs two workers on it"})
    workers_per_gpu: int | None = field(default=None, metadata={
        "parse": workers_per_gpu, "metavar": "N|auto",
        "help": "worker processes sharing each GPU: a small model leaves a GPU idle between kernel launches, and other "
                "workers' trials fill the gaps; auto: up to 4 for a model under 1 B parameters, as many as fit in the "
                "free memory beside the search's own process, else 1. With 1 this process runs the trials itself, one "
                "after another (default auto)"})
    """Decided on the GPU from the model's training memory (search/phases.py, search/workers.py)."""
    worker_id: int = field(default=0, metadata={"hidden": True, "help": "this worker's index"})
    """Seeds its sampler, names it in logs and trial attributes."""
    heartbeat_s: int | None = None
    """Seconds between a running trial's heartbeats; None: a quarter of ``grace_s``, at most HEARTBEAT_S."""
    grace_s: int = field(default=GRACE_S, metadata={
        "flag": "--heartbeat-grace", "parse": positive_int,
        "help": "seconds without a heartbeat after which a running trial counts as dead, is failed and retried "
                "(default %(default)s)"})
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    train: TrainConfig = field(default_factory=lambda: TrainConfig(batch_size=None, kernels="auto"))
    """Fixed training settings; the search space overrides learning rate, epochs and LoRA rank."""
    space: SearchSpace = field(default_factory=SearchSpace)
    prompt: PromptConfig = field(default_factory=PromptConfig)
    generation: GenerationConfig = field(default_factory=lambda: GenerationConfig(batch_size=None, candidates=None))
    """Decoding of the test split, for the baseline and the final predictions: what a user of the tuned model gets."""
    trial_generation: GenerationConfig = field(
        default_factory=lambda: GenerationConfig(batch_size=None), metadata={"options": {"candidates": {
            "flag": "--trial-candidates",
            "help": "the same for the validation split: the trials' evaluations, which rank the hyperparameters, and "
                    "the baseline's, compared with theirs (default %(default)s: greedy)"}}})
    """Decoding of the validation split (trials and baseline). Greedy by default even where ``generation`` keeps
    several hypotheses: on the H200 it halved the default search's time and its pick did no worse
    (docs/decisions.md)."""
    execution: ExecutionConfig = field(default_factory=ExecutionConfig)
    profile: str = "full"
    """'cpu-budget' where search/resolve.py applied the CPU budget's caps, else 'full': the thresholds
    tests/test_best_model.py asks of the study (THRESHOLDS)."""

    def __post_init__(self) -> None:
        if self.heartbeat_s is None:  # derived, so --heartbeat-grace alone keeps heartbeats well inside the grace
            object.__setattr__(self, "heartbeat_s", max(1, min(HEARTBEAT_S, self.grace_s // 4)))
        if self.trials < 1:
            raise ValueError(f"--trials must be >= 1, got {self.trials}")
        # The name is a folder under --artifacts: "." or ".." would put trial folders outside it.
        if self.study_name.strip() in ("", ".", "..") or any(c in self.study_name for c in "/\\\0"):
            raise ValueError(f"--study-name must be a non-empty name without slashes, not . or .., got {self.study_name!r}")
        if self.timeout is not None and self.timeout <= 0:
            raise ValueError(f"--timeout must be > 0 seconds, got {self.timeout}")
        if self.keep_epoch not in KEEP_EPOCHS:
            raise ValueError(f"--keep-epoch must be one of {KEEP_EPOCHS}, got {self.keep_epoch!r}")
        if self.pruner not in PRUNERS:
            raise ValueError(f"--pruner must be one of {PRUNERS}, got {self.pruner!r}")
        if self.profile not in THRESHOLDS:
            raise ValueError(f"profile must be one of {tuple(THRESHOLDS)}, got {self.profile!r}")
        if self.phase not in PHASES:
            raise ValueError(f"--phase must be one of {PHASES}, got {self.phase!r}")
        check_storage(self.storage)
        if self.workers < 1:
            raise ValueError(f"--workers must be >= 1, got {self.workers}")
        if self.workers_per_gpu is not None and self.workers_per_gpu < 1:
            raise ValueError(f"--workers-per-gpu must be >= 1 or auto, got {self.workers_per_gpu}")
        if (self.workers > 1 or self.gpus or (self.workers_per_gpu or 1) > 1) and self.phase not in ("all", "trials"):
            raise ValueError(f"--workers/--gpus/--workers-per-gpu run trials; they do not combine with --phase {self.phase}")
        if self.gpus and self.model.device == "cpu":
            raise ValueError("--gpus places workers on GPUs; it does not combine with --device cpu")
        if not 1 <= self.heartbeat_s < self.grace_s:
            raise ValueError(f"--heartbeat-grace must exceed the heartbeat interval ({self.heartbeat_s} s), got {self.grace_s}")

    @property
    def trial_dir(self) -> Path:
        return Path(self.artifacts) / self.study_name
