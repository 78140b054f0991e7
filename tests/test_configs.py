"""The recipes in configs/ load and resolve; a recipe sits between the flags (which win) and the environment."""

from pathlib import Path

import pytest

from search.resolve import Device, resolve
from search.run import OPTIONS, build_config, main, parse_args
from search.options import from_values
from training.memory import GiB, ModelShape

CONFIGS = Path(__file__).resolve().parent.parent / "configs"
SMOLLM2 = ModelShape(134_515_008, 49152, 576, 1536, 30)
QWEN_05B = ModelShape(630_167_424, 151936, 896, 4864, 24, tied_embeddings=False)
QWEN_15B = ModelShape(1_543_714_304, 151936, 1536, 8960, 28)
QWEN_7B = ModelShape(7_615_616_512, 152064, 3584, 18944, 28, tied_embeddings=False)
H200 = Device(cuda=True, memory=140 * GiB, liger=None)
RECIPES = {  # recipe -> (device, model shape) it is meant for
    "cpu-demo.yaml": (Device(cuda=False), SMOLLM2),
    "gpu-embedded.yaml": (H200, SMOLLM2),
    "qwen2.5-coder-0.5b-spider.yaml": (H200, QWEN_05B),
    "qwen2.5-coder-1.5b-spider.yaml": (H200, QWEN_15B),
    "7b-24gb.yaml": (Device(cuda=True, memory=24 * GiB, liger="not installed"), QWEN_7B),
}


def recipe(name: str, *flags: str):
    """The recipe's config as the CLI reads it, without checking that its files exist (Spider's are placeholders)."""
    return from_values(vars(parse_args(["--config", str(CONFIGS / name), *flags])), OPTIONS)


def test_every_recipe_is_tested():
    assert sorted(p.name for p in CONFIGS.glob("*.yaml")) == sorted(RECIPES)


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_each_recipe_loads_and_resolves(name):
    device, shape = RECIPES[name]
    config = resolve(recipe(name), device, shape)
    assert config.space.learning_rate and config.train.batch_size and config.generation.batch_size
    assert resolve(config, device, shape) == config


def test_the_recipes_do_what_their_comments_say():
    cpu = resolve(recipe("cpu-demo.yaml"), *RECIPES["cpu-demo.yaml"])
    assert cpu.profile == "cpu-budget" and cpu.data.cap("train") == 32 and cpu.generation.candidates == 1
    spider = recipe("qwen2.5-coder-0.5b-spider.yaml")
    assert spider.model.name_or_path == "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
    assert spider.data.databases == Path("data/spider/databases") and spider.space.learning_rate == (5e-5, 5e-4)
    big = resolve(recipe("7b-24gb.yaml"), *RECIPES["7b-24gb.yaml"])
    # training/memory.py says 8 x 2 fits in 24 GB with checkpointing: resolve keeps it, and keeps torch's kernels
    assert big.train.gradient_checkpointing and (big.train.batch_size, big.train.gradient_accumulation_steps) == (8, 2)
    assert big.train.kernels == "torch" and big.workers_per_gpu == 1


def test_flags_override_the_recipe_and_the_recipe_overrides_the_environment(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.yaml").write_text("trials: 5\ndb: sqlite:///recipe.db\ngradient_checkpointing: true\n")
    env = {"DB_PATH": "env.db"}
    config = build_config(parse_args(["--config", "r.yaml"]), env)
    assert (config.trials, config.predictions_db, config.train.gradient_checkpointing) == (5, "sqlite:///recipe.db", True)
    config = build_config(parse_args(["--config", "r.yaml", "--trials", "7", "--db", "sqlite:///flag.db"]), env)
    assert (config.trials, config.predictions_db) == (7, "sqlite:///flag.db")
    (tmp_path / "r.yaml").write_text("trials: 5\n")
    assert build_config(parse_args(["--config", "r.yaml"]), env).predictions_db == "sqlite:///env.db"


@pytest.mark.parametrize("text, message", [
    ("trials: 5\nlearning-rate: 0.1\n", "r.yaml: unknown key 'learning-rate'"),
    ("trials: 0\n", "r.yaml: argument --trials: must be >= 1"),
    ("gradient-checkpointing: 3\n", "r.yaml: gradient-checkpointing: expected true or false"),
    ("- trials\n", "r.yaml: expected 'key: value' lines"),
    ("config: other.yaml\n", "r.yaml: unknown key 'config'"),
])
def test_a_bad_recipe_names_the_file_and_the_key(tmp_path, monkeypatch, capsys, text, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.yaml").write_text(text)
    with pytest.raises(SystemExit) as exit_info:
        main(["--config", "r.yaml", "--no-progress"])
    assert exit_info.value.code == 2 and message in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["r.yaml"]  # nothing written


def test_a_missing_recipe_is_an_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--config", str(tmp_path / "none.yaml")])
    assert exit_info.value.code == 2 and "--config: file not found:" in capsys.readouterr().err
