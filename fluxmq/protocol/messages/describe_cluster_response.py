# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeClusterResponse: Kafka response (key 60), versions 0-2."""

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
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "DescribeClusterBroker",
    "DescribeClusterResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">i")
_F2 = PackStruct(">b")
_F3 = PackStruct(">?")


class DescribeClusterBroker(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "broker_id",
            "BrokerId",
            "int32",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            True,
        ),
        FieldInfo(
            "host", "Host", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "port", "Port", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "rack",
            "Rack",
            "string",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "is_fenced",
            "IsFenced",
            "bool",
            False,
            (2, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    broker_id: int = 0
    host: str = ""
    port: int = 0
    rack: str | None = None
    is_fenced: bool = False
    unknown_tags: dict[int, bytes] | None = None


class DescribeClusterResponse(_Message):
    NAME: ClassVar[str] = "DescribeClusterResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 60
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
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
            "error_message",
            "ErrorMessage",
            "string",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "endpoint_type",
            "EndpointType",
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
            "cluster_id",
            "ClusterId",
            "string",
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
            "controller_id",
            "ControllerId",
            "int32",
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
            "brokers",
            "Brokers",
            "DescribeClusterBroker",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeClusterBroker,
            False,
        ),
        FieldInfo(
            "cluster_authorized_operations",
            "ClusterAuthorizedOperations",
            "int32",
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
    error_message: str | None = None
    endpoint_type: int = 1
    cluster_id: str = ""
    controller_id: int = -1
    brokers: Sequence[DescribeClusterBroker] = ()
    cluster_authorized_operations: int = -2147483648
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeClusterResponse_0(buf: memoryview, pos: int) -> tuple[DescribeClusterResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
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
            raise bad_length("DescribeClusterResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribeClusterResponse.ClusterId", pos)
        elif n > end - pos:
            raise bad_length("DescribeClusterResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeClusterResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("DescribeClusterResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[DescribeClusterBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_DescribeClusterBroker_0(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[DescribeClusterBroker, ...] = tuple(items_brokers)
        (f_cluster_authorized_operations,) = _F1.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeClusterResponse(
                f_throttle_time_ms,
                f_error_code,
                f_error_message,
                1,
                f_cluster_id,
                f_controller_id,
                f_brokers,
                f_cluster_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeClusterResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClusterResponse v0", pos) from None


def _w_DescribeClusterResponse_0(o: DescribeClusterResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.endpoint_type != 1:
        raise not_in_version("DescribeClusterResponse.EndpointType", "0")
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_cluster_id = o.cluster_id
    b = v_cluster_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.controller_id))
    v_brokers = o.brokers
    n = len(v_brokers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_brokers = _w_DescribeClusterBroker_0
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    a(_F1.pack(o.cluster_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeClusterResponse_0(o: DescribeClusterResponse) -> int:
    n = 14
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_cluster_id = o.cluster_id
    k = utf8_len(v_cluster_id)
    n += uvarint_size(k + 1)
    n += k
    v_brokers = o.brokers
    n += uvarint_size(len(v_brokers) + 1)
    sz_brokers = _s_DescribeClusterBroker_0
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeClusterResponse_1(buf: memoryview, pos: int) -> tuple[DescribeClusterResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
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
            raise bad_length("DescribeClusterResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_endpoint_type,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeClusterResponse.ClusterId", pos)
        elif n > end - pos:
            raise bad_length("DescribeClusterResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeClusterResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("DescribeClusterResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[DescribeClusterBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_DescribeClusterBroker_0(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[DescribeClusterBroker, ...] = tuple(items_brokers)
        (f_cluster_authorized_operations,) = _F1.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeClusterResponse(
                f_throttle_time_ms,
                f_error_code,
                f_error_message,
                f_endpoint_type,
                f_cluster_id,
                f_controller_id,
                f_brokers,
                f_cluster_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeClusterResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClusterResponse v1", pos) from None


def _w_DescribeClusterResponse_1(o: DescribeClusterResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F2.pack(o.endpoint_type))
    v_cluster_id = o.cluster_id
    b = v_cluster_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.controller_id))
    v_brokers = o.brokers
    n = len(v_brokers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_brokers = _w_DescribeClusterBroker_0
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    a(_F1.pack(o.cluster_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeClusterResponse_1(o: DescribeClusterResponse) -> int:
    n = 15
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_cluster_id = o.cluster_id
    k = utf8_len(v_cluster_id)
    n += uvarint_size(k + 1)
    n += k
    v_brokers = o.brokers
    n += uvarint_size(len(v_brokers) + 1)
    sz_brokers = _s_DescribeClusterBroker_0
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeClusterResponse_2(buf: memoryview, pos: int) -> tuple[DescribeClusterResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
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
            raise bad_length("DescribeClusterResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_endpoint_type,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeClusterResponse.ClusterId", pos)
        elif n > end - pos:
            raise bad_length("DescribeClusterResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeClusterResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("DescribeClusterResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[DescribeClusterBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_DescribeClusterBroker_1(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[DescribeClusterBroker, ...] = tuple(items_brokers)
        (f_cluster_authorized_operations,) = _F1.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeClusterResponse(
                f_throttle_time_ms,
                f_error_code,
                f_error_message,
                f_endpoint_type,
                f_cluster_id,
                f_controller_id,
                f_brokers,
                f_cluster_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeClusterResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClusterResponse v2", pos) from None


def _w_DescribeClusterResponse_2(o: DescribeClusterResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F2.pack(o.endpoint_type))
    v_cluster_id = o.cluster_id
    b = v_cluster_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.controller_id))
    v_brokers = o.brokers
    n = len(v_brokers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_brokers = _w_DescribeClusterBroker_1
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    a(_F1.pack(o.cluster_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeClusterResponse_2(o: DescribeClusterResponse) -> int:
    n = 15
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_cluster_id = o.cluster_id
    k = utf8_len(v_cluster_id)
    n += uvarint_size(k + 1)
    n += k
    v_brokers = o.brokers
    n += uvarint_size(len(v_brokers) + 1)
    sz_brokers = _s_DescribeClusterBroker_1
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeClusterBroker_0(buf: memoryview, pos: int) -> tuple[DescribeClusterBroker, int]:
    end = len(buf)
    try:
        (f_broker_id,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeClusterBroker.Host", pos)
        elif n > end - pos:
            raise bad_length("DescribeClusterBroker.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F1.unpack_from(buf, pos)
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
            f_rack: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeClusterBroker.Rack", n, pos, end - pos)
        else:
            f_rack = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeClusterBroker(f_broker_id, f_host, f_port, f_rack, False, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeClusterBroker v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClusterBroker v0-1", pos) from None


def _w_DescribeClusterBroker_0(o: DescribeClusterBroker, out: list[Buffer]) -> None:
    a = out.append
    if o.is_fenced:
        raise not_in_version("DescribeClusterBroker.IsFenced", "0-1")
    a(_F1.pack(o.broker_id))
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.port))
    v_rack = o.rack
    if v_rack is None:
        a(b"\x00")
    else:
        b = v_rack.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeClusterBroker_0(o: DescribeClusterBroker) -> int:
    n = 8
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
    v_rack = o.rack
    if v_rack is None:
        n += 1
    else:
        k = utf8_len(v_rack)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeClusterBroker_1(buf: memoryview, pos: int) -> tuple[DescribeClusterBroker, int]:
    end = len(buf)
    try:
        (f_broker_id,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeClusterBroker.Host", pos)
        elif n > end - pos:
            raise bad_length("DescribeClusterBroker.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F1.unpack_from(buf, pos)
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
            f_rack: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeClusterBroker.Rack", n, pos, end - pos)
        else:
            f_rack = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_is_fenced,) = _F3.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeClusterBroker(f_broker_id, f_host, f_port, f_rack, f_is_fenced, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeClusterBroker v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClusterBroker v2", pos) from None


def _w_DescribeClusterBroker_1(o: DescribeClusterBroker, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.broker_id))
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.port))
    v_rack = o.rack
    if v_rack is None:
        a(b"\x00")
    else:
        b = v_rack.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F3.pack(o.is_fenced))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeClusterBroker_1(o: DescribeClusterBroker) -> int:
    n = 9
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
    v_rack = o.rack
    if v_rack is None:
        n += 1
    else:
        k = utf8_len(v_rack)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeClusterResponse._READERS = (
    _r_DescribeClusterResponse_0,
    _r_DescribeClusterResponse_1,
    _r_DescribeClusterResponse_2,
)
DescribeClusterResponse._WRITERS = (
    _w_DescribeClusterResponse_0,
    _w_DescribeClusterResponse_1,
    _w_DescribeClusterResponse_2,
)
DescribeClusterResponse._SIZERS = (
    _s_DescribeClusterResponse_0,
    _s_DescribeClusterResponse_1,
    _s_DescribeClusterResponse_2,
)
bind_readers(
    DescribeClusterResponse,
    "describe_cluster_response",
    "7a82a557eaaa6a42",
    (
        DescribeClusterBroker,
        DescribeClusterResponse,
    ),
)
