"""Batched vs per-example generation on the same questions, on the 4-bit base with its LoRA layers ("adapter") and
on a dense copy with the adapter merged in ("merged"), measured side by side in one run.

    python -m benchmarks.generation [--n 32] [--batch-size 16] [--weights adapter merged] [--model PATH]
        [--adapter DIR] [--candidates K] [--out benchmarks/results/generation-cpu.json]

Prints a table and writes JSON. Every row decodes the same prompts greedily with the same cap on new tokens, so
batched / per-example is the speed-up of batching alone and merged / adapter that of the weights alone. Without
--adapter a fresh rank-16 adapter is attached (its B is zero, so it answers like the base but costs what a
trial's evaluation costs). With --candidates K a third row decodes the same batches by beam search with K beams
(what --candidates K of the search costs before its hypotheses are run on the database).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from benchmarks.train import positive_int


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.generation", description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=32, help="questions (default %(default)s)")
    p.add_argument("--batch-size", type=int, default=16, help="batched mode's batch size (default %(default)s)")
    p.add_argument("--max-new-tokens", type=int, default=64, help="cap on new tokens (default %(default)s)")
    p.add_argument("--model", default=None, help="model (default: embedded SmolLM2-135M-Instruct)")
    p.add_argument("--adapter", default=None, help="LoRA adapter folder (a trial's adapter/); default: a fresh one")
    p.add_argument("--weights", nargs="+", choices=("adapter", "merged"), default=["adapter", "merged"],
                   help="what to generate on (default: both)")
    p.add_argument("--candidates", type=positive_int, default=1,
                   help="also time beam search keeping this many hypotheses, batched (default %(default)s: no)")
    p.add_argument("--out", type=Path, default=None, help="JSON output file")
    args = p.parse_args(argv)
    if args.candidates > 16:  # GenerationConfig's bound, checked before any model work
        p.error(f"--candidates: at most 16, got {args.candidates}")

    import torch

    from benchmarks.train import machine_info, write_json
    from evaluation.data import DataConfig, load_splits
    from evaluation.dense import EvalWeights
    from evaluation.evaluate import build_prompts
    from evaluation.generate import GenerationConfig, generate
    from training.model import ModelConfig, default_cache_dir, load_model
    from training.config import TrainConfig
    from training.prompt import PromptConfig
    from training.sft import attach_adapter

    dataset = load_splits(DataConfig(limit=args.n), default_cache_dir(), ("validation",))["validation"]
    model, tokenizer = load_model(ModelConfig(name_or_path=args.model))
    if args.adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, args.adapter)
    else:
        model = attach_adapter(model, TrainConfig(lora_rank=16))
    prompts = build_prompts(tokenizer, dataset, PromptConfig())
    rows = []
    outputs = {}
    for weights in args.weights:
        target = EvalWeights(weights)(model)
        generate(target, tokenizer, prompts[:2], GenerationConfig(2, 8))  # warm-up, not timed
        modes = [("per-example", 1, 1), ("batched", args.batch_size, 1)]
        if args.candidates > 1:
            modes.append((f"beam {args.candidates}", args.batch_size, args.candidates))
        for mode, batch_size, candidates in modes:
            config = GenerationConfig(batch_size=batch_size, max_new_tokens=args.max_new_tokens, candidates=candidates)
            start = time.perf_counter()
            outputs[weights, mode] = generate(target, tokenizer, prompts, config)
            seconds = time.perf_counter() - start
            rows.append({"weights": weights, "mode": mode, "batch_size": batch_size, "seconds": seconds,
                         "questions_per_second": len(prompts) / seconds})
    seconds = {(r["weights"], r["mode"]): r["seconds"] for r in rows}
    batching = {w: seconds[w, "per-example"] / seconds[w, "batched"] for w in args.weights}
    beams = {w: seconds[w, f"beam {args.candidates}"] / seconds[w, "batched"] for w in args.weights} if args.candidates > 1 else {}
    both = {"adapter", "merged"} <= set(args.weights)
    merging = {m: seconds["adapter", m] / seconds["merged", m] for m in ("per-example", "batched")} if both else {}
    pairs = [((w, "per-example"), (w, "batched")) for w in args.weights]
    pairs += [(("adapter", m), ("merged", m)) for m in merging]
    same = {f"{a[0]} {a[1]} = {b[0]} {b[1]}": sum(x.sql == y.sql for x, y in zip(outputs[a], outputs[b]))
            for a, b in pairs}
    device = "cuda: " + torch.cuda.get_device_name() if torch.cuda.is_available() else f"cpu ({torch.get_num_threads()} threads)"
    print(f"generation on {len(prompts)} validation questions, max {args.max_new_tokens} new tokens, {device}")
    print(f"{'weights':<9}{'mode':<14}{'batch':>7}{'seconds':>10}{'q/s':>8}")
    for row in rows:
        print(f"{row['weights']:<9}{row['mode']:<14}{row['batch_size']:>7}{row['seconds']:>10.1f}{row['questions_per_second']:>8.2f}")
    for weights, ratio in batching.items():
        print(f"{weights}: batched / per-example speed-up {ratio:.1f}x")
    for weights, ratio in beams.items():
        print(f"{weights}: beam search with {args.candidates} beams costs {ratio:.1f}x greedy, same batches")
    for mode, ratio in merging.items():
        print(f"{mode}: merged / adapter speed-up {ratio:.1f}x")
    for pair, n in same.items():
        print(f"identical SQL, {pair}: {n}/{len(prompts)}")
    result = {**machine_info(), "device": device, "n": len(prompts), "max_new_tokens": args.max_new_tokens,
              "adapter": args.adapter, "rows": rows, "batching_speedup": batching, "merging_speedup": merging,
              "candidates": args.candidates, "beam_cost": beams,
              "identical_sql": same}
    write_json(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
