"""SearchConfig: one study's settings, built by search/run.py from flags and .env."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from evaluation.data import DataConfig
from evaluation.execute import ExecutionConfig
from evaluation.generate import GenerationConfig
from search.space import SearchSpace
from search.optuna_storage import GRACE_S, HEARTBEAT_S, check_storage
from training.config import TrainConfig
from training.model import ModelConfig, default_cache_dir
from training.prompt import PromptConfig

PHASES = ("all", "baseline", "trials", "final")
"""all: baseline (once per study), trials, final inference. baseline: the base model alone. trials: trials only,
for extra workers on other hosts. final: the best trial's adapter on the test split (after the last trial)."""
PRUNERS = ("median", "asha", "reach")
KEEP_EPOCHS = ("last", "best")

CPU_BUDGET = (("train", 32), ("validation", 16), ("test", 100))
"""Per-split example caps used when no GPU is present and no limit flag is given. Sized from measured costs on
the 2-core CPU (QLoRA ~280 tokens/s, ~370 tokens an example, ~1.2 s to evaluate an example): an estimated ~62 s
an epoch, so that 12 trials of 1-3 epochs with pruning plus baseline and final take about 30 minutes (timed:
29.5 min; 19.6 min once generation ran on the merged copy, see docs/decisions.md). On the H200 the embedded set needed
~1,400 example-epochs for 18.6 % validation EX.
On a GPU every example is used. --train-limit/--validation-limit/--test-limit override."""

CPU_BUDGET_PROMISE = (
    "no GPU: the CPU budget (train 32, validation 16, test 100 examples) runs the whole pipeline in ~20 minutes on "
    "2 cores but does not teach the model the task (measured: test EX 0 % -> 1 %); on a GPU the default search "
    "takes ~3 minutes for test EX 0 % -> ~36 % (benchmarks/README.md). --train-limit/--validation-limit/--test-limit "
    "change the budget")
"""Said at the start of a CPU-budget run, and next to the quick start's command in README."""

THRESHOLDS = {"cpu-budget": (0.0, 0.0), "full": (0.10, 0.15)}
"""(test-EX gain over the baseline, test-EX floor) that tests/test_best_model.py asks of a study, by its profile. A
search on all the data (any GPU run, or explicit limits) must gain 10 points and reach 15 %; the CPU budget is a
demonstration that does not teach the task, so it must only not fall below its baseline."""


@dataclass(frozen=True)
class SearchConfig:
    """A whole search: study, data, model, and the fixed parts of training and evaluation."""

    trials: int = 12
    """Finished trials (complete + pruned) the study should hold; a rerun tops it up to this number."""
    study_name: str = "sqltune"
    storage: str = "sqlite:///study.db"
    """Optuna storage: sqlite:///FILE, postgresql://USER@HOST/DB or journal:FILE (see search/optuna_storage.py)."""
    predictions_db: str = "sqlite:///study.db"
    """SQLAlchemy URL of the predictions table. Default: the study's own SQLite file, so one file holds all."""
    seed: int = 0
    """Seeds the sampler and every trial's training."""
    timeout: float | None = None
    """Seconds after which no new trial starts (the running one finishes)."""
    artifacts: Path = Path("artifacts")
    """Per-trial adapters, configs and metrics go to ``artifacts/<study>/trial-<n>/``."""
    cache_dir: Path = field(default_factory=default_cache_dir)
    """Converted models and built embedded databases."""
    phase: str = "all"
    """One of PHASES: 'all' (baseline, trials, final), 'baseline' (the base model alone), 'trials' (trials only,
    for extra workers on other hosts) or 'final' (the best trial's adapter on the test split)."""
    pruning: bool = True
    """Stop weak trials after an epoch (``pruner`` says which are weak); False: every trial runs all its epochs."""
    pruner: str = "median"
    """'median': below the median of earlier trials at the same epoch; 'asha': outside the top third of the trials
    that reached the same epoch (successive halving; search/study.py: make_pruner); 'reach': when even a generous
    continuation of the trial's own curve to its last epoch stays below the best finished trial (search/experimental.py)."""
    keep_epoch: str = "last"
    """Which epoch's adapter a trial keeps and is scored by. "last": the trained adapter as it ends (a trial's value
    is its last epoch's validation EX). "best": the epoch with the highest validation EX (the earliest of equals),
    like early stopping; on Spider's unseen databases validation EX peaked after epoch 1 or 2 and fell after
    (15.2 -> 23.4 -> 16.6 %), so the last epoch threw the best adapter away."""
    validation_loss: bool = False
    """Also measure each epoch's validation loss (cross-entropy per SQL token, teacher-forced, as training measures
    it) and record it beside the EX (user attr ``epoch_validation_loss``). Off by default: it is one more forward pass
    over the validation split per epoch, and nothing in the search uses it. It was added to see whether the loss ranks
    trials earlier than the EX does; on the H200 it did not, well enough to prune by (docs/decisions.md)."""
    progress: bool = True
    workers: int = 1
    """GPUs of this host the search uses, or CPU worker processes where there are none."""
    gpus: tuple[str, ...] = ()
    """CUDA device ids, one worker each (an id listed twice: two workers on that GPU); empty: the first ``workers``
    GPUs."""
    workers_per_gpu: int | None = None
    """Worker processes sharing each GPU, every one running trials of the study. None (auto): several for a model
    under a billion parameters, as many as the GPU's free memory holds and at most four, else one
    (search/workers.py: auto_workers_per_gpu). With one, this process trains the trials itself, one after another."""
    worker_id: int = 0
    """This process's index among the workers (seeds its sampler, names it in logs and trial attributes)."""
    heartbeat_s: int = HEARTBEAT_S
    grace_s: int = GRACE_S
    """A running trial whose heartbeat is older than this is failed and retried (its worker is gone)."""
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    """Fixed training settings; the search space overrides learning rate, epochs and LoRA rank."""
    space: SearchSpace = field(default_factory=SearchSpace)
    prompt: PromptConfig = field(default_factory=PromptConfig)
    generation: GenerationConfig = field(default_factory=GenerationConfig)
    """Decoding of the test split, for the baseline and the final predictions: what a user of the tuned model gets."""
    trial_generation: GenerationConfig = field(default_factory=GenerationConfig)
    """Decoding of the validation split, for the trials' evaluations, which rank the hyperparameters, and for the
    baseline's, which is compared with theirs. Greedy by default even where
    ``generation`` keeps several hypotheses: on the H200 (docs/decisions.md; one run each) the four-worker default search took
    356 s with 8 hypotheses in its trials against 167 s greedy, and the adapter that a greedy search ranked first
    scored 40.0 % test EX with 8 hypotheses at the end, against 33.3 % for the one ranked with them."""
    execution: ExecutionConfig = field(default_factory=ExecutionConfig)
    profile: str = "full"
    """'cpu-budget' when search/run.py applied the CPU budget's caps (no GPU, no limit flag), else 'full': the
    thresholds tests/test_best_model.py asks of the study (THRESHOLDS)."""

    def __post_init__(self) -> None:
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
        if not 1 <= self.heartbeat_s < self.grace_s:
            raise ValueError(f"--heartbeat-grace must exceed the heartbeat interval ({self.heartbeat_s} s), got {self.grace_s}")

    @property
    def trial_dir(self) -> Path:
        return Path(self.artifacts) / self.study_name
