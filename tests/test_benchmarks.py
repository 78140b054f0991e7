"""Fast tests of the benchmarks' pure parts: MFU arithmetic, parameter counts, the padding-free check, flags."""

import time
from pathlib import Path

import pytest
import torch

from datetime import datetime, timedelta
from types import SimpleNamespace

from benchmarks import generation, overhead, train, workers

# Experiments, not the product: their own tier (make test runs it, make test-fast does not).
pytestmark = pytest.mark.benchmarks


def tiny_config(**kw):
    return train.mistral_config(layers=2, hidden=64, intermediate=96, heads=4, kv_heads=2, vocab=128, **kw)


def tiny_model(config):
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    return AutoModelForCausalLM.from_config(config, dtype=torch.float32).eval()


def test_mfu_is_four_flops_per_parameter_and_token():
    assert train.mfu(1000.0, 7_000_000_000, 790) == pytest.approx(1000 * 4 * 7e9 / 790e12)
    assert train.mfu(5000.0, 134_515_008, 790) == pytest.approx(0.0034056, rel=1e-4)
    assert train.mfu(1000.0, 10, None) is None
    with pytest.raises(ValueError, match="peak_tflops"):
        train.mfu(1000.0, 10, 0)


def test_mistral_7b_count_is_the_published_one():
    config = train.mistral_config()
    assert (config.hidden_size, config.num_hidden_layers, config.num_key_value_heads, config.vocab_size) == (4096, 32, 8, 32768)
    assert config.rope_parameters["rope_theta"] == 1e6
    assert train.mistral_param_count(config) == 7_248_023_552


@pytest.mark.parametrize("tied", [False, True])
def test_tiny_mistral_count_matches_the_built_model(tied):
    config = tiny_config()
    config.tie_word_embeddings = tied
    model = tiny_model(config)
    expected = train.mistral_param_count(config)
    assert train.original_param_count(model) == expected
    assert sum(p.numel() for p in model.parameters()) == expected  # parameters() yields a tied tensor once


def test_original_param_count_unpacks_4bit_weights():
    import bitsandbytes as bnb

    quantized = bnb.nn.Linear4bit(64, 96, bias=False, compute_dtype=torch.float32, quant_type="nf4").to("cpu")
    assert quantized.weight.numel() < 64 * 96  # packed storage
    model = torch.nn.Sequential(quantized, torch.nn.Linear(96, 10))
    assert train.original_param_count(model) == 64 * 96 + 96 * 10 + 10


def test_padding_free_check_passes_sdpa_and_catches_leaking_attention():
    from transformers import AttentionInterface, AttentionMaskInterface
    from transformers.integrations.sdpa_attention import sdpa_attention_forward
    from transformers.masking_utils import sdpa_mask

    model = tiny_model(tiny_config())
    data = [{"input_ids": list(range(3 + i, 40 + 7 * i))} for i in range(3)]
    assert train.set_attention(model, "sdpa") is None
    good = train.padding_free_check(model, data, pad_token_id=0)
    assert good["ok"], good
    assert good["error_leaking"] > 10 * good["error_padding_free"]

    def leaky(module, query, key, value, attention_mask, **kwargs):  # ignores the mask: plain causal attention
        return sdpa_attention_forward(module, query, key, value, None, is_causal=True, **kwargs)

    AttentionInterface.register("test_leaky", leaky)
    AttentionMaskInterface.register("test_leaky", sdpa_mask)
    model.set_attn_implementation("test_leaky")
    bad = train.padding_free_check(model, data, pad_token_id=0)
    assert not bad["ok"] and "does not keep packed examples apart" in bad["reason"]


def test_unavailable_attention_is_reported_not_raised():
    model = tiny_model(tiny_config())
    reason = train.set_attention(model, "flash_attention_3")
    if reason is not None:  # no flash-attn 3 here (the usual case)
        assert reason.startswith("flash_attention_3: ")


def test_token_counter_counts_non_padding_tokens():
    meter = train._step_meter(warmup=1, steps=1, cuda=False)
    module = torch.nn.Module().train()
    padded = torch.tensor([[5, 6, 7, 0], [5, 6, 0, 0]])
    meter.forward_hook(module, (), {"input_ids": padded, "attention_mask": (padded != 0).long()})
    packed = torch.tensor([[5, 6, 7, 5, 6]])
    meter.forward_hook(module, (), {"input_ids": packed, "position_ids": torch.tensor([[0, 1, 2, 0, 1]])})
    meter.forward_hook(module.eval(), (), {"input_ids": packed})  # evaluation forwards are not training tokens
    assert (int(meter.real), meter.processed) == (10, 13)


def test_overhead_summary():
    trials = [{"wall_seconds": 10.0, "steps_seconds": 6.0}, {"wall_seconds": 12.0, "steps_seconds": 8.0}]
    s = overhead.overhead_summary(trials)
    assert (s["wall_seconds"], s["steps_seconds"], s["overhead_seconds"]) == (11.0, 7.0, 4.0)
    assert s["overhead_share"] == pytest.approx(4 / 11)


@pytest.mark.parametrize("argv, flag", [
    (["--steps", "0"], "--steps"),
    (["--warmup", "-1"], "--warmup"),
    (["--batch-size", "two"], "--batch-size"),
    (["--peak-tflops", "0"], "--peak-tflops"),
    (["--peak-tflops", "nan"], "--peak-tflops"),
    (["--gradient-checkpointing", "maybe"], "--gradient-checkpointing"),
    (["--modes", "packed"], "--modes"),
    (["--kernels", "triton"], "--kernels"),
    (["--logging-steps", "0"], "--logging-steps"),
    (["--mistral-layers", "2"], "--mistral-layers"),
    (["--model", "mistral-7b-random", "--mistral-hidden", "100"], "--mistral-hidden"),
])
def test_train_flag_errors_name_the_flag(argv, flag, capsys):
    with pytest.raises(SystemExit) as exc:
        train.parse_args(argv)
    assert exc.value.code == 2
    assert flag in capsys.readouterr().err


@pytest.mark.parametrize("parse, argv, flag", [
    (generation.main, ["--candidates", "0"], "--candidates"),
    (generation.main, ["--candidates", "17"], "--candidates: at most 16"),
    (overhead.parse_args, ["--trials", "0"], "--trials"),
    (overhead.parse_args, ["--train-limit", "x"], "--train-limit"),
    (overhead.parse_args, ["--mistral-intermediate", "64"], "--mistral-intermediate"),
    (workers.parse_args, ["--gpus", "0"], "--gpus"),
    (workers.parse_args, ["--gpus", "0,x"], "--gpus"),
    (workers.parse_args, ["--workers", "1"], "--workers"),
    (workers.parse_args, ["--trials", "0"], "--trials"),
    (workers.parse_args, ["--", "--storage", "sqlite:///x.db"], "--storage"),
    (workers.parse_args, ["--", "--workers=3"], "--workers"),
])
def test_overhead_and_workers_flag_errors_name_the_flag(parse, argv, flag, capsys):
    with pytest.raises(SystemExit) as exc:
        parse(argv)
    assert exc.value.code == 2
    assert flag in capsys.readouterr().err


def test_defaults_parse():
    args = train.parse_args([])
    assert (args.model, args.modes, args.attn, args.steps, args.warmup, args.batch_size) == (
        "embedded", ["padded", "padding-free"], ["sdpa"], 20, 3, 16)
    assert args.gradient_checkpointing is False and args.peak_tflops is None
    assert (args.kernels, args.logging_steps, args.profile, args.warm_up_run) == (["torch"], [1], None, True)
    args = overhead.parse_args(["--model", "mistral-7b-random", "--mistral-layers", "2"])
    assert (args.trials, args.train_limit, args.mistral_layers) == (3, 64, 2)


def _trial(state, start_s, end_s, worker):
    t0 = datetime(2026, 11, 28, 12, 0, 0)
    return SimpleNamespace(state=SimpleNamespace(name=state), datetime_start=t0 + timedelta(seconds=start_s),
                           datetime_complete=t0 + timedelta(seconds=end_s), user_attrs={"worker": worker})


def test_workers_throughput_spans_first_start_to_last_end():
    trials = [_trial("COMPLETE", 10, 70, "a"), _trial("PRUNED", 12, 40, "b"), _trial("FAIL", 40, 45, "b"),
              _trial("COMPLETE", 45, 130, "b")]
    r = workers.throughput(trials)
    assert (r["trials_finished"], r["trials_failed"], r["workers_seen"]) == (3, 1, 2)
    assert r["span_seconds"] == 120
    assert r["trials_per_hour"] == pytest.approx(3 / 120 * 3600)
    assert r["mean_trial_seconds"] == pytest.approx((60 + 28 + 85) / 3)
    with pytest.raises(ValueError, match="no finished trial"):
        workers.throughput([_trial("FAIL", 0, 1, "a")])


def test_manual_loop_counts_tokens_and_gives_the_base_back():
    """The bare PyTorch loop of --loops manual: counts non-padding tokens, runs every step, leaves the base as it was."""
    import datasets

    model = tiny_model(tiny_config())
    before = {k: v.clone() for k, v in model.state_dict().items()}
    lengths = [5, 9, 6, 8, 7, 4]
    data = datasets.Dataset.from_dict({
        "input_ids": [[3 + (i + j) % 100 for j in range(n)] for i, n in enumerate(lengths)],
        "labels": [[-100] * (n - 2) + [3 + (i + j) % 100 for j in range(n - 2, n)] for i, n in enumerate(lengths)],
    })
    from training.config import TrainConfig

    config = TrainConfig(learning_rate=1e-2, batch_size=2, lora_rank=4, seed=0)
    r = train.measure_manual(model, SimpleNamespace(pad_token_id=0), data, config, warmup=1, steps=2, cuda=False)
    assert len(r["losses"]) == 3 and all(x == x for x in r["losses"])
    assert 0 < r["tokens"] <= r["processed_tokens"] and r["tokens"] > r["processed_tokens"] // 2
    assert r["tokens"] <= sum(sorted(lengths)[-4:])  # two batches of two examples
    after = model.state_dict()
    assert before.keys() == after.keys()
    assert all(torch.equal(before[k], after[k]) for k in before)


def test_variant_ratios_compare_rows_differing_in_one_setting():
    def row(tps, **kw):
        base = {"attn": "sdpa", "mode": "padded", "loop": "plain", "kernels": "torch", "logging_steps": 1}
        return {**base, **kw, "tokens_per_second": tps}

    rows = [row(100.0), row(150.0, kernels="liger"), row(110.0, logging_steps=16),
            row(180.0, kernels="liger", logging_steps=16), {**row(0.0, loop="manual"), "unsupported": "x"}]
    ratios = train.variant_ratios(rows, {"kernels": "torch", "logging_steps": 1, "loop": "plain"})
    assert ratios == {
        "kernels liger / torch (attn sdpa, mode padded, loop plain, logging_steps 1)": 1.5,
        "logging_steps 16 / 1 (attn sdpa, mode padded, loop plain, kernels torch)": pytest.approx(1.1),
        "kernels liger / torch (attn sdpa, mode padded, loop plain, logging_steps 16)": pytest.approx(180 / 110),
        "logging_steps 16 / 1 (attn sdpa, mode padded, loop plain, kernels liger)": 1.2,
    }


def test_profile_writes_the_kernel_table(tmp_path):
    """--profile on a tiny model, CPU: the table and the breakdown by kind come out, and the base is given back."""
    data, tokenizer = _tiny_data()
    model = tiny_model(tiny_config())
    before = {k: v.clone() for k, v in model.state_dict().items()}
    from training.config import TrainConfig

    out = tmp_path / "profile.txt"
    train.profile_steps(model, tokenizer, data, TrainConfig(batch_size=2, lora_rank=4, epochs=3), warmup=1,
                        cuda=False, out=out, steps=2)
    text = out.read_text()
    assert "aten::mm" in text and "matmul:" in text and "ms a step" in text
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())


def _tiny_data():
    """Six short examples for the tiny model and a word-level tokenizer the trainer accepts."""
    import datasets
    from tokenizers import Tokenizer, models
    from transformers import PreTrainedTokenizerFast

    lengths = [5, 9, 6, 8, 7, 4]
    data = datasets.Dataset.from_dict({
        "input_ids": [[3 + (i + j) % 100 for j in range(n)] for i, n in enumerate(lengths)],
        "labels": [[-100] * (n - 2) + [3 + (i + j) % 100 for j in range(n - 2, n)] for i, n in enumerate(lengths)],
    })
    vocab = {"<pad>": 0, "<unk>": 1, "</s>": 2, **{f"w{i}": i for i in range(3, 128)}}
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=Tokenizer(models.WordLevel(vocab, unk_token="<unk>")),
                                        pad_token="<pad>", unk_token="<unk>", eos_token="</s>")
    return data, tokenizer


def test_a_non_finite_loss_stops_training(tmp_path):
    """Trainer's default NaN filter would log the running mean instead of a NaN loss; train_adapter turns it off,
    so a diverged run raises at the next log instead of training on."""
    from training.config import TrainConfig
    from training.sft import NonFiniteLossError, attach_adapter, detach_adapter, train_adapter

    data, tokenizer = _tiny_data()
    config = TrainConfig(batch_size=2, lora_rank=4, epochs=2, logging_steps=2)
    peft_model = attach_adapter(tiny_model(tiny_config()), config)
    steps = []

    def poison(module, args, output):
        steps.append(1)
        if len(steps) >= 2:  # from the second forward on
            output["loss"] = output["loss"] * float("nan")
        return output

    handle = peft_model.register_forward_hook(poison)
    try:
        with pytest.raises(NonFiniteLossError, match="training loss is nan at step 2"):
            train_adapter(peft_model, tokenizer, data, config, str(tmp_path / "t"))
    finally:
        handle.remove()
        detach_adapter(peft_model)
    assert len(steps) == 2  # caught at the first log, after 2 steps, not at the end of the epochs


def test_liger_kernels_need_a_gpu_and_the_package(tmp_path):
    from training.config import TrainConfig
    from training.sft import attach_adapter, check_liger, detach_adapter, train_adapter

    with pytest.raises(ValueError, match="needs a CUDA GPU"):
        check_liger(cuda=False)
    data, tokenizer = _tiny_data()
    config = TrainConfig(batch_size=2, lora_rank=4, kernels="liger")
    peft_model = attach_adapter(tiny_model(tiny_config()), config)
    with pytest.raises(ValueError, match="kernels='liger' needs a CUDA GPU"):
        train_adapter(peft_model, tokenizer, data, config, str(tmp_path / "t"))
    detach_adapter(peft_model)
    for bad in ({"kernels": "triton"}, {"logging_steps": 0}):
        with pytest.raises(ValueError, match=next(iter(bad))):
            TrainConfig(**bad)


@pytest.mark.e2e
def test_train_benchmark_end_to_end_on_a_tiny_mistral(model_cache, tmp_path, capsys, monkeypatch):
    """The whole benchmark on CPU: the untimed warm-up run, padded and padding-free rows of two loops, the ratios
    between rows that differ in one setting, the profile, and the JSON."""
    import json

    calls = []
    measure = train.measure
    monkeypatch.setattr(train, "measure", lambda *a, **kw: calls.append(a[3].padding_free) or measure(*a, **kw))
    out = tmp_path / "train.json"
    assert train.main(["--model", "mistral-7b-random", "--mistral-layers", "2", "--mistral-hidden", "64",
                       "--mistral-intermediate", "96", "--cache-dir", str(model_cache), "--train-limit", "12",
                       "--batch-size", "4", "--steps", "2", "--warmup", "1", "--loops", "plain", "manual",
                       "--profile", str(tmp_path / "profile.txt"), "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    rows = [(r["mode"], r["loop"]) for r in result["rows"] if "unsupported" not in r]
    assert rows == [("padded", "plain"), ("padded", "manual"), ("padding-free", "plain"), ("padding-free", "manual")]
    assert all(r["tokens_per_second"] > 0 and r["kernels"] == "torch" for r in result["rows"])
    assert set(result["ratios"]) == {
        "loop manual / plain (attn sdpa, mode padded, kernels torch, logging_steps 1)",
        "loop manual / plain (attn sdpa, mode padding-free, kernels torch, logging_steps 1)",
        "mode padding-free / padded (attn sdpa, loop plain, kernels torch, logging_steps 1)",
        "mode padding-free / padded (attn sdpa, loop manual, kernels torch, logging_steps 1)",
    }
    assert calls == [False, False, True]  # the warm-up run (the first row's settings), then the two Trainer rows
    assert "CPU operator self time by kind" in (tmp_path / "profile.txt").read_text()
    assert "warm-up run failed" not in capsys.readouterr().out


# (state, epochs planned, epochs run, seconds, EX) per trial of each faked search
FAKE_SEARCHES = {
    "median": [("COMPLETE", 3, 3, 30.0, 0.20), ("PRUNED", 3, 1, 10.0, None), ("COMPLETE", 1, 1, 10.0, 0.05)],
    "asha": [("COMPLETE", 3, 3, 30.0, 0.19), ("PRUNED", 3, 1, 10.0, None), ("PRUNED", 1, 1, 10.0, None)],
    "unpruned": [("COMPLETE", 3, 3, 30.0, 0.20), ("COMPLETE", 3, 3, 30.0, 0.10), ("COMPLETE", 1, 1, 10.0, 0.05)],
    "median-seed1": [("COMPLETE", 3, 3, 30.0, 0.18), ("PRUNED", 3, 1, 10.0, None), ("PRUNED", 1, 1, 10.0, None)],
}
"""Each search's trials by study name ("median-seed0" falls back to "median"): (state, planned epochs, epochs run,
seconds, value)."""


def fake_searches(monkeypatch, seconds: float = 0.0) -> tuple[list[dict], list[frozenset]]:
    """Replace ``python -m search.run`` by a function that writes FAKE_SEARCHES' trials straight into the study it is
    given (taking ``seconds``); returns the calls, each {"command", "gpu", "start", "end"}, and the CPU cores each
    search started side by side was pinned to."""
    import subprocess
    import threading

    import optuna
    from optuna.distributions import IntDistribution
    from optuna.trial import TrialState, create_trial

    calls = []
    lock = threading.Lock()
    pinned: list = []
    real_run, real_popen = subprocess.run, subprocess.Popen

    def run(command, *args, env=None, **kwargs):
        if "search.run" not in command:  # machine_info's own (git, nvidia-smi)
            return real_run(command, *args, env=env, **kwargs)
        search(command, env)
        return subprocess.CompletedProcess(command, 0)

    class FakePopen:  # side by side: started, pinned to its cores, waited for
        def __init__(self, command, env=None, stdout=None, stderr=None):
            self.command, self.env, self.pid = command, env, -1

        def wait(self):
            search(self.command, self.env)
            return 0

    def popen(command, *args, **kwargs):
        return FakePopen(command, **kwargs) if "search.run" in command else real_popen(command, *args, **kwargs)

    def search(command, env):
        start = time.perf_counter()
        time.sleep(seconds)
        flag = lambda name: command[command.index(name) + 1]
        with lock:
            study = optuna.create_study(study_name=flag("--study-name"), storage=flag("--storage"), direction="maximize")
            name = flag("--study-name")
            for state, planned, done, secs, ex in FAKE_SEARCHES.get(name, FAKE_SEARCHES[name.split("-seed")[0]]):
                study.add_trial(create_trial(
                    state=TrialState[state], value=ex, params={"epochs": planned},
                    distributions={"epochs": IntDistribution(1, 3)},
                    user_attrs={"epochs_done": done, "total_seconds": secs}, intermediate_values={1: 0.01}))
            calls.append({"command": command, "gpu": (env or {}).get("CUDA_VISIBLE_DEVICES"), "start": start,
                          "end": time.perf_counter()})

    monkeypatch.setattr(subprocess, "run", run)
    monkeypatch.setattr(subprocess, "Popen", popen)
    monkeypatch.setattr("os.sched_setaffinity", lambda pid, cores: pinned.append(frozenset(cores)))
    return calls, pinned


def test_pruning_benchmark_compares_each_pruner_with_no_pruning(monkeypatch, tmp_path, capsys):
    """The searches are faked; the benchmark's own work, the commands, the reading back and the ratios, is real."""
    import json

    from benchmarks import pruning

    calls, pinned = fake_searches(monkeypatch)
    out = tmp_path / "pruning.json"
    assert pruning.main(["--trials", "3", "--pruners", "median", "asha", "--out", str(out), "--", "--limit", "8"]) == 0
    commands = [c["command"] for c in calls]
    assert [c[c.index("--study-name") + 1] for c in commands] == ["median", "asha", "unpruned"]
    assert all(c[-2:] == ["--limit", "8"] for c in commands)  # the flags after -- reach every search
    assert ["--pruner", "asha"] == commands[1][commands[1].index("--pruner"):][:2] and "--no-pruning" in commands[2]
    assert len({c[c.index("--storage") + 1] for c in commands}) == 3  # a study file each
    assert not pinned and all(c["gpu"] is None for c in calls)  # one after another: no placement
    report = json.loads(out.read_text())
    ratios = report["ratios"]
    assert ratios["median"]["epochs"] == pytest.approx(5 / 7) and ratios["median"]["trial_seconds"] == pytest.approx(50 / 70)
    assert ratios["median"]["best_validation_ex_points"] == pytest.approx(0.0)
    assert ratios["asha"]["best_validation_ex_points"] == pytest.approx(-1.0)
    assert report["results"]["asha"]["trials"][1] == {"number": 1, "state": "PRUNED", "params": {"epochs": 3},
                                                      "validation_ex_by_epoch": [0.01], "validation_loss_by_epoch": None,
                                                      "train_loss_by_epoch": None,
                                                      "value": None,
                                                      "epochs_done": 1, "seconds": 10.0}
    assert report["failed"] == {} and report["results"]["asha"]["best_test_ex"] is None  # no final phase faked
    assert "asha / unpruned compute: 71% of the epochs" in capsys.readouterr().out


def test_pruning_benchmark_runs_searches_side_by_side_one_per_gpu(monkeypatch, tmp_path):
    from benchmarks import pruning

    calls, pinned = fake_searches(monkeypatch, seconds=0.5)
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2, 3})
    studies = tmp_path / "studies"
    assert pruning.main(["--trials", "3", "--pruners", "median", "asha", "--gpus", "0", "1", "--studies", str(studies)]) == 0
    by_name = {c["command"][c["command"].index("--study-name") + 1]: c for c in calls}
    assert by_name["unpruned"]["gpu"] == "0" and by_name["median"]["gpu"] == "1"  # the longest search first
    assert by_name["median"]["start"] < by_name["unpruned"]["end"]  # side by side
    asha = by_name["asha"]  # on whichever GPU was given back first, once it was
    assert asha["gpu"] in ("0", "1") and asha["start"] >= min(by_name["unpruned"]["end"], by_name["median"]["end"])
    assert len(pinned) == 3 and set(pinned) == {frozenset({0, 1}), frozenset({2, 3})}  # half the cores each
    for gpu in ("0", "1"):  # never two searches on one GPU
        spans = sorted((c["start"], c["end"]) for c in calls if c["gpu"] == gpu)
        assert all(later[0] >= earlier[1] for earlier, later in zip(spans, spans[1:]))
    assert sorted(f.name for f in studies.glob("*.db")) == ["asha.db", "median.db", "unpruned.db"]  # kept
    assert sorted(f.name for f in studies.glob("*.log")) == ["asha.log", "median.log", "unpruned.log"]
    with pytest.raises(SystemExit):  # a second run would resume these studies instead of starting afresh
        pruning.main(["--trials", "3", "--studies", str(studies)])


def test_a_failed_search_is_reported_and_its_study_still_read(monkeypatch, tmp_path, capsys):
    """A search whose final phase failed holds all its trials: the figures still come out, and the exit says it."""
    import json
    import subprocess

    from benchmarks import pruning

    calls, _ = fake_searches(monkeypatch)
    faked = subprocess.run

    def run(command, *args, **kwargs):
        done = faked(command, *args, **kwargs)
        return subprocess.CompletedProcess(command, 1) if "median" in command else done

    monkeypatch.setattr(subprocess, "run", run)
    out = tmp_path / "pruning.json"
    assert pruning.main(["--trials", "3", "--out", str(out)]) == 1
    assert len(calls) == 2  # the unpruned search still ran after the failed one
    report = json.loads(out.read_text())
    assert report["failed"] == {"median": 1} and report["ratios"]["median"]["epochs"] == pytest.approx(5 / 7)
    assert "failed (their studies are read as they stand): median (exit 1)" in capsys.readouterr().out


def unpruned_study(path, curves: list[list[float]], seconds_per_epoch: float = 10.0,
                   losses: list[list[float]] | None = None, train_losses: list[list[float]] | None = None) -> str:
    """A study as ``--no-pruning`` leaves it: every trial complete, its EX after each epoch, its last one its value
    (with ``losses``, its validation loss after each epoch, as --validation-loss records it; with ``train_losses``,
    each epoch's mean training loss)."""
    import optuna
    from optuna.distributions import IntDistribution
    from optuna.trial import TrialState, create_trial

    storage = f"sqlite:///{path}"
    study = optuna.create_study(study_name="unpruned", storage=storage, direction="maximize")
    for n, curve in enumerate(curves):
        attrs = {"epochs_done": len(curve), "total_seconds": seconds_per_epoch * len(curve)}
        if losses is not None:
            attrs["epoch_validation_loss"] = losses[n]
        if train_losses is not None:
            attrs["epoch_train_loss"] = train_losses[n]
        study.add_trial(create_trial(
            state=TrialState.COMPLETE, value=curve[-1], params={"epochs": len(curve)},
            distributions={"epochs": IntDistribution(1, 6)}, intermediate_values=dict(enumerate(curve, 1)),
            user_attrs=attrs))
    return storage


def test_study_figures_read_speed_and_overhead_back(tmp_path):
    """Two timed trials (20 s and 40 s wall, 2 s and 4 s of it outside training and evaluation) and one pruned
    trial without timings: the mean of the trials' own rates, the training seconds, and the overhead as the search's
    summary computes it; a study without timings gives None for them."""
    import optuna
    from optuna.distributions import IntDistribution
    from optuna.trial import TrialState, create_trial

    from benchmarks.pruning import study_figures

    storage = f"sqlite:///{tmp_path / 's.db'}"
    study = optuna.create_study(study_name="s", storage=storage, direction="maximize")
    start = datetime(2026, 11, 30, 8, 0, 0)
    for wall, train_s, eval_s, speed, value in ((20, 12, 6, 1000.0, 0.2), (40, 30, 6, 3000.0, 0.3)):
        t = create_trial(state=TrialState.COMPLETE, value=value, params={"epochs": 2},
                         distributions={"epochs": IntDistribution(1, 3)},
                         user_attrs={"epochs_done": 2, "total_seconds": wall, "train_seconds": train_s,
                                     "eval_seconds": eval_s, "tokens_per_second": speed})
        t.datetime_start, t.datetime_complete = start, start + timedelta(seconds=wall)
        study.add_trial(t)
    study.add_trial(create_trial(state=TrialState.PRUNED, params={"epochs": 3}, user_attrs={"epochs_done": 1},
                                 distributions={"epochs": IntDistribution(1, 3)}, intermediate_values={1: 0.01}))
    f = study_figures(storage, "s")
    assert (f["trials_complete"], f["trials_pruned"], f["epochs_run"], f["epochs_planned"]) == (2, 1, 5, 7)
    assert f["tokens_per_second"] == 2000.0 and f["train_seconds"] == 42
    assert f["overhead_seconds"] == 3.0 and f["overhead_share"] == pytest.approx(6 / 60)
    assert f["best_validation_ex"] == 0.3

    untimed = study_figures(unpruned_study(tmp_path / "u.db", [[0.1, 0.2]]), "unpruned")
    assert untimed["tokens_per_second"] is untimed["overhead_seconds"] is untimed["overhead_share"] is None


def test_spearman_by_hand():
    from benchmarks.pruning_replay import spearman

    assert spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert spearman([1, 2, 3], [30, 20, 10]) == pytest.approx(-1.0)
    assert spearman([1, 1, 2], [1, 2, 3]) == pytest.approx(1.5 / 3 ** 0.5)  # tied ranks 1.5, 1.5, 3
    assert spearman([1, 1, 1], [1, 2, 3]) is None


def test_signal_ranks_compare_ex_and_losses_on_the_trials_that_went_on(tmp_path, capsys):
    """After epoch 1 the EX puts the eventual best trial last of the three that went on (and ranks them exactly
    against their final values), the validation loss puts it first (exactly with them), the training loss second; a
    trial that ended at epoch 1 is left out, since its final value is its epoch-1 EX. Without recorded losses the
    loss columns are n/a."""
    from benchmarks import pruning_replay

    curves = [[0.10, 0.20, 0.30], [0.05, 0.25, 0.50], [0.20, 0.22], [0.01]]
    losses = [[1.0, 0.8, 0.7], [0.9, 0.6, 0.5], [1.2, 1.1], [1.5]]
    train_losses = [[0.5, 0.4, 0.3], [0.6, 0.3, 0.2], [0.7, 0.6], [0.9]]
    storage = unpruned_study(tmp_path / "u.db", curves, losses=losses, train_losses=train_losses)
    first, second, third = pruning_replay.signal_ranks(pruning_replay.recorded_trials(storage, None)[1])
    # final values 0.30, 0.50, 0.22; training loss 0.5, 0.6, 0.7 ranks them 1, 2, 3 against 2, 1, 3: rho 0.5
    assert first == {"epoch": 1, "trials": 3, "EX": {"winner_rank": 3, "spearman": pytest.approx(-1.0)},
                     "loss": {"winner_rank": 1, "spearman": pytest.approx(1.0)},
                     "train loss": {"winner_rank": 2, "spearman": pytest.approx(0.5)}}
    assert second["trials"] == 2 and second["EX"]["winner_rank"] == second["loss"]["winner_rank"] == 1
    assert third == {"epoch": 3, "trials": 0, "EX": None, "loss": None, "train loss": None}

    storage = unpruned_study(tmp_path / "ex-only.db", curves)
    only_ex = pruning_replay.signal_ranks(pruning_replay.recorded_trials(storage, None)[1])[0]
    assert only_ex["loss"] is only_ex["train loss"] is None
    assert pruning_replay.main([storage, "--pruners", "median"]) == 0
    assert "1           3          3, rho -1.00                   n/a                   n/a" in capsys.readouterr().out


def test_replay_holds_the_trials_fixed_and_counts_what_the_pruner_lets_run(tmp_path, capsys):
    """The median rule by hand: two start-up trials run whole; after that a trial below the median of the complete
    trials at the same epoch stops there; a trial at its last epoch is never asked."""
    import json

    from benchmarks import pruning_replay
    from search.study import make_pruner

    curves = [[0.10, 0.30, 0.40], [0.05, 0.20, 0.25], [0.02, 0.10, 0.15], [0.20, 0.25, 0.50], [0.01]]
    storage = unpruned_study(tmp_path / "unpruned.db", curves)
    name, trials = pruning_replay.recorded_trials(storage, None)
    assert name == "unpruned" and [t["validation_ex_by_epoch"] for t in trials] == curves
    result = pruning_replay.replay(trials, make_pruner(True, "median"))
    # trial 2: 0.02 < median(0.10, 0.05) at epoch 1; trial 3: above it at every epoch; trial 4: 1 epoch, never asked
    assert [r["epochs_run"] for r in result["trials"]] == [3, 3, 1, 3, 1]
    assert [r["pruned"] for r in result["trials"]] == [False, False, True, False, False]
    assert (result["epochs_run"], result["epochs_planned"]) == (11, 13)
    assert result["trial_seconds"] == pytest.approx(110.0) and result["trial_seconds_unpruned"] == pytest.approx(130.0)
    assert result["best_trial_unpruned"] == 3 and result["best_trial_kept"]
    assert result["best_validation_ex"] == result["best_validation_ex_unpruned"] == 0.50

    out = tmp_path / "replay.json"
    assert pruning_replay.main([storage, "--pruners", "median", "--out", str(out)]) == 0
    assert "median         1      11        85%         85%        yes        50.0%" in capsys.readouterr().out
    assert json.loads(out.read_text())["replays"]["median"]["epochs_run"] == 11


def test_replay_loses_a_slow_starter(tmp_path):
    """A trial that is last after epoch 1 and best at the end is pruned, and the replay says the best was lost."""
    from benchmarks import pruning_replay
    from search.study import make_pruner

    curves = [[0.10, 0.20], [0.08, 0.18], [0.01, 0.40]]
    _, trials = pruning_replay.recorded_trials(unpruned_study(tmp_path / "u.db", curves), None)
    result = pruning_replay.replay(trials, make_pruner(True, "median"))
    assert not result["best_trial_kept"] and result["best_validation_ex"] == 0.20


def test_replay_shows_the_pruner_a_loss_when_asked(tmp_path):
    """The slow starter above, whose validation loss after epoch 1 is already the lowest: the median rule shown the
    loss (negated, lower is better) keeps it, shown the EX stops it. A study without the loss is refused by name."""
    from benchmarks import pruning_replay
    from search.study import make_pruner

    curves = [[0.10, 0.20], [0.08, 0.18], [0.01, 0.40]]
    losses = [[0.9, 0.8], [1.0, 0.9], [0.7, 0.5]]
    _, trials = pruning_replay.recorded_trials(unpruned_study(tmp_path / "u.db", curves, losses=losses), None)
    assert not pruning_replay.replay(trials, make_pruner(True, "median"))["best_trial_kept"]
    by_loss = pruning_replay.replay(trials, make_pruner(True, "median"), signal="loss")
    assert by_loss["best_trial_kept"] and [r["epochs_run"] for r in by_loss["trials"]] == [2, 2, 2]
    # a loss above the median after epoch 1 is stopped there: the sign is right, not merely ignored
    worse = [[0.9, 0.8], [1.0, 0.9], [1.5, 0.5]]
    _, trials = pruning_replay.recorded_trials(unpruned_study(tmp_path / "w.db", curves, losses=worse), None)
    assert [r["epochs_run"] for r in pruning_replay.replay(trials, make_pruner(True, "median"), "loss")["trials"]] \
        == [2, 2, 1]

    _, trials = pruning_replay.recorded_trials(unpruned_study(tmp_path / "ex.db", curves), None)
    with pytest.raises(ValueError, match="trial 0: loss recorded for 0 of its 2 epochs"):
        pruning_replay.replay(trials, make_pruner(True, "median"), signal="loss")


def test_replay_reach_keeps_a_slow_starter_with_epochs_to_go(tmp_path):
    """Behind after epoch 1 but planning six epochs and climbing: the median rule stops it, the reach rule (which the
    replay gives each trial's planned epochs) lets it run to the best value."""
    from benchmarks import pruning_replay
    from search.study import make_pruner

    curves = [[0.10, 0.20, 0.25], [0.08, 0.18, 0.22], [0.05, 0.10, 0.20, 0.30, 0.40, 0.45]]
    _, trials = pruning_replay.recorded_trials(unpruned_study(tmp_path / "u.db", curves), None)
    assert not pruning_replay.replay(trials, make_pruner(True, "median"))["best_trial_kept"]
    reach = pruning_replay.replay(trials, make_pruner(True, "reach"))
    assert reach["best_trial_kept"] and [r["epochs_run"] for r in reach["trials"]] == [3, 3, 6]


@pytest.mark.parametrize("make, message", [
    (lambda path: None, "storage: SQLite file not found"),
    (lambda path: __import__("sqlite3").connect(path).execute("create table t (x)").connection.commit(),
     "holds no Optuna study"),  # another program's database: refused, and no Optuna tables written into it
    (lambda path: unpruned_study(path, [[0.1]]) and __import__("optuna").create_study(
        study_name="other", storage=f"sqlite:///{path}"), "name one with --study"),
])
def test_replay_refuses_what_it_cannot_replay(tmp_path, capsys, make, message):
    from benchmarks import pruning_replay

    path = tmp_path / "s.db"
    make(path)
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(SystemExit) as exc:
        pruning_replay.main([f"sqlite:///{path}"])
    assert exc.value.code == 2 and message in capsys.readouterr().err
    assert (path.read_bytes() if path.exists() else None) == before  # nothing created or changed


def test_replay_refuses_a_pruned_search(tmp_path, capsys, monkeypatch):
    from benchmarks import pruning

    fake_searches(monkeypatch)
    studies = tmp_path / "studies"
    pruning.main(["--trials", "3", "--studies", str(studies)])
    from benchmarks import pruning_replay

    with pytest.raises(SystemExit):
        pruning_replay.main([f"sqlite:///{studies / 'median.db'}"])
    assert "searched with pruning" in capsys.readouterr().err


@pytest.mark.parametrize("argv, flag", [
    (["--", "--no-pruning"], "--no-pruning"), (["--", "--pruner", "asha"], "--pruner"), (["--pruners", "random"], "--pruners"),
    (["--", "--seed=3"], "--seed"), (["--seed", "1", "--seeds", "1", "2"], "--seed and --seeds"),
])
def test_pruning_benchmark_refuses_flags_it_sets_itself(argv, flag, capsys):
    from benchmarks import pruning

    with pytest.raises(SystemExit):
        pruning.main(argv)
    assert flag in capsys.readouterr().err


def test_pruning_benchmark_over_seeds_with_two_searches_a_gpu(monkeypatch, tmp_path, capsys):
    """--seeds: a pair of searches per seed, each compared with its own seed's unpruned search, and a summary; a GPU
    listed twice runs two searches at a time, the longest ones spread over the GPUs first."""
    import json

    from benchmarks import pruning

    calls, pinned = fake_searches(monkeypatch, seconds=0.5)
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(8)))
    out = tmp_path / "pruning.json"
    assert pruning.main(["--trials", "3", "--seeds", "0", "1", "--gpus", "0", "0", "1", "1", "--out", str(out)]) == 0
    by_name = {c["command"][c["command"].index("--study-name") + 1]: c for c in calls}
    assert sorted(by_name) == ["median-seed0", "median-seed1", "unpruned-seed0", "unpruned-seed1"]
    assert all(c["command"][c["command"].index("--seed") + 1] == name[-1] for name, c in by_name.items())
    assert {by_name["unpruned-seed0"]["gpu"], by_name["unpruned-seed1"]["gpu"]} == {"0", "1"}  # one on each GPU
    assert max(c["start"] for c in calls) < min(c["end"] for c in calls)  # four slots: all four side by side
    assert len(pinned) == 4 and len(set().union(*pinned)) == 8 and all(len(cores) == 2 for cores in pinned)
    for gpu in ("0", "1"):
        assert sum(c["gpu"] == gpu for c in calls) == 2
    report = json.loads(out.read_text())
    assert report["seeds"] == [0, 1]
    assert report["ratios"]["median-seed1"]["against"] == "unpruned-seed1"
    assert report["ratios"]["median-seed1"]["epochs"] == pytest.approx(5 / 7)
    summary = report["summary"]["median"]
    assert summary["seeds"] == 2 and summary["median_epochs"] == pytest.approx(5 / 7)
    assert summary["best_validation_ex_points"] == pytest.approx([0.0, -2.0]) and summary["seeds_kept"] == 1
    assert "median over 2 seeds: median 71% of the epochs" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["--candidates", "8", "17"], "--candidates: each must be between 1 and 16"),
    (["--candidates", "8", "--split", "missing.jsonl"], "--split: no such file: missing.jsonl"),
])
def test_hypotheses_benchmark_flag_errors_name_the_flag(argv, message, capsys, tmp_path, monkeypatch):
    from benchmarks.candidates import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "dev.jsonl").write_text("")
    with pytest.raises(SystemExit) as e:
        main(["--storage", "sqlite:///x.db", "--split", "dev.jsonl", *argv])
    assert e.value.code == 2 and message in capsys.readouterr().err


@pytest.mark.e2e
def test_hypotheses_benchmark_decodes_the_best_adapter_on_another_split(best_study, model_cache, capsys):
    """Each number of hypotheses on the same questions, the later ones against the first."""
    import optuna

    from benchmarks.candidates import main
    from evaluation import embedded
    from search.records import read_final

    storage, name, _ = best_study
    settings = read_final(optuna.load_study(study_name=name, storage=storage)).settings
    test = Path(settings.test) if settings.test else embedded.split_path("test")
    split = test.with_name("validation.jsonl")
    n = sum(1 for line in split.read_text().splitlines() if line.strip())
    assert main(["--storage", storage, "--study-name", name, "--split", str(split), "--candidates", "2", "1",
                 "--cache-dir", str(model_cache)]) == 0
    first, second = capsys.readouterr().out.splitlines()[-2:]
    assert first.startswith(" 2 hypotheses: EX ") and f"/{n}) in " in first
    assert second.startswith(" 1 hypothesis: EX ") and "only with the first (one-sided sign test p = " in second
