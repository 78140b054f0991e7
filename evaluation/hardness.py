"""Spider's hardness levels (easy / medium / hard / extra), computed from the gold SQL's structure.

Port of ``eval_hardness`` in Spider's ``evaluation.py`` onto a sqlglot parse tree instead of Spider's
own parser (which needs ``tables.json``). The counts follow Spider:

- component1: WHERE, GROUP BY, ORDER BY, LIMIT, each extra FROM table (a join), each OR, each LIKE;
- component2: nested queries (set operations, subqueries in FROM / WHERE / HAVING);
- others: more than one aggregate, more than one selected column, more than one WHERE condition,
  more than one GROUP BY column.
"""

from __future__ import annotations

from functools import lru_cache


def _local_nodes(node, types):
    """Nodes of ``types`` under ``node``, not descending into nested queries."""
    from sqlglot import exp

    found = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current is None:
            continue
        if isinstance(current, types):
            found.append(current)
        for child in current.iter_expressions():
            if isinstance(child, (exp.Select, exp.Subquery, exp.SetOperation)):
                continue
            stack.append(child)
    return found


def _nested_queries(node) -> int:
    from sqlglot import exp

    count = 0
    stack = [node]
    while stack:
        current = stack.pop()
        for child in current.iter_expressions():
            if isinstance(child, (exp.Select, exp.Subquery, exp.SetOperation)):
                count += 1
            else:
                stack.append(child)
    return count


def _conditions(where) -> int:
    from sqlglot import exp

    if where is None:
        return 0
    return len(_local_nodes(where.this, (exp.And, exp.Or))) + 1


@lru_cache(maxsize=65_536)
def spider_hardness(sql: str) -> str:
    """Hardness of ``sql`` as Spider defines it; 'extra' when the SQL cannot be parsed."""
    import sqlglot
    from sqlglot import exp

    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except Exception:
        return "extra"
    nested = 0
    while isinstance(tree, exp.SetOperation):
        nested += 1
        tree = tree.this
    while isinstance(tree, exp.Subquery):
        tree = tree.this
    if not isinstance(tree, exp.Select):
        return "extra"

    where, having, group, order = (tree.args.get(k) for k in ("where", "having", "group", "order"))
    component1 = sum(x is not None for x in (where, group, order, tree.args.get("limit")))
    component1 += len(tree.args.get("joins") or [])
    for clause in (where, having):
        if clause is not None:
            component1 += len(_local_nodes(clause, exp.Or)) + len(_local_nodes(clause, exp.Like))
            nested += _nested_queries(clause)
    from_ = tree.args.get("from_") or tree.args.get("from")
    if from_ is not None:
        nested += _nested_queries(from_)
    for join in tree.args.get("joins") or []:
        nested += _nested_queries(join)

    aggregates = sum(
        len(_local_nodes(part, exp.AggFunc))
        for part in [*tree.expressions, where, group, order, having]
        if part is not None
    )
    others = sum(
        (
            aggregates > 1,
            len(tree.expressions) > 1,
            _conditions(where) > 1,
            group is not None and len(group.expressions) > 1,
        )
    )
    if component1 <= 1 and others == 0 and nested == 0:
        return "easy"
    if (others <= 2 and component1 <= 1 and nested == 0) or (component1 <= 2 and others < 2 and nested == 0):
        return "medium"
    if (
        (others > 2 and component1 <= 2 and nested == 0)
        or (2 < component1 <= 3 and others <= 2 and nested == 0)
        or (component1 <= 1 and others == 0 and nested <= 1)
    ):
        return "hard"
    return "extra"
