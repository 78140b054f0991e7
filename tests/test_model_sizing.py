"""Defaults that depend on the model: learning-rate range, training batch, training memory."""

import json
from contextlib import nullcontext

import pytest

from search.config import SearchConfig
from search.resolve import GPU, Device, resolve
from search.space import SearchSpace
from training.config import TrainConfig
from training.memory import GiB, ModelShape, fit_batch, training_bytes
from training.model import ModelConfig, model_shape

MISTRAL_7B = ModelShape(7_248_023_552, 32768, 4096, 14336, 32, tied_embeddings=False)


def test_training_memory_matches_the_7b_measurements_it_was_calibrated_on():
    # H200, random Mistral-7B architecture, QLoRA r=16, ~360 tokens: 50.5 GiB at batch 16, 99.6 GiB at batch 32
    assert training_bytes(MISTRAL_7B, 16, 360) / GiB == pytest.approx(50.5, rel=0.1)
    assert training_bytes(MISTRAL_7B, 32, 360) / GiB == pytest.approx(99.6, rel=0.1)


def test_a_batch_that_does_not_fit_is_halved_and_accumulated():
    assert fit_batch(MISTRAL_7B, 16, 1, 640, 140 * GiB) == (16, 1)  # an H200 holds it
    batch, steps = fit_batch(MISTRAL_7B, 16, 1, 640, int(0.9 * 24 * GiB))  # a 24 GB card
    assert batch * steps == 16 and batch < 16
    assert training_bytes(MISTRAL_7B, batch, 640) <= 0.9 * 24 * GiB < training_bytes(MISTRAL_7B, batch * 2, 640)


def test_the_search_takes_its_learning_rate_and_batch_from_the_model(tmp_path):
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 's.db'}", train=TrainConfig(batch_size=16))
    cpu = resolve(config, Device(cuda=False), MISTRAL_7B)
    assert cpu.space.learning_rate == (4.1e-5, 6.8e-4) and cpu.train.batch_size == 16
    card = resolve(config, Device(cuda=True, memory=24 * GiB), MISTRAL_7B)
    assert card.train.batch_size * card.train.gradient_accumulation_steps == 16 and card.train.batch_size < 16
    assert resolve(card, Device(cuda=True, memory=24 * GiB), MISTRAL_7B) == card  # resolving again changes nothing
    given = SearchConfig(storage=config.storage, space=SearchSpace(learning_rate=(1e-4, 1e-3)))
    assert resolve(given, Device(cuda=False), MISTRAL_7B).space.learning_rate == (1e-4, 1e-3)


def test_a_default_config_resolved_on_a_gpu_gets_the_gpu_profile(tmp_path):
    """What the CLI runs on a GPU is what a Python caller gets from SearchConfig() and resolve."""
    config = resolve(SearchConfig(), Device(cuda=True, memory=140 * GiB, liger=None), MISTRAL_7B)
    assert (config.train.batch_size, config.train.kernels, config.profile) == (GPU.train_batch, "liger", "full")
    assert (config.generation.candidates, config.generation.batch_size) == (GPU.candidates, 128)
    assert (config.trial_generation.candidates, config.trial_generation.batch_size) == (1, GPU.generation_batch)
    assert config.data.cap("train") is None
    cpu = resolve(SearchConfig(), Device(cuda=False))
    assert (cpu.profile, cpu.data.cap("train"), cpu.train.kernels, cpu.generation.candidates) == ("cpu-budget", 32, "torch", 1)


def test_the_shape_is_read_from_the_folder_without_loading_weights(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({
        "model_type": "qwen2", "vocab_size": 151936, "hidden_size": 896, "intermediate_size": 4864,
        "num_hidden_layers": 24, "tie_word_embeddings": False}))
    header = json.dumps({"w": {"dtype": "BF16", "shape": [1000, 630], "data_offsets": [0, 1260000]}}).encode()
    (tmp_path / "model.safetensors").write_bytes(len(header).to_bytes(8, "little") + header + bytes(1_260_000))
    shape = model_shape(ModelConfig(str(tmp_path)))
    assert shape == ModelShape(630_000, 151936, 896, 4864, 24, tied_embeddings=False)
    assert shape.embedding_parameters == 2 * 151936 * 896


def test_checkpointing_lets_a_bigger_batch_fit():
    assert training_bytes(MISTRAL_7B, 16, 640, checkpointing=True) < training_bytes(MISTRAL_7B, 16, 640) / 3
    plain = fit_batch(MISTRAL_7B, 16, 1, 640, int(0.9 * 24 * GiB))
    checkpointed = fit_batch(MISTRAL_7B, 16, 1, 640, int(0.9 * 24 * GiB), checkpointing=True)
    assert checkpointed[0] > plain[0] and checkpointed[0] * checkpointed[1] == 16


@pytest.mark.parametrize("fails", [False, True])
def test_a_memory_cap_holds_the_allocator_to_its_share_and_lifts_after_the_block(monkeypatch, fails):
    from types import SimpleNamespace

    import torch

    from training.memory import cuda_memory_cap

    calls = []
    monkeypatch.setattr(torch.cuda, "current_device", lambda: 0)
    monkeypatch.setattr(torch.cuda, "get_device_properties", lambda device: SimpleNamespace(total_memory=140 * GiB))
    monkeypatch.setattr(torch.cuda, "set_per_process_memory_fraction", lambda fraction: calls.append(fraction))
    monkeypatch.setattr(torch.cuda, "empty_cache", lambda: calls.append("empty"))
    with cuda_memory_cap(None):
        pass
    assert calls == []
    with pytest.raises(RuntimeError) if fails else nullcontext():
        with cuda_memory_cap(35 * GiB):
            assert calls == [0.25]
            if fails:
                raise RuntimeError("out of memory")
    assert calls == [0.25, 1.0, "empty"]
