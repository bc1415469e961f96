# generated from Kafka 4.4.0 by codegen — do not edit
"""InitializeShareGroupStateRequest: Kafka request (key 83), versions 0."""

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
    "PartitionData",
    "InitializeStateData",
    "InitializeShareGroupStateRequest",
]

_F0 = PackStruct(">16s")
_F1 = PackStruct(">iiq")


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
    )
    partition: int = 0
    state_epoch: int = 0
    start_offset: int = 0
    unknown_tags: dict[int, bytes] | None = None


class InitializeStateData(_StructBase):
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


class InitializeShareGroupStateRequest(_Message):
    NAME: ClassVar[str] = "InitializeShareGroupStateRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 83
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
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
            "InitializeStateData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            InitializeStateData,
            False,
        ),
    )
    group_id: str = ""
    topics: Sequence[InitializeStateData] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_InitializeShareGroupStateRequest_0(
    buf: memoryview, pos: int
) -> tuple[InitializeShareGroupStateRequest, int]:
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
            raise null_not_allowed("InitializeShareGroupStateRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("InitializeShareGroupStateRequest.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("InitializeShareGroupStateRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("InitializeShareGroupStateRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[InitializeStateData] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_InitializeStateData_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[InitializeStateData, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return InitializeShareGroupStateRequest(f_group_id, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("InitializeShareGroupStateRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("InitializeShareGroupStateRequest v0", pos) from None


def _w_InitializeShareGroupStateRequest_0(
    o: InitializeShareGroupStateRequest, out: list[Buffer]
) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_InitializeStateData_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_InitializeShareGroupStateRequest_0(o: InitializeShareGroupStateRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_InitializeStateData_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_InitializeStateData_0(buf: memoryview, pos: int) -> tuple[InitializeStateData, int]:
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
            raise null_not_allowed("InitializeStateData.Partitions", pos)
        elif n > end - pos:
            raise bad_length("InitializeStateData.Partitions", n, pos, end - pos)
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
        return InitializeStateData(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("InitializeStateData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("InitializeStateData v0", pos) from None


def _w_InitializeStateData_0(o: InitializeStateData, out: list[Buffer]) -> None:
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


def _s_InitializeStateData_0(o: InitializeStateData) -> int:
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
            f_partition,
            f_state_epoch,
            f_start_offset,
        ) = _F1.unpack_from(buf, pos)
        pos += 16
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return PartitionData(f_partition, f_state_epoch, f_start_offset, tags), pos
    except (StructError, IndexError):
        raise truncated("PartitionData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v0", pos) from None


def _w_PartitionData_0(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition, o.state_epoch, o.start_offset))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionData_0(o: PartitionData) -> int:
    n = 16
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


InitializeShareGroupStateRequest._READERS = (_r_InitializeShareGroupStateRequest_0,)
InitializeShareGroupStateRequest._WRITERS = (_w_InitializeShareGroupStateRequest_0,)
InitializeShareGroupStateRequest._SIZERS = (_s_InitializeShareGroupStateRequest_0,)
bind_readers(
    InitializeShareGroupStateRequest,
    "initialize_share_group_state_request",
    "8e2ac056d6c50e49",
    (
        PartitionData,
        InitializeStateData,
        InitializeShareGroupStateRequest,
    ),
)
