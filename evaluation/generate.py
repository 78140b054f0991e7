"""Batched decoding of SQL (greedy, or beam search keeping several hypotheses), and extraction of the SQL statement
from the model's text."""

from __future__ import annotations

import logging
import re
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Sequence

from evaluation.dense import WEIGHTS


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GenerationConfig:
    """Decoding settings for evaluation."""

    batch_size: int | None = field(default=16, metadata={
        "help": "generation batch size in prompts (default on a GPU %(gpu_generation_batch)s, or fewer so that prompts "
                "x candidates <= %(gpu_max_sequences)s; %(cpu_generation_batch)s on CPU)"})
    """Prompts decoded together; None: by the device (search/resolve.py). Batches are length-sorted, so padding stays
    small."""
    max_new_tokens: int = field(default=160, metadata={"help": "generation cap (default %(default)s)"})
    """The longest gold query in the embedded and Spider sets is ~120 tokens."""
    weights: str = field(default="auto", metadata={
        "flag": "--eval-weights", "choices": WEIGHTS,
        "help": "what generation runs on: merged (a dense copy of the base with the adapter merged in: fast), adapter "
                "(the 4-bit base with LoRA layers, as trained), auto (merged where the copy takes at most a quarter of "
                "the device's memory) (default %(default)s)"})
    """What generation runs on: "merged", a dense copy of the base with the adapter merged in (one matmul per layer
    instead of dequantisation plus LoRA); "adapter", the 4-bit base with its LoRA layers, as trained; "auto": merged
    where the copy takes at most a quarter of the device's memory (evaluation/dense.py)."""
    candidates: int | None = field(default=1, metadata={
        "help": "SQL hypotheses per question: 1 decodes greedily; N > 1 runs beam search with N beams and answers with "
                "the most probable hypothesis that runs on the database and returns rows (execution-guided decoding); "
                "for the test split: the baseline's and the final predictions (default %(gpu_candidates)s on a GPU, "
                "%(cpu_candidates)s on CPU)"})
    """Hypotheses kept per question. 1: greedy decoding. More: beam search with this many beams, all returned in
    order of probability; evaluation then answers with the first that runs on the question's database
    (execution-guided decoding, evaluation/evaluate.py)."""
    reproducible: bool = True
    """Deterministic GPU kernels and a fixed set of attention backends while decoding (training/model.py:
    reproducible_inference), so that another process regenerates the same SQL; off only to measure what it costs."""

    def __post_init__(self) -> None:
        if self.weights not in WEIGHTS:
            raise ValueError(f"weights must be one of {WEIGHTS}, got {self.weights!r}")
        if self.batch_size is not None and self.batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {self.batch_size}")
        if not 8 <= self.max_new_tokens <= 4096:
            raise ValueError(f"max_new_tokens must be between 8 and 4096, got {self.max_new_tokens}")
        if self.candidates is not None and not 1 <= self.candidates <= 16:
            raise ValueError(f"candidates must be between 1 and 16, got {self.candidates}")


@dataclass(frozen=True)
class Generation:
    text: str
    """What the model wrote (special tokens removed)."""
    sql: str
    """The SQL statement extracted from ``text``."""
    latency_ms: float
    """The batch's wall time divided by its size (the amortised cost of this prediction)."""
    candidates: tuple[str, ...] = ()
    """With beam search, the SQL of every returned hypothesis, most probable first (``sql`` is the first)."""
    batch_size: int = 0
    """Prompts per batch that the whole split was decoded in (``config.batch_size``, or less after running out of
    memory): with the same size the same prompts share a batch, so the same numerics give the same text."""


_FENCE = re.compile(r"```[ \t]*(?:sql|sqlite)?[ \t]*\n?(.*?)(?:```|$)", re.S | re.I)
# WITH only where a CTE follows ("WITH name AS ("), so prose like "with an insurance provider" is not taken for
# SQL; an upper-case SELECT is preferred over a lower-case "select" that may be an English verb.
_STARTS = (
    re.compile(r"\b(?:SELECT|WITH\s+(?:RECURSIVE\s+)?\w+\s*(?:\([^)]*\)\s*)?AS\s*\()"),
    re.compile(r"\b(?:select\b|with\s+(?:recursive\s+)?\w+\s*(?:\([^)]*\)\s*)?as\s*\()", re.I),
)


def _first_statement(sql: str) -> str:
    """Text up to the first ``;`` outside quotes and comments."""
    quote = None
    i = 0
    while i < len(sql):
        ch = sql[i]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"`[":
            quote = "]" if ch == "[" else ch
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            i = len(sql) if end < 0 else end
            continue
        elif ch == ";":
            return sql[:i]
        i += 1
    return sql


def extract_sql(text: str) -> str:
    """The first SQL statement in a model's answer.

    Handles code fences (```sql ... ```), leading prose ("Here is the query: SELECT ..."), and trailing text
    after the first statement. Falls back to the stripped text so that a non-SQL answer is scored (and
    fails) as written rather than silently replaced.
    """
    text = text.strip()
    fenced = _FENCE.search(text)
    if fenced and fenced.group(1).strip():
        text = fenced.group(1).strip()
    for pattern in _STARTS:
        start = pattern.search(text)
        if start:
            text = text[start.start():]
            break
    statement = _first_statement(text).strip()
    return " ".join(statement.split()) if statement else text


def _decode(model, tokenizer, input_ids: list[list[int]], device, config: GenerationConfig, eos_ids: set[int]):
    """One batch through ``model.generate``: (padded prompt length, output ids with ``config.candidates`` rows per
    prompt)."""
    import torch

    features = tokenizer.pad({"input_ids": input_ids}, padding=True, return_tensors="pt")
    features = {name: tensor.to(device) for name, tensor in features.items()}
    k = config.candidates
    with torch.inference_mode():
        output = model.generate(
            **features,
            max_new_tokens=config.max_new_tokens,
            do_sample=False,
            num_beams=k,
            num_return_sequences=k,
            # Stop a batch once every question has k finished hypotheses, as beam search usually does; waiting for
            # hypotheses that might still beat them costs steps and rarely changes the order.
            early_stopping=True if k > 1 else None,
            eos_token_id=sorted(eos_ids),
            pad_token_id=tokenizer.pad_token_id,
            temperature=None,
            top_p=None,
            top_k=None,
        )
    return features["input_ids"].shape[1], output


def _empty_cache(device) -> None:
    import gc

    import torch

    gc.collect()
    if getattr(device, "type", "") == "cuda":
        torch.cuda.empty_cache()


def generate(
    model,
    tokenizer,
    prompts: Sequence[str],
    config: GenerationConfig,
    progress: bool = False,
    desc: str = "generate",
) -> list[Generation]:
    """Decode every prompt (greedy, or beam search for ``config.candidates`` > 1); return generations in the input
    order.

    Prompts are sorted by token length, longest first, and cut into batches of ``config.batch_size`` so that each
    batch pads little (left padding, so generation continues right after each prompt). Decoding stops at EOS. When a
    batch runs out of memory the split starts again in batches of half the size: the right size depends on the
    model, the prompts' lengths, the number of hypotheses and what else holds the device's memory (other workers),
    so no fixed default fits every run. Starting again keeps one batch size for the whole split, so that the batches
    can be formed again elsewhere (``Generation.batch_size``); longest first, memory runs out in the first batches.
    """
    import torch
    from tqdm.auto import tqdm

    from training.model import reproducible_inference

    if not prompts:
        return []
    encoded = tokenizer(list(prompts), add_special_tokens=False)["input_ids"]
    order = sorted(range(len(prompts)), key=lambda i: -len(encoded[i]))
    configured = getattr(model.generation_config, "eos_token_id", None)
    configured = configured if isinstance(configured, (list, tuple)) else [configured]
    eos_ids = {tokenizer.eos_token_id, *configured} - {None}
    device = next(model.parameters()).device
    k = config.candidates
    results: list[Generation | None] = [None] * len(prompts)
    bar = tqdm(total=len(prompts), desc=desc, disable=not progress, leave=False)
    was_training = model.training
    model.eval()
    kernels = reproducible_inference() if config.reproducible else nullcontext()
    try:
        with kernels:
            start, size = 0, config.batch_size
            while start < len(order):
                batch = order[start : start + size]
                t0 = time.perf_counter()
                try:
                    prompt_length, output = _decode(model, tokenizer, [encoded[i] for i in batch], device, config,
                                                    eos_ids)
                except torch.OutOfMemoryError:
                    if len(batch) == 1:
                        raise
                    output = None  # free the failed batch's tensors (held by the traceback) before retrying
                if output is None:
                    size = len(batch) // 2
                    _empty_cache(device)
                    log.warning("%s: out of memory decoding %d prompts x %d sequences; starting again in batches of %d",
                                desc, len(batch), k, size)
                    bar.reset()
                    start = 0
                    continue
                elapsed_ms = (time.perf_counter() - t0) * 1000 / len(batch)
                texts = tokenizer.batch_decode(output[:, prompt_length:], skip_special_tokens=True)
                for n, i in enumerate(batch):
                    hypotheses = texts[n * k : (n + 1) * k]  # generate() returns each prompt's k hypotheses best first
                    sqls = tuple(extract_sql(text) for text in hypotheses)
                    results[i] = Generation(hypotheses[0], sqls[0], elapsed_ms, sqls if k > 1 else (), size)
                bar.update(len(batch))
                start += len(batch)
    finally:
        bar.close()
        if was_training:
            model.train()
    return results  # type: ignore[return-value]
