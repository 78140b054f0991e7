"""The "official" semantics: the verdicts of Spider's test-suite evaluator, run inside sqltune's sandbox.

Reference: taoyds/test-suite-sql-eval, ``python evaluation.py --etype exec`` with its default options (no
``--plug_value``, no ``--keep_distinct``): ``evaluation.py`` (``evaluate``), ``exec_eval.py`` (``eval_exec_match``,
``postprocess``, ``replace_cur_year``, ``result_eq``, ``quick_rej``) and ``parse.py`` (``remove_distinct``). The rules
were reimplemented here from reading that code; none of it is copied. docs/scorer-vs-spider.md lists each rule beside
sqltune's own ("strict") behaviour.

What is *not* reproduced: the official evaluator opens the databases writable and runs whatever the prediction is;
here the text goes through ``SQLiteExecutor`` like any other (read-only, authorizer, timeout, row cap), so a write or
admin statement is refused and scored wrong. It also runs the queries on every ``*.sqlite`` file beside the
example's database (the distilled test suites); here only the example's database is used, as in strict scoring.
"""

from __future__ import annotations

import re
from typing import Sequence

from evaluation.compare import results_match
from evaluation.execute import split_statements, sql_tokens

_CUR_YEAR = re.compile(r"YEAR\s*\(\s*CURDATE\s*\(\s*\)\s*\)\s*", re.IGNORECASE)
_SPACED_OPERATORS = (("> =", ">="), ("< =", "<="), ("! =", "!="))


def official_text(sql: str, prediction: bool) -> str:
    """The SQL text that the official evaluator executes for ``sql``, before it keeps only the first statement.

    In its order: a prediction's every ``value`` becomes ``1`` (``evaluate`` does this to fill Spider's value
    placeholders, even inside names such as ``market_value``); ``> =``, ``< =`` and ``! =`` lose their space; every
    bare ``DISTINCT`` token goes, also in ``count(DISTINCT x)`` and after a dot (quoted text and comments keep
    theirs); ``YEAR(CURDATE())`` becomes ``2020``. Which statement runs is the executor's business
    (``single_statement`` under "official"), so that a write after the first statement is still seen and refused."""
    if prediction:
        sql = sql.replace("value", "1")
    for spaced, joined in _SPACED_OPERATORS:
        sql = sql.replace(spaced, joined)
    sql = "".join(t for t in sql_tokens(sql) if t.lower() != "distinct")
    return _CUR_YEAR.sub("2020", sql)


def official_is_ordered(gold_text: str) -> bool:
    """Row order counts when the text "order by" appears anywhere in the gold's first statement, even inside a
    subquery or a string. Line breaks count as spaces: the official evaluator reads each gold from one line."""
    first = split_statements(gold_text)[0]
    return "order by" in re.sub(r"[\t\n\r\f\v]", " ", first).lower()


def _unordered(row: Sequence) -> tuple:
    # The official quick rejection sorts each row's values by their text and type name, so 1 and 1.0 sort apart.
    return tuple(sorted(row, key=lambda v: str(v) + str(type(v))))


def official_results_match(gold_rows: Sequence[Sequence], pred_rows: Sequence[Sequence], ordered: bool) -> bool:
    """Test-suite result equality: exact values (Python's ``==``, so ``1 == 1.0`` but ``0.1 + 0.2 != 0.3``), rows as a
    multiset (a list when ``ordered``), columns in any order, two empty results equal.

    Its quick rejection is kept, quirk included: each row's values sorted by ``str(v) + str(type(v))`` must give the
    same rows (as a set, or a list when ordered), which rejects ``(1, 1.5)`` against ``(1.0, 1.5)``."""
    if len(gold_rows) != len(pred_rows):
        return False
    if not gold_rows:
        return True
    if any(len(row) != len(gold_rows[0]) for row in pred_rows):
        return False
    gold_keys = [_unordered(row) for row in gold_rows]
    pred_keys = [_unordered(row) for row in pred_rows]
    if (gold_keys != pred_keys) if ordered else (set(gold_keys) != set(pred_keys)):
        return False
    return results_match(gold_rows, pred_rows, ordered, exact=True)
