"""The baseline: the base model, untuned, on the validation and test splits; every prediction is stored.

Run it alone with ``python -m search.run --phase baseline`` (``make baseline``): flags and ``.env`` are read in one
place, ``search/run.py``; the search (search/phases.py) calls ``run_baseline`` as its baseline phase and stores the
records it returns. This module imports nothing of search/.
"""

from __future__ import annotations

from evaluation.data import Dataset
from evaluation.evaluate import EvalResult, evaluate
from evaluation.generate import GenerationConfig
from evaluation.metrics import Scorer
from training.prompt import PromptConfig

BASELINE_SPLITS = ("validation", "test")


def run_baseline(
    model,
    tokenizer,
    datasets: dict[str, Dataset],
    scorer: Scorer,
    generation: dict[str, GenerationConfig],
    prompt: PromptConfig,
    progress: bool = True,
) -> dict[str, EvalResult]:
    """Evaluate the base model on each split in ``datasets`` (normally validation and test), decoding each as
    ``generation[split]`` says."""
    return {
        split: evaluate(model, tokenizer, dataset, scorer, generation[split], prompt, progress, f"baseline {split}")
        for split, dataset in datasets.items()
    }


