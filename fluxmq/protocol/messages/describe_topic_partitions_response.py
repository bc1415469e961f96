# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeTopicPartitionsResponse: Kafka response (key 75), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
from collections.abc import Sequence
from typing import ClassVar
from uuid import UUID
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
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "DescribeTopicPartitionsResponsePartition",
    "DescribeTopicPartitionsResponseTopic",
    "Cursor",
    "DescribeTopicPartitionsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">16s?")
_F3 = PackStruct(">hiii")
_Ai32 = array_structs("i")


class DescribeTopicPartitionsResponsePartition(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            True,
            None,
            False,
        ),
        FieldInfo(
            "replica_nodes",
            "ReplicaNodes",
            "int32",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "isr_nodes",
            "IsrNodes",
            "int32",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "eligible_leader_replicas",
            "EligibleLeaderReplicas",
            "int32",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "last_known_elr",
            "LastKnownElr",
            "int32",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "offline_replicas",
            "OfflineReplicas",
            "int32",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    error_code: int = 0
    partition_index: int = 0
    leader_id: int = 0
    leader_epoch: int = -1
    replica_nodes: Sequence[int] = ()
    isr_nodes: Sequence[int] = ()
    eligible_leader_replicas: Sequence[int] | None = None
    last_known_elr: Sequence[int] | None = None
    offline_replicas: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeTopicPartitionsResponseTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "name", "Name", "string", False, (0, 32767), (0, 32767), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "is_internal",
            "IsInternal",
            "bool",
            False,
            (0, 32767),
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
            "DescribeTopicPartitionsResponsePartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeTopicPartitionsResponsePartition,
            False,
        ),
        FieldInfo(
            "topic_authorized_operations",
            "TopicAuthorizedOperations",
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
    error_code: int = 0
    name: str | None = ""
    topic_id: UUID = ZERO_UUID
    is_internal: bool = False
    partitions: Sequence[DescribeTopicPartitionsResponsePartition] = ()
    topic_authorized_operations: int = -2147483648
    unknown_tags: dict[int, bytes] | None = None


class Cursor(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_name",
            "TopicName",
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
    )
    topic_name: str = ""
    partition_index: int = 0
    unknown_tags: dict[int, bytes] | None = None


class DescribeTopicPartitionsResponse(_Message):
    NAME: ClassVar[str] = "DescribeTopicPartitionsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 75
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
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
            True,
            None,
            False,
        ),
        FieldInfo(
            "topics",
            "Topics",
            "DescribeTopicPartitionsResponseTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeTopicPartitionsResponseTopic,
            False,
        ),
        FieldInfo(
            "next_cursor",
            "NextCursor",
            "Cursor",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            Cursor,
            False,
        ),
    )
    throttle_time_ms: int = 0
    topics: Sequence[DescribeTopicPartitionsResponseTopic] = ()
    next_cursor: Cursor | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeTopicPartitionsResponse_0(
    buf: memoryview, pos: int
) -> tuple[DescribeTopicPartitionsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeTopicPartitionsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeTopicPartitionsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[DescribeTopicPartitionsResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DescribeTopicPartitionsResponseTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DescribeTopicPartitionsResponseTopic, ...] = tuple(items_topics)
        if buf[pos] == 255:
            pos += 1
            f_next_cursor: Cursor | None = None
        else:
            pos += 1
            f_next_cursor, pos = _r_Cursor_0(buf, pos)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeTopicPartitionsResponse(f_throttle_time_ms, f_topics, f_next_cursor, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeTopicPartitionsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeTopicPartitionsResponse v0", pos) from None


def _w_DescribeTopicPartitionsResponse_0(
    o: DescribeTopicPartitionsResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_DescribeTopicPartitionsResponseTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_next_cursor = o.next_cursor
    if v_next_cursor is None:
        a(b"\xff")
    else:
        a(b"\x01")
        _w_Cursor_0(v_next_cursor, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeTopicPartitionsResponse_0(o: DescribeTopicPartitionsResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_DescribeTopicPartitionsResponseTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_next_cursor = o.next_cursor
    if v_next_cursor is None:
        n += 1
    else:
        n += 1
        n += _s_Cursor_0(v_next_cursor)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Cursor_0(buf: memoryview, pos: int) -> tuple[Cursor, int]:
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
            raise null_not_allowed("Cursor.TopicName", pos)
        elif n > end - pos:
            raise bad_length("Cursor.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_partition_index,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Cursor(f_topic_name, f_partition_index, tags), pos
    except (StructError, IndexError):
        raise truncated("Cursor v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Cursor v0", pos) from None


def _w_Cursor_0(o: Cursor, out: list[Buffer]) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.partition_index))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Cursor_0(o: Cursor) -> int:
    n = 4
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeTopicPartitionsResponseTopic_0(
    buf: memoryview, pos: int
) -> tuple[DescribeTopicPartitionsResponseTopic, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
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
            f_name: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeTopicPartitionsResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_topic_id,
            f_is_internal,
        ) = _F2.unpack_from(buf, pos)
        pos += 17
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
            raise null_not_allowed("DescribeTopicPartitionsResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("DescribeTopicPartitionsResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[DescribeTopicPartitionsResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_DescribeTopicPartitionsResponsePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[DescribeTopicPartitionsResponsePartition, ...] = tuple(
                items_partitions
            )
        (f_topic_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeTopicPartitionsResponseTopic(
                f_error_code,
                f_name,
                f_topic_id,
                f_is_internal,
                f_partitions,
                f_topic_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeTopicPartitionsResponseTopic v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeTopicPartitionsResponseTopic v0", pos) from None


def _w_DescribeTopicPartitionsResponseTopic_0(
    o: DescribeTopicPartitionsResponseTopic, out: list[Buffer]
) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_name = o.name
    if v_name is None:
        a(b"\x00")
    else:
        b = v_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F2.pack(o.topic_id.bytes, o.is_internal))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_DescribeTopicPartitionsResponsePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    a(_F0.pack(o.topic_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeTopicPartitionsResponseTopic_0(o: DescribeTopicPartitionsResponseTopic) -> int:
    n = 23
    v_name = o.name
    if v_name is None:
        n += 1
    else:
        k = utf8_len(v_name)
        n += uvarint_size(k + 1)
        n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_DescribeTopicPartitionsResponsePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeTopicPartitionsResponsePartition_0(
    buf: memoryview, pos: int
) -> tuple[DescribeTopicPartitionsResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_partition_index,
            f_leader_id,
            f_leader_epoch,
        ) = _F3.unpack_from(buf, pos)
        pos += 14
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
        if 0 <= n < SMALL_ARRAY:
            f_replica_nodes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("DescribeTopicPartitionsResponsePartition.ReplicaNodes", pos)
        elif n * 4 > end - pos:
            raise bad_length(
                "DescribeTopicPartitionsResponsePartition.ReplicaNodes", n, pos, end - pos
            )
        else:
            f_replica_nodes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
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
        if 0 <= n < SMALL_ARRAY:
            f_isr_nodes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("DescribeTopicPartitionsResponsePartition.IsrNodes", pos)
        elif n * 4 > end - pos:
            raise bad_length("DescribeTopicPartitionsResponsePartition.IsrNodes", n, pos, end - pos)
        else:
            f_isr_nodes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
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
        if 0 <= n < SMALL_ARRAY:
            f_eligible_leader_replicas: tuple[int, ...] | None = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            f_eligible_leader_replicas = None
        elif n * 4 > end - pos:
            raise bad_length(
                "DescribeTopicPartitionsResponsePartition.EligibleLeaderReplicas", n, pos, end - pos
            )
        else:
            f_eligible_leader_replicas = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
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
        if 0 <= n < SMALL_ARRAY:
            f_last_known_elr: tuple[int, ...] | None = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            f_last_known_elr = None
        elif n * 4 > end - pos:
            raise bad_length(
                "DescribeTopicPartitionsResponsePartition.LastKnownElr", n, pos, end - pos
            )
        else:
            f_last_known_elr = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
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
        if 0 <= n < SMALL_ARRAY:
            f_offline_replicas = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("DescribeTopicPartitionsResponsePartition.OfflineReplicas", pos)
        elif n * 4 > end - pos:
            raise bad_length(
                "DescribeTopicPartitionsResponsePartition.OfflineReplicas", n, pos, end - pos
            )
        else:
            f_offline_replicas = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeTopicPartitionsResponsePartition(
                f_error_code,
                f_partition_index,
                f_leader_id,
                f_leader_epoch,
                f_replica_nodes,
                f_isr_nodes,
                f_eligible_leader_replicas,
                f_last_known_elr,
                f_offline_replicas,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeTopicPartitionsResponsePartition v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeTopicPartitionsResponsePartition v0", pos) from None


def _w_DescribeTopicPartitionsResponsePartition_0(
    o: DescribeTopicPartitionsResponsePartition, out: list[Buffer]
) -> None:
    a = out.append
    a(_F3.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch))
    v_replica_nodes = o.replica_nodes
    n = len(v_replica_nodes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_replica_nodes)
    a(_Ai32[k].pack(*v_replica_nodes) if k < SMALL_ARRAY else pack(">%di" % k, *v_replica_nodes))
    v_isr_nodes = o.isr_nodes
    n = len(v_isr_nodes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_isr_nodes)
    a(_Ai32[k].pack(*v_isr_nodes) if k < SMALL_ARRAY else pack(">%di" % k, *v_isr_nodes))
    v_eligible_leader_replicas = o.eligible_leader_replicas
    if v_eligible_leader_replicas is None:
        a(b"\x00")
    else:
        n = len(v_eligible_leader_replicas) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        k = len(v_eligible_leader_replicas)
        a(
            _Ai32[k].pack(*v_eligible_leader_replicas)
            if k < SMALL_ARRAY
            else pack(">%di" % k, *v_eligible_leader_replicas)
        )
    v_last_known_elr = o.last_known_elr
    if v_last_known_elr is None:
        a(b"\x00")
    else:
        n = len(v_last_known_elr) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        k = len(v_last_known_elr)
        a(
            _Ai32[k].pack(*v_last_known_elr)
            if k < SMALL_ARRAY
            else pack(">%di" % k, *v_last_known_elr)
        )
    v_offline_replicas = o.offline_replicas
    n = len(v_offline_replicas) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_offline_replicas)
    a(
        _Ai32[k].pack(*v_offline_replicas)
        if k < SMALL_ARRAY
        else pack(">%di" % k, *v_offline_replicas)
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeTopicPartitionsResponsePartition_0(
    o: DescribeTopicPartitionsResponsePartition,
) -> int:
    n = 14
    v_replica_nodes = o.replica_nodes
    n += uvarint_size(len(v_replica_nodes) + 1)
    n += 4 * len(v_replica_nodes)
    v_isr_nodes = o.isr_nodes
    n += uvarint_size(len(v_isr_nodes) + 1)
    n += 4 * len(v_isr_nodes)
    v_eligible_leader_replicas = o.eligible_leader_replicas
    if v_eligible_leader_replicas is None:
        n += 1
    else:
        n += uvarint_size(len(v_eligible_leader_replicas) + 1)
        n += 4 * len(v_eligible_leader_replicas)
    v_last_known_elr = o.last_known_elr
    if v_last_known_elr is None:
        n += 1
    else:
        n += uvarint_size(len(v_last_known_elr) + 1)
        n += 4 * len(v_last_known_elr)
    v_offline_replicas = o.offline_replicas
    n += uvarint_size(len(v_offline_replicas) + 1)
    n += 4 * len(v_offline_replicas)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeTopicPartitionsResponse._READERS = (_r_DescribeTopicPartitionsResponse_0,)
DescribeTopicPartitionsResponse._WRITERS = (_w_DescribeTopicPartitionsResponse_0,)
DescribeTopicPartitionsResponse._SIZERS = (_s_DescribeTopicPartitionsResponse_0,)
bind_readers(
    DescribeTopicPartitionsResponse,
    "describe_topic_partitions_response",
    "0f075782284d01ac",
    (
        DescribeTopicPartitionsResponsePartition,
        DescribeTopicPartitionsResponseTopic,
        Cursor,
        DescribeTopicPartitionsResponse,
    ),
)
