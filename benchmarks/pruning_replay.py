"""Replay a search run without pruning under each pruner: the compute it would have used, and whether it keeps the
best trial.

    python -m benchmarks.pruning_replay STORAGE [--study NAME] [--pruners median asha reach] [--out FILE.json]

STORAGE holds a study searched with ``--no-pruning`` (``benchmarks.pruning --studies DIR`` keeps one as
``DIR/unpruned.db``). Its trials' validation EX after each epoch is fed, trial by trial in the order they started,
through the pruner the search would build (search/study.py: make_pruner) and the search's own rule for when to ask it
(search/objective.py: prune_now); compute is counted in epochs and in seconds (each trial's seconds per epoch). It
also prints how well each per-epoch signal (the EX; the validation loss where the search ran with
``--validation-loss``; each epoch's mean training loss, recorded since 2026-11-30) ranks the trials after epochs 1-3
against their final values (``signal_ranks``).

Running the search twice, as ``benchmarks.pruning`` does, changes two things at once: the pruner, and the trials
themselves (on the H200 without ``--deterministic`` the same configuration, seed included, trained twice ended up to 11
points of EX apart; with it, they agree, but the sampler still proposes other points after a pruned trial). A replay
holds the trials fixed, so a difference in best EX is the pruner's alone. What it cannot show: the configurations the sampler
would have proposed after seeing pruned trials, and, for a study searched by several workers, the decisions taken
while trials ran side by side (they are replayed one after another, as one process runs them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks.pruning import trial_record


def recorded_trials(storage: str, study_name: str | None) -> tuple[str, list[dict]]:
    """(study name, its complete trials in start order, as ``benchmarks.pruning.trial_record`` keeps them).
    Raises ValueError when the study is missing, ambiguous or was searched with pruning."""
    import optuna

    from search.report import ReportError, open_storage_to_read, require_file

    try:  # the report's readers: a missing file or a database without studies is refused, never created or changed
        require_file("storage", storage)
        reader = open_storage_to_read(storage, "storage")
    except ReportError as exc:
        raise ValueError(str(exc)) from None
    names = optuna.get_all_study_names(reader)
    if study_name is None:
        if len(names) != 1:
            raise ValueError(f"{storage} holds {len(names)} studies {names}: name one with --study")
        study_name = names[0]
    elif study_name not in names:
        raise ValueError(f"{storage}: no study {study_name!r} (it holds {names})")
    study = optuna.load_study(study_name=study_name, storage=reader)
    if any(t.state.name == "PRUNED" for t in study.trials):
        raise ValueError(f"study {study_name!r} was searched with pruning: its pruned trials' later epochs are unknown")
    complete = sorted((t for t in study.trials if t.state.name == "COMPLETE"), key=lambda t: (t.datetime_start, t.number))
    if not complete:
        raise ValueError(f"study {study_name!r} has no complete trial")
    return study_name, [trial_record(t) for t in complete]


SIGNALS = {"EX": ("validation_ex_by_epoch", True), "loss": ("validation_loss_by_epoch", False),
           "train loss": ("train_loss_by_epoch", False)}
"""Per-epoch signals a pruner could read: the record's key, and whether higher is better."""


def replay(trials: list[dict], pruner, signal: str = "EX") -> dict:
    """The epochs each trial would run under ``pruner``, and what the replayed search would end with.

    ``signal`` (a key of ``SIGNALS``) is what the pruner is shown after each epoch; a loss is shown negated, since the
    study maximises. Only a pruner that compares trials with each other (median, percentile, ASHA) can read a loss:
    the reach rule reasons in EX."""
    import optuna
    from optuna.trial import TrialState

    from search.objective import prune_now
    from search.space import EPOCHS_PARAM

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    # A fixed name: Hyperband assigns trials to brackets by a hash of the study's name, random when unnamed.
    study = optuna.create_study(study_name="replay", direction="maximize", pruner=pruner)
    runs = []
    key, higher = SIGNALS[signal]
    longest = max(len(recorded["validation_ex_by_epoch"]) for recorded in trials)
    for recorded in trials:
        curve = recorded["validation_ex_by_epoch"]
        shown = recorded.get(key) or []
        if len(shown) < len(curve):
            raise ValueError(f"trial {recorded['number']}: {signal} recorded for {len(shown)} of its "
                             f"{len(curve)} epochs")
        # The planned epochs as the search's trial had them (the reach pruner reads them); nothing else is needed.
        study.enqueue_trial({EPOCHS_PARAM: len(curve)})
        trial = study.ask()
        trial.suggest_int(EPOCHS_PARAM, 1, longest)
        for epoch, value in enumerate(shown[: len(curve)], 1):
            trial.report(value if higher else -value, epoch)
            if prune_now(trial, True, epoch, len(curve)):
                study.tell(trial, state=TrialState.PRUNED)
                break
        else:
            study.tell(trial, recorded["value"])
        runs.append({"number": recorded["number"], "epochs_run": epoch, "epochs_planned": len(curve),
                     "pruned": epoch < len(curve)})
    return {"trials": runs, **replay_figures(trials, runs)}


def replay_figures(trials: list[dict], runs: list[dict]) -> dict:
    per_epoch = [t["seconds"] / max(1, t["epochs_done"]) for t in trials]
    best = max(trials, key=lambda t: t["value"])
    kept = [t for t, r in zip(trials, runs) if not r["pruned"]]
    return {
        "epochs_run": sum(r["epochs_run"] for r in runs),
        "epochs_planned": sum(r["epochs_planned"] for r in runs),
        "trial_seconds": sum(s * r["epochs_run"] for s, r in zip(per_epoch, runs)),
        "trial_seconds_unpruned": sum(s * r["epochs_planned"] for s, r in zip(per_epoch, runs)),
        "best_trial_unpruned": best["number"],
        "best_trial_kept": any(t["number"] == best["number"] for t in kept),
        "best_validation_ex_unpruned": best["value"],
        "best_validation_ex": max(t["value"] for t in kept),
    }


def spearman(x: list[float], y: list[float]) -> float | None:
    """Spearman's rank correlation (ties share their mean rank); None where either side is constant."""

    def ranks(values: list[float]) -> list[float]:
        order = sorted(range(len(values)), key=values.__getitem__)
        out = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for n in order[i : j + 1]:
                out[n] = (i + j) / 2 + 1
            i = j + 1
        return out

    rx, ry = ranks(x), ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx, syy = sum((a - mx) ** 2 for a in rx), sum((b - my) ** 2 for b in ry)
    return sxy / (sxx * syy) ** 0.5 if sxx and syy else None


def signal_ranks(trials: list[dict], epochs: int = 3) -> list[dict]:
    """How well each signal read after epoch k (k = 1..``epochs``) picks out the trials that end best, among the
    trials that ran more than k epochs (those a pruner could stop after epoch k; a trial that ends at k is scored by
    its epoch-k EX, which would flatter the EX): the eventual best trial's rank by it (1 = first; None where that trial
    is not among them), and Spearman's correlation between it and their final values (the losses counted
    lower-is-better). A signal the trials did not record (the validation loss without --validation-loss, the
    training loss in older studies) gives None."""
    best = max(trials, key=lambda t: t["value"])
    rows = []
    for k in range(1, epochs + 1):
        reached = [t for t in trials if len(t["validation_ex_by_epoch"]) > k]
        row: dict = {"epoch": k, "trials": len(reached)}
        for signal, (key, higher) in SIGNALS.items():
            if len(reached) < 2 or any(len(t.get(key) or ()) < k for t in reached):
                row[signal] = None
                continue
            score = [t[key][k - 1] if higher else -t[key][k - 1] for t in reached]
            winner = next((sc for t, sc in zip(reached, score) if t is best), None)
            row[signal] = {"winner_rank": None if winner is None else 1 + sum(sc > winner for sc in score),
                           "spearman": spearman(score, [t["value"] for t in reached])}
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from search.config import PRUNERS

    p = argparse.ArgumentParser(prog="python -m benchmarks.pruning_replay", description=__doc__.split("\n\n")[0])
    p.add_argument("storage", help="the unpruned study's storage: sqlite:///FILE.db, journal:FILE or a database URL")
    p.add_argument("--study", help="study name (default: the storage's only study)")
    p.add_argument("--pruners", nargs="+", choices=PRUNERS, default=list(PRUNERS),
                   help="pruners to replay (default: all)")
    p.add_argument("--out", type=Path, help="JSON output file")
    args = p.parse_args(argv)
    try:
        name, trials = recorded_trials(args.storage, args.study)
    except ValueError as exc:
        p.error(str(exc))

    from benchmarks.train import command_line, write_json
    from search.study import make_pruner

    results = {pruner: replay(trials, make_pruner(True, pruner)) for pruner in dict.fromkeys(args.pruners)}
    print(f"study {name!r}: {len(trials)} trials, {sum(len(t['validation_ex_by_epoch']) for t in trials)} epochs, "
          f"best trial {results[args.pruners[0]]['best_trial_unpruned']} "
          f"({results[args.pruners[0]]['best_validation_ex_unpruned']:.1%})")
    print(f"{'pruner':<8}{'pruned':>8}{'epochs':>8}{'of epochs':>11}{'of trial s':>12}{'best kept':>11}{'best val EX':>13}")
    for pruner, r in results.items():
        print(f"{pruner:<8}{sum(t['pruned'] for t in r['trials']):>8}{r['epochs_run']:>8}"
              f"{r['epochs_run'] / r['epochs_planned']:>11.0%}{r['trial_seconds'] / (r['trial_seconds_unpruned'] or 1):>12.0%}"
              f"{'yes' if r['best_trial_kept'] else 'no':>11}{r['best_validation_ex']:>13.1%}")
    signals = signal_ranks(trials)
    print("\nsignals after epoch k, among the trials that went on after it: the best trial's rank (1 = first), and "
          "Spearman's rho with their final values")
    print(f"{'epoch':<7}{'trials':>6}" + "".join(f"{name:>22}" for name in SIGNALS))
    for row in signals:
        cells = ["n/a" if row[name] is None else
                 f"{row[name]['winner_rank'] or '-'}, rho {_number(row[name]['spearman'])}" for name in SIGNALS]
        print(f"{row['epoch']:<7}{row['trials']:>6}" + "".join(f"{cell:>22}" for cell in cells))
    # No machine_info: the replay measures no machine, only the recorded trials.
    write_json(args.out, {"command": command_line("python -m benchmarks.pruning_replay", argv),
                          "study": name, "recorded": trials, "replays": results, "signals": signals})
    return 0


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f}"


if __name__ == "__main__":
    sys.exit(main())
