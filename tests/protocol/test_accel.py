"""The generated C readers against the generated Python readers: same objects, same errors.

For every message and version, valid encodings and their mutations (truncations, bit flips,
insertions, hostile lengths) and random bytes are decoded both ways; the results must be equal
objects ending at the same position, or DecodeErrors with the same message. Also: the
extension is built and bound to every message (unless FLUXMQ_PURE_PYTHON=1), the `decoder()`
entry point, inputs the C code hands back to Python, and no reference leaks on error paths.
"""

from __future__ import annotations

import os
import random
import tracemalloc
from typing import Any

import msgspec
import pytest

from fluxmq.protocol import message
from fluxmq.protocol.errors import DecodeError, ProtocolError
from fluxmq.protocol.message import Message
from fluxmq.protocol.messages.fetch_response import FetchResponse
from fluxmq.protocol.messages.heartbeat_request import HeartbeatRequest
from fluxmq.protocol.messages.metadata_response import MetadataResponse

from .strategies import all_messages, versions
from .test_fuzz import Builder, _seed, mutations

MESSAGES = all_messages()
IDS = [c.NAME for c in MESSAGES]
PURE = os.environ.get("FLUXMQ_PURE_PYTHON", "0") not in ("", "0")

needs_c = pytest.mark.skipif(message._accel is None, reason="C readers not built")


def _outcome(reader: Any, data: bytes, pos: int = 0) -> tuple[str, Any]:
    try:
        obj, end = reader(memoryview(data), pos)
    except ProtocolError as e:
        return type(e).__name__, str(e)
    except Exception as e:  # anything else is a bug either way; compare it too
        return "unexpected " + type(e).__name__, str(e)
    return "ok", (obj, end)


def _norm(x: Any) -> Any:
    """A comparable form that keeps every type (== alone takes 1 == True and NaN != NaN)."""
    if isinstance(x, msgspec.Struct):
        return type(x), tuple(_norm(getattr(x, f)) for f in x.__struct_fields__)
    if isinstance(x, list | tuple):
        return type(x), [_norm(e) for e in x]
    if isinstance(x, dict):
        return dict, sorted((_norm(k), _norm(v)) for k, v in x.items())
    if isinstance(x, memoryview):
        return memoryview, x.format, x.ndim, x.tobytes()
    if isinstance(x, float):
        return float, x.hex()
    return type(x), x


def _same(a: tuple[str, Any], b: tuple[str, Any]) -> bool:
    if a[0] != b[0]:
        return False
    if a[0] != "ok":
        return bool(a[1] == b[1])
    return bool(_norm(a[1]) == _norm(b[1]))


def _compare(cls: type[Message], v: int, data: bytes, failures: list[str], pos: int = 0) -> None:
    c = _outcome(cls._C_READERS[v], data, pos)  # type: ignore[index]
    py = _outcome(cls._PY_READERS[v], data, pos)
    if not _same(c, py):
        failures.append(f"{cls.NAME} v{v} at {pos} {data.hex()}:\n  C:  {c}\n  Py: {py}")


def test_extension_is_built_and_bound() -> None:
    if PURE:
        assert not message.accelerated()
        pytest.skip("FLUXMQ_PURE_PYTHON=1: the Python readers only")
    assert message._accel is not None, "fluxmq.protocol._accel is not built: pip install -e ."
    assert message.accelerated()
    stale = [c.NAME for c in MESSAGES if c._C_READERS is None]
    assert stale == [], f"C readers generated from other code (rebuild the extension): {stale}"
    for cls in MESSAGES:
        for v in versions(cls):
            assert type(cls._READERS[v]) is message._accel.Reader


@needs_c
@pytest.mark.parametrize("cls", MESSAGES, ids=IDS)
def test_same_results_on_valid_and_mutated_input(cls: type[Message]) -> None:
    failures: list[str] = []
    for v in versions(cls):
        builder = Builder(_seed("accel", cls.NAME, v))
        rng = random.Random(_seed("accel-mutate", cls.NAME, v))
        for msg in [cls(), *(builder.message(cls, v) for _ in range(4))]:
            try:
                wire = msg.encode(v)
            except ProtocolError:
                continue
            _compare(cls, v, wire, failures)
            _compare(cls, v, b"\x00\x01" + wire, failures, pos=2)  # decode_from an offset
            for data in mutations(wire, rng):
                _compare(cls, v, data, failures)
        for _ in range(30):
            _compare(cls, v, rng.randbytes(rng.choice([0, 1, 2, 3, 5, 8, 13, 40])), failures)
        for fill in (0x00, 0xFF, 0x01, 0x7F, 0x80):
            _compare(cls, v, bytes([fill]) * rng.randint(1, 64), failures)
    assert failures == [], "\n".join(failures[:10])


@needs_c
def test_unknown_and_known_tags_and_records_agree() -> None:
    from fluxmq.protocol.messages.fetch_response import (
        FetchableTopicResponse,
        PartitionData,
        SnapshotId,
    )

    p = PartitionData(
        partition_index=3,
        records=b"abc" * 100,
        snapshot_id=SnapshotId(end_offset=7, epoch=2),
        unknown_tags={90: b"x", 91: b""},
    )
    msg = FetchResponse(responses=[FetchableTopicResponse(partitions=[p])], unknown_tags={7: b"q"})
    for v in (12, 16, 18):
        wire = msg.encode(v)
        failures: list[str] = []
        _compare(FetchResponse, v, wire, failures)
        assert failures == []
        c_msg = FetchResponse._C_READERS[v](memoryview(wire), 0)[0]  # type: ignore[index]
        assert type(c_msg.responses[0].partitions[0].records) is memoryview
        assert c_msg.responses[0].partitions[0].records.obj is wire  # zero copy


@needs_c
def test_decoder() -> None:
    msg = HeartbeatRequest(group_id="g", generation_id=7, member_id="m", unknown_tags={3: b"z"})
    wire = msg.encode(4)
    dec = HeartbeatRequest.decoder(4)
    assert type(dec) is message._accel.Decoder
    assert dec(wire) == msg
    assert dec(memoryview(wire)) == msg
    assert dec(bytearray(wire)) == msg
    assert dec(memoryview(b"ab" + wire)[2:]) == msg
    assert dec(memoryview(wire).cast("c")) == msg  # cast back to bytes by decode()
    with pytest.raises(DecodeError, match="1 unexpected trailing bytes at byte"):
        dec(wire + b"\x00")
    assert dec(wire + b"\x00", allow_trailing=True) == msg
    assert dec(wire + b"\x00", True) == msg
    with pytest.raises(DecodeError, match="truncated"):
        dec(wire[:5])
    with pytest.raises(TypeError):
        dec()
    # Non-contiguous input goes through decode() and the Python reader (which refuses it).
    spread = memoryview(bytes(b for x in wire for b in (x, 0)))[::2]
    with pytest.raises(BufferError):
        HeartbeatRequest._PY_READERS[4](spread, 0)  # type: ignore[misc]
    with pytest.raises(BufferError):
        dec(spread)
    # The pure-Python decoder is the same callable contract.
    before = message.set_accelerated(False)
    try:
        py_dec = HeartbeatRequest.decoder(4)
        assert type(py_dec) is not message._accel.Decoder
        assert py_dec(wire) == msg
        assert py_dec(wire + b"\x00", allow_trailing=True) == msg
    finally:
        message.set_accelerated(before)


@needs_c
def test_reader_hands_odd_input_to_python() -> None:
    wire = HeartbeatRequest(group_id="g").encode(4)
    reader = HeartbeatRequest._C_READERS[4]  # type: ignore[index]
    assert reader(memoryview(wire), 0)[0] == HeartbeatRequest(group_id="g")
    assert reader(wire, 0)[0] == HeartbeatRequest(group_id="g")
    with pytest.raises(DecodeError, match="truncated input at byte 99 of"):
        reader(memoryview(wire), 99)
    # Negative positions and non-int positions: whatever the Python reader does.
    for args in ((memoryview(wire), -1), (memoryview(wire), True)):
        try:
            expected: Any = HeartbeatRequest._PY_READERS[4](*args)  # type: ignore[misc]
        except Exception as e:
            expected = (type(e), str(e))
        try:
            got: Any = reader(*args)
        except Exception as e:
            got = (type(e), str(e))
        assert got == expected


@needs_c
def test_no_leaks_on_success_or_error() -> None:
    builder = Builder(1)
    msg = builder.message(MetadataResponse, 12)
    wire = msg.encode(12)
    rng = random.Random(2)
    bad = list(mutations(wire, rng))[:300]
    reader = MetadataResponse._C_READERS[12]  # type: ignore[index]

    def run() -> None:
        for _ in range(20):
            reader(memoryview(wire), 0)
            for data in bad:
                try:
                    reader(memoryview(data), 0)
                except ProtocolError:
                    pass

    run()
    tracemalloc.start()
    try:
        run()
        first = tracemalloc.get_traced_memory()[0]
        run()
        second = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert second - first < 64 * 1024, f"{second - first} bytes kept after a second run"


def test_switching_readers() -> None:
    before = message.set_accelerated(False)
    try:
        assert not message.accelerated()
        assert HeartbeatRequest._READERS is HeartbeatRequest._PY_READERS
        message.set_accelerated(True)
        assert message.accelerated() == (message._accel is not None)
    finally:
        message.set_accelerated(before)


def test_uvarint_bytes_in_c_is_the_python_function() -> None:
    from fluxmq.protocol import primitives as p

    if PURE:
        assert p.uvarint_bytes is p.uvarint_bytes_py
        pytest.skip("FLUXMQ_PURE_PYTHON=1: the Python encoder only")
    assert p.uvarint_bytes is message._accel.uvarint_bytes  # type: ignore[union-attr]
    rng = random.Random(7)
    edges = [(1 << k) + d for k in (7, 14, 21, 28) for d in (-1, 0, 1)] + [(1 << 32) - 1]
    for n in [*range(70_000), *edges, *(rng.randrange(1 << 32) for _ in range(50_000))]:
        assert p.uvarint_bytes(n) == p.uvarint_bytes_py(n), n
    for bad in (-1, -(1 << 70), 1 << 32, 1 << 70):
        for fn in (p.uvarint_bytes, p.uvarint_bytes_py):
            with pytest.raises(OverflowError, match="unsigned varint cannot hold"):
                fn(bad)
