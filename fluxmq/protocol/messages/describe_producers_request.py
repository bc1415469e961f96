# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeProducersRequest: Kafka request (key 61), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
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
from fluxmq.protocol.primitives import (
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "TopicRequest",
    "DescribeProducersRequest",
]

_Ai32 = array_structs("i")


class TopicRequest(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "partition_indexes",
            "PartitionIndexes",
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
    name: str = ""
    partition_indexes: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeProducersRequest(_Message):
    NAME: ClassVar[str] = "DescribeProducersRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 61
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
    )
    topics: Sequence[TopicRequest] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeProducersRequest_0(
    buf: memoryview, pos: int
) -> tuple[DescribeProducersRequest, int]:
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
            raise null_not_allowed("DescribeProducersRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeProducersRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[TopicRequest] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TopicRequest_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TopicRequest, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeProducersRequest(f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeProducersRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeProducersRequest v0", pos) from None


def _w_DescribeProducersRequest_0(o: DescribeProducersRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TopicRequest_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeProducersRequest_0(o: DescribeProducersRequest) -> int:
    n = 0
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TopicRequest_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
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
            f_partition_indexes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("TopicRequest.PartitionIndexes", pos)
        elif n * 4 > end - pos:
            raise bad_length("TopicRequest.PartitionIndexes", n, pos, end - pos)
        else:
            f_partition_indexes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicRequest(f_name, f_partition_indexes, tags), pos
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
    v_partition_indexes = o.partition_indexes
    n = len(v_partition_indexes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partition_indexes)
    a(
        _Ai32[k].pack(*v_partition_indexes)
        if k < SMALL_ARRAY
        else pack(">%di" % k, *v_partition_indexes)
    )
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
    v_partition_indexes = o.partition_indexes
    n += uvarint_size(len(v_partition_indexes) + 1)
    n += 4 * len(v_partition_indexes)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeProducersRequest._READERS = (_r_DescribeProducersRequest_0,)
DescribeProducersRequest._WRITERS = (_w_DescribeProducersRequest_0,)
DescribeProducersRequest._SIZERS = (_s_DescribeProducersRequest_0,)
bind_readers(
    DescribeProducersRequest,
    "describe_producers_request",
    "aadd3dac05e2af8f",
    (
        TopicRequest,
        DescribeProducersRequest,
    ),
)
