"""Bad flags fail before any model work, with the flag named and a non-zero exit."""

import os

import pytest

from search.resolve import GPU, detect_device, resolve
from search.run import build_config, main, parse_args, read_env


def resolved(argv, env=None):
    """What main runs for ``argv``: the flags' config, resolved for this (possibly monkeypatched) device."""
    config = build_config(parse_args(argv), env or {})
    return resolve(config, detect_device(config.model.device))


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--trials", "0"], "--trials"),
        (["--limit", "-3"], "--limit"),
        (["--train", "/nonexistent/train.jsonl"], "--train: file not found"),
        (["--databases", "/nonexistent"], "--databases: folder not found"),
        (["--storage", "redis://x"], "--storage"),
        (["--storage", "sqlite:////nonexistent/s.db"], "--storage: folder not found: /nonexistent"),
        (["--storage", "journal:/nonexistent/s.log"], "--storage: folder not found: /nonexistent"),
        (["--db", "/nonexistent/p.db"], "--db: folder not found: /nonexistent"),
        (["--study-name", "a/b"], "--study-name"),
        (["--study-name", ".."], "--study-name"),  # trial folders would land outside --artifacts
        (["--study-name", "."], "--study-name"),
        (["--env-file", "/nonexistent/.env"], "--env-file: file not found: /nonexistent/.env"),
        (["--sample-rows", "99"], "--sample-rows"),
        (["--compute-dtype", "fp8"], "compute_dtype"),
        (["--timeout", "-1"], "--timeout"),
        (["--lr-range", "0.1", "0.01"], "--lr-range"),
        (["--lora-ranks", "4", "6"], "powers of two"),
        (["--gpus", "0,a"], "--gpus"),
        (["--workers-per-gpu", "0"], "--workers-per-gpu"),
        (["--workers-per-gpu", "some"], "--workers-per-gpu"),
        (["--workers-per-gpu", "2", "--device", "cpu"], "--workers-per-gpu 2: no GPU visible"),
        (["--workers-per-gpu", "2", "--phase", "baseline"], "do not combine with --phase baseline"),
        (["--keep-epoch", "first"], "--keep-epoch"),
        (["--eval-weights", "dense"], "--eval-weights"),
        (["--candidates", "0"], "--candidates"),
        (["--candidates", "17"], "--candidates: candidates must be between 1 and 16"),
        (["--trial-candidates", "0"], "--trial-candidates"),
        (["--trial-candidates", "20"], "--trial-candidates: candidates must be between 1 and 16"),
    ],
)
def test_bad_flags(argv, message, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    try:
        code = main(argv + ["--no-progress"])
    except SystemExit as exc:  # argparse's own type errors
        code = exc.code
    assert code == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert list(tmp_path.iterdir()) == []  # nothing written: no study.db, no artifacts


def test_flags_win_over_env_and_env_file(tmp_path, monkeypatch):
    env_file = tmp_path / ".env"
    train = tmp_path / "t.jsonl"
    train.write_text("{}\n")
    env_file.write_text(f"PATH_FT_DATASET={train}\nDB_PATH=from_file.db\nHF_TOKEN=secret-token\n")
    monkeypatch.delenv("DB_PATH", raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("PATH_FT_DATASET", raising=False)
    env = read_env(env_file)
    config = build_config(parse_args([]), env)
    assert config.data.train == train and config.predictions_db == "sqlite:///from_file.db"
    assert config.model.hf_token == "secret-token" and "secret-token" not in repr(config)
    monkeypatch.setenv("DB_PATH", "from_env.db")
    config = build_config(parse_args(["--db", "sqlite:///flag.db"]), read_env(env_file))
    assert config.predictions_db == "sqlite:///flag.db"
    assert build_config(parse_args([]), read_env(env_file)).predictions_db == "sqlite:///from_env.db"


@pytest.mark.parametrize("content, message", [
    ("PATH_FT_DATASET=/nonexistent/train.jsonl\n", "error: PATH_FT_DATASET: file not found: /nonexistent/train.jsonl"),
    ("PATH_TASK_EVAL_DATASET=/nonexistent/v.jsonl\n", "error: PATH_TASK_EVAL_DATASET: file not found: /nonexistent/v.jsonl"),
    (b"DB_PATH=caf\xe9.db\n", "error: --env-file {file}: not UTF-8 text (byte 0xe9 at offset 11); save it as UTF-8"),
])
def test_a_bad_env_file_value_names_the_key_or_the_file(tmp_path, capsys, monkeypatch, content, message):
    monkeypatch.chdir(tmp_path)
    for key in ("PATH_FT_DATASET", "PATH_TASK_EVAL_DATASET", "DB_PATH"):
        monkeypatch.delenv(key, raising=False)
    env_file = tmp_path / "settings.env"
    env_file.write_bytes(content if isinstance(content, bytes) else content.encode())
    assert main(["--env-file", str(env_file), "--no-progress"]) == 2
    assert capsys.readouterr().err.strip() == message.format(file=env_file)


def test_a_predictions_file_in_a_missing_folder_names_where_it_came_from():
    with pytest.raises(ValueError, match="^DB_PATH: folder not found: /nonexistent"):
        build_config(parse_args([]), {"DB_PATH": "/nonexistent/p.db"})


def test_default_predictions_go_to_the_study_file(monkeypatch, tmp_path):
    monkeypatch.delenv("DB_PATH", raising=False)
    config = build_config(parse_args([]), {})
    assert config.predictions_db == config.storage == "sqlite:///study.db"


def test_help_loads_no_model_library():
    """--help answers at once: it imports none of the libraries that take seconds to load (checked by what is
    imported, not by a wall-clock bound that a loaded machine can break)."""
    import subprocess
    import sys

    code = ("import sys\nfrom search.run import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('LOADED', sorted(m for m in ('torch', 'transformers', 'peft', 'trl', 'optuna') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "--phase" in out and "--trials" in out
    assert out.splitlines()[-1] == "LOADED []"


def test_batch_sizes_follow_the_device_unless_given(monkeypatch):
    monkeypatch.setattr("training.model.cuda_available", lambda device: False)
    config = resolved([])
    assert (config.generation.batch_size, config.train.batch_size) == (16, 4)
    monkeypatch.setattr("training.model.cuda_available", lambda device: True)
    config = resolved(["--candidates", "1"])
    assert (config.generation.batch_size, config.train.batch_size) == (GPU.generation_batch, GPU.train_batch)
    config = resolved(["--batch-size", "8", "--train-batch-size", "2"])
    assert (config.generation.batch_size, config.train.batch_size) == (8, 2)


@pytest.mark.parametrize(
    "on_gpu, argv, candidates, batch",
    [
        (False, [], 1, 16),  # CPU: greedy, beams would cost their number in compute
        (False, ["--candidates", "4"], 4, 16),
        (True, [], 8, 128),  # GPU: 8 hypotheses, 128 prompts x 8 = 1,024 sequences per batch
        (True, ["--candidates", "4"], 4, 256),
        (True, ["--candidates", "16"], 16, 64),
        (True, ["--candidates", "16", "--batch-size", "200"], 16, 200),  # a given batch size is the user's call
    ],
)
def test_candidates_and_gpu_batch_follow_the_device(monkeypatch, on_gpu, argv, candidates, batch):
    monkeypatch.setattr("training.model.cuda_available", lambda device: on_gpu)
    config = resolved(argv)
    assert (config.generation.candidates, config.generation.batch_size) == (candidates, batch)
    # The trials rank hyperparameters greedily unless told otherwise, with the greedy batch size.
    assert config.trial_generation.candidates == 1
    assert config.trial_generation.batch_size == (16 if not on_gpu else 200 if "200" in argv else 256)


def test_trial_candidates_flag_reaches_the_trials_decoding(monkeypatch):
    monkeypatch.setattr("training.model.cuda_available", lambda device: True)
    config = resolved(["--trial-candidates", "4", "--candidates", "1"])
    assert (config.trial_generation.candidates, config.trial_generation.batch_size) == (4, 256)
    assert (config.generation.candidates, config.generation.batch_size) == (1, 256)


def test_lm_head_loss_flag_reaches_the_training_config(capsys):
    assert build_config(parse_args([]), {}).train.lm_head_loss == "plain"
    assert build_config(parse_args(["--lm-head-loss", "fused"]), {}).train.lm_head_loss == "fused"
    with pytest.raises(SystemExit):
        parse_args(["--lm-head-loss", "chunked"])
    assert "--lm-head-loss" in capsys.readouterr().err


def test_validation_loss_flag_reaches_the_search_config():
    assert build_config(parse_args([]), {}).validation_loss is False
    assert build_config(parse_args(["--validation-loss"]), {}).validation_loss is True


def test_lr_schedule_flag_reaches_the_training_config(capsys):
    assert build_config(parse_args(["--lr-schedule", "constant"]), {}).train.lr_schedule == "constant"
    assert build_config(parse_args(["--lr-schedule", "linear"]), {}).train.lr_schedule == "linear"
    with pytest.raises(SystemExit):
        parse_args(["--lr-schedule", "cosine"])
    assert "--lr-schedule" in capsys.readouterr().err


def test_kernels_flag_reaches_the_training_config_and_liger_is_checked_first(monkeypatch, capsys):
    import importlib.util

    monkeypatch.setattr("training.model.cuda_available", lambda device: False)
    assert resolved([]).train.kernels == "torch"  # auto without a GPU
    with pytest.raises(ValueError, match="--kernels liger: .*needs a CUDA GPU"):
        resolved(["--kernels", "liger"])
    monkeypatch.setattr("training.model.cuda_available", lambda device: True)
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "liger_kernel" else real_find_spec(name, *a))
    with pytest.raises(ValueError, match="--kernels liger: .*pip install liger-kernel"):
        resolved(["--kernels", "liger"])
    assert resolved([]).train.kernels == "torch"  # auto on a GPU without the package
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object() if name == "liger_kernel" else real_find_spec(name, *a))
    assert resolved(["--kernels", "liger"]).train.kernels == "liger"
    assert resolved([]).train.kernels == "liger"  # auto, on a GPU with the package
    assert resolved(["--kernels", "torch"]).train.kernels == "torch"
    with pytest.raises(SystemExit):
        parse_args(["--kernels", "cuda"])
    assert "--kernels" in capsys.readouterr().err


def test_a_single_process_search_trains_on_the_first_visible_gpu(monkeypatch, tmp_path):
    """Trainer would spread one process over all visible GPUs with DataParallel, which SFTTrainer refuses."""
    from search import run

    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "1,0")
    assert run.main(["--train", str(tmp_path / "missing.jsonl")]) == 2
    assert os.environ["CUDA_VISIBLE_DEVICES"] == "1"
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "1,0")
    assert run.main(["--workers", "2", "--train", str(tmp_path / "missing.jsonl")]) == 2
    assert os.environ["CUDA_VISIBLE_DEVICES"] == "1,0"  # the parent of several workers keeps them all


@pytest.mark.parametrize("argv, per_gpu", [
    ([], None),  # auto: decided on the GPU, from the model's size and the free memory (search/phases.py)
    (["--workers-per-gpu", "auto"], None),
    (["--workers-per-gpu", "1"], 1),
    (["--workers-per-gpu", "3"], 3),
    (["--gpus", "0,0"], 1),  # an explicit GPU list is the whole placement
    (["--gpus", "0,1", "--workers-per-gpu", "2"], 2),
])
def test_workers_per_gpu_flag(monkeypatch, argv, per_gpu):
    monkeypatch.setattr("training.model.cuda_available", lambda device: True)
    monkeypatch.setattr("search.workers.physical_gpu_count", lambda: 2)
    assert resolved(argv).workers_per_gpu == per_gpu


@pytest.mark.parametrize("on_gpu, argv, profile", [
    (False, [], "cpu-budget"),  # the 20-minute demonstration
    (False, ["--train-limit", "32"], "full"),  # the user chose the data: graded as a real search
    (True, [], "full"),
])
def test_the_profile_follows_the_cpu_budget_and_the_cpu_run_says_what_it_promises(monkeypatch, caplog, on_gpu, argv,
                                                                                  profile):
    import logging

    from search.resolve import CPU_BUDGET_PROMISE

    monkeypatch.setattr("training.model.cuda_available", lambda device: on_gpu)
    with caplog.at_level(logging.INFO, logger="sqltune"):
        assert resolved(argv).profile == profile
    assert (CPU_BUDGET_PROMISE in caplog.messages) == (profile == "cpu-budget")


def test_progress_bars_only_on_a_terminal(monkeypatch):
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert build_config(parse_args([]), {}).progress is False  # a log file gets no bars
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert build_config(parse_args([]), {}).progress is True
    assert build_config(parse_args(["--no-progress"]), {}).progress is False


def test_noise_is_filtered_at_its_source_and_verbose_brings_it_back():
    import logging
    import warnings

    import optuna

    from search.run import QUIET_LOGGERS, configure_output

    # Each logger and the level of the lines that must not show: "JAX version available" is INFO, the rest warnings.
    noisy = {"liger_kernel.backends.registry": logging.WARNING, "datasets": logging.INFO,
             "huggingface_hub.utils._http": logging.WARNING, "sqlglot": logging.WARNING,
             "transformers.tokenization_utils_tokenizers": logging.WARNING}
    levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    for verbose in (False, True):
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.NOTSET)
        with warnings.catch_warnings(record=True) as caught:  # restores the warning filters afterwards
            warnings.simplefilter("always")
            configure_output(verbose, "", progress=True)
            warnings.warn_explicit("`torch.jit.script` is deprecated", DeprecationWarning, "_script.py", 1,
                                   module="torch.jit._script")
            warnings.warn_explicit("`gradient_checkpointing` is deprecated", FutureWarning, "training_args.py", 1,
                                   module="transformers.training_args")
            warnings.warn_explicit("a warning of this project's own", UserWarning, "objective.py", 1,
                                   module="search.objective")
        shown = [str(w.message) for w in caught]
        if verbose:
            assert len(shown) == 3 and all(logging.getLogger(n).level == logging.NOTSET for n in noisy)  # as they come
        else:
            assert shown == ["a warning of this project's own"]
            assert not any(logging.getLogger(n).isEnabledFor(v) for n, v in noisy.items())
            assert optuna.logging.get_verbosity() == logging.WARNING  # no second line per trial
        optuna.logging.set_verbosity(logging.INFO)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def test_verbose_adds_the_traceback_to_the_error_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--storage", "mysql://x/y", "--no-progress"]) == 2
    quiet = capsys.readouterr().err
    assert quiet.startswith("error: --storage mysql://x/y: ") and "Traceback" not in quiet
    assert main(["--storage", "mysql://x/y", "--no-progress", "--verbose"]) == 2
    verbose = capsys.readouterr().err
    assert verbose.startswith(quiet.strip()) and "Traceback" in verbose and "MySQLdb" in verbose


def test_the_qlora_knobs_reach_the_training_config():
    config = build_config(parse_args([
        "--max-seq-length", "1024", "--gradient-checkpointing", "--gradient-accumulation", "4", "--lora-dropout", "0.05",
        "--lora-alpha-ratio", "1", "--target-modules", "q_proj, v_proj"]), {})
    t = config.train
    assert (t.max_seq_length, t.gradient_checkpointing, t.gradient_accumulation_steps) == (1024, True, 4)
    assert (t.lora_dropout, t.lora_alpha_ratio, t.lora_targets) == (0.05, 1.0, ["q_proj", "v_proj"])


@pytest.mark.parametrize("argv, flag", [(["--lora-dropout", "1.5"], "--lora-dropout"),
                                        (["--max-seq-length", "10"], "--max-seq-length"),
                                        (["--target-modules", " , "], "--target-modules")])
def test_bad_qlora_knobs_name_their_flag(argv, flag):
    with pytest.raises(ValueError, match=flag):
        build_config(parse_args(argv), {})


def test_research_switches_stay_reachable_but_out_of_the_help(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    out = capsys.readouterr().out
    assert "--gradient-checkpointing" in out and "--lm-head-loss" not in out and "--validation-loss" not in out
    assert parse_args(["--lm-head-loss", "fused", "--validation-loss"]).validation_loss


def test_the_budgets_caps_given_as_flags_are_a_users_choice_not_the_budget(monkeypatch):
    monkeypatch.setattr("training.model.cuda_available", lambda device: False)
    argv = ["--train-limit", "32", "--validation-limit", "16", "--test-limit", "100"]  # the tests' own small search
    assert resolved(argv).profile == "full"


def test_no_progress_turns_off_every_tqdm_bar_in_the_process():
    """tqdm reads TQDM_DISABLE when it is first imported, so the setting must come before optuna and transformers."""
    import subprocess
    import sys

    code = ("from search.run import configure_output; configure_output(False, '', progress=False); "
            "from tqdm.auto import tqdm; import sys; sys.exit(0 if tqdm(total=1).disable else 1)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TQDM_", "HF_HUB_DISABLE", "HF_DATASETS_DISABLE"))}
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0
