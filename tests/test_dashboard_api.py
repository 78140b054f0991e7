"""What optuna-dashboard shows of a study, read through its HTTP API in-process (no model: training is faked):
the metric's name, each trial's files and note (a failed one's reason too), and the best adapter in the store."""

import io
import zipfile

import pytest
import torch

import search.objective as objective_module
import search.study as study_module
from evaluation.evaluate import EvalResult
from evaluation.metrics import ExampleResult
from search.config import SearchConfig
from search.space import SearchSpace
from search.objective import Objective, SharedState
from storage.artifacts import store_path, upload_best_adapter, write_json
from tests.dashboard_api import app, get_bytes, notes, study_detail
from training.sft import TrainResult


def example(i: int, correct: bool) -> ExampleResult:
    return ExampleResult(id=f"v{i}", db_id="shop", difficulty="easy", question=f"q{i}", gold="SELECT 1",
                         predicted="SELECT 1" if correct else "SELECT 2", correct=correct,
                         error=None if correct else "wrong_result", message="", exact_match=correct, valid_sql=True,
                         gold_empty=False, latency_ms=1.0)


class Adapter(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lora = torch.nn.Parameter(torch.zeros(1))


def fake_save(folder, write_adapter, config, metrics):
    """What artifacts.save_trial writes, without peft."""
    (folder / "adapter").mkdir(parents=True, exist_ok=True)
    write_json(folder / "adapter" / "adapter_config.json", {"r": 4})
    (folder / "adapter" / "adapter_model.safetensors").write_bytes(b"weights")
    write_json(folder / "config.json", config)
    write_json(folder / "metrics.json", metrics)
    return folder


def test_the_dashboard_shows_the_metric_files_notes_and_best_adapter(tmp_path, monkeypatch, capsys):
    config = SearchConfig(storage=f"sqlite:///{tmp_path / 'study.db'}", predictions_db=f"sqlite:///{tmp_path / 'study.db'}",
                          artifacts=tmp_path / "artifacts", study_name="d", pruning=False,
                          space=SearchSpace(learning_rate=(3e-4, 5e-3)))
    results = iter([[True, False], [True, True]])  # trial 0: 50 %, trial 1: 100 %, trial 2 fails
    monkeypatch.setattr(objective_module, "attach_adapter", lambda m, cfg: m)
    monkeypatch.setattr(objective_module, "detach_adapter", lambda m: m)
    monkeypatch.setattr(objective_module, "suggest_train_config",
                        lambda trial, base, space: base.__class__(epochs=1, learning_rate=trial.suggest_float("lr", 1e-4, 1e-2)))

    def train(peft_model, *args, on_epoch_end, **kwargs):
        on_epoch_end(1, peft_model)
        return TrainResult(epochs_done=1)

    def evaluate(*args, **kwargs):
        try:
            outcome = next(results)
        except StopIteration:
            raise RuntimeError("CUDA error: an illegal memory access was encountered") from None
        records = [example(i, ok) for i, ok in enumerate(outcome)]
        ex = sum(outcome) / len(outcome)
        return EvalResult(records, {"ex": ex, "correct": sum(outcome), "n": len(outcome),
                                    "by_difficulty": {"easy": {"ex": ex, "n": len(outcome)}}}, 0.1)

    monkeypatch.setattr(objective_module, "train_adapter", train)
    monkeypatch.setattr(objective_module, "evaluate", evaluate)
    monkeypatch.setattr(objective_module.artifacts, "save_trial", fake_save)
    kept = []
    state = SharedState(config, Adapter(), None, None, None, None, lambda *trial: kept.append(trial), lambda m: m)
    study = study_module.open_study(config)
    with pytest.raises(RuntimeError):
        study.optimize(Objective(state), n_trials=3)
    assert [number for number, _, _ in kept] == [0, 1]  # the finished trials' predictions, handed to the caller
    best = study.best_trial
    assert upload_best_adapter(study, best.number, folder := tmp_path / "artifacts" / "d" / "trial-1" / "adapter",
                               config.artifacts)
    assert upload_best_adapter(study, best.number, folder, config.artifacts) is None  # once, however many reruns

    detail = study_detail(config.storage, "d", store_path(config.artifacts))
    assert detail["objective_names"] == ["validation EX"]  # not "Objective 0"
    by_number = {t["number"]: t for t in detail["trials"]}
    for number in (0, 1):
        assert {a["filename"] for a in by_number[number]["artifacts"]} == {"config.json", "metrics.json",
                                                                          "adapter_config.json"}
        assert by_number[number]["note"]["body"].startswith("**Validation EX")
    assert notes(detail)[2] == "**Failed**: RuntimeError: CUDA error: an illegal memory access was encountered"
    assert {a["key"]: a["value"] for a in by_number[2]["user_attrs"]}["failure"].startswith("RuntimeError: CUDA error")
    (archive,) = [a for a in detail["artifacts"] if a["filename"] == "best-trial-1-adapter.zip"]
    served = get_bytes(app(config.storage, store_path(config.artifacts)),
                       f"/artifacts/{detail['study_id']}/{archive['artifact_id']}")
    with zipfile.ZipFile(io.BytesIO(served)) as z:
        assert sorted(z.namelist()) == ["adapter/adapter_config.json", "adapter/adapter_model.safetensors"]
        assert z.read("adapter/adapter_model.safetensors") == b"weights"
    # The closing hint starts the dashboard with the store, so that the trial pages list these files.
    study_module.summarize(config, study, None, 1.0)
    assert (f"dashboard: optuna-dashboard sqlite:///{tmp_path / 'study.db'} --artifact-dir "
            f"{tmp_path / 'artifacts' / 'optuna-artifacts'}") in capsys.readouterr().out
