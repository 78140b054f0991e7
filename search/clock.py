"""Time as the search's wait loops read it, passed in so that tests advance a fake clock instead of sleeping."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Clock:
    monotonic: Callable[[], float] = time.monotonic
    """Deadlines (--timeout)."""
    wall: Callable[[], float] = time.time
    """Heartbeat ages, which other processes wrote in wall-clock time."""
    sleep: Callable[[float], None] = time.sleep


REAL = Clock()
