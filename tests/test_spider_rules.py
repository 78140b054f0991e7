"""One test per point of docs/scorer-vs-spider.md: where sqltune's execution match and Spider's evaluators differ.

Every test scores a real prediction against a real gold query on the two-table ``shop`` database of
conftest.py (customers: Ada/Paris, Bob/Oslo, Cy/NULL, Di/Paris; orders: totals 10.5, 20.0, 7.25, 3.0), through
the same ``Scorer`` that the search and the scorer CLI use.
"""

import sqlite3

import pytest

from evaluation.data import DatasetError, load_dataset
from evaluation.execute import ExecutionConfig, SQLiteExecutor
from evaluation.metrics import Scorer, aggregate
from tests.conftest import write_jsonl


@pytest.fixture
def score(shop_dir, tmp_path):
    """score(gold, predicted) -> ExampleResult, on shop.sqlite, with a fresh executor per call."""

    def run(gold: str, predicted: str, config: ExecutionConfig = ExecutionConfig()):
        data = write_jsonl(tmp_path / "d.jsonl", [
            {"id": "1", "db_id": "shop", "question": "q", "query": gold, "difficulty": "easy"},
        ])
        dataset = load_dataset(data, shop_dir)
        with SQLiteExecutor(config) as executor:
            return Scorer(executor).score(dataset, dataset.examples[0], predicted)

    return run


def test_distinct_is_not_removed(score):
    # test-suite drops every DISTINCT token from both queries (unless --keep_distinct), which would make these right
    paris = "SELECT city FROM customers WHERE city = 'Paris'"  # two rows: Ada and Di
    assert not score(paris, "SELECT DISTINCT city FROM customers WHERE city = 'Paris'").correct
    # inside an aggregate too: 2 distinct cities (NULL not counted) against 3 non-NULL cities
    assert not score("SELECT count(DISTINCT city) FROM customers", "SELECT count(city) FROM customers").correct
    # DISTINCT only matters through the rows it removes: names are unique, so this one is right
    assert score("SELECT name FROM customers", "SELECT DISTINCT name FROM customers").correct


def test_values_are_not_plugged(score):
    gold = "SELECT name FROM customers WHERE city = 'Paris'"
    # same structure, wrong literal: test-suite --plug_value would substitute 'Paris' and accept it
    wrong_value = score(gold, "SELECT name FROM customers WHERE city = 'Oslo'")
    assert not wrong_value.correct and wrong_value.error == "wrong_result"
    # test-suite's evaluation.py turns " value " into " 1 "; we execute the placeholder as written
    placeholder = score("SELECT name FROM customers WHERE id = 1", "SELECT name FROM customers WHERE id = value ")
    assert not placeholder.correct and placeholder.error == "runtime" and not placeholder.valid_sql


def test_query_text_is_not_rewritten(score):
    # test-suite's postprocess() repairs "> =" into ">="; SQLite rejects it, and so do we
    record = score("SELECT name FROM customers WHERE id >= 3", "SELECT name FROM customers WHERE id > = 3")
    assert not record.correct and record.error == "syntax"


def test_column_order_is_free(score):
    assert score("SELECT name, city FROM customers", "SELECT city, name FROM customers").correct
    # also under ORDER BY: rows keep their order, columns may move
    assert score("SELECT name, id FROM customers ORDER BY id", "SELECT id, name FROM customers ORDER BY id").correct
    # a permutation moves whole columns: a pairing of values across rows that differs is wrong
    assert not score("SELECT name, id FROM customers", "SELECT name, 5 - id FROM customers").correct
    # no extra or missing columns
    assert not score("SELECT name FROM customers", "SELECT name, city FROM customers").correct


def test_row_order_matters_only_under_outer_order_by(score):
    by_total = "SELECT total FROM orders ORDER BY total DESC"
    assert score(by_total, "SELECT total FROM orders ORDER BY total DESC").correct
    assert not score(by_total, "SELECT total FROM orders ORDER BY total").correct
    # no ORDER BY in the gold: any order
    assert score("SELECT total FROM orders", "SELECT total FROM orders ORDER BY total").correct
    # ORDER BY inside a subquery does not order the outer result (test-suite's substring test would say it does):
    # gold returns Bob, Di in table order, the prediction Di, Bob
    gold = "SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders ORDER BY total LIMIT 2)"
    assert score(gold, "SELECT name FROM customers WHERE name IN ('Bob', 'Di') ORDER BY name DESC").correct
    # an outer ORDER BY split over lines still counts (test-suite looks for the text 'order by')
    assert not score("SELECT total FROM orders ORDER\n  BY total DESC", "SELECT total FROM orders ORDER BY total").correct


def test_duplicate_rows_count(score):
    gold = "SELECT customer_id FROM orders WHERE status = 'paid'"  # 1, 1, 4
    same_set = "SELECT CASE WHEN id = 1 THEN 1 ELSE 4 END FROM orders WHERE status = 'paid'"  # 1, 4, 4
    assert not score(gold, same_set).correct
    assert score(gold, "SELECT customer_id FROM orders WHERE total <> 7.25").correct  # 1, 1, 4 in another order


def test_numbers_compare_by_value_and_nulls_equal(score):
    # 4 against 4.0, alone and beside a float (test-suite's quick_rej rejects (1, 1.5) against (1.0, 1.5))
    assert score("SELECT count(*) FROM orders", "SELECT sum(1.0) FROM orders").correct
    assert score("SELECT 1, 1.5", "SELECT 1.0, 1.5").correct
    # bit-level float noise is forgiven, rounding is not
    assert score("SELECT 0.3", "SELECT 0.1 + 0.2").correct
    assert not score("SELECT avg(total) FROM orders", "SELECT round(avg(total), 2) FROM orders").correct
    # text is not a number
    assert not score("SELECT count(*) FROM orders", "SELECT CAST(count(*) AS TEXT) FROM orders").correct
    # NULL equals NULL, and nothing else
    assert score("SELECT city FROM customers WHERE id = 3", "SELECT NULL").correct
    assert not score("SELECT city FROM customers WHERE id = 3", "SELECT ''").correct


def test_empty_gold_matches_any_empty_prediction(score):
    gold = "SELECT name FROM customers WHERE city = 'Rome'"
    empty = score(gold, "SELECT id, total FROM orders WHERE total > 1000")  # other columns, still empty
    assert empty.correct and empty.gold_empty
    wrong = score("SELECT name FROM customers WHERE id = 1", "SELECT name FROM customers WHERE id = 9")
    assert not wrong.correct and not wrong.gold_empty
    summary = aggregate([empty, wrong])
    assert summary["ex"] == 0.5
    assert summary["empty_gold"] == {"n": 1, "correct": 1}
    assert summary["ex_nonempty_gold"] == 0.0


def test_errors_and_timeouts_are_wrong(score):
    gold = "SELECT count(*) FROM orders"
    assert score(gold, "SELECT count(*) FROM nope").error == "runtime"
    assert score(gold, "DELETE FROM orders").error == "denied"
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    timed_out = score(gold, endless, ExecutionConfig(timeout_s=0.2))
    assert not timed_out.correct and timed_out.error == "timeout"
    capped = score(gold, "SELECT o1.id FROM orders o1, orders o2", ExecutionConfig(max_rows=10))  # 16 rows
    assert not capped.correct and capped.error == "row_limit"
    # a failing gold query is a data error, not a wrong prediction
    with pytest.raises(DatasetError, match="gold SQL fails"):
        score("SELECT nope FROM orders", "SELECT 1")


def test_strings_are_case_sensitive(score):
    gold = "SELECT name FROM customers WHERE id = 1"
    assert not score(gold, "SELECT upper(name) FROM customers WHERE id = 1").correct
    assert not score(gold, "SELECT name || ' ' FROM customers WHERE id = 1").correct
    # the case of SQL keywords and identifiers does not matter: only result values are compared
    assert score(gold, "select NAME from CUSTOMERS where ID = 1").correct


def test_only_the_example_database_is_used(score, shop_dir):
    # a second database beside shop.sqlite, where the prediction below would be wrong (as in a test suite)
    conn = sqlite3.connect(shop_dir / "shop_variant.sqlite")
    conn.executescript("""
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
        INSERT INTO customers VALUES (1, 'Ada', 'Oslo'), (2, 'Bob', 'Paris'), (4, 'Di', 'Rome');
    """)
    conn.commit()
    conn.close()
    gold = "SELECT name FROM customers WHERE city = 'Paris'"
    coincidence = "SELECT name FROM customers WHERE id IN (1, 4)"
    with SQLiteExecutor() as executor:
        variant = shop_dir / "shop_variant.sqlite"
        assert executor.execute(variant, gold).rows != executor.execute(variant, coincidence).rows
    assert score(gold, coincidence).correct


def test_every_column_is_compared(score):
    # Spider's original eval_exec_match keys columns by the parsed column without its aggregate, so
    # max(total) and min(total) share a key and only the last one is compared; we compare both
    assert not score("SELECT max(total), min(total) FROM orders", "SELECT min(total), min(total) FROM orders").correct
    # and we ignore how a column is written: count(*) and count(id) give the same value
    assert score("SELECT count(*) FROM customers", "SELECT count(id) FROM customers").correct


def test_exact_match_is_normalized_text_not_set_match(score):
    gold = "SELECT name FROM customers WHERE city = 'Paris' AND id > 1"
    # keyword case, spacing and a trailing semicolon are normalized away
    assert score(gold, "select name\n  from customers where city='Paris' and id>1;").exact_match
    # Spider's exact set match would accept these three (conditions as a set, values masked); our text match does not
    swapped = score(gold, "SELECT name FROM customers WHERE id > 1 AND city = 'Paris'")
    assert swapped.correct and not swapped.exact_match
    assert not score(gold, "SELECT name FROM customers WHERE city = 'Oslo' AND id > 1").exact_match
    assert not score("SELECT name, city FROM customers", "SELECT city, name FROM customers").exact_match
    # string literals keep their case, as they do in execution
    assert not score(gold, "SELECT name FROM customers WHERE city = 'paris' AND id > 1").exact_match


def test_a_stacked_statement_is_never_an_exact_match(score):
    gold = "SELECT count(*) FROM orders"
    assert not score(gold, gold + "; DROP TABLE orders").exact_match
    assert not score(gold, gold + "; SELECT 1").exact_match
    # empty statements after it do not count
    assert score(gold, gold + ";;").exact_match and score(gold, gold + "; -- note").exact_match
