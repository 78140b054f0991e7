"""Open and write-probe the study storage and the predictions database before anything heavy runs.

A fault in either used to surface as a long traceback, often only after the model had loaded (a read-only or
damaged study.db failed at the first write, with Optuna's misleading "invalid data in the commit"). Here each one
ends in a ``DatabaseFault``: one line naming the flag (or ``.env`` key), the URL or file, and the cause.

Nothing is created or changed: a SQLite file is read through a read-only connection (header, ``PRAGMA
quick_check``) and written to only when healthy, inside a transaction that is rolled back; a file not created yet
only has its folder checked. No torch, no model: the whole check takes milliseconds (a server: one connection).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

SQLITE_MAGIC = b"SQLite format 3\x00"
CONNECT_TIMEOUT_S = 5
"""Seconds to wait for a database server: an unreachable one fails here instead of after the model load."""
LOCK_WAIT_S = 60
"""As search/optuna_storage.py: the probe waits for other workers' writes (milliseconds each) instead of failing."""

DRIVERS = {
    "MySQLdb": "pip install mysqlclient (or use mysql+pymysql://... after pip install pymysql)",
    "pymysql": "pip install pymysql",
    "psycopg2": "pip install psycopg2-binary (or use postgresql+psycopg://..., whose driver sqltune installs)",
    "psycopg": "pip install 'psycopg[binary]'",
}
"""How to install the DB-API module that a SQLAlchemy dialect imports, where the package is named otherwise."""


class DatabaseFault(ValueError):
    """A storage or predictions database that cannot be used as given; the message is the whole story."""


def shown(url: str) -> str:
    """``url`` as it may be printed: the password hidden."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if "://" not in url:
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def check_databases(storage: str, db: str, db_source: str) -> None:
    """The study storage (``--storage``) and the predictions database (``db``, from ``db_source``: --db, DB_PATH or
    --storage) can be opened and written; raise DatabaseFault otherwise. The same database is probed once."""
    from storage.predictions import sqlalchemy_url

    check_writable("--storage", storage, table="studies")
    if sqlalchemy_url(db) != sqlalchemy_url(storage):
        check_writable(db_source, db, table="predictions")


def check_writable(flag: str, url: str, table: str) -> None:
    """Raise DatabaseFault naming ``flag`` unless the database at ``url`` opens and takes a write. ``table``: the
    table that the tool writes there (its lock is what a server-side probe takes, where it exists)."""
    _check(flag, url, table, write=True)


def check_readable(flag: str, url: str) -> None:
    """Raise DatabaseFault naming ``flag`` unless the database at ``url`` opens and reads (search.report)."""
    _check(flag, url, None, write=False)


def _check(flag: str, url: str, table: str | None, write: bool) -> None:
    from search.optuna_storage import JOURNAL_PREFIX, journal_path, local_file

    if url.startswith(JOURNAL_PREFIX):
        _journal(flag, url, Path(journal_path(url)).expanduser(), write)
        return
    try:
        found = local_file(url)
    except ValueError as exc:
        raise DatabaseFault(f"{flag}: {exc}") from None
    _driver(flag, url)
    if found is not None:
        _sqlite(flag, url, Path(found[0]).expanduser(), write)
    elif "://" in url and not url.startswith("sqlite"):
        _server(flag, url, table, write)


def _driver(flag: str, url: str) -> None:
    """The URL's SQLAlchemy dialect exists and its DB-API module imports."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import NoSuchModuleError

    from storage.predictions import sqlalchemy_url

    parsed = make_url(sqlalchemy_url(url))
    try:
        dialect = parsed.get_dialect()
    except NoSuchModuleError:
        raise DatabaseFault(
            f"{flag} {shown(url)}: SQLAlchemy knows no database {parsed.drivername!r}; "
            "use sqlite:///FILE, postgresql://USER@HOST/DB or another SQLAlchemy URL") from None
    try:
        dialect.import_dbapi()
    except ImportError as exc:
        module = (getattr(exc, "name", None) or "").split(".")[0]
        hint = DRIVERS.get(module, f"pip install {module}" if module else "install the database's Python driver")
        raise DatabaseFault(f"{flag} {shown(url)}: the {parsed.get_backend_name()} driver is not installed "
                            f"({exc}): {hint}") from exc


def _sqlite(flag: str, url: str, path: Path, write: bool) -> None:
    import sqlite3

    where = f"{flag} {shown(url)}"
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseFault(f"{where}: folder not found: {folder}")
    if path.exists() and not path.is_file():
        raise DatabaseFault(f"{where}: {path} is not a file")
    # SQLite creates the file, and beside it a journal at each write, so the folder must take new files.
    if write and not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseFault(f"{where}: folder {folder} is read-only (SQLite creates {path.name} and its journal "
                            "there): make it writable or choose another folder")
    if not path.exists():
        return  # created by the search: nothing to read yet
    if not os.access(path, os.R_OK):
        raise DatabaseFault(f"{where}: {path} is not readable (permissions)")
    with path.open("rb") as f:
        header = f.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise DatabaseFault(f"{where}: {path} is not a SQLite database (its header is not SQLite's; overwritten?); "
                            f"{_untouched(write)}")
    try:
        # Read-only: a damaged file is looked at, never written (a read-write open could roll a journal into it).
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=LOCK_WAIT_S)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise DatabaseFault(f"{where}: {path} is corrupted ({'; '.join(problems)}); {_untouched(write)}")
    if not write:
        return
    if not os.access(path, os.W_OK):
        raise DatabaseFault(f"{where}: {path} is read-only: make it writable (chmod u+w) or pass another file")
    try:
        conn = sqlite3.connect(str(path), timeout=LOCK_WAIT_S, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")  # the write lock: fails on a file SQLite can only read
            try:
                conn.execute("CREATE TABLE sqltune_write_probe (x INTEGER)")
            finally:
                conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseFault(f"{where}: cannot write to {path} ({exc}): check that it and its folder are writable "
                            "and that no other program holds it locked") from exc


def _untouched(write: bool) -> str:
    advice = "restore it from a backup, or move it away and start a new study"
    return f"nothing was written to it: {advice}" if write else advice


def _journal(flag: str, url: str, path: Path, write: bool) -> None:
    where = f"{flag} {url}"
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseFault(f"{where}: folder not found: {folder}")
    # Optuna's journal lock is a file created beside the journal at every write.
    if write and not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseFault(f"{where}: folder {folder} is read-only (the journal and its lock file are created "
                            "there): make it writable or choose another folder")
    if not path.exists():
        return
    if not path.is_file() or not os.access(path, os.R_OK):
        raise DatabaseFault(f"{where}: {path} is not a readable file")
    if write and not os.access(path, os.W_OK):
        raise DatabaseFault(f"{where}: {path} is read-only: make it writable (chmod u+w) or pass another file")
    with path.open("rb") as f:
        lines = f.readlines()
    # Optuna skips an unfinished last record (a writer killed mid-line), but refuses a bad one before others.
    for number, line in enumerate(lines[:-1], start=1):
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if not isinstance(record, dict) or "op_code" not in record:
            raise DatabaseFault(f"{where}: {path} is not an Optuna journal or is corrupted (line {number} is no "
                                f"journal record); {_untouched(write)}")


def _server(flag: str, url: str, table: str | None, write: bool) -> None:
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError
    from sqlalchemy.pool import NullPool

    from storage.predictions import sqlalchemy_url

    where = f"{flag} {shown(url)}"
    sa_url = sqlalchemy_url(url)
    postgres = sa_url.startswith("postgresql")
    kwargs = {"connect_args": {"connect_timeout": CONNECT_TIMEOUT_S}} if postgres else {}
    engine = create_engine(sa_url, poolclass=NullPool, **kwargs)
    try:
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            raise DatabaseFault(f"{where}: cannot connect: {_first_lines(exc)}") from exc
        with conn:
            # Only PostgreSQL rolls DDL back: elsewhere (MySQL) a probe table would stay, so connecting must do.
            if write and postgres:
                try:
                    with conn.begin() as transaction:
                        conn.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT_S}s'"))
                        if table is not None and inspect(conn).has_table(table):
                            conn.execute(text(f'LOCK TABLE "{table}" IN ROW EXCLUSIVE MODE'))
                        else:
                            conn.execute(text("CREATE TABLE sqltune_write_probe (x integer)"))
                        transaction.rollback()
                except DBAPIError as exc:
                    raise DatabaseFault(f"{where}: cannot write: {_first_lines(exc)}") from exc
    except SQLAlchemyError as exc:
        raise DatabaseFault(f"{where}: {_first_lines(exc)}") from exc
    finally:
        engine.dispose()


def _first_lines(exc: Exception) -> str:
    """The driver's own message on one line, without SQLAlchemy's "[SQL: ...]" and "(Background ...)" lines."""
    text = str(getattr(exc, "orig", None) or exc)
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith(("[SQL", "(Background"))]
    return "; ".join(lines[:3]) or type(exc).__name__
