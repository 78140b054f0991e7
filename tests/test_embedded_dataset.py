"""The embedded dataset: databases build deterministically, every gold query runs, splits are clean."""

import hashlib
import json
import sqlite3
from collections import Counter

import pytest

from evaluation import embedded
from evaluation.data import DataConfig, load_splits
from evaluation.embedded.split import load_questions, make_splits, normalize_text
from evaluation.execute import SQLiteExecutor
from evaluation.metrics import Scorer


@pytest.fixture(scope="module")
def splits(tmp_path_factory):
    return load_splits(DataConfig(), tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One build of the databases, read by the tests below (each build takes seconds)."""
    return embedded.build_databases(tmp_path_factory.mktemp("built"))


def test_at_least_four_realistic_databases(built):
    files = sorted(built.glob("*.sqlite"))
    assert len(files) >= 4
    for f in files:
        conn = sqlite3.connect(f)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        assert 3 <= len(tables) <= 6, (f.name, tables)
        foreign_keys = sum(len(conn.execute(f"PRAGMA foreign_key_list({t})").fetchall()) for t in tables)
        assert foreign_keys >= 2, f.name
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], f.name
        sizes = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
        assert max(sizes) >= 80 and min(sizes) >= 10, (f.name, sizes)
        conn.close()


def test_databases_build_deterministically(built, tmp_path):
    a, b = built, embedded.build_databases(tmp_path / "b")  # a second build, in another folder
    assert sorted(f.name for f in a.glob("*.sqlite")) == sorted(f.name for f in b.glob("*.sqlite"))
    for f in sorted(a.glob("*.sqlite")):
        assert hashlib.sha256(f.read_bytes()).digest() == hashlib.sha256((b / f.name).read_bytes()).digest(), f.name


def test_size_and_split_ratios(splits):
    sizes = {k: len(v) for k, v in splits.items()}
    total = sum(sizes.values())
    assert total >= 600, sizes
    for split, share in (("train", 0.6), ("validation", 0.2), ("test", 0.2)):
        assert abs(sizes[split] / total - share) < 0.03, sizes


def test_no_question_or_sql_repeated_across_splits(splits):
    owner: dict[tuple[str, str], str] = {}
    for split, dataset in splits.items():
        for e in dataset.examples:
            for key in (("q", normalize_text(e.question)), ("s", normalize_text(e.query))):
                assert owner.setdefault(key, split) == split, (key, split, owner[key])


def test_split_files_are_what_the_split_tool_makes():
    expected = make_splits(load_questions())
    for split, records in expected.items():
        lines = embedded.split_path(split).read_text().splitlines()
        assert [json.loads(l)["id"] for l in lines] == [r["id"] for r in records], split
        assert all(json.loads(l)["difficulty"] == r["difficulty"] for l, r in zip(lines, records))


def test_every_gold_query_runs_and_95_percent_return_rows(splits):
    with SQLiteExecutor() as executor:
        scorer = Scorer(executor)
        results = []
        for dataset in splits.values():
            scorer.check_gold(dataset)  # raises on any failing gold query
            results += [scorer.gold_result(dataset, e) for e in dataset.examples]
    assert sum(bool(r.rows) for r in results) / len(results) >= 0.95


def test_sql_feature_coverage(splits):
    queries = [e.query.upper() for d in splits.values() for e in d.examples]
    features = Counter()
    for q in queries:
        for name, needle in {
            "where": " WHERE ", "like": " LIKE ", "in list": " IN ('", "between": " BETWEEN ", "is null": " IS NULL",
            "group by": " GROUP BY ", "having": " HAVING ", "order by": " ORDER BY ", "limit": " LIMIT ",
            "join": " JOIN ", "union": " UNION ", "intersect": " INTERSECT ", "except": " EXCEPT ",
            "distinct": "DISTINCT", "count": "COUNT(", "avg": "AVG(", "sum": "SUM(", "nested": "(SELECT ",
        }.items():
            features[name] += needle in q
        features["3-table join"] += q.count(" JOIN ") >= 2
    for name, count in features.items():
        assert count >= 5, (name, count)
    difficulties = Counter(e.difficulty for d in splits.values() for e in d.examples)
    assert all(difficulties[d] >= 50 for d in ("easy", "medium", "hard", "extra")), difficulties
