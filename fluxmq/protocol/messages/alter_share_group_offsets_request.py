# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterShareGroupOffsetsRequest: Kafka request (key 91), versions 0."""

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
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "AlterShareGroupOffsetsRequestPartition",
    "AlterShareGroupOffsetsRequestTopic",
    "AlterShareGroupOffsetsRequest",
]

_F0 = PackStruct(">iq")


class AlterShareGroupOffsetsRequestPartition(_StructBase):
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
    partition_index: int = 0
    start_offset: int = 0
    unknown_tags: dict[int, bytes] | None = None


class AlterShareGroupOffsetsRequestTopic(_StructBase):
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
            True,
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "AlterShareGroupOffsetsRequestPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterShareGroupOffsetsRequestPartition,
            False,
        ),
    )
    topic_name: str = ""
    partitions: Sequence[AlterShareGroupOffsetsRequestPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class AlterShareGroupOffsetsRequest(_Message):
    NAME: ClassVar[str] = "AlterShareGroupOffsetsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 91
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
            "AlterShareGroupOffsetsRequestTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterShareGroupOffsetsRequestTopic,
            False,
        ),
    )
    group_id: str = ""
    topics: Sequence[AlterShareGroupOffsetsRequestTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterShareGroupOffsetsRequest_0(
    buf: memoryview, pos: int
) -> tuple[AlterShareGroupOffsetsRequest, int]:
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
            raise null_not_allowed("AlterShareGroupOffsetsRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("AlterShareGroupOffsetsRequest.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("AlterShareGroupOffsetsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("AlterShareGroupOffsetsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[AlterShareGroupOffsetsRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_AlterShareGroupOffsetsRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[AlterShareGroupOffsetsRequestTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterShareGroupOffsetsRequest(f_group_id, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterShareGroupOffsetsRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterShareGroupOffsetsRequest v0", pos) from None


def _w_AlterShareGroupOffsetsRequest_0(o: AlterShareGroupOffsetsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_AlterShareGroupOffsetsRequestTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterShareGroupOffsetsRequest_0(o: AlterShareGroupOffsetsRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_AlterShareGroupOffsetsRequestTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterShareGroupOffsetsRequestTopic_0(
    buf: memoryview, pos: int
) -> tuple[AlterShareGroupOffsetsRequestTopic, int]:
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
            raise null_not_allowed("AlterShareGroupOffsetsRequestTopic.TopicName", pos)
        elif n > end - pos:
            raise bad_length("AlterShareGroupOffsetsRequestTopic.TopicName", n, pos, end - pos)
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
        if n < 0:
            raise null_not_allowed("AlterShareGroupOffsetsRequestTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("AlterShareGroupOffsetsRequestTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[AlterShareGroupOffsetsRequestPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_AlterShareGroupOffsetsRequestPartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[AlterShareGroupOffsetsRequestPartition, ...] = tuple(
                items_partitions
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterShareGroupOffsetsRequestTopic(f_topic_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterShareGroupOffsetsRequestTopic v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterShareGroupOffsetsRequestTopic v0", pos) from None


def _w_AlterShareGroupOffsetsRequestTopic_0(
    o: AlterShareGroupOffsetsRequestTopic, out: list[Buffer]
) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_AlterShareGroupOffsetsRequestPartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterShareGroupOffsetsRequestTopic_0(o: AlterShareGroupOffsetsRequestTopic) -> int:
    n = 0
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_AlterShareGroupOffsetsRequestPartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterShareGroupOffsetsRequestPartition_0(
    buf: memoryview, pos: int
) -> tuple[AlterShareGroupOffsetsRequestPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_start_offset,
        ) = _F0.unpack_from(buf, pos)
        pos += 12
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterShareGroupOffsetsRequestPartition(f_partition_index, f_start_offset, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterShareGroupOffsetsRequestPartition v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterShareGroupOffsetsRequestPartition v0", pos) from None


def _w_AlterShareGroupOffsetsRequestPartition_0(
    o: AlterShareGroupOffsetsRequestPartition, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.partition_index, o.start_offset))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterShareGroupOffsetsRequestPartition_0(o: AlterShareGroupOffsetsRequestPartition) -> int:
    n = 12
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AlterShareGroupOffsetsRequest._READERS = (_r_AlterShareGroupOffsetsRequest_0,)
AlterShareGroupOffsetsRequest._WRITERS = (_w_AlterShareGroupOffsetsRequest_0,)
AlterShareGroupOffsetsRequest._SIZERS = (_s_AlterShareGroupOffsetsRequest_0,)
bind_readers(
    AlterShareGroupOffsetsRequest,
    "alter_share_group_offsets_request",
    "99fe71001780b988",
    (
        AlterShareGroupOffsetsRequestPartition,
        AlterShareGroupOffsetsRequestTopic,
        AlterShareGroupOffsetsRequest,
    ),
)
