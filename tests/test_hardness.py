import pytest

from evaluation.hardness import spider_hardness


@pytest.mark.parametrize(
    "sql, level",
    [
        ("SELECT count(*) FROM singer", "easy"),
        ("SELECT name FROM singer WHERE age > 30", "easy"),
        ("SELECT name, country, age FROM singer ORDER BY age DESC", "medium"),
        ("SELECT T2.name FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id WHERE T1.year = 2014", "medium"),
        ("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)", "hard"),
        ("SELECT country FROM singer WHERE age > 40 INTERSECT SELECT country FROM singer WHERE age < 30", "hard"),
        ("SELECT a, count(*) FROM t GROUP BY a HAVING count(*) > 2 ORDER BY count(*) DESC LIMIT 1", "hard"),
        ("SELECT T1.name, count(*) FROM a AS T1 JOIN b AS T2 ON T1.id = T2.a_id WHERE T2.x > 1 OR T2.y LIKE '%z%' "
         "GROUP BY T1.name ORDER BY count(*) DESC LIMIT 3", "extra"),
        ("this is not sql", "extra"),
    ],
)
def test_spider_hardness(sql, level):
    assert spider_hardness(sql) == level
