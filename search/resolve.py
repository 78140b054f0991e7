"""Hardware profiles in one place: ``resolve`` turns a SearchConfig's "auto" settings (None, kernels "auto") into
the values this device and model get. The CLI (search/run.py) and Python callers (search/phases.py: run) use it alike,
so ``SearchConfig()`` resolved on a GPU is what ``python -m search.run`` runs there."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from evaluation.generate import GenerationConfig
from search.config import SearchConfig
from search.space import for_model
from training.config import TrainConfig
from training.memory import ModelShape, fit_batch

log = logging.getLogger("sqltune")


@dataclass(frozen=True)
class Profile:
    """The defaults of one kind of device (docs/decisions.md says how each was measured)."""

    generation_batch: int
    train_batch: int
    candidates: int
    max_sequences: int | None = None
    """Prompts x candidates in one generation batch at most; None: no cap."""
    budget: tuple[tuple[str, int], ...] = ()
    """Per-split example caps applied when no limit is given; empty: every example."""


CPU = Profile(GenerationConfig.batch_size, TrainConfig.batch_size, GenerationConfig.candidates,
              # ~20 minutes for the whole pipeline on 2 cores: a demonstration, not a search that teaches the task.
              budget=(("train", 32), ("validation", 16), ("test", 100)))
# Decoding is launch-bound on a GPU, so one batch holds the whole validation split; beams pay off there (8: +12 points
# test EX on Spider) and the cap on sequences leaves workers sharing the GPU their memory.
GPU = Profile(generation_batch=256, train_batch=16, candidates=8, max_sequences=1024)

HELP_VALUES = {f"{name}_{key}": value for name, profile in (("cpu", CPU), ("gpu", GPU))
               for key, value in vars(profile).items() if not isinstance(value, tuple)}
"""What option help texts may name, e.g. ``%(gpu_train_batch)s`` (search/options.py fills them in)."""

CPU_BUDGET_PROMISE = (
    "no GPU: the CPU budget (train 32, validation 16, test 100 examples) runs the whole pipeline in ~20 minutes on "
    "2 cores but does not teach the model the task (measured: test EX 0 % -> 1 %); on a GPU the default search "
    "takes ~3 minutes for test EX 0 % -> ~35 % (benchmarks/README.md). --train-limit/--validation-limit/--test-limit "
    "change the budget")
"""Said at the start of a CPU-budget run, and next to the quick start's command in README."""


@dataclass(frozen=True)
class Device:
    """What ``resolve`` needs to know of the machine; ``detect_device`` reads it, tests make their own."""

    cuda: bool
    memory: int | None = None
    """The GPU's total memory in bytes (None: not asked, or no GPU); sizes the training batch for the model."""
    liger: str | None = "no CUDA GPU"
    """Why Liger's kernels cannot run here; None: they can."""


def detect_device(model_device: str, memory: bool = False) -> Device:
    """This process's device for ``--device`` (auto, cpu, cuda); ``memory``: also the GPU's total memory (torch)."""
    from training import model, sft

    cuda = model.cuda_available(model_device)
    try:
        sft.check_liger(cuda)
        liger = None
    except ValueError as exc:
        liger = str(exc)
    total = None
    if cuda and memory:
        import torch

        total = torch.cuda.mem_get_info()[1]
    return Device(cuda, total, liger)


def resolve(config: SearchConfig, device: Device, shape: ModelShape | None = None) -> SearchConfig:
    """``config`` with every automatic setting decided for ``device`` and, when given, the model's ``shape``
    (learning-rate range, training batch that fits). Settings already decided are kept, so resolving twice (before
    the model is known, and after) gives what resolving once with everything does. Raises ValueError naming the flag
    where a setting cannot run on this device."""
    profile = GPU if device.cuda else CPU
    # An explicit GPU list is the whole placement: one worker per entry, and auto adds none to it.
    if config.gpus:
        config = replace(config, workers=len(config.gpus), workers_per_gpu=config.workers_per_gpu or 1)
    if (config.workers_per_gpu or 1) > 1 and not device.cuda and not config.gpus:
        raise ValueError(f"--workers-per-gpu {config.workers_per_gpu}: no GPU visible (--workers N runs CPU workers)")
    train = replace(config.train, kernels=_kernels(config.train.kernels, device),
                    batch_size=config.train.batch_size or profile.train_batch)
    generation = _generation(config.generation, profile)
    trial_generation = _generation(config.trial_generation, profile)
    data, budget = config.data, not device.cuda and not config.data.limited and profile.budget
    if budget:
        data = replace(data, **{f"{split}_limit": n for split, n in profile.budget})
        if config.phase == "all":  # what the whole run will show, said before it starts
            log.info(CPU_BUDGET_PROMISE)
    config = replace(config, train=train, generation=generation, trial_generation=trial_generation, data=data,
                     profile="cpu-budget" if budget else config.profile)
    return config if shape is None else _fit_to_model(config, shape, device.memory if device.cuda else None)


def _kernels(choice: str, device: Device) -> str:
    """"auto" is Liger's where it can run (a CUDA GPU, the package installed), else torch's."""
    if choice == "liger" and device.liger:
        raise ValueError(f"--kernels liger: {device.liger}")
    if choice != "auto":
        return choice
    if device.liger and device.cuda:
        log.info("training with transformers' layers: pip install 'sqltune[gpu]' for Liger's fused kernels (--kernels)")
    return "torch" if device.liger else "liger"


def _generation(config: GenerationConfig, profile: Profile) -> GenerationConfig:
    """Candidates from the profile where unset, then as many prompts a batch as the sequence cap allows."""
    k = config.candidates or profile.candidates
    batch = profile.generation_batch
    if profile.max_sequences:
        batch = max(1, min(batch, profile.max_sequences // k))
    return replace(config, candidates=k, batch_size=config.batch_size or batch)


def _fit_to_model(config: SearchConfig, shape: ModelShape, gpu_bytes: int | None) -> SearchConfig:
    """The learning-rate range from the model's size (search/space.py) and, on a GPU, a training batch whose step fits
    in 90 % of its memory (halved with accumulation doubled: an optimizer step still sees the same examples). The
    GPU's total memory, not its free memory, so every worker and every rerun trains the same way."""
    space = for_model(config.space, shape.parameters)
    if space != config.space:
        low, high = space.learning_rate
        log.info("learning rate searched in %.2g..%.2g for %.2g B parameters (--lr-range to set it)", low, high,
                 shape.parameters / 1e9)
    train = config.train
    if gpu_bytes is not None:
        batch, steps = fit_batch(shape, train.batch_size, train.gradient_accumulation_steps, train.max_seq_length,
                                 int(0.9 * gpu_bytes), config.model.load_in_4bit, train.gradient_checkpointing)
        if batch != train.batch_size:
            log.info("training batch %d does not fit in this GPU's memory for this model: %d x %d accumulation steps",
                     train.batch_size, batch, steps)
            train = replace(train, batch_size=batch, gradient_accumulation_steps=steps)
    return replace(config, space=space, train=train)
