"""A hybrid logical clock (Kulkarni et al., 2014), packed into one integer.

The high bits are milliseconds since the epoch and the low 16 bits a counter, as CockroachDB
packs it. A stamp is never lower than any stamp this computer made or received, so an edit made
after seeing another computer's edit always sorts after it, even when one computer's clock is a
year wrong: the wrong clock only moves the physical part forward, never breaks causality.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

COUNTER_BITS = 16


def pack(milliseconds: int, counter: int = 0) -> int:
    return (milliseconds << COUNTER_BITS) | counter


def milliseconds_of(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def wall_time_of(stamp: int) -> dt.datetime:
    """The physical part as an aware UTC time (for showing when a version was made)."""
    return dt.datetime.fromtimestamp(milliseconds_of(stamp) / 1000, tz=dt.UTC)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """`now()` for a local event, `observe(stamp)` for a received one; `last` is what to persist."""

    def __init__(self, last: int = 0, wall_ms: Callable[[], int] = _now_ms) -> None:
        self.last = last
        self._wall_ms = wall_ms

    def now(self) -> int:
        physical = pack(self._wall_ms())
        self.last = physical if physical > self.last else self.last + 1
        return self.last

    def observe(self, stamp: int) -> None:
        if stamp > self.last:
            self.last = stamp
