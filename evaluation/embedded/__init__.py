"""The embedded dataset: SQLite databases built from checked-in SQL, and train/validation/test questions.

``schemas/<db_id>.sql`` builds each database; ``questions/<db_id>.jsonl`` holds its questions; the split files
``train.jsonl``, ``validation.jsonl`` and ``test.jsonl`` are made from them by ``python -m evaluation.embedded.split``.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from pathlib import Path

EMBEDDED_DIR = Path(__file__).resolve().parent
SCHEMAS_DIR = EMBEDDED_DIR / "schemas"
QUESTIONS_DIR = EMBEDDED_DIR / "questions"
SPLITS = ("train", "validation", "test")


def split_path(split: str) -> Path:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    return EMBEDDED_DIR / f"{split}.jsonl"


def schema_files() -> list[Path]:
    return sorted(SCHEMAS_DIR.glob("*.sql"))


def build_database(sql_file: Path, target: Path) -> None:
    """Run one schema script into a new database file (the script is deterministic: same input, same bytes)."""
    conn = sqlite3.connect(target)
    try:
        conn.executescript(sql_file.read_text(encoding="utf-8"))
        conn.commit()
    finally:
        conn.close()


def build_databases(cache_dir: Path) -> Path:
    """Build every embedded database once into ``cache_dir/databases-<hash of the SQL>/``; return that folder.

    The folder name changes whenever a schema file changes, so a stale build is never used. It is built in a
    temporary folder and renamed, so an interrupted build leaves nothing half-written.
    """
    files = schema_files()
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.name.encode() + b"\0" + f.read_bytes())
    target = Path(cache_dir) / f"databases-{digest.hexdigest()[:12]}"
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=".databases-"))
    try:
        for f in files:
            build_database(f, tmp / f"{f.stem}.sqlite")
        try:
            tmp.rename(target)
        except OSError:  # another process built it first
            if not target.is_dir():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target
