# generated from Kafka 4.4.0 by codegen — do not edit
"""OffsetFetchResponse: Kafka response (key 9), versions 1-10."""

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
    not_in_version,
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
    ZERO_UUID,
    Buffer,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "OffsetFetchResponsePartition",
    "OffsetFetchResponseTopic",
    "OffsetFetchResponsePartitions",
    "OffsetFetchResponseTopics",
    "OffsetFetchResponseGroup",
    "OffsetFetchResponse",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">i")
_F2 = PackStruct(">16s")
_F3 = PackStruct(">iqi")
_F4 = PackStruct(">iq")


class OffsetFetchResponsePartition(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "partition_index",
            "PartitionIndex",
            "int32",
            False,
            (0, 7),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "committed_offset",
            "CommittedOffset",
            "int64",
            False,
            (0, 7),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "committed_leader_epoch",
            "CommittedLeaderEpoch",
            "int32",
            False,
            (5, 7),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "metadata",
            "Metadata",
            "string",
            False,
            (0, 7),
            (0, 7),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "error_code",
            "ErrorCode",
            "int16",
            False,
            (0, 7),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    partition_index: int = 0
    committed_offset: int = 0
    committed_leader_epoch: int = -1
    metadata: str | None = ""
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


class OffsetFetchResponseTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 7), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "OffsetFetchResponsePartition",
            True,
            (0, 7),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetFetchResponsePartition,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[OffsetFetchResponsePartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class OffsetFetchResponsePartitions(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "partition_index",
            "PartitionIndex",
            "int32",
            False,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "committed_offset",
            "CommittedOffset",
            "int64",
            False,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "committed_leader_epoch",
            "CommittedLeaderEpoch",
            "int32",
            False,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "metadata",
            "Metadata",
            "string",
            False,
            (8, 32767),
            (8, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "error_code",
            "ErrorCode",
            "int16",
            False,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    partition_index: int = 0
    committed_offset: int = 0
    committed_leader_epoch: int = -1
    metadata: str | None = ""
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


class OffsetFetchResponseTopics(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo("name", "Name", "string", False, (8, 9), (1, 0), None, (1, 0), True, None, False),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (10, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "OffsetFetchResponsePartitions",
            True,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetFetchResponsePartitions,
            False,
        ),
    )
    name: str = ""
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[OffsetFetchResponsePartitions] = ()
    unknown_tags: dict[int, bytes] | None = None


class OffsetFetchResponseGroup(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id",
            "GroupId",
            "string",
            False,
            (8, 32767),
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
            "OffsetFetchResponseTopics",
            True,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetFetchResponseTopics,
            False,
        ),
        FieldInfo(
            "error_code",
            "ErrorCode",
            "int16",
            False,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    group_id: str = ""
    topics: Sequence[OffsetFetchResponseTopics] = ()
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


class OffsetFetchResponse(_Message):
    NAME: ClassVar[str] = "OffsetFetchResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 9
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 10
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "topics",
            "Topics",
            "OffsetFetchResponseTopic",
            True,
            (0, 7),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetFetchResponseTopic,
            False,
        ),
        FieldInfo(
            "error_code",
            "ErrorCode",
            "int16",
            False,
            (2, 7),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "groups",
            "Groups",
            "OffsetFetchResponseGroup",
            True,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetFetchResponseGroup,
            False,
        ),
    )
    throttle_time_ms: int = 0
    topics: Sequence[OffsetFetchResponseTopic] = ()
    error_code: int = 0
    groups: Sequence[OffsetFetchResponseGroup] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_OffsetFetchResponse_0(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetFetchResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchResponseTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetFetchResponseTopic, ...] = tuple(items_topics)
        return OffsetFetchResponse(0, f_topics, 0, (), None), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponse v1", pos) from None


def _w_OffsetFetchResponse_0(o: OffsetFetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.groups:
        raise not_in_version("OffsetFetchResponse.Groups", "1")
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetFetchResponseTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetFetchResponse_0(o: OffsetFetchResponse) -> int:
    n = 0
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetFetchResponseTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetFetchResponse_1(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetFetchResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchResponseTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetFetchResponseTopic, ...] = tuple(items_topics)
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        return OffsetFetchResponse(0, f_topics, f_error_code, (), None), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponse v2", pos) from None


def _w_OffsetFetchResponse_1(o: OffsetFetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.groups:
        raise not_in_version("OffsetFetchResponse.Groups", "2")
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetFetchResponseTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.error_code))


def _s_OffsetFetchResponse_1(o: OffsetFetchResponse) -> int:
    n = 2
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetFetchResponseTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetFetchResponse_2(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetFetchResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchResponseTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetFetchResponseTopic, ...] = tuple(items_topics)
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        return OffsetFetchResponse(f_throttle_time_ms, f_topics, f_error_code, (), None), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponse v3-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponse v3-4", pos) from None


def _w_OffsetFetchResponse_2(o: OffsetFetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.groups:
        raise not_in_version("OffsetFetchResponse.Groups", "3-4")
    a(_F1.pack(o.throttle_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetFetchResponseTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.error_code))


def _s_OffsetFetchResponse_2(o: OffsetFetchResponse) -> int:
    n = 6
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetFetchResponseTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetFetchResponse_3(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetFetchResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchResponseTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetFetchResponseTopic, ...] = tuple(items_topics)
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        return OffsetFetchResponse(f_throttle_time_ms, f_topics, f_error_code, (), None), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponse v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponse v5", pos) from None


def _w_OffsetFetchResponse_3(o: OffsetFetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.groups:
        raise not_in_version("OffsetFetchResponse.Groups", "5")
    a(_F1.pack(o.throttle_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetFetchResponseTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.error_code))


def _s_OffsetFetchResponse_3(o: OffsetFetchResponse) -> int:
    n = 6
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetFetchResponseTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetFetchResponse_4(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("OffsetFetchResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchResponseTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetFetchResponseTopic, ...] = tuple(items_topics)
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchResponse(f_throttle_time_ms, f_topics, f_error_code, (), tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponse v6-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponse v6-7", pos) from None


def _w_OffsetFetchResponse_4(o: OffsetFetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.groups:
        raise not_in_version("OffsetFetchResponse.Groups", "6-7")
    a(_F1.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_OffsetFetchResponseTopic_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchResponse_4(o: OffsetFetchResponse) -> int:
    n = 6
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_OffsetFetchResponseTopic_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchResponse_5(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("OffsetFetchResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[OffsetFetchResponseGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_OffsetFetchResponseGroup_0(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[OffsetFetchResponseGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchResponse(f_throttle_time_ms, (), 0, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponse v8-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponse v8-9", pos) from None


def _w_OffsetFetchResponse_5(o: OffsetFetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.topics:
        raise not_in_version("OffsetFetchResponse.Topics", "8-9")
    a(_F1.pack(o.throttle_time_ms))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_OffsetFetchResponseGroup_0
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchResponse_5(o: OffsetFetchResponse) -> int:
    n = 4
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_OffsetFetchResponseGroup_0
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchResponse_6(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("OffsetFetchResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[OffsetFetchResponseGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_OffsetFetchResponseGroup_1(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[OffsetFetchResponseGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchResponse(f_throttle_time_ms, (), 0, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponse v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponse v10", pos) from None


def _w_OffsetFetchResponse_6(o: OffsetFetchResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.topics:
        raise not_in_version("OffsetFetchResponse.Topics", "10")
    a(_F1.pack(o.throttle_time_ms))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_OffsetFetchResponseGroup_1
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchResponse_6(o: OffsetFetchResponse) -> int:
    n = 4
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_OffsetFetchResponseGroup_1
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchResponseGroup_0(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponseGroup, int]:
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
            raise null_not_allowed("OffsetFetchResponseGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseGroup.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("OffsetFetchResponseGroup.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseGroup.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchResponseTopics] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchResponseTopics_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetFetchResponseTopics, ...] = tuple(items_topics)
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchResponseGroup(f_group_id, f_topics, f_error_code, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponseGroup v8-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponseGroup v8-9", pos) from None


def _w_OffsetFetchResponseGroup_0(o: OffsetFetchResponseGroup, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_OffsetFetchResponseTopics_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchResponseGroup_0(o: OffsetFetchResponseGroup) -> int:
    n = 2
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_OffsetFetchResponseTopics_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchResponseGroup_1(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponseGroup, int]:
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
            raise null_not_allowed("OffsetFetchResponseGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseGroup.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("OffsetFetchResponseGroup.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseGroup.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchResponseTopics] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchResponseTopics_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetFetchResponseTopics, ...] = tuple(items_topics)
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchResponseGroup(f_group_id, f_topics, f_error_code, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponseGroup v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponseGroup v10", pos) from None


def _w_OffsetFetchResponseGroup_1(o: OffsetFetchResponseGroup, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_OffsetFetchResponseTopics_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchResponseGroup_1(o: OffsetFetchResponseGroup) -> int:
    n = 2
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_OffsetFetchResponseTopics_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchResponseTopics_0(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponseTopics, int]:
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
            raise null_not_allowed("OffsetFetchResponseTopics.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseTopics.Name", n, pos, end - pos)
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
        if n < 0:
            raise null_not_allowed("OffsetFetchResponseTopics.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseTopics.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetFetchResponsePartitions] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetFetchResponsePartitions_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetFetchResponsePartitions, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchResponseTopics(f_name, ZERO_UUID, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponseTopics v8-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponseTopics v8-9", pos) from None


def _w_OffsetFetchResponseTopics_0(o: OffsetFetchResponseTopics, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_OffsetFetchResponsePartitions_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchResponseTopics_0(o: OffsetFetchResponseTopics) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_OffsetFetchResponsePartitions_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchResponseTopics_1(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponseTopics, int]:
    end = len(buf)
    try:
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
            raise null_not_allowed("OffsetFetchResponseTopics.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseTopics.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetFetchResponsePartitions] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetFetchResponsePartitions_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetFetchResponsePartitions, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchResponseTopics("", f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponseTopics v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponseTopics v10", pos) from None


def _w_OffsetFetchResponseTopics_1(o: OffsetFetchResponseTopics, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_OffsetFetchResponsePartitions_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchResponseTopics_1(o: OffsetFetchResponseTopics) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_OffsetFetchResponsePartitions_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchResponsePartitions_0(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponsePartitions, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_committed_offset,
            f_committed_leader_epoch,
        ) = _F3.unpack_from(buf, pos)
        pos += 16
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
            f_metadata: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchResponsePartitions.Metadata", n, pos, end - pos)
        else:
            f_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            OffsetFetchResponsePartitions(
                f_partition_index,
                f_committed_offset,
                f_committed_leader_epoch,
                f_metadata,
                f_error_code,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponsePartitions v8-10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponsePartitions v8-10", pos) from None


def _w_OffsetFetchResponsePartitions_0(o: OffsetFetchResponsePartitions, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch))
    v_metadata = o.metadata
    if v_metadata is None:
        a(b"\x00")
    else:
        b = v_metadata.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchResponsePartitions_0(o: OffsetFetchResponsePartitions) -> int:
    n = 18
    v_metadata = o.metadata
    if v_metadata is None:
        n += 1
    else:
        k = utf8_len(v_metadata)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchResponseTopic_0(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponseTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetFetchResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetFetchResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetFetchResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetFetchResponsePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetFetchResponsePartition, ...] = tuple(items_partitions)
        return OffsetFetchResponseTopic(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponseTopic v1-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponseTopic v1-4", pos) from None


def _w_OffsetFetchResponseTopic_0(o: OffsetFetchResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_OffsetFetchResponsePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_OffsetFetchResponseTopic_0(o: OffsetFetchResponseTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_OffsetFetchResponsePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_OffsetFetchResponseTopic_1(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponseTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetFetchResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetFetchResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetFetchResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetFetchResponsePartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetFetchResponsePartition, ...] = tuple(items_partitions)
        return OffsetFetchResponseTopic(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponseTopic v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponseTopic v5", pos) from None


def _w_OffsetFetchResponseTopic_1(o: OffsetFetchResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_OffsetFetchResponsePartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_OffsetFetchResponseTopic_1(o: OffsetFetchResponseTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_OffsetFetchResponsePartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_OffsetFetchResponseTopic_2(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponseTopic, int]:
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
            raise null_not_allowed("OffsetFetchResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseTopic.Name", n, pos, end - pos)
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
        if n < 0:
            raise null_not_allowed("OffsetFetchResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetFetchResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetFetchResponsePartition_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetFetchResponsePartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchResponseTopic(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponseTopic v6-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponseTopic v6-7", pos) from None


def _w_OffsetFetchResponseTopic_2(o: OffsetFetchResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_OffsetFetchResponsePartition_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchResponseTopic_2(o: OffsetFetchResponseTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_OffsetFetchResponsePartition_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchResponsePartition_0(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_committed_offset,
        ) = _F4.unpack_from(buf, pos)
        pos += 12
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_metadata: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchResponsePartition.Metadata", n, pos, end - pos)
        else:
            f_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        return (
            OffsetFetchResponsePartition(
                f_partition_index, f_committed_offset, -1, f_metadata, f_error_code, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponsePartition v1-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponsePartition v1-4", pos) from None


def _w_OffsetFetchResponsePartition_0(o: OffsetFetchResponsePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F4.pack(o.partition_index, o.committed_offset))
    v_metadata = o.metadata
    if v_metadata is None:
        a(b"\xff\xff")
    else:
        b = v_metadata.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.error_code))


def _s_OffsetFetchResponsePartition_0(o: OffsetFetchResponsePartition) -> int:
    n = 14
    v_metadata = o.metadata
    if v_metadata is None:
        n += 2
    else:
        k = utf8_len(v_metadata)
        n += 2
        n += k
    return n


def _r_OffsetFetchResponsePartition_1(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_committed_offset,
            f_committed_leader_epoch,
        ) = _F3.unpack_from(buf, pos)
        pos += 16
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_metadata: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchResponsePartition.Metadata", n, pos, end - pos)
        else:
            f_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        return (
            OffsetFetchResponsePartition(
                f_partition_index,
                f_committed_offset,
                f_committed_leader_epoch,
                f_metadata,
                f_error_code,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponsePartition v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponsePartition v5", pos) from None


def _w_OffsetFetchResponsePartition_1(o: OffsetFetchResponsePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch))
    v_metadata = o.metadata
    if v_metadata is None:
        a(b"\xff\xff")
    else:
        b = v_metadata.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.error_code))


def _s_OffsetFetchResponsePartition_1(o: OffsetFetchResponsePartition) -> int:
    n = 18
    v_metadata = o.metadata
    if v_metadata is None:
        n += 2
    else:
        k = utf8_len(v_metadata)
        n += 2
        n += k
    return n


def _r_OffsetFetchResponsePartition_2(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_committed_offset,
            f_committed_leader_epoch,
        ) = _F3.unpack_from(buf, pos)
        pos += 16
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
            f_metadata: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchResponsePartition.Metadata", n, pos, end - pos)
        else:
            f_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            OffsetFetchResponsePartition(
                f_partition_index,
                f_committed_offset,
                f_committed_leader_epoch,
                f_metadata,
                f_error_code,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetFetchResponsePartition v6-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchResponsePartition v6-7", pos) from None


def _w_OffsetFetchResponsePartition_2(o: OffsetFetchResponsePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch))
    v_metadata = o.metadata
    if v_metadata is None:
        a(b"\x00")
    else:
        b = v_metadata.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchResponsePartition_2(o: OffsetFetchResponsePartition) -> int:
    n = 18
    v_metadata = o.metadata
    if v_metadata is None:
        n += 1
    else:
        k = utf8_len(v_metadata)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


OffsetFetchResponse._READERS = (
    None,
    _r_OffsetFetchResponse_0,
    _r_OffsetFetchResponse_1,
    _r_OffsetFetchResponse_2,
    _r_OffsetFetchResponse_2,
    _r_OffsetFetchResponse_3,
    _r_OffsetFetchResponse_4,
    _r_OffsetFetchResponse_4,
    _r_OffsetFetchResponse_5,
    _r_OffsetFetchResponse_5,
    _r_OffsetFetchResponse_6,
)
OffsetFetchResponse._WRITERS = (
    None,
    _w_OffsetFetchResponse_0,
    _w_OffsetFetchResponse_1,
    _w_OffsetFetchResponse_2,
    _w_OffsetFetchResponse_2,
    _w_OffsetFetchResponse_3,
    _w_OffsetFetchResponse_4,
    _w_OffsetFetchResponse_4,
    _w_OffsetFetchResponse_5,
    _w_OffsetFetchResponse_5,
    _w_OffsetFetchResponse_6,
)
OffsetFetchResponse._SIZERS = (
    None,
    _s_OffsetFetchResponse_0,
    _s_OffsetFetchResponse_1,
    _s_OffsetFetchResponse_2,
    _s_OffsetFetchResponse_2,
    _s_OffsetFetchResponse_3,
    _s_OffsetFetchResponse_4,
    _s_OffsetFetchResponse_4,
    _s_OffsetFetchResponse_5,
    _s_OffsetFetchResponse_5,
    _s_OffsetFetchResponse_6,
)
bind_readers(
    OffsetFetchResponse,
    "offset_fetch_response",
    "786eaf78d8ff387f",
    (
        OffsetFetchResponsePartition,
        OffsetFetchResponseTopic,
        OffsetFetchResponsePartitions,
        OffsetFetchResponseTopics,
        OffsetFetchResponseGroup,
        OffsetFetchResponse,
    ),
)
