"""``--workers N`` / ``--gpus 0,1``: one child process per GPU (or per share of the CPU cores), all running
trials of the same study through Optuna's storage. The parent runs the baseline (beside GPU workers, before CPU
workers) and the final phase after they end, so each runs once per study however many workers there are.

Why a parent rather than a claim row in the storage: the baseline and the final phase are each one job that
must run exactly once, and the final one must run after the last trial. A single parent process gives both
orderings for free and nothing can be left claimed by a killed worker. Extra hosts run ``--phase trials``
against the same PostgreSQL study; their trials count towards the same --trials cap.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
from dataclasses import dataclass

log = logging.getLogger("sqltune")

_PARENT_ONLY = ("--workers", "--gpus", "--phase", "--worker-id")


@dataclass(frozen=True)
class WorkerPlan:
    """What each child gets: its CUDA device (None on CPU) and its CPU thread count."""

    gpus: tuple[str | None, ...]
    threads: int


def plan_workers(workers: int, gpus: tuple[str, ...], cuda_count: int, cpu_count: int,
                 visible: str | None = None) -> WorkerPlan:
    """One worker per listed GPU; else the first ``workers`` visible GPUs; else CPU workers sharing the cores.

    ``visible``: the parent's CUDA_VISIBLE_DEVICES. A child's own CUDA_VISIBLE_DEVICES names a GPU as the parent's
    environment does, so with CUDA_VISIBLE_DEVICES=2,3 the first two workers get "2" and "3", not "0" and "1"."""
    if gpus:
        return WorkerPlan(tuple(gpus), max(1, cpu_count // len(gpus)))
    if cuda_count == 0:
        return WorkerPlan((None,) * workers, max(1, cpu_count // workers))
    if workers > cuda_count:
        raise ValueError(f"--workers {workers}: only {cuda_count} GPU(s) visible (one worker per GPU; "
                         "--gpus 0,0 runs two workers on GPU 0)")
    names = list(gpu_ids(visible or "")) or [str(i) for i in range(cuda_count)]
    return WorkerPlan(tuple(names[:workers]), max(1, cpu_count // workers))


def gpu_ids(text: str) -> tuple[str, ...]:
    """The device names in a comma-separated list such as CUDA_VISIBLE_DEVICES or --gpus ("0, 1" -> ("0", "1"))."""
    return tuple(x.strip() for x in text.split(",") if x.strip())


def one_gpu(visible: str | None) -> str:
    """CUDA_VISIBLE_DEVICES for a process that trains in itself: the first GPU it would see.

    transformers' Trainer wraps the model in nn.DataParallel when one process sees several GPUs, and trl's SFTTrainer
    refuses that: on a 2-GPU H200 host every training run in a process seeing both GPUs failed with that error. One
    process trains on one GPU; more GPUs are used through --workers / --gpus, one process each. "" (no GPU) stays."""
    if visible is None:
        return "0"
    ids = gpu_ids(visible)
    return ids[0] if ids else visible


def child_argv(argv: list[str], worker_id: int) -> list[str]:
    """The parent's arguments minus the parent-only flags, plus this worker's phase and id."""
    out: list[str] = []
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token in _PARENT_ONLY:
            skip = True
            continue
        if token.startswith(tuple(f"{flag}=" for flag in _PARENT_ONLY)):
            continue
        out.append(token)
    return out + ["--phase", "trials", "--worker-id", str(worker_id)]


def child_env(base_env: dict[str, str], gpu: str | None, threads: int) -> dict[str, str]:
    env = dict(base_env)
    env["OMP_NUM_THREADS"] = str(threads)
    # A CPU worker must not see a GPU either: "" hides them all.
    env["CUDA_VISIBLE_DEVICES"] = gpu if gpu is not None else ""
    return env


class Workers:
    """The worker processes of one search. ``start`` launches them and returns a context manager that stops
    (SIGINT) any still running when its block raises; ``wait`` waits for all of them."""

    def __init__(self, argv: list[str], plan: WorkerPlan, base_env: dict[str, str]) -> None:
        self.argv, self.plan, self.base_env = argv, plan, base_env
        self.children: list[subprocess.Popen] = []

    @property
    def on_gpu(self) -> bool:
        return self.plan.gpus[0] is not None

    def start(self) -> Workers:
        """Launch the workers, once (a second call returns the running ones)."""
        if self.children:
            return self
        for worker_id, gpu in enumerate(self.plan.gpus):
            command = [sys.executable, "-m", "search.run", *child_argv(self.argv, worker_id)]
            self.children.append(subprocess.Popen(command, env=child_env(self.base_env, gpu, self.plan.threads)))
            log.info("worker %d: pid %d on %s", worker_id, self.children[-1].pid, f"GPU {gpu}" if gpu is not None else "CPU")
        return self

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if exc is not None:
            self.stop()

    def wait(self) -> bool:
        """Wait for every worker; True when all exited normally (0)."""
        codes = [child.wait() for child in self.children]
        for worker_id, code in enumerate(codes):
            if code != 0:
                how = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
                log.error("worker %d (pid %d) ended with %s", worker_id, self.children[worker_id].pid, how)
        return all(code == 0 for code in codes)

    def stop(self) -> None:
        for child in self.children:
            if child.poll() is None:
                child.send_signal(signal.SIGINT)
        for child in self.children:
            child.wait()
