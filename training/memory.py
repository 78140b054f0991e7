"""How much accelerator memory one training process needs, from the model's shape: what sizes the workers that
share a GPU (search/workers.py) for any model, not for SmolLM2 alone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

GiB = 2**30

LOGIT_BYTES = 12
"""Bytes per logit in a training step: the bf16 logits, their float32 copy in the cross-entropy and its float32
gradient. With a 152k vocabulary (Qwen2.5) the logits dominate a small model's step."""
BYTES_PER_HIDDEN, BYTES_PER_INTERMEDIATE = 28, 10
"""Bytes kept for the backward pass per token and layer, per hidden unit and per MLP intermediate unit, in bf16
without activation checkpointing: the layer's inputs, norms (in float32), q/k/v and attention output, and the
SwiGLU MLP's gate, up, activation and product. Calibrated on the H200's Mistral-7B-architecture QLoRA step (batch
16 x ~360 tokens: 50.5 GiB peak, batch 32: 99.6 GiB; benchmarks/results/h200-2026-11-29-liger)."""
RUNTIME_BYTES = 2 * GiB
"""CUDA context, cuBLAS workspaces and the caching allocator's slack."""


@dataclass(frozen=True)
class ModelShape:
    """What the memory of a step depends on, read from the model's config and weights without loading it."""

    parameters: int
    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_layers: int
    tied_embeddings: bool = True

    @property
    def embedding_parameters(self) -> int:
        """The input embedding and, untied, the output head: bitsandbytes leaves both unquantized."""
        return self.vocab_size * self.hidden_size * (1 if self.tied_embeddings else 2)


def training_bytes(shape: ModelShape, batch_size: int, max_seq_length: int, load_in_4bit: bool = True,
                   checkpointing: bool = False) -> int:
    """Peak memory of one QLoRA (or LoRA) training step at ``batch_size`` sequences of ``max_seq_length`` tokens (the
    longest an example may be, so an upper bound). For SmolLM2-135M at batch 16 it gives 16.7 GiB; its workers peaked
    at 11.5-13.1 GiB on the H200 with the embedded set's shorter examples (benchmarks/README.md)."""
    embeddings = shape.embedding_parameters
    quantized = max(0, shape.parameters - embeddings)
    weights = embeddings * 2 + quantized * (0.56 if load_in_4bit else 2)  # NF4 with its double-quantized scales
    tokens = batch_size * max_seq_length
    logits = tokens * shape.vocab_size * LOGIT_BYTES
    per_layer = BYTES_PER_HIDDEN * shape.hidden_size + BYTES_PER_INTERMEDIATE * shape.intermediate_size
    # Checkpointed, a layer keeps only its bf16 input, and one layer's activations are rebuilt at a time.
    per_token = (2 * shape.hidden_size * shape.num_layers + per_layer) if checkpointing else per_layer * shape.num_layers
    return int(weights + logits + tokens * per_token + RUNTIME_BYTES)


def fit_batch(shape: ModelShape, batch_size: int, accumulation: int, max_seq_length: int, free_bytes: int,
              load_in_4bit: bool = True, checkpointing: bool = False) -> tuple[int, int]:
    """(batch size, accumulation steps) with the same examples per optimizer step whose training step fits in
    ``free_bytes``: the batch is halved, and accumulation doubled, until it fits or is 1."""
    while batch_size > 1 and training_bytes(shape, batch_size, max_seq_length, load_in_4bit, checkpointing) > free_bytes:
        batch_size //= 2
        accumulation *= 2
    return batch_size, accumulation


@contextmanager
def cuda_memory_cap(limit_bytes: int | None) -> Iterator[None]:
    """Hold this process's CUDA allocator to ``limit_bytes`` (None: no cap) while the block runs, and hand back what
    it cached on the way out. Past the cap an allocation fails here, where decoding retries in smaller batches
    (evaluation/generate.py), instead of taking memory that other processes on the GPU were planned to use."""
    if limit_bytes is None:
        yield
        return
    import torch

    total = torch.cuda.get_device_properties(torch.cuda.current_device()).total_memory
    torch.cuda.set_per_process_memory_fraction(min(1.0, limit_bytes / total))
    try:
        yield
    finally:
        torch.cuda.set_per_process_memory_fraction(1.0)
        torch.cuda.empty_cache()
