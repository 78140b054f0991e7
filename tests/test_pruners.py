"""The reach pruner (search/experimental.py): its bound by hand, and when it prunes inside a real Optuna study."""

import optuna
import pytest
from optuna.distributions import IntDistribution
from optuna.trial import TrialState, create_trial

from search.experimental import ReachPruner, reach_bound
from search.study import make_pruner


@pytest.mark.parametrize("curve, planned, bound", [
    ([0.05], 6, 0.30),                    # epoch 1: its mean gain from 0, carried over 5 more epochs
    ([0.05, 0.15], 6, 0.55),              # the last gain (0.10) beats the mean (0.075)
    ([0.10, 0.16, 0.18], 5, 0.30),        # the mean gain (0.06) beats the last (0.02)
    ([0.20, 0.30, 0.10], 6, 0.30),        # a fall: the best epoch so far still counts
    ([0.10, 0.20], 2, 0.20),              # nothing left to run
])
def test_reach_bound_by_hand(curve, planned, bound):
    assert reach_bound(curve, planned) == pytest.approx(bound)


def test_optimism_scales_the_credited_gain():
    assert reach_bound([0.05, 0.15], 6, optimism=0.5) == pytest.approx(0.35)  # 0.15 + 4 x 0.5 x 0.10
    assert reach_bound([0.20, 0.30, 0.10], 6, optimism=2.0) == pytest.approx(0.30)  # the best epoch still wins

def study_with(finished_values: list[float]) -> optuna.Study:
    study = optuna.create_study(direction="maximize", pruner=ReachPruner(n_startup_trials=2))
    for value in finished_values:
        study.add_trial(create_trial(state=TrialState.COMPLETE, value=value, params={"epochs": 3},
                                     distributions={"epochs": IntDistribution(1, 6)},
                                     intermediate_values={1: value / 3, 2: 2 * value / 3, 3: value}))
    return study


def running(study: optuna.Study, curve: list[float], planned: int | None = 6) -> optuna.Trial:
    if planned is not None:
        study.enqueue_trial({"epochs": planned})
    trial = study.ask()
    if planned is not None:
        trial.suggest_int("epochs", 1, 6)
    for epoch, ex in enumerate(curve, 1):
        trial.report(ex, epoch)
    return trial


def test_prunes_only_what_cannot_reach_the_best_finished_trial():
    study = study_with([0.375, 0.25])  # binary fractions, so that the tie below is exact
    assert running(study, [0.05]).should_prune()            # 0.05 + 5 x 0.05 = 0.30 < 0.375
    assert not running(study, [0.0625]).should_prune()      # 0.0625 + 5 x 0.0625 = 0.375: a tie goes on
    assert not running(study, [0.05, 0.12]).should_prune()  # slow, but climbing: 0.12 + 4 x 0.07 = 0.40
    assert running(study, [0.05], planned=2).should_prune()  # the same start with one epoch left: 0.10
    assert not running(study, [0.05], planned=None).should_prune()  # no planned epochs: nothing to judge by


def test_nothing_is_pruned_before_two_trials_are_complete():
    study = study_with([0.30])
    assert not running(study, [0.0]).should_prune()
    pruned = study.ask()
    pruned.report(0.1, 1)
    study.tell(pruned, state=TrialState.PRUNED)  # a pruned trial is no yardstick
    assert not running(study, [0.0]).should_prune()


def test_the_search_builds_it_and_refuses_a_minimizing_study():
    assert isinstance(make_pruner(True, "reach"), ReachPruner)
    study = optuna.create_study(direction="minimize", pruner=ReachPruner())
    for value in (0.1, 0.2):
        study.add_trial(create_trial(state=TrialState.COMPLETE, value=value))
    with pytest.raises(ValueError, match="maximizes"):
        running(study, [0.5]).should_prune()
    with pytest.raises(ValueError, match="n_startup_trials"):
        ReachPruner(n_startup_trials=0)
    with pytest.raises(ValueError, match="optimism"):
        ReachPruner(optimism=0)
