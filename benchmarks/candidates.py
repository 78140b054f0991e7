"""How many hypotheses should execution-guided decoding keep? Decodes a study's best adapter on a held-out split
(validation: choosing on the test split would tune on it) once per number of hypotheses, side by side in one process.

    python -m benchmarks.candidates --storage sqlite:///study.db --split data/spider/dev.jsonl --candidates 8 16

Prints EX and seconds for each number, and each against the first on the same questions (questions only it gets
right, only the first does, one-sided sign test). Use the winner with ``python -m search.run --phase final
--candidates N`` on the same study."""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.candidates", description=__doc__.split("\n\n")[0])
    p.add_argument("--storage", required=True, help="Optuna storage of a study that has run its final phase")
    p.add_argument("--study-name", default="sqltune")
    p.add_argument("--split", type=Path, required=True, help="JSONL file of held-out questions on the study's databases")
    p.add_argument("--candidates", type=int, nargs="+", required=True, help="numbers of hypotheses, 1-16")
    p.add_argument("--cache-dir", type=Path, default=Path(".cache"), help="where the study's model was converted")
    args = p.parse_args(argv)
    if not args.split.is_file():
        p.error(f"--split: no such file: {args.split}")
    if not all(1 <= k <= 16 for k in args.candidates):
        p.error(f"--candidates: each must be between 1 and 16, got {args.candidates}")

    from training.model import CUBLAS_WORKSPACE

    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", CUBLAS_WORKSPACE)
    import optuna

    from evaluation.metrics import paired_comparison
    from search.regenerate import decode_as_final, load_final

    study = optuna.load_study(study_name=args.study_name, storage=args.storage)
    state = load_final(study, args.cache_dir, args.split)
    first: dict[str, bool] = {}
    for k in args.candidates:
        result = decode_as_final(study, state, candidates=k)
        correct = {r.id: r.correct for r in result.records}
        line = (f"{k:>2} hypothes{'is' if k == 1 else 'es'}: EX {result.ex:.1%} ({sum(correct.values())}/"
                f"{len(correct)}) in {result.seconds:.0f} s")
        if first:
            line += "; " + paired_comparison(first, correct).describe("here", "with the first")
        else:
            first = correct
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
