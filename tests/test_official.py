"""The "official" semantics (evaluation/official.py): one test per rule of docs/scorer-vs-spider.md where the two
semantics differ, each with a gold/prediction pair scored differently by them; hostile statements under official;
and how both verdicts reach the CLI, the summary, the search and the agreement benchmark.

Databases: the ``shop`` database of conftest.py (customers: Ada/Paris, Bob/Oslo, Cy/NULL, Di/Paris; orders: totals
10.5, 20.0, 7.25, 3.0).
"""

import hashlib
import json

import pytest

from evaluation.data import load_dataset
from evaluation.execute import ExecutionConfig, SQLiteExecutor
from evaluation.metrics import Scorer, aggregate, format_summary
from evaluation.official import official_is_ordered, official_results_match, official_text
from tests.conftest import write_jsonl

PARIS = "SELECT city FROM customers WHERE city = 'Paris'"  # two rows: Ada's and Di's


@pytest.fixture
def score(shop_dir, tmp_path):
    """score(gold, predicted, semantics="strict") -> ExampleResult on shop.sqlite."""

    def run(gold: str, predicted: str, semantics: str = "strict"):
        data = write_jsonl(tmp_path / "d.jsonl", [{"id": "1", "db_id": "shop", "question": "q", "query": gold}])
        dataset = load_dataset(data, shop_dir)
        with SQLiteExecutor(ExecutionConfig(semantics=semantics)) as executor:
            return Scorer(executor).score(dataset, dataset.examples[0], predicted)

    return run


def verdicts(score, gold, predicted):
    """(strict, official) verdicts, checked against the record that each semantics makes."""
    strict, official = score(gold, predicted, "strict"), score(gold, predicted, "official")
    assert (strict.correct, official.correct) == (strict.strict_correct, official.official_correct)
    assert (strict.official_correct, official.strict_correct) == (official.correct, strict.correct)
    return strict.correct, official.correct


def test_distinct_is_removed_under_official(score):
    assert verdicts(score, PARIS, "SELECT DISTINCT city FROM customers WHERE city = 'Paris'") == (False, True)
    # inside count(...) too: 2 distinct cities against 3 non-NULL ones, equal once DISTINCT is gone
    assert verdicts(score, "SELECT count(DISTINCT city) FROM customers", "SELECT count(city) FROM customers") == (False, True)
    # quoted text and comments keep theirs
    assert official_text("SELECT 'distinct', \"distinct\" /* distinct */ FROM t", prediction=False) == \
        "SELECT 'distinct', \"distinct\" /* distinct */ FROM t"


def test_spaced_operators_are_repaired_under_official(score):
    strict = score("SELECT name FROM customers WHERE id >= 3", "SELECT name FROM customers WHERE id > = 3")
    assert strict.error == "syntax"
    assert verdicts(score, "SELECT name FROM customers WHERE id >= 3", "SELECT name FROM customers WHERE id > = 3") == (False, True)
    assert verdicts(score, "SELECT name FROM customers WHERE id != 3", "SELECT name FROM customers WHERE id ! = 3") == (False, True)


def test_order_by_anywhere_in_the_gold_orders_under_official(score):
    # ORDER BY only in a subquery: gold returns Bob, Di in table order, the prediction Di, Bob
    gold = "SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders ORDER BY total LIMIT 2)"
    assert verdicts(score, gold, "SELECT name FROM customers WHERE name IN ('Bob', 'Di') ORDER BY name DESC") == (True, False)
    assert official_is_ordered(gold) and official_is_ordered("SELECT x FROM t ORDER\nBY x")


def test_floats_compare_exactly_under_official(score):
    assert verdicts(score, "SELECT 0.3", "SELECT 0.1 + 0.2") == (True, False)
    # integers equal to floats stay equal (Python's ==) ...
    assert verdicts(score, "SELECT count(*) FROM orders", "SELECT sum(1.0) FROM orders") == (True, True)
    # ... except where the test suite's quick rejection sorts a row's values by text and type: (1, 1.5) vs (1.0, 1.5)
    assert verdicts(score, "SELECT 1, 1.5", "SELECT 1.0, 1.5") == (True, False)
    assert not official_results_match([(1, 1.5)], [(1.0, 1.5)], ordered=False)
    assert official_results_match([(2, "a")], [("a", 2.0)], ordered=True)


def test_first_statement_of_a_select_sequence_runs_under_official(score):
    stacked = score(PARIS, PARIS + "; SELECT 2")
    assert not stacked.correct and stacked.error == "denied"
    assert verdicts(score, PARIS, PARIS + "; SELECT 2") == (False, True)


def test_value_becomes_1_in_predictions_under_official(score):
    # evaluation.py fills Spider's "value" placeholders with 1, in every prediction, even inside names
    gold = "SELECT name FROM customers WHERE id = 1"
    assert verdicts(score, gold, "SELECT name FROM customers WHERE id = value") == (False, True)
    assert official_text("SELECT market_value FROM t", prediction=True) == "SELECT market_1 FROM t"
    assert official_text("SELECT market_value FROM t", prediction=False) == "SELECT market_value FROM t"


HOSTILE = {
    "drop": "DROP TABLE orders",
    "create": "CREATE TABLE copy AS SELECT * FROM orders",
    "with delete": "WITH x AS (SELECT 1) DELETE FROM orders",
    "delete": "DELETE FROM orders",
    "insert": "INSERT INTO orders DEFAULT VALUES",
    "attach": "ATTACH DATABASE '{tmp}/other.sqlite' AS other",
    "vacuum into": "VACUUM INTO '{tmp}/copy.sqlite'",
    "pragma write": "PRAGMA user_version = 7",
    "writable schema": "PRAGMA writable_schema = ON",
    "select then drop": "SELECT name FROM customers WHERE city = 'Rome'; DROP TABLE orders",
    "select then with delete": "SELECT 1; WITH x AS (SELECT 1) DELETE FROM orders",
    "select then vacuum": "SELECT 1; /* x */ VACUUM INTO '{tmp}/copy.sqlite'",
}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_statements_are_refused_under_official(name, score, shop_db, tmp_path):
    # an empty gold: the official evaluator, which runs these on a writable database, can call them a match
    files = sorted(p.name for p in tmp_path.iterdir())
    before = digest(shop_db)
    record = score("SELECT name FROM customers WHERE city = 'Rome'", HOSTILE[name].format(tmp=tmp_path), "official")
    assert not record.correct and not record.official_correct and record.error == "denied"
    assert digest(shop_db) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "d.jsonl") == [f for f in files if f != "d.jsonl"]


def test_summary_shows_both_semantics(score):
    records = [score(PARIS, "SELECT DISTINCT city FROM customers WHERE city = 'Paris'"), score(PARIS, PARIS)]
    summary = aggregate(records)
    assert (summary["ex"], summary["ex_strict"], summary["ex_official"]) == (0.5, 0.5, 1.0)
    assert "EX 50.0% (1/2)  [strict 50.0%, official 100.0%]" in format_summary("t", summary)


def test_score_cli_records_both_and_follows_semantics(shop_dir, tmp_path, capsys):
    from evaluation.score import main

    data = write_jsonl(tmp_path / "d.jsonl", [{"id": "1", "db_id": "shop", "question": "q", "query": PARIS}])
    preds = write_jsonl(tmp_path / "p.jsonl", [{"id": "1", "sql": "SELECT DISTINCT city FROM customers WHERE city = 'Paris'"}])
    out = tmp_path / "scores.jsonl"
    args = ["--dataset", str(data), "--databases", str(shop_dir), "--predictions", str(preds), "--out", str(out)]
    assert main(args) == 0
    row = json.loads(out.read_text())
    assert (row["correct"], row["strict_correct"], row["official_correct"]) == (False, False, True)
    assert "[strict 0.0%, official 100.0%]" in capsys.readouterr().out
    assert main(args + ["--semantics", "official"]) == 0
    assert json.loads(out.read_text())["correct"] is True


def test_search_flag_reaches_the_execution_config():
    from search.run import build_config, parse_args

    assert build_config(parse_args([]), {}).execution.semantics == "strict"
    assert build_config(parse_args(["--semantics", "official"]), {}).execution.semantics == "official"


def test_final_summary_shows_test_ex_strict_then_official(tmp_path, capsys):
    import optuna
    from optuna.distributions import IntDistribution
    from optuna.trial import TrialState, create_trial

    from search.config import SearchConfig
    from search.study import summarize

    study = optuna.create_study(direction="maximize")
    study.add_trial(create_trial(state=TrialState.COMPLETE, value=0.5, params={"epochs": 1},
                                 distributions={"epochs": IntDistribution(1, 3)}))
    for key, value in {"baseline_validation_ex": 0.1, "baseline_test_ex": 0.2, "baseline_test_ex_strict": 0.2,
                       "baseline_test_ex_official": 0.25}.items():
        study.set_user_attr(key, value)
    final = {"summary": {"ex": 0.4, "ex_strict": 0.4, "ex_official": 0.45, "by_difficulty": {}}, "adapter": "a"}
    out = summarize(SearchConfig(storage=f"sqlite:///{tmp_path / 's.db'}"), study, final, 1.0)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[1:] for line in lines if line.split()[:1] in (["baseline"], ["best"]) and "%" in line] == [
        ["10.0%", "20.0%", "25.0%"], ["50.0%", "40.0%", "45.0%"]]
    assert (out["best_test_ex_strict"], out["best_test_ex_official"]) == (0.4, 0.45)


@pytest.mark.benchmarks
def test_agreement_benchmark_scores_pairs_without_the_official_evaluator(shop_dir, tmp_path, capsys):
    from benchmarks.scorer_agreement import main

    spider = tmp_path / "spider"
    spider.mkdir()
    shop_dir.rename(spider / "databases")
    golds = [PARIS, "SELECT count(DISTINCT city) FROM customers", "SELECT total FROM orders WHERE total >= 7 ORDER BY total",
             "SELECT name FROM customers WHERE city = 'Rome'"]
    for name in ("train.jsonl", "dev.jsonl", "test.jsonl"):
        write_jsonl(spider / name, [{"id": f"{name}{i}", "db_id": "shop", "question": "q", "query": g}
                                    for i, g in enumerate(golds)])
    before = digest(spider / "databases" / "shop.sqlite")
    out = tmp_path / "agreement.json"
    assert main(["--spider", str(spider), "--golds", "4", "--out", str(out)]) == 0
    summary = json.loads(out.read_text())
    assert summary["golds"] == 4 and summary["hostile_pairs"] >= 10 and summary["databases_unchanged"]
    assert summary["hostile_refused"] == {"strict": summary["hostile_pairs"], "official": summary["hostile_pairs"]}
    assert digest(spider / "databases" / "shop.sqlite") == before
    assert "hostile refused (denied, wrong)" in capsys.readouterr().out
