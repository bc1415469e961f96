# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupPartitionMetadataValue: Kafka coordinator-value (key 4), versions 0."""

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
    "PartitionMetadata",
    "TopicMetadata",
    "ConsumerGroupPartitionMetadataValue",
]

_F0 = PackStruct(">16s")
_F1 = PackStruct(">i")


class PartitionMetadata(_StructBase):
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
            "racks", "Racks", "string", True, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    partition: int = 0
    racks: Sequence[str] = ()
    unknown_tags: dict[int, bytes] | None = None


class TopicMetadata(_StructBase):
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
            "num_partitions",
            "NumPartitions",
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
            "partition_metadata",
            "PartitionMetadata",
            "PartitionMetadata",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            PartitionMetadata,
            False,
        ),
    )
    topic_id: UUID = ZERO_UUID
    topic_name: str = ""
    num_partitions: int = 0
    partition_metadata: Sequence[PartitionMetadata] = ()
    unknown_tags: dict[int, bytes] | None = None


class ConsumerGroupPartitionMetadataValue(_Message):
    NAME: ClassVar[str] = "ConsumerGroupPartitionMetadataValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 4
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics",
            "Topics",
            "TopicMetadata",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicMetadata,
            False,
        ),
    )
    topics: Sequence[TopicMetadata] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ConsumerGroupPartitionMetadataValue_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupPartitionMetadataValue, int]:
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
            raise null_not_allowed("ConsumerGroupPartitionMetadataValue.Topics", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupPartitionMetadataValue.Topics", n, pos, end - pos)
        else:
            items_topics: list[TopicMetadata] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TopicMetadata_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TopicMetadata, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ConsumerGroupPartitionMetadataValue(f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("ConsumerGroupPartitionMetadataValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupPartitionMetadataValue v0", pos) from None


def _w_ConsumerGroupPartitionMetadataValue_0(
    o: ConsumerGroupPartitionMetadataValue, out: list[Buffer]
) -> None:
    a = out.append
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TopicMetadata_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ConsumerGroupPartitionMetadataValue_0(o: ConsumerGroupPartitionMetadataValue) -> int:
    n = 0
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TopicMetadata_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicMetadata_0(buf: memoryview, pos: int) -> tuple[TopicMetadata, int]:
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
            raise null_not_allowed("TopicMetadata.TopicName", pos)
        elif n > end - pos:
            raise bad_length("TopicMetadata.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_num_partitions,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("TopicMetadata.PartitionMetadata", pos)
        elif n > end - pos:
            raise bad_length("TopicMetadata.PartitionMetadata", n, pos, end - pos)
        else:
            items_partition_metadata: list[PartitionMetadata] = []
            append_partition_metadata = items_partition_metadata.append
            for _ in range(n):
                x_partition_metadata, pos = _r_PartitionMetadata_0(buf, pos)
                append_partition_metadata(x_partition_metadata)
            f_partition_metadata: tuple[PartitionMetadata, ...] = tuple(items_partition_metadata)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            TopicMetadata(f_topic_id, f_topic_name, f_num_partitions, f_partition_metadata, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TopicMetadata v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicMetadata v0", pos) from None


def _w_TopicMetadata_0(o: TopicMetadata, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.topic_id.bytes))
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.num_partitions))
    v_partition_metadata = o.partition_metadata
    n = len(v_partition_metadata) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partition_metadata = _w_PartitionMetadata_0
    for x_partition_metadata in v_partition_metadata:
        w_partition_metadata(x_partition_metadata, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicMetadata_0(o: TopicMetadata) -> int:
    n = 20
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partition_metadata = o.partition_metadata
    n += uvarint_size(len(v_partition_metadata) + 1)
    sz_partition_metadata = _s_PartitionMetadata_0
    for x_partition_metadata in v_partition_metadata:
        n += sz_partition_metadata(x_partition_metadata)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionMetadata_0(buf: memoryview, pos: int) -> tuple[PartitionMetadata, int]:
    end = len(buf)
    try:
        (f_partition,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("PartitionMetadata.Racks", pos)
        elif n > end - pos:
            raise bad_length("PartitionMetadata.Racks", n, pos, end - pos)
        else:
            items_racks: list[str] = []
            append_racks = items_racks.append
            for _ in range(n):
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
                    raise null_not_allowed("PartitionMetadata.Racks", pos)
                elif n > end - pos:
                    raise bad_length("PartitionMetadata.Racks", n, pos, end - pos)
                else:
                    x_racks = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_racks(x_racks)
            f_racks: tuple[str, ...] = tuple(items_racks)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return PartitionMetadata(f_partition, f_racks, tags), pos
    except (StructError, IndexError):
        raise truncated("PartitionMetadata v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionMetadata v0", pos) from None


def _w_PartitionMetadata_0(o: PartitionMetadata, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition))
    v_racks = o.racks
    n = len(v_racks) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_racks in v_racks:
        b = x_racks.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionMetadata_0(o: PartitionMetadata) -> int:
    n = 4
    v_racks = o.racks
    n += uvarint_size(len(v_racks) + 1)
    for x_racks in v_racks:
        k = utf8_len(x_racks)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ConsumerGroupPartitionMetadataValue._READERS = (_r_ConsumerGroupPartitionMetadataValue_0,)
ConsumerGroupPartitionMetadataValue._WRITERS = (_w_ConsumerGroupPartitionMetadataValue_0,)
ConsumerGroupPartitionMetadataValue._SIZERS = (_s_ConsumerGroupPartitionMetadataValue_0,)
bind_readers(
    ConsumerGroupPartitionMetadataValue,
    "consumer_group_partition_metadata_value",
    "7ee7ad7781eea0c9",
    (
        PartitionMetadata,
        TopicMetadata,
        ConsumerGroupPartitionMetadataValue,
    ),
)
