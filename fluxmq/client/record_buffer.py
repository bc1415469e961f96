"""The consumer's `async for` buffer: records fetched by one poll, handed out one at a time.

`async for record in consumer` iterates a RecordBuffer. The C one (fluxmq.client._speedups) is
its own awaitable, so a buffered record costs no coroutine; when it is empty it awaits
`refill()`, the consumer's coroutine that polls, `load()`s what came and returns the first.
The Python twin below behaves the same (it is used without the C extension, or with
FLUXMQ_PURE_PYTHON=1).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Protocol

from .speedups import speedups
from .types import ConsumerRecord

__all__ = ["RecordBufferLike", "make_record_buffer"]

Refill = Callable[[], Awaitable[ConsumerRecord]]


class RecordBufferLike(Protocol):
    def __len__(self) -> int: ...
    def __aiter__(self) -> AsyncIterator[ConsumerRecord]: ...
    def __anext__(self) -> Awaitable[ConsumerRecord]: ...
    def load(self, records: list[ConsumerRecord]) -> None: ...
    def remaining(self) -> list[ConsumerRecord]: ...


class PyRecordBuffer:
    """The pure-Python RecordBuffer."""

    __slots__ = ("_items", "_pos", "_refill")

    def __init__(self, refill: Refill) -> None:
        self._items: list[Any] = []  # ConsumerRecords; None where handed out
        self._pos = 0
        self._refill = refill

    def __len__(self) -> int:
        return len(self._items) - self._pos

    def __aiter__(self) -> PyRecordBuffer:
        return self

    async def __anext__(self) -> ConsumerRecord:
        items, pos = self._items, self._pos
        if pos < len(items):
            rec: ConsumerRecord = items[pos]
            items[pos] = None  # handed out: the application decides how long it lives
            self._pos = pos + 1
            return rec
        return await self._refill()

    def load(self, records: list[ConsumerRecord]) -> None:
        """Hand out `records` (a list the buffer takes over) from the first."""
        self._items = records
        self._pos = 0

    def remaining(self) -> list[ConsumerRecord]:
        """The records not handed out yet, as a new list."""
        return self._items[self._pos :]


def _c_type() -> Callable[[Refill], RecordBufferLike] | None:
    module = speedups()
    if module is None:
        return None
    cls: Callable[[Refill], RecordBufferLike] = module.RecordBuffer
    return cls


_C_BUFFER = _c_type()


def make_record_buffer(refill: Refill) -> RecordBufferLike:
    """A RecordBuffer (the C one when built) that awaits `refill()` when empty."""
    if _C_BUFFER is not None:
        return _C_BUFFER(refill)
    return PyRecordBuffer(refill)
