"""Execution-guided decoding: several beam-search hypotheses per question, answered with the first that runs on the
database and returns rows. The choice uses the database only, never the gold query."""

import json

import pytest

import evaluation.evaluate as evaluate_module
from evaluation.data import load_dataset
from evaluation.evaluate import choose_executable, evaluate
from evaluation.execute import SQLiteExecutor
from evaluation.generate import Generation, GenerationConfig
from evaluation.metrics import Scorer, format_summary
from training.prompt import PromptConfig

BAD_COLUMN = "SELECT nickname FROM customers"
EMPTY = "SELECT name FROM customers WHERE city = 'Rome'"
ROWS = "SELECT name FROM customers WHERE city = 'Paris'"
PROSE = "I cannot answer that."


@pytest.mark.parametrize(
    "candidates, index",
    [
        ([BAD_COLUMN, EMPTY, ROWS], 2),  # the first with rows, past an error and an empty result
        ([ROWS, BAD_COLUMN], 0),  # the most probable one when it answers: beam order is kept
        ([BAD_COLUMN, EMPTY, PROSE], 1),  # nothing has rows: an empty result beats an error
        ([PROSE, BAD_COLUMN], 0),  # nothing runs: the most probable one, scored (and failing) as written
        ([EMPTY, "SELECT name FROM customers WHERE city = 'Oslo'"], 1),
    ],
)
def test_choose_executable(shop_db, candidates, index):
    with SQLiteExecutor() as executor:
        chosen, result = choose_executable(executor, shop_db, candidates)
        assert chosen == index
        again = executor.execute(shop_db, candidates[index])  # the result returned is the chosen query's own
        assert (result.rows, result.error, result.message) == (again.rows, again.error, again.message)


def test_a_write_among_the_hypotheses_is_never_run(shop_db):
    with SQLiteExecutor() as executor:
        assert choose_executable(executor, shop_db, ["DELETE FROM customers", ROWS])[0] == 1
        assert executor.execute(shop_db, "SELECT count(*) FROM customers").rows == [(4,)]


class _CountingExecutor(SQLiteExecutor):
    calls = 0

    def execute(self, db_path, sql, semantics=None):
        self.calls += 1
        return super().execute(db_path, sql, semantics)


def _dataset(tmp_path, shop_dir, golds):
    path = tmp_path / "questions.jsonl"
    path.write_text("".join(
        json.dumps({"id": f"q{i}", "db_id": "shop", "question": f"question {i}", "query": gold}) + "\n"
        for i, gold in enumerate(golds)
    ))
    return load_dataset(path, shop_dir)


def test_evaluate_answers_with_the_chosen_hypothesis(tmp_path, shop_dir, monkeypatch):
    dataset = _dataset(tmp_path, shop_dir, [ROWS, EMPTY, ROWS])
    hypotheses = [(BAD_COLUMN, ROWS), (EMPTY, ROWS), (PROSE, PROSE)]

    def fake_generate(model, tokenizer, prompts, config, progress=False, desc=""):
        assert config.candidates == 2 and len(prompts) == 3
        return [Generation(h[0], h[0], 10.0, h) for h in hypotheses]

    monkeypatch.setattr(evaluate_module, "generate", fake_generate)
    monkeypatch.setattr(evaluate_module, "build_prompts", lambda tokenizer, dataset, prompt: ["p"] * len(dataset))
    with _CountingExecutor() as executor:
        result = evaluate(None, None, dataset, Scorer(executor), GenerationConfig(candidates=2), PromptConfig())
    # 6 hypotheses tried (2 per question) and the 2 distinct gold queries; the chosen ones are not run again to score.
    assert executor.calls == 8
    assert result.chosen == (1, 1, 0)
    assert [r.predicted for r in result.records] == [ROWS, ROWS, PROSE]
    # Example 1's gold is empty: the rule that prefers rows took the hypothesis that is wrong for it. The cost of
    # the rule is visible here, on purpose (README counts empty-gold examples apart).
    assert [r.correct for r in result.records] == [True, False, False]
    assert all(r.latency_ms > 10.0 for r in result.records)  # trying the hypotheses is part of the answer's cost
    assert result.summary["candidates"] == {"k": 2, "later": 2}
    assert "execution-guided: 2 of 3 answers are a later one of 2 hypotheses" in format_summary("t", result.summary)


def test_greedy_decoding_keeps_the_first_answer(tmp_path, shop_dir, monkeypatch):
    dataset = _dataset(tmp_path, shop_dir, [ROWS])
    monkeypatch.setattr(evaluate_module, "generate", lambda *a, **k: [Generation(BAD_COLUMN, BAD_COLUMN, 5.0)])
    monkeypatch.setattr(evaluate_module, "build_prompts", lambda tokenizer, dataset, prompt: ["p"])
    with SQLiteExecutor() as executor:
        result = evaluate(None, None, dataset, Scorer(executor), GenerationConfig(), PromptConfig())
    assert result.chosen == () and "candidates" not in result.summary
    assert result.records[0].predicted == BAD_COLUMN and result.records[0].latency_ms == 5.0



def test_the_baseline_decodes_each_split_as_what_it_is_compared_with(tmp_path, shop_dir, monkeypatch, capsys):
    """Validation as the trials decode it (their validation EX ranks them), test as the final phase does."""
    from search.config import SearchConfig
    from search.objective import SharedState
    from search.phases import Search
    from search.study import open_study
    from storage.predictions import load_predictions, open_predictions

    dataset = _dataset(tmp_path, shop_dir, [ROWS])
    seen = {}

    def fake_generate(model, tokenizer, prompts, config, progress=False, desc=""):
        seen[desc] = config.candidates
        return [Generation(ROWS, ROWS, 1.0, (ROWS,) * config.candidates if config.candidates > 1 else ())]

    monkeypatch.setattr(evaluate_module, "generate", fake_generate)
    monkeypatch.setattr(evaluate_module, "build_prompts", lambda tokenizer, dataset, prompt: ["p"])
    config = SearchConfig(generation=GenerationConfig(candidates=8), trial_generation=GenerationConfig(candidates=1),
                          progress=False, storage=f"sqlite:///{tmp_path / 's.db'}",
                          predictions_db=f"sqlite:///{tmp_path / 'p.db'}")
    search = Search(config)
    search.engine = open_predictions(config.predictions_db)
    search.study, search.splits = open_study(config), {"validation": dataset, "test": dataset}
    with SQLiteExecutor() as executor:
        search.state = SharedState(config, None, None, None, dataset, Scorer(executor), search.keep_trial_predictions,
                                   lambda m: m)
        search.baseline()
    assert seen == {"baseline validation": 1, "baseline test": 8}
    stored = load_predictions(search.engine, config.study_name, phase="baseline")
    assert sorted(r.split for r in stored) == ["test", "validation"]


@pytest.mark.e2e
def test_beam_search_returns_every_hypothesis_best_first(model_cache):
    from evaluation.generate import generate
    from training.model import ModelConfig, load_model
    from training.prompt import chat_messages, generation_prompt

    model, tokenizer = load_model(ModelConfig(cache_dir=model_cache))
    prompts = [
        generation_prompt(tokenizer, chat_messages("CREATE TABLE singer (name TEXT, age INTEGER);", question))
        for question in ("How many singers are there?", "List the names of singers older than 30, by age.")
    ]
    outputs = generate(model, tokenizer, prompts, GenerationConfig(batch_size=2, max_new_tokens=12, candidates=3))
    for output in outputs:
        assert len(output.candidates) == 3 and output.candidates[0] == output.sql
    # Each prompt gets its own hypotheses (not another prompt's): they differ between the two questions.
    assert set(outputs[0].candidates).isdisjoint(outputs[1].candidates)
    greedy = generate(model, tokenizer, prompts, GenerationConfig(batch_size=2, max_new_tokens=12))
    assert all(g.candidates == () for g in greedy)


class _CharTokenizer:
    """Characters as token ids; enough of a tokenizer for generate()'s batching."""

    eos_token_id = 0
    pad_token_id = 0

    def __call__(self, texts, add_special_tokens=False):
        return {"input_ids": [[ord(c) for c in text] for text in texts]}

    def pad(self, features, padding=True, return_tensors="pt"):
        import torch

        ids = features["input_ids"]
        width = max(map(len, ids))
        rows = [[0] * (width - len(x)) + x for x in ids]  # left padding, as generation needs
        mask = [[0] * (width - len(x)) + [1] * len(x) for x in ids]
        return {"input_ids": torch.tensor(rows), "attention_mask": torch.tensor(mask)}

    def batch_decode(self, rows, skip_special_tokens=True):
        return ["".join(chr(t) for t in row.tolist() if t) for row in rows]


class _SmallMemoryModel:
    """Answers "SELECT <prompt>" for each of k hypotheses; runs out of memory above ``max_sequences`` sequences."""

    training = False

    def __init__(self, max_sequences: int) -> None:
        import torch

        self.max_sequences = max_sequences
        self.calls: list[int] = []
        self.generation_config = type("G", (), {"eos_token_id": 0})()
        self._param = torch.zeros(1)

    def parameters(self):
        yield self._param

    def eval(self):
        return self

    def generate(self, input_ids, attention_mask, num_return_sequences, **kwargs):
        import torch

        rows = input_ids.shape[0] * num_return_sequences
        self.calls.append(input_ids.shape[0])
        if rows > self.max_sequences:
            raise torch.OutOfMemoryError("CUDA out of memory (simulated)")
        answers = []
        for row, mask in zip(input_ids, attention_mask):
            prompt = "".join(chr(t) for t, m in zip(row.tolist(), mask.tolist()) if m)
            for rank in range(num_return_sequences):
                answers.append([ord(c) for c in f"SELECT '{prompt}', {rank}"])
        width = max(map(len, answers))
        new = torch.tensor([a + [0] * (width - len(a)) for a in answers])
        return torch.cat([input_ids.repeat_interleave(num_return_sequences, dim=0), new], dim=1)


def test_a_batch_that_runs_out_of_memory_is_retried_in_halves(caplog):
    from evaluation.generate import generate

    prompts = [f"q{i:02d}" for i in range(10)]
    model = _SmallMemoryModel(max_sequences=9)
    outputs = generate(model, _CharTokenizer(), prompts, GenerationConfig(batch_size=8, candidates=3))
    # 8 prompts x 3 = 24 sequences fail, so do 4 x 3; 2 x 3 fit, and the whole split is decoded at that size.
    assert model.calls == [8, 4, 2, 2, 2, 2, 2]
    assert [o.candidates for o in outputs] == [tuple(f"SELECT '{p}', {r}" for r in range(3)) for p in prompts]
    assert {o.batch_size for o in outputs} == {2}  # what the final phase records, to form the same batches again
    assert "out of memory decoding 8 prompts x 3 sequences; starting again in batches of 4" in caplog.text


def test_a_split_that_runs_out_of_memory_late_starts_again_so_that_every_batch_has_one_size():
    from evaluation.generate import generate

    prompts = ["q" * n for n in (1, 2, 3, 4, 5, 6)]  # decoded longest first: q6 q5 | q4 q3 | q2 q1

    class LateOutOfMemory(_SmallMemoryModel):
        def generate(self, input_ids, attention_mask, num_return_sequences, **kwargs):
            import torch

            if len(self.calls) == 2 and input_ids.shape[0] > 1:  # the third batch fails once
                self.calls.append(input_ids.shape[0])
                raise torch.OutOfMemoryError("CUDA out of memory (simulated)")
            return super().generate(input_ids, attention_mask, num_return_sequences, **kwargs)

    model = LateOutOfMemory(max_sequences=100)
    outputs = generate(model, _CharTokenizer(), prompts, GenerationConfig(batch_size=2))
    assert model.calls == [2, 2, 2, 1, 1, 1, 1, 1, 1]
    assert [o.sql for o in outputs] == [f"SELECT '{p}', 0" for p in prompts]
    assert {o.batch_size for o in outputs} == {1}


def test_one_prompt_that_does_not_fit_is_an_error():
    import torch

    from evaluation.generate import generate

    with pytest.raises(torch.OutOfMemoryError):
        generate(_SmallMemoryModel(max_sequences=2), _CharTokenizer(), ["q"], GenerationConfig(candidates=3))
