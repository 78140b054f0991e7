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

import logging
import os
import re
import socket
import time
from collections.abc import Callable
from pathlib import Path

HEARTBEAT_S = 30
"""A live trial writes a heartbeat this often; one silent for GRACE_S (a killed process) is marked FAIL and
retried once by RetryHeartbeatStaleTrialCallback when a worker next starts a trial. 120 s: long enough that a
long garbage collection or a slow checkpoint write never fails a live trial."""
GRACE_S = 120

log = logging.getLogger("sqltune")

JOURNAL_PREFIX = "journal:"
_HEARTBEAT_ATTR = "sqltune:heartbeat"
_PROCESS_ATTR = "sqltune:process"


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


def open_storage(url: str, heartbeat_s: int = HEARTBEAT_S, grace_s: int = GRACE_S,
                 alive: Callable[[int], bool] | None = None, process: tuple[str, str, int] | None = None,
                 clock: Callable[[], float] | None = None):
    """An Optuna storage with heartbeat and one retry of stale trials, whatever the backend.

    A running trial also counts as dead at once where the process that runs it shares this process's process table
    and is gone (``alive(pid)`` false; default: the process table says so): a rerun after a crash need not wait for
    the heartbeat's grace period. Each dead trial records why in its ``failure`` user attr. ``process``: this
    process as (host, PID namespace, pid), default the real one; ``clock``: the wall clock of the heartbeats this
    module keeps (default time.time). Given a clock, an RDB storage also judges staleness by it, from those beats,
    as the journal does, instead of by its database server's clock. Tests set these instead of starting and
    killing processes and sleeping."""
    from optuna.storages import RDBStorage

    from storage.predictions import sqlalchemy_url

    watch = (process or this_process(), alive or pid_alive, grace_s, clock or time.time)
    if url.startswith(JOURNAL_PREFIX):
        return _heartbeat_journal_class()(journal_path(url), heartbeat_s, watch)
    injected = clock is not None

    class HeartbeatRDBStorage(_WorkerWatch, RDBStorage):
        def record_heartbeat(self, trial_id: int) -> None:
            super().record_heartbeat(trial_id)
            self._record_beat(trial_id)

        def _get_stale_trial_ids(self, study_id: int) -> list[int]:
            # The database server's clock (one clock for all hosts) unless a test gave its own.
            stale = self._stale_by_clock(study_id) if injected else super()._get_stale_trial_ids(study_id)
            return self._dead_trials(study_id, stale)

    # 60 s: a write waits for the other workers' writes (milliseconds each) instead of failing at once.
    engine_kwargs = {"connect_args": {"timeout": 60}} if url.startswith("sqlite") else {"pool_pre_ping": True}
    storage = HeartbeatRDBStorage(
        sqlalchemy_url(url),
        engine_kwargs=engine_kwargs,
        heartbeat_interval=heartbeat_s,
        grace_period=grace_s,
    )
    storage._watch(*watch)
    return storage


def this_process() -> tuple[str, str, int]:
    """(host name, PID namespace, pid): containers on one host may share its name but not their process tables."""
    try:
        namespace = os.readlink("/proc/self/ns/pid")
    except OSError:
        namespace = ""
    return socket.gethostname(), namespace, os.getpid()


def pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists on this host (one of another user's counts too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def parse_worker(text: str | None) -> tuple[str, int] | None:
    """(host, pid) from a trial's ``worker`` user attr, "HOST:PID (worker N)" (search/objective.py)."""
    found = re.fullmatch(r"(.+):(\d+) \(worker \d+\)", text or "")
    return (found[1], int(found[2])) if found else None


def waiting_for(trials, grace_s: int, now: float, host: str) -> str:
    """What a worker with nothing left to run waits for: the running ``trials`` of other workers, and when each one
    counts as dead (its heartbeat ``grace_s`` old), is failed and retried. ``now``: time.time()."""
    parts = []
    for trial in trials:
        beat = trial.system_attrs.get(_HEARTBEAT_ATTR)
        if beat is None:
            beat = trial.datetime_start.timestamp() if trial.datetime_start else now
        left = max(0, round(grace_s - (now - beat)))
        worker = trial.user_attrs.get("worker")
        found = parse_worker(worker)
        if found is None:
            parts.append(f"trial {trial.number}, whose worker is starting it")
            continue
        where = "on this host" if found[0] == host else "on another host"
        parts.append(f"trial {trial.number} of worker {worker}, {where}: if that worker is dead, its heartbeat "
                     f"expires in {left} s and the trial is retried here")
    return "; ".join(parts)


class _WorkerWatch:
    """What both storages add to Optuna's heartbeat: dead workers of this host found at once, a reason on every
    trial failed as dead, a dashboard note on it, and a retry that does not inherit that reason."""

    def _watch(self, process: tuple[str, str, int], alive: Callable[[int], bool], grace_s: int,
               clock: Callable[[], float]) -> None:
        self._process, self._alive, self._grace, self._clock = process, alive, grace_s, clock
        self._claimed: set[int] = set()  # trials this process runs (it beats for them)

    def _record_beat(self, trial_id: int) -> None:
        """The beat's wall-clock time as a trial attribute, which waiting_for reads (RDBStorage keeps its own in a
        table of its schema); with the first one, which process runs the trial, which _gone reads."""
        from optuna.exceptions import UpdateFinishedTrialError

        try:
            if trial_id not in self._claimed:
                self.set_trial_system_attr(trial_id, _PROCESS_ATTR, list(self._process))
                self._claimed.add(trial_id)
            self.set_trial_system_attr(trial_id, _HEARTBEAT_ATTR, self._clock())
        except UpdateFinishedTrialError:
            pass  # the trial ended between two beats

    def _stale_by_clock(self, study_id: int) -> list[int]:
        """Running trials whose last beat (or, before the first, their start) is over the grace period old by
        ``self._clock``."""
        from optuna.trial import TrialState

        now = self._clock()
        stale = []
        for trial in self.get_all_trials(study_id, deepcopy=False, states=(TrialState.RUNNING,)):
            beat = trial.system_attrs.get(_HEARTBEAT_ATTR)
            if beat is None and trial.datetime_start is not None:
                beat = trial.datetime_start.timestamp()
            if beat is not None and now - beat > self._grace:
                stale.append(self.get_trial_id_from_study_id_trial_number(study_id, trial.number))
        return stale

    def _dead_trials(self, study_id: int, stale: list[int]) -> list[int]:
        """``stale`` (no heartbeat within the grace period) plus the running trials of this host's workers whose
        process is gone, each with its reason in the ``failure`` user attr, for Optuna to fail and retry."""
        from optuna.exceptions import UpdateFinishedTrialError
        from optuna.trial import TrialState

        dead = []
        for trial in self.get_all_trials(study_id, deepcopy=False, states=(TrialState.RUNNING,)):
            trial_id = self.get_trial_id_from_study_id_trial_number(study_id, trial.number)
            worker = trial.user_attrs.get("worker")
            if trial_id in stale:
                reason = (f"worker killed or cut off: no heartbeat for {self._grace} s from "
                          f"{worker or 'the worker that started it'}")
            elif (reason := self._gone(trial_id, trial)) is None:
                continue
            try:
                self.set_trial_user_attr(trial_id, "failure", reason)
            except UpdateFinishedTrialError:
                continue  # it ended meanwhile
            dead.append(trial_id)
        return dead

    def _gone(self, trial_id: int, trial) -> str | None:
        """Why the running ``trial`` is dead, where its process was in this process's process table and is gone."""
        process = trial.system_attrs.get(_PROCESS_ATTR)
        if not process or list(process[:2]) != list(self._process[:2]):
            return None  # another host's (or container's) processes are not ours to see: its heartbeat decides
        pid = process[2]
        # This process's own pid on a trial it does not beat for: an earlier process with that pid (a restarted
        # container).
        dead = trial_id not in self._claimed if pid == self._process[2] else not self._alive(pid)
        if not dead:
            return None
        return f"worker killed: {trial.user_attrs.get('worker', f'process {pid}')} is gone (no process {pid} on this host)"

    def get_heartbeat_stale_trial_callback(self):
        return self._retry

    def _retry(self, study, trial) -> None:
        """Optuna's one retry of a dead trial, and the reason as the trial's note. The retry starts clean: no failure
        or worker of the dead attempt, and no heartbeat or process of it, which would count it dead before its own
        first beat."""
        import copy
        import warnings

        import optuna

        retried = copy.deepcopy(trial)
        retried.user_attrs = {k: v for k, v in trial.user_attrs.items() if k not in ("failure", "worker")}
        retried.system_attrs = {k: v for k, v in trial.system_attrs.items() if k not in (_HEARTBEAT_ATTR, _PROCESS_ATTR)}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            optuna.storages.RetryHeartbeatStaleTrialCallback(max_retry=1)(study, retried)
        reason = trial.user_attrs.get("failure")
        again = ("it runs again with the same parameters" if not trial.system_attrs.get("retry_history")
                 else "a retry itself, it is not retried again")  # max_retry=1
        log.warning("trial %d failed (%s): %s", trial.number, reason or "no heartbeat", again)
        if reason:
            trial_id = self.get_trial_id_from_study_id_trial_number(
                self.get_study_id_from_name(study.study_name), trial.number)
            failure_note(optuna.trial.Trial(study, trial_id), reason)


def failure_note(trial, reason: str, outcome: str = "Failed") -> None:
    """The reason a trial failed (or was pruned without a result) as its optuna-dashboard note."""
    try:
        from optuna_dashboard import save_note
    except ImportError:  # optuna-dashboard is a dependency, but notes are a convenience, not a result
        return
    save_note(trial, f"**{outcome}**: {reason}")


def _heartbeat_journal_class():
    from optuna.storages import JournalStorage
    from optuna.storages._heartbeat import BaseHeartbeat
    from optuna.storages.journal import JournalFileBackend, JournalFileOpenLock

    class HeartbeatJournalStorage(_WorkerWatch, JournalStorage, BaseHeartbeat):
        """JournalStorage plus the heartbeat RDBStorage has, kept as a trial system attribute in the journal.

        The time is the writer's wall clock, so hosts sharing one journal need synchronised clocks (NTP), as
        they would for RDBStorage's heartbeat table.
        """

        def __init__(self, path: str, heartbeat_s: int, watch) -> None:
            # The open lock (O_CREAT|O_EXCL) works on local disks and NFSv3+; Optuna's default symlink lock needs
            # symlinks, which some network file systems lack.
            super().__init__(JournalFileBackend(path, lock_obj=JournalFileOpenLock(path)))
            self._heartbeat_s = heartbeat_s
            self._watch(*watch)

        def record_heartbeat(self, trial_id: int) -> None:
            self._record_beat(trial_id)

        def _get_stale_trial_ids(self, study_id: int) -> list[int]:
            return self._dead_trials(study_id, self._stale_by_clock(study_id))

        def get_heartbeat_interval(self) -> int | None:
            return self._heartbeat_s

    return HeartbeatJournalStorage
