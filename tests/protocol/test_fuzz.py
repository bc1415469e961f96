"""Fuzz every generated decoder with random and mutated bytes: only ProtocolError escapes.

For every message class and every version, decoding arbitrary input must either return a
message or raise `ProtocolError` (never IndexError, struct.error, MemoryError,
UnicodeDecodeError, OverflowError, RecursionError, ...). A message that does decode must
re-encode, and lengths/counts claiming far more than the input holds must fail fast without
allocating for them.

The deterministic sweeps are seeded per class so failures reproduce; the hypothesis test adds
variety from the shared strategies.
"""

from __future__ import annotations

import random
import time
import tracemalloc
import uuid
import zlib
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fluxmq.protocol.connection import (
    BrokerConnection,
    ClientConnection,
    MalformedRequest,
    ReceivedRequest,
    UnsupportedRequest,
)
from fluxmq.protocol.errors import ProtocolError
from fluxmq.protocol.message import Message, Struct
from fluxmq.protocol.messages.api_versions_request import ApiVersionsRequest
from fluxmq.protocol.messages.metadata_request import MetadataRequest, MetadataRequestTopic
from fluxmq.protocol.messages.produce_request import ProduceRequest

from .strategies import INT_RANGES, all_messages, message_strategy, versions

MESSAGES = all_messages()
IDS = [c.NAME for c in MESSAGES]

# Values that, read as a length or count, claim far more than any input holds.
HUGE_INT32 = [b"\x7f\xff\xff\xff", b"\x7f\xff\xff\xfe", b"\x00\x7f\xff\xff"]
HUGE_INT16 = [b"\x7f\xff"]
NEGATIVE = [b"\xff\xff\xff\xff", b"\x80\x00\x00\x00", b"\xff\xfe", b"\x80\x00"]
HUGE_UVARINT = [
    b"\xff\xff\xff\xff\x0f",  # 0xffffffff
    b"\xfe\xff\xff\xff\x07",  # 0x7ffffffe
    b"\x80\x80\x80\x80\x08",  # 2**31
    b"\xff\xff\xff\x7f",  # 2**28 - 1
    b"\xff\xff\xff\xff\xff\x01",  # overlong (6 bytes)
]
HOSTILE = HUGE_INT32 + HUGE_INT16 + NEGATIVE + HUGE_UVARINT


def _flexible(cls: type[Message], v: int) -> bool:
    return cls.FLEXIBLE_MIN is not None and v >= cls.FLEXIBLE_MIN


def _in(rng: tuple[int, int], v: int) -> bool:
    return rng[0] <= v <= rng[1]


class Builder:
    """Deterministic random messages valid for a version (like strategies.py, without hypothesis)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def scalar(self, kind: str) -> Any:
        r = self.rng
        if kind in INT_RANGES:
            lo, hi = INT_RANGES[kind]
            return r.choice([lo, hi, 0, 1, max(lo, -1), r.randint(lo, hi)])
        if kind == "bool":
            return r.random() < 0.5
        if kind == "float64":
            return r.choice([0.0, -1.5, 1e300, r.random()])
        if kind == "string":
            return r.choice(["", "a", "topic-1", "é€😀", "x" * 130])
        if kind in ("bytes", "records"):
            return r.randbytes(r.choice([0, 1, 9, 140]))
        if kind == "uuid":
            return uuid.UUID(int=r.getrandbits(128))
        raise AssertionError(kind)

    def struct(self, cls: type[Struct], v: int, flexible: bool) -> Any:
        r = self.rng
        kwargs: dict[str, Any] = {}
        known = set()
        for f in cls.FIELDS:
            if f.tag is not None:
                known.add(f.tag)
            if not (_in(f.versions, v) or (f.tag is not None and _in(f.tagged, v))):
                continue
            if _in(f.nullable, v) and r.random() < 0.2:
                kwargs[f.name] = None
                continue

            def one(f: Any = f) -> Any:
                if f.struct is not None:
                    return self.struct(f.struct, v, flexible)
                return self.scalar(f.kind)

            kwargs[f.name] = [one() for _ in range(r.randint(0, 3))] if f.is_array else one()
        if flexible and "unknown_tags" in cls.__struct_fields__ and r.random() < 0.3:
            tag = r.choice([t for t in (5, 99, 1000, 70000) if t not in known])
            kwargs["unknown_tags"] = {tag: r.randbytes(r.choice([0, 2, 130]))}
        return cls(**kwargs)

    def message(self, cls: type[Message], v: int) -> Message:
        msg: Message = self.struct(cls, v, _flexible(cls, v))
        return msg


def _seed(*parts: object) -> int:
    return zlib.crc32(repr(parts).encode())


def check_decode(cls: type[Message], v: int, data: bytes, failures: list[str]) -> None:
    """Decode `data`; record anything but success or ProtocolError, and check re-encoding."""
    try:
        msg = cls.decode(data, v)
    except ProtocolError:
        return
    except BaseException as e:
        if isinstance(e, KeyboardInterrupt):
            raise
        failures.append(f"{cls.NAME} v{v} decode {data.hex()}: {type(e).__name__}: {e}")
        return
    try:
        wire = msg.encode(v)
        size = msg.encoded_size(v)
        again = cls.decode(wire, v)
        # Compare bytes, not messages: a decoded NaN is not equal to itself.
        stable = again.encode(v)
    except BaseException as e:
        if isinstance(e, KeyboardInterrupt):
            raise
        failures.append(f"{cls.NAME} v{v} re-encode of {data.hex()}: {type(e).__name__}: {e}")
        return
    if size != len(wire) or stable != wire:
        failures.append(f"{cls.NAME} v{v} re-encode of {data.hex()} is unstable")


def mutations(wire: bytes, rng: random.Random) -> Iterator[bytes]:
    """Truncations, bit flips, insertions, deletions and hostile lengths/counts."""
    n = len(wire)
    # Every prefix (sampled for long encodings).
    cuts = range(n) if n <= 256 else sorted(rng.sample(range(n), 256))
    for i in cuts:
        yield wire[:i]
    # Bit flips.
    for _ in range(min(8 * n, 48)):
        b = bytearray(wire)
        if b:
            i = rng.randrange(n)
            b[i] ^= 1 << rng.randrange(8)
        yield bytes(b)
    # Insertions and deletions of a few bytes.
    for _ in range(24):
        b = bytearray(wire)
        i = rng.randrange(n + 1)
        if rng.random() < 0.5:
            b[i:i] = rng.choice([b"\x00", b"\x01", b"\xff", b"\x80", rng.randbytes(3)])
        else:
            del b[i : i + rng.randint(1, 4)]
        yield bytes(b)
    # Hostile lengths/counts overwriting, or inserted at, positions: every position of the
    # first 48 bytes, so that every length/count a short message has is hit.
    for i in range(min(n, 48)):
        for bad in HOSTILE:
            yield wire[:i] + bad + wire[i + len(bad) :]
            yield wire[:i] + bad + wire[i:]


# ---------------------------------------------------------------- sweeps


@pytest.mark.parametrize("cls", MESSAGES, ids=IDS)
def test_random_bytes(cls: type[Message]) -> None:
    rng = random.Random(_seed("random", cls.NAME))
    failures: list[str] = []
    for v in versions(cls):
        for _ in range(40):
            check_decode(
                cls, v, rng.randbytes(rng.choice([0, 1, 2, 3, 5, 8, 13, 21, 40, 90])), failures
            )
        for _ in range(10):
            # Mostly-zero and mostly-0xff inputs reach deeper than uniform noise.
            fill = rng.choice([0x00, 0xFF, 0x01, 0x7F])
            b = bytearray([fill] * rng.randint(1, 64))
            b[rng.randrange(len(b))] = rng.randrange(256)
            check_decode(cls, v, bytes(b), failures)
    assert failures == [], "\n".join(failures[:20])


@pytest.mark.parametrize("cls", MESSAGES, ids=IDS)
def test_mutated_encodings(cls: type[Message]) -> None:
    failures: list[str] = []
    decoded = 0
    for v in versions(cls):
        builder = Builder(_seed("build", cls.NAME, v))
        rng = random.Random(_seed("mutate", cls.NAME, v))
        samples = [cls(), builder.message(cls, v), builder.message(cls, v)]
        for msg in samples:
            try:
                wire = msg.encode(v)
            except ProtocolError:
                # cls() may not be encodable where a field's default is invalid for a version.
                continue
            assert cls.decode(wire, v) == msg  # the unmutated input is valid
            for data in mutations(wire, rng):
                check_decode(cls, v, data, failures)
                decoded += 1
    assert decoded > 0
    assert failures == [], "\n".join(failures[:20])


@pytest.mark.parametrize("cls", MESSAGES, ids=IDS)
@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_hypothesis_mutations(cls: type[Message], data: st.DataObject) -> None:
    v = data.draw(st.sampled_from(versions(cls)), label="version")
    wire = bytearray(data.draw(message_strategy(cls, v), label="message").encode(v))
    ops = data.draw(
        st.lists(
            st.tuples(
                st.sampled_from(["flip", "insert", "delete", "overwrite", "truncate"]),
                st.integers(0, 10_000),
                st.binary(min_size=1, max_size=6) | st.sampled_from(HOSTILE),
            ),
            min_size=1,
            max_size=4,
        ),
        label="mutations",
    )
    for op, at, blob in ops:
        i = at % (len(wire) + 1)
        if op == "flip" and wire:
            wire[i % len(wire)] ^= blob[0] or 1
        elif op == "insert":
            wire[i:i] = blob
        elif op == "delete":
            del wire[i : i + len(blob)]
        elif op == "overwrite":
            wire[i : i + len(blob)] = blob
        else:
            del wire[i:]
    failures: list[str] = []
    check_decode(cls, v, bytes(wire), failures)
    assert failures == []


# ---------------------------------------------------------------- bounded resources


def _hostile_inputs(cls: type[Message], v: int) -> Iterator[bytes]:
    """~20-byte inputs whose lengths/counts claim 2**31 elements, at every early offset."""
    for bad in HUGE_INT32 + HUGE_UVARINT + [b"\x7f\xff"]:
        yield (bad * 20)[:20]
        for pad in range(0, 12):
            for fill in (b"\x00", b"\x01", b"\x02"):
                yield (fill * pad + bad + b"\x01" * 20)[:20]
    try:
        wire = Builder(_seed("hostile", cls.NAME, v)).message(cls, v).encode(v)
    except ProtocolError:
        return
    for i in range(min(len(wire), 32)):
        for bad in (b"\x7f\xff\xff\xff", b"\xff\xff\xff\xff\x0f"):
            yield wire[:i] + bad + wire[i + len(bad) :]


def test_huge_counts_fail_fast_with_bounded_memory() -> None:
    failures: list[str] = []
    worst_peak, worst_time, worst = 0, 0.0, ""
    tracemalloc.start()
    try:
        for cls in MESSAGES:
            for v in versions(cls):
                for data in _hostile_inputs(cls, v):
                    tracemalloc.reset_peak()
                    base = tracemalloc.get_traced_memory()[0]
                    t0 = time.perf_counter()
                    check_decode(cls, v, data, failures)
                    took = time.perf_counter() - t0
                    peak = tracemalloc.get_traced_memory()[1] - base
                    if peak > worst_peak:
                        worst_peak, worst = peak, f"{cls.NAME} v{v} {data.hex()}"
                    worst_time = max(worst_time, took)
    finally:
        tracemalloc.stop()
    assert failures == [], "\n".join(failures[:20])
    # A decoder that trusted a 2**31 count would allocate gigabytes or spin for minutes.
    assert worst_peak < 2 * 1024 * 1024, f"{worst_peak} bytes peak for {worst}"
    assert worst_time < 1.0, f"slowest hostile decode took {worst_time:.3f}s"


@pytest.mark.parametrize(
    ("cls", "version", "data"),
    [
        # ApiVersionsResponse v0: ErrorCode then an int32 array count of 2**31-1.
        (
            "ApiVersionsResponse",
            0,
            bytes.fromhex("0000 7fffffff") + bytes(14),
        ),
        # ApiVersionsResponse v3: compact array count uvarint 0xffffffff.
        (
            "ApiVersionsResponse",
            3,
            bytes.fromhex("0000 ffffffff0f") + bytes(13),
        ),
        # ApiVersionsResponse v3: empty api keys, then a tagged-field count of 2**31.
        (
            "ApiVersionsResponse",
            3,
            bytes.fromhex("0000 01 00000000 8080808008") + bytes(8),
        ),
        # ... one tagged field whose size is 0x7ffffffe.
        (
            "ApiVersionsResponse",
            3,
            bytes.fromhex("0000 01 00000000 01 07 feffffff07") + bytes(6),
        ),
        # MetadataRequest v1: topic count 2**31-1.
        ("MetadataRequest", 1, bytes.fromhex("7fffffff") + bytes(16)),
        # MetadataRequest v1: one topic whose name claims 32767 bytes.
        ("MetadataRequest", 1, bytes.fromhex("00000001 7fff") + bytes(14)),
        # RequestHeader v2: unknown tagged fields, count 2**31.
        ("RequestHeader", 2, bytes.fromhex("0003000c00000001 0000 8080808008") + bytes(5)),
    ],
)
def test_twenty_bytes_claiming_two_billion_elements(cls: str, version: int, data: bytes) -> None:
    from fluxmq.protocol import messages

    msg_cls = messages.message_class(cls)
    assert len(data) == 20
    tracemalloc.start()
    try:
        t0 = time.perf_counter()
        with pytest.raises(ProtocolError):
            msg_cls.decode(data, version)
        took = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert took < 0.1
    assert peak < 256 * 1024


@pytest.mark.parametrize("cls", MESSAGES, ids=IDS)
def test_huge_counts_at_every_offset(cls: type[Message]) -> None:
    # Overwrite every offset of the default encoding with a huge int32 / uvarint, so that each
    # length, count and tagged-field header of every version is hit at least once.
    failures: list[str] = []
    for v in versions(cls):
        try:
            wire = cls().encode(v)
        except ProtocolError:
            continue
        for i in range(len(wire) + 1):
            for bad in (b"\x7f\xff\xff\xff", b"\xff\xff\xff\xff\x0f", b"\x80\x80\x80\x80\x08"):
                check_decode(cls, v, wire[:i] + bad + wire[i + len(bad) :], failures)
    assert failures == [], "\n".join(failures[:20])


# ---------------------------------------------------------------- the encoding side

BAD_VALUES: list[Any] = [
    None,
    -1,
    2**70,
    -(2**70),
    "str",
    b"bytes",
    1.5,
    float("nan"),
    [],
    [1],
    {},
    "\ud800",  # a lone surrogate cannot be UTF-8 encoded
    uuid.UUID(int=5),
    object(),
]


def _present(f: Any, v: int) -> bool:
    return _in(f.versions, v) or (f.tag is not None and _in(f.tagged, v))


def test_invalid_field_values_raise_encode_error() -> None:
    # Struct fields are not validated on construction; encode()/encoded_size() must turn a
    # wrongly typed or out-of-range value into EncodeError (or accept it), nothing else.
    failures: list[str] = []
    checked = 0
    for cls in MESSAGES:
        for v in versions(cls):
            for f in cls.FIELDS:
                if not _present(f, v):
                    continue
                for bad in BAD_VALUES:
                    msg = cls()
                    setattr(msg, f.name, bad)
                    for op in (msg.encode, msg.encoded_size):
                        checked += 1
                        try:
                            op(v)
                        except ProtocolError:
                            pass
                        except Exception as e:
                            failures.append(
                                f"{cls.NAME} v{v} {f.name}={bad!r}: {op.__name__}: "
                                f"{type(e).__name__}: {e}"
                            )
    assert checked > 10_000
    assert failures == [], "\n".join(failures[:20])


@pytest.mark.parametrize(
    "tags",
    [{-1: b""}, {2**40: b""}, {5: None}, {5: "str"}, {"5": b""}],
    ids=["negative tag", "tag over 32 bits", "None payload", "str payload", "str tag"],
)
def test_invalid_unknown_tags_raise_encode_error(tags: dict[Any, Any]) -> None:
    failures: list[str] = []
    for cls in MESSAGES:
        if cls.FLEXIBLE_MIN is None:
            continue
        msg = cls(unknown_tags=tags)  # type: ignore[call-arg]
        for v in versions(cls):
            if v < cls.FLEXIBLE_MIN:
                continue
            try:
                msg.encode(v)
            except ProtocolError:
                pass
            except Exception as e:
                failures.append(f"{cls.NAME} v{v}: {type(e).__name__}: {e}")
    assert failures == [], f"{len(failures)} failures, e.g.\n" + "\n".join(failures[:5])


# ---------------------------------------------------------------- the connection layer


def _request_stream() -> list[bytes]:
    client = ClientConnection("fuzz")
    frames = []
    for req, v in [
        (MetadataRequest(topics=None), 12),
        (MetadataRequest(topics=[MetadataRequestTopic(name="t", topic_id=uuid.uuid4())]), 12),
        (MetadataRequest(topics=[MetadataRequestTopic(name="t")]), 1),
        (ApiVersionsRequest(client_software_name="py", client_software_version="1"), 3),
        (ApiVersionsRequest(), 0),
        (ProduceRequest(acks=1, timeout_ms=5), 9),
    ]:
        client.send(req, v)
        frames.append(client.data_to_send())
    return frames


def _feed_broker(data: bytes, failures: list[str]) -> None:
    broker = BrokerConnection(max_frame_size=1 << 16)
    try:
        events = broker.receive_data(data)
    except ProtocolError:
        return
    except Exception as e:
        failures.append(f"broker {data.hex()}: {type(e).__name__}: {e}")
        return
    for ev in events:
        if not isinstance(ev, ReceivedRequest | UnsupportedRequest | MalformedRequest):
            failures.append(f"broker {data.hex()}: unexpected event {ev!r}")


def test_broker_connection_fuzz() -> None:
    rng = random.Random(7)
    frames = _request_stream()
    failures: list[str] = []
    for _ in range(4000):
        f = bytearray(rng.choice(frames))
        body = f[4:]
        op = rng.random()
        i = rng.randrange(len(body) + 1)
        if op < 0.4 and body:
            body[i % len(body)] ^= 1 << rng.randrange(8)
        elif op < 0.6:
            body[i:i] = rng.choice([*HOSTILE, rng.randbytes(2)])
        elif op < 0.8:
            del body[i : i + rng.randint(1, 3)]
        else:
            body[i : i + 4] = rng.choice(HOSTILE)
        # Keep the size prefix consistent most of the time, so the body decoders are reached.
        size = len(body) if rng.random() < 0.9 else rng.randrange(-5, len(body) + 5)
        _feed_broker(size.to_bytes(4, "big", signed=True) + bytes(body), failures)
    for _ in range(500):
        _feed_broker(rng.randbytes(rng.randint(0, 40)), failures)
    assert failures == [], "\n".join(failures[:20])


def test_client_connection_fuzz() -> None:
    rng = random.Random(8)
    failures: list[str] = []
    for _ in range(3000):
        client = ClientConnection(first_correlation_id=0)
        client.send(MetadataRequest(topics=None), rng.choice([1, 9, 12]))
        client.send(ApiVersionsRequest(), rng.choice([0, 3]))
        client.send(ProduceRequest(acks=1), rng.choice([3, 9]))
        client.data_to_send()
        body = rng.randbytes(rng.randint(0, 40))
        corr = rng.choice([0, 1, 2, 3, -1]).to_bytes(4, "big", signed=True)
        data = (len(body) + 4).to_bytes(4, "big") + corr + body
        try:
            client.receive_data(data)
        except ProtocolError:
            pass
        except Exception as e:
            failures.append(f"client {data.hex()}: {type(e).__name__}: {e}")
    assert failures == [], "\n".join(failures[:20])


# ---------------------------------------------------------------- the checker itself


def test_checker_flags_anything_but_protocol_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    cls = MetadataRequest
    failures: list[str] = []
    check_decode(cls, 1, bytes.fromhex("ffffffff"), failures)  # decodes: topics null
    check_decode(cls, 1, bytes.fromhex("7fffffff"), failures)  # DecodeError: fine
    assert failures == []

    def broken(data: bytes, version: int) -> Message:
        raise IndexError("index out of range")

    monkeypatch.setattr(cls, "decode", broken)
    check_decode(cls, 1, b"\x00", failures)
    assert len(failures) == 1
    assert "IndexError" in failures[0]


# Every test here runs with the C readers and with the Python readers (conftest.py).
pytestmark = pytest.mark.usefixtures("readers")
