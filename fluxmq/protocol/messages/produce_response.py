# generated from Kafka 4.4.0 by codegen — do not edit
"""ProduceResponse: Kafka response (key 0), versions 3-13."""

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
    not_in_version,
    null_not_allowed,
    read_tags,
    struct_eq,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import (
    INT16,
    INT32,
    UVARINTS,
    ZERO_UUID,
    Buffer,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "BatchIndexAndErrorMessage",
    "LeaderIdAndEpoch",
    "PartitionProduceResponse",
    "TopicProduceResponse",
    "NodeEndpoint",
    "ProduceResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">16s")
_F2 = PackStruct(">ihqq")
_F3 = PackStruct(">ihqqq")
_F4 = PackStruct(">ii")


class BatchIndexAndErrorMessage(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "batch_index",
            "BatchIndex",
            "int32",
            False,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "batch_index_error_message",
            "BatchIndexErrorMessage",
            "string",
            False,
            (8, 32767),
            (8, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    batch_index: int = 0
    batch_index_error_message: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class LeaderIdAndEpoch(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "leader_id",
            "LeaderId",
            "int32",
            False,
            (10, 32767),
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
            (10, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    leader_id: int = -1
    leader_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


class PartitionProduceResponse(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "index", "Index", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
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
            "base_offset",
            "BaseOffset",
            "int64",
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
            "log_append_time_ms",
            "LogAppendTimeMs",
            "int64",
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
            "log_start_offset",
            "LogStartOffset",
            "int64",
            False,
            (5, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "record_errors",
            "RecordErrors",
            "BatchIndexAndErrorMessage",
            True,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            BatchIndexAndErrorMessage,
            False,
        ),
        FieldInfo(
            "error_message",
            "ErrorMessage",
            "string",
            False,
            (8, 32767),
            (8, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "current_leader",
            "CurrentLeader",
            "LeaderIdAndEpoch",
            False,
            (10, 32767),
            (1, 0),
            0,
            (10, 32767),
            False,
            LeaderIdAndEpoch,
            False,
        ),
    )
    index: int = 0
    error_code: int = 0
    base_offset: int = 0
    log_append_time_ms: int = -1
    log_start_offset: int = -1
    record_errors: Sequence[BatchIndexAndErrorMessage] = ()
    error_message: str | None = None
    current_leader: LeaderIdAndEpoch = msgspec.field(default_factory=LeaderIdAndEpoch)
    unknown_tags: dict[int, bytes] | None = None


class TopicProduceResponse(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo("name", "Name", "string", False, (0, 12), (1, 0), None, (1, 0), True, None, True),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (13, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            True,
        ),
        FieldInfo(
            "partition_responses",
            "PartitionResponses",
            "PartitionProduceResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            PartitionProduceResponse,
            False,
        ),
    )
    name: str = ""
    topic_id: UUID = ZERO_UUID
    partition_responses: Sequence[PartitionProduceResponse] = ()
    unknown_tags: dict[int, bytes] | None = None


class NodeEndpoint(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "node_id",
            "NodeId",
            "int32",
            False,
            (10, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            True,
        ),
        FieldInfo(
            "host", "Host", "string", False, (10, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "port", "Port", "int32", False, (10, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "rack",
            "Rack",
            "string",
            False,
            (10, 32767),
            (10, 32767),
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


class ProduceResponse(_Message):
    NAME: ClassVar[str] = "ProduceResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 0
    MIN_VERSION: ClassVar[int] = 3
    MAX_VERSION: ClassVar[int] = 13
    FLEXIBLE_MIN: ClassVar[int | None] = 9
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "responses",
            "Responses",
            "TopicProduceResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicProduceResponse,
            False,
        ),
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
            "node_endpoints",
            "NodeEndpoints",
            "NodeEndpoint",
            True,
            (10, 32767),
            (1, 0),
            0,
            (10, 32767),
            False,
            NodeEndpoint,
            False,
        ),
    )
    responses: Sequence[TopicProduceResponse] = ()
    throttle_time_ms: int = 0
    node_endpoints: Sequence[NodeEndpoint] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ProduceResponse_0(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ProduceResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("ProduceResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[TopicProduceResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_TopicProduceResponse_0(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[TopicProduceResponse, ...] = tuple(items_responses)
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        return ProduceResponse(f_responses, f_throttle_time_ms, (), None), pos
    except (StructError, IndexError):
        raise truncated("ProduceResponse v3-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ProduceResponse v3-4", pos) from None


def _w_ProduceResponse_0(o: ProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.node_endpoints:
        raise not_in_version("ProduceResponse.NodeEndpoints", "3-4")
    v_responses = o.responses
    a(INT32.pack(len(v_responses)))
    w_responses = _w_TopicProduceResponse_0
    for x_responses in v_responses:
        w_responses(x_responses, out)
    a(_F0.pack(o.throttle_time_ms))


def _s_ProduceResponse_0(o: ProduceResponse) -> int:
    n = 4
    v_responses = o.responses
    n += 4
    sz_responses = _s_TopicProduceResponse_0
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    return n


def _r_ProduceResponse_1(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ProduceResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("ProduceResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[TopicProduceResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_TopicProduceResponse_1(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[TopicProduceResponse, ...] = tuple(items_responses)
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        return ProduceResponse(f_responses, f_throttle_time_ms, (), None), pos
    except (StructError, IndexError):
        raise truncated("ProduceResponse v5-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ProduceResponse v5-7", pos) from None


def _w_ProduceResponse_1(o: ProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.node_endpoints:
        raise not_in_version("ProduceResponse.NodeEndpoints", "5-7")
    v_responses = o.responses
    a(INT32.pack(len(v_responses)))
    w_responses = _w_TopicProduceResponse_1
    for x_responses in v_responses:
        w_responses(x_responses, out)
    a(_F0.pack(o.throttle_time_ms))


def _s_ProduceResponse_1(o: ProduceResponse) -> int:
    n = 4
    v_responses = o.responses
    n += 4
    sz_responses = _s_TopicProduceResponse_1
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    return n


def _r_ProduceResponse_2(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ProduceResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("ProduceResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[TopicProduceResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_TopicProduceResponse_2(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[TopicProduceResponse, ...] = tuple(items_responses)
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        return ProduceResponse(f_responses, f_throttle_time_ms, (), None), pos
    except (StructError, IndexError):
        raise truncated("ProduceResponse v8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ProduceResponse v8", pos) from None


def _w_ProduceResponse_2(o: ProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.node_endpoints:
        raise not_in_version("ProduceResponse.NodeEndpoints", "8")
    v_responses = o.responses
    a(INT32.pack(len(v_responses)))
    w_responses = _w_TopicProduceResponse_2
    for x_responses in v_responses:
        w_responses(x_responses, out)
    a(_F0.pack(o.throttle_time_ms))


def _s_ProduceResponse_2(o: ProduceResponse) -> int:
    n = 4
    v_responses = o.responses
    n += 4
    sz_responses = _s_TopicProduceResponse_2
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    return n


def _r_ProduceResponse_3(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
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
            raise null_not_allowed("ProduceResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("ProduceResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[TopicProduceResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_TopicProduceResponse_3(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[TopicProduceResponse, ...] = tuple(items_responses)
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ProduceResponse(f_responses, f_throttle_time_ms, (), tags), pos
    except (StructError, IndexError):
        raise truncated("ProduceResponse v9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ProduceResponse v9", pos) from None


def _w_ProduceResponse_3(o: ProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.node_endpoints:
        raise not_in_version("ProduceResponse.NodeEndpoints", "9")
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_TopicProduceResponse_3
    for x_responses in v_responses:
        w_responses(x_responses, out)
    a(_F0.pack(o.throttle_time_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ProduceResponse_3(o: ProduceResponse) -> int:
    n = 4
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_TopicProduceResponse_3
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ProduceResponse_4(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
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
            raise null_not_allowed("ProduceResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("ProduceResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[TopicProduceResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_TopicProduceResponse_4(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[TopicProduceResponse, ...] = tuple(items_responses)
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        f_node_endpoints: Sequence[NodeEndpoint] = ()
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("ProduceResponse v10-12 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("ProduceResponse v10-12 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    n = tbuf[pos]
                    if n < 128:
                        pos += 1
                    elif tbuf[pos + 1] < 128:
                        n = (n & 127) | (tbuf[pos + 1] << 7)
                        pos += 2
                    elif tbuf[pos + 2] < 128:
                        n = (n & 127) | ((tbuf[pos + 1] & 127) << 7) | (tbuf[pos + 2] << 14)
                        pos += 3
                    else:
                        n, pos = read_uvarint(tbuf, pos)
                    n -= 1
                    if n < 0:
                        raise null_not_allowed("ProduceResponse.NodeEndpoints", pos)
                    elif n > tend - pos:
                        raise bad_length("ProduceResponse.NodeEndpoints", n, pos, tend - pos)
                    else:
                        items_node_endpoints: list[NodeEndpoint] = []
                        append_node_endpoints = items_node_endpoints.append
                        for _ in range(n):
                            x_node_endpoints, pos = _r_NodeEndpoint_0(tbuf, pos)
                            append_node_endpoints(x_node_endpoints)
                        f_node_endpoints = tuple(items_node_endpoints)
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return ProduceResponse(f_responses, f_throttle_time_ms, f_node_endpoints, tags), pos
    except (StructError, IndexError):
        raise truncated("ProduceResponse v10-12", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ProduceResponse v10-12", pos) from None


def _w_ProduceResponse_4(o: ProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_TopicProduceResponse_4
    for x_responses in v_responses:
        w_responses(x_responses, out)
    a(_F0.pack(o.throttle_time_ms))
    if not (o.unknown_tags is not None or (o.node_endpoints)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.node_endpoints:
            sub_node_endpoints: list[Buffer] = []
            outer, out, a = out, sub_node_endpoints, sub_node_endpoints.append
            v_node_endpoints = o.node_endpoints
            n = len(v_node_endpoints) + 1
            a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
            w_node_endpoints = _w_NodeEndpoint_0
            for x_node_endpoints in v_node_endpoints:
                w_node_endpoints(x_node_endpoints, out)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_node_endpoints)
        write_tags(out, tags)


def _s_ProduceResponse_4(o: ProduceResponse) -> int:
    n = 4
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_TopicProduceResponse_4
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.node_endpoints:
        outer_n = n
        n = 0
        v_node_endpoints = o.node_endpoints
        n += uvarint_size(len(v_node_endpoints) + 1)
        sz_node_endpoints = _s_NodeEndpoint_0
        for x_node_endpoints in v_node_endpoints:
            n += sz_node_endpoints(x_node_endpoints)
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_ProduceResponse_5(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
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
            raise null_not_allowed("ProduceResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("ProduceResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[TopicProduceResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_TopicProduceResponse_5(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[TopicProduceResponse, ...] = tuple(items_responses)
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        f_node_endpoints: Sequence[NodeEndpoint] = ()
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("ProduceResponse v13 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("ProduceResponse v13 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    n = tbuf[pos]
                    if n < 128:
                        pos += 1
                    elif tbuf[pos + 1] < 128:
                        n = (n & 127) | (tbuf[pos + 1] << 7)
                        pos += 2
                    elif tbuf[pos + 2] < 128:
                        n = (n & 127) | ((tbuf[pos + 1] & 127) << 7) | (tbuf[pos + 2] << 14)
                        pos += 3
                    else:
                        n, pos = read_uvarint(tbuf, pos)
                    n -= 1
                    if n < 0:
                        raise null_not_allowed("ProduceResponse.NodeEndpoints", pos)
                    elif n > tend - pos:
                        raise bad_length("ProduceResponse.NodeEndpoints", n, pos, tend - pos)
                    else:
                        items_node_endpoints: list[NodeEndpoint] = []
                        append_node_endpoints = items_node_endpoints.append
                        for _ in range(n):
                            x_node_endpoints, pos = _r_NodeEndpoint_0(tbuf, pos)
                            append_node_endpoints(x_node_endpoints)
                        f_node_endpoints = tuple(items_node_endpoints)
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return ProduceResponse(f_responses, f_throttle_time_ms, f_node_endpoints, tags), pos
    except (StructError, IndexError):
        raise truncated("ProduceResponse v13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ProduceResponse v13", pos) from None


def _w_ProduceResponse_5(o: ProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_TopicProduceResponse_5
    for x_responses in v_responses:
        w_responses(x_responses, out)
    a(_F0.pack(o.throttle_time_ms))
    if not (o.unknown_tags is not None or (o.node_endpoints)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.node_endpoints:
            sub_node_endpoints: list[Buffer] = []
            outer, out, a = out, sub_node_endpoints, sub_node_endpoints.append
            v_node_endpoints = o.node_endpoints
            n = len(v_node_endpoints) + 1
            a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
            w_node_endpoints = _w_NodeEndpoint_0
            for x_node_endpoints in v_node_endpoints:
                w_node_endpoints(x_node_endpoints, out)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_node_endpoints)
        write_tags(out, tags)


def _s_ProduceResponse_5(o: ProduceResponse) -> int:
    n = 4
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_TopicProduceResponse_5
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.node_endpoints:
        outer_n = n
        n = 0
        v_node_endpoints = o.node_endpoints
        n += uvarint_size(len(v_node_endpoints) + 1)
        sz_node_endpoints = _s_NodeEndpoint_0
        for x_node_endpoints in v_node_endpoints:
            n += sz_node_endpoints(x_node_endpoints)
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_NodeEndpoint_0(buf: memoryview, pos: int) -> tuple[NodeEndpoint, int]:
    end = len(buf)
    try:
        (f_node_id,) = _F0.unpack_from(buf, pos)
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
        (f_port,) = _F0.unpack_from(buf, pos)
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
        raise truncated("NodeEndpoint v10-13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("NodeEndpoint v10-13", pos) from None


def _w_NodeEndpoint_0(o: NodeEndpoint, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.node_id))
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.port))
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


def _r_TopicProduceResponse_0(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TopicProduceResponse.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("TopicProduceResponse.PartitionResponses", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.PartitionResponses", n, pos, end - pos)
        else:
            items_partition_responses: list[PartitionProduceResponse] = []
            append_partition_responses = items_partition_responses.append
            for _ in range(n):
                x_partition_responses, pos = _r_PartitionProduceResponse_0(buf, pos)
                append_partition_responses(x_partition_responses)
            f_partition_responses: tuple[PartitionProduceResponse, ...] = tuple(
                items_partition_responses
            )
        return TopicProduceResponse(f_name, ZERO_UUID, f_partition_responses, None), pos
    except (StructError, IndexError):
        raise truncated("TopicProduceResponse v3-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicProduceResponse v3-4", pos) from None


def _w_TopicProduceResponse_0(o: TopicProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partition_responses = o.partition_responses
    a(INT32.pack(len(v_partition_responses)))
    w_partition_responses = _w_PartitionProduceResponse_0
    for x_partition_responses in v_partition_responses:
        w_partition_responses(x_partition_responses, out)


def _s_TopicProduceResponse_0(o: TopicProduceResponse) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partition_responses = o.partition_responses
    n += 4
    sz_partition_responses = _s_PartitionProduceResponse_0
    for x_partition_responses in v_partition_responses:
        n += sz_partition_responses(x_partition_responses)
    return n


def _r_TopicProduceResponse_1(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TopicProduceResponse.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("TopicProduceResponse.PartitionResponses", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.PartitionResponses", n, pos, end - pos)
        else:
            items_partition_responses: list[PartitionProduceResponse] = []
            append_partition_responses = items_partition_responses.append
            for _ in range(n):
                x_partition_responses, pos = _r_PartitionProduceResponse_1(buf, pos)
                append_partition_responses(x_partition_responses)
            f_partition_responses: tuple[PartitionProduceResponse, ...] = tuple(
                items_partition_responses
            )
        return TopicProduceResponse(f_name, ZERO_UUID, f_partition_responses, None), pos
    except (StructError, IndexError):
        raise truncated("TopicProduceResponse v5-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicProduceResponse v5-7", pos) from None


def _w_TopicProduceResponse_1(o: TopicProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partition_responses = o.partition_responses
    a(INT32.pack(len(v_partition_responses)))
    w_partition_responses = _w_PartitionProduceResponse_1
    for x_partition_responses in v_partition_responses:
        w_partition_responses(x_partition_responses, out)


def _s_TopicProduceResponse_1(o: TopicProduceResponse) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partition_responses = o.partition_responses
    n += 4
    sz_partition_responses = _s_PartitionProduceResponse_1
    for x_partition_responses in v_partition_responses:
        n += sz_partition_responses(x_partition_responses)
    return n


def _r_TopicProduceResponse_2(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TopicProduceResponse.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("TopicProduceResponse.PartitionResponses", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.PartitionResponses", n, pos, end - pos)
        else:
            items_partition_responses: list[PartitionProduceResponse] = []
            append_partition_responses = items_partition_responses.append
            for _ in range(n):
                x_partition_responses, pos = _r_PartitionProduceResponse_2(buf, pos)
                append_partition_responses(x_partition_responses)
            f_partition_responses: tuple[PartitionProduceResponse, ...] = tuple(
                items_partition_responses
            )
        return TopicProduceResponse(f_name, ZERO_UUID, f_partition_responses, None), pos
    except (StructError, IndexError):
        raise truncated("TopicProduceResponse v8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicProduceResponse v8", pos) from None


def _w_TopicProduceResponse_2(o: TopicProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partition_responses = o.partition_responses
    a(INT32.pack(len(v_partition_responses)))
    w_partition_responses = _w_PartitionProduceResponse_2
    for x_partition_responses in v_partition_responses:
        w_partition_responses(x_partition_responses, out)


def _s_TopicProduceResponse_2(o: TopicProduceResponse) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partition_responses = o.partition_responses
    n += 4
    sz_partition_responses = _s_PartitionProduceResponse_2
    for x_partition_responses in v_partition_responses:
        n += sz_partition_responses(x_partition_responses)
    return n


def _r_TopicProduceResponse_3(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
            raise null_not_allowed("TopicProduceResponse.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("TopicProduceResponse.PartitionResponses", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.PartitionResponses", n, pos, end - pos)
        else:
            items_partition_responses: list[PartitionProduceResponse] = []
            append_partition_responses = items_partition_responses.append
            for _ in range(n):
                x_partition_responses, pos = _r_PartitionProduceResponse_3(buf, pos)
                append_partition_responses(x_partition_responses)
            f_partition_responses: tuple[PartitionProduceResponse, ...] = tuple(
                items_partition_responses
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicProduceResponse(f_name, ZERO_UUID, f_partition_responses, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicProduceResponse v9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicProduceResponse v9", pos) from None


def _w_TopicProduceResponse_3(o: TopicProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partition_responses = o.partition_responses
    n = len(v_partition_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partition_responses = _w_PartitionProduceResponse_3
    for x_partition_responses in v_partition_responses:
        w_partition_responses(x_partition_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicProduceResponse_3(o: TopicProduceResponse) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partition_responses = o.partition_responses
    n += uvarint_size(len(v_partition_responses) + 1)
    sz_partition_responses = _s_PartitionProduceResponse_3
    for x_partition_responses in v_partition_responses:
        n += sz_partition_responses(x_partition_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicProduceResponse_4(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
            raise null_not_allowed("TopicProduceResponse.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("TopicProduceResponse.PartitionResponses", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.PartitionResponses", n, pos, end - pos)
        else:
            items_partition_responses: list[PartitionProduceResponse] = []
            append_partition_responses = items_partition_responses.append
            for _ in range(n):
                x_partition_responses, pos = _r_PartitionProduceResponse_4(buf, pos)
                append_partition_responses(x_partition_responses)
            f_partition_responses: tuple[PartitionProduceResponse, ...] = tuple(
                items_partition_responses
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicProduceResponse(f_name, ZERO_UUID, f_partition_responses, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicProduceResponse v10-12", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicProduceResponse v10-12", pos) from None


def _w_TopicProduceResponse_4(o: TopicProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partition_responses = o.partition_responses
    n = len(v_partition_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partition_responses = _w_PartitionProduceResponse_4
    for x_partition_responses in v_partition_responses:
        w_partition_responses(x_partition_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicProduceResponse_4(o: TopicProduceResponse) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partition_responses = o.partition_responses
    n += uvarint_size(len(v_partition_responses) + 1)
    sz_partition_responses = _s_PartitionProduceResponse_4
    for x_partition_responses in v_partition_responses:
        n += sz_partition_responses(x_partition_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicProduceResponse_5(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("TopicProduceResponse.PartitionResponses", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceResponse.PartitionResponses", n, pos, end - pos)
        else:
            items_partition_responses: list[PartitionProduceResponse] = []
            append_partition_responses = items_partition_responses.append
            for _ in range(n):
                x_partition_responses, pos = _r_PartitionProduceResponse_4(buf, pos)
                append_partition_responses(x_partition_responses)
            f_partition_responses: tuple[PartitionProduceResponse, ...] = tuple(
                items_partition_responses
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicProduceResponse("", f_topic_id, f_partition_responses, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicProduceResponse v13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicProduceResponse v13", pos) from None


def _w_TopicProduceResponse_5(o: TopicProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.topic_id.bytes))
    v_partition_responses = o.partition_responses
    n = len(v_partition_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partition_responses = _w_PartitionProduceResponse_4
    for x_partition_responses in v_partition_responses:
        w_partition_responses(x_partition_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicProduceResponse_5(o: TopicProduceResponse) -> int:
    n = 16
    v_partition_responses = o.partition_responses
    n += uvarint_size(len(v_partition_responses) + 1)
    sz_partition_responses = _s_PartitionProduceResponse_4
    for x_partition_responses in v_partition_responses:
        n += sz_partition_responses(x_partition_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionProduceResponse_0(
    buf: memoryview, pos: int
) -> tuple[PartitionProduceResponse, int]:
    end = len(buf)
    try:
        (
            f_index,
            f_error_code,
            f_base_offset,
            f_log_append_time_ms,
        ) = _F2.unpack_from(buf, pos)
        pos += 22
        return (
            PartitionProduceResponse(
                f_index,
                f_error_code,
                f_base_offset,
                f_log_append_time_ms,
                -1,
                (),
                None,
                LeaderIdAndEpoch(),
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionProduceResponse v3-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionProduceResponse v3-4", pos) from None


def _w_PartitionProduceResponse_0(o: PartitionProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
    ) and o.current_leader != LeaderIdAndEpoch():
        raise not_in_version("PartitionProduceResponse.CurrentLeader", "3-4")
    a(_F2.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms))


def _s_PartitionProduceResponse_0(o: PartitionProduceResponse) -> int:
    n = 22
    return n


def _r_PartitionProduceResponse_1(
    buf: memoryview, pos: int
) -> tuple[PartitionProduceResponse, int]:
    end = len(buf)
    try:
        (
            f_index,
            f_error_code,
            f_base_offset,
            f_log_append_time_ms,
            f_log_start_offset,
        ) = _F3.unpack_from(buf, pos)
        pos += 30
        return (
            PartitionProduceResponse(
                f_index,
                f_error_code,
                f_base_offset,
                f_log_append_time_ms,
                f_log_start_offset,
                (),
                None,
                LeaderIdAndEpoch(),
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionProduceResponse v5-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionProduceResponse v5-7", pos) from None


def _w_PartitionProduceResponse_1(o: PartitionProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
    ) and o.current_leader != LeaderIdAndEpoch():
        raise not_in_version("PartitionProduceResponse.CurrentLeader", "5-7")
    a(_F3.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset))


def _s_PartitionProduceResponse_1(o: PartitionProduceResponse) -> int:
    n = 30
    return n


def _r_PartitionProduceResponse_2(
    buf: memoryview, pos: int
) -> tuple[PartitionProduceResponse, int]:
    end = len(buf)
    try:
        (
            f_index,
            f_error_code,
            f_base_offset,
            f_log_append_time_ms,
            f_log_start_offset,
        ) = _F3.unpack_from(buf, pos)
        pos += 30
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("PartitionProduceResponse.RecordErrors", pos)
        elif n > end - pos:
            raise bad_length("PartitionProduceResponse.RecordErrors", n, pos, end - pos)
        else:
            items_record_errors: list[BatchIndexAndErrorMessage] = []
            append_record_errors = items_record_errors.append
            for _ in range(n):
                x_record_errors, pos = _r_BatchIndexAndErrorMessage_0(buf, pos)
                append_record_errors(x_record_errors)
            f_record_errors: tuple[BatchIndexAndErrorMessage, ...] = tuple(items_record_errors)
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("PartitionProduceResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            PartitionProduceResponse(
                f_index,
                f_error_code,
                f_base_offset,
                f_log_append_time_ms,
                f_log_start_offset,
                f_record_errors,
                f_error_message,
                LeaderIdAndEpoch(),
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionProduceResponse v8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionProduceResponse v8", pos) from None


def _w_PartitionProduceResponse_2(o: PartitionProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
    ) and o.current_leader != LeaderIdAndEpoch():
        raise not_in_version("PartitionProduceResponse.CurrentLeader", "8")
    a(_F3.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset))
    v_record_errors = o.record_errors
    a(INT32.pack(len(v_record_errors)))
    w_record_errors = _w_BatchIndexAndErrorMessage_0
    for x_record_errors in v_record_errors:
        w_record_errors(x_record_errors, out)
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_PartitionProduceResponse_2(o: PartitionProduceResponse) -> int:
    n = 30
    v_record_errors = o.record_errors
    n += 4
    sz_record_errors = _s_BatchIndexAndErrorMessage_0
    for x_record_errors in v_record_errors:
        n += sz_record_errors(x_record_errors)
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    return n


def _r_PartitionProduceResponse_3(
    buf: memoryview, pos: int
) -> tuple[PartitionProduceResponse, int]:
    end = len(buf)
    try:
        (
            f_index,
            f_error_code,
            f_base_offset,
            f_log_append_time_ms,
            f_log_start_offset,
        ) = _F3.unpack_from(buf, pos)
        pos += 30
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
            raise null_not_allowed("PartitionProduceResponse.RecordErrors", pos)
        elif n > end - pos:
            raise bad_length("PartitionProduceResponse.RecordErrors", n, pos, end - pos)
        else:
            items_record_errors: list[BatchIndexAndErrorMessage] = []
            append_record_errors = items_record_errors.append
            for _ in range(n):
                x_record_errors, pos = _r_BatchIndexAndErrorMessage_1(buf, pos)
                append_record_errors(x_record_errors)
            f_record_errors: tuple[BatchIndexAndErrorMessage, ...] = tuple(items_record_errors)
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
            raise bad_length("PartitionProduceResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            PartitionProduceResponse(
                f_index,
                f_error_code,
                f_base_offset,
                f_log_append_time_ms,
                f_log_start_offset,
                f_record_errors,
                f_error_message,
                LeaderIdAndEpoch(),
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionProduceResponse v9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionProduceResponse v9", pos) from None


def _w_PartitionProduceResponse_3(o: PartitionProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
    ) and o.current_leader != LeaderIdAndEpoch():
        raise not_in_version("PartitionProduceResponse.CurrentLeader", "9")
    a(_F3.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset))
    v_record_errors = o.record_errors
    n = len(v_record_errors) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_record_errors = _w_BatchIndexAndErrorMessage_1
    for x_record_errors in v_record_errors:
        w_record_errors(x_record_errors, out)
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


def _s_PartitionProduceResponse_3(o: PartitionProduceResponse) -> int:
    n = 30
    v_record_errors = o.record_errors
    n += uvarint_size(len(v_record_errors) + 1)
    sz_record_errors = _s_BatchIndexAndErrorMessage_1
    for x_record_errors in v_record_errors:
        n += sz_record_errors(x_record_errors)
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


def _r_PartitionProduceResponse_4(
    buf: memoryview, pos: int
) -> tuple[PartitionProduceResponse, int]:
    end = len(buf)
    try:
        (
            f_index,
            f_error_code,
            f_base_offset,
            f_log_append_time_ms,
            f_log_start_offset,
        ) = _F3.unpack_from(buf, pos)
        pos += 30
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
            raise null_not_allowed("PartitionProduceResponse.RecordErrors", pos)
        elif n > end - pos:
            raise bad_length("PartitionProduceResponse.RecordErrors", n, pos, end - pos)
        else:
            items_record_errors: list[BatchIndexAndErrorMessage] = []
            append_record_errors = items_record_errors.append
            for _ in range(n):
                x_record_errors, pos = _r_BatchIndexAndErrorMessage_1(buf, pos)
                append_record_errors(x_record_errors)
            f_record_errors: tuple[BatchIndexAndErrorMessage, ...] = tuple(items_record_errors)
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
            raise bad_length("PartitionProduceResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        f_current_leader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length(
                    "PartitionProduceResponse v10-13 tagged fields", count, pos, end - pos
                )
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("PartitionProduceResponse v10-13 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    f_current_leader, pos = _r_LeaderIdAndEpoch_0(tbuf, pos)
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            PartitionProduceResponse(
                f_index,
                f_error_code,
                f_base_offset,
                f_log_append_time_ms,
                f_log_start_offset,
                f_record_errors,
                f_error_message,
                f_current_leader,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionProduceResponse v10-13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionProduceResponse v10-13", pos) from None


def _w_PartitionProduceResponse_4(o: PartitionProduceResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset))
    v_record_errors = o.record_errors
    n = len(v_record_errors) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_record_errors = _w_BatchIndexAndErrorMessage_1
    for x_record_errors in v_record_errors:
        w_record_errors(x_record_errors, out)
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if not (
        o.unknown_tags is not None
        or (
            (o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch()))
            and o.current_leader != LeaderIdAndEpoch()
        )
    ):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if (
            o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
        ) and o.current_leader != LeaderIdAndEpoch():
            sub_current_leader: list[Buffer] = []
            outer, out, a = out, sub_current_leader, sub_current_leader.append
            v_current_leader = o.current_leader
            _w_LeaderIdAndEpoch_0(v_current_leader, out)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_current_leader)
        write_tags(out, tags)


def _s_PartitionProduceResponse_4(o: PartitionProduceResponse) -> int:
    n = 30
    v_record_errors = o.record_errors
    n += uvarint_size(len(v_record_errors) + 1)
    sz_record_errors = _s_BatchIndexAndErrorMessage_1
    for x_record_errors in v_record_errors:
        n += sz_record_errors(x_record_errors)
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
    if (
        o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
    ) and o.current_leader != LeaderIdAndEpoch():
        outer_n = n
        n = 0
        v_current_leader = o.current_leader
        n += _s_LeaderIdAndEpoch_0(v_current_leader)
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_LeaderIdAndEpoch_0(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    end = len(buf)
    try:
        (
            f_leader_id,
            f_leader_epoch,
        ) = _F4.unpack_from(buf, pos)
        pos += 8
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return LeaderIdAndEpoch(f_leader_id, f_leader_epoch, tags), pos
    except (StructError, IndexError):
        raise truncated("LeaderIdAndEpoch v10-13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaderIdAndEpoch v10-13", pos) from None


def _w_LeaderIdAndEpoch_0(o: LeaderIdAndEpoch, out: list[Buffer]) -> None:
    a = out.append
    a(_F4.pack(o.leader_id, o.leader_epoch))
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


def _r_BatchIndexAndErrorMessage_0(
    buf: memoryview, pos: int
) -> tuple[BatchIndexAndErrorMessage, int]:
    end = len(buf)
    try:
        (f_batch_index,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_batch_index_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("BatchIndexAndErrorMessage.BatchIndexErrorMessage", n, pos, end - pos)
        else:
            f_batch_index_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        return BatchIndexAndErrorMessage(f_batch_index, f_batch_index_error_message, None), pos
    except (StructError, IndexError):
        raise truncated("BatchIndexAndErrorMessage v8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("BatchIndexAndErrorMessage v8", pos) from None


def _w_BatchIndexAndErrorMessage_0(o: BatchIndexAndErrorMessage, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.batch_index))
    v_batch_index_error_message = o.batch_index_error_message
    if v_batch_index_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_batch_index_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_BatchIndexAndErrorMessage_0(o: BatchIndexAndErrorMessage) -> int:
    n = 4
    v_batch_index_error_message = o.batch_index_error_message
    if v_batch_index_error_message is None:
        n += 2
    else:
        k = utf8_len(v_batch_index_error_message)
        n += 2
        n += k
    return n


def _r_BatchIndexAndErrorMessage_1(
    buf: memoryview, pos: int
) -> tuple[BatchIndexAndErrorMessage, int]:
    end = len(buf)
    try:
        (f_batch_index,) = _F0.unpack_from(buf, pos)
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
            f_batch_index_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("BatchIndexAndErrorMessage.BatchIndexErrorMessage", n, pos, end - pos)
        else:
            f_batch_index_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return BatchIndexAndErrorMessage(f_batch_index, f_batch_index_error_message, tags), pos
    except (StructError, IndexError):
        raise truncated("BatchIndexAndErrorMessage v9-13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("BatchIndexAndErrorMessage v9-13", pos) from None


def _w_BatchIndexAndErrorMessage_1(o: BatchIndexAndErrorMessage, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.batch_index))
    v_batch_index_error_message = o.batch_index_error_message
    if v_batch_index_error_message is None:
        a(b"\x00")
    else:
        b = v_batch_index_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_BatchIndexAndErrorMessage_1(o: BatchIndexAndErrorMessage) -> int:
    n = 4
    v_batch_index_error_message = o.batch_index_error_message
    if v_batch_index_error_message is None:
        n += 1
    else:
        k = utf8_len(v_batch_index_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ProduceResponse._READERS = (
    None,
    None,
    None,
    _r_ProduceResponse_0,
    _r_ProduceResponse_0,
    _r_ProduceResponse_1,
    _r_ProduceResponse_1,
    _r_ProduceResponse_1,
    _r_ProduceResponse_2,
    _r_ProduceResponse_3,
    _r_ProduceResponse_4,
    _r_ProduceResponse_4,
    _r_ProduceResponse_4,
    _r_ProduceResponse_5,
)
ProduceResponse._WRITERS = (
    None,
    None,
    None,
    _w_ProduceResponse_0,
    _w_ProduceResponse_0,
    _w_ProduceResponse_1,
    _w_ProduceResponse_1,
    _w_ProduceResponse_1,
    _w_ProduceResponse_2,
    _w_ProduceResponse_3,
    _w_ProduceResponse_4,
    _w_ProduceResponse_4,
    _w_ProduceResponse_4,
    _w_ProduceResponse_5,
)
ProduceResponse._SIZERS = (
    None,
    None,
    None,
    _s_ProduceResponse_0,
    _s_ProduceResponse_0,
    _s_ProduceResponse_1,
    _s_ProduceResponse_1,
    _s_ProduceResponse_1,
    _s_ProduceResponse_2,
    _s_ProduceResponse_3,
    _s_ProduceResponse_4,
    _s_ProduceResponse_4,
    _s_ProduceResponse_4,
    _s_ProduceResponse_5,
)
bind_readers(
    ProduceResponse,
    "produce_response",
    "bf816ef0e4af9d55",
    (
        BatchIndexAndErrorMessage,
        LeaderIdAndEpoch,
        PartitionProduceResponse,
        TopicProduceResponse,
        NodeEndpoint,
        ProduceResponse,
    ),
)
