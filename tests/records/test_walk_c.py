"""The C record walk against the Python one: same answer on well-formed records, and a
refusal (None, so the Python walk words the error) exactly where the Python walk raises."""

from __future__ import annotations

import gc
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fluxmq.protocol.records.batch import _c_walk, walk_records, walk_records_py
from fluxmq.protocol.records.errors import CorruptRecordError, InvalidRecordError

from ._support import encode_record, record_body, specs, zigzag


def test_the_c_walk_is_built() -> None:
    # `make test` builds it (setup.py); only FLUXMQ_PURE_PYTHON=1 turns it off on purpose.
    assert _c_walk is not None or os.environ.get("FLUXMQ_PURE_PYTHON")


def records_of(spec) -> bytes:  # type: ignore[no-untyped-def]
    base = spec.timestamps[0]
    return b"".join(
        encode_record(i, spec.timestamps[i] - base, k, v, spec.headers[i])
        for i, (k, v) in enumerate(zip(spec.keys, spec.values, strict=True))
    )


def python_answer(data: bytes, count: int) -> tuple[bool, int, int] | None:
    try:
        r = walk_records_py(data, count, 0)
    except (CorruptRecordError, InvalidRecordError):
        return None
    return r.all_keyed, r.min_ts, r.max_ts


def agree(data: bytes, count: int) -> None:
    assert _c_walk is not None
    want = python_answer(data, count)
    assert _c_walk(data, count) == want
    # The broker walks an uncompressed batch in place, through a view of the request.
    view = memoryview(b"\0" * 3 + data)[3:]
    assert _c_walk(view, count) == want
    assert python_answer(view, count) == want  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(specs(max_size=20))
def test_well_formed_records_agree(spec) -> None:  # type: ignore[no-untyped-def]
    data = records_of(spec)
    agree(data, len(spec))
    r = walk_records(data, len(spec), 1000)
    assert r.all_keyed == all(k is not None for k in spec.keys)
    base = spec.timestamps[0]
    assert (r.min_ts, r.max_ts) == (
        min(spec.timestamps) - base + 1000,
        max(spec.timestamps) - base + 1000,
    )


@settings(max_examples=1500, deadline=None)
@given(specs(max_size=6), st.data())
def test_damaged_records_agree(spec, data) -> None:  # type: ignore[no-untyped-def]
    raw = bytearray(records_of(spec))
    for _ in range(data.draw(st.integers(1, 4))):
        kind = data.draw(st.sampled_from(["flip", "cut", "insert", "byte"]))
        if not raw:
            break
        at = data.draw(st.integers(0, len(raw) - 1))
        if kind == "flip":
            raw[at] ^= 1 << data.draw(st.integers(0, 7))
        elif kind == "byte":
            raw[at] = data.draw(st.sampled_from([0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE]))
        elif kind == "cut":
            del raw[at:]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=3))
    count = len(spec) + data.draw(st.sampled_from([0, 0, 0, -1, 1]))
    agree(bytes(raw), max(count, 0))


@pytest.mark.parametrize(
    "body",
    [
        record_body(0, 0, b"k", b"v", [("h\xe9", b"x")]),  # non-ASCII header key
        record_body(0, -(2**63), None, None),  # extreme timestamp deltas
        record_body(0, 2**63 - 1, b"", b""),
        record_body(0, 0, b"k", b"v", attributes=0xFF),
    ],
)
def test_edge_records(body: bytes) -> None:
    agree(zigzag(len(body)) + body, 1)


@pytest.mark.parametrize(
    "raw",
    [
        b"",  # truncated before the first record
        zigzag(5) + b"\x00" * 5,  # shorter than any record
        zigzag(7) + b"\x00\x00\x02\x00\x00\x00\x00",  # offset delta 1 for record 0
        zigzag(9) + b"\x00\x00\x00\x00\x00\x00\x02\xff\xfe",  # header key not UTF-8
        zigzag(8) + b"\x00" + b"\xff" * 10 + b"\x01",  # varlong over 10 bytes
        zigzag(8) + b"\x00\x00\xff\xff\xff\xff\x7f\x00",  # varint over 32 bits
        zigzag(7) + b"\x00\x00\x00\x01\x00\x00\x00",  # negative key length other than -1
        zigzag(7) + b"\x00\x00\x00\x01\x05\x00\x00",  # negative value length -3
    ],
)
def test_hand_made_cases(raw: bytes) -> None:
    agree(raw, 1)


# ---------------------------------------------------------------- the consumer's decoder


def decode_both(data: bytes, count: int, lat: int | None = None, min_offset: int = 0) -> bool:
    """C and Python agree; True when C decoded (False: it left the case to Python)."""
    from fluxmq.client.fetcher import decode_records_py
    from fluxmq.client.types import ConsumerRecord
    from fluxmq.protocol.records.batch import c_decode_records

    assert c_decode_records is not None
    args = (100, 5000, lat, 1 if lat is not None else 0, 7, "topic", 3, min_offset)
    try:
        want: list[ConsumerRecord] | None = decode_records_py(data, count, *args)
    except (CorruptRecordError, InvalidRecordError):
        want = None
    got = c_decode_records(data, count, *args, ConsumerRecord)
    if want is None:
        assert got is None
        return False
    if got is None:  # allowed: the Python decoder then answers (as in decode_batch)
        return False
    assert got == want
    assert all(type(r) is ConsumerRecord for r in got)
    assert [type(r.headers) for r in got] == [type(r.headers) for r in want] == [tuple] * len(got)
    # atoms only, so the collector need not track them (decoded records are many and short-lived)
    assert not any(gc.is_tracked(r) or gc.is_tracked(r.headers) for r in got)
    assert not any(gc.is_tracked(pair) for r in got for pair in r.headers)
    return True


@settings(max_examples=300, deadline=None)
@given(specs(max_size=20), st.sampled_from([None, 1234]), st.integers(0, 110))
def test_decoder_agrees_on_well_formed_records(spec, lat, min_offset) -> None:  # type: ignore[no-untyped-def]
    assert decode_both(records_of(spec), len(spec), lat, min_offset)


@settings(max_examples=1500, deadline=None)
@given(specs(max_size=6), st.data())
def test_decoder_agrees_on_damaged_records(spec, data) -> None:  # type: ignore[no-untyped-def]
    raw = bytearray(records_of(spec))
    for _ in range(data.draw(st.integers(1, 4))):
        if not raw:
            break
        at = data.draw(st.integers(0, len(raw) - 1))
        kind = data.draw(st.sampled_from(["flip", "cut", "insert", "byte"]))
        if kind == "flip":
            raw[at] ^= 1 << data.draw(st.integers(0, 7))
        elif kind == "byte":
            raw[at] = data.draw(st.sampled_from([0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE]))
        elif kind == "cut":
            del raw[at:]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=3))
    decode_both(bytes(raw), len(spec) + data.draw(st.sampled_from([0, 0, -1, 1])))


def test_decoder_rejects_timestamp_overflow_to_python() -> None:
    body = record_body(0, 2**63 - 1, b"k", b"v")
    # base_ts + delta overflows int64: C leaves it to Python's unbounded ints
    assert not decode_both(zigzag(len(body)) + body, 1)


# ---------------------------------------------------------------- the producer's encoder


@settings(max_examples=400, deadline=None)
@given(specs(max_size=20), st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_encoder_agrees(spec, with_keys, with_headers, with_ts, as_tuple) -> None:  # type: ignore[no-untyped-def]
    from fluxmq.protocol.records.builder import _c_encode, encode_records_py

    assert _c_encode is not None
    seq = tuple if as_tuple else list
    values = seq(spec.values)
    keys = seq(spec.keys) if with_keys else None
    headers = seq(spec.headers) if with_headers else None
    base = spec.timestamps[0]
    deltas = seq(t - base for t in spec.timestamps) if with_ts else None
    want = b"".join(encode_records_py(values, keys, headers, deltas))
    assert _c_encode(values, keys, headers, deltas) == want
    # and the result reads back as the same records
    found = walk_records_py(want, len(values), 0)
    assert found.all_keyed == (keys is not None and all(k is not None for k in spec.keys))


def test_encoder_leaves_unusual_inputs_to_python() -> None:
    from fluxmq.protocol.records.builder import _c_encode

    assert _c_encode is not None
    assert _c_encode([memoryview(b"x")], None, None, None) is None  # only bytes/bytearray
    assert _c_encode([b"x"], None, [[("\udcff", b"")]], None) is None  # not UTF-8 encodable
    assert _c_encode([b"x"], None, None, [2**63]) is None  # beyond a varlong
    assert _c_encode([b"x", b"y"], [b"k"], None, None) is None  # lengths differ
    assert _c_encode([bytearray(b"x")], None, None, None) is not None
