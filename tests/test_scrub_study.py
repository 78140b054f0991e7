"""benchmarks/scrub_study.py blanks the prediction texts of a study before it is committed."""

import gzip
import sqlite3

import pytest

from benchmarks.scrub_study import main

pytestmark = pytest.mark.benchmarks


def test_scrub_blanks_texts_keeps_scores(tmp_path):
    db = tmp_path / "study.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE predictions (question TEXT NOT NULL, gold_sql TEXT NOT NULL, "
                     "predicted_sql TEXT NOT NULL, correct BOOLEAN NOT NULL)")
        conn.execute("INSERT INTO predictions VALUES ('How many singers?', 'SELECT count(*) FROM singer', "
                     "'SELECT count(*) FROM singer', 1)")
    packed = tmp_path / "study.db.gz"
    packed.write_bytes(gzip.compress(db.read_bytes()))
    assert main([str(packed)]) == 0
    assert b"singer" not in gzip.decompress(packed.read_bytes())
    db.write_bytes(gzip.decompress(packed.read_bytes()))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT question, gold_sql, predicted_sql, correct FROM predictions").fetchall() == [
            ("", "", "", 1)]


def test_scrub_refuses_a_file_without_predictions(tmp_path, capsys):
    db = tmp_path / "other.db"
    sqlite3.connect(db).close()
    assert main([str(db)]) == 1 and "no predictions table" in capsys.readouterr().err
