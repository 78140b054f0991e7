"""Generation on a dense copy with the adapter merged in (evaluation/dense.py) computes what the 4-bit base with its
LoRA layers computes: checked on the embedded model in float32, where rounding cannot hide a wrong merge."""

import pytest

from evaluation.dense import EvalWeights
from evaluation.generate import GenerationConfig

@pytest.fixture(scope="module")
def fp32_model(model_cache):
    from training.model import ModelConfig, load_model

    return load_model(ModelConfig(compute_dtype="float32", cache_dir=model_cache))


def _logits(model, ids):
    import torch

    with torch.inference_mode():
        return model(**ids).logits.float()


@pytest.mark.e2e
def test_merged_copy_computes_what_base_and_adapter_compute(fp32_model):
    import torch

    from training.config import TrainConfig
    from training.sft import attach_adapter, detach_adapter

    model, tokenizer = fp32_model
    ids = tokenizer("SELECT name FROM singer WHERE age >", return_tensors="pt")
    weights = EvalWeights("merged")
    base_logits = _logits(model, ids)
    assert torch.equal(_logits(weights(model), ids), base_logits)  # no adapter: the dequantised base, exactly

    peft_model = attach_adapter(model, TrainConfig(lora_rank=8))
    try:
        torch.manual_seed(1)
        for name, param in peft_model.named_parameters():
            if "lora_B" in name:  # B starts at zero; a trained-looking adapter must move the logits
                param.data.normal_(0, 0.02)
        adapted = _logits(peft_model, ids)
        merged = _logits(weights(peft_model), ids)
        assert (adapted - base_logits).abs().max() > 0.5
        assert (merged - adapted).abs().max() < 1e-3
        # A worker process builds its copy from a model that already carries an adapter: the same copy results.
        assert torch.equal(_logits(EvalWeights("merged")(peft_model), ids), merged)
    finally:
        model = detach_adapter(peft_model)
    # The copy is rewritten on every call: the next trial's model starts from the base again.
    assert torch.equal(_logits(weights(model), ids), base_logits)


@pytest.mark.e2e
def test_adapter_weights_generate_on_the_model_itself(fp32_model, monkeypatch):
    import evaluation.dense as dense

    model, _ = fp32_model
    assert EvalWeights("adapter")(model) is model
    assert EvalWeights("auto").resolve(model) == "merged"  # 0.27 GB against this machine's RAM
    monkeypatch.setattr(dense, "AUTO_MEMORY_SHARE", 0.0)
    assert EvalWeights("auto").resolve(model) == "adapter"


def test_unknown_weights_mode_is_refused():
    with pytest.raises(ValueError, match="weights must be one of"):
        GenerationConfig(weights="dense")
    with pytest.raises(ValueError, match="weights must be one of"):
        EvalWeights("dense")


def test_a_weight_it_cannot_dequantise_is_refused():
    import torch

    from evaluation.dense import _dequantized

    layer = torch.nn.Linear(2, 2)
    layer.weight = torch.nn.Parameter(torch.zeros(2, 2, dtype=torch.int8), requires_grad=False)
    with pytest.raises(ValueError, match="cannot dequantise"):
        _dequantized(layer)
