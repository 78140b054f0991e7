"""Generate SQL for a dataset with a (possibly adapted) model and score it: the one evaluation loop that the
baseline, every trial epoch and the final phase share."""

from __future__ import annotations

import time
from dataclasses import dataclass

from evaluation.data import Dataset
from evaluation.generate import GenerationConfig, generate
from evaluation.metrics import ExampleResult, Scorer, aggregate
from training.prompt import PromptConfig, example_messages, generation_prompt


@dataclass(frozen=True)
class EvalResult:
    records: list[ExampleResult]
    summary: dict
    seconds: float

    @property
    def ex(self) -> float:
        return self.summary["ex"]


def build_prompts(tokenizer, dataset: Dataset, prompt: PromptConfig) -> list[str]:
    return [
        generation_prompt(tokenizer, example_messages(dataset.database(e.db_id), e.question, prompt))
        for e in dataset.examples
    ]


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
    records = scorer.score_all(dataset, [o.sql for o in outputs], [o.latency_ms for o in outputs])
    return EvalResult(records, aggregate(records), time.perf_counter() - start)
