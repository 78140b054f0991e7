"""A hub id that cannot be had fails in seconds with one line; one in the local cache loads offline, with no retries."""

import os

import pytest

from search.run import build_config, main, parse_args
from training.model import ModelConfig, check_hub_model

REPO = "someone/some-model"


@pytest.fixture
def hub_cache(tmp_path, monkeypatch):
    """An empty Hugging Face cache; ``add()`` puts REPO's config.json into it as a download would."""
    import huggingface_hub.constants

    cache = tmp_path / "hub"
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(cache))

    def add():
        snapshot = cache / f"models--{REPO.replace('/', '--')}" / "snapshots" / "abc123"
        snapshot.mkdir(parents=True)
        (snapshot / "config.json").write_text("{}")
        (cache / f"models--{REPO.replace('/', '--')}" / "refs").mkdir()
        (cache / f"models--{REPO.replace('/', '--')}" / "refs" / "main").write_text("abc123")

    return add


@pytest.fixture
def no_network(monkeypatch):
    """The Hub's host does not resolve, as on this machine; counts the requests made."""
    import huggingface_hub

    calls = []

    def unreachable(self, repo_id, **kwargs):
        calls.append((repo_id, kwargs.get("timeout")))
        raise OSError("[Errno -2] Name or service not known")

    monkeypatch.setattr(huggingface_hub.HfApi, "model_info", unreachable)
    return calls


def test_an_unreachable_hub_is_one_line_after_one_request(tmp_path, capsys, monkeypatch, hub_cache, no_network):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    assert main(["--model", REPO, "--env-file", os.devnull, "--no-progress"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith(f"error: --model {REPO}: cannot reach the Hugging Face Hub ([Errno -2] Name or service not "
                          "known; offline?), and it is not in the local cache: pass a local model folder or a .gguf file")
    assert no_network == [(REPO, 5)]  # one request with a timeout, no retries
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_hf_hub_offline_asks_nothing_and_says_what_to_do(tmp_path, capsys, monkeypatch, hub_cache, no_network):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert main(["--model", REPO, "--env-file", os.devnull, "--no-progress"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: --model {REPO}: not in the Hugging Face cache, and HF_HUB_OFFLINE is set: pass a "
                          "local model folder or a .gguf file") and len(err.splitlines()) == 1
    assert no_network == []


@pytest.mark.parametrize("env", [{"HF_HUB_OFFLINE": "1"}, {}])
def test_a_cached_hub_model_loads_from_the_cache_only(hub_cache, no_network, env):
    hub_cache()
    config = build_config(parse_args(["--model", REPO]), env)
    assert config.model.offline is True  # from_pretrained(local_files_only=True): no request, no retry
    assert no_network == ([] if env else [(REPO, 5)])


def test_local_models_are_not_looked_up(no_network, tmp_path):
    assert check_hub_model(ModelConfig()) == ModelConfig()  # the embedded model
    assert check_hub_model(ModelConfig(name_or_path=str(tmp_path))).offline is False  # a folder
    assert no_network == []
