"""Fixed cost per trial: keep the loaded 4-bit base across trials vs reload it for every trial, side by side.

    python -m benchmarks.overhead [--trials 3] [--train-limit 64] [--batch-size 16] [--model embedded|mistral-7b-random]
        [--model-path PATH] [--out benchmarks/results/overhead-h200.json]

Each trial is what search/objective.py does around training, without the evaluation: attach_adapter ->
train_adapter (1 epoch over the first --train-limit training examples) -> detach_adapter -> gc -> emptying the CUDA
cache. "keep" loads the base once (timed apart) and reuses it; "reload" calls load_model at the start of every trial
and drops the model at its end. An untimed warm-up trial runs first, so CUDA / library initialisation is in neither.

Overhead = a trial's wall time minus its optimizer-step time (TrainResult.train_seconds): model loading, adapter
attach, trainer construction and dataset preparation, detach, gc and cache emptying.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.train import (add_model_arguments, check_model_arguments, command_line, free_memory, machine_info,
                              positive_int, prepare_model, write_json)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.overhead", description=__doc__.split("\n\n")[0])
    add_model_arguments(p)
    p.add_argument("--trials", type=positive_int, default=3, help="timed trials per mode (default %(default)s)")
    p.add_argument("--train-limit", type=positive_int, default=64,
                   help="training examples per trial, 1 epoch (default %(default)s)")
    p.add_argument("--batch-size", type=positive_int, default=16, help="examples per step (default %(default)s)")
    p.add_argument("--lora-rank", type=positive_int, default=16, help="LoRA rank r (default %(default)s)")
    p.add_argument("--out", type=Path, default=None, help="JSON output file")
    args = p.parse_args(argv)
    check_model_arguments(p, args)
    return args


def overhead_summary(trials: list[dict]) -> dict:
    """Means over trials of wall time, step time and overhead, and the overhead's share of the wall time."""
    n = len(trials)
    wall = sum(t["wall_seconds"] for t in trials) / n
    steps = sum(t["steps_seconds"] for t in trials) / n
    return {"trials": n, "wall_seconds": wall, "steps_seconds": steps, "overhead_seconds": wall - steps,
            "overhead_share": (wall - steps) / wall if wall else 0.0}


def run_trial(model_config, data, config, cuda: bool, model=None, tokenizer=None) -> tuple[dict, object, object]:
    """One trial; loads the model first when ``model`` is None (reload mode). Returns (timings, model, tokenizer)."""
    import torch

    from training.model import load_model
    from training.sft import attach_adapter, detach_adapter, train_adapter

    def now() -> float:
        if cuda:
            torch.cuda.synchronize()
        return time.perf_counter()

    marks = [now()]
    if model is None:
        model, tokenizer = load_model(model_config)
    marks.append(now())
    peft_model = attach_adapter(model, config)
    marks.append(now())
    with tempfile.TemporaryDirectory(prefix="sqltune-bench-") as out:
        result = train_adapter(peft_model, tokenizer, data, config, output_dir=out)
    marks.append(now())
    model = detach_adapter(peft_model)
    del peft_model
    free_memory(cuda)
    marks.append(now())
    load, attach, train_call, cleanup = (b - a for a, b in zip(marks, marks[1:]))
    timings = {
        "wall_seconds": marks[-1] - marks[0],
        "load_seconds": load,
        "attach_seconds": attach,
        "trainer_seconds": train_call - result.train_seconds,  # construction, dataset preparation, teardown
        "steps_seconds": result.train_seconds,
        "cleanup_seconds": cleanup,
        "train_loss": result.train_loss,
        "tokens": result.tokens,
    }
    timings["overhead_seconds"] = timings["wall_seconds"] - timings["steps_seconds"]
    timings["overhead_share"] = timings["overhead_seconds"] / timings["wall_seconds"]
    return timings, model, tokenizer


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from benchmarks.train import pin_one_gpu

    pin_one_gpu()

    from evaluation.data import DataConfig, load_splits
    from training.config import TrainConfig
    from training.model import load_model, resolve_device

    cuda = resolve_device("auto") == "cuda"
    train = load_splits(DataConfig(train_limit=args.train_limit), args.cache_dir, ("train",))["train"]
    base = TrainConfig(epochs=1, batch_size=args.batch_size, lora_rank=args.lora_rank)
    model_config, name, data = prepare_model(args, train, base.max_seq_length, cuda)
    info = machine_info()
    tokens = sum(len(ids) for ids in data["input_ids"])
    print(f"{name}: {args.trials} trials per mode, each 1 epoch over {len(data)} examples ({tokens} tokens), "
          f"batch {args.batch_size}, LoRA r={args.lora_rank}, {info['device']}")

    start = time.perf_counter()
    model, tokenizer = load_model(model_config)
    initial_load = time.perf_counter() - start
    run_trial(model_config, data, base, cuda, model, tokenizer)  # warm-up, not timed
    trials: dict[str, list[dict]] = {"keep": [], "reload": []}
    for i in range(args.trials):
        timings, model, tokenizer = run_trial(model_config, data, replace(base, seed=i + 1),
                                              cuda, model, tokenizer)
        trials["keep"].append(timings)
    del model, tokenizer
    free_memory(cuda)
    for i in range(args.trials):
        timings, model, tokenizer = run_trial(model_config, data, replace(base, seed=i + 1), cuda)
        del model, tokenizer
        free_memory(cuda)
        trials["reload"].append(timings)

    print(f"{'mode':<8}{'trial':>6}{'wall s':>9}{'load':>8}{'attach':>8}{'trainer':>9}{'steps':>8}{'cleanup':>9}"
          f"{'overhead':>10}{'share':>8}")
    for mode, rows in trials.items():
        for i, t in enumerate(rows, start=1):
            print(f"{mode:<8}{i:>6}{t['wall_seconds']:>9.2f}{t['load_seconds']:>8.2f}{t['attach_seconds']:>8.2f}"
                  f"{t['trainer_seconds']:>9.2f}{t['steps_seconds']:>8.2f}{t['cleanup_seconds']:>9.2f}"
                  f"{t['overhead_seconds']:>10.2f}{t['overhead_share']:>8.1%}")
    summary = {mode: overhead_summary(rows) for mode, rows in trials.items()}
    for mode, s in summary.items():
        print(f"{mode}: mean trial {s['wall_seconds']:.2f} s, of which steps {s['steps_seconds']:.2f} s and "
              f"overhead {s['overhead_seconds']:.2f} s ({s['overhead_share']:.1%})")
    keep, reload = summary["keep"], summary["reload"]
    ratios = {"wall": reload["wall_seconds"] / keep["wall_seconds"],
              "overhead": reload["overhead_seconds"] / keep["overhead_seconds"] if keep["overhead_seconds"] else None}
    overhead_ratio = f"{ratios['overhead']:.2f}x" if ratios["overhead"] is not None else "n/a"
    print(f"reload / keep: trial wall time {ratios['wall']:.2f}x, overhead {overhead_ratio}; "
          f"initial load (keep mode, once) {initial_load:.2f} s")

    result = {
        "command": command_line("python -m benchmarks.overhead", argv),
        **info,
        "model": args.model, "model_name": name, "batch_size": args.batch_size, "lora_rank": args.lora_rank,
        "train_examples": len(data), "train_tokens": tokens, "initial_load_seconds": initial_load,
        "trials": trials, "summary": summary, "reload_over_keep": ratios,
    }
    write_json(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
