# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeShareGroupOffsetsRequest: Kafka request (key 90), versions 0-1."""

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
    "DescribeShareGroupOffsetsRequestTopic",
    "DescribeShareGroupOffsetsRequestGroup",
    "DescribeShareGroupOffsetsRequest",
]

_Ai32 = array_structs("i")


class DescribeShareGroupOffsetsRequestTopic(_StructBase):
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
    topic_name: str = ""
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeShareGroupOffsetsRequestGroup(_StructBase):
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
            "DescribeShareGroupOffsetsRequestTopic",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            DescribeShareGroupOffsetsRequestTopic,
            False,
        ),
    )
    group_id: str = ""
    topics: Sequence[DescribeShareGroupOffsetsRequestTopic] | None = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeShareGroupOffsetsRequest(_Message):
    NAME: ClassVar[str] = "DescribeShareGroupOffsetsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 90
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "groups",
            "Groups",
            "DescribeShareGroupOffsetsRequestGroup",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeShareGroupOffsetsRequestGroup,
            False,
        ),
    )
    groups: Sequence[DescribeShareGroupOffsetsRequestGroup] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeShareGroupOffsetsRequest_0(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsRequest, int]:
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
            raise null_not_allowed("DescribeShareGroupOffsetsRequest.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsRequest.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribeShareGroupOffsetsRequestGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribeShareGroupOffsetsRequestGroup_0(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribeShareGroupOffsetsRequestGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeShareGroupOffsetsRequest(f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsRequest v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsRequest v0-1", pos) from None


def _w_DescribeShareGroupOffsetsRequest_0(
    o: DescribeShareGroupOffsetsRequest, out: list[Buffer]
) -> None:
    a = out.append
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_DescribeShareGroupOffsetsRequestGroup_0
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsRequest_0(o: DescribeShareGroupOffsetsRequest) -> int:
    n = 0
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_DescribeShareGroupOffsetsRequestGroup_0
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeShareGroupOffsetsRequestGroup_0(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsRequestGroup, int]:
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
            raise null_not_allowed("DescribeShareGroupOffsetsRequestGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsRequestGroup.GroupId", n, pos, end - pos)
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
            f_topics: tuple[DescribeShareGroupOffsetsRequestTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsRequestGroup.Topics", n, pos, end - pos)
        else:
            items_topics: list[DescribeShareGroupOffsetsRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DescribeShareGroupOffsetsRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeShareGroupOffsetsRequestGroup(f_group_id, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsRequestGroup v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsRequestGroup v0-1", pos) from None


def _w_DescribeShareGroupOffsetsRequestGroup_0(
    o: DescribeShareGroupOffsetsRequestGroup, out: list[Buffer]
) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    if v_topics is None:
        a(b"\x00")
    else:
        n = len(v_topics) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topics = _w_DescribeShareGroupOffsetsRequestTopic_0
        for x_topics in v_topics:
            w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsRequestGroup_0(o: DescribeShareGroupOffsetsRequestGroup) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    if v_topics is None:
        n += 1
    else:
        n += uvarint_size(len(v_topics) + 1)
        sz_topics = _s_DescribeShareGroupOffsetsRequestTopic_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeShareGroupOffsetsRequestTopic_0(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsRequestTopic, int]:
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
            raise null_not_allowed("DescribeShareGroupOffsetsRequestTopic.TopicName", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsRequestTopic.TopicName", n, pos, end - pos)
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
            raise null_not_allowed("DescribeShareGroupOffsetsRequestTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("DescribeShareGroupOffsetsRequestTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeShareGroupOffsetsRequestTopic(f_topic_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsRequestTopic v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsRequestTopic v0-1", pos) from None


def _w_DescribeShareGroupOffsetsRequestTopic_0(
    o: DescribeShareGroupOffsetsRequestTopic, out: list[Buffer]
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
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsRequestTopic_0(o: DescribeShareGroupOffsetsRequestTopic) -> int:
    n = 0
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


DescribeShareGroupOffsetsRequest._READERS = (
    _r_DescribeShareGroupOffsetsRequest_0,
    _r_DescribeShareGroupOffsetsRequest_0,
)
DescribeShareGroupOffsetsRequest._WRITERS = (
    _w_DescribeShareGroupOffsetsRequest_0,
    _w_DescribeShareGroupOffsetsRequest_0,
)
DescribeShareGroupOffsetsRequest._SIZERS = (
    _s_DescribeShareGroupOffsetsRequest_0,
    _s_DescribeShareGroupOffsetsRequest_0,
)
bind_readers(
    DescribeShareGroupOffsetsRequest,
    "describe_share_group_offsets_request",
    "871327e8fd126c9b",
    (
        DescribeShareGroupOffsetsRequestTopic,
        DescribeShareGroupOffsetsRequestGroup,
        DescribeShareGroupOffsetsRequest,
    ),
)
