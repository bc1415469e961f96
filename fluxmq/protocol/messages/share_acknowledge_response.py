# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareAcknowledgeResponse: Kafka response (key 79), versions 1-2."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from collections.abc import Sequence
from typing import ClassVar
from uuid import UUID
import msgspec
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
    UVARINTS,
    ZERO_UUID,
    Buffer,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "LeaderIdAndEpoch",
    "PartitionData",
    "ShareAcknowledgeTopicResponse",
    "NodeEndpoint",
    "ShareAcknowledgeResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">i")
_F2 = PackStruct(">16s")
_F3 = PackStruct(">ii")


class LeaderIdAndEpoch(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "leader_id",
            "LeaderId",
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
            "leader_epoch",
            "LeaderEpoch",
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
    leader_id: int = 0
    leader_epoch: int = 0
    unknown_tags: dict[int, bytes] | None = None


class PartitionData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "partition_index",
            "PartitionIndex",
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
            "current_leader",
            "CurrentLeader",
            "LeaderIdAndEpoch",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            LeaderIdAndEpoch,
            False,
        ),
    )
    partition_index: int = 0
    error_code: int = 0
    error_message: str | None = None
    current_leader: LeaderIdAndEpoch = msgspec.field(default_factory=LeaderIdAndEpoch)
    unknown_tags: dict[int, bytes] | None = None


class ShareAcknowledgeTopicResponse(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
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
            "partitions",
            "Partitions",
            "PartitionData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            PartitionData,
            False,
        ),
    )
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[PartitionData] = ()
    unknown_tags: dict[int, bytes] | None = None


class NodeEndpoint(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "node_id", "NodeId", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
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
    )
    node_id: int = 0
    host: str = ""
    port: int = 0
    rack: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class ShareAcknowledgeResponse(_Message):
    NAME: ClassVar[str] = "ShareAcknowledgeResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 79
    MIN_VERSION: ClassVar[int] = 1
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
            "acquisition_lock_timeout_ms",
            "AcquisitionLockTimeoutMs",
            "int32",
            False,
            (2, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "responses",
            "Responses",
            "ShareAcknowledgeTopicResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ShareAcknowledgeTopicResponse,
            False,
        ),
        FieldInfo(
            "node_endpoints",
            "NodeEndpoints",
            "NodeEndpoint",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            NodeEndpoint,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = None
    acquisition_lock_timeout_ms: int = 0
    responses: Sequence[ShareAcknowledgeTopicResponse] = ()
    node_endpoints: Sequence[NodeEndpoint] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareAcknowledgeResponse_0(
    buf: memoryview, pos: int
) -> tuple[ShareAcknowledgeResponse, int]:
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
            raise bad_length("ShareAcknowledgeResponse.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("ShareAcknowledgeResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[ShareAcknowledgeTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_ShareAcknowledgeTopicResponse_0(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[ShareAcknowledgeTopicResponse, ...] = tuple(items_responses)
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
            raise null_not_allowed("ShareAcknowledgeResponse.NodeEndpoints", pos)
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeResponse.NodeEndpoints", n, pos, end - pos)
        else:
            items_node_endpoints: list[NodeEndpoint] = []
            append_node_endpoints = items_node_endpoints.append
            for _ in range(n):
                x_node_endpoints, pos = _r_NodeEndpoint_0(buf, pos)
                append_node_endpoints(x_node_endpoints)
            f_node_endpoints: tuple[NodeEndpoint, ...] = tuple(items_node_endpoints)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareAcknowledgeResponse(
                f_throttle_time_ms,
                f_error_code,
                f_error_message,
                0,
                f_responses,
                f_node_endpoints,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareAcknowledgeResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareAcknowledgeResponse v1", pos) from None


def _w_ShareAcknowledgeResponse_0(o: ShareAcknowledgeResponse, out: list[Buffer]) -> None:
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
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_ShareAcknowledgeTopicResponse_0
    for x_responses in v_responses:
        w_responses(x_responses, out)
    v_node_endpoints = o.node_endpoints
    n = len(v_node_endpoints) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_node_endpoints = _w_NodeEndpoint_0
    for x_node_endpoints in v_node_endpoints:
        w_node_endpoints(x_node_endpoints, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareAcknowledgeResponse_0(o: ShareAcknowledgeResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_ShareAcknowledgeTopicResponse_0
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    v_node_endpoints = o.node_endpoints
    n += uvarint_size(len(v_node_endpoints) + 1)
    sz_node_endpoints = _s_NodeEndpoint_0
    for x_node_endpoints in v_node_endpoints:
        n += sz_node_endpoints(x_node_endpoints)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ShareAcknowledgeResponse_1(
    buf: memoryview, pos: int
) -> tuple[ShareAcknowledgeResponse, int]:
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
            raise bad_length("ShareAcknowledgeResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_acquisition_lock_timeout_ms,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("ShareAcknowledgeResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[ShareAcknowledgeTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_ShareAcknowledgeTopicResponse_0(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[ShareAcknowledgeTopicResponse, ...] = tuple(items_responses)
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
            raise null_not_allowed("ShareAcknowledgeResponse.NodeEndpoints", pos)
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeResponse.NodeEndpoints", n, pos, end - pos)
        else:
            items_node_endpoints: list[NodeEndpoint] = []
            append_node_endpoints = items_node_endpoints.append
            for _ in range(n):
                x_node_endpoints, pos = _r_NodeEndpoint_0(buf, pos)
                append_node_endpoints(x_node_endpoints)
            f_node_endpoints: tuple[NodeEndpoint, ...] = tuple(items_node_endpoints)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareAcknowledgeResponse(
                f_throttle_time_ms,
                f_error_code,
                f_error_message,
                f_acquisition_lock_timeout_ms,
                f_responses,
                f_node_endpoints,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareAcknowledgeResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareAcknowledgeResponse v2", pos) from None


def _w_ShareAcknowledgeResponse_1(o: ShareAcknowledgeResponse, out: list[Buffer]) -> None:
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
    a(_F1.pack(o.acquisition_lock_timeout_ms))
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_ShareAcknowledgeTopicResponse_0
    for x_responses in v_responses:
        w_responses(x_responses, out)
    v_node_endpoints = o.node_endpoints
    n = len(v_node_endpoints) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_node_endpoints = _w_NodeEndpoint_0
    for x_node_endpoints in v_node_endpoints:
        w_node_endpoints(x_node_endpoints, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareAcknowledgeResponse_1(o: ShareAcknowledgeResponse) -> int:
    n = 10
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_ShareAcknowledgeTopicResponse_0
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    v_node_endpoints = o.node_endpoints
    n += uvarint_size(len(v_node_endpoints) + 1)
    sz_node_endpoints = _s_NodeEndpoint_0
    for x_node_endpoints in v_node_endpoints:
        n += sz_node_endpoints(x_node_endpoints)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_NodeEndpoint_0(buf: memoryview, pos: int) -> tuple[NodeEndpoint, int]:
    end = len(buf)
    try:
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
            raise null_not_allowed("NodeEndpoint.Host", pos)
        elif n > end - pos:
            raise bad_length("NodeEndpoint.Host", n, pos, end - pos)
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
            raise bad_length("NodeEndpoint.Rack", n, pos, end - pos)
        else:
            f_rack = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return NodeEndpoint(f_node_id, f_host, f_port, f_rack, tags), pos
    except (StructError, IndexError):
        raise truncated("NodeEndpoint v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("NodeEndpoint v1-2", pos) from None


def _w_NodeEndpoint_0(o: NodeEndpoint, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.node_id))
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


def _s_NodeEndpoint_0(o: NodeEndpoint) -> int:
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


def _r_ShareAcknowledgeTopicResponse_0(
    buf: memoryview, pos: int
) -> tuple[ShareAcknowledgeTopicResponse, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F2.unpack_from(buf, pos)
        pos += 16
        f_topic_id = uuid_from_bytes(f_topic_id)
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
            raise null_not_allowed("ShareAcknowledgeTopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeTopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionData] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionData_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionData, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ShareAcknowledgeTopicResponse(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ShareAcknowledgeTopicResponse v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareAcknowledgeTopicResponse v1-2", pos) from None


def _w_ShareAcknowledgeTopicResponse_0(o: ShareAcknowledgeTopicResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_PartitionData_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareAcknowledgeTopicResponse_0(o: ShareAcknowledgeTopicResponse) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_PartitionData_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionData_0(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
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
            raise bad_length("PartitionData.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        f_current_leader, pos = _r_LeaderIdAndEpoch_0(buf, pos)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            PartitionData(f_partition_index, f_error_code, f_error_message, f_current_leader, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionData v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v1-2", pos) from None


def _w_PartitionData_0(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.partition_index, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_current_leader = o.current_leader
    _w_LeaderIdAndEpoch_0(v_current_leader, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionData_0(o: PartitionData) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_current_leader = o.current_leader
    n += _s_LeaderIdAndEpoch_0(v_current_leader)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_LeaderIdAndEpoch_0(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    end = len(buf)
    try:
        (
            f_leader_id,
            f_leader_epoch,
        ) = _F3.unpack_from(buf, pos)
        pos += 8
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return LeaderIdAndEpoch(f_leader_id, f_leader_epoch, tags), pos
    except (StructError, IndexError):
        raise truncated("LeaderIdAndEpoch v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaderIdAndEpoch v1-2", pos) from None


def _w_LeaderIdAndEpoch_0(o: LeaderIdAndEpoch, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.leader_id, o.leader_epoch))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_LeaderIdAndEpoch_0(o: LeaderIdAndEpoch) -> int:
    n = 8
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ShareAcknowledgeResponse._READERS = (
    None,
    _r_ShareAcknowledgeResponse_0,
    _r_ShareAcknowledgeResponse_1,
)
ShareAcknowledgeResponse._WRITERS = (
    None,
    _w_ShareAcknowledgeResponse_0,
    _w_ShareAcknowledgeResponse_1,
)
ShareAcknowledgeResponse._SIZERS = (
    None,
    _s_ShareAcknowledgeResponse_0,
    _s_ShareAcknowledgeResponse_1,
)
bind_readers(
    ShareAcknowledgeResponse,
    "share_acknowledge_response",
    "1e84e6aefcb23f36",
    (
        LeaderIdAndEpoch,
        PartitionData,
        ShareAcknowledgeTopicResponse,
        NodeEndpoint,
        ShareAcknowledgeResponse,
    ),
)
