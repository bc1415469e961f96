"""A result that a coordinator hands out now and completes later (a parked JoinGroup or
SyncGroup). Plain and synchronous, so state-machine tests can inspect it without an event
loop; the broker awaits it through `wait`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import anyio

__all__ = ["Deferred"]

T = TypeVar("T")


class Deferred(Generic[T]):
    __slots__ = ("_callbacks", "_done", "_event", "_result")

    def __init__(self) -> None:
        self._done = False
        self._result: T | None = None
        self._callbacks: list[Callable[[T], None]] = []
        self._event: anyio.Event | None = None

    @classmethod
    def of(cls, value: T) -> Deferred[T]:
        d: Deferred[T] = cls()
        d.set(value)
        return d

    @property
    def done(self) -> bool:
        return self._done

    def result(self) -> T:
        if not self._done:
            raise RuntimeError("the result is not ready")
        return self._result  # type: ignore[return-value]

    def set(self, value: T) -> bool:
        """Complete with `value`; False (and nothing changes) when already complete."""
        if self._done:
            return False
        self._done = True
        self._result = value
        if self._event is not None:
            self._event.set()
        for cb in self._callbacks:
            cb(value)
        self._callbacks.clear()
        return True

    def add_callback(self, cb: Callable[[T], None]) -> None:
        if self._done:
            cb(self._result)  # type: ignore[arg-type]
        else:
            self._callbacks.append(cb)

    async def wait(self) -> T:
        if not self._done:
            if self._event is None:
                self._event = anyio.Event()
            await self._event.wait()
        return self._result  # type: ignore[return-value]
