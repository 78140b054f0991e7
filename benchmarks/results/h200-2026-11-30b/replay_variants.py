"""Pruner settings that are not in the code, replayed on this folder's two unpruned studies (README: Pruning with
room to act). Run from the repository root: python benchmarks/results/h200-2026-11-30b/replay_variants.py

Optuna's n_warmup_steps=k leaves steps below k unpruned; the searches report epochs from 1, so k=2 is "no pruning
after epoch 1". PercentilePruner(25) keeps the top quarter of the trials at each epoch."""

import gzip
import shutil
import sys
import tempfile
from pathlib import Path

import optuna

sys.path.insert(0, str(Path.cwd()))
from benchmarks.pruning_replay import recorded_trials, replay  # noqa: E402
from search.study import make_pruner  # noqa: E402

P = optuna.pruners
variants = {
    "median (the search's)": lambda: make_pruner(True, "median"),
    "median, none before epoch 2": lambda: P.MedianPruner(n_startup_trials=2, n_warmup_steps=2),
    "top quarter": lambda: P.PercentilePruner(25, n_startup_trials=2),
    "asha (the search's)": lambda: make_pruner(True, "asha"),
    "asha from epoch 2": lambda: P.SuccessiveHalvingPruner(min_resource=2, reduction_factor=3),
    "hyperband 1-6": lambda: P.HyperbandPruner(min_resource=1, max_resource=6, reduction_factor=3),
}
here = Path(__file__).parent
with tempfile.TemporaryDirectory() as tmp:
    for pair in ("pruning-1process", "pruning-4workers"):
        db = Path(tmp) / f"{pair}.db"
        with gzip.open(here / pair / "unpruned.db.gz") as src, db.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        _, trials = recorded_trials(f"sqlite:///{db}", None)
        print(pair)
        for name, make in variants.items():
            r = replay(trials, make())
            print(f"  {name:<30}{r['epochs_run'] / r['epochs_planned']:>6.0%} of the epochs"
                  f"{r['trial_seconds'] / r['trial_seconds_unpruned']:>6.0%} of the trial time"
                  f"   best kept: {'yes' if r['best_trial_kept'] else 'no ':<4}"
                  f"{100 * (r['best_validation_ex'] - r['best_validation_ex_unpruned']):+.1f} points")
