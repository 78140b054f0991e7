import pytest

from evaluation.generate import GenerationConfig, extract_sql


@pytest.mark.parametrize(
    "text, sql",
    [
        ("SELECT name FROM t", "SELECT name FROM t"),
        ("```sql\nSELECT name\nFROM t;\n```\nThis returns names.", "SELECT name FROM t"),
        ("Here is the query: SELECT a FROM t WHERE b = 'x;y'; SELECT 2", "SELECT a FROM t WHERE b = 'x;y'"),
        ("```\nselect count(*) from t\n```", "select count(*) from t"),
        ("To answer, with a join: WITH x AS (SELECT 1) SELECT * FROM x;", "WITH x AS (SELECT 1) SELECT * FROM x"),
        ("Patients with an insurance provider: SELECT count(*) FROM p", "SELECT count(*) FROM p"),
        ("SELECT a -- note; not the end\nFROM t; DROP TABLE t", "SELECT a -- note; not the end FROM t"),
        ("I cannot answer that.", "I cannot answer that."),
        ("```sql\nSELECT 1", "SELECT 1"),
    ],
)
def test_extract_sql(text, sql):
    assert extract_sql(text) == sql


def test_generation_config_validation():
    with pytest.raises(ValueError, match="batch_size"):
        GenerationConfig(batch_size=0)
    with pytest.raises(ValueError, match="max_new_tokens"):
        GenerationConfig(max_new_tokens=1)
    with pytest.raises(ValueError, match="candidates must be between 1 and 16"):
        GenerationConfig(candidates=0)
