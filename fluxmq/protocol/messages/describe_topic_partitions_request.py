# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeTopicPartitionsRequest: Kafka request (key 75), versions 0."""

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
    "TopicRequest",
    "Cursor",
    "DescribeTopicPartitionsRequest",
]

_F0 = PackStruct(">i")


class TopicRequest(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    name: str = ""
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


class DescribeTopicPartitionsRequest(_Message):
    NAME: ClassVar[str] = "DescribeTopicPartitionsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 75
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics",
            "Topics",
            "TopicRequest",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicRequest,
            False,
        ),
        FieldInfo(
            "response_partition_limit",
            "ResponsePartitionLimit",
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
            "cursor",
            "Cursor",
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
    topics: Sequence[TopicRequest] = ()
    response_partition_limit: int = 2000
    cursor: Cursor | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeTopicPartitionsRequest_0(
    buf: memoryview, pos: int
) -> tuple[DescribeTopicPartitionsRequest, int]:
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
            raise null_not_allowed("DescribeTopicPartitionsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeTopicPartitionsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[TopicRequest] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TopicRequest_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TopicRequest, ...] = tuple(items_topics)
        (f_response_partition_limit,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 255:
            pos += 1
            f_cursor: Cursor | None = None
        else:
            pos += 1
            f_cursor, pos = _r_Cursor_0(buf, pos)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeTopicPartitionsRequest(f_topics, f_response_partition_limit, f_cursor, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeTopicPartitionsRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeTopicPartitionsRequest v0", pos) from None


def _w_DescribeTopicPartitionsRequest_0(
    o: DescribeTopicPartitionsRequest, out: list[Buffer]
) -> None:
    a = out.append
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TopicRequest_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.response_partition_limit))
    v_cursor = o.cursor
    if v_cursor is None:
        a(b"\xff")
    else:
        a(b"\x01")
        _w_Cursor_0(v_cursor, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeTopicPartitionsRequest_0(o: DescribeTopicPartitionsRequest) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TopicRequest_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_cursor = o.cursor
    if v_cursor is None:
        n += 1
    else:
        n += 1
        n += _s_Cursor_0(v_cursor)
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


def _r_TopicRequest_0(buf: memoryview, pos: int) -> tuple[TopicRequest, int]:
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
            raise null_not_allowed("TopicRequest.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicRequest.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicRequest(f_name, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicRequest v0", pos) from None


def _w_TopicRequest_0(o: TopicRequest, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicRequest_0(o: TopicRequest) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeTopicPartitionsRequest._READERS = (_r_DescribeTopicPartitionsRequest_0,)
DescribeTopicPartitionsRequest._WRITERS = (_w_DescribeTopicPartitionsRequest_0,)
DescribeTopicPartitionsRequest._SIZERS = (_s_DescribeTopicPartitionsRequest_0,)
bind_readers(
    DescribeTopicPartitionsRequest,
    "describe_topic_partitions_request",
    "449c7e815e741cf6",
    (
        TopicRequest,
        Cursor,
        DescribeTopicPartitionsRequest,
    ),
)
