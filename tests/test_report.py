"""python -m search.report on a small hand-made study: no model, a few seconds."""

import html
import re

import optuna
import pytest
from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution
from optuna.trial import TrialState, create_trial

from evaluation.metrics import ExampleResult
from search.report import main
from storage.predictions import RunInfo, open_predictions, save_predictions

DISTRIBUTIONS = {
    "learning_rate": FloatDistribution(3e-4, 5e-3, log=True),
    "epochs": IntDistribution(1, 3),
    "lora_rank": CategoricalDistribution([4, 8, 16, 32]),
}
# The wrong prediction's gold SQL: the report must escape its '<' and '&'.
TRICKY_GOLD = "SELECT name FROM products WHERE price < 10 AND tag = 'a&b'"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def trial(state, lr, epochs, rank, epoch_ex, **attrs):
    """A finished trial; a complete one's value is its last epoch's EX, a pruned one keeps None (as in old Optuna)."""
    return create_trial(
        state=state,
        value=epoch_ex[-1] if state == TrialState.COMPLETE else None,
        params={"learning_rate": lr, "epochs": epochs, "lora_rank": rank},
        distributions=DISTRIBUTIONS,
        intermediate_values={i + 1: v for i, v in enumerate(epoch_ex)},
        user_attrs={"epoch_ex": epoch_ex, **attrs} if epoch_ex else attrs,
    )


def record(i, db, difficulty, correct, error=None, gold="SELECT 1", predicted="SELECT 1"):
    return ExampleResult(
        id=f"test-{i}", db_id=db, difficulty=difficulty, question=f"question {i}?", gold=gold, predicted=predicted,
        correct=correct, error=None if correct else error or "wrong_result", message="", exact_match=correct,
        valid_sql=correct, gold_empty=False, latency_ms=5.0,
    )


def make_study(tmp_path, trials, name="sqltune"):
    url = f"sqlite:///{tmp_path / 'study.db'}"
    study = optuna.create_study(study_name=name, storage=url, direction="maximize")
    for t in trials:
        study.add_trial(t)
    study.set_user_attr("baseline_validation_ex", 0.05)
    study.set_user_attr("baseline_test_ex", 0.25)
    study.set_user_attr("baseline_test_ex_official", 0.3)
    complete = [t for t in study.trials if t.state == TrialState.COMPLETE]
    if complete:
        study.set_user_attr("final_trial", study.best_trial.number)
        study.set_user_attr("best_test_ex", 0.625)
        study.set_user_attr("best_test_ex_official", 0.7)
        study.set_user_attr("final_settings", {"candidates": 8, "batch_size": 128})
    return url, study


def write_predictions(url, name, final_trial):
    engine = open_predictions(url)
    baseline = [record(i, db, d, i % 4 == 0, error=("syntax", "runtime", "wrong_result")[i % 3])
                for i, (db, d) in enumerate(EXAMPLES)]
    final = [record(i, db, d, i % 8 not in (1, 3, 6), error="wrong_result" if i != 3 else "timeout",
                    gold=TRICKY_GOLD if i == 1 else "SELECT 1", predicted="SELECT name FROM products")
             for i, (db, d) in enumerate(EXAMPLES)]
    save_predictions(engine, RunInfo(name, "baseline", "test", "m"), baseline)
    if final_trial is not None:
        save_predictions(engine, RunInfo(name, "final", "test", "m", trial=final_trial, adapter="a"), final)
    engine.dispose()


EXAMPLES = [(db, d) for db in ("shop", "concert_singer") for d in ("easy", "medium", "hard", "extra")] * 2

FULL_TRIALS = [
    (TrialState.COMPLETE, 1.2e-3, 2, 8, [0.10, 0.20], {"total_seconds": 95.0}),
    (TrialState.COMPLETE, 3.1e-3, 3, 16, [0.15, 0.30, 0.45], {"total_seconds": 140.0}),
    (TrialState.PRUNED, 4.0e-4, 3, 4, [0.02], {"total_seconds": 40.0}),
    (TrialState.FAIL, 4.5e-3, 2, 32, [], {"failure": "out of memory: CUDA <oom>"}),
    (TrialState.COMPLETE, 2.1e-3, 3, 16, [0.20, 0.35, 0.40], {"total_seconds": 150.0}),
    (TrialState.PRUNED, 7.0e-4, 2, 8, [0.12, 0.14], {}),
    (TrialState.FAIL, 1.0e-3, 1, 4, [], {"surplus": True}),  # a worker lost the race for the last slot
]


def build(tmp_path, spec, name="sqltune"):
    trials = [trial(state, lr, ep, rank, ex, **attrs) for state, lr, ep, rank, ex, attrs in spec]
    url, study = make_study(tmp_path, trials, name)
    write_predictions(url, name, study.user_attrs.get("final_trial"))
    return url, study


def images(index):
    return re.findall(r'<img src="([^"]+)"', index.read_text(encoding="utf-8"))


def test_full_report(tmp_path, capsys):
    url, study = build(tmp_path, FULL_TRIALS)
    out = tmp_path / "reports" / "sqltune"
    assert main(["--storage", url, "--study-name", "sqltune", "--out", str(out), "--attribution", "Spider <CC BY-SA 4.0>"]) == 0
    index = out / "index.html"
    assert capsys.readouterr().out.strip() == str(index)
    text = index.read_text(encoding="utf-8")
    srcs = images(index)
    assert sorted(srcs) == sorted(["history.png", "importances.png", "intermediate.png", "by_difficulty.png",
                                   "by_database.png", "errors.png"])
    for src in srcs:
        data = (out / src).read_bytes()
        assert data.startswith(PNG_MAGIC) and len(data) > 10_000, src
    assert study.best_trial.number == 1
    assert "Best trial <b>1</b>" in text and "learning_rate=0.0031, epochs=3, lora_rank=16" in text
    assert html.escape(TRICKY_GOLD) in text and TRICKY_GOLD not in text
    assert "CUDA &lt;oom&gt;" in text and "Spider &lt;CC BY-SA 4.0&gt;" in text and "CC BY-SA 4.0" in text
    assert "62.5 %" in text and "25.0 %" in text and "5.0 %" in text  # best test, baseline test, baseline validation
    # test EX under both semantics: strict first, official beside it
    assert "<th>test EX (strict)</th><th>test EX (official)</th>" in text
    assert re.search(r"25\.0 %</td><td class=\"num\">30\.0 %", text) and re.search(r"62\.5 %</td><td class=\"num\">70\.0 %", text)
    assert "3 complete, 2 pruned, 1 failed, 1 surplus (never ran" in text
    assert "<td>surplus</td>" in text
    assert "Final test predictions: 8 beam-search hypotheses per question" in text
    assert "10.0 % → 20.0 %" in text and "2 min 20 s" in text
    assert not re.search(r"https?://", text)  # nothing fetched from elsewhere
    assert [p.name for p in out.parent.iterdir()] == ["sqltune"]  # no staging folder left behind


def test_rerun_replaces_earlier_report(tmp_path):
    url, _ = build(tmp_path, FULL_TRIALS)
    out = tmp_path / "out"
    assert main(["--storage", url, "--out", str(out)]) == 0
    (out / "stale.png").write_bytes(PNG_MAGIC)
    assert main(["--storage", url, "--out", str(out)]) == 0
    assert not (out / "stale.png").exists() and (out / "history.png").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "study.db"]


def test_one_complete_trial_says_why_importances_are_missing(tmp_path):
    url, _ = build(tmp_path, [FULL_TRIALS[0], FULL_TRIALS[2]])
    out = tmp_path / "one"
    assert main(["--storage", url, "--out", str(out)]) == 0
    text = (out / "index.html").read_text(encoding="utf-8")
    assert "importances.png" not in images(out / "index.html") and not (out / "importances.png").exists()
    assert "need at least 2 complete trials; the study has 1" in text
    for src in images(out / "index.html"):
        assert (out / src).read_bytes().startswith(PNG_MAGIC)


def test_no_trials_no_predictions_still_reports(tmp_path):
    url, _ = make_study(tmp_path, [])
    out = tmp_path / "empty"
    assert main(["--storage", url, "--out", str(out)]) == 0
    text = (out / "index.html").read_text(encoding="utf-8")
    assert images(out / "index.html") == []
    assert "has no predictions table" in text and "no complete or pruned trial yet" in text


def test_missing_study(tmp_path, capsys):
    url, _ = build(tmp_path, FULL_TRIALS[:2], name="other")
    out = tmp_path / "reports" / "sqltune"
    assert main(["--storage", url, "--study-name", "sqltune", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--study-name" in err and "'sqltune'" in err and url in err and "'other'" in err
    assert not (tmp_path / "reports").exists()


@pytest.mark.parametrize("flags, message", [
    (["--storage", "nonsense"], "--storage"),
    (["--storage", "sqlite:///{tmp}/missing.db"], "--storage: SQLite file not found"),
    (["--db", "{tmp}/missing.db"], "--db: SQLite file not found"),
    (["--out", "{tmp}/study.db/report"], "--out: cannot create"),
])
def test_bad_flags(tmp_path, capsys, flags, message):
    url, _ = build(tmp_path, FULL_TRIALS[:2])
    flags = [f.format(tmp=tmp_path) for f in flags]
    argv = ["--storage", url, "--out", str(tmp_path / "r"), *flags]  # the last of a repeated flag wins
    assert main(argv) == 2
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["study.db"]


def test_out_folder_with_other_files_is_refused(tmp_path, capsys):
    url, _ = build(tmp_path, FULL_TRIALS[:2])
    precious = tmp_path / "work"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    assert main(["--storage", url, "--out", str(precious)]) == 2
    assert "--out" in capsys.readouterr().err
    assert (precious / "notes.txt").read_text() == "keep me"


def test_sqlite_file_without_a_study_is_left_untouched(tmp_path, capsys):
    other = tmp_path / "predictions.db"
    write_predictions(f"sqlite:///{other}", "sqltune", None)
    before = other.read_bytes()
    assert main(["--storage", f"sqlite:///{other}", "--out", str(tmp_path / "r")]) == 2
    assert "holds no Optuna study" in capsys.readouterr().err
    assert other.read_bytes() == before and not (tmp_path / "r").exists()


def test_journal_storage(tmp_path):
    from optuna.storages import JournalStorage
    from optuna.storages.journal import JournalFileBackend

    log = tmp_path / "study.log"
    study = optuna.create_study(study_name="sqltune", storage=JournalStorage(JournalFileBackend(str(log))),
                                direction="maximize")
    for state, lr, ep, rank, ex, attrs in FULL_TRIALS[:3]:
        study.add_trial(trial(state, lr, ep, rank, ex, **attrs))
    db = tmp_path / "predictions.db"
    write_predictions(f"sqlite:///{db}", "sqltune", 1)
    out = tmp_path / "r"
    assert main(["--storage", f"journal:{log}", "--out", str(out)]) == 2  # default study.log.predictions.db is missing
    assert main(["--storage", f"journal:{log}", "--db", str(db), "--out", str(out)]) == 0
    text = (out / "index.html").read_text(encoding="utf-8")
    assert "learning_rate=0.0031, epochs=3, lora_rank=16" in text and html.escape(TRICKY_GOLD) in text
