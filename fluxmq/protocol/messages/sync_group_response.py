# generated from Kafka 4.4.0 by codegen — do not edit
"""SyncGroupResponse: Kafka response (key 14), versions 0-5."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_length,
    bad_utf8,
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import (
    INT32,
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "SyncGroupResponse",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">ih")


class SyncGroupResponse(_Message):
    NAME: ClassVar[str] = "SyncGroupResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 14
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "error_code",
            "ErrorCode",
            "int16",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "protocol_type",
            "ProtocolType",
            "string",
            False,
            (5, 32767),
            (5, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "protocol_name",
            "ProtocolName",
            "string",
            False,
            (5, 32767),
            (5, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "assignment",
            "Assignment",
            "bytes",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    protocol_type: str | None = None
    protocol_name: str | None = None
    assignment: bytes = b""
    unknown_tags: dict[int, bytes] | None = None


def _r_SyncGroupResponse_0(buf: memoryview, pos: int) -> tuple[SyncGroupResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("SyncGroupResponse.Assignment", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupResponse.Assignment", n, pos, end - pos)
        else:
            f_assignment = bytes(buf[pos : pos + n])
            pos += n
        return SyncGroupResponse(0, f_error_code, None, None, f_assignment, None), pos
    except (StructError, IndexError):
        raise truncated("SyncGroupResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SyncGroupResponse v0", pos) from None


def _w_SyncGroupResponse_0(o: SyncGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_assignment = o.assignment
    a(INT32.pack(len(v_assignment)))
    a(v_assignment if type(v_assignment) is bytes else memoryview(v_assignment))


def _s_SyncGroupResponse_0(o: SyncGroupResponse) -> int:
    n = 2
    v_assignment = o.assignment
    n += 4
    n += len(v_assignment)
    return n


def _r_SyncGroupResponse_1(buf: memoryview, pos: int) -> tuple[SyncGroupResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("SyncGroupResponse.Assignment", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupResponse.Assignment", n, pos, end - pos)
        else:
            f_assignment = bytes(buf[pos : pos + n])
            pos += n
        return (
            SyncGroupResponse(f_throttle_time_ms, f_error_code, None, None, f_assignment, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("SyncGroupResponse v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SyncGroupResponse v1-3", pos) from None


def _w_SyncGroupResponse_1(o: SyncGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_assignment = o.assignment
    a(INT32.pack(len(v_assignment)))
    a(v_assignment if type(v_assignment) is bytes else memoryview(v_assignment))


def _s_SyncGroupResponse_1(o: SyncGroupResponse) -> int:
    n = 6
    v_assignment = o.assignment
    n += 4
    n += len(v_assignment)
    return n


def _r_SyncGroupResponse_2(buf: memoryview, pos: int) -> tuple[SyncGroupResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
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
            raise null_not_allowed("SyncGroupResponse.Assignment", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupResponse.Assignment", n, pos, end - pos)
        else:
            f_assignment = bytes(buf[pos : pos + n])
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            SyncGroupResponse(f_throttle_time_ms, f_error_code, None, None, f_assignment, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("SyncGroupResponse v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SyncGroupResponse v4", pos) from None


def _w_SyncGroupResponse_2(o: SyncGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_assignment = o.assignment
    n = len(v_assignment) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_assignment if type(v_assignment) is bytes else memoryview(v_assignment))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_SyncGroupResponse_2(o: SyncGroupResponse) -> int:
    n = 6
    v_assignment = o.assignment
    n += uvarint_size(len(v_assignment) + 1)
    n += len(v_assignment)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_SyncGroupResponse_3(buf: memoryview, pos: int) -> tuple[SyncGroupResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
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
            f_protocol_type: str | None = None
        elif n > end - pos:
            raise bad_length("SyncGroupResponse.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
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
            f_protocol_name: str | None = None
        elif n > end - pos:
            raise bad_length("SyncGroupResponse.ProtocolName", n, pos, end - pos)
        else:
            f_protocol_name = str(buf[pos : pos + n], "utf-8")
            pos += n
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
            raise null_not_allowed("SyncGroupResponse.Assignment", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupResponse.Assignment", n, pos, end - pos)
        else:
            f_assignment = bytes(buf[pos : pos + n])
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            SyncGroupResponse(
                f_throttle_time_ms,
                f_error_code,
                f_protocol_type,
                f_protocol_name,
                f_assignment,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("SyncGroupResponse v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SyncGroupResponse v5", pos) from None


def _w_SyncGroupResponse_3(o: SyncGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_protocol_type = o.protocol_type
    if v_protocol_type is None:
        a(b"\x00")
    else:
        b = v_protocol_type.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        a(b"\x00")
    else:
        b = v_protocol_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_assignment = o.assignment
    n = len(v_assignment) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_assignment if type(v_assignment) is bytes else memoryview(v_assignment))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_SyncGroupResponse_3(o: SyncGroupResponse) -> int:
    n = 6
    v_protocol_type = o.protocol_type
    if v_protocol_type is None:
        n += 1
    else:
        k = utf8_len(v_protocol_type)
        n += uvarint_size(k + 1)
        n += k
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        n += 1
    else:
        k = utf8_len(v_protocol_name)
        n += uvarint_size(k + 1)
        n += k
    v_assignment = o.assignment
    n += uvarint_size(len(v_assignment) + 1)
    n += len(v_assignment)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


SyncGroupResponse._READERS = (
    _r_SyncGroupResponse_0,
    _r_SyncGroupResponse_1,
    _r_SyncGroupResponse_1,
    _r_SyncGroupResponse_1,
    _r_SyncGroupResponse_2,
    _r_SyncGroupResponse_3,
)
SyncGroupResponse._WRITERS = (
    _w_SyncGroupResponse_0,
    _w_SyncGroupResponse_1,
    _w_SyncGroupResponse_1,
    _w_SyncGroupResponse_1,
    _w_SyncGroupResponse_2,
    _w_SyncGroupResponse_3,
)
SyncGroupResponse._SIZERS = (
    _s_SyncGroupResponse_0,
    _s_SyncGroupResponse_1,
    _s_SyncGroupResponse_1,
    _s_SyncGroupResponse_1,
    _s_SyncGroupResponse_2,
    _s_SyncGroupResponse_3,
)
bind_readers(SyncGroupResponse, "sync_group_response", "8a664855b11c282c", (SyncGroupResponse,))
