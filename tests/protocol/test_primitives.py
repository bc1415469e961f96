"""Varints, zig-zag varints/varlongs and uuids: known encodings, edge values, bad input."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fluxmq.protocol.errors import DecodeError, ProtocolError
from fluxmq.protocol.primitives import (
    UVARINT1,
    ZERO_UUID,
    read_uvarint,
    read_varint,
    read_varlong,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
    varint_bytes,
    varint_size,
    varlong_bytes,
)

Reader = Callable[[bytes, int], tuple[int, int]]

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
UINT32_MAX = 2**32 - 1

# (value, hex) pairs derived by hand: 7 bits per byte, least significant group first,
# high bit set on every byte but the last.
UVARINTS = [
    (0, "00"),
    (1, "01"),
    (127, "7f"),
    (128, "8001"),
    (300, "ac02"),  # 300 = 0b10_0101100 -> 0xac, 0x02
    (16383, "ff7f"),
    (16384, "808001"),
    (2**21 - 1, "ffff7f"),
    (2**21, "80808001"),
    (2**28 - 1, "ffffff7f"),
    (2**28, "8080808001"),
    (UINT32_MAX, "ffffffff0f"),
]

# Zig-zag maps 0, -1, 1, -2, 2, ... to 0, 1, 2, 3, 4, ...
VARINTS = [
    (0, "00"),
    (-1, "01"),
    (1, "02"),
    (-2, "03"),
    (2, "04"),
    (63, "7e"),
    (-64, "7f"),
    (64, "8001"),
    (-65, "8101"),
    (150, "ac02"),  # zig-zag 300
    (INT32_MAX, "feffffff0f"),
    (INT32_MIN, "ffffffff0f"),
]

VARLONGS = [
    *VARINTS,
    (2**31, "8080808010"),  # zig-zag 2**32 needs the bits the varint range forbids
    (INT64_MAX, "feffffffffffffffff01"),
    (INT64_MIN, "ffffffffffffffffff01"),
]


# ---------------------------------------------------------------- known encodings


@pytest.mark.parametrize(("value", "hexed"), UVARINTS)
def test_uvarint_known_encodings(value: int, hexed: str) -> None:
    wire = bytes.fromhex(hexed)
    assert uvarint_bytes(value) == wire
    assert uvarint_size(value) == len(wire)
    assert read_uvarint(wire, 0) == (value, len(wire))


@pytest.mark.parametrize(("value", "hexed"), VARINTS)
def test_varint_known_encodings(value: int, hexed: str) -> None:
    wire = bytes.fromhex(hexed)
    assert varint_bytes(value) == wire
    assert varint_size(value) == len(wire)
    assert read_varint(wire, 0) == (value, len(wire))


@pytest.mark.parametrize(("value", "hexed"), VARLONGS)
def test_varlong_known_encodings(value: int, hexed: str) -> None:
    wire = bytes.fromhex(hexed)
    assert varlong_bytes(value) == wire
    assert varint_size(value) == len(wire)
    assert read_varlong(wire, 0) == (value, len(wire))


def test_zigzag_minus_one_is_one_and_300_uvarint_is_ac02() -> None:
    # The two classic examples from the protocol guide, spelled out.
    assert varint_bytes(-1) == b"\x01"
    assert varlong_bytes(-1) == b"\x01"
    assert uvarint_bytes(300) == b"\xac\x02"


def test_uvarint1_table() -> None:
    assert len(UVARINT1) == 128
    assert all(UVARINT1[i] == bytes([i]) for i in range(128))


def test_readers_honour_position_and_buffer_types() -> None:
    data = b"\xee\xee" + bytes.fromhex("ac02") + b"\xee"
    for buf in (data, bytearray(data), memoryview(data)):
        assert read_uvarint(buf, 2) == (300, 4)
        assert read_varint(buf, 2) == (150, 4)
        assert read_varlong(buf, 2) == (150, 4)


def test_consecutive_values_decode_in_sequence() -> None:
    wire = b"".join(varint_bytes(v) for v in (0, -1, INT32_MAX, INT32_MIN, 300))
    pos, out = 0, []
    while pos < len(wire):
        v, pos = read_varint(wire, pos)
        out.append(v)
    assert out == [0, -1, INT32_MAX, INT32_MIN, 300]
    assert pos == len(wire)


# ---------------------------------------------------------------- round trips


@given(st.integers(0, UINT32_MAX))
def test_uvarint_roundtrip(n: int) -> None:
    wire = uvarint_bytes(n)
    assert len(wire) == uvarint_size(n)
    assert read_uvarint(wire, 0) == (n, len(wire))


@given(st.integers(INT32_MIN, INT32_MAX))
def test_varint_roundtrip(n: int) -> None:
    wire = varint_bytes(n)
    assert len(wire) == varint_size(n) <= 5
    assert read_varint(wire, 0) == (n, len(wire))


@given(st.integers(INT64_MIN, INT64_MAX))
def test_varlong_roundtrip(n: int) -> None:
    wire = varlong_bytes(n)
    assert len(wire) == varint_size(n) <= 10
    assert read_varlong(wire, 0) == (n, len(wire))


@pytest.mark.parametrize("bits", range(0, 33))
def test_uvarint_size_at_every_power_of_two(bits: int) -> None:
    for n in {max(0, 2**bits - 1), min(2**bits, UINT32_MAX)}:
        assert uvarint_size(n) == len(uvarint_bytes(n))
        assert read_uvarint(uvarint_bytes(n), 0)[0] == n


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "hexed",
    [
        "",  # nothing at all
        "80",  # continuation bit, then nothing
        "ffff",
        "ffffff",
        "ffffffff",  # four continuation bytes, fifth missing
    ],
)
@pytest.mark.parametrize("reader", [read_uvarint, read_varint, read_varlong])
def test_truncated_input_raises_decode_error(reader: Reader, hexed: str) -> None:
    with pytest.raises(DecodeError):
        reader(bytes.fromhex(hexed), 0)


@pytest.mark.parametrize("reader", [read_uvarint, read_varint, read_varlong])
def test_position_past_the_end_raises_decode_error(reader: Reader) -> None:
    with pytest.raises(DecodeError):
        reader(b"\x01\x02", 2)


@pytest.mark.parametrize(
    "hexed",
    [
        "8080808080",  # five continuation bytes: a sixth would be needed
        "808080808000",  # six bytes
        "ffffffffff01",
        "ffffffff10",  # fifth byte carries bit 32: more than 32 bits
        "ffffffff7f",
    ],
)
@pytest.mark.parametrize("reader", [read_uvarint, read_varint])
def test_overlong_32_bit_varints_raise_decode_error(reader: Reader, hexed: str) -> None:
    with pytest.raises(DecodeError):
        reader(bytes.fromhex(hexed) + b"\x00" * 8, 0)


@pytest.mark.parametrize(
    "hexed",
    [
        "80" * 10,  # ten continuation bytes
        "80" * 10 + "00",  # eleven bytes
        "ff" * 9 + "02",  # tenth byte carries bit 64
        "ff" * 9 + "7f",
    ],
)
def test_overlong_varlongs_raise_decode_error(hexed: str) -> None:
    with pytest.raises(DecodeError):
        read_varlong(bytes.fromhex(hexed) + b"\x00" * 4, 0)


def test_decode_error_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError):
        read_uvarint(b"\x80", 0)


@pytest.mark.parametrize(
    ("writer", "value"),
    [
        (uvarint_bytes, -1),
        (uvarint_bytes, UINT32_MAX + 1),
        (varint_bytes, INT32_MAX + 1),
        (varint_bytes, INT32_MIN - 1),
        (varlong_bytes, INT64_MAX + 1),
        (varlong_bytes, INT64_MIN - 1),
    ],
)
def test_writers_reject_out_of_range_values(writer: Callable[[int], bytes], value: int) -> None:
    with pytest.raises(OverflowError):
        writer(value)


# ---------------------------------------------------------------- uuids


def test_uuid_from_bytes_zero_is_the_shared_zero_uuid() -> None:
    assert uuid_from_bytes(bytes(16)) is ZERO_UUID
    assert ZERO_UUID == uuid.UUID(int=0)


@given(st.binary(min_size=16, max_size=16))
def test_uuid_from_bytes_matches_stdlib(raw: bytes) -> None:
    u = uuid_from_bytes(raw)
    ref = uuid.UUID(bytes=raw)
    assert u == ref
    assert hash(u) == hash(ref)
    assert str(u) == str(ref)
    assert u.bytes == raw


def test_uuid_from_bytes_is_big_endian() -> None:
    raw = bytes(range(16))
    assert str(uuid_from_bytes(raw)) == "00010203-0405-0607-0809-0a0b0c0d0e0f"
