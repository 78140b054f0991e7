import json

import pytest

from evaluation.data import DataConfig, DatasetError, load_dataset, load_splits
from tests.conftest import write_jsonl

GOOD = {"id": "a1", "db_id": "shop", "question": "How many customers?", "query": "SELECT count(*) FROM customers", "difficulty": "easy"}


def test_sqltune_jsonl(shop_dir, tmp_path):
    ds = load_dataset(write_jsonl(tmp_path / "d.jsonl", [GOOD]), shop_dir)
    assert len(ds) == 1 and ds.examples[0].difficulty == "easy" and ds.database("shop").name == "shop.sqlite"


def test_spider_json_array_with_nested_layout_and_computed_hardness(shop_dir, tmp_path):
    nested = tmp_path / "nested"
    (nested / "shop").mkdir(parents=True)
    (shop_dir / "shop.sqlite").rename(nested / "shop" / "shop.sqlite")
    records = [{"db_id": "shop", "question": "Names?", "query": "SELECT name FROM customers", "query_toks": ["x"]},
               {"db_id": "shop", "question": "Big?", "query": "SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders)"}]
    path = tmp_path / "spider.json"
    path.write_text(json.dumps(records, indent=2))
    ds = load_dataset(path, nested)
    assert [e.id for e in ds.examples] == ["spider_00000", "spider_00001"]
    assert [e.difficulty for e in ds.examples] == ["easy", "hard"]


def test_sql_create_context_builds_empty_database(tmp_path):
    records = [{"question": "How many heads?", "context": "CREATE TABLE head (age INTEGER)", "answer": "SELECT COUNT(*) FROM head"}]
    ds = load_dataset(write_jsonl(tmp_path / "ctx.jsonl", records), None, context_cache_dir=tmp_path / "ctx")
    assert not ds.has_data
    assert ds.database(ds.examples[0].db_id).is_file()


@pytest.mark.parametrize(
    "record, message",
    [
        ({**GOOD, "query": ""}, "bad.jsonl:2: field 'query' must be a non-empty string"),
        ({k: v for k, v in GOOD.items() if k != "question"}, "bad.jsonl:2: missing field 'question'"),
        ({**GOOD, "difficulty": "trivial"}, "bad.jsonl:2: field 'difficulty' must be one of"),
        ({**GOOD, "id": "a1"}, "bad.jsonl:2: field 'id': duplicate id 'a1'"),
        ({**GOOD, "id": "b", "db_id": "nowhere"}, "unknown db_id 'nowhere' (first at"),
        ({"question": "q", "context": "CREATE TABLE (", "answer": "SELECT 1"}, "mixes sql-create-context"),
        ([1, 2], "bad.jsonl:2: expected a JSON object"),
    ],
)
def test_bad_record_names_file_line_and_field(record, message, shop_dir, tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl", [GOOD, record])
    with pytest.raises(DatasetError) as err:
        load_dataset(path, shop_dir)
    assert str(path) in str(err.value) and message in str(err.value)


def test_invalid_json_line(shop_dir, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(GOOD) + "\n{not json\n")
    with pytest.raises(DatasetError, match=r"bad.jsonl:2: invalid JSON"):
        load_dataset(path, shop_dir)


def test_json_array_error_line(shop_dir, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("[\n" + json.dumps(GOOD) + ",\n" + json.dumps({**GOOD, "id": "x", "query": 3}) + "\n]")
    with pytest.raises(DatasetError, match=r"bad.json:3: field 'query'"):
        load_dataset(path, shop_dir)


def test_bad_ddl_in_context_is_reported(tmp_path):
    path = write_jsonl(tmp_path / "ctx.jsonl", [{"question": "q", "context": "CREATE TABLE (", "answer": "SELECT 1"}])
    with pytest.raises(DatasetError, match=r"ctx.jsonl:1: field 'context': DDL does not run"):
        load_dataset(path, None, context_cache_dir=tmp_path / "c")


def test_missing_files_and_folders(shop_dir, tmp_path):
    with pytest.raises(DatasetError, match="dataset file not found"):
        load_dataset(tmp_path / "none.jsonl", shop_dir)
    with pytest.raises(DatasetError, match="databases folder not found"):
        load_dataset(write_jsonl(tmp_path / "d.jsonl", [GOOD]), tmp_path / "none")


def test_head_keeps_order_and_databases(shop_dir, tmp_path):
    records = [{**GOOD, "id": str(i)} for i in range(5)]
    ds = load_dataset(write_jsonl(tmp_path / "d.jsonl", records), shop_dir).head(2)
    assert [e.id for e in ds.examples] == ["0", "1"] and set(ds.databases) == {"shop"}


def test_limit_must_be_positive():
    with pytest.raises(ValueError, match="limit"):
        DataConfig(limit=0)


def test_given_files_need_databases(shop_dir, tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [GOOD])
    with pytest.raises(DatasetError, match="--databases is required"):
        load_splits(DataConfig(path, path, path), tmp_path, ("train", "validation", "test"))
    splits = load_splits(DataConfig(path, path, path, shop_dir), tmp_path, ("validation",))
    assert list(splits) == ["validation"]
