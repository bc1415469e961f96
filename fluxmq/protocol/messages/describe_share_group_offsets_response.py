# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeShareGroupOffsetsResponse: Kafka response (key 90), versions 0-1."""

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
    "DescribeShareGroupOffsetsResponsePartition",
    "DescribeShareGroupOffsetsResponseTopic",
    "DescribeShareGroupOffsetsResponseGroup",
    "DescribeShareGroupOffsetsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">16s")
_F3 = PackStruct(">iqih")
_F4 = PackStruct(">iqiqh")


class DescribeShareGroupOffsetsResponsePartition(_StructBase):
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
            "lag", "Lag", "int64", False, (1, 32767), (1, 0), None, (1, 0), True, None, False
        ),
        FieldInfo(
            "error_code",
            "ErrorCode",
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
        FieldInfo(
            "error_message",
            "ErrorMessage",
            "string",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    partition_index: int = 0
    start_offset: int = 0
    leader_epoch: int = 0
    lag: int = -1
    error_code: int = 0
    error_message: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class DescribeShareGroupOffsetsResponseTopic(_StructBase):
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
            "DescribeShareGroupOffsetsResponsePartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeShareGroupOffsetsResponsePartition,
            False,
        ),
    )
    topic_name: str = ""
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[DescribeShareGroupOffsetsResponsePartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeShareGroupOffsetsResponseGroup(_StructBase):
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
            "DescribeShareGroupOffsetsResponseTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeShareGroupOffsetsResponseTopic,
            False,
        ),
        FieldInfo(
            "error_code",
            "ErrorCode",
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
        FieldInfo(
            "error_message",
            "ErrorMessage",
            "string",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    group_id: str = ""
    topics: Sequence[DescribeShareGroupOffsetsResponseTopic] = ()
    error_code: int = 0
    error_message: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class DescribeShareGroupOffsetsResponse(_Message):
    NAME: ClassVar[str] = "DescribeShareGroupOffsetsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 90
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
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
            "groups",
            "Groups",
            "DescribeShareGroupOffsetsResponseGroup",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeShareGroupOffsetsResponseGroup,
            False,
        ),
    )
    throttle_time_ms: int = 0
    groups: Sequence[DescribeShareGroupOffsetsResponseGroup] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeShareGroupOffsetsResponse_0(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeShareGroupOffsetsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribeShareGroupOffsetsResponseGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribeShareGroupOffsetsResponseGroup_0(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribeShareGroupOffsetsResponseGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeShareGroupOffsetsResponse(f_throttle_time_ms, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsResponse v0", pos) from None


def _w_DescribeShareGroupOffsetsResponse_0(
    o: DescribeShareGroupOffsetsResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_DescribeShareGroupOffsetsResponseGroup_0
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsResponse_0(o: DescribeShareGroupOffsetsResponse) -> int:
    n = 4
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_DescribeShareGroupOffsetsResponseGroup_0
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeShareGroupOffsetsResponse_1(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeShareGroupOffsetsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribeShareGroupOffsetsResponseGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribeShareGroupOffsetsResponseGroup_1(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribeShareGroupOffsetsResponseGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeShareGroupOffsetsResponse(f_throttle_time_ms, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsResponse v1", pos) from None


def _w_DescribeShareGroupOffsetsResponse_1(
    o: DescribeShareGroupOffsetsResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_DescribeShareGroupOffsetsResponseGroup_1
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsResponse_1(o: DescribeShareGroupOffsetsResponse) -> int:
    n = 4
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_DescribeShareGroupOffsetsResponseGroup_1
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeShareGroupOffsetsResponseGroup_0(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsResponseGroup, int]:
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
            raise null_not_allowed("DescribeShareGroupOffsetsResponseGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsResponseGroup.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("DescribeShareGroupOffsetsResponseGroup.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsResponseGroup.Topics", n, pos, end - pos)
        else:
            items_topics: list[DescribeShareGroupOffsetsResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DescribeShareGroupOffsetsResponseTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DescribeShareGroupOffsetsResponseTopic, ...] = tuple(items_topics)
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length(
                "DescribeShareGroupOffsetsResponseGroup.ErrorMessage", n, pos, end - pos
            )
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeShareGroupOffsetsResponseGroup(
                f_group_id, f_topics, f_error_code, f_error_message, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsResponseGroup v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsResponseGroup v0", pos) from None


def _w_DescribeShareGroupOffsetsResponseGroup_0(
    o: DescribeShareGroupOffsetsResponseGroup, out: list[Buffer]
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
    w_topics = _w_DescribeShareGroupOffsetsResponseTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsResponseGroup_0(o: DescribeShareGroupOffsetsResponseGroup) -> int:
    n = 2
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_DescribeShareGroupOffsetsResponseTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeShareGroupOffsetsResponseGroup_1(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsResponseGroup, int]:
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
            raise null_not_allowed("DescribeShareGroupOffsetsResponseGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsResponseGroup.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("DescribeShareGroupOffsetsResponseGroup.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsResponseGroup.Topics", n, pos, end - pos)
        else:
            items_topics: list[DescribeShareGroupOffsetsResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DescribeShareGroupOffsetsResponseTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DescribeShareGroupOffsetsResponseTopic, ...] = tuple(items_topics)
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length(
                "DescribeShareGroupOffsetsResponseGroup.ErrorMessage", n, pos, end - pos
            )
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeShareGroupOffsetsResponseGroup(
                f_group_id, f_topics, f_error_code, f_error_message, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsResponseGroup v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsResponseGroup v1", pos) from None


def _w_DescribeShareGroupOffsetsResponseGroup_1(
    o: DescribeShareGroupOffsetsResponseGroup, out: list[Buffer]
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
    w_topics = _w_DescribeShareGroupOffsetsResponseTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsResponseGroup_1(o: DescribeShareGroupOffsetsResponseGroup) -> int:
    n = 2
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_DescribeShareGroupOffsetsResponseTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeShareGroupOffsetsResponseTopic_0(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsResponseTopic, int]:
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
            raise null_not_allowed("DescribeShareGroupOffsetsResponseTopic.TopicName", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsResponseTopic.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_topic_id,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeShareGroupOffsetsResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[DescribeShareGroupOffsetsResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_DescribeShareGroupOffsetsResponsePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[DescribeShareGroupOffsetsResponsePartition, ...] = tuple(
                items_partitions
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeShareGroupOffsetsResponseTopic(f_topic_name, f_topic_id, f_partitions, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsResponseTopic v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsResponseTopic v0", pos) from None


def _w_DescribeShareGroupOffsetsResponseTopic_0(
    o: DescribeShareGroupOffsetsResponseTopic, out: list[Buffer]
) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_DescribeShareGroupOffsetsResponsePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsResponseTopic_0(o: DescribeShareGroupOffsetsResponseTopic) -> int:
    n = 16
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_DescribeShareGroupOffsetsResponsePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeShareGroupOffsetsResponseTopic_1(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsResponseTopic, int]:
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
            raise null_not_allowed("DescribeShareGroupOffsetsResponseTopic.TopicName", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsResponseTopic.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_topic_id,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeShareGroupOffsetsResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("DescribeShareGroupOffsetsResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[DescribeShareGroupOffsetsResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_DescribeShareGroupOffsetsResponsePartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[DescribeShareGroupOffsetsResponsePartition, ...] = tuple(
                items_partitions
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeShareGroupOffsetsResponseTopic(f_topic_name, f_topic_id, f_partitions, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsResponseTopic v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsResponseTopic v1", pos) from None


def _w_DescribeShareGroupOffsetsResponseTopic_1(
    o: DescribeShareGroupOffsetsResponseTopic, out: list[Buffer]
) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_DescribeShareGroupOffsetsResponsePartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsResponseTopic_1(o: DescribeShareGroupOffsetsResponseTopic) -> int:
    n = 16
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_DescribeShareGroupOffsetsResponsePartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeShareGroupOffsetsResponsePartition_0(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_start_offset,
            f_leader_epoch,
            f_error_code,
        ) = _F3.unpack_from(buf, pos)
        pos += 18
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length(
                "DescribeShareGroupOffsetsResponsePartition.ErrorMessage", n, pos, end - pos
            )
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeShareGroupOffsetsResponsePartition(
                f_partition_index,
                f_start_offset,
                f_leader_epoch,
                -1,
                f_error_code,
                f_error_message,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsResponsePartition v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsResponsePartition v0", pos) from None


def _w_DescribeShareGroupOffsetsResponsePartition_0(
    o: DescribeShareGroupOffsetsResponsePartition, out: list[Buffer]
) -> None:
    a = out.append
    a(_F3.pack(o.partition_index, o.start_offset, o.leader_epoch, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsResponsePartition_0(
    o: DescribeShareGroupOffsetsResponsePartition,
) -> int:
    n = 18
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeShareGroupOffsetsResponsePartition_1(
    buf: memoryview, pos: int
) -> tuple[DescribeShareGroupOffsetsResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_start_offset,
            f_leader_epoch,
            f_lag,
            f_error_code,
        ) = _F4.unpack_from(buf, pos)
        pos += 26
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length(
                "DescribeShareGroupOffsetsResponsePartition.ErrorMessage", n, pos, end - pos
            )
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeShareGroupOffsetsResponsePartition(
                f_partition_index,
                f_start_offset,
                f_leader_epoch,
                f_lag,
                f_error_code,
                f_error_message,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeShareGroupOffsetsResponsePartition v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeShareGroupOffsetsResponsePartition v1", pos) from None


def _w_DescribeShareGroupOffsetsResponsePartition_1(
    o: DescribeShareGroupOffsetsResponsePartition, out: list[Buffer]
) -> None:
    a = out.append
    a(_F4.pack(o.partition_index, o.start_offset, o.leader_epoch, o.lag, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeShareGroupOffsetsResponsePartition_1(
    o: DescribeShareGroupOffsetsResponsePartition,
) -> int:
    n = 26
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeShareGroupOffsetsResponse._READERS = (
    _r_DescribeShareGroupOffsetsResponse_0,
    _r_DescribeShareGroupOffsetsResponse_1,
)
DescribeShareGroupOffsetsResponse._WRITERS = (
    _w_DescribeShareGroupOffsetsResponse_0,
    _w_DescribeShareGroupOffsetsResponse_1,
)
DescribeShareGroupOffsetsResponse._SIZERS = (
    _s_DescribeShareGroupOffsetsResponse_0,
    _s_DescribeShareGroupOffsetsResponse_1,
)
bind_readers(
    DescribeShareGroupOffsetsResponse,
    "describe_share_group_offsets_response",
    "e9f81f42c08619e8",
    (
        DescribeShareGroupOffsetsResponsePartition,
        DescribeShareGroupOffsetsResponseTopic,
        DescribeShareGroupOffsetsResponseGroup,
        DescribeShareGroupOffsetsResponse,
    ),
)
