"""Train one LoRA adapter on a frozen (4-bit) base model with trl's SFTTrainer; loss on the SQL only.

The base model is loaded once per process and shared by every trial: ``train_adapter`` attaches a fresh
adapter, trains it, and the caller saves it and calls ``detach_adapter`` to get the untouched base back.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from training.config import TrainConfig
from training.model import bare_model, sdpa_kernel
from training.prompt import PromptConfig, chat_messages, generation_prompt, render_schema

log = logging.getLogger(__name__)

EpochHook = Callable[[int, object], bool]
"""Called after each epoch with (epoch number from 1, the model being trained); returns True to stop training."""


class NonFiniteLossError(RuntimeError):
    """The training loss became NaN or infinite."""


@dataclass
class TrainResult:
    """What one adapter's training did."""

    epochs_done: int = 0
    stopped_early: bool = False
    """The epoch hook asked to stop (a pruned trial)."""
    train_loss: float = float("nan")
    """Mean training loss over the steps run."""
    losses: list[float] = field(default_factory=list)
    epoch_losses: list[float] = field(default_factory=list)
    """Mean training loss of each epoch's logged steps (every step by default), in epoch order."""
    train_seconds: float = 0.0
    """Optimizer steps only; evaluation time inside the epoch hook is excluded."""
    tokens: int = 0
    """Non-padding tokens processed (forward + backward)."""

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.train_seconds if self.train_seconds else 0.0


def tokenize_for_training(tokenizer, dataset, prompt: PromptConfig, max_length: int, split: str = "training"):
    """Tokenise a text-to-SQL Dataset once into ``input_ids`` + ``labels`` (a datasets.Dataset).

    The prompt is the exact text generation uses (``generation_prompt``); the completion is what the chat
    template puts after it for an assistant turn holding the SQL (for ChatML: ``SQL<|im_end|>\\n``), so the model
    learns to stop. ``labels`` are the ids with the prompt's masked (-100): the loss is on the completion only.
    Examples longer than ``max_length`` are dropped, not truncated: a cut schema or a cut SQL would teach wrong
    SQL. Done once per process, in the form trl's collator takes as it is, so that no trial re-tokenises or
    re-maps the data (``train_adapter`` tells trl to skip its own preparation). ``split`` names the examples in the
    warning and the error (the validation split is tokenised the same way for training/experimental.py's loss).
    """
    import datasets

    rows = {"input_ids": [], "labels": []}
    dropped = 0
    for example in dataset.examples:
        schema = render_schema(str(dataset.database(example.db_id)), prompt.sample_rows, prompt.max_value_chars)
        messages = chat_messages(schema, example.question)
        prompt_text = generation_prompt(tokenizer, messages)
        full_text = tokenizer.apply_chat_template(
            messages + [{"role": "assistant", "content": example.query}], tokenize=False
        )
        if not full_text.startswith(prompt_text):
            raise ValueError("the chat template renders the assistant turn in a way that does not extend the prompt")
        prompt_ids = tokenizer(prompt_text, add_special_tokens=False)["input_ids"]
        completion_ids = tokenizer(full_text[len(prompt_text):], add_special_tokens=False)["input_ids"]
        if len(prompt_ids) + len(completion_ids) > max_length:
            dropped += 1
            continue
        rows["input_ids"].append(prompt_ids + completion_ids)
        rows["labels"].append([-100] * len(prompt_ids) + completion_ids)
    if dropped:
        log.warning("%d of %d %s examples are longer than %d tokens and were dropped", dropped, len(dataset), split,
                    max_length)
    if not rows["input_ids"]:
        raise ValueError(f"no {split} example fits in max_seq_length={max_length}")
    return datasets.Dataset.from_dict(rows)


def attach_adapter(model, config: TrainConfig):
    """Wrap the frozen base in a fresh LoRA adapter (seeded, so a trial is reproducible)."""
    import torch
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(config.seed)
    lora = LoraConfig(
        r=config.lora_rank,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules=config.lora_targets,
        bias="none",
        task_type="CAUSAL_LM",
    )
    # The LoRA matrices are made where the base layers are: peft would build them on the CPU and copy each of the
    # ~200 to the GPU, a synchronous copy apiece, which waits its turn behind the other workers' kernels on a shared
    # GPU (0.30 s of the 0.96 s that get_peft_model took a trial with four workers on the H200, under cProfile).
    with torch.device(next(model.parameters()).device):
        return get_peft_model(model, lora)


def adapter_state(peft_model) -> dict:
    """The adapter's tensors (the trainable ones; the base is frozen) by parameter name, not copied."""
    return {name: p.detach() for name, p in peft_model.named_parameters() if p.requires_grad}


def save_adapter(peft_model, path) -> None:
    """The adapter alone into folder ``path``, as PeftModel.from_pretrained reads it."""
    # Given the adapter's own tensors, peft does not build the whole model's state_dict (every 4-bit layer's
    # quantization state with it) to pick them out of: 0.17 s a trial on the H200 (cProfile). No embedding layer
    # is trained, and "auto" would read the base model's config again to find that out.
    peft_model.save_pretrained(path, state_dict=adapter_state(peft_model), save_embedding_layers=False)


def detach_adapter(peft_model):
    """Remove the LoRA layers and return the base model exactly as it was (no merge)."""
    base = peft_model.unload()
    # trl's SFTTrainer patches the base instance's forward with a fused LM head, and peft leaves its config
    # behind; drop both so the next trial wraps the plain model, not a chain of earlier trials' wrappers.
    for attr in ("forward", "peft_config", "_hf_peft_config_loaded"):
        base.__dict__.pop(attr, None)
    base.requires_grad_(False)
    base.eval()
    return base


def _plain_loss_trainer(base):
    """SFTTrainer with the standard cross-entropy instead of trl's tiled ("fused") LM head.

    The fused head avoids materialising (batch, length, vocab) logits, which saves memory, but it was slower wherever
    it was measured (and trl also computes entropy and top-1 accuracy with it at every step): SmolLM2-135M NF4
    trained at 15,945 tokens/s with the plain loss against 8,260 with the fused one on the H200, and a 2-core CPU
    step took 16.3 s against 24.5 s (batch 8 x 370 tokens). The labels come with the data (tokenize_for_training masks
    the prompt with -100), so the loss is the same completion-only loss.
    """

    class PlainLossSFTTrainer(base):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            kwargs = {"num_items_in_batch": num_items_in_batch} if num_items_in_batch is not None else {}
            outputs = model(**inputs, use_cache=False, **kwargs)
            return (outputs.loss, outputs) if return_outputs else outputs.loss

    return PlainLossSFTTrainer


def _checkpointing_argument(config_class) -> str:
    """The training-arguments field that switches activation checkpointing on. transformers 5.24 (installed here)
    calls it ``activation_checkpointing`` and warns at every trial that the old ``gradient_checkpointing`` goes in v6;
    the oldest release pyproject allows, 5.17 (the GPU image's), may know only the old name, so ask the class."""
    import dataclasses

    names = {f.name for f in dataclasses.fields(config_class)}
    return "activation_checkpointing" if "activation_checkpointing" in names else "gradient_checkpointing"


def check_liger(cuda: bool) -> None:
    """Raise ValueError when Liger's kernels cannot run here: they are Triton kernels for CUDA."""
    import importlib.util

    if not cuda:
        raise ValueError("kernels='liger' needs a CUDA GPU (Liger's kernels are Triton GPU kernels)")
    if importlib.util.find_spec("liger_kernel") is None:
        raise ValueError("kernels='liger' needs the liger-kernel package: pip install liger-kernel")


def layer_snapshot(model) -> tuple[dict, dict]:
    """What Liger's patching changes: the model's modeling module (it swaps the norm class and the rotary function
    there, for every model built later in the process) and each layer's own attributes (it binds its forward to the
    layers of this instance)."""
    import sys

    module = sys.modules[type(bare_model(model)).__module__]
    # "training" is the train/eval switch, which the trainer flips on purpose.
    layers = {name: {k: v for k, v in vars(m).items() if not k.startswith("_") and k != "training"}
              for name, m in model.named_modules()}
    return dict(vars(module)), layers


def restore_layers(model, snapshot: tuple[dict, dict]) -> None:
    """Undo what happened to ``model``'s layers and modeling module since ``layer_snapshot``: after a trial trained
    with Liger, generation in this process (validation, the final phase) runs transformers' own layers, as a fresh
    process does when tests/test_best_model.py regenerates the predictions (docs/decisions.md, "Reproducible
    predictions")."""
    import sys

    module_vars, layers = snapshot
    module = sys.modules[type(bare_model(model)).__module__]
    for key in [k for k in vars(module) if k not in module_vars]:
        delattr(module, key)
    for key, value in module_vars.items():
        if vars(module).get(key) is not value:
            setattr(module, key, value)
    for name, m in model.named_modules():
        before = layers.get(name)
        if before is None:
            continue
        for key in [k for k in vars(m) if not k.startswith("_") and k != "training" and k not in before]:
            delattr(m, key)
        for key, value in before.items():
            if vars(m).get(key) is not value:
                m.__dict__[key] = value


def warmup_steps(config: TrainConfig, n_examples: int) -> float | int:
    """Trainer's ``warmup_steps``: a share of all steps (a float below 1) for "linear"; for "constant" a step count
    from one epoch's steps, so that the warm-up does not depend on the planned epochs (see TrainConfig.lr_schedule)."""
    if config.lr_schedule == "linear":
        return config.warmup_ratio
    steps_per_epoch = math.ceil(math.ceil(n_examples / config.batch_size) / config.gradient_accumulation_steps)
    return math.ceil(config.warmup_ratio * steps_per_epoch)


def train_adapter(
    peft_model,
    tokenizer,
    train_data,
    config: TrainConfig,
    output_dir: str,
    on_epoch_end: EpochHook | None = None,
    progress: bool = False,
    callbacks: Sequence[object] = (),
) -> TrainResult:
    """Train ``peft_model`` (from ``attach_adapter``) on pre-tokenised ``train_data`` for ``config.epochs``.

    ``callbacks``: extra ``transformers.TrainerCallback`` objects, run after this function's own (benchmarks use
    them to time a window of steps and stop early). The trainer's optimizer state is freed by the caller's next
    ``gc.collect()`` (and ``torch.cuda.empty_cache()`` to hand the memory back to the GPU).
    """
    import torch
    from transformers import TrainerCallback
    from trl import SFTConfig, SFTTrainer

    result = TrainResult()
    device_is_cuda = next(peft_model.parameters()).is_cuda
    if config.kernels == "liger":
        check_liger(device_is_cuda)
    compute_bf16 = getattr(peft_model.config, "dtype", None) == torch.bfloat16

    class Hooks(TrainerCallback):
        """Measures training time without evaluation, watches the loss, and runs the epoch hook."""

        def __init__(self) -> None:
            self.t0 = 0.0
            self.epoch_start = 0  # index in result.losses of this epoch's first logged loss

        def on_train_begin(self, args, state, control, **kw):
            self.t0 = time.perf_counter()

        def on_log(self, args, state, control, logs=None, **kw):
            loss = (logs or {}).get("loss")
            if loss is not None:
                if not math.isfinite(loss):
                    raise NonFiniteLossError(f"training loss is {loss} at step {state.global_step}")
                result.losses.append(float(loss))

        def on_epoch_end(self, args, state, control, **kw):
            if device_is_cuda:  # the epoch's kernels may still be queued: time them, not their launches
                torch.cuda.synchronize()
            result.train_seconds += time.perf_counter() - self.t0
            result.epochs_done += 1
            logged = result.losses[self.epoch_start:]
            result.epoch_losses.append(sum(logged) / len(logged) if logged else float("nan"))
            self.epoch_start = len(result.losses)
            if on_epoch_end is not None and on_epoch_end(result.epochs_done, kw["model"]):
                result.stopped_early = True
                control.should_training_stop = True
            self.t0 = time.perf_counter()

    args = SFTConfig(
        output_dir=output_dir,
        num_train_epochs=config.epochs,
        learning_rate=config.learning_rate,
        per_device_train_batch_size=config.batch_size,
        gradient_accumulation_steps=config.gradient_accumulation_steps,
        warmup_steps=warmup_steps(config, len(train_data)),
        weight_decay=config.weight_decay,
        lr_scheduler_type="constant_with_warmup" if config.lr_schedule == "constant" else "linear",
        # trl refuses max_length with padding_free (it would not be enforced); tokenize_for_training already dropped
        # every example longer than max_seq_length, so nothing is lost.
        max_length=None if config.padding_free else config.max_seq_length,
        padding_free=config.padding_free,
        completion_only_loss=True,
        # tokenize_for_training made the labels and dropped over-long examples once per process; trl's own
        # preparation (building labels, truncating, filtering: three passes over the data) would redo it every trial.
        dataset_kwargs={"skip_prepare_dataset": True},
        **{_checkpointing_argument(SFTConfig): config.gradient_checkpointing},
        bf16=compute_bf16,
        seed=config.seed,
        data_seed=config.seed,
        logging_steps=config.logging_steps,
        # Trainer's default replaces a NaN/inf step loss by the running mean before logging it, which would hide a
        # diverged run from the check in on_log (and it reads every step's loss back to the host to decide).
        logging_nan_inf_filter=False,
        use_liger_kernel=config.kernels == "liger",
        # trl refuses Liger's fused linear cross-entropy (it patches the forward trl patches); the layer kernels only.
        liger_kernel_config={"rope": True, "rms_norm": True, "swiglu": True, "cross_entropy": False,
                             "fused_linear_cross_entropy": False} if config.kernels == "liger" else None,
        save_strategy="no",
        report_to="none",
        disable_tqdm=not progress,
        dataloader_num_workers=0,
        # Batches of similar lengths (still shuffled between groups): less padding, the same examples per epoch.
        train_sampling_strategy="group_by_length",
        use_cpu=not device_is_cuda,
    )
    trainer_class = SFTTrainer if config.lm_head_loss == "fused" else _plain_loss_trainer(SFTTrainer)
    layers_before = layer_snapshot(peft_model) if config.kernels == "liger" else None
    trainer = trainer_class(
        model=peft_model,
        args=args,
        train_dataset=train_data,
        processing_class=tokenizer,
        callbacks=[Hooks(), *callbacks],
    )
    if not progress:  # with tqdm off, Trainer prints every log dict instead; the trial's log line suffices
        from transformers.trainer_callback import PrinterCallback

        trainer.remove_callback(PrinterCallback)
    peft_model.train()
    try:
        with sdpa_kernel():
            output = trainer.train()
    finally:
        peft_model.eval()
        if config.kernels == "liger":
            restore_layers(peft_model, layers_before)
        # No accelerator.free_memory() here: it runs a full gc.collect (~0.27 s on the 2-core CPU), and the caller
        # collects once per trial anyway (search/objective.py), which frees the trainer with everything it holds.
        del trainer
    result.train_loss = float(output.training_loss)
    result.tokens = sum(len(ids) for ids in train_data["input_ids"]) * result.epochs_done
    return result
