"""Execution-result equivalence, after Spider's test-suite evaluator (taoyds/test-suite-sql-eval).

Each rule below is a semantic choice; the docstrings say why it was made and where it departs from Spider.
These are the "strict" semantics; evaluation/official.py holds the test suite's own rules ("official").
"""

from __future__ import annotations

import itertools
import logging
import math
from collections import Counter
from functools import lru_cache
from typing import Iterable, Sequence

from evaluation.execute import split_statements

# Column permutations tried at most; a result with many identical columns could otherwise explode.
MAX_PERMUTATIONS = 5_000


def normalize_value(value):
    """Map a cell to a comparison key.

    - ``1`` and ``1.0`` are equal (SQLite returns REAL from AVG, division or CAST where gold may use COUNT).
    - Floats keep 12 significant digits: two queries that sum the same values in a different order differ
      in the last bits, which is noise, while ``ROUND(x, 2)`` versus ``x`` still differs and stays wrong.
      Spider compares floats exactly; this only forgives bit-level noise.
    - Strings compare exactly (case and whitespace matter), as in Spider: 'Paris' is not 'paris'.
    - NULL equals NULL (a multiset of rows, not SQL's three-valued logic).
    """
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return value
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
        return float(f"{value:.12g}")
    return value


def _normalize_rows(rows: Iterable[Sequence], exact: bool = False) -> list[tuple]:
    return [tuple(row) if exact else tuple(normalize_value(v) for v in row) for row in rows]


def _same(gold: list[tuple], pred: list[tuple], ordered: bool) -> bool:
    return gold == pred if ordered else Counter(gold) == Counter(pred)


def _permutations(candidates: list[list[int]]):
    """Assignments of distinct predicted columns to gold columns, each drawn from its candidate list."""
    n = len(candidates)
    chosen: list[int] = []
    used: set[int] = set()

    def extend(i: int):
        if i == n:
            yield tuple(chosen)
            return
        for j in candidates[i]:
            if j not in used:
                used.add(j)
                chosen.append(j)
                yield from extend(i + 1)
                chosen.pop()
                used.discard(j)

    return extend(0)


def results_match(gold_rows: Sequence[Sequence], pred_rows: Sequence[Sequence], ordered: bool,
                  exact: bool = False) -> bool:
    """True when the predicted result equals the gold result under Spider's execution semantics.

    - Rows are compared as multisets: duplicates count, so ``SELECT name`` and ``SELECT DISTINCT name`` differ
      whenever names repeat (the question decides which one is right). The test suite compares multisets too, but
      by default it first deletes every DISTINCT from both queries, so the two agree on duplicates only with its
      ``--keep_distinct`` (see evaluation/official.py).
    - Order matters only when ``ordered`` (the gold query sorts its final result: see ``gold_is_ordered``).
    - The predicted columns may be any permutation of the gold columns (``SELECT a, b`` matches
      ``SELECT b, a``): a question rarely fixes column order, and Spider accepts this too.
    - Two empty results are equal whatever their columns; callers count these examples separately because
      an empty prediction is then right for the wrong reason.
    - Values go through ``normalize_value``, unless ``exact`` (the official semantics): Python's ``==`` then.
    """
    if len(gold_rows) != len(pred_rows):
        return False
    if not gold_rows:
        return True
    width = len(gold_rows[0])
    if any(len(r) != width for r in pred_rows):
        return False
    gold = _normalize_rows(gold_rows, exact)
    pred = _normalize_rows(pred_rows, exact)
    if _same(gold, pred, ordered):
        return True
    gold_columns = [Counter(row[i] for row in gold) for i in range(width)]
    pred_columns = [Counter(row[j] for row in pred) for j in range(width)]
    candidates = [[j for j in range(width) if pred_columns[j] == gold_columns[i]] for i in range(width)]
    if any(not c for c in candidates):
        return False
    for perm in itertools.islice(_permutations(candidates), MAX_PERMUTATIONS):
        if perm == tuple(range(width)):
            continue
        if _same(gold, [tuple(row[j] for j in perm) for row in pred], ordered):
            return True
    return False


def sqlglot():
    """The sqlglot module, its log quiet: it warns (e.g. "unsupported syntax ... Command" for VACUUM INTO) through
    logging, whose last-resort handler would print to stderr; a parse that matters raises instead."""
    import sqlglot as module

    logging.getLogger("sqlglot").setLevel(logging.ERROR)
    return module


@lru_cache(maxsize=65_536)
def gold_is_ordered(gold_sql: str) -> bool:
    """Whether row order is part of the gold answer: the outermost query has ORDER BY.

    Spider's evaluator uses ``'order by' in gold.lower()``, which also fires on an ORDER BY inside a subquery
    (``WHERE x = (SELECT ... ORDER BY ... LIMIT 1)``) whose outer result has no defined order. We parse the
    SQL and look at the outermost statement only; if it cannot be parsed we fall back to Spider's test.
    Only the first statement counts (``SELECT ... ORDER BY x;;`` is ordered).
    """
    gold_sql = split_statements(gold_sql)[0]
    try:
        from sqlglot import exp

        tree = sqlglot().parse_one(gold_sql, read="sqlite")
    except Exception:
        return "order by" in " ".join(gold_sql.lower().split())
    if isinstance(tree, exp.Subquery):
        tree = tree.this
    return tree is not None and tree.args.get("order") is not None
