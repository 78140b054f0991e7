"""The same search (same seed, same data) with and without the pruner, side by side in one run.

    python -m benchmarks.pruning [--trials 12] [--pruners median asha] [--seeds 0 1 2] [--gpus 0 1] [--studies DIR]
                                 [--out FILE.json] [-- SEARCH.RUN FLAGS]

Runs ``python -m search.run`` once per pruner and once with ``--no-pruning`` (a study named after each, in a file of
its own), then reads the studies back: compute is counted in epochs run (training + one validation pass each) and in
seconds of trial time (the trials' ``total_seconds``); quality is the best validation EX, compared in points with the
unpruned search's. The JSON keeps every trial's validation EX by epoch. Flags after ``--`` go to every run unchanged
(data, limits, ranges). With ``--gpus`` the searches run side by side, one on each listed GPU at a time (a GPU listed
twice takes two at a time), each with an equal share of the CPU cores and its output in ``NAME.log`` beside its
study; without, one after another. With ``--seeds``, that is done for each seed (studies ``ARM-seedN``), and a
summary gives each pruner's median ratios over the seeds and how many seeds kept the best validation EX within a point.

Two searches differ in their trials as well as in the pruner: the sampler sees different histories, and on a GPU the
same trial reproduces only with ``--deterministic`` after ``--`` (and one process a search, ``--workers-per-gpu 1``, so
that trials run in the seed's order). ``benchmarks.pruning_replay`` replays a kept unpruned study with the trials held
fixed.
"""

from __future__ import annotations

import argparse
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def trial_record(trial) -> dict:
    """One finished trial as the pruning benchmarks keep it: its validation EX after each epoch, its value, its cost."""
    from search.records import read_trial

    record = read_trial(trial)
    return {"number": trial.number, "state": trial.state.name, "params": trial.params,
            "validation_ex_by_epoch": [trial.intermediate_values[k] for k in sorted(trial.intermediate_values)],
            # with --validation-loss, the loss after each epoch (else None), and each epoch's mean training loss (None
            # in studies from before it was recorded): to see whether either ranks the trials earlier than the EX
            "validation_loss_by_epoch": record.epoch_validation_loss,
            "train_loss_by_epoch": record.epoch_train_loss,
            "value": trial.value, "epochs_done": record.epochs_done or 0,
            "seconds": record.total_seconds or 0.0}


def study_figures(storage: str, name: str) -> dict:
    """A finished search read back from its study: trials, compute, best values, training speed and overhead (the
    last three None where the trials did not record them)."""
    import statistics

    import optuna

    from search.records import read_final, read_trial
    from search.study import trial_overhead

    study = optuna.load_study(study_name=name, storage=storage)
    finished = [t for t in study.trials if t.state.name in ("COMPLETE", "PRUNED")]
    complete = [t for t in finished if t.state.name == "COMPLETE"]
    kept = [read_trial(t) for t in finished]
    speeds = [r.tokens_per_second for r in kept if r.tokens_per_second is not None]
    overhead = trial_overhead(finished)
    return {
        "trials_complete": len(complete),
        "trials_pruned": len(finished) - len(complete),
        "epochs_run": sum(r.epochs_done or 0 for r in kept),
        "epochs_planned": sum(t.params.get("epochs", 0) for t in finished),
        "trial_seconds": sum(r.total_seconds or 0.0 for r in kept),
        "train_seconds": sum(r.train_seconds or 0.0 for r in kept),
        # Each trial's own rate, averaged: a trial is one configuration, whatever its length.
        "tokens_per_second": statistics.mean(speeds) if speeds else None,
        "overhead_seconds": overhead[0] if overhead else None,
        "overhead_share": overhead[1] if overhead else None,
        "best_validation_ex": max((t.value for t in complete), default=None),
        "best_params": study.best_trial.params if complete else None,
        # None where the final phase did not run
        "best_test_ex": final.test.ex if (final := read_final(study)) and final.test else None,
        "trials": [trial_record(t) for t in finished],
    }


def run_searches(commands: dict[str, list[str]], gpus: list[str] | None, logs: Path) -> tuple[dict[str, float], dict]:
    """Run each command; return its wall seconds by name, and the failed ones' exit codes by name (the others still
    run: a search whose final phase failed has all its trials in its study). With ``gpus``, side by side: each
    command waits for a free slot (an entry of ``gpus``: a GPU listed twice is two slots), sees only that GPU
    (CUDA_VISIBLE_DEVICES) and runs on the slot's share of this process's CPU cores, so that the searches compete for
    no core, and for a GPU only where it was listed more than once; its output goes to ``logs/NAME.log`` instead of
    interleaving with the others'."""
    walls: dict[str, float] = {}
    failed: dict[str, int] = {}
    if not gpus:
        for name, command in commands.items():
            start = time.perf_counter()
            returncode = subprocess.run(command).returncode
            walls[name] = time.perf_counter() - start
            if returncode:
                failed[name] = returncode
        return walls, failed
    cores = sorted(os.sched_getaffinity(0))
    share = max(1, len(cores) // len(gpus))
    free: queue.Queue = queue.Queue()
    # Slots handed out across the GPUs in turn ("0 0 1 1" -> 0, 1, 0, 1): the first (longest) searches get GPUs of
    # their own before any GPU takes a second one.
    turns = sorted(range(len(gpus)), key=lambda i: (gpus[:i].count(gpus[i]), i))
    for i in turns:
        free.put((gpus[i], set(cores[i * share:(i + 1) * share] or cores)))

    def one(name: str, command: list[str]) -> None:
        gpu, mine = free.get()
        try:
            start = time.perf_counter()
            log = logs / f"{name}.log"
            with log.open("w") as out:
                # Pinned from outside once started (preexec_fn is unsafe beside threads); it has not yet started the
                # worker processes that inherit its cores by then (Python's start-up alone takes longer).
                search = subprocess.Popen(command, env={**os.environ, "CUDA_VISIBLE_DEVICES": gpu}, stdout=out,
                                          stderr=subprocess.STDOUT)
                os.sched_setaffinity(search.pid, mine)
                returncode = search.wait()
            walls[name] = time.perf_counter() - start
            if returncode:
                failed[name] = returncode
                tail = "".join(log.read_text().splitlines(keepends=True)[-20:])
                print(f"search {name!r} exited {returncode}; the end of {log}:\n{tail}", file=sys.stderr)
        finally:
            free.put((gpu, mine))

    threads = [threading.Thread(target=one, args=item) for item in commands.items()]
    for thread in threads:
        thread.start()
        time.sleep(0.1)  # the next one queues behind it: the searches take GPUs in the order given
    for thread in threads:
        thread.join()
    return walls, failed


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


def compare(rows: dict[str, dict], names: dict[tuple[str, int], str]) -> dict[str, dict]:
    """Each pruned search's figures as ratios to the unpruned search of its seed. ``rows``: ``study_figures`` plus
    ``wall_seconds`` (None where unknown) by study name; ``names``: the study name of each (arm, seed)."""
    ratios = {}
    for (arm, seed), name in names.items():
        unpruned = rows.get(names["unpruned", seed])
        if arm != "unpruned" and name in rows and unpruned and unpruned["epochs_run"]:
            r = rows[name]
            walls = (r.get("wall_seconds"), unpruned.get("wall_seconds"))
            ratios[name] = {"against": names["unpruned", seed],
                            "epochs": r["epochs_run"] / unpruned["epochs_run"],
                            "trial_seconds": r["trial_seconds"] / unpruned["trial_seconds"],
                            "wall_seconds": walls[0] / walls[1] if None not in walls else None,
                            "best_validation_ex_points": ex_points(r["best_validation_ex"], unpruned["best_validation_ex"])}
    return ratios


def print_comparison(rows: dict[str, dict], ratios: dict[str, dict], summary: dict[str, dict]) -> None:
    percent = lambda x: "n/a" if x is None else f"{x:.1%}"
    width = max(10, *(len(name) + 2 for name in rows))
    print(f"\n{'search':<{width}}{'complete':>9}{'pruned':>8}{'epochs':>8}{'trial s':>9}{'wall s':>8}{'best val EX':>13}"
          f"{'its test EX':>13}")
    for name, r in rows.items():
        wall = "n/a" if r.get("wall_seconds") is None else f"{r['wall_seconds']:.0f}"
        print(f"{name:<{width}}{r['trials_complete']:>9}{r['trials_pruned']:>8}{r['epochs_run']:>8}"
              f"{r['trial_seconds']:>9.0f}{wall:>8}{percent(r['best_validation_ex']):>13}{percent(r['best_test_ex']):>13}")
    for name, ratio in ratios.items():
        points, wall = ratio["best_validation_ex_points"], ratio["wall_seconds"]
        print(f"{name} / {ratio['against']} compute: {ratio['epochs']:.0%} of the epochs, {ratio['trial_seconds']:.0%} of the "
              f"trial time, {'n/a' if wall is None else f'{wall:.0%}'} of the wall time; best validation EX "
              f"{'n/a' if points is None else f'{points:+.1f} points'}")
    for pruner, s in summary.items():
        print(f"{pruner} over {s['seeds']} seeds: median {s['median_epochs']:.0%} of the epochs, "
              f"{s['median_trial_seconds']:.0%} of the trial time; best validation EX within {s['kept_within_points']:g} "
              f"point (or better) on {s['seeds_kept']} of {len(s['best_validation_ex_points'])} seeds "
              f"({', '.join(f'{x:+.1f}' for x in s['best_validation_ex_points'])})")


def pruning_summary(ratios: dict[str, dict], names: dict[tuple[str, int], str], tolerance: float = 1.0) -> dict:
    """Each pruner over the seeds: the median of its compute ratios, and on how many seeds its best validation EX
    was no more than ``tolerance`` points below the unpruned search's (a better one counts as kept). ``ratios`` and
    ``names`` as ``compare`` takes and gives them."""
    import statistics

    summary = {}
    for pruner in dict.fromkeys(arm for arm, _ in names if arm != "unpruned"):
        runs = [ratios[name] for (arm, _), name in names.items() if arm == pruner and name in ratios]
        points = [r["best_validation_ex_points"] for r in runs if r["best_validation_ex_points"] is not None]
        if runs:
            summary[pruner] = {
                "seeds": len(runs),
                "median_epochs": statistics.median(r["epochs"] for r in runs),
                "median_trial_seconds": statistics.median(r["trial_seconds"] for r in runs),
                "best_validation_ex_points": points,
                "kept_within_points": tolerance,
                "seeds_kept": sum(x >= -tolerance - 1e-9 for x in points),
            }
    return summary


def arm_name(arm: str, seed: int, seeds: list[int]) -> str:
    """A search's study name: the arm ("median", "unpruned", ...), and its seed where there are several."""
    return arm if len(seeds) == 1 else f"{arm}-seed{seed}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from search.config import PRUNERS

    p = search_benchmark_parser("python -m benchmarks.pruning", __doc__, 12)
    p.add_argument("--seeds", nargs="+", type=int, metavar="SEED",
                   help="run the comparison once for each of these seeds (instead of --seed) and summarise over them")
    p.add_argument("--pruners", nargs="+", choices=PRUNERS, default=["median"],
                   help="the pruners to compare with no pruning, one search each (default: median)")
    p.add_argument("--gpus", nargs="+", metavar="ID",
                   help="run the searches side by side, one on each of these GPUs at a time (a GPU listed twice takes "
                        "two; default: one after another)")
    p.add_argument("--studies", type=Path, help="keep each search's study (DIR/NAME.db) and artifacts here "
                                                "(default: a temporary folder, deleted)")
    args, passthrough = parse_search_benchmark(p, argv)
    given = lambda flag, tokens: any(token == flag or token.startswith(flag + "=") for token in tokens)
    for flag, own in (("--pruner", "--pruners"), ("--no-pruning", "--pruners"), ("--seed", "--seed or --seeds")):
        if given(flag, passthrough):
            p.error(f"{flag} after '--': the benchmark sets it for each run (give {own} before '--')")
    if args.seeds and given("--seed", argv[: len(argv) - len(passthrough)]):
        p.error("--seed and --seeds: give one of them")
    seeds = list(dict.fromkeys(args.seeds or [args.seed]))
    pruners = list(dict.fromkeys(args.pruners))
    names = {(arm, seed): arm_name(arm, seed, seeds) for seed in seeds for arm in [*pruners, "unpruned"]}
    if args.studies and (kept := [f for f in args.studies.glob("*.db") if f.stem in names.values()]):
        p.error(f"--studies {args.studies}: {kept[0]} exists (a search would resume it, not start afresh)")

    from benchmarks.train import command_line, machine_info, write_json

    arms = [(pruner, ["--pruner", pruner]) for pruner in pruners] + [("unpruned", ["--no-pruning"])]
    if args.gpus:  # the longest searches first, so that the others fill the remaining GPUs beside them
        arms = arms[-1:] + arms[:-1]
    with tempfile.TemporaryDirectory(prefix="sqltune-pruning-") as scratch:
        folder = args.studies or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        commands = {
            names[arm, seed]: [
                sys.executable, "-m", "search.run", "--trials", str(args.trials), "--seed", str(seed),
                "--study-name", names[arm, seed], "--storage", f"sqlite:///{folder / f'{names[arm, seed]}.db'}",
                "--artifacts", str(folder / "artifacts"), "--no-progress", *extra, *passthrough]
            for arm, extra in arms for seed in seeds
        }
        walls, failed = run_searches(commands, args.gpus, folder)
        rows = {}
        for name in names.values():
            try:
                rows[name] = {"wall_seconds": walls[name], **study_figures(f"sqlite:///{folder / f'{name}.db'}", name)}
            except KeyError:  # the search failed before it created its study
                print(f"search {name!r}: no study to read", file=sys.stderr)

    ratios = compare(rows, names)
    summary = pruning_summary(ratios, names) if len(seeds) > 1 else {}
    print_comparison(rows, ratios, summary)
    if failed:
        print("failed (their studies are read as they stand): "
              + ", ".join(f"{name} (exit {code})" for name, code in failed.items()))
    write_json(args.out, {**machine_info(), "command": command_line("python -m benchmarks.pruning", argv),
                          "seeds": seeds, "results": rows, "ratios": ratios, "summary": summary, "failed": failed})
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
