"""A trial leaves the shared base model bit-identical, and the next trial starts from that base."""

import warnings

import pytest
import torch

from evaluation.data import DataConfig, load_splits
from training.config import TrainConfig
from training.model import ModelConfig, load_model
from training.prompt import PromptConfig
from training.sft import attach_adapter, detach_adapter, tokenize_for_training, train_adapter


def snapshot(model) -> dict[str, torch.Tensor]:
    """Raw bytes of every tensor: packed 4-bit data viewed as bf16 can hold NaN patterns, which never compare equal."""
    return {k: v.detach().contiguous().clone().view(torch.uint8) for k, v in model.state_dict().items()}


@pytest.mark.e2e
def test_base_is_untouched_by_a_trial(model_cache, tmp_path):
    model, tokenizer = load_model(ModelConfig(cache_dir=model_cache))
    train = load_splits(DataConfig(limit=8), model_cache, ("train",))["train"]  # 2 steps: the first is warm-up at lr 0
    data = tokenize_for_training(tokenizer, train, PromptConfig(), 1024)
    before = snapshot(model)
    probe = torch.tensor([data["input_ids"][0][:64]])
    with torch.inference_mode():
        logits_before = model(input_ids=probe).logits  # an eval-mode forward: bitsandbytes may repack for CPU

    config = TrainConfig(learning_rate=1e-2, epochs=1, batch_size=4, lora_rank=4)
    peft_model = attach_adapter(model, config)
    # training must run on the trainable 4-bit layout, not the CPU inference packing (see keep_4bit_layout_on_cpu)
    assert not any(getattr(getattr(m, "weight", None), "quant_state", None) is not None
                   and getattr(m.weight.quant_state, "packing_format_for_cpu", False) for m in peft_model.modules())
    epochs_seen = []
    result = train_adapter(peft_model, tokenizer, data, config, str(tmp_path / "t"), lambda e, m: epochs_seen.append(e) or False)
    assert epochs_seen == [1] and result.tokens > 0 and result.train_seconds > 0
    lora_b = [p for n, p in peft_model.named_parameters() if "lora_B" in n]
    assert lora_b and any(p.abs().sum() > 0 for p in lora_b)  # the adapter really trained (B starts at zero)
    with torch.inference_mode():
        assert not torch.equal(peft_model(input_ids=probe).logits, logits_before)
    model = detach_adapter(peft_model)

    after = snapshot(model)
    assert after.keys() == before.keys()
    for key in before:
        assert torch.equal(before[key], after[key]), key
    assert not any("lora" in name for name, _ in model.named_modules())
    assert "forward" not in model.__dict__  # trl's patched forward was removed
    assert not any(p.requires_grad for p in model.parameters())
    with torch.inference_mode():
        assert torch.equal(model(input_ids=probe).logits, logits_before)

    # the next trial's adapter starts fresh: its B matrices are zero, so it computes exactly the base model
    peft_model = attach_adapter(model, config)
    assert all(p.abs().sum() == 0 for n, p in peft_model.named_parameters() if "lora_B" in n)
    with torch.inference_mode():
        assert torch.equal(peft_model(input_ids=probe).logits, logits_before)
    detach_adapter(peft_model)


@pytest.mark.e2e
def test_training_after_generation_learns(model_cache, tmp_path):
    """Regression: on AVX512-BF16 CPUs bitsandbytes repacks 4-bit weights at the first generation, and training
    on the repacked weights used to diverge (loss 1.6 -> 4.9, degenerate output). Generate first, then train."""
    from evaluation.data import DataConfig, load_splits
    from evaluation.evaluate import build_prompts
    from evaluation.generate import GenerationConfig, generate
    from tests.smalldata import write_small_dataset

    paths = write_small_dataset(tmp_path / "data")
    splits = load_splits(DataConfig(paths["train"], paths["validation"], paths["test"], paths["databases"]),
                         model_cache, ("train", "validation"))
    model, tokenizer = load_model(ModelConfig(cache_dir=model_cache))
    generate(model, tokenizer, build_prompts(tokenizer, splits["validation"], PromptConfig())[:4], GenerationConfig(4, 8))
    data = tokenize_for_training(tokenizer, splits["train"], PromptConfig(), 1024)
    config = TrainConfig(learning_rate=4e-3, epochs=1, batch_size=4, lora_rank=8)
    peft_model = attach_adapter(model, config)
    result = train_adapter(peft_model, tokenizer, data, config, str(tmp_path / "t"))
    detach_adapter(peft_model)
    first, last = result.losses[0], sum(result.losses[-3:]) / 3
    assert last < first / 3, result.losses


@pytest.mark.e2e
def test_loss_is_on_the_sql_only(model_cache, tmp_path):
    """The labels mask the prompt (-100) and keep the SQL and the end-of-turn token, and they reach the trainer's
    batches as they are (trl's own dataset preparation is skipped)."""
    from transformers import TrainerCallback

    model, tokenizer = load_model(ModelConfig(cache_dir=model_cache))
    train = load_splits(DataConfig(limit=4), model_cache, ("train",))["train"]
    data = tokenize_for_training(tokenizer, train, PromptConfig(), 1024)
    for example, ids, labels in zip(train.examples, data["input_ids"], data["labels"]):
        start = next(i for i, label in enumerate(labels) if label != -100)
        assert labels[start:] == ids[start:] and start > 100  # the schema and question are in the masked prompt
        assert tokenizer.decode(ids[start:]).strip() == example.query.strip() + "<|im_end|>"

    batches = []

    class FirstBatch(TrainerCallback):
        def on_train_begin(self, args, state, control, train_dataloader=None, **kw):
            batches.append(next(iter(train_dataloader)))

    config = TrainConfig(learning_rate=1e-3, epochs=1, batch_size=4, lora_rank=4)
    peft_model = attach_adapter(model, config)
    train_adapter(peft_model, tokenizer, data, config, str(tmp_path / "t"), callbacks=[FirstBatch()])
    detach_adapter(peft_model)
    batch = batches[0]
    by_ids = {tuple(ids): labels for ids, labels in zip(data["input_ids"], data["labels"])}
    for ids, labels, mask in zip(batch["input_ids"], batch["labels"], batch["attention_mask"]):
        assert labels[mask.bool()].tolist() == by_ids[tuple(ids[mask.bool()].tolist())]  # this row's labels, unchanged
        assert (labels[~mask.bool()] == -100).all()  # padding is never a target


@pytest.mark.e2e
def test_trials_leave_no_adapter_or_trainer_behind(model_cache, tmp_path):
    """After the trials, no LoRA layer or trainer of theirs is alive, and the heap frozen for them is unfrozen."""
    import gc

    from peft.tuners.lora import LoraLayer
    from transformers import Trainer

    from evaluation.dense import EvalWeights
    from evaluation.execute import SQLiteExecutor
    from evaluation.generate import GenerationConfig
    from evaluation.metrics import Scorer
    from search.config import SearchConfig
    from search.objective import SharedState
    from search.resolve import Device, resolve
    from search.space import SearchSpace
    from search.study import open_study, trials_phase
    from tests.smalldata import write_small_dataset

    paths = write_small_dataset(tmp_path / "data")
    data = DataConfig(paths["train"], paths["validation"], paths["test"], paths["databases"], limit=4)
    config = SearchConfig(
        trials=2, storage=f"sqlite:///{tmp_path / 'study.db'}", predictions_db=f"sqlite:///{tmp_path / 'study.db'}",
        artifacts=tmp_path / "artifacts", cache_dir=model_cache, pruning=False, progress=False, data=data,
        model=ModelConfig(cache_dir=model_cache), space=SearchSpace((1e-3, 2e-3), (1, 1), (4,)),
        train=TrainConfig(batch_size=4), generation=GenerationConfig(batch_size=4, max_new_tokens=16),
        # the trials decode with trial_generation: without it their evaluations ran to the default 160-token cap
        trial_generation=GenerationConfig(batch_size=4, max_new_tokens=16),
    )
    config = resolve(config, Device(cuda=False))  # the automatic settings (trial decoding), as search.run decides them
    splits = load_splits(data, model_cache, ("train", "validation"))
    model, tokenizer = load_model(config.model)
    with SQLiteExecutor(config.execution) as executor:
        state = SharedState(config, model, tokenizer, None, splits["validation"], Scorer(executor),
                            lambda *trial: None, EvalWeights("merged"))
        assert trials_phase(config, open_study(config), state, splits["train"])
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, (LoraLayer, Trainer))]
    assert not hasattr(state.model, "peft_config")  # the base is back, unwrapped


@pytest.mark.e2e
@pytest.mark.parametrize("schedule, prefix", [("constant", True), ("linear", False)])
def test_constant_schedule_makes_epoch_k_the_k_epoch_trial(model_cache, tmp_path, schedule, prefix):
    """What the pruner's comparisons at epoch k assume: under "constant" a 2-epoch trial's adapter after its first
    epoch is, to the bit, the 1-epoch trial's; under "linear" the long trial's learning rate has not decayed yet."""
    from training.sft import adapter_state

    from tests.smalldata import write_small_dataset

    model, tokenizer = load_model(ModelConfig(cache_dir=model_cache))
    # short examples (~150 tokens, the embedded set's ~400): what is compared is the adapter after epoch 1, bit for bit
    paths = write_small_dataset(tmp_path / "data")
    train = load_splits(DataConfig(paths["train"], paths["validation"], paths["test"], paths["databases"], limit=4),
                        model_cache, ("train",))["train"]
    data = tokenize_for_training(tokenizer, train, PromptConfig(), 1024)
    after_epoch_1 = []

    def keep_epoch_1(epoch, peft_model):
        if epoch == 1:
            after_epoch_1.append({k: v.clone() for k, v in adapter_state(peft_model).items()})
        return False

    for epochs in (1, 2):
        config = TrainConfig(learning_rate=4e-3, epochs=epochs, batch_size=2, lora_rank=4, lr_schedule=schedule,
                             warmup_ratio=0.5)  # 2 steps an epoch: 1 warm-up step, then the peak or the decay
        peft_model = attach_adapter(model, config)
        result = train_adapter(peft_model, tokenizer, data, config, str(tmp_path / f"t{epochs}"), keep_epoch_1)
        assert result.epochs_done == epochs
        model = detach_adapter(peft_model)
    one, two = after_epoch_1
    assert one.keys() == two.keys() and one
    assert all(torch.equal(one[k], two[k]) for k in one) is prefix


@pytest.fixture
def torch_global_mode():
    """Give back torch's process-wide deterministic settings, and the cuBLAS variable, as they were before the test."""
    import os

    saved = (torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled(),
             torch.utils.deterministic.fill_uninitialized_memory, os.environ.get("CUBLAS_WORKSPACE_CONFIG"))
    os.environ.pop("CUBLAS_WORKSPACE_CONFIG", None)
    yield
    enabled, warn_only, fill, cublas = saved
    torch.use_deterministic_algorithms(enabled, warn_only=warn_only)
    torch.utils.deterministic.fill_uninitialized_memory = fill
    os.environ.pop("CUBLAS_WORKSPACE_CONFIG", None)
    if cublas is not None:
        os.environ["CUBLAS_WORKSPACE_CONFIG"] = cublas


@pytest.mark.e2e
def test_deterministic_mode_runs_a_trial_and_changes_nothing_on_the_cpu(model_cache, tmp_path, torch_global_mode):
    """--deterministic switches the strict mode on (an operation without a deterministic kernel would raise here, in
    training or in generation), and on the CPU, which sums in a fixed order anyway, the adapter is the same to the bit."""
    import os

    from evaluation.evaluate import build_prompts
    from evaluation.generate import GenerationConfig, generate
    from training.sft import adapter_state

    train = load_splits(DataConfig(limit=4), model_cache, ("train",))["train"]
    adapters, sql = [], []
    for deterministic in (False, True):
        model, tokenizer = load_model(ModelConfig(cache_dir=model_cache, deterministic=deterministic))
        assert torch.are_deterministic_algorithms_enabled() is deterministic
        data = tokenize_for_training(tokenizer, train, PromptConfig(), 1024)
        config = TrainConfig(learning_rate=4e-3, epochs=1, batch_size=2, lora_rank=4)
        peft_model = attach_adapter(model, config)
        train_adapter(peft_model, tokenizer, data, config, str(tmp_path / f"t{deterministic}"))
        adapters.append({k: v.clone() for k, v in adapter_state(peft_model).items()})
        prompts = build_prompts(tokenizer, train, PromptConfig())[:2]
        sql.append([g.text for g in generate(peft_model, tokenizer, prompts, GenerationConfig(2, 16))])
        detach_adapter(peft_model)
    assert not torch.is_deterministic_algorithms_warn_only_enabled()  # strict: never only a warning
    assert os.environ["CUBLAS_WORKSPACE_CONFIG"] == ":4096:8"
    plain, strict = adapters
    assert plain.keys() == strict.keys() and plain
    assert all(torch.equal(plain[k], strict[k]) for k in plain)
    assert sql[0] == sql[1]


@pytest.mark.e2e
def test_validation_loss_is_per_sql_token_and_falls_on_what_was_trained(model_cache, tmp_path):
    """completion_loss, called from the epoch hook as --validation-loss calls it: the mean cross-entropy of the SQL
    tokens, the same whatever the batching, and the same as the model's own loss summed by hand; it leaves the model
    in training mode, and it falls while the adapter trains on these very examples."""
    from evaluation.dense import EvalWeights
    from training.experimental import completion_loss

    model, tokenizer = load_model(ModelConfig(cache_dir=model_cache))
    train = load_splits(DataConfig(limit=4), model_cache, ("train",))["train"]
    data = tokenize_for_training(tokenizer, train, PromptConfig(), 1024)
    with torch.inference_mode():  # by hand: one example at a time, the model's own (mean) loss times its token count
        total = count = 0
        for ids, labels in zip(data["input_ids"], data["labels"]):
            n = sum(label != -100 for label in labels) - (labels[0] != -100)  # the first token is never a target
            total += model(input_ids=torch.tensor([ids]), labels=torch.tensor([labels])).loss.item() * n
            count += n
    before = completion_loss(model, data, 3)
    # bf16 compute: padded batches of other shapes round differently (~1e-3); a wrong shift or mask is off by far more
    assert before == pytest.approx(total / count, rel=5e-3)
    assert completion_loss(model, data, 1) == pytest.approx(before, rel=5e-3)

    seen = []

    def hook(epoch, peft_model):
        assert peft_model.training
        seen.append((completion_loss(peft_model, data, 2), completion_loss(EvalWeights("merged")(peft_model), data, 2)))
        assert peft_model.training
        return False

    config = TrainConfig(learning_rate=4e-3, epochs=2, batch_size=2, lora_rank=4)
    peft_model = attach_adapter(model, config)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = train_adapter(peft_model, tokenizer, data, config, str(tmp_path / "t"), hook)
    detach_adapter(peft_model)
    # the training arguments use the field name this transformers knows without a deprecation warning
    assert not [w for w in caught if "gradient_checkpointing" in str(w.message)]
    # each epoch's mean training loss: 2 steps an epoch, every step logged
    assert len(result.losses) == 4
    assert result.epoch_losses == pytest.approx([sum(result.losses[:2]) / 2, sum(result.losses[2:]) / 2])
    (first, first_merged), (second, second_merged) = seen
    assert before > first > second
    assert first_merged == pytest.approx(first, rel=2e-2) and second_merged == pytest.approx(second, rel=2e-2)


def test_checkpointing_argument_follows_the_installed_field_name():
    from dataclasses import dataclass

    from training.sft import _checkpointing_argument

    @dataclass
    class Old:
        gradient_checkpointing: bool = False

    @dataclass
    class New(Old):
        activation_checkpointing: bool = False

    assert _checkpointing_argument(Old) == "gradient_checkpointing"
    assert _checkpointing_argument(New) == "activation_checkpointing"
