"""Experimental search switches, kept out of the product path: the pruners built to answer benchmark questions
(``--pruner reach`` and ``--pruner asha``; benchmarks/pruning.py compares them, docs/decisions.md has the results).
The default, the median rule, stays in search/study.py: make_pruner.

The "reach" pruner: stop a trial only when it can no longer reach the best finished trial, judged by its own curve.

Why not Optuna's rules alone: the median rule and successive halving compare trials with each other at the same epoch,
so they keep a trial only while it is ahead early. On the embedded task the best trials often start slowly: in four
deterministic pairs on the H200 the median rule stopped the eventual best trial on three seeds, and every variant of
the same-epoch comparison replayed on those studies (later start, pruning only the bottom quarter, successive halving)
stopped it on at least two (docs/decisions.md, Pruning). A trial
that plans six epochs and is still climbing is not beaten by trials that are ahead after two; it is beaten when even a
generous continuation of its climb stays below a result the search already has.
"""

from __future__ import annotations

import optuna
from optuna.study import StudyDirection
from optuna.trial import TrialState

from search.space import EPOCHS_PARAM


def reach_bound(curve: list[float], planned: int, optimism: float = 1.0) -> float:
    """The most a trial with validation EX ``curve`` (after epochs 1..k) is credited with by epoch ``planned``.

    Each remaining epoch adds ``optimism`` times the larger of its last epoch's gain and its mean gain per epoch (from
    0, the EX before any training: a base model that already scores is credited more, which only makes the rule prune
    less). The larger of the two, so that one noisy epoch (EX on a few hundred questions moves by points from one epoch
    to the next) neither condemns a trial nor rescues it alone. The best EX it already had also counts, as
    ``--keep-epoch best`` would keep it."""
    k = len(curve)
    last_gain = curve[-1] - (curve[-2] if k > 1 else 0.0)
    gain = max(last_gain, curve[-1] / k, 0.0)
    return max(max(curve), curve[-1] + (planned - k) * optimism * gain)


class ReachPruner(optuna.pruners.BasePruner):
    """Prune a trial after epoch k of its planned E when ``reach_bound`` of its curve is below the best value of the
    complete trials (a tie goes on). Nothing is pruned before ``n_startup_trials`` trials are complete, nor a trial
    without a planned epoch count (the ``epochs`` parameter of search/space.py)."""

    def __init__(self, n_startup_trials: int = 2, optimism: float = 1.0) -> None:
        """``optimism``: the share of its recent gain a trial is credited with per remaining epoch. 1: it keeps
        climbing as fast as lately, the plain reading; the search uses it. Replays (benchmarks/README.md) show the sensitivity:
        0.9 lost a winner that 1 kept by a tie."""
        if n_startup_trials < 1:
            raise ValueError(f"n_startup_trials must be >= 1, got {n_startup_trials}")
        if optimism <= 0:
            raise ValueError(f"optimism must be > 0, got {optimism}")
        self.n_startup_trials, self.optimism = n_startup_trials, optimism

    def prune(self, study: optuna.Study, trial: optuna.trial.FrozenTrial) -> bool:
        if study.direction != StudyDirection.MAXIMIZE:
            raise ValueError("ReachPruner is for a study that maximizes (validation EX)")
        planned = trial.params.get(EPOCHS_PARAM)
        curve = [trial.intermediate_values[step] for step in sorted(trial.intermediate_values)]
        if planned is None or not curve or len(curve) >= planned:
            return False
        complete = study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
        if len(complete) < self.n_startup_trials:
            return False
        return reach_bound(curve, planned, self.optimism) < max(t.value for t in complete)


EXPERIMENTAL_PRUNERS = ("asha", "reach")


def experimental_pruner(kind: str) -> optuna.pruners.BasePruner:
    """The pruner ``--pruner kind`` names, for a kind in EXPERIMENTAL_PRUNERS."""
    if kind == "reach":
        return ReachPruner(n_startup_trials=2)
    if kind == "asha":
        # Successive halving with rungs at epochs 1 and 3: after its first epoch a trial goes on only if it is in the
        # top third of the trials measured at epoch 1 so far (the best one while there are fewer than three).
        # Harsher than the median rule, and ties are promoted, not pruned.
        return optuna.pruners.SuccessiveHalvingPruner(min_resource=1, reduction_factor=3, min_early_stopping_rate=0)
    raise ValueError(f"not an experimental pruner: {kind!r} (one of {EXPERIMENTAL_PRUNERS})")
