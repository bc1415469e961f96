# generated from Kafka 4.4.0 by codegen — do not edit
"""FindCoordinatorResponse: Kafka response (key 10), versions 0-6."""

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
    "Coordinator",
    "FindCoordinatorResponse",
]

_F0 = PackStruct(">hi")
_F1 = PackStruct(">i")
_F2 = PackStruct(">ih")


class Coordinator(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "key", "Key", "string", False, (4, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "node_id",
            "NodeId",
            "int32",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "host", "Host", "string", False, (4, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "port", "Port", "int32", False, (4, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "error_code",
            "ErrorCode",
            "int16",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "error_message",
            "ErrorMessage",
            "string",
            False,
            (4, 32767),
            (4, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    key: str = ""
    node_id: int = 0
    host: str = ""
    port: int = 0
    error_code: int = 0
    error_message: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class FindCoordinatorResponse(_Message):
    NAME: ClassVar[str] = "FindCoordinatorResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 10
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN: ClassVar[int | None] = 3
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
            (0, 3),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "error_message",
            "ErrorMessage",
            "string",
            False,
            (1, 3),
            (1, 3),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "node_id", "NodeId", "int32", False, (0, 3), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "host", "Host", "string", False, (0, 3), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo("port", "Port", "int32", False, (0, 3), (1, 0), None, (1, 0), False, None, False),
        FieldInfo(
            "coordinators",
            "Coordinators",
            "Coordinator",
            True,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Coordinator,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = ""
    node_id: int = 0
    host: str = ""
    port: int = 0
    coordinators: Sequence[Coordinator] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_FindCoordinatorResponse_0(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_node_id,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FindCoordinatorResponse.Host", pos)
        elif n > end - pos:
            raise bad_length("FindCoordinatorResponse.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F1.unpack_from(buf, pos)
        pos += 4
        return (
            FindCoordinatorResponse(0, f_error_code, "", f_node_id, f_host, f_port, (), None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FindCoordinatorResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FindCoordinatorResponse v0", pos) from None


def _w_FindCoordinatorResponse_0(o: FindCoordinatorResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.coordinators:
        raise not_in_version("FindCoordinatorResponse.Coordinators", "0")
    a(_F0.pack(o.error_code, o.node_id))
    v_host = o.host
    b = v_host.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.port))


def _s_FindCoordinatorResponse_0(o: FindCoordinatorResponse) -> int:
    n = 10
    v_host = o.host
    k = utf8_len(v_host)
    n += 2
    n += k
    return n


def _r_FindCoordinatorResponse_1(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F2.unpack_from(buf, pos)
        pos += 6
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("FindCoordinatorResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_node_id,) = _F1.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FindCoordinatorResponse.Host", pos)
        elif n > end - pos:
            raise bad_length("FindCoordinatorResponse.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F1.unpack_from(buf, pos)
        pos += 4
        return (
            FindCoordinatorResponse(
                f_throttle_time_ms,
                f_error_code,
                f_error_message,
                f_node_id,
                f_host,
                f_port,
                (),
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FindCoordinatorResponse v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FindCoordinatorResponse v1-2", pos) from None


def _w_FindCoordinatorResponse_1(o: FindCoordinatorResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.coordinators:
        raise not_in_version("FindCoordinatorResponse.Coordinators", "1-2")
    a(_F2.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F1.pack(o.node_id))
    v_host = o.host
    b = v_host.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.port))


def _s_FindCoordinatorResponse_1(o: FindCoordinatorResponse) -> int:
    n = 14
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    v_host = o.host
    k = utf8_len(v_host)
    n += 2
    n += k
    return n


def _r_FindCoordinatorResponse_2(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F2.unpack_from(buf, pos)
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("FindCoordinatorResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_node_id,) = _F1.unpack_from(buf, pos)
        pos += 4
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
            raise null_not_allowed("FindCoordinatorResponse.Host", pos)
        elif n > end - pos:
            raise bad_length("FindCoordinatorResponse.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F1.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            FindCoordinatorResponse(
                f_throttle_time_ms,
                f_error_code,
                f_error_message,
                f_node_id,
                f_host,
                f_port,
                (),
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FindCoordinatorResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FindCoordinatorResponse v3", pos) from None


def _w_FindCoordinatorResponse_2(o: FindCoordinatorResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.coordinators:
        raise not_in_version("FindCoordinatorResponse.Coordinators", "3")
    a(_F2.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.node_id))
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.port))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FindCoordinatorResponse_2(o: FindCoordinatorResponse) -> int:
    n = 14
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FindCoordinatorResponse_3(buf: memoryview, pos: int) -> tuple[FindCoordinatorResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
        pos += 4
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
            raise null_not_allowed("FindCoordinatorResponse.Coordinators", pos)
        elif n > end - pos:
            raise bad_length("FindCoordinatorResponse.Coordinators", n, pos, end - pos)
        else:
            items_coordinators: list[Coordinator] = []
            append_coordinators = items_coordinators.append
            for _ in range(n):
                x_coordinators, pos = _r_Coordinator_0(buf, pos)
                append_coordinators(x_coordinators)
            f_coordinators: tuple[Coordinator, ...] = tuple(items_coordinators)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            FindCoordinatorResponse(f_throttle_time_ms, 0, "", 0, "", 0, f_coordinators, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FindCoordinatorResponse v4-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FindCoordinatorResponse v4-6", pos) from None


def _w_FindCoordinatorResponse_3(o: FindCoordinatorResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.error_code != 0:
        raise not_in_version("FindCoordinatorResponse.ErrorCode", "4-6")
    if o.node_id != 0:
        raise not_in_version("FindCoordinatorResponse.NodeId", "4-6")
    if o.host != "":
        raise not_in_version("FindCoordinatorResponse.Host", "4-6")
    if o.port != 0:
        raise not_in_version("FindCoordinatorResponse.Port", "4-6")
    a(_F1.pack(o.throttle_time_ms))
    v_coordinators = o.coordinators
    n = len(v_coordinators) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_coordinators = _w_Coordinator_0
    for x_coordinators in v_coordinators:
        w_coordinators(x_coordinators, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FindCoordinatorResponse_3(o: FindCoordinatorResponse) -> int:
    n = 4
    v_coordinators = o.coordinators
    n += uvarint_size(len(v_coordinators) + 1)
    sz_coordinators = _s_Coordinator_0
    for x_coordinators in v_coordinators:
        n += sz_coordinators(x_coordinators)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Coordinator_0(buf: memoryview, pos: int) -> tuple[Coordinator, int]:
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
            raise null_not_allowed("Coordinator.Key", pos)
        elif n > end - pos:
            raise bad_length("Coordinator.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_node_id,) = _F1.unpack_from(buf, pos)
        pos += 4
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
            raise null_not_allowed("Coordinator.Host", pos)
        elif n > end - pos:
            raise bad_length("Coordinator.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_port,
            f_error_code,
        ) = _F2.unpack_from(buf, pos)
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("Coordinator.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            Coordinator(f_key, f_node_id, f_host, f_port, f_error_code, f_error_message, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("Coordinator v4-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Coordinator v4-6", pos) from None


def _w_Coordinator_0(o: Coordinator, out: list[Buffer]) -> None:
    a = out.append
    v_key = o.key
    b = v_key.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.node_id))
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F2.pack(o.port, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Coordinator_0(o: Coordinator) -> int:
    n = 10
    v_key = o.key
    k = utf8_len(v_key)
    n += uvarint_size(k + 1)
    n += k
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


FindCoordinatorResponse._READERS = (
    _r_FindCoordinatorResponse_0,
    _r_FindCoordinatorResponse_1,
    _r_FindCoordinatorResponse_1,
    _r_FindCoordinatorResponse_2,
    _r_FindCoordinatorResponse_3,
    _r_FindCoordinatorResponse_3,
    _r_FindCoordinatorResponse_3,
)
FindCoordinatorResponse._WRITERS = (
    _w_FindCoordinatorResponse_0,
    _w_FindCoordinatorResponse_1,
    _w_FindCoordinatorResponse_1,
    _w_FindCoordinatorResponse_2,
    _w_FindCoordinatorResponse_3,
    _w_FindCoordinatorResponse_3,
    _w_FindCoordinatorResponse_3,
)
FindCoordinatorResponse._SIZERS = (
    _s_FindCoordinatorResponse_0,
    _s_FindCoordinatorResponse_1,
    _s_FindCoordinatorResponse_1,
    _s_FindCoordinatorResponse_2,
    _s_FindCoordinatorResponse_3,
    _s_FindCoordinatorResponse_3,
    _s_FindCoordinatorResponse_3,
)
bind_readers(
    FindCoordinatorResponse,
    "find_coordinator_response",
    "67efc129b06f960b",
    (
        Coordinator,
        FindCoordinatorResponse,
    ),
)
