"""The search's phase order lives in one place (search/phases.py: Search.run) and ``--phase X`` runs a subset of it;
the orchestrator is the one writer of the predictions table."""

import re
from pathlib import Path

import pytest

import search.phases as phases
from search.config import SearchConfig

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("phase, ran", [
    ("all", ["setup", "load", "baseline", "trials", "final", "summary"]),
    ("baseline", ["setup", "load", "baseline", "summary"]),
    ("trials", ["setup", "load", "trials", "summary"]),
    ("final", ["setup", "load", "final", "summary"]),
])
def test_each_phase_runs_its_part_of_one_order(monkeypatch, tmp_path, phase, ran):
    events = []
    monkeypatch.setattr(phases.Search, "setup", lambda self, stack: events.append("setup"))
    for name in ("load", "baseline", "trials", "final", "summary"):
        monkeypatch.setattr(phases.Search, name, lambda self, name=name: events.append(name))
    monkeypatch.setattr(phases, "check_final_possible", lambda config: None)  # no study: --phase final would stop
    phases.run(SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", phase=phase))
    assert events == ran


def test_only_the_orchestrator_writes_the_predictions_table():
    writers = sorted(str(p.relative_to(ROOT)) for folder in ("search", "evaluation", "training", "storage")
                     for p in (ROOT / folder).rglob("*.py") if re.search(r"\bsave_predictions\(", p.read_text()))
    assert writers == ["search/phases.py", "storage/predictions.py"]  # its call, and the definition
