"""The deterministic pruning pairs of this folder, read back from their studies with benchmarks.pruning's own code,
and the pruners replayed on the unpruned studies. Run from the repository root:

    python benchmarks/results/h200-2026-11-30c/figures.py > benchmarks/results/h200-2026-11-30c/figures.txt

The benchmark itself was cut off when the session's GPU time ran out (README), so its table and JSON never came;
the wall times here come from each search's last log line ("... (N min this run)"), absent for the two unpruned
searches that were still in their 12th trial."""

import gzip
import re
import shutil
import sys
import tempfile
from pathlib import Path

import optuna

sys.path.insert(0, str(Path.cwd()))
from benchmarks.pruning import compare, print_comparison, pruning_summary, study_figures  # noqa: E402
from benchmarks.pruning_replay import recorded_trials, replay  # noqa: E402
from search.pruners import ReachPruner  # noqa: E402
from search.study import make_pruner  # noqa: E402

optuna.logging.set_verbosity(optuna.logging.WARNING)
here = Path(__file__).parent / "pruning"
seeds, arms = [0, 1, 2, 3], ["median", "unpruned"]
names = {(arm, seed): f"{arm}-seed{seed}" for seed in seeds for arm in arms}
P = optuna.pruners
variants = {  # Optuna's n_warmup_steps=k: no pruning before epoch k (the searches report epochs from 1)
    "median (the search's)": lambda: make_pruner(True, "median"),
    "median, none before epoch 2": lambda: P.MedianPruner(n_startup_trials=2, n_warmup_steps=2),
    "median, none before epoch 3": lambda: P.MedianPruner(n_startup_trials=2, n_warmup_steps=3),
    "bottom quarter pruned": lambda: P.PercentilePruner(75, n_startup_trials=2),
    "asha (the search's)": lambda: make_pruner(True, "asha"),
    "reach (added after this round)": lambda: make_pruner(True, "reach"),
    "reach, optimism 0.9": lambda: ReachPruner(n_startup_trials=2, optimism=0.9),
    "reach, optimism 1.25": lambda: ReachPruner(n_startup_trials=2, optimism=1.25),
}

with tempfile.TemporaryDirectory() as tmp:
    storage = {}
    for name in names.values():
        db = Path(tmp) / f"{name}.db"
        with gzip.open(here / f"{name}.db.gz") as src, db.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        storage[name] = f"sqlite:///{db}"
    rows = {}
    for name in names.values():
        done = re.search(r"\(([\d.]+) min this run\)", (here / f"{name}.log").read_text())
        rows[name] = {"wall_seconds": 60 * float(done.group(1)) if done else None, **study_figures(storage[name], name)}
    ratios = compare(rows, names)
    print_comparison(rows, ratios, pruning_summary(ratios, names))

    print("\nThe same configuration in both searches of a seed (until the sampler's proposals part): EX by epoch")
    for seed in seeds:
        pairs = zip(*(optuna.load_study(study_name=names[arm, seed], storage=storage[names[arm, seed]]).trials
                      for arm in arms))
        shared = [(m, u) for m, u in pairs if m.params == u.params]
        same = sum(list(m.intermediate_values.values()) == list(u.intermediate_values.values())[:len(m.intermediate_values)]
                   for m, u in shared)
        print(f"  seed {seed}: {len(shared)} trials share their configuration, {same} of them the same EX at every epoch "
              "the pruned search ran")

    print("\nReplays of the unpruned studies (their complete trials, held fixed)")
    for seed in seeds:
        _, trials = recorded_trials(storage[names["unpruned", seed]], None)
        print(f"unpruned-seed{seed} ({len(trials)} trials)")
        for label, make in variants.items():
            r = replay(trials, make())
            print(f"  {label:<30}{r['epochs_run'] / r['epochs_planned']:>6.0%} of the epochs"
                  f"{r['trial_seconds'] / r['trial_seconds_unpruned']:>6.0%} of the trial time"
                  f"   best kept: {'yes' if r['best_trial_kept'] else 'no ':<4}"
                  f"{100 * (r['best_validation_ex'] - r['best_validation_ex_unpruned']):+.1f} points")
