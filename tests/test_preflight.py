"""A bad or damaged study storage or predictions database ends in one line naming the flag, the URL or file and the
cause, exit code 2, before any model work, with nothing written to the file (search/preflight.py)."""

import os
import shutil
import socket
import tempfile
from pathlib import Path

import optuna
import pytest

from search.preflight import DatabaseFault, check_databases, check_readable, check_writable
from search.run import main


@pytest.fixture(autouse=True)
def no_model(monkeypatch):
    """Every fault here must be found before a model would load."""
    import training.model

    def refuse(*args, **kwargs):
        raise AssertionError("a model was loaded")

    monkeypatch.setattr(training.model, "load_model", refuse)
    monkeypatch.delenv("DB_PATH", raising=False)


def run_cli(argv, tmp_path, capsys) -> str:
    """main() with argv; asserts exit code 2 and one line on stderr, which it returns."""
    code = main([*argv, "--no-progress", "--env-file", os.devnull])
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert len(err.splitlines()) == 1 and err.startswith("error: "), err
    return err


def study_file(folder: Path) -> Path:
    path = folder / "study.db"
    study = optuna.create_study(study_name="s", storage=f"sqlite:///{path}")
    for x in range(20):
        study.enqueue_trial({"x": x / 20})
    study.optimize(lambda t: t.suggest_float("x", 0, 1), n_trials=20)
    return path


def damage(path: Path, how: str) -> None:
    size = path.stat().st_size
    with path.open("r+b") as f:
        if how == "truncated":
            f.truncate(size // 2)
        elif how == "header":
            f.write(b"\0" * 100)
        elif how == "middle":
            f.seek(size // 2)
            f.write(bytes(range(256)) * 32)


@pytest.mark.parametrize("how, cause", [
    ("truncated", "is corrupted (database disk image is malformed)"),
    ("header", "is not a SQLite database"),
    ("middle", "is corrupted (database disk image is malformed)"),
])
def test_a_damaged_study_file_is_named_and_left_as_it_was(tmp_path, capsys, monkeypatch, how, cause):
    monkeypatch.chdir(tmp_path)
    path = study_file(tmp_path)
    damage(path, how)
    before = path.read_bytes()
    err = run_cli(["--storage", f"sqlite:///{path}"], tmp_path, capsys)
    assert err.startswith(f"error: --storage sqlite:///{path}: {path} {cause}") and "nothing was written" in err
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["study.db"]
    # The report says the same in one line.
    from search.report import main as report

    assert report(["--storage", f"sqlite:///{path}", "--study-name", "s", "--out", str(tmp_path / "r")]) == 2
    assert f"--storage sqlite:///{path}: {path} {cause}" in capsys.readouterr().err
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["study.db"]


def test_a_damaged_predictions_file_names_where_it_came_from(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bad = tmp_path / "p.db"
    bad.write_text("not a database\n" * 20)
    monkeypatch.setenv("DB_PATH", str(bad))
    err = run_cli(["--storage", f"sqlite:///{tmp_path / 's.db'}"], tmp_path, capsys)
    assert err.startswith(f"error: DB_PATH sqlite:///{bad}: {bad} is not a SQLite database")
    assert not (tmp_path / "s.db").exists()  # the healthy one is not created either


def test_a_healthy_file_is_probed_without_a_change(tmp_path):
    path = study_file(tmp_path)
    before = path.read_bytes()
    check_databases(f"sqlite:///{path}", f"sqlite:///{path}", "--storage")
    check_writable("--db", f"sqlite:///{tmp_path / 'new.db'}", "predictions")  # not there yet: not created
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["study.db"]
    assert optuna.load_study(study_name="s", storage=f"sqlite:///{path}").trials  # still a study


@pytest.mark.parametrize("argv, env, message", [
    (["--storage", "mysql://x/y"], {}, "error: --storage mysql://x/y: the mysql driver is not installed "
                                       "(No module named 'MySQLdb'): pip install mysqlclient"),
    (["--db", "foo://bar"], {}, "error: --db foo://bar: SQLAlchemy knows no database 'foo'"),
    ([], {"DB_PATH": "mysql+nope://x"}, "error: DB_PATH mysql+nope://x: SQLAlchemy knows no database 'mysql+nope'"),
])
def test_a_database_without_its_driver_says_what_to_install(tmp_path, capsys, monkeypatch, argv, env, message):
    monkeypatch.chdir(tmp_path)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert run_cli(argv, tmp_path, capsys).startswith(message)
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_postgresql_server_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://me:secret@127.0.0.1:{port}/sqltune"
    err = run_cli(["--storage", url], tmp_path, capsys)
    assert err.startswith(f"error: --storage postgresql://me:***@127.0.0.1:{port}/sqltune: cannot connect: ")
    assert "refused" in err.lower() and "secret" not in err


def test_a_damaged_journal_is_named(tmp_path):
    log = tmp_path / "study.log"
    optuna.create_study(study_name="s", storage=optuna.storages.JournalStorage(
        optuna.storages.journal.JournalFileBackend(str(log)))).optimize(lambda t: t.suggest_float("x", 0, 1), n_trials=3)
    check_writable("--storage", f"journal:{log}", "studies")
    with log.open("ab") as f:
        f.write(b'{"op_code": 5, "worker_id": "w", "trial_id": 0, "da')  # a writer killed mid-line: Optuna skips it
    check_readable("--storage", f"journal:{log}")
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join([lines[0], b"\x00garbage\n", *lines[1:]]))
    with pytest.raises(DatabaseFault, match=r"^--storage journal:.*study.log is not an Optuna journal or is corrupted "
                                            r"\(line 2 is no journal record\)"):
        check_writable("--storage", f"journal:{log}", "studies")


def as_unprivileged(check) -> str:
    """Run ``check()`` where file permissions apply (root passes them all: then in a child as user nobody); return
    the DatabaseFault message, or "" when it passed."""
    def run() -> str:
        try:
            check()
        except DatabaseFault as exc:
            return str(exc)
        return ""

    if os.geteuid() != 0:
        return run()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, run, report through the pipe, never return into pytest
        try:
            os.close(read)
            os.setgid(65534)
            os.setuid(65534)
            os.write(write, run().encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as f:
        out = f.read().decode()
    os.waitpid(pid, 0)
    return out


@pytest.fixture
def shared_dir():
    """A folder that user nobody can enter (pytest's own tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="sqltune-preflight-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def test_a_read_only_folder_is_named(shared_dir):
    folder = shared_dir / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    message = as_unprivileged(lambda: check_writable("--storage", f"sqlite:///{folder / 'study.db'}", "studies"))
    assert message.startswith(f"--storage sqlite:///{folder / 'study.db'}: folder {folder} is read-only")
    message = as_unprivileged(lambda: check_writable("--storage", f"journal:{folder / 'study.log'}", "studies"))
    assert message.startswith(f"--storage journal:{folder / 'study.log'}: folder {folder} is read-only")
    assert list(folder.iterdir()) == []


def test_a_read_only_study_file_is_named_and_left_as_it_was(shared_dir):
    shared_dir.chmod(0o777)  # the folder takes new files; the file itself is read-only to others
    path = study_file(shared_dir)
    path.chmod(0o644)
    before = path.read_bytes()
    message = as_unprivileged(lambda: check_writable("--storage", f"sqlite:///{path}", "studies"))
    assert message.startswith(f"--storage sqlite:///{path}: {path} is read-only")
    assert as_unprivileged(lambda: check_readable("--storage", f"sqlite:///{path}")) == ""  # the report may read it
    assert path.read_bytes() == before and sorted(p.name for p in shared_dir.iterdir()) == ["study.db"]
