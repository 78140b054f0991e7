"""Print each round-2 run's figures from its study: python figures.py (in this folder, with sqltune importable)."""

import gzip
import re
import shutil
import tempfile
import warnings
from pathlib import Path

import optuna

from search.study import trial_overhead

warnings.filterwarnings("ignore")
optuna.logging.set_verbosity(optuna.logging.WARNING)
here = Path(__file__).parent
steps = (here / "round2-steps.log").read_text()
with tempfile.TemporaryDirectory() as tmp:
    for i in range(1, 7):
        name = f"default-{i}"
        db = Path(tmp) / f"{name}.db"
        with gzip.open(here / f"round2-{name}.db.gz") as src, db.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        study = optuna.load_study(study_name="sqltune", storage=f"sqlite:///{db}")
        done = [t for t in study.trials if t.state.name in ("COMPLETE", "PRUNED")]
        complete = sum(t.state.name == "COMPLETE" for t in done)
        epochs = sum(t.user_attrs["epochs_done"] for t in done)
        planned = sum(t.params["epochs"] for t in done)
        mean, share = trial_overhead(study.trials)
        wall = re.search(rf"{name} rc=0 (\d+) s", steps).group(1)
        print(f"{name}: {wall} s; {complete} + {len(done) - complete} trials, {epochs} of {planned} planned epochs; "
              f"best validation {study.best_value:.1%}, test {study.user_attrs['best_test_ex']:.1%}; "
              f"per-trial overhead {mean:.2f} s, {share:.2%}")
