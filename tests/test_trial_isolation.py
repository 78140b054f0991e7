"""A trial leaves the shared base model bit-identical, and the next trial starts from that base."""

import pytest
import torch

from evaluation.data import DataConfig, load_splits
from training.config import TrainConfig
from training.model import ModelConfig, load_model
from training.prompt import PromptConfig
from training.sft import attach_adapter, detach_adapter, tokenize_for_training, train_adapter

pytestmark = pytest.mark.e2e


def snapshot(model) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def test_base_is_untouched_by_a_trial(model_cache, tmp_path):
    model, tokenizer = load_model(ModelConfig(cache_dir=model_cache))
    train = load_splits(DataConfig(limit=4), model_cache, ("train",))["train"]
    data = tokenize_for_training(tokenizer, train, PromptConfig(), 1024)
    before = snapshot(model)
    probe = torch.tensor([data["input_ids"][0][:64]])
    with torch.inference_mode():
        logits_before = model(input_ids=probe).logits

    config = TrainConfig(learning_rate=1e-2, epochs=1, batch_size=4, lora_rank=4)
    peft_model = attach_adapter(model, config)
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
