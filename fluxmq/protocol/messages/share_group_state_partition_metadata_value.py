# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareGroupStatePartitionMetadataValue: Kafka coordinator-value (key 15), versions 0."""

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
    "TopicPartitionsInfo",
    "TopicInfo",
    "ShareGroupStatePartitionMetadataValue",
]

_F0 = PackStruct(">16s")
_Ai32 = array_structs("i")


class TopicPartitionsInfo(_StructBase):
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
            "partitions",
            "Partitions",
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
    )
    topic_id: UUID = ZERO_UUID
    topic_name: str = ""
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class TopicInfo(_StructBase):
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
    )
    topic_id: UUID = ZERO_UUID
    topic_name: str = ""
    unknown_tags: dict[int, bytes] | None = None


class ShareGroupStatePartitionMetadataValue(_Message):
    NAME: ClassVar[str] = "ShareGroupStatePartitionMetadataValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 15
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "initializing_topics",
            "InitializingTopics",
            "TopicPartitionsInfo",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicPartitionsInfo,
            False,
        ),
        FieldInfo(
            "initialized_topics",
            "InitializedTopics",
            "TopicPartitionsInfo",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicPartitionsInfo,
            False,
        ),
        FieldInfo(
            "deleting_topics",
            "DeletingTopics",
            "TopicInfo",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicInfo,
            False,
        ),
    )
    initializing_topics: Sequence[TopicPartitionsInfo] = ()
    initialized_topics: Sequence[TopicPartitionsInfo] = ()
    deleting_topics: Sequence[TopicInfo] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareGroupStatePartitionMetadataValue_0(
    buf: memoryview, pos: int
) -> tuple[ShareGroupStatePartitionMetadataValue, int]:
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
            raise null_not_allowed("ShareGroupStatePartitionMetadataValue.InitializingTopics", pos)
        elif n > end - pos:
            raise bad_length(
                "ShareGroupStatePartitionMetadataValue.InitializingTopics", n, pos, end - pos
            )
        else:
            items_initializing_topics: list[TopicPartitionsInfo] = []
            append_initializing_topics = items_initializing_topics.append
            for _ in range(n):
                x_initializing_topics, pos = _r_TopicPartitionsInfo_0(buf, pos)
                append_initializing_topics(x_initializing_topics)
            f_initializing_topics: tuple[TopicPartitionsInfo, ...] = tuple(
                items_initializing_topics
            )
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
            raise null_not_allowed("ShareGroupStatePartitionMetadataValue.InitializedTopics", pos)
        elif n > end - pos:
            raise bad_length(
                "ShareGroupStatePartitionMetadataValue.InitializedTopics", n, pos, end - pos
            )
        else:
            items_initialized_topics: list[TopicPartitionsInfo] = []
            append_initialized_topics = items_initialized_topics.append
            for _ in range(n):
                x_initialized_topics, pos = _r_TopicPartitionsInfo_0(buf, pos)
                append_initialized_topics(x_initialized_topics)
            f_initialized_topics: tuple[TopicPartitionsInfo, ...] = tuple(items_initialized_topics)
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
            raise null_not_allowed("ShareGroupStatePartitionMetadataValue.DeletingTopics", pos)
        elif n > end - pos:
            raise bad_length(
                "ShareGroupStatePartitionMetadataValue.DeletingTopics", n, pos, end - pos
            )
        else:
            items_deleting_topics: list[TopicInfo] = []
            append_deleting_topics = items_deleting_topics.append
            for _ in range(n):
                x_deleting_topics, pos = _r_TopicInfo_0(buf, pos)
                append_deleting_topics(x_deleting_topics)
            f_deleting_topics: tuple[TopicInfo, ...] = tuple(items_deleting_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareGroupStatePartitionMetadataValue(
                f_initializing_topics, f_initialized_topics, f_deleting_topics, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareGroupStatePartitionMetadataValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareGroupStatePartitionMetadataValue v0", pos) from None


def _w_ShareGroupStatePartitionMetadataValue_0(
    o: ShareGroupStatePartitionMetadataValue, out: list[Buffer]
) -> None:
    a = out.append
    v_initializing_topics = o.initializing_topics
    n = len(v_initializing_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_initializing_topics = _w_TopicPartitionsInfo_0
    for x_initializing_topics in v_initializing_topics:
        w_initializing_topics(x_initializing_topics, out)
    v_initialized_topics = o.initialized_topics
    n = len(v_initialized_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_initialized_topics = _w_TopicPartitionsInfo_0
    for x_initialized_topics in v_initialized_topics:
        w_initialized_topics(x_initialized_topics, out)
    v_deleting_topics = o.deleting_topics
    n = len(v_deleting_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_deleting_topics = _w_TopicInfo_0
    for x_deleting_topics in v_deleting_topics:
        w_deleting_topics(x_deleting_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareGroupStatePartitionMetadataValue_0(o: ShareGroupStatePartitionMetadataValue) -> int:
    n = 0
    v_initializing_topics = o.initializing_topics
    n += uvarint_size(len(v_initializing_topics) + 1)
    sz_initializing_topics = _s_TopicPartitionsInfo_0
    for x_initializing_topics in v_initializing_topics:
        n += sz_initializing_topics(x_initializing_topics)
    v_initialized_topics = o.initialized_topics
    n += uvarint_size(len(v_initialized_topics) + 1)
    sz_initialized_topics = _s_TopicPartitionsInfo_0
    for x_initialized_topics in v_initialized_topics:
        n += sz_initialized_topics(x_initialized_topics)
    v_deleting_topics = o.deleting_topics
    n += uvarint_size(len(v_deleting_topics) + 1)
    sz_deleting_topics = _s_TopicInfo_0
    for x_deleting_topics in v_deleting_topics:
        n += sz_deleting_topics(x_deleting_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicInfo_0(buf: memoryview, pos: int) -> tuple[TopicInfo, int]:
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
            raise null_not_allowed("TopicInfo.TopicName", pos)
        elif n > end - pos:
            raise bad_length("TopicInfo.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicInfo(f_topic_id, f_topic_name, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicInfo v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicInfo v0", pos) from None


def _w_TopicInfo_0(o: TopicInfo, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.topic_id.bytes))
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicInfo_0(o: TopicInfo) -> int:
    n = 16
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicPartitionsInfo_0(buf: memoryview, pos: int) -> tuple[TopicPartitionsInfo, int]:
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
            raise null_not_allowed("TopicPartitionsInfo.TopicName", pos)
        elif n > end - pos:
            raise bad_length("TopicPartitionsInfo.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
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
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("TopicPartitionsInfo.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("TopicPartitionsInfo.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicPartitionsInfo(f_topic_id, f_topic_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicPartitionsInfo v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartitionsInfo v0", pos) from None


def _w_TopicPartitionsInfo_0(o: TopicPartitionsInfo, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.topic_id.bytes))
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicPartitionsInfo_0(o: TopicPartitionsInfo) -> int:
    n = 16
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ShareGroupStatePartitionMetadataValue._READERS = (_r_ShareGroupStatePartitionMetadataValue_0,)
ShareGroupStatePartitionMetadataValue._WRITERS = (_w_ShareGroupStatePartitionMetadataValue_0,)
ShareGroupStatePartitionMetadataValue._SIZERS = (_s_ShareGroupStatePartitionMetadataValue_0,)
bind_readers(
    ShareGroupStatePartitionMetadataValue,
    "share_group_state_partition_metadata_value",
    "e476ebb7220a2350",
    (
        TopicPartitionsInfo,
        TopicInfo,
        ShareGroupStatePartitionMetadataValue,
    ),
)
