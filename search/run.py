"""sqltune: QLoRA text-to-SQL hyperparameter search, scored by execution accuracy.

    python -m search.run --trials 12            # baseline, search, best adapter on test
    python -m search.run --phase baseline       # the base model alone (also: make baseline)
    python -m search.run --workers 2 --storage postgresql://me@db/sqltune   # one worker per GPU, one study

Flags win over the environment, which wins over ``.env`` (HF_TOKEN, PATH_FT_DATASET, PATH_TASK_EVAL_DATASET,
DB_PATH, HF_HUB_OFFLINE). This is the only module that reads argv or the environment.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from dataclasses import replace
from pathlib import Path

from evaluation.dense import WEIGHTS
from evaluation.execute import SEMANTICS
from search.config import CPU_BUDGET, CPU_BUDGET_PROMISE, KEEP_EPOCHS, PHASES, PRUNERS, SearchConfig
from search.preflight import check_databases
from search.optuna_storage import check_folder, check_storage, default_predictions_db
from training.config import KERNELS, LM_HEAD_LOSSES, LR_SCHEDULES
from training.model import cuda_available

ENV_KEYS = ("HF_TOKEN", "PATH_FT_DATASET", "PATH_TASK_EVAL_DATASET", "DB_PATH", "HF_HUB_OFFLINE")
log = logging.getLogger("sqltune")


def read_env(env_file: Path, required: bool = False) -> dict[str, str]:
    """Settings from the process environment, falling back to ``env_file``; empty values count as unset.

    ``required``: the file was named by --env-file, so a missing one is an error (the default .env may be absent)."""
    values: dict[str, str] = {}
    if required and not env_file.exists():
        raise ValueError(f"--env-file: file not found: {env_file}")
    if env_file.is_file() or required:
        from dotenv import dotenv_values

        try:
            found = dotenv_values(env_file)
        except UnicodeDecodeError as exc:
            raise ValueError(f"--env-file {env_file}: not UTF-8 text (byte {exc.object[exc.start]:#04x} at offset "
                             f"{exc.start}); save it as UTF-8") from None
        values.update({k: v for k, v in found.items() if k in ENV_KEYS and v})
    values.update({k: os.environ[k] for k in ENV_KEYS if os.environ.get(k)})
    return values


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return value


GPU_BATCHES = (256, 16)
"""Generation and training batch sizes on a GPU. Measured on the H200 (docs/decisions.md): validation generation in batches
of 256 instead of 64 cut an epoch from ~40 to ~25 s and the default search from 14.4 to ~10.4 min; decoding is
launch-bound, so a batch holding the whole validation split costs about what one of 64 does. Training stays at 16:
with 468 examples, 32 would halve the optimizer steps per epoch."""
GPU_MAX_SEQUENCES = 1024
"""With beam search each prompt decodes ``candidates`` sequences, so the GPU batch holds at most this many: on the
H200, Spider's 531 test questions took 103 s at 16 beams x 64 prompts (1,024 sequences) and 111 s at 12 x 256
(3,072), while 16 x 256 ran out of its 140 GB in that final phase (one process, nothing else on the GPU). Workers
sharing one GPU need the headroom."""
GPU_CANDIDATES = 8
"""Default hypotheses per question on a GPU. On the H200, execution-guided decoding over 8 beams raised the same
Spider adapter's test EX from 20.9 % (greedy) to 33.0 %, and the embedded set's from 23.3 % to 40.0 %; the Spider test
evaluation (generation and running the hypotheses) took 2.5x as long as greedy's (docs/decisions.md). On a CPU beams cost about
their number in compute (4 beams: 5.0x greedy's time on this 2-core machine), so it stays greedy there."""


def gpu_list(text: str) -> tuple[str, ...]:
    from search.workers import gpu_ids

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


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    defaults = SearchConfig()
    p = argparse.ArgumentParser(prog="python -m search.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--trials", type=positive_int, default=defaults.trials, help="finished trials the study should hold (default %(default)s)")
    p.add_argument("--study-name", default=defaults.study_name, help="Optuna study name (default %(default)s)")
    p.add_argument("--storage", default=defaults.storage,
                   help="sqlite:///FILE, postgresql://USER@HOST/DB or journal:FILE (default %(default)s)")
    p.add_argument("--model", default=None, help="HF folder, .gguf file or hub id (default: embedded SmolLM2-135M-Instruct)")
    p.add_argument("--train", type=Path, help="training examples (env PATH_FT_DATASET; default: embedded train split)")
    p.add_argument("--validation", type=Path, help="tuning examples (env PATH_TASK_EVAL_DATASET; default: embedded validation split)")
    p.add_argument("--test", type=Path, help="held-out examples (default: embedded test split)")
    p.add_argument("--databases", type=Path, help="folder of <db_id>.sqlite files (default: embedded databases)")
    p.add_argument("--db", help="predictions table: SQLAlchemy URL or SQLite path (env DB_PATH; default: the --storage database, "
                   "or FILE.predictions.db beside a journal:FILE)")
    p.add_argument("--seed", type=int, default=defaults.seed, help="sampler and training seed (default %(default)s)")
    p.add_argument("--timeout", type=float, help="seconds after which no new trial starts")
    p.add_argument("--limit", type=positive_int, help="use only the first N examples of each split (quick runs)")
    for split in ("train", "validation", "test"):
        p.add_argument(f"--{split}-limit", type=positive_int, help=f"use only the first N {split} examples")
    p.add_argument("--artifacts", type=Path, default=defaults.artifacts, help="trial artifacts folder (default %(default)s)")
    p.add_argument("--phase", choices=PHASES, default="all",
                   help="all: baseline, trials, final; baseline: the base model alone; trials: trials only (extra "
                        "workers on other hosts); final: best adapter on the test split (default %(default)s)")
    p.add_argument("--workers", type=positive_int, default=1,
                   help="GPUs of this host the search uses, with --workers-per-gpu workers on each; without a GPU, CPU "
                        "worker processes sharing the cores (default %(default)s)")
    p.add_argument("--gpus", type=gpu_list, default=(),
                   help="CUDA device ids for the workers, one worker each: 0,1 puts a worker on each of two GPUs; a GPU "
                        "listed twice (0,0) runs two workers on it")
    p.add_argument("--workers-per-gpu", type=workers_per_gpu, default=None, metavar="N|auto",
                   help="worker processes sharing each GPU: a small model leaves a GPU idle between kernel launches, "
                        "and other workers' trials fill the gaps; auto: up to 4 for a model under 1 B parameters, as "
                        "many as fit in the free memory at 16 GiB each beside the search's own process (24 GiB), "
                        "else 1. With 1 this process runs the trials itself, one after another (default auto)")
    p.add_argument("--heartbeat-grace", type=positive_int, default=defaults.grace_s,
                   help="seconds without a heartbeat after which a running trial counts as dead, is failed and "
                        "retried (default %(default)s)")
    p.add_argument("--worker-id", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--batch-size", type=positive_int,
                   help=f"generation batch size in prompts (default on a GPU {GPU_BATCHES[0]}, or fewer so that prompts x "
                        f"candidates <= {GPU_MAX_SEQUENCES}; {defaults.generation.batch_size} on CPU)")
    p.add_argument("--train-batch-size", type=positive_int,
                   help=f"training batch size (default {GPU_BATCHES[1]} on a GPU, {defaults.train.batch_size} on CPU)")
    p.add_argument("--max-new-tokens", type=positive_int, default=defaults.generation.max_new_tokens, help="generation cap (default %(default)s)")
    p.add_argument("--candidates", type=positive_int,
                   help="SQL hypotheses per question: 1 decodes greedily; N > 1 runs beam search with N beams and "
                        "answers with the most probable hypothesis that runs on the database and returns rows "
                        f"(execution-guided decoding); for the test split: the baseline's and the final predictions "
                        f"(default {GPU_CANDIDATES} on a GPU, {defaults.generation.candidates} on CPU)")
    p.add_argument("--trial-candidates", type=positive_int, default=defaults.trial_generation.candidates,
                   help="the same for the validation split: the trials' evaluations, which rank the hyperparameters, "
                        "and the baseline's, compared with theirs "
                        "(default %(default)s: greedy; on the H200 it halved the default search's time, and its pick did no "
                        "worse, in one run each)")
    p.add_argument("--eval-weights", choices=WEIGHTS, default=defaults.generation.weights,
                   help="what generation runs on: merged (a dense copy of the base with the adapter merged in: fast), "
                        "adapter (the 4-bit base with LoRA layers, as trained), auto (merged where the copy takes at "
                        "most a quarter of the device's memory) (default %(default)s)")
    p.add_argument("--sample-rows", type=int, default=defaults.prompt.sample_rows, help="sample rows per table in the prompt (default %(default)s)")
    # Research switches for benchmarks: reachable, not in the user's --help (docs/decisions.md says what they showed).
    p.add_argument("--lm-head-loss", choices=LM_HEAD_LOSSES, default=defaults.train.lm_head_loss, help=argparse.SUPPRESS)
    train = defaults.train
    p.add_argument("--max-seq-length", type=positive_int, default=train.max_seq_length,
                   help="prompt + SQL tokens per training example; longer examples are dropped (default %(default)s)")
    p.add_argument("--gradient-checkpointing", action="store_true",
                   help="recompute activations in the backward pass: less memory (a 7B on a 24 GB card), ~30 %% more "
                        "compute")
    p.add_argument("--gradient-accumulation", type=positive_int, default=train.gradient_accumulation_steps,
                   help="batches per optimizer step (default %(default)s)")
    p.add_argument("--lora-dropout", type=float, default=train.lora_dropout,
                   help="dropout on the LoRA layers' input (default %(default)s)")
    p.add_argument("--lora-alpha-ratio", type=float, default=train.lora_alpha_ratio,
                   help="lora_alpha = ratio x rank (default %(default)s)")
    p.add_argument("--target-modules", default=train.target_modules,
                   help="layers that get LoRA: all-linear, or comma-separated module names such as q_proj,v_proj "
                        "(default %(default)s)")
    p.add_argument("--kernels", choices=("auto", *KERNELS), default="auto",
                   help="layer kernels in training: torch (transformers' own), liger (Liger Kernel's fused Triton "
                        "kernels for RMSNorm, rotary embedding and SwiGLU; CUDA; pip install 'sqltune[gpu]'), auto "
                        "(liger on a GPU where it is installed, else torch). On the H200 Liger trained the embedded "
                        "model's trials 1.38x and a 7B 1.15-1.22x faster (default %(default)s)")
    p.add_argument("--no-4bit", action="store_true", help="load the base model unquantized (LoRA instead of QLoRA)")
    p.add_argument("--compute-dtype", default=defaults.model.compute_dtype, help="auto, bfloat16 or float32 (default %(default)s)")
    p.add_argument("--device", default=defaults.model.device, help="auto, cpu or cuda (default %(default)s)")
    p.add_argument("--deterministic", action="store_true",
                   help="deterministic GPU kernels: the same trial on the same kind of GPU gives the same adapter and EX "
                        "(an operation without a deterministic kernel stops the run; CPU runs are reproducible anyway)")
    space = defaults.space
    p.add_argument("--lr-range", type=float, nargs=2, metavar=("LOW", "HIGH"), default=space.learning_rate,
                   help="learning-rate search range, log scale (default: from the model's size, 3e-4 5e-3 for 135M "
                        "parameters, scaled by sqrt(135M / parameters) for larger models)")
    p.add_argument("--epochs-range", type=int, nargs=2, metavar=("LOW", "HIGH"), default=space.epochs,
                   help="epochs search range (default %(default)s)")
    p.add_argument("--lora-ranks", type=int, nargs="+", default=space.lora_ranks,
                   help="LoRA ranks to choose from, powers of two (default %(default)s)")
    p.add_argument("--lr-schedule", choices=LR_SCHEDULES, default=defaults.train.lr_schedule,
                   help="after the warm-up: linear decay to 0, or constant (a trial's first k epochs are then the "
                        "k-epoch trial, which the pruner's comparisons at epoch k assume) (default %(default)s)")
    p.add_argument("--semantics", choices=SEMANTICS, default=defaults.execution.semantics,
                   help="scoring rules that decide EX (trials, baseline, final): sqltune's own, or those of Spider's "
                        "test-suite evaluator run in the same sandbox; test EX is reported under both (default %(default)s)")
    p.add_argument("--no-pruning", action="store_true", help="run every trial to its last epoch")
    p.add_argument("--pruner", choices=PRUNERS, default=defaults.pruner,
                   help="median: stop a trial below the median of earlier trials at the same epoch; asha: stop it "
                        "outside the top third (successive halving); reach: stop it when even a generous continuation "
                        "of its own curve to its last epoch stays below the best finished trial (default %(default)s)")
    p.add_argument("--keep-epoch", choices=KEEP_EPOCHS, default=defaults.keep_epoch,
                   help="the epoch whose adapter a trial keeps and is scored by: its last, or the one with the best "
                        "validation EX (early stopping) (default %(default)s)")
    p.add_argument("--validation-loss", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--cache-dir", type=Path, default=defaults.cache_dir, help="converted models and built databases (default %(default)s)")
    p.add_argument("--env-file", type=Path, help="fallback settings file, which must exist (default: .env if there; "
                   f"{os.devnull}: none)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars (none either where stderr is not a terminal)")
    p.add_argument("--verbose", action="store_true",
                   help="every third-party log line and warning, and a traceback with each error")
    return p.parse_args(argv)


def build_config(args: argparse.Namespace, env: dict[str, str]) -> SearchConfig:
    """Flags first, then environment / .env; raises ValueError naming the flag for a bad value."""
    from evaluation.data import DataConfig
    from evaluation.generate import GenerationConfig
    from training.model import ModelConfig
    from training.prompt import PromptConfig
    from storage.predictions import database_url

    defaults = SearchConfig()
    check_storage(args.storage)
    train_path = args.train or (Path(env["PATH_FT_DATASET"]) if "PATH_FT_DATASET" in env else None)
    validation_path = args.validation or (Path(env["PATH_TASK_EVAL_DATASET"]) if "PATH_TASK_EVAL_DATASET" in env else None)
    # A path from the environment or .env is named by its key: the user did not type --train.
    for flag, path in (("--train" if args.train else "PATH_FT_DATASET", train_path),
                       ("--validation" if args.validation else "PATH_TASK_EVAL_DATASET", validation_path),
                       ("--test", args.test)):
        if path is not None and not path.is_file():
            raise ValueError(f"{flag}: file not found: {path}")
    if (args.workers > 1 or args.gpus or (args.workers_per_gpu or 1) > 1) and args.phase not in ("all", "trials"):
        raise ValueError(f"--workers/--gpus/--workers-per-gpu run trials; they do not combine with --phase {args.phase}")
    if args.databases is not None and not args.databases.is_dir():
        raise ValueError(f"--databases: folder not found: {args.databases}")
    db = args.db or env.get("DB_PATH") or default_predictions_db(args.storage)
    source = "--db" if args.db else "DB_PATH" if env.get("DB_PATH") else "--storage"
    try:
        db = database_url(db)
    except ValueError as exc:
        raise ValueError(f"{source}: {exc}") from None
    check_folder(source, db)
    # Before torch and the model: a bad or damaged database ends here, in one line, with nothing written to it.
    check_databases(args.storage, db, source)
    try:
        prompt = PromptConfig(sample_rows=args.sample_rows)
    except ValueError as exc:
        raise ValueError(f"--sample-rows: {exc}") from None
    on_gpu = cuda_available(args.device)
    if args.gpus:
        from search.workers import gpu_list_problem, physical_gpu_count

        if args.device == "cpu":
            raise ValueError("--gpus places workers on GPUs; it does not combine with --device cpu")
        # This process sees only the first listed GPU by now (main): NVML counts them all, without CUDA.
        problem = gpu_list_problem(args.gpus, physical_gpu_count(), on_gpu)
        if problem:
            raise ValueError(f"--gpus {','.join(args.gpus)}: {problem}")
    if (args.workers_per_gpu or 1) > 1 and not on_gpu and not args.gpus:
        raise ValueError(f"--workers-per-gpu {args.workers_per_gpu}: no GPU visible (--workers N runs CPU workers)")
    candidates = args.candidates or (GPU_CANDIDATES if on_gpu else defaults.generation.candidates)

    def generation_config(k: int) -> GenerationConfig:
        gpu_batch = max(1, min(GPU_BATCHES[0], GPU_MAX_SEQUENCES // k))
        batch = args.batch_size or (gpu_batch if on_gpu else defaults.generation.batch_size)
        return GenerationConfig(batch_size=batch, max_new_tokens=args.max_new_tokens, weights=args.eval_weights, candidates=k)

    train_batch = args.train_batch_size or (GPU_BATCHES[1] if on_gpu else defaults.train.batch_size)
    kernels = resolve_kernels(args.kernels, on_gpu)
    try:
        generation = generation_config(candidates)
    except ValueError as exc:
        raise ValueError(f"--batch-size/--max-new-tokens/--candidates: {exc}") from None
    try:
        trial_generation = generation_config(args.trial_candidates)
    except ValueError as exc:
        raise ValueError(f"--trial-candidates: {exc}") from None
    try:
        model = ModelConfig(
            name_or_path=args.model,
            load_in_4bit=not args.no_4bit,
            compute_dtype=args.compute_dtype,
            device=args.device,
            cache_dir=args.cache_dir,
            hf_token=env.get("HF_TOKEN"),
            deterministic=args.deterministic,
        )
    except ValueError as exc:
        raise ValueError(f"--compute-dtype/--device: {exc}") from None
    from training.model import check_hub_model

    # A hub id that cannot be had fails here in seconds, not after a minute of retries at the model load.
    model = check_hub_model(model, offline=env.get("HF_HUB_OFFLINE", "").upper() in ("1", "ON", "YES", "TRUE"))
    from search.space import SearchSpace

    try:
        space = SearchSpace(tuple(args.lr_range) if args.lr_range else None, tuple(args.epochs_range),
                            tuple(args.lora_ranks))
    except ValueError as exc:
        raise ValueError(f"--lr-range/--epochs-range/--lora-ranks: {exc}") from None
    split_limits = tuple(
        (split, getattr(args, f"{split}_limit")) for split in ("train", "validation", "test") if getattr(args, f"{split}_limit")
    )
    budget = not split_limits and args.limit is None and not on_gpu
    if budget:
        split_limits = CPU_BUDGET
        if args.phase == "all":  # what the whole run will show, said before it starts
            log.info(CPU_BUDGET_PROMISE)
    try:
        train = replace(defaults.train, batch_size=train_batch, seed=args.seed, lm_head_loss=args.lm_head_loss,
                        kernels=kernels, lr_schedule=args.lr_schedule, max_seq_length=args.max_seq_length,
                        gradient_checkpointing=args.gradient_checkpointing,
                        gradient_accumulation_steps=args.gradient_accumulation, lora_dropout=args.lora_dropout,
                        lora_alpha_ratio=args.lora_alpha_ratio, target_modules=args.target_modules.strip())
    except ValueError as exc:
        raise ValueError(f"--max-seq-length/--gradient-accumulation/--lora-dropout/--lora-alpha-ratio/"
                         f"--target-modules: {exc}") from None
    return SearchConfig(
        trials=args.trials,
        profile="cpu-budget" if budget else "full",
        study_name=args.study_name,
        storage=args.storage,
        predictions_db=db,
        seed=args.seed,
        timeout=args.timeout,
        artifacts=args.artifacts,
        cache_dir=args.cache_dir,
        phase=args.phase,
        pruning=not args.no_pruning,
        pruner=args.pruner,
        keep_epoch=args.keep_epoch,
        validation_loss=args.validation_loss,
        progress=show_progress(args),
        workers=len(args.gpus) or args.workers,
        gpus=args.gpus,
        # An explicit GPU list is the whole placement: auto adds no workers to it.
        workers_per_gpu=args.workers_per_gpu if args.workers_per_gpu or not args.gpus else 1,
        worker_id=args.worker_id,
        heartbeat_s=max(1, min(defaults.heartbeat_s, args.heartbeat_grace // 4)),
        grace_s=args.heartbeat_grace,
        model=model,
        data=DataConfig(train_path, validation_path, args.test, args.databases, args.limit, split_limits),
        train=train,
        space=space,
        prompt=prompt,
        generation=generation,
        trial_generation=trial_generation,
        execution=replace(defaults.execution, semantics=args.semantics),
    )


def resolve_kernels(choice: str, on_gpu: bool) -> str:
    """--kernels: "auto" is Liger's where it can run (a CUDA GPU, the package installed), else torch's; an explicit
    "liger" that cannot run is an error naming the flag."""
    from training.sft import check_liger

    if choice == "torch":
        return choice
    try:
        check_liger(on_gpu)
    except ValueError as exc:
        if choice == "liger":
            raise ValueError(f"--kernels liger: {exc}") from None
        if on_gpu:
            log.info("training with transformers' layers: pip install 'sqltune[gpu]' for Liger's fused kernels (--kernels)")
        return "torch"
    return "liger"


QUIET_LOGGERS = {
    # bitsandbytes warns on every CPU load that an optional kernels package is missing; the fallback is fine.
    "bitsandbytes.backends.cpu.ops": logging.ERROR,
    # Liger tries optional backends (CuTe DSL, Ascend) in every worker and warns for each one it cannot import.
    "liger_kernel.backends": logging.ERROR,
    "liger_kernel.transformers.monkey_patch": logging.WARNING,  # "Applying Liger kernels ..." at every trial
    "datasets": logging.WARNING,  # "JAX version ... available" in every process
    # One warning per retry of an unreachable hub; --model's own check says it once (training/model.py).
    "huggingface_hub.utils._http": logging.ERROR,
    # transformers rightly skips the WordPiece space clean-up for a BPE tokenizer, and says so at every decode.
    "transformers.tokenization_utils_tokenizers": logging.ERROR,
    # Parse fallbacks on generated SQL ("contains unsupported syntax"); the scorer records each query's outcome.
    "sqlglot": logging.ERROR,
}
"""Third-party loggers whose lines tell the user nothing, and the level they are raised to (not with --verbose)."""


class _NoTraceback(logging.Filter):
    """Drops a record's traceback (Optuna logs one with every failed trial); --verbose keeps them."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = record.exc_text = None
        return True


def configure_output(verbose: bool, worker: str, progress: bool) -> None:
    """Logging, warnings and progress bars, once per process, before the libraries that use them are imported."""
    import warnings

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(f"%(asctime)s %(levelname)s %(name)s{worker}: %(message)s", "%H:%M:%S"))
    if not verbose:
        handler.addFilter(_NoTraceback())
    # A no-op where the root logger has handlers already (pytest, a program that imports main).
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    import optuna

    if logging.getLogger().handlers == [handler]:
        # Optuna's lines through the same handler: one format, and the traceback filter applies to them too.
        optuna.logging.disable_default_handler()
        optuna.logging.enable_propagation()
    if not progress:
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("HF_DATASETS_DISABLE_PROGRESS_BARS", "1")  # trl's "Building labels ..." bars
        os.environ.setdefault("TQDM_DISABLE", "1")  # plain tqdm's, e.g. transformers' GGUF conversion
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    if verbose:
        return
    for name, level in QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(level)
    # "Trial N finished with value ...": the objective logs one line per trial itself (search/objective.py).
    optuna.logging.set_verbosity(logging.WARNING)
    # Heartbeat and stale-trial retry are "experimental" in Optuna 5 and warn on every use; they are relied on here.
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    # trl points from use_liger_kernel to kernels downloaded from the Hub; this tool must also run offline.
    warnings.filterwarnings("ignore", message=r"`use_liger_kernel=True` is deprecated", category=FutureWarning)
    # Deprecations inside the libraries (torch.jit, transformers' renamed arguments that peft and trl still pass).
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"torch\.jit")
    warnings.filterwarnings("ignore", category=FutureWarning, module=r"transformers\.")


def show_progress(args: argparse.Namespace) -> bool:
    """Progress bars on a terminal; in a log file (stderr not a TTY) they are only noise."""
    return not args.no_progress and sys.stderr.isatty()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    worker = f" worker {args.worker_id}" if "--worker-id" in argv else ""
    configure_output(args.verbose, worker, show_progress(args))
    from evaluation.data import DatasetError
    from training.model import ModelError

    # Workers inherit the environment as it was, before the parent narrows its own view of the GPUs.
    worker_env = dict(os.environ)
    if args.gpus:
        os.environ["CUDA_VISIBLE_DEVICES"] = args.gpus[0]  # the parent's baseline and final run on the first one
    elif args.workers == 1:
        from search.workers import one_gpu

        # Before torch is imported: a process that trains must see one GPU (search/workers.py says why).
        os.environ["CUDA_VISIBLE_DEVICES"] = one_gpu(os.environ.get("CUDA_VISIBLE_DEVICES"))
    try:
        config = build_config(args, read_env(args.env_file or Path(".env"), required=args.env_file is not None))
        from search.phases import run
        from search.study import IncompleteStudy

        run(config, argv, worker_env)
    except (ValueError, DatasetError, ModelError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        if args.verbose:
            traceback.print_exc()
        return 2
    except IncompleteStudy as exc:
        print(f"error: {exc}", file=sys.stderr)
        if args.verbose:
            traceback.print_exc()
        return 1
    except KeyboardInterrupt:
        print("interrupted: finished trials are kept in the study; rerun the same command to continue", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
