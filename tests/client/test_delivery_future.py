"""The producer's per-record DeliveryFuture: the C one (fluxmq.client._speedups) and the
Python reference behave the same, and the C one is out of the cyclic collector's sight."""

from __future__ import annotations

import asyncio
import gc
import os
import time
from collections.abc import Callable
from typing import Any

import pytest

from fluxmq.client import producer
from fluxmq.client.errors import BrokerError
from fluxmq.client.types import RecordMetadata, TopicPartition

pytestmark = pytest.mark.timeout(30)

_C = producer._C


class FakePart:
    tp = TopicPartition("t", 3)
    topic = "t"
    partition = 3


class FakeBatch:
    """What a future reads of its batch: done, error, metadata(i), wait()."""

    def __init__(self) -> None:
        self.done = False
        self.error: BaseException | None = None
        self.part = FakePart()
        self.event = asyncio.Event()

    def metadata(self, index: int) -> RecordMetadata:
        return RecordMetadata("t", 3, 100 + index, 7)

    def error_for(self, index: int) -> BaseException | None:
        # as a split batch whose first half (records 0-1) was written
        return None if index < 2 else self.error

    async def wait(self) -> None:
        await self.event.wait()

    def finish(self, error: BaseException | None = None) -> None:
        self.done, self.error = True, error
        self.event.set()


def kinds() -> list[Callable[[Any, int], Any]]:
    out: list[Callable[[Any, int], Any]] = [producer._PyDeliveryFuture]
    if _C is not None:
        out.append(_C.DeliveryFuture)
    return out


def test_the_c_future_is_built_and_exported() -> None:
    # `make test` builds it (setup.py); only FLUXMQ_PURE_PYTHON=1 turns it off on purpose.
    if os.environ.get("FLUXMQ_PURE_PYTHON"):
        assert producer.DeliveryFuture is producer._PyDeliveryFuture
        return
    assert _C is not None
    from fluxmq.client import DeliveryFuture

    assert DeliveryFuture is _C.DeliveryFuture is producer.DeliveryFuture


@pytest.mark.parametrize("kind", kinds())
def test_success(kind: Callable[[Any, int], Any]) -> None:
    async def go() -> None:
        b = FakeBatch()
        fut = kind(b, 2)
        assert fut.done() is False
        assert repr(fut).startswith("<DeliveryFuture") and "pending" in repr(fut)
        with pytest.raises(RuntimeError, match="not acknowledged"):
            fut.result()
        with pytest.raises(RuntimeError, match="not acknowledged"):
            fut.exception()
        waiter = asyncio.ensure_future(fut.wait())
        awaiter = asyncio.ensure_future(_await(fut))
        await asyncio.sleep(0)
        assert not waiter.done() and not awaiter.done()
        b.finish()
        assert await waiter == await awaiter == RecordMetadata("t", 3, 102, 7)
        assert fut.done() is True and fut.exception() is None
        assert fut.result() == RecordMetadata("t", 3, 102, 7)
        assert "done" in repr(fut)

    asyncio.run(go())


async def _await(fut: Any) -> Any:
    return await fut


@pytest.mark.parametrize("kind", kinds())
def test_failure(kind: Callable[[Any, int], Any]) -> None:
    async def go() -> None:
        b = FakeBatch()
        fut = kind(b, 2)
        err = BrokerError(2, "corrupt message")
        b.finish(err)
        assert fut.exception() is err
        with pytest.raises(BrokerError) as raised:
            fut.result()
        assert raised.value is err
        with pytest.raises(BrokerError):
            await fut
        assert "failed" in repr(fut)
        # a record of a split batch's written half: its own outcome, not the batch's
        ok = kind(b, 1)
        assert ok.exception() is None
        assert ok.result() == RecordMetadata("t", 3, 101, 7)
        assert await ok == RecordMetadata("t", 3, 101, 7)

    asyncio.run(go())


def test_c_future_is_not_tracked_and_frees_its_batch() -> None:
    if _C is None:
        pytest.skip("the C extension is not built (FLUXMQ_PURE_PYTHON)")
    import weakref

    b = FakeBatch()
    ref = weakref.ref(b)
    fut = _C.DeliveryFuture(b, 1)
    assert not gc.is_tracked(fut)
    assert fut._batch is b and fut._index == 1
    del b
    assert ref() is not None
    del fut
    assert ref() is None  # freed by reference counting, no collection needed


def test_append_record() -> None:
    for append in [producer._append_record_py, *([_C.append_record] if _C else [])]:
        b = FakeBatch()
        values: list[Any] = [b"a"]
        stamps: list[int] = [5]
        before = time.time_ns() // 1_000_000
        fut = append(b, values, stamps, b"b", None)
        after = time.time_ns() // 1_000_000
        fut2 = append(b, values, stamps, None, 1234)
        assert values == [b"a", b"b", None]
        assert stamps[:1] == [5] and before <= stamps[1] <= after and stamps[2] == 1234
        assert (fut._index, fut2._index) == (1, 2) and fut._batch is b
