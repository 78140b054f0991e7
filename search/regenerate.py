"""The final phase's test predictions generated again from what the study recorded (``final_settings``): the same
data, model, adapter, weights, batches and decoding, in this process. tests/test_best_model.py compares them with
the predictions table; benchmarks/reproducible_generation.py times them."""

from __future__ import annotations

from pathlib import Path


def regenerate_final(study, model_cache: Path, reproducible: bool = True, state: dict | None = None):
    """(EvalResult of the best adapter on the study's test split, that split's rows in the predictions table).

    ``state``: a dict kept between calls, so that a second call reuses the loaded model and data."""
    from search.records import read_final
    from storage.predictions import load_predictions, open_predictions

    state = {} if state is None else state
    if not state:
        state.update(load_final(study, model_cache))
    result = decode_as_final(study, state, reproducible=reproducible)
    final = read_final(study)
    rows = load_predictions(open_predictions(final.settings.predictions_db), study.study_name, phase="final",
                            split="test", trial=final.trial)
    return result, rows


def load_final(study, model_cache: Path, split: Path | None = None) -> dict:
    """The best adapter on its base model, as the final phase decoded with it, and the examples of ``split`` (a JSONL
    file over the study's databases; default: the study's test split, with its cap)."""
    from peft import PeftModel

    from evaluation import embedded
    from evaluation.data import DataConfig, load_splits
    from evaluation.dense import EvalWeights
    from search.records import read_final
    from training.model import ModelConfig, load_model

    s = read_final(study).settings
    databases = Path(s.databases) if s.databases else None
    data = DataConfig(
        test=split or (Path(s.test) if s.test else None),
        # Another split of the embedded set: its databases, which load_splits builds only for the set's own splits.
        databases=embedded.build_databases(model_cache) if split and databases is None else databases,
        test_limit=None if split else s.test_cap or None,
    )
    examples = load_splits(data, model_cache, ("test",))["test"]
    # The search's converted model where it is still there: a GGUF is not converted a second time.
    cache = Path(s.cache_dir) if s.cache_dir and Path(s.cache_dir).is_dir() else model_cache
    base, tokenizer = load_model(ModelConfig(s.model, s.load_in_4bit, s.compute_dtype, cache_dir=cache))
    return {"examples": examples, "tokenizer": tokenizer,
            "model": EvalWeights(s.weights)(PeftModel.from_pretrained(base, s.adapter))}


def decode_as_final(study, state: dict, candidates: int | None = None, reproducible: bool = True):
    """EvalResult of ``state`` (``load_final``) decoded as the final phase did, or with ``candidates`` hypotheses
    instead, in batches of as many sequences as the final phase's."""
    from evaluation.evaluate import evaluate
    from evaluation.execute import ExecutionConfig, SQLiteExecutor
    from evaluation.generate import GenerationConfig
    from evaluation.metrics import Scorer
    from search.records import read_final
    from training.prompt import PromptConfig

    s = read_final(study).settings
    recorded = s.candidates or 1
    k = candidates or recorded
    batch = max(1, s.batch_size * recorded // k)  # the recorded batch where k is the recorded number
    generation = GenerationConfig(batch, s.max_new_tokens, candidates=k, reproducible=reproducible)
    with SQLiteExecutor(ExecutionConfig(semantics=s.semantics)) as executor:
        return evaluate(state["model"], state["tokenizer"], state["examples"], Scorer(executor), generation,
                        PromptConfig(s.sample_rows))


def differing(result, rows) -> list[tuple[str, str, str]]:
    """(example id, stored SQL, regenerated SQL) for each test example whose SQL is not the table's."""
    stored = {r.example_id: r.predicted_sql for r in rows}
    return [(r.id, stored.get(r.id), r.predicted) for r in result.records if stored.get(r.id) != r.predicted]
