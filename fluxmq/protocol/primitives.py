"""Kafka primitive types: varints, zig-zag varints, uuids and their sizes.

Fixed-width integers are handled by precompiled `struct.Struct` objects in the generated code;
this module holds what cannot be done with `struct` alone. Readers take a buffer and a position
and return `(value, new_position)`; they raise `DecodeError` on truncated or overlong input.
"""

from __future__ import annotations

import importlib
import os
import struct
import uuid
from collections.abc import Callable
from typing import Final

from .errors import DecodeError

__all__ = [
    "FLOAT64",
    "INT8",
    "INT16",
    "INT32",
    "INT64",
    "SMALL_ARRAY",
    "UINT16",
    "UINT32",
    "UVARINTS",
    "ZERO_UUID",
    "Buffer",
    "array_structs",
    "read_uvarint",
    "read_varint",
    "read_varlong",
    "uuid_from_bytes",
    "uvarint_bytes",
    "uvarint_bytes_py",
    "uvarint_size",
    "varint_bytes",
    "varint_size",
    "varlong_bytes",
]

Buffer = bytes | bytearray | memoryview

ZERO_UUID: Final = uuid.UUID(int=0)
_ZERO16: Final = bytes(16)

INT8: Final = struct.Struct(">b")
INT16: Final = struct.Struct(">h")
INT32: Final = struct.Struct(">i")
INT64: Final = struct.Struct(">q")
UINT16: Final = struct.Struct(">H")
UINT32: Final = struct.Struct(">I")
FLOAT64: Final = struct.Struct(">d")

_ARRAY_CACHE: dict[str, tuple[struct.Struct, ...]] = {}
SMALL_ARRAY: Final = 64


def array_structs(code: str) -> tuple[struct.Struct, ...]:
    """Precompiled structs for arrays of 0..SMALL_ARRAY-1 fixed-width elements of `code`."""
    table = _ARRAY_CACHE.get(code)
    if table is None:
        table = tuple(struct.Struct(f">{n}{code}") for n in range(SMALL_ARRAY))
        _ARRAY_CACHE[code] = table
    return table


# Single-byte unsigned varints, indexed by value: the common case for lengths and counts.
UVARINT1: Final = tuple(bytes((i,)) for i in range(128))


def read_uvarint(buf: Buffer, pos: int) -> tuple[int, int]:
    """An unsigned varint of at most 32 bits (5 bytes)."""
    result = 0
    shift = 0
    end = len(buf)
    while True:
        if pos >= end:
            raise DecodeError(f"truncated unsigned varint at byte {pos}")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            if result > 0xFFFFFFFF:
                raise DecodeError(f"unsigned varint over 32 bits ending at byte {pos}")
            return result, pos
        shift += 7
        if shift > 28:
            raise DecodeError(f"unsigned varint longer than 5 bytes at byte {pos}")


def _read_unsigned(buf: Buffer, pos: int, max_bytes: int, what: str) -> tuple[int, int]:
    result = 0
    shift = 0
    end = len(buf)
    limit = pos + max_bytes
    while True:
        if pos >= end:
            raise DecodeError(f"truncated {what} at byte {pos}")
        if pos >= limit:
            raise DecodeError(f"{what} longer than {max_bytes} bytes at byte {pos}")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def read_varint(buf: Buffer, pos: int) -> tuple[int, int]:
    """A zig-zag encoded signed 32-bit varint."""
    n, pos = _read_unsigned(buf, pos, 5, "varint")
    if n > 0xFFFFFFFF:
        raise DecodeError(f"varint over 32 bits ending at byte {pos}")
    return (n >> 1) ^ -(n & 1), pos


def read_varlong(buf: Buffer, pos: int) -> tuple[int, int]:
    """A zig-zag encoded signed 64-bit varint."""
    n, pos = _read_unsigned(buf, pos, 10, "varlong")
    if n > 0xFFFFFFFFFFFFFFFF:
        raise DecodeError(f"varlong over 64 bits ending at byte {pos}")
    return (n >> 1) ^ -(n & 1), pos


def _uvarint_slow(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


# Unsigned varints of 0..16383 (one and two bytes): every common length and count.
UVARINTS: Final = tuple(_uvarint_slow(i) for i in range(16384))


def uvarint_bytes_py(n: int) -> bytes:
    """The unsigned varint encoding of n (0 <= n < 2**32); `uvarint_bytes` is its C twin
    when the optional extension is built."""
    if n < 0x80:
        if n < 0:
            raise OverflowError(f"unsigned varint cannot hold {n}")
        return UVARINT1[n]
    if n < 0x200000:
        if n < 0x4000:
            return UVARINTS[n]
        return bytes(((n & 0x7F) | 0x80, ((n >> 7) & 0x7F) | 0x80, n >> 14))
    if n > 0xFFFFFFFF:
        raise OverflowError(f"unsigned varint cannot hold {n}")
    return _uvarint_slow(n)


def _unsigned_bytes(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def varint_bytes(n: int) -> bytes:
    if not -0x80000000 <= n <= 0x7FFFFFFF:
        raise OverflowError(f"varint cannot hold {n}")
    z = ((n << 1) ^ (n >> 31)) & 0xFFFFFFFF
    return UVARINT1[z] if z < 0x80 else _unsigned_bytes(z)


def varlong_bytes(n: int) -> bytes:
    if not -0x8000000000000000 <= n <= 0x7FFFFFFFFFFFFFFF:
        raise OverflowError(f"varlong cannot hold {n}")
    z = ((n << 1) ^ (n >> 63)) & 0xFFFFFFFFFFFFFFFF
    return UVARINT1[z] if z < 0x80 else _unsigned_bytes(z)


def uvarint_size(n: int) -> int:
    if n < 0x80:
        return 1
    if n < 0x4000:
        return 2
    if n < 0x200000:
        return 3
    if n < 0x10000000:
        return 4
    return 5


def varint_size(n: int) -> int:
    z = ((n << 1) ^ (n >> 63)) & 0xFFFFFFFFFFFFFFFF
    size = 1
    while z >= 0x80:
        z >>= 7
        size += 1
    return size


_new_uuid = object.__new__
# The slot descriptors of UUID's __slots__: faster than object.__setattr__ on a frozen UUID.
_set_int = uuid.UUID.__dict__["int"].__set__
_set_safe = uuid.UUID.__dict__["is_safe"].__set__
_UNKNOWN_SAFE = uuid.SafeUUID.unknown
_from_bytes = int.from_bytes


def uuid_from_bytes(b: bytes) -> uuid.UUID:
    """uuid.UUID from 16 big-endian bytes, without UUID.__init__'s argument parsing."""
    if b == _ZERO16:
        return ZERO_UUID
    u: uuid.UUID = _new_uuid(uuid.UUID)
    _set_int(u, _from_bytes(b, "big"))
    _set_safe(u, _UNKNOWN_SAFE)
    return u


def _c_uvarint_bytes() -> Callable[[int], bytes]:
    # Looked up last: the extension's init imports this module (ZERO_UUID, _UNKNOWN_SAFE),
    # which is complete by now. FLUXMQ_PURE_PYTHON=1 keeps the Python function.
    if os.environ.get("FLUXMQ_PURE_PYTHON", "0") not in ("", "0"):
        return uvarint_bytes_py
    try:
        fn: Callable[[int], bytes] = importlib.import_module("fluxmq.protocol._accel").uvarint_bytes
    except (ImportError, AttributeError):
        return uvarint_bytes_py
    return fn


uvarint_bytes: Final = _c_uvarint_bytes()
