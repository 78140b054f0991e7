"""optuna-dashboard, started for real on loopback, serves the study: trials, intermediate values, user attrs."""

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import optuna
import pytest

pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture
def dashboard(best_study):
    storage, name, _ = best_study
    study = optuna.load_study(study_name=name, storage=storage)
    artifact_dir = Path(study.best_trial.user_attrs["artifact_dir"]).parent.parent / "optuna-artifacts"
    port = free_port()
    exe = Path(sys.executable).parent / "optuna-dashboard"
    proc = subprocess.Popen(
        [str(exe), storage, "--host", "127.0.0.1", "--port", str(port), "--artifact-dir", str(artifact_dir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                get_json(f"{base}/api/meta")
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"optuna-dashboard exited: {proc.stderr.read().decode()[-2000:]}")
                time.sleep(0.5)
        else:
            pytest.fail("optuna-dashboard did not answer within 60 s")
        yield base, study
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_dashboard_serves_the_study(dashboard, best_study):
    base, study = dashboard
    studies = get_json(f"{base}/api/studies")["study_summaries"]
    summary = next(s for s in studies if s["study_name"] == study.study_name)
    detail = get_json(f"{base}/api/studies/{summary['study_id']}")
    trials = detail["trials"]
    assert len(trials) == len(study.trials)
    finished = [t for t in trials if t["state"] in ("Complete", "Pruned")]
    assert finished
    for t in finished:
        assert t["intermediate_values"], t["number"]
        assert {p["name"] for p in t["params"]} == {"learning_rate", "epochs", "lora_rank"}
        attrs = {a["key"] for a in t["user_attrs"]}
        assert {"epoch_ex", "train_loss", "tokens_per_second", "artifact_dir", "peak_memory_mb"} <= attrs
        assert t["note"]["body"].startswith("**Validation EX")
        assert {a["filename"] for a in t["artifacts"]} >= {"metrics.json", "config.json"}
    study_attrs = {a["key"] for a in detail["user_attrs"]}
    assert {"baseline_validation_ex", "baseline_test_ex", "best_test_ex"} <= study_attrs
    if best_study[2] is not None:  # a search of this checkout's code, not an earlier study.db
        assert detail["objective_names"] == ["validation EX"]
        assert f"best-trial-{study.best_trial.number}-adapter.zip" in {a["filename"] for a in detail["artifacts"]}
