# generated from Kafka 4.4.0 by codegen — do not edit
"""FindCoordinatorRequest: Kafka request (key 10), versions 0-6."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from collections.abc import Sequence
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_length,
    bad_utf8,
    not_in_version,
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import (
    INT16,
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "FindCoordinatorRequest",
]

_F0 = PackStruct(">b")


class FindCoordinatorRequest(_Message):
    NAME: ClassVar[str] = "FindCoordinatorRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 10
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo("key", "Key", "string", False, (0, 3), (1, 0), None, (1, 0), False, None, False),
        FieldInfo(
            "key_type",
            "KeyType",
            "int8",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "coordinator_keys",
            "CoordinatorKeys",
            "string",
            True,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    key: str = ""
    key_type: int = 0
    coordinator_keys: Sequence[str] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_FindCoordinatorRequest_0(buf: memoryview, pos: int) -> tuple[FindCoordinatorRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FindCoordinatorRequest.Key", pos)
        elif n > end - pos:
            raise bad_length("FindCoordinatorRequest.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
            pos += n
        return FindCoordinatorRequest(f_key, 0, (), None), pos
    except (StructError, IndexError):
        raise truncated("FindCoordinatorRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FindCoordinatorRequest v0", pos) from None


def _w_FindCoordinatorRequest_0(o: FindCoordinatorRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.key_type != 0:
        raise not_in_version("FindCoordinatorRequest.KeyType", "0")
    if o.coordinator_keys:
        raise not_in_version("FindCoordinatorRequest.CoordinatorKeys", "0")
    v_key = o.key
    b = v_key.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_FindCoordinatorRequest_0(o: FindCoordinatorRequest) -> int:
    n = 0
    v_key = o.key
    k = utf8_len(v_key)
    n += 2
    n += k
    return n


def _r_FindCoordinatorRequest_1(buf: memoryview, pos: int) -> tuple[FindCoordinatorRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FindCoordinatorRequest.Key", pos)
        elif n > end - pos:
            raise bad_length("FindCoordinatorRequest.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_key_type,) = _F0.unpack_from(buf, pos)
        pos += 1
        return FindCoordinatorRequest(f_key, f_key_type, (), None), pos
    except (StructError, IndexError):
        raise truncated("FindCoordinatorRequest v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FindCoordinatorRequest v1-2", pos) from None


def _w_FindCoordinatorRequest_1(o: FindCoordinatorRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.coordinator_keys:
        raise not_in_version("FindCoordinatorRequest.CoordinatorKeys", "1-2")
    v_key = o.key
    b = v_key.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.key_type))


def _s_FindCoordinatorRequest_1(o: FindCoordinatorRequest) -> int:
    n = 1
    v_key = o.key
    k = utf8_len(v_key)
    n += 2
    n += k
    return n


def _r_FindCoordinatorRequest_2(buf: memoryview, pos: int) -> tuple[FindCoordinatorRequest, int]:
    end = len(buf)
    try:
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("FindCoordinatorRequest.Key", pos)
        elif n > end - pos:
            raise bad_length("FindCoordinatorRequest.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_key_type,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FindCoordinatorRequest(f_key, f_key_type, (), tags), pos
    except (StructError, IndexError):
        raise truncated("FindCoordinatorRequest v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FindCoordinatorRequest v3", pos) from None


def _w_FindCoordinatorRequest_2(o: FindCoordinatorRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.coordinator_keys:
        raise not_in_version("FindCoordinatorRequest.CoordinatorKeys", "3")
    v_key = o.key
    b = v_key.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.key_type))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FindCoordinatorRequest_2(o: FindCoordinatorRequest) -> int:
    n = 1
    v_key = o.key
    k = utf8_len(v_key)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FindCoordinatorRequest_3(buf: memoryview, pos: int) -> tuple[FindCoordinatorRequest, int]:
    end = len(buf)
    try:
        (f_key_type,) = _F0.unpack_from(buf, pos)
        pos += 1
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("FindCoordinatorRequest.CoordinatorKeys", pos)
        elif n > end - pos:
            raise bad_length("FindCoordinatorRequest.CoordinatorKeys", n, pos, end - pos)
        else:
            items_coordinator_keys: list[str] = []
            append_coordinator_keys = items_coordinator_keys.append
            for _ in range(n):
                n = buf[pos]
                if n < 128:
                    pos += 1
                elif buf[pos + 1] < 128:
                    n = (n & 127) | (buf[pos + 1] << 7)
                    pos += 2
                elif buf[pos + 2] < 128:
                    n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
                    pos += 3
                else:
                    n, pos = read_uvarint(buf, pos)
                n -= 1
                if n < 0:
                    raise null_not_allowed("FindCoordinatorRequest.CoordinatorKeys", pos)
                elif n > end - pos:
                    raise bad_length("FindCoordinatorRequest.CoordinatorKeys", n, pos, end - pos)
                else:
                    x_coordinator_keys = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_coordinator_keys(x_coordinator_keys)
            f_coordinator_keys: tuple[str, ...] = tuple(items_coordinator_keys)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FindCoordinatorRequest("", f_key_type, f_coordinator_keys, tags), pos
    except (StructError, IndexError):
        raise truncated("FindCoordinatorRequest v4-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FindCoordinatorRequest v4-6", pos) from None


def _w_FindCoordinatorRequest_3(o: FindCoordinatorRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.key != "":
        raise not_in_version("FindCoordinatorRequest.Key", "4-6")
    a(_F0.pack(o.key_type))
    v_coordinator_keys = o.coordinator_keys
    n = len(v_coordinator_keys) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_coordinator_keys in v_coordinator_keys:
        b = x_coordinator_keys.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FindCoordinatorRequest_3(o: FindCoordinatorRequest) -> int:
    n = 1
    v_coordinator_keys = o.coordinator_keys
    n += uvarint_size(len(v_coordinator_keys) + 1)
    for x_coordinator_keys in v_coordinator_keys:
        k = utf8_len(x_coordinator_keys)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


FindCoordinatorRequest._READERS = (
    _r_FindCoordinatorRequest_0,
    _r_FindCoordinatorRequest_1,
    _r_FindCoordinatorRequest_1,
    _r_FindCoordinatorRequest_2,
    _r_FindCoordinatorRequest_3,
    _r_FindCoordinatorRequest_3,
    _r_FindCoordinatorRequest_3,
)
FindCoordinatorRequest._WRITERS = (
    _w_FindCoordinatorRequest_0,
    _w_FindCoordinatorRequest_1,
    _w_FindCoordinatorRequest_1,
    _w_FindCoordinatorRequest_2,
    _w_FindCoordinatorRequest_3,
    _w_FindCoordinatorRequest_3,
    _w_FindCoordinatorRequest_3,
)
FindCoordinatorRequest._SIZERS = (
    _s_FindCoordinatorRequest_0,
    _s_FindCoordinatorRequest_1,
    _s_FindCoordinatorRequest_1,
    _s_FindCoordinatorRequest_2,
    _s_FindCoordinatorRequest_3,
    _s_FindCoordinatorRequest_3,
    _s_FindCoordinatorRequest_3,
)
bind_readers(
    FindCoordinatorRequest,
    "find_coordinator_request",
    "fbf1616f52a6eed3",
    (FindCoordinatorRequest,),
)
