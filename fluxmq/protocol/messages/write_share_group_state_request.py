# generated from Kafka 4.4.0 by codegen — do not edit
"""WriteShareGroupStateRequest: Kafka request (key 85), versions 0-1."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
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
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "StateBatch",
    "PartitionData",
    "WriteStateData",
    "WriteShareGroupStateRequest",
]

_F0 = PackStruct(">16s")
_F1 = PackStruct(">iiiq")
_F2 = PackStruct(">iiiqi")
_F3 = PackStruct(">qqbh")


class StateBatch(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "first_offset",
            "FirstOffset",
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
            "last_offset",
            "LastOffset",
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
            "delivery_state",
            "DeliveryState",
            "int8",
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
            "delivery_count",
            "DeliveryCount",
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
    )
    first_offset: int = 0
    last_offset: int = 0
    delivery_state: int = 0
    delivery_count: int = 0
    unknown_tags: dict[int, bytes] | None = None


class PartitionData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "partition",
            "Partition",
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
            "state_epoch",
            "StateEpoch",
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
        FieldInfo(
            "start_offset",
            "StartOffset",
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
            "delivery_complete_count",
            "DeliveryCompleteCount",
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
            "state_batches",
            "StateBatches",
            "StateBatch",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            StateBatch,
            False,
        ),
    )
    partition: int = 0
    state_epoch: int = 0
    leader_epoch: int = 0
    start_offset: int = 0
    delivery_complete_count: int = -1
    state_batches: Sequence[StateBatch] = ()
    unknown_tags: dict[int, bytes] | None = None


class WriteStateData(_StructBase):
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
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[PartitionData] = ()
    unknown_tags: dict[int, bytes] | None = None


class WriteShareGroupStateRequest(_Message):
    NAME: ClassVar[str] = "WriteShareGroupStateRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 85
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id",
            "GroupId",
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
            "topics",
            "Topics",
            "WriteStateData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            WriteStateData,
            False,
        ),
    )
    group_id: str = ""
    topics: Sequence[WriteStateData] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_WriteShareGroupStateRequest_0(
    buf: memoryview, pos: int
) -> tuple[WriteShareGroupStateRequest, int]:
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
            raise null_not_allowed("WriteShareGroupStateRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("WriteShareGroupStateRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("WriteShareGroupStateRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("WriteShareGroupStateRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[WriteStateData] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_WriteStateData_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[WriteStateData, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return WriteShareGroupStateRequest(f_group_id, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("WriteShareGroupStateRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WriteShareGroupStateRequest v0", pos) from None


def _w_WriteShareGroupStateRequest_0(o: WriteShareGroupStateRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_WriteStateData_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WriteShareGroupStateRequest_0(o: WriteShareGroupStateRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_WriteStateData_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_WriteShareGroupStateRequest_1(
    buf: memoryview, pos: int
) -> tuple[WriteShareGroupStateRequest, int]:
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
            raise null_not_allowed("WriteShareGroupStateRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("WriteShareGroupStateRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("WriteShareGroupStateRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("WriteShareGroupStateRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[WriteStateData] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_WriteStateData_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[WriteStateData, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return WriteShareGroupStateRequest(f_group_id, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("WriteShareGroupStateRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WriteShareGroupStateRequest v1", pos) from None


def _w_WriteShareGroupStateRequest_1(o: WriteShareGroupStateRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_WriteStateData_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WriteShareGroupStateRequest_1(o: WriteShareGroupStateRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_WriteStateData_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_WriteStateData_0(buf: memoryview, pos: int) -> tuple[WriteStateData, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("WriteStateData.Partitions", pos)
        elif n > end - pos:
            raise bad_length("WriteStateData.Partitions", n, pos, end - pos)
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
        return WriteStateData(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("WriteStateData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WriteStateData v0", pos) from None


def _w_WriteStateData_0(o: WriteStateData, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.topic_id.bytes))
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


def _s_WriteStateData_0(o: WriteStateData) -> int:
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


def _r_WriteStateData_1(buf: memoryview, pos: int) -> tuple[WriteStateData, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("WriteStateData.Partitions", pos)
        elif n > end - pos:
            raise bad_length("WriteStateData.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionData] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionData_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionData, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return WriteStateData(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("WriteStateData v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WriteStateData v1", pos) from None


def _w_WriteStateData_1(o: WriteStateData, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_PartitionData_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WriteStateData_1(o: WriteStateData) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_PartitionData_1
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
            f_partition,
            f_state_epoch,
            f_leader_epoch,
            f_start_offset,
        ) = _F1.unpack_from(buf, pos)
        pos += 20
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
            raise null_not_allowed("PartitionData.StateBatches", pos)
        elif n > end - pos:
            raise bad_length("PartitionData.StateBatches", n, pos, end - pos)
        else:
            items_state_batches: list[StateBatch] = []
            append_state_batches = items_state_batches.append
            for _ in range(n):
                x_state_batches, pos = _r_StateBatch_0(buf, pos)
                append_state_batches(x_state_batches)
            f_state_batches: tuple[StateBatch, ...] = tuple(items_state_batches)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            PartitionData(
                f_partition,
                f_state_epoch,
                f_leader_epoch,
                f_start_offset,
                -1,
                f_state_batches,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v0", pos) from None


def _w_PartitionData_0(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition, o.state_epoch, o.leader_epoch, o.start_offset))
    v_state_batches = o.state_batches
    n = len(v_state_batches) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_state_batches = _w_StateBatch_0
    for x_state_batches in v_state_batches:
        w_state_batches(x_state_batches, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionData_0(o: PartitionData) -> int:
    n = 20
    v_state_batches = o.state_batches
    n += uvarint_size(len(v_state_batches) + 1)
    sz_state_batches = _s_StateBatch_0
    for x_state_batches in v_state_batches:
        n += sz_state_batches(x_state_batches)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionData_1(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    end = len(buf)
    try:
        (
            f_partition,
            f_state_epoch,
            f_leader_epoch,
            f_start_offset,
            f_delivery_complete_count,
        ) = _F2.unpack_from(buf, pos)
        pos += 24
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
            raise null_not_allowed("PartitionData.StateBatches", pos)
        elif n > end - pos:
            raise bad_length("PartitionData.StateBatches", n, pos, end - pos)
        else:
            items_state_batches: list[StateBatch] = []
            append_state_batches = items_state_batches.append
            for _ in range(n):
                x_state_batches, pos = _r_StateBatch_0(buf, pos)
                append_state_batches(x_state_batches)
            f_state_batches: tuple[StateBatch, ...] = tuple(items_state_batches)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            PartitionData(
                f_partition,
                f_state_epoch,
                f_leader_epoch,
                f_start_offset,
                f_delivery_complete_count,
                f_state_batches,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionData v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v1", pos) from None


def _w_PartitionData_1(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    a(
        _F2.pack(
            o.partition, o.state_epoch, o.leader_epoch, o.start_offset, o.delivery_complete_count
        )
    )
    v_state_batches = o.state_batches
    n = len(v_state_batches) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_state_batches = _w_StateBatch_0
    for x_state_batches in v_state_batches:
        w_state_batches(x_state_batches, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionData_1(o: PartitionData) -> int:
    n = 24
    v_state_batches = o.state_batches
    n += uvarint_size(len(v_state_batches) + 1)
    sz_state_batches = _s_StateBatch_0
    for x_state_batches in v_state_batches:
        n += sz_state_batches(x_state_batches)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_StateBatch_0(buf: memoryview, pos: int) -> tuple[StateBatch, int]:
    end = len(buf)
    try:
        (
            f_first_offset,
            f_last_offset,
            f_delivery_state,
            f_delivery_count,
        ) = _F3.unpack_from(buf, pos)
        pos += 19
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StateBatch(f_first_offset, f_last_offset, f_delivery_state, f_delivery_count, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StateBatch v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StateBatch v0-1", pos) from None


def _w_StateBatch_0(o: StateBatch, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.first_offset, o.last_offset, o.delivery_state, o.delivery_count))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StateBatch_0(o: StateBatch) -> int:
    n = 19
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


WriteShareGroupStateRequest._READERS = (
    _r_WriteShareGroupStateRequest_0,
    _r_WriteShareGroupStateRequest_1,
)
WriteShareGroupStateRequest._WRITERS = (
    _w_WriteShareGroupStateRequest_0,
    _w_WriteShareGroupStateRequest_1,
)
WriteShareGroupStateRequest._SIZERS = (
    _s_WriteShareGroupStateRequest_0,
    _s_WriteShareGroupStateRequest_1,
)
bind_readers(
    WriteShareGroupStateRequest,
    "write_share_group_state_request",
    "0b66b0c5ce9eca7d",
    (
        StateBatch,
        PartitionData,
        WriteStateData,
        WriteShareGroupStateRequest,
    ),
)
