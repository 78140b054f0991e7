"""A benchmark database opened read-only: task code that training (the prompt's schema) and evaluation (the
executor) both read, kept here so that training never imports evaluation."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """Open a database file read-only; a missing file is an error, never a new empty database."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"database file not found: {path}")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    # Some Spider databases hold bytes that are not valid UTF-8; decode leniently (as Spider's own checks do)
    # so that gold and prediction see the same text instead of both raising.
    conn.text_factory = lambda b: b.decode("utf-8", errors="replace")
    return conn
