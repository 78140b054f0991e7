"""This folder's default searches read back from their studies, and the reach rule's sensitivity replayed on every
unpruned epochs-1-6 H200 study recorded so far (ten). Run from the repository root:

    python benchmarks/results/h200-2026-11-30d/figures.py > benchmarks/results/h200-2026-11-30d/figures.txt

The pruning pairs' own table is the benchmark's (pruning/benchmark.log, pruning.json); nothing here recomputes it.
"reach o=X from epoch m" credits a trial with X times its recent gain per remaining epoch (search/pruners.py) and
prunes nothing before epoch m's report; o=1 from epoch 1 is the search's `--pruner reach`."""

import gzip
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import optuna

sys.path.insert(0, str(Path.cwd()))
from benchmarks.pruning import study_figures  # noqa: E402
from benchmarks.pruning_replay import recorded_trials, replay, signal_ranks  # noqa: E402
from search.pruners import ReachPruner  # noqa: E402
from search.study import make_pruner  # noqa: E402

optuna.logging.set_verbosity(optuna.logging.WARNING)
here = Path(__file__).parent
results = here.parent
unpruned = {  # every unpruned search of 12 trials, epochs 1-6, constant schedule, on the H200
    "30b 1-process": results / "h200-2026-11-30b/pruning-1process/unpruned.db.gz",
    "30b 4-workers": results / "h200-2026-11-30b/pruning-4workers/unpruned.db.gz",
    **{f"30c seed {s}": results / f"h200-2026-11-30c/pruning/unpruned-seed{s}.db.gz" for s in range(4)},
    **{f"30d seed {s}": here / f"pruning/unpruned-seed{s}.db.gz" for s in range(4, 8)},
}


class ReachFrom(ReachPruner):
    def __init__(self, first_epoch: int, optimism: float) -> None:
        super().__init__(n_startup_trials=2, optimism=optimism)
        self.first_epoch = first_epoch

    def prune(self, study, trial) -> bool:
        return len(trial.intermediate_values) >= self.first_epoch and super().prune(study, trial)


def unpack(gz: Path, tmp: str) -> str:
    db = Path(tmp) / (gz.parent.name + "-" + gz.name.removesuffix(".gz"))
    with gzip.open(gz) as src, db.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return f"sqlite:///{db}"


with tempfile.TemporaryDirectory() as tmp:
    print("Default searches (whole command from steps.log; tokens/s: mean over the trials)")
    steps = (here / "steps.log").read_text()
    for name in ("plain-1", "det-1", "plain-2", "det-2"):
        storage = unpack(here / f"default/{name}.db.gz", tmp)
        f = study_figures(storage, "sqltune")
        wall = re.search(rf"{name} rc=0 (\d+) s", steps).group(1)
        print(f"{name}: {wall} s; {f['trials_complete']} + {f['trials_pruned']} trials, {f['epochs_run']} epochs; "
              f"best validation {f['best_validation_ex']:.1%}, test {f['best_test_ex']:.1%}; "
              f"{f['tokens_per_second']:,.0f} tokens/s; per-trial overhead {f['overhead_seconds']:.2f} s, "
              f"{f['overhead_share']:.1%}")

    studies = {label: recorded_trials(unpack(gz, tmp), None)[1] for label, gz in unpruned.items()}
    print(f"\nReplays on {len(studies)} unpruned studies: {', '.join(studies)}")
    print("rule                       best kept (within 1 point)   epochs: median, max   trial time: median   points")
    rules = {"median (the search's)": lambda: make_pruner(True, "median")}
    rules |= {f"reach o={o} from epoch {m}": (lambda o=o, m=m: ReachFrom(m, o))
              for o in (1, 1.25, 1.5, 2, 3) for m in (1, 2, 3)}
    for rule, make in rules.items():
        runs = [replay(trials, make()) for trials in studies.values()]
        gaps = [100 * (r["best_validation_ex"] - r["best_validation_ex_unpruned"]) for r in runs]
        epochs = [r["epochs_run"] / r["epochs_planned"] for r in runs]
        seconds = [r["trial_seconds"] / r["trial_seconds_unpruned"] for r in runs]
        print(f"{rule:<27}{sum(g >= -1 for g in gaps):>3} of {len(runs)}{statistics.median(epochs):>21.0%}"
              f"{max(epochs):>6.0%}{statistics.median(seconds):>20.0%}   {' '.join(f'{g:+.1f}' for g in gaps)}")

    print("\nWhy (the same studies): the winner's rank after epoch 1, and the least compute of a rule that decides")
    print("nothing before epoch m even if it knew the winner (every other trial stopped right after epoch m)")
    for label, trials in studies.items():
        planned = [len(t["validation_ex_by_epoch"]) for t in trials]
        first = [t["validation_ex_by_epoch"][0] for t in trials]
        w = max(range(len(trials)), key=lambda i: trials[i]["value"])
        floors = [sum(p if i == w else min(p, m) for i, p in enumerate(planned)) / sum(planned) for m in (1, 2, 3)]
        print(f"{label:<14} winner {100 * trials[w]['value']:.1f}%, after epoch 1 {100 * first[w]:.1f}% "
              f"(trials {100 * min(first):.1f}-{100 * max(first):.1f}%; {sum(x > first[w] for x in first)} of {len(trials) - 1} ahead); "
              f"floor from epoch 1/2/3: {' / '.join(f'{f:.0%}' for f in floors)}")

    print("\nHow the EX after epoch k ranks the trials that went on after it (benchmarks.pruning_replay.signal_ranks):"
          " Spearman's rho with their final values, epochs 1 / 2 / 3")
    for label, trials in studies.items():
        rho = [row["EX"]["spearman"] if row["EX"] else None for row in signal_ranks(trials)]
        print(f"{label:<14}" + " / ".join("n/a" if r is None else f"{r:+.2f}" for r in rho))
