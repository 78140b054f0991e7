"""A rerun of a command whose study is finished: the summary again, in seconds, with no data or model loaded.

A finished search rerun used to skip its trials and its baseline but load the model and run the whole final phase
again (11.3 min on the CPU) for the same predictions. ``--phase final`` still recomputes them on request."""

from __future__ import annotations

from pathlib import Path

from search import records
from search.config import SearchConfig


def finished_summary(config: SearchConfig) -> dict | None:
    """Print and return the summary of a study that ``config`` leaves nothing to do in: ``config.trials`` trials
    finished, none running or queued, the baseline recorded and the final phase run on the best trial. None when
    there is work left (or no such study yet)."""
    import time

    from search.study import existing_study, finished_trials, summarize

    start = time.perf_counter()
    if config.phase != "all" or (study := existing_study(config)) is None:
        return None
    trials = study.get_trials(deepcopy=False)
    if any(t.state.name in ("RUNNING", "WAITING") for t in trials) or len(finished_trials(study)) < config.trials:
        return None
    recorded = records.read_final(study)
    if records.read_baseline(study) is None or recorded is None or recorded.test is None:
        return None
    if not any(t.state.name == "COMPLETE" for t in trials) or study.best_trial.number != recorded.trial:
        return None  # a trial finished after the final phase ran is the best one now: the final phase runs again
    best = study.best_trial
    adapter = recorded.settings.adapter or str(Path(records.read_trial(best).artifact_dir or "") / "adapter")
    final = {
        "trial": best.number,
        "summary": {"ex": recorded.test.ex,
                    "by_difficulty": {k: {"ex": v} for k, v in recorded.test.by_difficulty.items()}},
        "seconds": 0.0,
        "adapter": adapter,
    }
    print(f"study {config.study_name!r} is finished ({len(finished_trials(study))} trials, test predictions of trial "
          f"{best.number}): nothing to run. --phase final evaluates the best adapter again; a higher --trials adds "
          "trials.")
    return summarize(config, study, final, time.perf_counter() - start)


def check_final_possible(config: SearchConfig) -> None:
    """Raise IncompleteStudy when ``--phase final`` has no completed trial to test (or no study at all)."""
    from search.study import IncompleteStudy, existing_study, no_completed_trial

    study = existing_study(config)
    if study is None:
        raise IncompleteStudy(f"--phase final: no study {config.study_name!r} in {config.storage}; run the search first")
    if not any(t.state.name == "COMPLETE" for t in study.get_trials(deepcopy=False)):
        raise IncompleteStudy(no_completed_trial(study))
