# generated from Kafka 4.4.0 by codegen — do not edit
"""FetchResponse: Kafka response (key 1), versions 4-18."""

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
    "EpochEndOffset",
    "LeaderIdAndEpoch",
    "SnapshotId",
    "AbortedTransaction",
    "PartitionData",
    "FetchableTopicResponse",
    "NodeEndpoint",
    "FetchResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">ihi")
_F2 = PackStruct(">16s")
_F3 = PackStruct(">ihqq")
_F4 = PackStruct(">ihqqq")
_F5 = PackStruct(">qq")
_F6 = PackStruct(">qi")
_F7 = PackStruct(">ii")
_F8 = PackStruct(">iq")


class EpochEndOffset(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "epoch", "Epoch", "int32", False, (12, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "end_offset",
            "EndOffset",
            "int64",
            False,
            (12, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    epoch: int = -1
    end_offset: int = -1
    unknown_tags: dict[int, bytes] | None = None


class LeaderIdAndEpoch(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "leader_id",
            "LeaderId",
            "int32",
            False,
            (12, 32767),
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
            (12, 32767),
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


class SnapshotId(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "end_offset",
            "EndOffset",
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
            "epoch", "Epoch", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    end_offset: int = -1
    epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


class AbortedTransaction(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "producer_id",
            "ProducerId",
            "int64",
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
            "first_offset",
            "FirstOffset",
            "int64",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    producer_id: int = 0
    first_offset: int = 0
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
            "high_watermark",
            "HighWatermark",
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
            "last_stable_offset",
            "LastStableOffset",
            "int64",
            False,
            (4, 32767),
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
            "diverging_epoch",
            "DivergingEpoch",
            "EpochEndOffset",
            False,
            (12, 32767),
            (1, 0),
            0,
            (12, 32767),
            False,
            EpochEndOffset,
            False,
        ),
        FieldInfo(
            "current_leader",
            "CurrentLeader",
            "LeaderIdAndEpoch",
            False,
            (12, 32767),
            (1, 0),
            1,
            (12, 32767),
            False,
            LeaderIdAndEpoch,
            False,
        ),
        FieldInfo(
            "snapshot_id",
            "SnapshotId",
            "SnapshotId",
            False,
            (12, 32767),
            (1, 0),
            2,
            (12, 32767),
            False,
            SnapshotId,
            False,
        ),
        FieldInfo(
            "aborted_transactions",
            "AbortedTransactions",
            "AbortedTransaction",
            True,
            (4, 32767),
            (4, 32767),
            None,
            (1, 0),
            True,
            AbortedTransaction,
            False,
        ),
        FieldInfo(
            "preferred_read_replica",
            "PreferredReadReplica",
            "int32",
            False,
            (11, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "records",
            "Records",
            "records",
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
    partition_index: int = 0
    error_code: int = 0
    high_watermark: int = 0
    last_stable_offset: int = -1
    log_start_offset: int = -1
    diverging_epoch: EpochEndOffset = msgspec.field(default_factory=EpochEndOffset)
    current_leader: LeaderIdAndEpoch = msgspec.field(default_factory=LeaderIdAndEpoch)
    snapshot_id: SnapshotId = msgspec.field(default_factory=SnapshotId)
    aborted_transactions: Sequence[AbortedTransaction] | None = ()
    preferred_read_replica: int = -1
    records: Buffer | None = None
    unknown_tags: dict[int, bytes] | None = None


class FetchableTopicResponse(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (0, 12), (1, 0), None, (1, 0), True, None, False
        ),
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
            False,
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
    topic: str = ""
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[PartitionData] = ()
    unknown_tags: dict[int, bytes] | None = None


class NodeEndpoint(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "node_id",
            "NodeId",
            "int32",
            False,
            (16, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            True,
        ),
        FieldInfo(
            "host", "Host", "string", False, (16, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "port", "Port", "int32", False, (16, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "rack",
            "Rack",
            "string",
            False,
            (16, 32767),
            (16, 32767),
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


class FetchResponse(_Message):
    NAME: ClassVar[str] = "FetchResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 1
    MIN_VERSION: ClassVar[int] = 4
    MAX_VERSION: ClassVar[int] = 18
    FLEXIBLE_MIN: ClassVar[int | None] = 12
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
            (7, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "session_id",
            "SessionId",
            "int32",
            False,
            (7, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "responses",
            "Responses",
            "FetchableTopicResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            FetchableTopicResponse,
            False,
        ),
        FieldInfo(
            "node_endpoints",
            "NodeEndpoints",
            "NodeEndpoint",
            True,
            (16, 32767),
            (1, 0),
            0,
            (16, 32767),
            False,
            NodeEndpoint,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    session_id: int = 0
    responses: Sequence[FetchableTopicResponse] = ()
    node_endpoints: Sequence[NodeEndpoint] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_FetchResponse_0(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("FetchResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[FetchableTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_FetchableTopicResponse_0(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[FetchableTopicResponse, ...] = tuple(items_responses)
        return FetchResponse(f_throttle_time_ms, 0, 0, f_responses, (), None), pos
    except (StructError, IndexError):
        raise truncated("FetchResponse v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchResponse v4", pos) from None


def _w_FetchResponse_0(o: FetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.session_id != 0:
        raise not_in_version("FetchResponse.SessionId", "4")
    if o.node_endpoints:
        raise not_in_version("FetchResponse.NodeEndpoints", "4")
    a(_F0.pack(o.throttle_time_ms))
    v_responses = o.responses
    a(INT32.pack(len(v_responses)))
    w_responses = _w_FetchableTopicResponse_0
    for x_responses in v_responses:
        w_responses(x_responses, out)


def _s_FetchResponse_0(o: FetchResponse) -> int:
    n = 4
    v_responses = o.responses
    n += 4
    sz_responses = _s_FetchableTopicResponse_0
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    return n


def _r_FetchResponse_1(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("FetchResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[FetchableTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_FetchableTopicResponse_1(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[FetchableTopicResponse, ...] = tuple(items_responses)
        return FetchResponse(f_throttle_time_ms, 0, 0, f_responses, (), None), pos
    except (StructError, IndexError):
        raise truncated("FetchResponse v5-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchResponse v5-6", pos) from None


def _w_FetchResponse_1(o: FetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.session_id != 0:
        raise not_in_version("FetchResponse.SessionId", "5-6")
    if o.node_endpoints:
        raise not_in_version("FetchResponse.NodeEndpoints", "5-6")
    a(_F0.pack(o.throttle_time_ms))
    v_responses = o.responses
    a(INT32.pack(len(v_responses)))
    w_responses = _w_FetchableTopicResponse_1
    for x_responses in v_responses:
        w_responses(x_responses, out)


def _s_FetchResponse_1(o: FetchResponse) -> int:
    n = 4
    v_responses = o.responses
    n += 4
    sz_responses = _s_FetchableTopicResponse_1
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    return n


def _r_FetchResponse_2(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_session_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 10
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("FetchResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[FetchableTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_FetchableTopicResponse_1(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[FetchableTopicResponse, ...] = tuple(items_responses)
        return (
            FetchResponse(f_throttle_time_ms, f_error_code, f_session_id, f_responses, (), None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchResponse v7-10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchResponse v7-10", pos) from None


def _w_FetchResponse_2(o: FetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.node_endpoints:
        raise not_in_version("FetchResponse.NodeEndpoints", "7-10")
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.session_id))
    v_responses = o.responses
    a(INT32.pack(len(v_responses)))
    w_responses = _w_FetchableTopicResponse_1
    for x_responses in v_responses:
        w_responses(x_responses, out)


def _s_FetchResponse_2(o: FetchResponse) -> int:
    n = 10
    v_responses = o.responses
    n += 4
    sz_responses = _s_FetchableTopicResponse_1
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    return n


def _r_FetchResponse_3(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_session_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 10
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("FetchResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[FetchableTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_FetchableTopicResponse_2(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[FetchableTopicResponse, ...] = tuple(items_responses)
        return (
            FetchResponse(f_throttle_time_ms, f_error_code, f_session_id, f_responses, (), None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchResponse v11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchResponse v11", pos) from None


def _w_FetchResponse_3(o: FetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.node_endpoints:
        raise not_in_version("FetchResponse.NodeEndpoints", "11")
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.session_id))
    v_responses = o.responses
    a(INT32.pack(len(v_responses)))
    w_responses = _w_FetchableTopicResponse_2
    for x_responses in v_responses:
        w_responses(x_responses, out)


def _s_FetchResponse_3(o: FetchResponse) -> int:
    n = 10
    v_responses = o.responses
    n += 4
    sz_responses = _s_FetchableTopicResponse_2
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    return n


def _r_FetchResponse_4(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_session_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 10
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
            raise null_not_allowed("FetchResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("FetchResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[FetchableTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_FetchableTopicResponse_3(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[FetchableTopicResponse, ...] = tuple(items_responses)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            FetchResponse(f_throttle_time_ms, f_error_code, f_session_id, f_responses, (), tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchResponse v12", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchResponse v12", pos) from None


def _w_FetchResponse_4(o: FetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.node_endpoints:
        raise not_in_version("FetchResponse.NodeEndpoints", "12")
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.session_id))
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_FetchableTopicResponse_3
    for x_responses in v_responses:
        w_responses(x_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FetchResponse_4(o: FetchResponse) -> int:
    n = 10
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_FetchableTopicResponse_3
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchResponse_5(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_session_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 10
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
            raise null_not_allowed("FetchResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("FetchResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[FetchableTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_FetchableTopicResponse_4(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[FetchableTopicResponse, ...] = tuple(items_responses)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            FetchResponse(f_throttle_time_ms, f_error_code, f_session_id, f_responses, (), tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchResponse v13-15", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchResponse v13-15", pos) from None


def _w_FetchResponse_5(o: FetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.node_endpoints:
        raise not_in_version("FetchResponse.NodeEndpoints", "13-15")
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.session_id))
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_FetchableTopicResponse_4
    for x_responses in v_responses:
        w_responses(x_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FetchResponse_5(o: FetchResponse) -> int:
    n = 10
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_FetchableTopicResponse_4
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchResponse_6(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_session_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 10
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
            raise null_not_allowed("FetchResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("FetchResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[FetchableTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_FetchableTopicResponse_4(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[FetchableTopicResponse, ...] = tuple(items_responses)
        f_node_endpoints: Sequence[NodeEndpoint] = ()
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("FetchResponse v16-18 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("FetchResponse v16-18 tag", size, pos, end - pos)
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
                        raise null_not_allowed("FetchResponse.NodeEndpoints", pos)
                    elif n > tend - pos:
                        raise bad_length("FetchResponse.NodeEndpoints", n, pos, tend - pos)
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
        return (
            FetchResponse(
                f_throttle_time_ms, f_error_code, f_session_id, f_responses, f_node_endpoints, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchResponse v16-18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchResponse v16-18", pos) from None


def _w_FetchResponse_6(o: FetchResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.session_id))
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_FetchableTopicResponse_4
    for x_responses in v_responses:
        w_responses(x_responses, out)
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


def _s_FetchResponse_6(o: FetchResponse) -> int:
    n = 10
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_FetchableTopicResponse_4
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
        raise truncated("NodeEndpoint v16-18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("NodeEndpoint v16-18", pos) from None


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


def _r_FetchableTopicResponse_0(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FetchableTopicResponse.Topic", pos)
        elif n > end - pos:
            raise bad_length("FetchableTopicResponse.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchableTopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchableTopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionData] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionData_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionData, ...] = tuple(items_partitions)
        return FetchableTopicResponse(f_topic, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("FetchableTopicResponse v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchableTopicResponse v4", pos) from None


def _w_FetchableTopicResponse_0(o: FetchableTopicResponse, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_PartitionData_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_FetchableTopicResponse_0(o: FetchableTopicResponse) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_PartitionData_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_FetchableTopicResponse_1(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FetchableTopicResponse.Topic", pos)
        elif n > end - pos:
            raise bad_length("FetchableTopicResponse.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchableTopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchableTopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionData] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionData_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionData, ...] = tuple(items_partitions)
        return FetchableTopicResponse(f_topic, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("FetchableTopicResponse v5-10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchableTopicResponse v5-10", pos) from None


def _w_FetchableTopicResponse_1(o: FetchableTopicResponse, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_PartitionData_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_FetchableTopicResponse_1(o: FetchableTopicResponse) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_PartitionData_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_FetchableTopicResponse_2(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FetchableTopicResponse.Topic", pos)
        elif n > end - pos:
            raise bad_length("FetchableTopicResponse.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchableTopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchableTopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionData] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionData_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionData, ...] = tuple(items_partitions)
        return FetchableTopicResponse(f_topic, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("FetchableTopicResponse v11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchableTopicResponse v11", pos) from None


def _w_FetchableTopicResponse_2(o: FetchableTopicResponse, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_PartitionData_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_FetchableTopicResponse_2(o: FetchableTopicResponse) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_PartitionData_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_FetchableTopicResponse_3(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
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
            raise null_not_allowed("FetchableTopicResponse.Topic", pos)
        elif n > end - pos:
            raise bad_length("FetchableTopicResponse.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("FetchableTopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchableTopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionData] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionData_3(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionData, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FetchableTopicResponse(f_topic, ZERO_UUID, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("FetchableTopicResponse v12", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchableTopicResponse v12", pos) from None


def _w_FetchableTopicResponse_3(o: FetchableTopicResponse, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_PartitionData_3
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FetchableTopicResponse_3(o: FetchableTopicResponse) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_PartitionData_3
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchableTopicResponse_4(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
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
            raise null_not_allowed("FetchableTopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchableTopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionData] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionData_3(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionData, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FetchableTopicResponse("", f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("FetchableTopicResponse v13-18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchableTopicResponse v13-18", pos) from None


def _w_FetchableTopicResponse_4(o: FetchableTopicResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_PartitionData_3
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FetchableTopicResponse_4(o: FetchableTopicResponse) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_PartitionData_3
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
            f_high_watermark,
            f_last_stable_offset,
        ) = _F3.unpack_from(buf, pos)
        pos += 22
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_aborted_transactions: tuple[AbortedTransaction, ...] | None = None
        elif n > end - pos:
            raise bad_length("PartitionData.AbortedTransactions", n, pos, end - pos)
        else:
            items_aborted_transactions: list[AbortedTransaction] = []
            append_aborted_transactions = items_aborted_transactions.append
            for _ in range(n):
                x_aborted_transactions, pos = _r_AbortedTransaction_0(buf, pos)
                append_aborted_transactions(x_aborted_transactions)
            f_aborted_transactions = tuple(items_aborted_transactions)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_records: Buffer | None = None
        elif n > end - pos:
            raise bad_length("PartitionData.Records", n, pos, end - pos)
        else:
            f_records = buf[pos : pos + n]
            pos += n
        return (
            PartitionData(
                f_partition_index,
                f_error_code,
                f_high_watermark,
                f_last_stable_offset,
                -1,
                EpochEndOffset(),
                LeaderIdAndEpoch(),
                SnapshotId(),
                f_aborted_transactions,
                -1,
                f_records,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionData v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v4", pos) from None


def _w_PartitionData_0(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.diverging_epoch is None or not struct_eq(o.diverging_epoch, EpochEndOffset())
    ) and o.diverging_epoch != EpochEndOffset():
        raise not_in_version("PartitionData.DivergingEpoch", "4")
    if (
        o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
    ) and o.current_leader != LeaderIdAndEpoch():
        raise not_in_version("PartitionData.CurrentLeader", "4")
    if (
        o.snapshot_id is None or not struct_eq(o.snapshot_id, SnapshotId())
    ) and o.snapshot_id != SnapshotId():
        raise not_in_version("PartitionData.SnapshotId", "4")
    if o.preferred_read_replica != -1:
        raise not_in_version("PartitionData.PreferredReadReplica", "4")
    a(_F3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset))
    v_aborted_transactions = o.aborted_transactions
    if v_aborted_transactions is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_aborted_transactions)))
        w_aborted_transactions = _w_AbortedTransaction_0
        for x_aborted_transactions in v_aborted_transactions:
            w_aborted_transactions(x_aborted_transactions, out)
    v_records = o.records
    if v_records is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_records)))
        a(v_records if type(v_records) is bytes else memoryview(v_records))


def _s_PartitionData_0(o: PartitionData) -> int:
    n = 22
    v_aborted_transactions = o.aborted_transactions
    if v_aborted_transactions is None:
        n += 4
    else:
        n += 4
        sz_aborted_transactions = _s_AbortedTransaction_0
        for x_aborted_transactions in v_aborted_transactions:
            n += sz_aborted_transactions(x_aborted_transactions)
    v_records = o.records
    if v_records is None:
        n += 4
    else:
        n += 4
        n += len(v_records)
    return n


def _r_PartitionData_1(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
            f_high_watermark,
            f_last_stable_offset,
            f_log_start_offset,
        ) = _F4.unpack_from(buf, pos)
        pos += 30
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_aborted_transactions: tuple[AbortedTransaction, ...] | None = None
        elif n > end - pos:
            raise bad_length("PartitionData.AbortedTransactions", n, pos, end - pos)
        else:
            items_aborted_transactions: list[AbortedTransaction] = []
            append_aborted_transactions = items_aborted_transactions.append
            for _ in range(n):
                x_aborted_transactions, pos = _r_AbortedTransaction_0(buf, pos)
                append_aborted_transactions(x_aborted_transactions)
            f_aborted_transactions = tuple(items_aborted_transactions)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_records: Buffer | None = None
        elif n > end - pos:
            raise bad_length("PartitionData.Records", n, pos, end - pos)
        else:
            f_records = buf[pos : pos + n]
            pos += n
        return (
            PartitionData(
                f_partition_index,
                f_error_code,
                f_high_watermark,
                f_last_stable_offset,
                f_log_start_offset,
                EpochEndOffset(),
                LeaderIdAndEpoch(),
                SnapshotId(),
                f_aborted_transactions,
                -1,
                f_records,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionData v5-10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v5-10", pos) from None


def _w_PartitionData_1(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.diverging_epoch is None or not struct_eq(o.diverging_epoch, EpochEndOffset())
    ) and o.diverging_epoch != EpochEndOffset():
        raise not_in_version("PartitionData.DivergingEpoch", "5-10")
    if (
        o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
    ) and o.current_leader != LeaderIdAndEpoch():
        raise not_in_version("PartitionData.CurrentLeader", "5-10")
    if (
        o.snapshot_id is None or not struct_eq(o.snapshot_id, SnapshotId())
    ) and o.snapshot_id != SnapshotId():
        raise not_in_version("PartitionData.SnapshotId", "5-10")
    if o.preferred_read_replica != -1:
        raise not_in_version("PartitionData.PreferredReadReplica", "5-10")
    a(
        _F4.pack(
            o.partition_index,
            o.error_code,
            o.high_watermark,
            o.last_stable_offset,
            o.log_start_offset,
        )
    )
    v_aborted_transactions = o.aborted_transactions
    if v_aborted_transactions is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_aborted_transactions)))
        w_aborted_transactions = _w_AbortedTransaction_0
        for x_aborted_transactions in v_aborted_transactions:
            w_aborted_transactions(x_aborted_transactions, out)
    v_records = o.records
    if v_records is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_records)))
        a(v_records if type(v_records) is bytes else memoryview(v_records))


def _s_PartitionData_1(o: PartitionData) -> int:
    n = 30
    v_aborted_transactions = o.aborted_transactions
    if v_aborted_transactions is None:
        n += 4
    else:
        n += 4
        sz_aborted_transactions = _s_AbortedTransaction_0
        for x_aborted_transactions in v_aborted_transactions:
            n += sz_aborted_transactions(x_aborted_transactions)
    v_records = o.records
    if v_records is None:
        n += 4
    else:
        n += 4
        n += len(v_records)
    return n


def _r_PartitionData_2(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
            f_high_watermark,
            f_last_stable_offset,
            f_log_start_offset,
        ) = _F4.unpack_from(buf, pos)
        pos += 30
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_aborted_transactions: tuple[AbortedTransaction, ...] | None = None
        elif n > end - pos:
            raise bad_length("PartitionData.AbortedTransactions", n, pos, end - pos)
        else:
            items_aborted_transactions: list[AbortedTransaction] = []
            append_aborted_transactions = items_aborted_transactions.append
            for _ in range(n):
                x_aborted_transactions, pos = _r_AbortedTransaction_0(buf, pos)
                append_aborted_transactions(x_aborted_transactions)
            f_aborted_transactions = tuple(items_aborted_transactions)
        (f_preferred_read_replica,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_records: Buffer | None = None
        elif n > end - pos:
            raise bad_length("PartitionData.Records", n, pos, end - pos)
        else:
            f_records = buf[pos : pos + n]
            pos += n
        return (
            PartitionData(
                f_partition_index,
                f_error_code,
                f_high_watermark,
                f_last_stable_offset,
                f_log_start_offset,
                EpochEndOffset(),
                LeaderIdAndEpoch(),
                SnapshotId(),
                f_aborted_transactions,
                f_preferred_read_replica,
                f_records,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionData v11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v11", pos) from None


def _w_PartitionData_2(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.diverging_epoch is None or not struct_eq(o.diverging_epoch, EpochEndOffset())
    ) and o.diverging_epoch != EpochEndOffset():
        raise not_in_version("PartitionData.DivergingEpoch", "11")
    if (
        o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
    ) and o.current_leader != LeaderIdAndEpoch():
        raise not_in_version("PartitionData.CurrentLeader", "11")
    if (
        o.snapshot_id is None or not struct_eq(o.snapshot_id, SnapshotId())
    ) and o.snapshot_id != SnapshotId():
        raise not_in_version("PartitionData.SnapshotId", "11")
    a(
        _F4.pack(
            o.partition_index,
            o.error_code,
            o.high_watermark,
            o.last_stable_offset,
            o.log_start_offset,
        )
    )
    v_aborted_transactions = o.aborted_transactions
    if v_aborted_transactions is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_aborted_transactions)))
        w_aborted_transactions = _w_AbortedTransaction_0
        for x_aborted_transactions in v_aborted_transactions:
            w_aborted_transactions(x_aborted_transactions, out)
    a(_F0.pack(o.preferred_read_replica))
    v_records = o.records
    if v_records is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_records)))
        a(v_records if type(v_records) is bytes else memoryview(v_records))


def _s_PartitionData_2(o: PartitionData) -> int:
    n = 34
    v_aborted_transactions = o.aborted_transactions
    if v_aborted_transactions is None:
        n += 4
    else:
        n += 4
        sz_aborted_transactions = _s_AbortedTransaction_0
        for x_aborted_transactions in v_aborted_transactions:
            n += sz_aborted_transactions(x_aborted_transactions)
    v_records = o.records
    if v_records is None:
        n += 4
    else:
        n += 4
        n += len(v_records)
    return n


def _r_PartitionData_3(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
            f_high_watermark,
            f_last_stable_offset,
            f_log_start_offset,
        ) = _F4.unpack_from(buf, pos)
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
            f_aborted_transactions: tuple[AbortedTransaction, ...] | None = None
        elif n > end - pos:
            raise bad_length("PartitionData.AbortedTransactions", n, pos, end - pos)
        else:
            items_aborted_transactions: list[AbortedTransaction] = []
            append_aborted_transactions = items_aborted_transactions.append
            for _ in range(n):
                x_aborted_transactions, pos = _r_AbortedTransaction_1(buf, pos)
                append_aborted_transactions(x_aborted_transactions)
            f_aborted_transactions = tuple(items_aborted_transactions)
        (f_preferred_read_replica,) = _F0.unpack_from(buf, pos)
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
            f_records: Buffer | None = None
        elif n > end - pos:
            raise bad_length("PartitionData.Records", n, pos, end - pos)
        else:
            f_records = buf[pos : pos + n]
            pos += n
        f_diverging_epoch: EpochEndOffset = EpochEndOffset()
        f_current_leader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        f_snapshot_id: SnapshotId = SnapshotId()
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("PartitionData v12-18 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("PartitionData v12-18 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    f_diverging_epoch, pos = _r_EpochEndOffset_0(tbuf, pos)
                elif tag == 1:
                    tbuf = buf[:tend]
                    f_current_leader, pos = _r_LeaderIdAndEpoch_0(tbuf, pos)
                elif tag == 2:
                    tbuf = buf[:tend]
                    f_snapshot_id, pos = _r_SnapshotId_0(tbuf, pos)
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            PartitionData(
                f_partition_index,
                f_error_code,
                f_high_watermark,
                f_last_stable_offset,
                f_log_start_offset,
                f_diverging_epoch,
                f_current_leader,
                f_snapshot_id,
                f_aborted_transactions,
                f_preferred_read_replica,
                f_records,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionData v12-18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v12-18", pos) from None


def _w_PartitionData_3(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    a(
        _F4.pack(
            o.partition_index,
            o.error_code,
            o.high_watermark,
            o.last_stable_offset,
            o.log_start_offset,
        )
    )
    v_aborted_transactions = o.aborted_transactions
    if v_aborted_transactions is None:
        a(b"\x00")
    else:
        n = len(v_aborted_transactions) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_aborted_transactions = _w_AbortedTransaction_1
        for x_aborted_transactions in v_aborted_transactions:
            w_aborted_transactions(x_aborted_transactions, out)
    a(_F0.pack(o.preferred_read_replica))
    v_records = o.records
    if v_records is None:
        a(b"\x00")
    else:
        n = len(v_records) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(v_records if type(v_records) is bytes else memoryview(v_records))
    if not (
        o.unknown_tags is not None
        or (
            (o.diverging_epoch is None or not struct_eq(o.diverging_epoch, EpochEndOffset()))
            and o.diverging_epoch != EpochEndOffset()
        )
        or (
            (o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch()))
            and o.current_leader != LeaderIdAndEpoch()
        )
        or (
            (o.snapshot_id is None or not struct_eq(o.snapshot_id, SnapshotId()))
            and o.snapshot_id != SnapshotId()
        )
    ):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if (
            o.diverging_epoch is None or not struct_eq(o.diverging_epoch, EpochEndOffset())
        ) and o.diverging_epoch != EpochEndOffset():
            sub_diverging_epoch: list[Buffer] = []
            outer, out, a = out, sub_diverging_epoch, sub_diverging_epoch.append
            v_diverging_epoch = o.diverging_epoch
            _w_EpochEndOffset_0(v_diverging_epoch, out)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_diverging_epoch)
        if (
            o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
        ) and o.current_leader != LeaderIdAndEpoch():
            sub_current_leader: list[Buffer] = []
            outer, out, a = out, sub_current_leader, sub_current_leader.append
            v_current_leader = o.current_leader
            _w_LeaderIdAndEpoch_0(v_current_leader, out)
            out, a = outer, outer.append
            tags[1] = b"".join(sub_current_leader)
        if (
            o.snapshot_id is None or not struct_eq(o.snapshot_id, SnapshotId())
        ) and o.snapshot_id != SnapshotId():
            sub_snapshot_id: list[Buffer] = []
            outer, out, a = out, sub_snapshot_id, sub_snapshot_id.append
            v_snapshot_id = o.snapshot_id
            _w_SnapshotId_0(v_snapshot_id, out)
            out, a = outer, outer.append
            tags[2] = b"".join(sub_snapshot_id)
        write_tags(out, tags)


def _s_PartitionData_3(o: PartitionData) -> int:
    n = 34
    v_aborted_transactions = o.aborted_transactions
    if v_aborted_transactions is None:
        n += 1
    else:
        n += uvarint_size(len(v_aborted_transactions) + 1)
        sz_aborted_transactions = _s_AbortedTransaction_1
        for x_aborted_transactions in v_aborted_transactions:
            n += sz_aborted_transactions(x_aborted_transactions)
    v_records = o.records
    if v_records is None:
        n += 1
    else:
        n += uvarint_size(len(v_records) + 1)
        n += len(v_records)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if (
        o.diverging_epoch is None or not struct_eq(o.diverging_epoch, EpochEndOffset())
    ) and o.diverging_epoch != EpochEndOffset():
        outer_n = n
        n = 0
        v_diverging_epoch = o.diverging_epoch
        n += _s_EpochEndOffset_0(v_diverging_epoch)
        tags[0] = n
        n = outer_n
    if (
        o.current_leader is None or not struct_eq(o.current_leader, LeaderIdAndEpoch())
    ) and o.current_leader != LeaderIdAndEpoch():
        outer_n = n
        n = 0
        v_current_leader = o.current_leader
        n += _s_LeaderIdAndEpoch_0(v_current_leader)
        tags[1] = n
        n = outer_n
    if (
        o.snapshot_id is None or not struct_eq(o.snapshot_id, SnapshotId())
    ) and o.snapshot_id != SnapshotId():
        outer_n = n
        n = 0
        v_snapshot_id = o.snapshot_id
        n += _s_SnapshotId_0(v_snapshot_id)
        tags[2] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_AbortedTransaction_0(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    end = len(buf)
    try:
        (
            f_producer_id,
            f_first_offset,
        ) = _F5.unpack_from(buf, pos)
        pos += 16
        return AbortedTransaction(f_producer_id, f_first_offset, None), pos
    except (StructError, IndexError):
        raise truncated("AbortedTransaction v4-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AbortedTransaction v4-11", pos) from None


def _w_AbortedTransaction_0(o: AbortedTransaction, out: list[Buffer]) -> None:
    a = out.append
    a(_F5.pack(o.producer_id, o.first_offset))


def _s_AbortedTransaction_0(o: AbortedTransaction) -> int:
    n = 16
    return n


def _r_AbortedTransaction_1(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    end = len(buf)
    try:
        (
            f_producer_id,
            f_first_offset,
        ) = _F5.unpack_from(buf, pos)
        pos += 16
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AbortedTransaction(f_producer_id, f_first_offset, tags), pos
    except (StructError, IndexError):
        raise truncated("AbortedTransaction v12-18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AbortedTransaction v12-18", pos) from None


def _w_AbortedTransaction_1(o: AbortedTransaction, out: list[Buffer]) -> None:
    a = out.append
    a(_F5.pack(o.producer_id, o.first_offset))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AbortedTransaction_1(o: AbortedTransaction) -> int:
    n = 16
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_SnapshotId_0(buf: memoryview, pos: int) -> tuple[SnapshotId, int]:
    end = len(buf)
    try:
        (
            f_end_offset,
            f_epoch,
        ) = _F6.unpack_from(buf, pos)
        pos += 12
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return SnapshotId(f_end_offset, f_epoch, tags), pos
    except (StructError, IndexError):
        raise truncated("SnapshotId v12-18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SnapshotId v12-18", pos) from None


def _w_SnapshotId_0(o: SnapshotId, out: list[Buffer]) -> None:
    a = out.append
    a(_F6.pack(o.end_offset, o.epoch))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_SnapshotId_0(o: SnapshotId) -> int:
    n = 12
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
        ) = _F7.unpack_from(buf, pos)
        pos += 8
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return LeaderIdAndEpoch(f_leader_id, f_leader_epoch, tags), pos
    except (StructError, IndexError):
        raise truncated("LeaderIdAndEpoch v12-18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaderIdAndEpoch v12-18", pos) from None


def _w_LeaderIdAndEpoch_0(o: LeaderIdAndEpoch, out: list[Buffer]) -> None:
    a = out.append
    a(_F7.pack(o.leader_id, o.leader_epoch))
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


def _r_EpochEndOffset_0(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    end = len(buf)
    try:
        (
            f_epoch,
            f_end_offset,
        ) = _F8.unpack_from(buf, pos)
        pos += 12
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return EpochEndOffset(f_epoch, f_end_offset, tags), pos
    except (StructError, IndexError):
        raise truncated("EpochEndOffset v12-18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EpochEndOffset v12-18", pos) from None


def _w_EpochEndOffset_0(o: EpochEndOffset, out: list[Buffer]) -> None:
    a = out.append
    a(_F8.pack(o.epoch, o.end_offset))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_EpochEndOffset_0(o: EpochEndOffset) -> int:
    n = 12
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


FetchResponse._READERS = (
    None,
    None,
    None,
    None,
    _r_FetchResponse_0,
    _r_FetchResponse_1,
    _r_FetchResponse_1,
    _r_FetchResponse_2,
    _r_FetchResponse_2,
    _r_FetchResponse_2,
    _r_FetchResponse_2,
    _r_FetchResponse_3,
    _r_FetchResponse_4,
    _r_FetchResponse_5,
    _r_FetchResponse_5,
    _r_FetchResponse_5,
    _r_FetchResponse_6,
    _r_FetchResponse_6,
    _r_FetchResponse_6,
)
FetchResponse._WRITERS = (
    None,
    None,
    None,
    None,
    _w_FetchResponse_0,
    _w_FetchResponse_1,
    _w_FetchResponse_1,
    _w_FetchResponse_2,
    _w_FetchResponse_2,
    _w_FetchResponse_2,
    _w_FetchResponse_2,
    _w_FetchResponse_3,
    _w_FetchResponse_4,
    _w_FetchResponse_5,
    _w_FetchResponse_5,
    _w_FetchResponse_5,
    _w_FetchResponse_6,
    _w_FetchResponse_6,
    _w_FetchResponse_6,
)
FetchResponse._SIZERS = (
    None,
    None,
    None,
    None,
    _s_FetchResponse_0,
    _s_FetchResponse_1,
    _s_FetchResponse_1,
    _s_FetchResponse_2,
    _s_FetchResponse_2,
    _s_FetchResponse_2,
    _s_FetchResponse_2,
    _s_FetchResponse_3,
    _s_FetchResponse_4,
    _s_FetchResponse_5,
    _s_FetchResponse_5,
    _s_FetchResponse_5,
    _s_FetchResponse_6,
    _s_FetchResponse_6,
    _s_FetchResponse_6,
)
bind_readers(
    FetchResponse,
    "fetch_response",
    "e77e7a69b1233346",
    (
        EpochEndOffset,
        LeaderIdAndEpoch,
        SnapshotId,
        AbortedTransaction,
        PartitionData,
        FetchableTopicResponse,
        NodeEndpoint,
        FetchResponse,
    ),
)
