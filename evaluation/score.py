"""Score SQL predictions from any system by execution accuracy.

    python -m evaluation.score --dataset FILE --databases DIR --predictions FILE --out FILE

``--predictions`` is JSONL ``{"id": ..., "sql": ...}``, one line per dataset example. ``--out`` gets one JSON
line per example (``id``, ``correct`` and the rest of the per-example record, with the verdict under each semantics
in ``strict_correct`` and ``official_correct``); a summary table is printed. ``--semantics official`` makes
``correct`` follow Spider's test-suite evaluator (docs/scorer-vs-spider.md). This interface is stable: other tools
depend on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evaluation.data import DatasetError, load_dataset
from evaluation.execute import SEMANTICS, ExecutionConfig, SQLiteExecutor
from evaluation.metrics import Scorer, aggregate, format_summary
from storage.artifacts import atomic_write_text


def read_predictions(path: Path) -> dict[str, str]:
    if not path.is_file():
        raise DatasetError(f"predictions file not found: {path}")
    predictions: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path}:{line_no}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{where}: invalid JSON: {exc.msg}") from None
            if not isinstance(record, dict):
                raise DatasetError(f"{where}: expected a JSON object")
            for key in ("id", "sql"):
                if key not in record:
                    raise DatasetError(f"{where}: missing field '{key}'")
            if not isinstance(record["sql"], str):
                raise DatasetError(f"{where}: field 'sql' must be a string")
            key = str(record["id"])
            if key in predictions:
                raise DatasetError(f"{where}: field 'id': duplicate id {key!r}")
            predictions[key] = record["sql"]
    return predictions


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evaluation.score", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, required=True, help="gold examples (sqltune, Spider or sql-create-context; JSON or JSONL)")
    parser.add_argument("--databases", type=Path, help="folder of <db_id>.sqlite or <db_id>/<db_id>.sqlite")
    parser.add_argument("--predictions", type=Path, required=True, help='JSONL of {"id": ..., "sql": ...}')
    parser.add_argument("--out", type=Path, required=True, help="per-example JSONL written here")
    parser.add_argument("--timeout", type=float, default=ExecutionConfig.timeout_s, help="seconds per query (default %(default)s)")
    parser.add_argument("--semantics", choices=SEMANTICS, default=ExecutionConfig.semantics,
                        help="rules that decide 'correct': sqltune's own, or those of Spider's test-suite evaluator "
                             "(evaluation.py --etype exec), run in the same sandbox (default %(default)s)")
    parser.add_argument("--allow-missing", action="store_true", help="score a missing prediction as an empty query instead of failing")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        dataset = load_dataset(args.dataset, args.databases)
        predictions = read_predictions(args.predictions)
        known = {e.id for e in dataset.examples}
        unknown = sorted(set(predictions) - known)
        if unknown:
            raise DatasetError(f"{args.predictions}: ids not in {args.dataset}: {', '.join(unknown[:5])}")
        missing = [e.id for e in dataset.examples if e.id not in predictions]
        if missing and not args.allow_missing:
            raise DatasetError(
                f"{args.predictions}: no prediction for {len(missing)} examples (first: {', '.join(missing[:5])}); "
                "use --allow-missing to score them as wrong"
            )
        with SQLiteExecutor(ExecutionConfig(timeout_s=args.timeout, semantics=args.semantics)) as executor:
            scorer = Scorer(executor)
            records = scorer.score_all(dataset, [predictions.get(e.id, "") for e in dataset.examples])
        atomic_write_text(args.out, "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records))
    except (DatasetError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_summary(f"{dataset.name} ({args.predictions.name})", aggregate(records)))
    print(f"per-example results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
