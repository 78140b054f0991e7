import hashlib

import pytest

from evaluation.data import load_dataset
from evaluation.execute import ErrorKind, ExecutionConfig, SQLiteExecutor, statement_kind
from evaluation.metrics import Scorer
from tests.conftest import write_jsonl

MAX_STEPS = 2_000_000
CROSS_JOIN = "SELECT * FROM " + ", ".join(f"orders AS o{i}" for i in range(12))
HOSTILE = {
    "drop": "DROP TABLE orders",
    "delete": "DELETE FROM orders",
    "update": "UPDATE orders SET total = 0",
    "insert": "INSERT INTO customers VALUES (9, 'Eve', 'Rome')",
    "several statements": "SELECT 1; DELETE FROM orders",
    "cte then delete": "WITH x AS (SELECT 1) DELETE FROM orders",
    "attach": "ATTACH DATABASE '{tmp}/other.db' AS other",
    "writable schema": "PRAGMA writable_schema = ON",
    "vacuum into": "VACUUM INTO '{tmp}/copy.db'",
    "load_extension": "SELECT load_extension('{tmp}/evil.so')",
    "temp table": "CREATE TEMP TABLE t AS SELECT * FROM orders",
    "endless recursive cte": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
    "huge cross join count": "SELECT count(*) FROM " + ", ".join(f"orders AS o{i}" for i in range(14)),
    "huge cross join rows": CROSS_JOIN,
    "memory bomb": "SELECT zeroblob(2000000000)",
}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_prediction_is_wrong_fast_and_harmless(name, shop_dir, shop_db, tmp_path):
    sql = HOSTILE[name].format(tmp=tmp_path)
    data = write_jsonl(tmp_path / "d.jsonl", [{"id": "1", "db_id": "shop", "question": "q", "query": "SELECT count(*) FROM orders"}])
    dataset = load_dataset(data, shop_dir)
    before = digest(shop_db)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    # "Fast" as bounded work, not wall time: the wall-clock backstop is an hour, so only the instruction budget
    # (a count, the same on a loaded machine) can stop an endless query here.
    with SQLiteExecutor(ExecutionConfig(max_steps=MAX_STEPS, timeout_s=3600, max_rows=10_000)) as executor:
        record = Scorer(executor).score(dataset, dataset.examples[0], sql)
        # the connection still works afterwards, and the data is untouched
        assert executor.execute(shop_db, "SELECT count(*) FROM orders").rows == [(4,)]
    assert not record.correct
    assert record.error in {"denied", "timeout", "row_limit", "runtime", "syntax"}
    if record.error == "timeout":
        assert f"{MAX_STEPS:,} SQLite VM steps" in record.message
    assert digest(shop_db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


@pytest.mark.parametrize(
    "sql, kind",
    [
        ("DROP TABLE orders", ErrorKind.DENIED),
        ("SELECT 1; DELETE FROM orders", ErrorKind.DENIED),
        ("WITH x AS (SELECT 1) DELETE FROM orders", ErrorKind.DENIED),
        ("SELECT load_extension('x')", ErrorKind.DENIED),
        ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c", ErrorKind.TIMEOUT),
        (CROSS_JOIN, ErrorKind.ROW_LIMIT),
        ("SELEC name FROM customers", ErrorKind.SYNTAX),
        ("The answer is 42.", ErrorKind.SYNTAX),
        ("", ErrorKind.SYNTAX),
        ("SELECT nope FROM customers", ErrorKind.RUNTIME),
    ],
)
def test_error_kinds(sql, kind, shop_db):
    # Only the endless query needs a short timeout; the others get room, so a busy machine cannot turn the
    # 10,000-row cross join into a timeout.
    timeout = 0.5 if kind == ErrorKind.TIMEOUT else 30
    with SQLiteExecutor(ExecutionConfig(timeout_s=timeout, max_rows=10_000)) as executor:
        result = executor.execute(shop_db, sql)
    assert result.error == kind, result.message


def test_reads_work_and_return_columns(shop_db):
    with SQLiteExecutor() as executor:
        result = executor.execute(shop_db, "-- a comment\nSELECT name, city FROM customers WHERE city IS NULL")
    assert result.ok and result.rows == [("Cy", None)] and result.columns == ("name", "city")


def test_statement_kind_skips_comments_and_parens():
    assert statement_kind("/* x */ (SELECT 1)") == "SELECT"
    assert statement_kind("  -- hi\n with x as (select 1) select * from x") == "WITH"


def test_missing_database_is_an_error_not_a_new_file(tmp_path):
    with SQLiteExecutor() as executor, pytest.raises(FileNotFoundError):
        executor.execute(tmp_path / "nope.sqlite", "SELECT 1")
    assert not (tmp_path / "nope.sqlite").exists()


def test_bad_limits_rejected():
    with pytest.raises(ValueError, match="timeout_s"):
        ExecutionConfig(timeout_s=0)
    with pytest.raises(ValueError, match="max_rows"):
        ExecutionConfig(max_rows=0)


COUNT_TO = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {n}) SELECT count(*) FROM c"


def test_the_instruction_budget_stops_a_query_at_the_same_point_whatever_the_clock(shop_db):
    """Execution-guided decoding must pick the same hypothesis in the search and when the best model is validated:
    the budget is counted in SQLite VM steps, not seconds, so a loaded machine cannot turn a run into a timeout."""
    config = ExecutionConfig(max_steps=200_000, timeout_s=3600)
    with SQLiteExecutor(config) as executor:
        assert executor.execute(shop_db, COUNT_TO.format(n=1_000)).rows == [(1000,)]
        stopped = executor.execute(shop_db, COUNT_TO.format(n=1_000_000))
        assert stopped.error == ErrorKind.TIMEOUT and "200,000 SQLite VM steps" in stopped.message
        assert executor.execute(shop_db, COUNT_TO.format(n=1_000)).rows == [(1000,)]  # the budget is per query
    with pytest.raises(ValueError, match="max_steps"):
        ExecutionConfig(max_steps=10)


@pytest.mark.parametrize("suffix", [";", ";;", "; -- note", ";\n/* done */ ;", ";  ;  "])
def test_trailing_empty_statements_are_accepted(shop_db, suffix):
    with SQLiteExecutor() as executor:
        for semantics in ("strict", "official"):
            result = executor.execute(shop_db, "SELECT name FROM customers WHERE id = 1" + suffix, semantics)
            assert result.rows == [("Ada",)], result.message


def test_a_second_statement_is_refused_in_strict_and_ignored_in_official(shop_db):
    with SQLiteExecutor() as executor:
        assert executor.execute(shop_db, "SELECT 1; SELECT 2").error == ErrorKind.DENIED
        assert executor.execute(shop_db, "SELECT 1; SELECT 2", "official").rows == [(1,)]
    with SQLiteExecutor(ExecutionConfig(semantics="official")) as executor:
        assert executor.execute(shop_db, "SELECT 1; SELECT 2").rows == [(1,)]
        # a write after the first statement is refused, never run
        assert executor.execute(shop_db, "SELECT 1; WITH x AS (SELECT 1) DELETE FROM orders").error == ErrorKind.DENIED
        assert executor.execute(shop_db, "SELECT count(*) FROM orders").rows == [(4,)]


def test_bad_semantics_is_rejected():
    with pytest.raises(ValueError, match="semantics"):
        ExecutionConfig(semantics="spider")
