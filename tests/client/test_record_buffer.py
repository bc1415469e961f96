"""The consumer's `async for` buffer: the C one and its Python twin behave the same."""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import weakref
from collections.abc import Callable
from typing import Any

import pytest

from fluxmq.client.record_buffer import _C_BUFFER, PyRecordBuffer, RecordBufferLike

pytestmark = pytest.mark.timeout(30)

KINDS: list[Callable[..., RecordBufferLike]] = [PyRecordBuffer]
if _C_BUFFER is not None:
    KINDS.append(_C_BUFFER)


def test_the_c_buffer_is_built() -> None:
    # `make test` builds it (setup.py); only FLUXMQ_PURE_PYTHON=1 turns it off on purpose.
    assert _C_BUFFER is not None or os.environ.get("FLUXMQ_PURE_PYTHON")


class Source:
    """A refill that loads the next of `polls` into the buffer, then ends the iteration."""

    def __init__(self, polls: list[list[Any]]) -> None:
        self.polls = polls
        self.calls = 0
        self.buf: RecordBufferLike | None = None

    async def refill(self) -> Any:
        self.calls += 1
        await asyncio.sleep(0)  # a real suspension, as when the consumer waits for a fetch
        assert self.buf is not None
        while not len(self.buf):
            if not self.polls:
                raise StopAsyncIteration
            self.buf.load(self.polls.pop(0))
        return await self.buf.__anext__()


def make(kind: Callable[..., RecordBufferLike], polls: list[list[Any]]) -> Source:
    src = Source(polls)
    src.buf = kind(src.refill)
    return src


async def drain(buf: RecordBufferLike) -> list[Any]:
    return [r async for r in buf]


@pytest.mark.parametrize("kind", KINDS)
def test_records_in_order_across_refills(kind: Callable[..., RecordBufferLike]) -> None:
    polls = [[(1, "a"), (2, "b")], [], [(3, "c")], [(4, "d"), (5, "e"), (6, "f")]]
    src = make(kind, [list(p) for p in polls])
    assert src.buf is not None
    got = asyncio.run(drain(src.buf))
    assert got == [r for p in polls for r in p]  # tuples come back whole, not as args
    assert src.calls == 4  # once per empty buffer, plus the last that ended the loop


@pytest.mark.parametrize("kind", KINDS)
def test_load_remaining_and_len(kind: Callable[..., RecordBufferLike]) -> None:
    src = make(kind, [])
    buf = src.buf
    assert buf is not None
    assert len(buf) == 0 and buf.remaining() == []

    async def go() -> None:
        buf.load([10, 11, 12])
        assert len(buf) == 3
        assert await buf.__anext__() == 10
        assert len(buf) == 2 and buf.remaining() == [11, 12]
        buf.load([r for r in buf.remaining() if r != 11])  # as the consumer's _forget does
        assert [r async for r in buf] == [12]

    asyncio.run(go())


@pytest.mark.parametrize("kind", KINDS)
def test_handed_out_records_are_released(kind: Callable[..., RecordBufferLike]) -> None:
    class Rec:
        pass

    src = make(kind, [])
    buf = src.buf
    assert buf is not None
    recs = [Rec(), Rec()]
    ref = weakref.ref(recs[0])
    buf.load(recs)
    del recs

    async def take() -> None:
        await buf.__anext__()

    asyncio.run(take())
    gc.collect()
    assert ref() is None  # the buffer kept no reference to what it handed out
    assert len(buf) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_errors_of_refill_reach_the_loop(kind: Callable[..., RecordBufferLike]) -> None:
    async def broken() -> Any:
        raise ValueError("poll failed")

    buf = kind(broken)

    async def go() -> None:
        async for _ in buf:
            pass

    with pytest.raises(ValueError, match="poll failed"):
        asyncio.run(go())


def test_c_buffer_refuses_misuse() -> None:
    if _C_BUFFER is None:
        pytest.skip("the C extension is not built (FLUXMQ_PURE_PYTHON)")
    with pytest.raises(TypeError):
        _C_BUFFER(42)  # type: ignore[arg-type]
    buf = make(_C_BUFFER, []).buf
    assert buf is not None
    with pytest.raises(TypeError):
        buf.load((1, 2))  # type: ignore[arg-type]
    # one made without __init__ says so instead of calling a missing refill
    bare_buf = _C_BUFFER.__new__(_C_BUFFER)  # type: ignore[call-overload]

    async def first() -> None:
        await bare_buf.__anext__()

    with pytest.raises(TypeError, match="__init__ was not called"):
        asyncio.run(first())
    # awaiting the buffer itself without __anext__ is an error, not a hang or a None
    aw: Any = buf

    async def bare() -> None:
        await aw

    with pytest.raises(RuntimeError, match="without __anext__"):
        asyncio.run(bare())


@pytest.mark.parametrize("kind", KINDS)
def test_iteration_under_a_tracer(kind: Callable[..., RecordBufferLike]) -> None:
    """With a trace function (coverage, debuggers) the interpreter steps awaitables with
    next()/send() instead of the C send slot: same records."""
    polls = [[(1, "a"), (2, "b")], [(3, "c")]]
    src = make(kind, [list(p) for p in polls])
    assert src.buf is not None

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        return tracer

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        got = asyncio.run(drain(src.buf))
    finally:
        sys.settrace(old)
    assert got == [(1, "a"), (2, "b"), (3, "c")]
