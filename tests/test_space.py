import optuna
import pytest

from search.space import SearchSpace, for_model, learning_rate_range, suggest_train_config
from training.config import TrainConfig


def test_suggestions_stay_in_the_space_and_keep_fixed_fields():
    space = SearchSpace(learning_rate=(3e-4, 5e-3))
    base = TrainConfig(batch_size=4, seed=7)
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0))
    for _ in range(30):
        trial = study.ask()
        config = suggest_train_config(trial, base, space)
        assert space.learning_rate[0] <= config.learning_rate <= space.learning_rate[1]
        assert space.epochs[0] <= config.epochs <= space.epochs[1]
        assert config.lora_rank in space.lora_ranks
        assert config.lora_alpha == 2 * config.lora_rank
        assert (config.batch_size, config.seed) == (4, 7)
        study.tell(trial, 0.0)
    assert study.trials[0].distributions["learning_rate"].log


@pytest.mark.parametrize(
    "kwargs, message",
    [({"learning_rate": (1e-3, 1e-4)}, "learning_rate"), ({"epochs": (0, 2)}, "epochs"), ({"lora_ranks": (4, 6)}, "powers of two")],
)
def test_bad_space(kwargs, message):
    with pytest.raises(ValueError, match=message):
        SearchSpace(**kwargs)


def test_train_config_validation():
    with pytest.raises(ValueError, match="learning_rate"):
        TrainConfig(learning_rate=0)
    with pytest.raises(ValueError, match="epochs"):
        TrainConfig(epochs=0)
    with pytest.raises(ValueError, match="lm_head_loss"):
        TrainConfig(lm_head_loss="chunked")
    with pytest.raises(ValueError, match="lr_schedule"):
        TrainConfig(lr_schedule="cosine")


def test_constant_schedule_warms_up_on_one_epoch_whatever_the_epochs():
    from training.sft import warmup_steps

    # 468 examples, batch 4: 117 steps an epoch; 5 % of them, rounded up
    assert {warmup_steps(TrainConfig(lr_schedule="constant", batch_size=4, epochs=e), 468) for e in (1, 3, 6)} == {6}
    assert warmup_steps(TrainConfig(lr_schedule="constant", batch_size=4, gradient_accumulation_steps=2), 468) == 3
    assert warmup_steps(TrainConfig(lr_schedule="constant", warmup_ratio=0.0), 468) == 0
    assert warmup_steps(TrainConfig(lr_schedule="linear", epochs=3), 468) == 0.05  # Trainer: a share of all steps


def test_the_plain_lm_head_loss_is_the_default():
    assert TrainConfig().lm_head_loss == "plain"


@pytest.mark.parametrize("parameters, expected", [
    (134_515_008, (3e-4, 5e-3)),  # SmolLM2-135M: the range measured on it
    (630_167_424, (1.4e-4, 2.3e-3)),  # Qwen2.5-Coder-0.5B as converted (untied head counted)
    (7_248_023_552, (4.1e-5, 6.8e-4)),  # Mistral-7B: holds the QLoRA paper's 2e-4
])
def test_the_default_learning_rate_range_shrinks_with_the_model(parameters, expected):
    assert learning_rate_range(parameters) == expected
    assert for_model(SearchSpace(), parameters).learning_rate == expected
    assert for_model(SearchSpace(learning_rate=(1e-5, 1e-4)), parameters).learning_rate == (1e-5, 1e-4)  # given: kept


def test_an_unresolved_range_is_never_sampled():
    study = optuna.create_study()
    with pytest.raises(ValueError, match="resolved from the model"):
        suggest_train_config(study.ask(), TrainConfig(), SearchSpace())
