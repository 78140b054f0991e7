"""sqltune: QLoRA text-to-SQL hyperparameter search, scored by execution accuracy.

    python -m search.run --trials 12            # baseline, search, best adapter on test
    python -m search.run --phase baseline       # the base model alone (also: make baseline)
    python -m search.run --workers 2 --storage postgresql://me@db/sqltune   # one worker per GPU, one study
    python -m search.run --config configs/7b-24gb.yaml --trials 20      # a recipe, a flag overriding it

Flags win over the --config recipe, which wins over the environment, which wins over ``.env`` (HF_TOKEN,
PATH_FT_DATASET, PATH_TASK_EVAL_DATASET, DB_PATH, HF_HUB_OFFLINE). The flags are the config dataclasses' fields
(search/options.py). This is the only module that reads argv or the environment.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from dataclasses import replace
from pathlib import Path

from search.config import SearchConfig
from search.options import add_options, from_dict, from_values, options, recipe_argv
from search.preflight import check_databases
from search.resolve import detect_device, resolve
from search.optuna_storage import check_folder, check_storage, default_predictions_db

OPTIONS = options()
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


class _Parser(argparse.ArgumentParser):
    """Names the recipe file in the errors of its values."""

    source: str | None = None

    def error(self, message: str):
        super().error(f"{self.source}: {message}" if self.source else message)


def build_parser() -> _Parser:
    p = _Parser(prog="python -m search.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--config", type=Path, metavar="FILE.yaml",
                   help="a recipe (configs/): keys are the flags without --; flags given here override it")
    p.add_argument("--env-file", type=Path, help="fallback settings file, which must exist (default: .env if there; "
                   f"{os.devnull}: none)")
    p.add_argument("--resolved-config", type=Path, help=argparse.SUPPRESS)  # a worker's whole config (search/workers.py)
    add_options(p, OPTIONS)
    return p


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Flags over the --config recipe's values; what neither gives stays None (the environment, then the dataclass
    defaults fill it: build_config)."""
    parser = build_parser()
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--config", type=Path)
    recipe = pre.parse_known_args(argv)[0].config
    namespace = argparse.Namespace()
    if recipe is not None:
        if not recipe.is_file():
            parser.error(f"--config: file not found: {recipe}")
        try:
            recipe_args = recipe_argv(recipe, OPTIONS)
        except (OSError, ValueError) as exc:
            parser.error(f"--config {recipe}: {exc}")
        parser.source = str(recipe)
        parser.parse_args(recipe_args, namespace)  # the recipe's values, checked as typed flags would be
        parser.source = None
    return parser.parse_args(argv, namespace)


def build_config(args: argparse.Namespace, env: dict[str, str]) -> SearchConfig:
    """Flags and recipe first, then environment / .env, then the dataclasses' defaults; checks what exists on this
    machine (files, databases, GPUs, the hub model). Raises ValueError naming the flag (or the variable)."""
    from storage.predictions import database_url
    from training.model import check_hub_model

    if args.resolved_config is not None:
        return worker_config(args.resolved_config, args.worker_id or 0, env)
    values = vars(args).copy()
    storage = values["storage"] or SearchConfig.storage
    check_storage(storage)
    # A value from the environment or .env is named by its key: the user did not type --train.
    source = {"train": "--train", "validation": "--validation", "test": "--test"}
    for dest, key in (("train", "PATH_FT_DATASET"), ("validation", "PATH_TASK_EVAL_DATASET")):
        if values[dest] is None and key in env:
            values[dest], source[dest] = Path(env[key]), key
    for dest, flag in source.items():
        if values[dest] is not None and not values[dest].is_file():
            raise ValueError(f"{flag}: file not found: {values[dest]}")
    if values["databases"] is not None and not values["databases"].is_dir():
        raise ValueError(f"--databases: folder not found: {values['databases']}")
    db = values["db"] or env.get("DB_PATH") or default_predictions_db(storage)
    db_source = "--db" if values["db"] else "DB_PATH" if env.get("DB_PATH") else "--storage"
    try:
        values["db"] = database_url(db)
    except ValueError as exc:
        raise ValueError(f"{db_source}: {exc}") from None
    check_folder(db_source, values["db"])
    # Before torch and the model: a bad or damaged database ends here, in one line, with nothing written to it.
    check_databases(storage, values["db"], db_source)
    config = from_values(values, OPTIONS)
    if config.gpus:
        from search.workers import gpu_list_problem, physical_gpu_count
        from training.model import cuda_available

        # This process sees only the first listed GPU by now (main): NVML counts them all, without CUDA.
        problem = gpu_list_problem(config.gpus, physical_gpu_count(), cuda_available(config.model.device))
        if problem:
            raise ValueError(f"--gpus {','.join(config.gpus)}: {problem}")
    # A hub id that cannot be had fails here in seconds, not after a minute of retries at the model load.
    model = check_hub_model(replace(config.model, hf_token=env.get("HF_TOKEN")),
                            offline=env.get("HF_HUB_OFFLINE", "").upper() in ("1", "ON", "YES", "TRUE"))
    return replace(config, model=model, progress=config.progress and sys.stderr.isatty())


def worker_config(path: Path, worker_id: int, env: dict[str, str]) -> SearchConfig:
    """The config a parent resolved and wrote for its workers (search/workers.py), as worker ``worker_id``; the hub
    token comes by environment, never in the file."""
    import json

    config = from_dict(SearchConfig, json.loads(path.read_text(encoding="utf-8")), str(path))
    return replace(config, worker_id=worker_id, model=replace(config.model, hf_token=env.get("HF_TOKEN")))


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
    if not progress:
        # Before optuna imports tqdm: tqdm reads its TQDM_* settings once, when it is first imported.
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("HF_DATASETS_DISABLE_PROGRESS_BARS", "1")  # trl's "Building labels ..." bars
        os.environ.setdefault("TQDM_DISABLE", "1")  # plain tqdm's, e.g. transformers' GGUF conversion
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    import optuna

    if logging.getLogger().handlers == [handler]:
        # Optuna's lines through the same handler: one format, and the traceback filter applies to them too.
        optuna.logging.disable_default_handler()
        optuna.logging.enable_propagation()
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


def main(argv: list[str] | None = None) -> int:
    """parse -> resolve -> run (which prints the summary); the exit code says how it ended."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    worker = f" worker {args.worker_id}" if "--worker-id" in argv else ""
    configure_output(bool(args.verbose), worker, not args.no_progress and sys.stderr.isatty())
    from evaluation.data import DatasetError
    from training.model import CUBLAS_WORKSPACE, ModelError

    # Before CUDA starts: cuBLAS reads it once per process (training/model.py: reproducible_inference).
    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", CUBLAS_WORKSPACE)
    # Workers inherit the environment as it was, before the parent narrows its own view of the GPUs.
    worker_env = dict(os.environ)
    if args.gpus:
        os.environ["CUDA_VISIBLE_DEVICES"] = args.gpus[0]  # the parent's baseline and final run on the first one
    elif (args.workers or 1) == 1:
        from search.workers import one_gpu

        # Before torch is imported: a process that trains must see one GPU (search/workers.py says why).
        os.environ["CUDA_VISIBLE_DEVICES"] = one_gpu(os.environ.get("CUDA_VISIBLE_DEVICES"))
    try:
        config = build_config(args, read_env(args.env_file or Path(".env"), required=args.env_file is not None))
        config = resolve(config, detect_device(config.model.device))
        from search.phases import run
        from search.study import IncompleteStudy

        run(config, worker_env)
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
