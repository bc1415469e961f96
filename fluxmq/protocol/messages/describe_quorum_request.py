# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeQuorumRequest: Kafka request (key 55), versions 0-2."""

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
    "PartitionData",
    "TopicData",
    "DescribeQuorumRequest",
]

_F0 = PackStruct(">i")


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
    )
    partition_index: int = 0
    unknown_tags: dict[int, bytes] | None = None


class TopicData(_StructBase):
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
    topic_name: str = ""
    partitions: Sequence[PartitionData] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeQuorumRequest(_Message):
    NAME: ClassVar[str] = "DescribeQuorumRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 55
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics",
            "Topics",
            "TopicData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicData,
            False,
        ),
    )
    topics: Sequence[TopicData] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeQuorumRequest_0(buf: memoryview, pos: int) -> tuple[DescribeQuorumRequest, int]:
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
            raise null_not_allowed("DescribeQuorumRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeQuorumRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[TopicData] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TopicData_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TopicData, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeQuorumRequest(f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeQuorumRequest v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeQuorumRequest v0-2", pos) from None


def _w_DescribeQuorumRequest_0(o: DescribeQuorumRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TopicData_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeQuorumRequest_0(o: DescribeQuorumRequest) -> int:
    n = 0
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TopicData_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicData_0(buf: memoryview, pos: int) -> tuple[TopicData, int]:
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
            raise null_not_allowed("TopicData.TopicName", pos)
        elif n > end - pos:
            raise bad_length("TopicData.TopicName", n, pos, end - pos)
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
            raise null_not_allowed("TopicData.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TopicData.Partitions", n, pos, end - pos)
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
        return TopicData(f_topic_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicData v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicData v0-2", pos) from None


def _w_TopicData_0(o: TopicData, out: list[Buffer]) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
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


def _s_TopicData_0(o: TopicData) -> int:
    n = 0
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
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
        (f_partition_index,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return PartitionData(f_partition_index, tags), pos
    except (StructError, IndexError):
        raise truncated("PartitionData v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v0-2", pos) from None


def _w_PartitionData_0(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.partition_index))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionData_0(o: PartitionData) -> int:
    n = 4
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeQuorumRequest._READERS = (
    _r_DescribeQuorumRequest_0,
    _r_DescribeQuorumRequest_0,
    _r_DescribeQuorumRequest_0,
)
DescribeQuorumRequest._WRITERS = (
    _w_DescribeQuorumRequest_0,
    _w_DescribeQuorumRequest_0,
    _w_DescribeQuorumRequest_0,
)
DescribeQuorumRequest._SIZERS = (
    _s_DescribeQuorumRequest_0,
    _s_DescribeQuorumRequest_0,
    _s_DescribeQuorumRequest_0,
)
bind_readers(
    DescribeQuorumRequest,
    "describe_quorum_request",
    "f8b15dd2dbb79d4e",
    (
        PartitionData,
        TopicData,
        DescribeQuorumRequest,
    ),
)
