"""The search space: the only module that calls ``trial.suggest_*``.

Three hyperparameters are searched; everything else in TrainConfig is fixed (see training/config.py for why):

- learning rate, log-uniform: its useful range spans orders of magnitude and its effect is multiplicative;
- epochs, integer: also the pruner's time axis (validation EX is reported after every epoch);
- LoRA rank, a power of two: rank changes capacity in octaves, and lora_alpha = 2 * rank keeps the update
  scale alpha / r constant, so rank and learning rate are not confounded.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from training.config import TrainConfig

EPOCHS_PARAM = "epochs"
"""The trial parameter holding the planned epochs; search/experimental.py reads it to know how far a trial still goes."""


REFERENCE_LEARNING_RATE = (3e-4, 5e-3)
"""The learning-rate range for a model of REFERENCE_PARAMETERS. LoRA on a small model tolerates large steps: measured on
SmolLM2-135M (64 examples, 2 epochs), at 6.5e-4 the completion loss only fell from 1.4 to 1.3, at 3e-3 to ~0.4, so
the range reaches well above the usual QLoRA 2e-4."""
REFERENCE_PARAMETERS = 135_000_000


def learning_rate_range(parameters: int) -> tuple[float, float]:
    """The default range for a model of ``parameters``: the reference range scaled by sqrt(135M / parameters) for larger
    models (0.5B: ~1.5e-4 to 2.5e-3; 7B: ~4e-5 to 7e-4, which holds the QLoRA paper's 2e-4 for 7B), since the
    stable step size shrinks as the width grows (docs/decisions.md, "Learning-rate range by model size")."""
    scale = min(1.0, (REFERENCE_PARAMETERS / parameters) ** 0.5)
    low, high = REFERENCE_LEARNING_RATE
    return (float(f"{low * scale:.2g}"), float(f"{high * scale:.2g}"))


@dataclass(frozen=True)
class SearchSpace:
    """Ranges of the searched hyperparameters."""

    learning_rate: tuple[float, float] | None = field(default=None, metadata={
        "flag": "--lr-range", "metavar": ("LOW", "HIGH"),
        "help": "learning-rate search range, log scale (default: from the model's size, 3e-4 5e-3 for 135M parameters, "
                "scaled by sqrt(135M / parameters) for larger models)"})
    """Log-uniform range; None: from the model's size (``learning_rate_range``), resolved before the study opens."""
    epochs: tuple[int, int] = field(default=(1, 3), metadata={
        "flag": "--epochs-range", "metavar": ("LOW", "HIGH"), "help": "epochs search range (default %(default)s)"})
    """At most 3. Up to 6 (with ``--lr-schedule constant``) the embedded set's best validation EX rose on the H200,
    24.8-34.8 % against 13.0-26.7 %, but the best trial's test EX did not (33.3-43.3 % against 32.0-38.0 %), and the
    default search took up to 190 s instead of 134-170 s (docs/decisions.md). At least 1 for the
    pruner to act after."""
    lora_ranks: tuple[int, ...] = field(default=(4, 8, 16, 32), metadata={
        "help": "LoRA ranks to choose from, powers of two (default %(default)s)"})

    def __post_init__(self) -> None:
        if self.learning_rate is not None and not 0 < self.learning_rate[0] < self.learning_rate[1] < 1:
            raise ValueError(f"learning_rate range must satisfy 0 < low < high < 1, got {self.learning_rate}")
        if not 1 <= self.epochs[0] <= self.epochs[1]:
            raise ValueError(f"epochs range must satisfy 1 <= low <= high, got {self.epochs}")
        if not self.lora_ranks or any(r < 1 or r & (r - 1) for r in self.lora_ranks):
            raise ValueError(f"lora_ranks must be powers of two, got {self.lora_ranks}")


def for_model(space: SearchSpace, parameters: int) -> SearchSpace:
    """``space`` with a learning-rate range, the model's default where none was given."""
    return space if space.learning_rate else replace(space, learning_rate=learning_rate_range(parameters))


def suggest_train_config(trial, base: TrainConfig, space: SearchSpace) -> TrainConfig:
    """Sample one TrainConfig: the searched parameters from ``trial``, the rest from ``base``."""
    if space.learning_rate is None:
        raise ValueError("the learning-rate range is resolved from the model before trials run (search.space.for_model)")
    return replace(
        base,
        learning_rate=trial.suggest_float("learning_rate", *space.learning_rate, log=True),
        epochs=trial.suggest_int(EPOCHS_PARAM, *space.epochs),
        lora_rank=trial.suggest_categorical("lora_rank", list(space.lora_ranks)),
    )
