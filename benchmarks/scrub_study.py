"""Blank the text of a study's predictions before the study is committed, when its data may not be copied here.

    python -m benchmarks.scrub_study STUDY.db.gz [...]

Spider's questions and gold SQL are the Spider authors' (CC BY-SA 4.0) and are not kept in this repository; our
predictions would give most of the gold SQL back. Each row keeps what the figures need (example and database ids,
difficulty, correct, error kind, latency); ``question``, ``gold_sql`` and ``predicted_sql`` become empty strings (the
columns are NOT NULL). The file is rewritten in place; a study without a predictions table is refused."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path


def scrub(path: Path) -> int:
    """Blank the prediction texts in ``path`` (a .db or .db.gz SQLite file); returns the rows changed."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "study.db"
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as src, open(db, "wb") as dst:
            shutil.copyfileobj(src, dst)
        with sqlite3.connect(db) as conn:
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'predictions'").fetchone():
                raise ValueError(f"{path}: no predictions table")
            n = conn.execute("UPDATE predictions SET question = '', gold_sql = '', predicted_sql = ''").rowcount
        with sqlite3.connect(db) as conn:
            conn.execute("VACUUM")  # the old text stays in free pages otherwise
        with open(db, "rb") as src, (gzip.open if path.suffix == ".gz" else open)(path, "wb") as dst:
            shutil.copyfileobj(src, dst)
    return n


def main(argv: list[str] | None = None) -> int:
    paths = [Path(p) for p in (sys.argv[1:] if argv is None else argv)]
    if not paths:
        print(__doc__.split("\n\n")[1].strip(), file=sys.stderr)
        return 2
    for path in paths:
        try:
            print(f"{path}: {scrub(path)} predictions blanked")
        except (OSError, ValueError, sqlite3.DatabaseError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
