"""Print the pruning figures of this folder from its studies: python benchmarks/results/h200-2026-11-30b/figures.py

The one-process searches' benchmark run stopped before its table (round.sh's poll deleted their artifacts while they
ran, so each final phase failed after its last trial; README here); this reads the same figures from their studies with
the benchmark's own study_figures. Run from the repository root."""

import gzip
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
from benchmarks.pruning import ex_points, study_figures  # noqa: E402

here = Path(__file__).parent
with tempfile.TemporaryDirectory() as tmp:
    for pair in ("pruning-1process", "pruning-4workers"):
        rows = {}
        for packed in sorted((here / pair).glob("*.db.gz")):
            db = Path(tmp) / f"{pair}-{packed.stem}"
            with gzip.open(packed) as src, db.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            rows[db.stem.split("-")[-1]] = study_figures(f"sqlite:///{db}", db.stem.split("-")[-1])
        unpruned = rows.pop("unpruned")
        print(f"{pair}: unpruned {unpruned['trials_complete']} trials, {unpruned['epochs_run']} epochs, "
              f"{unpruned['trial_seconds']:.0f} s of trials, best validation EX {unpruned['best_validation_ex']:.1%}")
        for name, r in rows.items():
            print(f"  {name}: {r['trials_complete']} complete + {r['trials_pruned']} pruned, {r['epochs_run']} epochs "
                  f"({r['epochs_run'] / unpruned['epochs_run']:.0%}), {r['trial_seconds']:.0f} s of trials "
                  f"({r['trial_seconds'] / unpruned['trial_seconds']:.0%}), best validation EX "
                  f"{r['best_validation_ex']:.1%} ({ex_points(r['best_validation_ex'], unpruned['best_validation_ex']):+.1f} points)")
