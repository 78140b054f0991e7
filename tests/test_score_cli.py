import json
import os
import stat

import pytest

from evaluation.score import main
from tests.conftest import write_jsonl

DATA = [
    {"id": "1", "db_id": "shop", "question": "Names in Paris?", "query": "SELECT name FROM customers WHERE city = 'Paris'"},
    {"id": "2", "db_id": "shop", "question": "Totals by size?", "query": "SELECT total FROM orders ORDER BY total DESC"},
    {"id": "3", "db_id": "shop", "question": "Nobody from Rome?", "query": "SELECT name FROM customers WHERE city = 'Rome'"},
]


def test_scores_and_writes_one_line_per_example(shop_dir, tmp_path, capsys):
    data = write_jsonl(tmp_path / "d.jsonl", DATA)
    preds = write_jsonl(tmp_path / "p.jsonl", [
        {"id": "1", "sql": "SELECT name FROM customers WHERE city LIKE 'paris'"},
        {"id": "2", "sql": "SELECT total FROM orders ORDER BY total"},
        {"id": "3", "sql": "SELECT name FROM customers WHERE 0"},
    ])
    out = tmp_path / "out" / "scores.jsonl"
    assert main(["--dataset", str(data), "--databases", str(shop_dir), "--predictions", str(preds), "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["id"], r["correct"]) for r in rows] == [("1", True), ("2", False), ("3", True)]
    assert rows[2]["gold_empty"] and rows[1]["error"] == "wrong_result"
    printed = capsys.readouterr().out
    assert "EX 66.7% (2/3)" in printed and "empty-gold correct 1/1" in printed


def test_bad_predictions_file_fails_and_writes_nothing(shop_dir, tmp_path, capsys):
    data = write_jsonl(tmp_path / "d.jsonl", DATA)
    preds = tmp_path / "p.jsonl"
    preds.write_text('{"id": "1", "sql": "SELECT 1"}\n{"id": "2"}\n')
    out = tmp_path / "scores.jsonl"
    assert main(["--dataset", str(data), "--databases", str(shop_dir), "--predictions", str(preds), "--out", str(out)]) == 2
    assert "p.jsonl:2: missing field 'sql'" in capsys.readouterr().err
    assert not out.exists()


def test_missing_predictions_need_flag(shop_dir, tmp_path, capsys):
    data = write_jsonl(tmp_path / "d.jsonl", DATA)
    preds = write_jsonl(tmp_path / "p.jsonl", [{"id": "1", "sql": "SELECT name FROM customers WHERE city = 'Paris'"}])
    out = tmp_path / "s.jsonl"
    args = ["--dataset", str(data), "--databases", str(shop_dir), "--predictions", str(preds), "--out", str(out)]
    assert main(args) == 2 and "no prediction for 2 examples" in capsys.readouterr().err
    assert main(args + ["--allow-missing"]) == 0
    assert sum(json.loads(l)["correct"] for l in out.read_text().splitlines()) == 1


def test_third_party_warnings_stay_off_stderr(shop_dir, tmp_path, capfd):
    # sqlglot logs "unsupported syntax" for VACUUM INTO while normalizing it for exact match
    data = write_jsonl(tmp_path / "d.jsonl", DATA[:1])
    preds = write_jsonl(tmp_path / "p.jsonl", [{"id": "1", "sql": f"VACUUM INTO '{tmp_path}/copy.sqlite'"}])
    out = tmp_path / "s.jsonl"
    assert main(["--dataset", str(data), "--databases", str(shop_dir), "--predictions", str(preds), "--out", str(out)]) == 0
    assert json.loads(out.read_text())["error"] == "denied"
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_out_file_permissions_follow_the_umask(shop_dir, tmp_path, umask, mode):
    data = write_jsonl(tmp_path / "d.jsonl", DATA)
    preds = write_jsonl(tmp_path / "p.jsonl", [{"id": e["id"], "sql": e["query"]} for e in DATA])
    out = tmp_path / "s.jsonl"
    old = os.umask(umask)
    try:
        assert main(["--dataset", str(data), "--databases", str(shop_dir), "--predictions", str(preds), "--out", str(out)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == mode
