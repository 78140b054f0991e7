"""What deterministic decoding costs and whether it reproduces a study's final predictions in another process.

    python -m benchmarks.reproducible_generation --storage sqlite:////tmp/run/study.db [--study-name sqltune]

Regenerates the best adapter's test predictions from the study's ``final_settings``, alternating plain and
deterministic kernels (``--rounds`` of each, side by side in this one process), and prints for each run the seconds
and how many SQL strings differ from the predictions table, then the time ratio deterministic / plain."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.reproducible_generation", description=__doc__.split("\n\n")[0])
    p.add_argument("--storage", required=True, help="Optuna storage of a study that has run its final phase")
    p.add_argument("--study-name", default="sqltune")
    p.add_argument("--cache-dir", type=Path, default=Path(".cache"), help="where the study's model was converted")
    p.add_argument("--rounds", type=int, default=2, help="runs of each mode")
    args = p.parse_args(argv)

    from training.model import CUBLAS_WORKSPACE

    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", CUBLAS_WORKSPACE)
    import optuna

    from search.regenerate import differing, regenerate_final

    study = optuna.load_study(study_name=args.study_name, storage=args.storage)
    state: dict = {}
    regenerate_final(study, args.cache_dir, True, state)  # warm-up: model load, dense copy, kernels' first launch
    seconds: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(args.rounds):
        for reproducible in (False, True):
            t0 = time.perf_counter()
            result, rows = regenerate_final(study, args.cache_dir, reproducible, state)
            seconds[reproducible].append(time.perf_counter() - t0)
            print(f"{'deterministic' if reproducible else 'plain':>13}: {seconds[reproducible][-1]:6.1f} s, "
                  f"EX {result.ex:.1%}, {len(differing(result, rows))} of {len(result.records)} SQL differ from the "
                  f"predictions table", flush=True)
    plain, fixed = min(seconds[False]), min(seconds[True])
    print(f"deterministic / plain time (best of {args.rounds}): {fixed / plain:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
