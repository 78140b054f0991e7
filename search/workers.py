"""``--workers N`` / ``--gpus 0,1`` / ``--workers-per-gpu N|auto``: child processes on GPUs (several may share one)
or on shares of the CPU cores, all running trials of the same study through Optuna's storage. The parent runs the
baseline (beside GPU workers, before CPU workers) and the final phase once the study holds its trials, so each runs once
per study however many workers there are.

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
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("sqltune")

MAX_WORKERS_PER_GPU = 4
"""The most workers ``--workers-per-gpu auto`` puts on one GPU. On the H200 the default search took 300 s with 2
workers on the GPU (cold model cache), 205-258 s with 3 and 163-200 s with 4 (benchmarks/README.md); more were not
measured."""
SHARED_GPU_MAX_PARAMETERS = 1_000_000_000
"""Models with fewer parameters share a GPU under ``--workers-per-gpu auto``. A SmolLM2-135M training step on the H200
is 47 ms of GPU kernels in ~0.38 s: the GPU idles between kernel launches, and other workers' trials fill the gaps.
A Mistral-7B step is 454 ms of kernels in 0.49 s, which leaves a second worker nothing to fill."""
PARENT_MEMORY = 24 * 2**30
"""GPU memory set aside for the parent beside its workers: it runs the baseline and the final phase, whose beam search
over 8 hypotheses (1,024 sequences a batch) peaked at 21.2-21.8 GiB with SmolLM2-135M on the H200. The parent holds
itself to it while its workers run (search/phases.py)."""


@dataclass(frozen=True)
class WorkerPlan:
    """What each child gets: its CUDA device (None on CPU) and its CPU thread count."""

    gpus: tuple[str | None, ...]
    threads: int


def plan_workers(workers: int, gpus: tuple[str, ...], cuda_count: int, cpu_count: int,
                 visible: str | None = None, per_gpu: int = 1) -> WorkerPlan:
    """``per_gpu`` workers on each listed GPU; else on each of the first ``workers`` visible GPUs; else ``workers``
    CPU workers sharing the cores.

    ``visible``: the parent's CUDA_VISIBLE_DEVICES. A child's own CUDA_VISIBLE_DEVICES names a GPU as the parent's
    environment does, so with CUDA_VISIBLE_DEVICES=2,3 the first two workers get "2" and "3", not "0" and "1"."""
    if cuda_count == 0 and not gpus:
        return WorkerPlan((None,) * workers, max(1, cpu_count // workers))
    if not gpus:
        if workers > cuda_count:
            raise ValueError(f"--workers {workers}: only {cuda_count} GPU(s) visible (one GPU each; "
                             "--workers-per-gpu 2 or --gpus 0,0 runs two workers on GPU 0)")
        gpus = tuple((list(gpu_ids(visible or "")) or [str(i) for i in range(cuda_count)])[:workers])
    placed = tuple(gpu for gpu in gpus for _ in range(per_gpu))
    return WorkerPlan(placed, max(1, cpu_count // len(placed)))


def auto_workers_per_gpu(parameters: int, free_memory: int, worker_memory: int) -> int:
    """How many workers ``--workers-per-gpu auto`` runs on a GPU with ``free_memory`` bytes free: several for a small,
    launch-bound model, as many as fit beside the parent (which runs the baseline and the final phase meanwhile) at
    ``worker_memory`` each (training/memory.py estimates it from the model), at most MAX_WORKERS_PER_GPU; one for a
    model that keeps the GPU busy on its own. One means no worker: the parent trains the trials itself."""
    if parameters >= SHARED_GPU_MAX_PARAMETERS:
        return 1
    return max(1, min(MAX_WORKERS_PER_GPU, (free_memory - PARENT_MEMORY) // worker_memory))


def physical_gpu_count() -> int | None:
    """The NVIDIA GPUs on this machine as the driver counts them (NVML), whatever CUDA_VISIBLE_DEVICES says; None
    where there is no NVIDIA driver. Without torch: the parent has narrowed its own CUDA view to one GPU already."""
    import ctypes

    try:
        nvml = ctypes.CDLL("libnvidia-ml.so.1")
    except OSError:
        return None
    if nvml.nvmlInit_v2() != 0:
        return None
    try:
        count = ctypes.c_uint(0)
        return count.value if nvml.nvmlDeviceGetCount_v2(ctypes.byref(count)) == 0 else None
    finally:
        nvml.nvmlShutdown()


def gpu_list_problem(gpus: tuple[str, ...], count: int | None, first_usable: bool) -> str | None:
    """What is wrong with ``--gpus`` on a machine with ``count`` GPUs (None: unknown), where CUDA could
    (``first_usable``) or could not use the first listed one; None when nothing is.

    A listed GPU that does not exist used to start a worker that saw no GPU and trained on the CPU."""
    if count == 0 or (count is None and not first_usable):
        return "no CUDA GPU on this machine (without one, --workers N runs CPU workers)"
    missing = sorted({g for g in gpus if count is not None and int(g) >= count}, key=int)
    if missing:
        return f"no GPU {', '.join(missing)} on this machine: it has {count} ({', '.join(map(str, range(count)))})"
    if not first_usable:
        return f"CUDA cannot use GPU {gpus[0]} (its driver or CUDA_VISIBLE_DEVICES?)"
    return None


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


def write_worker_config(config) -> Path:
    """The parent's resolved config as its workers run it (trials only, placing no workers of their own), written
    beside the study's artifacts: workers get it whole, so each trains exactly as the parent resolved, and nothing is
    parsed twice. Readable by the owner only (a storage URL may hold a password); the hub token is not in it."""
    import json
    import os
    from dataclasses import replace

    from search.options import dump

    worker = replace(config, phase="trials", workers=1, gpus=(), workers_per_gpu=1, worker_id=0)
    path = Path(config.trial_dir) / "worker-config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_text(json.dumps(dump(worker), indent=1) + "\n", encoding="utf-8")
    temporary.chmod(0o600)
    temporary.replace(path)  # a second parent of the same study on this host never sees half a file
    return path


def child_env(base_env: dict[str, str], gpu: str | None, threads: int, hf_token: str | None = None) -> dict[str, str]:
    env = dict(base_env)
    if hf_token:  # it may have come from .env, which the worker does not read
        env["HF_TOKEN"] = hf_token
    env["OMP_NUM_THREADS"] = str(threads)
    # A CPU worker must not see a GPU either: "" hides them all.
    env["CUDA_VISIBLE_DEVICES"] = gpu if gpu is not None else ""
    return env


class Workers:
    """The worker processes of one search. ``start`` launches them and returns a context manager that stops
    (SIGINT) any still running when its block raises; ``wait`` waits for all of them."""

    def __init__(self, plan: WorkerPlan, base_env: dict[str, str]) -> None:
        self.plan, self.base_env = plan, base_env
        self.children: list[subprocess.Popen] = []
        self._reported: set[int] = set()

    @property
    def on_gpu(self) -> bool:
        return self.plan.gpus[0] is not None

    def start(self, config) -> Workers:
        """Launch the workers on ``config`` (resolved: search/resolve.py), once (a second call returns the running
        ones)."""
        if self.children:
            return self
        path = write_worker_config(config)
        output = ["--verbose"] * config.verbose + ["--no-progress"] * (not config.progress)
        for worker_id, gpu in enumerate(self.plan.gpus):
            command = [sys.executable, "-m", "search.run", "--resolved-config", str(path), "--worker-id",
                       str(worker_id), *output]
            env = child_env(self.base_env, gpu, self.plan.threads, config.model.hf_token)
            self.children.append(subprocess.Popen(command, env=env))
            log.info("worker %d: pid %d on %s", worker_id, self.children[-1].pid, f"GPU {gpu}" if gpu is not None else "CPU")
        return self

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if exc is not None:
            self.stop()

    def wait(self) -> bool:
        """Wait for every worker; True when all exited normally (0). Each abnormal exit is logged once."""
        codes = [child.wait() for child in self.children]
        for worker_id, code in enumerate(codes):
            if code != 0 and worker_id not in self._reported:
                self._reported.add(worker_id)
                how = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
                log.error("worker %d (pid %d) ended with %s", worker_id, self.children[worker_id].pid, how)
        return all(code == 0 for code in codes)

    def wait_until(self, done: Callable[[], bool], poll_s: float = 1.0, sleep: Callable[[float], None] = time.sleep
                   ) -> bool | None:
        """Wait until ``done()`` (checked every ``poll_s`` seconds, through ``sleep``) or until every worker has
        exited, whichever comes first. None: done came first, and the workers are ending by themselves (``wait``
        collects them). Else what ``wait`` returns."""
        while any(child.poll() is None for child in self.children):
            if done():
                return None
            sleep(poll_s)
        return self.wait()

    def stop(self) -> None:
        for child in self.children:
            if child.poll() is None:
                child.send_signal(signal.SIGINT)
        for child in self.children:
            child.wait()
