"""The phases of one search: validate data → load the base model once → baseline → study → final → summary."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from pathlib import Path

from evaluation.baseline import BASELINE_SPLITS
from evaluation.data import load_splits
from evaluation.execute import SQLiteExecutor
from evaluation.metrics import Scorer
from search.config import SearchConfig

log = logging.getLogger("sqltune")


def run(config: SearchConfig, worker_env: dict[str, str] | None = None) -> dict:
    """Run the configured phases; returns a summary dict (also printed). ``config`` is resolved here for this device
    and model (search/resolve.py), as the CLI resolves it; ``worker_env``: the environment --workers children start
    with."""
    from search.resolve import detect_device, resolve
    from storage.predictions import open_predictions
    from training.model import load_model, model_shape, resolve_model_path

    if config.phase == "all":
        from search.rerun import finished_summary

        # Nothing left to do: the summary, without the data, the model or the workers.
        if (done := finished_summary(config)) is not None:
            return done
    if config.phase == "final":
        from search.rerun import check_final_possible

        check_final_possible(config)  # no completed trial: say so before the data and the model load
    device = detect_device(config.model.device, memory=True)
    config = resolve(config, device)
    # Checked first, like every other setting: --workers 3 on a 2-GPU host fails before any data or model work.
    per_gpu = config.workers_per_gpu or 1
    workers = None
    if config.workers > 1 or config.gpus or per_gpu > 1:
        workers = _workers(config, worker_env or {}, per_gpu)
    wanted = BASELINE_SPLITS if config.phase == "baseline" else ("train", *BASELINE_SPLITS)
    splits = load_splits(config.data, Path(config.cache_dir), wanted)
    with SQLiteExecutor(config.execution) as executor, ExitStack() as stack:
        scorer = Scorer(executor)
        for dataset in splits.values():
            scorer.check_gold(dataset)
        log.info("data: %s", ", ".join(f"{k} {len(v)}" for k, v in splits.items()))
        shape = model_shape(config.model)
        config = resolve(config, device, shape)
        if config.workers_per_gpu is None and config.phase in ("all", "trials") and device.cuda:
            per_gpu = auto_workers_per_gpu(config, shape)
            if per_gpu > 1:
                from search.study import trials_left

                # A rerun of a finished study, or a top-up by a trial or two, starts no worker that would only load
                # the model to find nothing left to run.
                per_gpu = min(per_gpu, trials_left(config))
            if per_gpu > 1:
                workers = _workers(config, worker_env or {}, per_gpu)
        if workers is not None:
            stack.enter_context(workers)
        if workers is not None and workers.on_gpu:
            # GPU workers need nothing from this process but checked data and the converted model, so they start
            # now: their own start-up (imports, data, model load: ~20 s each on the H200) overlaps this process's.
            resolve_model_path(config.model)
            workers.start(config)
        engine = open_predictions(config.predictions_db)
        # Workers that run every trial leave a --phase trials parent nothing to run a model for.
        needs_model = not (config.phase == "trials" and workers is not None)
        model, tokenizer = load_model(config.model) if needs_model else (None, None)
        from search.study import run_study

        return run_study(config, model, tokenizer, splits, scorer, engine, workers)


def auto_workers_per_gpu(config: SearchConfig, shape) -> int:
    """--workers-per-gpu auto on this process's GPU, from the model's training memory and the GPU's free memory."""
    import torch

    from search import workers
    from training.memory import training_bytes

    need = training_bytes(shape, config.train.batch_size, config.train.max_seq_length, config.model.load_in_4bit,
                          config.train.gradient_checkpointing)
    free, _ = torch.cuda.mem_get_info()
    n = workers.auto_workers_per_gpu(shape.parameters, free, need)
    log.info("%d worker%s per GPU (--workers-per-gpu auto: %.2g B parameters, ~%.0f GiB a worker, %.0f GiB free)",
             n, "s" if n > 1 else "", shape.parameters / 1e9, need / 2**30, free / 2**30)
    return n


def _workers(config: SearchConfig, env: dict[str, str], per_gpu: int):
    import os

    import torch

    from search.workers import Workers, plan_workers

    cuda_count = 0 if config.model.device == "cpu" else torch.cuda.device_count()
    # The cores this process may run on (taskset, a container's cpuset), not all the host's.
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    plan = plan_workers(config.workers, config.gpus, cuda_count, cores, env.get("CUDA_VISIBLE_DEVICES"), per_gpu)
    return Workers(plan, env)
