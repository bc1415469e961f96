# generated from Kafka 4.4.0 by codegen — do not edit
"""OffsetFetchRequest: Kafka request (key 9), versions 1-10."""

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
    not_in_version,
    not_nullable,
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
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "OffsetFetchRequestTopic",
    "OffsetFetchRequestTopics",
    "OffsetFetchRequestGroup",
    "OffsetFetchRequest",
]

_F0 = PackStruct(">?")
_F1 = PackStruct(">i")
_F2 = PackStruct(">16s")
_Ai32 = array_structs("i")


class OffsetFetchRequestTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 7), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partition_indexes",
            "PartitionIndexes",
            "int32",
            True,
            (0, 7),
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


class OffsetFetchRequestTopics(_StructBase):
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
            "partition_indexes",
            "PartitionIndexes",
            "int32",
            True,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    name: str = ""
    topic_id: UUID = ZERO_UUID
    partition_indexes: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class OffsetFetchRequestGroup(_StructBase):
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
            "member_id",
            "MemberId",
            "string",
            False,
            (9, 32767),
            (9, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "member_epoch",
            "MemberEpoch",
            "int32",
            False,
            (9, 32767),
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
            "OffsetFetchRequestTopics",
            True,
            (8, 32767),
            (8, 32767),
            None,
            (1, 0),
            False,
            OffsetFetchRequestTopics,
            False,
        ),
    )
    group_id: str = ""
    member_id: str | None = None
    member_epoch: int = -1
    topics: Sequence[OffsetFetchRequestTopics] | None = ()
    unknown_tags: dict[int, bytes] | None = None


class OffsetFetchRequest(_Message):
    NAME: ClassVar[str] = "OffsetFetchRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 9
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 10
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id", "GroupId", "string", False, (0, 7), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "topics",
            "Topics",
            "OffsetFetchRequestTopic",
            True,
            (0, 7),
            (2, 7),
            None,
            (1, 0),
            False,
            OffsetFetchRequestTopic,
            False,
        ),
        FieldInfo(
            "groups",
            "Groups",
            "OffsetFetchRequestGroup",
            True,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetFetchRequestGroup,
            False,
        ),
        FieldInfo(
            "require_stable",
            "RequireStable",
            "bool",
            False,
            (7, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    group_id: str = ""
    topics: Sequence[OffsetFetchRequestTopic] | None = ()
    groups: Sequence[OffsetFetchRequestGroup] = ()
    require_stable: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_OffsetFetchRequest_0(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetFetchRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetFetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetFetchRequestTopic, ...] = tuple(items_topics)
        return OffsetFetchRequest(f_group_id, f_topics, (), False, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequest v1", pos) from None


def _w_OffsetFetchRequest_0(o: OffsetFetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.groups:
        raise not_in_version("OffsetFetchRequest.Groups", "1")
    if o.require_stable:
        raise not_in_version("OffsetFetchRequest.RequireStable", "1")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_topics = o.topics
    if v_topics is None:
        raise not_nullable("OffsetFetchRequest.Topics", "1")
    else:
        a(INT32.pack(len(v_topics)))
        w_topics = _w_OffsetFetchRequestTopic_0
        for x_topics in v_topics:
            w_topics(x_topics, out)


def _s_OffsetFetchRequest_0(o: OffsetFetchRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_topics = o.topics
    if v_topics is None:
        n += 4
    else:
        n += 4
        sz_topics = _s_OffsetFetchRequestTopic_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    return n


def _r_OffsetFetchRequest_1(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetFetchRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_topics: tuple[OffsetFetchRequestTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        return OffsetFetchRequest(f_group_id, f_topics, (), False, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequest v2-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequest v2-5", pos) from None


def _w_OffsetFetchRequest_1(o: OffsetFetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.groups:
        raise not_in_version("OffsetFetchRequest.Groups", "2-5")
    if o.require_stable:
        raise not_in_version("OffsetFetchRequest.RequireStable", "2-5")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_topics = o.topics
    if v_topics is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_topics)))
        w_topics = _w_OffsetFetchRequestTopic_0
        for x_topics in v_topics:
            w_topics(x_topics, out)


def _s_OffsetFetchRequest_1(o: OffsetFetchRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_topics = o.topics
    if v_topics is None:
        n += 4
    else:
        n += 4
        sz_topics = _s_OffsetFetchRequestTopic_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    return n


def _r_OffsetFetchRequest_2(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
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
            raise null_not_allowed("OffsetFetchRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.GroupId", n, pos, end - pos)
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
            f_topics: tuple[OffsetFetchRequestTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchRequestTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequest(f_group_id, f_topics, (), False, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequest v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequest v6", pos) from None


def _w_OffsetFetchRequest_2(o: OffsetFetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.groups:
        raise not_in_version("OffsetFetchRequest.Groups", "6")
    if o.require_stable:
        raise not_in_version("OffsetFetchRequest.RequireStable", "6")
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
        w_topics = _w_OffsetFetchRequestTopic_1
        for x_topics in v_topics:
            w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchRequest_2(o: OffsetFetchRequest) -> int:
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
        sz_topics = _s_OffsetFetchRequestTopic_1
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchRequest_3(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
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
            raise null_not_allowed("OffsetFetchRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.GroupId", n, pos, end - pos)
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
            f_topics: tuple[OffsetFetchRequestTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchRequestTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        (f_require_stable,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequest(f_group_id, f_topics, (), f_require_stable, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequest v7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequest v7", pos) from None


def _w_OffsetFetchRequest_3(o: OffsetFetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.groups:
        raise not_in_version("OffsetFetchRequest.Groups", "7")
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
        w_topics = _w_OffsetFetchRequestTopic_1
        for x_topics in v_topics:
            w_topics(x_topics, out)
    a(_F0.pack(o.require_stable))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchRequest_3(o: OffsetFetchRequest) -> int:
    n = 1
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    if v_topics is None:
        n += 1
    else:
        n += uvarint_size(len(v_topics) + 1)
        sz_topics = _s_OffsetFetchRequestTopic_1
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchRequest_4(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
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
            raise null_not_allowed("OffsetFetchRequest.Groups", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.Groups", n, pos, end - pos)
        else:
            items_groups: list[OffsetFetchRequestGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_OffsetFetchRequestGroup_0(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[OffsetFetchRequestGroup, ...] = tuple(items_groups)
        (f_require_stable,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequest("", (), f_groups, f_require_stable, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequest v8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequest v8", pos) from None


def _w_OffsetFetchRequest_4(o: OffsetFetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.group_id != "":
        raise not_in_version("OffsetFetchRequest.GroupId", "8")
    if o.topics:
        raise not_in_version("OffsetFetchRequest.Topics", "8")
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_OffsetFetchRequestGroup_0
    for x_groups in v_groups:
        w_groups(x_groups, out)
    a(_F0.pack(o.require_stable))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchRequest_4(o: OffsetFetchRequest) -> int:
    n = 1
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_OffsetFetchRequestGroup_0
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchRequest_5(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
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
            raise null_not_allowed("OffsetFetchRequest.Groups", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.Groups", n, pos, end - pos)
        else:
            items_groups: list[OffsetFetchRequestGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_OffsetFetchRequestGroup_1(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[OffsetFetchRequestGroup, ...] = tuple(items_groups)
        (f_require_stable,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequest("", (), f_groups, f_require_stable, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequest v9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequest v9", pos) from None


def _w_OffsetFetchRequest_5(o: OffsetFetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.group_id != "":
        raise not_in_version("OffsetFetchRequest.GroupId", "9")
    if o.topics:
        raise not_in_version("OffsetFetchRequest.Topics", "9")
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_OffsetFetchRequestGroup_1
    for x_groups in v_groups:
        w_groups(x_groups, out)
    a(_F0.pack(o.require_stable))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchRequest_5(o: OffsetFetchRequest) -> int:
    n = 1
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_OffsetFetchRequestGroup_1
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchRequest_6(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
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
            raise null_not_allowed("OffsetFetchRequest.Groups", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequest.Groups", n, pos, end - pos)
        else:
            items_groups: list[OffsetFetchRequestGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_OffsetFetchRequestGroup_2(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[OffsetFetchRequestGroup, ...] = tuple(items_groups)
        (f_require_stable,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequest("", (), f_groups, f_require_stable, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequest v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequest v10", pos) from None


def _w_OffsetFetchRequest_6(o: OffsetFetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.group_id != "":
        raise not_in_version("OffsetFetchRequest.GroupId", "10")
    if o.topics:
        raise not_in_version("OffsetFetchRequest.Topics", "10")
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_OffsetFetchRequestGroup_2
    for x_groups in v_groups:
        w_groups(x_groups, out)
    a(_F0.pack(o.require_stable))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchRequest_6(o: OffsetFetchRequest) -> int:
    n = 1
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_OffsetFetchRequestGroup_2
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchRequestGroup_0(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestGroup, int]:
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
            raise null_not_allowed("OffsetFetchRequestGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestGroup.GroupId", n, pos, end - pos)
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
            f_topics: tuple[OffsetFetchRequestTopics, ...] | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestGroup.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchRequestTopics] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchRequestTopics_0(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequestGroup(f_group_id, None, -1, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequestGroup v8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequestGroup v8", pos) from None


def _w_OffsetFetchRequestGroup_0(o: OffsetFetchRequestGroup, out: list[Buffer]) -> None:
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
        w_topics = _w_OffsetFetchRequestTopics_0
        for x_topics in v_topics:
            w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchRequestGroup_0(o: OffsetFetchRequestGroup) -> int:
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
        sz_topics = _s_OffsetFetchRequestTopics_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchRequestGroup_1(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestGroup, int]:
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
            raise null_not_allowed("OffsetFetchRequestGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestGroup.GroupId", n, pos, end - pos)
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
            f_member_id: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestGroup.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_member_epoch,) = _F1.unpack_from(buf, pos)
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
            f_topics: tuple[OffsetFetchRequestTopics, ...] | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestGroup.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchRequestTopics] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchRequestTopics_0(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequestGroup(f_group_id, f_member_id, f_member_epoch, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequestGroup v9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequestGroup v9", pos) from None


def _w_OffsetFetchRequestGroup_1(o: OffsetFetchRequestGroup, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_member_id = o.member_id
    if v_member_id is None:
        a(b"\x00")
    else:
        b = v_member_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.member_epoch))
    v_topics = o.topics
    if v_topics is None:
        a(b"\x00")
    else:
        n = len(v_topics) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topics = _w_OffsetFetchRequestTopics_0
        for x_topics in v_topics:
            w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchRequestGroup_1(o: OffsetFetchRequestGroup) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    if v_member_id is None:
        n += 1
    else:
        k = utf8_len(v_member_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    if v_topics is None:
        n += 1
    else:
        n += uvarint_size(len(v_topics) + 1)
        sz_topics = _s_OffsetFetchRequestTopics_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchRequestGroup_2(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestGroup, int]:
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
            raise null_not_allowed("OffsetFetchRequestGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestGroup.GroupId", n, pos, end - pos)
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
            f_member_id: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestGroup.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_member_epoch,) = _F1.unpack_from(buf, pos)
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
            f_topics: tuple[OffsetFetchRequestTopics, ...] | None = None
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestGroup.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetFetchRequestTopics] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetFetchRequestTopics_1(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequestGroup(f_group_id, f_member_id, f_member_epoch, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequestGroup v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequestGroup v10", pos) from None


def _w_OffsetFetchRequestGroup_2(o: OffsetFetchRequestGroup, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_member_id = o.member_id
    if v_member_id is None:
        a(b"\x00")
    else:
        b = v_member_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.member_epoch))
    v_topics = o.topics
    if v_topics is None:
        a(b"\x00")
    else:
        n = len(v_topics) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topics = _w_OffsetFetchRequestTopics_1
        for x_topics in v_topics:
            w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetFetchRequestGroup_2(o: OffsetFetchRequestGroup) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    if v_member_id is None:
        n += 1
    else:
        k = utf8_len(v_member_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    if v_topics is None:
        n += 1
    else:
        n += uvarint_size(len(v_topics) + 1)
        sz_topics = _s_OffsetFetchRequestTopics_1
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchRequestTopics_0(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchRequestTopics, int]:
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
            raise null_not_allowed("OffsetFetchRequestTopics.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestTopics.Name", n, pos, end - pos)
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
            raise null_not_allowed("OffsetFetchRequestTopics.PartitionIndexes", pos)
        elif n * 4 > end - pos:
            raise bad_length("OffsetFetchRequestTopics.PartitionIndexes", n, pos, end - pos)
        else:
            f_partition_indexes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequestTopics(f_name, ZERO_UUID, f_partition_indexes, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequestTopics v8-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequestTopics v8-9", pos) from None


def _w_OffsetFetchRequestTopics_0(o: OffsetFetchRequestTopics, out: list[Buffer]) -> None:
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


def _s_OffsetFetchRequestTopics_0(o: OffsetFetchRequestTopics) -> int:
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


def _r_OffsetFetchRequestTopics_1(
    buf: memoryview, pos: int
) -> tuple[OffsetFetchRequestTopics, int]:
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
        if 0 <= n < SMALL_ARRAY:
            f_partition_indexes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("OffsetFetchRequestTopics.PartitionIndexes", pos)
        elif n * 4 > end - pos:
            raise bad_length("OffsetFetchRequestTopics.PartitionIndexes", n, pos, end - pos)
        else:
            f_partition_indexes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequestTopics("", f_topic_id, f_partition_indexes, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequestTopics v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequestTopics v10", pos) from None


def _w_OffsetFetchRequestTopics_1(o: OffsetFetchRequestTopics, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.topic_id.bytes))
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


def _s_OffsetFetchRequestTopics_1(o: OffsetFetchRequestTopics) -> int:
    n = 16
    v_partition_indexes = o.partition_indexes
    n += uvarint_size(len(v_partition_indexes) + 1)
    n += 4 * len(v_partition_indexes)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetFetchRequestTopic_0(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetFetchRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_partition_indexes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("OffsetFetchRequestTopic.PartitionIndexes", pos)
        elif n * 4 > end - pos:
            raise bad_length("OffsetFetchRequestTopic.PartitionIndexes", n, pos, end - pos)
        else:
            f_partition_indexes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return OffsetFetchRequestTopic(f_name, f_partition_indexes, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequestTopic v1-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequestTopic v1-5", pos) from None


def _w_OffsetFetchRequestTopic_0(o: OffsetFetchRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partition_indexes = o.partition_indexes
    a(INT32.pack(len(v_partition_indexes)))
    k = len(v_partition_indexes)
    a(
        _Ai32[k].pack(*v_partition_indexes)
        if k < SMALL_ARRAY
        else pack(">%di" % k, *v_partition_indexes)
    )


def _s_OffsetFetchRequestTopic_0(o: OffsetFetchRequestTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partition_indexes = o.partition_indexes
    n += 4
    n += 4 * len(v_partition_indexes)
    return n


def _r_OffsetFetchRequestTopic_1(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
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
            raise null_not_allowed("OffsetFetchRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetFetchRequestTopic.Name", n, pos, end - pos)
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
            raise null_not_allowed("OffsetFetchRequestTopic.PartitionIndexes", pos)
        elif n * 4 > end - pos:
            raise bad_length("OffsetFetchRequestTopic.PartitionIndexes", n, pos, end - pos)
        else:
            f_partition_indexes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetFetchRequestTopic(f_name, f_partition_indexes, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetFetchRequestTopic v6-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetFetchRequestTopic v6-7", pos) from None


def _w_OffsetFetchRequestTopic_1(o: OffsetFetchRequestTopic, out: list[Buffer]) -> None:
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


def _s_OffsetFetchRequestTopic_1(o: OffsetFetchRequestTopic) -> int:
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


OffsetFetchRequest._READERS = (
    None,
    _r_OffsetFetchRequest_0,
    _r_OffsetFetchRequest_1,
    _r_OffsetFetchRequest_1,
    _r_OffsetFetchRequest_1,
    _r_OffsetFetchRequest_1,
    _r_OffsetFetchRequest_2,
    _r_OffsetFetchRequest_3,
    _r_OffsetFetchRequest_4,
    _r_OffsetFetchRequest_5,
    _r_OffsetFetchRequest_6,
)
OffsetFetchRequest._WRITERS = (
    None,
    _w_OffsetFetchRequest_0,
    _w_OffsetFetchRequest_1,
    _w_OffsetFetchRequest_1,
    _w_OffsetFetchRequest_1,
    _w_OffsetFetchRequest_1,
    _w_OffsetFetchRequest_2,
    _w_OffsetFetchRequest_3,
    _w_OffsetFetchRequest_4,
    _w_OffsetFetchRequest_5,
    _w_OffsetFetchRequest_6,
)
OffsetFetchRequest._SIZERS = (
    None,
    _s_OffsetFetchRequest_0,
    _s_OffsetFetchRequest_1,
    _s_OffsetFetchRequest_1,
    _s_OffsetFetchRequest_1,
    _s_OffsetFetchRequest_1,
    _s_OffsetFetchRequest_2,
    _s_OffsetFetchRequest_3,
    _s_OffsetFetchRequest_4,
    _s_OffsetFetchRequest_5,
    _s_OffsetFetchRequest_6,
)
bind_readers(
    OffsetFetchRequest,
    "offset_fetch_request",
    "d74688f06fe284dc",
    (
        OffsetFetchRequestTopic,
        OffsetFetchRequestTopics,
        OffsetFetchRequestGroup,
        OffsetFetchRequest,
    ),
)
