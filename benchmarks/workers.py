"""Trials per hour with one worker and with several on the same search, side by side in one run.

    python -m benchmarks.workers --gpus 0,1 [--trials 6] [--out benchmarks/results/workers-h200x2.json] [-- SEARCH.RUN FLAGS]
    python -m benchmarks.workers --workers 2 [...]          # CPU workers (no GPU): a smoke run of the same code

Runs ``python -m search.run --phase trials`` twice, each into its own study of one journal file in a temporary folder
(journal: the storage for several workers on one host, docs/multi-worker.md): first with the first GPU alone (``--gpus 0``, or
``--workers 1``), then with all of them (``--gpus 0,1`` / ``--workers N``). Flags after ``--`` go to both runs
unchanged; the same seed, data and search space.

Throughput is finished trials over the span from the first trial's start to the last trial's end, read back from the
study: each worker process loads the model and tokenises the data before its first trial, a fixed start-up cost that
a longer search amortises. The whole command's wall time is reported too, start-up included, with its ratio.
For a fair ratio give trials of equal cost (``-- --epochs-range 1 1 --no-pruning``): with pruning or a free
epoch count, which trials run longer depends on the order in which the workers report, not on the number of workers.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def throughput(trials) -> dict:
    """Trials per hour over the span of the finished trials (objects with Optuna FrozenTrial's attributes)."""
    from search.records import read_trial

    finished = [t for t in trials if t.state.name in ("COMPLETE", "PRUNED")]
    if not finished:
        raise ValueError("no finished trial to measure")
    start = min(t.datetime_start for t in finished)
    end = max(t.datetime_complete for t in finished)
    span = (end - start).total_seconds()
    trial_seconds = [(t.datetime_complete - t.datetime_start).total_seconds() for t in finished]
    return {
        "trials_finished": len(finished),
        "trials_failed": sum(t.state.name == "FAIL" for t in trials),
        "workers_seen": len({read_trial(t).worker for t in finished}),
        "span_seconds": span,
        "trials_per_hour": len(finished) / span * 3600 if span > 0 else float("inf"),
        "mean_trial_seconds": sum(trial_seconds) / len(trial_seconds),
    }


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    from benchmarks.pruning import parse_search_benchmark, search_benchmark_parser
    from search.config import gpu_list

    p = search_benchmark_parser("python -m benchmarks.workers", __doc__, 6)
    p.add_argument("--gpus", type=gpu_list, help="CUDA device ids, e.g. 0,1 (or 0,0: two workers on GPU 0): one worker "
                                                 "each against the first one alone")
    p.add_argument("--workers", type=int, default=2, help="without --gpus: N CPU workers against 1 (default %(default)s)")
    args, passthrough = parse_search_benchmark(p, argv)
    if args.gpus is not None:
        if len(args.gpus) < 2:
            p.error(f"--gpus needs two or more CUDA device numbers like 0,1 (it is compared with the first alone), "
                    f"got {','.join(args.gpus)!r}")
    elif args.workers < 2:
        p.error(f"--workers must be >= 2 (it is compared with 1), got {args.workers}")
    for flag in ("--workers", "--gpus", "--phase", "--storage", "--study-name", "--trials", "--seed"):
        if any(token == flag or token.startswith(flag + "=") for token in passthrough):
            p.error(f"{flag} after '--': the benchmark sets it for each run")
    return args, passthrough


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args, passthrough = parse_args(argv)

    import optuna

    from benchmarks.train import command_line, machine_info, write_json
    from search.optuna_storage import open_storage

    if args.gpus:
        runs = {"1 worker": ["--gpus", args.gpus[0]], f"{len(args.gpus)} workers": ["--gpus", ",".join(args.gpus)]}
    else:
        runs = {"1 worker": ["--workers", "1"], f"{args.workers} workers": ["--workers", str(args.workers)]}
    rows = {}
    with tempfile.TemporaryDirectory(prefix="sqltune-workers-") as folder:
        journal = Path(folder) / "study.log"
        for index, (name, flags) in enumerate(runs.items()):
            study_name = f"workers-{index}"
            command = [sys.executable, "-m", "search.run", "--phase", "trials", "--trials", str(args.trials),
                       "--seed", str(args.seed), "--study-name", study_name, "--storage", f"journal:{journal}",
                       "--artifacts", str(Path(folder) / "artifacts"), "--no-progress", *flags, *passthrough]
            print("$ " + " ".join(command[1:]), flush=True)
            start = time.perf_counter()
            subprocess.run(command, check=True)
            wall = time.perf_counter() - start
            study = optuna.load_study(study_name=study_name, storage=open_storage(f"journal:{journal}"))
            rows[name] = {"command": command[1:], "wall_seconds": wall, **throughput(study.trials)}

    one, many = rows["1 worker"], rows[list(runs)[1]]
    ratios = {"trials_per_hour": many["trials_per_hour"] / one["trials_per_hour"],
              "wall": one["wall_seconds"] / many["wall_seconds"]}
    print(f"\n{'run':<11}{'trials':>7}{'failed':>7}{'span s':>8}{'trials/h':>10}{'s/trial':>9}{'wall s':>8}")
    for name, r in rows.items():
        print(f"{name:<11}{r['trials_finished']:>7}{r['trials_failed']:>7}{r['span_seconds']:>8.0f}"
              f"{r['trials_per_hour']:>10.1f}{r['mean_trial_seconds']:>9.1f}{r['wall_seconds']:>8.0f}")
    print(f"{list(runs)[1]} / 1 worker: {ratios['trials_per_hour']:.2f}x trials per hour "
          f"({ratios['wall']:.2f}x on whole-command wall time, start-up included)")
    write_json(args.out, {**machine_info(), "command": command_line("python -m benchmarks.workers", argv),
                          "results": rows, "ratios": ratios})
    return 0


if __name__ == "__main__":
    sys.exit(main())
