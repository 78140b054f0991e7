"""Run SQL against a benchmark database safely: read-only, reads-only authorizer, real timeout, row cap.

Predicted SQL comes from a model (or from any system, through the scorer CLI), so it is hostile input:
it may try to write, attach other files, load extensions, or never finish. Four independent layers stop it:

1. the file is opened with ``mode=ro`` (SQLite refuses every write to it);
2. only a single SELECT / WITH / VALUES statement is run (``VACUUM INTO`` writes a *new* file even on a
   read-only connection, and its authorizer coverage is incomplete, so statement kinds are checked as text too);
   what may follow it depends on the semantics (``single_statement``), and a write never runs;
3. an authorizer allows reads only: no ATTACH, PRAGMA, temp tables, transactions or ``load_extension``;
4. a progress handler aborts the query past its instruction budget or its deadline. A Python-level timeout (a
   thread, ``asyncio.wait_for``) cannot interrupt a blocking sqlite call; the progress handler runs inside SQLite's VM loop, so it can.
"""

from __future__ import annotations

import enum
import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from training.database import open_readonly


class ErrorKind(str, enum.Enum):
    """Why a query produced no comparable result (``wrong_result`` is set later, by comparison)."""

    SYNTAX = "syntax"
    RUNTIME = "runtime"
    TIMEOUT = "timeout"
    DENIED = "denied"
    ROW_LIMIT = "row_limit"
    WRONG_RESULT = "wrong_result"


PROGRESS_INTERVAL = 1000
"""SQLite VM instructions between two calls of the progress handler (microseconds), which enforces both limits."""

SEMANTICS = ("strict", "official")
"""Scoring rules: "strict" is sqltune's own (docs/scorer-vs-spider.md); "official" reproduces the verdicts of Spider's
test-suite evaluator (``evaluation.py --etype exec``, default options) inside the same sandbox (evaluation/official.py)."""


@dataclass(frozen=True)
class ExecutionConfig:
    """Limits applied to every query, and the scoring semantics."""

    max_steps: int = 100_000_000
    """SQLite virtual-machine instructions per query. A count, unlike time, stops the same query at the same point on
    a loaded machine and an idle one, so execution-guided decoding picks the same hypothesis in the search and in
    tests/test_best_model.py (docs/decisions.md). The costliest Spider gold query takes ~53,000; 10^8 is ~0.5 s here."""
    timeout_s: float = 10.0
    """Wall-clock backstop per query, for work the instruction count does not see (sorting a huge result, say)."""
    max_rows: int = 100_000
    """Rows fetched at most; a result with more is an error (gold results in Spider stay under a few thousand)."""
    max_value_bytes: int = 10_000_000
    """SQLite's SQLITE_LIMIT_LENGTH: bounds ``randomblob``/``zeroblob``/``printf`` memory bombs."""
    semantics: str = field(default="strict", metadata={
        "choices": SEMANTICS, "help": "scoring rules that decide EX (trials, baseline, final): sqltune's own, or those "
                                      "of Spider's test-suite evaluator run in the same sandbox; test EX is reported "
                                      "under both (default %(default)s)"})
    """Which rules decide ``correct``: one of ``SEMANTICS``. The scorer records the verdicts under both."""

    def __post_init__(self) -> None:
        if self.max_steps < PROGRESS_INTERVAL:
            raise ValueError(f"max_steps must be >= {PROGRESS_INTERVAL}, got {self.max_steps}")
        if self.semantics not in SEMANTICS:
            raise ValueError(f"semantics must be one of {SEMANTICS}, got {self.semantics!r}")
        if not self.timeout_s > 0:
            raise ValueError(f"timeout_s must be > 0, got {self.timeout_s}")
        if self.max_rows < 1:
            raise ValueError(f"max_rows must be >= 1, got {self.max_rows}")
        if self.max_value_bytes < 1000:
            raise ValueError(f"max_value_bytes must be >= 1000, got {self.max_value_bytes}")


@dataclass(frozen=True)
class ExecutionResult:
    """What one query returned: rows and column names, or an error kind and message."""

    rows: list[tuple] | None
    columns: tuple[str, ...] = ()
    error: ErrorKind | None = None
    message: str = ""
    latency_ms: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


# Action codes that a read-only SELECT needs. Everything else (ATTACH, PRAGMA, INSERT, CREATE TEMP ...,
# TRANSACTION, SAVEPOINT, ANALYZE, ...) is denied.
_ALLOWED_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE})
_DENIED_FUNCTIONS = frozenset({"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"})
_COMMENT = re.compile(r"--[^\n]*|/\*.*?(\*/|$)", re.S)
_FIRST_WORD = re.compile(r"\s*\(*\s*([A-Za-z]+)")
# Statements SQLite knows but that are not reads: refused as "denied". Any other first word is not SQL at all
# (prose from the model) and counts as a syntax error.
_WRITE_OR_ADMIN = frozenset(
    "INSERT UPDATE DELETE REPLACE UPSERT DROP CREATE ALTER ATTACH DETACH PRAGMA VACUUM BEGIN COMMIT END ROLLBACK "
    "SAVEPOINT RELEASE ANALYZE REINDEX EXPLAIN".split()
)
_SYNTAX_MARKERS = ("syntax error", "incomplete input", "unrecognized token", "unterminated")
_DML = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE"})
# One SQL token: quoted text and comments whole (a ';' or a keyword inside them is not one), a word, or any character.
_TOKEN = re.compile(
    r"""'(?:[^']|'')*'?|"(?:[^"]|"")*"?|`(?:[^`]|``)*`?|\[[^\]]*\]?|--[^\n]*|/\*.*?(?:\*/|$)|[^\W\d]\w*|\s+|.""",
    re.S,
)


def sql_tokens(sql: str) -> list[str]:
    """``sql`` cut into tokens that join back into it: strings, quoted names and comments whole, words, the rest
    one character at a time."""
    return _TOKEN.findall(sql)


def split_statements(sql: str) -> list[str]:
    """The statements of ``sql``, cut at each ';' outside quotes and comments; each keeps its ';'.

    Only used to decide what to run: SQLite itself, through Python's driver, refuses a string that holds a second
    statement, so a split that is wrong can refuse a query but never run a second one."""
    statements, current = [], []
    for token in sql_tokens(sql):
        current.append(token)
        if token == ";":
            statements.append("".join(current))
            current = []
    if current or not statements:
        statements.append("".join(current))
    return statements


def is_blank(statement: str) -> bool:
    """Nothing but spaces, comments and ';' (the empty statement after ``SELECT ...;;``)."""
    return all(t == ";" or t.isspace() or t.startswith(("--", "/*")) for t in sql_tokens(statement))


def writes(statement: str) -> bool:
    """Whether a statement is a write or admin statement by its text: its first keyword, or DML after a WITH."""
    kind = statement_kind(statement)
    if kind in _WRITE_OR_ADMIN:
        return True
    return kind == "WITH" and any(t.upper() in _DML for t in sql_tokens(statement))


def single_statement(sql: str, semantics: str = "strict") -> tuple[str, str]:
    """(the one statement to run, '') or ('', why nothing may run).

    strict: one statement, optionally followed by empty ones (``SELECT ...;;``, ``SELECT ...; -- note``).
    official: the first statement, as Spider's test-suite evaluator runs it (it keeps only the first statement its
    tokenizer finds), unless a later one writes: those are refused, never run, in both semantics."""
    first, *rest = split_statements(sql)
    rest = [s for s in rest if not is_blank(s)]
    if rest and semantics == "strict":
        return "", f"only one statement is allowed, got {len(rest) + 1}"
    written = [statement_kind(s) for s in rest if writes(s)]
    if written:
        return "", f"only SELECT statements are allowed, got {written[0]} after the first statement"
    return first, ""


def _authorizer(action: int, arg1, arg2, db_name, trigger) -> int:
    if action not in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in _DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def statement_kind(sql: str) -> str:
    """First keyword of ``sql`` after comments, upper-cased ('' when there is none)."""
    match = _FIRST_WORD.match(_COMMENT.sub(" ", sql))
    return match.group(1).upper() if match else ""


class SQLiteExecutor:
    """Executes hostile SQL on read-only databases, one cached connection per file.

    Not thread-safe: one executor per thread.
    """

    def __init__(self, config: ExecutionConfig = ExecutionConfig()) -> None:
        self.config = config
        self._connections: dict[Path, sqlite3.Connection] = {}
        self._deadline = 0.0
        self._steps_left = 0

    def _connection(self, path: Path) -> sqlite3.Connection:
        key = Path(path).resolve()
        conn = self._connections.get(key)
        if conn is None:
            conn = open_readonly(key)
            conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
            conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, self.config.max_value_bytes)
            conn.set_authorizer(_authorizer)
            conn.set_progress_handler(self._progress, PROGRESS_INTERVAL)
            self._connections[key] = conn
        return conn

    def _progress(self) -> int:
        """Non-zero interrupts the query: its instruction budget is spent, or its wall-clock deadline passed."""
        self._steps_left -= PROGRESS_INTERVAL
        return int(self._steps_left < 0 or time.monotonic() > self._deadline)

    def execute(self, db_path: str | Path, sql: str, semantics: str | None = None) -> ExecutionResult:
        """Run ``sql``'s one statement (``single_statement`` under ``semantics``, default the config's)."""
        start = time.perf_counter()

        def failed(kind: ErrorKind, message: str) -> ExecutionResult:
            return ExecutionResult(None, (), kind, message, (time.perf_counter() - start) * 1000)

        sql, refusal = single_statement(sql, semantics or self.config.semantics)
        if refusal:
            return failed(ErrorKind.DENIED, refusal)
        kind = statement_kind(sql)
        if kind not in {"SELECT", "WITH", "VALUES"}:
            if kind in _WRITE_OR_ADMIN:
                return failed(ErrorKind.DENIED, f"only SELECT statements are allowed, got {kind}")
            return failed(ErrorKind.SYNTAX, f"not an SQL query: {sql[:60]!r}" if kind else "empty statement")
        conn = self._connection(Path(db_path))
        self._deadline = time.monotonic() + self.config.timeout_s
        self._steps_left = self.config.max_steps
        cursor = None
        try:
            cursor = conn.execute(sql)
            rows = cursor.fetchmany(self.config.max_rows + 1)
            columns = tuple(d[0] for d in cursor.description or ())
        except sqlite3.ProgrammingError as exc:  # several statements in one string
            return failed(ErrorKind.DENIED, str(exc))
        except sqlite3.DatabaseError as exc:
            message = str(exc)
            if message == "interrupted":
                spent = (f"{self.config.max_steps:,} SQLite VM steps" if self._steps_left < 0
                         else f"{self.config.timeout_s:g} s")
                return failed(ErrorKind.TIMEOUT, f"exceeded {spent}")
            if "not authorized" in message or "prohibited" in message:
                return failed(ErrorKind.DENIED, message)
            if any(marker in message for marker in _SYNTAX_MARKERS):
                return failed(ErrorKind.SYNTAX, message)
            return failed(ErrorKind.RUNTIME, message)
        except (OverflowError, ValueError, MemoryError) as exc:
            return failed(ErrorKind.RUNTIME, f"{type(exc).__name__}: {exc}")
        finally:
            if cursor is not None:
                cursor.close()
        if len(rows) > self.config.max_rows:
            return failed(ErrorKind.ROW_LIMIT, f"more than {self.config.max_rows} rows")
        return ExecutionResult(rows, columns, None, "", (time.perf_counter() - start) * 1000)

    def close(self) -> None:
        for conn in self._connections.values():
            conn.close()
        self._connections.clear()

    def __enter__(self) -> "SQLiteExecutor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
