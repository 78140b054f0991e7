"""Score predictions one example at a time, then aggregate: EX overall, by difficulty and by database.

Per-example records are the primary output (they go to JSONL and to the predictions table); aggregates are
computed from them and never the other way round.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from evaluation.compare import gold_is_ordered, results_match, sqlglot
from evaluation.data import DIFFICULTIES, Dataset, DatasetError, Example
from evaluation.execute import ErrorKind, ExecutionResult, SQLiteExecutor, is_blank, single_statement, split_statements
from evaluation.official import official_is_ordered, official_results_match, official_text


@dataclass(frozen=True)
class ExampleResult:
    """The scored outcome of one prediction."""

    id: str
    db_id: str
    difficulty: str
    question: str
    gold: str
    predicted: str
    correct: bool
    """Execution match under the scorer's semantics (``ExecutionConfig.semantics``); for datasets without rows
    (sql-create-context): exact match of an executable query."""
    error: str | None
    """None when correct; else an ``ErrorKind`` value: syntax / runtime / timeout / denied / row_limit / wrong_result."""
    message: str
    exact_match: bool
    valid_sql: bool
    """The prediction executed without error (whatever its result), under the scorer's semantics."""
    gold_empty: bool
    """The gold result has no rows: a correct empty prediction is right for a weak reason, so count these apart."""
    latency_ms: float
    """Time to produce the prediction (generation), when known; else the prediction's execution time."""
    strict_correct: bool | None = None
    """The verdict under sqltune's own rules ("strict"); None where it was not computed."""
    official_correct: bool | None = None
    """The verdict under the Spider test suite's rules ("official", evaluation/official.py), in the same sandbox."""

    def to_dict(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=65_536)
def normalize_sql(sql: str) -> str:
    """Canonical text for exact match: sqlglot's rendering (keyword case, spacing, quoting), else collapsed text.

    String literals keep their case ('Paris' is not 'paris', as in execution); only SQL that sqlglot cannot parse
    falls back to lower-cased text with collapsed spaces. Every statement counts (a query with a second statement
    stacked on it is not the query), empty ones aside (``SELECT ...;;``)."""
    parts = []
    for statement in split_statements(sql):
        if is_blank(statement):
            continue
        statement = statement.strip().rstrip(";").strip()
        try:
            parts += sqlglot().transpile(statement, read="sqlite", write="sqlite", normalize=True, pretty=False)
        except Exception:
            parts.append(re.sub(r"\s+", " ", statement).lower())
    return "; ".join(parts)


class Scorer:
    """Scores predictions against gold queries; gold results are executed once and cached.

    Every prediction gets both verdicts, strict and official (``ExampleResult.strict_correct``/``official_correct``);
    the executor's ``config.semantics`` says which one is ``correct``. The official one costs an execution only where
    its rewriting changes what runs (a DISTINCT, a spaced operator, a second statement): otherwise rows are reused."""

    def __init__(self, executor: SQLiteExecutor) -> None:
        self.executor = executor
        self._gold: dict[tuple[str, str, str], ExecutionResult] = {}

    def _cached(self, dataset: Dataset, example: Example, sql: str, semantics: str) -> ExecutionResult:
        key = (str(dataset.database(example.db_id)), sql, semantics)
        result = self._gold.get(key)
        if result is None:
            result = self.executor.execute(dataset.database(example.db_id), sql, semantics)
            self._gold[key] = result
        return result

    def gold_result(self, dataset: Dataset, example: Example) -> ExecutionResult:
        return self._cached(dataset, example, example.query, "strict")

    def check_gold(self, dataset: Dataset) -> None:
        """Run every gold query once; a failing gold query is a data error, raised with file and line."""
        failures = []
        for example in dataset.examples:
            result = self.gold_result(dataset, example)
            if not result.ok:
                failures.append(f"{example.source}: field 'query': gold SQL fails ({result.error.value}: {result.message})")
        if failures:
            more = f"\n... and {len(failures) - 10} more" if len(failures) > 10 else ""
            raise DatasetError(f"{len(failures)} gold queries fail in {dataset.name}:\n" + "\n".join(failures[:10]) + more)

    def score(self, dataset: Dataset, example: Example, predicted: str, latency_ms: float | None = None,
              executed: ExecutionResult | None = None) -> ExampleResult:
        """``executed``: ``predicted``'s result under strict rules where the caller ran it already (execution-guided
        decoding does)."""
        gold = self.gold_result(dataset, example)
        if not gold.ok:
            raise DatasetError(f"{example.source}: field 'query': gold SQL fails ({gold.error.value}: {gold.message})")
        pred = executed if executed is not None else self.executor.execute(dataset.database(example.db_id), predicted, "strict")
        exact = normalize_sql(predicted) == normalize_sql(example.query)
        strict = _verdict(gold, pred, lambda: results_match(gold.rows, pred.rows, gold_is_ordered(example.query)),
                          dataset.has_data, exact)
        official = strict
        if dataset.has_data:
            official = self._official(dataset, example, predicted, pred, exact)
        correct, error, message, chosen = official if self.executor.config.semantics == "official" else strict
        return ExampleResult(
            id=example.id,
            db_id=example.db_id,
            difficulty=example.difficulty,
            question=example.question,
            gold=example.query,
            predicted=predicted,
            correct=correct,
            error=error,
            message=message,
            exact_match=exact,
            valid_sql=chosen.ok,
            gold_empty=not gold.rows,
            latency_ms=chosen.latency_ms if latency_ms is None else latency_ms,
            strict_correct=strict[0],
            official_correct=official[0],
        )

    def _official(self, dataset: Dataset, example: Example, predicted: str, strict_pred: ExecutionResult,
                  exact: bool) -> tuple:
        gold_text = official_text(example.query, prediction=False)
        pred_text = official_text(predicted, prediction=True)
        same_gold = single_statement(gold_text, "official") == single_statement(example.query, "strict")
        gold = self.gold_result(dataset, example) if same_gold else self._cached(dataset, example, gold_text, "official")
        if not gold.ok:  # the official evaluator would stop here (it asserts); score the example wrong instead
            return False, ErrorKind.WRONG_RESULT.value, f"gold fails under official rules: {gold.message}", strict_pred
        same_pred = single_statement(pred_text, "official") == single_statement(predicted, "strict")
        pred = strict_pred if same_pred else self.executor.execute(dataset.database(example.db_id), pred_text, "official")
        ordered = official_is_ordered(gold_text)
        return _verdict(gold, pred, lambda: official_results_match(gold.rows, pred.rows, ordered), True, exact)

    def score_all(
        self, dataset: Dataset, predictions: Sequence[str], latencies_ms: Sequence[float] | None = None,
        executed: Sequence[ExecutionResult | None] | None = None,
    ) -> list[ExampleResult]:
        if len(predictions) != len(dataset.examples):
            raise ValueError(f"{len(predictions)} predictions for {len(dataset.examples)} examples")
        latencies = latencies_ms or [None] * len(predictions)
        results = executed or [None] * len(predictions)
        return [self.score(dataset, e, p, l, r) for e, p, l, r in zip(dataset.examples, predictions, latencies, results)]


def _verdict(gold: ExecutionResult, pred: ExecutionResult, match, has_data: bool, exact: bool) -> tuple:
    """(correct, error, message, the prediction's result) for one semantics; ``match()`` compares the rows."""
    if not pred.ok:
        return False, pred.error.value, pred.message, pred
    if not has_data:
        return exact, None if exact else ErrorKind.WRONG_RESULT.value, "" if exact else "not an exact match", pred
    correct = match()
    return correct, None if correct else ErrorKind.WRONG_RESULT.value, "", pred


def _rate(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def aggregate(records: Iterable[ExampleResult]) -> dict:
    """EX overall, by difficulty and by database; exact match, valid-SQL rate, error kinds, empty-gold counts.

    ``ex`` is under the scorer's semantics; ``ex_strict`` and ``ex_official`` are under each one (None where a record
    lacks that verdict)."""
    records = list(records)

    def ex_under(field: str) -> float | None:
        verdicts = [getattr(r, field) for r in records]
        return None if None in verdicts else _rate(sum(verdicts), len(verdicts))

    by_difficulty: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_db: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in records:
        for table, key in ((by_difficulty, r.difficulty), (by_db, r.db_id)):
            table[key][0] += r.correct
            table[key][1] += 1
    empty = [r for r in records if r.gold_empty]
    order = {d: i for i, d in enumerate(DIFFICULTIES)}
    return {
        "n": len(records),
        "ex": _rate(sum(r.correct for r in records), len(records)),
        "correct": sum(r.correct for r in records),
        "ex_strict": ex_under("strict_correct"),
        "ex_official": ex_under("official_correct"),
        "exact_match": _rate(sum(r.exact_match for r in records), len(records)),
        "valid_sql": _rate(sum(r.valid_sql for r in records), len(records)),
        "by_difficulty": {
            k: {"n": v[1], "correct": v[0], "ex": _rate(*v)}
            for k, v in sorted(by_difficulty.items(), key=lambda kv: order.get(kv[0], 99))
        },
        "by_db": {k: {"n": v[1], "correct": v[0], "ex": _rate(*v)} for k, v in sorted(by_db.items())},
        "errors": dict(Counter(r.error for r in records if r.error).most_common()),
        "empty_gold": {"n": len(empty), "correct": sum(r.correct for r in empty)},
        "ex_nonempty_gold": _rate(
            sum(r.correct for r in records if not r.gold_empty), sum(not r.gold_empty for r in records)
        ),
    }


@dataclass(frozen=True)
class PairedComparison:
    """Two models on the same questions: how many only the second answers correctly (``wins``) and how many only the
    first (``losses``). Questions both get right or both get wrong say nothing about which model is better."""

    wins: int
    losses: int

    @property
    def p_value(self) -> float:
        """One-sided exact sign test (McNemar's exact test) of "the second is better": the chance of at least ``wins``
        of the ``wins + losses`` disagreements going its way if each were a fair coin. 1.0 when they never disagree."""
        n = self.wins + self.losses
        return sum(math.comb(n, k) for k in range(self.wins, n + 1)) / 2**n

    def describe(self, second: str = "after tuning", first: str = "before") -> str:
        return (f"{self.wins} right only {second}, {self.losses} only {first} "
                f"(one-sided sign test p = {self.p_value:.2g})")


def paired_comparison(before: Mapping[str, bool], after: Mapping[str, bool]) -> PairedComparison:
    """Correctness by example id of the same split before and after: a change only counts on the same questions."""
    if before.keys() != after.keys():
        missing, extra = sorted(after.keys() - before.keys()), sorted(before.keys() - after.keys())
        raise ValueError(f"paired comparison needs the same examples: {len(missing)} only after (first: "
                         f"{missing[:1]}), {len(extra)} only before (first: {extra[:1]})")
    return PairedComparison(sum(after[k] and not before[k] for k in after),
                            sum(before[k] and not after[k] for k in after))


def _both(summary: dict) -> str:
    """'[strict 40.0%, official 42.0%]  ', or '' for a summary without both (made before they were recorded)."""
    strict, official = summary.get("ex_strict"), summary.get("ex_official")
    return "" if strict is None or official is None else f"[strict {strict:.1%}, official {official:.1%}]  "


def format_summary(title: str, summary: dict) -> str:
    """A short plain-text table of an aggregate."""
    lines = [
        f"{title}: EX {summary['ex']:.1%} ({summary['correct']}/{summary['n']})  {_both(summary)}"
        f"exact match {summary['exact_match']:.1%}  valid SQL {summary['valid_sql']:.1%}  "
        f"empty-gold correct {summary['empty_gold']['correct']}/{summary['empty_gold']['n']}",
        f"  {'difficulty':<12}{'n':>6}{'EX':>9}",
    ]
    for name, row in summary["by_difficulty"].items():
        lines.append(f"  {name:<12}{row['n']:>6}{row['ex']:>9.1%}")
    lines.append(f"  {'database':<28}{'n':>6}{'EX':>9}")
    for name, row in summary["by_db"].items():
        lines.append(f"  {name:<28}{row['n']:>6}{row['ex']:>9.1%}")
    if summary["errors"]:
        lines.append("  errors: " + ", ".join(f"{k} {v}" for k, v in summary["errors"].items()))
    if "candidates" in summary:
        c = summary["candidates"]
        lines.append(f"  execution-guided: {c['later']} of {summary['n']} answers are a later one of {c['k']} hypotheses")
    return "\n".join(lines)
