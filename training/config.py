"""TrainConfig: everything one adapter's fine-tuning needs (no optuna here: search/space.py fills it in)."""

from __future__ import annotations

from dataclasses import dataclass, field


LM_HEAD_LOSSES = ("plain", "fused")
LR_SCHEDULES = ("linear", "constant")
KERNELS = ("torch", "liger")


@dataclass(frozen=True)
class TrainConfig:
    """Hyperparameters of one QLoRA fine-tuning run."""

    learning_rate: float = 2e-4
    """Peak AdamW learning rate, reached after the warm-up (``lr_schedule`` says what follows)."""
    lr_schedule: str = field(default="linear", metadata={
        "choices": LR_SCHEDULES, "help": "after the warm-up: linear decay to 0, or constant (a trial's first k epochs "
                                         "are then the k-epoch trial, which the pruner's comparisons at epoch k "
                                         "assume) (default %(default)s)"})
    """After the warm-up: "linear" decays to 0 at the trial's last step; "constant" holds the peak (the default of the
    QLoRA authors' qlora.py). Under "constant" the warm-up is ``warmup_ratio`` of one epoch's steps, so nothing in the
    first k epochs depends on how many epochs the trial plans: its model after epoch k is the k-epoch trial's, and a
    pruner comparing trials at epoch k compares like with like. Under "linear" a long trial is still at a high
    learning rate at epoch k while a k-epoch trial has annealed."""
    epochs: int = 2
    """Passes over the training split; validation EX is measured after each one."""
    lora_rank: int = 8
    """LoRA rank r."""
    lora_alpha_ratio: float = field(default=2.0, metadata={"help": "lora_alpha = ratio x rank (default %(default)s)"})
    """lora_alpha = ratio * r, so the update scale alpha / r is the same for every rank: the search then
    compares ranks at equal step size instead of confounding rank with learning rate (2 = the common r=8,
    alpha=16 setting)."""
    lora_dropout: float = field(default=0.0, metadata={
        "help": "dropout on the LoRA layers' input (default %(default)s)"})
    """Fixed, not searched. 0: dropout on the input of 210 LoRA layers cost 24 % of a CPU training step (275
    vs 210 tokens/s, SmolLM2-135M r=16, 4 x 370 tokens), and with 1-3 epochs over the data there is little
    overfitting for it to prevent; the 12-trial budget is better spent on learning rate, epochs and rank."""
    target_modules: str = field(default="all-linear", metadata={
        "parse": str.strip, "help": "layers that get LoRA: all-linear, or comma-separated module names such as "
                                    "q_proj,v_proj (default %(default)s)"})
    """LoRA on every linear layer of the blocks (QLoRA paper: all layers matter more than r), or comma-separated module
    names (``q_proj,v_proj``)."""
    batch_size: int | None = field(default=4, metadata={
        "flag": "--train-batch-size",
        "help": "training batch size (default %(gpu_train_batch)s on a GPU, %(cpu_train_batch)s on CPU)"})
    """Sequences per step (per device); None: by the device (search/resolve.py). 4 on a CPU, where compute per token
    barely depends on the batch, so smaller batches give more updates for the same time."""
    gradient_accumulation_steps: int = field(default=1, metadata={
        "flag": "--gradient-accumulation", "help": "batches per optimizer step (default %(default)s)"})
    max_seq_length: int = field(default=640, metadata={
        "help": "prompt + SQL tokens per training example; longer examples are dropped (default %(default)s)"})
    """Prompt + SQL tokens at most; longer examples are dropped, not truncated (none in the embedded set exceed it;
    docs/decisions.md)."""
    warmup_ratio: float = 0.05
    """Warm-up steps as a share of the trial's steps ("linear") or of one epoch's ("constant")."""
    weight_decay: float = 0.0
    gradient_checkpointing: bool = field(default=False, metadata={
        "switch": "on", "help": "recompute activations in the backward pass: less memory (a 7B on a 24 GB card), "
                                "~30 %% more compute"})
    """Off by default: it trades ~30 % more compute for memory, and a 135M-7B QLoRA fits without it."""
    padding_free: bool = False
    """Concatenate each batch into one row with per-example position_ids (trl ``padding_free``) instead of padding
    to the longest example. Off by default; only correct where the attention implementation separates the examples
    (see benchmarks/train.py, which checks this before measuring it). Experimental: no flag of the search sets it;
    it stays a field here because trial folders record every TrainConfig field (config.json)."""
    lm_head_loss: str = field(default="plain", metadata={
        "choices": LM_HEAD_LOSSES, "hidden": True, "help": "plain or fused LM head loss (a research switch)"})
    """How the loss is computed from the last hidden states. "plain": the model's own logits and cross-entropy;
    "fused": trl's tiled LM head, which never builds the (batch, length, vocab) logits (less memory: 5.7 against
    9.9 GiB peak for SmolLM2 at batch 16 on the H200) but was slower everywhere it was measured: SmolLM2-135M 1.93x
    faster plain on the H200 (15,945 vs 8,260 tokens/s) and 1.88x on the CPU (``benchmarks/train.py --loops``)."""
    kernels: str = field(default="torch", metadata={
        "choices": ("auto", *KERNELS),
        "help": "layer kernels in training: torch (transformers' own), liger (Liger Kernel's fused Triton kernels for "
                "RMSNorm, rotary embedding and SwiGLU; CUDA; pip install 'sqltune[gpu]'), auto (liger on a GPU where it "
                "is installed, else torch). On the H200 Liger trained the embedded model's trials 1.38x and a 7B "
                "1.15-1.22x faster (default auto)"})
    """"auto" is decided by search/resolve.py. Liger covers Llama and Mistral architectures among others; the loss
    stays the one ``lm_head_loss`` names, as trl refuses Liger's fused linear cross-entropy."""
    logging_steps: int = 1
    """Optimizer steps between loss logs; a non-finite loss is caught at the next log. Each log reads the loss back
    to the host, which waits there for the GPU, but every step cost nothing measurable on the H200 (random 7B:
    11,581 tokens/s logging every step, 11,378 every 16), so the default keeps the finest check."""
    seed: int = field(default=0, metadata={"flag": "--seed"})
    """Seeds adapter initialisation and data order, so a trial is reproducible."""

    def __post_init__(self) -> None:
        checks = [
            (0 < self.learning_rate < 1, "learning_rate must be in (0, 1)"),
            (self.epochs >= 1, "epochs must be >= 1"),
            (self.lora_rank >= 1, "lora_rank must be >= 1"),
            (self.lora_alpha_ratio > 0, "lora_alpha_ratio must be > 0"),
            (0 <= self.lora_dropout < 1, "lora_dropout must be in [0, 1)"),
            (self.batch_size is None or self.batch_size >= 1, "batch_size must be >= 1"),
            (self.gradient_accumulation_steps >= 1, "gradient_accumulation_steps must be >= 1"),
            (self.max_seq_length >= 64, "max_seq_length must be >= 64"),
            (0 <= self.warmup_ratio < 1, "warmup_ratio must be in [0, 1)"),
            (self.weight_decay >= 0, "weight_decay must be >= 0"),
            (self.lr_schedule in LR_SCHEDULES, f"lr_schedule must be one of {LR_SCHEDULES}"),
            (self.lm_head_loss in LM_HEAD_LOSSES, f"lm_head_loss must be one of {LM_HEAD_LOSSES}"),
            (self.kernels in ("auto", *KERNELS), f"kernels must be auto or one of {KERNELS}"),
            (self.logging_steps >= 1, "logging_steps must be >= 1"),
            (bool(self.target_modules.strip(", ")), "target_modules must be all-linear or module names"),
        ]
        for ok, message in checks:
            if not ok:
                raise ValueError(f"{message}, got {self!r}")

    @property
    def lora_targets(self) -> str | list[str]:
        """``target_modules`` as peft takes it."""
        if self.target_modules == "all-linear":
            return self.target_modules
        return [name.strip() for name in self.target_modules.split(",") if name.strip()]

    @property
    def lora_alpha(self) -> float:
        return self.lora_alpha_ratio * self.lora_rank
