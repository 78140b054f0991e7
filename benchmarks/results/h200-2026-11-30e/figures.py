"""This folder's studies read back: the default searches plain vs cuDNN's attention off; what the validation loss cost
on the GPU; how the EX, the validation loss and the training loss after epochs 1-2 rank the trials of the six new
unpruned studies (seeds 8-13); rules that read each signal, replayed on them; and the reach rule as shipped replayed on
every unpruned epochs-1-6 H200 study recorded (sixteen), beside the median and ASHA rules. Run from the repository root:

    python benchmarks/results/h200-2026-11-30e/figures.py > benchmarks/results/h200-2026-11-30e/figures.txt

The six studies were searched after the reach rule and its settings were fixed (h200-2026-11-30d), so for it they are
held out. The loss rules below were not chosen in advance: the rows that read a loss are in-sample on these six."""

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
from benchmarks.pruning_replay import SIGNALS, recorded_trials, replay, signal_ranks  # noqa: E402
from search.study import make_pruner  # noqa: E402

optuna.logging.set_verbosity(optuna.logging.WARNING)
here = Path(__file__).parent
results = here.parent
new = {f"seed {s}": here / f"unpruned/u-seed{s}.db.gz" for s in range(8, 14)}
earlier = {  # the ten unpruned epochs-1-6 H200 studies before this round (h200-2026-11-30d/figures.py lists them)
    "30b 1-process": results / "h200-2026-11-30b/pruning-1process/unpruned.db.gz",
    "30b 4-workers": results / "h200-2026-11-30b/pruning-4workers/unpruned.db.gz",
    **{f"30c seed {s}": results / f"h200-2026-11-30c/pruning/unpruned-seed{s}.db.gz" for s in range(4)},
    **{f"30d seed {s}": results / f"h200-2026-11-30d/pruning/unpruned-seed{s}.db.gz" for s in range(4, 8)},
}


def unpack(gz: Path, tmp: str) -> str:
    db = Path(tmp) / (gz.parent.parent.name + "-" + gz.parent.name + "-" + gz.name.removesuffix(".gz"))
    with gzip.open(gz) as src, db.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return f"sqlite:///{db}"


def rule_row(label: str, runs: list[dict]) -> str:
    gaps = [100 * (r["best_validation_ex"] - r["best_validation_ex_unpruned"]) for r in runs]
    epochs = [r["epochs_run"] / r["epochs_planned"] for r in runs]
    return (f"{label:<34}{sum(g >= -1 for g in gaps):>3} of {len(runs)}{statistics.median(epochs):>10.0%}"
            f"{max(epochs):>6.0%}   {' '.join(f'{g:+.1f}' for g in gaps)}")


with tempfile.TemporaryDirectory() as tmp:
    print("Default searches, plain vs cuDNN's attention off (whole command from steps.log; tokens/s: mean over the "
          "trials; the trials differ between runs, so do their epochs)")
    steps = (here / "steps.log").read_text()
    for name in ("plain-1", "nocudnn-1", "plain-2", "nocudnn-2"):
        storage = unpack(here / f"default/{name}.db.gz", tmp)
        f = study_figures(storage, "sqltune")
        wall = re.search(rf"{name} rc=0 (\d+) s", steps).group(1)
        print(f"{name}: {wall} s; {f['trials_complete']} + {f['trials_pruned']} trials, {f['epochs_run']} epochs, "
              f"{f['train_seconds']:.0f} s training; best validation {f['best_validation_ex']:.1%}, test "
              f"{f['best_test_ex']:.1%}; {f['tokens_per_second']:,.0f} tokens/s; per-trial overhead "
              f"{f['overhead_seconds']:.2f} s, {f['overhead_share']:.1%}")

    storages = {label: unpack(gz, tmp) for label, gz in new.items()}
    studies = {label: recorded_trials(storage, None)[1] for label, storage in storages.items()}
    print("\nWhat --validation-loss cost (the six unpruned studies, 161 validation questions, one process a search, "
          "three searches a GPU): seconds per epoch")
    raw = {label: optuna.load_study(study_name="sqltune", storage=storage).trials for label, storage in storages.items()}
    for label, trials in raw.items():
        epochs = sum(t.user_attrs["epochs_done"] for t in trials)
        loss = sum(t.user_attrs["validation_loss_seconds"] for t in trials) / epochs
        ex = sum(t.user_attrs["eval_seconds"] - t.user_attrs["validation_loss_seconds"] for t in trials) / epochs
        train = sum(t.user_attrs["train_seconds"] for t in trials) / epochs
        print(f"{label:<9} validation loss {loss:.2f} s, EX {ex:.1f} s, training {train:.1f} s")

    print("\nHow each signal after epoch k ranks the trials that went on after it (signal_ranks): the eventual "
          "winner's rank, and Spearman's rho with their final values")
    print(f"{'':<9}{'epoch':>6}{'trials':>7}" + "".join(f"{name:>20}" for name in SIGNALS))
    rho: dict = {(name, k): [] for name in SIGNALS for k in (1, 2)}
    top3: dict = {(name, k): 0 for name in SIGNALS for k in (1, 2)}
    for label, trials in studies.items():
        for row in signal_ranks(trials, epochs=2):
            k = row["epoch"]
            cells = []
            for name in SIGNALS:
                cell = row[name]
                rho[name, k].append(cell["spearman"])
                top3[name, k] += bool(cell["winner_rank"]) and cell["winner_rank"] <= 3
                cells.append(f"{cell['winner_rank'] or '-'}, rho {cell['spearman']:+.2f}")
            print(f"{label:<9}{k:>6}{row['trials']:>7}" + "".join(f"{c:>20}" for c in cells))
    for k in (1, 2):
        print(f"after epoch {k}: " + "; ".join(
            f"{name} median rho {statistics.median(rho[name, k]):+.2f}, winner in the top 3 in {top3[name, k]} of "
            f"{len(studies)}" for name in SIGNALS))

    print("\nRules replayed on the six, by the signal they read: best kept (within 1 point), epochs run (median, "
          "max) and each study's points")
    shipped = {"median": lambda: make_pruner(True, "median"), "asha": lambda: make_pruner(True, "asha")}
    lenient = {f"percentile {p}": (lambda p=p: optuna.pruners.PercentilePruner(p, n_startup_trials=2))
               for p in (25, 40)}
    print(rule_row("reach (as shipped, EX)", [replay(t, make_pruner(True, "reach")) for t in studies.values()]))
    for signal in SIGNALS:
        for rule, make in (shipped | lenient).items():
            print(rule_row(f"{rule} on {signal}", [replay(t, make(), signal) for t in studies.values()]))

    print("\nThe reach rule as shipped on all sixteen unpruned epochs-1-6 H200 studies (the earlier ten first)")
    everything = {label: recorded_trials(unpack(gz, tmp), None)[1] for label, gz in earlier.items()} | studies
    for label, trials in everything.items():
        r = replay(trials, make_pruner(True, "reach"))
        print(f"{label:<14}{r['epochs_run'] / r['epochs_planned']:>5.0%} of the epochs, best "
              f"{100 * (r['best_validation_ex'] - r['best_validation_ex_unpruned']):+.1f} points")
    for rule in ("reach", "median", "asha"):
        print(rule_row(f"{rule}, all sixteen", [replay(t, make_pruner(True, rule)) for t in everything.values()]))
