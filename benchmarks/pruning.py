"""The same search (same seed, same data) with and without the pruner, side by side in one run.

    python -m benchmarks.pruning [--trials 12] [--pruners median asha] [--out FILE.json] [-- SEARCH.RUN FLAGS]

Runs ``python -m search.run`` once per pruner and once with ``--no-pruning``, into one temporary folder (a study
named after each), then reads the studies back: compute is counted in epochs run (training + one validation pass
each) and in seconds of trial time (the trials' ``total_seconds``); quality is the best validation EX, compared in
points with the unpruned search's. Flags after ``--`` go to every run unchanged (data, limits, ranges).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def study_figures(storage: str, name: str) -> dict:
    import optuna

    study = optuna.load_study(study_name=name, storage=storage)
    finished = [t for t in study.trials if t.state.name in ("COMPLETE", "PRUNED")]
    complete = [t for t in finished if t.state.name == "COMPLETE"]
    return {
        "trials_complete": len(complete),
        "trials_pruned": len(finished) - len(complete),
        "epochs_run": sum(t.user_attrs.get("epochs_done", 0) for t in finished),
        "epochs_planned": sum(t.params.get("epochs", 0) for t in finished),
        "trial_seconds": sum(t.user_attrs.get("total_seconds", 0.0) for t in finished),
        "best_validation_ex": max((t.value for t in complete), default=None),
        "best_params": study.best_trial.params if complete else None,
    }


def ex_points(ex: float | None, reference: float | None) -> float | None:
    """The difference of two EX fractions in percentage points; None when either search completed no trial."""
    return None if ex is None or reference is None else 100 * (ex - reference)


def search_benchmark_parser(prog: str, doc: str, trials: int) -> argparse.ArgumentParser:
    """The flags of a benchmark that runs ``python -m search.run`` twice; more can be added before parsing."""
    p = argparse.ArgumentParser(prog=prog, description=doc.split("\n\n")[0])
    p.add_argument("--trials", type=int, default=trials, help="finished trials per search (default %(default)s)")
    p.add_argument("--seed", type=int, default=0, help="seed of both searches (default %(default)s)")
    p.add_argument("--out", type=Path, help="JSON output file")
    return p


def parse_search_benchmark(p: argparse.ArgumentParser, argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """(the benchmark's own flags, the search.run flags after ``--``)."""
    own, passthrough = (argv[: argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv else (argv, [])
    args = p.parse_args(own)
    if args.trials < 1:
        p.error(f"--trials must be >= 1, got {args.trials}")
    return args, passthrough


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from search.config import PRUNERS

    p = search_benchmark_parser("python -m benchmarks.pruning", __doc__, 12)
    p.add_argument("--pruners", nargs="+", choices=PRUNERS, default=["median"],
                   help="the pruners to compare with no pruning, one search each (default: median)")
    args, passthrough = parse_search_benchmark(p, argv)
    for flag in ("--pruner", "--no-pruning"):
        if any(token == flag or token.startswith(flag + "=") for token in passthrough):
            p.error(f"{flag} after '--': the benchmark sets it for each run (--pruners)")

    from benchmarks.train import command_line, machine_info, write_json

    rows = {}
    runs = [(pruner, ["--pruner", pruner]) for pruner in dict.fromkeys(args.pruners)] + [("unpruned", ["--no-pruning"])]
    with tempfile.TemporaryDirectory(prefix="sqltune-pruning-") as folder:
        storage = f"sqlite:///{Path(folder) / 'study.db'}"
        for name, extra in runs:
            command = [sys.executable, "-m", "search.run", "--trials", str(args.trials), "--seed", str(args.seed),
                       "--study-name", name, "--storage", storage, "--artifacts", str(Path(folder) / "artifacts"),
                       "--no-progress", *extra, *passthrough]
            start = time.perf_counter()
            subprocess.run(command, check=True)
            rows[name] = {"wall_seconds": time.perf_counter() - start, **study_figures(storage, name)}

    unpruned = rows["unpruned"]
    ratios = {name: {"epochs": r["epochs_run"] / unpruned["epochs_run"],
                     "trial_seconds": r["trial_seconds"] / unpruned["trial_seconds"],
                     "wall_seconds": r["wall_seconds"] / unpruned["wall_seconds"],
                     "best_validation_ex_points": ex_points(r["best_validation_ex"], unpruned["best_validation_ex"])}
              for name, r in rows.items() if name != "unpruned"}
    print(f"\n{'search':<10}{'complete':>9}{'pruned':>8}{'epochs':>8}{'trial s':>9}{'wall s':>8}{'best val EX':>13}")
    for name, r in rows.items():
        best = f"{r['best_validation_ex']:.1%}" if r["best_validation_ex"] is not None else "n/a"
        print(f"{name:<10}{r['trials_complete']:>9}{r['trials_pruned']:>8}{r['epochs_run']:>8}"
              f"{r['trial_seconds']:>9.0f}{r['wall_seconds']:>8.0f}{best:>13}")
    for name, ratio in ratios.items():
        points = ratio["best_validation_ex_points"]
        print(f"{name} / unpruned compute: {ratio['epochs']:.0%} of the epochs, {ratio['trial_seconds']:.0%} of the "
              f"trial time, {ratio['wall_seconds']:.0%} of the wall time; best validation EX "
              f"{'n/a' if points is None else f'{points:+.1f} points'}")
    write_json(args.out, {**machine_info(), "command": command_line("python -m benchmarks.pruning", argv),
                          "results": rows, "ratios": ratios})
    return 0


if __name__ == "__main__":
    sys.exit(main())
