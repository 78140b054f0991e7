"""Batched vs per-example generation on the same questions, measured side by side in one run.

    python -m benchmarks.generation [--n 32] [--batch-size 16] [--model PATH] [--out benchmarks/results/generation-cpu.json]

Prints a table and writes JSON. Both modes decode the same prompts greedily with the same cap on new tokens,
so the ratio is the speed-up of batching alone.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.generation", description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=32, help="questions (default %(default)s)")
    p.add_argument("--batch-size", type=int, default=16, help="batched mode's batch size (default %(default)s)")
    p.add_argument("--max-new-tokens", type=int, default=64, help="cap on new tokens (default %(default)s)")
    p.add_argument("--model", default=None, help="model (default: embedded SmolLM2-135M-Instruct)")
    p.add_argument("--adapter", default=None, help="optional LoRA adapter folder (a trial's adapter/)")
    p.add_argument("--out", type=Path, default=None, help="JSON output file")
    args = p.parse_args(argv)

    import torch

    from benchmarks.train import machine_info, write_json
    from evaluation.data import DataConfig, load_splits
    from evaluation.evaluate import build_prompts
    from evaluation.generate import GenerationConfig, generate
    from training.model import ModelConfig, default_cache_dir, load_model
    from training.prompt import PromptConfig

    dataset = load_splits(DataConfig(limit=args.n), default_cache_dir(), ("validation",))["validation"]
    model, tokenizer = load_model(ModelConfig(name_or_path=args.model))
    if args.adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, args.adapter)
    prompts = build_prompts(tokenizer, dataset, PromptConfig())
    generate(model, tokenizer, prompts[:2], GenerationConfig(2, 8))  # warm-up, not timed
    rows = {}
    outputs = {}
    for mode, batch_size in (("per-example", 1), ("batched", args.batch_size)):
        config = GenerationConfig(batch_size=batch_size, max_new_tokens=args.max_new_tokens)
        start = time.perf_counter()
        outputs[mode] = generate(model, tokenizer, prompts, config)
        seconds = time.perf_counter() - start
        rows[mode] = {"batch_size": batch_size, "seconds": seconds, "questions_per_second": len(prompts) / seconds}
    ratio = rows["per-example"]["seconds"] / rows["batched"]["seconds"]
    same = sum(a.sql == b.sql for a, b in zip(outputs["per-example"], outputs["batched"]))
    device = "cuda: " + torch.cuda.get_device_name() if torch.cuda.is_available() else f"cpu ({torch.get_num_threads()} threads)"
    print(f"generation on {len(prompts)} validation questions, max {args.max_new_tokens} new tokens, {device}")
    print(f"{'mode':<14}{'batch':>7}{'seconds':>10}{'q/s':>8}")
    for mode, row in rows.items():
        print(f"{mode:<14}{row['batch_size']:>7}{row['seconds']:>10.1f}{row['questions_per_second']:>8.2f}")
    print(f"batched / per-example speed-up: {ratio:.1f}x; identical SQL in {same}/{len(prompts)}")
    result = {**machine_info(), "device": device, "n": len(prompts), "max_new_tokens": args.max_new_tokens,
              "adapter": args.adapter, "modes": rows, "speedup": ratio, "identical_sql": same}
    write_json(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
