"""Generate SQL for a dataset with a (possibly adapted) model and score it: the one evaluation loop that the
baseline, every trial epoch and the final phase share."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from evaluation.data import Dataset
from evaluation.execute import ExecutionResult, SQLiteExecutor
from evaluation.generate import GenerationConfig, generate
from evaluation.metrics import ExampleResult, Scorer, aggregate
from training.prompt import PromptConfig, example_messages, generation_prompt


@dataclass(frozen=True)
class EvalResult:
    records: list[ExampleResult]
    summary: dict
    seconds: float
    chosen: tuple[int, ...] = ()
    """With several candidates: which hypothesis (0 = the most probable) answered each example."""
    batch_size: int = 0
    """Prompts per generation batch, as decoded (evaluation/generate.py: Generation.batch_size)."""

    @property
    def ex(self) -> float:
        return self.summary["ex"]


def build_prompts(tokenizer, dataset: Dataset, prompt: PromptConfig) -> list[str]:
    return [
        generation_prompt(tokenizer, example_messages(dataset.database(e.db_id), e.question, prompt))
        for e in dataset.examples
    ]


def choose_executable(executor: SQLiteExecutor, db_path: Path, candidates: Sequence[str]) -> tuple[int, ExecutionResult]:
    """The hypothesis to answer with, and its execution result: the most probable one that runs and returns rows,
    else the most probable one that runs, else the most probable one.

    Execution-guided decoding (Wang et al., 2018) uses the database, never the gold answer. An empty result counts
    against a hypothesis because a wrong value or join condition (the usual way a query that runs is wrong)
    returns nothing, while nearly every question a user asks has an answer; an empty result is still preferred to
    an error. The result comes back so that scoring does not run the chosen query a second time, so it is run under
    strict rules (what ``Scorer.score`` takes as ``executed``) whatever the scoring semantics.
    """
    results: list[ExecutionResult] = []
    for index, sql in enumerate(candidates):
        results.append(executor.execute(db_path, sql, "strict"))
        if results[-1].ok and results[-1].rows:
            return index, results[-1]
    index = next((i for i, result in enumerate(results) if result.ok), 0)
    return index, results[index]


def evaluate(
    model,
    tokenizer,
    dataset: Dataset,
    scorer: Scorer,
    generation: GenerationConfig,
    prompt: PromptConfig,
    progress: bool = False,
    desc: str = "evaluate",
) -> EvalResult:
    start = time.perf_counter()
    outputs = generate(model, tokenizer, build_prompts(tokenizer, dataset, prompt), generation, progress, desc)
    sqls = [o.sql for o in outputs]
    latencies = [o.latency_ms for o in outputs]
    chosen: tuple[int, ...] = ()
    executed: list[ExecutionResult] | None = None
    if generation.candidates > 1:
        picks, executed = [], []
        for n, (example, output) in enumerate(zip(dataset.examples, outputs)):
            t0 = time.perf_counter()
            pick, result = choose_executable(scorer.executor, dataset.database(example.db_id), output.candidates)
            latencies[n] += (time.perf_counter() - t0) * 1000  # the answer's cost includes trying its hypotheses
            sqls[n] = output.candidates[pick]
            picks.append(pick)
            executed.append(result)
        chosen = tuple(picks)
    records = scorer.score_all(dataset, sqls, latencies, executed)
    summary = aggregate(records)
    if chosen:
        summary["candidates"] = {"k": generation.candidates, "later": sum(pick > 0 for pick in chosen)}
    return EvalResult(records, summary, time.perf_counter() - start, chosen, outputs[0].batch_size if outputs else 0)
