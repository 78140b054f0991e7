"""Generate SQL for a dataset with a (possibly adapted) model and score it: the one evaluation loop that the
baseline, every trial epoch and the final phase share."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from evaluation.data import Dataset
from evaluation.execute import SQLiteExecutor
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

    @property
    def ex(self) -> float:
        return self.summary["ex"]


def build_prompts(tokenizer, dataset: Dataset, prompt: PromptConfig) -> list[str]:
    return [
        generation_prompt(tokenizer, example_messages(dataset.database(e.db_id), e.question, prompt))
        for e in dataset.examples
    ]


def choose_executable(executor: SQLiteExecutor, db_path: Path, candidates: Sequence[str]) -> int:
    """Index of the hypothesis to answer with: the most probable one that runs and returns rows, else the most
    probable one that runs, else the most probable one.

    Execution-guided decoding (Wang et al., 2018) uses the database, never the gold answer. An empty result counts
    against a hypothesis because a wrong value or join condition (the usual way a query that runs is wrong)
    returns nothing, while nearly every question a user asks has an answer; an empty result is still preferred to
    an error.
    """
    runs = None
    for index, sql in enumerate(candidates):
        result = executor.execute(db_path, sql)
        if result.ok and result.rows:
            return index
        if result.ok and runs is None:
            runs = index
    return 0 if runs is None else runs


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
    if generation.candidates > 1:
        picks = []
        for n, (example, output) in enumerate(zip(dataset.examples, outputs)):
            t0 = time.perf_counter()
            pick = choose_executable(scorer.executor, dataset.database(example.db_id), output.candidates)
            latencies[n] += (time.perf_counter() - t0) * 1000  # the answer's cost includes trying its hypotheses
            sqls[n] = output.candidates[pick]
            picks.append(pick)
        chosen = tuple(picks)
    records = scorer.score_all(dataset, sqls, latencies)
    summary = aggregate(records)
    if chosen:
        summary["candidates"] = {"k": generation.candidates, "later": sum(pick > 0 for pick in chosen)}
    return EvalResult(records, summary, time.perf_counter() - start, chosen)
