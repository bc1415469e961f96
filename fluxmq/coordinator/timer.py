"""Deadlines for the coordinators, driven by an injected clock.

Coordinators never sleep: they schedule keyed callbacks here, and whoever drives them (the
broker's background task, or a test advancing a fake clock) calls `run_due`. Rescheduling a
key replaces its previous deadline, which is how session timeouts are extended by heartbeats.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Hashable

__all__ = ["Clock", "ManualClock", "Timer"]

Clock = Callable[[], int]  # milliseconds


class ManualClock:
    """A clock that moves only when told to (for deterministic tests)."""

    def __init__(self, now_ms: int = 1_000_000) -> None:
        self.now_ms = now_ms

    def __call__(self) -> int:
        return self.now_ms

    def advance(self, ms: int) -> None:
        self.now_ms += ms


class Timer:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._heap: list[tuple[int, int, Hashable]] = []
        self._live: dict[Hashable, tuple[int, int, Callable[[], None]]] = {}
        self._seq = itertools.count()
        self.on_change: Callable[[int], None] | None = None  # the driver's wake-up

    def schedule(self, key: Hashable, delay_ms: int, fn: Callable[[], None]) -> None:
        """Run `fn` once `delay_ms` from now, replacing any deadline already set for `key`."""
        deadline = self.clock() + max(0, delay_ms)
        seq = next(self._seq)
        self._live[key] = (deadline, seq, fn)
        heapq.heappush(self._heap, (deadline, seq, key))
        if self.on_change is not None:
            self.on_change(deadline)

    def cancel(self, key: Hashable) -> None:
        self._live.pop(key, None)

    def is_scheduled(self, key: Hashable) -> bool:
        return key in self._live

    def deadline(self, key: Hashable) -> int | None:
        entry = self._live.get(key)
        return None if entry is None else entry[0]

    def next_deadline(self) -> int | None:
        heap = self._heap
        while heap:
            deadline, seq, key = heap[0]
            live = self._live.get(key)
            if live is not None and live[1] == seq:
                return deadline
            heapq.heappop(heap)  # cancelled or replaced
        return None

    def run_due(self) -> int:
        """Run every callback whose deadline has passed; returns how many ran."""
        ran = 0
        while True:
            deadline = self.next_deadline()
            if deadline is None or deadline > self.clock():
                return ran
            _, _, key = heapq.heappop(self._heap)
            _, _, fn = self._live.pop(key)
            fn()
            ran += 1

    def __len__(self) -> int:
        return len(self._live)
