"""Optuna storage from a URL: SQLite, PostgreSQL (or any SQLAlchemy RDB) and Optuna's journal file.

Which to use (docs/multi-worker.md has the longer version):

- ``sqlite:///study.db``: one machine. SQLite locks the whole file for each write; with a 60 s busy timeout
  several worker processes on one host wait their turn instead of failing with "database is locked" (four processes
  writing as fast as they can pass tests/test_storage.py; without the timeout they fail). Not across hosts: file
  locks over network file systems are not to be trusted.
- ``postgresql://user@host/db``: many processes and many hosts on one study; the only choice across hosts.
- ``journal:PATH`` (Optuna's JournalStorage on an append-only file with a file lock): many processes on one
  host or a shared file system, no server to run. Optuna 5 gives the journal no heartbeat, so this module
  adds one (``HeartbeatJournalStorage``): without it a worker killed mid-trial would leave its trial RUNNING
  for ever and the study would never reach --trials.
"""

from __future__ import annotations

import time
from pathlib import Path

HEARTBEAT_S = 30
"""A live trial writes a heartbeat this often; one silent for GRACE_S (a killed process) is marked FAIL and
retried once by RetryHeartbeatStaleTrialCallback when a worker next starts a trial. 120 s: long enough that a
long garbage collection or a slow checkpoint write never fails a live trial."""
GRACE_S = 120

JOURNAL_PREFIX = "journal:"
_HEARTBEAT_ATTR = "sqltune:heartbeat"


def check_storage(url: str) -> None:
    """Raise ValueError naming --storage when ``url`` is not a storage this tool can open."""
    if url.startswith(JOURNAL_PREFIX):
        if not journal_path(url):
            raise ValueError(f"--storage: journal storage needs a file path, e.g. journal:study.log, got {url!r}")
    elif not url.startswith(("sqlite:///", "postgresql", "postgres://", "mysql")):
        raise ValueError(
            "--storage must be sqlite:///FILE, postgresql://USER@HOST/DB or journal:FILE, got " + repr(url)
        )
    check_folder("--storage", url)


def local_file(url: str) -> tuple[str, str] | None:
    """(path, "SQLite" or "journal") of the file a SQLite or journal URL names; None for a database server or an
    in-memory SQLite. Raises ValueError when ``url`` is not a URL at all."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if url.startswith(JOURNAL_PREFIX):
        return journal_path(url), "journal"
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ValueError(f"not a valid URL: {url!r} ({exc})") from None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return parsed.database, "SQLite"


def check_folder(flag: str, url: str) -> None:
    """Raise ValueError naming ``flag`` when the file ``url`` names would go into a folder that does not exist
    (SQLite's own message is a traceback ending in "unable to open database file", once the search opens it)."""
    try:
        found = local_file(url)
    except ValueError as exc:
        raise ValueError(f"{flag}: {exc}") from None
    if found is not None:
        folder = Path(found[0]).expanduser().parent
        if not folder.is_dir():
            raise ValueError(f"{flag}: folder not found: {folder} (for the {found[1]} file {found[0]})")


def journal_path(url: str) -> str:
    """``journal:study.log`` -> ``study.log``; ``journal:///tmp/s.log`` -> ``/tmp/s.log``."""
    path = url[len(JOURNAL_PREFIX):]
    return path[2:] if path.startswith("//") else path


def default_predictions_db(url: str) -> str:
    """The predictions table goes beside the study: into the same database, or a SQLite file next to a journal."""
    if url.startswith(JOURNAL_PREFIX):
        return f"sqlite:///{journal_path(url)}.predictions.db"
    return url


def dashboard_target(url: str) -> str:
    """What to give optuna-dashboard: the journal file itself, or the RDB URL."""
    return journal_path(url) if url.startswith(JOURNAL_PREFIX) else url


def open_storage(url: str, heartbeat_s: int = HEARTBEAT_S, grace_s: int = GRACE_S):
    """An Optuna storage with heartbeat and one retry of stale trials, whatever the backend."""
    from optuna.storages import RDBStorage, RetryHeartbeatStaleTrialCallback

    from storage.predictions import sqlalchemy_url

    retry = RetryHeartbeatStaleTrialCallback(max_retry=1)
    if url.startswith(JOURNAL_PREFIX):
        return _heartbeat_journal_class()(journal_path(url), heartbeat_s, grace_s, retry)
    # 60 s: a write waits for the other workers' writes (milliseconds each) instead of failing at once.
    engine_kwargs = {"connect_args": {"timeout": 60}} if url.startswith("sqlite") else {"pool_pre_ping": True}
    return RDBStorage(
        sqlalchemy_url(url),
        engine_kwargs=engine_kwargs,
        heartbeat_interval=heartbeat_s,
        grace_period=grace_s,
        heartbeat_stale_trial_callback=retry,
    )


def _heartbeat_journal_class():
    from optuna.storages import JournalStorage
    from optuna.storages._heartbeat import BaseHeartbeat
    from optuna.storages.journal import JournalFileBackend, JournalFileOpenLock
    from optuna.trial import TrialState

    class HeartbeatJournalStorage(JournalStorage, BaseHeartbeat):
        """JournalStorage plus the heartbeat RDBStorage has, kept as a trial system attribute in the journal.

        The time is the writer's wall clock, so hosts sharing one journal need synchronised clocks (NTP), as
        they would for RDBStorage's heartbeat table.
        """

        def __init__(self, path: str, heartbeat_s: int, grace_s: int, stale_callback) -> None:
            # The open lock (O_CREAT|O_EXCL) works on local disks and NFSv3+; Optuna's default symlink lock needs
            # symlinks, which some network file systems lack.
            super().__init__(JournalFileBackend(path, lock_obj=JournalFileOpenLock(path)))
            self._heartbeat_s = heartbeat_s
            self._grace_s = grace_s
            self._stale_callback = stale_callback

        def record_heartbeat(self, trial_id: int) -> None:
            from optuna.exceptions import UpdateFinishedTrialError

            try:
                self.set_trial_system_attr(trial_id, _HEARTBEAT_ATTR, time.time())
            except UpdateFinishedTrialError:
                pass  # the trial ended between two beats

        def _get_stale_trial_ids(self, study_id: int) -> list[int]:
            now = time.time()
            stale = []
            for trial in self.get_all_trials(study_id, deepcopy=False, states=(TrialState.RUNNING,)):
                beat = trial.system_attrs.get(_HEARTBEAT_ATTR)
                if beat is None and trial.datetime_start is not None:
                    beat = trial.datetime_start.timestamp()
                if beat is not None and now - beat > self._grace_s:
                    stale.append(trial._trial_id)
            return stale

        def get_heartbeat_interval(self) -> int | None:
            return self._heartbeat_s

        def get_heartbeat_stale_trial_callback(self):
            return self._stale_callback

    return HeartbeatJournalStorage
