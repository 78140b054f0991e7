"""Attention kernels: training never runs cuDNN's SDPA backward (NaN query gradients for Qwen2.5 at some lengths),
generation runs deterministic kernels, and what Liger patches while training is undone after.

The kernel bug (pytorch/pytorch#196678) needs a CUDA GPU, so a stand-in attention reproduces its trigger on the CPU:
a mask is passed, the padded length is 64 modulo 128, and cuDNN's backend is enabled. Under those conditions it
makes the query gradient NaN, as the kernel does; the Spider search of Qwen2.5-Coder-0.5B hit them at step 37."""

import math

import datasets
import pytest
import torch
from transformers import AttentionInterface, AttentionMaskInterface, Qwen2Config, Qwen2ForCausalLM
from transformers.integrations.sdpa_attention import sdpa_attention_forward
from transformers.masking_utils import sdpa_mask

from training.config import TrainConfig
from training.sft import attach_adapter, train_adapter

STAND_IN = "sdpa_with_cudnn_backward_bug"


def cudnn_bug_attention(module, query, key, value, attention_mask, **kwargs):
    triggered = (attention_mask is not None and query.shape[-2] % 128 == 64
                 and torch.backends.cuda.cudnn_sdp_enabled() and query.requires_grad)
    if triggered:
        query.register_hook(lambda grad: torch.full_like(grad, math.nan))
    return sdpa_attention_forward(module, query, key, value, attention_mask, **kwargs)


AttentionInterface.register(STAND_IN, cudnn_bug_attention)
AttentionMaskInterface.register(STAND_IN, sdpa_mask)  # the masks SDPA gets: padding makes an explicit one


def tokenizer():
    """A 64-token word-level tokenizer: SFTTrainer wants a real one, though the data comes tokenised."""
    from tokenizers import Tokenizer, models
    from transformers import PreTrainedTokenizerFast

    vocab = {"<pad>": 0, "<eos>": 1, **{f"t{i}": i for i in range(2, 64)}}
    return PreTrainedTokenizerFast(tokenizer_object=Tokenizer(models.WordLevel(vocab, unk_token="<pad>")),
                                   pad_token="<pad>", eos_token="<eos>")


@pytest.fixture
def tiny_qwen2():
    torch.manual_seed(0)
    config = Qwen2Config(vocab_size=64, hidden_size=32, intermediate_size=64, num_hidden_layers=1,
                         num_attention_heads=2, num_key_value_heads=1, pad_token_id=0, eos_token_id=1,
                         attn_implementation=STAND_IN)
    model = Qwen2ForCausalLM(config)
    model.requires_grad_(False)
    return model


def padded_batch_of(length: int, n: int = 4) -> datasets.Dataset:
    """``n`` examples, the longest ``length`` tokens: one batch padded to ``length`` (a mask is passed)."""
    rows = {"input_ids": [], "labels": []}
    for i in range(n):
        ids = [2 + (j + i) % 60 for j in range(length - 8 * i)]
        rows["input_ids"].append(ids)
        rows["labels"].append([-100] * (len(ids) // 2) + ids[len(ids) // 2:])
    return datasets.Dataset.from_dict(rows)


def test_stand_in_reproduces_the_kernel_bug(tiny_qwen2):
    batch = padded_batch_of(192)
    ids = torch.nn.utils.rnn.pad_sequence([torch.tensor(x) for x in batch["input_ids"]], batch_first=True)
    mask = (ids != 0).long()
    lora = attach_adapter(tiny_qwen2, TrainConfig(lora_rank=4))
    lora.train()
    loss = lora(input_ids=ids, attention_mask=mask, labels=ids).loss
    loss.backward()
    assert math.isfinite(loss.item())  # the forward is fine, as on the GPU
    grads = [p.grad for n, p in lora.named_parameters() if "q_proj.lora" in n]
    assert grads and any(torch.isnan(g).any() for g in grads)


@pytest.mark.parametrize("length", [192, 320])
def test_training_stays_finite_at_lengths_that_trigger_it(tiny_qwen2, tmp_path, length):
    config = TrainConfig(learning_rate=1e-3, epochs=2, batch_size=4, lora_rank=4, warmup_ratio=0.0)
    lora = attach_adapter(tiny_qwen2, config)
    result = train_adapter(lora, tokenizer(), padded_batch_of(length), config, str(tmp_path / "t"))
    assert result.epochs_done == 2 and len(result.losses) == 2
    assert all(math.isfinite(x) for x in result.losses)
    assert all(torch.isfinite(p).all() for n, p in lora.named_parameters() if "lora" in n)


@pytest.mark.parametrize("targets", ["all-linear", "q_proj,v_proj"])
def test_checkpointing_dropout_and_target_modules_reach_training(tiny_qwen2, tmp_path, targets):
    """The QLoRA knobs a user sets on the command line: activations recomputed in the backward pass, LoRA dropout,
    the layers that get LoRA, accumulation. The adapter must still learn (B starts at zero)."""
    config = TrainConfig(learning_rate=1e-2, epochs=1, batch_size=2, gradient_accumulation_steps=2, lora_rank=4,
                         warmup_ratio=0.0, gradient_checkpointing=True, lora_dropout=0.1, target_modules=targets)
    lora = attach_adapter(tiny_qwen2, config)
    adapted = {name.split(".lora_B")[0].rsplit(".", 1)[-1] for name, _ in lora.named_parameters() if "lora_B" in name}
    assert adapted == ({"q_proj", "v_proj"} if targets != "all-linear" else
                       {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"})
    result = train_adapter(lora, tokenizer(), padded_batch_of(100), config, str(tmp_path / "t"))
    assert result.epochs_done == 1 and all(math.isfinite(x) for x in result.losses)
    assert any(p.abs().sum() > 0 for n, p in lora.named_parameters() if "lora_B" in n)


SEEN: list[tuple[bool, bool]] = []


def recording_attention(module, query, key, value, attention_mask, **kwargs):
    SEEN.append((torch.are_deterministic_algorithms_enabled(), torch.backends.cuda.cudnn_sdp_enabled()))
    return sdpa_attention_forward(module, query, key, value, attention_mask, **kwargs)


AttentionInterface.register("recording", recording_attention)
AttentionMaskInterface.register("recording", sdpa_mask)


@pytest.mark.parametrize("reproducible", [True, False])
def test_generation_runs_deterministic_kernels_without_cudnn(tiny_qwen2, reproducible):
    from evaluation.generate import GenerationConfig, generate

    tiny_qwen2.config._attn_implementation = "recording"
    SEEN.clear()
    prompts = ["t2 t3 t4", "t5 t6", "t7 t8 t9 t10"]
    generate(tiny_qwen2, tokenizer(), prompts, GenerationConfig(batch_size=2, max_new_tokens=8,
                                                                 reproducible=reproducible))
    assert SEEN and set(SEEN) == ({(True, False)} if reproducible else {(False, True)})
    assert not torch.are_deterministic_algorithms_enabled() and torch.backends.cuda.cudnn_sdp_enabled()


def test_layers_patched_during_training_are_restored(tiny_qwen2):
    """What Liger does to a model it trains (a module-level swap, a forward bound to a layer), undone afterwards."""
    from types import MethodType

    import transformers.models.qwen2.modeling_qwen2 as modeling

    from training.sft import layer_snapshot, restore_layers

    ids = torch.tensor([[2, 3, 4, 5]])
    expected = tiny_qwen2(ids).logits
    rotary, norm_class, norm = modeling.apply_rotary_pos_emb, modeling.Qwen2RMSNorm, tiny_qwen2.model.norm
    snapshot = layer_snapshot(tiny_qwen2)
    modeling.apply_rotary_pos_emb = lambda q, k, *a, **kw: (q, k)
    modeling.Qwen2RMSNorm = torch.nn.Identity
    modeling.liger_added = True
    norm.forward = MethodType(lambda self, x: x * 2, norm)
    norm.in_place = True
    assert not torch.equal(tiny_qwen2(ids).logits, expected)

    restore_layers(tiny_qwen2, snapshot)
    assert modeling.apply_rotary_pos_emb is rotary and modeling.Qwen2RMSNorm is norm_class
    assert not hasattr(modeling, "liger_added") and "forward" not in vars(norm) and not hasattr(norm, "in_place")
    assert torch.equal(tiny_qwen2(ids).logits, expected)
