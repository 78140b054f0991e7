"""The final phase's test predictions generated again from what the study recorded (``final_settings``): the same
data, model, adapter, weights, batches and decoding, in this process. tests/test_best_model.py compares them with
the predictions table; benchmarks/reproducible_generation.py times them."""

from __future__ import annotations

from pathlib import Path


def regenerate_final(study, model_cache: Path, reproducible: bool = True, state: dict | None = None):
    """(EvalResult of the best adapter on the study's test split, that split's rows in the predictions table).

    ``state``: a dict kept between calls, so that a second call reuses the loaded model and data."""
    from evaluation.data import DataConfig, load_splits
    from evaluation.dense import EvalWeights
    from evaluation.evaluate import evaluate
    from evaluation.execute import ExecutionConfig, SQLiteExecutor
    from evaluation.generate import GenerationConfig
    from evaluation.metrics import Scorer
    from search.records import read_final
    from storage.predictions import load_predictions, open_predictions
    from training.model import ModelConfig, load_model
    from training.prompt import PromptConfig

    final = read_final(study)
    s = final.settings
    state = {} if state is None else state
    if not state:
        from peft import PeftModel

        data = DataConfig(
            test=Path(s.test) if s.test else None,
            databases=Path(s.databases) if s.databases else None,
            test_limit=s.test_cap or None,
        )
        state["test"] = load_splits(data, model_cache, ("test",))["test"]
        # The search's converted model where it is still there: a GGUF is not converted a second time.
        cache = Path(s.cache_dir) if s.cache_dir and Path(s.cache_dir).is_dir() else model_cache
        base, state["tokenizer"] = load_model(ModelConfig(s.model, s.load_in_4bit, s.compute_dtype, cache_dir=cache))
        state["model"] = EvalWeights(s.weights)(PeftModel.from_pretrained(base, s.adapter))
    generation = GenerationConfig(s.batch_size, s.max_new_tokens, candidates=s.candidates or 1,
                                  reproducible=reproducible)
    with SQLiteExecutor(ExecutionConfig(semantics=s.semantics)) as executor:
        result = evaluate(state["model"], state["tokenizer"], state["test"], Scorer(executor), generation,
                          PromptConfig(s.sample_rows))
    rows = load_predictions(open_predictions(s.predictions_db), study.study_name, phase="final", split="test",
                            trial=final.trial)
    return result, rows


def differing(result, rows) -> list[tuple[str, str, str]]:
    """(example id, stored SQL, regenerated SQL) for each test example whose SQL is not the table's."""
    stored = {r.example_id: r.predicted_sql for r in rows}
    return [(r.id, stored.get(r.id), r.predicted) for r in result.records if stored.get(r.id) != r.predicted]
