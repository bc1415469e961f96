# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeLogDirsRequest: Kafka request (key 35), versions 1-5."""

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
    INT16,
    INT32,
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "DescribableLogDirTopic",
    "DescribeLogDirsRequest",
]

_Ai32 = array_structs("i")


class DescribableLogDirTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
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
    topic: str = ""
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeLogDirsRequest(_Message):
    NAME: ClassVar[str] = "DescribeLogDirsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 35
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics",
            "Topics",
            "DescribableLogDirTopic",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            DescribableLogDirTopic,
            False,
        ),
    )
    topics: Sequence[DescribableLogDirTopic] | None = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeLogDirsRequest_0(buf: memoryview, pos: int) -> tuple[DescribeLogDirsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_topics: tuple[DescribableLogDirTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("DescribeLogDirsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[DescribableLogDirTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DescribableLogDirTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        return DescribeLogDirsRequest(f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsRequest v1", pos) from None


def _w_DescribeLogDirsRequest_0(o: DescribeLogDirsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    if v_topics is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_topics)))
        w_topics = _w_DescribableLogDirTopic_0
        for x_topics in v_topics:
            w_topics(x_topics, out)


def _s_DescribeLogDirsRequest_0(o: DescribeLogDirsRequest) -> int:
    n = 0
    v_topics = o.topics
    if v_topics is None:
        n += 4
    else:
        n += 4
        sz_topics = _s_DescribableLogDirTopic_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    return n


def _r_DescribeLogDirsRequest_1(buf: memoryview, pos: int) -> tuple[DescribeLogDirsRequest, int]:
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
            f_topics: tuple[DescribableLogDirTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("DescribeLogDirsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[DescribableLogDirTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DescribableLogDirTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeLogDirsRequest(f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsRequest v2-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsRequest v2-5", pos) from None


def _w_DescribeLogDirsRequest_1(o: DescribeLogDirsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    if v_topics is None:
        a(b"\x00")
    else:
        n = len(v_topics) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topics = _w_DescribableLogDirTopic_1
        for x_topics in v_topics:
            w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeLogDirsRequest_1(o: DescribeLogDirsRequest) -> int:
    n = 0
    v_topics = o.topics
    if v_topics is None:
        n += 1
    else:
        n += uvarint_size(len(v_topics) + 1)
        sz_topics = _s_DescribableLogDirTopic_1
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribableLogDirTopic_0(buf: memoryview, pos: int) -> tuple[DescribableLogDirTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribableLogDirTopic.Topic", pos)
        elif n > end - pos:
            raise bad_length("DescribableLogDirTopic.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("DescribableLogDirTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("DescribableLogDirTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return DescribableLogDirTopic(f_topic, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("DescribableLogDirTopic v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribableLogDirTopic v1", pos) from None


def _w_DescribableLogDirTopic_0(o: DescribableLogDirTopic, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))


def _s_DescribableLogDirTopic_0(o: DescribableLogDirTopic) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    n += 4 * len(v_partitions)
    return n


def _r_DescribableLogDirTopic_1(buf: memoryview, pos: int) -> tuple[DescribableLogDirTopic, int]:
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
            raise null_not_allowed("DescribableLogDirTopic.Topic", pos)
        elif n > end - pos:
            raise bad_length("DescribableLogDirTopic.Topic", n, pos, end - pos)
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
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("DescribableLogDirTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("DescribableLogDirTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribableLogDirTopic(f_topic, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribableLogDirTopic v2-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribableLogDirTopic v2-5", pos) from None


def _w_DescribableLogDirTopic_1(o: DescribableLogDirTopic, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
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


def _s_DescribableLogDirTopic_1(o: DescribableLogDirTopic) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
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


DescribeLogDirsRequest._READERS = (
    None,
    _r_DescribeLogDirsRequest_0,
    _r_DescribeLogDirsRequest_1,
    _r_DescribeLogDirsRequest_1,
    _r_DescribeLogDirsRequest_1,
    _r_DescribeLogDirsRequest_1,
)
DescribeLogDirsRequest._WRITERS = (
    None,
    _w_DescribeLogDirsRequest_0,
    _w_DescribeLogDirsRequest_1,
    _w_DescribeLogDirsRequest_1,
    _w_DescribeLogDirsRequest_1,
    _w_DescribeLogDirsRequest_1,
)
DescribeLogDirsRequest._SIZERS = (
    None,
    _s_DescribeLogDirsRequest_0,
    _s_DescribeLogDirsRequest_1,
    _s_DescribeLogDirsRequest_1,
    _s_DescribeLogDirsRequest_1,
    _s_DescribeLogDirsRequest_1,
)
bind_readers(
    DescribeLogDirsRequest,
    "describe_log_dirs_request",
    "42c46c0376e553e7",
    (
        DescribableLogDirTopic,
        DescribeLogDirsRequest,
    ),
)
